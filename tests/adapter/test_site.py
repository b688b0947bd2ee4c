"""Whole MkDocs builds through the real wiring: strict, failing loudly, as-of date as input."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from markupsafe import escape

from macros.data.validate import load_portfolio
from tests.conftest import (
    INVALID,
    PROJECT,
    build_site,
    portfolio_with,
    portfolio_with_title,
    site_project,
)


def _colour_rows(html: str) -> dict[str, int]:
    table = BeautifulSoup(html, "html.parser").select_one("table.pt-colour-counts")
    assert table is not None
    return {
        row.th.get_text(strip=True): int(row.select("td")[-1].get_text())
        for row in table.select("tbody tr")
    }


def test_the_example_portfolio_builds_and_the_home_page_counts_colours(example_site: Path) -> None:
    html = (example_site / "index.html").read_text(encoding="utf-8")
    portfolio = load_portfolio(PROJECT / "portfolio")
    counts = Counter(
        initiative.colour.value.capitalize() for initiative in portfolio.initiatives.values()
    )
    assert _colour_rows(html) == {
        label: counts[label] for label in ["Grøn", "Gul", "Rød", "Grå", "Blå"]
    }
    assert "Indsatser pr. farve, opgjort pr. 15. maj 2023" in html
    total = BeautifulSoup(html, "html.parser").select_one("table.pt-colour-counts tfoot td")
    assert total is not None
    assert total.get_text() == str(len(portfolio.initiatives))


def test_the_build_indexes_the_site_for_the_search_and_says_so(tmp_path: Path) -> None:
    project = site_project(tmp_path, portfolio_with(tmp_path))
    result = build_site(project)
    assert result.returncode == 0, result.stderr
    assert "Søgeindeks (Pagefind): Indexed 1 language, Indexed " in result.stderr
    index = project / "site" / "pagefind"
    assert (index / "pagefind.js").is_file()
    assert list(index.glob("wasm.da.pagefind")), "Danish, for its stemming"
    assert not (project / "site" / "search" / "search_index.json").exists()


def test_invalid_data_fails_the_build_with_the_validators_lines(tmp_path: Path) -> None:
    case = INVALID / "flere-fejl-på-én-gang"
    project = site_project(tmp_path, portfolio_with(tmp_path, case))
    result = build_site(project)
    assert result.returncode == 1
    for line in (case / "expected.txt").read_text(encoding="utf-8").splitlines():
        assert f"ERROR   -  porteføljetavlen: {line}\n" in result.stderr
    assert "6 fejl i porteføljen — se linjerne ovenfor" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (project / "site" / "index.html").exists()


def test_an_undefined_name_in_a_page_fails_thebuild_site(tmp_path: Path) -> None:
    project = site_project(tmp_path, portfolio_with(tmp_path))
    (project / "content" / "index.md").write_text(
        "# Forside\n\n{{ farvefordelingen() }}\n", encoding="utf-8"
    )
    result = build_site(project)
    assert result.returncode != 0
    assert "'farvefordelingen' is undefined" in result.stderr
    assert not (project / "site" / "index.html").exists()


def test_a_bad_as_of_date_fails_the_build_in_danish(tmp_path: Path) -> None:
    result = build_site(site_project(tmp_path, portfolio_with(tmp_path)), as_of="i dag")
    assert result.returncode == 1
    assert "PORTFOLIO_AS_OF='i dag' er ikke en dato — skriv den som 2018-02-20" in result.stderr


def test_without_the_portfolio_plugin_macros_say_what_to_fix(tmp_path: Path) -> None:
    project = site_project(tmp_path, portfolio_with(tmp_path))
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(re.sub(r"  - porteføljetavlen:\n(      .*\n)+", "", text), encoding="utf-8")
    result = build_site(project)
    assert result.returncode == 1
    assert (
        "Pluginet 'porteføljetavlen' skal stå før 'macros' under plugins: i mkdocs.yml"
        in result.stderr
    )


HOSTILE_TITLES = [
    "{{ 7*7 }}",
    '<script>alert("x")</script> & "citat" 😀',
    "Dræn {% raw %} ' --> <!--",
]


@pytest.mark.parametrize("title", HOSTILE_TITLES)
def test_text_from_yaml_is_escaped_and_never_evaluated(tmp_path: Path, title: str) -> None:
    portfolio = portfolio_with_title(tmp_path, title)
    project = site_project(tmp_path, portfolio)
    result = build_site(project)
    assert result.returncode == 0, result.stderr
    page = (project / "site" / "indsatser" / "sambo" / "index.html").read_text(encoding="utf-8")
    overview = (project / "site" / "oversigt" / "index.html").read_text(encoding="utf-8")
    for html in (page, overview):
        assert f">{escape(title)}<" in html
        assert "<script>alert" not in html
        assert "</title><script>" not in html
        assert ">49<" not in html


def test_every_indsats_gets_its_own_page_linked_from_the_overview(example_site: Path) -> None:
    portfolio = load_portfolio(PROJECT / "portfolio")
    overview = (example_site / "oversigt" / "index.html").read_text(encoding="utf-8")
    for initiative_id, initiative in portfolio.initiatives.items():
        assert (example_site / "indsatser" / initiative_id / "index.html").is_file()
        assert f'href="../indsatser/{initiative_id}/">{escape(initiative.title)}</a>' in overview


def test_a_snapshot_says_so_on_every_page_and_in_the_log(tmp_path: Path) -> None:
    project = site_project(tmp_path, portfolio_with(tmp_path))
    result = build_site(project, as_of="2018-03-01")
    assert result.returncode == 0, result.stderr
    assert "Sitet opgøres pr. 1. marts 2018 (miljøvariablen PORTFOLIO_AS_OF)" in result.stderr
    pages = sorted((project / "site").rglob("*.html"))
    assert len(pages) > 10
    for page in pages:
        notice = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select(
            ".pt-snapshot"
        )
        assert [n.strong.get_text() for n in notice] == ["Øjebliksbillede pr. 1. marts 2018."], page


def test_a_live_site_is_no_snapshot(tmp_path: Path) -> None:
    project = site_project(tmp_path, portfolio_with(tmp_path))
    result = build_site(project, as_of=None)
    assert result.returncode == 0, result.stderr
    assert "(dagens dato)" in result.stderr
    for page in (project / "site").rglob("*.html"):
        assert "pt-snapshot" not in page.read_text(encoding="utf-8"), page


def test_a_page_naming_a_script_the_site_lacks_fails_the_build_with_file_and_line(
    tmp_path: Path,
) -> None:
    project = site_project(tmp_path, portfolio_with(tmp_path))
    (project / "content" / "om.md").write_text(
        "---\ntitle: Om\nscripts: [search, filtre]\n---\n# Om sitet\n", encoding="utf-8"
    )
    result = build_site(project)
    assert result.returncode == 1
    assert (
        "ERROR   -  content/om.md:3:1: scripts: 'filtre' er ikke et af sitets scripts — mente du "
        "filter? sitets scripts er changes, copy, dates, duty, filter, notices, oncall, report, "
        "search"
    ) in result.stderr
    assert "Traceback" not in result.stderr
