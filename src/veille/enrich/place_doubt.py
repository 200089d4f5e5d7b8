"""Whether a place was read by its name's prior alone, among homonyms of like weight
(issue 16, f-places25).

"Saint-Denis", "Valence" or "Saint-Pierre" written with nothing around them that says
which is meant are read as the likeliest namesake (:func:`veille.enrich.places.
resolve_places`: kind, population, the source's country), and veille used to show that
guess as certain. A place is *ambiguous* (:func:`rivals`) when another settlement of its
name would be as likely but for size, and nothing in the text told them apart:

- the rival is a settlement no more than ``COMPARABLE`` times smaller than the reading
  chosen (Saint-Denis, La Réunion, 153,000, beside Saint-Denis, Seine-Saint-Denis,
  113,000; València, 790,000, beside Valence, Drôme, 64,000; Saint-Pierre, Martinique,
  4,000, beside Saint-Pierre, La Réunion, 84,000), not another record of the same town
  (``SAME_PLACE_KM``);
- the text's evidence (its département written, a region, country or neighbour it
  names: the score beyond the name's prior) favours the chosen reading no more than it
  favours the rival.

Paris is not ambiguous (Paris, Texas is 80 times smaller), nor is "Valence (Drôme)" (its
département is written) or "Saint-Denis, à La Réunion" (its area is stated).

Evidence is of two kinds (h-places66, t-final65 A5). What says which *country* or
*département* the name is in (the source's country, a country the text names, the
article's language and time zone, a département code written after the name) tells
namesakes apart wherever they lie. What says only that the reading lies *near the text's
other places* (their region or département, the outlet's own area: "à Prato et à Santa
Lucia", a Tuscan outlet) tells a namesake abroad from one at home, but not two namesakes
of one country: the text never said which of them it means, and the one nearest the
others may be no reading at all (a quarter or hamlet of the city the gazetteer lacks:
"a Prato, nel quartiere di Santa Lucia" read as a village 30 km away among five
namesakes). So, for a reading the gazetteer offers only where the text places it (a
minor town or village abroad: :meth:`veille.enrich.places.Gazetteer.minor_towns`), whose
placing near the text's other places is all that chose it, a namesake in its own country
is also a rival when the first kind of evidence (``placed``) favours it as much. A
gazetteer town (a city, a French commune) is a reading of its bare name anyway, and its
size among its namesakes says how usual that reading is ("Valence" beside Romans is the
Drôme's, not Valence-d'Agen).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from veille.enrich.places import SAME_PLACE_KM, SETTLEMENT, Place, _km

COMPARABLE = 25
"""How many times smaller than the chosen reading a namesake may be and still be a
likely reading of a bare name: Saint-Pierre (Martinique, 4,000) for Saint-Pierre (La
Réunion, 84,000) is one (20 times smaller), Paris, Texas (25,000) for Paris (2.1 million)
is not (80 times)."""
TIE = 1e-6


def _same_town(a: Place, b: Place) -> bool:
    if a.insee and a.insee == b.insee:
        return True
    if a.lat is None or b.lat is None:
        return False
    return _km(a, b) <= SAME_PLACE_KM


def rivals(best: Place, readings: Iterable[Place], evidence: Callable[[Place], float],
           short_form: Callable[[Place], bool] = lambda place: False,
           placed: Callable[[Place], float] | None = None) -> list[Place]:
    """The readings of a name as likely as ``best`` but for the prior (module docstring):
    settlements other than ``best``'s town no more than ``COMPARABLE`` times smaller,
    which ``evidence`` (the text's score of a reading beyond its prior) favours at least
    as much as ``best``, and whose name as written is not only a short form of its own
    (``short_form``: "Arles" is GeoNames' name of Arles-sur-Tech, which nobody means by
    "Arles"; the caller tells it by a name of the place that goes on with a hyphen). A
    namesake in ``best``'s country is a rival too when ``placed`` (the evidence that says
    which country or département a reading is in, without what only says it lies near
    the text's other places: module docstring) favours it at least as much. One per
    town; [] when ``best`` is no settlement."""
    if best.kind not in SETTLEMENT:
        return []
    floor = evidence(best) - TIE
    placed_floor = placed(best) - TIE if placed is not None else 0.0
    out: list[Place] = []
    for place in readings:
        if place.kind not in SETTLEMENT or _same_town(place, best) or short_form(place) or \
                any(_same_town(place, seen) for seen in out):
            continue
        if place.population * COMPARABLE < best.population:
            continue
        if evidence(place) >= floor or (placed is not None and place.country == best.country
                                        and placed(place) >= placed_floor):
            out.append(place)
    return out
