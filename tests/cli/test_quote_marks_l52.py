# ruff: noqa: E501  (the capture holds paragraphs on one line, as pages do)
"""English quotes were printed in French guillemets (« Our engineers … ») by `veille
quotes` and the pages (t-final52 B4): a quote is shown in its own language's marks."""

from __future__ import annotations

from pathlib import Path

import pytest

from veille.cli.main import main
from veille.enrich.quote_marks import quote_marks, quoted

CAPTURE = """The Northern Courier
Search

Storm cuts power to thousands of homes across the north

Published 4 December 2026

Storm Arwen left thousands of homes without power on Friday, the grid operator said.

"Our engineers are working around the clock to reconnect every home," said Sarah Jones, the operator's chief executive, in a statement on Friday evening.

Engineers expect most homes to be reconnected by Sunday.
"""


def test_marks_follow_the_language() -> None:
    assert quoted("fair", "en") == "“fair”"
    assert quoted("fair", "en-GB") == "“fair”"
    assert quoted("un mépris", "fr") == "« un mépris »"
    assert quote_marks("de") == ("„", "“")
    assert quote_marks("") == quote_marks("fr")


def test_veille_quotes_prints_an_english_quote_in_english_marks(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "data")
    capture = tmp_path / "storm.txt"
    capture.write_text(CAPTURE, "utf-8")
    assert main(["--data-dir", data, "ingest", "--source", "courier.example",
                 str(capture)]) == 0
    assert main(["--data-dir", data, "enrich"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "quotes"]) == 0
    out = capsys.readouterr().out
    assert "“Our engineers are working around the clock" in out, out
    assert "«" not in out, out
