"""The derived facts the issue-14 rules rest on, read from drafts as officials write them."""

from __future__ import annotations

import tomli_w

from govcheck.drafts import parse_draft_text
from govcheck.facts import FactBuilder, _rounding_tkr
from govcheck.rulebook import Rulebook
from govcheck.vocabulary import Scalar


def _arende(rulebook: Rulebook, **draft: object) -> dict[str, Scalar]:
    data = {"kommun": "malmo", "typ": "tjansteskrivelse", "datum": "2023-05-15", **draft}
    text = tomli_w.dumps(data).replace('datum = "2023-05-15"', "datum = 2023-05-15")
    loaded = parse_draft_text(text, "utkast.toml", ".toml")
    facts = FactBuilder(rulebook.registry).build(loaded)
    return next(fact.values for fact in facts if fact.kind == "arende")


def test_genitive_abbreviations_resolve_through_the_facts(rulebook: Rulebook) -> None:
    values = _arende(
        rulebook,
        typ="utvecklingsplan",
        beslutande_organ="SN:s",
        slutligt_beslutande_organ="KS",
    )
    assert values["beredande_namnd_id"] == "MAL-SN"
    values = _arende(
        rulebook,
        beslutande_organ="Kommunstyrelsen",
        beslutsplanering=[{"organ": "KS:s arbetsutskott"}, {"organ": "Kommunstyrelsen"}],
    )
    assert values["har_arbetsutskott_for_beslutande"] is True


def test_a_reply_to_the_administration_answers_the_board_it_serves(rulebook: Rulebook) -> None:
    values = _arende(
        rulebook,
        typ="remissvar",
        beslutande_organ="Kulturnämnden",
        remiss={"remittent": "Kommunstyrelsen"},
        beslutet_skickas_till=["Stadskontorets handläggare"],
    )
    assert values["mottagare_inkluderar_remittent"] is True
    values = _arende(
        rulebook,
        typ="remissvar",
        beslutande_organ="Kulturnämnden",
        remiss={"remittent": "Kommunstyrelsen"},
        beslutet_skickas_till=["Servicenämnden"],
    )
    assert values["mottagare_inkluderar_remittent"] is False


def test_an_administrations_arendeberedning_belongs_to_the_board_it_serves(
    rulebook: Rulebook,
) -> None:
    def order(*steps: tuple[str, str]) -> Scalar:
        planning = [{"organ": organ, "steg": kind} for organ, kind in steps]
        values = _arende(rulebook, beslutande_organ="Kulturnämnden", beslutsplanering=planning)
        return values["beslutsplanering_ordning_korrekt"]

    assert order(("Kulturförvaltningen", "arendeberedning"), ("Kulturnämnden", "arbetsutskott"))
    assert not order(("Kulturnämnden", "arbetsutskott"), ("Kulturförvaltningen", "arendeberedning"))


def test_a_delegated_decision_is_read_as_one(rulebook: Rulebook) -> None:
    values = _arende(rulebook, typ="remissvar", beslutande_organ="KN:s arbetsutskott")
    assert values["beslut_pa_delegation"] is True
    assert values["delegerande_organ_id"] == "MAL-KN"
    assert values["delegat_tillaten_enligt_lag"] is True
    assert values["delegation_i_delegationsordning"] is False  # the profile models only the law
    assert values["anmals_till_organ"] == "Kulturnämnden"
    assert values["delegationsbeslut_anmals"] is False
    values = _arende(rulebook, beslutande_organ="Stadens ledningsgrupp")
    assert values["delegat_tillaten_enligt_lag"] is False
    assert "beslut_pa_delegation" not in _arende(rulebook, beslutande_organ="Kulturnämnden")


def test_the_rounding_a_text_states_is_half_its_last_digit() -> None:
    assert _rounding_tkr(5.0) == 500
    assert _rounding_tkr(2.5) == 50
    assert _rounding_tkr(10.0) == 5000
    assert _rounding_tkr(0.0) == 0
    assert _rounding_tkr(None) == 0


def test_the_body_that_proposes_to_the_council_has_prepared_the_case(rulebook: Rulebook) -> None:
    council = {"beslutande_organ": "Kommunfullmäktige"}
    assert _arende(rulebook, **council)["kf_arende_berett_av_namnd"] is False
    values = _arende(
        rulebook,
        **council,
        forslag_till_beslut=["Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande."],
    )
    assert values["kf_arende_berett_av_namnd"] is True
    assert values["kf_arende_styrelsen_med"] is True
