"""Stage 5, render (data formats): all indsatser as CSV, XLSX and JSON for the overview's links.

Every field of the model is exported under its YAML name; CSV through pandas, XLSX through
openpyxl. In CSV and XLSX a cell that starts with =, +, -, @, tab or carriage return gets a
leading apostrophe, so a spreadsheet shows it as text instead of running it as a formula.
"""

from __future__ import annotations

import io
import json
from datetime import date, datetime
from typing import Any

from macros.views import InitiativeRow

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
COLUMNS = (
    "id", "titel", "farve", "statusdato", "gruppe", "gruppenavn", "program", "programnavn",
    "sektion", "start", "afsluttet", "status", "milepæle", "næste_skridt", "klar_til_sku_dak",
    "klar_til_psof", "bemærkninger", "historik", "links", "tags", "side",
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
    """One indsats as a spreadsheet row: lists become lines, every cell safe from formulas."""
    record = initiative_record(row)
    record["milepæle"] = _lines(
        f"{s['dato'] or 'Løbende'}: {s['tekst']}" for s in record["milepæle"]
    )
    record["historik"] = _lines(
        f"{h['dato']} {h['farve']}: {h['tekst']}" for h in record["historik"]
    )
    record["links"] = _lines(f"{link['titel']}: {link['url']}" for link in record["links"])
    record["tags"] = ", ".join(record["tags"])
    return {key: neutralised("" if value is None else str(value)) for key, value in record.items()}


def _lines(items: Any) -> str:
    return "\n".join(items)


def neutralised(cell: str) -> str:
    """The cell, with an apostrophe in front if a spreadsheet would read it as a formula."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def as_csv(rows: tuple[InitiativeRow, ...]) -> bytes:
    """Semicolon-separated with a byte order mark, as Danish Excel opens it without questions."""
    import pandas as pd  # Why here: pandas takes half a second to import; only exports need it.

    frame = pd.DataFrame([flat_record(row) for row in rows], columns=list(COLUMNS))
    text: str = frame.to_csv(sep=";", index=False, lineterminator="\r\n")
    return text.encode("utf-8-sig")


def as_xlsx(rows: tuple[InitiativeRow, ...], as_of: date) -> bytes:
    """One sheet "Indsatser"; the file's timestamps are the as-of date, so builds repeat."""
    from openpyxl import Workbook  # Why here, and write-only: only exports need it; it is fast.

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Indsatser")
    sheet.freeze_panes = "B2"
    sheet.append(list(COLUMNS))
    for row in rows:
        record = flat_record(row)
        sheet.append([record[column] for column in COLUMNS])
    stamp = datetime.combine(as_of, datetime.min.time())
    workbook.properties.created = workbook.properties.modified = stamp
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


__all__ = ["COLUMNS", "as_csv", "as_json", "as_xlsx", "flat_record", "neutralised"]
