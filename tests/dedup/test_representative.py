"""Which article stands for a story in a list (issue 14): its fullest independent article,
never a teaser that came first or ranked first."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from veille.dedup.representative import fullest, text_length

Item = tuple[str, int, bool]  # (id, text length, reprint)


def pick(items: list[Item]) -> str:
    return fullest(items, length=lambda i: i[1], reprint=lambda i: i[2])[0]


def test_a_teaser_first_does_not_represent_its_story() -> None:
    assert pick([("teaser", 300, False), ("full", 4000, True), ("other", 3500, False)]) \
        == "other"


def test_fullest_independent_wins_then_order() -> None:
    assert pick([("a", 2000, False), ("b", 2100, False)]) == "b"
    assert pick([("a", 2000, False), ("b", 2000, False)]) == "a"
    assert pick([("copy", 5000, True)]) == "copy"


@given(st.lists(st.tuples(st.text(min_size=1, max_size=3), st.integers(0, 10_000),
                          st.booleans()), min_size=1, max_size=12))
def test_never_a_teaser_when_a_full_text_exists(items: list[Item]) -> None:
    chosen = fullest(items, length=lambda i: i[1], reprint=lambda i: i[2])
    longest = max(i[1] for i in items)
    assert chosen in items and chosen[1] * 2 >= longest


def test_a_lead_without_the_first_paragraphs_dateline_counts_once() -> None:
    # t-reader19 R5: the lead is the first paragraph minus its dateline.
    first = ("3 mars 2025. - Les pompiers de la Drôme ont maîtrisé dans la nuit l'incendie "
             "qui menaçait un entrepôt de la zone artisanale.")
    lead = first.split(". - ", 1)[1]
    rest = "Aucun blessé n'est à déplorer, selon la préfecture."
    assert text_length([lead, first, rest]) == len(first) + len(rest)
    # ... also cut with an ellipsis, and after a wire dateline.
    wire = f"VALENCE, 3 mars 2025 (AFP) - {lead}"
    assert text_length([lead[:60] + "…", wire, rest]) == len(wire) + len(rest)
    # A standfirst of its own still counts.
    own = "Un entrepôt menacé par les flammes."
    assert text_length([own, first, rest]) == len(own) + len(first) + len(rest)


def test_a_dated_article_is_not_outweighed_by_its_doubled_lead() -> None:
    short_first = "12 mai 2024. - " + "Le navigateur a dû abandonner après une collision. " * 8
    short = [short_first.split(". - ", 1)[1], short_first, "Il rentre au port."]
    long_first = "Le skipper, heurté par un chalutier, abandonne la course. " * 9
    long = [long_first, long_first, "Il rentre au port de départ."]
    items = [("short", short), ("long", long)]
    chosen = fullest(items, length=lambda i: text_length(i[1]), reprint=lambda i: False)
    assert chosen[0] == "long"
