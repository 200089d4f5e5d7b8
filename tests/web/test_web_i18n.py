"""The two UI languages: same keys in both files, and how a request's language is chosen."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from veille.web.i18n import LOCALES_DIR, load_locales, negotiate, parse_accept_language

TEMPLATES = Path(LOCALES_DIR).parent / "templates"


def test_both_locales_have_the_same_keys() -> None:
    fr, en = load_locales().values()
    assert set(fr.strings) == set(en.strings)
    assert fr("latest_title") == "Dernières Infos" and fr("search_label") == "Rechercher"


def test_every_key_used_by_a_template_exists() -> None:
    keys = set(load_locales()["fr"].strings)
    used = {m for path in TEMPLATES.glob("*.html")
            for m in re.findall(r"t\('([a-z_0-9]+)'(?!\s*~)", path.read_text("utf-8"))}
    assert used and used <= keys, used - keys


@pytest.mark.parametrize(("header", "expected"), [
    ("fr-CA,fr;q=0.9,en;q=0.8", ["fr", "fr", "en"]),
    ("en;q=0.2, de;q=0.9", ["de", "en"]),
    ("*;q=0, en;q=bad, fr", ["fr"]),
    ("", []),
])
def test_accept_language_parsing(header: str, expected: list[str]) -> None:
    assert parse_accept_language(header) == expected


def test_query_beats_cookie_beats_header_beats_default() -> None:
    assert negotiate(query="en", cookie="fr", accept="fr", default="fr") == "en"
    assert negotiate(query="xx", cookie="en", accept="fr", default="fr") == "en"
    assert negotiate(query=None, cookie=None, accept="de, en;q=0.5", default="fr") == "en"
    assert negotiate(query=None, cookie=None, accept="de", default="fr") == "fr"
    assert negotiate(query=None, cookie=None, accept=None, default="xx") == "fr"
