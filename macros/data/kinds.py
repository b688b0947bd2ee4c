"""The kinds of file in portfolio/: which folder holds them and which model reads them.

Adding a kind means one more entry here and one more model;
the loader, the validator, the schema writer and the CLI pick it up from this table.
Most kinds are a folder of files, one entity each; a single kind (the settings) is one file at
the top of portfolio/, named after the kind.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from macros.data.models import (
    Decision,
    Entity,
    Group,
    Initiative,
    Milestone,
    Notice,
    Organisation,
    Procedure,
    Programme,
    Settings,
)


@dataclass(frozen=True)
class Kind:
    """One kind of portfolio file."""

    name: str
    """The Danish singular editors use, e.g. ``indsats``; also the CLI's word."""
    folder: str
    """The folder under portfolio/, e.g. ``indsatser``; "" for a single kind."""
    model: type[Entity]
    title: str
    """Heading of the JSON Schema, in Danish."""
    none: str
    """"No such one" in Danish, for a reference that does not resolve: "intet program"."""
    attribute: str
    """The Portfolio field holding this kind's entities by id, e.g. ``programmes``."""
    references: tuple[tuple[str, str], ...] = ()
    """(field, kind named) for each field that names another file by id; a list names several."""
    single: bool = False
    """One optional file at the top of portfolio/, `name`.yml, instead of a folder of files.

    Its model gives every field a default, and the Portfolio's `attribute` holds the model itself
    (the defaults when the file is absent), not a mapping by id."""

    @property
    def plural(self) -> str:
        """The Danish plural, as in counts ("3 programmer"): the folder's name."""
        return self.folder

    @property
    def schema_file(self) -> str:
        """File name of the JSON Schema for this kind."""
        return f"{self.name}.schema.json"

    @property
    def place(self) -> str:
        """Where its files lie under portfolio/: "indsatser/*.yml", or "indstillinger.yml"."""
        return f"{self.name}.yml" if self.single else f"{self.folder}/*.yml"


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
DECISION = Kind(
    "beslutning",
    "beslutninger",
    Decision,
    "Beslutning eller anbefaling i Porteføljetavlen",
    "ingen beslutning",
    "decisions",
    references=(
        ("program", "program"),
        ("gruppe", "gruppe"),
        ("indsatser", "indsats"),
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

SETTINGS = Kind(
    "indstillinger",
    "",
    Settings,
    "Indstillinger for Porteføljetavlen",
    "ingen indstillinger",
    "settings",
    single=True,
)

KINDS: tuple[Kind, ...] = (
    SETTINGS,
    PROGRAMME,
    GROUP,
    ORGANISATION,
    INITIATIVE,
    MILESTONE,
    DECISION,
    PROCEDURE,
    NOTICE,
)
KINDS_BY_FOLDER = {kind.folder: kind for kind in KINDS if not kind.single}
KINDS_BY_NAME = {kind.name: kind for kind in KINDS}
SINGLE_KINDS = tuple(kind for kind in KINDS if kind.single)


def kind_at(parts: Sequence[str]) -> Kind | None:
    """The kind of the file at `parts`, its path under portfolio/; None for a place no kind has.

    A file directly in portfolio/ must be a single kind's (indstillinger.yml, or .yaml); any
    deeper file belongs to the kind of its first folder. Names are compared in NFC, as macOS
    may store "æ" decomposed.
    """
    if not parts:
        return None
    first = unicodedata.normalize("NFC", parts[0])
    if len(parts) > 1:
        return KINDS_BY_FOLDER.get(first)
    stem = first.rpartition(".")[0] or first
    return next((kind for kind in SINGLE_KINDS if kind.name == stem), None)
