"""The writing direction of an article's text, for ``dir`` in the pages.

A language written right to left (Arabic, Hebrew, Persian, Urdu...) shown in a page whose
own language is French or English reads wrongly without ``dir="rtl"``: punctuation lands
at the wrong end, numbers and Latin words are put in the wrong order (W3C, *Structural
markup and right-to-left text in HTML*; newuser12c W16).
"""

from __future__ import annotations

from markupsafe import Markup, escape

RTL_LANGUAGES = frozenset((
    "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ji", "ks", "nqo", "ps", "sd", "syr", "ug",
    "ur", "yi"))
"""Languages written right to left: the CLDR locales whose ``characterOrder`` is
``right-to-left`` (ar, ckb, dv, fa, he, ks, nqo, ps, sd, syr, ug, ur, yi), Aramaic (arc)
and the withdrawn codes still seen in feeds (iw for he, ji for yi)."""


def text_dir(language: object) -> str:
    """``rtl`` for a language tag of :data:`RTL_LANGUAGES` (``ar``, ``ar-EG``, ``fa_IR``),
    ``ltr`` for any other tag, ``auto`` (the browser reads the text) without one."""
    if not isinstance(language, str) or not language.strip():
        return "auto"
    primary = language.strip().lower().replace("_", "-").split("-", 1)[0]
    return "rtl" if primary in RTL_LANGUAGES else "ltr"


def text_attributes(language: object) -> Markup:
    """The attributes of an element holding an article's own text (its title, a snippet,
    a summary, a quote): `` lang="ar" dir="rtl"`` (``lang`` only when the article has a
    language; ``dir`` by :func:`text_dir`), HTML-escaped, with a leading space: every page
    marks an article's text alike (the ``text_attrs`` filter)."""
    lang = f' lang="{escape(language.strip())}"' if (
        isinstance(language, str) and language.strip()) else ""
    return Markup(f'{lang} dir="{text_dir(language)}"')


def rtl_languages() -> str:
    """:data:`RTL_LANGUAGES`, space-separated: the pages hand it to their scripts, which
    mark the articles they add as :func:`text_dir` does (``data-rtl``)."""
    return " ".join(sorted(RTL_LANGUAGES))
