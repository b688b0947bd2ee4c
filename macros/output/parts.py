"""Parts of pages MkDocs renders itself: the home page's lists and tables, and the notice banner.

The adapter renders them where they go (the home page's macros, every page's banner); here is
what each shows, so the contract test sees the same contexts a build renders.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from macros.core.urls import (
    TIMELINE_GROUPS,
    TIMELINE_UPCOMING,
    colour_href,
    timeline_section_href,
)
from macros.data.fields import Colour
from macros.output.charts import colour_bars
from macros.output.contexts import (
    ColourCounts,
    DatedItems,
    GroupCounts,
    InitiativeList,
    MoreLink,
    NoticeBanner,
)
from macros.output.pages import SiteViews, build_moment
from macros.views.notices import BANNER_AHEAD, NoticeState, in_banner, notice_rows
from macros.views.views import home_view


@dataclass(frozen=True)
class HomeParts:
    """What the home page's macros render (content/index.md calls them by these names)."""

    colour_counts: ColourCounts
    """Table of all indsatser per colour."""
    group_counts: GroupCounts
    """Table of indsatser per group and colour; each count links to the filtered overview."""
    needs_action: InitiativeList
    """The red indsatser with their next step, under what red means in the portfolio."""
    upcoming: DatedItems
    """Dated steps and milestones due within the next days (kommende_dage, default 60)."""
    overdue: DatedItems
    """Milestones past their deadline, and steps due since the indsats' last status."""
    latest_changes: InitiativeList
    """The indsatser with the newest status, with their colour change if any."""


def home_parts(views: SiteViews) -> HomeParts:
    """The home page's parts for this build's views."""
    days = views.schedule.window_days
    home = home_view(views.portfolio, views.rows, views.groups, views.as_of, days)
    return HomeParts(
        colour_counts=ColourCounts(
            summary=home.summary, bars=colour_bars(home.summary, COLOUR_BARS_CHART)
        ),
        group_counts=GroupCounts(groups=home.groups, summary=home.summary, filter=""),
        needs_action=InitiativeList(
            rows=home.needs_action[:HOME_LIST_LENGTH],
            changes=False,
            empty="Ingen indsatser er røde.",
            intro=f"Rød betyder: {views.portfolio.settings.meaning(Colour.RED)}.",
            more=_more(
                home.needs_action, "Se alle {n} røde indsatser", colour_href(Colour.RED.value)
            ),
        ),
        upcoming=DatedItems(
            items=home.upcoming[:HOME_LIST_LENGTH],
            caption=f"Skridt og milepæle de næste {days} dage, regnet fra {home.as_of}",
            empty=f"Ingen daterede skridt eller milepæle de næste {days} dage.",
            more=_more(
                home.upcoming,
                f"Se alle kommende de næste {days} dage på tidslinjen ({{n}} i alt)",
                timeline_section_href(TIMELINE_UPCOMING),
            ),
        ),
        overdue=DatedItems(
            items=home.overdue[:HOME_LIST_LENGTH],
            caption=f"Overskredne skridt og milepæle pr. {home.as_of}",
            empty="Intet er overskredet.",
            more=_more(
                home.overdue,
                "Se de overskredne pr. gruppe på tidslinjen ({n} i alt)",
                timeline_section_href(TIMELINE_GROUPS),
            ),
        ),
        latest_changes=InitiativeList(
            rows=home.latest_changes, changes=True, empty="Ingen statusopdateringer endnu."
        ),
    )


COLOUR_BARS_CHART = "pt-farver"
"""The ids' prefix of the home page's bars."""
HOME_LIST_LENGTH = 10
"""How many items each list on the home page shows; the rest is a link away.

Why a cap: the home page is the first page everyone opens, on a phone too; it must not grow with
the portfolio.
"""


def _more(items: Sequence[object], text: str, href: str) -> MoreLink | None:
    """A link to the whole list when the home page shows only part of it.

    `text` says what the link says; {n} in it stands for the whole list's length.
    """
    if len(items) <= HOME_LIST_LENGTH:
        return None
    return MoreLink(text.format(n=len(items)), href)


def notice_banner(views: SiteViews) -> NoticeBanner:
    """The banner of the notices not over at the build's moment, the same on every page."""
    moment = build_moment(views)
    rows = tuple(
        row for row in notice_rows(views.portfolio, moment) if row.state is not NoticeState.DONE
    )
    return NoticeBanner(
        rows=rows,
        shown=frozenset(row.notice.id for row in rows if in_banner(row.notice, moment)),
        ahead_hours=int(BANNER_AHEAD.total_seconds() // 3600),
    )
