"""Reading local inputs: files, directories, gzip, JSON, standard input, and every bad case.

These call :func:`veille.collect.files.read_inputs` on real files in ``tmp_path``; each bad
input must come back as an :class:`InputError` with a one-line message, and never stop the
walk.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import threading
from pathlib import Path

import pytest

from veille.collect.files import Options, count_files, list_files, read_inputs
from veille.errors import InputError
from veille.extract.stage import HTML, RECORD, TEXT
from veille.record import RawInput

OPTIONS = Options(max_bytes=10_000)
PAGE = "Un titre\n\nUne phrase d'article assez longue pour être de la prose.\n"


def read(paths: list[Path], options: Options = OPTIONS, stdin: bytes | None = None
         ) -> list[RawInput | InputError]:
    stream = io.BytesIO(stdin) if stdin is not None else None
    return list(read_inputs(paths, options=options, stdin=stream))


def only_error(items: list[RawInput | InputError]) -> InputError:
    assert len(items) == 1, items
    assert isinstance(items[0], InputError), items
    error = items[0]
    assert "\n" not in error.one_line()
    return error


def test_directory_is_walked_recursively_in_a_stable_order(tmp_path: Path) -> None:
    for name in ["b/2.txt", "a/1.txt", "a/deep/3.txt", "0.txt", ".hidden.txt",
                 ".git/x.txt", "__pycache__/y.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(PAGE + name)
    files = [p.relative_to(tmp_path).as_posix() for p in list_files([tmp_path])]
    assert files == ["0.txt", "a/1.txt", "a/deep/3.txt", "b/2.txt"]
    assert count_files([tmp_path]) == 4
    items = read([tmp_path])
    assert [i.origin for i in items] == [str(tmp_path / f) for f in files]
    assert all(isinstance(i, RawInput) and i.media_type == TEXT for i in items)


def test_media_type_from_suffix_then_sniffed(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text("<p>hello</p>")
    (tmp_path / "b.htm").write_text("<p>hello</p>")
    (tmp_path / "c.jsonl").write_text('{"title": "t", "text": "x"}\n')
    (tmp_path / "d").write_text("<!DOCTYPE html><html><body>hi</body></html>")
    (tmp_path / "e").write_text('{"title": "t", "text": "x"}\n')
    (tmp_path / "f").write_text(PAGE)
    types = {Path(i.origin.split("#")[0]).name: i.media_type
             for i in read([tmp_path]) if isinstance(i, RawInput)}
    assert types == {"a.html": HTML, "b.htm": HTML, "c.jsonl": RECORD, "d": HTML,
                     "e": RECORD, "f": TEXT}


def test_json_lines_give_one_item_per_line_with_its_line_number(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"title": "one", "url": "https://ex.org/1"}\n\n'
                    '{"title": "two"}\r\n{broken\n')
    items = read([path])
    assert [i.origin for i in items] == [f"{path}#1", f"{path}#3", f"{path}#4"]
    assert all(isinstance(i, RawInput) and i.media_type == RECORD for i in items)
    assert items[0].url == "https://ex.org/1"  # type: ignore[union-attr]
    assert items[2].data == b"{broken"  # type: ignore[union-attr]


def test_json_file_with_an_array_gives_one_item_per_record(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    records = [{"title": "un", "text": "é"}, {"title": "deux", "url": "https://ex.org/2"}]
    path.write_text(json.dumps(records))
    items = read([path])
    assert [i.origin for i in items] == [f"{path}#1", f"{path}#2"]
    assert [json.loads(i.data) for i in items] == records  # type: ignore[union-attr]
    assert items[1].url == "https://ex.org/2"  # type: ignore[union-attr]


def test_json_file_with_one_object_keeps_its_plain_origin(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"title": "un"}))
    (item,) = read([path])
    assert isinstance(item, RawInput) and item.origin == str(path)


def test_broken_json_file_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text('[{"title": "un"},')
    error = only_error(read([path]))
    assert error.reason == "bad-json" and error.origin == str(path)


@pytest.mark.parametrize("suffix,media_type", [(".txt", TEXT), (".html", HTML),
                                                (".jsonl", RECORD)])
def test_gzip_files_are_inflated_and_typed_by_their_inner_name(
        tmp_path: Path, suffix: str, media_type: str) -> None:
    data = b'{"title": "t", "text": "x"}' if media_type == RECORD else PAGE.encode()
    path = tmp_path / f"page{suffix}.gz"
    path.write_bytes(gzip.compress(data))
    (item,) = read([path])
    assert isinstance(item, RawInput)
    assert item.data == data and item.media_type == media_type


def test_gzip_is_recognised_without_its_suffix(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(gzip.compress(PAGE.encode()))
    (item,) = read([path])
    assert isinstance(item, RawInput) and item.data == PAGE.encode()


def test_gzip_with_several_members_is_read_whole(tmp_path: Path) -> None:
    """Regression: ``cat a.gz b.gz`` is a valid gzip file; the second member was dropped."""
    path = tmp_path / "two.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"title": "a"}\n') + gzip.compress(b'{"title": "b"}\n'))
    items = read([path])
    assert [i.data for i in items] == [b'{"title": "a"}', b'{"title": "b"}']  # type: ignore


def test_truncated_gzip_is_an_error_not_a_partial_article(tmp_path: Path) -> None:
    """Regression: a gzip file cut short was ingested, silently, as whatever part inflated."""
    path = tmp_path / "cut.txt.gz"
    whole = gzip.compress(os.urandom(3000).hex().encode())
    path.write_bytes(whole[: len(whole) // 2])
    error = only_error(read([path]))
    assert error.reason == "bad-gzip"
    assert "cut short" in error.one_line()


def test_broken_gzip_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "x.txt.gz"
    path.write_bytes(b"\x1f\x8bthis is not deflate data at all")
    assert only_error(read([path])).reason == "bad-gzip"


def test_gzip_that_inflates_past_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a" * 1_000_000))
    assert path.stat().st_size < 10_000
    error = only_error(read([path]))
    assert error.reason == "too-large"
    assert "limit" in error.one_line() and "VEILLE_MAX_INPUT_BYTES" in error.one_line()


def test_several_gzip_members_may_not_add_up_past_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "bombs.txt.gz"
    path.write_bytes(gzip.compress(b"a" * 6_000) + gzip.compress(b"b" * 6_000))
    assert only_error(read([path])).reason == "too-large"


def test_file_over_the_limit_is_refused_without_being_read(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 10_001)
    error = only_error(read([path]))
    assert error.reason == "too-large" and "10001" in error.one_line()
    path.write_bytes(b"x " * 5_000)  # exactly at the limit is fine
    assert isinstance(read([path])[0], RawInput)


def test_empty_and_blank_files_are_errors(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \n\t\r\n")
    (tmp_path / "empty.txt.gz").write_bytes(gzip.compress(b""))
    items = read([tmp_path])
    assert len(items) == 3
    assert all(isinstance(i, InputError) and i.reason == "empty" for i in items)


def test_dangling_symlink_and_symlink_loop_are_errors_and_the_walk_goes_on(
        tmp_path: Path) -> None:
    (tmp_path / "a_dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "b_loop.txt").symlink_to(tmp_path / "b_loop.txt")
    (tmp_path / "c_good.txt").write_text(PAGE)
    items = read([tmp_path])
    assert [type(i) for i in items] == [InputError, InputError, RawInput]
    assert items[0].reason == "not-found"  # type: ignore[union-attr]
    assert items[1].reason == "unreadable"  # type: ignore[union-attr]
    assert all("\n" not in i.one_line() for i in items[:2])  # type: ignore[union-attr]
    # newuser4 N32: a loop is named as one, and its remedy is not "check its permissions"
    loop = items[1].one_line()  # type: ignore[union-attr]
    assert "link loop" in loop and "fix or remove the link" in loop
    assert "permission" not in loop


def test_a_link_named_on_the_command_line_says_what_is_wrong(tmp_path: Path) -> None:
    """newuser4 N32: a loop or a dangling link named explicitly was "no such file"."""
    (tmp_path / "loop1").symlink_to(tmp_path / "loop2")
    (tmp_path / "loop2").symlink_to(tmp_path / "loop1")
    (tmp_path / "dangling").symlink_to(tmp_path / "nowhere")
    loop = only_error(read([tmp_path / "loop1"])).one_line()
    assert "link loop" in loop and "fix or remove the link" in loop
    dangling = only_error(read([tmp_path / "dangling"])).one_line()
    assert "symbolic link to a missing file" in dangling


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    error = only_error(read([tmp_path / "nope.txt"]))
    assert error.reason == "not-found" and "nope.txt" in error.one_line()


def test_fifo_in_a_directory_is_refused_instead_of_blocking_forever(tmp_path: Path) -> None:
    """Regression: opening a FIFO nobody writes to blocked the whole ingest."""
    os.mkfifo(tmp_path / "a_pipe.txt")
    (tmp_path / "b_good.txt").write_text(PAGE)
    result: list[RawInput | InputError] = []
    worker = threading.Thread(target=lambda: result.extend(read([tmp_path])), daemon=True)
    worker.start()
    worker.join(timeout=10)
    if worker.is_alive():  # unblock the reader so the test process can exit
        with open(tmp_path / "a_pipe.txt", "wb"):
            pass
        pytest.fail("reading a directory with a FIFO in it blocked")
    assert [type(i) for i in result] == [InputError, RawInput]
    assert result[0].reason == "not-a-file"  # type: ignore[union-attr]


def test_a_fifo_named_explicitly_is_read(tmp_path: Path) -> None:
    """Naming a FIFO (``veille ingest <(zcat x.gz)``) is a request to read it."""
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)

    def write() -> None:
        with open(pipe, "wb") as stream:
            stream.write(PAGE.encode())

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    (item,) = read([pipe])
    writer.join(timeout=10)
    assert isinstance(item, RawInput) and item.data == PAGE.encode()


def test_standard_input(tmp_path: Path) -> None:
    (item,) = read([Path("-")], stdin=PAGE.encode())
    assert isinstance(item, RawInput)
    assert item.origin == "<stdin>" and item.media_type == TEXT and item.data == PAGE.encode()


def test_standard_input_may_be_gzip_or_json_lines() -> None:
    items = read([Path("-")], stdin=gzip.compress(b'{"title": "a"}\n{"title": "b"}\n'))
    assert [i.origin for i in items] == ["<stdin>#1", "<stdin>#2"]
    assert all(isinstance(i, RawInput) and i.media_type == RECORD for i in items)


def test_standard_input_over_the_limit_is_refused() -> None:
    error = only_error(read([Path("-")], stdin=b"x" * 10_001))
    assert error.reason == "too-large" and error.origin == "<stdin>"


def test_source_option_names_every_item(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(PAGE)
    (item,) = read([tmp_path], options=Options(max_bytes=10_000, source="lemonde.fr"))
    assert isinstance(item, RawInput) and item.source == "lemonde.fr"


def test_same_bytes_give_the_same_raw_id(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(PAGE)
    (tmp_path / "b.txt").write_text(PAGE)
    a, b = read([tmp_path])
    assert isinstance(a, RawInput) and isinstance(b, RawInput)
    assert a.raw_id == b.raw_id and len(a.raw_id) == 64


def test_directory_walk_passes_over_files_that_are_not_inputs(tmp_path: Path) -> None:
    """Regression: demo/ATTRIBUTION.md was ingested as an article titled "# The demo corpus"."""
    (tmp_path / "README.md").write_text("# Notes\n\nNot an article.\n", "utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "page.txt").write_text("Un titre\n\nUn paragraphe.\n", "utf-8")
    (tmp_path / "page.html.gz").write_bytes(b"")
    (tmp_path / "noext").write_text("x", "utf-8")
    names = sorted(p.name for p in list_files([tmp_path]))
    assert names == ["noext", "page.html.gz", "page.txt"]
    assert [p.name for p in list_files([tmp_path / "README.md"])] == ["README.md"]


def test_a_cut_gzip_of_json_lines_keeps_its_whole_records(tmp_path: Path) -> None:
    """Regression (t-scale19 P3): a JSON Lines file gzipped then cut in half stored none of
    its records, though ``zcat`` gives every one before the cut; a WARC cut the same way
    kept them. The whole lines before the damage are read, the line cut in two is not,
    and one error says so."""
    lines = [json.dumps({"title": f"Dépêche {n}", "text": os.urandom(40).hex()}) + "\n"
             for n in range(400)]
    whole = gzip.compress("".join(lines).encode(), compresslevel=1)
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(whole[: len(whole) // 2])
    items = read([path], Options(max_bytes=1_000_000))
    records = [i for i in items if isinstance(i, RawInput)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert 100 < len(records) < 400
    assert [json.loads(r.data)["title"] for r in records] == \
        [f"Dépêche {n}" for n in range(len(records))]
    assert len(errors) == 1 and errors[0].reason == "bad-gzip"
    assert f"the {len(records)} whole lines before the damage were read" in str(errors[0])
