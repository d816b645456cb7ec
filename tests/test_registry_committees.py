"""A board's arbetsutskott the profile does not list is that board's committee (Kommunallagen
6 kap. 37 §), not an unknown body: found in Malmö documents of 2016 and 2017 that named
"Stadsområdesnämnd Västers arbetsutskott" and "Fritidsnämndens Arbetsutskott" and were told
they meant another board's committee."""

from __future__ import annotations

import datetime as dt

import pytest

from govcheck.rulebook import Rulebook


@pytest.mark.parametrize(
    ("written", "board"),
    [
        ("Fritidsnämndens arbetsutskott", "MAL-FRN"),
        ("Fritidsnämndens Arbetsutskott", "MAL-FRN"),
        ("fritidsnämndens AU", "MAL-FRN"),
        ("Stadsområdesnämnd Västers arbetsutskott", "MAL-SON-VASTER"),
    ],
)
def test_an_unlisted_committee_is_its_boards(rulebook: Rulebook, written: str, board: str) -> None:
    registry = rulebook.registry
    found = registry.resolve("malmo", written).organ
    assert found is not None and found.tillhor == board
    assert registry.board_of(found) == registry.organs[board]
    assert registry.organs[found.id] is found
    # in force exactly when its board is
    on = dt.date(2016, 5, 1)
    assert found.in_force(on) == registry.organs[board].in_force(on)


def test_a_listed_committee_keeps_its_own_entry(rulebook: Rulebook) -> None:
    found = rulebook.registry.resolve("malmo", "Kommunstyrelsens arbetsutskott").organ
    assert found is not None and found.id == "MAL-KSAU"


def test_a_misspelt_committee_is_still_unknown_with_the_right_suggestion(
    rulebook: Rulebook,
) -> None:
    resolution = rulebook.registry.resolve("malmo", "Fritidsnämdens arbetsutskott")
    assert resolution.organ is None
    assert resolution.suggestion == "Fritidsnämndens arbetsutskott"
