"""The portfolio's settings (portfolio/indstillinger.yml): one optional file at the top of the
folder with the portfolio's own words, neutral defaults without it, and the readiness fields'
old names still read."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from macros.data.fields import Colour
from macros.data.kinds import GROUP, INITIATIVE, SETTINGS, kind_at
from macros.data.models import Group, Initiative, Settings, former_keys
from macros.data.validate import check_portfolio, load_portfolio
from macros.output.exports import COLUMNS, TEMPLATE_COLUMNS
from tests.conftest import MINIMAL, PROJECT, TESTS, portfolio_with
from tests.test_second_region import syddanmark_words

MIDTJYLLAND = TESTS / "fixtures" / "midtjylland"


def _settings(data: dict[str, object]) -> Settings:
    return Settings.model_validate({**data, "id": "indstillinger"})


def test_without_the_file_the_words_are_neutral(minimal_portfolio: Path) -> None:
    settings = load_portfolio(minimal_portfolio).settings
    assert settings == Settings()
    texts = [
        settings.columns.ready_for_committee.heading,
        settings.columns.ready_for_committee.short,
        settings.columns.ready_for_implementation.heading,
        settings.columns.ready_for_implementation.short,
        *(settings.meaning(colour) for colour in Colour),
    ]
    assert settings.committees == ()
    assert [text for text in texts if syddanmark_words(text)] == []
    assert settings.columns.ready_for_committee.short == "Klar til udvalg"


def test_the_example_carries_syddanmarks_words_of_today() -> None:
    settings = load_portfolio(PROJECT / "portfolio").settings
    assert settings.columns.ready_for_committee.heading == (
        "Forventes klar til fremlæggelse for SKU/DAK"
    )
    assert settings.columns.ready_for_implementation.short == "Klar til (P)SOF"
    assert settings.meaning(Colour.RED) == (
        "Indsatsen kræver handling i følgegruppen – evt. også i DAK"
    )
    assert [committee.short_name for committee in settings.committees] == ["SKU", "DAK", "SSF"]


def test_a_key_left_out_keeps_its_default() -> None:
    settings = _settings({"farver": {"rød": "Kræver handling i styregruppen"}})
    assert settings.meaning(Colour.RED) == "Kræver handling i styregruppen"
    assert settings.meaning(Colour.GREEN) == Settings().meaning(Colour.GREEN)
    assert settings.columns == Settings().columns


def test_each_colour_has_its_own_meaning() -> None:
    settings = load_portfolio(MIDTJYLLAND).settings
    meanings = [settings.meaning(colour) for colour in Colour]
    assert len(set(meanings)) == len(Colour)
    assert settings.meaning(Colour.BLUE) == "Ikke sat i gang endnu"


@pytest.mark.parametrize(
    ("reports_to", "number"),
    [
        ("Sundhedskoordinationsudvalget", 1),
        ("DAK", 2),
        ("Det Administrative Kontaktforum (DAK)", 2),
        ("  det administrative   kontaktforum ", 2),
        ("Programstyregruppen for telemedicin", None),
    ],
)
def test_a_group_names_its_committee_by_name_short_name_or_both(
    reports_to: str, number: int | None
) -> None:
    settings = load_portfolio(PROJECT / "portfolio").settings
    group = Group.model_validate({"id": "g", "navn": "G", "rapporterer_til": reports_to})
    assert settings.committee_of(group) == number


def test_the_readiness_fields_read_their_old_names_and_write_the_new_ones() -> None:
    assert former_keys(Initiative) == {
        "klar_til_sku_dak": "klar_til_udvalg",
        "klar_til_psof": "klar_til_implementering",
    }
    data = load_portfolio(MINIMAL).initiatives["sambo"]
    assert str(data.ready_for_committee) == "1. kvartal 2018", "the fixture has the old name"
    dumped = data.model_dump(mode="json", by_alias=True)
    assert "klar_til_udvalg" in dumped
    assert "klar_til_sku_dak" not in dumped
    assert not {"klar_til_sku_dak", "klar_til_psof"} & {*COLUMNS, *TEMPLATE_COLUMNS}


def test_an_old_and_a_new_name_together_are_told_to_keep_one(tmp_path: Path) -> None:
    portfolio = portfolio_with(tmp_path)
    sambo = portfolio / INITIATIVE.folder / "sambo.yml"
    text = sambo.read_text(encoding="utf-8")
    sambo.write_text(text + "klar_til_udvalg: 2. kvartal 2018\n", encoding="utf-8")
    _, issues = check_portfolio(portfolio, "portfolio")
    assert [str(issue) for issue in issues] == [
        "portfolio/indsatser/sambo.yml:14:1: klar_til_sku_dak: klar_til_sku_dak er det gamle navn "
        "for klar_til_udvalg, som også står i filen — slet det ene"
    ]


@pytest.mark.parametrize(
    ("parts", "kind"),
    [
        (("indstillinger.yml",), SETTINGS),
        (("indstillinger.yaml",), SETTINGS),
        (("indstilling.yml",), None),
        (("grupper", "indstillinger.yml"), GROUP),
        (("grupper", "arkiv", "pleje.yml"), GROUP),
        (("projekter", "x.yml"), None),
    ],
)
def test_the_settings_file_is_the_one_file_read_at_the_top(
    parts: tuple[str, ...], kind: object
) -> None:
    assert kind_at(parts) is kind


def test_two_settings_files_are_one_too_many(tmp_path: Path) -> None:
    portfolio = portfolio_with(tmp_path)
    shutil.copy(MIDTJYLLAND / "indstillinger.yml", portfolio / "indstillinger.yml")
    shutil.copy(MIDTJYLLAND / "indstillinger.yml", portfolio / "indstillinger.yaml")
    _, issues = check_portfolio(portfolio, "portfolio")
    assert [str(issue) for issue in issues] == [
        "portfolio/indstillinger.yml:1:1: portfolio/indstillinger.yaml findes også — der må kun "
        "være én fil med indstillinger; slet den ene"
    ]


def test_the_settings_file_is_not_counted_as_an_entity(tmp_path: Path) -> None:
    portfolio = portfolio_with(tmp_path)
    shutil.copy(MIDTJYLLAND / "indstillinger.yml", portfolio / "indstillinger.yml")
    loaded = load_portfolio(portfolio, "portfolio")
    assert loaded.settings.columns.ready_for_committee.short == "Klar til Sundhedsstyregruppen"
    assert loaded.source_files["indstillinger/indstillinger"] == "portfolio/indstillinger.yml"
    assert loaded.initiatives["sambo"].status_date == date(2018, 2, 20)
