"""The day of a thing that a verb of cancelling, moving or permitting governs (issue 16,
t-final56 A4).

A weekday after a noun names the thing by its day ("ses vols de lundi", "son match de
mercredi": a complement of the noun, Grevisse, *Le Bon Usage*, § 359), and takes the tense
of that thing, not of the verb that governs the noun. When the verb cancels, suspends or
moves it ("a annulé ses vols de lundi", "a supprimé ses trains de mardi", "a reporté son
match de mercredi"), or permits, bans or sets it ("a autorisé leur projection jeudi", "a
interdit la manifestation de samedi"), the thing was still to come when the act was done:
a flight that has flown is not cancelled, a screening held is not authorised (the
cancelling and moving verbs of :mod:`veille.enrich.date_moved`'s class; the permitting
ones, *verba permittendi*, whose object is a later act: Grevisse § 904). The act is the
news perfect, just done, so the day is ahead of the writing.

Only the thing's own day counts: the weekday follows the object (a determiner and at most
four words, no comma, no relative nor infinitive between); one between the verb and its
object is the act's own day ("a autorisé jeudi leur projection"). After a verb of
cancelling or moving, a bare weekday right after the object stays the act's day ("a
reporté le vote jeudi", :func:`veille.enrich.date_moved.moved_tense`): only "de" + weekday
names the thing there; after a verb of permitting, both do.

Pure functions on strings; nothing here raises.
"""

from __future__ import annotations

import re

_PERFECT = r"(?:a|ont|avons|avez|ai|as)\s+(?:(?:finalement|déjà|aussi|également|enfin|même)\s+)?"
"""The auxiliary of the active perfect (the news perfect: an act just done)."""
_CANCELLING = (r"(?:annul|supprim|suspend|report|repouss|décal|ajourn|déprogramm|"
               r"reprogramm|déplac)(?:é|ée|és|ées)")
"""Participles of cancelling, suspending and moving a set event."""
_PERMITTING = r"(?:autoris(?:é|ée|és|ées)|permis|interdit|programm(?:é|ée|és|ées))"
"""Participles of permitting, banning or scheduling a later act (not of approving or
validating, whose bare day is the approving's: "a validé le projet mardi")."""
_OBJECT = (r"\s+(?:le|la|les|l['’]|son|sa|ses|leur|leurs|un|une|des|du|ce|cet|cette|ces)\s*"
           r"(?!(?:à|qui|que|qu['’]|de\s+[^\W\d_]+(?:er|ir|re)\b)\b)"
           r"(?:[^\W\d_'’-]+(?:[-'’][^\W\d_]+)*\s+){0,3}?[^\W\d_'’-]+(?:[-'’][^\W\d_]+)*")
"""An object noun phrase: a determiner, then one to four words (no comma)."""
_OF_DAY = r"\s+(?:de|du|d['’])\s*$"
_BARE_DAY = r"(?:\s+(?:de|du|d['’]))?\s*$"
_ACT_NOUN = r"(?:(?<=tion)|(?<=sion)|(?<=ment)|(?<=age))"
"""The head noun of an act (a nominalisation in -tion, -sion, -ment, -age: "projection",
"rassemblement", "affichage"): after a verb of permitting, a bare day is that act's only
when the object names an act ("a autorisé leur projection jeudi", not "a autorisé le
maire jeudi")."""
_CANCELLED_THING = re.compile(rf"(?i)(?<![\w'’-]){_PERFECT}{_CANCELLING}{_OBJECT}{_OF_DAY}")
_PERMITTED_THING = re.compile(
    rf"(?i)(?<![\w'’-]){_PERFECT}{_PERMITTING}{_OBJECT}(?:{_ACT_NOUN}|(?={_OF_DAY})){_BARE_DAY}")
_WORDS_AFTER_VERB = re.compile(r"(?i)\b(?:à|qui|que|qu['’]|dont|où|pour|avec|par|dans|en|sur)\s")


def object_day_ahead(before: str) -> bool:
    """Whether a bare weekday right after ``before`` (its sentence up to the mention) is
    the day of a thing cancelled, moved, permitted or set by a verb in the active perfect
    (the module's docstring): the thing was ahead of the act, so the day is ahead of the
    writing. ``before`` is cut at its last sentence or clause end."""
    piece = re.split(r"[;\n«»“”,:]|[.!?…]\s", before)[-1]
    for pattern in (_CANCELLED_THING, _PERMITTED_THING):
        match = pattern.search(piece)
        if match is not None and _WORDS_AFTER_VERB.search(match.group()) is None:
            return True
    return False
