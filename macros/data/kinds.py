"""The kinds of file in portfolio/: which folder holds them and which model reads them.

Adding a kind means one more entry here and one more model;
the loader, the validator, the schema writer and the CLI pick it up from this table.
"""

from __future__ import annotations

from dataclasses import dataclass

from macros.data.models import (
    Entity,
    Group,
    Initiative,
    Milestone,
    Notice,
    Organisation,
    Procedure,
    Programme,
)


@dataclass(frozen=True)
class Kind:
    """One kind of portfolio file."""

    name: str
    """The Danish singular editors use, e.g. ``indsats``; also the CLI's word."""
    folder: str
    """The folder under portfolio/, e.g. ``indsatser``."""
    model: type[Entity]
    title: str
    """Heading of the JSON Schema, in Danish."""
    none: str
    """"No such one" in Danish, for a reference that does not resolve: "intet program"."""
    attribute: str
    """The Portfolio field holding this kind's entities by id, e.g. ``programmes``."""
    references: tuple[tuple[str, str], ...] = ()
    """(field, kind named) for each field that names another file by id; a list names several."""

    @property
    def plural(self) -> str:
        """The Danish plural, as in counts ("3 programmer"): the folder's name."""
        return self.folder

    @property
    def schema_file(self) -> str:
        """File name of the JSON Schema for this kind."""
        return f"{self.name}.schema.json"


PROGRAMME = Kind(
    "program", "programmer", Programme, "Program i Porteføljetavlen", "intet program", "programmes"
)
GROUP = Kind(
    "gruppe",
    "grupper",
    Group,
    "Ansvarlig gruppe i Porteføljetavlen",
    "ingen gruppe",
    "groups",
    references=(("program", "program"),),
)
INITIATIVE = Kind(
    "indsats",
    "indsatser",
    Initiative,
    "Indsats i Porteføljetavlen",
    "ingen indsats",
    "initiatives",
    references=(
        ("program", "program"),
        ("gruppe", "gruppe"),
        ("deltagere", "organisation"),
        ("afhænger_af", "indsats"),
    ),
)
MILESTONE = Kind(
    "milepæl",
    "milepæle",
    Milestone,
    "Programmilepæl i Porteføljetavlen",
    "ingen milepæl",
    "milestones",
    references=(
        ("program", "program"),
        ("gruppe", "gruppe"),
        ("indsatser", "indsats"),
        ("deltagere", "organisation"),
    ),
)
PROCEDURE = Kind(
    "procedure",
    "procedurer",
    Procedure,
    "Meldeprocedure i Porteføljetavlen",
    "ingen procedure",
    "procedures",
)
NOTICE = Kind(
    "driftsmeddelelse",
    "driftsmeddelelser",
    Notice,
    "Driftsmeddelelse i Porteføljetavlen",
    "ingen driftsmeddelelse",
    "notices",
    references=(("procedure", "procedure"),),
)

ORGANISATION = Kind(
    "organisation",
    "organisationer",
    Organisation,
    "Organisation i Porteføljetavlen",
    "ingen organisation",
    "organisations",
)

KINDS: tuple[Kind, ...] = (
    PROGRAMME,
    GROUP,
    ORGANISATION,
    INITIATIVE,
    MILESTONE,
    PROCEDURE,
    NOTICE,
)
KINDS_BY_FOLDER = {kind.folder: kind for kind in KINDS}
KINDS_BY_NAME = {kind.name: kind for kind in KINDS}
