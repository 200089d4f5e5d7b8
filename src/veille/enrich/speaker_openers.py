"""Comma chunks before a speech verb's subject that name no one.

Two shapes of a chunk standing before the clause that holds the speaker:

- An English participle clause opening the sentence ("Speaking in Leeds, the prime
  minister said", "Asked about the timetable, the chief executive said", "Writing to
  passengers, X said"): a non-finite clause whose understood subject is the main clause's
  (Quirk et al. 1985 § 15.58, the subjectless supplementive clause); its first word is a
  verb's -ing or -ed form, never a name (t-final52 A6: the speaker was "Speaking").
- A French absolute participle clause ("le sommet sur la vie chère reporté, les syndicats
  dénoncent « … »", "le projet de tramway retardé, les commerçants craignent"): a noun
  phrase with its own past participle is a clause of its own (Grevisse § 257, la
  proposition participe absolue), juxtaposed before the main one; the subject of the speech
  verb is the main clause's (t-final52 A10: the speaker was "sommet … reporté").
"""

from __future__ import annotations

import re

from veille.enrich.lexicon import french

__all__ = ["absolute_participle_clause", "english_participle_opener"]

_ENGLISH_PARTICIPLE = re.compile(r"[A-Z][a-z]{2,}(?:ing|ed)(?=\s)")
"""A chunk's first word: a capitalised -ing or -ed form (a stem of three letters at
least: not "King", "Ted")."""

_NAME_PARTICLES = frozenset("bin ibn al el de del della di da van von der den la le".split())
"""Lower-case words inside names ("Mohammed bin Salman", "Ahmed el-Tayeb"): after them the
capitalised -ing/-ed word is a name's first part, not a participle."""


def english_participle_opener(chunk: str) -> bool:
    """Whether the comma chunk ``chunk`` (stripped) is an English participle clause: its
    first word a capitalised verb form in -ing or -ed, and a lower-case word after it that
    is no particle of a name ("Speaking in Leeds", "Visiting Cardiff on Monday"; module
    docstring). Capitalised words alone ("Reading", "King Charles", "Visiting Cardiff")
    are read as a name."""
    match = _ENGLISH_PARTICIPLE.match(chunk)
    if match is None:
        return False
    return any(word[:1].islower() and word not in _NAME_PARTICLES
               for word in chunk[match.end():].split())


_ABSOLUTE = re.compile(
    r"(?i)(?:le|la|les|l['’]|un|une|des|du|son|sa|ses|leur|leurs|ce|cet|cette|ces)"
    r"(?:\s+|(?<=['’]))[\w'’-]+(?:\s+[\w'’-]+)*\s+"
    r"(?P<participle>[a-zà-ÿ]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|t|te|ts|tes))")
"""A determiner, a noun phrase and a past participle closing the chunk."""


def absolute_participle_clause(chunk: str, following: str) -> bool:
    """Whether the comma chunk ``chunk`` (stripped) is a French absolute participle clause
    before ``following``, the chunk that holds the speech verb's subject: ``chunk`` opens
    with a determiner and ends with a past participle of the French lexicon, and
    ``following`` opens with a determiner too (a noun phrase of its own: "le projet
    retardé, les commerçants"). Before a name ("la ministre déléguée, Marina Ferrari") the
    chunk is a title in apposition, no clause."""
    match = _ABSOLUTE.fullmatch(chunk)
    if match is None or not re.match(
            r"(?i)(?:le|la|les|l['’]|un|une|des|ses|leurs|ces)(?:\s|(?<=['’]))",
            following.strip()):
        return False
    return _past_participle(match.group("participle"))


def _past_participle(word: str) -> bool:
    """Whether ``word`` is a French past participle: a verb form of the lexicon, or an
    -é form whose present "-e" is a form of the verb in -er ("reporté": "reporte" →
    "reporter"; the lexicon files some participles as nouns or adjectives only)."""
    lexicon = french()
    if lexicon.is_verb_form(word):
        return True
    stem = re.sub(r"é(?:e|s|es)?$", "", word.lower())
    if stem == word.lower() or lexicon.forms is None:
        return False
    return stem + "er" in (lexicon.forms.get(stem + "e") or ())
