"""An input cut by a size bound says so (t-final25 S1): a 46 MB text of random words was
stored as a silent, untitled article with ``truncated: false`` while ``evidence.limits``
said only its first million characters were read. Now the article is ``truncated``, its
``evidence.truncated`` says what was kept, and the ingest summary prints one note: where,
what was cut, and that no headline was found."""

from __future__ import annotations

import json
import random
from pathlib import Path

from capture_kit import err, out, run_veille
from veille.extract.article_bound import MAX_ARTICLE_CHARS, SIZE_CUT
from veille.extract.stage import ExtractStage
from veille.record import Article, RawInput

_SYLLABLES = "ba co di fu ga le mi no pa ri sa tu ve zo cha pre tri lon gar mer".split()


def _random_words(chars: int) -> str:
    """Sentences of random words from a vocabulary of prose's size (a few thousand words,
    so that the text is not word salad, which extract.word_salad refuses: h-extract59), in
    lines too long for a headline."""
    rng = random.Random(25)
    words = ["".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))
             for _ in range(6_000)]
    lines: list[str] = []
    size = 0
    while size < chars:
        lines.append(" ".join(rng.choice(words) for _ in range(rng.randint(40, 80))) + ".")
        size += len(lines[-1]) + 1
    return "\n".join(lines)


def test_a_capture_past_the_bound_is_marked_truncated() -> None:
    text = _random_words(2 * MAX_ARTICLE_CHARS)
    article = ExtractStage()(Article(raw=RawInput(data=text.encode(), origin="huge.txt",
                                                  media_type="text/plain")))
    assert article.content is not None
    content = article.content
    assert content.truncated
    assert f"of {len(text):,} characters" in content.evidence[SIZE_CUT]
    assert content.evidence[SIZE_CUT] in content.evidence["truncated"]


def test_a_short_capture_is_not_marked_cut() -> None:
    text = _random_words(5_000)
    article = ExtractStage()(Article(raw=RawInput(data=text.encode(), origin="short.txt",
                                                  media_type="text/plain")))
    assert article.content is not None
    assert not article.content.truncated and SIZE_CUT not in article.content.evidence


def test_ingest_says_a_huge_text_was_cut_and_had_no_headline(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    huge.write_text(_random_words(int(1.5 * MAX_ARTICLE_CHARS)), "utf-8")
    data = tmp_path / "data"
    result = run_veille(["ingest", str(huge)], data_dir=data)
    assert result.returncode == 0, err(result)
    notes = [line for line in err(result).splitlines() if line.startswith("  note: ")]
    assert len(notes) == 1, err(result)
    assert str(huge) in notes[0] and "cut short" in notes[0], notes
    assert "characters" in notes[0] and "no headline found" in notes[0], notes
    listed = run_veille(["latest", "--json"], data_dir=data)
    rows = [json.loads(line) for line in out(listed).splitlines()]
    assert len(rows) == 1, out(listed)
    content = rows[0].get("content") or rows[0]
    assert content["truncated"] is True, sorted(content)
