"""The UI's two languages: every string comes from ``locales/{fr,en}.json``.

The language is picked per request: ``?lang=`` (which also sets a cookie, so the choice sticks),
then the cookie, then ``Accept-Language``, then the ``default_language`` setting. Keeping the
strings in JSON rather than in templates lets a test check that both files have the same keys,
and lets a translator work without touching markup.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

SUPPORTED = ("fr", "en")
COOKIE = "lang"
DISPLAY_TZ = ZoneInfo("Europe/Paris")
"""Times are shown in French time: the index keeps UTC, and most sources are French."""
LOCALES_DIR = Path(__file__).parent / "locales"


@dataclass(frozen=True, slots=True)
class Translator:
    """The strings of one language, looked up by key and formatted with named fields."""

    lang: str
    strings: dict[str, str]

    def __call__(self, key: str, **fields: object) -> str:
        text = self.strings.get(key, key)
        return text.format(**fields) if fields else text

    def date(self, value: datetime | None) -> str:
        """A date and time in this language's short format ("" when unknown)."""
        return value.astimezone(DISPLAY_TZ).strftime(self.strings["date_format"]) if value else ""


def load_locales(directory: Path = LOCALES_DIR) -> dict[str, Translator]:
    """Read every supported locale once, at app start."""
    return {lang: Translator(lang, json.loads((directory / f"{lang}.json").read_text("utf-8")))
            for lang in SUPPORTED}


def parse_accept_language(header: str) -> list[str]:
    """Primary language tags by preference (``fr-CA;q=0.8`` gives ``fr``); malformed parts skip."""
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate(header.split(",")[:32]):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        params = params.strip()
        if params.startswith("q="):
            try:
                quality = float(params[2:])
            except ValueError:
                continue
        primary = tag.strip().split("-")[0].lower()
        if primary and quality > 0:
            ranked.append((-quality, position, primary))
    return [tag for _, _, tag in sorted(ranked)]


def negotiate(*, query: str | None, cookie: str | None, accept: str | None,
              default: str) -> str:
    """The language for one request, from the most explicit signal to the least."""
    for candidate in (query, cookie):
        if candidate is not None and candidate in SUPPORTED:
            return candidate
    for tag in parse_accept_language(accept or ""):
        if tag in SUPPORTED:
            return tag
    return default if default in SUPPORTED else SUPPORTED[0]
