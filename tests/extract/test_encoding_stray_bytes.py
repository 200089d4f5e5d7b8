"""Regression (t-scale19 P2): UTF-8 text with one stray byte that is not UTF-8 (0xFF, a
lone continuation byte, a legacy "é" pasted in) was read whole as windows-1252: every
accent of the article became mojibake ("utilisÃ©"), a capture lost its title, and search
for "fusées" found nothing, even when the page declared UTF-8. It now reads as UTF-8 with
the stray bytes replaced (U+FFFD), as browsers do, and says so in the encoding evidence;
legacy text still reads as windows-1252 (property tests)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.extract.encoding import decode_bytes
from veille.extract.html_encoding import decode_html

TEXT = ("Les fusées de la société ont décollé à l'aube depuis la base de Kourou. "
        "« Les résultats révèlent une réussite », a déclaré la directrice générale. " * 20)
_WORDS = ("été café élève à où déjà crème forêt naïve garçon noël hôpital île "
          "député réélu très après le la les de des un une et pour avec maire ville").split()


def _with(data: bytes, stray: bytes, at: float) -> bytes:
    cut = int(len(data) * at)
    while cut < len(data) and 0x80 <= data[cut] < 0xC0:  # between two characters
        cut += 1
    return data[:cut] + stray + data[cut:]


def test_one_stray_byte_does_not_turn_the_text_into_mojibake() -> None:
    decoded = decode_bytes(_with(TEXT.encode(), b"\xff", 0.5))
    assert "fusées" in decoded.text and "Ã" not in decoded.text
    assert decoded.text.count("\ufffd") == 1
    assert decoded.encoding == "utf-8 (1 invalid byte sequence replaced)"


def test_a_page_declaring_utf8_with_a_stray_byte_reads_as_utf8() -> None:
    page = ("<html><head><meta charset=utf-8><title>« Les résultats révèlent »</title>"
            f"</head><body><p>{TEXT}</p></body></html>").encode()
    decoded = decode_html(_with(page, b"\xe9 ", 0.7))  # a legacy "é" pasted in
    assert "« Les résultats révèlent »" in decoded.text and "Ã" not in decoded.text
    assert decoded.encoding.startswith("utf-8 (")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=8, max_size=60),
       st.sampled_from([b"\xff", b"\xfe", b"\x80", b"\xc3", b"\xe9"]),
       st.floats(min_value=0, max_value=1))
def test_stray_bytes_in_utf8_keep_every_other_character(words: list[str], stray: bytes,
                                                        at: float) -> None:
    text = " ".join(words) + " à Besançon, près de l'hôpital."
    decoded = decode_bytes(_with(text.encode(), stray, at))
    assert decoded.text.replace("\ufffd", "") == text


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=4, max_size=60))
def test_legacy_text_still_reads_as_windows_1252(words: list[str]) -> None:
    text = " ".join(words) + " à Besançon, près de l'hôpital."
    assert decode_bytes(text.encode("cp1252")).text == text
