"""Stage 5, template contexts: what each template a caller renders receives, one dataclass each.

The contract between the views and overrides/partials/portfolio/ (as datasette's
template_contexts.py): a template may use its class's fields, `base` and the renderer's globals
(the addresses, and `settings`: the portfolio's column headings, committees and colour meanings),
nothing else, and tests/output/test_contexts.py fails on a field without a docstring or a name a
template uses that its class does not have. Partials only included or imported by these templates
(status-badge, due-state, paragraphs, colour-legend, initiative-table, milestone-table) have no
class: their first line says what they take from the including template.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import Any, ClassVar

from macros.data.fields import Colour
from macros.data.models import ClosingDay, Group, Organisation, Procedure, Programme
from macros.output.charts import ColourBars, RoundsChart
from macros.output.trend import TrendChart
from macros.views.colophon import Colophon
from macros.views.decisions import DecisionRow, ProgrammeDecisions
from macros.views.funding import Budget
from macros.views.notices import NoticeRow, NoticeState
from macros.views.oncall import DayOff, DutyLine, TimetableRow
from macros.views.organisations import OrganisationsOfType, OrganisationView
from macros.views.rollout import RollOutMatrix, RollOutPlan
from macros.views.schedule import GroupChanges, MilestoneRow, Schedule, Theme, Timeline
from macros.views.views import (
    ColourSummary,
    DatedItem,
    Dependencies,
    GroupCount,
    GroupTimelineRow,
    GroupView,
    InitiativeRow,
    OverviewView,
    ProgrammeView,
)


@dataclass(frozen=True)
class TemplateContext:
    """What one template receives; each subclass names its template and documents each field.

    Besides the fields, every template gets `base`, the way from the page it lands in back to the
    site root (e.g. "../../"), from `Renderer.render`: it depends on where the HTML goes, not on
    the data, so one context can be rendered into several pages (the notice banner is).
    """

    template: ClassVar[str]
    """The file under overrides/partials/portfolio/ that renders this context."""
    search_kind: ClassVar[str] = "Side"
    """What the search calls a page of this kind, as a filter and beside each hit."""
    scripts: ClassVar[tuple[str, ...]] = ()
    """The site's scripts a page of this kind loads, by name (core/urls.py's SCRIPTS)."""

    def values(self) -> dict[str, object]:
        """The fields by name, as the template sees them (not copied, unlike dataclasses.asdict)."""
        return {field.name: getattr(self, field.name) for field in fields(self)}


@dataclass(frozen=True)
class Subscription:
    """An ICS calendar to follow: the file, the address to subscribe to and what it holds.

    subscribe-panel.html shows it. Why an address apart from the file: a calendar program
    fetches the address again and again, so it needs the whole of it, which only the site's
    address (site_url) gives; a downloaded file never changes.
    """

    path: str
    """The calendar file, relative to the site root, e.g. "grupper/pleje/kalender.ics"."""
    holds: str
    """What it holds, read after "med", e.g. "gruppens skridt og milepæle"."""
    address: str | None
    """Its whole address to subscribe to, e.g. "https://…/kalender.ics"; None when the site's
    address is not set (a local build): the browser's script then fills in the address the page
    itself was served from."""

    @property
    def webcal(self) -> str | None:
        """The address as a webcal: link, which opens the reader's calendar program."""
        return "webcal:" + self.address.split(":", 1)[1] if self.address else None


# Generated pages (macros/output/pages.py)


@dataclass(frozen=True)
class OverviewPage(TemplateContext):
    """The portfolio overview: filters, exports and the table of every indsats."""

    template = "overview.html"
    scripts = ("filter",)
    view: OverviewView
    """Every indsats and the choices of each filter."""


@dataclass(frozen=True)
class ColourPage(TemplateContext):
    """The indsatser of one colour, pre-filtered for readers without JavaScript."""

    template = "colour-page.html"
    colour: Colour
    """The colour the page lists."""
    rows: tuple[InitiativeRow, ...]
    """The indsatser with that colour, in overview order."""


@dataclass(frozen=True)
class GroupListPage(TemplateContext):
    """The list of responsible groups."""

    template = "group-list.html"
    groups: tuple[GroupView, ...]
    """Every group, in the groups' order."""


@dataclass(frozen=True)
class GroupPage(TemplateContext):
    """A responsible group's page: its indsatser by section and its milestones."""

    template = "group-page.html"
    scripts = ("dates", "copy")
    search_kind = "Gruppe"
    view: GroupView
    """The group with its counts and sections."""
    milestones: tuple[MilestoneRow, ...]
    """The milestones the group is responsible for, compared with their baseline, by number."""
    schedule: Schedule
    """For which day overdue and upcoming hold (the stamp above the milestones)."""
    rounds: RoundsChart
    """The colours of its indsatser at each status round: the picture and its table."""
    calendar: Subscription
    """Its ICS calendar: its indsatser's dated steps and its milestones."""


@dataclass(frozen=True)
class StatusReportPage(TemplateContext):
    """A group's printable status report in the seed's layout."""

    template = "status-report.html"
    view: GroupView
    """The group with its indsatser by section."""
    as_of: str
    """The as-of date in Danish, printed in the report's heading."""
    colours: tuple[Colour, ...]
    """The colours of the legend below the table (colour-legend.html), in legend order."""


@dataclass(frozen=True)
class OrganisationListPage(TemplateContext):
    """The list of organisations: one section per type (kommuner, regioner, sygehuse …)."""

    template = "organisation-list.html"
    sections: tuple[OrganisationsOfType, ...]
    """The types that have organisations, each with its organisations by name."""


@dataclass(frozen=True)
class OrganisationPage(TemplateContext):
    """An organisation's page: its facts and contacts, and what it takes part in."""

    template = "organisation-page.html"
    scripts = ("dates", "copy")
    search_kind = "Organisation"
    view: OrganisationView
    """The organisation with the indsatser and milestones that name it."""
    milestones: tuple[MilestoneRow, ...]
    """The milestones that name it, compared with their baseline, by number."""
    schedule: Schedule
    """For which day overdue and upcoming hold (the stamp above the milestones)."""
    calendar: Subscription
    """Its ICS calendar: go-lives, and the dates of what it takes part in."""


@dataclass(frozen=True)
class ProgrammeListPage(TemplateContext):
    """The list of programmes."""

    template = "programme-list.html"
    programmes: tuple[ProgrammeView, ...]
    """Every programme, by name."""


@dataclass(frozen=True)
class ProgrammePage(TemplateContext):
    """A programme's page: its groups, counts per group and the way to its milestones."""

    template = "programme-page.html"
    search_kind = "Program"
    scripts = ("copy",)
    view: ProgrammeView
    """The programme with its groups, counts and milestones."""
    roll_out: RollOutMatrix
    """Its roll-out plans, for the counts that link to the matrix (no plans: no section)."""
    budget: Budget
    """Its indsatser's amounts and their sums (no amounts: no section)."""
    decisions: tuple[DecisionRow, ...]
    """Its recommendations, decisions and options, in the list's order (none: no section)."""
    calendar: Subscription
    """Its ICS calendar: its milestones and its indsatser's dated steps."""


@dataclass(frozen=True)
class DecisionListPage(TemplateContext):
    """Every recommendation, decision and option, by programme and then område."""

    template = "decision-list.html"
    programmes: tuple[ProgrammeDecisions, ...]
    """The programmes that have any, by name, each with its decisions by område."""


@dataclass(frozen=True)
class DecisionPage(TemplateContext):
    """One recommendation, decision or option with every field and the indsatser it names."""

    template = "decision-page.html"
    search_kind = "Beslutning"
    row: DecisionRow
    """The decision with its programme, group and indsatser."""


@dataclass(frozen=True)
class RollOutPage(TemplateContext):
    """A programme's roll-out matrix: each organisation's wave and go-live in each plan."""

    template = "roll-out-matrix.html"
    programme: Programme
    """The programme."""
    matrix: RollOutMatrix
    """Its plans as columns and their organisations as rows."""
    schedule: Schedule
    """For which day overdue holds."""


@dataclass(frozen=True)
class MilestoneThemesPage(TemplateContext):
    """A programme's milestone tables, one per theme, as in the national milestone plan."""

    template = "milestone-themes.html"
    scripts = ("dates",)
    programme: Programme
    """The programme."""
    themes: tuple[Theme, ...]
    """Its milestones by theme, in number order."""
    schedule: Schedule
    """For which day overdue and upcoming hold."""
    trend: TrendChart | None
    """The milestone trend picture and its table; None when no milestone has a deadline."""


@dataclass(frozen=True)
class MilestonePage(TemplateContext):
    """One programme milestone with every field."""

    template = "milestone-page.html"
    scripts = ("dates",)
    search_kind = "Milepæl"
    row: MilestoneRow
    """The milestone compared with its baseline, with its indsatser."""
    programme: Programme
    """The programme it belongs to."""
    group: Group
    """The group responsible for it."""
    schedule: Schedule
    """For which day overdue and upcoming hold."""
    participants: tuple[Organisation, ...]
    """The organisations the milestone names: deltagere, then the rest of its roll-out plan."""
    plan: RollOutPlan | None
    """Its roll-out plan, if it has one."""


@dataclass(frozen=True)
class TimelinePage(TemplateContext):
    """A group's steps and milestones, or a programme's milestones, in date order with bars.

    A programme's page links to its groups' timelines: each step stands on its group's only.
    """

    template = "timeline.html"
    scripts = ("dates", "copy")
    heading: str
    """The page's heading, e.g. "Tidslinje: Sundhedsaftalen"."""
    timeline: Timeline
    """The placed steps and milestones and the years of the axis."""
    of_programme: bool
    """True for a programme's timeline (its milestones), False for a group's (steps too)."""
    groups: tuple[GroupTimelineRow, ...]
    """For a programme, its groups with what of the programme's they hold; empty for a group."""
    schedule: Schedule
    """For which day overdue and upcoming hold."""
    calendar: Subscription
    """The matching ICS calendar (the programme's or the group's)."""


@dataclass(frozen=True)
class TimelineIndexPage(TemplateContext):
    """The portfolio's timeline page: the next days, and the way to every other timeline."""

    template = "timeline-index.html"
    scripts = ("dates", "copy")
    upcoming: tuple[DatedItem, ...]
    """Every step and open milestone due within the window, soonest first."""
    groups: tuple[GroupTimelineRow, ...]
    """Every group with its dated and overdue steps and its next date."""
    programmes: tuple[ProgrammeView, ...]
    """Every programme, whose timeline holds its milestones."""
    schedule: Schedule
    """For which day overdue and upcoming hold, and the window's length."""
    calendar: Subscription
    """The ICS calendar of everything."""


@dataclass(frozen=True)
class ChangesPage(TemplateContext):
    """The "Hvad er ændret" page: per group, what changed since its previous status date."""

    template = "changes.html"
    scripts = ("changes",)
    groups: tuple[GroupChanges, ...]
    """Every group with its changes, newest first, in the groups' order."""
    schedule: Schedule
    """The as-of date: the date field offers no later day."""
    rounds: RoundsChart
    """The colours of every indsats at each status round of the portfolio: picture and table."""


@dataclass(frozen=True)
class InitiativePage(TemplateContext):
    """One indsats with every field."""

    template = "initiative-page.html"
    search_kind = "Indsats"
    row: InitiativeRow
    """The indsats with its group, programme, next step and milestones."""
    dependencies: Dependencies
    """The indsatser it waits for (afhænger_af) and those that wait for it."""
    plan: RollOutPlan | None
    """Its roll-out plan, if it has one."""
    budget: Budget
    """Its amounts (økonomi), if it has any."""
    schedule: Schedule
    """For which day a planned go-live counts as overdue."""
    decisions: tuple[DecisionRow, ...]
    """The recommendations, decisions and options that name it under indsatser."""


@dataclass(frozen=True)
class ProcedurePage(TemplateContext):
    """A reporting procedure: whom to call now, how to report, opening hours and cases."""

    template = "procedure-page.html"
    scripts = ("oncall", "duty")
    search_kind = "Procedure"
    procedure: Procedure
    """The procedure with every field."""
    timetable: tuple[TimetableRow, ...]
    """Who answers when, a row per weekday and one for holidays."""
    rule_data: dict[str, Any]
    """The who-to-call rule as JSON for the browser (portfolio-oncall.js)."""
    days_off: tuple[DayOff, ...]
    """Public holidays and own closing days from the as-of date and a year ahead."""
    holiday_names: tuple[str, ...]
    """The names of the as-of year's public holidays, in date order."""
    own_days: tuple[ClosingDay, ...]
    """The procedure's own closing days that are not public holidays."""
    as_of: date
    """The build's as-of date."""
    duty_lines: tuple[DutyLine, ...]
    """Every kommune with its line for the last resort (`kommunekontakt`); empty without one."""


@dataclass(frozen=True)
class NoticeStatusPage(TemplateContext):
    """Driftsstatus: outage notices under aktuelle, planlagte and afsluttede."""

    template = "notice-status.html"
    scripts = ("notices",)
    sections: dict[NoticeState, tuple[NoticeRow, ...]]
    """The notices by where they stand at the build's moment, every state present."""
    built: str
    """The moment the sorting holds for, in Danish (the browser re-sorts for its clock)."""


@dataclass(frozen=True)
class ReportHelperPage(TemplateContext):
    """The report helper, which writes a report and a notice file in the browser."""

    template = "report-helper.html"
    scripts = ("report",)
    procedure: Procedure | None
    """The procedure whose fields, systems and contacts the form offers; None without one."""


@dataclass(frozen=True)
class AccessibilityPage(TemplateContext):
    """The page /was: the site's accessibility statement and how to reach its publisher."""

    template = "accessibility-page.html"
    colophon: Colophon
    """Who publishes the site, the statement's address and whether it is the site's own."""


# Parts of pages MkDocs renders itself (macros/output/parts.py)


@dataclass(frozen=True)
class ColourCounts(TemplateContext):
    """A table of indsatser per colour (the home page's; group-page.html includes it too)."""

    template = "colour-counts.html"
    summary: ColourSummary
    """The counts per colour and their total."""
    bars: ColourBars | None = None
    """The same counts as bars beside the table (the home page's); None for the table alone."""


@dataclass(frozen=True)
class GroupCounts(TemplateContext):
    """A table of colour counts per group, each linking to the filtered overview."""

    template = "group-counts.html"
    groups: tuple[GroupCount, ...]
    """Each group with indsatser, with its counts per colour."""
    summary: ColourSummary
    """The counts of everything counted, for the columns and whether there is anything."""
    filter: str
    """More of the overview's query before the group and colour, e.g. "program=x&"; or ""."""


@dataclass(frozen=True)
class MoreLink:
    """A link to a whole list, under a list that shows only its first items."""

    text: str
    """What the link says, e.g. "Se alle 23 røde indsatser"."""
    href: str
    """Where the whole list is, from the site root."""


@dataclass(frozen=True)
class InitiativeList(TemplateContext):
    """A short list of indsatser: colour, title, group and what is next."""

    template = "initiative-list.html"
    rows: tuple[InitiativeRow, ...]
    """The indsatser to list, in the order shown."""
    changes: bool
    """True to show the colour change and status date instead of the next step."""
    empty: str
    """The sentence shown when there are none."""
    more: MoreLink | None = None
    """Where the whole list is, when this one shows only its first items."""
    with_group: bool = True
    """Whether each line names its group; not on the group's own page, where it is the same."""
    intro: str | None = None
    """A sentence above the list, e.g. what red means in the portfolio; None for none."""


@dataclass(frozen=True)
class DatedItems(TemplateContext):
    """A table of dated steps and milestones, e.g. the upcoming or the overdue ones."""

    template = "dated-items.html"
    items: tuple[DatedItem, ...]
    """The steps and milestones, in the order shown."""
    caption: str
    """The table's caption, also its region's name."""
    empty: str
    """The sentence shown when there are none."""
    more: MoreLink | None = None
    """Where the whole list is, when this one shows only its first items."""


@dataclass(frozen=True)
class NoticeBanner(TemplateContext):
    """The banner on every page while a notice is under way or a planned one is near."""

    template = "notice-banner.html"
    rows: tuple[NoticeRow, ...]
    """Every notice not over: the browser shows or hides each against its own clock."""
    shown: frozenset[str]
    """The ids of the notices the banner shows at build time."""
    ahead_hours: int
    """How many hours before its start a planned shutdown appears."""
