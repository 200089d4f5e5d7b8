"""t-final31 U9: ``veille show`` wrapped "Saint-\nDenis" at its hyphen, so a name copied
from the terminal broke. Lines are wrapped at spaces only."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.cli.render import article_text
from veille.record import Article, Content, RawInput

NAMES = ("Saint-Denis", "Aix-en-Provence", "Jean-Pierre", "Seine-Saint-Denis",
         "Vitry-le-François")


def _article(paragraph: str) -> Article:
    return Article(raw=RawInput(data=b"x", origin="t.txt", media_type="text/plain"),
                   source="exemple.fr", content=Content(title="Titre", paragraphs=[paragraph]),
                   first_seen=datetime(2026, 12, 1, tzinfo=UTC))


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(NAMES + ("le", "maire", "de", "a", "annoncé", "mardi")),
                min_size=20, max_size=80))
def test_no_line_ends_inside_a_hyphenated_name(words: list[str]) -> None:
    text = article_text(_article(" ".join(words)), width=40)
    assert not any(re.search(r"\w-$", line.rstrip()) for line in text.splitlines())
    assert all(name in text.replace("\n", " ") for name in set(words) & set(NAMES))
