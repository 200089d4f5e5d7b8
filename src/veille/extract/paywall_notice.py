"""A paywall notice closing a declared text: it leaves the text, and the article is cut.

A JSON record, a ninjs or NITF item, a NewsML-G2 body declare their text: veille took it
whole. A paywalled outlet's export or feed gives the free opening followed by its notice,
"Cet article est réservé aux abonnés. Il vous reste 85% à découvrir.": the notice was
shown as the article's last paragraph, indexed (``abonnés`` found every teaser), the
record was not ``truncated``, and the one-sentence opening, counted with its notice, was
long enough to pass for a "reprint" of the dispatch it cuts instead of its teaser
(t-reader21 R4, R9). HTML pages and text captures already drop such notices from the
body and mark the cut (:func:`veille.extract.html.checks.is_truncated`,
``extract/text_capture.py``); this is the same rule for declared texts, on the same
pattern (:data:`veille.extract.textshape.PAYWALL_TEXT`).

The rule, on the text's end only (a notice says the rest is behind the wall):

- the last paragraph, while it is a notice, leaves the text; a notice closing the last
  paragraph after its prose ("… dans l'hémicycle. Cet article est réservé aux abonnés.")
  leaves it, the prose stays;
- a notice is at most :data:`MAX_NOTICE_CHARS` characters, matched by
  :func:`~veille.extract.textshape.paywall_text`, and speaks of the article or to its
  reader (:data:`_ABOUT_READING`: "article", "la suite", "lire", "vous"…) or is a bare
  label of a few words ("Réservé aux abonnés"): a news sentence saying a service "sera
  réservé aux abonnés" is text. It opens with such a sentence, and each sentence after
  it is one too or the offer's ("Abonnez-vous dès 1 €", "Déjà abonné ? Connectez-vous"):
  prose before or after it keeps it in the text;
- a text that is all notice keeps its text (nothing would be left to store);
- the content is marked ``truncated`` and ``evidence["truncated"]`` quotes the notice.
"""

from __future__ import annotations

import re

from veille.extract.textshape import paywall_text
from veille.record import Content

__all__ = ["DECLARED_TEXT", "MAX_NOTICE_CHARS", "cut_paywall_notice", "notice"]

#: The extractors whose text is declared by the input, not found in a page.
DECLARED_TEXT = frozenset({"json-record", "ninjs", "nitf", "newsml-g2"})
#: Characters of a notice, at most (as text captures read them).
MAX_NOTICE_CHARS = 600
#: Words of a notice that is a bare label ("Réservé aux abonnés", "Subscribers only").
LABEL_WORDS = 4
#: A notice speaks of the article, of reading it, or to its reader.
_ABOUT_READING = re.compile(
    r"(?i)\b(?:articles?|suite|lire|lecture|contenu|découvrir|vous|votre|abonnez|"
    r"story|reading|read|you|your|this|artículo|articolo|artikel|leyendo)\b")
#: A sentence of a subscription offer, after a notice ("Abonnez-vous dès 1 €").
_OFFER = re.compile(r"(?i)abonn|subscri|suscr|\boffre|€|\$|connect|inscri|essai|gratuit|"
                    r"découvr|premium|\bsign\b|\blog\b")
#: Where a sentence ends and the next begins.
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[«\"“(]?[A-ZÀ-ÖØ-Þ0-9])")


def _says_cut(text: str) -> bool:
    """Whether ``text`` holds a paywall notice speaking of the article or to its reader,
    or is a bare label (module docstring)."""
    return bool(text) and len(text) <= MAX_NOTICE_CHARS and paywall_text(text) and (
        len(text.split()) <= LABEL_WORDS or _ABOUT_READING.search(text) is not None)


def notice(text: str) -> bool:
    """Whether ``text`` (a paragraph, or the sentences closing one) is a paywall notice
    (module docstring): it opens with one, and each sentence after is one too or the
    offer's ("Cet article est réservé aux abonnés. Abonnez-vous dès 1 €"), so no prose
    comes before or after it."""
    text = text.strip()
    if not _says_cut(text):
        return False
    first, *rest = _SENTENCE_END.split(text)
    return _says_cut(first) and all(_says_cut(s) or _OFFER.search(s) for s in rest)


def _closing_notice(paragraph: str) -> int:
    """Where the notice closing ``paragraph`` after its prose starts (the first sentence
    from which the rest is a notice, :func:`notice`), or -1 when it closes with prose."""
    for match in _SENTENCE_END.finditer(paragraph):
        if len(paragraph) - match.end() <= MAX_NOTICE_CHARS and notice(
                paragraph[match.end():]):
            return match.end()
    return -1


def cut_paywall_notice(content: Content) -> None:
    """Drop the paywall notice closing ``content``'s declared text and mark the content
    ``truncated``, saying so in ``evidence["truncated"]`` (module docstring). Nothing
    changes when the text does not end with one."""
    paragraphs = list(content.paragraphs)
    dropped: list[str] = []
    while paragraphs and notice(paragraphs[-1]):
        dropped.insert(0, paragraphs.pop())
    if paragraphs:
        last = paragraphs[-1]
        cut = _closing_notice(last)
        if cut > 0:
            dropped.insert(0, last[cut:].strip())
            paragraphs[-1] = last[:cut].rstrip()
    if not dropped or not paragraphs:
        return
    content.paragraphs = paragraphs
    content.truncated = True
    opening = dropped[0][:40]
    if opening and opening in content.lead:  # a lead read from the notice's paragraph
        content.lead = content.lead[:content.lead.index(opening)].rstrip()
    quoted = " ".join(" ".join(dropped).split())
    if len(quoted) > 200:
        quoted = quoted[:199] + "…"
    content.evidence["truncated"] = (
        f"the text ended with a paywall notice (“{quoted}”): it left the text, the "
        "article goes on for subscribers")
