"""A text cut inside a multi-byte UTF-8 character (a connection closed mid-page, a file
cut short) is UTF-8 without that partial character, never the whole of it misread as
windows-1252 ("fermÃ© aprÃ¨s"): the cut read was stored as mojibake and the whole page
read later became a second article (verify14 V3)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from veille.extract.encoding import decode_bytes
from veille.extract.html_encoding import decode_html

PAGE = ("<!doctype html><html><head><meta charset='utf-8'><title>Lyon : le tunnel fermé"
        "</title></head><body><article><h1>Lyon : le tunnel fermé après un éboulement</h1>"
        "<p>La circulation est déviée par les quais.</p>")


def test_a_page_cut_inside_a_letter_is_read_as_utf8() -> None:
    data = PAGE.encode()
    cut = data[:data.index("déviée".encode()) + 2]  # "d" and the first byte of "é"
    decoded = decode_html(cut, content_type="text/html; charset=utf-8")
    assert decoded.text == PAGE[:PAGE.index("déviée") + 1]
    assert "Ã" not in decoded.text and decoded.encoding.startswith("utf-8")


@given(st.text(alphabet=st.sampled_from("abc éèàçœ€ «»—"), min_size=1, max_size=40),
       st.integers(min_value=0))
def test_any_cut_of_utf8_text_decodes_to_a_prefix(text: str, at: int) -> None:
    text = "é" + text  # a whole non-ASCII character before the cut says UTF-8
    data = text.encode()
    cut = data[:2 + at % (len(data) - 1)]
    decoded = decode_bytes(cut)
    assert text.startswith(decoded.text)
    assert len(cut) - len(decoded.text.encode()) <= 3


def test_other_invalid_bytes_are_not_taken_for_a_cut() -> None:
    decoded = decode_bytes("Besançon, forêt".encode("cp1252"))
    assert decoded.text == "Besançon, forêt"
