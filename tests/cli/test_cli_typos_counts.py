"""The CLI's details of t-final29 U6, through the real CLI on a real store:

- a mistyped command names the nearest ones ("Did you mean 'search'?"), in the terminal's
  language, at the top level and in a group (``veille sources lsit``);
- a path that does not exist is a failed input, never a read one: the summary says
  "read 0 … failed 1 (1 not read)" and ``read + unread`` adds up to the outcomes;
- ``veille stories zzz`` sends the user to ``veille duplicates ID`` for an article's story:
  that command now prints the story (id, title, articles)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.cli.main import main
from veille.cli.suggest import nearest

RECORDS = [
    {"url": "https://www.lejsl.com/a/1", "source": "Le JSL", "language": "fr",
     "published": "2026-12-02T08:10:00+01:00",
     "title": "Chagny : un plaisancier secouru à l'écluse",
     "text": "Un plaisancier de 67 ans a été secouru mardi soir à l'écluse de Chagny après "
             "être tombé dans le canal du Centre, ont indiqué les pompiers."},
]


def _english(monkeypatch: pytest.MonkeyPatch, lang: str = "C.UTF-8") -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", lang)


@pytest.fixture()
def data(tmp_path: Path) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS),
                    "utf-8")
    assert main(["--data-dir", str(tmp_path / "data"), "ingest", str(path)]) == 0
    return tmp_path / "data"


@pytest.mark.parametrize(("typed", "named"), [
    ("serach", ["search"]), ("stoires", ["stories"]), ("latset", ["latest"]),
    ("duplicats", ["duplicates"]), ("stor", ["stories"]), ("zzz", [])])
def test_the_nearest_commands(typed: str, named: list[str]) -> None:
    from veille.cli.main import _COMMANDS

    assert nearest(typed, _COMMANDS) == named


def test_a_mistyped_command_names_the_nearest(data: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    _english(monkeypatch)
    capsys.readouterr()
    assert main(["--data-dir", str(data), "serach", "écluse"]) == 2
    assert "error: no such command 'serach'; did you mean 'search'?\n" in capsys.readouterr().err
    assert main(["--data-dir", str(data), "sources", "lsit"]) == 2
    assert "did you mean 'list'?" in capsys.readouterr().err
    assert main(["--data-dir", str(data), "zzz"]) == 2
    err = capsys.readouterr().err
    assert err == "error: no such command 'zzz'; see `veille --help`\n", err
    _english(monkeypatch, "fr_FR.UTF-8")
    assert main(["--data-dir", str(data), "stoires"]) == 2
    assert "error: commande inconnue : 'stoires'; vouliez-vous dire 'stories' ?" in \
        capsys.readouterr().err
    assert main(["--data-dir", str(data), "search", "écluse"]) == 0  # a known one runs


def test_a_missing_path_is_failed_not_read(data: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    missing = tmp_path / "nowhere.txt"
    assert main(["--data-dir", str(data), "ingest", str(missing)]) == 1
    err = capsys.readouterr().err
    assert err.splitlines()[0] == "read 0, new 0, duplicate 0, failed 1 (1 not read), versions 0"
    assert f"failed: {missing}: no such file or directory (check the path)" in err
    more = tmp_path / "more.jsonl"
    more.write_text(json.dumps({**RECORDS[0], "url": "https://www.lejsl.com/a/2",
                                "title": "Cuiseaux : la fromagerie embauche",
                                "text": "La fromagerie coopérative de Cuiseaux va embaucher "
                                        "douze salariés d'ici le printemps."},
                               ensure_ascii=False) + "\n", "utf-8")
    assert main(["--data-dir", str(data), "ingest", "--json", str(missing), str(more)]) == 1
    out = capsys.readouterr().out
    summary = json.loads(out[:out.rindex("}") + 1])
    assert (summary["read"], summary["unread"], summary["new"], summary["failed"]) == \
        (1, 1, 1, 1)
    assert summary["read"] + summary["unread"] == summary["new"] + summary["duplicate"] + \
        summary["versions"] + summary["completed"] + summary["failed"] + summary["skipped"]


def test_the_hint_of_an_unknown_story_names_a_command_that_prints_it(
        data: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    _english(monkeypatch)
    capsys.readouterr()
    assert main(["--data-dir", str(data), "stories", "zzz"]) == 2
    assert "see an article's story with `veille duplicates ID`" in capsys.readouterr().err
    assert main(["--data-dir", str(data), "stories", "--json"]) == 0
    [story] = json.loads(capsys.readouterr().out)
    [item] = story["items"]
    assert main(["--data-dir", str(data), "duplicates", item["id"]]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first == (f"story {story['id']}: Chagny : un plaisancier secouru à l'écluse "
                     f"(1 article; `veille stories {story['id']}` shows it)")
    _english(monkeypatch, "fr_FR.UTF-8")
    assert main(["--data-dir", str(data), "duplicates", item["id"]]) == 0
    assert capsys.readouterr().out.startswith(f"histoire {story['id']} : Chagny")
