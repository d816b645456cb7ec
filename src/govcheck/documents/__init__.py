"""Reading the documents officials write (text, Word, PDF) into the draft model."""
