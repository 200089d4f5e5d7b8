"""t-final27 F11 c, d: the errors of a cut JSON Lines file of one line and of a feed file
cut mid-tag say what is true and what to do. Real ingest into a real store."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from veille.collect.broken_feeds import broken_feed
from veille.service import Veille
from veille.settings import Settings

GOOD = '{"title": "Grève à la SNCF", "text": "Les cheminots ont cessé le travail mardi."}'


def _problems(tmp_path: Path, name: str, data: str) -> list[str]:
    path = tmp_path / name
    path.write_text(data, "utf-8")
    with Veille(Settings(data_dir=tmp_path / "data")) as v:
        summary = v.ingest(path)
    return [p.one_line() for p in summary.problems]


def test_a_cut_line_alone_does_not_speak_of_other_lines(tmp_path: Path) -> None:
    [problem] = _problems(tmp_path, "one.jsonl", '{"title": "Grève", "text": "Les chemi')
    assert "broken JSON line" in problem
    assert "other lines" not in problem and "only line" in problem


def test_a_cut_line_among_others_still_says_they_were_read(tmp_path: Path) -> None:
    [problem] = _problems(tmp_path, "two.jsonl", GOOD + "\n" + '{"title": "Gr\n')
    assert "the other lines were read" in problem


def test_a_feed_cut_mid_tag_is_a_broken_feed(tmp_path: Path) -> None:
    [problem] = _problems(tmp_path, "feed.rss",
                          "Pas un vrai flux\n<rss><channel><item><title>x")
    assert "an RSS feed that cannot be read" in problem
    assert "text before its <rss> element (line 1)" in problem
    assert "ends early, at line 2" in problem
    assert "no article text" not in problem
    assert "save or download the feed again" in problem


def test_an_atom_feed_after_a_stray_line_names_both_faults(tmp_path: Path) -> None:
    [problem] = _problems(tmp_path, "feed.atom", (
        "Copie du flux\n\n"
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>\n<entry><title'))
    assert "an Atom feed that cannot be read" in problem
    assert "text before its <feed> element (line 1)" in problem
    assert "ends early, at line 4" in problem


@given(st.binary(max_size=200))
def test_any_bytes_give_an_error_or_none(data: bytes) -> None:
    error = broken_feed(b"<rss>" + data, origin="x.rss")
    assert error is None or str(error).startswith("an RSS feed")
