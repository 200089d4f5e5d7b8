"""``place:`` filters read against the places the store holds, before the alias table
and the shipped label table (:mod:`veille.enrich.query`).

- ``place:"Deir ez-Zor"`` finds every article whose place has the id of a stored place
  of that name, whatever spelling the other articles gave it ("Deir al-Zor" in English):
  the place page counts articles by id, the index holds each article's own spelling, and
  the search found only the articles spelling it as typed (t-final31 F6).
- ``place:"Name (Area)"``: the area may be the place's country (its ISO code, its French
  or English name), its French département, or its first-level region or state (the
  gazetteer's region row: "Paris (Texas)", "Valence (Auvergne-Rhône-Alpes)"), t-final31
  U2. The places asked for are looked up among the stored ones, so a label whose name the
  shipped label table does not hold no longer builds the whole gazetteer (~7 s per query
  on a 33-article store, t-final31 U1): a place no article names cannot match anyway.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from importlib import resources
from typing import Any

from veille.collector import built_once
from veille.enrich.place_labels import labelled_shipped, shipped_label_table, split_label
from veille.enrich.text import fold
from veille.index.query import And, Filter, Node, Not, Or

_REGION_FILES = ("gazetteer.tsv", "provinces.tsv")
"""The shipped files whose ``region`` rows name first-level regions (id, name, kind,
country, admin1, ...)."""


@functools.cache
def region_names(files: tuple[str, ...] = _REGION_FILES
                 ) -> dict[tuple[str, str], frozenset[str]]:
    """Folded names of the first-level regions by ``(country, admin1)``: the shipped
    region rows (of ``files``) and their curated other names ("Brittany", "Sicily"), keyed
    by their admin1 field, by their ISO 3166-2 code (US-TX → TX), which is the admin1 of
    the places of some countries (the United States), and by GeoNames' number of the
    region where GeoNames numbers them (:func:`geonames_region_names`: ("DE", "02")).
    ``provinces.tsv``'s second-level rows share their region's admin1 (every
    English county is "ENG"): :func:`area_terms` reads ``gazetteer.tsv`` alone."""
    found: dict[tuple[str, str], set[str]] = {}
    data = resources.files("veille.enrich").joinpath("data")
    other = _shipped_region_names(files)
    for name in files:
        for line in data.joinpath(name).read_text("utf-8").splitlines():
            fields = line.split("\t")
            if len(fields) < 5 or fields[2] != "region" or line.startswith("#"):
                continue
            pid, label, country, admin1 = fields[0], fields[1], fields[3], fields[4]
            keys = {admin1} if admin1 else set()
            prefix = f"iso3166-2:{country}-"
            suffix = pid[len(prefix):] if pid.startswith(prefix) else ""
            if suffix and (not suffix.isdigit() or suffix == admin1
                           or country in _numbered_alike(files)):
                keys.add(suffix)
            for key in keys:
                found.setdefault((country, key), set()).update(
                    {fold(label), *other.get(pid, ())})
    for (country, admin1), names in geonames_region_names(files).items():
        found.setdefault((country, admin1), set()).update(names)
    return {key: frozenset(names) for key, names in found.items()}


@built_once
def _region_codes() -> tuple[tuple[str, str, str, str], ...]:
    """``(ISO 3166-2 id, country, GeoNames admin1, English name)`` rows of
    ``region_codes.tsv``: the subdivisions GeoNames numbers ("DE", "02" for
    iso3166-2:DE-BY) rather than coding them by their ISO suffix."""
    data = resources.files("veille.enrich").joinpath("data").joinpath("region_codes.tsv")
    rows = []
    for line in data.read_text("utf-8").splitlines():
        fields = line.split("\t")
        if not line.startswith("#") and len(fields) >= 4:
            rows.append((fields[0], fields[1], fields[2], fields[3]))
    return tuple(rows)


@functools.cache
def _shipped_region_names(files: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """Folded names of each first-level region by its id: its rows in ``files`` (French,
    translated and local names), and its other names in ``curated_place_names.tsv``
    ("Sicily", "Canary Islands")."""
    data = resources.files("veille.enrich").joinpath("data")
    found: dict[str, set[str]] = {}
    for name in files:
        for line in data.joinpath(name).read_text("utf-8").splitlines():
            fields = line.split("\t")
            if len(fields) >= 5 and fields[2] == "region" and not line.startswith("#"):
                found.setdefault(fields[0], set()).add(fold(fields[1]))
    for line in data.joinpath("curated_place_names.tsv").read_text("utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) >= 2 and not line.startswith("#") and fields[0] in found:
            found[fields[0]].add(fold(fields[1]))
    return {pid: frozenset(names) for pid, names in found.items()}


@functools.cache
def geonames_region_names(files: tuple[str, ...] = _REGION_FILES
                          ) -> dict[tuple[str, str], frozenset[str]]:
    """Folded names of the first-level regions GeoNames numbers, by ``(country, GeoNames
    admin1)``: ("DE", "02") → {"bayern", "baviere", "bavaria"}. A city of the gazetteer
    carries GeoNames' code (München "02"), the region's rows none (their id is ISO's,
    iso3166-2:DE-BY): ``region_codes.tsv`` joins the two, and adds the region's English
    name. Without it ``place:Bayern`` found no article placed in München, ``place:Lazio``
    none placed in Rome (issue 16, t-final54 A2). The countries it leaves out are joined
    from the gazetteer itself (:func:`veille.search.region_join.joined_region_codes`:
    Kobe's "13" is Hyogo, Kraków's "77" Małopolskie, r-places55). An English name that is also the
    gazetteer's name of a city ("Madrid", "Valencia", "Vienna") is left out: the region
    would take the city's name, and ``place:Madrid`` find Getafe."""
    from veille.search.region_join import joined_region_codes

    names = _shipped_region_names(files)
    cities = _city_names()
    found: dict[tuple[str, str], set[str]] = {}
    joined = [(pid, country, admin1, "") for pid, country, admin1 in joined_region_codes()]
    for pid, country, admin1, english in [*_region_codes(), *joined]:
        terms = set(names.get(pid, ()))
        if english and fold(english) not in cities:
            terms.add(fold(english))
        if terms:
            found.setdefault((country, admin1), set()).update(terms)
    return {key: frozenset(value) for key, value in found.items()}


@built_once
def _city_codes() -> dict[tuple[str, str], frozenset[str]]:
    """GeoNames first-level codes of the gazetteer's cities and capitals by ``(country,
    folded name)`` (``gazetteer.tsv``)."""
    data = resources.files("veille.enrich").joinpath("data").joinpath("gazetteer.tsv")
    out: dict[tuple[str, str], set[str]] = {}
    for line in data.read_text("utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) >= 5 and fields[2] in ("capital", "city") and not line.startswith("#"):
            out.setdefault((fields[3], fold(fields[1])), set()).add(fields[4])
    return {key: frozenset(codes) for key, codes in out.items()}


@built_once
def _city_names() -> frozenset[str]:
    """Folded names of the gazetteer's cities and capitals."""
    return frozenset(name for _, name in _city_codes())


@functools.cache
def _numbered_alike(files: tuple[str, ...]) -> frozenset[str]:
    """The countries whose regions' numeric ISO 3166-2 codes are GeoNames' first-level codes
    too (Turkey's provinces: TR-34 İstanbul is GeoNames' "34"), told by the regions named
    after a city of theirs: each such city carries its region's ISO number. Elsewhere the
    two numberings differ (JP-13 is Tokyo, GeoNames' "13" Hyōgo, where Kobe lies; PT-13
    Porto, GeoNames' "13" Leiria), and an ISO number read as GeoNames' made ``place:Tokyo``
    find Kobe (h-regions54)."""
    data = resources.files("veille.enrich").joinpath("data")
    agree: dict[str, bool] = {}
    for name in files:
        for line in data.joinpath(name).read_text("utf-8").splitlines():
            fields = line.split("\t")
            if len(fields) < 5 or fields[2] != "region" or line.startswith("#"):
                continue
            country, suffix = fields[3], fields[0].rsplit("-", 1)[-1]
            codes = _city_codes().get((country, fold(fields[1])))
            if not suffix.isdigit() or not codes or fields[4]:
                continue
            agree[country] = agree.get(country, True) and suffix in codes
    return frozenset(country for country, yes in agree.items() if yes)


@built_once
def department_names() -> dict[str, frozenset[str]]:
    """Folded names of the French départements by code ("29" → {"finistere"}): the shipped
    gazetteer's ``department`` rows (id ``iso3166-2:FR-29``)."""
    found: dict[str, set[str]] = {}
    data = resources.files("veille.enrich").joinpath("data").joinpath("gazetteer.tsv")
    for line in data.read_text("utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) >= 5 and fields[2] == "department" and \
                fields[0].startswith("iso3166-2:FR-"):
            found.setdefault(fields[0][len("iso3166-2:FR-"):], set()).add(fold(fields[1]))
    return {code: frozenset(names) for code, names in found.items()}


FRENCH_AREAS = frozenset({"FR"})
"""Countries whose places carry their region through INSEE (communes): no nearest city."""


def _number(value: Any) -> float | None:
    try:
        return None if value is None else float(value)
    except (TypeError, ValueError):
        return None


def area_terms(place: Any) -> set[str]:
    """The folded names of the areas a stored place (an enrichment's place dict) lies in:
    its country's (ISO code's CLDR names in the pages' languages), its first-level
    region's or state's, its French département's. The index adds them to the article's
    ``place`` terms, so that ``place:Drôme`` finds the articles about Valence,
    ``place:Bretagne`` those about Quimper, ``place:Espagne`` those about Sevilla
    (t-final34 B4: a journalist asking for a département expects its communes). An area
    itself gets its country's names, not its own again. A place abroad that carries no
    first-level code (an island of ``islands_ports.tsv``: Tenerife, Majorque) takes the
    code of the gazetteer city nearest to it (:func:`veille.search.region_join.
    nearest_admin1`), so ``place:Canarias`` finds Tenerife (r-places55)."""
    from veille.enrich.place_labels import _country_names

    country = str(place.get("country") or "")
    kind = str(place.get("kind") or "")
    if not country or kind == "country":
        return set()
    terms = set(_country_names(country))
    admin1 = str(place.get("admin1") or "")
    if not admin1 and country not in FRENCH_AREAS and kind not in ("region", "department"):
        from veille.search.region_join import nearest_admin1

        admin1 = nearest_admin1(country, _number(place.get("lat")), _number(place.get("lon")))
    if admin1 and kind != "region":
        terms.update(region_names(("gazetteer.tsv",)).get((country, admin1), ()))
    department = str(place.get("department") or "")
    if country == "FR" and department and kind != "department":
        terms.update(department_names().get(department, ()))
    return terms - {""}


@built_once
def _commune_rows() -> tuple[tuple[str, str, str, str], ...]:
    """``(name, département, lat, lon)`` of the French communes (INSEE's list), as read."""
    import gzip

    data = resources.files("veille.enrich").joinpath("data").joinpath("communes.tsv.gz")
    rows = []
    for line in gzip.decompress(data.read_bytes()).decode("utf-8").splitlines():
        fields = line.split("\t")
        if not line.startswith("#") and len(fields) >= 6:
            rows.append((fields[1], fields[2], fields[4], fields[5]))
    return tuple(rows)


def commune_department(name: str, lat: float | None, lon: float | None) -> str | None:
    """The département of the French commune named ``name`` nearest to the point (a stored
    place resolved to a GeoNames row, which carries no INSEE code), None when no commune
    bears that name. Folding keeps a name's length, so only names of that length are
    folded."""
    key, size = fold(name), len(name)
    rows = [r for r in _commune_rows() if len(r[0]) == size and fold(r[0]) == key]
    if not rows:
        return None

    def distance(row: tuple[str, str, str, str]) -> float:
        try:
            return (float(row[2]) - (lat or 0.0)) ** 2 + (float(row[3]) - (lon or 0.0)) ** 2
        except ValueError:
            return float("inf")

    if lat is None or lon is None:
        return rows[0][1] if len({r[1] for r in rows}) == 1 else None
    return min(rows, key=distance)[1]


def in_area(place: Any, area: str) -> bool:
    """Whether the folded ``area`` names an area of the stored ``place`` (a
    :class:`~veille.store.base.PlaceSummary`), as a label gives it in its parentheses: its
    country (ISO code, French and English names), its French département, its first-level
    region or state. Cheapest readings first."""
    from veille.enrich.place_labels import _country_names

    table = shipped_label_table()
    if place.country:
        countries = table["countries"].get(place.country)
        if area == fold(place.country) or area in (
                countries if countries is not None else _country_names(place.country)):
            return True
    if place.admin1 and area in region_names().get((place.country, place.admin1), ()):
        return True
    if place.country != "FR":
        return False
    code = table["departments"].get(place.id)
    if code is None and place.id.startswith("insee:"):
        insee = place.id[len("insee:"):]
        code = insee[:3] if insee.startswith("97") else insee[:2]
    if code is None:
        code = commune_department(place.name, place.lat, place.lon)
    return bool(code) and area in table["areas"].get(code, [])


def stored_place_ids(store: Any, value: str) -> list[str] | None:
    """The ids of the stored places ``value`` names ("Deir ez-Zor", "Paris (Texas)"):
    None when the store cannot tell (no ``places``) or ``value`` looks like an id."""
    places = getattr(store, "places", None)
    if places is None or ":" in value or not value.strip():
        return None
    label = split_label(value)
    name, area = label if label is not None else (value.strip(), "")
    key = fold(name)
    rows: Iterable[Any] = places(name=name, limit=200)
    ids, short = [], []
    for place in rows:
        if area and not in_area(place, fold(area)):
            continue
        if key in (fold(place.name), fold(place.english_name or "")):
            ids.append(place.id)
        elif place.country == "FR" and "-" in place.name and \
                fold(place.name.split("-", 1)[0]) == key:
            short.append(place.id)
    # "Brive" for Brive-la-Gaillarde, "Châlons" for Châlons-en-Champagne: the press's short
    # form of a hyphenated commune, which the place stage counts under the commune (the
    # /places page's "cité dans 8 articles"), is the same place in search when no stored
    # place bears the short name itself and one commune alone begins so ("Saint" begins
    # many: no reading; t-final33 #9)
    return ids or (short if len(short) == 1 else []) or (
        [] if area else shipped_place_terms(name))


_CITY_OF = " ville"
"""French "X-ville" folded ("Luxembourg-ville", "Djibouti-ville", "Koweït-ville"): the city of X,
where X names a country or a region too."""


@built_once
def _shipped_names() -> tuple[dict[str, frozenset[str]], dict[str, tuple[str, str]]]:
    """(folded name → ids of the shipped places bearing it, id → (kind, country)): the
    gazetteer's names, the other names of its cities (``alternate_names.tsv``,
    ``curated_place_names.tsv``, and ``contested_names.tsv``: a name another place bears
    too, which enrichment reads only where the text states the area, but which still names
    the place to a search: "Bruges" of Brugge, also a commune of Gironde; "Trèves" of
    Trier; t-final59, ``place:Bruges`` found no article naming Brügge) and the alias table's
    names of its places (countries in five languages: "Italia", "Deutschland")."""
    data = resources.files("veille.enrich").joinpath("data")
    names: dict[str, set[str]] = {}
    kinds: dict[str, tuple[str, str]] = {}
    for line in data.joinpath("gazetteer.tsv").read_text("utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) >= 4 and not line.startswith("#"):
            kinds[fields[0]] = (fields[2], fields[3])
            names.setdefault(fold(fields[1]), set()).add(fields[0])
    for file in ("alternate_names.tsv", "curated_place_names.tsv", "contested_names.tsv"):
        for line in data.joinpath(file).read_text("utf-8").splitlines():
            fields = line.split("\t")
            if len(fields) >= 2 and not line.startswith("#"):
                names.setdefault(fold(fields[1]), set()).add(fields[0])
    for pid, _, _, english in _region_codes():
        if pid in kinds and english and fold(english) not in _city_names():
            names.setdefault(fold(english), set()).add(pid)
    for line in data.joinpath("aliases.tsv").read_text("utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) >= 3 and fields[2] == "LOC" and fields[1] in kinds:
            names.setdefault(fold(fields[0]), set()).add(fields[1])
    return {k: frozenset(v) for k, v in names.items()}, kinds


@built_once
def _gazetteer_names() -> dict[str, frozenset[str]]:
    """Gazetteer id → its folded names (``gazetteer.tsv``'s rows, not the other tables')."""
    data = resources.files("veille.enrich").joinpath("data")
    names: dict[str, set[str]] = {}
    for line in data.joinpath("gazetteer.tsv").read_text("utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) >= 2 and not line.startswith("#"):
            names.setdefault(fields[0], set()).add(fold(fields[1]))
    return {pid: frozenset(found) for pid, found in names.items()}


@built_once
def written_forms() -> dict[str, frozenset[str]]:
    """Folded name → ids of the shipped places written so: :func:`_shipped_names` and the
    Arabic and Cyrillic spellings enrichment reads places by (``arabic_names.tsv``,
    ``cyrillic_names.tsv``). A country's name in one language may be another place's in an
    article: Arabic عمان is Oman and Amman (t-final67 F6: ``place:Oman`` found an article
    on Amman, whose index terms hold the text's spelling), French "Grenade" Grenada and
    Granada, "Soudan" Sudan and a commune of Loire-Atlantique."""
    names, _ = _shipped_names()
    forms = {key: set(ids) for key, ids in names.items()}
    data = resources.files("veille.enrich").joinpath("data")
    for file in ("arabic_names.tsv", "cyrillic_names.tsv"):
        for line in data.joinpath(file).read_text("utf-8").splitlines():
            fields = line.split("\t")
            if len(fields) >= 2 and not line.startswith("#"):
                forms.setdefault(fold(fields[1]), set()).add(fields[0])
    return {key: frozenset(ids) for key, ids in forms.items()}


def shipped_place_terms(name: str) -> list[str]:
    """What ``place:name`` looks for when no stored place bears ``name``: the ids of the
    shipped places one of whose other names it is ("Turin" of a place stored as "Torino",
    "Antwerpen" of "Anvers"), and for a country its names the index holds for the places
    inside it ("Italia": "italie", "italy"; :func:`area_terms`), less those another place
    is written with (:func:`written_forms`: the index holds each article's own spelling of
    its places, and "عمان" of an article on Amman is not Oman; every place in the country
    keeps its country's names among its area terms, so nothing in it is lost; t-final67
    F6); "X-ville" names the city
    of X (its capital or city readings: "Luxembourg-ville", not the country). A country's
    own name (CLDR) names the country and the places whose gazetteer name it is
    ("Luxembourg"), not those that bear it among their other names (GeoNames lists
    "Grenada" for Granada: t-final67 F6). [] when the
    shipped tables know no place of that name (t-final50 A9)."""
    from veille.enrich.place_labels import _country_names

    names, kinds = _shipped_names()
    key = fold(name.strip())
    city = key.endswith(_CITY_OF) and len(key) > len(_CITY_OF)
    if city:
        key = key[:-len(_CITY_OF)]
    out: list[str] = []
    countries = {pid for pid in names.get(key, ())
                 if kinds.get(pid, ("", ""))[0] == "country"
                 and key in _country_names(kinds[pid][1])}
    for pid in sorted(names.get(key, ())):
        kind, country = kinds.get(pid, ("", ""))
        if city and kind not in ("capital", "city"):
            continue
        if countries and pid not in countries and \
                key not in _gazetteer_names().get(pid, frozenset()):
            continue  # "Grenada" the country, not Granada's other name (t-final67 F6)
        if kind == "country":  # not a name another place is written with (F6)
            out.extend(sorted(n for n in _country_names(country)
                              if not written_forms().get(n, frozenset()) - {pid}))
        out.append(pid)
    return list(dict.fromkeys(out))


def with_stored_places(node: Node, store: Any) -> Node:
    """``node`` with each ``place:`` filter naming stored places OR-ed with their ids; a
    label (``Name (Area)``) that names stored places becomes their ids alone (the label is
    no index term). Other nodes as they are."""
    if isinstance(node, Filter) and node.field == "place":
        ids = stored_place_ids(store, node.value)
        if not ids:
            if ids is not None and split_label(node.value) is not None:
                # no stored place: the shipped label table, never the gazetteer (U1)
                place_id = labelled_shipped(node.value, build=False)
                return node if place_id is None else Or((node, Filter("place", place_id)))
            return node
        alternatives = [Filter("place", pid) for pid in ids]
        if split_label(node.value) is None:
            alternatives.insert(0, node)
        return alternatives[0] if len(alternatives) == 1 else Or(tuple(alternatives))
    if isinstance(node, And):
        return And(tuple(with_stored_places(i, store) for i in node.items))
    if isinstance(node, Or):
        return Or(tuple(with_stored_places(i, store) for i in node.items))
    if isinstance(node, Not):
        return Not(with_stored_places(node.item, store))
    return node
