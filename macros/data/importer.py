"""`portfolio import`: a spreadsheet of indsatser (CSV or XLSX) into YAML files.

Two layouts are read. A group's own table: its six columns ("Indsats/opgave/projekt", "Status på
indsatsen", "Milepæle", the two readiness columns under the headings of the portfolio's settings
or of the first seed's tables, "Øvrige bemærkninger") plus columns for gruppe, sektion and farve.
And the overview's own export, whose columns are the YAML names (old names too), so export
followed by import gives the same data. Each row is mapped on its own; what cannot be mapped is
reported by row and column instead of guessed.

pandas reads the sheet, every cell as text, with the heading row and blank rows kept, so each
row keeps the number the editor sees in the spreadsheet. pandas and openpyxl are imported inside
the functions that read, so the site's build, which never imports a sheet, does not load them.
"""

from __future__ import annotations

import csv
import io
import math
import re
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from pydantic import ValidationError

from macros.core.period_parser import parse_period
from macros.core.periods import PeriodError
from macros.data.fields import ID_MAX_LENGTH, ID_PATTERN, Section, slugify
from macros.data.kinds import SETTINGS
from macros.data.load import CONTROL_CHARACTERS, Scalar, load_document
from macros.data.messages import field_path, translate
from macros.data.models import Initiative, Settings, former_keys
from macros.data.validate import document_data

if TYPE_CHECKING:
    from pandas import DataFrame

_CONTROL = re.compile(f"[{CONTROL_CHARACTERS}]")

SEED_HEADERS = (
    (re.compile(r"^indsats", re.I), "titel"),
    (re.compile(r"^status på", re.I), "status"),
    (re.compile(r"^milepæle", re.I), "milepæle"),
    # The readiness headings of the first seed's tables, which predate the portfolio's settings.
    (re.compile(r"sku/dak", re.I), "klar_til_udvalg"),
    (re.compile(r"\(p\)sof", re.I), "klar_til_implementering"),
    (re.compile(r"bemærkninger", re.I), "bemærkninger"),
)
"""Seed column headings (matched loosely: they wrap and vary) and the YAML key each becomes."""
IGNORED = {"gruppenavn", "programnavn", "næste_skridt", "side"}
"""Export columns computed from other fields; import leaves them out."""
LEFT_TO_YAML = {"udrulning", "økonomi"}
"""Fields too nested for one cell: the export shows them as text, and import leaves them out
(with one line saying so); a file that import replaces keeps them (kept_on_replace)."""
YAML_KEYS = {"id", *IGNORED, *(f.alias for f in Initiative.model_fields.values() if f.alias)}
FORMER_KEYS = former_keys(Initiative)
"""Old column names of the export (klar_til_sku_dak …) and the key each is now."""
PERIOD_KEYS = ("start", "slut", "afsluttet", "klar_til_udvalg", "klar_til_implementering")
UNDATED = "Løbende"


@dataclass
class Row:
    """One spreadsheet row on its way to a YAML file."""

    number: int
    """The row number as the spreadsheet shows it (the heading is row 1)."""
    data: dict[str, Any] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        """The id from the id column, else made from the title."""
        given = str(self.data.get("id") or "")
        return given or slugify(str(self.data.get("titel") or ""))


Table = list[tuple[int, dict[str, str]]]
"""A sheet's rows with cells: each row's number in the spreadsheet and its cells by YAML key."""


@dataclass(frozen=True)
class Sheet:
    """What import reads from a spreadsheet: its rows, and the columns it had to leave out."""

    rows: Table
    headless: tuple[str, ...] = ()
    """The letters of the columns with data but no heading (e.g. "H"): they are left out."""
    titles: tuple[TitleRow, ...] = ()
    """Rows that were one cell merged across the columns, such as a section's name: left out."""


@dataclass(frozen=True)
class TitleRow:
    """A row of the sheet that is one cell merged across several columns: a title, not a row."""

    number: int
    """Its row number in the spreadsheet."""
    text: str
    """What it says, e.g. "Prioriterede indsatser"."""
    section: str | None
    """The section it names (the rows under it get it as sektion), None if it names none."""


class SheetError(Exception):
    """The sheet as a whole cannot be read; the message says what to do (in Danish)."""


def read_sheet(path: Path, settings: Settings | None = None) -> Sheet:
    """The rows of a CSV or XLSX file as text, under their headings mapped to YAML keys.

    CSV: UTF-8 with or without BOM, else Windows-1252 (what Danish Excel saves as "CSV"), with
    semicolon or comma between cells. XLSX: the first sheet, date cells as ISO dates, merged
    cells with their value in every cell. A heading that is one of `settings`' readiness
    headings (long or short) is that column's key. Columns without a heading are left out;
    two columns for one field refuse the sheet (SheetError) rather than guess which counts.
    """
    if path.suffix.lower() == ".xlsx":
        frame, title_rows = _xlsx_frame(path)
    else:
        frame, title_rows = _csv_frame(path), set()
    if frame.empty:
        return Sheet([])
    headings = [" ".join(text.split()) for text in frame.iloc[0]]
    own = _own_headings(settings or Settings())
    keys = {column: _key(heading, own) for column, heading in enumerate(headings) if heading}
    _refuse_two_columns_for_one_field(path, headings, keys)
    body = frame.iloc[1:]
    filled = body.map(str.strip).ne("")
    headless = [
        column_letter(column)
        for column in range(len(headings))
        if column not in keys and filled.iloc[:, column].any()
    ]
    columns = list(keys)
    kept = body.iloc[:, columns][filled.iloc[:, columns].any(axis=1)]
    # Why index + 1: the frame counts the heading row as 0 and keeps blank rows, so the number
    # is the row the editor sees in the spreadsheet (the heading is row 1).
    rows = [
        (int(index) + 1, dict(zip(keys.values(), values, strict=True)))
        for index, values in zip(kept.index, kept.itertuples(index=False), strict=True)
    ]
    titles = tuple(_title(number, frame.iloc[number - 1]) for number in sorted(title_rows))
    return Sheet(_under_titles(rows, titles), tuple(headless), titles)


def _title(number: int, cells: Any) -> TitleRow:
    text = " ".join(next((cell for cell in cells if cell.strip()), "").split())
    section = next((s.value for s in Section if s.value.casefold() == text.casefold()), None)
    return TitleRow(number, text, section)


def _under_titles(rows: Table, titles: tuple[TitleRow, ...]) -> Table:
    """The rows without the title rows; a row under a section's title gets it as its sektion."""
    numbers = {title.number for title in titles}
    kept: Table = []
    for number, cells in rows:
        if number in numbers:
            continue
        above = [title for title in titles if title.number < number]
        section = above[-1].section if above else None
        if section and not cells.get("sektion", "").strip():
            cells = {**cells, "sektion": section}
        kept.append((number, cells))
    return kept


def column_letter(index: int) -> str:
    """The spreadsheet's name of the column at `index` (counted from 0): A … Z, AA, AB …."""
    letters = ""
    number = index + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _refuse_two_columns_for_one_field(
    path: Path, headings: list[str], keys: Mapping[int, str]
) -> None:
    """Raise SheetError if two columns feed one field the import reads (e.g. two "Farve")."""
    columns_of: dict[str, list[int]] = {}
    for column, key in keys.items():
        if key in YAML_KEYS and key not in IGNORED | LEFT_TO_YAML:
            columns_of.setdefault(key, []).append(column)
    clashes = [
        _columns_named(columns, headings) + f" er {'begge' if len(columns) == 2 else 'alle'} "
        f"feltet {key}"
        for key, columns in columns_of.items()
        if len(columns) > 1
    ]
    if clashes:
        raise SheetError(
            f"{path.name}: {'; '.join(clashes)} — giv den ene en anden overskrift, eller slet "
            "den, og prøv igen (intet er importeret: det er ikke til at se, hvilken der gælder)"
        )


def _columns_named(columns: list[int], headings: list[str]) -> str:
    """The columns by letter with their headings as written: kolonne B ('farve') og G ('Farve')."""
    named = [f"{column_letter(c)} ('{headings[c]}')" for c in columns]
    return f"kolonne {', '.join(named[:-1])} og {named[-1]}"


def _csv_frame(path: Path) -> DataFrame:
    """The CSV file's cells as text, the heading row as row 0, blank rows kept."""
    import pandas as pd  # Why here: only import needs pandas.

    text = _csv_text(path)
    first = text.split("\n", 1)[0]
    # Why not csv.Sniffer: it guesses quoting wrong for texts with quotes in them.
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    try:
        return _read_csv(text, delimiter)
    except (pd.errors.ParserError, csv.Error):
        raise SheetError(
            f"{path.name} kan ikke læses som CSV fra række {_unreadable_row(text, delimiter)} — "
            "et anførselstegn lukkes ikke: en celle med anførselstegn i skal stå i "
            'anførselstegn, og anførselstegnene i teksten skal skrives dobbelt (""); eller gem '
            "regnearket som .xlsx, og prøv igen"
        ) from None


def _csv_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            raise SheetError(
                f"{path.name} kan ikke læses som tekst (hverken UTF-8 eller Windows-1252) — gem "
                "regnearket som »CSV UTF-8« eller som .xlsx, og prøv igen"
            ) from None


def _read_csv(text: str, delimiter: str) -> DataFrame:
    """The cells as text; raises pandas' ParserError if a quote is left open."""
    # Why pandas' C engine: like the csv module, it takes "Citat" og mere as the text it is.
    import pandas as pd

    # Why text only and no NA: an id like 007 stays 007, and "NA" or "nan" stay words.
    options: dict[str, Any] = {
        "sep": delimiter,
        "header": None,
        "dtype": str,
        "keep_default_na": False,
        "skip_blank_lines": False,
    }
    try:
        frame = pd.read_csv(io.StringIO(text), **options)
    except (pd.errors.EmptyDataError, pd.errors.ParserError):
        # Why: pandas takes the width from the first row, and stops at a longer row or a blank
        # first row. Read as wide as the widest row, a longer row's extra cells are a column
        # without a heading. (Its python engine would skip such rows, and rows with bad quotes.)
        widest = max(map(len, csv.reader(io.StringIO(text), delimiter=delimiter)), default=0)
        if not widest:
            return pd.DataFrame()
        frame = pd.read_csv(io.StringIO(text), names=range(widest), **options)
    return frame.fillna("")


def _unreadable_row(text: str, delimiter: str) -> int:
    """The spreadsheet row where a CSV stops being readable (a quote out of place)."""
    read = 0
    try:
        for _ in csv.reader(io.StringIO(text), delimiter=delimiter, strict=True):
            read += 1
    except csv.Error:
        pass
    return read + 1


def _xlsx_frame(path: Path) -> tuple[DataFrame, set[int]]:
    """The first sheet's cells as text, the heading row as row 0, merged cells filled down.

    Also the numbers of the rows that are one cell merged across columns (_fill_merged_cells).
    """
    import pandas as pd  # Why here: only import needs pandas and openpyxl.
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        # Why not read_only: a read-only sheet does not know its merged cells.
        workbook = load_workbook(path, data_only=True)
        sheet = workbook.worksheets[0]
    except (
        OSError,
        KeyError,
        ValueError,
        IndexError,
        zipfile.BadZipFile,
        InvalidFileException,
    ):
        raise SheetError(
            f"{path.name} kan ikke læses som et Excel-regneark (.xlsx) — åbn det i Excel, gem "
            "det igen som .xlsx eller som CSV, og prøv igen"
        ) from None
    title_rows = _fill_merged_cells(sheet)
    # Why object and no NA: the cells' own values (dates, numbers) go to _cell_text, and a cell
    # with "NA" in it stays that word.
    frame = pd.read_excel(
        workbook,
        sheet_name=sheet.title,
        engine="openpyxl",
        header=None,
        dtype=object,
        keep_default_na=False,
    )
    return frame.map(_cell_text), title_rows


def _fill_merged_cells(sheet: Any) -> set[int]:
    """Give each cell down the first column of a merged range the range's value.

    Why down only: a status table often merges a group's name down over its rows, and each row
    needs it; a cell merged across columns is one value, not one per column. A row below the
    headings that is one cell merged across columns is a title (a section's name): its number is
    returned, and the caller leaves it out.
    """
    titles: set[int] = set()
    for merged in list(sheet.merged_cells.ranges):
        value = sheet.cell(merged.min_row, merged.min_col).value
        sheet.unmerge_cells(merged.coord)
        if merged.min_row == merged.max_row and merged.min_col < merged.max_col:
            titles.update([merged.min_row] if merged.min_row > 1 else [])
            continue
        for row in range(merged.min_row, merged.max_row + 1):
            sheet.cell(row, merged.min_col).value = value
    return titles


def _cell_text(value: object) -> str:
    """A cell as the text an editor sees: a date cell as 2018-02-20, a whole number without .0."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        # Why NaN too: pandas reads an error cell (#I/T) as NaN.
        return ""
    if isinstance(value, datetime):
        # Why the day only: no indsats field takes a time, and a cell's format often hides one.
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _own_headings(settings: Settings) -> dict[str, str]:
    """The portfolio's readiness headings, long and short, in lower case, with their keys."""
    columns = settings.columns
    found = {}
    for key, heading in (
        ("klar_til_udvalg", columns.ready_for_committee),
        ("klar_til_implementering", columns.ready_for_implementation),
    ):
        for text in (heading.heading, heading.short):
            found[" ".join(text.split()).lower()] = key
    return found


def _key(heading: str, own: Mapping[str, str]) -> str:
    text = " ".join(heading.split()).lower()
    if text in YAML_KEYS:
        return text
    if text in own or text in FORMER_KEYS:
        return own.get(text) or FORMER_KEYS[text]
    return next((key for pattern, key in SEED_HEADERS if pattern.search(text)), text)


def portfolio_settings(root: Path) -> Settings:
    """The settings in `root`/indstillinger.yml, read with the portfolio's own loader.

    A file that is missing or does not validate gives the defaults: the validator reports it.
    """
    document, _ = load_document(root / SETTINGS.place, SETTINGS.place)
    if document is None:
        return Settings()
    try:
        return Settings.model_validate({**document_data(document), "id": SETTINGS.name})
    except ValidationError:
        return Settings()


def unknown_columns(table: Table) -> list[str]:
    """Columns that are neither an indsats field nor a seed heading: they are left out."""
    return sorted({key for _, cells in table for key in cells} - YAML_KEYS)


def kept_on_replace(existing: Path) -> dict[str, Any]:
    """The fields import leaves to YAML, from the file a row replaces: they stay as they were."""
    document, _ = load_document(existing, existing.name)
    data = document_data(document) if document is not None else {}
    return {key: data[key] for key in sorted(LEFT_TO_YAML) if key in data}


def columns_left_to_yaml(table: Table) -> list[str]:
    """Columns with a value that import leaves out because they belong in the YAML file."""
    return sorted({key for _, cells in table for key, raw in cells.items() if raw} & LEFT_TO_YAML)


def group_names(folder: Path) -> dict[str, str]:
    """Each group's id, keyed by its id, its name and its short name (in lower case).

    Why names too: a spreadsheet from a meeting pack names the group as people say it.
    """
    names: dict[str, str] = {}
    for path in sorted(folder.glob("*.yml")):
        names[path.stem.casefold()] = path.stem
        # Why the portfolio's own loader: it refuses what could harm (aliases, links, huge files);
        # a file it cannot read is the validator's to report, and its id still counts.
        document, _ = load_document(path, path.name)
        for key, node in document.root.entries if document else ():
            named = node.value if isinstance(node, Scalar) else None
            if key.value in ("navn", "kort_navn") and isinstance(named, str):
                names.setdefault(" ".join(named.split()).casefold(), path.stem)
    return names


def rows_to_import(
    table: Iterable[tuple[int, dict[str, str]]], groups: Mapping[str, str], defaults: dict[str, str]
) -> Iterator[Row]:
    """Each table row mapped to YAML data, with what could not be mapped.

    Columns that are no field (unknown_columns) are left out: the rest of the row still counts.
    A row whose id an earlier row has is refused, so no row overwrites another.
    """
    known_groups = set(groups.values())
    first_with: dict[str, int] = {}
    for number, cells in table:
        row = Row(number)
        for key, raw in cells.items():
            value = _cell(raw)
            if value and key in YAML_KEYS and key not in IGNORED | LEFT_TO_YAML:
                _refuse_controls(row, key, value)
                _put(row, key, value)
        for key, value in defaults.items():
            row.data.setdefault(key, value)
        group = row.data.get("gruppe")
        if isinstance(group, str):
            row.data["gruppe"] = groups.get(" ".join(group.split()).casefold(), group)
        _check(row, known_groups)
        if row.id and row.id in first_with:
            row.problems.append(
                f"id'et '{row.id}' har række {first_with[row.id]} også — skriv et andet id i "
                "kolonnen id, eller giv rækken en anden titel"
            )
        first_with.setdefault(row.id, number)
        yield row


def _refuse_controls(row: Row, key: str, value: str) -> None:
    """A control character (pasted from another program) is refused, as the loader would."""
    if _CONTROL.search(value.replace("\r\n", "\n")):
        row.problems.append(
            f"{key}: cellen indeholder et usynligt kontroltegn — slet tegnet, eller skriv teksten "
            "ind igen"
        )


def _cell(raw: str | None) -> str:
    text = (raw or "").strip()
    # Why: the export put an apostrophe before =, +, - and @ so spreadsheets show text.
    return text[1:] if len(text) > 1 and text[0] == "'" and text[1] in "=+-@" else text


def _put(row: Row, key: str, value: str) -> None:
    if key == "milepæle":
        row.data[key] = [_step(line, row) for line in value.splitlines() if line.strip()]
    elif key == "historik":
        row.data[key] = [_history(line, row) for line in value.splitlines() if line.strip()]
    elif key == "links":
        row.data[key] = [_link(line) for line in value.splitlines() if line.strip()]
    elif key in ("tags", "deltagere", "afhænger_af"):
        row.data[key] = [item.strip() for item in value.split(",") if item.strip()]
    elif key in PERIOD_KEYS or key == "statusdato":
        row.data[key] = _period(value)
    elif key == "farve":
        row.data[key] = value.lower()
    else:
        row.data[key] = value


def _period(value: str) -> str:
    """The period as the YAML writes it; an unreadable one is kept for the model to report."""
    try:
        return parse_period(value).as_yaml()
    except PeriodError:
        return value


def _step(line: str, row: Row) -> dict[str, str]:
    when, _, text = line.partition(": ")
    if text and when.strip() == UNDATED:
        return {"tekst": text.strip()}
    if text:
        try:
            return {"dato": parse_period(when.strip()).as_yaml(), "tekst": text.strip()}
        except PeriodError:
            pass
    row.problems.append(f"milepæle: ingen dato i '{_short(line)}' — skrevet som løbende skridt")
    return {"tekst": line.strip()}


def _history(line: str, row: Row) -> dict[str, str]:
    match = re.fullmatch(r"(\d{4}-\d{2}-\d{2}) (\S+): (.+)", line.strip())
    if match is None:
        row.problems.append(f"historik: '{_short(line)}' er ikke 'ÅÅÅÅ-MM-DD farve: tekst'")
        return {"tekst": line.strip()}
    return {"dato": match.group(1), "farve": match.group(2), "tekst": match.group(3)}


def _link(line: str) -> dict[str, str]:
    title, _, url = line.rpartition(": ")
    return {"titel": title.strip(), "url": url.strip()}


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 40 else text[:39] + "…"


def _check(row: Row, groups: set[str]) -> None:
    if not row.data.get("titel"):
        row.problems.append("titel mangler — rækken springes over")
    group = row.data.get("gruppe")
    if group is None:
        row.problems.append("gruppe mangler — angiv den i en kolonne eller med --gruppe")
    elif group not in groups:
        row.problems.append(f"gruppen '{group}' findes ikke i portfolio/grupper/")
    _check_id(row)
    if row.data.get("titel"):
        try:
            Initiative.model_validate({**row.data, "id": row.id})
        except ValidationError as error:
            for detail in error.errors():
                row.problems.append(f"{field_path(detail['loc'])}: {translate(detail, Initiative)}")


def _check_id(row: Row) -> None:
    """The row's id, from the id column or the title, must do as a file name."""
    if row.data.get("titel") and not row.id:
        row.problems.append(
            "titlen giver intet filnavn (den har ingen bogstaver eller tal, sitet kan bruge) — "
            "skriv et id i kolonnen id, fx ny-indsats"
        )
    # Why the message names the id column: an id made from the title always does.
    elif row.id and (not ID_PATTERN.fullmatch(row.id) or len(row.id) > ID_MAX_LENGTH):
        row.problems.append(
            f"id: '{row.id}' kan ikke bruges som id — brug små bogstaver, tal og bindestreger "
            f"(højst {ID_MAX_LENGTH} tegn), fx {slugify(row.id) or 'ny-indsats'}, eller lad "
            "cellen stå tom, så laves id'et af titlen"
        )


def as_yaml(row: Row) -> str:
    """The row as an indsats file with the schema modeline, keys in the model's order."""
    data = {key: value for key, value in row.data.items() if key != "id"}
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    modeline = "# yaml-language-server: $schema=../../content/schema/indsats.schema.json\n"
    return modeline + body
