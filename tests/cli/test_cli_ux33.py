"""f-cliux33 (t-final32 #10, #12-#15, t-final31 U6 and review leftovers), run as a user
would: the CLI in process on a real store and index.

- ``alerts status`` printed nothing when nothing was queued, and nothing after ``enrich``
  while a ``place:`` search already matched (the alert view lagged until ``saved list``);
- ``saved show`` said "reprints: collapsed" above the [reprint] rows;
- errors came as "Error: ..." (exit 1) or "error: ... (...)" (exit 2); now one line
  ``error: what; what to do next``, exit 2 for usage and not-found;
- ``search 'date:2026-13-01'`` exited 0 where ``export`` of it exits 1;
- ``sources add`` of the cloud metadata address suggested allowing it in fetch_allow;
- ``sources add`` waited on the resolver for as long as it liked;
- ``stats`` parsed every stored record to count the copies (now a derived, indexed column,
  migration 19);
- ``filter_hint._waiting`` swallowed any exception.
"""

from __future__ import annotations

import json
import re
import socket
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest

from veille.cli.main import main
from veille.collect import netguard
from veille.search import filter_hint
from veille.store.migrations import SCHEMA_VERSION

TEXT = ("Le Steir est sorti de son lit dans la nuit de samedi à dimanche à Quimper "
        "(Finistère). Une vingtaine de commerces de la rue Kéréon ont été inondés et les "
        "pompiers ont évacué douze personnes par précaution, selon la préfecture. "
        "« L'eau est montée très vite, nous avons fermé les quais à la circulation », a "
        "indiqué le lieutenant Yann Le Gall, du service d'incendie et de secours. ")
FLOOD = {"url": "https://www.letelegramme.fr/quimper-crue", "source": "letelegramme.fr",
         "published": "2026-01-18T07:10:00+01:00",
         "title": "Crue du Steir : des commerces inondés à Quimper", "text": TEXT * 2}
REPRINT = {"url": "https://www.ouest-breizh.example/quimper-crue",
           "source": "ouest-breizh.example", "published": "2026-01-18T10:40:00+01:00",
           "title": "Crue du Steir : des commerces inondés à Quimper", "text": TEXT * 2}
OTHER = {"url": "https://www.letelegramme.fr/brest-port", "source": "letelegramme.fr",
         "published": "2026-01-17T18:00:00+01:00",
         "title": "Brest : le port de commerce accueille un nouveau quai",
         "text": "Le port de commerce de Brest a inauguré vendredi un quai de 300 mètres "
                 "destiné aux navires de la filière éolienne en mer, après deux ans de "
                 "travaux financés par la région Bretagne. " * 2}

ERROR_LINE = re.compile(r"error: [^;\n]+; [^\n]+\n")


def _write(path: Path, *records: dict[str, str]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    return path


def run(data: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    status = main(["--data-dir", str(data), *args])
    said = capsys.readouterr()
    return status, said.out, said.err


@pytest.fixture()
def data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A store with a place: search with e-mail, a word search with no channel, one that
    keeps reprints; then a flood article, its reprint by another outlet, and enrich."""
    data = tmp_path / "data"
    assert run(data, capsys, "ingest", str(_write(tmp_path / "a.jsonl", OTHER)))[0] == 0
    assert run(data, capsys, "saved", "add", "Quimper", "place:Quimper",
               "--email", "desk@example.org")[0] == 0
    assert run(data, capsys, "saved", "add", "Steir", "Steir")[0] == 0
    assert run(data, capsys, "saved", "add", "Tout", "Steir", "--reprints")[0] == 0
    status, _out, err = run(data, capsys, "alerts", "status")
    assert status == 0 and "no alerts queued" in err, err
    assert run(data, capsys, "ingest", str(_write(tmp_path / "b.jsonl", FLOOD)))[0] == 0
    assert run(data, capsys, "ingest", str(_write(tmp_path / "c.jsonl", REPRINT)))[0] == 0
    assert run(data, capsys, "enrich")[0] == 0
    return data


def test_alerts_status_shows_what_enrich_made_match(data: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(data, capsys, "alerts", "status")
    assert status == 0
    # queued by enrich itself (no `saved list` first): one e-mail for the original only
    assert re.fullmatch(r"1/[0-9a-f]{16}/v1/email\tnew\tdue [^\n]+\n", out), out
    assert "no alerts queued" not in err
    # the search without a channel: its matches are named, with what to do
    assert "“Steir” has 1 new match and no e-mail or webhook" in err, err
    status, out, _err = run(data, capsys, "alerts", "status", "--pending")
    assert status == 0 and out.count("/email\t") == 1


def test_saved_show_collapsed_lists_no_reprint(data: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("Quimper", "Steir"):
        status, out, _err = run(data, capsys, "saved", "show", name, "--keep-new")
        assert status == 0 and "reprints: collapsed" in out
        assert "Crue du Steir" in out and "[reprint]" not in out, out
        status, out, _err = run(data, capsys, "saved", "show", name, "--json", "--keep-new")
        shown = json.loads(out)
        assert shown["total"] == 1 and [m["relation"] for m in shown["matches"]] == [""]
    status, out, _err = run(data, capsys, "saved", "show", "Tout", "--keep-new")
    assert status == 0 and "reprints: included" in out and "[reprint]" in out, out


@pytest.mark.parametrize("args", [
    ("saved", "remove", "Nope"), ("saved", "show", "Nope"),
    ("entities", "--id", "loc:nulle-part"), ("quotes", "--speaker", "Zorglub Inconnu"),
    ("aliases", "remove", "pas un alias"), ("show", "0000000000000000"),
    ("search", "--bogus", "crue"), ("saved", "add", "Seul"), ("sernch", "crue"),
    ("compact", "--forget", "personne"), ("sources", "remove", "inconnue"),
    ("export", "--saved", "Nope"), ("export", "--excel", "--format", "jsonl"),
    ("latest", "-n", "0")])
def test_every_error_is_one_line_and_exit_2(data: Path, capsys: pytest.CaptureFixture[str],
                                            args: tuple[str, ...]) -> None:
    status, out, err = run(data, capsys, *args)
    assert status == 2, (args, status, err)
    assert out == "" and ERROR_LINE.fullmatch(err), (args, err)
    assert "Error:" not in err and "Usage:" not in err


def test_a_short_password_is_a_usage_error(data: Path, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("court\n"))
    status, _out, err = run(data, capsys, "user", "set-password", "bob", "--password-stdin")
    assert status == 2 and ERROR_LINE.fullmatch(err), err


def test_search_and_export_agree_on_a_query_a_warning_empties(
        data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _out, err = run(data, capsys, "search", "date:2026-13-01")
    assert status == 1 and "warning: date:2026-13-01" in err
    status, _out, err = run(data, capsys, "export", "-q", "date:2026-13-01", "--format", "csv")
    assert status == 1 and "warning: date:2026-13-01" in err
    assert run(data, capsys, "search", "Steir")[0] == 0
    assert run(data, capsys, "search", "introuvablemot")[0] == 0  # nothing, on its own terms


@pytest.mark.parametrize("url", ["http://169.254.169.254/latest/meta-data/",
                                 "http://[fe80::1]/feed.xml", "http://[::ffff:169.254.169.254]/",
                                 "http://100.100.100.200/latest/"])
def test_link_local_is_refused_with_no_how_to(tmp_path: Path, url: str,
                                              capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    for allow in (None, "169.254.0.0/16,fe80::/10,100.64.0.0/10", "0.0.0.0/0,::/0"):
        if allow is None:
            monkeypatch.delenv("VEILLE_FETCH_ALLOW", raising=False)
        else:
            monkeypatch.setenv("VEILLE_FETCH_ALLOW", allow)
        status, _out, err = run(data, capsys, "sources", "add", url, "--name", "meta")
        assert status == 2 and ERROR_LINE.fullmatch(err), (allow, err)
        assert "link-local" in err and "fetch_allow" not in err.lower(), err
        assert "FETCH_ALLOW" not in err
    assert not (data / "veille.sqlite3").exists()  # refused before the store opens
    policy = netguard.AddressPolicy.parse("0.0.0.0/0,::/0")
    host = url.split("/")[2].strip("[]")
    assert not policy.permits(netguard.literal_address(host))  # type: ignore[arg-type]


def test_a_private_network_stays_allowable(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    monkeypatch.delenv("VEILLE_FETCH_ALLOW", raising=False)
    status, _out, err = run(data, capsys, "sources", "add", "http://192.168.4.2/rss")
    assert status == 2 and "fetch_allow" in err
    monkeypatch.setenv("VEILLE_FETCH_ALLOW", "192.168.4.0/24")
    status, out, _err = run(data, capsys, "sources", "add", "http://192.168.4.2/rss",
                            "--name", "lan")
    assert status == 0 and out.startswith("added lan")


def test_a_resolver_that_does_not_answer_is_bounded(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    real = socket.getaddrinfo

    def slow(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host == "slow-dns.example":
            time.sleep(5)
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", slow)  # the system's resolver hanging
    monkeypatch.setattr(netguard, "LOOKUP_TIMEOUT", 0.3)
    started = time.monotonic()
    status, _out, err = run(tmp_path / "data", capsys, "sources", "add",
                            "https://slow-dns.example/feed.xml")
    assert time.monotonic() - started < 3
    assert status == 2 and ERROR_LINE.fullmatch(err), err
    assert "did not resolve within 0.3 s" in err


def test_stats_counts_copies_from_a_derived_column(data: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _err = run(data, capsys, "stats")
    assert status == 0 and re.search(r"^ *copies: 1 ", out, re.M), out
    # a store of schema 18 (no relation column) is migrated, and counts the same
    conn = sqlite3.connect(data / "veille.sqlite3")
    conn.executescript("DROP INDEX articles_relation; ALTER TABLE articles DROP COLUMN "
                       "relation; PRAGMA user_version = 18;")
    conn.close()
    status, out, _err = run(data, capsys, "stats")
    assert status == 0 and re.search(r"^ *copies: 1 ", out, re.M), out
    conn = sqlite3.connect(data / "veille.sqlite3")
    plan = " ".join(str(r) for r in conn.execute(
        "EXPLAIN QUERY PLAN SELECT COUNT(*) FROM articles WHERE relation IN "
        "('reprint', 'republication', 'teaser')"))
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert "articles_relation" in plan, plan
    # maintained at every write: a record whose relation changes changes the count
    conn.execute("UPDATE articles SET doc = json_set(doc, '$.dedup.relation', 'teaser') "
                 "WHERE json_extract(doc, '$.dedup.relation') IS NULL "
                 "AND json_extract(doc, '$.dedup') IS NOT NULL "
                 "AND id = (SELECT MIN(id) FROM articles)")
    changed = conn.total_changes
    conn.commit()
    conn.close()
    status, out, _err = run(data, capsys, "stats")
    assert re.search(rf"^ *copies: {1 + changed} ", out, re.M), out


class _Lagging:
    def __init__(self, error: BaseException) -> None:
        self.error = error

    def enrich_lag(self) -> int:
        raise self.error


def test_waiting_catches_only_store_errors() -> None:
    assert filter_hint._waiting(_Lagging(sqlite3.OperationalError("no such table"))) == 0
    with pytest.raises(ZeroDivisionError):  # a bug is no "nothing waits"
        filter_hint._waiting(_Lagging(ZeroDivisionError()))
