"""``veille stories`` and ``veille duplicates``, in process, on a real store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dispatch_kit import body_paragraphs, capture
from veille.cli.main import main
from veille.ingest import ingest_texts
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore


@pytest.fixture
def data(tmp_path: Path) -> tuple[Path, list[str]]:
    """Three outlets carrying one dispatch; the second one cut its last paragraph, the
    third runs it word for word (a reprint article too, newuser6 M14); the first outlet's
    text saved again in other chrome (no URL of its own) is an exact copy (a link). The
    ids are the first two articles'."""
    data_dir = tmp_path / "data"
    store = SQLiteStore.open(Settings(data_dir=data_dir).store_path)
    paras = body_paragraphs()
    ids = []
    for n, body in enumerate([paras, paras[:-1], paras, paras]):
        # r3 is r0 saved again, its headline kept (another headline: a version, A10)
        summary = ingest_texts(store, [(f"r{n}.txt", capture(f"Titre {n % 3}", body,
                                                             top=[f"Site {n}"], bottom=[]))],
                               source=f"outlet{n % 3}.example")
        ids.extend(summary.new_ids)
    store.close()
    assert len(ids) == 3
    return data_dir, ids[:2]


def test_stories_json_lists_each_article_with_url_source_and_date(
        data: tuple[Path, list[str]], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGUAGE", "en")
    data_dir, ids = data
    assert main(["--data-dir", str(data_dir), "stories", "--json"]) == 0
    [story] = json.loads(capsys.readouterr().out)  # one JSON document, not JSON Lines
    assert (story["sources"], story["independent_sources"], story["reprints"]) == (3, 1, 2)
    assert [item["id"] for item in story["items"][:2]] == ids
    assert {item["source"] for item in story["items"]} == {
        "outlet0.example", "outlet1.example", "outlet2.example"}
    assert all(item["date"] and "url" in item for item in story["items"])
    assert main(["--data-dir", str(data_dir), "stories"]) == 0
    # counts that add up, each thing once, in the web's words (t-reader22 R5, t-final22 F16)
    assert ("3 articles, including 2 reprints; 3 sources: 1 with its own article, 2 only "
            "copying") in capsys.readouterr().out


def test_duplicates_lists_reprints_and_exact_copies(
        data: tuple[Path, list[str]], capsys: pytest.CaptureFixture[str]) -> None:
    data_dir, ids = data
    assert main(["--data-dir", str(data_dir), "duplicates", ids[0]]) == 0
    text = capsys.readouterr().out
    assert "reprint" in text and ids[1] in text and "exact" in text and "r3.txt" in text
    assert main(["--data-dir", str(data_dir), "duplicates", ids[0], "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    links = {(lk["relation"], lk["id"] if lk["relation"] != "exact" else lk["source"])
             for lk in found["links"]}
    assert ("reprint", ids[1]) in links and ("exact", "outlet0.example") in links
    assert [lk["relation"] for lk in found["links"]].count("reprint") == 2
    assert main(["--data-dir", str(data_dir), "duplicates", "0000000000000000"]) == 2


def test_duplicates_says_which_side_is_the_copy(
        data: tuple[Path, list[str]], capsys: pytest.CaptureFixture[str]) -> None:
    """Regression (fresh user nu3, N18): the original was listed as "reprint" of its own
    reprint, the same word on both sides."""
    data_dir, (original, copy) = data
    assert main(["--data-dir", str(data_dir), "duplicates", original]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if copy in x)
    assert line.split()[:2] == ["reprinted", "by"]
    assert main(["--data-dir", str(data_dir), "duplicates", copy]) == 0
    lines = capsys.readouterr().out.splitlines()
    # first the copy's story, which is its original's (t-final29 U6: the hint of `veille
    # stories zzz` sent here to find an article's story, which was not printed)
    assert lines[0].startswith(f"story {original}: ")
    assert lines[0].endswith(f"(3 articles; `veille stories {original}` shows it)")
    line = next(x for x in lines[1:] if original in x)
    assert line.split()[:2] == ["reprint", "of"]
    assert main(["--data-dir", str(data_dir), "duplicates", copy, "--json"]) == 0
    [link] = json.loads(capsys.readouterr().out)["links"]
    assert (link["id"], link["relation"], link["direction"]) == (original, "reprint", "of")


def test_stories_id_shows_one_story_and_who_published_first(
        data: tuple[Path, list[str]], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """newuser17c S10: `veille stories ID` was refused ("unexpected extra argument") and
    the list never said who published first."""
    monkeypatch.setenv("LANGUAGE", "en")
    data_dir, ids = data
    assert main(["--data-dir", str(data_dir), "stories", "--json"]) == 0
    [story] = json.loads(capsys.readouterr().out)
    assert main(["--data-dir", str(data_dir), "stories", story["id"]]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(story["id"]) and "3 sources: 1 with its own" in lines[1]
    assert lines[2].startswith(f"    first published by {story['first_source']}, ")
    # each time on its own clock, said once (t-final49b B2; was Paris time, f-cliux32)
    assert lines[3] == "    each time on its article’s own clock, its offset beside it"
    rows = lines[4:]
    assert len(rows) == len(story["items"]) == 3
    assert [any(i in row for row in rows) for i in ids] == [True, True]
    assert sum("[reprint]" in row for row in rows) == 2
    assert main(["--data-dir", str(data_dir), "stories", story["id"], "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == story  # one object, the list's own
    assert main(["--data-dir", str(data_dir), "stories"]) == 0
    assert "first published by" in capsys.readouterr().out
    assert main(["--data-dir", str(data_dir), "stories", "0123456789abcdef"]) == 2
    assert "no story with id '0123456789abcdef'" in capsys.readouterr().err


def test_stories_says_how_many_there_are_in_the_uis_words(
        data: tuple[Path, list[str]], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """t-reader20 R13: the web and the API say "N stories"; ``veille stories`` printed the
    list with no total. Now the UI's words, in the terminal's language, on stderr."""
    data_dir, _ids = data
    for lang, words in (("en_US.UTF-8", "1 story in all"), ("fr_FR.UTF-8", "1 histoire en tout")):
        monkeypatch.setenv("LANGUAGE", lang)
        assert main(["--data-dir", str(data_dir), "stories", "-n", "1"]) == 0
        captured = capsys.readouterr()
        assert captured.err.strip().splitlines()[-1] == words
        assert words not in captured.out
    monkeypatch.setenv("LANGUAGE", "en")
    assert main(["--data-dir", str(data_dir), "stories", "--min-articles", "5"]) == 0
    assert "0 stories in all" in capsys.readouterr().err
