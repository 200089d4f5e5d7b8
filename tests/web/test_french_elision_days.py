"""French elision in filled messages, and the day facet in the page's language (t-reader19
R14: "Page de Isère", "Page de Agence France-Presse", "Page de États-Unis"; the day facet's
links and meters read "2026-12-01" in both languages)."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_undated_reachable import data  # noqa: F401
from web_kit import serve

from veille.web.i18n import FRENCH_VOWELS, load_locales

LOCALES = load_locales()


@pytest.mark.parametrize(("name", "said"), [
    ("Isère", "Page d'Isère"), ("Agence France-Presse", "Page d'Agence France-Presse"),
    ("États-Unis", "Page d'États-Unis"), ("Lyon", "Page de Lyon"),
    ("Hollande", "Page de Hollande"), ("Yémen", "Page de Yémen"), ("11e", "Page de 11e")])
def test_de_is_elided_before_a_vowel(name: str, said: str) -> None:
    assert LOCALES["fr"]("facet_page_of", name=name) == said


def test_que_is_elided_and_english_is_left_alone() -> None:
    assert LOCALES["fr"]("login_as", name="Alice") == "Connecté en tant qu'Alice."
    assert LOCALES["en"]("facet_page_of", name="Isère") == "Page of Isère"


@given(st.text(min_size=1, max_size=20))
def test_elision_never_loses_the_name(name: str) -> None:
    text = LOCALES["fr"]("facet_page_of", name=name)
    said = ("Page d'" if name[0] in FRENCH_VOWELS else "Page de ")
    # a right-to-left name comes isolated (FSI … PDI: h-web67, t-final67 R3)
    assert text in (said + name, said + "\u2068" + name + "\u2069")


@pytest.fixture(scope="module")
def http(data: Path) -> Iterator[httpx.Client]:  # noqa: F811
    with serve(data) as live, httpx.Client(base_url=live.url, timeout=60) as client:
        yield client


@pytest.mark.parametrize(("lang", "day", "label"), [("fr", "1er nov. 2026", "1er nov. 2026 :"),
                                                    ("en", "Nov 1, 2026", "Nov 1, 2026:")])
def test_the_day_facet_is_in_the_pages_language(http: httpx.Client, lang: str, day: str,
                                                label: str) -> None:
    page = http.get("/search", params={"q": "", "lang": lang}).text
    links = [html.unescape(re.sub(r"<[^>]+>", "", text)) for text in
             re.findall(r'<a class="day"[^>]*>(.*?)</a>', page, re.S)]
    meters = [html.unescape(a) for a in re.findall(r'<meter [^>]*aria-label="([^"]+)"', page)]
    assert links and all(not re.search(r"\d{4}-\d\d-\d\d", t) for t in [*links, *meters])
    assert day in links
    assert any(m.startswith(label) for m in meters)
