"""A headline on a web page, or what stands in its place (t-final29 U4).

An article or story without a headline shows the first words of its text in italics, with a
tooltip saying they are no headline (:func:`veille.display_title.shown_title`, the rule of
every door); with no text either, the reader's "(sans titre)" / "(untitled)".
"""

from __future__ import annotations

from markupsafe import Markup, escape

from veille.web.i18n import Translator


def headline(t: Translator, title: str | None, untitled_text: str | None = "") -> Markup:
    """``title`` escaped; else ``untitled_text`` (the first words of the text: the models'
    ``untitled_text``) in ``<em class="untitled">`` with a ``title`` saying it is no
    headline; else the escaped "(untitled)" label in ``<span class="untitled">``."""
    if title and title.strip():
        return escape(title)
    if untitled_text and untitled_text.strip():
        return Markup('<em class="untitled" title="{}">{}</em>').format(
            t("untitled_hint"), untitled_text)
    return Markup('<span class="untitled">{}</span>').format(t("untitled"))
