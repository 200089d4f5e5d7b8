"""A question the story terms' readers asked again, answered once a reading (r-perf55,
issue #13): the lower-cased headline and body (the arguments' and the sub-places' gates).
Each answer must be the one a fresh call gives."""

from __future__ import annotations

from datetime import date

from veille.dedup import arguments, reading, specifics
from veille.dedup.stored_terms import encode
from veille.dedup.stories import terms
from veille.extract import textshape

_ARTICLES = [
    ("Grève à Toulouse : les conducteurs de bus ont cessé le travail mardi",
     ["Les conducteurs de Tisséo ont cessé le travail mardi 20 janvier à Toulouse, a annoncé "
      "la CGT, qui réclame une hausse de salaire. La direction recevra les syndicats jeudi.",
      "En 2019, une grève de trois semaines avait paralysé le réseau."],
     date(2026, 1, 21)),
    ("Storm hits Maine coast, thousands without power",
     ["A storm struck the coast of Maine on Sunday, leaving 40,000 homes without power in "
      "Portland and Bangor, the utility said. Crews are expected to restore it by Tuesday.",
      "Last year a similar storm had closed the port of Portland."],
     date(2026, 2, 2)),
]


def test_the_shared_lowering_is_the_plain_one() -> None:
    text = "Grève à İstanbul et à Paris"  # "İ": no plain lower case (textshape.plain_lower)
    with reading.reading():
        assert reading.plain_lower(text) == textshape.plain_lower(text) is None
        assert reading.plain_lower("Grève À Paris") == "grève à paris"
        assert (textshape.plain_lower, ("Grève À Paris",)) in reading._open[-1]
    assert vars(specifics)["plain_lower"] is reading.plain_lower
    assert vars(arguments)["plain_lower"] is reading.plain_lower


def test_the_terms_are_those_read_afresh() -> None:
    for title, paragraphs, published in _ARTICLES:
        shared = encode(terms(title, paragraphs, published))
        reading.ENABLED = False
        try:
            fresh = encode(terms(title, paragraphs, published))
        finally:
            reading.ENABLED = True
        assert shared == fresh
