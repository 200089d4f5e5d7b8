"""A page read whole after a read cut short: the same version of the article, completed,
not an update (newuser13b M13).

A body that had no ``Content-Length`` ends where the connection closes; a connection cut
mid-page then gives the page's first paragraphs as if they were all of it. The fetcher
marks such a read (``evidence["transfer"] = "possibly_cut"``,
:func:`veille.collect.fetch.open_document`). When the same URL is read again and its text
*continues* the stored one, the site did not change its article: the new read completes
it (:func:`completes`), and the store replaces the text in place (the change log's kind
``completed``; no version, no "Article mis à jour"). A page read whole (not marked) that
only gains a paragraph is a real update and stays one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from veille.record import POSSIBLY_CUT, TRANSFER_HINT, Article


def continues(stored: Sequence[str], new: Sequence[str]) -> bool:
    """True when the paragraphs ``new`` continue ``stored``: every stored paragraph but the
    last is the new one at its place, the last stored one begins the new one at its place
    (the cut fell inside it: a character cut in its UTF-8 bytes, decoded as U+FFFD, and a
    last word holding a character reference cut in the middle, ``&eac``, are not
    required), and ``new`` holds more text. False for an empty ``stored``."""
    if not stored or len(new) < len(stored):
        return False
    last = len(stored) - 1
    if list(stored[:last]) != list(new[:last]):
        return False
    head, ahead = stored[last].strip().rstrip("\ufffd"), new[last]
    if not ahead.startswith(head):
        words = head.rsplit(None, 1)
        if len(words) < 2 or "&" not in words[1] or not ahead.startswith(words[0]):
            return False
    return len(new) > len(stored) or len(ahead.strip()) > len(head)


def completes(stored: Mapping[str, Any], article: Article) -> bool:
    """True when ``article`` (a new read of the stored article's URL) completes the stored
    record ``stored`` (``Article.to_dict`` shape): the stored read was marked possibly cut
    (``content.evidence["transfer"]``), the headline is the same, and the new paragraphs
    continue the stored ones (:func:`continues`)."""
    old = stored.get("content") or {}
    if not isinstance(old, dict) or article.content is None:
        return False
    evidence = old.get("evidence") or {}
    if not isinstance(evidence, dict) or evidence.get(TRANSFER_HINT) != POSSIBLY_CUT:
        return False
    if str(old.get("title") or "") != article.content.title:
        return False
    paragraphs = [str(p) for p in old.get("paragraphs") or []]
    return continues(paragraphs, article.content.paragraphs)


def confirms(stored: Mapping[str, Any], article: Article) -> bool:
    """True when ``article``, a read of the stored article's URL not marked possibly cut,
    gives the very text of the stored record ``stored`` (``Article.to_dict`` shape) that
    was marked so: the same headline and paragraphs. The page was whole then (a cut after
    its article, or a page that omits ``</body></html>``); the store drops the mark as a
    completion does, instead of keeping it for good (verify14 V8)."""
    old = stored.get("content") or {}
    if not isinstance(old, dict) or article.content is None or \
            article.content.evidence.get(TRANSFER_HINT):
        return False
    evidence = old.get("evidence") or {}
    if not isinstance(evidence, dict) or evidence.get(TRANSFER_HINT) != POSSIBLY_CUT:
        return False
    return str(old.get("title") or "") == article.content.title and \
        [str(p) for p in old.get("paragraphs") or []] == list(article.content.paragraphs)
