"""The two UI languages: same keys in both files, and how a request's language is chosen."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.web.i18n import LOCALES_DIR, load_locales, negotiate, parse_accept_language

TEMPLATES = Path(LOCALES_DIR).parent / "templates"


def test_both_locales_have_the_same_keys() -> None:
    fr, en = load_locales().values()
    assert set(fr.strings) == set(en.strings)
    assert fr("latest_title") == "Dernières Infos" and fr("search_label") == "Rechercher"


def test_every_key_used_by_a_template_exists() -> None:
    keys = set(load_locales()["fr"].strings)
    used = {m for path in TEMPLATES.glob("*.html")
            for m in re.findall(r"t(?:\.plural|\.form|\.ngettext)?\('([a-z_0-9]+)'(?!\s*~)",
                                path.read_text("utf-8"))}
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


# Words that are the same in both languages (names, codes, loan words).
SAME_IN_BOTH = {"nav_api", "source_kind_url", "mail_source", "sort_date",
                "facet_source", "sources_title", "article_source",
                "feed_json", "article_versions", "date_format", "colon", "lang_name",
                "story_sources", "sources_articles", "pagination", "enrich_label_ORG",
                "entities_kind_ORG", "entities_mentions",
                "nav_attention", "nav_sources", "attention_split_source", "sources_manage_title",
                "sources_col_name", "sources_col_actions", "sources_active", "sources_url",
                "feed_atom_short", "timeline_articles", "timeline_mentions",
                "entity_story_articles", "cli_version", "cli_saved_field_sources",
                "cli_saved_field_webhook",
                "article_author_role"}  # "{name} ({role})": the same punctuation


def test_no_untranslated_string() -> None:
    """Fails when a UI string of fr.json is still the English one (or missing), when a
    count is written "(s)" instead of plural forms, or when a template writes text that
    is not a message key."""
    fr, en = load_locales().values()
    for key, english in en.strings.items():
        french = fr.strings.get(key)
        assert french, f"{key}: no French"
        if key not in SAME_IN_BOTH and key != "lang_name":
            assert french != english, f"{key}: not translated ({english!r})"
    for translator in (fr, en):
        for key, text in translator.strings.items():
            forms = text.values() if isinstance(text, dict) else [text]
            assert not any("(s)" in f for f in forms), f"{translator.lang} {key}: use plurals"
            # a count ({n}) always has plural forms (newuser8 Q12: "1 nouveaux",
            # "0 indépendants"); another number is another field
            assert isinstance(text, dict) or "{n}" not in text, \
                f"{translator.lang} {key}: {{n}} is a count, give its plural forms"
    for path in TEMPLATES.glob("*.html"):
        html = path.read_text("utf-8")
        bare = re.sub(r"{[{%#].*?[}%#]}|<[^>]*>|&[a-z]+;|/[\w./]+|[·←→–—:,.()+]", " ", html,
                      flags=re.S)
        words = {w for w in bare.split() if w.isalpha()}
        assert words <= {"veille", "OpenAPI", "API"}, f"{path.name}: text {words}"


@pytest.mark.parametrize("message", [
    "no article with id 'abc'", "no story with id 'x'", "Not Found",
    "unbalanced quote: the phrase was closed at the end", "OR without a left side was ignored",
    "per_page must be between 1 and 100; used 100",
    "unknown field 'zz': searched as words (fields: title, source, lang, date, after, before)",
    "date:2019-13..x: not a date range like 2019-01-01..2019-02-01 (or 01/01/2019..01/02/2019)"
    "; nothing matches it",
    "date:32/11/2026: not a date (2019-01-15, 15/01/2019, 15.01.2019, 2019-01 or 2019); "
    "nothing matches it",
    "date:2026-12-01..2026-11-29: the range ends before it starts; read as "
    "date:2026-11-29..2026-12-01",
    "sort: Input should be 'relevance', 'date' or 'fresh'",
    "collapse: Input should be 'a' or 'b'",
    # newuser11 U17: 404s of saved searches, entities and places, the host refusal's hint.
    "no saved search '999'", "list them with `veille saved list`",
    # newuser12c W22, W24: a word common in one language only, a word too long to index.
    "sur: a common word in French, searched only in articles in other languages",
    "the: a common word in English, searched only in articles in other languages",
    "xxxxxxxx: longer than 40 characters, which is not indexed as a word (links or codes "
    "run together): search a part of it",
    "list them with /api/v1/entities or `veille entities`", "list them with /api/v1/places",
    "add this name to the allowed_hosts setting: allowed_hosts = \"news.example.org\" in "
    "veille.toml, or VEILLE_ALLOWED_HOSTS=news.example.org (see docs/web.md)",
])
def test_messages_of_the_code_are_translated(message: str) -> None:
    """Translated, and wholly: no English word left in the French (newuser7 P13 f: a
    choice of values kept its "or")."""
    fr = load_locales()["fr"]
    assert fr.message(message) != message
    left = re.findall(r"\b(?:or|and|should|must|not|ignored|Input)\b",
                      re.sub(r"'[^']*'", "", fr.message(message)))
    assert not left, (fr.message(message), left)
    assert load_locales()["en"].message(message) == message


def test_query_warnings_all_have_a_french_translation() -> None:
    from veille.index.query import parse_query

    fr = load_locales()["fr"]
    queries = ['"open', "a OR", "OR a", "NOT", "source:", "a )", "(a", "zz:b", "ab*",
               "date:2019-99", "after:bad", "a" + "\x01", "x AND AND y", "date:a..b",
               "date:2026-12-01..2026-11-29"]
    warned = [w for q in queries for w in parse_query(q).warnings]
    assert warned
    for warning in warned:
        assert fr.message(warning) != warning, warning


def test_plural_forms_follow_the_language() -> None:
    fr, en = load_locales().values()
    assert fr.plural("story_sources", 0) == "0 source"  # French: 0 is singular
    assert fr("saved_new", n=1) == "1 nouveau depuis votre dernière visite"  # newuser8 Q12
    assert fr("attention_independent_n", n=0) == "0 indépendant"
    assert en.plural("story_sources", 0) == "0 sources"
    assert fr.plural("sources_articles", 1234) == "1\u202f234 articles"
    assert en.plural("sources_articles", 1234) == "1,234 articles"


def test_error_page_and_api_errors_speak_the_language(client: httpx.Client) -> None:
    page = client.get("/articles/0000000000000000", params={"lang": "fr"})
    assert page.status_code == 404
    assert "aucun article n&#39;a l&#39;identifiant" in page.text
    assert "no article with id" not in page.text
    english = client.get("/articles/0000000000000000", params={"lang": "en"}).text
    assert "no article with id" in english
    api = client.get("/api/v1/articles/0000000000000000",
                     params={"lang": "fr"}).json()["error"]
    assert api["message"].startswith("no article with id")  # stable for programs
    assert api["localized_message"].startswith("aucun article n'a l'identifiant")
    warned = client.get("/search", params={"q": '"ouragan', "lang": "fr"}).text
    assert "uillemet non fermé" in warned or "indisponible" in warned  # a notice: "Guillemet…"


def test_an_id_of_the_wrong_form_is_an_unknown_id(client: httpx.Client) -> None:
    """t-reader21 R17: "/stories/😀" answered 422 with the id's regular expression; an id
    of the wrong form names nothing, like an id of the right form that is unknown."""
    for path, fr, en in (("/stories/%F0%9F%98%80", "aucune histoire n&#39;a l&#39;identifiant",
                          "no story with id"),
                         ("/articles/a%20b", "aucun article n&#39;a l&#39;identifiant",
                          "no article with id")):
        page = client.get(path, params={"lang": "fr"})
        assert page.status_code == 404, page.text
        assert fr in page.text and "A-Za-z0-9" not in page.text
        assert en in client.get(path, params={"lang": "en"}).text
    api = client.get("/api/v1/stories/%F0%9F%98%80", params={"lang": "fr"})
    assert api.status_code == 404
    assert api.json()["error"]["localized_message"].startswith("aucune histoire")


def test_entity_place_and_parameter_errors_speak_the_language(client: httpx.Client) -> None:
    """newuser4 N10: the entity and place 404s and pydantic's 422 details ("Input should be
    less than or equal to 200") were English in the French page and in the API's
    ``localized_message``; each problem of a request is translated, "; " between them."""
    fr = {"Accept-Language": "fr-FR,fr;q=0.9"}
    for path, says in (("/entities/nope", "aucune entité n&#39;a l&#39;identifiant"),
                       ("/places/xyz", "aucun lieu n&#39;a l&#39;identifiant")):
        page = client.get(path, headers=fr)
        assert page.status_code == 404 and says in page.text, page.text
        assert "no entity" not in page.text and "no place" not in page.text
    # the web's page past the API's bound is a page past the last (t-final36 B2), so the
    # translated bound is read where it is still an error: the API's human message
    page = client.get("/search", params={"q": "volcan", "page": 999999}, headers=fr)
    assert page.status_code == 200 and "Input should" not in page.text
    api = client.get("/api/v1/search", params={"q": "volcan", "page": 999999},
                     headers=fr).json()["error"]
    assert "page : la valeur doit être inférieure ou égale à 200" in api["localized_message"]
    api = client.get("/api/v1/latest", params={"limit": -5, "offset": -1},
                     headers=fr).json()["error"]
    assert api["message"].startswith("limit: Input should be")  # stable for programs
    assert api["localized_message"] == ("limit : la valeur doit être supérieure ou égale à 1"
                                        " ; offset : la valeur doit être supérieure ou égale"
                                        " à 0"), api
    api = client.get("/api/v1/search", params={"q": "x", "sort": "bogus"},
                     headers=fr).json()["error"]
    assert api["localized_message"] == ("sort : la valeur doit être 'relevance', 'date' ou "
                                        "'fresh'"), api


@given(st.lists(st.sampled_from(["page: Input should be less than or equal to 200",
                                 "limit: Field required", "q: Something new"]),
                min_size=1, max_size=4))
def test_joined_messages_are_translated_part_by_part(parts: list[str]) -> None:
    """Property: a joined message translates as its parts do, one for one."""
    fr = load_locales()["fr"]
    joined = fr.message("; ".join(parts))
    if len(parts) > 1 and any(fr.message(p) != p for p in parts):
        assert joined == " ; ".join(fr.message(p) for p in parts)
    assert load_locales()["en"].message("; ".join(parts)) == "; ".join(parts)


def test_shares_numbers_and_source_kinds_follow_the_language() -> None:
    # newuser11 U11, U13: "50.0 %", a chart axis "25.5" and "feed" in the French UI.
    from veille.collect.watch import KINDS
    from veille.web.chart import line_chart

    fr, en = load_locales().values()
    assert (fr.percent(0.5), en.percent(0.5)) == ("50,0\u00a0%", "50.0%")
    axis = line_chart(["a", "b"], [("x", [0.0, 51.0])], title="t", percent=False,
                      number=fr.number)
    assert ">25,5<" in axis and ">25.5<" not in axis
    shares = line_chart(["a", "b"], [("x", [0.0, 1.0])], title="t", percent=True,
                        share=fr.percent)
    assert "100,0\u00a0%" in shares
    for kind in KINDS:
        assert fr(f"source_kind_{kind}") != f"source_kind_{kind}"
    assert (fr("source_kind_feed"), en("source_kind_feed")) == ("flux", "feed")


def test_languages_are_named_in_the_pages_language(client: httpx.Client) -> None:
    """newuser15a W23: "Langue fr", a facet "fr 6, en 1", hits "· fr": bare codes."""
    fr, en = load_locales().values()
    assert (fr.language_name("fr"), fr.language_name("ar")) == ("français", "arabe")
    assert (en.language_name("fr"), en.language_name("en")) == ("French", "English")
    assert fr.language_name("xx") == "xx"  # a tag CLDR does not know stays as written
    found = client.get("/search", params={"q": "Obama", "lang": "fr"}).text
    facets = found[found.index('class="facets"'):]
    assert 'lang%3Afr&amp;lang=fr">français</a>' in facets
    assert '<span class="language">français</span>' in found
    english = client.get("/search", params={"q": "Obama", "lang": "en"}).text
    assert '<span class="language">French</span>' in english
