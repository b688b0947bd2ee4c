"""Rules beyond single fields: statuses against the as-of date, milestone numbers within a
programme, and how long an outage notice may last."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from macros.core.clock import AsOf, AsOfSource
from macros.data import rules
from macros.data.models import Initiative
from macros.data.validate import check_portfolio
from tests.conftest import INVALID, portfolio_with

LATE_STATUS = INVALID / "statusdato-efter-opgørelsesdato"


@pytest.mark.parametrize(
    ("source", "tail"),
    [
        (
            AsOfSource.CONFIGURED,
            "(opgørelsesdato i mkdocs.yml) — ret datoen, eller ryk opgørelsesdato i mkdocs.yml "
            "frem",
        ),
        (
            AsOfSource.VARIABLE,
            "(miljøvariablen PORTFOLIO_AS_OF) — ret datoen, eller sæt PORTFOLIO_AS_OF til en "
            "senere dato",
        ),
        (
            AsOfSource.SOURCE_DATE_EPOCH,
            "(SOURCE_DATE_EPOCH, byggets tidsstempel) — ret datoen, eller byg med et senere "
            "SOURCE_DATE_EPOCH",
        ),
        (AsOfSource.TODAY, "(dagens dato) — en status kan ikke være fra fremtiden; ret datoen"),
    ],
)
def test_a_status_after_the_as_of_date_names_the_date_and_where_it_came_from(
    tmp_path: Path, source: AsOfSource, tail: str
) -> None:
    portfolio = portfolio_with(tmp_path, LATE_STATUS)
    _, issues = check_portfolio(portfolio, "portfolio", as_of=AsOf(date(2018, 3, 15), source))
    assert [str(issue) for issue in issues] == [
        f"portfolio/indsatser/dræn.yml:5:13: statusdato: 2018-03-20 ligger efter "
        f"opgørelsesdatoen 2018-03-15 {tail}",
        f"portfolio/indsatser/dræn.yml:8:11: historik[1].dato: 2018-03-16 ligger efter "
        f"opgørelsesdatoen 2018-03-15 {tail}",
    ]


def test_a_status_on_the_as_of_date_is_fine_and_without_an_as_of_date_the_rule_is_off(
    tmp_path: Path,
) -> None:
    portfolio = portfolio_with(tmp_path, LATE_STATUS)
    on_the_day = AsOf(date(2018, 3, 20), AsOfSource.CONFIGURED)
    assert check_portfolio(portfolio, "portfolio", as_of=on_the_day)[1] == []
    assert check_portfolio(portfolio, "portfolio")[1] == []


def test_a_shared_milestone_number_names_every_other_file(tmp_path: Path) -> None:
    portfolio = portfolio_with(tmp_path, INVALID / "milepæl-samme-nummer")
    third = portfolio / "milepæle" / "kol-8-3.yml"
    third.write_text(
        (portfolio / "milepæle" / "kol-8-2.yml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    _, issues = check_portfolio(portfolio, "portfolio")
    assert [str(issue).split(" — ")[0] for issue in issues] == [
        'portfolio/milepæle/kol-8-1.yml:1:9: nummer: "8.1" er også nummeret på '
        "portfolio/milepæle/kol-8-2.yml og portfolio/milepæle/kol-8-3.yml i samme program "
        "(sundhedsaftalen)",
        'portfolio/milepæle/kol-8-2.yml:1:9: nummer: "8.1" er også nummeret på '
        "portfolio/milepæle/kol-8-1.yml og portfolio/milepæle/kol-8-3.yml i samme program "
        "(sundhedsaftalen)",
        'portfolio/milepæle/kol-8-3.yml:1:9: nummer: "8.1" er også nummeret på '
        "portfolio/milepæle/kol-8-1.yml og portfolio/milepæle/kol-8-2.yml i samme program "
        "(sundhedsaftalen)",
    ]


def test_the_same_number_in_another_programme_is_fine(tmp_path: Path) -> None:
    portfolio = portfolio_with(tmp_path, INVALID / "milepæl-samme-nummer")
    (portfolio / "programmer" / "telekol.yml").write_text("navn: TeleKOL\n", encoding="utf-8")
    other = portfolio / "milepæle" / "kol-8-2.yml"
    other.write_text(
        other.read_text(encoding="utf-8").replace("program: sundhedsaftalen", "program: telekol"),
        encoding="utf-8",
    )
    assert check_portfolio(portfolio, "portfolio")[1] == []


def test_a_number_differing_only_in_letter_case_is_the_same_number(tmp_path: Path) -> None:
    portfolio = portfolio_with(tmp_path)
    first = portfolio / "milepæle" / "kol-8-1.yml"
    first.write_text(first.read_text(encoding="utf-8").replace('"8.1"', '"6.1A"'), encoding="utf-8")
    (portfolio / "milepæle" / "kol-6-1a.yml").write_text(
        'nummer: "6.1a"\ntitel: x\nstatus: igangsat\nprogram: sundhedsaftalen\n'
        "gruppe: behandling-og-pleje\n",
        encoding="utf-8",
    )
    _, issues = check_portfolio(portfolio, "portfolio")
    assert [issue.file for issue in issues] == [
        "portfolio/milepæle/kol-6-1a.yml",
        "portfolio/milepæle/kol-8-1.yml",
    ]


def test_a_long_outage_passes_when_it_says_it_is_long_on_purpose(tmp_path: Path) -> None:
    case = INVALID / "driftsmeddelelse-varer-for-længe"
    portfolio = portfolio_with(tmp_path, case)
    notice = portfolio / "driftsmeddelelser" / "edi-nede.yml"
    notice.write_text(notice.read_text(encoding="utf-8") + "langvarig: true\n", encoding="utf-8")
    assert check_portfolio(portfolio, "portfolio")[1] == []


def test_an_outage_of_exactly_seven_days_needs_no_mark(tmp_path: Path) -> None:
    portfolio = portfolio_with(tmp_path, INVALID / "driftsmeddelelse-varer-for-længe")
    notice = portfolio / "driftsmeddelelser" / "edi-nede.yml"
    text = notice.read_text(encoding="utf-8")
    text = text.replace('"2036-11-10 12:00"', '"2026-11-17 08:45"')
    notice.write_text(text.replace('"2026-11-18 12:00"', '"2026-11-17 08:46"'), encoding="utf-8")
    _, issues = check_portfolio(portfolio, "portfolio")
    assert [issue.field for issue in issues] == ["faktisk_slut"]


def _waiting(initiative_id: str, *depends_on: str) -> tuple[str, Initiative]:
    initiative = Initiative.model_validate(
        {
            "id": initiative_id, "titel": initiative_id, "program": "p", "gruppe": "g",
            "farve": "grøn", "statusdato": "2018-02-20", "status": "x",
            "afhænger_af": list(depends_on),
        }
    )  # fmt: skip
    return f"portfolio/indsatser/{initiative_id}.yml", initiative


def test_a_tangle_of_rings_is_told_once_by_its_shortest_ring() -> None:
    initiatives = [
        _waiting("a", "b"),
        _waiting("b", "c", "a"),
        _waiting("c", "a"),
        _waiting("d", "a"),  # waits for the tangle but is not in it
        _waiting("e", "e"),
        _waiting("f", "findes-ikke"),
    ]
    found = [(file, loc, text) for file, (loc, text) in rules.dependency_cycles(initiatives)]
    assert found == [
        (
            "portfolio/indsatser/a.yml",
            ("afhænger_af", 0),
            "indsatserne venter på hinanden i ring (a → b → a) — slet en af henvisningerne",
        ),
        (
            "portfolio/indsatser/e.yml",
            ("afhænger_af", 0),
            "indsatsen kan ikke afhænge af sig selv — slet e",
        ),
    ]


def test_a_long_chain_without_a_ring_passes_and_does_not_take_long() -> None:
    """Every indsats waits for all before it: 2^n paths, but one pass over the references."""
    names = [f"i{number:03}" for number in range(300)]
    initiatives = [_waiting(name, *names[:index]) for index, name in enumerate(names)]
    assert list(rules.dependency_cycles(initiatives)) == []
    initiatives.append(_waiting("i000-slut", "i299"))
    initiatives[0] = _waiting("i000", "i000-slut")
    ((file, (_, text)),) = rules.dependency_cycles(initiatives)
    assert file == "portfolio/indsatser/i000.yml"
    assert text.startswith("indsatserne venter på hinanden i ring (i000 → i000-slut → i299 → i000)")


def test_the_ring_is_told_at_the_reference_that_starts_it() -> None:
    initiatives = [_waiting("a", "d", "b"), _waiting("b", "a"), _waiting("d")]
    ((file, (loc, _)),) = rules.dependency_cycles(initiatives)
    assert (file, loc) == ("portfolio/indsatser/a.yml", ("afhænger_af", 1))
