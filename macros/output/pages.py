"""Generated pages: which pages and files the portfolio adds to the site, where, and their content.

A page is a Markdown file holding only front matter (title, macros off, options) plus the HTML
body from the renderer (escaped there). The plugin puts that body in place after Markdown, so
text from YAML is neither read as Markdown nor evaluated as a template, and Python-Markdown does
not re-parse large tables of HTML. Bodies are made on demand, when MkDocs reaches the page (see
macros/adapter/plugin.py). Only the lists (groups, programmes, decisions, organisations …) are in
the navigation (mkdocs.yml): Material renders the whole nav into every page.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import cached_property, partial

from markupsafe import Markup, escape

from macros.core.clock import DANISH_TIME
from macros.core.periods import format_date
from macros.core.urls import (
    ACCESSIBILITY,
    CHANGES,
    DECISION_LIST,
    EXPORTS,
    GROUP_LIST,
    IMPORT_TEMPLATE,
    NOTICE_CALENDAR,
    NOTICE_FEED,
    NOTICES,
    ORGANISATION_LIST,
    OVERVIEW,
    PROGRAMME_LIST,
    REPORT_HELPER,
    STATUS_FEED,
    calendar_path,
    colour_href,
    milestone_table_href,
    procedure_href,
    programme_href,
    report_href,
    roll_out_href,
    source_of,
    timeline_href,
    way_to_root,
)
from macros.data.fields import Colour
from macros.data.models import Milestone, Notice, Portfolio
from macros.output.charts import rounds_chart
from macros.output.contexts import (
    AccessibilityPage,
    ChangesPage,
    ColourPage,
    DecisionListPage,
    DecisionPage,
    GroupListPage,
    GroupPage,
    InitiativePage,
    MilestonePage,
    MilestoneThemesPage,
    NoticeStatusPage,
    OrganisationListPage,
    OrganisationPage,
    OverviewPage,
    ProcedurePage,
    ProgrammeListPage,
    ProgrammePage,
    ReportHelperPage,
    RollOutPage,
    StatusReportPage,
    Subscription,
    TemplateContext,
    TimelineIndexPage,
    TimelinePage,
)
from macros.output.exports import as_csv, as_json, as_xlsx, import_template
from macros.output.feeds import (
    absolute,
    by_date,
    calendar,
    calendar_events,
    go_live_events,
    notice_events,
    notice_feed,
    status_feed,
)
from macros.output.render import Renderer
from macros.output.trend import trend_chart
from macros.views.charts import colour_rounds, milestone_trend
from macros.views.colophon import colophon
from macros.views.decisions import (
    DecisionRow,
    by_programme,
    decision_rows,
    decisions_by_initiative,
    decisions_of_programme,
)
from macros.views.funding import budget
from macros.views.notices import by_state, notice_rows, shown_moment
from macros.views.oncall import (
    browser_rule_data,
    days_off,
    duty_lines,
    holiday_names,
    own_days,
    timetable,
)
from macros.views.organisations import OrganisationView, by_type, organisation_views
from macros.views.rollout import RollOutPlan, roll_out_matrix, roll_out_plans
from macros.views.schedule import (
    MilestoneRow,
    Schedule,
    TimelineMarks,
    by_theme,
    group_changes,
    milestone_rows,
    timeline,
)
from macros.views.views import (
    DatedItem,
    Dependencies,
    GroupTimelineRow,
    GroupView,
    InitiativeRow,
    ProgrammeView,
    dependencies,
    group_timeline_rows,
    group_views,
    initiative_rows,
    milestone_items,
    overdue_items,
    overview_view,
    participants_of,
    programme_views,
    step_items,
    upcoming_items,
    waits_by_href,
)

ROUNDS_CHART = "pt-runder"
"""The ids' prefix of the status rounds' picture (one per page: a group's, or the portfolio's)."""
TREND_CHART = "pt-milepælstrend"
"""The ids' prefix of a programme's milestone trend picture."""


@dataclass(frozen=True)
class GeneratedPage:
    """A page the build adds: front matter only for MkDocs, and the HTML that replaces it."""

    src_uri: str
    """Its path under the docs folder, e.g. "grupper/pleje/index.md"."""
    front_matter: str
    """The Markdown MkDocs reads: front matter (title, macros off, hidden parts) and no text."""
    title: str
    """The title as MkDocs shows it (escaped, see _page)."""
    render: Callable[[], Markup]
    """Makes the page's HTML, which replaces what Markdown made of `front_matter`."""
    searchable: bool
    """Whether its text belongs in the site search."""


@dataclass(frozen=True)
class SideFile:
    """A file no page is made from (export, feed, calendar): where it goes and how it is made."""

    path: str
    make: Callable[[], bytes]


@dataclass(frozen=True)
class SiteViews:
    """Every view the generated pages are made from, computed once per build."""

    portfolio: Portfolio
    schedule: Schedule
    rows: tuple[InitiativeRow, ...]
    groups: tuple[GroupView, ...]
    programmes: tuple[ProgrammeView, ...]
    milestones: dict[str, MilestoneRow]
    """Every milestone compared with its baseline, by id, in number order."""
    organisations: tuple[OrganisationView, ...]
    """Every organisation with what it takes part in, by type and name."""
    plans: tuple[RollOutPlan, ...]
    """Every roll-out plan: the indsatser's in the overview's order, then the milestones'."""
    decisions: tuple[DecisionRow, ...]
    """Every recommendation, decision and option, by number and then file name."""
    site_url: str | None
    """The site's address from mkdocs.yml, for absolute links in feeds; None if not set."""

    @property
    def as_of(self) -> date:
        """The build's as-of date."""
        return self.schedule.as_of

    @cached_property
    def dependencies(self) -> dict[str, Dependencies]:
        """Each indsats' dependencies both ways, by id."""
        return dependencies(self.rows)

    @cached_property
    def plan_by_href(self) -> dict[str, RollOutPlan]:
        """Each roll-out plan by the page of its indsats or milestone."""
        return {plan.href: plan for plan in self.plans}


def site_views(portfolio: Portfolio, schedule: Schedule, site_url: str | None) -> SiteViews:
    """Compute the views shared by the generated pages and the home page's macros."""
    as_of = schedule.as_of
    rows = initiative_rows(portfolio, as_of)
    groups = group_views(portfolio, rows, as_of)
    milestones = milestone_rows(portfolio.milestones.values(), rows, as_of, schedule.window_days)
    plans = roll_out_plans(portfolio, rows, as_of)
    return SiteViews(
        portfolio,
        schedule,
        rows,
        groups,
        programme_views(portfolio, rows, groups, as_of),
        {row.milestone.id: row for row in milestones},
        organisation_views(portfolio, rows, plans),
        plans,
        decision_rows(portfolio, rows),
        site_url,
    )


@dataclass(frozen=True)
class Lazy:
    """A page's context worked out only when the page is rendered, and let go when it is done."""

    kind: type[TemplateContext]
    """The class `make` returns, for what a page of its kind needs (search kind, scripts)."""
    make: Callable[[], TemplateContext]


PORTFOLIO_CALENDAR = "alle porteføljens milepæle og daterede skridt"
PROGRAMME_CALENDAR = "programmets milepæle og dets indsatsers daterede skridt"
GROUP_CALENDAR = "gruppens milepæle og dens indsatsers daterede skridt"
ORGANISATION_CALENDAR = (
    "datoerne for idriftsættelse og for de indsatser og milepæle, organisationen deltager i"
)


def subscription(views: SiteViews, scope: str, holds: str) -> Subscription:
    """The calendar of everything (`scope` "") or of a programme's, group's or organisation's page.

    Its whole address only when the site's address (site_url) is known.
    """
    path = calendar_path(scope)
    address = absolute(views.site_url, path) if views.site_url else None
    return Subscription(path=path, holds=holds, address=address)


def _page(
    href: str,
    title: str,
    render: Renderer,
    context: TemplateContext | Lazy,
    *,
    searchable: bool = True,
    wide: bool = False,
) -> GeneratedPage:
    """A page at `href` rendering `context` (or what a Lazy one makes, for a large view)."""

    def body() -> Markup:
        made = context.make() if isinstance(context, Lazy) else context
        return render.render(made, way_to_root(href))

    # Why escape: Material prints page.meta.title into <title> and the header without escaping.
    shown = str(escape(title))
    # Why JSON: it is valid YAML for the title and quotes every character that could break out.
    shown_title = json.dumps(shown, ensure_ascii=False)
    # Why hide toc: the body is HTML, so Markdown's table of contents would be empty anyway.
    # Why hide navigation on wide pages: wide tables get the room (the menu stays in the header).
    hidden = "[navigation, toc]" if wide else "[toc]"
    # Why: the pages nobody searches repeat the indsats pages, and a hit should lead there; the
    # others say what the search calls them (main.html gives both to Pagefind).
    kind = context.kind if isinstance(context, Lazy) else type(context)
    search = f"slags: {kind.search_kind}" if searchable else "search:\n  exclude: true"
    # Why per page: each page loads only the scripts it uses (main.html), not all seven.
    scripts = f"scripts: [{', '.join(kind.scripts)}]\n" if kind.scripts else ""
    front_matter = (
        f"---\ntitle: {shown_title}\nrender_macros: false\nhide: {hidden}\n{search}\n{scripts}---\n"
    )
    return GeneratedPage(source_of(href), front_matter, shown, body, searchable)


def generated_pages(views: SiteViews, render: Renderer) -> Iterator[GeneratedPage]:
    """Every generated page: overview, colours, groups, programmes, organisations and the rest."""
    yield from _overview_pages(views, render)
    yield from _group_pages(views, render)
    yield from _programme_pages(views, render)
    yield from _organisation_pages(views, render)
    yield from _milestone_pages(views, render)
    yield from _decision_pages(views, render)
    yield from _timeline_pages(views, render)
    changes = group_changes(
        (view.group for view in views.groups), views.rows, views.milestones.values(), views.as_of
    )
    rounds = colour_rounds((row.initiative for row in views.rows), views.as_of)
    yield _page(
        CHANGES, "Hvad er ændret", render,
        ChangesPage(
            groups=changes, schedule=views.schedule,
            rounds=rounds_chart(rounds, "hele porteføljen", ROUNDS_CHART),
        ),
        searchable=False,
    )  # fmt: skip
    waits = views.dependencies
    decided = decisions_by_initiative(views.decisions)
    for row in views.rows:
        context = InitiativePage(
            row=row, dependencies=waits[row.initiative.id], plan=views.plan_by_href.get(row.href),
            budget=budget((row,)), schedule=views.schedule,
            decisions=decided.get(row.initiative.id, ()),
        )  # fmt: skip
        yield _page(row.href, row.initiative.title, render, context)
    yield from _procedure_pages(views, render)
    yield from _notice_pages(views, render)
    about = colophon(views.portfolio.settings, views.schedule)
    yield _page(ACCESSIBILITY, "Tilgængelighedserklæring", render, AccessibilityPage(about))


def side_files(views: SiteViews) -> Iterator[SideFile]:
    """The feeds, the calendars and the exports: files no page waits for."""
    yield from _feeds(views)
    yield from _notice_files(views)
    yield SideFile(EXPORTS["csv"], partial(as_csv, views.rows))
    yield SideFile(EXPORTS["xlsx"], partial(as_xlsx, views.rows, views.as_of))
    yield SideFile(EXPORTS["json"], partial(as_json, views.rows, views.as_of))
    yield SideFile(IMPORT_TEMPLATE, partial(import_template, views.as_of, views.portfolio.settings))


def _overview_pages(views: SiteViews, render: Renderer) -> Iterator[GeneratedPage]:
    """The overview and, for readers without JavaScript, one pre-filtered page per colour."""
    overview = overview_view(views.rows)
    yield _page(
        OVERVIEW, "Porteføljeoversigt", render, OverviewPage(view=overview),
        searchable=False, wide=True,
    )  # fmt: skip
    for colour in Colour:
        rows = tuple(row for row in views.rows if row.initiative.colour is colour)
        title = f"{colour.plural} indsatser"
        yield _page(
            colour_href(colour.value), title, render, ColourPage(colour=colour, rows=rows),
            searchable=False, wide=True,
        )  # fmt: skip


def _group_pages(views: SiteViews, render: Renderer) -> Iterator[GeneratedPage]:
    """The list of groups, and each group's page and printable status report."""
    yield _page(GROUP_LIST, "Grupper", render, GroupListPage(groups=views.groups))
    as_of = format_date(views.as_of)
    for view in views.groups:
        name = view.group.name
        milestones = _rows_of(views, view.milestones)
        members = (row.initiative for row in views.rows if row.group.id == view.group.id)
        rounds = rounds_chart(colour_rounds(members, views.as_of), name, ROUNDS_CHART)
        calendar = subscription(views, view.href, GROUP_CALENDAR)
        yield _page(
            view.href, name, render,
            GroupPage(
                view=view, milestones=milestones, schedule=views.schedule, rounds=rounds,
                calendar=calendar,
            ),
        )  # fmt: skip
        yield _page(
            report_href(view.group.id), f"Statusrapport: {name}", render,
            StatusReportPage(view=view, as_of=as_of, colours=tuple(Colour)),
            searchable=False, wide=True,
        )  # fmt: skip


def _programme_pages(views: SiteViews, render: Renderer) -> Iterator[GeneratedPage]:
    """The list of programmes and a page per programme."""
    programmes = views.programmes
    yield _page(PROGRAMME_LIST, "Programmer", render, ProgrammeListPage(programmes=programmes))
    for view in programmes:
        programme = view.programme
        matrix = roll_out_matrix(views.plans, programme.id)
        its_rows = (row for row in views.rows if row.programme.id == programme.id)
        decisions = decisions_of_programme(views.decisions, programme.id)
        context = ProgrammePage(
            view=view, roll_out=matrix, budget=budget(its_rows), decisions=decisions,
            calendar=subscription(views, programme_href(programme.id), PROGRAMME_CALENDAR),
        )  # fmt: skip
        yield _page(programme_href(programme.id), programme.name, render, context)
        if matrix.plans:
            yield _page(
                roll_out_href(programme.id), f"Udrulning: {programme.name}", render,
                RollOutPage(programme=programme, matrix=matrix, schedule=views.schedule),
                wide=True,
            )  # fmt: skip


def _organisation_pages(views: SiteViews, render: Renderer) -> Iterator[GeneratedPage]:
    """The list of organisations by type, and a page per organisation."""
    sections = by_type(views.organisations)
    yield _page(
        ORGANISATION_LIST, "Organisationer", render, OrganisationListPage(sections=sections)
    )
    for view in views.organisations:
        milestones = _rows_of(views, view.milestones)
        context = OrganisationPage(
            view=view, milestones=milestones, schedule=views.schedule,
            calendar=subscription(views, view.href, ORGANISATION_CALENDAR),
        )  # fmt: skip
        yield _page(view.href, view.organisation.name, render, context)


def _rows_of(views: SiteViews, milestones: Iterable[Milestone]) -> tuple[MilestoneRow, ...]:
    return tuple(views.milestones[milestone.id] for milestone in milestones)


def _milestone_pages(views: SiteViews, render: Renderer) -> Iterator[GeneratedPage]:
    """Each programme's milestone table by theme, and a page per milestone."""
    portfolio, schedule = views.portfolio, views.schedule
    for view in views.programmes:
        programme = view.programme
        rows = _rows_of(views, view.milestones)
        trend = milestone_trend(programme, rows, views.as_of)
        yield _page(
            milestone_table_href(programme.id), f"Milepæle i {programme.name}", render,
            MilestoneThemesPage(
                programme=programme, themes=by_theme(rows), schedule=schedule,
                trend=trend_chart(trend, programme.name, TREND_CHART),
            ),
            searchable=False, wide=True,
        )  # fmt: skip
    for row in views.milestones.values():
        milestone = row.milestone
        yield _page(
            row.href, row.title, render,
            MilestonePage(
                row=row, programme=portfolio.programmes[milestone.programme],
                group=portfolio.groups[milestone.group], schedule=schedule,
                participants=participants_of(portfolio, milestone.organisation_ids),
                plan=views.plan_by_href.get(row.href),
            ),
        )  # fmt: skip


def _decision_pages(views: SiteViews, render: Renderer) -> Iterator[GeneratedPage]:
    """The list of recommendations, decisions and options, and a page for each.

    Why the list without any: the navigation names it, and an empty list says how to add one.
    """
    programmes = by_programme(views.decisions, (view.programme for view in views.programmes))
    yield _page(
        DECISION_LIST, "Beslutninger og anbefalinger", render,
        DecisionListPage(programmes=programmes),
    )  # fmt: skip
    for row in views.decisions:
        yield _page(row.href, row.title, render, DecisionPage(row=row))


def _timeline_pages(views: SiteViews, render: Renderer) -> Iterator[GeneratedPage]:
    """The portfolio's timeline page, and one timeline per programme and per group.

    Why not every step everywhere: a step stands on its group's timeline only, and a programme's
    milestones on the programme's; the portfolio's and the programme's pages link there.
    """
    milestones = views.portfolio.milestones.values()
    groups = group_timeline_rows(views.groups, views.rows, milestones, views.as_of)
    index = Lazy(TimelineIndexPage, partial(_timeline_index, views, groups))
    yield _page(timeline_href(), "Tidslinje", render, index, searchable=False)
    marks = TimelineMarks(
        {row.href: row for row in views.milestones.values()},
        frozenset(overdue_items(views.rows, (), views.as_of)),
        waits_by_href(views.rows, views.dependencies),
    )
    for view in views.programmes:
        scope = programme_href(view.programme.id)
        title = f"Tidslinje: {view.programme.name}"
        rows = tuple(r for r in views.rows if r.programme.id == view.programme.id)
        its_groups = group_timeline_rows(view.groups, rows, view.milestones, views.as_of)
        dated = partial(_dated_items, (), view.milestones)
        yield _timeline(views, render, scope, title, dated, marks, its_groups)
    for group in views.groups:
        rows = tuple(r for r in views.rows if r.group.id == group.group.id)
        title = f"Tidslinje: {group.group.name}"
        items = partial(_dated_items, rows, group.milestones)
        yield _timeline(views, render, group.href, title, items, marks, None)


def _timeline(
    views: SiteViews,
    render: Renderer,
    scope: str,
    title: str,
    items: Callable[[], Iterable[DatedItem]],
    marks: TimelineMarks,
    groups: tuple[GroupTimelineRow, ...] | None,
) -> GeneratedPage:
    """A programme's timeline (with its `groups`) or a group's (`groups` None).

    Its bars are worked out when the page is rendered.
    """

    def context() -> TimelinePage:
        return TimelinePage(
            heading=title,
            timeline=timeline(items(), marks, views.as_of),
            of_programme=groups is not None,
            groups=groups or (),
            schedule=views.schedule,
            calendar=subscription(
                views, scope, PROGRAMME_CALENDAR if groups is not None else GROUP_CALENDAR
            ),
        )

    lazy = Lazy(TimelinePage, context)
    return _page(timeline_href(scope), title, render, lazy, searchable=False, wide=True)


def _dated_items(
    rows: tuple[InitiativeRow, ...], milestones: Iterable[Milestone]
) -> list[DatedItem]:
    """The dated steps of `rows` and every milestone of `milestones` with a deadline."""
    return [*step_items(rows), *milestone_items(milestones, open_only=False)]


def _timeline_index(views: SiteViews, groups: tuple[GroupTimelineRow, ...]) -> TimelineIndexPage:
    """The portfolio's timeline page, worked out when it is rendered."""
    window = views.schedule.window_days
    return TimelineIndexPage(
        upcoming=upcoming_items(views.portfolio, views.rows, views.as_of, window),
        groups=groups,
        programmes=views.programmes,
        schedule=views.schedule,
        calendar=subscription(views, "", PORTFOLIO_CALENDAR),
    )


def _feeds(views: SiteViews) -> Iterator[SideFile]:
    """The status feed; an ICS calendar of everything and of each programme, group, organisation."""
    yield SideFile(
        STATUS_FEED,
        partial(
            status_feed,
            views.rows, views.as_of, views.site_url, "Porteføljetavlen: statusopdateringer",
        ),
    )  # fmt: skip
    scopes: list[tuple[str, str, dict[str, str]]] = [("", "Porteføljetavlen", {})]
    for view in views.programmes:
        programme = view.programme
        scopes.append((programme_href(programme.id), programme.name, {"programme": programme.id}))
    for group in views.groups:
        scopes.append((group.href, group.group.name, {"group": group.group.id}))
    for scope, name, only in scopes:
        yield SideFile(calendar_path(scope), partial(_scope_calendar, views, name, only))
    for organisation in views.organisations:
        path = calendar_path(organisation.href)
        yield SideFile(path, partial(_organisation_calendar, views, organisation))


def _scope_calendar(views: SiteViews, name: str, only: dict[str, str]) -> bytes:
    events = calendar_events(views.portfolio, views.rows, **only)
    return calendar(name, events, views.as_of, views.site_url)


def _organisation_calendar(views: SiteViews, view: OrganisationView) -> bytes:
    """What the organisation takes part in, and its go-live dates."""
    organisation = view.organisation
    events = (
        *calendar_events(views.portfolio, views.rows, organisation=organisation.id),
        *go_live_events(view.go_lives),
    )
    return calendar(organisation.name, by_date(events), views.as_of, views.site_url)


def _procedure_pages(views: SiteViews, render: Renderer) -> Iterator[GeneratedPage]:
    """A page per reporting procedure: what to do and whom to call first."""
    for procedure in views.portfolio.procedures.values():
        yield _page(
            procedure_href(procedure.id), procedure.title, render,
            ProcedurePage(
                procedure=procedure, timetable=timetable(procedure),
                rule_data=browser_rule_data(procedure, views.as_of),
                days_off=days_off(procedure, views.as_of),
                holiday_names=holiday_names(views.as_of), own_days=own_days(procedure),
                as_of=views.as_of, duty_lines=duty_lines(views.portfolio, procedure),
            ),
        )  # fmt: skip


def build_moment(views: SiteViews) -> datetime:
    """The moment notices are sorted for at build time: the as-of day's start, Danish time."""
    return datetime.combine(views.as_of, time(0), tzinfo=DANISH_TIME)


def _notice_pages(views: SiteViews, render: Renderer) -> Iterator[GeneratedPage]:
    """The status page of outage notices and the report helper."""
    moment = build_moment(views)
    sections = by_state(notice_rows(views.portfolio, moment))
    yield _page(
        NOTICES, "Driftsstatus", render,
        NoticeStatusPage(sections=sections, built=shown_moment(moment)), searchable=False,
    )  # fmt: skip
    procedure = next(iter(views.portfolio.procedures.values()), None)
    yield _page(
        REPORT_HELPER, "Skriv en melding", render, ReportHelperPage(procedure=procedure),
        searchable=False,
    )  # fmt: skip


def _notice_files(views: SiteViews) -> Iterator[SideFile]:
    """The calendar of planned shutdowns and the feed of outage notices."""
    notices = tuple(views.portfolio.notices.values())
    yield SideFile(NOTICE_CALENDAR, partial(_notice_calendar, views, notices))
    yield SideFile(
        NOTICE_FEED, partial(notice_feed, notices, views.as_of, views.site_url, NOTICE_FEED)
    )


def _notice_calendar(views: SiteViews, notices: tuple[Notice, ...]) -> bytes:
    name = "Planlagte nedlukninger"
    return calendar(name, notice_events(notices), views.as_of, views.site_url)
