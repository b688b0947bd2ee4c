"""Stage 4, views (notices): where each outage notice stands at a moment, and the banner.

The browser recomputes the same states against its own clock
(content/assets/javascripts/portfolio-notices.js): an outage notice is about now, whatever date
the rest of the site was built for.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import Enum

from macros.core.periods import format_date
from macros.core.urls import notice_anchor
from macros.data.models import Contact, Notice, Portfolio

BANNER_AHEAD = timedelta(hours=48)
"""A planned shutdown appears in the banner this long before it starts."""


class NoticeState(Enum):
    """Where a notice stands: under way, ahead, or over."""

    CURRENT = "aktuel"
    PLANNED = "planlagt"
    DONE = "afsluttet"


def state(notice: Notice, now: datetime) -> NoticeState:
    """Current from its start until its actual end; an outage without an end stays current."""
    if notice.actual_end is not None and notice.actual_end <= now:
        return NoticeState.DONE
    return NoticeState.PLANNED if now < notice.start else NoticeState.CURRENT


def in_banner(notice: Notice, now: datetime) -> bool:
    """Current, or planned to start within BANNER_AHEAD."""
    current = state(notice, now)
    return current is NoticeState.CURRENT or (
        # Why UTC: moments in one zone subtract as wall-clock times, an hour off across DST.
        current is NoticeState.PLANNED
        and notice.start.astimezone(UTC) - now.astimezone(UTC) <= BANNER_AHEAD
    )


def shown_moment(moment: datetime) -> str:
    """The moment in Danish words, e.g. "5. december 2026 kl. 18:00"."""
    return f"{format_date(moment.date())} kl. {moment:%H:%M}"


@dataclass(frozen=True)
class NoticeRow:
    """A notice with the names it refers to, for the status page and the banner."""

    notice: Notice
    """The notice with every field."""
    state: NoticeState
    """Where it stands at the build's moment."""
    systems: tuple[str, ...]
    """The affected systems' names from the procedure."""
    contact: Contact
    """Whom to contact, from the procedure."""

    @property
    def anchor(self) -> str:
        """Its id on the status page."""
        return notice_anchor(self.notice.id)


def notice_rows(portfolio: Portfolio, now: datetime) -> tuple[NoticeRow, ...]:
    """Every notice, newest start first, with its state at `now`."""
    rows = []
    for notice in sorted(portfolio.notices.values(), key=lambda n: n.start, reverse=True):
        procedure = portfolio.procedures[notice.procedure]
        systems = tuple(procedure.systems[system] for system in notice.systems)
        rows.append(
            NoticeRow(notice, state(notice, now), systems, procedure.contacts[notice.contact])
        )
    return tuple(rows)


def by_state(rows: Iterable[NoticeRow]) -> dict[NoticeState, tuple[NoticeRow, ...]]:
    """Rows sorted into aktuelle, planlagte and afsluttede; planned ones soonest first."""
    rows = tuple(rows)
    sections = {s: tuple(row for row in rows if row.state is s) for s in NoticeState}
    sections[NoticeState.PLANNED] = tuple(
        sorted(sections[NoticeState.PLANNED], key=lambda row: row.notice.start.astimezone(UTC))
    )
    return sections
