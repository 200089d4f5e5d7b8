"""``veille ingest`` run for real, as a subprocess: summary, exit status, one line per bad
input and never a traceback, standard input, and the data directory settings."""

from __future__ import annotations

import codecs
import gzip
import json
import os
import re
from pathlib import Path

from capture_kit import assert_kept, err, json_record, make_capture, out, run_veille, snapshot

SUMMARY = re.compile(r"^read (\d+), new (\d+), duplicate (\d+), failed (\d+)"
                     r"(?: \((\d+) not read\))?, versions (\d+)$", re.MULTILINE)


def summary_of(stderr: str) -> tuple[int, int, int, int]:
    """(read, new, duplicate, failed); the counts must add up (issue #10), the inputs not
    read (a path that does not exist: failed, never read; t-final29 U6) with those read."""
    match = SUMMARY.search(stderr)
    assert match, stderr
    read, new, duplicate, failed, unread, versions = (int(g or 0) for g in match.groups())
    assert read + unread == new + duplicate + failed + versions, stderr
    return read, new, duplicate, failed


def good_dir(root: Path, start: int, n: int) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + n):
        (root / f"good_{i}.txt").write_text(make_capture(i).text, "utf-8")
    return root


def test_ingest_twice_is_idempotent_and_says_so(tmp_path: Path) -> None:
    data = tmp_path / "data"
    corpus = good_dir(tmp_path / "corpus", 0, 4)
    (corpus / "feed.jsonl").write_text(
        "\n".join(json.dumps(json_record(i)) for i in range(2)) + "\n")
    first = run_veille(["ingest", str(corpus)], data_dir=data)
    assert first.returncode == 0, err(first)
    assert summary_of(err(first)) == (6, 6, 0, 0)
    before = snapshot(data / "veille.sqlite3")
    second = run_veille(["ingest", str(corpus)], data_dir=data)
    assert second.returncode == 0
    assert summary_of(err(second)) == (6, 0, 6, 0)
    assert snapshot(data / "veille.sqlite3") == before


def test_json_summary(tmp_path: Path) -> None:
    corpus = good_dir(tmp_path / "corpus", 0, 2)
    (corpus / "empty.txt").write_bytes(b"")
    result = run_veille(["ingest", "--json", str(corpus)], data_dir=tmp_path / "data")
    assert result.returncode == 1
    summary = json.loads(out(result))
    assert summary["read"] == 3 and summary["new"] == 2 and summary["failed"] == 1
    assert summary["failure_reasons"] == {"empty": 1}
    assert summary["errors"] == [f"{corpus / 'empty.txt'}: empty file "
                                 "(nothing to ingest; check the file)"]


def make_bad_inputs(root: Path) -> dict[str, str]:
    """One file of each bad kind; returns origin -> what its error line must say."""
    root.mkdir(parents=True)
    expected: dict[str, str] = {}

    def put(name: str, data: bytes, says: str) -> None:
        (root / name).write_bytes(data)
        expected[str(root / name)] = says

    put("b01_empty.txt", b"", "empty file")
    put("b02_image.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(300), "binary data")
    put("b03_random.txt", os.urandom(500) + b"\x00\x00", "binary data")
    put("b04_huge.txt", b"mot " * 2_000, "over the limit")
    put("b05_bomb.txt.gz", gzip.compress(b"a" * 500_000), "inflates past the limit")
    put("b06_broken.txt.gz", b"\x1f\x8b\x08\x00not deflate at all", "broken gzip")
    put("b07_broken.json", b'{"title": ', "broken JSON")
    (root / "b08_dangling.txt").symlink_to(root / "nowhere.txt")
    expected[str(root / "b08_dangling.txt")] = "no such file"
    (root / "b09_loop.txt").symlink_to(root / "b09_loop.txt")
    expected[str(root / "b09_loop.txt")] = "cannot read the file"
    os.mkfifo(root / "b10_pipe.txt")
    expected[str(root / "b10_pipe.txt")] = "not a regular file"
    lines = [json.dumps(json_record(50)), "{not json", json.dumps(json_record(51))]
    (root / "b11_feed.jsonl").write_text("\n".join(lines) + "\n")
    expected[f"{root / 'b11_feed.jsonl'}#2"] = "broken JSON line"
    return expected


def test_bad_inputs_get_one_line_each_and_the_batch_goes_on(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {"VEILLE_MAX_INPUT_BYTES": "6000", "VEILLE_BATCH_SIZE": "3"}
    first = run_veille(["ingest", str(good_dir(tmp_path / "old", 0, 5))], data_dir=data, env=env)
    assert first.returncode == 0, err(first)
    before = snapshot(data / "veille.sqlite3")

    bad_root = tmp_path / "bad"
    expected = make_bad_inputs(bad_root)
    good_dir(bad_root, 100, 3)  # good files sort after the bad ones, and among them
    good_dir(tmp_path / "more", 200, 2)
    result = run_veille(["ingest", str(bad_root), str(tmp_path / "more"),
                         str(tmp_path / "missing.txt")], data_dir=data, env=env, timeout=60)
    expected[str(tmp_path / "missing.txt")] = "no such file or directory"
    stderr = err(result)
    assert result.returncode == 1, stderr
    assert "Traceback" not in stderr and "internal error" not in stderr
    read, new, duplicate, failed = summary_of(stderr)
    assert (new, duplicate, failed) == (3 + 2 + 2, 0, len(expected))
    # not read: the dangling link, the link loop, the FIFO and the missing path
    assert read == new + failed - 4
    assert f"failed {failed} (4 not read)" in stderr
    failed_lines = [line for line in stderr.splitlines() if line.startswith("  failed: ")]
    assert len(failed_lines) == len(expected)
    for origin, says in expected.items():
        (line,) = [x for x in failed_lines if x.startswith(f"  failed: {origin}: ")]
        assert says in line, line
        assert line.rstrip().endswith(")"), "every error ends with what to do next"
    after = snapshot(data / "veille.sqlite3")
    assert_kept(before, after)
    assert len(after["articles"]) == 5 + 7

    # Again: the good ones are now duplicates, the bad ones fail again, still one line each.
    again = run_veille(["ingest", str(bad_root), str(tmp_path / "more")], data_dir=data,
                       env=env, timeout=60)
    assert again.returncode == 1
    assert summary_of(err(again))[1:] == (0, 7, len(expected) - 1)
    assert_kept(after, snapshot(data / "veille.sqlite3"))
    stats = run_veille(["stats", "--failures"], data_dir=data)
    assert stats.returncode == 0
    assert re.search(rf"failures: {len(expected)}$", out(stats), re.MULTILINE), out(stats)


def test_wrongly_encoded_files_are_read_and_stored_clean(tmp_path: Path) -> None:
    data = tmp_path / "data"
    root = tmp_path / "enc"
    root.mkdir()
    captures = {name: make_capture(300 + i) for i, name in enumerate(
        ["cp1252", "latin1", "bom", "mojibake"])}
    (root / "cp1252.txt").write_bytes(captures["cp1252"].bytes("cp1252"))
    (root / "latin1.txt").write_bytes(captures["latin1"].bytes("latin-1"))
    (root / "bom.txt").write_bytes(codecs.BOM_UTF8 + captures["bom"].bytes())
    (root / "mojibake.txt").write_bytes(
        captures["mojibake"].text.encode("utf-8").decode("cp1252").encode("utf-8"))
    result = run_veille(["ingest", str(root)], data_dir=data)
    assert result.returncode == 0, err(result)
    exported = run_veille(["export", "--format", "jsonl"], data_dir=data)
    records = [json.loads(line) for line in out(exported).splitlines()]
    by_origin = {Path(r["raw"]["origin"]).stem: r["content"] for r in records}
    for name, capture in captures.items():
        assert by_origin[name]["title"] == capture.title
        assert by_origin[name]["paragraphs"] == capture.paragraphs
    assert "Ã" not in out(exported) and "\ufffd" not in out(exported)


def test_standard_input(tmp_path: Path) -> None:
    capture = make_capture(400)
    result = run_veille(["ingest", "-"], data_dir=tmp_path / "data", input=capture.bytes())
    assert result.returncode == 0, err(result)
    assert summary_of(err(result)) == (1, 1, 0, 0)
    again = run_veille(["ingest", "-"], data_dir=tmp_path / "data",
                       input=gzip.compress(capture.bytes()))
    assert summary_of(err(again)) == (1, 0, 1, 0)
    lines = "\n".join(json.dumps(json_record(i)) for i in range(3)).encode()
    records = run_veille(["ingest", "-"], data_dir=tmp_path / "data", input=lines)
    assert summary_of(err(records)) == (3, 3, 0, 0)
    empty = run_veille(["ingest", "-"], data_dir=tmp_path / "data", input=b"")
    assert empty.returncode == 1 and "<stdin>: empty file" in err(empty)


def test_data_dir_flag_and_environment_variable(tmp_path: Path) -> None:
    corpus = good_dir(tmp_path / "corpus", 0, 1)
    by_flag = run_veille(["ingest", str(corpus)], data_dir=tmp_path / "flag")
    by_env = run_veille(["ingest", str(corpus)], env={"VEILLE_DATA_DIR": str(tmp_path / "env")})
    assert by_flag.returncode == by_env.returncode == 0
    assert (tmp_path / "flag" / "veille.sqlite3").is_file()
    assert (tmp_path / "env" / "veille.sqlite3").is_file()
    # The flag wins over the environment.
    both = run_veille(["ingest", str(corpus)], data_dir=tmp_path / "flag",
                      env={"VEILLE_DATA_DIR": str(tmp_path / "other")})
    assert summary_of(err(both)) == (1, 0, 1, 0)
    assert not (tmp_path / "other").exists()


def test_default_data_dir_follows_xdg(tmp_path: Path) -> None:
    corpus = good_dir(tmp_path / "corpus", 0, 1)
    result = run_veille(["ingest", str(corpus)], env={"XDG_DATA_HOME": str(tmp_path / "xdg"),
                                                      "HOME": str(tmp_path / "home")})
    assert result.returncode == 0, err(result)
    assert (tmp_path / "xdg" / "veille" / "veille.sqlite3").is_file()


def test_invalid_setting_is_one_line(tmp_path: Path) -> None:
    corpus = good_dir(tmp_path / "corpus", 0, 1)
    result = run_veille(["ingest", str(corpus)], data_dir=tmp_path / "data",
                        env={"VEILLE_BATCH_SIZE": "lots"})
    assert result.returncode == 2
    assert "Traceback" not in err(result)
    (line,) = err(result).strip().splitlines()
    assert line.startswith("error: setting batch_size='lots' is invalid")


def test_unusable_data_dir_is_one_line(tmp_path: Path) -> None:
    """Regression: a data directory that cannot be created gave a traceback."""
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    corpus = good_dir(tmp_path / "corpus", 0, 1)
    result = run_veille(["ingest", str(corpus)], data_dir=blocker / "data")
    assert result.returncode == 2
    assert "Traceback" not in err(result)
    (line,) = err(result).strip().splitlines()
    assert line.startswith(f"error: cannot open the store at {blocker / 'data'}")


def test_store_that_is_not_a_database_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "veille.sqlite3").write_bytes(b"this is not a database" * 100)
    result = run_veille(["latest"], data_dir=tmp_path / "data")
    assert result.returncode == 2 and "Traceback" not in err(result)
    (line,) = err(result).strip().splitlines()
    assert line.startswith("error: cannot open the store") and "not a database" in line


def test_a_capture_of_two_articles_says_it_kept_one(tmp_path: Path) -> None:
    # newuser13 h2-C14: the second article was dropped without a word.
    para = ("Le conseil municipal de Vannes a voté lundi soir la rénovation de la halle aux "
            "poissons, fermée depuis deux ans, pour un montant de quatre millions d'euros.")
    para2 = ("Les douze poissonniers installés provisoirement sur le port retrouveront leurs "
             "étals dans la halle, dont le loyer restera inchangé la première année.")
    other = ("Le pont du Bonhomme sera fermé à la circulation deux nuits cette semaine, de 21 "
             "heures à 6 heures, pour des travaux d'entretien, a annoncé le département.")
    capture = tmp_path / "two.txt"
    capture.write_text("\n".join([
        "Le Courrier du Golfe", "Vannes : la halle aux poissons sera rénovée",
        "Publié le 01/12/2026 à 07h45", para, para2,
        "Lorient : le pont du Bonhomme fermé deux nuits", "Publié le 01/12/2026 à 06h30",
        other, "Mentions légales"]), "utf-8")
    result = run_veille(["ingest", str(capture)], data_dir=tmp_path / "data")
    assert result.returncode == 0, err(result)
    assert summary_of(err(result)) == (1, 1, 0, 0)
    assert "note: " in err(result)
    assert "Lorient : le pont du Bonhomme fermé deux nuits" in err(result)
