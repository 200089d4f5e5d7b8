"""``entity:``, ``place:`` and ``lang:`` values that match no article are warned, with the
closest names the store knows, as ``source:`` is (newuser15a W18: ``entity:Macronn``,
``place:Atlantide``, ``lang:xx`` gave an empty page and ``warnings: []``). Real store,
enrichment, index and HTTP server; both languages."""

from __future__ import annotations

import html
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from web_kit import LiveServer, serve

from veille.service import Veille
from veille.settings import Settings

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "seed" / "000_b76170f1117bfb89.txt"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    data = tmp_path_factory.mktemp("filters") / "data"
    with Veille(Settings(data_dir=data)) as service:
        service.ingest_bytes([("seed.txt", SEED.read_bytes())], source="lemonde.fr")
        service.enrich()
    with serve(data) as live:
        yield live


def search(server: LiveServer, query: str, lang: str = "fr") -> dict[str, object]:
    with httpx.Client(base_url=server.url, timeout=60) as http:
        return dict(http.get("/api/v1/search", params={"q": query, "lang": lang}).json())


@pytest.mark.parametrize(("query", "warning", "french"), [
    ("entity:Pompo", 'entity:Pompo: no entity of that name; did you mean entity:"Mike Pompeo"?',
     'entity:Pompo : aucune entité de ce nom ; vouliez-vous dire entity:"Mike Pompeo" ?'),
    ("place:Syrye", "place:Syrye: no place of that name; did you mean place:Syrie?",
     "place:Syrye : aucun lieu de ce nom ; vouliez-vous dire place:Syrie ?"),
    ("place:Xqzwv", "place:Xqzwv: no place of that name",
     "place:Xqzwv : aucun lieu de ce nom"),
    ("lang:xx", "lang:xx: not a language code (as lang:fr)",
     "lang:xx : pas un code de langue (comme lang:fr)"),
    ("lang:de", "lang:de: no article in that language",
     "lang:de : aucun article dans cette langue"),
])
def test_a_filter_value_matching_nothing_is_warned(server: LiveServer, query: str,
                                                   warning: str, french: str) -> None:
    body = search(server, query)
    assert body["total"] == 0
    assert body["warnings"] == [warning]
    assert body["localized_warnings"] == [french]
    with httpx.Client(base_url=server.url, timeout=60) as http:
        for lang, said in (("fr", french), ("en", warning)):
            page = http.get("/search", params={"q": query, "lang": lang}).text
            assert said in html.unescape(page)


def test_known_values_are_not_warned(server: LiveServer) -> None:
    for query in ('entity:"Mike Pompeo"', "place:Syrie", "lang:fr"):
        body = search(server, query)
        assert body["total"] and body["warnings"] == [], (query, body["warnings"])


@pytest.mark.parametrize("query", ['entity:"<script>"', 'entity:"<iframe>"',
                                   'place:"<b>Xq</b>"', "entity:zz"])
def test_an_unknown_value_unlike_every_name_gets_no_suggestion_and_stays_escaped(
        server: LiveServer, query: str) -> None:
    """t-reader20 R10: ``entity:"<script>"`` was offered "Conseil de sécurité", "Crédit
    Mutuel", "Hi Investment and Securities" (difflib's ratio 0.6 on one word). A value
    no name spells closely gets the warning alone; the value is text in the JSON and
    escaped in the page."""
    with httpx.Client(base_url=server.url, timeout=60) as http:
        answer = http.get("/api/v1/search", params={"q": query})
        assert answer.headers["content-type"].startswith("application/json")
        [warning] = answer.json()["warnings"]
        assert "did you mean" not in warning and warning.startswith(query), warning
        for lang in ("fr", "en"):
            page = http.get("/search", params={"q": query, "lang": lang}).text
            assert "<script>\"" not in page and "<b>Xq" not in page and "<iframe>" not in page
            assert "vouliez-vous" not in page and "did you mean" not in page
            assert query.split(":", 1)[1] in html.unescape(page)  # shown, as text


def test_suggestions_are_spellings_of_what_was_typed() -> None:
    from veille.search.source_hint import closest

    names = ["Conseil de sécurité", "Crédit Mutuel", "Hi Investment and Securities",
             "Barack Obama", "Mouammar Kadhafi", "Bamako", "Mike Pompeo"]
    assert closest("<script>", names) == []
    assert closest("Obamma", names) == ["Barack Obama"]  # not Kadhafi nor Bamako
    assert closest("Pompo", names) == ["Mike Pompeo"]
    assert closest("a", names) == []  # a letter is in every name: no suggestion
    assert closest("La Provence", ["laprovence.com", "leprogres.fr"]) == ["laprovence.com"]


@given(st.text(alphabet="abcdefgh", min_size=1, max_size=12),
       st.lists(st.text(alphabet="abcdefgh ", min_size=1, max_size=20), max_size=30))
def test_every_suggestion_holds_the_value_or_is_a_typo_of_it(
        value: str, names: list[str]) -> None:
    from veille.search.source_hint import _compact, closest, edits_within, typo_bound

    wanted = _compact(value)
    for name in closest(value, names):
        words = [_compact(w) for w in name.split()] + [_compact(name)]
        assert (len(wanted) >= 3 and wanted in _compact(name)) or any(
            edits_within(wanted, w, typo_bound(wanted)) for w in words), (value, name)


@given(st.text(alphabet="abcd", max_size=7), st.text(alphabet="abcd", max_size=7),
       st.integers(0, 4))
def test_edits_within_agrees_with_the_full_distance(a: str, b: str, bound: int) -> None:
    from veille.search.source_hint import edits_within

    row = list(range(len(b) + 1))  # the textbook optimal string alignment distance
    table = [row]
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            current[j] = min(table[i - 1][j] + 1, current[j - 1] + 1,
                             table[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], table[i - 2][j - 2] + 1)
        table.append(current)
    assert edits_within(a, b, bound) == (table[len(a)][len(b)] <= bound)
