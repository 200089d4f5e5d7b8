"""Bylines and author lists: people are authors, agencies and newsrooms are not.

docs/record.md: ``Content.authors`` holds people only. A wire agency named in a byline
("Le Monde avec AFP", "By MARIA GONZALEZ Associated Press") or listed as an author (a
JSON-LD ``Organization``, a NewsML-G2 ``<creator>`` "AFP") is a *credit*, kept in
``evidence["credit"]``; a newsroom ("la rédaction", "Staff"), a job title ("Economics
Correspondent") and the publication itself ("Le Monde", "Ouest-France") are neither.

The agencies are the table of :mod:`veille.extract.agencies` (EANA and MINDS members and
the main world agencies, with their written forms); the newsroom and job-title words are
a short multilingual list (English, French, German, Spanish, Italian, Dutch), the titles
newspapers print after a byline's name.
"""

from __future__ import annotations

import re

from veille.extract.agencies import folded_words, names_pattern, tail_pattern

_BYLINE_PREFIX = re.compile(
    r"^(?:(?i:par|by|von|por|di|door|de|texte|text|written by|reporting by|"
    r"propos recueillis par)\s*:?\s+"
    # Glued to the name when the page set "Par" and the name in two elements with no
    # space between them ("Par<span>Sébastien Farcis</span>" reads "ParSébastien
    # Farcis"): only "Par"/"By" before a capitalised word ("DiCaprio" stays whole).
    r"|(?:Par|By|PAR|BY)(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]))")
#: Name particles written in lower case inside a surname ("Sophie de La Tour du Pin").
PARTICLES = ("de|da|das|do|dos|van|von|der|den|del|della|le|la|du|di|bin|ibn|ter|ten|af|"
             "zu")
_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’\-]*\.?"
#: A person's name: capitalised words, with lower-case particles between them and elided
#: ones before them ("Frances d'Emilio").
_NAME = re.compile(rf"^{_CAP}(?:\s+(?:(?:{PARTICLES})\s+){{0,3}}(?:d['’])?{_CAP}){{1,5}}$")

#: News agencies (:mod:`veille.extract.agencies`, a sourced table): credited with a
#: byline ("Le Monde avec AFP"), never its authors. ``_AGENCY_NAMES`` matches every form,
#: the strict ones (common words elsewhere: "TT", "MAP") as written; ``_LOOSE_NAMES`` only
#: the others, for a line that is only a credit ("Belga -", "Source : Belga").
_AGENCY_NAMES = names_pattern()
_LOOSE_NAMES = names_pattern(strict=False)
_AGENCY = re.compile(rf"^(?i:l['’]\s*)?{_AGENCY_NAMES}\.?$")
#: A byline opening with "Avec AFP" / "With Reuters": a credit alone ("Con Coughlin" is a
#: name: only an agency's name after the word makes it a credit).
_WITH_AGENCY = re.compile(rf"^(?i:avec|with|mit|con)\s+(?=(?i:l['’]\s*)?{_AGENCY_NAMES}\b)")
#: An agency's name ending a byline with no separator: "By MARIA GONZALEZ Associated Press"
#: (:func:`veille.extract.agencies.tail_pattern`: no one-word name that is also a surname).
_AGENCY_TAIL = re.compile(
    rf"^(?P<name>.+?)\s*[,/(]?\s*\(?(?<!\w)(?P<agency>{tail_pattern()})\)?\.?$")
#: A line that is only an agency's credit, in the forms news sites print it near the
#: headline: "Par Belga", "(Belga)", "Belga -", "avec Belga", "Source : Belga", "Sources :
#: AFP et Belga", "Belga/AFP". The strict names only after "Par"/"By" or in parentheses
#: ("Source : MAP" may credit a map).
_LIST_SEP = r"\s*(?:[,/&]|\s(?i:et|and|und|y|e|en)\s)\s*"
_ELIDED = r"(?i:l['’]\s*)?"
_CREDIT_LIST = (rf"{_ELIDED}(?:{{names}})(?:{_LIST_SEP}{_ELIDED}(?:{{names}}))*")
_CREDIT_LINE = re.compile(
    r"^(?:(?i:sources?|quelle|quellen|fuentes?|fonti?|bron|bronnen|crédits?|credits?)\s*:\s*"
    r"|(?i:avec|with|mit|con)\s+)?"
    rf"\(?\s*(?P<list>{_CREDIT_LIST.format(names=_LOOSE_NAMES)})\s*\)?\s*[-–—.]?$")
_CREDIT_LINE_STRICT = re.compile(
    r"^(?:(?i:par|by|von|por|di|door|de)\s+(?P<by>{list})\s*\.?|\(\s*(?P<paren>{list})\s*\))$"
    .format(list=_CREDIT_LIST.format(names=_AGENCY_NAMES)))
#: "avec AFP", "with Reuters": what follows is a credit, not a co-author.
_WITH = re.compile(r"\s+(?:avec|with|mit|con)\s+", re.IGNORECASE)
#: A name opening with an article is a publication's ("Le Monde", "The Guardian").
ARTICLE_WORDS = frozenset("le la les l the der die das el los".split())
#: Newsrooms and job titles: a part holding one of these words names no person.
_ROLE_WORDS = frozenset("""
    rédaction redaction rédac newsroom staff desk team équipe equipe service redaktion
    redacción redaccion redazione redactie
    correspondent correspondant correspondante corresponsal corrispondente korrespondent
    korrespondentin reporter reporters journalist journalists journaliste journalistes
    periodista giornalista editor editors éditeur rédacteur rédactrice redacteur redactrice
    writer writers columnist chroniqueur chroniqueuse envoyé envoyée envoyee envoye
    photographer photographe contributor contributors analyst producer chief
    redakteur redakteurin autor autorin
    """.split())
#: A one-word name made of capitalised parts joined by a hyphen is a publication's
#: ("Ouest-France", "Nice-Matin", "Sud-Ouest"), not a person's.
_HYPHENATED_TITLE = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w’']+(?:-[A-ZÀ-ÖØ-Þ][\w’']+)+$")
#: Where a byline's names end: a separator, or the date after them ("le 3 mars", "Posted
#: on"); "le" and "on" only in lower case ("Marine Le Pen").
_CUT = re.compile(r"\s+[-|–—]\s+|\s*[|•]\s*|\s+(?:le|on|(?i:publié|published|posted|updated|"
                  r"mis à jour))\s")
_PARTS = re.compile(r",|;|\s+(?:et|and|und|y|e|en)\s+|\s*&\s*|" + _WITH.pattern,
                    re.IGNORECASE)
_LOWER_PARTICLES = frozenset(PARTICLES.split("|")) - {"le", "la", "y"}
#: A parenthesised aside in a byline: "Cécile Ducourtieux (Bruxelles, bureau européen)".
_ASIDE = re.compile(r"\s*\(([^()]*)\)?")


#: A correspondent's place after the name, joined by a preposition of place: "Kim Willsher
#: in Paris" (the Guardian's byline form), "Jean Dupont à Bruxelles", "Marie Curie au
#: Caire"; the place is one to four capitalised words, with lower-case particles between
#: them ("Saint-Martin-de-Ré", "Rio de Janeiro"). Like a parenthesised aside, it is where
#: the journalist writes from, no part of the name (newuser9 R9).
_PLACE_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’\-]*"
_PLACE = (rf"(?:[lL]['’]\s*)?{_PLACE_WORD}"
          rf"(?:\s+(?:(?:de|du|des|la|le|del|do|da)\s+)?(?:[dl]['’]\s*)?{_PLACE_WORD}){{0,3}}")
_AT = r"(?:in|à|au|aux)\s+"
_AT_PLACE = re.compile(rf"^(?P<name>.+?)\s+{_AT}{_PLACE}\.?$")
#: The same place alone, after a comma: "Jean Dupont, à Paris".
_PLACE_ASIDE = re.compile(rf"^{_AT}{_PLACE}$")


def without_place(text: str) -> str:
    """``text`` without a correspondent's place written after the name ("Kim Willsher in
    Paris" -> "Kim Willsher", "Jean Dupont à Bruxelles" -> "Jean Dupont"), when what is
    left is shaped like a person's name (:func:`is_person`); ``text`` itself otherwise
    ("Le Monde à Paris", "Manifestation à Paris")."""
    match = _AT_PLACE.match(text.strip())
    if match is None:
        return text
    name = restore_case(match.group("name").strip(" ,"))
    return name if is_person(name) else text


def drop_asides(text: str) -> tuple[str, list[str]]:
    """(``text`` without its parenthesised asides, the agencies credited in them).

    An aside is no part of a name: a place, a desk or a role ("Cécile Ducourtieux
    (Bruxelles, bureau européen)", "Jean Dupont (envoyé spécial)") is dropped; an agency
    ("Jean Dupont (AFP)") is a credit; co-authors introduced by "avec"/"with" ("Martin
    Untersinger (avec Damien Leloup)") stay in the text, as "Martin Untersinger avec
    Damien Leloup". An unclosed "(" drops the rest of the line.

    The rule is the typographic one: parentheses enclose an incidental remark about what
    precedes them (Imprimerie nationale, *Lexique des règles typographiques*,
    "Parenthèses"; The Chicago Manual of Style, 6.95)."""
    agencies: list[str] = []

    def keep(match: re.Match[str]) -> str:
        inner = " ".join(match.group(1).split())
        if is_agency(inner):
            agencies.append(re.sub(r"^[lL]['’]\s*", "", inner).rstrip("."))
        elif re.match(r"(?i)(?:avec|with|mit|con)\s", inner):
            return f" {inner} "
        return " "

    return " ".join(_ASIDE.sub(keep, text).split()), agencies


_WORD_RUN = re.compile(r"\w+")
"""Runs of word characters, compiled once: :func:`credit_line` runs on most short blocks of
every capture (a call through ``re.findall`` looks the pattern up in ``re``'s cache)."""


def credit_line(text: str) -> list[str]:
    """The agencies of a line that is only a credit ("Par Belga", "(Belga)", "Belga -",
    "avec Belga", "Source : Belga", "Sources : AFP et Belga", "Belga/AFP", "(TT)"), or []
    for any other line. A strict name (:mod:`veille.extract.agencies`: "TT", "MAP") counts
    only after "Par"/"By" or alone in parentheses."""
    text = " ".join(text.split())
    if len(text) > 120 or folded_words().isdisjoint(_WORD_RUN.findall(text.lower())):
        return []
    match = _CREDIT_LINE.match(text)
    listed = match.group("list") if match else ""
    if not listed:
        strict = _CREDIT_LINE_STRICT.match(text)
        listed = (strict.group("by") or strict.group("paren")) if strict else ""
    return [re.sub(r"^[lL]['’]\s*", "", name.strip())
            for name in re.split(_LIST_SEP, listed) if name.strip()]


def is_agency(name: str) -> bool:
    """A wire agency's name ("AFP", "l'AFP", "Associated Press")."""
    return bool(_AGENCY.match(name.strip()))


def is_role(text: str) -> bool:
    """A newsroom or a job title ("la rédaction", "Staff Writer", "Economics
    Correspondent"), not a person's name."""
    return any(w.lower() in _ROLE_WORDS for w in _WORD_RUN.findall(text))


#: A word written in capitals that is a surname, not an initial ("J.") or a regnal or
#: generational number ("III"): two letters or more, hyphens and apostrophes allowed.
_CAPS_WORD = re.compile(r"^(?![IVX]+$)[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]*[A-ZÀ-ÖØ-Þ]$")


def is_author_line(text: str, authors: list[str]) -> bool:
    """A line printed between the headline and the text that is one of the article's
    ``authors`` followed only by a job title ("Helena Horton Environment reporter",
    theguardian.com; newuser6 M12): at most five words after the name, one of them a job
    title (:data:`_ROLE_WORDS`), no digit and no sentence punctuation. Byline furniture,
    not prose."""
    words = text.split()
    for author in authors:
        size = len(author.split())
        if not size or [w.lower() for w in words[:size]] != author.lower().split():
            continue
        rest = words[size:]
        if (0 < len(rest) <= 5 and not re.search(r"[\d.!?:;«»\"]", " ".join(rest))
                and any(w.lower().strip(",") in _ROLE_WORDS for w in rest)):
            return True
    return False


def restore_case(name: str) -> str:
    """"MARIA GONZALEZ" -> "Maria Gonzalez", and the surname in capitals of "Prénom NOM"
    ("Sophie LAUBIE" -> "Sophie Laubie", "Jean-Pierre CLATOT" -> "Jean-Pierre Clatot"):
    French typography sets surnames in capitals (Imprimerie nationale, *Lexique des règles
    typographiques*, "Noms de personnes"), and AFP, Le Monde and Belga sign so; the same
    person must not have two spellings. Particles after the first word are lower-cased
    ("Jean DE LA FONTAINE"); other names are unchanged."""
    words = name.split()
    caps = [bool(_CAPS_WORD.match(w)) for w in words]
    if name.isupper():
        words = name.title().split()
    elif caps[-1:] == [True] and not caps[0]:  # "Prénom NOM": "BBC News" is no surname
        words = [w.title() if upper else w for w, upper in zip(words, caps, strict=True)]
    else:
        return name
    return " ".join([words[0]] + [w.lower() if w.lower() in _LOWER_PARTICLES else w
                                  for w in words[1:]])


def is_person(name: str) -> bool:
    """Shaped like a person's name: capitalised words (and particles), not an article's
    publication, a newsroom, a job title or an agency."""
    first_word = re.split(r"[\s'’]", name, maxsplit=1)[0].lower()
    return (bool(_NAME.match(name)) and first_word not in ARTICLE_WORDS
            and not is_role(name) and not is_agency(name))


def split_byline(text: str) -> tuple[list[str], list[str]]:
    """(people, agencies) from a byline: "Par Laura Bénichou et Jean Dupont" gives two
    people; "Le Monde avec AFP et Reuters" gives no one and the agencies AFP and Reuters
    ("Le Monde" is the publisher, not an author: docs/record.md); "By Emma Clarke,
    Economics Correspondent" gives Emma Clarke (a job title is no author); "By MARIA
    GONZALEZ Associated Press" gives Maria Gonzalez, credit Associated Press."""
    credited = credit_line(text)
    if credited:
        return [], list(dict.fromkeys(credited))
    body = _BYLINE_PREFIX.sub("", _WITH_AGENCY.sub("", text.strip(), count=1), count=1)
    body, agencies = drop_asides(_CUT.split(body, maxsplit=1)[0])
    names: list[str] = []
    for part in _PARTS.split(body):
        part = part.strip(" .()")
        tail = _AGENCY_TAIL.match(part)
        tail_agency = ""
        if tail is not None and not is_agency(part):
            tail_agency, part = tail.group("agency"), tail.group("name").strip(" .(),/")
        if is_agency(part):
            agencies.append(re.sub(r"^[lL]['’]\s*", "", part).rstrip("."))
            part = ""
        if tail_agency:
            agencies.append(tail_agency)
        person = without_place(restore_case(part))
        if is_person(person) and person not in names:
            names.append(person)
    return names, list(dict.fromkeys(agencies))


def whole_name(text: str) -> str:
    """A byline element's text kept whole when the name pattern reads no one in it (one
    name, a script without capitals: "Ferdinand", "김민수"), or "" when it reads as a
    publication, a newsroom or a phrase ("Ouest-France", "Par la rédaction", "The
    Russian defense ministry"). A parenthesised aside is no part of the name
    (:func:`drop_asides`)."""
    body = _BYLINE_PREFIX.sub("", drop_asides(text)[0], count=1)
    words = body.split()
    if not 0 < len(words) <= 5 or words[0].lower().strip("'’") in ARTICLE_WORDS:
        return ""
    if (is_role(body) or is_agency(body) or _HYPHENATED_TITLE.match(body)
            or _WITH_AGENCY.match(body)):
        return ""
    return body


def people_of(names: list[str]) -> tuple[list[str], list[str]]:
    """(people, agencies) among author values each written as a byline ("By MARIA GONZALEZ
    Associated Press", "Claire Martin et Jean Dupont", "AFP"): each is read with
    :func:`split_byline`, and kept whole when the name pattern reads no one in it (one
    name, another script: :func:`whole_name`). Newsrooms and job titles are dropped."""
    people: list[str] = []
    credits: list[str] = []
    for name in names:
        found, agencies = split_byline(name)
        if not found and not agencies and whole_name(name):
            found = [whole_name(name)]
        people.extend(p for p in found if p not in people)
        credits.extend(a for a in agencies if a not in credits)
    return people, credits


def person_before_aside(name: str) -> str:
    """The person of "Britta Sandberg, Paris" or "Emma Clarke, Economics Correspondent":
    a person's name followed, after commas, only by one-word asides (the correspondent's
    city, a desk) or job titles, which are no part of the name (newuser9 R30; the rule of
    :func:`drop_asides` for the comma form); "" for any other name ("Dupont, Jean")."""
    head, *rest = name.split(",")
    person = restore_case(head.strip())
    if not rest or not is_person(person):
        return ""
    for aside in (part.strip(" .") for part in rest):
        if not (is_role(aside) or (len(aside.split()) == 1 and aside[:1].isupper()
                                   and not is_agency(aside)) or _PLACE_ASIDE.match(aside)):
            return ""
    return person


def people_and_credits(names: list[str], site: str = "") -> tuple[list[str], list[str]]:
    """An author list split into (people, credits): an agency ("AFP") is a credit; the
    publication's own name (``site``), a one-word hyphenated title ("Ouest-France") and
    newsrooms are dropped; a parenthesised aside is no part of a name
    (:func:`drop_asides`), except co-authors: "Martin Untersinger (avec Damien Leloup)"
    gives two people; a name that credits an agency, or whose every part is a person's
    name, is a byline, read as one ("Le Figaro et AFP": no one, AFP credited; "Jean
    Dupont et Marie Curie": two people; :func:`split_byline`). "Zone Justice et faits
    divers" stays whole."""
    people: list[str] = []
    credits: list[str] = []
    site_folded = " ".join(site.lower().split())
    for aside_name in names:
        name, agencies = drop_asides(aside_name)
        name = without_place(name)
        credits.extend(agencies)
        if not name:
            continue
        parts = [p for p in _PARTS.split(name) if p.strip()]
        found, agencies = split_byline(name) if len(parts) > 1 else ([], [])
        if agencies or len(found) == len(parts) > 1:
            # A byline given as one name: "Le Figaro et AFP" (no one, AFP credited),
            # "A (avec B et C)" or "A et B" (every part a person's name).
            credits.extend(agencies)
            people.extend(p for p in found if p not in people)
        elif person_before_aside(name):
            person = person_before_aside(name)
            if person not in people:
                people.append(person)
        elif is_agency(name):
            credits.append(re.sub(r"^[lL]['’]\s*", "", name.strip()).rstrip("."))
        elif (" ".join(name.lower().split()) == site_folded or is_role(name)
              or _HYPHENATED_TITLE.match(name.strip())):
            continue
        elif restore_case(name) not in people:
            people.append(restore_case(name))
    return people, list(dict.fromkeys(credits))


_ORGANIZATION_TYPES = frozenset({"Organization", "NewsMediaOrganization", "Corporation",
                                 "NGO", "GovernmentOrganization", "NewsAgency"})


def json_ld_authors(value: object, limit: int = 20) -> tuple[list[str], list[str]]:
    """(names, organisations) of a JSON-LD ``author`` value (a string, a ``Person`` or an
    ``Organization`` object, a list of them): an ``Organization`` author is a credit, not
    a person (schema.org types; URLs are no names)."""
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    organisations: list[str] = []
    for item in items[:limit]:
        kinds: object = None
        if isinstance(item, dict):
            name, kinds = item.get("name"), item.get("@type")
            if isinstance(name, list):
                name = name[0] if name else ""
        else:
            name = item
        if not isinstance(name, str):
            continue
        name = " ".join(name.split())
        if not name or name.startswith(("http://", "https://")):
            continue
        kind_set = {k for k in (kinds if isinstance(kinds, list) else [kinds])
                    if isinstance(k, str)}
        target = organisations if kind_set & _ORGANIZATION_TYPES else names
        if name not in target:
            target.append(name)
    return names, organisations
