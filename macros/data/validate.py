"""Stage 2, validate: loaded documents → typed models, or every problem at once.

`load_portfolio(root)` is the one entry point the CLI, the site build and the tests share. It
reads each file once, validates it against its model, checks the date rules within the file and
the references between files, and either returns the immutable `Portfolio` or raises
`PortfolioInvalid` with all issues, sorted by file and line.
"""

from __future__ import annotations

import gc
import os
import stat
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from pydantic import ValidationError

from macros.core.clock import AsOf
from macros.core.issues import Issue, PortfolioInvalid
from macros.data import rules
from macros.data.fields import ID_MAX_LENGTH, ID_PATTERN, slugify
from macros.data.kinds import KINDS, Kind, kind_at
from macros.data.load import (
    LINK_MESSAGE,
    NOT_A_FILE_MESSAGE,
    Document,
    Node,
    Scalar,
    Sequence,
    load_document,
)
from macros.data.messages import field_path, translate
from macros.data.models import Entity, Initiative, Milestone, Portfolio

YAML_SUFFIXES = (".yml", ".yaml")
LINKED_ROOT_MESSAGE = (
    "mappen med porteføljen er et link (symlink) — kun en almindelig mappe læses; "
    "brug selve mappen i stedet for linket"
)


@dataclass
class _Positions:
    """Where each value and each key of one file stands, by its path in the data."""

    values: dict[tuple[int | str, ...], tuple[int, int]] = field(default_factory=dict)
    keys: dict[tuple[int | str, ...], tuple[int, int]] = field(default_factory=dict)

    def of(self, loc: tuple[int | str, ...], *, key: bool = False) -> tuple[int, int]:
        """Line and column for `loc`; the nearest enclosing value when `loc` is absent."""
        if key and loc in self.keys:
            return self.keys[loc]
        while loc not in self.values and loc:
            loc = loc[:-1]
        return self.values.get(loc, (1, 1))


@dataclass(frozen=True)
class _Checked:
    """One file of a kind; `entity` is None when it failed its schema or could not be read."""

    kind: Kind
    id: str
    data: dict[str, Any]
    entity: Entity | None
    file: str
    positions: _Positions
    readable: bool = True
    """False when the YAML reader could not read the file (its `data` is then empty)."""


def load_portfolio(
    root: Path, display_root: str | None = None, *, as_of: AsOf | None = None
) -> Portfolio:
    """Load and validate every file under `root`.

    Args:
        root: the portfolio folder.
        display_root: how `root` is named in messages (default: as given, e.g. ``portfolio``).
        as_of: the run's as-of date, which says how it was chosen; a status dated after it is
            an issue. None leaves that rule out.

    Returns:
        The validated portfolio.

    Raises:
        PortfolioInvalid: with every issue found, sorted by file and line.
    """
    portfolio, issues = check_portfolio(root, display_root, as_of=as_of)
    if issues or portfolio is None:
        raise PortfolioInvalid(issues)
    return portfolio


def check_portfolio(
    root: Path, display_root: str | None = None, *, as_of: AsOf | None = None
) -> tuple[Portfolio | None, list[Issue]]:
    """Like `load_portfolio`, but returns the issues instead of raising."""
    shown_root = (display_root or root.as_posix()).rstrip("/")
    # Why refuse rather than resolve: a link put in place of portfolio/ would make the site of
    # whatever folder it points to, inside the checkout or outside it.
    if root.is_symlink():
        return None, [Issue(shown_root, 1, 1, "", LINKED_ROOT_MESSAGE)]
    if not root.is_dir():
        return None, [Issue(shown_root, 1, 1, "", "mappen med porteføljen findes ikke")]
    issues: list[Issue] = []
    checked: list[_Checked] = []
    with _no_cycle_collection():
        for path in _portfolio_files(root):
            display = f"{shown_root}/{path.relative_to(root).as_posix()}"
            kind = _kind_of(path, root, display, issues)
            if kind is not None:
                checked.append(_check_file(path, display, kind, issues))
    issues.extend(_cross_file_issues(checked))
    if as_of is not None:
        issues.extend(_as_of_issues(checked, as_of))
    if issues:
        return None, sorted(set(issues))
    return _assemble(checked), []


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector.

    Why: loading makes hundreds of thousands of small objects without cycles, and the collector
    would scan the growing heap again and again for nothing — a quarter of the load time.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _portfolio_files(root: Path) -> list[Path]:
    """Every entry under `root` but its folders and hidden names: files, links, pipes and such.

    Why: a link is never followed, not even to a folder. os.walk lists a link to a folder among
    the folders (and does not enter it); it is returned here so that `_kind_of` refuses it.
    """
    found: list[Path] = []
    for folder, subfolders, files in os.walk(root):
        shown = sorted(name for name in subfolders if not name.startswith("."))
        links = [name for name in shown if Path(folder, name).is_symlink()]
        subfolders[:] = [name for name in shown if name not in links]
        found.extend(Path(folder, name) for name in links)
        found.extend(Path(folder, name) for name in files if not name.startswith("."))
    return sorted(found)


def _not_a_regular_file(path: Path) -> str | None:
    """Why `path` is not read, or None when it is a regular file; a link is not followed."""
    try:
        mode = path.lstat().st_mode
    except OSError:
        return None  # gone since the folder was listed: the loader says so
    if stat.S_ISLNK(mode):
        return LINK_MESSAGE
    return None if stat.S_ISREG(mode) else NOT_A_FILE_MESSAGE


def _kind_of(path: Path, root: Path, display: str, issues: list[Issue]) -> Kind | None:
    refused = _not_a_regular_file(path)
    if refused is not None:
        issues.append(Issue(display, 1, 1, "", refused))
        return None
    if path.suffix not in YAML_SUFFIXES:
        issues.append(
            Issue(
                display,
                1,
                1,
                "",
                "portfolio/ må kun indeholde YAML-filer (.yml) — flyt eller slet filen",
            )
        )
        return None
    parts = path.relative_to(root).parts
    kind = kind_at(parts)
    if kind is None:
        folders = ", ".join(f"{shown.folder}/" for shown in KINDS if not shown.single)
        message = f"filen ligger ikke i en kendt mappe — læg den i en af mapperne {folders}"
        if len(parts) == 1:
            singles = " og ".join(shown.place for shown in KINDS if shown.single)
            message += f"; direkte i portfolio/ ligger kun {singles}"
        issues.append(Issue(display, 1, 1, "", message))
    return kind


def _check_file(path: Path, display: str, kind: Kind, issues: list[Issue]) -> _Checked:
    entity_id = unicodedata.normalize("NFC", path.stem)
    issues.extend(_file_name_issues(entity_id, path.suffix, display))
    document, load_issues = load_document(path, display)
    issues.extend(load_issues)
    if document is None:
        # Why keep it: the file exists, so a reference to it is not the error to report; its
        # own issue says what is wrong, and a second file with its id is still caught.
        return _Checked(kind, entity_id, {}, None, display, _Positions(), readable=False)
    positions = _Positions()
    data = _plain(document.root, (), positions)
    if "id" in data:
        line, column = positions.of(("id",), key=True)
        issues.append(
            Issue(
                display, line, column, "id", "feltet bruges ikke — id'et er filnavnet; slet linjen"
            )
        )
    entity: Entity | None = None
    try:
        entity = kind.model.model_validate({**data, "id": entity_id})
    except ValidationError as error:
        issues.extend(_schema_issues(error, kind, display, positions))
    else:
        issues.extend(_findings(rules.within_file(entity), display, positions))
    return _Checked(kind, entity_id, data, entity, display, positions)


def _file_name_issues(entity_id: str, suffix: str, display: str) -> list[Issue]:
    if ID_PATTERN.fullmatch(entity_id) and len(entity_id) <= ID_MAX_LENGTH:
        return []
    better = slugify(entity_id) or "ny-indsats"
    return [
        Issue(
            display,
            1,
            1,
            "",
            f"filnavnet '{entity_id}{suffix}' kan ikke bruges som id — "
            f"brug små bogstaver, tal og bindestreger (højst {ID_MAX_LENGTH} tegn), "
            f"fx {better}{suffix}",
        )
    ]


def document_data(document: Document) -> dict[str, Any]:
    """The plain Python data of a loaded file, as the models receive it."""
    data: dict[str, Any] = _plain(document.root, (), _Positions())
    return data


def _plain(node: Node, loc: tuple[int | str, ...], positions: _Positions) -> Any:
    positions.values[loc] = (node.line, node.column)
    if isinstance(node, Scalar):
        return node.value
    if isinstance(node, Sequence):
        return [_plain(item, (*loc, index), positions) for index, item in enumerate(node.items)]
    data: dict[str, Any] = {}
    for key, value in node.entries:
        positions.keys[(*loc, key.text)] = (key.line, key.column)
        data[key.text] = _plain(value, (*loc, key.text), positions)
    return data


def _schema_issues(
    error: ValidationError, kind: Kind, display: str, positions: _Positions
) -> Iterable[Issue]:
    for detail in error.errors(include_url=False):
        loc = tuple(detail["loc"])
        if loc == ("id",):
            continue  # the id is the file name, checked on its own
        line, column = positions.of(loc, key=detail["type"] == "extra_forbidden")
        yield Issue(display, line, column, field_path(loc), translate(detail, kind.model))


def _findings(
    findings: Iterable[rules.Finding], display: str, positions: _Positions
) -> Iterable[Issue]:
    for loc, message in findings:
        line, column = positions.of(loc)
        yield Issue(display, line, column, field_path(loc), message)


def _as_of_issues(checked: list[_Checked], as_of: AsOf) -> Iterator[Issue]:
    for item in checked:
        if item.entity is not None:
            yield from _findings(rules.after_as_of(item.entity, as_of), item.file, item.positions)


def _cross_file_issues(checked: list[_Checked]) -> list[Issue]:
    issues: list[Issue] = []
    known = _known_ids(checked, issues)
    unknowable = {
        name
        for item in checked
        if not item.readable
        for name in rules.unreadable_inside(item.kind, item.id)
    }
    for item in checked:
        findings = rules.references(item.kind, item.data, known, unknowable)
        issues.extend(_findings(findings, item.file, item.positions))
    positions = {item.file: item.positions for item in checked}
    milestones = [(i.file, i.entity) for i in checked if isinstance(i.entity, Milestone)]
    for file, finding in rules.same_numbers(milestones):
        issues.extend(_findings([finding], file, positions[file]))
    initiatives = [(i.file, i.entity) for i in checked if isinstance(i.entity, Initiative)]
    for file, finding in rules.dependency_cycles(initiatives):
        issues.extend(_findings([finding], file, positions[file]))
    return issues


def _known_ids(checked: list[_Checked], issues: list[Issue]) -> dict[str, set[str]]:
    """The ids of each kind, and those files define inside; a second file with an id is an issue."""
    known: dict[str, set[str]] = {kind.name: set() for kind in KINDS}
    first_file: dict[tuple[str, str], str] = {}
    for item in checked:
        slot = (item.kind.name, item.id)
        if slot in first_file:
            issues.append(Issue(item.file, 1, 1, "", _twice(item, first_file[slot])))
            continue
        first_file[slot] = item.file
        known[item.kind.name].add(item.id)
        for name, ids in rules.named_inside(item.kind, item.id, item.data).items():
            known.setdefault(name, set()).update(ids)
    return known


def _twice(item: _Checked, first: str) -> str:
    """What to do about a second file with the same id (a single kind's second file)."""
    if item.kind.single:
        return f"{first} findes også — der må kun være én fil med {item.kind.name}; slet den ene"
    return f"id'et '{item.id}' bruges også af {first} — giv en af filerne et andet navn"


def _assemble(checked: list[_Checked]) -> Portfolio:
    by_kind: dict[str, dict[str, Any]] = {kind.name: {} for kind in KINDS}
    sources: dict[str, str] = {}
    for item in sorted(checked, key=lambda each: (each.kind.name, each.id)):
        by_kind[item.kind.name][item.id] = item.entity
        sources[f"{item.kind.name}/{item.id}"] = item.file
    entities: dict[str, Any] = {}
    for kind in KINDS:
        if kind.single:
            # Why the model's own defaults: without the file the portfolio has neutral words.
            found = by_kind[kind.name].get(kind.name)
            entities[kind.attribute] = found or kind.model.model_validate({"id": kind.name})
        else:
            entities[kind.attribute] = MappingProxyType(by_kind[kind.name])
    return Portfolio(**entities, source_files=MappingProxyType(sources))
