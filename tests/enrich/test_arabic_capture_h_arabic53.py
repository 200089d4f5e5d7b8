"""An Arabic capture read like a Latin one (issues 14, 16; branch h-arabic53): its masthead
"هسبريس" is its outlet, its dateline town "تطوان" (Tétouan) puts its clock on Morocco's
(18:20 there is 17:20 UTC, not "18:20 UTC (assumed zone)"), its towns and country are
placed ("بطنجة": a particle read off), an adjective of a definite noun ("التساقطات
المطرية") is no place, and "وقال … يونس التازي إن "…"" names its speaker. A text capture
ingested into a real store with the CLI, enriched, then read with `show`, `places` and
`quotes`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.cli.main import main
from veille.enrich.arabic_forms import bare_forms
from veille.enrich.arabic_speakers import arabic_speaker

CAPTURE = """هسبريس
بحث
مجتمع
أمطار غزيرة تغرق أحياء تطوان
الخميس 3 ديسمبر 2026 - 18:20
تطوان - عاشت مدينة تطوان، اليوم الخميس، على وقع فيضانات بعد تساقطات مطرية استثنائية في المغرب.
وتوقعت المديرية استمرار التساقطات المطرية حتى يوم السبت بطنجة والحسيمة.
وقال عامل الإقليم يونس التازي إن "فرق الإنقاذ تواصل البحث عن المفقودين".
"""


def test_particles_and_speaker_rules() -> None:
    assert "وهران" in bare_forms("بوهران") and "الرباط" in bare_forms("للرباط")
    assert bare_forms("وهران")[0] == "وهران" and bare_forms("Paris") == ["Paris"]
    text = 'وأضاف أن "كلام".'
    assert arabic_speaker(text, text.index("كلام")) is None  # no subject: "he added"
    text = 'وقالت فاطمة، وهي من سكان الحي: "كلام".'
    assert arabic_speaker(text, text.index("كلام"))[0] == "فاطمة"


def test_arabic_capture(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "ar-tetouan.txt"
    source.write_text(CAPTURE, encoding="utf-8")
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "ingest", str(source)]) == 0
    assert main(["--data-dir", data, "enrich"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "latest"]) == 0
    article = capsys.readouterr().out.split()[0]
    assert main(["--data-dir", data, "show", article]) == 0
    shown = capsys.readouterr().out
    assert "source: هسبريس" in shown
    assert "published: 2026-12-03T18:20:00+01:00" in shown
    # --json: the stored names (the text lists them in the CLI's language where the data
    # has one, "Maroc" for "المغرب": t-final58 #17)
    assert main(["--data-dir", data, "places", "--json"]) == 0
    places = capsys.readouterr().out
    rows = [json.loads(line) for line in places.splitlines() if line.startswith("{")]
    for name in ("تطوان", "طنجة", "الحسيمة", "المغرب"):
        assert any(name in row["name"] and row["country"] == "MA" for row in rows), places
    assert not any(row["country"] == "EG" for row in rows)  # "المطرية" (rain-): no Cairo
    assert main(["--data-dir", data, "quotes"]) == 0
    # The name is isolated (FSI … PDI) so a right-to-left name keeps its place (h-web67, R3).
    assert "\u2068يونس التازي\u2069:" in capsys.readouterr().out
