"""Kinds and spans a name's head word gives, read last on the entity stage's mentions
(t-final49b A7, A10, A11; issue 16).

- **an institution's head opens the name** ("CCI Alsace Eurométropole", "Chambre
  d'agriculture" + "de la Dordogne", "CMA Nouvelle-Aquitaine"): the whole name is the
  organisation's, not a place's; a name cut before its complement ("de la Dordogne") is
  joined to it. The heads are a closed class: the consular chambers and public bodies of
  the French administrative vocabulary (the *chambres consulaires*, CCI, CMA, *chambre
  d'agriculture*, Code de commerce L710-1; INSEE's catégories juridiques: *syndicat*,
  *office*, *agence*, *caisse*, *communauté*, *établissement*; the *services déconcentrés*
  and health bodies written as acronyms: CPAM, CAF, CHU, CHR, ARS, SDIS, DDT, DREAL, IUT,
  CROUS, URSSAF);
- **an English body's head ends the name** ("Greenville Water", "Tulsa Transit
  Authority", "Durham County Council", "Wake County Health Department"): the body, not
  the town (the kinds of local government units of the US Census of Governments and UK
  local authorities: *Authority*, *Council*, *Department*, *Board*, *Commission*,
  the utilities named after their town: *Water*, *Utilities*, *Transit*,
  *Power*);
- **a Portuguese or Spanish body's head** ("A Metro do Porto", "el Ayuntamiento de
  Zaragoza", "a Câmara Municipal de Braga"): a capitalised common noun the recogniser
  read as a place (Metro is a city of Indonesia) then "do/da/de/del" and a place is the
  body of that place, an ORG (the bodies of local government: *câmara*, *prefeitura*,
  *junta*, *ayuntamiento*, *diputación*, *cabildo*, *concello*; and the transport
  operators *metro*, *metropolitano*);
- **a name after a street's, square's or crossroads' noun** ("au carrefour de la
  Croix-Rouge", "la station Assemblée nationale", "le rond-point de la Poste"): a
  toponym, a place written literally, not the organisation it is named after (the voie
  types of the Base Adresse Nationale / FANTOIR: *carrefour*, *rond-point*, *place*,
  *quartier*, *square*, *esplanade*, *parvis*, *rue*, *avenue*, *boulevard*, *allée*,
  *quai*, *impasse*, *chemin*, *cité*, *résidence*; and the stops of a network:
  *station*, *arrêt*);
- **a local government's head opening a "person"** ("El Ayuntamiento de Valencia", "la
  Câmara de Setúbal", "il Comune di Lovere", "la Mairie de Pontcarré", "das Rathaus
  Giesing"): the town's council or hall, an ORG, never a PER, whatever the recogniser said
  (t-final62 #3: "El Ayuntamiento de Valencia" listed among the people); the leading
  article is no part of the name. The heads are the same closed class of local
  government bodies (es *ayuntamiento*, *diputación*, *cabildo*, *consistorio*,
  *municipalidad*, *alcaldía*; pt *câmara*, *prefeitura*, *junta*; gl *concello*; it
  *comune*, *provincia*, *regione*, *municipio*; fr *mairie*, *préfecture*, *conseil*; de
  *Rathaus*, *Gemeinde*, *Stadtverwaltung*, *Landratsamt*, *Bezirksamt*);
- **no span that is a prefix of another at its offset, none ending in a preposition or
  an article** ("CHU de Nantes" and "CHU de" of one phrase: the longer one stays; a
  lone "CHU de" loses its "de").

Pure functions on the stage's mentions; nothing here raises.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from veille.enrich.feature_spans import feature_spans
from veille.enrich.text import fold
from veille.enrich.venue_heads import venue_span

if TYPE_CHECKING:
    from veille.enrich.aliases import AliasTable
    from veille.enrich.entities import Mention

_SP = r"[ \t\u00a0]"
_FRENCH_HEADS = re.compile(
    r"(?:CCI|CMA|CRCI|CCIR|CPAM|CAF|CHU|CHR|CHRU|ARS|SDIS|DDT|DDTM|DREAL|DIR|IUT|CROUS|"
    r"URSSAF|Chambres?|Syndicat|Office|Agence|Caisse|Communaut[ée]|[ÉE]tablissement|"
    r"Direction|Conseil|Pr[ée]fecture|Mairie|Collectivit[ée]|M[ée]tropole|Service)(?![\w'’-])")
"""The first word of a French public or consular body's name (module docstring)."""
_ENGLISH_HEADS = frozenset({
    "authority", "council", "department", "board", "commission", "water",
    "utilities", "transit", "power", "agency", "trust", "police"})
"""("District" is left out: "Lake District", "Peak District" are areas.)"""
"""The last word of an English public body's or utility's name (module docstring)."""
_IBERIAN_HEAD = (
    r"(?:C[âa]mara|Prefeitura|Junta|Ayuntamiento|Diputaci[óo]n|Cabildo|Concello|"
    r"Metro|Metropolitano)(?:" + _SP + r"+(?:Municipal|Provincial|Regional|Metropolitana))?"
    + _SP + r"+(?:do|da|dos|das|de|del|de" + _SP + r"+la|de" + _SP + r"+los)" + _SP + r"+")
_IBERIAN_HEADS = re.compile(_IBERIAN_HEAD + r"$")
_IBERIAN_LEAD = re.compile(_IBERIAN_HEAD)
"""A Portuguese or Spanish body's head and its linking word, written before a name."""
_BODY_AS_PERSON = re.compile(
    r"(?:(?:El|La|Los|Las|O|A|Il|Lo|Le|Der|Die|Das|The)" + _SP + r"+|L['’]" + _SP + r"*)?"
    r"(?P<body>(?:Ayuntamiento|Diputaci[óo]n|Cabildo|Consistorio|Municipalidad|Alcald[íi]a|"
    r"C[âa]mara|Prefeitura|Junta|Concello|Comune|Provincia|Regione|Municipio|Mairie|"
    r"Pr[ée]fecture|Conseil|Rathaus|Gemeinde|Stadtverwaltung|Landratsamt|Bezirksamt)"
    + _SP + r"+\S.*)$", re.DOTALL)
"""A local government's head (after an optional article) and more words: a body, no
person (module docstring)."""
_COMPLEMENT = re.compile(
    _SP + r"+(?:de" + _SP + r"+la|de" + _SP + r"+l['’]|du|des|de|d['’])" + _SP + r"*$")
_TOPONYM_BEFORE = re.compile(
    r"(?i)(?<![\w'’-])(?:carrefour|rond-point|quartier|square|esplanade|parvis|rue|avenue|"
    r"boulevard|all[ée]e|quai|impasse|chemin|cit[ée]|r[ée]sidence|station|cours|promenade|"
    r"faubourg|chauss[ée]e|route|"
    r"(?<!à la )(?<!en )place)"
    + _SP + r"+(?P<link>de" + _SP + r"+la" + _SP + r"+|de" + _SP + r"+l['’]" + _SP
    + r"*|du" + _SP + r"+|des" + _SP + r"+|d['’]" + _SP + r"*|de" + _SP + r"+)?$"
    r"|(?i:(?<![\w'’-])arr[êe]ts?)" + _SP + r"+$")
"""A street's, square's or crossroads' noun (or a stop's) and its linking word right before
a name: the name is the place's (module docstring). "à la place de" and "en place de" are
"instead of". A stop ("arrêt") takes its name with no linking word: "l'arrêt du Conseil
d'État" is a ruling."""
_NETWORK_NEAR = re.compile(
    r"(?i)(?<![\w-])(?:ligne|m[ée]tro|tram(?:way)?|RER|bus|voyageurs|correspondance)s?"
    r"(?![\w-])")
"""A transport network's words near a known name after "station": the stop ("la station
Assemblée nationale de la ligne 12"), not a radio station ("la station France Inter")."""
_FUNCTION_END = re.compile(
    _SP + r"+(?:de|du|des|d['’]|la|le|les|l['’]|of|the|do|da|dos|das|del|di|"
    r"della|und|von|der|et|and|à|au|aux|en)$")
"""A preposition, an article or a conjunction ending a span, in lower case (a capitalised
one is a surname's particle: "Pierre Des", "W. J. De")."""


def _heads_french(mention: Mention) -> bool:
    return bool(_FRENCH_HEADS.match(mention.text)) and " " in mention.text or \
        mention.text.startswith(("Chambre ", "Chambres "))


def _heads_english(mention: Mention) -> bool:
    words = mention.text.split()
    return len(words) >= 2 and words[-1][:1].isupper() and \
        fold(words[-1]) in _ENGLISH_HEADS


def _toponym(mention: Mention, start: int, text: str) -> Mention:
    from veille.enrich.entities import Mention

    return Mention(start, mention.end, text[start:mention.end], "LOC", literal=True)


_CLUB_VENUES = frozenset({"stade", "stadio", "estadio", "estadi", "stadion", "stadium"})
"""Heads that also open a club's name ("Stade de Reims", "Stade Rennais"): an ORG after
them stays the club."""


def _venue(text: str, mention: Mention, table: AliasTable) -> Mention | None:
    """The venue (a literal LOC) whose name holds ``mention`` when a building's head noun
    decides it (:func:`veille.enrich.venue_heads.venue_span`), else None. A span the alias
    table or the gazetteer knows whole stays ("Hôtel Matignon", "Ponte de Lima"); an ORG
    after a stadium's noun is a club ("Stade de Reims")."""
    from veille.enrich.entities import Mention
    from veille.enrich.places import ADMINISTRATIVE, shipped

    if mention.label not in ("LOC", "ORG", "PER", "MISC"):
        return None
    readings = shipped().candidates(mention.text) if mention.label == "LOC" else []
    areas = bool(readings) and all(p.kind in ADMINISTRATIVE for p in readings)
    named = _full_name(text, mention) if mention.label != "ORG" else 0
    if named and table.lookup(text[mention.start:named]) is not None:
        named = 0  # "la station France Inter": a name the table knows is that
    span = venue_span(text, mention.start, mention.end, areas_only=areas,
                      person=bool(named))
    if span is None:
        return None
    if named and span[0] < mention.start:  # "estadio Santiago" + "Bernabéu": the name whole
        span = (span[0], max(span[1], named))
    whole = text[span[0]:span[1]]
    if mention.label == "ORG" and fold(whole.split()[0]) in _CLUB_VENUES:
        return None
    if table.lookup(whole) is not None or shipped().candidates(whole):
        return None
    return Mention(span[0], span[1], whole, "LOC", literal=True)


def _full_name(text: str, mention: Mention) -> int:
    """The end offset of the person's full name ``mention`` is, or opens, else 0: two
    capitalised words or more (lower-case particles between them), the second no given
    name, as two words or hyphenated as French writes a name given to a street or a
    building ("Pierre-Mauroy", "Jean-Moulin", "Giuseppe Meazza"); a one-word mention
    followed by such a surname opens one ("Santiago" of "Santiago Bernabéu", read alone as
    a place). "Saint-Michel" (a given name second) is none."""
    from veille.extract.bare_byline import known_given_name

    words = [w for w in re.split(r"[ \t\u00a0]+|-", mention.text)
             if w not in _PARTICLES]
    end = mention.end
    if len(words) == 1:
        after = _CAPITALISED_AFTER.match(text[mention.end:mention.end + 40])
        if after is not None:
            words.append(after.group(1))
            end = mention.end + after.end()
    named = len(words) >= 2 and all(w[:1].isupper() for w in words[:2]) and \
        not known_given_name(words[1])
    return end if named else 0


_PARTICLES = frozenset({"de", "du", "des", "d'", "di", "da", "del", "van", "von", "der"})
_CAPITALISED_AFTER = re.compile(r"^[ \t\u00a0]+([A-ZÀ-Ý][\w'’]+)")
"""A capitalised word right after a mention (its surname, when the mention is a given name)."""
_ENGLISH_VENUES = frozenset({
    "stadium", "arena", "hall", "hospital", "building", "airport", "bridge", "street",
    "road", "avenue", "square", "park", "station", "library", "museum", "theatre",
    "theater", "centre", "center", "tower", "gallery"})
"""The last word of an English venue's or street's name ("Alan Turing Stadium", "Florence
Nightingale Hospital", "Rosa Parks Building"): a building's or way's type (the building
types of :mod:`veille.enrich.venue_heads`, which English puts last)."""


def _english_venue(mention: Mention) -> bool:
    """A person-read span that ends with an English venue's noun ("Alan Turing Stadium"):
    the venue, a place written literally, not the person (r-places58)."""
    words = mention.text.split()
    return mention.label == "PER" and len(words) >= 2 and words[-1][:1].isupper() and \
        fold(words[-1]) in _ENGLISH_VENUES


_LANDFORMS = frozenset({"sierra", "sierras", "cordillera", "montes", "monts", "massif",
                        "picos", "mount", "mont", "lake", "lago", "lac", "monti"})
"""The capitalised head of a relief's or lake's name ("Sierra de Guadarrama", "Picos de
Europa", "Massif central", "Mount Kenya", "Lago Maggiore"): a natural area, never a
person (r-places58: "Sierra de Guadarrama" was a person). Not the heads that are also
surnames or given names ("Serra", "Monte", "Val")."""


def _landform(mention: Mention) -> bool:
    """A person-read span of two words or more opening with a relief's or lake's head."""
    words = mention.text.split()
    return mention.label == "PER" and len(words) >= 2 and words[0][:1].isupper() and \
        fold(words[0]) in _LANDFORMS


def _merge(a: Mention, b: Mention, text: str) -> Mention:
    from veille.enrich.entities import Mention

    return Mention(a.start, b.end, text[a.start:b.end], "ORG")


def kinds_by_heads(text: str, mentions: list[Mention], table: AliasTable) -> list[Mention]:
    """``mentions`` with the kinds and spans their head words give (module docstring);
    names the alias table knows keep their kinds, save after a street's noun. The heads
    are read whatever the language (the English ones are no French words, and the
    recogniser of an English text may be the alias table's, which tells no language)."""
    from veille.enrich.entities import Mention
    from veille.enrich.places import shipped

    places = {m.text for m in mentions if m.label == "LOC"}
    out: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if out and out[-1].start == mention.start and out[-1].end >= mention.end:
            continue  # "CHU de Nantes" then "CHU de": the longer span stays
        while (cut := _FUNCTION_END.search(mention.text)) is not None:
            # a lone "CHU de": its name, without the "de"
            mention.text, mention.end = mention.text[:cut.start()], mention.start + cut.start()
        known = table.lookup(mention.text) is not None
        body = _BODY_AS_PERSON.match(mention.text) if mention.label == "PER" and \
            not known else None
        if body is not None:  # "El Ayuntamiento de Valencia": the town's council
            start = mention.start + body.start("body")
            mention = Mention(start, mention.end, text[start:mention.end], "ORG")
        previous = out[-1] if out else None
        if previous is not None and previous.label == "ORG" and _heads_french(previous) and \
                table.lookup(previous.text) is None and \
                mention.label == "LOC" and \
                _COMPLEMENT.fullmatch(text, previous.end, mention.start):
            out[-1] = _merge(previous, mention, text)  # "Chambre d'agriculture de la Dordogne"
            continue
        if not known and mention.label in ("LOC", "MISC", "PER") and (
                _heads_french(mention) or (_heads_english(mention)
                                           and not shipped().candidates(mention.text))):
            mention.label, mention.literal = "ORG", False  # "Greenville Water"
        if not known and _english_venue(mention):  # "Alan Turing Stadium": the venue
            mention.label, mention.literal = "LOC", True
        elif not known and _landform(mention):  # "Sierra de Guadarrama": an area
            mention.label = "LOC"
        venue = _venue(text, mention, table)
        if venue is not None:  # "Palais de Tokyo", "Palau de la Virreina": one venue
            while out and out[-1].start >= venue.start:
                out.pop()  # a piece of the venue's name read before ("Palau" of "Palau Robert")
            out.append(venue)
            continue
        if out and out[-1].literal and out[-1].start <= mention.start and \
                mention.end <= out[-1].end and mention is not out[-1]:
            continue  # "Virreina" inside "Palau de la Virreina"
        toponym = _TOPONYM_BEFORE.search(text, max(0, mention.start - 40), mention.start) \
            if not mention.text.isupper() else None
        if toponym is not None and toponym.group("link") is None and known and \
                fold(toponym.group(0)).startswith("station") and \
                not _NETWORK_NEAR.search(text, max(0, mention.start - 120), mention.end + 120):
            toponym = None  # "la station France Inter": the radio station
        if toponym is not None and (mention.label == "ORG" or (
                mention.label == "PER" and toponym.group("link") is None)):
            if mention.text in places:  # "Castellane : …" then "la cité de la Castellane"
                mention.label = "LOC"
            else:  # the toponym whole ("carrefour de la Croix-Rouge"): no town so named
                mention = _toponym(mention, toponym.start(), text)
        out.append(mention)
    return _features(text, _named_bodies(text, _iberian_bodies(text, out, table), table),
                     table)


def _features(text: str, mentions: list[Mention], table: AliasTable) -> list[Mention]:
    """``mentions`` with each natural feature's or area's name written with its head noun
    as one literal place (:mod:`veille.enrich.feature_spans`: "les monts des Flandres",
    "la vallée de la Canche", which the recogniser missed or read as a person): the
    mentions inside it give way. A feature whose complement the recogniser read as a
    place the gazetteer knows, or an area's complement read as a place at all, is left to
    the place stage ("la vallée de la Loire", "le pays de Longwy", "la région de Mlawa":
    the area of that place, and Europeana's annotators' reading);
    so is one inside a longer mention, or holding a known organisation's or person's
    name."""
    from veille.enrich.entities import Mention
    from veille.enrich.places import shipped

    gazetteer = shipped()
    spans = feature_spans(
        text, lambda s: table.lookup(s) is not None or bool(gazetteer.candidates(s)),
        lambda n: bool(gazetteer.candidates(n)))
    for start, end, _, area in spans:
        inside = [m for m in mentions if m.start < end and start < m.end]
        if any((m.label == "LOC" and (area or gazetteer.candidates(m.text))) or m.start < start
               or m.end > end or (
                (row := table.lookup(m.text)) is not None and row.label in ("ORG", "PER"))
               for m in inside):
            continue
        mentions = [m for m in mentions if m not in inside]
        mentions.append(Mention(start, end, text[start:end], "LOC", literal=True))
    return sorted(mentions, key=lambda m: (m.start, -m.end))


_CONTINUED = re.compile(
    _SP + r"+et" + _SP + r"+(?:de" + _SP + r"+|d['’])[a-zà-ÿ]+(?:" + _SP + r"+[a-zà-ÿ]+)?"
    r"(?=" + _SP + r"*\([A-Z]{2,}(?:" + _SP + r"*\d{1,3}[AB]?)?\)|"
    + _SP + r"+(?:de|du|des|d['’])" + _SP + r"*(?:la" + _SP + r"+|l['’])?[A-ZÀ-Ý])")
"""A French body's name going on over "et de" + lower-case words, when its acronym in
parentheses or its place's complement follows ("Service départemental d'incendie" + "et de
secours" + "de la Moselle (SDIS)", "… (SDIS 29)"); "le Conseil départemental et de
nombreux élus" stops."""
_CLUB_HEAD = re.compile(
    r"(?:Real|B[ée]tis|Betis|Olympique|Olympiakos|AS|FC|SC|AC|Racing|Sporting|Athletic|"
    r"Atl[ée]tico|Dynamo|Dinamo|Stade)" + _SP + r"+(?P<rest>[A-ZÀ-Ý][\w'’-]*(?:" + _SP
    + r"+[A-ZÀ-Ý][\w'’-]*)?)$")
"""A sports club's head before its city ("Real Saragosse", "Bétis Séville", "Olympique
Marseille", "FC Nantes"): the prefixes of football club names (Real = royal patronage,
Sporting, Athletic, Racing, Olympique, Association sportive, Football Club…). "Stade" only
before a place the gazetteer knows ("Stade Vélodrome" is a stadium)."""
_DUTCH_ARTICLE = re.compile(r"(?<![\w'’-])(?:De|Het)" + _SP + r"+$")
"""The Dutch article opening a Flemish or Dutch body's name ("De Lijn", "Het Nieuwsblad")."""
_FEASTS_PT = frozenset({"natal", "pascoa", "carnaval", "pentecostes"})
"""The feasts of the Portuguese calendar that are also towns' names (Natal, Brazil)."""
_PT_ARTICLE = re.compile(r"(?<![\w-])(?:o|no|do|pelo|ao|para" + _SP + r"+o|até" + _SP
                         + r"+ao)" + _SP + r"+$")
_SPORTS = frozenset({
    "handball", "andebol", "balonmano", "football", "futebol", "futbol", "fussball",
    "futsal", "basketball", "basket", "basquetebol", "baloncesto", "volleyball", "volley",
    "voleibol", "rugby", "tennis", "tenis", "cyclisme", "ciclismo", "cycling",
    "athletisme", "atletismo", "athletics", "natation", "natacao", "natacion",
    "swimming", "hockey", "hoquei", "judo", "boxe", "boxing", "golf", "golfe", "ski",
    "escrime", "esgrima", "aviron", "remo", "rowing", "triathlon", "badminton"})
"""The sports of the Olympic programme (IOC) in French, English, Portuguese and Spanish: a
headline's kicker ("Handball : …"), no organisation."""


_EPONYM_ENDS = re.compile(r"(?:ie|ies|[iy]smes?|[iy]stes?|iens?|iennes?)$")
"""The suffixes French coins a politician's camp, doctrine or follower on (Grevisse, *Le Bon
Usage*, on derivation: "Macronie", "macronisme", "macroniste", "chiraquien")."""
_PARTICLES = frozenset({"le", "la", "de", "du", "des", "van", "von", "da", "di", "del"})


def _eponym(word: str, table: AliasTable, people: set[str]) -> bool:
    """``word`` is a neologism built on a person's name and a suffix of
    :data:`_EPONYM_ENDS` ("Macronie", "Mélenchonie", "Sarkozysme", "Chiraquie",
    "Lepénisme", "Wauquiezisme"): its stem, read as the name was written (as is, + y,
    + e, "qu" for "c"), is a person's name of the text or a surname of the table (issue
    16: the rule is one of derivation, not a list of camps)."""
    end = _EPONYM_ENDS.search(word)
    if " " in word or end is None or len(word) < 6 or not word[:1].isupper():
        return False
    stem = word[:end.start()] + ("y" if word[end.start()] == "y" else "")  # "Sarkozysme"
    stems = {stem, stem + "y", stem + "e"}
    if stem.endswith("qu"):
        stems.add(stem[:-2] + "c")  # "Chiraquie": Chirac
    folded = {fold(people_name) for people_name in people}
    return any(len(name) >= 3 and (name in people or fold(name) in folded
                                   or fold(name).replace(" ", "") in _surnames(table))
               for name in stems)


_SURNAMES: dict[int, tuple[int, frozenset[str]]] = {}


def _surnames(table: AliasTable) -> frozenset[str]:
    """The folded last words of the table's people's names ("Sarkozy" of "Nicolas
    Sarkozy"; "lepen" of "Marine Le Pen", a particle joined), computed once per table."""
    cached = _SURNAMES.get(id(table))
    if cached is None or cached[0] != len(table):
        names = [r.alias.split() for r in table.rows if r.label == "PER" and r.alias.split()]
        cached = (len(table), frozenset(
            [fold(words[-1]) for words in names]
            + [fold(words[-2] + words[-1]) for words in names  # "Le Pen": "lepen"
               if len(words) >= 2 and fold(words[-2]) in _PARTICLES]))
        _SURNAMES[id(table)] = cached
    return cached[1]


def _named_bodies(text: str, mentions: list[Mention], table: AliasTable) -> list[Mention]:
    """``mentions`` with French bodies' names going on over "et de", clubs, Dutch
    articles, eponymous neologisms, Portuguese feasts and sports' kickers read (module
    docstring of each rule's pattern)."""
    from veille.enrich.entities import Mention
    from veille.enrich.places import shipped

    people = {w for m in mentions if m.label == "PER" for w in m.text.split()}
    brazil = re.search(r"(?i)\bbrasil|\bbrésil|\bbrazil|rio grande do norte", text) is not None
    out: list[Mention] = []
    for mention in mentions:
        previous = out[-1] if out else None
        if previous is not None and mention.start < previous.end:
            continue  # swallowed by the name before ("… et de secours de la Moselle")
        if previous is not None and previous.label == "ORG" and mention.label == "LOC" \
                and _heads_french(previous) and \
                _COMPLEMENT.fullmatch(text, previous.end, mention.start):
            out[-1] = _merge(previous, mention, text)
            continue
        if mention.label == "ORG" and _heads_french(mention) and \
                (more := _CONTINUED.match(text, mention.end)) is not None:
            mention = Mention(mention.start, more.end(), text[mention.start:more.end()], "ORG")
        club = _CLUB_HEAD.match(mention.text)
        if club is not None and mention.label in ("LOC", "PER", "MISC") and \
                table.lookup(mention.text) is None and (
                    not mention.text.startswith("Stade")
                    or shipped().candidates(club.group("rest"))):
            mention.label, mention.literal = "ORG", False
        dutch = _DUTCH_ARTICLE.search(text, max(0, mention.start - 5), mention.start)
        if dutch is not None and (mention.label in ("ORG", "MISC") or (
                mention.label == "LOC" and not shipped().candidates(mention.text))):
            mention = Mention(dutch.start(), mention.end, text[dutch.start():mention.end],
                              "ORG")
        if (mention.label == "LOC" or (mention.label == "PER" and " " not in mention.text)) \
                and table.lookup(mention.text) is None and \
                not shipped().candidates(mention.text) and \
                _eponym(mention.text, table, people):
            # "dans la Macronie": no place ("la Macronie serre les rangs", acting, stays
            # the political camp, an ORG: test_entities_t20)
            mention.label, mention.literal = "MISC", False
        if fold(mention.text) in _FEASTS_PT and not brazil and \
                _PT_ARTICLE.search(text, max(0, mention.start - 12), mention.start):
            continue  # "para o Natal": Christmas
        line_start = text.rfind("\n", 0, mention.start) + 1
        if fold(mention.text) in _SPORTS and not text[line_start:mention.start].strip() and \
                text[mention.end:mention.end + 3].lstrip().startswith(":"):
            continue  # "Handball : …", the headline's kicker
        out.append(mention)
    return out


_IBERIAN_NAMED = re.compile(r"[A-ZÀ-Ý][\w'’-]*(?:" + _SP + r"+[A-ZÀ-Ý][\w'’-]*){0,2}")


def _iberian_bodies(text: str, mentions: list[Mention], table: AliasTable) -> list[Mention]:
    """``mentions`` where a one-word Portuguese or Spanish body's head ("Metro", "Câmara")
    read as a place, then its linking word and a name, are one ORG: "Metro do Porto"
    (the name a mention or capitalised words: "Metro do Mondego")."""
    from veille.enrich.entities import Mention

    out: list[Mention] = []
    for mention in mentions:
        previous = out[-1] if out else None
        if previous is not None and table.lookup(previous.text) is None and \
                previous.label != "PER" and _IBERIAN_HEADS.match(
                    text[previous.start:mention.start]) and \
                text[previous.start:mention.start].count("\n") == 0:
            out[-1] = _merge(previous, mention, text)
            continue
        head = _IBERIAN_LEAD.match(text, mention.start) \
            if mention.label != "PER" and " " not in mention.text else None
        named = _IBERIAN_NAMED.match(text, head.end()) if head is not None and \
            head.end() > mention.end and table.lookup(mention.text) is None else None
        if named is not None:  # "Metro do" + "Mondego", which no mention holds
            mention = Mention(mention.start, named.end(), text[mention.start:named.end()],
                              "ORG")
        out.append(mention)
    return out
