"""A sports report's match sheet: the score line ("Lens 1-2 Marseille", "PSG 2-1 OM",
"Montpellier - Toulon : 27-20 (mi-temps : 3-17)") and its lines of facts ("Buts : Nordin
(61e, 84e) pour Montpellier", "Cartons : …", "Composition : …", "Montpellier : 3 essais
(Bouthier 48e, …)").

The sheet is a table printed as lines, not the report's text: one rule for captures and
HTML pages (s-capt14; newuser13 a-C5/C14, h2 c05) drops it from the body, wherever it
sits (under the byline, under the text), and keeps the score line in
``evidence["match_sheet"]`` and its fact lines (scorers, cards) in ``evidence["match_facts"]``,
so the result is not lost. A sentence giving the score ("Lens
s'est incliné 1-2 face à Marseille.") is the report's text: a score line is a short line
of names around a score, with no verb and no sentence end.
"""

from __future__ import annotations

import re

#: Numbered things, no team: "Article 3", "Route 66", "Junction 5", "Platform 2".
_NUMBERED_WORDS = (r"articles?|chap\w*|sections?|titres?|pages?|saisons?|tomes?|vol\w*|"
                   r"routes?|lignes?|bus|lots?|salles?|num\w*|n°|no|alinéas?|décret|loi|tva|"
                   r"highways?|interstates?|junctions?|exits?|platforms?|gates?|flights?|"
                   r"rooms?|levels?|stages?|weeks?|days?|series|seasons?|episodes?")
_NUMBERED = rf"(?!(?i:{_NUMBERED_WORDS})\b)"
_NUMBERED_WORD = re.compile(rf"(?i:{_NUMBERED_WORDS})$")
#: A team's name: capitalised words (initials, hyphens, apostrophes, "de"/"du" inside).
_TEAM = (_NUMBERED + r"[A-ZÀ-Ý][\w.'’&-]*"
         r"(?:\s+(?:[A-ZÀ-Ý0-9][\w.'’&-]*|d[eu]|des|la|le|les|of|the|de\s+la)){0,4}")
_SCORE = r"(?<![\d/.-])\d{1,3}\s?[-–]\s?\d{1,3}(?!\s?[-–/.]\s?\d)"
#: "Lens 1-2 Marseille", "PSG 2 - 1 OM", "Montpellier - Nantes : 2-1 (0-1)",
#: "Montpellier - Toulon : 27-20 (mi-temps : 3-17)", "Lens - Marseille 1-2".
_SCORE_LINE = re.compile(
    rf"^(?:{_TEAM}\s+{_SCORE}\s+{_TEAM}|{_TEAM}\s+[-–]\s+{_TEAM}\s*:?\s*{_SCORE})"
    r"(?:\s*\([^()]{0,40}\))?(?:\s*[-–,]\s*[\w\s.'’()-]{0,40})?$")
#: A side's name in the British shape, where each side's points follow its name: words
#: with no figure (a figure would be read as the score).
_SIDE = (r"[A-ZÀ-Ý][\w.'’&-]*(?<!\d)(?:\s+(?:[A-ZÀ-Ý][\w.'’&-]*|d[eu]|des|la|le|les|of|the"
         r"|de\s+la)){0,4}")
#: "Cardiff 24 Leinster 22", "Arsenal 2 Chelsea 1", "Leicester Tigers 17, Saracens 30":
#: the result line the British press prints under a report's headline (r-speed49).
_SIDES_LINE = re.compile(
    rf"^(?P<a>{_SIDE})\s+\d{{1,3}},?\s+(?P<b>{_SIDE})\s+\d{{1,3}}(?:\s*\([^()]{{0,40}}\))?$")
#: A fact line's label ("Buts :", "Cartons jaunes :", "Arbitre :", "Scorers:").
_SHEET_LABEL = re.compile(
    r"^(?:buts?|buteurs?|essais?|cartons?(?:\s+(?:jaunes?|rouges?))?|avertissements?|"
    r"expulsions?|exclusions?|arbitres?|spectateurs?|affluence|compositions?|compos|"
    r"remplaçants?|entraîneurs?|pénalités|transformations|drops?|mi-temps|"
    r"goals?|scorers?|bookings?|sent\s+off|attendance|referee|line-?ups?|subs)"
    r"\s?:", re.IGNORECASE)
#: "Montpellier : 3 essais (Bouthier 48e, …)": a team's scoring line.
_TEAM_TALLY = re.compile(
    rf"^{_TEAM}\s?:\s?\d{{1,3}}\s+(?:essais?|buts?|pénalités?|transformations?|drops?|"
    r"goals?|tries)\b", re.IGNORECASE)
#: Minute marks ("9e", "71e", "90e+2", "48'", "90+3'").
_MINUTE = re.compile(r"\b\d{1,3}(?:e|')(?:\s?\+\s?\d{1,2})?(?!\w)|\b\d{1,3}\+\d{1,2}'")
#: A sheet line is short.
MAX_WORDS = 80
MAX_SCORE_WORDS = 14


_SCORE_HINT = re.compile(r"\d\s?[-–]\s?\d")


def score_line(text: str, page: str = "") -> bool:
    """Whether ``text`` is a match's score line (names around a score, nothing else).

    ``page``: the text of the whole page (``text`` included), when known. The British shape
    "Cardiff 24 Leinster 22" (no dash: each side's points after its name) is a score line
    only when both sides are named elsewhere on the page (the report speaks of its teams;
    "Route 66 Highway 12" alone is no result)."""
    if len(text) > 140 or text.endswith((".", "!", "?")) or len(text.split()) > MAX_SCORE_WORDS:
        return False
    if ("-" in text or "–" in text) and _SCORE_HINT.search(text) and _SCORE_LINE.match(text):
        return True
    sides = _SIDES_LINE.match(text) if page and _may_end_sides(text) else None
    return (sides is not None and _unwordy(text)
            and all(page.count(sides[side]) >= 2 for side in ("a", "b")))


def _may_end_sides(text: str) -> bool:
    """A necessary condition for :data:`_SIDES_LINE` to match ``text``, from its last
    character: the pattern ends on a side's points (a decimal digit, which ``str.isdigit``
    holds) or a parenthesis closing a note, before the end or a final newline (``$``). Most
    short blocks end otherwise, and the pattern's sides are tried at every capital of the
    line before failing (issue 13: 1.4 % of a capture's extraction)."""
    end = text[:-1] if text.endswith("\n") else text
    return end[-1:].isdigit() or end.endswith(")")


def _unwordy(text: str) -> bool:
    """Whether the words of a "Side N Side N" line are names only: no lower-case word but
    the particles a side's name may hold ("Queen of the South 2 Ayr United 1"), no word of
    a numbered thing ("Route 66 Highway 12")."""
    words = text.split("(")[0].replace(",", " ").split()
    return all(w[0].isupper() or w[0].isdigit() or w in {"de", "du", "des", "la", "le", "les",
                                                          "of", "the"} for w in words) and not any(
        _NUMBERED_WORD.match(w) for w in words)


def sheet_line(text: str, page: str = "") -> bool:
    """Whether ``text`` is a score line or a line of a match sheet's facts: a label
    ("Buts :", "Cartons :", "Composition :", "Arbitre :") or a team's tally ("Toulon : 2
    essais (…)"), at most :data:`MAX_WORDS` words."""
    if len(text) > 800 or len(text.split()) > MAX_WORDS:
        return False
    if score_line(text, page):
        return True
    if _TEAM_TALLY.match(text):
        return True
    return bool(_SHEET_LABEL.match(text)) and (
        bool(_MINUTE.search(text)) or text.count(",") + text.count(";") >= 2
        or len(text.split()) <= 12)


def sheet_lines(blocks: list[str]) -> set[int]:
    """The blocks of ``blocks`` that are a match sheet's: its score line and the fact lines
    printed with it (a fact line alone, with no score line on the page, is left alone)."""
    page = "\n".join(blocks)
    scores = [i for i, block in enumerate(blocks) if score_line(block, page)]
    if not scores:
        return set()
    return {i for i, block in enumerate(blocks) if sheet_line(block, page)}


def sheet_block(text: str) -> bool:
    """Whether ``text`` is a match sheet's line on its own, with no page around it (an HTML
    page's paragraph): a score line, or a fact line with minute marks ("Buts : Nordin (61e,
    84e)"). The minute marks are looked for before the fact line's patterns: most
    paragraphs have none, and one search rules them out (issue 13)."""
    return score_line(text) or (bool(_MINUTE.search(text)) and sheet_line(text))


#: How many of a sheet's fact lines ``evidence["match_facts"]`` keeps, and their length.
MAX_FACT_LINES = 12
MAX_FACTS_CHARS = 2000


def sheet_facts(texts: list[str], page: str = "") -> str:
    """The fact lines of the match sheet among ``texts`` ("Buts : Savanier (67e sp, 90e+3)
    pour Montpellier ; Moffi (12e) pour Nice.", "Essais : …"), one a line, when ``texts``
    holds a score line (what ``evidence["match_facts"]`` keeps: the scorers left the body
    with the sheet, they must not leave the article; t-final49 A6); "" when none."""
    if not first_score(texts, page):
        return ""
    facts = [text for text in texts if not score_line(text, page) and sheet_line(text)]
    return "\n".join(facts[:MAX_FACT_LINES])[:MAX_FACTS_CHARS]


def first_score(texts: list[str], page: str = "") -> str:
    """The first score line among ``texts`` (what ``evidence["match_sheet"]`` keeps), or
    ""; ``page`` as for :func:`score_line`."""
    return next((text for text in texts if score_line(text, page)), "")
