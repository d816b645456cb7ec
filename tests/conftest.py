from __future__ import annotations

from pathlib import Path

import pytest

from govcheck.engine import Checker
from govcheck.rulebook import Rulebook, load_rulebook

ROOT = Path(__file__).resolve().parents[1]
RULES = ROOT / "rules"
FIXTURES = ROOT / "fixtures"
FEATURES = ROOT / "features"


@pytest.fixture(scope="session")
def rulebook() -> Rulebook:
    return load_rulebook(RULES)


@pytest.fixture(scope="session")
def checker(rulebook: Rulebook) -> Checker:
    return Checker(rulebook, "durable")


@pytest.fixture(scope="session")
def oracle(rulebook: Rulebook) -> Checker:
    return Checker(rulebook, "oracle")
