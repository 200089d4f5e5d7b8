"""A page pasted into an e-mail reply or forward: every line quoted with "> " (newuser13a
C13).

A plain-text mail client quotes the message it replies to by prefixing each line with
``>`` and a space (RFC 3676, section 4.5, "quoted" lines; nested quotes add one ``>``
per level). A capture read with the marks kept took a wrapped fragment for the headline
(wrapped lines never looked wrapped: each starts "> "), kept "> " on every field, and read
no byline ("> Par Louis de Raguenel"). When the quoted lines are the text, the marks are
taken off, level by level, before the capture's shape is read; the mail's own lines (the
"Le mar. 1 déc. 2026 à 09:14, Pierre Martin a écrit :" attribution, a signature) are
left as they are, for the capture's chrome rules.
"""

from __future__ import annotations

import re

#: One level of quotation: ">" and the one space that follows it (RFC 3676 4.5).
_MARK = re.compile(r"^[ \t]{0,3}> ?", re.MULTILINE)
#: The share of the text's characters (spaces aside) that must be on quoted lines for
#: the quote to be the text: a reply's greeting, attribution and signature are a few
#: short lines around it.
QUOTED_SHARE = 0.6
#: At most this many levels are taken off (a reply to a reply to a forward...).
MAX_LEVELS = 8


def unquote_mail(text: str) -> str:
    """``text`` with the mail quotation marks taken off when most of its characters are on
    quoted lines (:data:`QUOTED_SHARE`), one level at a time (a forward quoted again loses
    both), else ``text`` unchanged. Lines without a mark are kept as they are. Linear in
    the text's size per level, at most :data:`MAX_LEVELS` levels."""
    for _ in range(MAX_LEVELS):
        if not text.lstrip().startswith(">") and ">" not in text[:4096]:
            return text
        total = quoted = 0
        for line in text.splitlines():
            size = len(line.strip())
            total += size
            if line.lstrip(" \t").startswith(">"):
                quoted += size
        if not total or quoted < QUOTED_SHARE * total:
            return text
        text = _MARK.sub("", text)
    return text
