"""Street names are addresses, not entities.

The English model reads the name part of a street as an entity of its own ("Commercial"
of "Commercial Street", MISC) or the whole street as a person ("Brook Street", PER):
`entity:Commercial` then lists an article about Newport's shops (t-final32 #9).
:func:`without_street_names` drops, from the entity stage's entities:

- a mention cut before a street's type word (:data:`STREET_TYPE`: "Commercial" before
  " Street"), whatever its label: the span is part of an address;
- a person (PER) or an unknown MISC whose name ends with a street's type word ("Brook
  Street"): no person is so named. An organisation written so stays ("Downing Street
  said", "Wall Street" as the markets), and so does a place (LOC), which the place stage
  reads or leaves.

- a mention written after a street's type word and its linking word ("avenue de Paris",
  "rue de Nantes", "calle de Toledo", "via Roma", :data:`_STREET_BEFORE`): a street named
  after a town is an address in the town the article is about, not the town it names
  (issue 16: "avenue de Paris" in a Brive article gave ``loc:paris``);
- an entity whose name is a whole street (:func:`street_shaped`: "Broadway Avenue", "rue de
  Strasbourg") unless an organisation ("Downing Street said") or a known name: a street is
  no place (the place stage would read it as the town it names) and no entity.

An entity left with no mention is dropped. :data:`STREET_TYPE` is a closed class: the
thoroughfare descriptors of Royal Mail's Postcode Address File that are never a name's
own word in English news ("Street", "Road", "Lane", "Avenue"…; "Square", "Place", "Way",
"Hill" and "Green" are left out: "Trafalgar Square", "Green" as a party).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

STREET_TYPE = (r"Street|Road|Lane|Avenue|Terrace|Crescent|Drive|Row|Gardens|Parade|"
               r"Close|Boulevard|Grove|Mews")
"""The thoroughfare descriptors read as a street's type (module docstring)."""

GERMAN_STREET_TYPE = r"Straße|Strasse|Allee|Gasse|Chaussee|Damm|Ufer"
"""German street types written as a word after the name ("Frankfurter Allee", "Berliner
Straße"; the types of the German street directories' "Straßenbezeichnung" that are never
a place's own word; "Platz", "Weg", "Ring" and "Markt" left out: "Markt" and "Ring" end
town and venue names)."""

_CUT = re.compile(rf"(?:er)?[ \t\u00a0]+(?:{STREET_TYPE}|{GERMAN_STREET_TYPE})\b")
_ENDS = re.compile(rf"[ \t\u00a0](?:{STREET_TYPE}|{GERMAN_STREET_TYPE})$")

_SAINT = (r"(?:San|Santa|Santo|Sant|Santi|Santos|Saint|Sainte|São|Sao|St\.?|Ste\.?|"
          r"Virgen|Virxe|Verge|Vergine|Madonna|Nuestra|Nostra|Notre|Nossa|Cristo|Crist|"
          r"Christ|Sagrado|Sagrada|Sacro|Sacré|Sacre)(?=[ \t\u00a0-])")
"""The words a church's or a parish's name opens with: a saint ("San Miguel", "Sant
Jaume", "Saint-Louis", "São Paulo"), the Virgin ("Virgen de Guadalupe", "Notre-Dame"),
Christ or the Sacred Heart."""
_RELIGIOUS = (r"parroquias?|iglesias?|ermitas?|bas[íi]licas?|capillas?|conventos?|"
              r"monasterios?|santuarios?|"  # Spanish (not "catedral": "la catedral de San
              # Sebastián" is the city's)
              r"parr[òo]quia|esgl[ée]sia|ermita|bas[íi]lica|capella|convent|monestir|"
              r"santuari|"  # Catalan
              r"paroisse|[ée]glise|chapelle|basilique|couvent|monast[èe]re|abbaye|"
              r"coll[ée]giale|"  # French
              r"parrocchia|chiesa|cappella|convento|monastero|santuario|pieve|"  # Italian
              r"par[óo]quia|igreja|capela|mosteiro")  # Portuguese
"""Churches' and parishes' head nouns, which a saint's or the Virgin's name follows."""
_INSTITUTION = (r"colegio|instituto|escuela|hospital|cl[íi]nica|estaci[óo]n|polideportivo|"
                r"pabell[óo]n|"  # Spanish
                r"col·legi|collegi|institut|escola|hospital|estaci[óo]|poliesportiu|"  # Catalan
                r"lyc[ée]e|coll[èe]ge|[ée]cole|h[ôo]pital|clinique|gymnase|"  # French
                r"scuola|liceo|istituto|ospedale|clinica|stazione|palazzetto|"  # Italian
                r"col[ée]gio|escola|esta[çc][ãa]o")  # Portuguese
"""Schools', hospitals' and stations' head nouns, which bear names of places and persons
("el colegio El Salvador", "l'institut Ciutat de Cuba", "le lycée Paris-Brest")."""
_NAMED_BUILDING = r"(?<![\w-])(?:" + _RELIGIOUS + "|" + _INSTITUTION + r")[ \t\u00a0]+$"
"""A church's, school's, hospital's or station's noun right before a name with no linking
word ("el colegio El Salvador", "el hospital Virgen de Guadalupe", "le lycée Paris-Brest",
"l'institut Ciutat de Cuba"): the name is the building's, after a saint, a person or a
place, not a mention of a place (h-places65, t-final64 #7). "El hospital de Valencia",
"la gare de Lyon" keep their town: the linking word there often says where it is."""
_CHURCH_OF = re.compile(
    r"(?i)(?<![\w-])(?:" + _RELIGIOUS + r")[ \t\u00a0]+(?:de|di|da|do|del|dels|della|"
    r"de[ \t\u00a0]+la|du|d['’])[ \t\u00a0]*$")
"""A church's or a parish's noun and its linking word ("la parroquia de ", "la chiesa di
"): before a saint's or the Virgin's name (:data:`_SAINT`), the name is the church's
("la parroquia de San Miguel" is no San Miguel, El Salvador or US: t-final64 #7)."""
_SAINT_NAME = re.compile(_SAINT)

_STREET_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:"
    # French: the voie types of the DGFiP's FANTOIR / the Base Adresse Nationale (RUE, AV,
    # BD, IMP, ALL, CHE, RTE, SQ, ESP, PROM, FG, RPT, RLE, PRV, SEN)
    r"rue|avenue|av\.|boulevard|bd|impasse|all[ée]e|chemin|route|square|esplanade|"
    r"promenade|faubourg|rond-point|ruelle|parvis|sentier"
    r")[ \t\u00a0]+(?:de[ \t\u00a0]+la[ \t\u00a0]+|de[ \t\u00a0]+l['’]|des[ \t\u00a0]+|"
    r"du[ \t\u00a0]+|de[ \t\u00a0]+|d['’])$"
    r"|(?<![\w-])(?:"
    # Spanish: the INE street register's tipos de vía (calle, avenida, paseo, plaza…)
    r"calle|c/|avenida|avda\.|paseo|plaza|ronda|carretera|camino|traves[íi]a|glorieta"
    r")[ \t\u00a0]+(?:de[ \t\u00a0]+la[ \t\u00a0]+|de[ \t\u00a0]+los[ \t\u00a0]+|"
    r"de[ \t\u00a0]+las[ \t\u00a0]+|del[ \t\u00a0]+|de[ \t\u00a0]+)?$"
    r"|(?<![\w-])(?:"
    # Italian: ISTAT's generic urban names (DUG: via, viale, piazza, corso, largo…)
    r"viale|piazza|piazzale|corso|largo|vicolo|lungomare|lungotevere"
    # ... and "via" after an Italian preposition or article ("di via Toledo", "in via
    # Roma", "nella via"), which English "via London" never has; "per via di" is "because of"
    r"|(?:(?<![\w-])(?:in|di|da|su|a|nella|della|dalla|sulla|alla|la)[ \t\u00a0]+)via"
    r")[ \t\u00a0]+(?:di[ \t\u00a0]+|del[ \t\u00a0]+|della[ \t\u00a0]+|dei[ \t\u00a0]+|"
    r"degli[ \t\u00a0]+|delle[ \t\u00a0]+|d['’])?$"
    r"|(?<![\w-])(?:"
    # Portuguese: the types of thoroughfare of Portugal's and Brazil's address registers
    # (CTT's "tipos de arruamento", IBGE's "tipos de logradouro": rua, avenida, travessa,
    # praça, largo, alameda, estrada, calçada, beco)
    r"rua|avenida|av\.|travessa|praça|praceta|largo|alameda|estrada|calçada|beco"
    r")[ \t\u00a0]+(?:da[ \t\u00a0]+|do[ \t\u00a0]+|das[ \t\u00a0]+|dos[ \t\u00a0]+|"
    r"de[ \t\u00a0]+)?$"
    r"|(?<![\w-])(?:"
    # Catalan/Valencian: the tipus de via of the Catalan and Valencian street registers
    # (carrer, avinguda, plaça, passeig, ronda, travessera, passatge, camí; not "rambla":
    # "la Rambla de Barcelona", "la Rambla de Figueres" are the town's own, r-places51)
    r"carrer|c\.|avinguda|avgda\.|plaça|passeig|ronda|travessera|passatge|camí"
    r")[ \t\u00a0]+(?:de[ \t\u00a0]+la[ \t\u00a0]+|de[ \t\u00a0]+l['’]|dels?[ \t\u00a0]+|"
    r"de[ \t\u00a0]+|d['’])?$"
    r"|" + _NAMED_BUILDING)
"""A street's type word and linking word right before a name: the name is the street's
("avenue de Paris", "boulevard de Verdun", "calle de Toledo", "piazza di Spagna"). The
types are closed classes, one per language (sources in the pattern's comments): French
FANTOIR/BAN voie types, less "place" ("la place de Paris" is as often the city's standing
or its financial market as a square), "cours" ("au cours de") and "quai" (a quay bears
the name of the quarter it runs along: "quai de Bercy" is in Bercy); Spanish INE tipos de
vía; Italian ISTAT DUG, Portuguese CTT/IBGE types ("Rua de Santa Catarina" in Porto is no
Mexican city: t-final53 A7), where "via" counts only after an Italian preposition or
article ("un palazzo di via Toledo, a Napoli" is no Toledo, Ohio: t-final55b A12; English
"via London" is a route).
French and Spanish types need their linking word ("la route Lyon-Genève" names no
street); a French type word is lower-case in running text, but the pattern takes any
case as headlines capitalise."""

_STREET_BEFORE_WINDOW = 40


_FRENCH_STREET = re.compile(r"(?i)(?:rue|avenue|boulevard|bd|impasse|all[ée]e|chemin|quai|"
                            r"cours|route|place)\s+(?:de\s+la\s+|de\s+l'|des\s+|du\s+|de\s+|d')?"
                            r"[A-ZÀ-Ý]")
"""A French thoroughfare's type word before its name (the same closed class in French:
the types of the Base Adresse Nationale's most frequent voies)."""


def street_shaped(name: str) -> bool:
    """Whether ``name`` is written as a street ("Alexandra Terrace", "rue de Strasbourg"):
    an address, never a speaker nor a mention of the town it is named after."""
    name = name.strip()
    return bool(_ENDS.search(name) or _FRENCH_STREET.match(name))


def _named_street(text: str, start: int) -> bool:
    """Whether the name at ``start`` is a street's, its type word written before it."""
    before = text[max(0, start - _STREET_BEFORE_WINDOW):start]
    return bool(_STREET_BEFORE.search(before)) or (
        _CHURCH_OF.search(before) is not None and _SAINT_NAME.match(text, start) is not None)


_SAINT_BEFORE = re.compile(
    r"(?<![\w'’-])(?:San|Santa|Santo|Sant|Santi|São|Sao|Saint|Sainte|Sankt|St\.?)"
    r"(?:[ \t\u00a0]+|-)$")
"""A saint's title right before a name ("Santa María del Águila", "San Juan de Aznalfarache",
"Saint-Jean"): the name is a saint's, in a place's, a church's or a feast's name."""


def _saint_named(text: str, start: int) -> bool:
    """Whether the person's mention at ``start`` follows a saint's title: "María del
    Águila" of "Santa María del Águila", a village of Almería, is no person (t-final64
    #11); nor "Juan" of "la noche de San Juan"."""
    return _SAINT_BEFORE.search(text, max(0, start - 8), start) is not None


def without_street_names(entities: list[dict[str, Any]], text: str,
                         is_place: Callable[[str], bool] = lambda name: False
                         ) -> list[dict[str, Any]]:
    """``entities`` without the street names the recogniser read as entities (module
    docstring)."""
    out = []
    for entity in entities:
        name = str(entity.get("name") or "")
        label = entity.get("label")
        if label == "PER" and _ENDS.search(name):
            continue
        if label in ("LOC", "MISC") and not entity.get("known") and street_shaped(name) \
                and not is_place(name):
            continue  # a place ``is_place`` knows stays: "Miami Gardens", "Elk Grove"
        mentions = [m for m in entity.get("mentions") or []
                    if not _CUT.match(text, int(m[1])) and not _named_street(text, int(m[0]))
                    and not (label == "PER" and _saint_named(text, int(m[0])))]
        if not mentions:
            continue
        if len(mentions) != len(entity.get("mentions") or []):
            entity["mentions"], entity["count"] = mentions, len(mentions)
        out.append(entity)
    return out
