"""HTML encoding sniffing: BOM, HTTP header, meta charset, and detection when they lie."""

from __future__ import annotations

import codecs

import pytest

from veille.errors import InputError
from veille.extract.html_encoding import declared_charset, decode_html, normalise_label

TEXT = "<p>Le café de la gare, où l'on sert des crêpes, a fermé ses portes à Noël.</p>"


def test_labels_follow_whatwg() -> None:
    assert normalise_label("ISO-8859-1") == "cp1252"
    assert normalise_label("latin1") == "cp1252"
    assert normalise_label("utf-16") == "utf-8"  # a page that can carry a meta is ASCII-based
    assert normalise_label("no-such-charset") is None


def test_header_wins_over_meta() -> None:
    data = b'<meta charset="utf-8">' + TEXT.encode("cp1252")
    assert declared_charset(data, "text/html; charset=windows-1252") == ("cp1252", "http")
    assert declared_charset(data) == ("utf-8", "meta")
    assert declared_charset(b'<meta http-equiv="Content-Type" '
                            b'content="text/html; charset=ISO-8859-15">') == ("iso8859-15",
                                                                             "meta")


def test_bom_wins() -> None:
    data = codecs.BOM_UTF8 + ('<meta charset="windows-1252">' + TEXT).encode("utf-8")
    decoded = decode_html(data, content_type="text/html; charset=windows-1252")
    assert "café" in decoded.text and "BOM" in decoded.encoding


def test_declared_legacy_page() -> None:
    data = ('<meta charset="windows-1252">' + TEXT).encode("cp1252")
    decoded = decode_html(data)
    assert "café" in decoded.text and decoded.encoding == "cp1252 (declared in meta)"


def test_utf8_bytes_overrule_a_lying_label() -> None:
    data = ('<meta charset="iso-8859-1">' + TEXT).encode("utf-8")
    decoded = decode_html(data)
    assert "café" in decoded.text
    assert decoded.encoding.startswith("utf-8 (valid UTF-8; meta said cp1252")


def test_undeclared_legacy_page_is_detected() -> None:
    decoded = decode_html((TEXT * 5).encode("cp1252"))
    assert "café" in decoded.text


def test_binary_is_refused() -> None:
    with pytest.raises(InputError):
        decode_html(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
