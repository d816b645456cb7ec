from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from govcheck.engine import Checker
from govcheck.rulebook import Rulebook, load_rulebook

ROOT = Path(__file__).resolve().parents[1]
RULES = ROOT / "rules"
FIXTURES = ROOT / "fixtures"
FEATURES = ROOT / "features"


def pytest_configure(config: pytest.Config) -> None:
    """The rule cache of this test session (and of the commands it starts) in a folder of its
    own, never the user's ~/.cache: a test run leaves nothing behind and starts empty."""
    if not os.environ.get("GOVCHECK_CACHE_DIR"):
        folder = tempfile.mkdtemp(prefix="govcheck-test-cache-")
        os.environ["GOVCHECK_CACHE_DIR"] = folder


@pytest.fixture(scope="session")
def rulebook() -> Rulebook:
    return load_rulebook(RULES)


@pytest.fixture(scope="session")
def checker(rulebook: Rulebook) -> Checker:
    return Checker(rulebook, "durable")


@pytest.fixture(scope="session")
def oracle(rulebook: Rulebook) -> Checker:
    return Checker(rulebook, "oracle")
