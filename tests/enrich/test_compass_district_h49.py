"""A compass point written once as a service's district and once as the area it names, in
one article (r-who49's open case): "le directeur des routes du Sud-Ouest" is no place,
"les vignobles du Sud-Ouest" is; only the area's mention stays a mention. Before, one
mention that named the area kept both (the entity was dropped only when every mention was
a part: :func:`veille.enrich.compass.compass_only`). Real pipeline (spaCy's model, the
shipped gazetteer)."""

from __future__ import annotations

from typing import Any

from veille.enrich.compass import drop_part_mentions
from veille.enrich.stage import Resources

from .conftest import enrich


def _mentions(enrichment: dict[str, Any], surface: str) -> list[tuple[int, str]]:
    return [(int(m[0]), str(e["label"])) for e in enrichment["entities"]
            for m in e["mentions"] if m[2] == surface]


def test_the_district_goes_the_area_stays(resources: Resources) -> None:
    text = ("Chaussée refaite sur la RN21\n\n"
            "« Nous finirons avant les vendanges », a promis le directeur des routes du "
            "Sud-Ouest, Arnaud Lasserre. Les vignobles du Sud-Ouest attendent une récolte "
            "abondante.")
    found = _mentions(enrich(resources, text), "Sud-Ouest")
    assert [at for at, _ in found] == [text.rindex("Sud-Ouest")], found
    area_first = ("Déneigement\n\nLa neige a recouvert le Nord-Est mardi. Le chef du "
                  "service des routes du Nord-Est, Céline Hoffmann, a mobilisé les saleuses.")
    found = _mentions(enrich(resources, area_first), "Nord-Est")
    assert [at for at, _ in found] == [area_first.index("Nord-Est")], found


def test_only_part_mentions_are_dropped_and_never_all() -> None:
    text = "le directeur des routes du Sud-Ouest ; le Sud-Ouest a voté"
    district, area = text.index("Sud-Ouest"), text.rindex("Sud-Ouest")
    both = {"mentions": [[district, district + 9, "Sud-Ouest"], [area, area + 9, "Sud-Ouest"]],
            "count": 2}
    drop_part_mentions(both, text)
    assert both["mentions"] == [[area, area + 9, "Sud-Ouest"]] and both["count"] == 1
    alone = {"mentions": [[district, district + 9, "Sud-Ouest"]], "count": 1}
    drop_part_mentions(alone, text)  # compass_only drops such an entity whole
    assert alone["count"] == 1
