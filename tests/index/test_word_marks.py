"""Words with vowel signs are one word for the query as for the index (newuser16b C17:
Hindi, Bengali and Thai words were cut at their vowel signs by Python's ``\\w`` and found
nothing), and the generated table of such characters is Unicode's."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import veille
from veille.index.analysis import WORD_RE
from veille.index.word_marks import WORD_MARKS


def test_the_table_is_unicodes_alphabetic_marks() -> None:
    regex = pytest.importorskip("regex")
    table = re.compile("[" + WORD_MARKS + "]")
    for cp in range(0x10000):
        char = chr(cp)
        if table.match(char):
            assert regex.match(r"[\p{Alphabetic}\p{N}]", char), hex(cp)
            assert not re.match(r"[^\W_]", char), hex(cp)


@given(st.text(alphabet=st.characters(max_codepoint=0xFFFF), max_size=60))
def test_words_are_cut_where_tantivy_cuts_them(text: str) -> None:
    """A word is a run of letters, digits and alphabetic marks; the plain pattern's words
    are found whole or inside a longer one."""
    words = WORD_RE.findall(text)
    assert "".join(words) == "".join(c for c in text if re.match(r"[^\W_]", c)
                                     or re.match("[" + WORD_MARKS + "]", c))
    assert sys.maxsize  # (the pattern takes the methods' full signature)


def test_hindi_bengali_and_thai_words_are_found(tmp_path: Path) -> None:
    records = [
        {"url": "https://hi.example/a", "language": "hi", "title": "सरकार ने बजट पेश किया",
         "text": "सरकार ने मंगलवार को संसद में नया बजट पेश किया। शिक्षा और स्वास्थ्य पर "
                 "खर्च बढ़ाया गया है। विपक्ष ने बजट की आलोचना की।"},
        {"url": "https://bn.example/a", "language": "bn", "title": "সরকারের নতুন বাজেট",
         "text": "সরকার মঙ্গলবার সংসদে নতুন বাজেট পেশ করেছে। শিক্ষা খাতে বরাদ্দ বাড়ানো হয়েছে।"},
        {"url": "https://th.example/a", "language": "th", "title": "รัฐบาลอนุมัติงบประมาณ",
         "text": "รัฐบาลอนุมัติงบประมาณ เมื่อวันอังคาร นายกรัฐมนตรีกล่าว"}]
    import json
    (tmp_path / "in.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", "utf-8")
    with veille.open(tmp_path / "data") as v:
        v.ingest(tmp_path / "in.jsonl")
        for word in ("सरकार", "शिक्षा", "বাজেট", "শিক্ষা", "รัฐบาลอนุมัติงบประมาณ"):
            assert v.search(word).total == 1, word
        [hit] = v.search("सरकार").hits
        assert "<mark>सरकार</mark>" in hit.title_html
