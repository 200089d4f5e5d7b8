"""Guards against false quote speakers (issue 16, t-enrich22 E1-E7): shapes of the text
that make a candidate *not* the one who spoke, or a phrase *not* the quote's words.

Each function reads the text only; :mod:`veille.enrich.quotes` calls them where it picks
a speaker. Pure functions; nothing here loads a model.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from veille.collector import built_once
from veille.enrich.lexicon import french
from veille.enrich.quotes_refs import LEADING_WORDS, is_person_noun
from veille.enrich.text import fold

_ROLE_SUBJECT = re.compile(
    r"^\s*(?:Le|La|L['’])\s*(?P<head>[a-zà-ÿ][a-zà-ÿ-]+)(?P<rest>(?:\s+[\w'’-]+)*?)\s+"
    r"(?:à|au|aux|auprès\s+d[eu']|chez|pour|sur)\s+[^,]*,\s*$")
"""A sentence opening with a determiner, a role noun and its complements, ending with a
prepositional phrase and the comma before a name: "Le chef de groupe socialiste à la
Chambre, Julien Verhaegen, …"."""
_OF = frozenset({"de", "du", "des", "d'", "d’", "la", "le", "l'", "l’"})


def role_subject_apposition(opening: str) -> bool:
    """Whether ``opening`` (a sentence's words before a name, up to the name's comma) is
    the subject noun phrase of that sentence, a person noun and its complements, so the
    name after its comma is that subject's apposition ("Le chef de groupe socialiste à la
    Chambre, Julien Verhaegen, n'a pas tardé à réagir"), not the apposition of a
    prepositional object ("… a dîné avec son complice de toujours, X,"): a noun phrase
    holds no verb, so every word between the head noun and the preposition is a
    preposition, a noun after one ("de groupe"), or an adjective ("socialiste")
    (Grevisse § 343, the apposition of the subject; t-enrich22 E1)."""
    match = _ROLE_SUBJECT.match(opening)
    if match is None or not is_person_noun(match.group("head")):
        return False
    words = re.findall(r"[\w'’-]+", match.group("rest"))
    lexicon = french()
    for n, word in enumerate(words):
        lower = word.lower()
        if lower in _OF or (n and words[n - 1].lower() in _OF) or \
                (lexicon.is_adjective(lower) and not lexicon.is_verb_form(lower)):
            continue
        return False
    return True


def office_holder(name: str) -> bool:
    """Whether a speaker's words name a person by an office ("Premier ministre", "le
    ministre de l'Intérieur", "président"): its head word, after a determiner and a
    "premier", is a lower-case common noun of the lexicon that may name a person. A body ("la
    présidence", "le parti") never speaks for such a holder named before it: it is
    another speaker, whose words are its own (t-enrich22 E4)."""
    words = re.sub(r"(?i)^(?:le|la|les|l['’])\s*", "", name.strip()).split()
    words = words[1:] if words and fold(words[0]) in ("premier", "premiere") else words
    if not words:
        return False
    head = words[0]  # lower-case: "Le Figaro" is a name, no "figaro" (a barber)
    return head[:1].islower() and head in french().lemmas["noun"] and is_person_noun(head)


def within(span: tuple[int, int], start: int, end: int) -> bool:
    """Whether ``span`` lies inside ``start``-``end``: a candidate speaker named in the
    quote's own words ("« Le parti soutient Gabriel Attal », a indiqué le parti") is whom
    the quote speaks of, never its speaker's antecedent (t-enrich22 E1, E4)."""
    return start <= span[0] and span[1] <= end


_NAME = r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)*(?:[ \xa0]+[A-ZÀ-Ý][a-zà-ÿ'’]+" \
    r"(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)*)+"
_DEMONYM_SPEAKER = re.compile(r"(?i:(le|la|l['’])\s*)?([A-ZÀ-Ý][a-zà-ÿ]+)")
MAX_DEMONYM_REACH = 600
"""Most characters back from a nationality noun to the person it may stand for."""


def _nationality_word(word: str) -> bool:
    """Whether a capitalised word is a nationality noun: an adjective of the lexicon, or
    the feminine of one the lexicon lacks ("Américaine": "américain" + "e")."""
    lexicon = french()
    return lexicon.is_adjective(word) or (
        _FEMININE.search(word) is not None and lexicon.is_adjective(word[:-1])) or (
        word.endswith("sse") and lexicon.is_adjective(word[:-3]))  # "Suissesse"


_FEMININE = re.compile(r"(?:ain|ien|ois|ais|an|ol|and|in)e$")
"""Feminine endings of nationality nouns ("Américaine", "Italienne" after its doubled n is
in the lexicon, "Suédoise"), not "France" ("franc" + "e")."""


def _nationality(word: str) -> frozenset[str]:
    """A nationality word's lemmas, folded ("Française" → {"francais"}, "Américaine" →
    {"americain"}): two words name one nationality when they share one."""
    lower = word.lower()
    forms = [lower, *french().lemmas_of(lower)]
    if _FEMININE.search(lower) and french().is_adjective(lower[:-1]):
        forms.append(lower[:-1])
    if lower.endswith("esse") and french().is_adjective(lower[:-3]):
        forms.append(lower[:-3])  # "Suissesse" → "suisse" (Grevisse § 492, -esse)
    return frozenset(fold(w) for w in forms)


@built_once
def _demonym_forms() -> dict[str, str]:
    """Every folded form of a country's demonym (``veille.dedup.regions.DEMONYMS``, and
    France's, which that table leaves out) → its masculine singular."""
    from veille.dedup.regions import DEMONYMS, demonym_forms

    forms = {form: entry.split("|")[0] for entry in [*DEMONYMS, "francais"]
             for form in demonym_forms(entry)}
    return forms


def nationality_of(word: str) -> frozenset[str]:
    """The nationality a lower-case or capitalised adjective names ("allemand",
    "Brésilienne" → {"bresilien"}), from the countries' demonyms; an empty set for any
    other word ("sortant", "fédéral" are adjectives of no nationality)."""
    found = _demonym_forms().get(fold(word))
    return frozenset({found}) if found else frozenset()


def _given_nationality(text: str, start: int, end: int) -> frozenset[str] | None:
    """The nationality the text gives the person named at ``start``-``end``: a
    nationality noun right before the name ("l'Américaine Emma Navarro") or in
    apposition after it ("Emma Navarro, l'Américaine,"); None when none."""
    before = re.search(r"(?i:\b(?:le|la|les|l['’]))\s*([A-ZÀ-Ý][a-zà-ÿ]+)\s+$",
                       text[max(0, start - 30):start])
    after = re.match(r",\s*(?i:(?:le|la|l['’]))\s*([A-ZÀ-Ý][a-zà-ÿ]+)\b", text[end:end + 30])
    for found in (before, after):
        if found is not None and _nationality_word(found.group(1)):
            return _nationality(found.group(1))
    return None


def nationality_noun(text: str, speaker: str, start: int) -> str | None:
    """The determiner ("le", "la", "l'") of a speaker that is a nationality noun ("a
    souri la Française"): one capitalised nationality word after a definite determiner,
    in the speaker or right before it in ``text``; None otherwise ("Même", "Européenne"
    without one are no such noun)."""
    shape = _DEMONYM_SPEAKER.fullmatch(speaker.strip())
    if shape is None or start < 0 or not _nationality_word(shape.group(2)):
        return None
    found = re.search(r"(?i)(?<![\w'’])(le|la|l['’])\s*$", text[max(0, start - 6):start])
    if shape.group(1):
        determiner, at = shape.group(1), start
    elif found is not None:
        determiner, at = found.group(1), max(0, start - 6) + found.start(1)
    else:
        return None
    if determiner[:1].isupper() and re.search(r"[\w,;:»”]\s*$", text[max(0, at - 3):at]):
        return None  # "», a rapporté Le Parisien": a capitalised article inside a sentence
        # is part of a title (a newspaper's, Le Monde, Le Parisien), no nationality noun
    return determiner.lower().replace("’", "'")


def demonym_referent(text: str, speaker: str, start: int, spans: list[tuple[int, int]]
                     ) -> tuple[str, tuple[int, int]] | None:
    """The person a nationality noun speaking at ``start`` ("», a souri la Française")
    stands for: the last person named before it (outside the quoted ``spans``) whom the
    text gives that nationality ("le Français Arthur Fils"), else the one person named
    there of no other nationality and of no other gender than the determiner's ("Caroline
    Garcia s'est qualifiée en battant l'Américaine Emma Navarro. « … », a souri la
    Française": Garcia); None when the speaker is no nationality noun, or no person or
    several fit (the noun then stays the speaker, never the person of another
    nationality: t-enrich22 E2). A nationality noun is an adjective of nationality used
    as a noun (Grevisse § 555)."""
    determiner = nationality_noun(text, speaker, start)
    shape = _DEMONYM_SPEAKER.fullmatch(speaker.strip())
    if determiner is None or shape is None:
        return None
    from veille.enrich.gender import given_name_gender

    gender = {"le": "m", "la": "f"}.get(determiner, "")
    wanted = _nationality(shape.group(2))
    same: tuple[str, tuple[int, int]] | None = None
    others: dict[str, tuple[str, tuple[int, int]]] = {}
    window = max(0, start - MAX_DEMONYM_REACH)
    for match in re.finditer(_NAME, text[window:start]):
        at, end = window + match.start(), window + match.end()
        words = match.group().split()
        while len(words) > 1 and (words[0] in ("Le", "La", "Les")
                                  or fold(words[0]) in LEADING_WORDS
                                  or _nationality_word(words[0]) and re.search(
                                      r"(?i)(?<![\w'’])(?:le|la|les|l['’])\s*$",
                                      text[max(0, at - 4):at])):
            at = text.index(words[1], at + len(words[0]))  # "Le Français Arthur Fils"
            words = words[1:]
        if len(words) < 2 or any(s <= at < e for s, e in spans):
            continue  # "Le Tour" is no person
        name = text[at:end]
        if re.search(r"(?i)(?<![\w'’-])(?:de|du|des|d['’]|à|au|aux|en|vers|dans)\s*$",
                     text[max(0, at - 6):at]):
            continue  # "le super-G de Copper Mountain": a complement, a place, no person
        adjective = re.search(r"(?<![\w'’-])[a-zà-ÿ][a-zà-ÿ-]+\s+(?P<adj>[a-zà-ÿ]+)\s+$",
                              text[max(0, at - 40):at])
        if adjective is not None and _nationality(adjective.group("adj")) & wanted:
            same = name, (at, end)  # "le coureur belge Remco Vandamme … a réagi le Belge"
            continue
        given = _given_nationality(text, at, end)
        if given is not None and given & wanted:
            same = name, (at, end)
        elif given is None:
            if not gender or given_name_gender(words[0]) in ("", gender):
                others[words[-1]] = name, (at, end)
    if same is not None:
        return same
    return next(iter(others.values())) if len(others) == 1 else None


def surname_named_before(text: str, word: str, before: int) -> bool:
    """Whether a single capitalised ``word`` is the surname of a person the text named in
    full before ``before`` ("Chuck Schumer … Schumer fired back."): opening a sentence
    before its verb, it is that person in subject position, the antecedent of a "he"
    that follows (t-enrich22 E3), not a capitalised sentence opener."""
    return len(word) > 2 and re.search(
        r"(?<![\w'’-])[A-ZÀ-Ý][a-zà-ÿ'’-]+[ \xa0]+" + re.escape(word) + r"(?![\w'’-])",
        text[:before]) is not None


NEWS_AGENCIES = frozenset({
    "afp", "reuters", "ap", "associated press", "tass", "ria novosti", "interfax", "xinhua",
    "chine nouvelle", "belga", "ats", "keystone-ats", "ansa", "dpa", "efe", "kyodo", "yonhap",
    "irna", "wafa", "anadolu", "aps", "apa", "bloomberg", "sana", "mena", "kuna", "qna",
    "isna", "fars", "tasnim"})
"""Press agencies (folded names) that report what others said: "selon l'agence Tass" names
the report's channel, not the one who spoke."""


def reporting_agency(source: str) -> bool:
    """Whether a "selon" source is a press agency ("l'agence Tass", "l'agence de presse
    officielle", "Reuters"): it reports the words of the speech verb's subject in the
    same sentence ("Moscou a dénoncé une « escalade dangereuse », selon l'agence Tass":
    Moscou said it; t-enrich22 E5)."""
    words = fold(re.sub(r"(?i)^(?:le|la|les|l['’])\s*", "", source.strip())).split()
    return bool(words) and (words[0] == "agence" or " ".join(words) in NEWS_AGENCIES)


_ENGLISH_SAID = re.compile(r"\s+(said|says|told|added|stated|argued|warned|noted|explained|"
                           r"wrote|insisted)\b")


def before_english_verb(speaker: str) -> tuple[str, str] | None:
    """(the subject, the verb) of a speaker phrase that runs past its English reporting
    verb ("Polish Interior Minister Tomasz Siemoniak said the" before 'the proposal was
    "unacceptable"'): the subject before "said" is who speaks, what follows is the
    reported clause (t-enrich22 E6); None when the phrase holds no such verb after a
    capitalised word."""
    found = _ENGLISH_SAID.search(speaker)
    if found is None or not re.search(r"[A-Z]", speaker[:found.start()]):
        return None
    return speaker[:found.start()].rstrip(" ,"), found.group(1)


_COLON_INCISE = re.compile(
    r",[ \xa0]*(?:(?:a|avait|ont|avaient)[ \xa0]+)?(?P<verb>[a-zà-ÿ]{3,})[ \xa0]+"
    r"(?:(?:le|la|l['’])[ \xa0]*[a-zà-ÿ][\w'’-]*(?:[ \xa0]+(?:[a-zà-ÿ][\w'’-]*|de|du|des|"
    r"d['’][\w'’-]+)){0,4}[ \xa0]*,?[ \xa0]+)?(?P<name>(?:(?:M\.|Mme|Me)[ \xa0]+)?"
    r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)*(?:[ \xa0]+[A-ZÀ-Ý][a-zà-ÿ'’]+"
    r"(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)*)+)[ \xa0]*:[ \xa0]*$")
"""An incise closing a sentence of unquoted reported speech before a colon and a quote:
"La programmation sera dévoilée la semaine prochaine, a précisé la directrice
artistique, Hélène Vautrin : « … »"."""


def colon_incise(head: str, is_verb: Callable[[str], bool]) -> tuple[str, int, int] | None:
    """(verb, name start, name end) in ``head``, the words of a quote's sentence before its
    opening mark, when they end with an incise and a colon (:data:`_COLON_INCISE`) whose
    verb is a speech verb (``is_verb``): the incise's subject says both the reported
    speech and the quote after the colon; the sentence's own subject ("La programmation
    sera dévoilée") is no speaker (t-enrich22 E6). None otherwise."""
    found = _COLON_INCISE.search(head)
    if found is None or not is_verb(found.group("verb")):
        return None
    return found.group("verb"), found.start("name"), found.end("name")


_PERSON_NAME = r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)*(?:[ \xa0]+[A-ZÀ-Ý][a-zà-ÿ'’]+" \
    r"(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)*)+"
_DISLOCATED = re.compile(
    r"[»”\"\s]*,[ \xa0]*(?:[\w'’-]+[ \xa0]+){0,2}?[\w'’-]+-(?:t-)?(?:ils|elles|il|elle)\b"
    r"[^,.;:!?«»“”\"\n]{0,40},[ \xa0]*(?:(?:les|la|le|l['’])[ \xa0]*(?:[a-zà-ÿ-]+[ \xa0]+){0,3})?"
    r"(?P<name>" + _PERSON_NAME + r"(?:[ \xa0]+et[ \xa0]+(?:(?:son|sa|ses|leur)[ \xa0]+"
    r"[a-zà-ÿ]+[ \xa0]+)?(?:" + _PERSON_NAME + r"|[A-ZÀ-Ý][a-zà-ÿ'’-]+))?)(?=[ \xa0]*[,.;])")
"""An inverted pronoun's incise, then its subject dislocated after a comma: "», ont-ils
témoigné, Jean-Marc Payet et son épouse Nadia, dont …", "», ont-ils ajouté en chœur, les
deux buteurs Adrien Thomasson et Neal Maupay."."""


def dislocated_subject(text: str, end: int) -> tuple[str, int, int] | None:
    """The subject named after the incise that follows a quote closing at ``end`` when the
    incise's pronoun announces it (a right dislocation, Grevisse § 236: "», ont-ils
    témoigné, Jean-Marc Payet et son épouse Nadia"): (names, start, end), the names
    coordinated as one speaker; None otherwise (t-enrich22 E6, E10)."""
    found = _DISLOCATED.match(text, end)
    if found is None:
        return None
    return found.group("name"), found.start("name"), found.end("name")


def common_noun(speaker: str) -> bool:
    """Whether a speaker is one lower-case common noun ("union" of '", the union said',
    "parti"): it names a class, never the entity whose name a capital makes of the same
    word ("Union", the European Union; t-enrich22 E18), so it is looked up by no name."""
    word = speaker.strip()
    return bool(re.fullmatch(r"[a-zà-ÿ]+", word)) and word in french().lemmas["noun"]
