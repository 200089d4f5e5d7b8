"""The last check on a quote's speaker span: inside one paragraph, on word boundaries.

A speaker is a noun phrase of one sentence: it never runs across a line or paragraph
break (a headline's last word, the break and the body's first word, "Paris\\n\\nUn", is
no one) and never starts or ends inside a word ("Paris" cut from "Le Parisien" names
another entity). Whatever rule produced such a span, it is false; the speaker is then
dropped (no speaker is better than a wrong one: t-enrich23 E1).
"""

from __future__ import annotations

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


def drop_unsound_speaker(text: str, quote: _Spoken) -> None:
    """Clear ``quote``'s speaker (text and span) when its span is not
    :func:`sound_speaker_span`, or when its text holds a line break."""
    if not quote.speaker:
        return
    if "\n" in quote.speaker or not sound_speaker_span(text, quote.speaker_start,
                                                       quote.speaker_end):
        quote.speaker, quote.speaker_start, quote.speaker_end = "", -1, -1
