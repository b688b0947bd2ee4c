"""The as-of date and where it came from, in the order the build and the CLI resolve it."""

from __future__ import annotations

from datetime import date

import pytest

from macros.core.clock import AsOf, AsOfError, AsOfSource, as_of_date

TODAY = date(2026, 11, 23)


VARIABLE, CONFIGURED, EPOCH, CLOCK = AsOfSource


@pytest.mark.parametrize(
    ("environ", "configured", "expected"),
    [
        ({"PORTFOLIO_AS_OF": "2018-03-01"}, "2018-03-15", AsOf(date(2018, 3, 1), VARIABLE)),
        ({"SOURCE_DATE_EPOCH": "0"}, "2018-03-15", AsOf(date(2018, 3, 15), CONFIGURED)),
        ({"SOURCE_DATE_EPOCH": "1521072000"}, None, AsOf(date(2018, 3, 15), EPOCH)),
        ({"SOURCE_DATE_EPOCH": "١٢"}, None, AsOf(TODAY, CLOCK)),
        ({"PORTFOLIO_AS_OF": " "}, None, AsOf(TODAY, CLOCK)),
    ],
)
def test_the_as_of_date_comes_from_the_first_source_that_gives_one(
    environ: dict[str, str], configured: str | None, expected: AsOf
) -> None:
    assert as_of_date(environ, TODAY, configured) == expected


def test_only_a_date_fixed_on_purpose_is_pinned() -> None:
    assert [source for source in AsOfSource if source.pinned] == [
        AsOfSource.VARIABLE,
        AsOfSource.CONFIGURED,
    ]


def test_an_as_of_date_reads_as_the_date_and_how_it_was_chosen() -> None:
    assert str(AsOf(date(2018, 3, 15), AsOfSource.CONFIGURED)) == (
        "2018-03-15 (opgørelsesdato i mkdocs.yml)"
    )


def test_a_configured_date_that_is_no_date_is_an_error_in_danish() -> None:
    with pytest.raises(AsOfError, match=r"^opgørelsesdato='15-03-2018' er ikke en dato"):
        as_of_date({}, TODAY, "15-03-2018")
