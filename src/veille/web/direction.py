"""The writing direction of an article's text, for ``dir`` in the pages.

A language written right to left (Arabic, Hebrew, Persian, Urdu...) shown in a page whose
own language is French or English reads wrongly without ``dir="rtl"``: punctuation lands
at the wrong end, numbers and Latin words are put in the wrong order (W3C, *Structural
markup and right-to-left text in HTML*; newuser12c W16).
"""

from __future__ import annotations

from markupsafe import Markup, escape

from veille.bidi import RTL_LANGUAGES, is_right_to_left_language


def text_dir(language: object) -> str:
    """``rtl`` for a language tag of :data:`RTL_LANGUAGES` (``ar``, ``ar-EG``, ``fa_IR``),
    ``ltr`` for any other tag, ``auto`` (the browser reads the text) without one."""
    if not isinstance(language, str) or not language.strip():
        return "auto"
    return "rtl" if is_right_to_left_language(language) else "ltr"


def text_attributes(language: object) -> Markup:
    """The attributes of an element holding an article's own text (its title, a snippet,
    a summary, a quote): `` lang="ar" dir="rtl"`` (``lang`` only when the article has a
    language; ``dir`` by :func:`text_dir`), HTML-escaped, with a leading space: every page
    marks an article's text alike (the ``text_attrs`` filter)."""
    lang = f' lang="{escape(language.strip())}"' if (
        isinstance(language, str) and language.strip()) else ""
    return Markup(f'{lang} dir="{text_dir(language)}"')


__all__ = ["RTL_LANGUAGES", "isolate", "rtl_languages", "text_attributes", "text_dir"]


def rtl_languages() -> str:
    """:data:`RTL_LANGUAGES`, space-separated: the pages hand it to their scripts, which
    mark the articles they add as :func:`text_dir` does (``data-rtl``)."""
    return " ".join(sorted(RTL_LANGUAGES))


def isolate(text: object) -> Markup:
    """``text`` (HTML-escaped) in ``<bdi>``: a name or a title placed among the page's own
    words (an outlet beside its count, a speaker after "dit par") in its own direction,
    never reordering the line around it; "الجزيرة" beside "1 article" read
    "1 الجزيرة article" (t-final67 R3; HTML ``bdi``, UAX #9 isolates). The ``bdi``
    filter; an empty text gives an empty string, no element."""
    shown = "" if text is None else str(text)
    return Markup(f"<bdi>{escape(shown)}</bdi>") if shown else Markup("")
