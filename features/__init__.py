# Makes features/ installable as the package data "govcheck_features" (see pyproject.toml), so an
# installed govcheck (pip, pre-commit) carries the Swedish specifications its rulebook shows.
