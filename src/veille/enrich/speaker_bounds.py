"""The last check on a quote's speaker span: inside one paragraph, on word boundaries.

A speaker is a noun phrase of one sentence: it never runs across a line or paragraph
break (a headline's last word, the break and the body's first word, "Paris\\n\\nUn", is
no one) and never starts or ends inside a word ("Paris" cut from "Le Parisien" names
another entity). Whatever rule produced such a span, it is false: the speaker's words are
anchored where the text writes them, else the speaker is dropped (no speaker is better
than a wrong one: t-enrich23 E1).
"""

from __future__ import annotations

import re
from typing import Protocol


class _Spoken(Protocol):
    speaker: str
    speaker_start: int
    speaker_end: int


def _word_char(char: str) -> bool:
    return char.isalnum() or char in "_"


def sound_speaker_span(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` may be a speaker: no line break inside it, and it does
    not start or end inside a word (a letter or digit on both sides of either end).
    A span of -1 (a speaker with no place in the text) is sound."""
    if start < 0 or end < 0:
        return True
    if not 0 <= start < end <= len(text):
        return False
    words = text[start:end]
    if "\n" in words or "\r" in words:
        return False
    if start > 0 and _word_char(text[start - 1]) and _word_char(words[0]):
        return False
    return not (end < len(text) and _word_char(text[end]) and _word_char(words[-1]))


def _anchored(text: str, speaker: str, near: int) -> tuple[int, int] | None:
    """The sound occurrence of ``speaker`` in ``text`` nearest to ``near``, or None."""
    words = speaker.strip()
    if not words or "\n" in words:
        return None
    best: tuple[int, int] | None = None
    at = text.find(words)
    while at >= 0:
        if sound_speaker_span(text, at, at + len(words)) and (
                best is None or abs(at - near) < abs(best[0] - near)):
            best = at, at + len(words)
        at = text.find(words, at + 1)
    return best


_PREDICATE = re.compile(
    r"[ \xa0](?:a|ont|avait|avaient)[ \xa0]+(?:[a-zà-ÿ]+ment[ \xa0]+)?"
    r"[a-zà-ÿ]+(?:é|ée|és|ées)(?![\w'’-])")
"""A French auxiliary and a past participle ("a annoncé", "ont salué"): a predicate, which
no speaker's noun phrase holds."""


def without_predicate(quote: _Spoken) -> None:
    """Cut ``quote``'s speaker before a predicate it holds ("président X a annoncé
    l'envoi … et" → "président X": a clause is no speaker, t-final51b A14), unless a
    relative pronoun opens the clause ("un témoin qui a assisté à la scène", a
    description); a speaker with no word before it is cleared."""
    found = _PREDICATE.search(quote.speaker)
    if found is None or re.search(r"(?i)\bqu(?:i|e|['’])\s*$", quote.speaker[:found.start()]):
        return
    head = quote.speaker[:found.start()].rstrip(" ,")
    if not any(c.isalpha() for c in head):
        quote.speaker, quote.speaker_start, quote.speaker_end = "", -1, -1
        return
    quote.speaker = head
    if quote.speaker_start >= 0:
        quote.speaker_end = quote.speaker_start + len(head)


def drop_unsound_speaker(text: str, quote: _Spoken) -> None:
    """Check ``quote``'s speaker span: when it is not :func:`sound_speaker_span`, anchor
    the speaker's words where the text writes them, nearest to the old span (some rules
    give a right name a shifted span: 'affirme Alain Lemaire, soulignant que "…"'), else
    clear the speaker (text and span); a speaker holding a line break is cleared."""
    if not quote.speaker:
        return
    without_predicate(quote)
    if "\n" in quote.speaker:
        quote.speaker, quote.speaker_start, quote.speaker_end = "", -1, -1
    elif not sound_speaker_span(text, quote.speaker_start, quote.speaker_end):
        span = _anchored(text, quote.speaker, quote.speaker_start)
        if span is None:
            quote.speaker, quote.speaker_start, quote.speaker_end = "", -1, -1
        else:
            quote.speaker_start, quote.speaker_end = span
