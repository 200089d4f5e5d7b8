"""The copy rule's places are read once a text (brief r-perf66 item 3).

:func:`veille.dedup.stated_places.texts_apart` is asked for each new text and each of its
candidates; it read both sides' places afresh every time, so a wire dispatch was read
again for every later copy (half of the template and places rules' time in
``bench/dedup.py``). Its readings are now remembered by text; the answers must be those of
a fresh reading. Texts written for veille (CC0; invented people and figures).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.dedup import areas, stated_places
from veille.dedup.stated_places import _lead, apart, named, stated, texts_apart

OPENINGS = [
    "Un violent incendie s'est déclaré dans la nuit à Rouen, où les pompiers ont évacué "
    "une trentaine d'habitants d'un immeuble du centre-ville.",
    "Un violent incendie s'est déclaré dans la nuit à Nice, où les pompiers ont évacué "
    "une trentaine d'habitants d'un immeuble du centre-ville.",
    "Le conseil municipal de Bolbec (Seine-Maritime) a adopté lundi soir un budget de "
    "12 millions d'euros, en hausse de 3 %.",
    "Le conseil municipal de Saint-Vulbas (Ain) a adopté lundi soir un budget de "
    "12 millions d'euros, en hausse de 3 %.",
    "Dopo due giorni di pioggia il torrente è esondato nella notte a Parma, dove i vigili "
    "del fuoco hanno evacuato quaranta famiglie.",
    "A pensioner was rescued from her terraced house in York after a fire broke out in "
    "the kitchen early on Sunday.",
    "La ministre a présenté mercredi son projet de loi sur l'énergie devant le Sénat.",
]
TAILS = ["Le maire a demandé aux riverains d'éviter le secteur jusqu'à nouvel ordre.",
         "Les habitants de Lyon et de Marseille ont été relogés par la mairie.",
         "Il sindaco ha firmato un'ordinanza per chiudere le scuole.", ""]


def _fresh(opening: str, whole: str, other_opening: str, other_whole: str) -> bool:
    """:func:`texts_apart` before r-perf66: every side read afresh."""
    ours, theirs = stated("", opening), stated("", other_opening)
    if ours and theirs and apart(ours, named(whole) | stated_places._stated_in(whole),
                                 theirs, named(other_whole)
                                 | stated_places._stated_in(other_whole)):
        return True
    our_regions = areas.stated_areas(_lead("", opening), ours)
    their_regions = areas.stated_areas(_lead("", other_opening), theirs)
    if not our_regions or not their_regions or not our_regions.isdisjoint(their_regions):
        return False
    our_all = named(whole) | stated_places._stated_in(whole)
    their_all = named(other_whole) | stated_places._stated_in(other_whole)
    our_lead, our_named = areas.area_keys(_lead("", opening), whole, ours, our_all)
    their_lead, their_named = areas.area_keys(_lead("", other_opening), other_whole, theirs,
                                              their_all)
    return areas.apart(our_lead | ours, our_named | our_all, their_lead | theirs,
                       their_named | their_all)


_side = st.tuples(st.sampled_from(OPENINGS), st.sampled_from(TAILS))


@settings(max_examples=80, deadline=None)
@given(a=_side, b=_side)
def test_remembered_answers_are_fresh_answers(a: tuple[str, str], b: tuple[str, str]) -> None:
    whole_a, whole_b = f"{a[0]}\n{a[1]}", f"{b[0]}\n{b[1]}"
    assert texts_apart(a[0], whole_a, b[0], whole_b) == _fresh(a[0], whole_a, b[0], whole_b)
    # asked again (the remembered readings): the same
    assert texts_apart(a[0], whole_a, b[0], whole_b) == _fresh(a[0], whole_a, b[0], whole_b)


def test_two_towns_on_one_template_still_apart() -> None:
    rouen, nice = OPENINGS[0], OPENINGS[1]
    assert texts_apart(rouen, f"{rouen}\n{TAILS[0]}", nice, f"{nice}\n{TAILS[0]}")
    bolbec, vulbas = OPENINGS[2], OPENINGS[3]
    assert texts_apart(bolbec, bolbec, vulbas, vulbas)


def test_a_candidate_is_read_once_for_its_later_copies(monkeypatch: object) -> None:
    """A dispatch compared with three later texts states its places once."""
    stated_places._opening_stated.cache_clear()
    seen: list[str] = []
    original = stated_places.stated

    def counted(title: str, body: str) -> frozenset[str]:
        seen.append(body)
        return original(title, body)

    monkeypatch.setattr(stated_places, "stated", counted)  # type: ignore[attr-defined]
    dispatch = ("Une fuite de gaz a provoqué l'évacuation d'une école à Quimperlé mardi "
                "matin, où 210 élèves ont été accueillis au gymnase voisin.")
    for n, later in enumerate(("à Concarneau", "à Morlaix", "à Landerneau")):
        other = dispatch.replace("à Quimperlé", later).replace("210", str(300 + n))
        texts_apart(other, other, dispatch, dispatch)
    assert seen.count(dispatch) == 1
