"""A portfolio any region can run: a second region's site carries its own words and none of the
example's.

tests/fixtures/midtjylland/ is a small portfolio of another region (Fælles Servicecenter for
Telesundhed in Region Midtjylland, written from its status note), with its own settings file:
its own readiness headings, its committee and its colours' meanings. Its site is built with the
same mkdocs.yml, pages and templates as the example's, and every file of it is read: pages, feeds,
calendars, exports (the XLSX files unzipped), the JSON Schemas and the search's fragments.
"""

from __future__ import annotations

import gzip
import io
import re
import zipfile
from pathlib import Path

import pytest

from tests.conftest import TESTS, build_site, site_project

MIDTJYLLAND = TESTS / "fixtures" / "midtjylland"
AS_OF = "2018-12-01"

SYDDANMARK_WORDS = (
    # The committees and fora of Syddanmark's health agreement, by short and by full name.
    "SKU", "DAK", "SSF", "SOF", "PSOF", r"\(P\)SOF", "SDSI",
    "Administrative Kontaktforum", "Strategiske Sundhedsstyregruppe", "Sundhedsstrategisk Forum",
    # Its groups: the follow-up groups (følgegrupper) under DAK, the programme of the landsdel.
    r"følgegrupp\w*", r"Landsdelsprogram\w*", "Telehjerte",
    # The region, its address on the web and its duty line's system.
    r"Syddanmark\w*", r"syddansk\w*", "rsyd", "VisInfoSyd",
    # Its places and hospitals.
    "Odense", r"Fyn\w*", r"fynsk\w*", "Lillebælt", "Sønderjylland", r"Sydvestjysk\w*", "OUH", "SHS",
    # Its 22 kommuner (Vejen with "Kommune": alone it is the Danish for "the road").
    "Aabenraa", "Assens", "Billund", "Esbjerg", "Fanø", "Fredericia", "Faaborg", "Midtfyn",
    "Haderslev", "Kerteminde", "Kolding", "Langeland", "Middelfart", r"Nordfyns?", "Nyborg",
    "Svendborg", "Sønderborg", "Tønder", "Varde", "Vejen Kommune", "Vejle", "Ærø",
)  # fmt: skip
"""Words that would show the site was made from Syddanmark's example, as regular expressions.

Why these: the issue names the committees (SKU, DAK, (P)SOF'erne) and the region; the rest are
what the example and the first seeds write about Syddanmark's governance (DAK's follow-up groups,
SSF, the landsdel's programme), its web address (rsyd.dk) and its places, down to every kommune:
a guide or a schema that used one as an example would carry it into every region's site. Words
the regions share are left out: sundhedsaftale, kommune, styregruppe, TeleKOL, or a bare "Syd".

A word counts whole, in any case, between characters that are not letters or digits: "DAK" in
"SKU/DAK" and "sku" in "klar_til_sku_dak" count; "redaktør", "sofa" and "Syddjurs" do not.
"""

_WORD = re.compile(r"(?<![^\W_])(?:" + "|".join(SYDDANMARK_WORDS) + r")(?![^\W_])", re.IGNORECASE)

FORMER_KEYS = ("klar_til_sku_dak", "klar_til_psof")
"""The readiness fields' old YAML names, the one place they may stand: the JSON Schemas.

Why there: files written before the fields were renamed must validate unchanged, so the schema
names the old keys, marked deprecated, instead of underlining them as unknown in the editor's
IDE. They are keys of the file format, which no page, feed or export shows.
"""

NOT_TEXT = {".png": "the theme's image", ".pagefind": "the search engine's compiled code"}
"""Files not read for words, and why: they are the same bytes in every site, made from no data.

The search's index files (.pf_index, .pf_filter, .pf_meta) are read, but they hold the words
stemmed and framed by length bytes; each page's text stands whole in its .pf_fragment file.
"""


def syddanmark_words(text: str) -> list[str]:
    """Each of Syddanmark's words in `text`, as it stands there."""
    return [match.group() for match in _WORD.finditer(text)]


def readable_text(path: Path) -> str:
    """A built file as text: an XLSX file's XML parts, a gzipped file (the search's) unpacked."""
    data = path.read_bytes()
    if path.suffix == ".xlsx":
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            data = b"\n".join(archive.read(name) for name in archive.namelist())
    elif data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    return data.decode("utf-8", errors="replace")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = site_project(tmp_path_factory.mktemp("midtjylland"), MIDTJYLLAND)
    result = build_site(project, as_of=AS_OF)
    assert result.returncode == 0, result.stderr
    return project / "site"


def test_the_words_are_found_where_they_stand_and_not_inside_other_words() -> None:
    found = syddanmark_words("Klar til SKU/DAK og (P)SOF'erne; klar_til_psof i Vejle Kommune.")
    assert found == ["SKU", "DAK", "(P)SOF", "psof", "Vejle"]
    assert syddanmark_words("Redaktøren på sofaen i Syddjurs ad vejen mod syd") == []


def test_no_file_of_the_site_has_a_word_of_syddanmark(site: Path) -> None:
    read = {path.suffix for path in site.rglob("*") if path.is_file()} - set(NOT_TEXT)
    assert {".html", ".xml", ".ics", ".csv", ".json", ".xlsx", ".pf_fragment"} <= read
    found = []
    for path in sorted(site.rglob("*")):
        if not path.is_file() or path.suffix in NOT_TEXT:
            continue
        text = readable_text(path)
        if path.parent.name == "schema":
            text = re.sub("|".join(FORMER_KEYS), "", text)
        found += [f"{path.relative_to(site)}: {word}" for word in syddanmark_words(text)]
    assert found == []


def test_the_former_keys_are_in_the_schema_only_as_deprecated(site: Path) -> None:
    schema = (site / "schema" / "indsats.schema.json").read_text(encoding="utf-8")
    assert '"deprecated": true' in schema
    assert all(key in schema for key in FORMER_KEYS)


def _text(site: Path, page: str) -> str:
    return " ".join((site / page / "index.html").read_text(encoding="utf-8").split())


def test_the_regions_own_headings_committee_and_colours_stand_on_its_pages(site: Path) -> None:
    overview = _text(site, "oversigt")
    assert "Klar til Sundhedsstyregruppen" in overview
    assert "Klar til drift i FSC" in overview
    report = _text(site, "grupper/forretningsstyregruppen/statusrapport")
    assert "Forventes klar til behandling i Sundhedsstyregruppen" in report
    assert "Forventes klar til drift i FSC" in report
    assert "Kræver beslutning i forretningsstyregruppen og evt. i Sundhedsstyregruppen" in report
    indsats = _text(site, "indsatser/juridiske-rammer")
    assert "Forventes klar til behandling i Sundhedsstyregruppen</dt>" in indsats
    home = _text(site, "")
    assert "Rød betyder: Kræver beslutning i forretningsstyregruppen" in home
    groups = _text(site, "grupper")
    assert 'id="udvalg-1"><strong>Sundhedsstyregruppen</strong>' in groups
    group = _text(site, "grupper/forretningsstyregruppen")
    assert '<a href="../../grupper/#udvalg-1">Sundhedsstyregruppen</a>' in group


def test_the_exports_and_calendars_speak_the_regions_words(site: Path) -> None:
    template = readable_text(site / "eksport" / "skabelon-til-import.xlsx")
    assert "Forventes klar til behandling i Sundhedsstyregruppen" in template
    csv = (site / "eksport" / "indsatser.csv").read_text(encoding="utf-8-sig")
    assert csv.splitlines()[0].count("klar_til_udvalg;klar_til_implementering") == 1
    calendar = " ".join(readable_text(site / "kalender.ics").replace("\r\n ", "").split())
    assert "Ikke sat i gang endnu" in calendar


def test_the_regions_options_await_a_decision_in_words(site: Path) -> None:
    options = _text(site, "beslutninger")
    assert options.count("– Afventer beslutning") == 3
    assert "<h3>Ambitionsniveau for FSC</h3>" in options
    option = _text(site, "beslutninger/ambitionsniveau-2")
    assert "<h1>Mulighed 2: Flere leverancer på områder, der er klar</h1>" in option
    assert '<a href="../../indsatser/medicindispensering/">Medicindispensering</a>' in option
    assert '<h2 id="beslutninger">' in _text(site, "indsatser/medicindispensering")


def test_a_region_without_a_publisher_has_the_statement_page_with_nothing_invented(
    site: Path,
) -> None:
    """Its settings give no publisher and no statement: /was says so, the footer names nobody."""
    page = _text(site, "was")
    assert "<h1>Tilgængelighedserklæring</h1>" in page
    assert "Adressen på sitets tilgængelighedserklæring er ikke oplyst endnu." in page
    assert page.count("ikke oplyst endnu") == 4
    assert 'href="tel:' not in page
    assert 'href="mailto:' not in page
    footer = page[page.index('<footer class="pt-footer">') :]
    assert "Udgivet af" not in footer
    assert '<a href="./">Tilgængelighedserklæring</a>' in footer
