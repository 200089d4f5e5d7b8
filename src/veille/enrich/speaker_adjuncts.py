"""Adjuncts that close an incise's inverted subject and are no part of it.

"», ont scandé les éleveurs réunis place Bellecour dans la matinée" names the speakers
"éleveurs": the participle clause after the plural noun ("réunis place Bellecour") says
where they stood, and its place ("place Bellecour") is no speaker (q-speakers24, "ont
lancé les chauffeurs rassemblés place Schuman" → "place Schuman"). "», a lancé la
députée de l'Essonne sous les applaudissements de la gauche" names "députée de
l'Essonne": a circumstantial prepositional phrase ("sous …", "dès …", "lors de …") is an
adjunct of the verb, not a complement of the noun (Grevisse § 333 and § 1034: the noun's
complements are introduced by "de", "à", "en", a relative or a participle; time and
manner adjuncts attach to the verb, wherever they stand).
"""

from __future__ import annotations

import re

from veille.enrich.lexicon import french
from veille.enrich.text import fold

__all__ = ["adjunct_start", "without_adjunct"]

_LEADING_MANNER = re.compile(
    r"(?i)^(?:d['’]une[ \xa0]+)?(?:(?:même|seule|commune)[ \xa0]+)?voix[ \xa0]+"
    r"(?:(?-i:les|la|le)[ \xa0]+|(?-i:l)['’][ \xa0]*|(?=(?-i:[A-ZÀ-Ý])))(?=\S)")
"""The end of a manner adjunct of the verb standing between an incise's verb and its
inverted subject ("», ont déclaré d'une même voix l'Asloca et les syndicats", "», ont
répété d'une seule voix les élus"): the incise's parser reads "d'une même" as a
determiner and an adjective, so the speaker opens with the adjunct's noun, which is no part of it
(t-enrich25 E13; a manner adverbial attaches to the verb, Grevisse § 1034)."""

_PLURAL_PARTICIPLE_CLAUSE = re.compile(
    r"(?<=[a-zà-ÿ][sx])\s+[a-zà-ÿ]+(?:és|ées|is|ises|us|ues|ts|tes|ints|intes)"
    r"(?=\s+(?:de|du|des|d['’]|à|au|aux|en|sur|dans|devant|derrière|près|autour|chez|par|"
    r"depuis|place|rue|avenue|boulevard|cours|quai|parvis|esplanade|porte|pont|[A-ZÀ-Ý])"
    r"(?![\w'’-]))")
"""A plural past participle after a plural noun, followed by its own complement
("réunis place Bellecour", "massés rue de la Loi", "venus de Liège"): the participle
clause postmodifies the noun phrase and ends it. A participle with nothing after it stays
("les ministres délégués", one title), and so does one before an adjective ("les forces
armées thaïlandaises"): the complement must open with a preposition, a street's noun or a
capitalised name."""

_NOT_PARTICIPLES = frozenset(
    "plus tous toutes ceux les des ces ses leurs nos vos mes tes aux jamais alors apres "
    "depuis dessus dessous".split())
"""Words (folded) shaped like a plural participle that are none ("plus", "tous"), and
determiners that cannot head the noun a participle follows."""

_VERB_ADJUNCT = re.compile(
    r"\s+(?:sous|dès|devant|lors|pendant|durant|depuis|après|avant)\s+"
    r"(?:les?|la|l['’]|leur|leurs|son|sa|ses|un|une|des|du|de|d['’]|ce|cet|cette|ces|"
    r"[a-zà-ÿ]+|[A-ZÀ-Ý])")
"""A circumstantial preposition opening a phrase that attaches to the verb of saying, not
to the speaker's noun: "sous les applaudissements", "dès l'ouverture des débats",
"devant les députés", "lors d'un point presse"; and before a name ("a promis le préfet
devant Lille Demain": the association the prefect spoke before was the speaker;
f-places32)."""


_AFTER_NAME_ADJUNCT = re.compile(
    r"[ \xa0]+(?:"
    # French
    r"(?:à|a)[ \xa0]+l['’][ \xa0]*issue|au[ \xa0]+(?:terme|cours|sortir|sortie)|"
    r"à[ \xa0]+la[ \xa0]+(?:fin|sortie)|en[ \xa0]+marge|"
    # Italian
    r"al[ \xa0]+termine|alla[ \xa0]+fine|a[ \xa0]+margine|nel[ \xa0]+corso|in[ \xa0]+occasione|"
    r"dopo|prima|durante|"
    # Spanish, Portuguese
    r"tras|después|al[ \xa0]+(?:término|final)|antes|após|depois|ao[ \xa0]+fim|no[ \xa0]+final|"
    # English
    r"at[ \xa0]+the[ \xa0]+(?:end|close|start|opening)|after|during|following|before|"
    # German
    r"nach|während|bei|am[ \xa0]+Rande|im[ \xa0]+Anschluss|"
    # where or in what form it was said, opening with a lower-case word: "em entrevista
    # coletiva", "in conferenza stampa", "en rueda de prensa", "en conférence de presse",
    # "dans un communiqué", "in a statement", "at a press conference", "auf einer
    # Pressekonferenz"
    r"(?:em|numa|num|no|na|in|nel|nella|nei|en|dans|at|on|auf|im)(?=[ \xa0]+[a-zà-ÿ])"
    r")(?![\w'’-])")
"""A circumstantial phrase of the verb of saying after a name ("», ha detto Meloni al
termine dell'incontro", "», a déclaré X à l'issue du conseil", '", said X at the end of
the meeting', "», afirmó X tras la reunión", "“, sagte X nach der Sitzung"): a proper
name takes no prepositional complement of time, so the phrase attaches to the verb, as in
:data:`_VERB_ADJUNCT` (Grevisse § 1034; t-final52 A12: the speaker was "Meloni al termine
dell'incontro")."""

_NAME_RUN = re.compile(
    r"[A-ZÀ-Ý][\w'’.-]*(?:[ \xa0]+(?:(?:de|du|des|di|da|do|dos|das|del|della|van|von|der|den|"
    r"bin|ibn|"
    r"al|el|la|le)[ \xa0]+)?[A-ZÀ-Ý][\w'’.-]*)*")
"""A name: capitalised words, with the particles of names between them."""


_TITLED_NAME = re.compile(
    r"(?:[a-zà-ÿ'’]+[ \xa0]+)+" + _NAME_RUN.pattern)
"""A name after lower-case words, a title and its article ("prefeito Sebastião Melo", "il
sindaco Giuseppe Sala", "le maire de Lyon Grégory Doucet"): the name's end is where an
adjunct may follow (t-final53 A11: the speaker was "prefeito Sebastião Melo em entrevista
coletiva")."""


def _after_name_adjunct(speaker: str) -> int | None:
    """Where a circumstantial phrase (:data:`_AFTER_NAME_ADJUNCT`) follows the name that
    opens ``speaker``, None when the speaker opens with no name or none follows it."""
    name = _NAME_RUN.match(speaker) or _TITLED_NAME.match(speaker)
    if name is None:
        return None
    adjunct = _AFTER_NAME_ADJUNCT.match(speaker, name.end())
    return name.end() if adjunct is not None else None


def adjunct_start(words: str) -> int | None:
    """Where a circumstantial adjunct of the verb (:data:`_VERB_ADJUNCT`) opens in the
    inverted subject ``words`` after some word, None when none: what follows is no part
    of the subject, nor of a title's holder ("le préfet devant Lille Demain")."""
    adjunct = _VERB_ADJUNCT.search(words, 1)
    return adjunct.start() if adjunct is not None and re.search(
        r"\w", words[:adjunct.start()]) else None


_PRONOUN_THEN_COMPLEMENT = re.compile(
    r"^(ella|lei|lui|ela|él|ele|ellos|ellas|eles|elas|egli|essi|loro|she|he|they|sie|er)"
    r"[ \xa0]+(?:a|ai|al|alla|alle|agli|allo|aos|às|ao|à|aux|au|to|zu|para|per|con|com|vor|"
    # a time or place adjunct of the verb ("ha detto lui al termine dell'incontro", "dijo
    # ella tras la reunión", "disse ela depois da visita"; r-quotes58)
    r"dopo|durante|tras|depois|após|nach|after|during|nel|nella|davanti|ante|antes|prima|"
    r"en|in|na|no|em)"
    r"[ \xa0]")
"""A subject pronoun (one that is no article: not "il", "lo", "le"; Italian "lui" and
"loro" too, whose French homographs are no subject after a verb of saying) then the
preposition of the one spoken to, or of the verb's time or place adjunct: '", ha detto
lei ai cronisti', '», dijo ella a los periodistas', '", disse ela aos jornalistas'. A
pronoun is a whole noun phrase (it takes no complement: Serianni VII § 3, RAE § 16.2), so
what follows is the verb's complement (to whom it was said, when, where), no part of the
speaker (h-ru57b, t-final57 A6)."""


def _pronoun_only(speaker: str) -> str:
    """``speaker`` cut to its opening subject pronoun (:data:`_PRONOUN_THEN_COMPLEMENT`),
    else unchanged."""
    found = _PRONOUN_THEN_COMPLEMENT.match(speaker)
    if found is None:
        return speaker
    return found.group(1)


def without_adjunct(cue: str, speaker: str, start: int, end: int
                    ) -> tuple[str, str, int, int]:
    """The speaker ``speaker`` (at ``start``–``end`` in the text, ``cue`` its verb) less
    a trailing participle clause after a plural noun or a circumstantial adjunct of the
    verb (module docstring), or the complement after a subject pronoun ("lei ai cronisti":
    "lei"). Unchanged when nothing is cut or nothing would be left; a
    speaker opening with a capital (a name: "Sous-Préfecture …") is only cut after its
    first word."""
    if start < 0 or not speaker:
        return cue, speaker, start, end
    pronoun = _pronoun_only(speaker)
    if pronoun != speaker:
        return cue, pronoun, start, start + len(pronoun)
    leading = _LEADING_MANNER.match(speaker)
    if leading is not None and leading.end() < len(speaker):
        speaker, start = speaker[leading.end():], start + leading.end()
    cut = len(speaker)
    lexicon = french()
    for found in _PLURAL_PARTICIPLE_CLAUSE.finditer(speaker, 1):
        word = found.group().strip()
        before = speaker[:found.start()].split()
        if word in _NOT_PARTICIPLES or not lexicon.is_verb_form(word) or not before or \
                fold(before[-1]) in _NOT_PARTICIPLES or not before[-1].isalpha():
            continue  # ("les villes les plus exposées": "plus" is no participle)
        cut = found.start()
        break
    adjunct = _VERB_ADJUNCT.search(speaker, 1)
    if adjunct is not None and re.search(r"\w", speaker[:adjunct.start()]):
        cut = min(cut, adjunct.start())
    after_name = _after_name_adjunct(speaker)
    if after_name is not None:
        cut = min(cut, after_name)
    if cut == len(speaker):
        return cue, speaker, start, end
    kept = speaker[:cut].rstrip(" ,")
    return cue, kept, start, start + len(kept)
