"""`portfolio`: validate the portfolio, scaffold new files and write the JSON Schemas.

An entry point: it reads arguments and the environment, calls the stages and formats their
results. Exit codes: 0 all good, 1 the portfolio has errors, 2 the command was used wrongly.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from macros.core.clock import AsOf, AsOfError, as_of_date
from macros.core.issues import Issue
from macros.core.site_config import SITE_CONFIG, configured_as_of
from macros.data.fields import ID_MAX_LENGTH, ID_PATTERN, slugify, suggest
from macros.data.importer import (
    Row,
    Sheet,
    SheetError,
    as_yaml,
    columns_left_to_yaml,
    group_names,
    kept_on_replace,
    portfolio_settings,
    read_sheet,
    rows_to_import,
    unknown_columns,
)
from macros.data.kinds import GROUP, INITIATIVE, KINDS, KINDS_BY_NAME, PROGRAMME, Kind
from macros.data.models import Portfolio
from macros.data.portfolio_files import NotWritten, write_inside
from macros.data.scaffold import (
    ORGANISATION_TYPES,
    SCAFFOLD_KINDS,
    names,
    requires,
    schema_reference,
    skeleton,
)
from macros.data.schema import stale_schemas, write_schemas
from macros.data.validate import check_portfolio
from macros.output.report import github_annotations, plain_lines, step_summary, visible

DEFAULT_ROOT = "portfolio"
COMMAND = ".venv/bin/portfolio"
"""How the README and the guide run this command from the repository root (after `make site`)."""
DEFAULT_SCHEMA_FOLDER = "content/schema"


class UsageError(Exception):
    """The command was called wrongly; the message says how to call it."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    arguments = _parser().parse_args(argv)
    try:
        return int(arguments.run(arguments))
    except (UsageError, AsOfError, NotWritten) as error:
        print(visible(f"portfolio: {error}"), file=sys.stderr)
        return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="portfolio", description="Porteføljetavlen: valider og vedligehold porteføljen."
    )
    commands = parser.add_subparsers(title="kommandoer", required=True, metavar="KOMMANDO")
    validate = commands.add_parser("validate", help="tjek hele porteføljen eller de nævnte filer")
    validate.add_argument("files", nargs="*", metavar="FIL", help="kun fejl i disse filer vises")
    validate.add_argument("--mappe", default=DEFAULT_ROOT, help="porteføljens mappe (portfolio)")
    validate.set_defaults(run=_validate)
    imported = commands.add_parser(
        "import", help="lav indsatser ud fra et regneark (CSV eller XLSX) i tabellernes opstilling"
    )
    imported.add_argument("sheet", metavar="FIL", help="regnearket, .csv eller .xlsx")
    imported.add_argument("--gruppe", help="gruppe for rækker uden gruppekolonne")
    imported.add_argument("--program", help="program for rækker uden programkolonne")
    imported.add_argument("--statusdato", help="statusdato for rækker uden, fx 2018-02-20")
    imported.add_argument(
        "--tør", action="store_true", help="vis kun, hvad der ville blive oprettet (dry run)"
    )
    imported.add_argument("--overskriv", action="store_true", help="erstat filer, der findes")
    imported.add_argument("--mappe", default=DEFAULT_ROOT, help="porteføljens mappe (portfolio)")
    imported.set_defaults(run=_import)
    new = commands.add_parser(
        "new",
        help="skriv en ny indsats, milepæl, beslutning eller organisation med forklaringer, "
        "eller porteføljens indstillinger",
    )
    new.add_argument(
        "kind",
        choices=[kind.name for kind in SCAFFOLD_KINDS],
        metavar="|".join(kind.name for kind in SCAFFOLD_KINDS),
    )
    new.add_argument(
        "id",
        nargs="?",
        help="id'et = filnavnet uden .yml, fx sambo-psykiatri (ikke til indstillinger)",
    )
    new.add_argument("--titel", help="titel eller navn (standard: id'et)")
    new.add_argument("--gruppe", help="id på den ansvarlige gruppe")
    new.add_argument("--program", help="id på programmet")
    new.add_argument(
        "--type",
        choices=ORGANISATION_TYPES,
        default=ORGANISATION_TYPES[0],
        help="en organisations type (standard: kommune)",
    )
    new.add_argument("--mappe", default=DEFAULT_ROOT, help="porteføljens mappe (portfolio)")
    new.add_argument("--skema", default=DEFAULT_SCHEMA_FOLDER, help="mappen med JSON Schema")
    new.set_defaults(run=_new)
    schema = commands.add_parser("schema", help="skriv JSON Schema-filerne til editoren")
    schema.add_argument("--check", action="store_true", help="kun tjek, at filerne er opdaterede")
    schema.add_argument("--skema", default=DEFAULT_SCHEMA_FOLDER, help="mappen med JSON Schema")
    schema.set_defaults(run=_schema)
    return parser


def _validate(arguments: argparse.Namespace) -> int:
    root = Path(arguments.mappe)
    wanted = _wanted(arguments.files, root)
    portfolio, issues = check_portfolio(root, _display(arguments.mappe), as_of=_as_of())
    if wanted:
        issues = [issue for issue in issues if issue.file in wanted]
    _report(issues)
    if issues:
        return 1
    if portfolio is not None and not arguments.files:
        print(f"Porteføljen er gyldig: {_counted(portfolio)}.")
    else:
        print(f"Ingen fejl i {len(arguments.files)} fil(er).")
    return 0


def _as_of() -> AsOf:
    """The as-of date the site's build would use, read as the build reads it."""
    return as_of_date(configured=configured_as_of(Path(SITE_CONFIG)))


def _display(path: str) -> str:
    return Path(os.path.normpath(path)).as_posix()


def _wanted(files: Sequence[str], root: Path) -> set[str]:
    wanted = set()
    for name in files:
        path = Path(name)
        if not path.is_file():
            raise UsageError(f"filen {name} findes ikke")
        if not path.resolve().is_relative_to(root.resolve()):
            raise UsageError(f"filen {name} ligger ikke i {_display(str(root))}/")
        wanted.add(_display(name))
    return wanted


def _report(issues: Sequence[Issue]) -> None:
    for line in plain_lines(issues):
        print(line, file=sys.stderr)
    if os.environ.get("GITHUB_ACTIONS") == "true":
        for command in github_annotations(issues):
            print(command)
        summary = os.environ.get("GITHUB_STEP_SUMMARY")
        if summary:
            with Path(summary).open("a", encoding="utf-8") as handle:
                handle.write(step_summary(issues))
    if issues:
        print(f"{len(issues)} fejl i porteføljen.", file=sys.stderr)


def _new(arguments: argparse.Namespace) -> int:
    kind: Kind = KINDS_BY_NAME[arguments.kind]
    root = Path(arguments.mappe)
    target = _new_target(kind, arguments.id, root)
    entity_id = target.stem
    if target.exists() or target.is_symlink():
        other = "ret den i stedet" if kind.single else "vælg et andet id"
        raise UsageError(f"{_display(str(target))} findes allerede — {other}")
    placed = requires(kind, PROGRAMME.name)
    text = skeleton(
        kind,
        title=arguments.titel or _default_title(entity_id, named=not placed),
        programme=_existing(root, PROGRAMME, arguments.program) if placed else "",
        group=_group(kind, root, arguments.gruppe),
        organisation_type=arguments.type,
        today=_as_of().day,
        schema=schema_reference(target, Path(arguments.skema), kind),
    )
    write_inside(root, target, text, replace=False)
    print(
        visible(
            f"Skrev {_display(str(target))}. Ret teksterne, og kør derefter: {COMMAND} validate"
        )
    )
    return 0


def _group(kind: Kind, root: Path, given: str | None) -> str:
    """The group a new file names: required (an indsats), given for an optional one, or none."""
    if requires(kind, GROUP.name) or (given is not None and names(kind, GROUP.name)):
        return _existing(root, GROUP, given)
    return ""


def _new_target(kind: Kind, entity_id: str | None, root: Path) -> Path:
    """Where `portfolio new` writes: a single kind's one file, or the id's file in its folder."""
    if kind.single:
        if entity_id is not None:
            raise UsageError(f"{kind.name} har ikke et id — skriv kun: {COMMAND} new {kind.name}")
        return root / kind.place
    if entity_id is None:
        raise UsageError(f"skriv id'et efter {kind.name}, fx {COMMAND} new {kind.name} mit-id")
    if not ID_PATTERN.fullmatch(entity_id) or len(entity_id) > ID_MAX_LENGTH:
        raise UsageError(
            f"'{entity_id}' kan ikke bruges som id — brug fx {slugify(entity_id) or 'ny-indsats'}"
        )
    return root / kind.folder / f"{entity_id}.yml"


def _default_title(entity_id: str, *, named: bool) -> str:
    """A title made from the id: "Dræn i eget hjem"; a name as names are written: "Ærø Kommune"."""
    words = entity_id.replace("-", " ")
    return words.title() if named else words.capitalize()


def _existing(root: Path, kind: Kind, given: str | None) -> str:
    folder, noun = kind.folder, kind.name
    ids = sorted(path.stem for path in (root / folder).glob("*.y*ml"))
    if not ids:
        raise UsageError(
            f"der er ingen filer i {_display(str(root / folder))}/ — opret en {noun} først"
        )
    if given is None:
        return ids[0]
    if given not in ids:
        close = suggest(given, ids)
        hint = f" — mente du {close}?" if close else f" — brug en af: {', '.join(ids)}"
        raise UsageError(f"der findes ingen {noun} med id'et '{given}'{hint}")
    return given


def _schema(arguments: argparse.Namespace) -> int:
    folder = Path(arguments.skema)
    if arguments.check:
        stale = stale_schemas(folder)
        for path in stale:
            print(
                visible(f"{_display(str(path))} er forældet — kør: {COMMAND} schema"),
                file=sys.stderr,
            )
        return 1 if stale else 0
    for path in write_schemas(folder):
        print(visible(f"Skrev {_display(str(path))}"))
    return 0


def _counted(portfolio: Portfolio) -> str:
    """The counts in Danish with singular and plural, e.g. "3 programmer, 1 gruppe"."""
    counts = [(len(getattr(portfolio, kind.attribute)), kind) for kind in KINDS if not kind.single]
    words = [f"{n} {kind.name if n == 1 else kind.plural}" for n, kind in counts]
    return ", ".join(words[:-1]) + " og " + words[-1]


def _import(arguments: argparse.Namespace) -> int:
    """Map every row, report each one, and write the rows that map cleanly (unless --tør)."""
    sheet, root = Path(arguments.sheet), Path(arguments.mappe)
    if not sheet.is_file():
        raise UsageError(f"{_display(str(sheet))} findes ikke")
    try:
        read = read_sheet(sheet, portfolio_settings(root))
    except SheetError as unreadable:
        raise UsageError(str(unreadable)) from None
    _report_columns(read)
    _report_titles(read)
    if not read.rows:
        raise UsageError(f"{_display(str(sheet))} har ingen rækker under overskrifterne")
    groups = group_names(root / GROUP.folder)
    defaults = {
        key: value
        for key, value in (
            ("gruppe", arguments.gruppe),
            ("program", arguments.program),
            ("statusdato", arguments.statusdato),
        )
        if value
    }
    rows = list(rows_to_import(read.rows, groups, defaults))
    written = sum(_import_row(row, root, arguments) for row in rows)
    verb = "ville blive oprettet" if arguments.tør else "er skrevet"
    folder = _display(str(root / INITIATIVE.folder))
    print(visible(f"{written} af {len(rows)} rækker {verb} i {folder}/."))
    return 0 if written == len(rows) else 1


def _report_titles(read: Sheet) -> None:
    """One line for each title row import leaves out, and the section it gives the rows under."""
    for title in read.titles:
        under = f"; rækkerne under den får sektion {title.section}" if title.section else ""
        print(
            visible(
                f"Række {title.number} ('{title.text}') er én celle over flere kolonner og læses "
                f"som en overskrift, ikke en indsats{under}."
            )
        )


def _report_columns(read: Sheet) -> None:
    """One line for each column import leaves out, and why."""
    for letter in read.headless:
        print(
            visible(
                f"Kolonne {letter} har ingen overskrift og er sprunget over — skriv en overskrift "
                "i række 1, hvis den skal læses."
            )
        )
    for column in unknown_columns(read.rows):
        print(visible(f"Kolonnen '{column}' kendes ikke og er sprunget over."))
    for column in columns_left_to_yaml(read.rows):
        print(
            visible(
                f"Kolonnen '{column}' læses ikke fra regnearket og er sprunget over — den skrives "
                "i indsatsens YAML-fil, og en fil, der erstattes, beholder sin."
            )
        )


def _import_row(row: Row, root: Path, arguments: argparse.Namespace) -> bool:
    target = root / INITIATIVE.folder / f"{row.id}.yml"
    if target.exists() and not arguments.overskriv:
        row.problems.append(f"{_display(str(target))} findes allerede — brug --overskriv")
    for problem in row.problems:
        print(visible(f"Række {row.number}: {problem}"))
    if row.problems:
        return False
    if arguments.tør:
        print(visible(f"Række {row.number}: ville oprette {_display(str(target))}"))
        return True
    if target.is_file():
        row.data |= kept_on_replace(target)
    try:
        write_inside(root, target, as_yaml(row), replace=arguments.overskriv)
    except NotWritten as refused:
        print(visible(f"Række {row.number}: {refused}"))
        return False
    print(visible(f"Række {row.number}: skrev {_display(str(target))}"))
    return True


if __name__ == "__main__":
    sys.exit(main())
