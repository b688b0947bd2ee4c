"""The portfolio's settings (portfolio/indstillinger.yml): one optional file at the top of the
folder with the portfolio's own words, neutral defaults without it, and the readiness fields'
old names still read."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from pydantic import ValidationError

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


def test_the_publisher_and_the_statement_are_unset_by_default() -> None:
    assert Settings().publisher is None
    assert Settings().accessibility_statement is None
    assert load_portfolio(MIDTJYLLAND).settings.publisher is None


def test_the_example_names_its_publisher_and_invents_no_number() -> None:
    """The seeds name the region but give no phone or e-mail for the site: none is written."""
    settings = load_portfolio(PROJECT / "portfolio").settings
    assert settings.publisher is not None
    assert settings.publisher.name == "Region Syddanmark"
    assert (settings.publisher.phone, settings.publisher.email) == (None, None)
    assert settings.accessibility_statement == "https://www.was.digst.dk/"


def test_the_publishers_phone_is_read_as_a_danish_number() -> None:
    settings = _settings(
        {
            "udgiver": {"navn": "Sekretariatet", "telefon": "+45 24908731", "email": "a@b.dk"},
            "tilgængelighedserklæring": "https://www.was.digst.dk/eksempel-dk",
        }
    )
    assert settings.publisher is not None
    assert (settings.publisher.phone, settings.publisher.tel) == ("24 90 87 31", "+4524908731")
    assert settings.publisher.email == "a@b.dk"


@pytest.mark.parametrize(
    ("address", "message"),
    [
        (
            "mailto:a@b.dk",
            "'mailto:a@b.dk' er ikke en tilladt adresse — brug en adresse, der starter med "
            "https:// eller http://",
        ),
        (
            "www.was.digst.dk/eksempel-dk",
            "'www.was.digst.dk/eksempel-dk' er ikke en tilladt adresse — brug en adresse, der "
            "starter med https:// eller http://",
        ),
        (
            "https://",
            "'https://' mangler et domæne efter https:// — skriv fx https://www.eksempel.dk/…",
        ),
    ],
)
def test_the_statement_must_be_a_web_page(address: str, message: str) -> None:
    with pytest.raises(ValidationError) as refused:
        _settings({"tilgængelighedserklæring": address})
    assert refused.value.errors()[0]["msg"] == message
