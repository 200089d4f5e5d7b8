"""The paging cursor's encoding (veille.search.cursor): what is written is read back, a
cursor is bound to its list, and any other string is refused as a CursorError, never
another exception (it comes from a URL)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.search.cursor import MAX_IDS, Cursor, CursorError, binding, decode

HEX = st.text("0123456789abcdef", min_size=16, max_size=16)
OTHER = st.from_regex(r"[A-Za-z0-9_-]{1,64}", fullmatch=True)
BOUND = binding("search", "tramway", "relevance", True, 10)


@given(snapshot=st.integers(0, 2**62),
       pages=st.lists(st.lists(st.one_of(HEX, OTHER), max_size=12), max_size=8))
def test_a_cursor_reads_back(snapshot: int, pages: list[list[str]]) -> None:
    cursor: Cursor | None = Cursor(snapshot, binding=BOUND)
    for ids in pages:
        assert cursor is not None
        cursor = cursor.then(ids, len(ids))
    assert cursor is not None
    text = cursor.encode()
    assert set(text) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    assert decode(text, BOUND) == cursor
    assert cursor.page == len(pages) + 1
    assert cursor.ids == tuple(i for ids in pages for i in ids)
    back = cursor.back()
    if len(pages) >= 2:
        assert back is not None and back.ids == tuple(i for ids in pages[:-1] for i in ids)
    else:
        assert back is None


@given(st.text(max_size=200))
def test_any_other_string_is_a_cursor_error(text: str) -> None:
    try:
        decode(text, BOUND)
    except CursorError:
        pass


@given(st.binary(max_size=200))
def test_any_bytes_are_a_cursor_error_or_a_cursor(data: bytes) -> None:
    import base64

    text = base64.urlsafe_b64encode(bytes([1]) + BOUND + data).decode().rstrip("=")
    try:
        found = decode(text, BOUND)
    except CursorError:
        return
    assert len(found.ids) <= MAX_IDS


def test_a_cursor_is_bound_to_its_list() -> None:
    text = Cursor(5, ("0123456789abcdef",), ((1, 1),), BOUND).encode()
    with pytest.raises(CursorError, match="another list"):
        decode(text, binding("search", "tramway", "date", True, 10))


def test_a_cursor_holds_a_bounded_number_of_ids() -> None:
    cursor = Cursor(1, binding=BOUND).then([f"{i:016x}" for i in range(MAX_IDS)], 10)
    assert cursor is not None
    assert len(cursor.encode()) < 12_500
    assert cursor.then(["0123456789abcdef"], 1) is None  # past it: page on by offset
