"""The subject of a verb of saying after a fronted adverbial, before a quote's colon:
"Danach sagte er: „…“", "Anschließend erklärte die Ministerin: „…“", "Poi ha aggiunto:
«…»", "Después añadió: "…"", "Then he added: "…"" (r-quotes59).

German is a verb-second language: a fronted adverbial ("Danach", "Am Freitag", "Nach der
Sitzung") fills the first position, the finite verb comes second and the subject after
it (Duden, *Die Grammatik*, the "Vorfeld" and the verb-second clause; "Danach sagte er"
is "er sagte danach"). Spanish, Italian and Portuguese drop an unstressed subject
pronoun (the null subject: RAE, *Nueva gramática*, § 33.4; Serianni, *Grammatica
italiana*, VII § 2; Cunha & Cintra, *Nova gramática*, ch. 11): "Poi ha aggiunto:" has no
subject word, and its subject is the person spoken of, as if "lei" or "lui" were
written. English and French keep the subject after the adverbial ("Then he added",
"Ensuite, elle a déclaré"). In none of them is the adverbial the speaker: the
introduction's words before the verb were taken for its subject ("Anschließend", "Am
Freitag", "Then he", "Ha") or dropped with no speaker at all.

:func:`fronted_subject` reads the words between a sentence's start and the quote's
opening mark when they are exactly: an adverbial (or nothing before an auxiliary, "Ha
aggiunto:") (a closed class of sentence adverbs of
time and discourse, :data:`ADVERBS`, or a preposition and up to three words,
:data:`PREPOSITIONS`), a comma maybe, a subject pronoun maybe, an auxiliary maybe, a verb
of saying (the caller's test), then the subject after it maybe, and the colon. It gives
the verb and the subject: the pronoun before the verb, the words after it (a pronoun or
a noun phrase: "der Landrat Klaus Weber"), or none (a dropped subject, which the caller
resolves as a pronoun). Pure functions; nothing here raises.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from veille.enrich.subject_pronouns import SUBJECT_PRONOUNS

ADVERBS = frozenset({
    # German
    "danach", "anschließend", "später", "dann", "daraufhin", "darauf", "zudem", "außerdem",
    "schließlich", "zuvor", "zuletzt", "abschließend", "weiter", "ferner", "gestern", "heute",
    "dazu", "hierzu", "damals", "nun", "jetzt", "ebenso", "auch",
    # Spanish
    "después", "luego", "entonces", "además", "asimismo", "posteriormente", "finalmente",
    "ayer", "hoy", "también", "más tarde", "a continuación", "por último", "por su parte",
    # Italian
    "poi", "dopo", "inoltre", "quindi", "successivamente", "infine", "ieri", "oggi", "anche",
    "più tardi", "in seguito", "alla fine", "da parte sua",
    # Portuguese
    "depois", "então", "ontem", "hoje", "mais tarde",
    "além disso", "em seguida", "a seguir", "por fim", "por sua vez",
    # English
    "then", "later", "afterwards", "afterward", "next", "finally", "also", "yesterday",
    "today", "meanwhile", "earlier", "later on",
    # French
    "ensuite", "puis", "enfin", "plus tard", "hier", "aujourd'hui", "par ailleurs",
    "de plus", "en outre", "pour sa part", "de son côté"})
"""Sentence adverbs of time and discourse that open a sentence before its verb; each one
word or a fixed phrase, folded to lower case."""
PREPOSITIONS = frozenset({
    "am", "im", "beim", "nach", "vor", "bei", "seit", "während", "zum", "zur", "in", "auf",
    "tras", "al", "en", "durante", "dopo", "alla", "nel", "nella",
    "após", "no", "na", "ao", "after", "at", "during", "à", "au", "après", "lors"})
"""Prepositions (maybe contracted with the article) opening a fronted adverbial of time
or place ("Am Freitag", "Nach der Sitzung", "Tras la reunión", "Al termine", "No final")."""
AUXILIARIES = frozenset({"ha", "hanno", "han", "he", "has", "have", "had", "hat", "haben",
                         "tem", "têm", "a", "ont", "avait"})
"""Auxiliaries of a compound past before the participle of saying ("Poi ha aggiunto")."""
_DETERMINER_OR_NAME = re.compile(
    r"(?:(?:der|die|das|el|la|los|las|il|lo|la|i|gli|le|l['’]|o|a|os|as|the|le|les)\s+"
    r"|[A-ZÀ-ÝÄÖÜ])")
"""How a postposed subject noun phrase opens: a definite article, or a capital (a name,
a German noun)."""
_WORD = re.compile(r"[\w'’-]+")
MAX_SUBJECT_WORDS = 8


def _adverbial(words: list[str]) -> bool:
    """Whether ``words`` (a sentence's first words) are a fronted adverbial."""
    phrase = " ".join(words).lower()
    if phrase in ADVERBS:
        return True
    return 2 <= len(words) <= 4 and words[0].lower() in PREPOSITIONS


def fronted_subject(head: str, is_verb: Callable[[str], bool]
                    ) -> tuple[str, str, int, int] | None:
    """(verb, subject, start, end) for the words ``head`` before a quote's opening mark
    (from the sentence's start; offsets into ``head``) when they are a fronted adverbial,
    a verb of saying (``is_verb``) and a colon (module docstring); the subject is "" with
    offsets -1 when it is dropped. None for any other shape, or when the adverbial is
    none of :data:`ADVERBS` nor a preposition's phrase."""
    colon = re.search(r"\s*:\s*$", head)
    if colon is None:
        return None
    line = max(head.rfind("\n", 0, colon.start()), *(head.rfind(c, 0, colon.start())
                                                      for c in (". ", "! ", "? "))) + 1
    body = head[line:colon.start()]
    tokens = [(m.group(), line + m.start(), line + m.end()) for m in _WORD.finditer(body)]
    for i in range(1, min(len(tokens), 6)):
        word = tokens[i][0]
        if not is_verb(word) or word.lower() in AUXILIARIES:
            continue
        before = tokens[:i]
        subject_before: tuple[str, int, int] | None = None
        if before and before[-1][0].lower() in AUXILIARIES:
            before = before[:-1]
        if len(before) > 1 and before[-1][0].lower() in SUBJECT_PRONOUNS and \
                not _adverbial([t[0] for t in before]):  # "Later on" holds no "on"
            subject_before, before = before[-1], before[:-1]
        if not before and i == 1:
            before_aux = True  # "Ha aggiunto:": the auxiliary opens, the subject dropped
        elif not before or not _adverbial([t[0] for t in before]):
            return None
        else:
            before_aux = False
        between = "" if before_aux else head[
            before[-1][2]:subject_before[1] if subject_before else tokens[i][1]]
        if not re.fullmatch(r"\s*,?\s*(?:\S+\s+)?", between):
            return None
        rest = head[tokens[i][2]:colon.start()]
        after = rest.strip()
        if subject_before is not None:
            return (word, *subject_before) if not after else None
        if not after:
            return word, "", -1, -1
        start = tokens[i][2] + rest.index(after)
        if after.lower() in SUBJECT_PRONOUNS or (
                _DETERMINER_OR_NAME.match(after) and len(after.split()) <= MAX_SUBJECT_WORDS
                and not re.search(r"[,;]", after)):
            return word, after, start, start + len(after)
        return word, "", -1, -1  # an adjunct after the verb ("con un sorriso"): no subject
    return None
