"""An article stored without a headline is never listed with an empty title (t-final28 F13:
a 13 MB text with no headline was listed "date unknown … -"), nor as a bare "(untitled)"
that tells several rows apart by nothing (t-final29 U4): every door shows the first words
of its text, cut at a word with "…", marked as no headline: "(untitled) …" / "(sans titre)
…" in the terminal and the feeds, in italics with a tooltip on the pages; the API gives the
words in ``untitled_text`` and keeps ``title`` empty. One rule: veille.display_title.
Real store, index, CLI and HTTP server."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from lxml import etree, html
from web_kit import serve

from veille.cli.main import main

ATOM = "{http://www.w3.org/2005/Atom}"
TEXT = ("Le conseil municipal de Millau a voté jeudi soir la rénovation de la piscine "
        "municipale, fermée depuis deux ans, pour un coût de quatre millions d'euros. Les "
        "travaux doivent commencer au printemps, a précisé le maire devant les élus.")
OTHER = ("La fromagerie coopérative de Roquefort va embaucher douze salariés d'ici le "
         "printemps, a annoncé son directeur lors de l'assemblée générale des producteurs.")
WORDS = ("Le conseil municipal de Millau a voté jeudi soir la rénovation de la piscine "
         "municipale…")
"""TEXT's first words as every door shows them: cut at a word, 90 characters at most."""
OTHER_WORDS = ("La fromagerie coopérative de Roquefort va embaucher douze salariés d'ici le "
               "printemps, a…")


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("untitled")
    record = root / "r.jsonl"
    record.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in (
        {"text": TEXT, "url": "https://exemple.fr/a/1", "source": "Midi Libre",
         "published": "2026-12-02T08:00:00+01:00"},
        {"text": OTHER, "url": "https://exemple.fr/a/2", "source": "Midi Libre",
         "published": "2026-12-02T09:00:00+01:00"})), "utf-8")
    assert main(["--data-dir", str(root / "data"), "ingest", str(record)]) == 0
    return root / "data"


def test_the_cli_lists_each_by_its_first_words(data: Path,
                                               capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    capsys.readouterr()
    assert main(["--data-dir", str(data), "latest"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("Midi Libre", 1)[1].strip() for line in lines] == [
        f"(untitled) {OTHER_WORDS}", f"(untitled) {WORDS}"]
    assert main(["--data-dir", str(data), "search", "piscine"]) == 0
    assert f"(untitled) {WORDS}" in capsys.readouterr().out
    assert main(["--data-dir", str(data), "stories"]) == 0
    heads = [line for line in capsys.readouterr().out.splitlines() if line[:1] != " "]
    assert [h.endswith(f"  (untitled) {w}") for h, w in zip(heads, (OTHER_WORDS, WORDS),
                                                            strict=True)] == [True, True]
    story = heads[1].split()[0]
    assert main(["--data-dir", str(data), "stories", story]) == 0
    assert f"(untitled) {WORDS}" in capsys.readouterr().out.splitlines()[-1]
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")  # the mark in the terminal's language
    assert main(["--data-dir", str(data), "latest"]) == 0
    assert capsys.readouterr().out.splitlines()[1].endswith(f"(sans titre) {WORDS}")


def test_the_pages_show_the_first_words_in_italics(data: Path) -> None:
    with serve(data) as live:
        for lang, hint in (("fr", "Pas de titre : les premiers mots du texte"),
                           ("en", "No headline: the first words of the text")):
            home = httpx.get(f"{live.url}/?lang={lang}", timeout=30)
            assert home.status_code == 200
            marked = html.fromstring(home.text).cssselect("a.title em.untitled")
            assert [(m.text_content(), m.get("title")) for m in marked] == [
                (OTHER_WORDS, hint), (WORDS, hint)]
        stories = httpx.get(f"{live.url}/stories?lang=fr", timeout=30).text
        assert [m.text_content() for m in html.fromstring(stories).cssselect(
            "a.title em.untitled")] == [OTHER_WORDS, WORDS]
        api = httpx.get(f"{live.url}/api/v1/stories", timeout=30).json()["stories"]
        assert [(s["title"], s["untitled_text"]) for s in api] == [("", OTHER_WORDS),
                                                                   ("", WORDS)]
        story = httpx.get(f"{live.url}/stories/{api[1]['id']}?lang=en", timeout=30).text
        page = html.fromstring(story)
        assert page.cssselect("h1 em.untitled")[0].text_content() == WORDS
        # "TITLE · veille" on every page, the story's too (h-web67, t-final67 R6: it was
        # "veille · TITLE" on story and list pages, "TITLE · veille" on article pages).
        assert page.findtext(".//title").startswith(f"(untitled) {WORDS}")
        assert page.findtext(".//title").endswith(" · veille")
        article = html.fromstring(httpx.get(f"{live.url}/articles/{api[1]['items'][0]['id']}",
                                            timeout=30).text)
        assert article.cssselect("h1 em.untitled")[0].text_content() == WORDS
        latest = httpx.get(f"{live.url}/api/v1/latest", timeout=30).json()["articles"]
        assert [(a["title"], a["untitled_text"]) for a in latest] == [("", OTHER_WORDS),
                                                                      ("", WORDS)]


def test_the_feeds_title_them_by_their_first_words(data: Path) -> None:
    with serve(data) as live:
        atom = httpx.get(f"{live.url}/feeds/latest.atom?lang=fr", timeout=30).content
        titles = [e.findtext(f"{ATOM}title") for e in etree.fromstring(atom).findall(
            f"{ATOM}entry")]
        assert titles == [f"(sans titre) {OTHER_WORDS}", f"(sans titre) {WORDS}"]
        items = httpx.get(f"{live.url}/feeds/search.json?q=piscine&lang=en",
                          timeout=30).json()["items"]
        assert [i["title"] for i in items] == [f"(untitled) {WORDS}"]
