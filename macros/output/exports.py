"""Stage 5, render (data formats): all indsatser as CSV, XLSX and JSON for the overview's links.

Every field of the model is exported under its YAML name; CSV through the standard library's
csv writer, XLSX through openpyxl. In CSV and XLSX a cell that starts with =, +, -, @, tab or
carriage return gets a leading apostrophe, so a spreadsheet shows it as text instead of running
it as a formula.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from datetime import date, datetime
from typing import Any

from macros.views.views import InitiativeRow

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
COLUMNS = (
    "id", "titel", "farve", "statusdato", "gruppe", "gruppenavn", "program", "programnavn",
    "sektion", "ansvarlig", "start", "slut", "afsluttet", "status", "milepæle", "næste_skridt",
    "klar_til_sku_dak", "klar_til_psof", "bemærkninger", "historik", "links", "tags",
    "deltagere", "afhænger_af", "side",
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
    return {key: "" if value is None else str(value) for key, value in record.items()}


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
    # Why here, and write-only: only exports need openpyxl, and write-only is fast.
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.writer.excel import ExcelWriter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Indsatser")
    sheet.freeze_panes = "B2"
    sheet.append(list(COLUMNS))
    for row in rows:
        cells = []
        for value in flat_record(row).values():
            cell = WriteOnlyCell(sheet, value)
            cell.data_type = "s"  # Why: a text cell is never run as a formula, whatever it holds
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


__all__ = ["COLUMNS", "as_csv", "as_json", "as_xlsx", "flat_record", "neutralised"]
