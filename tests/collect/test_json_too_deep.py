"""A JSON input nested past what the parser reads is refused in veille's words, as
``too-deep`` with a hint, whatever the reader: a ``.json`` document, a JSON Lines line, a
ninjs item (t-scale19 P9: a deep JSON line leaked Python's "maximum recursion depth
exceeded while decoding a JSON array from a unicode string")."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.errors import InputError
from veille.extract.records import parse_record_line
from veille.extract.wire import extract_ninjs
from veille.service import Veille
from veille.settings import Settings

GOOD = ('{"title": "Rodez : la piscine rouvre", "text": "La piscine municipale de Rodez '
        'rouvre samedi ses bassins extérieurs après deux ans de travaux."}')


def _deep(depth: int, opener: str) -> str:
    closer = {"[": "]", '{"a":': "}"}[opener]
    return opener * depth + "1" + closer * depth


@pytest.mark.parametrize("name", ["deep.jsonl", "deep.json"])
@pytest.mark.parametrize("opener", ["[", '{"a":'])
def test_a_deep_json_input_is_refused_as_too_deep(tmp_path: Path, name: str,
                                                  opener: str) -> None:
    body = _deep(100_000, opener)
    data = f"{GOOD}\n{body}\n" if name.endswith("l") else body
    with Veille(Settings(data_dir=tmp_path / "data")) as service:
        summary = service.ingest_bytes([(name, data.encode())])
    [problem] = summary.problems
    assert problem.reason == "too-deep", problem
    assert "recursion" not in problem.message and "unicode" not in problem.message
    assert "nested too deeply" in problem.message and problem.hint


@settings(max_examples=20, deadline=None)
@given(depth=st.integers(min_value=5_000, max_value=200_000), opener=st.sampled_from(
    ["[", '{"a":']))
def test_every_json_reader_says_too_deep_in_its_own_words(depth: int, opener: str) -> None:
    body = _deep(depth, opener)
    for read in (lambda: parse_record_line(body, origin="x#1"),
                 lambda: extract_ninjs(body.encode(), origin="x")):
        with pytest.raises(InputError) as caught:
            read()
        assert caught.value.reason == "too-deep"
        assert "recursion" not in str(caught.value)
