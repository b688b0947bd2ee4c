"""Checks over every built page: internal links and anchors resolve (also in the HTML the plugin
puts in after MkDocs has checked the Markdown), the search indexes what people look for, and each
page carries the site's one Content-Security-Policy, which allows only the
scripts the site ships as files and nothing from other origins."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from bs4 import BeautifulSoup
from jinja2 import Environment
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

from macros.adapter import plugin as plugin_module
from macros.adapter.plugin import PortfolioPlugin
from macros.core import urls
from macros.output.csp import POLICY
from tests.conftest import EXAMPLE_AS_OF, PROJECT, site_project

ATTRIBUTES = {"a": "href", "link": "href", "script": "src", "img": "src", "source": "src"}


@pytest.fixture
def site(example_site: Path) -> Path:
    return example_site


@cache
def ids_in(page: Path) -> frozenset[str]:
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    return frozenset(str(element["id"]) for element in soup.find_all(id=True))


def target_of(site: Path, page: Path, reference: str) -> tuple[Path, str] | None:
    """The file and anchor a site-internal reference points at; None for other origins."""
    parts = urlsplit(reference)
    if reference.startswith("//"):
        # Why: a protocol-relative address leaves the site ("//status.xml" is host status.xml).
        return site / "another-origin" / reference.lstrip("/"), ""
    if parts.scheme or parts.netloc or (reference.startswith("#") and not parts.fragment):
        return None
    # Why: the 404 page links from the site root, as it is served at any address.
    base = site if parts.path.startswith("/") else page.parent
    path = (base / unquote(parts.path.lstrip("/"))).resolve() if parts.path else page
    if parts.path.endswith("/") or path.is_dir():
        path = path / "index.html"
    return path, unquote(parts.fragment)


def broken_references(site: Path) -> list[str]:
    broken = []
    for page in sorted(site.rglob("*.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for tag, attribute in ATTRIBUTES.items():
            for element in soup.find_all(tag):
                reference = element.get(attribute)
                target = target_of(site, page, str(reference)) if reference else None
                if target is None:
                    continue
                path, anchor = target
                where = f"{page.relative_to(site)}: {reference}"
                if not path.is_file():
                    broken.append(f"{where} (ingen fil)")
                elif anchor and path.suffix == ".html" and anchor not in ids_in(path):
                    broken.append(f"{where} (intet anker #{anchor})")
    return broken


def test_every_internal_link_and_anchor_resolves(site: Path) -> None:
    assert broken_references(site) == []


def test_every_page_has_one_main_heading_and_no_marker_left(site: Path) -> None:
    for page in sorted(site.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        soup = BeautifulSoup(html, "html.parser")
        assert len(soup.select("article h1")) == 1, page
        assert "<!-- pt-" not in html, page


def indexed_pages(site: Path) -> dict[str, BeautifulSoup]:
    """The pages Pagefind indexes (those with a data-pagefind-body), by address, as their body."""
    indexed = {}
    for page in sorted(site.rglob("*.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        body = soup.find(attrs={"data-pagefind-body": True})
        if body is not None:
            indexed[page.relative_to(site).as_posix().removesuffix("index.html") or "./"] = body
    return indexed


def test_the_search_indexes_the_pages_people_look_for_and_not_those_that_repeat_them(
    site: Path,
) -> None:
    pages = set(indexed_pages(site))
    for searched in [
        "./",
        "indsatser/ammepolitik/",
        "milepæle/kol-syd-4-1/",
        "grupper/",
        "procedurer/edi-nedbrud/",
    ]:
        assert searched in pages, searched
    for repeating in ["oversigt/", "tidslinje/", "farver/", "statusrapport/", "ændringer/", "søg/"]:
        assert not any(repeating in page for page in pages), repeating
    assert "404.html" not in pages


def test_pagefind_is_given_every_searchable_page_and_no_other(site: Path) -> None:
    """Pagefind reads links to the searchable pages only; its count must match theirs."""
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert entry["languages"]["da"]["page_count"] == len(indexed_pages(site))


def test_the_search_has_the_home_pages_text_but_not_its_lists_of_indsatser(site: Path) -> None:
    home = indexed_pages(site)["./"]
    for ignored in home.select("[data-pagefind-ignore]"):
        ignored.decompose()
    text = " ".join(home.get_text(" ").split())
    assert "Rød betyder: Indsatsen kræver handling i følgegruppen – evt. også i DAK." in text
    assert not home.select("li a[href^='indsatser/']"), "the list repeats the indsats pages"
    assert not home.select("table")


def test_every_indsats_page_tells_the_search_its_kind_group_programme_and_colour(
    site: Path,
) -> None:
    page = indexed_pages(site)["indsatser/ammepolitik/"]
    marked = [page, *page.select("[data-pagefind-filter]")]
    assert [element["data-pagefind-filter"] for element in marked] == [
        "slags:Indsats",
        "farve:Grøn",
        "gruppe",
        "program",
    ]
    group = page.select_one('[data-pagefind-filter="gruppe"]')
    assert group is not None
    assert group.get_text() == "Følgegruppen for behandling og pleje"


def test_no_label_is_glued_to_its_value_in_the_indexed_text(site: Path) -> None:
    """Pagefind joins the text of neighbouring elements as it stands: "Status</dt><dd>Grøn"
    would be indexed as "StatusGrøn"."""
    glued = []
    for address, body in indexed_pages(site).items():
        html = str(body)
        for closing in ("</dt><dd", "</dd><dt", "</th><td", "</td><td", "</li><li"):
            if closing in html:
                glued.append(f"{address}: {closing}")
    assert glued == []


def test_the_checker_finds_a_broken_link_and_anchor(tmp_path: Path) -> None:
    (tmp_path / "side").mkdir()
    (tmp_path / "side" / "index.html").write_text('<h2 id="ja">x</h2>', encoding="utf-8")
    (tmp_path / "index.html").write_text(
        '<a href="side/">ok</a><a href="side/#ja">ok</a><a href="side/#nej">x</a>'
        '<a href="mangler/">x</a><a href="https://example.org/">ude</a>',
        encoding="utf-8",
    )
    assert broken_references(tmp_path) == [
        "index.html: side/#nej (intet anker #nej)",
        "index.html: mangler/ (ingen fil)",
    ]


def test_every_page_has_the_policy_that_allows_only_the_sites_script_files(site: Path) -> None:
    for page in sorted(site.rglob("*.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        first = soup.head.find(True) if soup.head else None
        assert first is not None, page
        assert first.get("http-equiv") == "Content-Security-Policy", page
        assert first["content"] == POLICY, page
        inline = [
            script
            for script in soup.find_all("script")
            if not script.get("src") and script.get("type") != "application/json"
        ]
        assert inline == [], page
        for script in soup.find_all("script", src=True):
            source = str(script["src"])
            # Why from the root: the 404 page links absolutely, it is served at any depth.
            folder = site if source.startswith("/") else page.parent
            assert (folder / source.lstrip("/")).resolve().is_file(), (page, source)


def test_the_policy_allows_no_inline_script_and_nothing_from_elsewhere() -> None:
    directives = {part.split()[0]: part.split()[1:] for part in POLICY.split("; ")}
    assert directives["default-src"] == ["'self'"]
    assert directives["script-src"] == ["'self'", "'wasm-unsafe-eval'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["base-uri"] == ["'self'"]
    assert "sha256-" not in POLICY
    assert not any("http" in value for values in directives.values() for value in values)


def reader_text(page: Path) -> str:
    """A page's text as a browser runs it together: whitespace between elements counts once."""
    text = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").get_text()
    return " ".join(text.split())


def shown_as_written(page: Path) -> list[object]:
    """What a browser shows with its spaces as they stand: every attribute, <pre>, <textarea>."""
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    kept = [element.get_text() for element in soup.find_all(["pre", "textarea"])]
    return [*kept, *((element.name, element.attrs) for element in soup.find_all(True))]


def test_the_themes_whitespace_taken_out_keeps_what_readers_see(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The example built with Material's whitespace as the theme prints it reads the same."""
    trimming = PortfolioPlugin.on_env

    def untrimmed(
        plugin: PortfolioPlugin, env: Environment, *, config: MkDocsConfig, files: Files
    ) -> Environment:
        env = trimming(plugin, env, config=config, files=files)
        env.trim_blocks = env.lstrip_blocks = False
        return env

    monkeypatch.setattr(PortfolioPlugin, "on_env", untrimmed)
    monkeypatch.setattr(plugin_module, "without_indentation", lambda html: html)
    monkeypatch.setenv("PORTFOLIO_AS_OF", EXAMPLE_AS_OF)
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    project = site_project(tmp_path, PROJECT / "portfolio")
    build(load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(tmp_path / "site")))
    trimmed = sorted(site.rglob("*.html"))
    assert [p.relative_to(site) for p in trimmed] == sorted(
        p.relative_to(tmp_path / "site") for p in (tmp_path / "site").rglob("*.html")
    )
    for page in trimmed:
        as_printed = tmp_path / "site" / page.relative_to(site)
        assert reader_text(page) == reader_text(as_printed), page
        assert shown_as_written(page) == shown_as_written(as_printed), page
    size = sum(page.stat().st_size for page in trimmed)
    assert size < 0.85 * sum(p.stat().st_size for p in (tmp_path / "site").rglob("*.html"))


# What each of the site's scripts works on (core/urls.py's SCRIPTS): a page with it must load the
# script. A page of a kind that may have it loads it either way (a group with no milestones has
# no stamp); the script then returns at once.
SCRIPT_HOOKS = {
    "filter": "#pt-filter",
    "dates": ".pt-stamp[data-pt-live]",
    "changes": "#pt-since-form",
    "oncall": "#pt-oncall-data",
    "duty": "#pt-duty-form",
    "notices": ".pt-banner, .pt-notices[data-pt-state]",
    "report": "#pt-report",
    "search": "#pt-search",
    "copy": "[data-pt-subscribe]",
}


def scripts_loaded(soup: BeautifulSoup) -> set[str]:
    """The site's own scripts a page loads, by name."""
    files = {str(script["src"]).rsplit("/", 1)[-1] for script in soup.select("script[src]")}
    return {name for name, path in urls.SCRIPTS.items() if path.rsplit("/", 1)[-1] in files}


def test_each_page_loads_the_scripts_it_uses_and_an_indsats_page_none(site: Path) -> None:
    assert set(SCRIPT_HOOKS) == set(urls.SCRIPTS)
    used = dict.fromkeys(SCRIPT_HOOKS, 0)
    for page in sorted(site.rglob("*.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        loaded = scripts_loaded(soup)
        needed = {name for name, hook in SCRIPT_HOOKS.items() if soup.select(hook)}
        assert needed <= loaded, f"{page.relative_to(site)} lacks {needed - loaded}"
        for name in needed:
            used[name] += 1
    assert all(used.values()), f"a script no page of the example uses: {used}"
    # The bulk of the site: its pages load none of them, unless the outage banner is up.
    for page in sorted((site / "indsatser").rglob("index.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        assert scripts_loaded(soup) == ({"notices"} if soup.select(".pt-banner") else set())


def soup_of(site: Path, address: str) -> BeautifulSoup:
    """The article of the page at `address` (a folder, e.g. "beslutninger/")."""
    html = (site / address / "index.html").read_text(encoding="utf-8")
    article = BeautifulSoup(html, "html.parser").select_one("article")
    assert article is not None, address
    return article


def test_the_list_of_decisions_has_the_programmes_recommendations_by_area(site: Path) -> None:
    listing = soup_of(site, "beslutninger/")
    assert [h2["id"] for h2 in listing.select("h2")] == ["program-telekol-syd"]
    assert [h3.get_text() for h3 in listing.select("h3")] == [
        "Organisering af opgaveudførelse",
        "Juridisk organisering",
        "Økonomi og samfinansiering",
        "Indkøb og marked",
    ]
    links = listing.select("ul.pt-list > li > a")
    assert [a["href"] for a in links] == [
        f"../beslutninger/ssl-anbefaling-{number}/" for number in range(1, 11)
    ]
    first = links[0].find_parent("li")
    assert first is not None
    assert first.get_text(" ", strip=True).startswith("Anbefaling 1: Opgaverne lægges hos")
    assert "status ikke oplyst, oktober 2016 – marts 2017, fra Analysen af" in first.get_text()


def test_a_decision_page_has_its_facts_text_reason_and_indsatser(site: Path) -> None:
    page = soup_of(site, "beslutninger/ssl-anbefaling-5/")
    heading = page.select_one("h1")
    assert heading is not None
    assert heading.get_text() == "Anbefaling 5: Sekretariatet placeres ved aftale hos én myndighed"
    facts = dict(
        zip(texts_of(page, "dl.pt-facts dt"), texts_of(page, "dl.pt-facts dd"), strict=True)
    )
    assert facts == {
        "Type": "Anbefaling",
        "Område": "Juridisk organisering",
        "Status": "Ikke oplyst",
        "Dato": "oktober 2016 – marts 2017",
        "Fra": "Analysen af telemedicinsk service, support og logistik",
        "Program": "Telemedicinsk hjemmemonitorering af borgere med KOL – Landsdelsprogram Syd",
    }
    assert texts_of(page, "h2") == ["Anbefalingen", "Begrundelse", "Indsatser"]
    (indsats,) = page.select("#indsatser + ul > li")
    assert indsats.select_one(".pt-status").get_text() == "Gul", "the colour in words"
    assert indsats.select_one("a")["href"] == "../../indsatser/telekol-ssl-og-spoc/"
    back = page.select("p > a")[-1]
    assert back["href"] == "../../beslutninger/#program-telekol-syd"


def texts_of(soup: BeautifulSoup, selector: str) -> list[str]:
    return [element.get_text(" ", strip=True) for element in soup.select(selector)]


def test_the_programme_and_the_indsats_list_the_decisions_that_name_them(site: Path) -> None:
    programme = soup_of(site, "programmer/telekol-syd/")
    listed = programme.select("#beslutninger + ul > li > a")
    assert len(listed) == 10
    assert programme.select_one("#beslutninger ~ p > a")["href"] == (
        "../../beslutninger/#program-telekol-syd"
    )
    assert soup_of(site, "programmer/sundhedsaftalen-2015-2018/").select("#beslutninger") == []
    initiative = soup_of(site, "indsatser/telekol-logistikudbud/")
    assert texts_of(initiative, "#beslutninger + ul > li") == [
        "Anbefaling 1: Opgaverne lægges hos operatører, der findes i forvejen – status ikke oplyst",
        "Anbefaling 10: Køb produkter og services hver for sig, og kobl dem sammen "
        "– status ikke oplyst",
    ]


def test_the_decisions_are_in_the_menu_and_the_search(site: Path) -> None:
    html = (site / "index.html").read_text(encoding="utf-8")
    tabs = BeautifulSoup(html, "html.parser").select("a.md-tabs__link")
    assert "Beslutninger" in [tab.get_text(strip=True) for tab in tabs]
    pages = indexed_pages(site)
    assert "beslutninger/" in pages
    assert pages["beslutninger/ssl-anbefaling-1/"]["data-pagefind-filter"] == "slags:Beslutning"


FOCUSABLE = "a[href], button, input:not(.md-toggle), select, textarea, summary, [tabindex]"
"""What a keyboard reaches; Material's menu toggles are hidden checkboxes it never reaches."""


def test_every_page_starts_with_the_skip_link_to_its_content(site: Path) -> None:
    for page in sorted(site.rglob("*.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        first = soup.body.select_one(FOCUSABLE) if soup.body else None
        assert first is not None, page
        assert first.get_text(strip=True) == "Gå til indholdet", page
        anchor = str(first["href"])
        assert anchor.startswith("#"), page
        assert unquote(anchor[1:]) in ids_in(page), (page, anchor)


def test_every_page_has_the_sites_footer_with_the_accessibility_statement(site: Path) -> None:
    for page in sorted(site.rglob("*.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        footers = soup.select("footer")
        assert [footer.get("class") for footer in footers] == [["pt-footer"]], page
        text = " ".join(footers[0].get_text(" ").split())
        assert text == (
            "Udgivet af Region Syddanmark · Øjebliksbillede pr. 15. maj 2023 "
            "Tilgængelighedserklæring"
        ), page
        link = footers[0].find("a", string="Tilgængelighedserklæring")
        target = target_of(site, page, str(link["href"]))
        assert target is not None, page
        assert target[0] == site / "was" / "index.html", page
        assert "Material for MkDocs" not in soup.get_text(), page
