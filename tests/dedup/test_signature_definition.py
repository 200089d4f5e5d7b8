"""The vectorised signature against a plain implementation of its definition (version 2).

The reference below follows the steps of :mod:`veille.dedup.signature`'s docstring one by
one, with Python strings, ``re`` and integers: a signature that differs from it on any text
means the numpy code no longer computes the definition that stored signatures follow.
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np
from hypothesis import example, given, settings
from hypothesis import strategies as st

from veille.dedup import signature as sig
from veille.dedup.signature import Shingler, Signature

MASK = 2**64 - 1


def reference_paragraphs(paragraphs: list[str]) -> list[str]:
    long = [p for p in paragraphs if p.count(" ") + 1 >= sig.MIN_PARAGRAPH_WORDS]
    return long or paragraphs


def reference_words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKD", text).lower().replace("œ", "oe").replace("æ", "ae")
    text = "".join(c for c in text
                   if not any(lo <= ord(c) <= hi for lo, hi in sig.COMBINING_RANGES))
    return re.findall(r"\w+", text)


def reference_lead(paragraphs: list[str]) -> int:
    """Step 6: the shingles starting in the first paragraphs that hold LEAD_MIN_WORDS words."""
    words = 0
    for paragraph in reference_paragraphs(paragraphs):
        words += len(reference_words(paragraph))
        if words >= sig.LEAD_MIN_WORDS:
            break
    return min(sig.LEAD_WORDS, words)


def reference_hashes(paragraphs: list[str]) -> list[int]:
    words = reference_words(" ".join(reference_paragraphs(paragraphs)))
    stream: list[int] = []
    starts: list[int] = []
    for word in words:
        starts.append(len(stream))
        stream.extend(ord(c) + (sig.WORD_START if i == 0 else 0) for i, c in enumerate(word))
    span = sig.SHINGLE if len(words) >= sig.SHINGLE else 1
    bounds = [*starts, len(stream)]
    out = []
    for i in range(len(words) - span + 1):
        a, b = bounds[i], bounds[i + span]
        h = sum(stream[j] * pow(sig.P, j - a, 2**64) for j in range(a, b)) & MASK
        h ^= h >> 31
        h = (h * sig.MIX1) & MASK
        h ^= h >> 29
        h = (h * sig.MIX2) & MASK
        out.append(h >> 32)
    return out


def reference_signature(paragraphs: list[str]) -> Signature:
    hashes = reference_hashes(paragraphs)
    every = sorted(set(hashes))
    lead = sorted(set(hashes[:reference_lead(paragraphs)]))[:sig.L]
    return Signature(sketch=np.array(every[:sig.K], np.uint32), lead=np.array(lead, np.uint32),
                     size=len(every))


def same(a: Signature, b: Signature) -> bool:
    return (a.sketch.tolist(), a.lead.tolist(), a.size, a.version) == \
        (b.sketch.tolist(), b.lead.tolist(), b.size, b.version)


# Any code point, lone surrogates included (text decoded from JSON may hold them).
ANY_CHAR = st.characters(codec=None, exclude_categories=())
WORDY = st.sampled_from(["é", "\u0301", "Œ", "æ", "ß", "İ", "ﬁ", "½", "_", "’", " ", "-",
                         "Σ", "ς", "𝐀", "😀", "中", "\u0345", "\ud800", "x", "1", "\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(st.one_of(ANY_CHAR, WORDY), max_size=60), max_size=6))
@example(["L’État a annoncé une réforme des retraites, mardi, à l’Assemblée nationale."])
@example(["Cœur, ÆGIS et ﬁn : déjà vu ½ fois — 𝐀lpha 😀 中文 Σίσυφος."])
@example([])
@example(["", "  ", "!!"])
def test_the_signature_follows_its_definition_on_any_text(paragraphs: list[str]) -> None:
    assert same(Shingler().signature(paragraphs), reference_signature(paragraphs))


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(["dépêche", "agence", "ministre", "a", "l’", "é", "x1"]),
                min_size=0, max_size=400))
def test_long_texts_of_few_words_follow_the_definition(words: list[str]) -> None:
    paragraphs = [" ".join(words[i:i + 40]) for i in range(0, len(words), 40)]
    assert same(Shingler().signature(paragraphs), reference_signature(paragraphs))


def test_a_stream_longer_than_one_power_block_follows_the_definition() -> None:
    """Past 65,536 word characters the powers come from two tables."""
    words = [f"mot{n}" for n in range(16_000)]
    body = [" ".join(words[i:i + 50]) for i in range(0, len(words), 50)]
    got = sig.shingle_hashes(sig.body_text(body)).tolist()
    assert got == reference_hashes(body)


def test_the_word_class_table_is_pythons_word_pattern() -> None:
    pattern = re.compile(r"\w")
    for code in range(0x10000):
        expected = 1 if pattern.fullmatch(chr(code)) else 0
        if any(lo <= code <= hi for lo, hi in sig.COMBINING_RANGES):
            expected = 2
        assert sig._CLASS[code] == expected, hex(code)


def test_the_power_tables_are_powers() -> None:
    q = pow(sig.P, -1, 2**64)
    for j in (0, 1, 2, 1000, 65_535):
        assert int(sig._PPOW[j]) == pow(sig.P, j, 2**64)
        assert int(sig._QPOW[j]) == pow(q, j, 2**64)
    high, high_inverse = sig._high_powers()
    assert int(high[3]) == pow(sig.P, 3 * 65_536, 2**64)
    assert int(high_inverse[3]) == pow(q, 3 * 65_536, 2**64)


def test_a_version_1_signature_reads_as_version_1() -> None:
    """Version 1 blobs (no version byte, length 1 mod 4) stay readable, and say so."""
    legacy = (250).to_bytes(4, "little") + bytes([2]) + \
        np.array([5, 9, 7], "<u4").tobytes()
    old = Signature.from_bytes(legacy)
    assert (old.version, old.size, old.sketch.tolist(), old.lead.tolist()) == \
        (1, 250, [5, 9], [7])
    new = Shingler().signature(["Un texte de quelques mots pour signer la version deux."])
    back = Signature.from_bytes(new.to_bytes())
    assert back.version == sig.VERSION == 3 and same(back, new)
