"""The speaker an Arabic sentence names before its quote: "وقال عامل إقليم تطوان يونس
التازي إن "…"", "وأكد الوزير … أن "…"", "وقالت فاطمة، وهي من سكان …: "…"".

Arabic reports speech with a verb of saying first (VSO order), its subject after it, then
the particle إنّ (after قال) or أنّ (after the other verbs), or a colon, then the words
(Wright, *A Grammar of the Arabic Language*, II § 4–5; Badawi, Carter & Gully, *Modern
Written Arabic*, § 8.3 on reported speech). The verbs read (masculine and feminine third
person past, with the conjunctions و/ف joined): قال، أكد، أضاف، أوضح، صرح، أعلن، اعتبر،
أشار، شدد. The subject runs from the verb to the particle; an apposition set off by a
comma ("فاطمة، وهي من سكان …") is cut off. A verb with no subject before إن/أن ("وأضاف
أن": he added) names no one here. Pure functions; nothing here raises.
"""

from __future__ import annotations

import re

MAX_SPEAKER_WORDS = 8
_VERB = (r"(?:قال|أكد|اكد|أضاف|اضاف|أوضح|اوضح|صرح|أعلن|اعلن|اعتبر|أشار|اشار|شدد)ت?")
_BEFORE_QUOTE = re.compile(
    r"(?:^|(?<=[\s.،؛:!؟]))[وف]?" + _VERB +
    r"\s+(?P<subject>[^\s.،؛:!؟\"«“”][^.؛:!؟\"«“”\n]*?)\s*(?:\s(?:إن|إنّ|أن|أنّ|ان)\s*|:\s*)$")
"""A verb of saying, its subject, then إن/أن or a colon, right before a quote."""


def arabic_speaker(text: str, quote_start: int) -> tuple[str, int, int] | None:
    """(speaker, start, end) that the Arabic words before the quote opening at
    ``quote_start`` (its first character, after the mark) name, within the sentence;
    None when they name none."""
    mark = quote_start - 1
    before = text[max(0, mark - 200):mark]
    line_start = before.rfind("\n") + 1
    match = _BEFORE_QUOTE.search(before, line_start)
    if match is None:
        return None
    subject = match.group("subject")
    subject = subject.split("،")[0].split(",")[0].strip()
    if not subject or len(subject.split()) > MAX_SPEAKER_WORDS:
        return None
    start = max(0, mark - 200) + match.start("subject")
    return subject, start, start + len(subject)
