"""Kinds a name's own words or the noun before it give, read after the recogniser's spans
are cleaned (the last word on a mention's kind in :func:`veille.enrich.entities.recognise`).

- **a trade's people and a region** ("Pêcheurs de Bretagne", "Conchyliculteurs de
  Charente-Maritime", "Vignerons du Languedoc"): a plural agent noun (:data:`AGENT_PLURALS`,
  French's derivational suffixes of agents, Grevisse, *Le Bon Usage*, §§ 169-170: -eur,
  -ier, -iste, -ien, -ant, -aire, -eron, -trice, -euse) opening a capitalised name, then
  "de" and a name: a group of people (an association, a union), an ORG, never the region
  (t-final36 A7, r-who36 and h-kinds37's open case);
- **a grade or a model after a common noun** ("une vignette Crit'Air 1", "les voitures
  Crit'Air 5", "les véhicules classés Crit'Air 4"): a name ending in a number right after a
  lower-case common noun, or a noun and its past participle (no
  organisation's class noun: "la chaîne France 2" stays the channel) is a label of that
  noun's class, MISC, not an organisation (t-final36 A7);
- **a company's regional branch** ("Enedis Bretagne", "GRDF Occitanie"): one word that is
  neither a place, nor a word of the French lexicon, nor a given name, then a region, a
  département or a country the gazetteer knows, the whole unknown to it: the firm's
  branch, an ORG, no place (t-final36 A7);
- **a camp's name** ("le camp de Moria", "les camps d'al-Hol et de Roj"): the name after
  "camp de" is the camp's, a place (t-final36 A7: "Roj" was an ORG);
- **a network's name** ("le réseau de bus Citéa", "le réseau de transport Tango"): the
  name after "réseau de" and the lower-case noun of what it carries is the operator's
  brand, an ORG, no place (r-who36's open case "Citéa"); "le réseau Tisséo" (no
  complement) was already an ORG (:data:`veille.enrich.evidence.ORGANISATION_NOUNS`);
- **a product's model** ("l'A320neo", "la Peugeot e208", "le Galaxy S26"): a designation
  of letters and a number (:func:`veille.enrich.product_models.model_name`) is MISC, no
  firm nor place, unless a body's class noun comes before it (t-final51 A7);
- **a firm after its class noun or an industrial disaster** ("l'usine Saipol", "le groupe
  Yara", "la catastrophe de Lubrizol"): a LOC or MISC there that the gazetteer does not
  know is the firm, an ORG (t-final51 A7);
- **an area holding towns** ("les communes du Minett", "les villages de la Hague"): a
  MISC there is the area, a LOC (t-final51 A9);
- **a name after "l'usine"** ("L'usine Lames Durandal de Thiers"): a factory is named after
  its firm, no person (f-speakers33: the firm's name was a PER, then the speaker of "a-t-il
  ajouté");
- **a name coordinated with a place** ("between Causeway Bay and Central", "entre Wan Chai
  et Central"): a one-word MISC joined to a place by "and"/"et" after "between"/"entre", or
  by "to"/"à" after "from"/"de", or "with" after "linking", is a place too (t-final33's
  Hong Kong "Central" was a MISC): one sense for the name in the document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from veille.collector import built_once
from veille.enrich.evidence import CLASS_NOUN_BEFORE
from veille.enrich.feature_names import FEATURE_NOUNS
from veille.enrich.lexicon import french
from veille.enrich.product_models import model_name
from veille.enrich.text import fold

if TYPE_CHECKING:
    from veille.enrich.aliases import AliasTable
    from veille.enrich.entities import Mention

AGENT_PLURALS = ("eurs", "euses", "trices", "iers", "ières", "istes", "iens", "iennes",
                 "ants", "antes", "aires", "erons", "eronnes")
"""Plural endings of French agent nouns (Grevisse, *Le Bon Usage*, §§ 169-170: -eur,
-euse, -trice, -ier, -ière, -iste, -ien, -ant, -aire, -eron): "pêcheurs", "apiculteurs",
"viticultrices", "céréaliers", "maraîchers" (-ers: no, "maraîchers" is kept out as
"quartiers" would come in), "garagistes", "pharmaciens", "commerçants", "vignerons"."""

_TRADE_GROUP = re.compile(
    r"([A-ZÀ-Ý][a-zà-ÿ]+)[ \t\u00a0]+(?:de|du|des|d['’]|de[ \t\u00a0]+la|de[ \t\u00a0]+l['’])"
    r"[ \t\u00a0]*[A-ZÀ-Ý]")
_GRADE = re.compile(r"[^\W\d_][\w'’-]*(?:[ \t\u00a0][^\W\d_][\w'’-]*)?[ \t\u00a0]+\d{1,3}")
_LOWER_NOUN_BEFORE = re.compile(r"(?<![\w'’-])([a-zà-ÿ]{3,})[ \t\u00a0]+$")
_PARTICIPLE_AFTER_NOUN = re.compile(
    r"(?<![\w'’-])([a-zà-ÿ]{3,})[ \t\u00a0]+[a-zà-ÿ]+(?:é|ée|és|ées)[ \t\u00a0]+$")
"""A noun and a past participle right before a name ("les véhicules classés Crit'Air 4"):
the noun is the one the name grades."""
_CAMP_BEFORE = re.compile(
    r"(?i)(?<![\w'’-])camps?[ \t\u00a0]+(?:de[ \t\u00a0]+|d['’][ \t\u00a0]*|du[ \t\u00a0]+)"
    r"(?:[^\s,.;:!?]+(?:[ \t\u00a0]+[^\s,.;:!?]+){0,3}[ \t\u00a0]+et[ \t\u00a0]+"
    r"(?:de[ \t\u00a0]+|d['’][ \t\u00a0]*))?$")
_NETWORK_BEFORE = re.compile(
    r"(?i)(?<![\w'’-])réseaux?[ \t\u00a0]+(?:de[ \t\u00a0]+|d['’][ \t\u00a0]*)"
    r"(?!(?:de|du|des|la|le|les|l)\b)[a-zà-ÿ]+[ \t\u00a0]+$")
_LOWER_OPENING = re.compile(r"(?:[a-zà-ÿ]+[ \t\u00a0]+)+(?=[A-ZÀ-Ý])")
_FACTORY_BEFORE = re.compile(r"(?i)(?<![\w'’-])(?:l['’][ \t\u00a0]*|les[ \t\u00a0]+|une?"
                             r"[ \t\u00a0]+|des[ \t\u00a0]+)usines?[ \t\u00a0]+$")
_FIRM_BEFORE = re.compile(
    r"(?i)(?<![\w'’-])(?:l['’][ \t\u00a0]*|les[ \t\u00a0]+|une?[ \t\u00a0]+|des[ \t\u00a0]+|"
    r"du[ \t\u00a0]+|de[ \t\u00a0]+l['’][ \t\u00a0]*|la[ \t\u00a0]+|le[ \t\u00a0]+)"
    r"(?:usines?|entreprises?|sociétés?|firmes?|groupes?|industriels?|raffineries?|"
    r"fabricants?|chimistes?)[ \t\u00a0]+$")
"""A firm's class noun and its determiner right before a name ("l'usine Saipol", "le
groupe Yara", "du chimiste Lubrizol"): the name is the firm's."""
_DISASTER_BEFORE = re.compile(
    r"(?i)(?<![\w'’-])(?:catastrophes?|explosions?)[ \t\u00a0]+(?:de[ \t\u00a0]+|d['’]"
    r"[ \t\u00a0]*)$")
""""la catastrophe de", "l'explosion d'" right before a name: an industrial disaster is
named after its place or its plant's firm ("catastrophe de Lubrizol", "d'AZF"); a name the
gazetteer does not know as a place is the firm."""
_TOWNS_OF_BEFORE = re.compile(
    r"(?i)(?<![\w'’-])(?:communes|villes|villages|localités|municipalités)[ \t\u00a0]+"
    r"(?:du|des|de[ \t\u00a0]+la|de[ \t\u00a0]+l['’])[ \t\u00a0]*$")
""""les communes du", "les villages de la" right before a name: the name is the area that
holds them ("les communes du Minett"), a place, not an event or a work."""
_LINKED = re.compile(
    r"(?i)(?:(?<![\w-])(?:between|entre)[ \t\u00a0]+(?P<a>)[^,.;:!?]{1,40}?[ \t\u00a0]+"
    r"(?:and|et)[ \t\u00a0]+"
    r"|(?<![\w-])(?:from|de|depuis)[ \t\u00a0]+(?P<b>)[^,.;:!?]{1,40}?[ \t\u00a0]+(?:to|à)"
    r"[ \t\u00a0]+"
    r"|(?<![\w-])(?:linking|connecting|joining|reliant)[ \t\u00a0]+(?P<c>)[^,.;:!?]{1,40}?"
    r"[ \t\u00a0]+(?:with|and|to|à|et)[ \t\u00a0]+)$")


def trade_group(name: str) -> bool:
    """Whether ``name`` opens with a plural agent noun of the French lexicon and "de" then
    a capitalised name ("Ostréiculteurs de Normandie"): a group of people, an ORG."""
    match = _TRADE_GROUP.match(name)
    if match is None:
        return False
    word = match.group(1).lower()
    if not word.endswith(AGENT_PLURALS):
        return False
    lexicon = french()
    return any(lemma != word and lemma in lexicon.lemmas["noun"]
               for lemma in lexicon.lemmas_of(word))


_AREA_KINDS = frozenset({"region", "department", "country", "province", "state"})
_GENERIC_WORDS = frozenset({
    "mount", "mt", "cape", "port", "fort", "isle", "loch", "glen", "point", "lac", "saint",
    "st", "sainte", "lower", "upper", "greater", "north", "south", "east", "west",
    "northern", "southern", "eastern", "western", "central", "new", "old"})


@built_once
def _generic_terms() -> frozenset[str]:
    """The generic terms of geographic names (English: the feature heads of
    :data:`veille.enrich.english_spans.LOC_HEADS` and the usual first words,
    :data:`_GENERIC_WORDS`, "Mount", "Cape", "Port", "Upper"; French:
    :data:`veille.enrich.feature_names.FEATURE_NOUNS`): "Lake Ontario" is a lake of the
    province, no firm's branch."""
    from veille.enrich.english_spans import LOC_HEADS

    return frozenset({*LOC_HEADS, *(fold(w) for w in FEATURE_NOUNS), *_GENERIC_WORDS})


_AREA_QUALIFIERS = frozenset({
    "haut", "haute", "hauts", "hautes", "bas", "basse", "basses", "grand", "grande",
    "petit", "petite", "nouveau", "nouvelle", "moyen", "moyenne", "val", "pays", "cote",
    "ile", "centre", "nord", "sud", "est", "ouest", "outre"})
"""The qualifiers of French areas' names, old ones too ("Basse-Normandie", "Moyenne
Garonne", "Petite Camargue"; the INSEE names of régions, anciennes régions and
départements)."""


@built_once
def _area_openers() -> frozenset[str]:
    """The first words of French areas' names in the gazetteer and their qualifiers
    (:data:`_AREA_QUALIFIERS`), folded ("haute" of Haute-Garonne, "val", "seine"): which
    no firm's word is ("Basse Normandie", "Seine Normandie" are areas, not branches)."""
    from veille.enrich.places import shipped

    return _AREA_QUALIFIERS | frozenset(
        fold(re.split(r"[\s-]+", p.name, maxsplit=1)[0]) for p in shipped().by_id.values()
        if p.kind in _AREA_KINDS and p.country == "FR")


def _firm_word(word: str, named_firm: bool = False) -> bool:
    """Whether capitalised ``word`` may be a firm's name before an area's: a word neither
    the gazetteer nor the lexicon knows ("Enedis"), or, with ``named_firm`` (the name is
    said to act: "Orange Normandie a rétabli"), a noun of the lexicon or a place's name
    too ("Orange", "Suez": brands that are common words or towns); never a feature's
    generic term, an area's qualifier (:func:`_area_openers`) or a given name."""
    from veille.enrich.places import shipped
    from veille.extract.bare_byline import known_given_name

    lower = word.lower()
    if not word.replace("-", "").isalpha() or not word[:1].isupper() or \
            lower in _FUNCTION_WORDS or fold(word).lower() in _generic_terms() or \
            known_given_name(word):
        return False  # "Lake Ontario", "Mount Victoria": a feature of the area; "En Guyane"
    if fold(word) in _area_openers():
        return False
    lexicon = french()
    if not shipped().candidates(word) and not lexicon.is_word(lower):
        return True
    if not named_firm or len(word) < 4:
        return False  # "Le Québec a annoncé": no brand
    return bool(shipped().candidates(word)) or any(
        lemma in lexicon.lemmas["noun"] for lemma in lexicon.lemmas_of(lower))


_FUNCTION_WORDS = frozenset({
    "à", "a", "au", "aux", "en", "de", "du", "des", "le", "la", "les", "l", "un", "une",
    "et", "ou", "ni", "sur", "par", "pour", "vers", "avec", "sans", "mais", "entre", "selon",
    "depuis", "dont", "leur", "leurs", "notre", "votre", "nos", "vos", "son", "sa", "ses",
    "ce", "cet", "cette", "ces", "tout", "toute", "tous", "toutes", "chez", "dans", "sous",
    "après", "avant", "comme", "contre", "malgré", "parmi", "outre", "dès", "quand", "si",
    "in", "of", "the", "and", "to", "at", "from", "for", "on", "by", "across", "into",
    "with", "all"})
"""French (and English) articles, determiners, prepositions and conjunctions (Grevisse,
*Le Bon Usage*, §§ 583, 1036, 1079), capitalised at a sentence's start: no brand's word
("En Guyane", "Dans le Calvados")."""


_ACTS_AFTER = re.compile(
    r"[ \t\u00a0]+(?:a|ont|avait|avaient|aura|va|vient|annonce|indique|pr[ée]voit|"
    r"assure|rappelle|compte|comptait|signale|signalait|d[ée]ment|confirme)(?![\w'’-])")
"""A French auxiliary or verb of saying right after a name: the name acts (its subject)."""


def regional_branch(name: str, text: str = "", end: int = -1) -> bool:
    """Whether ``name`` is a firm's word then an area's name ("Enedis Bretagne"): see the
    module's docstring. With ``text`` and the name's ``end`` in it, a brand that is a
    common word or a town is one too when the name acts ("Suez Bretagne a rétabli")."""
    from veille.enrich.places import shipped

    first, _, rest = name.partition(" ")
    if not rest:
        return False
    gazetteer = shipped()
    acts = bool(text) and bool(_ACTS_AFTER.match(text, end))
    if gazetteer.candidates(name) or not _firm_word(first, acts):
        return False
    return any(p.kind in _AREA_KINDS for p in gazetteer.candidates(rest))


def _known_place(name: str) -> bool:
    """Whether the shipped gazetteer knows ``name``."""
    from veille.enrich.places import shipped

    return bool(shipped().candidates(name))


def _brand_before(text: str, mention: Mention, taken: set[int]) -> int | None:
    """Where a firm's word starts that is written right before the area ``mention`` and
    no other mention's ("Orange" of "Orange Normandie a rétabli"), the pair acting; else
    None."""
    before = re.search(r"(?<![\w'’-])([A-ZÀ-Ý][\w-]+)[ \t\u00a0]$", text[
        max(0, mention.start - 30):mention.start])
    if before is None or not _ACTS_AFTER.match(text, mention.end):
        return None  # (a word the recogniser left out is a brand's only when the pair acts)
    start = mention.start - len(before.group(0))
    if start in taken or not regional_branch(before.group(1) + " " + mention.text, text,
                                             mention.end):
        return None
    return start


def _grade_of_noun(text: str, mention: Mention) -> bool:
    """Whether ``mention`` is a name ending in a number right after a lower-case common noun
    of the lexicon that classes no organisation ("vignette Crit'Air 1")."""
    if not _GRADE.fullmatch(mention.text):
        return False
    before = text[max(0, mention.start - 40):mention.start]
    noun = _PARTICIPLE_AFTER_NOUN.search(before) or _LOWER_NOUN_BEFORE.search(before)
    if noun is None or CLASS_NOUN_BEFORE.search(before):
        return False
    lexicon = french()
    return any(lemma in lexicon.lemmas["noun"] for lemma in lexicon.lemmas_of(noun.group(1)))


def _coordinated_with_place(text: str, mention: Mention, places: Sequence[Mention]) -> bool:
    """Whether the one-word ``mention`` is the second of two names a coordination joins
    (:data:`_LINKED`) whose first is a place."""
    head = _LINKED.search(text, max(0, mention.start - 80), mention.start)
    if head is None:
        return False
    first = max(head.start(g) for g in ("a", "b", "c") if head.start(g) >= 0)
    return any(p.start == first for p in places)


def _key(mention: Mention) -> str:
    """A mention's name without a lower-case noun its span took in, folded."""
    lower = _LOWER_OPENING.match(mention.text)
    return fold(mention.text[lower.end():] if lower else mention.text)


def named_kinds(text: str, mentions: list[Mention], table: AliasTable) -> list[Mention]:
    """``mentions`` with the kinds their words give (see the module's docstring); names
    the alias table knows keep theirs."""
    places = [m for m in mentions if m.label == "LOC"]
    taken = {i for m in mentions for i in range(m.start, m.end)}
    relabelled: dict[str, str] = {}
    for mention in mentions:
        brand = _brand_before(text, mention, taken) \
            if mention.label == "LOC" and " " not in mention.text else None
        if brand is not None:  # "Orange" + "Normandie": the firm's branch, not the region
            mention.start, mention.label = brand, "ORG"
            mention.text = text[brand:mention.end]
            continue
        if table.lookup(mention.text) is not None:
            continue
        # a lower-case noun the span took in ("bus Citéa") is read as the words before it
        lower = _LOWER_OPENING.match(mention.text)
        at = mention.start + (lower.end() if lower else 0)
        before = text[max(0, at - 60):at]
        key = _key(mention)
        if mention.label != "ORG" and trade_group(mention.text):
            mention.label = "ORG"
        elif mention.label == "LOC" and regional_branch(mention.text, text, mention.end):
            mention.label = "ORG"
        elif mention.label == "ORG" and _grade_of_noun(text, mention):
            relabelled[key] = mention.label = "MISC"
        elif mention.label != "LOC" and _CAMP_BEFORE.search(before):
            mention.label, mention.literal = "LOC", True
        elif mention.label in ("LOC", "PER", "MISC") and _NETWORK_BEFORE.search(before):
            relabelled[key] = mention.label = "ORG"
        elif mention.label in ("ORG", "LOC") and model_name(mention.text) and \
                not CLASS_NOUN_BEFORE.search(before):
            relabelled[key] = mention.label = "MISC"  # "l'A320neo": a model (t-final51 A7)
        elif mention.label == "PER" and _FACTORY_BEFORE.search(before):
            relabelled[key] = mention.label = "ORG"
        elif mention.label in ("LOC", "MISC") and (
                _FIRM_BEFORE.search(before) or _DISASTER_BEFORE.search(before)) and \
                not _known_place(mention.text):
            # "l'usine Saipol", "la catastrophe de Lubrizol": the firm, which the gazetteer
            # does not know as a place (t-final51 A7: a place "Lubrizol")
            relabelled[key] = mention.label = "ORG"
        elif mention.label in ("MISC", "LOC") and _TOWNS_OF_BEFORE.search(before):
            # "les communes du Minett": an area holding towns (t-final51 A9, r-places51)
            relabelled[key] = mention.label = "LOC"
        elif mention.label == "MISC" and " " not in mention.text and \
                _coordinated_with_place(text, mention, places):
            relabelled[key] = mention.label = "LOC"
    for mention in mentions:  # one sense per document: "Central" named again alone
        kind = relabelled.get(_key(mention))
        if kind is not None and mention.label != kind and \
                (mention.label, kind) in (("ORG", "MISC"), ("PER", "ORG"), ("LOC", "ORG"),
                                          ("MISC", "ORG"), ("MISC", "LOC")):
            mention.label = kind
    return mentions
