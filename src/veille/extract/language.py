"""Which language an article is written in, from its text alone (py3langid, offline).

The model ships inside the py3langid package, so nothing is downloaded at run time.
"""

from __future__ import annotations

from array import array
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

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    _compact(identifier)
    return identifier


def _compact(identifier: Any) -> None:
    """Store the walk's two per-state tables as machine integers, not lists of int objects:
    the same values (so the same languages and probabilities), read with one memory access
    each instead of two. Inside an ingest the tables fall out of the CPU caches between
    articles, and this was ~10% of identification there (issue #13). py3langid 0.4.0's
    attributes; any other layout is left as it is."""
    rowbase = getattr(identifier, "_rowbase", None)
    output = getattr(identifier, "tk_output", None)
    if isinstance(rowbase, list) and isinstance(output, list):
        identifier._rowbase = array("q", rowbase)
        identifier.tk_output = array("i", output)


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
