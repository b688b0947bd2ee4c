"""Stage 4, views: each organisation with what it takes part in, and the list of them by type.

A consultant's first question is what the portfolio means for their own kommune; the answer is
every indsats and milestone that names the organisation under `deltagere`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from macros.core.urls import organisation_href
from macros.data.fields import OrganisationType
from macros.data.models import Milestone, Organisation, Portfolio
from macros.views.rollout import OrganisationGoLive, RollOutPlan, go_lives_of
from macros.views.views import InitiativeRow, by_number, organisation_order


@dataclass(frozen=True)
class OrganisationView:
    """One organisation's page."""

    organisation: Organisation
    """The organisation, with its type and contacts."""
    rows: tuple[InitiativeRow, ...]
    """The indsatser it takes part in, in the overview's order."""
    milestones: tuple[Milestone, ...]
    """The programme milestones that name it, by number."""
    go_lives: tuple[OrganisationGoLive, ...] = ()
    """Its go-lives in the roll-out plans, in the plans' order."""

    @property
    def href(self) -> str:
        """The organisation's page."""
        return organisation_href(self.organisation.id)


@dataclass(frozen=True)
class OrganisationsOfType:
    """The organisations of one type, for one section of the list page."""

    type: OrganisationType
    """Kommune, region, sygehus …; its plural is the section's heading."""
    organisations: tuple[OrganisationView, ...]
    """The organisations, by name."""


def organisation_views(
    portfolio: Portfolio, rows: Iterable[InitiativeRow], plans: tuple[RollOutPlan, ...]
) -> tuple[OrganisationView, ...]:
    """Every organisation with its indsatser, milestones and go-lives, by type and then name."""
    rows_of: dict[str, list[InitiativeRow]] = {}
    for row in rows:
        for organisation in row.participants:
            rows_of.setdefault(organisation.id, []).append(row)
    milestones_of: dict[str, list[Milestone]] = {}
    for milestone in portfolio.milestones.values():
        for named in milestone.organisation_ids:
            milestones_of.setdefault(named, []).append(milestone)
    views = (
        OrganisationView(
            organisation,
            tuple(rows_of.get(organisation.id, ())),
            by_number(milestones_of.get(organisation.id, ())),
            go_lives_of(plans, organisation.id),
        )
        for organisation in portfolio.organisations.values()
    )
    return tuple(sorted(views, key=lambda view: organisation_order(view.organisation)))


def by_type(views: Iterable[OrganisationView]) -> tuple[OrganisationsOfType, ...]:
    """The organisations in one section per type that has any, in the types' order."""
    listed = tuple(views)
    sections = (
        OrganisationsOfType(kind, tuple(v for v in listed if v.organisation.type is kind))
        for kind in OrganisationType
    )
    return tuple(section for section in sections if section.organisations)
