"""Every page address and output path of the site, relative to its root: written once, here.

The catalogue of pages places pages and side files by these, templates and feeds link with them,
and the adapter hands them to the theme's own templates (404, the feed link). Addresses are
folders ("grupper/pleje/") because the site uses MkDocs' directory URLs.
"""

from __future__ import annotations

HOME = ""
OVERVIEW = "oversigt/"
"""All indsatser, filterable; what the home page's counts link to."""
COLOUR_LISTS = "farver/"
GROUP_LIST = "grupper/"
PROGRAMME_LIST = "programmer/"
ORGANISATION_LIST = "organisationer/"
"""Every organisation, by type (kommuner, regioner, sygehuse …)."""
MILESTONES = "milepæle/"
DECISION_LIST = "beslutninger/"
"""Every recommendation, decision and option, by programme and area."""
CHANGES = "ændringer/"
PROCEDURES = "procedurer/"
NOTICES = "driftsstatus/"
"""The status page of outage notices."""
NOTICE_CALENDAR = f"{NOTICES}planlagte-nedlukninger.ics"
NOTICE_FEED = f"{NOTICES}driftsmeddelelser.xml"
REPORT_HELPER = f"{NOTICES}ny-melding/"
ACCESSIBILITY = "was/"
"""The page on the site's accessibility: its statement and how to reach the publisher. Danish
public sites keep the short address <site>/was for it (Digitaliseringsstyrelsen's rule)."""
SKIP_TARGET = "pt-indhold"
"""The id of every page's content, where "Gå til indholdet" leads on a page with no headings of
its own in the table of contents (main.html)."""
SEARCH = "søg/"
"""The search page; the header's search box leads there."""
SEARCH_INDEX = "pagefind/"
"""Where Pagefind writes the search index; the search page loads pagefind.js from there."""
SCRIPTS = {
    name: f"assets/javascripts/portfolio-{name}.js"
    for name in (
        *("filter", "dates", "changes", "oncall", "duty"),
        *("notices", "report", "search", "copy"),
    )
}
"""The site's own scripts by name. A page loads those its kind names (output/contexts.py), the
search page the search, and a page with the outage banner the notices (main.html)."""
STATUS_FEED = "status.xml"
"""The Atom feed of status updates, linked from every page's head."""
FEED_STYLESHEET = "assets/stylesheets/feed.xsl"
FEED_CSS = "assets/stylesheets/feed.css"
"""The feeds' style where a browser no longer runs XSLT (FEED_STYLESHEET)."""
"""The XSLT stylesheet that shows a feed opened in a browser as a Danish page (it ships in
content/); each feed names it in an xml-stylesheet processing instruction."""
EXPORTS = {
    "csv": "eksport/indsatser.csv",
    "xlsx": "eksport/indsatser.xlsx",
    "json": "eksport/indsatser.json",
}
"""Every indsats as a spreadsheet or data file, by format."""
IMPORT_TEMPLATE = "eksport/skabelon-til-import.xlsx"
"""An empty sheet with the columns `portfolio import` reads, and what goes in each."""


def initiative_href(initiative_id: str) -> str:
    """An indsats' page."""
    return f"indsatser/{initiative_id}/"


def group_href(group_id: str) -> str:
    """A group's page."""
    return f"{GROUP_LIST}{group_id}/"


def report_href(group_id: str) -> str:
    """A group's printable status report."""
    return f"{group_href(group_id)}statusrapport/"


def programme_href(programme_id: str) -> str:
    """A programme's page."""
    return f"{PROGRAMME_LIST}{programme_id}/"


def roll_out_href(programme_id: str) -> str:
    """A programme's roll-out matrix: its organisations against its plans' waves."""
    return f"{programme_href(programme_id)}udrulning/"


def organisation_href(organisation_id: str) -> str:
    """An organisation's page: what it takes part in, and its contacts."""
    return f"{ORGANISATION_LIST}{organisation_id}/"


def colour_href(colour_word: str) -> str:
    """The pre-rendered list of one colour's indsatser, e.g. "farver/rød/"."""
    return f"{COLOUR_LISTS}{colour_word}/"


def milestone_href(milestone_id: str) -> str:
    """A milestone's page."""
    return f"{MILESTONES}{milestone_id}/"


def decision_href(decision_id: str) -> str:
    """A recommendation's, decision's or option's page."""
    return f"{DECISION_LIST}{decision_id}/"


def decisions_anchor(programme_id: str) -> str:
    """The id of a programme's section on the list of decisions: "program-telekol-syd"."""
    return f"program-{programme_id}"


def programme_decisions_href(programme_id: str) -> str:
    """A programme's section on the list of decisions."""
    return f"{DECISION_LIST}#{decisions_anchor(programme_id)}"


def milestone_table_href(programme_id: str) -> str:
    """A programme's milestone table, grouped by theme."""
    return f"{programme_href(programme_id)}milepæle/"


MILESTONE_TREND_SECTION = "milepælstrend"
"""The id of the milestone trend's section on a programme's milestone table."""


def timeline_href(scope: str = HOME) -> str:
    """The timeline of everything (""), or of one group's or programme's page ("grupper/x/")."""
    return f"{scope}tidslinje/"


TIMELINE_UPCOMING = "kommende"
"""The id of the next days' section on the portfolio's timeline page."""
TIMELINE_GROUPS = "gruppernes-tidslinjer"
"""The id of the table of groups' timelines (with what is overdue) on that page."""
TIMELINE_PROGRAMMES = "programmernes-tidslinjer"
"""The id of the list of programmes' timelines on that page."""


COMMITTEES_SECTION = "udvalg"
"""The id of the groups page's list of committees (the settings' udvalg)."""


def committee_anchor(number: int) -> str:
    """The id of the `number`th committee (from 1) of the settings on the groups page."""
    return f"{COMMITTEES_SECTION}-{number}"


def committee_href(number: int) -> str:
    """The `number`th committee (from 1) of the settings on the groups page: grupper/#udvalg-1."""
    return f"{GROUP_LIST}#{committee_anchor(number)}"


def timeline_section_href(section: str) -> str:
    """A section of the portfolio's timeline page, e.g. "tidslinje/#kommende"."""
    return f"{timeline_href()}#{section}"


def calendar_path(scope: str = HOME) -> str:
    """The ICS calendar of everything (""), or of a programme's, group's or organisation's page."""
    return f"{scope}kalender.ics"


def procedure_href(procedure_id: str) -> str:
    """A reporting procedure's page, e.g. procedurer/edi-nedbrud/ (it stands in the menu)."""
    return f"{PROCEDURES}{procedure_id}/"


ONCALL_SECTION = "hvem-nu"
"""The id of a procedure page's first section, "Hvem kontakter jeg nu?"."""
DUTY_LINES_SECTION = "kommunernes-vagttelefoner"
"""The id of a procedure page's list of every kommune's line (its `kommunekontakt`)."""


def oncall_href(procedure_id: str) -> str:
    """A procedure page's "Hvem kontakter jeg nu?": where the outage banner sends the reader."""
    return f"{procedure_href(procedure_id)}#{ONCALL_SECTION}"


def notice_anchor(notice_id: str) -> str:
    """The id of a notice's section on the status page: "meddelelse-cosmic-nede"."""
    return f"meddelelse-{notice_id}"


def notice_href(notice_id: str) -> str:
    """A notice on the status page."""
    return f"{NOTICES}#{notice_anchor(notice_id)}"


def source_of(href: str) -> str:
    """The Markdown file MkDocs builds the page at `href` from: "oversigt/index.md"."""
    return f"{href}index.md"


def way_to_root(url: str) -> str:
    """'../' once per folder of a page's URL: "" → "", "oversigt/" → "../", "a/b/" → "../../"."""
    return "../" * url.count("/")
