"""Words shaped like a date mention that name no day (t-final29 F5, issue 16).

- **A feast as the complement of a noun of a thing** ("un marché de Noël", "le sapin de
  Noël", "le repas de Noël"): "de Noël" there says what kind of market or tree it is, as
  any noun complement of quality does (Grevisse § 352, "complément du nom"), not when
  something happens. Only after a noun of time or a locution of time is "de Noël" a moment
  ("la veille de Noël", "les vacances de Noël", "la trêve de Noël", "à l'approche de
  Noël", "à partir de Noël"), or of what is held that very night ("le réveillon de la
  Saint-Sylvestre", "la messe de Noël"), read as the feast's day; a market, a tree, a meal
  of Noël run or fall on other days (a "repas de Noël des aînés" on 12 December):
  :func:`feast_names_a_kind`.
- **"Demain", "Tomorrow" capitalised inside a proper name** ("le groupe Vierzon Demain",
  "the campaign group Leeds Tomorrow"): a capital on a common word in the middle of a
  sentence marks it as part of a name (Imprimerie nationale, *Lexique des règles
  typographiques*, "majuscules": the capital of a proper noun or a title), when it follows
  another capitalised word that does not open the sentence; a headline's capitals (title
  case) say nothing: :func:`inside_a_name`.
- **"in N years" after an ordinal, a superlative, "time(s)", "twice"** ("for the second
  time in five years", "the first closure in seven years", "four times in two years",
  "the highest level in ten years"): "in" there means *within* a span that ends now,
  counted back (Swan, *Practical English Usage* § 286.2, "in" with the present perfect of
  a span up to now; Cambridge Dictionary "for the first time in years"), no date ahead;
  unless a verb stands between that makes the span a delay ("the first phase will be
  finished in two years"): :func:`span_counted_back`.

Pure functions on strings; nothing here raises.
"""

from __future__ import annotations

import re

from veille.enrich.date_plans import SCHEDULED_PRESENT
from veille.enrich.english_past import ENGLISH_PAST

_TIME_HEAD = re.compile(
    r"(?i)(?:\b(?:veille|jour|journée|nuit|soir|soirée|matin|matinée|lendemain|"
    r"surlendemain|réveillon|messe|pont|vacances|congés|congé|trêve|fêtes?|période|semaine|week-end|weekend|"
    r"saison|temps|approche|moment|époque|date|fin|début|partir|compter|lors|autour|"
    r"près|avant|après|auprès|passé|lendemains)|\bd['’]ici|\bici)\s+de\s+$")
"""A noun or locution of time right before "de" + feast: the feast is a moment."""
_DE_BEFORE = re.compile(r"(?i)\bde\s+$")


def feast_names_a_kind(before: str) -> bool:
    """Whether a feast ("Noël") after ``before`` (the text before it, ending at it) is the
    complement of a noun naming a thing ("marché de Noël"), not a moment ("veille de
    Noël", "vacances de Noël")."""
    return bool(_DE_BEFORE.search(before)) and not _TIME_HEAD.search(before)


_RELATIVE_DAY = re.compile(r"(?i)^(?:demain|hier|tomorrow|yesterday|aujourd['’]hui|today)$")
_CAPITAL_BEFORE = re.compile(r"(?:^|[^\w'’.!?…:«\"“])\s*([A-ZÀ-Ý][\w'’-]*)\s+$")
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?…:«\"“\n]\s*|\n)\s*$")


def inside_a_name(text: str, start: int, end: int, headline: int) -> bool:
    """Whether the relative day word at ``text[start:end]`` ("Demain") is capitalised
    inside a proper name: its capital is not the sentence's first, it follows another
    capitalised word that itself does not open the sentence, and it is not in the headline
    (which ends at ``headline``)."""
    word = text[start:end]
    if start < headline or not word[:1].isupper() or not _RELATIVE_DAY.match(word):
        return False
    before = text[max(0, start - 60):start]
    previous = _CAPITAL_BEFORE.search(before)
    if previous is None:
        return False
    return not _SENTENCE_OPEN.search(before[:previous.start(1)])


_SPAN_MARK = re.compile(
    r"(?i)\b(?:times?|twice|once|first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|\d+(?:st|nd|rd|th)|only|most|least|\w{3,}est)\b")
_NOT_SUPERLATIVE = frozenset({"interest", "forest", "protest", "request", "harvest", "contest",
                              "conquest", "suggest", "arrest", "digest", "invest", "manifest",
                              "modest", "honest", "earnest", "tempest", "inquest"})
"""Words in -est that are no superlative."""
_VERB_BETWEEN = re.compile(
    r"(?i)\b(?:will|would|shall|should|could|can|may|might|must|is|are|was|were|be|been|"
    r"being|has|have|had|to|'ll|'s)\b|[.;:!?]")


def span_counted_back(before: str) -> bool:
    """Whether "in N <unit>" after ``before`` (the text before "in", ending at it) is a
    span counted back from now ("for the third time in ten years"): an ordinal, a
    superlative, "time(s)", "twice" shortly before, with no verb nor sentence end in
    between."""
    window = before[-60:]
    marks = [m for m in _SPAN_MARK.finditer(window) if m.group().lower() not in _NOT_SUPERLATIVE]
    if not marks:
        return False
    between = window[marks[-1].end():]
    return not any(p.search(between) for p in (_VERB_BETWEEN, ENGLISH_PAST, SCHEDULED_PRESENT))
