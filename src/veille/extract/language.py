"""Which language an article is written in, from its text alone (CLD2 through pycld2, offline).

CLD2's tables are compiled into the pycld2 wheel, so nothing is downloaded at run time.
It replaced py3langid (issue #13; ``bench/language.py`` runs the two side by side): the
same language on all 902 article samples veille's benches and fixtures hand it (AEB
captures, wikinews-fr, rpm2, the capture fixtures), more right on spaCy's example
sentences (332 of 450 against 326) and paragraphs (61 of 68 against 59), and about a
tenth of the CPU time: ~50 µs an article against ~0.4 ms alone, ~0.1 ms against ~0.8 ms
inside an ingest, where py3langid's large tables fell out of the CPU caches between
articles (docs/benchmarks.md).
"""

from __future__ import annotations

import re
from datetime import UTC, tzinfo
from zoneinfo import ZoneInfo

import pycld2

from veille.collector import built_once
from veille.extract.timezones import language_zone
from veille.language_codes import canonical_language

_SAMPLE_CHARS = 600
_UNKNOWN = "un"


def _top_code(sample: str) -> str:
    """CLD2's most likely language code for ``sample``; "un" when it finds none.

    pycld2 refuses text it cannot encode as UTF-8 (lone surrogates) and some control
    characters (raises ``pycld2.error``): those are dropped and the rest is read."""
    try:
        details = pycld2.detect(sample, bestEffort=True)[2]
    except (pycld2.error, UnicodeError, ValueError):
        cleaned = "".join(ch for ch in sample
                          if ch.isprintable() and not "\ud800" <= ch <= "\udfff")
        try:
            details = pycld2.detect(cleaned, bestEffort=True)[2]
        except (pycld2.error, UnicodeError, ValueError):
            return _UNKNOWN
    return str(details[0][1]) if details else _UNKNOWN


def detect_language(text: str, *, default: str = "") -> str:
    """ISO 639-1 code of the text's language (read from its first 600 characters), or
    ``default`` when the text is too short (fewer than 20 letters) or CLD2 finds none."""
    sample = text[:_SAMPLE_CHARS]
    if sum(map(str.isalpha, sample)) < 20:
        return default
    code = _top_code(sample)
    if code == _UNKNOWN or code.startswith("xx"):
        return default
    code = code.split("-")[0]
    return canonical_language(code)


def reliable_language(text: str) -> str:
    """ISO 639-1 code of a short passage's language when CLD2 reads it reliably (its own
    reliability flag, without best-effort guessing, and 80 % of the text or more in that
    language); "" otherwise. For passages of a few words: a quote inside an article."""
    try:
        reliable, _, details = pycld2.detect(text)
    except (pycld2.error, UnicodeError, ValueError):
        return ""
    if not reliable or not details or details[0][2] < 80:
        return ""
    code = str(details[0][1])
    if code == _UNKNOWN or code.startswith("xx"):
        return ""
    code = code.split("-")[0]
    return canonical_language(code)


#: The least text read before a page's declared language is overruled by its text's.
CONTRADICTION_LETTERS = 200


def contradicted_language(declared: str, text: str) -> str:
    """The language ``text`` is reliably written in when it is not ``declared`` (ISO
    639-1 codes), else "". A page's declared language is a template's setting: WordPress
    themes ship ``<html lang="en-US">`` and ``og:locale en_US``, kept on wholly French
    pages by many African and Maghreb outlets (newuser11 T14). The text overrules it only
    on evidence: at least :data:`CONTRADICTION_LETTERS` letters in the first 600
    characters, read by CLD2 as reliable and 80 % or more in one other language."""
    sample = text[:_SAMPLE_CHARS]
    if not declared or sum(map(str.isalpha, sample)) < CONTRADICTION_LETTERS:
        return ""
    code = reliable_language(sample)
    return code if code and code != declared else ""


def assumed_zone(language: str) -> tzinfo:
    """The time zone assumed for a printed time that gives none: the language's main one
    (:func:`veille.extract.timezones.language_zone`, as pages, feeds and wire items get:
    a Japanese capture read at Asia/Tokyo, not UTC; newuser16b C6), else UTC."""
    name = language_zone(language)
    return ZoneInfo(name) if name else UTC


_TAG = re.compile(r"[A-Za-z]{2,3}(?=$|[-_])")


def declared_tag(value: object) -> str:
    """A declared language as one tag string: the value itself, or the first string of a
    list (ninjs producers send ``["en", "fr"]``), stripped; "" for anything else."""
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), "")
    return value.strip()[:64] if isinstance(value, str) else ""


def language_of_tag(tag: str) -> str:
    """The ISO 639-1 code a declared language names, "" when it names none (the text is then
    read): a BCP 47 tag or a locale ("fr-CA", "pt_BR", "zh-Hant-TW"), an ISO 639-2 or 639-3
    code ("spa", "ger", "fre", "deu": CLDR's language aliases, through Babel), or a
    language's name in English, in French or in itself ("German", "allemand", "Deutsch":
    CLDR's display names). A declared "spa" was stored as the language "spa", outside
    ``lang:es`` (newuser12 W18)."""
    text = tag.strip().lower()
    if not text:
        return ""
    match = _TAG.match(text)
    if match and (len(text) == match.end() or len(match.group()) == 2):
        code = canonical_language(match.group())
        code = _language_aliases().get(code, code)
        code = code.split("_")[0]
        if len(code) == 2 and code.isalpha():
            return code
    return _language_names().get(text, "")


def tag_or_code(tag: str, code: str) -> str:
    """``tag`` when it is a tag that starts with ``code`` ("es_ES", "fr-CA": its region
    gives the zone and the locale), else ``code`` ("spa", "Deutsch" name the language
    only)."""
    return tag if code and tag[:2].lower() == code and tag[2:3] in ("", "-", "_") else code


@built_once
def _language_aliases() -> dict[str, str]:
    from babel.core import get_global

    return {str(k): str(v) for k, v in get_global("language_aliases").items()}


_OWN_NAMES = ("ar bg bn ca cs da de el en es et fa fi fr ga he hi hr hu id is it ja ko lt lv "
              "mk ms mt nb nl nn no pl pt ro ru sk sl sq sr sv sw th tr uk ur vi zh").split()
"""The languages whose own name ("Deutsch", "español") is read: the news languages CLD2
detects best (reading every locale's data costs seconds)."""


@built_once
def _language_names() -> dict[str, str]:
    """Language names (English, French, and each language's own) → ISO 639-1 code, for
    the languages with a two-letter code."""
    from babel import Locale, UnknownLocaleError

    names: dict[str, str] = {}
    for locale in ("en", "fr"):
        for code, name in Locale(locale).languages.items():
            if len(code) == 2:
                names.setdefault(name.lower(), code)
    for code in _OWN_NAMES:
        try:
            own = Locale(code).get_language_name(code)
        except (UnknownLocaleError, ValueError, LookupError):
            continue
        if own:
            names.setdefault(own.lower(), code)
    return names
