"""The kinds of file in portfolio/: which folder holds them and which model reads them.

Adding a kind means one more entry here and one more model;
the loader, the validator, the schema writer and the CLI pick it up from this table.
"""

from __future__ import annotations

from dataclasses import dataclass

from macros.data.models import Entity, Group, Initiative, Milestone, Notice, Procedure, Programme


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

    @property
    def schema_file(self) -> str:
        """File name of the JSON Schema for this kind."""
        return f"{self.name}.schema.json"


PROGRAMME = Kind("program", "programmer", Programme, "Program i Porteføljetavlen")
GROUP = Kind("gruppe", "grupper", Group, "Ansvarlig gruppe i Porteføljetavlen")
INITIATIVE = Kind("indsats", "indsatser", Initiative, "Indsats i Porteføljetavlen")
MILESTONE = Kind("milepæl", "milepæle", Milestone, "Programmilepæl i Porteføljetavlen")

PROCEDURE = Kind("procedure", "procedurer", Procedure, "Meldeprocedure i Porteføljetavlen")

NOTICE = Kind(
    "driftsmeddelelse", "driftsmeddelelser", Notice, "Driftsmeddelelse i Porteføljetavlen"
)

KINDS: tuple[Kind, ...] = (PROGRAMME, GROUP, INITIATIVE, MILESTONE, PROCEDURE, NOTICE)
KINDS_BY_FOLDER = {kind.folder: kind for kind in KINDS}
KINDS_BY_NAME = {kind.name: kind for kind in KINDS}
