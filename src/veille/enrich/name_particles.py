"""Lower-case particles and lower-case surname tails inside persons' names (issue 16,
t-final59: "Bürgermeister Dirk De fauw" was cut to "Dirk De"; "said Transport Minister
Khalid bin Salem al-Harthy" and "le bourgmestre Luc Van de walle" kept their titles).

A person's name may hold lower-case particles between its capitalised words (Dutch and
German "van", "van den", "von", "ter", "zu"; Romance "de", "da", "di", "del", "dos";
Arabic "bin", "ibn", "al-", "el-": Chicago Manual of Style 8.5-8.18, "particles"), and a
Flemish surname written after a capitalised particle may keep its own lower-case letter
("De fauw", "Van de walle", "Vanden bossche": the civil registry's spelling, which the
press keeps; Belgian usage, Chicago 8.9). Such words belong to the name when they stand
between a capitalised word and the rest of the name, never at its end (a particle) or
after a lower-case word (a tail).

Pure functions on words; nothing here raises.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["CAPITAL_PARTICLES", "PARTICLES", "name_word_at", "particle_led_surname",
           "surname_tail_end"]

PARTICLES = frozenset(
    "al el ad ar as ash ben bin ibn bou abou abu de da dal dalla del della dei di do dos das "
    "du van von der den ter ten zu vom zum y e".split())
"""Lower-case particles of persons' names (Dutch, German, Romance, Arabic)."""
CAPITAL_PARTICLES = frozenset("De Van Ver Vanden Vander Vande Le La Du Da Di Del".split())
"""Capitalised particles that open a surname, after which a Flemish surname may keep a
lower-case letter ("De fauw", "Van de walle")."""
_HYPHENED = re.compile(r"(?:al|el|ad|ar|as|ash|bin|ibn|ben|abu|abou)-[A-ZÀ-Þ][\w'’-]*")
"""An Arabic article or kinship word joined to the name by a hyphen ("al-Harthy")."""
_CAPITALISED = re.compile(r"[A-ZÀ-Þ][\w'’.-]*")
_LOWER_WORD = re.compile(r"[a-zà-ÿ][a-zà-ÿ'’-]+")
_TAIL = re.compile(r"([ \xa0]+(?:(?:de|den|der|la|le)[ \xa0]+)?)([a-zà-ÿ][a-zà-ÿ'’-]+)")


def _capitalised(word: str) -> bool:
    return bool(_CAPITALISED.fullmatch(word)) or bool(_HYPHENED.fullmatch(word))


def name_word_at(words: Sequence[str], n: int) -> bool:
    """Whether ``words[n]`` belongs to a person's name run among ``words`` (a phrase split
    on spaces): a capitalised word or one hyphened to an Arabic particle ("al-Harthy"); a
    lower-case particle (:data:`PARTICLES`) with a capitalised word before it and a name
    word after it ("Khalid bin Salem", "Pieter van den Broeck"); or a lower-case tail
    after capitalised particles ("Joris De fauw", "Luc Van de walle")."""
    word = words[n]
    if _capitalised(word):
        return True
    if word in PARTICLES:
        before = n > 0 and (_capitalised(words[n - 1]) or words[n - 1] in PARTICLES)
        after = next((w for w in words[n + 1:] if w not in PARTICLES), "")
        return before and (_capitalised(after) or (
            bool(_LOWER_WORD.fullmatch(after)) and _tail_after(words, n + 1)))
    return bool(_LOWER_WORD.fullmatch(word)) and _tail_after(words, n)


def _tail_after(words: Sequence[str], n: int) -> bool:
    """Whether ``words[n]``, lower-case, ends a surname opened by a capitalised particle
    (one lower-case particle may stand between: "Van de walle") after a capitalised
    word."""
    k = n - 1
    if k >= 0 and words[k] in ("de", "den", "der", "la", "le"):
        k -= 1
    return k >= 1 and words[k] in CAPITAL_PARTICLES and _capitalised(words[k - 1]) and \
        words[k - 1] not in CAPITAL_PARTICLES


def surname_tail_end(text: str, start: int, end: int) -> int:
    """The end of the name ``text[start:end]`` once its lower-case surname tail is added:
    a span closing with a capitalised particle after a capitalised word ("Joris De") is
    continued over the lower-case word after it ("Joris De fauw"), one lower-case
    particle allowed between ("Luc Van de walle"); ``end`` otherwise."""
    words = text[start:end].split()
    if len(words) < 2 or words[-1] not in CAPITAL_PARTICLES or not _capitalised(words[-2]) \
            or words[-2] in CAPITAL_PARTICLES:
        return end
    tail = _TAIL.match(text, end)
    if tail is None or tail.group(2) in PARTICLES:
        return end
    return tail.end()


def particle_led_surname(phrase: str) -> bool:
    """Whether ``phrase`` is a surname opened by a capitalised particle and closed by a
    lower-case tail that is no common French word ("De fauw", "Van de walle"), so that
    its particle is no leading preposition to strip ("De nombreux …" is one)."""
    from veille.enrich.lexicon import french

    found = re.fullmatch(r"(\S+)[ \xa0]+(?:(?:de|den|der)[ \xa0]+)?([a-zà-ÿ][a-zà-ÿ'’-]+)",
                         phrase.strip())
    return found is not None and found.group(1) in CAPITAL_PARTICLES and \
        found.group(2) not in PARTICLES and not french().is_word(found.group(2))
