"""Who publishes the site and where its accessibility statement is: the foot of every page and
the page /was."""

from __future__ import annotations

from datetime import date

import pytest

from macros.data.models import Settings
from macros.views.colophon import colophon, is_tool_front_page
from macros.views.schedule import Schedule

SNAPSHOT = Schedule(as_of=date(2023, 5, 15), window_days=60, live=False)
LIVE = Schedule(as_of=date(2026, 11, 23), window_days=60, live=True)


def _settings(data: dict[str, object]) -> Settings:
    return Settings.model_validate({**data, "id": "indstillinger"})


@pytest.mark.parametrize(
    ("address", "front_page"),
    [
        ("https://www.was.digst.dk/", True),
        ("https://www.was.digst.dk", True),
        ("https://was.digst.dk/", True),
        ("https://www.was.digst.dk/eksempel-dk", False),
        ("https://was.digst.dk/eksempel-dk/", False),
        ("https://www.eksempel.dk/", False),
        ("https://www.eksempel.dk/tilgaengelighed", False),
    ],
)
def test_only_the_tools_own_address_is_its_front_page(address: str, front_page: bool) -> None:
    assert is_tool_front_page(address) is front_page


def test_without_settings_nothing_is_claimed() -> None:
    about = colophon(Settings(), SNAPSHOT)
    assert about.publisher is None
    assert about.statement is None
    assert about.own_statement is False


def test_a_statement_of_the_site_is_its_own_and_the_tools_front_page_is_not() -> None:
    own = colophon(_settings({"tilgængelighedserklæring": "https://www.was.digst.dk/x-dk"}), LIVE)
    assert own.own_statement is True
    tool = colophon(_settings({"tilgængelighedserklæring": "https://www.was.digst.dk/"}), LIVE)
    assert tool.statement == "https://www.was.digst.dk/"
    assert tool.own_statement is False


def test_the_day_is_the_snapshots_or_the_builds() -> None:
    assert (colophon(Settings(), SNAPSHOT).built, colophon(Settings(), SNAPSHOT).snapshot) == (
        "15. maj 2023",
        True,
    )
    assert (colophon(Settings(), LIVE).built, colophon(Settings(), LIVE).snapshot) == (
        "23. november 2026",
        False,
    )
