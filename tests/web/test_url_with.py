"""``url_with`` (every link of a page to itself with one parameter changed) encodes the
request's parameters once per request: its links must be those of encoding the whole query
each time, whatever the query string holds."""

from __future__ import annotations

from urllib.parse import urlencode

from hypothesis import given, settings
from hypothesis import strategies as st
from starlette.requests import Request

from veille.web.context import url_with

NAMES = st.sampled_from(["q", "page", "per_page", "sort", "all", "lang", "x y", "é&=", "+"])
VALUES = st.text(max_size=12)


def _request(pairs: list[tuple[str, str]]) -> Request:
    return Request({"type": "http", "method": "GET", "path": "/search", "root_path": "",
                    "query_string": urlencode(pairs).encode("ascii"), "headers": [],
                    "scheme": "http", "server": ("127.0.0.1", 8000)})


def _reference(request: Request, **params: object) -> str:
    """The formula before: the whole query encoded again for each link."""
    query = dict(request.query_params)
    for name, value in params.items():
        if value is None:
            query.pop(name, None)
        else:
            query[name] = str(value)
    return request.url.path + ("?" + urlencode(query) if query else "")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(NAMES, VALUES), max_size=6),
       st.lists(st.dictionaries(NAMES, st.none() | VALUES | st.integers(0, 300), max_size=3),
                min_size=1, max_size=4))
def test_links_are_the_whole_query_encoded(pairs: list[tuple[str, str]],
                                           changes: list[dict[str, object]]) -> None:
    request = _request(pairs)
    for change in changes:  # several links of one page: the kept encoding is reused
        assert url_with(request, **change) == _reference(request, **change)
    assert url_with(request) == _reference(request)


def test_a_repeated_parameter_keeps_its_last_value_in_its_first_place() -> None:
    request = _request([("q", "a"), ("page", "2"), ("q", "b c")])
    assert url_with(request, page=3) == "/search?q=b+c&page=3"
    assert url_with(request, q=None, sort="date") == "/search?page=2&sort=date"
