"""Stage 5, render (data formats): all indsatser as CSV, XLSX and JSON for the overview's links.

Every field of the model is exported under its YAML name (the current one: klar_til_udvalg, not
the old klar_til_sku_dak); CSV through the standard library's
csv writer, XLSX through openpyxl. In CSV and XLSX a cell that starts with =, +, -, @, tab or
carriage return gets a leading apostrophe, so a spreadsheet shows it as text instead of running
it as a formula.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from macros.core.money import kroner
from macros.data.fields import ID_MAX_LENGTH
from macros.data.importer import PERIOD_KEYS
from macros.data.models import Funding, Initiative, Settings, Wave
from macros.views.views import InitiativeRow

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
COLUMNS = (
    "id", "titel", "farve", "statusdato", "gruppe", "gruppenavn", "program", "programnavn",
    "sektion", "ansvarlig", "start", "slut", "afsluttet", "status", "milepæle", "næste_skridt",
    "klar_til_udvalg", "klar_til_implementering", "bemærkninger", "historik", "links", "tags",
    "deltagere", "afhænger_af", "udrulning", "økonomi", "side",
)  # fmt: skip


def initiative_record(row: InitiativeRow) -> dict[str, Any]:
    """One indsats as nested JSON-ready data: the YAML fields plus names and its page."""
    data: dict[str, Any] = {"id": row.initiative.id}
    data |= row.initiative.model_dump(mode="json", by_alias=True, exclude={"id"})
    data["gruppenavn"] = row.group.name
    data["programnavn"] = row.programme.name
    step = row.next_step
    data["næste_skridt"] = f"{step.when}: {step.text}" if step else None
    data["side"] = row.href
    return {column: data.get(column) for column in COLUMNS}


def as_json(rows: tuple[InitiativeRow, ...], as_of: date) -> bytes:
    """All indsatser as one JSON document with the as-of date."""
    document = {"opgjort": as_of.isoformat(), "indsatser": [initiative_record(r) for r in rows]}
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


def flat_record(row: InitiativeRow) -> dict[str, str]:
    """One indsats as a spreadsheet row of texts: lists become lines."""
    record = initiative_record(row)
    initiative = row.initiative
    record["milepæle"] = "\n".join(f"{s.when_label}: {s.text}" for s in initiative.steps)
    record["historik"] = "\n".join(
        f"{h.on.isoformat()} {h.colour.value}: {h.text}" for h in initiative.history
    )
    record["links"] = "\n".join(f"{link.title}: {link.url}" for link in initiative.links)
    record["tags"] = ", ".join(initiative.tags)
    record["deltagere"] = ", ".join(initiative.participants)
    record["afhænger_af"] = ", ".join(initiative.depends_on)
    record["udrulning"] = "\n".join(_wave_line(wave) for wave in initiative.roll_out)
    record["økonomi"] = "\n".join(_funding_line(funding) for funding in initiative.funding)
    return {key: "" if value is None else str(value) for key, value in record.items()}


def _wave_line(wave: Wave) -> str:
    """One wave as a line: "Rul 3 (planlagt januar 2024): sygehus-lillebælt (i drift 2023)"."""
    planned = f" (planlagt {wave.planned})" if wave.planned else ""
    entries = (
        go_live.organisation
        + (f" (planlagt {go_live.planned})" if go_live.planned else "")
        + (f" (i drift {go_live.live})" if go_live.live else "")
        for go_live in wave.organisations
    )
    return f"{wave.name}{planned}: {', '.join(entries)}"


def _funding_line(funding: Funding) -> str:
    """One amount as a line: "1.521.450 kr., årligt, 2024–2026, 50 % medfinansieret: note"."""
    parts = [
        kroner(funding.amount),
        funding.frequency.value if funding.frequency else None,
        str(funding.period) if funding.period else None,
        f"{funding.co_financed} % medfinansieret" if funding.co_financed is not None else None,
    ]
    line = ", ".join(part for part in parts if part)
    # Why one line: the cell holds one line per amount, so a note's own line breaks become spaces.
    return f"{line}: {' '.join(funding.note.split())}" if funding.note else line


def neutralised(cell: str) -> str:
    """The cell, with an apostrophe in front if a spreadsheet would read it as a formula."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def as_csv(rows: tuple[InitiativeRow, ...]) -> bytes:
    """Semicolon-separated with a byte order mark, as Danish Excel opens it without questions."""
    # Why not pandas: nothing here is reshaped, and importing it cost a quarter of a second.
    text = io.StringIO()
    writer = csv.writer(text, delimiter=";", lineterminator="\r\n")
    writer.writerow(COLUMNS)
    records = (flat_record(row) for row in rows)
    writer.writerows([neutralised(record[column]) for column in COLUMNS] for record in records)
    return text.getvalue().encode("utf-8-sig")


def as_xlsx(rows: tuple[InitiativeRow, ...], as_of: date) -> bytes:
    """One sheet "Indsatser" of text cells; every timestamp in the file is the as-of date."""
    records = (list(flat_record(row).values()) for row in rows)
    return _workbook({"Indsatser": (COLUMNS, records)}, as_of)


TEMPLATE_COLUMNS = (
    "titel", "id", "gruppe", "program", "sektion", "farve", "statusdato", "ansvarlig", "start",
    "slut", "status", "milepæle", "klar_til_udvalg", "klar_til_implementering", "bemærkninger",
    "deltagere", "afhænger_af", "tags",
)  # fmt: skip
"""The columns of the import template: the fields an editor fills in for a new indsats."""
TEXT_COLUMNS = ("id", "statusdato", *PERIOD_KEYS)
"""Template columns formatted as text, so Excel keeps what is typed in them as it stands.

Why: Excel turns "marts 2019" and "1. kvartal 2018" into dates, and 007 into 7.
"""
_PERIOD_HINT = "Dato eller periode, fx 2. kvartal 2018."
_LIST_HINTS = {
    "gruppe": " Gruppens id, navn eller korte navn.",
    "farve": " Et af ordene grøn, gul, rød, grå eller blå.",
    "milepæle": " Ét skridt pr. linje i cellen: dato, kolon, tekst (fx 2. kvartal 2018: Høring).",
    "deltagere": " Id'er adskilt af komma.",
    "afhænger_af": " Id'er adskilt af komma.",
    "tags": " Adskilt af komma.",
}


def import_template(as_of: date, settings: Settings) -> bytes:
    """An empty sheet with the import's columns, and a sheet that explains each of them.

    The readiness columns are explained with the portfolio's own headings (`settings`).
    """
    fields = {field.alias: field for field in Initiative.model_fields.values() if field.alias}
    columns = settings.columns
    own = {
        "id": "Indsatsens id, som også er filnavnet: små bogstaver, tal og bindestreger (højst "
        f"{ID_MAX_LENGTH} tegn), fx ny-indsats. Står cellen tom, laves id'et af titlen.",
        "klar_til_udvalg": f"{columns.ready_for_committee.heading}. {_PERIOD_HINT}",
        "klar_til_implementering": f"{columns.ready_for_implementation.heading}. {_PERIOD_HINT}",
    }
    explained = (
        [column, own.get(column) or f"{fields[column].description}{_LIST_HINTS.get(column, '')}"]
        for column in TEMPLATE_COLUMNS
    )
    sheets = {
        "Indsatser": (TEMPLATE_COLUMNS, iter(())),
        "Vejledning": (("kolonne", "hvad der står i den"), explained),
    }
    return _workbook(sheets, as_of, text_columns=TEXT_COLUMNS)


def _workbook(
    sheets: Mapping[str, tuple[Sequence[str], Iterable[list[str]]]],
    as_of: date,
    text_columns: Collection[str] = (),
) -> bytes:
    """Sheets of text cells under their headings, with every timestamp the as-of date.

    A column whose heading is in `text_columns` is formatted as text, also where it is empty.
    """
    # Why here, and write-only: only these files need openpyxl, and write-only is fast.
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.utils import get_column_letter
    from openpyxl.writer.excel import ExcelWriter

    workbook = Workbook(write_only=True)
    for name, (headings, rows) in sheets.items():
        sheet = workbook.create_sheet(name)
        sheet.freeze_panes = "B2"
        for number, heading in enumerate(headings, start=1):
            if heading in text_columns:
                # Why the column's format: the cells an editor types in do not exist yet.
                sheet.column_dimensions[get_column_letter(number)].number_format = "@"
        sheet.append(list(headings))
        for values in rows:
            cells = []
            for value in values:
                cell = WriteOnlyCell(sheet, value)
                cell.data_type = "s"  # Why: a text cell is never run as a formula
                cells.append(cell)
            sheet.append(cells)
    stamp = datetime.combine(as_of, datetime.min.time())
    workbook.properties.created = workbook.properties.modified = stamp
    buffer = io.BytesIO()
    # Why not workbook.save: it stamps the file with the current time.
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).write_data()
    return _with_fixed_times(buffer.getvalue(), stamp)


def _with_fixed_times(archive: bytes, stamp: datetime) -> bytes:
    """The zip archive again with every entry dated `stamp`, so equal input gives equal bytes."""
    fixed = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(archive)) as source, zipfile.ZipFile(fixed, "w") as target:
        for entry in source.infolist():
            dated = zipfile.ZipInfo(entry.filename, stamp.timetuple()[:6])
            dated.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(dated, source.read(entry))
    return fixed.getvalue()


__all__ = [
    "COLUMNS",
    "TEMPLATE_COLUMNS",
    "TEXT_COLUMNS",
    "as_csv",
    "as_json",
    "as_xlsx",
    "flat_record",
    "import_template",
    "neutralised",
]
