"""Every cursor list warns when it cannot use a cursor, with the right reason (t-reader19
R11: ``/?cursor=zzz``, ``/api/v1/latest?cursor=zzz`` and ``/api/v1/stories?cursor=zzz``
restarted at page 1 silently, and search called ``garbage`` a cursor "of another
version", a string that never was a cursor). docs/web.md: "gives the first page again,
with a warning saying why". Real store, real server on 127.0.0.1."""

from __future__ import annotations

import base64
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_undated_reachable import data  # noqa: F401
from web_kit import serve

from veille.search.cursor import MALFORMED, OTHER_VERSION, Cursor, CursorError, binding, decode

NOT_CURSORS = ["zzz", "garbage", "bonjour", "AAAA", "x", "-_-_"]


@pytest.fixture(scope="module")
def http(data: Path) -> Iterator[httpx.Client]:  # noqa: F811
    with serve(data) as live, httpx.Client(base_url=live.url, timeout=60) as client:
        yield client


@pytest.mark.parametrize("text", NOT_CURSORS)
def test_a_string_that_never_was_a_cursor_is_malformed(text: str) -> None:
    with pytest.raises(CursorError) as raised:
        decode(text, binding("x"))
    assert str(raised.value) == MALFORMED


def test_a_cursor_of_a_later_version_says_so() -> None:
    bound = binding("x")
    good = Cursor(12, ("0123456789abcdef",), ((1, 1),), bound).encode()
    assert decode(good, bound).ids == ("0123456789abcdef",)
    raw = bytearray(base64.urlsafe_b64decode(good + "=" * (-len(good) % 4)))
    raw[0] = 2
    later = base64.urlsafe_b64encode(bytes(raw)).rstrip(b"=").decode()
    with pytest.raises(CursorError, match=re.escape(OTHER_VERSION)):
        decode(later, bound)


@given(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
               max_size=40))
def test_any_string_is_a_cursor_or_a_cursor_error(text: str) -> None:
    try:
        decode(text, binding("x"))
    except CursorError as exc:
        assert str(exc) in {MALFORMED, OTHER_VERSION} or "another list" in str(exc)


@pytest.mark.parametrize("path", ["/api/v1/latest", "/api/v1/stories",
                                  "/api/v1/latest?undated=true", "/api/v1/search?q="])
@pytest.mark.parametrize("cursor", NOT_CURSORS[:3])
def test_every_cursor_list_of_the_api_warns(http: httpx.Client, path: str,
                                            cursor: str) -> None:
    sep = "&" if "?" in path else "?"
    answer = http.get(f"{path}{sep}cursor={cursor}", headers={"accept-language": "fr"})
    assert answer.status_code == 200
    body = answer.json()
    assert body["warnings"] == [f"the cursor was not used ({MALFORMED}): the list starts "
                                "again from its first page"]
    assert body["localized_warnings"] == ["le curseur n'a pas servi (curseur mal formé : "
                                          "veille n'en donne pas de tel) : la liste reprend "
                                          "à sa première page"]
    first = http.get(path).json()
    key = "stories" if "stories" in path else "hits" if "search" in path else "articles"
    assert body[key] == first[key]


@pytest.mark.parametrize("path", ["/", "/stories", "/?undated=1"])
@pytest.mark.parametrize(("lang", "said"), [("fr", "curseur mal formé"),
                                            ("en", "malformed cursor")])
def test_every_cursor_page_warns_and_is_the_first_page(http: httpx.Client, path: str,
                                                       lang: str, said: str) -> None:
    sep = "&" if "?" in path else "?"
    page = http.get(f"{path}{sep}cursor=zzz&page=2&lang={lang}").text
    notice = re.search(r'<div class="notice" role="alert">(.*?)</div>', page, re.S)
    assert notice and said in notice.group(1)
    assert 'rel="prev"' not in page  # the first page: no page before it
    # a sentence of its own starts with a capital (t-reader22 R11: "le curseur n'a pas…")
    assert re.search(r"<li>(Le curseur|The cursor) ", notice.group(1)), notice.group(1)


def test_a_cursor_of_another_list_says_so(http: httpx.Client) -> None:
    first = http.get("/api/v1/latest", params={"limit": 5}).json()
    other = http.get("/api/v1/stories", params={"cursor": first["next_cursor"]}).json()
    assert any("another list" in w for w in other["warnings"])


@pytest.mark.parametrize("cursor", ["ab.c", "AAAA=", "abc)", "é", "<b>x</b>"])
@pytest.mark.parametrize("path", ["/api/v1/search?q=le", "/api/v1/latest", "/api/v1/stories"])
def test_a_cursor_out_of_the_alphabet_warns_rather_than_fails(
        http: httpx.Client, path: str, cursor: str) -> None:
    # t-reader20 R8: a cursor with a trailing dot or "=" from a mail client was a 422
    # that showed the reader a regular expression; docs/web.md promises page 1 again
    answer = http.get(path, params={"cursor": cursor})
    assert answer.status_code == 200, answer.text
    assert any("the cursor was not used" in w for w in answer.json()["warnings"])


@pytest.mark.parametrize(("lang", "said", "query_heading"),
                         [("fr", "curseur mal formé", "Requête lue au mieux"),
                          ("en", "malformed cursor", "Query read as best we could")])
def test_the_search_page_says_a_cursor_warning_apart_from_the_query(
        http: httpx.Client, lang: str, said: str, query_heading: str) -> None:
    # t-reader20 R13: a bad cursor's warning sat under "Requête lue au mieux :", though
    # the query was read perfectly
    page = http.get("/search", params={"q": "incendie", "cursor": "ab.c", "lang": lang})
    assert page.status_code == 200
    notice = re.search(r'<div class="notice paging-notice"[^>]*>(.*?)</div>', page.text, re.S)
    assert notice and said in notice.group(1)
    assert query_heading not in page.text
    assert "&lt;" not in notice.group(1) and "<b>" not in page.text
