"""Short texts join a story on more than one rare word (issue #14, f-stories20): a headline
and a line hold so few terms that one rare shared word (a headline's "numéro", weighted x3)
carried an article's cosine past the threshold alone, into a story of two articles (the
evidence rule asked only stories of one). An article of at most :data:`SHORT_TERMS`
distinct terms is now asked the evidence rule by a story of any size. Text written for the
test.
"""

from __future__ import annotations

from veille.dedup.stories import SHORT_TERMS, Stories, story_terms, story_wording, terms

EVENT = [
    ("a1", "Le numéro deux d'Al-Qaïda tué au Yémen",
     "Le chef militaire du groupe a été tué par une frappe américaine dans le sud du pays."),
    ("a2", "Yémen : le numéro deux d'Al-Qaïda tué par une frappe",
     "Washington confirme la mort du dirigeant jihadiste, visé par un drone."),
]
OTHER = ("b1", "Un nouveau numéro d'urgence pour les victimes de violences",
         "Le gouvernement lance une ligne gratuite ouverte jour et nuit.")
FOLLOW_UP = ("a3", "Al-Qaïda : la mort de son numéro deux au Yémen confirmée",
             "Le groupe jihadiste reconnaît la perte de son chef militaire, tué par un "
             "drone américain.")


def _feed(stories: Stories, docs: list[tuple[str, str, str]]) -> list[str]:
    return [stories.assign(i, story_terms(stories, i, title, [line]), 0,
                           text=story_wording([line])) for i, title, line in docs]


def test_one_shared_rare_word_does_not_join_a_short_text() -> None:
    """Regression: before (``short_terms=0``) the brief on an emergency number joined the
    story of Al-Qaïda's number two on "numéro" alone; now it opens its own story, and a
    follow-up brief on the event, sharing the place, the group and what happened, joins."""
    assert all(len(terms(title, [line])) <= SHORT_TERMS
               for _i, title, line in (*EVENT, OTHER, FOLLOW_UP))
    assert _feed(Stories(short_terms=0), [*EVENT, OTHER]) == ["a1", "a1", "a1"]
    assert _feed(Stories(), [*EVENT, OTHER, FOLLOW_UP]) == ["a1", "a1", "b1", "a1"]


def test_a_second_common_word_is_not_the_evidence_either() -> None:
    """The same with "victimes" written by both sides too: the score without "numéro"
    is that common word's alone, under the threshold: still apart (before: joined)."""
    event = [(i, title, line + " Aucune victime civile n'est à déplorer, selon les "
              "victimes des précédentes frappes.") for i, title, line in EVENT]
    other = (OTHER[0], OTHER[1], OTHER[2] + " Elle est destinée aux victimes.")
    assert all(len(terms(title, [line])) <= SHORT_TERMS for _i, title, line in (*event, other))
    assert _feed(Stories(short_terms=0), [*event, other]) == ["a1", "a1", "a1"]
    assert _feed(Stories(), [*event, other]) == ["a1", "a1", "b1"]
