# Makes rules/ installable as the package data "govcheck_rules" (see pyproject.toml), so an
# installed govcheck (pip, pre-commit) carries the rules, registries and quoted sources.
