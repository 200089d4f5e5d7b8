"""Names in English text read without a model: runs of capitalised words typed by their
shape and their context, as PER, ORG or LOC spans.

No English spaCy model is installed (docs/enrichment.md, "English"), so an English article
found only the alias table's names, the gazetteer's large cities and the quotes' speakers:
"France's foreign minister, Jean-Noël Barrot", "the Syrian Observatory for Human Rights",
"the Middle East Institute", "Amaq news agency", "near Deir ez-Zor" were no entity
(t-final27 F10). English capitalises proper names and little else mid-sentence (Chicago
Manual of Style 8.1), so a run of capitalised words there is a name; what kind it is comes
from rules that hold for any name, not a list of them:

- a run is capitalised words (letters of any script's accents, hyphens and apostrophes
  inside: "Jean-Noël", "Al-Mansouri", "Co-operation"), joined by a space, by the
  lower-case particles of names ("of", "for", "and", "to", "in" between two capitalised
  words of an organisation; "de", "del", "van", "bin", "al"… in people's and places'
  names), or by an Arabic article glued with a hyphen ("Deir ez-Zor");
- a sentence's first word is no part of a run unless the text capitalises it elsewhere
  mid-sentence ("Floods in…", "Gunmen killed…"), nor is an English stop word;
- ORG: a word of the run is the head noun of a body ("Institute", "Observatory",
  "Ministry", "Committee", "University", "Corporation", "Co"…: :data:`ORG_HEADS`), or the
  run is followed by a lower-case noun that names a body ("Amaq news agency", "the M23
  rebels": :data:`ORG_NOUNS_AFTER`);
- LOC: the last word is a geographic head ("Niger State", "Red Sea": :data:`LOC_HEADS`),
  or "Co" or "County" opens a one-word name ("Co Westmeath", "County Kerry": Ireland's
  counties as the Irish press and An Post's addresses write them; a company's "Co" ends
  its name: "Smith & Co"),
  or the run follows a preposition of place ("near Deir ez-Zor", "in Baghuz", "off
  Hodeidah") or is described as a settlement ("Mokwa, a farming town"), or, of no other
  kind, is the own name of a town of an English-speaking country of 5,000 inhabitants or
  more ("Stockton-on-Tees and Darlington were on alert": :func:`_bare_town`);
- PER: two to four name words, the first a known given name
  (:func:`veille.extract.bare_byline.known_given_name`), or after a role noun ("police
  spokesman Wasiu Abiodun", "the regional governor, Veniamin Kondratyev,": the apposition
  of Reuters/AP style; "its director-general, Tedros Adhanom Ghebreyesus": a hyphenated
  office), or before a reporting verb ("Dmitry Peskov said");
- a capitalised title glued before a name is no part of it: the run is cut after its last
  title word (a role noun, an abbreviated title, a party's noun) when two name words or
  more follow ("Defense Secretary Pete Hegseth", "German Chancellor Friedrich Merz",
  "Labour MP Dawn Butler", "Senator Susan Collins": AP Stylebook, "titles": a formal
  title is capitalised before a name and is no part of it), and after a title and "of"
  the portfolio ends where a known given name begins ("Secretary of State Marco Rubio");
- no PER after the definite article when the run ends on a party's or an office's noun:
  "the Missouri Republican", "the Connecticut Democrat", "the Labour MP", "the Scottish
  First Minister" are definite descriptions of a person the text named before (the AP
  Stylebook's second reference: state or nation + party or office), not names
  (:mod:`veille.enrich.english_descriptions` finds whom they stand for when they speak);
- any other run is left out: a capital alone is weak evidence of a kind.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from veille.enrich.english_descriptions import PARTIES, SYNONYMS
from veille.enrich.entities import LOCAL_TITLES, Recognizer, Span, _function_words
from veille.enrich.organisation_heads import organisation_heads

ORG_HEADS = frozenset({
    "academy", "administration", "agency", "airlines", "airways", "alliance", "army",
    "assembly", "association", "authority", "bank", "board", "bureau", "cabinet",
    "center", "centre", "chamber", "church", "co", "co.", "coalition", "college",
    "commission", "committee", "company", "conference", "congress", "corp", "corp.",
    "corporation", "council", "court", "cross", "crescent", "department", "directorate",
    "federation", "force", "forces", "forum", "foundation", "front", "fund", "government",
    "group", "guard", "inc", "inc.", "institute", "institution", "league", "ltd", "ltd.",
    "ministry", "movement", "navy", "network", "observatory", "office", "operations",
    "organisation", "organization", "parliament", "partnership", "party", "police", "programme",
    "program", "school", "secretariat", "service", "services", "society", "tribunal",
    "trust", "union", "university",
    "hospital", "infirmary", "clinic", "hospice", "nhs", "prison", "museum", "library",
    "gallery", "theatre", "theater", "constabulary", "district", "borough"}) | \
    organisation_heads("en")
"""Head nouns of bodies' English names (ISO 20275 entity legal forms in English, and the
heads of the UN, EU and government bodies' names: "Office", "Ministry", "Agency"; armed
forces: "Royal Navy", "Royal Air Force"; devolved executives: "Scottish Government").
Public institutions named after their town are bodies too, not the town nor a person:
the heads of the NHS's register of services (NHS Digital's ODS: "… Hospital", "…
Infirmary", "… Clinic", "… Hospice", "NHS Highland") and of public collections and
prisons ("… Museum", "… Library", "… Gallery", "… Theatre", "HM Prison …"), police
forces ("… Constabulary") and local government ("… Borough Council", "… City School
District"): "Penrith Community Hospital" is an ORG (t-final29 F4, before typed PER).
With the English rows of ``data/organisation_heads.tsv`` (utilities', railways' and fire
services' heads: "National Grid", "Dublin Fire Brigade", "Transport Infrastructure
Ireland", "Irish Rail" were persons or places: t-final52, r-kinds53)."""
AREA_HEADS = frozenset({"district", "borough"})
"""Heads of both an area's name and a body's: an area ("Pearl District", "Lake District",
"Tower Hamlets Borough" was an ORG: t-final35 12) unless another head of a body is in the
name ("Unified School District", "Borough Council": the body that runs the area)."""
ORG_NOUNS_AFTER = frozenset({
    "agency", "group", "rebels", "militia", "militants", "movement", "party", "company",
    "firm", "newspaper", "broadcaster", "channel", "network", "forces", "fighters",
    "insurgents", "bank", "airline", "carrier", "lender", "insurer", "telecoms",
    "operator", "platform", "app", "organisation", "organization", "union", "coalition"})
"""Lower-case nouns after a name that make it a body's ("Amaq news agency", "the M23
rebels", "Houthi forces")."""
LOC_HEADS = frozenset({
    "state", "province", "region", "county", "district", "governorate", "prefecture",
    "oblast", "river", "sea", "ocean", "gulf", "bay", "lake", "island", "islands",
    "valley", "mountains", "mountain", "desert", "strait", "peninsula", "coast",
    "canal", "basin", "plateau", "territory", "territories", "bridge"})
"""The last words of geographic names ("Niger State", "Red Sea", "Rift Valley"); "Bridge"
ends a bridge's name and many English towns' (Ordnance Survey names: "Hebden Bridge",
"Stockbridge", "Ironbridge"; t-final29 F7), a place either way."""
ROLE_NOUNS = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "minister", "director", "governor",
    "president", "analyst", "reporter", "journalist", "lawyer", "attorney", "author",
    "mayor", "chief", "head", "leader", "secretary", "ambassador", "envoy", "official",
    "commander", "general", "economist", "professor", "researcher", "prosecutor", "judge",
    "chairman", "chairwoman", "chair", "executive", "founder", "coach", "manager",
    "correspondent", "editor", "senator", "deputy", "adviser", "advisor", "activist",
    "candidate", "photographer", "doctor", "surgeon", "captain", "officer", "colonel",
    "negotiator", "councillor", "councilor", "lawmaker", "mp", "premier", "chancellor",
    "strategist", "scientist", "expert", "fellow", "resident", "witness", "survivor",
    "student", "teacher", "worker", "farmer", "father", "mother", "wife", "husband",
    "son", "daughter", "brother", "sister", "ceo", "cfo", "boss", "owner", "priest",
    "imam", "rabbi", "bishop", "singer", "actor", "actress", "player", "striker",
    "midfielder", "goalkeeper", "defender", "driver", "veteran", "victim", "suspect"})
"""English nouns of a person's role or relation that stand right before their name,
apposed or not ("police spokesman Wasiu Abiodun", "Ukraine's foreign minister, Andrii
Sybiha")."""
TITLE_WORDS = frozenset({
    "representative", "congressman", "congresswoman", "sen", "rep", "gov", "lt", "rev",
    "supt", "sgt", "cpl", "pte", "cmdr", "adm", "admiral", "inspector", "detective",
    "constable", "sergeant", "superintendent", "lieutenant", "major", "speaker", "whip",
    "pope", "cardinal", "king", "queen", "prince", "princess", "sheikh", "emir", "sultan",
    "commissioner", "td", "msp", "ms", "mla", "mpp", "mep", "mhk", "alderman",
    "provost", "dean", "rector", "principal", "headteacher", "headmaster", "headmistress",
    "coroner", "sheriff", "magistrate", "justice", "treasurer", "comptroller", "auditor",
    "registrar", "marshal", "warden", "trustee", "taoiseach", "tánaiste", "tanaiste",
    "cllr"}) | LOCAL_TITLES
"""Capitalised titles before a name besides :data:`ROLE_NOUNS` (the AP Stylebook's
"titles" and its abbreviations: "Rep.", "Sen.", "Gov.", "Lt."; police and military
ranks; nobility and clergy); the post-nominal letters of the UK's, Ireland's and the
Commonwealth's legislators used as titles before a name ("Local TD Michael Cronin",
"MSP", "MLA", "MPP", "MEP", "MS" of the Senedd: UK Parliament and Oireachtas
glossaries), and the offices of the Guardian and BBC style guides capitalised before a
name ("Police and Crime Commissioner X", "Vice-Chancellor X", "Coroner X", "Taoiseach X");
"Cllr", the councillor's title as councils and the local press abbreviate it ("Cllr James
Lewis": no person was found; f-places32)."""
REPORTING_VERBS = frozenset({
    "said", "says", "told", "tells", "wrote", "writes", "added", "adds", "warned",
    "warns", "stated", "explained", "argued", "insisted", "noted", "replied", "asked",
    "announced", "confirmed", "denied", "tweeted", "posted", "urged", "acknowledged"})
"""Verbs of saying after a person's name ("Dmitry Peskov said")."""
PLACE_PREPOSITIONS = frozenset({
    "in", "near", "to", "from", "towards", "toward", "off", "outside", "around", "across",
    "nearby", "between", "via", "through"})
"""Prepositions of place that open a place's name ("near Deir ez-Zor", "off Hodeidah",
"sent through Ellesmere"; not after "according": "according to Reuters")."""
CALENDAR = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday",
    "christmas", "easter", "whitsun", "pentecost", "advent", "lent", "hogmanay",
    "halloween", "thanksgiving", "hanukkah", "diwali", "passover", "ramadan", "eid"})
"""Months, days and the calendar's named feasts, capitalised in English and never a place
("in March", "in the run-up to Christmas": Christmas, Florida or Christmas Island were
read; f-places32): the UK's bank-holiday feasts (Christmas, Easter; gov.uk "UK bank
holidays"), the Christian year's seasons (Advent, Lent, Whitsun/Pentecost), Hogmanay,
Halloween, Thanksgiving, and the major Jewish, Hindu and Muslim festivals the UK's
Inter Faith Network calendar names (Hanukkah, Passover, Diwali, Ramadan, Eid)."""
CHAMBERS = frozenset({"commons", "lords", "house", "senate", "congress", "dáil", "dail",
                      "seanad", "senedd", "oireachtas"})
"""The houses of the English-speaking parliaments written with "the" alone (UK Parliament
glossary: "the Commons", "the Lords", "the House"; the Oireachtas's Dáil and Seanad; the
Senedd; the US and Australian Senate and Congress): "in the Commons" is the House of
Commons, a body, not a place (f-places32)."""
COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "cllr", "sir",
                             "dame"})
"""Courtesy and abbreviated titles written before a surname alone (Guardian and BBC style
guides: "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof"; "Cllr", the councillor's, as
councils and the local press write it; "Sir", "Dame"): the name after one is a person's,
never a town's, whatever preposition comes before ("to Ms Marsh", "from Mr Hughes"; a
place was read; f-places32)."""
NAME_PARTICLES = frozenset({
    "de", "del", "della", "der", "den", "di", "da", "do", "dos", "das", "du", "la", "le",
    "van", "von", "bin", "ibn", "al", "el", "y", "ter", "ten"})
"""Lower-case particles inside people's and places' names ("Viña del Mar", "Ursula von
der Leyen", "Mohammed bin Salman")."""
POLITY_NOUNS = frozenset({"state", "nation", "country", "republic", "region", "province",
                          "territory", "city", "town", "capital", "continent", "kingdom",
                          "commonwealth", "island", "county"})
"""The common nouns of a polity or a settlement, which English capitalises after "the" for
the one the text is about ("the State" of Irish usage, "the Region", "the Capital"): a
description, not a place's name (t-final49 A5: "in the State" was a place "State"). A
closed class: the designations of GeoNames' feature classes A (country, state, region) and
P (city, town)."""
ORG_LINKS = frozenset({"of", "for", "and", "to", "on", "in", "the", "&"})
"""Lower-case words inside a body's name ("Organization for Security and Co-operation in
Europe", "Committee to Protect Journalists"), kept only when a head of
:data:`ORG_HEADS` is in the run."""
SETTLEMENT_NOUNS = frozenset({
    "town", "city", "village", "district", "suburb", "port", "province", "region",
    "neighbourhood", "neighborhood", "camp", "hamlet", "municipality", "commune"})
"""Nouns that describe a place in an apposition ("Mokwa, a farming town in Niger State")."""

_CAP = r"(?:[A-ZÀ-ÖØ-Þ][\w'’]*(?:-[\w'’]+)*\.?|[A-Z]\.)"
_GLUED = r"(?:[a-z]{1,3}-[A-ZÀ-ÖØ-Þ][\w'’]*)"
_TOKEN = re.compile(rf"{_GLUED}|{_CAP}")
_WORDS = re.compile(r"\S+")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”«»—–(\n]\s*)$")
_POSSESSIVE = re.compile(r"['’]s?$")
_COORDINATED = re.compile(r",?\s+(?:and|or)\s+|,\s+")
_ABBREVIATION = re.compile(r"[A-Z]\.|(?:Co|Corp|Inc|Ltd|St|Mt|Jr|Sr|Dr|Mr|Mrs|Ms)\.")


def _is_cap(token: str) -> bool:
    return bool(re.fullmatch(_GLUED, token)) or token[:1].isupper()


def _runs(text: str) -> list[tuple[int, int, list[str]]]:
    """``(start, end, words)`` of each run of capitalised words of ``text`` with the
    particles and links between two of them (rules in the module's docstring)."""
    runs: list[tuple[int, int, list[str]]] = []
    words: list[tuple[int, int, str]] = []
    held_possessive = False

    def close() -> None:
        for part in _split_at_links(words):
            while part and not _is_cap(part[-1][2]):
                part.pop()
            if part:
                runs.append((part[0][0], part[-1][1], [w for _, _, w in part]))
        words.clear()

    for match in _WORDS.finditer(text):
        raw = match.group()
        core = raw.strip("\"“”‘’«»()[],;:!?")
        if not core:
            close()
            continue
        start = match.start() + raw.find(core)
        full_stop = core.endswith(".") and not _ABBREVIATION.fullmatch(core)
        core = core.rstrip(".") if full_stop else core
        possessive = core[:1].isupper() and bool(_POSSESSIVE.search(core))
        core = _POSSESSIVE.sub("", core) if possessive else core
        if not core or not (_is_cap(core) and _TOKEN.fullmatch(core)
                            or words and not held_possessive
                            and (core in NAME_PARTICLES or core in ORG_LINKS)):
            close()
            held_possessive = False
            continue
        if raw[0] in "(\"“«‘" or held_possessive and core.lower() not in ORG_HEADS:
            close()  # "France's foreign minister"; "Prosecutor's Office" goes on
        held_possessive = possessive and raw[-1] not in ",;:!?)\"”»"
        words.append((start, start + len(core), core))
        if full_stop or raw[-1] in ",;:!?)\"”»" or possessive and not held_possessive:
            close()
    close()
    return runs


def _split_at_links(words: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """``words`` cut where a link word of :data:`ORG_LINKS` is no part of a body's name:
    "of", "for", "to", "&" go on a name that holds a head of :data:`ORG_HEADS` or
    :data:`LOC_HEADS` ("University of Cambridge", "Gulf of Mexico"); "and", "in", "on"
    only one whose head came before and is not the last word ("Organization for
    Security and Co-operation in Europe", not "Middle East Institute in Washington" nor
    "Madrid on Thursday"), nor right after a head and the one name word that completes it
    ("University Hospital Kerry" in Tralee, "Police Scotland" on Monday); "the" only
    after a kept link; a day or month never follows a link ("… in March")."""
    parts: list[list[tuple[int, int, str]]] = [[]]
    kept_link = False
    for index, word in enumerate(words):
        token = word[2]
        part = parts[-1]
        if part and part[-1][2] in ORG_LINKS and token.lower() in CALENDAR:
            part.pop()
            parts.append([])
            kept_link = False
            continue
        if token in ORG_LINKS and token not in NAME_PARTICLES:
            names = [w[2].lower() for w in part if w[2] not in ORG_LINKS]
            heads = [i for i, w in enumerate(names) if w in ORG_HEADS or w in LOC_HEADS]
            if token == "of" and len(part) == 1 and part[0][2] in ("House", "Houses"):
                keep = True  # "House of Commons", "House of Representatives": one chamber
                # (CHAMBERS), never "House" then "Commons" (t-final51 A7)
            elif not heads and token in ("of", "and", "&") and _body_named_after_area(
                    part, words[index + 1:], token):
                keep = True  # "City of York Council", "Westmorland and Furness Council"
            elif token in ("of", "for", "to", "&"):
                keep = bool(heads)
            elif token == "the":
                keep = kept_link
            else:
                keep = bool(heads) and heads[0] < len(names) - 1 and names[-1] not in ORG_HEADS \
                    and not (len(part) > 1 and part[-2][2].lower() in ORG_HEADS)
            kept_link = keep
            if not keep:
                parts.append([])
                continue
        else:
            kept_link = False
        part.append(word)
    return [p for p in parts if p]


AREA_BODY_HEADS = frozenset({"council", "councils", "authority", "borough", "trust",
                             "board", "partnership"})
"""Heads of the bodies named after two areas joined by "and" (local authorities, NHS
trusts and boards, combined authorities: "Westmorland and Furness Council", "Bath and
North East Somerset Council", "Barking, Havering and Redbridge … NHS Trust"; ONS's
register of local authorities and NHS Digital's ODS)."""


def _body_named_after_area(before: list[tuple[int, int, str]],
                           after: list[tuple[int, int, str]], link: str = "of") -> bool:
    """Whether a link word between capitalised words ``before`` (no head of a body's
    name among them) and ``after`` is part of one body's name: ``after`` is capitalised
    words ending on a head of :data:`ORG_HEADS` with no other link, as local authorities
    are named after their area ("City of York Council", "Vale of Glamorgan Council",
    "Westmorland and Furness Council"; "York Council" and "Furness Council" were read;
    f-places32). After "and" or "&" the head is a local authority's (:data:`AREA_BODY_HEADS`):
    "Gardaí and Dublin Fire Brigade" are two bodies (r-kinds53)."""
    names = [w[2] for w in after]
    if link != "of" and (not names or names[-1].lower() not in AREA_BODY_HEADS):
        return False
    return bool(before) and _is_cap(before[-1][2]) and len(names) >= 2 and \
        names[-1].lower() in ORG_HEADS and all(_is_cap(w) and w not in ORG_LINKS
                                               for w in names)


def _cased_elsewhere(text: str, word: str) -> bool:
    """``word`` written capitalised somewhere in ``text`` not at a sentence's start."""
    for match in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
        if not _SENTENCE_START.search(text[:match.start()]):
            return True
    return False


def _lower_elsewhere(text: str, word: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text) is not None


def _words_before(text: str, start: int, count: int = 2) -> list[str]:
    return [w.lower().strip(",'’") for w in text[max(0, start - 60):start].split()][-count:]


def _title_word(word: str) -> bool:
    """``word`` (any case, maybe with a point or hyphenated: "Sen.", "Director-General")
    is a title of :data:`ROLE_NOUNS` or :data:`TITLE_WORDS` or a party's noun
    (:data:`veille.enrich.english_descriptions.PARTIES`, its synonyms read)."""
    folded = word.lower().strip(".,'’")
    return any(part in ROLE_NOUNS or part in TITLE_WORDS
               or SYNONYMS.get(part, part) in PARTIES for part in folded.split("-") if part)


AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ee", "ant", "ent", "man", "woman", "person",
                  "smith", "wright", "herd")
"""English suffixes that make nouns of agents and occupations (Quirk et al., *A
Comprehensive Grammar of the English Language*, appendix I.33-I.35: "-er/-or" of
"driver", "curator", "-ist", "-ian" of "librarian", "-ee" of "trustee", "-ant/-ent" of
"attendant", "-man/-woman/-person", and the compounds' heads "-smith", "-wright",
"-herd"): a closed class of the language's morphology, not a list of occupations."""


def agent_noun(word: str) -> bool:
    """Whether the capitalised ``word`` has the shape of an English noun of an occupation
    (:data:`AGENT_SUFFIXES`: "Owner", "Librarian", "Harbourmaster", "Beekeeper") and is
    neither a known given name ("Tyler", "Connor", "Brian") nor a town ("Leicester",
    "Windsor") nor an acronym."""
    from veille.enrich.english_towns import english_town
    from veille.extract.bare_byline import known_given_name

    folded = word.lower()
    return len(folded) >= 5 and folded.isalpha() and not word.isupper() \
        and folded.endswith(AGENT_SUFFIXES) and not known_given_name(word) \
        and not english_town(word)


def _role_opening(text: str, start: int, words: list[str]) -> bool:
    """Whether the run ``words`` (at ``start`` of ``text``) is an occupation's noun glued
    before a person's name ("Owner Thaddeus Wrenfield", "Librarian Maureen Castellano"):
    the first word an agent noun (:func:`_agent_noun`) at a sentence's start, where
    English capitalises any word, or before a person's name anywhere ("said Harbourmaster
    Cornelius Abernathy": the AP Stylebook capitalises a title before a name), then two or
    three capitalised name words, none a body's or a place's head nor a link word. The
    name is the person's; the noun describes them (r-ner35's and h-nick35's open case)."""
    rest = words[1:]
    return 2 <= len(rest) <= 3 and (agent_noun(words[0]) or _noun_before_given_name(
        text, start, words)) and all(
        _is_cap(w) and not w.isupper() and w.lower() not in ORG_HEADS
        and w.lower() not in LOC_HEADS and w not in ORG_LINKS and not _title_word(w)
        for w in rest) and not _cased_elsewhere(text, words[0])


def _noun_before_given_name(text: str, start: int, words: list[str]) -> bool:
    """Whether ``words[0]``, opening a sentence (where English capitalises any word), is a
    common noun before a person's name though it has no agent suffix ("Nurse", "Chef",
    "Coach", "Midwife", "Cook" before "Olena Barros"): a known given name follows it, and it
    is itself no given name, no town and no acronym. English writes a person's name given
    name first, so a capitalised word before a given name and a surname is no part of the
    name unless it is a given name too ("Mary Ann Evans"): a role noun used as a title
    (r-who36's open case: only agent suffixes were cut)."""
    from veille.enrich.english_towns import english_town
    from veille.extract.bare_byline import known_given_name

    first = words[0]
    return len(words) >= 3 and first.isalpha() and not first.isupper() and \
        bool(_SENTENCE_START.search(text[:start])) and known_given_name(words[1]) and \
        not known_given_name(first) and not english_town(first)


def _title_length(words: list[str]) -> int:
    """How many words of ``words`` a title glued before a name takes: up to its last title
    word (:func:`_title_word`) when two capitalised words or more follow it, else 0."""
    cut = 0
    for index, word in enumerate(words[:-2]):
        if _title_word(word):
            cut = index + 1
    rest = words[cut:]
    return cut if cut and all(_is_cap(w) or w in NAME_PARTICLES for w in rest) else 0


def _body_before_title(text: str, start: int, end: int, words: list[str],
                       spans: list[Span]) -> str:
    """"PER" when the body's run ``words`` (at ``start:end`` of ``text``) goes on with a
    title and a person's name ("Bank of England Governor Andrew Bailey"): the body's own
    words, up to the title, go to ``spans`` as an ORG; else "ORG"."""
    cut = _title_length(words)
    first = cut - 1
    while first > 0 and _title_word(words[first - 1]):
        first -= 1
    body = [w.lower() for w in words[:first]]
    if not any(w in ORG_HEADS for w in body) or ORG_LINKS.issuperset(body[-1:]):
        return "ORG"
    at = text.index(words[cut], start + len(" ".join(words[:cut])))
    if _kind(text, at, end, words[cut:]) != "PER":
        return "ORG"
    body_end = text.index(words[first - 1], start) + len(words[first - 1])
    spans.append((start, body_end, "ORG"))
    return "PER"


def _portfolio_length(text: str, start: int, words: list[str]) -> int:
    """How many words of ``words`` (a run at ``start`` of ``text``) are a portfolio after a
    title and "of" ("Secretary of" + "State Marco Rubio", "Minister of" + "Foreign Affairs
    Penny Wong"): up to the first known given name when two words or more are left from
    it, else 0."""
    from veille.extract.bare_byline import known_given_name

    before = _words_before(text, start, 2)
    if len(before) < 2 or before[-1] != "of" or not _title_word(before[-2]):
        return 0
    for index, word in enumerate(words[1:-1], 1):
        if known_given_name(word):
            return index
    return 0


def _body_noun_after(text: str, end: int, words: list[str]) -> bool:
    """A one-word run followed by a noun of :data:`ORG_NOUNS_AFTER` ("Houthi forces")."""
    after = text[end:end + 30].split()[:1]
    return len(words) == 1 and bool(after) and after[0].strip(",.;:") in ORG_NOUNS_AFTER


def _kind(text: str, start: int, end: int, words: list[str], titled: bool = False) -> str:
    """PER, ORG, LOC or "" (unknown) for the run ``words`` at ``start:end`` of ``text``
    (``titled``: a capitalised "The" opened it mid-sentence, a title's: "The Lancet")."""
    from veille.extract.bare_byline import known_given_name

    folded = [w.lower() for w in words]
    after = text[end:end + 40]
    before = _words_before(text, start, 3)
    caps = [w for w in words if _is_cap(w)]
    if len(words) == 2 and folded[0] in ("co", "co.", "county") and not words[1].isupper() \
            and folded[1] not in ORG_HEADS:
        return "LOC"  # "Co Westmeath", "County Kerry": Ireland's counties, no company
    if len(words) > 1 and folded[-1] in AREA_HEADS and not any(
            w in ORG_HEADS for w in folded[:-1]):
        return "LOC"  # "Pearl District", "Mission District": no "School District"
    if len(words) > 2 and folded[0] in ("house", "houses") and folded[1] == "of":
        return "ORG"  # "House of Commons", "House of Representatives": a chamber (CHAMBERS)
    if any(w in ORG_HEADS for w in folded[1:]) or (
            len(caps) > 1 and folded[0] in ORG_HEADS and folded[0] not in ("cross",
                                                                             "crescent")):
        return "ORG"  # "Middle East Institute", "Agency Partners", "Police Scotland"
    next_words = [w.lower().strip(",.;:") for w in after.split()[:2]]
    if next_words and (next_words[0] in ORG_NOUNS_AFTER
                       or (len(next_words) > 1 and next_words[0].isalpha()
                           and next_words[0].islower()
                           and next_words[0] not in _function_words()
                           and next_words[1] in ORG_NOUNS_AFTER
                           and next_words[1] in {"agency", "group", "network",
                                                 "channel"})):
        return "ORG"
    if len(words) > 1 and folded[-1] in LOC_HEADS:
        return "LOC"
    if before and before[-1] == "the" and _title_word(folded[-1]):
        return ""  # "the Missouri Republican", "the Labour MP": a description
    person_shaped = 2 <= len(caps) <= 4 and all(
        w in NAME_PARTICLES or (_is_cap(w) and not w.isupper()) for w in words)
    role_before = bool(before) and _title_word(before[-1])
    verb_after = bool(next_words) and next_words[0] in REPORTING_VERBS
    if person_shaped and (known_given_name(words[0]) or role_before or verb_after):
        return "PER"
    settlement = re.match(r",\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}([a-z]+)", after)
    if settlement and settlement.group(1) in SETTLEMENT_NOUNS:
        return "LOC"
    if before[-2:-1] and before[-1] == "the":
        if len(words) == 1 and (folded[0] in CHAMBERS or folded[0] in ORG_HEADS):
            return "ORG"  # "in the Commons", "in the Senate", "to the Assembly"
        if len(words) == 1 and folded[0] in POLITY_NOUNS:
            return ""  # "the second busiest port in the State": the country, unnamed
        before = before[:-1]
    elif before and before[-1] in PLACE_PREPOSITIONS and len(words) == 1 and (
            folded[0] in CHAMBERS or folded[0] in ORG_HEADS):
        return "ORG"  # "in Parliament", "through Congress": the body, no place
    if before and before[-1] in PLACE_PREPOSITIONS and len(words) == 1 and \
            _NATIONALITY_SHAPE.search(folded[0]) and next_words and \
            next_words[0].isalpha() and next_words[0].islower() and \
            next_words[0] not in _function_words():
        return ""  # "awarded to Polish yard", "in Danish waters": an adjective, no place
    if before and before[-1] in PLACE_PREPOSITIONS and before[-2:-1] != ["according"] \
            and not all(w.isupper() for w in caps) and not set(folded) & CALENDAR \
            and not titled:
        return "LOC"
    return ""


def _holder_apposed(text: str, place: Span, start: int, end: int, words: list[str]) -> bool:
    """Whether the run ``words`` (at ``start:end``) after the place ``place`` and a comma is
    the holder of an office of that place, in apposition: a title's noun and "of" before the
    place ("The Mayor of London, Sadiq Khan, welcomed…", "the Governor of Texas, Greg
    Abbott"), the run two to four capitalised words closed by a comma, a sentence's end or
    a verb, no town's name (:func:`_bare_town`). English sets the holder's name after his
    office so (Quirk et al. 17.65, non-restrictive apposition); a list of towns ("in
    Leeds, Bradford") has no title before it."""
    if text[place[1]:start].strip() != "," or not 2 <= len(words) <= 4:
        return False
    before = _words_before(text, place[0], 3)
    if before[-1:] != ["of"] and before[-2:-1] != ["of"]:
        return False
    title = before[-2] if before[-1:] == ["of"] else before[-3:-2][0] if len(before) > 2 else ""
    return _title_word(title) and all(_is_cap(w) and not w.isupper() for w in words) \
        and not _bare_town(text, start, end, words)


_NATIONALITY_SHAPE = re.compile(r"(?:ish|ese|ian)$")
"""The endings of English adjectives of nationality ("Polish", "Danish", "Chinese",
"Maltese", "Italian", "Canadian"; the CIA World Factbook's adjectives): such a word
before a lower-case noun ("to Polish yard", t-final55b A12) qualifies the noun and is no
place, though it follows a preposition of place."""


def headline_case(text: str) -> bool:
    """Whether ``text`` (one paragraph) is written in headline case: four words or more,
    every one capitalised but the function words ("Poughkeepsie Votes to Turn Old Rail
    Yard Into Housing"). English headline style capitalises every word but articles,
    conjunctions and short prepositions (Chicago Manual of Style 8.159; AP Stylebook,
    "composition titles"), so there a capital says nothing of a name."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    if len(words) < 4 or sum(1 for w in words if w[:1].isupper()) < 4:
        return False
    stop = _function_words()
    return all(w[:1].isupper() or w.lower() in stop for w in words)


def english_spans(text: str) -> list[Span]:
    """``(start, end, label)`` of the names of ``text`` (English) its runs of capitalised
    words make (rules in the module's docstring), in text order; none in a paragraph in
    headline case (:func:`headline_case`: "Turn Old Rail Yard Into Housing" was a place,
    t-final33 7): its names are those the alias table and the gazetteer know."""
    if headline_case(text):
        return []
    stop = _function_words()
    spans: list[Span] = []
    towns: set[int] = set()  # spans read as towns by name alone (:func:`_bare_town`)
    for start, end, words in _runs(text):
        while words and _SENTENCE_START.search(text[:start]) and not _body_noun_after(
                text, end, words) and not (len(words) > 2 and words[1] in ORG_LINKS) and (
                words[0].lower() in stop or not _cased_elsewhere(text, words[0])
                and (len(words) == 1 or _lower_elsewhere(text, words[0])
                     or words[0].lower() in ROLE_NOUNS or not words[1][:1].isupper())
                and not _towns_paired(text, start, end, words)):
            # "Floods in…", "The Brookings…", "Analyst Meredith Crowley": not the name
            rest = words[1:]
            while rest and not _is_cap(rest[0]):
                rest = rest[1:]
            if not rest:
                words = []
                break
            start = text.index(rest[0], start + len(words[0]))
            words = rest
        titled = False
        while len(words) > 1 and words[0].lower() in stop and _is_cap(words[1]):
            titled = True
            start = text.index(words[1], start + len(words[0]))  # "The Lancet"
            words = words[1:]
        if not words or words[0].lower() in stop:
            continue
        if len(words) > 1 and words[0].lower().rstrip(".") in COURTESY_TITLES and all(
                _is_cap(w) or w in NAME_PARTICLES for w in words[1:]):
            # "to Ms Marsh", "Dr Anna Preston": a person, the title no part of the name
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
            spans.append((start, end, "PER"))
            continue
        kind = _kind(text, start, end, words, titled)
        cut = _title_length(words) if kind in ("", "PER") or (
            kind == "LOC" and words[-1].lower() not in LOC_HEADS) else 0
        # ("from Councilwoman Sarah Salem": the title makes a person, not the preposition)
        if kind in ("", "PER") and not cut:
            cut = _portfolio_length(text, start, words)
        if kind == "ORG" and _title_length(words):
            kind = _body_before_title(text, start, end, words, spans)
            if kind == "PER":  # "Bank of England Governor Andrew Bailey": two names
                cut = _title_length(words)
        agent = not cut and kind in ("", "PER") and _role_opening(text, start, words)
        if agent:  # "Owner Thaddeus Wrenfield": the occupation's noun describes the person
            cut = 1
        if cut:  # "Defense Secretary Pete Hegseth", "Chief Executive X Y"
            start = text.index(words[cut], start + len(" ".join(words[:cut])))
            words = words[cut:]
            kind = "PER" if agent else _kind(text, start, end, words, titled)
        if not kind and spans and spans[-1][2] == "LOC" and _COORDINATED.fullmatch(
                text[spans[-1][1]:start]) and not titled:
            # "in Valladolid and Zaragoza"; but "The Mayor of London, Sadiq Khan,": the
            # office's holder in apposition (t-final60 #17)
            kind = "PER" if _holder_apposed(text, spans[-1], start, end, words) else "LOC"
        if not kind and not titled and _bare_town(text, start, end, words):
            kind = "LOC"  # "Stockton-on-Tees and Darlington were also on alert"
            towns.add(len(spans))
        if kind:
            spans.append((start, end, kind))
    surnames = {text[s:e].split()[-1] for s, e, k in spans if k == "PER"}
    return _with_listed_bodies(text, [span for index, span in enumerate(spans)
                                      if index not in towns
                                      or text[span[0]:span[1]] not in surnames])


_DEFINED_ACRONYM = re.compile(r"[ \u00a0]*\(([A-Z][A-Za-z&]{1,9})\)")
_NAME_OR_COMMA = re.compile(rf"(?:{_CAP}|[a-z&]+|,)$")


def _with_listed_bodies(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` where a body's name holds a comma and is given with its acronym in
    parentheses ("American Federation of State, County and Municipal Employees (AFSCME)",
    "American Society of Composers, Authors and Publishers (ASCAP)"): the whole name, up
    to the acronym, is one ORG, its parts' spans dropped (the run was cut at the comma:
    t-final34). The acronym is the evidence: its letters are the initials of the
    capitalised words (the link words' too, or not: "ODOT" of "Oregon Department of
    Transportation"), so a comma in a plain list ("Kent, Surrey and Sussex (KSS)") is
    merged only when its words spell the acronym."""
    for found in _DEFINED_ACRONYM.finditer(text):
        if not found.group().strip().startswith("("):
            continue
        acronym = found.group(1).upper().replace("&", "")
        end = found.start()
        tokens = list(re.finditer(r"[^\s,]+|,", text[max(0, end - 200):end]))
        base = max(0, end - 200)
        words: list[re.Match[str]] = []
        for token in reversed(tokens):
            if not _NAME_OR_COMMA.match(token.group()) or (
                    token.group()[:1].islower() and token.group() not in ORG_LINKS):
                break
            words.insert(0, token)
            if not _is_cap(words[0].group()):
                continue
            names = [w.group() for w in words if w.group() != ","]
            strict = "".join(w[0] for w in names if _is_cap(w)).upper()
            loose = "".join(w[0] for w in names if w != "the").upper()
            if acronym not in (strict, loose):
                continue
            start = base + words[0].start()
            if "," not in text[start:end] or not any(w.lower() in ORG_HEADS for w in names):
                break
            spans = sorted([sp for sp in spans if sp[1] <= start or sp[0] >= end]
                           + [(start, end, "ORG")])
            break
    return spans


_PAIRED_AFTER = re.compile(r"[ \u00a0]+(?:and|or)[ \u00a0]+([A-Z][\w'’]*(?:-[\w'’]+)*"
                           r"(?:[ \u00a0][A-Z][\w'’]*(?:-[\w'’]+)*){0,2})")


def _towns_paired(text: str, start: int, end: int, words: list[str]) -> bool:
    """Whether a sentence's first word ``words`` (at ``start:end``), that the text
    capitalises nowhere else, is a town paired with another ("Ballarat and Shepparton
    recorded smaller falls", "Wyoming and Missouri are weighing…"): both the own names
    of towns or states of English-speaking countries (:func:`_bare_town`), the pair
    being the evidence a capital at a sentence's start is not; or a town's possessive
    before one of its structures or people (:data:`_POSSESSED_PLACE`: "Whitby's swing
    bridge")."""
    if len(words) != 1:
        return False
    if text.startswith(("'s ", "’s "), end) and _POSSESSED_PLACE.match(text, end + 3):
        return _bare_town(text, start, end, words)  # "Whitby's swing bridge"
    paired = _PAIRED_AFTER.match(text, end)
    if paired is None:
        return False
    other = paired.group(1).split()
    return _bare_town(text, start, end, words) and _bare_town(
        text, paired.start(1), paired.end(1), other)


_POSSESSED_PLACE = re.compile(
    r"(?:[a-z-]+[ \u00a0]+){0,2}(?:bridge|harbour|harbor|port|pier|station|high[ \u00a0]+street|"
    r"town[ \u00a0]+centre|town[ \u00a0]+center|seafront|beach|market|mayor|council|"
    r"residents|streets|shops|schools|hospital|football[ \u00a0]+club|railway)\b")
"""What a town's possessive opens at a sentence's start ("Whitby's swing bridge",
"Darlington's town centre", "Penrith's residents"): the town's structures, services and
people, nouns a person's possessive rarely takes."""


_TITLE_BEFORE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Cllr|Sir|Dame|Lord|Lady)\.?|[A-Z])[ \u00a0]+$")


def _bare_town(text: str, start: int, end: int, words: list[str]) -> bool:
    """Whether the run ``words`` at ``start:end`` of ``text``, of no other kind, names a
    town of an English-speaking country by its own name
    (:func:`veille.enrich.english_towns.english_town`: 5,000 inhabitants or more in the
    shipped GeoNames data): one to three capitalised words, not an acronym, not a day or
    month, not a known given name alone ("Victoria", "Florence"), not a word the text also
    writes in lower case ("Reading", "Bath" as nouns), not after a courtesy title or an
    initial ("Mr Darlington", "J. Whitby") nor before a reporting verb ("Orton said"):
    a person's surname. A run that is also the surname of a person the text names is
    dropped by the caller."""
    from veille.enrich.english_towns import english_town
    from veille.extract.bare_byline import known_given_name

    if not 1 <= len(words) <= 3 or any(w.isupper() or not _is_cap(w) for w in words):
        return False
    if {w.lower() for w in words} & CALENDAR or (len(words) == 1 and (
            known_given_name(words[0]) or _lower_elsewhere(text, words[0]))):
        return False
    after = text[end:end + 20].split()[:1]
    if _TITLE_BEFORE.search(text, max(0, start - 8), start) or (
            after and after[0].strip(",.;:") in REPORTING_VERBS):
        return False
    return english_town(" ".join(words))


def with_english_names(recognizer: Recognizer) -> Recognizer:
    """``recognizer``'s spans and :func:`english_spans`' where none overlaps; a name's span
    wins over a shorter one it holds ("Nigerian Red Cross" over the alias table's "Red
    Cross", "University of Cambridge" over the city)."""
    def recognise_batch(texts: Sequence[str]) -> list[list[Span]]:
        out = []
        for text, spans in zip(texts, recognizer(texts), strict=True):
            found = english_spans(text)
            spans = [s for s in spans if not any(
                n[0] <= s[0] and s[1] <= n[1] and n[1] - n[0] > s[1] - s[0] for n in found)]
            names = [n for n in found if not any(s < n[1] and n[0] < e for s, e, _ in spans)]
            out.append(sorted([*spans, *names]))
        return out
    return recognise_batch
