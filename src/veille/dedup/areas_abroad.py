"""The first-level divisions abroad an article places its event in: a Land, an oblast or
krai, a Spanish comunidad, an Italian regione, a Brazilian or US state (r-stories57,
t-final56b A2).

:mod:`veille.dedup.areas` parts two same-kind events whose headline and lead state French
regions in common with neither side; outside France nothing parted them. Snow stopping the
trams "Во Владивостоке" joined snow cancelling flights "В Екатеринбурге" (5,700 km apart:
the stated-places rule reads no Russian preposition, and the gazetteer knows the names in
the nominative only), and a flood "in Dresden" joined snow "in München" (the Munich side
states Augsburg too, 57 km away, which made it "an event of several places" for the 30 km
rule of :mod:`veille.dedup.stated_places`).

A side's **areas abroad** are codes ``CC.admin1`` (ISO country, GeoNames first-level code,
"DE.13" for Saxony) of

- the settlements abroad its stated-place keys name (:mod:`veille.dedup.stated_places`:
  ``gazetteer.tsv`` cities and capitals, ``minor_towns.tsv.gz``; every division of a name
  of several places);
- a Cyrillic name after "в", "во", "под", "около", "близ", read in its case forms back to
  the nominative (:func:`veille.enrich.cyrillic_forms.nominatives`: "Во Владивостоке" is
  Владивосток, "в Казани" Казань; pymorphy3's readings first, :func:`veille.enrich.
  russian_morph.place_nominatives`: "в Кемерове" is Кемерово) and looked up in
  ``cyrillic_names.tsv``;
- a division's name written as a place: after a preposition or article ("in Bayern", "en
  Galicia", "no Rio Grande do Sul", "la Toscana"), in brackets, or heading a line before
  a colon ("Nordrhein-Westfalen: …"); its code from the gazetteer's row or, where GeoNames
  numbers the divisions, ``region_codes.tsv``.

In the texts, any capitalised Cyrillic name inside a sentence is read too (``named``). The
codes join :mod:`veille.dedup.areas`' keys; :func:`veille.dedup.areas.apart` compares them
with the same guards (a text naming the other side's division or place, a text naming a
division beyond its own lead's). A first-level division is coarse on purpose: two events of
one division are left to the finer rules.

Data: GeoNames (CC BY 4.0) and ISO 3166-2 through pycountry (LGPL 2.1), shipped in
``veille/enrich/data`` (ATTRIBUTION.md). No list of places is written here.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from importlib import resources

from veille.collector import built_once
from veille.enrich.arabic_forms import arabic_spans, bare_forms, is_arabic
from veille.enrich.cyrillic_forms import nominatives
from veille.enrich.russian_morph import parses, place_nominatives
from veille.enrich.shipped_rows import rows
from veille.extract.textshape import fold
from veille.kept_tables import kept_once

ABROAD = True
"""Whether :mod:`veille.dedup.areas` reads divisions abroad too. False: French regions only,
as r-stories56."""

_DATA = "veille.enrich"
_SETTLEMENTS = frozenset({"city", "capital"})


def _key(name: str) -> str:
    return fold(name.replace("-", " "))


@built_once
def _region_admin1() -> dict[str, str]:
    """ISO 3166-2 id -> GeoNames admin1 code, where GeoNames numbers the divisions."""
    out: dict[str, str] = {}
    data = resources.files(_DATA).joinpath("data", "region_codes.tsv")
    for line in data.read_text("utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) >= 3 and not line.startswith("#"):
            out[cells[0]] = cells[2]
    return out


@kept_once
def _tables() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]],
                       dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """``(settlements, divisions, cyrillic, arabic)``: folded name -> the ``CC.admin1``
    codes of the settlements abroad of that name; of the first-level divisions of that
    name; of the places of that Cyrillic name, of that Arabic name (:func:`_arabic_key`;
    settlements and divisions)."""
    data = resources.files(_DATA).joinpath("data")
    codes = _region_admin1()
    towns: dict[str, set[str]] = {}
    divisions: dict[str, set[str]] = {}
    by_id: dict[str, str] = {}
    for cells in rows("gazetteer.tsv"):
        if len(cells) < 5 or cells[3] in ("FR", "") or cells[0].startswith("#"):
            continue
        if cells[2] in _SETTLEMENTS and cells[4]:
            code = f"{cells[3]}.{cells[4]}"
            towns.setdefault(_key(cells[1]), set()).add(code)
        elif cells[2] == "region" and (admin1 := cells[4] or codes.get(cells[0])):
            code = f"{cells[3]}.{admin1}"
            divisions.setdefault(_key(cells[1]), set()).add(code)
        else:
            continue
        by_id[cells[0]] = code
    for cells in rows("minor_towns.tsv.gz"):
        if len(cells) >= 4 and not cells[0].startswith("#") and cells[3] and cells[2] != "FR":
            code = f"{cells[2]}.{cells[3]}"
            towns.setdefault(_key(cells[1]), set()).add(code)
            by_id.setdefault(cells[0], code)
    for cells in rows("alternate_names.tsv"):  # "München" for Munich, "Génova" for Genova
        if len(cells) >= 2 and not cells[0].startswith("iso") and cells[1][:1].isupper() \
                and (found := by_id.get(cells[0])):
            towns.setdefault(_key(cells[1]), set()).add(found)
    cyrillic: dict[str, set[str]] = {}
    for line in data.joinpath("cyrillic_names.tsv").read_text("utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) >= 2 and (found := by_id.get(cells[0])):
            cyrillic.setdefault(_key(cells[1]), set()).add(found)
    arabic: dict[str, set[str]] = {}
    for line in data.joinpath("arabic_names.tsv").read_text("utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) >= 2 and (found := by_id.get(cells[0])):
            arabic.setdefault(_arabic_key(cells[1]), set()).add(found)
    return ({k: frozenset(v) for k, v in towns.items()},
            {k: frozenset(v) for k, v in divisions.items() if len(k) >= 4},
            {k: frozenset(v) for k, v in cyrillic.items()},
            {k: frozenset(v) for k, v in arabic.items()})


_MARKS = re.compile(r"[\u064B-\u065F\u0670\u0640]")
"""The Arabic marks written over or under letters (harakat, shadda, sukun, the dagger
alif) and the tatweel: "عمّان" and "عمان" are one name."""


def _arabic_key(name: str) -> str:
    """An Arabic name as the table keys it: its marks left out, blanks collapsed."""
    return " ".join(_MARKS.sub("", name).split())


@kept_once
def _division_names() -> dict[str, tuple[str, ...]]:
    """The divisions' names (as written in the gazetteer) by their first word (its
    letters and digits up to the first other character), longest first."""
    divisions = _tables()[1]
    names = {cells[1] for cells in rows("gazetteer.tsv")
             if len(cells) >= 4 and cells[2] == "region"
             and cells[3] != "FR" and _key(cells[1]) in divisions and cells[1][:1].isupper()}
    by_first: dict[str, list[str]] = {}
    for name in names:
        if first := _FIRST_WORD.match(name):
            by_first.setdefault(first.group(), []).append(name)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()}


_FIRST_WORD = re.compile(r"\w+")
_WORD_START = re.compile(r"(?<![\w-])\w+")
_NAME_END = re.compile(r"[\w-]")


def _division_matches(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, name)`` of each division's name in ``text``, left to right, the
    longest at a place, none overlapping, each between word bounds (no letter, digit or
    hyphen either side): what one alternation of every name, longest first, finds, by
    a look-up of each word start's first word (the alternation of ~3,000 names cost the
    copy check a fifth of its time, r-stories57)."""
    names = _division_names()
    after = 0
    for word in _WORD_START.finditer(text):
        start = word.start()
        if start < after:
            continue
        for name in names.get(word.group(), ()):
            end = start + len(name)
            if text.startswith(name, start) and not (
                    end < len(text) and _NAME_END.match(text, end)):
                yield start, end, name
                after = end
                break


# what writes a division as a place, in the languages veille serves: "in Bayern", "im
# Saarland", "en Galicia", "no Rio Grande do Sul", "la Toscana", "(Sachsen)", "of Florida"
_CUE = re.compile(
    r"(?:\(\s*|(?:^|[\s,])(?i:in|im|nach|aus|en|em|no|na|nel|nella|a|à|de|del|della|"
    r"dello|do|da|dos|das|der|la|le|il|lo|of|across|throughout|dans|du|des|au|aux|et|and|"
    r"y|e|und|from|to|toward|towards|into|sur|dopo|después|após)\s+"
    r"(?:(?i:la|el|il|lo|o|a|the|le|l['’])\s*)?)$")
_COLON = re.compile(r"\s*:")
_CONTRACTED = re.compile(r"(?<![\w'’])(?:no|na|nos|nas|nel|nella|im)\s+([A-ZÀ-ÖØ-Þ][\w'’-]*"
                         r"(?:\s+(?:do|da|de|dos|das|del|di)?\s*[A-ZÀ-ÖØ-Þ][\w'’-]*){0,3})")
"""A preposition fused with its article before a town, which the stated-places rule does not
read: "no Recife", "na Bahia", "nel Lazio", "im Allgäu"."""
_CYRILLIC_CUE = re.compile(
    r"(?<![\w-])(?i:во|в|под|около|близ|вблизи|возле)\s+"
    r"([А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*)")
_CYRILLIC_NAME = re.compile(r"(?<![\w-])([А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*)")
_ARABIC_CUE = re.compile(
    r"(?:^|[\s(«\"])(?:في|من|إلى|الى|قرب|بالقرب\s+من|داخل|شمال|جنوب|شرق|غرب|وسط|"
    r"شمالي|جنوبي|شرقي|غربي|ضواحي|أطراف|مدينة|العاصمة|بلدة)\s*$")
"""What writes an Arabic name as a place, right before it: a preposition ("في" in, "من"
from, "إلى" to, "قرب" near, "داخل" inside), a compass word ("شمال" north of…), a
settlement's noun ("مدينة" the city of, "العاصمة" the capital); a joined "ب" (in) is read
off the name itself (:func:`_arabic`)."""
_ARABIC_HEAD = re.compile(r"\s*[:：]")


@functools.lru_cache(maxsize=4096)
def _cyrillic(name: str, stated: bool = False) -> frozenset[str]:
    """The codes of a Cyrillic name in any case form (its own form first); ``stated`` (a
    preposition of place writes it: "в Кемерове"): pymorphy3's readings of it first
    (:func:`veille.enrich.russian_morph.place_nominatives`: "Кемерове" is Кемерово, a neuter
    name the case endings of :func:`nominatives` do not read back; r-stories58), as the
    enrichment reads places. A capitalised word anywhere is read by the endings only
    (pymorphy3 reads a surname as a noun's case form: "Мальцев", Малец)."""
    table = _tables()[2]
    morph = place_nominatives(name) if stated else []
    for form in (name, *morph, *nominatives(name)):
        if found := table.get(_key(form)):
            return found
    return frozenset()


def _arabic(text: str, stated: bool) -> set[str]:
    """The codes of the Arabic place names of ``text`` (:func:`arabic_spans`); ``stated``:
    only those written as a place (a cue before it, :data:`_ARABIC_CUE`; a joined "ب"; the
    headline's first words before a colon)."""
    if not is_arabic(text):
        return set()
    table = _tables()[3]
    found: set[str] = set()
    for start, end, _ in arabic_spans(text, lambda form: _arabic_key(form) in table):
        name = text[start:end]
        codes = next((table[k] for f in bare_forms(name)
                       if (k := _arabic_key(f)) in table), frozenset())
        if stated:
            word_start = start
            while word_start and not text[word_start - 1].isspace() and \
                    is_arabic(text[word_start - 1]):
                word_start -= 1  # the particles the span left out ("ب" of "ببيروت")
            particles = text[word_start:start]
            headed = not text[:word_start].strip() and _ARABIC_HEAD.match(text, end)
            if not (headed or "ب" in particles or
                    _ARABIC_CUE.search(text[max(0, word_start - 20):word_start])):
                continue
        found |= codes
    return found


def _divisions(text: str) -> set[str]:
    """The codes of the divisions ``text`` writes as places (module docstring)."""
    table = _tables()[1]
    found: set[str] = set()
    for start, end, name in _division_matches(text):
        before = text[max(0, start - 30):start]
        headed = (start == 0 or before.endswith("\n")) and \
            _COLON.match(text, end) is not None
        if headed or _CUE.search(before):
            found |= table.get(_key(name), frozenset())
    return found


@built_once
def _words() -> frozenset[str]:
    """Common words and names of the languages veille serves (``extract/data``): a
    capitalised noun ("Regen", rain, is a Bavarian town) is no place unless a preposition
    of place writes it as one."""
    from veille.extract.bare_byline import word_list

    return word_list("common_words.txt") | word_list("given_names.txt") | \
        word_list("world_given_names.txt") | word_list("world_surnames.txt")


def _town(run: str) -> frozenset[str]:
    """The codes of the longest leading part of a capitalised ``run`` that names a
    settlement abroad."""
    table = _tables()[0]
    words = run.replace("-", " ").split()
    for end in range(len(words), 0, -1):
        key = _key(" ".join(words[:end]))
        if len(key) >= 3 and (found := table.get(key)):
            return found
    return frozenset()


def _towns_stated(text: str) -> set[str]:
    """The codes of the settlements abroad ``text`` writes as places: the stated-places
    rule's cues (a preposition of place, a place noun, a headline "Town: …"), a preposition
    fused with its article ("no Recife", "nel Lazio"), and the Russian ones ("Во
    Владивостоке")."""
    # it imports this module's user; the cues' scans are shared with it (r-captures60)
    from veille.dedup.stated_places import _HEAD, cue_groups, of_runs

    found: set[str] = set()
    if head := _HEAD.match(text):
        found |= _town(head.group(1))
    for name in of_runs(text):
        found |= _town(name)
    for groups in cue_groups(text):
        for run in groups[1:]:
            if run:
                found |= _town(run)
    for match in _CONTRACTED.finditer(text):
        found |= _town(match.group(1))
    for match in _CYRILLIC_CUE.finditer(text):
        found |= _cyrillic(match.group(1), stated=True)
    return found


_NEXT_WORD = re.compile(r"\s+([а-яё]+)")
_REGION_WORDS = re.compile(r"(?:област|кра|округ|республик)")


def _qualifies(name: str, text: str, end: int) -> bool:
    """Whether the capitalised Cyrillic word ``name`` (ending at ``end`` in ``text``) is an
    adjective qualifying the lower-case noun after it, as pymorphy3 reads it most likely: "на
    Иркутском тракте" (a street of Tomsk), "на Московском проспекте" name no city
    (r-stories58: the road read as Irkutsk made a Tomsk report "an event of several
    places"); a region's noun after it ("Новосибирской области") is the region's name."""
    after = _NEXT_WORD.match(text, end)
    if after is None or _REGION_WORDS.match(after.group(1)):
        return False
    found = parses(name)
    return bool(found) and "ADJF" in found[0].tag and "Poss" not in found[0].tag


def stated(lead: str) -> set[str]:
    """The ``CC.admin1`` codes a side's ``lead`` (headline and lead's first sentence)
    states: its settlements and divisions written as places."""
    return _towns_stated(lead) | _divisions(lead) | _arabic(lead, stated=True)


def named(whole: str, places: Iterable[str]) -> set[str]:
    """The ``CC.admin1`` codes a side's texts ``whole`` name, with ``places`` every place
    key the stated-places rule found there (``at:``/``at~`` + folded name; a common word or
    name among the ``at~`` ones is left out): the settlements and divisions written as
    places, any capitalised Cyrillic name inside a sentence."""
    table = _tables()[0]
    words = _words()
    found = _towns_stated(whole) | _divisions(whole)
    for key in places:
        if key.startswith("at:") or key[3:] not in words:
            found |= table.get(key[3:], frozenset())
    for match in _CYRILLIC_NAME.finditer(whole):
        if not _qualifies(match.group(1), whole, match.end()):
            found |= _cyrillic(match.group(1))
    return found | _arabic(whole, stated=False)


def country(code: str) -> str:
    """The country of an area code: ``CC`` of ``CC.admin1``, "FR" for a French region's
    INSEE code."""
    return code.split(".", 1)[0] if "." in code else "FR"
