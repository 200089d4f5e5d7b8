"""A linked story in another language is said with its own counts, its first outlet as the
first (t-final61, "missing or confusing"; issue #14).

"also in other languages: French (Libération, 3 articles)" named the linked story's first
outlet beside the story's count, as if Libération had written the 3 (it wrote 1). The
line, the story page (fr and en) and the API now say "3 articles from 2 outlets, the first
by …"; the API's link carries ``sources``. Real store, enrichment, CLI and web app.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from starlette.testclient import TestClient

from other_languages_kit import PAGES
from other_languages_kit import page_bytes as _page
from veille.cli.main import cli
from veille.service import Veille
from veille.settings import Settings
from veille.web import create_app

# two more French articles on the rail strike by a second outlet, after the first
MORE_FR = [
    ("Grève SNCF : un TGV sur deux mardi, le ministre Aurélien Castagne appelle au dialogue",
     "La SNCF prévoit un TGV sur deux mardi en raison d'une grève de quatre syndicats de "
     "cheminots. « La grève ne doit pas devenir la règle », a déclaré le ministre des "
     "Transports, Aurélien Castagne. Les syndicats réclament une hausse de 6 % des salaires, "
     "la direction propose 2,1 %. Une réunion est prévue le 6 novembre au ministère, selon "
     "Maëlle Ondine, de SUD-Rail Express.", "2026-11-02T19:40:00+01:00",
     "https://rail-hebdo.example/greve-tgv"),
    ("Grève SNCF : Aurélien Castagne reçoit les syndicats le 6 novembre",
     "Le ministre des Transports, Aurélien Castagne, recevra les quatre syndicats de "
     "cheminots le 6 novembre, après la grève qui privera mardi la SNCF d'un TGV sur deux. "
     "Les syndicats réclament une hausse de 6 % des salaires ; la direction propose 2,1 %, "
     "a rappelé Maëlle Ondine, de SUD-Rail Express.", "2026-11-02T21:05:00+01:00",
     "https://rail-hebdo.example/greve-reunion"),
]


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("other-language-counts") / "data"
    with Veille(Settings(data_dir=root)) as v:
        for lang in ("fr", "it"):
            v.ingest_bytes([(f"{lang}.html", _page(lang, *PAGES[lang]))])
        for n, page in enumerate(MORE_FR):
            v.ingest_bytes([(f"fr{n}.html", _page("fr", *page))])
        v.enrich()
    return root


def _italian(data: Path) -> dict:
    out = CliRunner().invoke(cli, ["--data-dir", str(data), "stories", "--json"])
    assert out.exit_code == 0, out.output
    stories = json.loads(out.stdout)
    return next(s for s in stories if any(i["url"] == PAGES["it"][3] for i in s["items"]))


def _french_link(italian: dict) -> dict:
    return next(x for x in italian["other_languages"] if x["language"] == "fr")


def test_the_french_story_is_three_articles_by_two_outlets(data: Path) -> None:
    french = _french_link(_italian(data))
    assert (french["articles"], french["sources"]) == (3, 2), french
    assert french["first_outlet"] == "ouest-gazette.example", french


@pytest.mark.parametrize(("lang", "said", "wrong"), [
    ("en", "French (3 articles from 2 outlets, the first by ouest-gazette.example)",
     "ouest-gazette.example, 3 articles"),
    ("fr", "français (3 articles de 2 sources, le premier publié par ouest-gazette.example)",
     "ouest-gazette.example, 3 articles")])
def test_cli_line_gives_the_story_its_counts(data: Path, lang: str, said: str,
                                             wrong: str) -> None:
    italian = _italian(data)
    out = CliRunner().invoke(cli, ["--data-dir", str(data), "stories", italian["id"]],
                             env={"LANGUAGE": lang, "LC_ALL": "", "LANG": ""})
    assert out.exit_code == 0, out.output
    assert said in out.output, out.output
    assert wrong not in out.output, out.output


def test_story_page_and_api_say_it_in_french_and_english(data: Path) -> None:
    italian = _italian(data)
    with TestClient(create_app(Settings(data_dir=data)), base_url="http://127.0.0.1") as client:
        pages = {lang: client.get(f"/stories/{italian['id']}?lang={lang}").text
                 for lang in ("fr", "en")}
        api = client.get(f"/api/v1/stories/{italian['id']}").json()
    assert "3 articles from 2 outlets</span>, <span class=\"first\"" in pages["en"]
    assert "the first by ouest-gazette.example" in pages["en"], pages["en"]
    assert "3 articles de 2 sources</span>, <span class=\"first\"" in pages["fr"]
    assert "le premier publié par ouest-gazette.example" in pages["fr"], pages["fr"]
    french = next(x for x in api["other_languages"] if x["language"] == "fr")
    assert (french["articles"], french["sources"], french["first_outlet"]) == \
        (3, 2, "ouest-gazette.example"), french


@pytest.mark.parametrize(("lang", "link", "said"), [
    ("en", {"articles": 1, "sources": 1}, "1 article, by El Diario"),
    ("fr", {"articles": 1, "sources": 1}, "1 article, par El Diario"),
    # El País and an unsourced copy: one outlet, but not both articles "by" it (t-final61)
    ("en", {"articles": 2, "sources": 1}, "2 articles, the first by El Diario"),
    ("fr", {"articles": 2, "sources": 1}, "2 articles, le premier publié par El Diario"),
    ("en", {"articles": 3, "sources": 0}, "3 articles"),
    ("fr", {"articles": 1200, "sources": 14},
     "1\u202f200 articles de 14 sources, le premier publié par El Diario")])
def test_link_words(lang: str, link: dict, said: str) -> None:
    from veille.cli.render import ui_strings

    say = ui_strings(lang)
    first = say.other_language_first("El Diario" if link["sources"] else "",
                                     link["articles"])
    assert f"{say.other_language_counts(link)}{', ' + first if first else ''}" == said
