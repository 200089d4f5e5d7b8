"""The tense Russian verbs give a date in their clause, read with pymorphy3's dictionary
(issue 16, t-final56b A6).

Russian has no future ending of its own: the non-past of a perfective verb is its future
("откроют в субботу", "рассмотрят во вторник": *will* open, *will* consider), the
non-past of an imperfective its present ("открывают"); only the verb's aspect, a
dictionary fact, tells them apart (Виноградов, *Русский язык*, § 463; OpenCorpora tags
the perfective non-past ``futr``). A regular expression cannot: "откроют" and "открывают"
end alike. pymorphy3 (MIT; its OpenCorpora dictionary package, CC BY-SA, both pinned in
requirements.lock and installed from PyPI, nothing downloaded at run time) gives the
aspect and tense of each form.

An infinitive in the complement of a verb of ordering, deciding, promising or planning
("поручил перевести школы … в понедельник", "решили закрыть рынок в четверг") tells what
is to be done, after the ordering: the day in its clause is ahead of the ordering, which
is the news of the day (the directive verbs of Грамматика-80, § 2211, "побудительные"),
whatever the past of the ordering verb.

:func:`markers` gives (start, end, tense) for each such marker; the caller weighs them
with its other markers by distance. Nothing here raises; without the dictionary (never
the case with the pinned packages) no marker is given.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from veille.collector import built_once

_WORD = re.compile(r"(?i)(?<![а-яё-])[а-яё]+(?![а-яё])")
_DIRECTIVE = re.compile(
    r"(?i)(?<![а-яё])(?:поручи|приказа|распоряди|реши|постанови|пообеща|обеща|планир|"
    r"намерева|намерен|собира|предложи|призва|призыва|потребова|рекомендова|договори|"
    r"объявил\w*\s+о\s+намерении|согласи)[а-яё]*(?![а-яё])")
"""A verb of ordering, deciding, promising or planning (any form): its infinitive
complement is done later."""
_DIRECTIVE_REACH = 80
"""How far (characters) before the infinitive its governing verb may stand."""


@built_once
def _analyzer() -> Any:
    """pymorphy3's analyzer, loaded once (half a second); None when it cannot load."""
    try:
        import pymorphy3  # noqa: PLC0415 (loaded for Russian text only)

        return pymorphy3.MorphAnalyzer()
    except Exception:  # noqa: BLE001 (no dictionary: no markers, never an error)
        return None


@cache
def _tag(word: str) -> tuple[str, str]:
    """(part of speech, tense) of the most likely parse of ``word`` ('' when unknown)."""
    analyzer = _analyzer()
    if analyzer is None:
        return "", ""
    parse = analyzer.parse(word)[0]
    return str(parse.tag.POS or ""), str(parse.tag.tense or "")


def markers(clause: str) -> list[tuple[int, int, str]]:
    """(start, end, "future") for each perfective future or "будет"-like future verb in
    ``clause`` and for each infinitive governed by a directive verb before it in the
    clause (module docstring). Past and present forms give none: the caller's own cues
    read the past."""
    found: list[tuple[int, int, str]] = []
    for word in _WORD.finditer(clause):
        pos, tense = _tag(word.group().lower())
        if pos == "VERB" and tense == "futr":
            found.append((word.start(), word.end(), "future"))
        elif pos == "INFN" and _DIRECTIVE.search(
                clause, max(0, word.start() - _DIRECTIVE_REACH), word.start()):
            found.append((word.start(), word.end(), "future"))
    return found
