"""Right-to-left names and quotes inside the page's own French words keep their place
(t-final67 R3), in real Chromium: an Arabic outlet's name beside its count in the home
page's sources list ("1 الجزيرة article" put the count before the name), the "(dit par
X)" label after an Arabic quote (read "(X dit par" inside the Arabic paragraph), and the
quotes list of an Arabic article in its own direction. The order is read off the boxes the
browser lays out, not off the markup. Screenshots (``home-rtl-fr.png``,
``article-rtl-fr.png``) go to ``docs/screenshots/``. Skipped like the other browser
tests."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_web_browser import browser, page  # noqa: F401
from web_kit import LiveServer, serve

from veille.cli.main import main

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"

ARABIC = {
    "url": "https://www.aljazeera.net/news/2026/12/2/flood-basra", "source": "الجزيرة",
    "language": "ar", "published": "2026-12-02T10:00:00+03:00",
    "title": "فيضانات تغمر أحياء في البصرة بعد أمطار غزيرة",
    "text": "غمرت مياه الأمطار يوم الثلاثاء أحياء عدة في مدينة البصرة جنوبي العراق، "
            "وأجبرت مئات العائلات على مغادرة منازلها.\n\n"
            "وقال محافظ البصرة أسعد العيداني إن \"فرق الدفاع المدني تعمل منذ الفجر على "
            "سحب المياه من الشوارع\".\n\n"
            "وتوقعت هيئة الأنواء الجوية استمرار الأمطار حتى نهاية الأسبوع."}
FRENCH = {
    "url": "https://www.ouest-france.fr/bretagne/brest/tempete-2026-12-02", "source":
    "Ouest-France", "language": "fr", "published": "2026-12-02T08:00:00+01:00",
    "title": "Tempête à Brest : des arbres tombés sur les voies",
    "text": "La tempête a balayé le Finistère dans la nuit de mardi à mercredi, "
            "couchant des arbres sur plusieurs routes autour de Brest.\n\n"
            "« Nous avons dégagé une vingtaine de routes avant l'aube », a déclaré le "
            "maire de Brest, François Cuillandre.\n\n"
            "Les trains entre Brest et Quimper restent suspendus jusqu'à jeudi."}


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    root = tmp_path_factory.mktemp("bidi67")
    path = root / "records.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in (ARABIC, FRENCH)),
                    encoding="utf-8")
    data: Path = root / "data"
    for args in (["ingest", str(path)], ["reindex"], ["enrich"]):
        assert main(["--data-dir", str(data), *args]) == 0
    with serve(data) as server:
        yield server


BOX = "e => { const r = e.getBoundingClientRect(); return [r.left, r.right]; }"
TEXT_BOX = """(e, words) => {
  const node = Array.from(e.childNodes).find(n => n.nodeType === 3 && n.data.includes(words));
  const range = document.createRange();
  const at = node.data.indexOf(words);
  range.setStart(node, at); range.setEnd(node, at + words.length);
  const r = range.getBoundingClientRect(); return [r.left, r.right]; }"""


def test_an_arabic_outlet_stays_before_its_count_in_the_sources_list(
        page: Any, live: LiveServer) -> None:  # noqa: F811
    page.goto(f"{live.url}/?lang=fr")
    item = page.locator("aside.sources li", has_text="الجزيرة")
    name = item.locator("a, span:not(.count)").first
    name_left, name_right = name.evaluate(BOX)
    count_left, _ = item.locator(".count").evaluate(BOX)
    # "الجزيرة 1 article": the whole count right of the name, its "1" not before it.
    assert count_left >= name_right - 1, (name_left, name_right, count_left)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "home-rtl-fr.png"), full_page=False)


def test_the_said_by_label_reads_in_the_page_direction_in_an_arabic_paragraph(
        page: Any, live: LiveServer) -> None:  # noqa: F811
    page.goto(f"{live.url}/?lang=fr")
    page.locator("a.title", has_text="البصرة").first.click()
    page.wait_for_load_state()
    speaker = page.locator("article .body .speaker").first
    assert speaker.evaluate("e => getComputedStyle(e).direction") == "ltr"
    assert speaker.evaluate("e => e.closest('[lang]').lang") == "fr"
    label_left, _ = speaker.evaluate(TEXT_BOX, "dit par")
    name_left, _ = speaker.locator("bdi, a").first.evaluate(BOX)
    assert label_left < name_left  # "(dit par X)", not "(X dit par"
    # The quotes list: the quote in its own language and direction.
    quote = page.locator("section.enrichment blockquote p").first
    assert quote.get_attribute("lang") == "ar"
    assert quote.evaluate("e => getComputedStyle(e).direction") == "rtl"
    # A date mention quoted in the page's « »: the Arabic words isolated inside the marks,
    # so the closing mark is not drawn as a second « (it read « يوم الثلاثاء « ).
    dates = page.locator("ul.dates li", has_text="الثلاثاء").first.text_content() or ""
    assert "« \u2068يوم الثلاثاء\u2069 »" in dates, dates
    page.screenshot(path=str(SCREENSHOTS / "article-rtl-fr.png"), full_page=True)
