"""``govcheck serve``: a web page where officials check a document and correct what was read."""
