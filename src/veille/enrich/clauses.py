"""Which clause a date mention belongs to, for its tense (``enrich/dates.py``).

A time expression takes the tense of its own clause, not of another one of its sentence:

- a relative or subordinate clause ("…, qui pense déjà au déplacement de dimanche", "a
  confirmé que l'équipe s'envole samedi") has its own verb; the verb of the clause it
  hangs on (a main verb, an incise of saying) does not date what it says (Grevisse, *Le
  Bon Usage*, § 1109 (the relative clause) and § 1121 (the subordinate clause's own mood
  and tense)). :func:`own_clause` and :func:`clause_after` cut the words around a mention
  at such a clause's opener;
- an incise of saying right after a quotation, with or without its commas ("« Nous serons
  prêts » a assuré l'entraîneur en référence au match de samedi"), dates the saying, not
  the phrase that follows it: :func:`after_incise` gives that phrase.

Pure functions on strings; nothing here raises.
"""

from __future__ import annotations

import re

_OPENER = re.compile(
    r"(?i)(?<![\w'’-])(?:(?:lorsqu|puisqu|qu)['’]|(?:qui|dont|où|lorsque|quand|puisque|que|"
    r"lequel|laquelle|lesquels|lesquelles|auquel|auxquels|auxquelles|duquel|desquels|"
    r"desquelles)(?![\w'’-]))")
"""The first word of a relative or subordinate clause: a relative pronoun ("qui", "que",
"dont", "où", "lequel"…), or a conjunction of subordination ("que", "quand", "lorsque",
"puisque"; "parce que", "alors que", "avant que" end with "que")."""
_NOT_A_CLAUSE_QUE = re.compile(
    r"(?i)(?:(?<![\w'’-])(?:ne(?![\w'’-])|n['’]).*|(?<![\w'’-])(?:plus|moins|autant|aussi|"
    r"ainsi|même|tel|telle|tels|telles|autre|autres|davantage|mieux|pire)\s+)$")
""""que" that opens no clause of its own: the restrictive "ne … que" ("il n'a été entendu
que mardi": the clause is the one of "ne"), a comparison ("plus que", "autant que"), "ainsi
que" (and)."""


def _opens(piece: str, match: re.Match[str]) -> bool:
    word = match.group().lower()
    if not word.startswith("qu") or word.startswith(("qui", "quand")):
        return True
    return _NOT_A_CLAUSE_QUE.search(piece[:match.start()]) is None


def own_clause(piece: str) -> tuple[str, bool]:
    """The words of ``piece`` (the text of a comma piece up to a mention) that belong to
    the mention's own clause: those after the last clause opener (:data:`_OPENER`), and
    whether there was one ("le préfet a reçu les élus qui manifestent " → ("manifestent
    ", True)); ``(piece, False)`` when none."""
    last = None
    for match in _OPENER.finditer(piece):
        if _opens(piece, match):
            last = match
    return (piece, False) if last is None else (piece[last.end():], True)


_COMPLETIVE = re.compile(r"(?i)(?<![\w'’-])(?:qu['’]|que(?![\w'’-]))")


def clause_after(after: str) -> str:
    """The words of ``after`` (the text of a comma piece after a mention) up to a "que"
    that opens a clause of its own (not "ne … que", nor a comparison): "déclare dimanche
    qu'il portera plainte" dates the saying, not the complaint. A relative or temporal
    clause after a mention is not cut: "retrouvée morte mercredi et qui avait demandé",
    "jeudi quand son nom a été lâché" tell of the same moment (RPM2, read by hand)."""
    for match in _COMPLETIVE.finditer(after):
        if _opens(after, match):
            return after[:match.start()]
    return after


_CLOSING = re.compile(r"[»”\"]\s*,?\s*$")
_PREPOSITION = (r"en|à|au|aux|après|avant|pour|dans|lors|sur|avec|contre|face|devant|"
                r"depuis|pendant|durant|vers|chez|selon|malgré|sans|concernant|"
                r"s['’]agissant|qui|dont|où")
_BARE_INCISE = re.compile(
    r"(?i)^\s*(?:(?:a|ont|avait|avaient)\s+[^\W\d_]+|[^\W\d_]+(?:-t)?-(?:il|elle|on|ils|elles)"
    r"|[^\W\d_]+)(?:\s+[^\s,«»“”\"]+){0,6}?\s+(?=(?:" + _PREPOSITION + r")(?![\w'’-]))")
"""An incise of saying written without its closing comma: its verb (a compound past, an
inverted "-t-il", a simple form), then its subject, up to the preposition or relative
pronoun that opens the phrase after it ("a assuré l'entraîneur | en référence au match
de", "assure l'entraîneuse | en pensant au", "a lancé le capitaine | qui pense …")."""


def after_incise(head: str, piece: str) -> str | None:
    """When ``piece`` (the text of a comma piece up to a mention) opens with an incise of
    saying right after a closing quotation mark (``head``, the text of its paragraph before
    ``piece``, ends with it, a comma allowed; a straight mark closes when it is even),
    and the mention lies in the phrase after the incise's subject: that phrase, with no
    verb of the incise ("« Nous serons prêts » a assuré l'entraîneur en référence au match
    de " → "en référence au match de "); else ``None`` (no incise, or a mention that is the
    incise's own time: "a déclaré le ministre mardi")."""
    closing = _CLOSING.search(head)
    if closing is None or (head[closing.start()] == '"' and head.count('"') % 2):
        return None  # a straight quotation mark that opens a quotation
    incise = _BARE_INCISE.match(piece)
    return None if incise is None else piece[incise.end():]
