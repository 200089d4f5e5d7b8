"""Given-name lists of scripts without capitals' help, shipped in ``enrich/data``.

One loader for the word lists that tell where a speaker's name starts after a role:
``russian_given_names.txt`` (Faker ru_RU, read by :mod:`~veille.enrich.russian_speech`
and :mod:`~veille.enrich.cyrillic_persons`) and ``arabic_given_names.txt`` (Faker's Arabic
locales, read by :mod:`~veille.enrich.arabic_speakers`); both MIT, see
``enrich/data/ATTRIBUTION.md``. Each file holds one name a line, as written (no folding),
under "#" comment lines.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = ["given_names"]


@cache
def given_names(script: str) -> frozenset[str]:
    """The given names of ``data/{script}_given_names.txt`` (``script``: "russian" or
    "arabic"), as written. Raises FileNotFoundError for a script with no list."""
    text = resources.files("veille.enrich").joinpath(
        f"data/{script}_given_names.txt").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))
