"""Tests against a running govcheck serve: in a real browser, and under load."""
