"""Text from YAML is untrusted: the classic payloads in every text field of every kind reach every
output as plain text (HTML, Atom, ICS, CSV, XLSX, JSON, GitHub annotations) and never run."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import feedparser
import icalendar
import openpyxl
import pytest
from bs4 import BeautifulSoup

from macros.cli.main import main
from macros.data.models import Link
from tests.conftest import INVALID, portfolio_with
from tests.untrusted import built_with_texts

PAYLOAD = (
    '=HYPERLINK("http://x") <script>alert(1)</script> <img src=x onerror=alert(2)> '
    '" onmouseover="alert(3) {{ 7*7 }} {% raw %} ]]> @cmd ::error::hacket'
)


def payload_text(_path: str, limit: int) -> str:
    """PAYLOAD in every text field, cut to the field's limit (tags)."""
    return PAYLOAD[:limit]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_with_texts(tmp_path_factory.mktemp("payload"), payload_text)


def test_no_page_gets_a_script_or_handler_from_the_data(site: Path) -> None:
    for page in site.rglob("*.html"):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for element in soup.find_all(True):
            assert not any(name.startswith("on") for name in element.attrs), (page, element.name)
            assert not (element.name == "img" and element.get("src") == "x"), page
        for script in soup.find_all("script"):
            if script.get("type") == "application/json":
                # Data for the site's own scripts: text, with no way out of its element.
                assert "<" not in (script.string or ""), page
                continue
            assert "alert(" not in (script.string or ""), page


def test_the_payload_shows_literally_and_unevaluated(site: Path) -> None:
    for url in ("indsatser/sambo/", "oversigt/", "driftsstatus/", "procedurer/edi/"):
        text = BeautifulSoup((site / url / "index.html").read_text(encoding="utf-8"), "html.parser")
        assert PAYLOAD in " ".join(text.get_text().split()), url


def test_feeds_and_calendars_carry_the_payload_as_text(site: Path) -> None:
    for feed_file in ("status.xml", "driftsstatus/driftsmeddelelser.xml"):
        feed = feedparser.parse((site / feed_file).read_bytes())
        assert not feed.bozo, feed_file
        assert any(PAYLOAD in entry.title for entry in feed.entries), feed_file
    calendar = icalendar.Calendar.from_ical((site / "kalender.ics").read_bytes())
    summaries = [str(event["summary"]) for event in calendar.walk("VEVENT")]
    assert any(PAYLOAD[:60] in summary for summary in summaries)


def test_exports_keep_formulas_from_running(site: Path) -> None:
    rows = list(
        csv.DictReader(
            io.StringIO((site / "eksport" / "indsatser.csv").read_text("utf-8-sig")), delimiter=";"
        )
    )
    assert rows[0]["titel"] == "'" + PAYLOAD
    sheet = openpyxl.load_workbook(site / "eksport" / "indsatser.xlsx").active
    assert (sheet["B2"].value, sheet["B2"].data_type) == (PAYLOAD, "s")
    with zipfile.ZipFile(site / "eksport" / "indsatser.xlsx") as archive:
        assert b"<f>" not in archive.read("xl/worksheets/sheet1.xml"), "no formula cells"
    document = json.loads((site / "eksport" / "indsatser.json").read_text(encoding="utf-8"))
    assert document["indsatser"][0]["titel"] == PAYLOAD


@pytest.mark.parametrize(
    "address", ["JaVaScRiPt:alert(1)", "data:text/html,<script>alert(1)</script>", " javascript:x"]
)
def test_links_only_to_http_https_and_mailto(address: str) -> None:
    with pytest.raises(ValueError, match="er ikke en tilladt adresse"):
        Link.model_validate({"titel": "x", "url": address})


def test_an_annotation_cannot_start_a_workflow_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    portfolio = portfolio_with(tmp_path, INVALID / "ugyldig-farve")
    initiative = portfolio / "indsatser" / "dræn.yml"
    text = initiative.read_text(encoding="utf-8")
    initiative.write_text(
        text.replace("farve: grønn", 'farve: "grønn\\n::warning::hacket %0A"'), encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path / "summary.md"))
    assert main(["validate"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines
    assert all(line.startswith("::error file=") for line in lines), lines
    assert "%0A::warning::hacket %250A" in lines[0]
