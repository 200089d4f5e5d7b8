"""An HTML page's headline never vanishes for being short (h-html63; t-check62 #7, issue 14).

"Inundaciones en la región", the ``<h1>`` of an ``<article>``, was refused as "a label the
text does not speak of" (four words or fewer, none of them in the text, which says
"lluvias torrenciales"): the page was stored "(untitled)" and the heading was in neither
its title nor its text. Broken pages (no ``<article>``, the ``<h1>`` left open, no
``<body>``) lost their ``<h1>`` or their ``<title>`` the same way. An ``<h1>`` in the
article's place, or a ``<title>`` that names the site apart, is now refused for its own
shape alone (a section's label, a date line...); a site's name set above the article
still is no headline.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from capture_kit import exported_rows
from veille.extract.html import extract_html

TEXT = ("<p>Las lluvias torrenciales han obligado a evacuar a cientos de vecinos en varios "
        "municipios de la provincia durante la noche del jueves.</p><p>Los servicios de "
        "emergencia mantienen activado el nivel dos del plan.</p>")


def _stored(tmp_path: Path, html: str) -> dict[str, object]:
    """The content `veille ingest` stores of ``html`` (a real store, read back with
    `veille export`)."""
    page, data = tmp_path / "page.html", tmp_path / "data"
    page.write_text(html, "utf-8")
    rows = exported_rows(page, data)
    assert len(rows) == 1
    content: dict[str, object] = rows[0]["content"]
    return content


def test_a_short_article_h1_in_other_words_than_the_text_is_stored_as_the_title(
        tmp_path: Path) -> None:
    html = ("<html lang='es'><head><meta charset='utf-8'></head><body><article>"
            f"<h1>Inundaciones en la región</h1>{TEXT}</article></body></html>")
    content = _stored(tmp_path, html)
    assert content["title"] == "Inundaciones en la región"
    assert extract_html(html).evidence["title"] == "h1"


def test_a_broken_page_keeps_its_open_h1(tmp_path: Path) -> None:
    # no <head>, no <body>, no <article>, the <h1> never closed, the file cut short
    html = "<html><h1>Riada en Alzira<p>" + TEXT.replace("<p>", " <p>")[4:-20]
    assert _stored(tmp_path, html)["title"] == "Riada en Alzira"


def test_a_broken_page_keeps_its_title_without_the_site_name() -> None:
    html = ("<html><head><title>Crecida del Turia | Diario Costero</title>"
            "<meta property='og:site_name' content='Diario Costero'></head>" + TEXT)
    content = extract_html(html)
    assert content.title == "Crecida del Turia"
    assert content.evidence["title"] == "title tag without the site's name"


def test_a_site_name_above_the_article_or_in_the_header_is_still_no_headline() -> None:
    outside = "<html><body><h1>El Faro</h1><article>" + TEXT + "</article></body></html>"
    assert extract_html(outside).title == ""
    header = "<html><body><header><h1>El Faro</h1></header><div>" + TEXT + "</div></body></html>"
    assert extract_html(header).title == ""


def test_a_section_label_as_the_article_h1_is_still_refused() -> None:
    # a navigation label by its shape, and one word the text does not speak of (a section
    # of a language the labels list lacks): both refused, as before
    for label in ("Faits divers", "Política"):
        html = f"<html><body><article><h1>{label}</h1>{TEXT}</article></body></html>"
        content = extract_html(html)
        assert content.title == ""
        assert "page furniture refused" in content.evidence["title"]


_WORD = st.text(st.sampled_from("bcdfgkmnprstvz"), min_size=4, max_size=9)


@settings(max_examples=40, deadline=None)
@given(words=st.lists(_WORD, min_size=2, max_size=4), broken=st.booleans())
def test_an_article_h1_of_any_short_wording_is_never_dropped(words: list[str],
                                                             broken: bool) -> None:
    """Whatever its (short, furniture-free) words, two or more, the article's ``<h1>`` is
    the title (property)."""
    headline = " ".join(w.capitalize() for w in words)
    close = "" if broken else "</h1>"
    html = f"<html><body><article><h1>{headline}{close}{TEXT}</article></body></html>"
    content = extract_html(html)
    assert content.title == headline
