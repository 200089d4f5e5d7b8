"""The lead's two ways of counting words (signature step 6) give the definition's lead.

The signature counts the lead paragraphs' words from the word stream it hashes, finding each
paragraph's end by the separator it joins them with; a text whose paragraphs hold that
separator themselves counts them apart. Both must follow the definition.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from tests.dedup.test_signature_definition import reference_signature, same

from veille.dedup import signature as sig
from veille.dedup.signature import Shingler

SEP = sig._SEPARATOR
WORDS = st.sampled_from(["dépêche", "agence", "Œuvre", "l’État", "x1", "a", "", "\u0301é",
                         SEP, " ", "—"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(WORDS, max_size=30).map(" ".join), max_size=6))
@example(["Une phrase de huit mots au moins\x00 pour voir", "et une seconde de huit mots "
          "pour compter le reste du texte ici"])
@example(["\x00"])
def test_a_paragraph_holding_the_separator_keeps_the_definitions_lead(
        paragraphs: list[str]) -> None:
    assert same(Shingler().signature(paragraphs), reference_signature(paragraphs))


def test_lead_paragraphs_end_where_their_words_reach_twenty() -> None:
    """One 10-word and one 12-word paragraph make the lead (22 shingles), not the third."""
    first = " ".join(f"début{n}" for n in range(10))
    second = " ".join(f"suite{n}" for n in range(12))
    third = " ".join(f"fond{n}" for n in range(40))
    got = Shingler().signature([first, second, third])
    assert same(got, reference_signature([first, second, third]))
    whole = sig.shingle_hashes(" ".join([first, second, third]))
    assert got.lead.tolist() == sorted(set(whole[:22].tolist()))[:sig.L]
