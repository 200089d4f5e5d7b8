"""Ships' names: a ship prefix and the name after it ("USS Harry S. Truman", "HMS Prince
of Wales", "BRP Teresa Magbanua"), a vessel, never a person nor a place.

Navies and merchant fleets write a ship's name after a prefix of capitals that says whose
ship it is (Wikipedia, "Ship prefix"; US Navy, OPNAVINST 5030.1: "USS" United States
Ship, "USNS" a Military Sealift Command ship; Royal Navy "HMS"; Commonwealth navies
"HMAS", "HMCS", "HMNZS"; "INS" India, "BRP" the Philippines, "ROKS" South Korea, "TCG"
Türkiye, "RFS" Russia; "MV" motor vessel, "RV" research vessel). The name is often a
person's or a place's ("Harry S. Truman", "Prince of Wales", "Gerald R. Ford"), which
read alone made the person "Harry Uss" (a surname in capitals first:
:mod:`veille.enrich.surname_first`) and the place "Wales" (issue 16). Prefixes that are
also common acronyms ("SS", "MS", "JS") are left out.
"""

from __future__ import annotations

import re

SHIP_PREFIXES = ("USS", "USNS", "USCGC", "HMS", "HMAS", "HMCS", "HMNZS", "HMY", "INS",
                 "BRP", "ROKS", "TCG", "RFS", "MV", "RV")
"""Ship prefixes that are no other common acronym (module docstring)."""

_WORD = r"(?:[A-Z]\.|[A-ZÀ-ÖØ-Þ][\w'’-]*|\d+)"
VESSEL = re.compile(
    r"(?<![\w-])(?:" + "|".join(SHIP_PREFIXES) + r")[ \u00a0]+" + _WORD
    + r"(?:[ \u00a0]+(?:(?:of|the|de|del|la|von)[ \u00a0]+)?" + _WORD + r")*")
"""A ship prefix and the capitalised words, initials ("S.") and particles ("of") of the
ship's name after it."""


def vessel_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each ship's name in ``text``, prefix included (:data:`VESSEL`),
    a final point that ends the sentence left out."""
    spans = []
    for match in VESSEL.finditer(text):
        end = match.end()
        if text[end - 1] == "." and not re.search(r"(?<![\w])[A-Z]\.$", text[:end - 1]) \
                and (end == len(text) or text[end:end + 1].isspace()):
            end -= 1
        spans.append((match.start(), end))
    return spans


def without_vessels(text: str, found: list[tuple[int, int, str]]
                    ) -> list[tuple[int, int, str]]:
    """``found`` (spans ``(start, end, label)`` of ``text``) without those that overlap a
    ship's name (:func:`vessel_spans`): a vessel is no person, place or body."""
    ships = vessel_spans(text)
    if not ships:
        return found
    return [f for f in found if not any(s < f[1] and f[0] < e for s, e in ships)]


VESSEL_NOUNS = (
    # French (Imprimerie nationale, Lexique: "le chalutier Marie-Jeanne")
    "chalutier", "chalutiers", "caseyeur", "fileyeur", "ligneur", "thonier", "langoustier",
    "palangrier", "sardinier", "navire", "bateau", "paquebot", "cargo", "ferry", "car-ferry",
    "pétrolier", "vraquier", "porte-conteneurs", "remorqueur", "patrouilleur", "voilier",
    "goélette", "trimaran", "catamaran", "monocoque", "frégate", "corvette", "porte-avions",
    "sous-marin", "caboteur", "chaland", "yacht", "navire-école",
    # Spanish
    "pesquero", "buque", "barco", "arrastrero", "atunero", "palangrero", "velero", "ferri",
    "petrolero", "carguero", "remolcador", "mercante", "crucero", "patrullero",
    # Italian
    "peschereccio", "motopesca", "nave", "traghetto", "motonave", "rimorchiatore",
    "petroliera", "veliero", "mercantile", "pattugliatore",
    # Portuguese
    "navio", "arrastão", "arrastao", "traineira", "pesqueiro", "cargueiro", "petroleiro",
    "veleiro", "rebocador", "iate",
    # English ("ship" is left out: also a verb, "to ship Windows")
    "trawler", "vessel", "tanker", "freighter", "tugboat", "lifeboat", "fishing boat",
    "container ship", "cargo ship", "cruise ship", "warship", "frigate", "schooner")
"""Common nouns of boats that French, Spanish, Italian, Portuguese and English write right
before a boat's own name, in apposition ("le chalutier Virgen del Carmen", "el pesquero
Nuestra Señora de Begoña", "il peschereccio San Cataldo", "o arrastão Rosa Maria", "the
trawler Saint Brendan"). Boats are named after saints, persons, towns and dates, which read
alone made persons and places of them (t-final63 #14: "Places named: Virgen del Carmen").
German is left out: its nouns are capitalised ("die Fähre Richtung Kiel") and it quotes
ships' names."""

_RANK = re.compile(
    r"(?i)(?<![\w-])(?:capitaines?|lieutenants?|enseignes?|capit[áa]n|capitano|capit[ãa]o|"
    r"teniente|tenente)[ \u00a0]+(?:de|di)[ \u00a0]+$")
"""A naval rank's head before a vessel's noun ("capitaine de frégate", "lieutenant de
vaisseau", "capitán de navío", "capitano di fregata"): the noun is the rank's, and the name
after it a person's (t-final63 #14: "frégate Marc Aubertin")."""

_NAME_WORD = r"(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|\d+)"
_LINK = r"(?:de|del|de la|de los|de las|do|da|dos|das|di|della|dei|of|the|y|e)"
_NAME = (_NAME_WORD + r"(?:[ \u00a0]+(?:" + _LINK + r"[ \u00a0]+)?" + _NAME_WORD + r")*")
_NOUNS = "|".join(sorted((re.escape(n).replace(r"\ ", r"[ \u00a0]+") for n in VESSEL_NOUNS),
                         key=len, reverse=True))
_AFTER_NOUN = re.compile(r"(?<![\w'’-])(?i:" + _NOUNS + r")[ \u00a0]+(" + _NAME + r")")
"""A boat's noun and the capitalised words of the name after it (:data:`VESSEL_NOUNS`)."""
_APPOSED = re.compile(
    r"(?<![\w'’-])(?:Le|El|Il|Lo|O|The|le|el|il|lo|o|the)[ \u00a0]+(" + _NAME + r")[ \u00a0]*,"
    r"[ \u00a0]*(?:un|una|uno|um|a|an)[ \u00a0]+(?:[\w-]+[ \u00a0]+)?(?i:" + _NOUNS + r")\b")
"""A boat's name, then its noun in apposition ("Le Virgen del Carmen, un chalutier de 24
mètres", "El Santa Clara, un pesquero")."""


_ABOARD = re.compile(
    r"(?<![\w'’-])(?:(?:marins|équipage|equipage|naufrage|épave|epave|à[ \u00a0]+bord)"
    r"[ \u00a0]+du|(?:tripulantes|tripulación|tripulacion|naufragio|a[ \u00a0]+bordo|"
    r"equipaggio|marinai)[ \u00a0]+del|(?:tripulantes|tripulação|tripulacao|naufrágio|"
    r"naufragio)[ \u00a0]+do|(?i:crew|sinking|wreck)[ \u00a0]+of[ \u00a0]+the|aboard[ \u00a0]+"
    r"the)[ \u00a0]+(" + _NAME + r")")
"""A crew, a wreck or a place on board, then the masculine article every boat's name takes
whatever it is ("les marins du Virgen del Carmen", "naufragio del Santa Clara", "the crew of
the Saint Brendan"): the name after it is a boat's when it has two words or more (one word
there is often a town's that takes the article: "les marins du Guilvinec"). Not "patron du"
nor "capitaine du" ("le patron du Crédit agricole")."""


def _title_case(block: str) -> bool:
    """``block`` is a headline in title case ("Crew of the Trawler Saint Brendan Rescued"):
    four words or more, and none of four letters or more in lower case but English
    prepositions ("with", "from"): a name cannot be told from the words after it."""
    words = re.findall(r"\w{4,}", block)
    return len(words) >= 4 and not any(w[:1].islower() and w not in _TITLE_LOWER
                                       for w in words)


_TITLE_LOWER = frozenset({"with", "from", "into", "onto", "over", "after", "near", "amid",
                          "than", "upon"})
"""Words English title case leaves in lower case though four letters long."""


def boat_names(text: str) -> list[str]:
    """The names of boats ``text`` writes after a boat's noun (:data:`_AFTER_NOUN`), with
    the noun in apposition (:data:`_APPOSED`) or after its crew or wreck
    (:data:`_ABOARD`), the noun not a rank's (:data:`_RANK`), nor in a title-case line
    (:func:`_title_case`); a final sentence point left out."""
    names: list[str] = []
    for line in text.split("\n"):
        if _title_case(line):
            continue
        for match in [*_AFTER_NOUN.finditer(line), *_APPOSED.finditer(line),
                      *_ABOARD.finditer(line)]:
            if _RANK.search(line, max(0, match.start() - 30), match.start()):
                continue
            name = match.group(1).rstrip(".")
            if match.re is _ABOARD and not re.search(r"[ \u00a0]", name):
                continue  # "les marins du Guilvinec": a town's name
            if name and name not in names:
                names.append(name)
    return names


def boat_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every writing in ``text`` of a boat's name (:func:`boat_names`):
    a name of two words or more wherever it is written ("Le Virgen del Carmen" once named a
    trawler is the trawler after), a one-word name only right after its noun (a one-word
    name may be a town's: "il traghetto Sardegna", then "in Sardegna")."""
    spans: list[tuple[int, int]] = []
    for name in boat_names(text):
        if re.search(r"[\s\u00a0-]", name):
            spans.extend(m.span() for m in re.finditer(
                r"(?<![\w'’-])" + re.escape(name) + r"(?![\w'’-])", text))
        else:
            spans.extend(m.span(1) for m in _AFTER_NOUN.finditer(text) if m.group(1) == name)
    return sorted(set(spans))


def after_rank(before: str) -> bool:
    """``before`` (the text right before a vessel's noun) ends with a naval rank's head
    (:data:`_RANK`): "capitaine de" + "frégate" is a rank, the name after it a person's."""
    return _RANK.search(before) is not None
