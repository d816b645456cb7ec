"""govcheck: a governance rules engine for Swedish municipal case documents."""

__version__ = "0.1.0"
