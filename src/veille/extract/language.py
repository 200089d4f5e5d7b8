"""Which language an article is written in, from its text alone (py3langid, offline).

The model ships inside the py3langid package, so nothing is downloaded at run time.
"""

from __future__ import annotations

from datetime import UTC, tzinfo
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

_SAMPLE_CHARS = 600
_ZONES = {"fr": "Europe/Paris", "de": "Europe/Berlin", "es": "Europe/Madrid",
          "it": "Europe/Rome", "pt": "Europe/Lisbon", "nl": "Europe/Amsterdam"}


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str, *, default: str = "") -> str:
    """ISO 639-1 code of the text's language, or ``default`` when the text is too short."""
    sample = text[:_SAMPLE_CHARS]
    if sum(map(str.isalpha, sample)) < 20:
        return default
    lang, prob = _identifier().classify(sample)
    return str(lang) if prob >= 0.5 else default


def assumed_zone(language: str) -> tzinfo:
    """The time zone assumed for a printed time that gives none: the language's main one."""
    name = _ZONES.get(language)
    return ZoneInfo(name) if name else UTC
