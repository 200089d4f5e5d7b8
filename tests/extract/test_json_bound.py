"""A JSON record read within the article bound, however long its line (issue 13):
``veille.extract.json_bound``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.collect.files import Options, read_inputs
from veille.errors import InputError
from veille.extract.article_bound import MAX_ARTICLE_CHARS, cut_point
from veille.extract.json_bound import MAX_RECORD_BYTES, bounded_json_text
from veille.extract.stage import ExtractStage
from veille.record import Article, RawInput

_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=60),
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12)


def _cut(value: object, limit: int) -> object:
    """What the bound should leave of a parsed value: each string over ``limit`` cut."""
    if isinstance(value, str):
        return value[:cut_point(value, limit)].rstrip() if len(value) > limit else value
    if isinstance(value, list):
        return [_cut(v, limit) for v in value]
    if isinstance(value, dict):
        return {k if len(k) <= limit else _cut(k, limit): _cut(v, limit)
                for k, v in value.items()}
    return value


@settings(max_examples=300, deadline=None)
@given(_VALUES, st.booleans())
def test_the_bound_cuts_each_long_string_and_nothing_else(value: object, ascii_only: bool) -> None:
    text = json.dumps(value, ensure_ascii=ascii_only)
    bounded, note = bounded_json_text(text, limit=20, long_string=0)
    assert json.loads(bounded) == _cut(value, 20)
    assert (note == "") == (bounded == text)


_WIDE_TEXT = st.text(st.sampled_from(["a", " ", "\n", "é", "\\", '"', "\x01", "😀", "\u2028",
                                      "\ud800"]), min_size=0, max_size=200)


@settings(max_examples=400, deadline=None)
@given(st.lists(_WIDE_TEXT, min_size=1, max_size=4), st.integers(0, 6), st.booleans())
def test_a_long_literal_is_cut_from_its_head_and_its_length_counted_exactly(
        texts: list[str], limit: int, ascii_only: bool) -> None:
    # Short limits make the literals longer than the head the cut decodes (12 characters
    # of literal per character kept), so the head and the count are what is tested.
    value = {f"k{n}": t for n, t in enumerate(texts)}
    text = json.dumps(value, ensure_ascii=ascii_only)
    bounded, note = bounded_json_text(text, limit=limit, long_string=0)
    assert json.loads(bounded) == _cut(value, limit)
    for original in texts:
        if len(original) > limit:
            assert f"of {len(original):,}" in note


def test_a_record_of_many_small_values_is_still_refused() -> None:
    text = json.dumps({"title": "T", "numbers": list(range(1_000_000))})
    assert len(text) > MAX_RECORD_BYTES
    with pytest.raises(InputError) as info:
        bounded_json_text(text, origin="a.jsonl#1")
    assert info.value.reason == "too-large"


_PARAGRAPH = "Le conseil municipal a voté le budget de la ville après un long débat. " * 20


def _long_line() -> str:
    text = "\n\n".join([_PARAGRAPH] * (MAX_RECORD_BYTES // len(_PARAGRAPH) + 10))
    return json.dumps({"title": "Un budget voté", "text": text,
                       "url": "https://example.org/budget"}, ensure_ascii=False)


def test_a_long_json_line_is_read_within_the_article_bound(tmp_path: Path) -> None:
    line = _long_line()
    assert len(line.encode()) > MAX_RECORD_BYTES
    (tmp_path / "a.jsonl").write_text(json.dumps({"title": "Court", "text": "Un texte."})
                                      + "\n" + line + "\n" + json.dumps({"title": "T"}) + "\n")
    items = list(read_inputs([tmp_path / "a.jsonl"], options=Options(max_bytes=10**8)))
    assert [type(i).__name__ for i in items] == ["RawInput", "RawInput", "RawInput"]
    long = items[1]
    assert isinstance(long, RawInput) and long.origin.endswith("#2")
    assert long.url == "https://example.org/budget"
    content = ExtractStage()(Article(raw=long)).content
    assert content is not None and content.title == "Un budget voté"
    kept = sum(map(len, content.paragraphs))
    assert MAX_ARTICLE_CHARS // 2 < kept <= MAX_ARTICLE_CHARS
    assert "cut at" in content.evidence["input"]
    assert f"of {len(json.loads(line)['text']):,}" in content.evidence["input"]


def test_a_long_line_of_many_small_values_is_refused_and_the_others_read(
        tmp_path: Path) -> None:
    line = json.dumps({"title": "Long", "tags": ["x"] * (MAX_RECORD_BYTES // 4)})
    (tmp_path / "a.jsonl").write_text(json.dumps({"title": "Court", "text": "Un texte."})
                                      + "\n" + line + "\n" + json.dumps({"title": "T"}) + "\n")
    items = list(read_inputs([tmp_path / "a.jsonl"], options=Options(max_bytes=10**8)))
    assert [type(i).__name__ for i in items] == ["RawInput", "InputError", "RawInput"]
    assert isinstance(items[1], InputError) and items[1].reason == "too-large"
    assert items[1].origin.endswith("#2")
