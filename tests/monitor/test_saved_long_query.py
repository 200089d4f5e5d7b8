"""A saved search takes a long query as search does (s-misc12, note9 "What is left"):
past 1,000 characters it is cut there with search's warning, in the CLI, the API and the
web form, and saved cut (what search reads); past 10,000 characters, the bound of a
search request, it is refused by both. Real SQLite store, real uvicorn server on
127.0.0.1, the CLI in a subprocess."""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

import httpx

import veille
from capture_kit import err, json_record, out, run_veille
from veille.index.query import MAX_QUERY_CHARS, MAX_QUERY_INPUT_CHARS

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "web"))
from test_web_saved import AUTH, live, login  # noqa: E402, F401
from web_kit import LiveServer  # noqa: E402

# 26 terms (under search's 32), 1,177 characters: a pasted list of long names
LONG = "crue " + " ".join(f"nom{i:02d}" + "e" * 40 for i in range(25))
CUT = f"query cut to its first {MAX_QUERY_CHARS} characters"


def test_the_cli_saves_a_long_query_cut_as_search_cuts_it(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert len(LONG) > MAX_QUERY_CHARS
    with veille.open(data) as v:
        record = json.dumps(json_record(1, title="La crue de la Loire"), ensure_ascii=False)
        v.ingest_bytes([("a1.jsonl", record.encode())])
    saved = run_veille(["saved", "add", "Noms", LONG], data_dir=data)
    assert saved.returncode == 0, err(saved)
    searched = run_veille(["search", LONG], data_dir=data)
    assert f"warning: {CUT}" in err(searched) and f"warning: {CUT}" in err(saved)
    listed = run_veille(["saved", "list"], data_dir=data)
    assert out(listed).rstrip("\n").split("\t")[-1] == LONG[:MAX_QUERY_CHARS].strip()
    too_long = run_veille(["saved", "add", "Trop", "x" * (MAX_QUERY_INPUT_CHARS + 1)],
                          data_dir=data)
    assert too_long.returncode != 0
    assert f"over {MAX_QUERY_INPUT_CHARS} characters" in err(too_long)


def test_the_api_and_the_form_cut_it_with_search_s_warning(live: LiveServer  # noqa: F811
                                                           ) -> None:
    with httpx.Client(base_url=live.url, timeout=30) as http:
        made = http.post("/api/v1/saved-searches", headers={**AUTH, "Accept-Language": "fr"},
                         json={"name": "Noms", "query": LONG})
        assert made.status_code == 201, made.text
        body = made.json()
        assert body["query"] == LONG[:MAX_QUERY_CHARS].strip()
        assert body["warnings"] == [CUT]
        assert body["localized_warnings"] == ["requête coupée à ses 1000 premiers caractères"]
        short = http.post("/api/v1/saved-searches", headers=AUTH,
                          json={"name": "Court", "query": "crue"}).json()
        assert "warnings" not in short
        refused = http.post("/api/v1/saved-searches", headers=AUTH,
                            json={"name": "Trop", "query": "x" * (MAX_QUERY_INPUT_CHARS + 1)})
        assert refused.status_code == 422
        # the web form: saved cut, and the page shown next says so
        assert login(http).status_code == 303
        token = re.search(r'name="csrf" value="([0-9a-f]+)"', http.get("/saved").text)
        assert token
        answer = http.post("/saved", params={"lang": "fr"}, follow_redirects=True,
                           data={"csrf": token.group(1), "name": "Formulaire", "query": LONG})
        page = html.unescape(answer.text)
        assert answer.status_code == 200, page
        assert "Requête coupée à ses 1000 premiers caractères" in page  # a sentence (R11)
        assert f"<code>{LONG[:MAX_QUERY_CHARS].strip()}</code>" in page


def test_a_long_query_of_many_words_or_cut_inside_a_phrase_is_saved(tmp_path: Path) -> None:
    """verify12 X3: past 32 terms (any long pasted text), or cut inside a phrase or a
    parenthesis, a query search answers (with its warnings) was refused by saved searches;
    a quote the user left open in a short query is still refused."""
    from veille.errors import ConfigError
    from veille.index.query import cut
    from veille.monitor.saved import check_query

    for query in ("grève " * 300, '"' + "grève " * 200 + 'Loire"',
                  "(" + "grève OR " * 150 + "Loire)"):
        check_query(cut(query.strip(), []), was_cut=True)  # no ConfigError
    try:
        check_query('"grève Loire', was_cut=False)
    except ConfigError:
        pass
    else:
        raise AssertionError("an open quote in a short query is refused")
