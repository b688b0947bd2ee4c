"""`portfolio import`: a seed-layout sheet becomes valid YAML; export then import loses nothing."""

from __future__ import annotations

import io
import shutil
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from macros.cli.main import main
from macros.data.fields import Section
from macros.data.importer import (
    SheetError,
    column_letter,
    read_sheet,
    rows_to_import,
    unknown_columns,
)
from macros.data.validate import load_portfolio
from macros.output.exports import TEMPLATE_COLUMNS, as_csv, as_xlsx, import_template
from macros.views.views import initiative_rows
from tests.conftest import PROJECT

SEED_HEADINGS = [
    "Indsats/opgave/projekt",
    "Status på indsatsen",
    "Milepæle[1]",
    "Forventes at være klar til fremlæggelse for SKU/DAK",
    "Forventes at være klar til implementering i (P)SOF’erne",
    "Øvrige bemærkninger/Evt. hvornår de første resultater af indsatsen kan ses",
    "Sektion",
    "Farve",
]
ROWS = [
    [
        "Fælles forløbsprogram for børn med overvægt",
        "Arbejdsgruppen har afleveret et udkast.\n\nUdkastet drøftes i følgegruppen.",
        "20-8-18: Følgegruppen får udkastet.\n2. halvår 2018: Høring i kommunerne.",
        "4. kvartal 2018",
        "Primo 2019",
        "Effekten ses tidligst om to år.",
        "Prioriterede indsatser",
        "Gul",
    ],
    [
        "Tobaksforebyggelse i praksis",
        "Afventer ny tovholder.",
        "Løbende: Status på hvert møde.",
        "",
        "",
        "",
        "Øvrige opgaver",
        "blå",
    ],
    ["", "En række uden titel.", "", "", "", "", "Aftaler", "grøn"],
    ["Rehabilitering efter kræft", "I gang.", "", "sidst i 2018", "", "", "Aftaler", "grønn"],
]


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(PROJECT / "portfolio", tmp_path / "portfolio")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def seed_sheet(folder: Path) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(SEED_HEADINGS)
    for row in ROWS:
        sheet.append(row)
    path = folder / "forebyggelse.xlsx"
    workbook.save(path)
    return path


ARGS = ["--gruppe", "forebyggelse", "--program", "sundhedsaftalen-2015-2018"]


def test_a_dry_run_reports_every_row_and_writes_nothing(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = seed_sheet(project)
    code = main(["import", str(sheet), *ARGS, "--statusdato", "2018-02-20", "--tør"])
    out = capsys.readouterr().out.splitlines()
    assert code == 1
    assert out == [
        "Række 2: ville oprette "
        "portfolio/indsatser/fælles-forløbsprogram-for-børn-med-overvægt.yml",
        "Række 3: ville oprette portfolio/indsatser/tobaksforebyggelse-i-praksis.yml",
        "Række 4: titel mangler — rækken springes over",
        "Række 5: farve: 'grønn' er ikke en gyldig farve — brug grøn, gul, rød, grå eller blå",
        "Række 5: klar_til_udvalg: 'sidst i 2018' kan ikke læses som dato eller periode — skriv "
        "fx 2018-04-09, april 2018, 2. kvartal 2018, 1. halvår 2018, 2018 eller medio 2018",
        "2 af 4 rækker ville blive oprettet i portfolio/indsatser/.",
    ]
    assert not (project / "portfolio" / "indsatser" / "tobaksforebyggelse-i-praksis.yml").exists()


def test_the_seed_layout_of_one_group_imports_into_valid_yaml(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = seed_sheet(project)
    main(["import", str(sheet), *ARGS, "--statusdato", "2018-02-20"])
    portfolio = load_portfolio(project / "portfolio")
    imported = portfolio.initiatives["fælles-forløbsprogram-for-børn-med-overvægt"]
    assert imported.colour.value == "gul"
    assert [str(step.when) for step in imported.steps] == ["20. august 2018", "2. halvår 2018"]
    assert str(imported.ready_for_implementation) == "primo 2019"
    assert imported.status.split("\n\n") == [
        "Arbejdsgruppen har afleveret et udkast.",
        "Udkastet drøftes i følgegruppen.",
    ]
    undated = portfolio.initiatives["tobaksforebyggelse-i-praksis"].steps[0]
    assert (undated.when, undated.text) == (None, "Status på hvert møde.")
    text = (project / "portfolio" / "indsatser" / "tobaksforebyggelse-i-praksis.yml").read_text(
        encoding="utf-8"
    )
    assert text.startswith("# yaml-language-server: $schema=../../content/schema/indsats")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_gives_the_same_indsatser(
    project: Path, suffix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    original = load_portfolio(project / "portfolio")
    rows = initiative_rows(original, date(2018, 3, 15))
    export = project / f"indsatser{suffix}"
    export.write_bytes(as_csv(rows) if suffix == ".csv" else as_xlsx(rows, date(2018, 3, 15)))
    shutil.rmtree(project / "portfolio" / "indsatser")
    assert main(["import", str(export)]) == 0
    # Why without the plan and the money: both are written in YAML, and import says it leaves
    # them out.
    said = capsys.readouterr().out
    assert "Kolonnen 'udrulning' læses ikke fra regnearket" in said
    assert "Kolonnen 'økonomi' læses ikke fra regnearket" in said
    again = load_portfolio(project / "portfolio")
    assert again.initiatives.keys() == original.initiatives.keys()
    for key, initiative in original.initiatives.items():
        kept = again.initiatives[key].model_dump()
        left_out = {"udrulning": (), "økonomi": ()}
        assert kept == initiative.model_dump(exclude={"roll_out", "funding"}) | left_out, key


OWN_SETTINGS = """\
kolonner:
  klar_til_udvalg:
    overskrift: Forventes klar til behandling i Sundhedsstyregruppen
    kort: Klar til Sundhedsstyregruppen
"""


def test_the_portfolios_own_headings_and_the_old_export_names_are_read(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A region's own readiness heading names the column, and so does an export's old name."""
    (project / "portfolio" / "indstillinger.yml").write_text(OWN_SETTINGS, encoding="utf-8")
    sheet = project / "egne-overskrifter.csv"
    headings = [*HEADINGS[:6], "Klar til Sundhedsstyregruppen", "klar_til_psof"]
    row = [*DANISH_ROW, "2018-02-20", "sundhedsaftalen-2015-2018", "2. kvartal 2018", "2019"]
    sheet.write_text(";".join(headings) + "\n" + ";".join(row) + "\n", encoding="utf-8")
    assert main(["import", str(sheet)]) == 0, capsys.readouterr().out
    written = project / "portfolio" / "indsatser" / "ældres-ernæring-på-plejecentre.yml"
    text = written.read_text(encoding="utf-8")
    assert "klar_til_udvalg: 2. kvartal 2018" in text
    assert "klar_til_implementering: '2019'" in text
    imported = load_portfolio(project / "portfolio").initiatives[written.stem]
    assert str(imported.ready_for_committee) == "2. kvartal 2018"


def test_a_cell_with_a_control_character_is_refused_not_written() -> None:
    table = [{"titel": "Ny\x1b[31m indsats", "status": "I gang\r\nog videre", "farve": "gul"}]
    row = next(rows_to_import(enumerate(table, 2), {"g": "g"}, {"gruppe": "g", "program": "p"}))
    assert "titel: cellen indeholder et usynligt kontroltegn — slet tegnet, eller skriv " in (
        "\n".join(row.problems)
    )
    assert not any(problem.startswith("status:") for problem in row.problems)


HEADINGS = ["titel", "gruppe", "farve", "status", "statusdato", "program", "noter til mødet"]
DANISH_ROW = ["Ældres ernæring på plejecentre", "Forebyggelse", "Grøn", "I gang – med 5 kommuner."]


def test_a_windows_1252_csv_with_an_unknown_column_and_a_group_name_imports(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """What Danish Excel saves as "CSV (semikolonsepareret)": Windows-1252, with ; between cells."""
    sheet = project / "fra-excel.csv"
    row = [*DANISH_ROW, "20-02-2018", "sundhedsaftalen-2015-2018", "husk kaffe"]
    sheet.write_bytes((";".join(HEADINGS) + "\r\n" + ";".join(row) + "\r\n").encode("cp1252"))
    assert main(["import", str(sheet)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "Kolonnen 'noter til mødet' kendes ikke og er sprunget over.",
        "Række 2: skrev portfolio/indsatser/ældres-ernæring-på-plejecentre.yml",
        "1 af 1 rækker er skrevet i portfolio/indsatser/.",
    ]
    imported = load_portfolio(project / "portfolio").initiatives["ældres-ernæring-på-plejecentre"]
    assert imported.group == "forebyggelse", "the group's name stood in the sheet"
    assert imported.status == "I gang – med 5 kommuner."


def test_real_excel_date_cells_are_read_as_dates(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append(HEADINGS[:6])
    workbook.active.append([*DANISH_ROW, datetime(2018, 2, 20), "sundhedsaftalen-2015-2018"])
    sheet = project / "datoer.xlsx"
    workbook.save(sheet)
    assert main(["import", str(sheet)]) == 0, capsys.readouterr().out
    imported = load_portfolio(project / "portfolio").initiatives["ældres-ernæring-på-plejecentre"]
    assert imported.status_date == date(2018, 2, 20)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "ødelagt.xlsx",
            b"PK\x03\x04 ikke et regneark",
            "ødelagt.xlsx kan ikke læses som et Excel-regneark (.xlsx) — åbn det i Excel, gem det "
            "igen som .xlsx eller som CSV, og prøv igen",
        ),
        (
            "binær.csv",
            bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]),
            "binær.csv kan ikke læses som tekst (hverken UTF-8 eller Windows-1252) — gem "
            "regnearket som »CSV UTF-8« eller som .xlsx, og prøv igen",
        ),
    ],
)
def test_an_unreadable_sheet_is_one_danish_line_not_a_traceback(
    project: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes, message: str
) -> None:
    (project / name).write_bytes(content)
    assert main(["import", str(project / name)]) == 2
    assert capsys.readouterr().err.strip().endswith(message)


def test_a_long_title_gives_an_id_cut_after_a_whole_word() -> None:
    title = "Fælles forløbsprogram for børn og unge med overvægt i hele regionen og kommunerne"
    row = next(rows_to_import([(2, {"titel": title})], {"g": "g"}, {"gruppe": "g"}))
    assert row.id == "fælles-forløbsprogram-for-børn-og-unge-med-overvægt-i-hele"
    assert len(row.id) <= 60


def test_the_sites_template_filled_in_imports(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = load_portfolio(project / "portfolio").settings
    workbook = openpyxl.load_workbook(io.BytesIO(import_template(date(2023, 5, 15), settings)))
    headings = [cell.value for cell in workbook["Indsatser"][1]]
    assert headings == list(TEMPLATE_COLUMNS)
    explained = {
        row[0]: row[1] for row in workbook["Vejledning"].iter_rows(min_row=2, values_only=True)
    }
    assert list(explained) == headings
    assert all(len(text or "") > 10 for text in explained.values())
    assert explained["klar_til_udvalg"].startswith(settings.columns.ready_for_committee.heading)
    values = {
        "titel": "Ny indsats fra skabelonen", "gruppe": "forebyggelse",
        "program": "sundhedsaftalen-2015-2018", "farve": "gul", "statusdato": "2018-02-20",
        "status": "I gang.", "slut": "2. halvår 2019", "ansvarlig": "Tovholderen",
        "milepæle": "2. kvartal 2018: Høring.", "tags": "forebyggelse, ny",
    }  # fmt: skip
    workbook["Indsatser"].append([values.get(heading, "") for heading in headings])
    sheet = project / "skabelon.xlsx"
    workbook.save(sheet)
    assert main(["import", str(sheet)]) == 0, capsys.readouterr().out
    imported = load_portfolio(project / "portfolio").initiatives["ny-indsats-fra-skabelonen"]
    assert (imported.responsible, str(imported.end)) == ("Tovholderen", "2. halvår 2019")
    assert imported.tags == ("forebyggelse", "ny")


def test_rows_keep_their_spreadsheet_numbers_and_no_row_overwrites_another(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = project / "dobbelt.csv"
    lines = [
        "titel;gruppe;farve;status;statusdato;program",
        ";;;;;",
        "   ;  ;;;;",
        "Tobak;Følgegruppen for forebyggelse;grøn;I gang.;2018-02-20;sundhedsaftalen-2015-2018",
        "Tobak;forebyggelse;gul;Også i gang.;2018-02-20;sundhedsaftalen-2015-2018",
        "€;forebyggelse;gul;Uden bogstaver.;2018-02-20;sundhedsaftalen-2015-2018",
    ]
    sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["import", str(sheet), "--tør"]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "Række 4: ville oprette portfolio/indsatser/tobak.yml",
        "Række 5: id'et 'tobak' har række 4 også — skriv et andet id i kolonnen id, eller giv "
        "rækken en anden titel",
        "Række 6: titlen giver intet filnavn (den har ingen bogstaver eller tal, sitet kan "
        "bruge) — skriv et id i kolonnen id, fx ny-indsats",
        "1 af 3 rækker ville blive oprettet i portfolio/indsatser/.",
    ]


def test_a_sheet_with_only_headings_says_so(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "tom.csv").write_text("titel;gruppe\n", encoding="utf-8")
    assert main(["import", str(project / "tom.csv")]) == 2
    assert capsys.readouterr().err.strip().endswith("tom.csv har ingen rækker under overskrifterne")


def test_a_date_cell_with_a_hidden_time_is_the_day(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append(HEADINGS[:6])
    workbook.active.append(
        [*DANISH_ROW, datetime(2018, 2, 20, 14, 30), "sundhedsaftalen-2015-2018"]
    )
    sheet = project / "klokkeslæt.xlsx"
    workbook.save(sheet)
    assert main(["import", str(sheet)]) == 0, capsys.readouterr().out
    imported = load_portfolio(project / "portfolio").initiatives["ældres-ernæring-på-plejecentre"]
    assert imported.status_date == date(2018, 2, 20)


def test_replacing_a_file_keeps_its_roll_out_plan(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = load_portfolio(project / "portfolio")
    rows = initiative_rows(original, date(2023, 5, 15))
    export = project / "indsatser.csv"
    export.write_bytes(as_csv(rows))
    assert main(["import", str(export), "--overskriv"]) == 0
    assert "en fil, der erstattes, beholder sin" in capsys.readouterr().out
    again = load_portfolio(project / "portfolio")
    planned = [key for key, initiative in original.initiatives.items() if initiative.roll_out]
    assert planned
    for key in planned:
        assert again.initiatives[key].roll_out == original.initiatives[key].roll_out, key


PROGRAMME = "sundhedsaftalen-2015-2018"


def csv_sheet(folder: Path, name: str, lines: list[str]) -> Path:
    sheet = folder / name
    sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return sheet


def test_two_columns_for_one_field_import_nothing(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = csv_sheet(
        project,
        "to-farver.csv",
        [
            "titel;farve;gruppe;program;statusdato;status;Farve",
            f"Tobak i skolen;gul;forebyggelse;{PROGRAMME};2018-02-20;I gang.;grøn",
        ],
    )
    assert main(["import", str(sheet)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        "portfolio: to-farver.csv: kolonne B ('farve') og G ('Farve') er begge feltet farve — "
        "giv den ene en anden overskrift, eller slet den, og prøv igen (intet er importeret: det "
        "er ikke til at se, hvilken der gælder)\n"
    )
    assert not (project / "portfolio" / "indsatser" / "tobak-i-skolen.yml").exists()


def test_a_column_without_heading_is_named_by_letter_and_skipped(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Data under no heading (B, and I beyond the headings) is told of; empty D and rows are not."""
    sheet = csv_sheet(
        project,
        "uden-overskrift.csv",
        [
            "titel;;gruppe;;program;statusdato;farve;status",
            f"Tobak i skolen;husk kaffe;forebyggelse;;{PROGRAMME};2018-02-20;gul;I gang.;ekstra",
            f"Alkohol i skolen;;forebyggelse;;{PROGRAMME};2018-02-20;gul;I gang.",
            ";;;;;;;",
            ";;;;;;;",
        ],
    )
    assert main(["import", str(sheet), "--tør"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Kolonne B har ingen overskrift og er sprunget over — skriv en overskrift i række 1, "
        "hvis den skal læses.",
        "Kolonne I har ingen overskrift og er sprunget over — skriv en overskrift i række 1, "
        "hvis den skal læses.",
        "Række 2: ville oprette portfolio/indsatser/tobak-i-skolen.yml",
        "Række 3: ville oprette portfolio/indsatser/alkohol-i-skolen.yml",
        "2 af 2 rækker ville blive oprettet i portfolio/indsatser/.",
    ]


def test_merged_cells_give_every_row_their_value_and_rows_keep_their_numbers(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A group's name merged down over its rows, as in a meeting pack's status table."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Gruppe", "titel", "farve", "status", "statusdato", "program"])
    for title in ("Tobak i skolen", "Alkohol i skolen", "Motion i skolen"):
        sheet.append(["Forebyggelse", title, "gul", "I gang.", "2018-02-20", PROGRAMME])
    sheet.merge_cells("A2:A4")
    sheet.append([])
    sheet.append(["Forebyggelse", "Kost i skolen", "grønn", "I gang.", "2018-02-20", PROGRAMME])
    path = project / "flettet.xlsx"
    workbook.save(path)
    assert openpyxl.load_workbook(path).active["A3"].value is None, "merged: only A2 holds it"
    assert main(["import", str(path)]) == 1
    assert capsys.readouterr().out.splitlines()[3:] == [
        "Række 6: farve: 'grønn' er ikke en gyldig farve — brug grøn, gul, rød, grå eller blå",
        "3 af 4 rækker er skrevet i portfolio/indsatser/.",
    ]
    imported = load_portfolio(project / "portfolio").initiatives
    for key in ("tobak-i-skolen", "alkohol-i-skolen", "motion-i-skolen"):
        assert imported[key].group == "forebyggelse", key


def test_a_section_title_merged_across_the_columns_is_a_title_not_an_indsats(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A meeting pack's table groups its rows under section names merged across the row."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["titel", "gruppe", "farve", "status", "statusdato", "program"])
    sheet.append(["Prioriterede indsatser"])
    sheet.merge_cells("A2:F2")
    sheet.append(["Tobak i skolen", "forebyggelse", "gul", "I gang.", "2018-02-20", PROGRAMME])
    sheet.append(["Andet at vide"])
    sheet.merge_cells("A4:F4")
    sheet.append(["Kost i skolen", "forebyggelse", "gul", "I gang.", "2018-02-20", PROGRAMME])
    path = project / "sektioner.xlsx"
    workbook.save(path)
    assert main(["import", str(path)]) == 0
    assert capsys.readouterr().out.splitlines()[:2] == [
        "Række 2 ('Prioriterede indsatser') er én celle over flere kolonner og læses som en "
        "overskrift, ikke en indsats; rækkerne under den får sektion Prioriterede indsatser.",
        "Række 4 ('Andet at vide') er én celle over flere kolonner og læses som en overskrift, "
        "ikke en indsats.",
    ]
    imported = load_portfolio(project / "portfolio").initiatives
    assert {"tobak-i-skolen", "kost-i-skolen"} <= set(imported)
    assert not {"prioriterede-indsatser", "andet-at-vide"} & set(imported)
    assert imported["tobak-i-skolen"].section is Section.PRIORITISED
    assert imported["kost-i-skolen"].section is None, "a title that names no section ends it"


def test_the_id_column_names_the_file_and_keeps_its_leading_zeros(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = csv_sheet(
        project,
        "med-id.csv",
        [
            "id;titel;gruppe;farve;status;statusdato;program",
            f"007;Tobak i skolen;forebyggelse;gul;NA;2018-02-20;{PROGRAMME}",
            f";Alkohol i skolen;forebyggelse;gul;I gang.;2018-02-20;{PROGRAMME}",
        ],
    )
    assert main(["import", str(sheet)]) == 0, capsys.readouterr().out
    imported = load_portfolio(project / "portfolio").initiatives
    assert imported["007"].title == "Tobak i skolen"
    assert imported["007"].status == "NA", "a cell is text, never a missing value"
    assert "alkohol-i-skolen" in imported


@pytest.mark.parametrize(
    ("given", "example"),
    [
        ("Ny Indsats!", "ny-indsats"),
        ("../udenfor", "udenfor"),
        ("ord-" * 20 + "ord", "-".join(["ord"] * 15)),
    ],
)
def test_an_id_that_cannot_be_a_file_name_is_refused_with_one_that_can(
    project: Path, capsys: pytest.CaptureFixture[str], given: str, example: str
) -> None:
    sheet = csv_sheet(
        project,
        "forkert-id.csv",
        [
            "id;titel;gruppe;farve;status;statusdato;program",
            f"{given};Tobak i skolen;forebyggelse;gul;I gang.;2018-02-20;{PROGRAMME}",
        ],
    )
    assert main(["import", str(sheet)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"Række 2: id: '{given}' kan ikke bruges som id — brug små bogstaver, tal og "
        f"bindestreger (højst 60 tegn), fx {example}, eller lad cellen stå tom, så laves id'et "
        "af titlen",
        "0 af 1 rækker er skrevet i portfolio/indsatser/.",
    ]
    assert list((project / "portfolio" / "indsatser").glob("*skolen*")) == []


def test_a_quote_left_open_names_its_row_and_imports_nothing(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Left open, the quote would swallow the rows below it into one cell."""
    lines = [
        "titel;gruppe;status",
        "Tobak i skolen;forebyggelse;I gang.",
        'Alkohol i skolen;forebyggelse;"Et citat, der aldrig slutter',
        "Motion i skolen;forebyggelse;I gang.",
    ]
    assert main(["import", str(csv_sheet(project, "citat.csv", lines))]) == 2
    assert capsys.readouterr().err == (
        "portfolio: citat.csv kan ikke læses som CSV fra række 3 — et anførselstegn lukkes ikke: "
        "en celle med anførselstegn i skal stå i anførselstegn, og anførselstegnene i teksten "
        'skal skrives dobbelt (""); eller gem regnearket som .xlsx, og prøv igen\n'
    )


def test_a_quote_inside_a_cell_is_read_as_before(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """What the csv module did: the quotes of "Citat" og mere go, the text stays."""
    lines = [
        "titel;gruppe;farve;status;statusdato;program",
        f'Tobak i skolen;forebyggelse;gul;"Citat" og mere;2018-02-20;{PROGRAMME}',
    ]
    assert main(["import", str(csv_sheet(project, "citat.csv", lines))]) == 0
    imported = load_portfolio(project / "portfolio").initiatives["tobak-i-skolen"]
    assert imported.status == "Citat og mere"


def test_the_template_keeps_ids_dates_and_periods_as_text_and_its_id_is_used(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Excel would make dates of "marts 2019" and "1. kvartal 2018" in a General column."""
    settings = load_portfolio(project / "portfolio").settings
    workbook = openpyxl.load_workbook(io.BytesIO(import_template(date(2023, 5, 15), settings)))
    sheet = workbook["Indsatser"]
    formats = {
        cell.value: sheet.column_dimensions[cell.column_letter].number_format for cell in sheet[1]
    }
    assert [heading for heading, shape in formats.items() if shape == "@"] == [
        "id", "statusdato", "start", "slut", "klar_til_udvalg", "klar_til_implementering",
    ]  # fmt: skip
    assert set(formats.values()) == {"@", "General"}
    values = {
        "id": "egen-id", "titel": "Ny indsats fra skabelonen", "gruppe": "forebyggelse",
        "program": PROGRAMME, "farve": "gul", "statusdato": "2018-02-20", "status": "I gang.",
        "slut": "marts 2019", "klar_til_udvalg": "1. kvartal 2018",
    }  # fmt: skip
    sheet.append([values.get(str(heading), "") for heading in formats])
    path = project / "skabelon.xlsx"
    workbook.save(path)
    assert main(["import", str(path)]) == 0, capsys.readouterr().out
    imported = load_portfolio(project / "portfolio").initiatives["egen-id"]
    assert (str(imported.end), str(imported.ready_for_committee)) == (
        "marts 2019",
        "1. kvartal 2018",
    )


@pytest.mark.parametrize(
    ("index", "letter"), [(0, "A"), (25, "Z"), (26, "AA"), (701, "ZZ"), (702, "AAA")]
)
def test_columns_are_named_as_the_spreadsheet_names_them(index: int, letter: str) -> None:
    assert column_letter(index) == letter


def test_three_columns_for_one_field_are_named_with_their_headings(tmp_path: Path) -> None:
    sheet = csv_sheet(tmp_path, "tre.csv", ["Milepæle[1];titel;milepæle;Milepæle", "a;b;c;d"])
    with pytest.raises(SheetError) as refused:
        read_sheet(sheet)
    assert str(refused.value).startswith(
        "tre.csv: kolonne A ('Milepæle[1]'), C ('milepæle') og D ('Milepæle') er alle feltet "
        "milepæle — "
    )


def test_two_unknown_columns_with_one_heading_are_left_out_once(tmp_path: Path) -> None:
    """Neither is read, so neither has to be guessed between."""
    sheet = csv_sheet(tmp_path, "noter.csv", ["titel;noter;noter", "Tobak;a;b"])
    assert unknown_columns(read_sheet(sheet).rows) == ["noter"]


def test_a_status_date_written_the_danish_way_is_written_as_iso(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = csv_sheet(
        project,
        "dansk-dato.csv",
        [
            "titel;gruppe;farve;status;statusdato;program",
            f"Tobak i skolen;forebyggelse;gul;I gang.;20-02-2018;{PROGRAMME}",
        ],
    )
    assert main(["import", str(sheet)]) == 0, capsys.readouterr().out
    text = (project / "portfolio" / "indsatser" / "tobak-i-skolen.yml").read_text("utf-8")
    assert "statusdato: '2018-02-20'\n" in text
