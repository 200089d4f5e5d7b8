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
           short_form: Callable[[Place], bool] = lambda place: False) -> list[Place]:
    """The readings of a name as likely as ``best`` but for the prior (module docstring):
    settlements other than ``best``'s town no more than ``COMPARABLE`` times smaller,
    which ``evidence`` (the text's score of a reading beyond its prior) favours at least
    as much as ``best``, and whose name as written is not only a short form of its own
    (``short_form``: "Arles" is GeoNames' name of Arles-sur-Tech, which nobody means by
    "Arles"; the caller tells it by a name of the place that goes on with a hyphen). One
    per town; [] when ``best`` is no settlement."""
    if best.kind not in SETTLEMENT:
        return []
    floor = evidence(best) - TIE
    out: list[Place] = []
    for place in readings:
        if place.kind not in SETTLEMENT or _same_town(place, best) or short_form(place) or \
                any(_same_town(place, seen) for seen in out):
            continue
        if place.population * COMPARABLE >= best.population and evidence(place) >= floor:
            out.append(place)
    return out
