"""Issue #14's ninth round: the term readers of its candidates (bench/stories.py
``--round9``).

veille's :func:`veille.dedup.stories.terms` reads the places a headline names abroad
(countries, capitals, large cities) and, since this round, the regions of the world and
the demonyms (:mod:`veille.dedup.regions`). The readers here give the same terms with one
thing changed, to measure each: :func:`terms_without_regions` (veille before the round),
:func:`terms_lead_countries` (a country the other side names counts as agreement only when
named in its headline or lead, not anywhere in its text) and :func:`terms_elided_names`
(a capitalised word after an elision, "d'Orsay", "l'Élysée", is a name for the plain-word
bar, as "Orsay" would be).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from veille.dedup import specifics
from veille.dedup.specifics import LEAD_CHARS, towns
from veille.dedup.stories import Terms, terms
from veille.extract.textshape import fold

COUNTRY = "town:country:"


def terms_without_regions(title: str, paragraphs: Sequence[str]) -> Terms:
    """veille's terms as before issue #14's ninth round: no regions, no demonyms."""
    specifics.WORLD_REGIONS = False
    try:
        return terms(title, paragraphs)
    finally:
        specifics.WORLD_REGIONS = True


def terms_lead_countries(title: str, paragraphs: Sequence[str]) -> Terms:
    """veille's terms, the countries it mentions (what makes another side's country agree)
    read from its headline and first :data:`LEAD_CHARS` characters only."""
    out = terms(title, paragraphs)
    lead = towns(title, " ".join(paragraphs)[:LEAD_CHARS])[1]
    out.mentions = frozenset(k for k in out.mentions
                             if not k.startswith(COUNTRY) or k in lead)
    return out


_ELIDED = re.compile(r"(?<![\w'’])(?:[lLdDjJnNsScCmMtT]|[qQ]u)['’][A-ZÀ-ÖØ-Þ][\w'’-]*")


def terms_elided_names(title: str, paragraphs: Sequence[str]) -> Terms:
    """veille's terms, a capitalised word after an elision ("d'Orsay", "l'Espagne") also
    a name (:attr:`Terms.names`), wherever it stands."""
    out = terms(title, paragraphs)
    found = {fold(m.group()) for text in (title, *paragraphs) for m in _ELIDED.finditer(text)}
    out.names = out.names | frozenset(k for k in found if k in out)
    return out
