"""Text with a minority of control bytes is read, controls dropped and said in evidence;
binary data stays refused. The share of control bytes alone does not decide: what the
other bytes are does (t-scale19 P10: 7 KB of French prose with 50 runs of NUL, SOH, STX
and an ANSI colour code was refused whole as "binary data, not text")."""

from __future__ import annotations

import gzip
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.errors import InputError
from veille.extract.encoding import decode_bytes, looks_binary
from veille.extract.stage import TEXT, ExtractStage
from veille.record import Article, RawInput

SENTENCES = [
    "Le conseil départemental de l'Aveyron a voté jeudi une aide aux communes rurales.",
    "Les travaux de la route nationale reprendront en mars, selon la préfecture.",
    "À Millau, la fréquentation du viaduc a dépassé les chiffres de l'été dernier.",
    "Le syndicat des éleveurs réclame un report des contrôles sanitaires prévus.",
    "Une réunion publique est prévue à Rodez pour présenter le nouveau plan de mobilité.",
]
NOISE = [b"\x00\x01\x02\x1b[31m", b"\x00", b"\x07\x08", b"\x1b[0m\x00\x00", b"\x7f\x0b"]


def _capture(paragraphs: list[str], noise: list[bytes]) -> bytes:
    out = "Titre : budget voté\n\n".encode()
    for n, paragraph in enumerate(paragraphs):
        out += paragraph.encode() + noise[n % len(noise)] + b"\n\n"
    return out


def test_the_reported_capture_is_read_with_its_controls_dropped() -> None:
    data = _capture(SENTENCES * 18, [b"\x00\x01\x02\x1b[31m"] * 2)[:7200]
    assert data.count(b"\x00") >= 50
    decoded = decode_bytes(data, origin="capture.txt")
    assert "\x00" not in decoded.text and "\x01" not in decoded.text
    assert "control bytes dropped" in decoded.encoding
    article = ExtractStage()(Article(raw=RawInput(data, "capture.txt", TEXT)))
    assert article.content is not None and article.content.paragraphs
    assert "control bytes dropped" in article.content.evidence["encoding"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES), min_size=8, max_size=60),
       st.lists(st.sampled_from(NOISE), min_size=1, max_size=5))
def test_prose_with_a_minority_of_controls_is_text(paragraphs: list[str],
                                                   noise: list[bytes]) -> None:
    data = _capture(paragraphs, noise)
    assert not looks_binary(data)
    text = decode_bytes(data).text
    assert paragraphs[0] in text
    assert not any(ord(c) < 32 and c not in "\t\n\r\x0c\x1b" for c in text)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES), min_size=2, max_size=40),
       st.sampled_from(["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"]))
def test_wide_encodings_without_bom_stay_binary(paragraphs: list[str], codec: str) -> None:
    data = "\n\n".join(paragraphs).encode(codec)
    assert looks_binary(data)


@settings(max_examples=60, deadline=None)
@given(st.binary(min_size=64, max_size=4096))
def test_compressed_or_random_bytes_stay_binary(raw: bytes) -> None:
    for data in (gzip.compress(raw), zlib.compress(raw) + bytes(range(32)) * 4):
        if not looks_binary(data):  # then it holds no prose: few letters at most
            assert sum(c.isalpha() for c in decode_bytes(data).text) < 64


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
    b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + zlib.compress(" ".join(SENTENCES).encode() * 20),
    b"\x00\x01 IHDR tEXt Comment \x00\x02\x03 code 0001 0002 \x04\x05" * 40,
])
def test_binary_files_are_refused(data: bytes) -> None:
    assert looks_binary(data)
    with pytest.raises(InputError) as info:
        decode_bytes(data, origin="file.bin")
    assert info.value.reason == "binary"
