"""Who publishes the site and where its accessibility statement is (page foot and /was).

Danish public bodies publish their statement in Digitaliseringsstyrelsen's WAS-Tool, at an
address made from the site's domain (https://www.was.digst.dk/<domæne-med-bindestreger>), link it
from every page's footer with the words "Tilgængelighedserklæring", and keep a short address
<site>/was that leads to it. The settings give the address; this module says whether it is a
statement of this site or only the tool's front page, which the example carries because the
sources give no site of their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from macros.core.periods import format_date
from macros.data.models import Publisher, Settings
from macros.views.schedule import Schedule

WAS_TOOL_HOSTS = frozenset({"was.digst.dk", "www.was.digst.dk"})
"""Where Digitaliseringsstyrelsen's WAS-Tool publishes statements."""


@dataclass(frozen=True)
class Colophon:
    """What the foot of every page and the page /was say about the site itself."""

    publisher: Publisher | None
    """Who publishes the site, with phone and e-mail when given; None when not given."""
    statement: str | None
    """The address of the accessibility statement from the settings; None when not given."""
    own_statement: bool
    """Whether that address is this site's own statement, not only the WAS-Tool's front page."""
    built: str
    """The day the build shows, in Danish, e.g. "15. maj 2023"."""
    snapshot: bool
    """Whether that day is a fixed as-of date (a snapshot) rather than the day of the build."""


def colophon(settings: Settings, schedule: Schedule) -> Colophon:
    """The colophon of a build from its settings and its as-of date."""
    statement = settings.accessibility_statement
    return Colophon(
        publisher=settings.publisher,
        statement=statement,
        own_statement=statement is not None and not is_tool_front_page(statement),
        built=format_date(schedule.as_of),
        snapshot=not schedule.live,
    )


def is_tool_front_page(address: str) -> bool:
    """Whether `address` is the WAS-Tool itself (no path), not a statement published in it."""
    parts = urlsplit(address)
    return (parts.hostname or "") in WAS_TOOL_HOSTS and parts.path.strip("/") == ""
