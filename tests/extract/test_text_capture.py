"""Text captures give exactly their expected articles: the seed, and the fixture set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.extract import textshape as ts
from veille.extract.stage import TEXT, ExtractStage
from veille.extract.text_capture import extract_text_capture
from veille.record import Article, RawInput

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
CAPTURES = sorted((FIXTURES / "captures").glob("*.txt"))

SEED_TITLE = ("Washington va réunir la coalition antijihadistes après l'annonce du retrait "
              "de Syrie")


def test_seed_gives_exactly_the_article() -> None:
    text = (FIXTURES / "seed" / "000_b76170f1117bfb89.txt").read_text("utf-8")
    result = extract_text_capture(text)
    assert result.title == SEED_TITLE
    assert len(result.paragraphs) == 6
    assert result.paragraphs[0].startswith("Les Etats-Unis vont accueillir le 6 février")
    assert result.paragraphs[1].startswith("Les 79 membres (75 pays")
    assert result.paragraphs[-1].startswith('"Les Etats-Unis sont déterminés')
    assert not any("Rechercher" in p or "Dernières Infos" in p for p in result.paragraphs)
    assert not any(p.endswith("...") for p in result.paragraphs)
    assert result.language == "fr"


def test_fixture_set_is_large_and_varied() -> None:
    expected = [json.loads(p.with_suffix(".expected.json").read_text("utf-8")) for p in CAPTURES]
    assert len(expected) >= 20
    assert {e["language"] for e in expected} >= {"fr", "en"}
    assert {e["shape"] for e in expected} >= {"lines", "flat", "script"}


@pytest.mark.parametrize("path", CAPTURES, ids=[p.stem for p in CAPTURES])
def test_capture_gives_expected_article(path: Path) -> None:
    expected = json.loads(path.with_suffix(".expected.json").read_text("utf-8"))
    result = extract_text_capture(path.read_text("utf-8"))
    assert result.title == expected["title"]
    assert result.lead == expected.get("lead", "")
    assert result.paragraphs == expected["paragraphs"]
    assert result.language == expected["language"]
    # A page says the article goes on for subscribers; an invitation to subscribe to a
    # newsletter after a complete article does not (new-user report nu1, F19).
    assert result.truncated is expected.get("truncated", False)


def test_whole_page_fixtures_cover_both_languages_and_the_flat_shape() -> None:
    whole = [json.loads(p.with_suffix(".expected.json").read_text("utf-8"))
             for p in CAPTURES if "_whole_" in p.stem]
    assert {e["language"] for e in whole} == {"fr", "en"}
    assert {e["shape"] for e in whole} == {"lines", "flat"}
    assert any(e["lead"] for e in whole) and any(not e["lead"] for e in whole)


# --- Bug case 18 (../shared/bugs/2026-11-30/18-relative-dates, copied into tests/fixtures/bugs)

BUG18 = FIXTURES / "bugs" / "18-relative-dates"
BUG18_TITLE = "Incendie dans un entrepôt : le feu est maîtrisé"


@pytest.mark.parametrize("name", ["capture-hier.txt", "control-absolute.txt"])
def test_bug18_relative_dateline_is_not_the_headline(name: str) -> None:
    result = extract_text_capture((BUG18 / name).read_text("utf-8"))
    assert result.title == BUG18_TITLE
    assert result.authors == ["Laura Bénichou"]
    assert len(result.paragraphs) == 4
    assert not any("Publié" in p for p in result.paragraphs)


# --- Head matter never wins the headline, in either language, in any position


def _page(*blocks: str) -> str:
    return "\n\n".join(blocks)


_FR_BODY = (
    "Le conseil municipal de Rennes a adopté lundi soir un plan de rénovation des écoles de "
    "la ville, d'un montant de 40 millions d'euros sur cinq ans.",
    "Les travaux commenceront dès l'été prochain dans six écoles du centre, selon la mairie, "
    "qui promet de réduire de moitié leur consommation d'énergie.",
)
_EN_BODY = (
    "The city council of Leeds approved on Monday a plan to renovate the city's schools, "
    "worth 40 million pounds over five years.",
    "Work will start next summer in six schools in the centre, the council said, promising "
    "to halve their energy use.",
)
_FR_TITLE = "Rennes adopte un plan de rénovation des écoles"
_EN_TITLE = "Leeds approves a plan to renovate its schools"


_FR_HEAD_MATTER = [
    "Pour ajouter l'article à vos sélections identifiez-vous",
    "Vous pouvez lire Le Quotidien sur un seul appareil à la fois",
    "Le Monde avec AFP",
    "Publié hier à 18h30, mis à jour il y a 2 heures",
    "Accueil > Société > Éducation",
    "Éducation",
]
_EN_HEAD_MATTER = [
    "Sign in to save this article",
    "You can read The Courier on one device at a time",
    "The Courier with AFP",
    "Staff and AP",
    "Updated 2 hours ago",
    "Home > News > Education",
]
_CASES = [("fr", h) for h in _FR_HEAD_MATTER] + [("en", h) for h in _EN_HEAD_MATTER]


@pytest.mark.parametrize("language, head_matter", _CASES)
@pytest.mark.parametrize("where", ["above", "below"])
def test_head_matter_never_wins(language: str, head_matter: str, where: str) -> None:
    title, body, top = ((_FR_TITLE, _FR_BODY, ("Se connecter", "S'abonner")) if language == "fr"
                        else (_EN_TITLE, _EN_BODY, ("Sign in", "Subscribe")))
    head = [head_matter, title] if where == "above" else [title, head_matter]
    result = extract_text_capture(_page(*top, *head, *body))
    assert result.title == title
    assert result.paragraphs == list(body)


def test_headline_is_the_line_the_body_is_about_not_the_nearest_or_longest() -> None:
    teaser = "Canicule : les piscines municipales ouvriront plus tard ce soir dans toute la ville"
    text = _page("Politique", _FR_TITLE, "Par Marie Dupont", "Les plus lus :", teaser,
                 "Publicité", *_FR_BODY)
    assert extract_text_capture(text).title == _FR_TITLE


@pytest.mark.parametrize("text, kind", [
    ("Publié hier à 18h30, mis à jour il y a 2 heures", "dateline"),
    ("Publié aujourd'hui à 9h12", "dateline"),
    ("Updated 3 hours ago", "dateline"),
    ("Le Monde avec AFP", "byline"),
    ("The Courier with Reuters", "byline"),
])
def test_datelines_and_agency_bylines_are_recognised(text: str, kind: str) -> None:
    assert (ts.is_dateline(text), ts.is_byline(text)) == (kind == "dateline", kind == "byline")


@pytest.mark.parametrize("text", [
    "Il y a deux heures, le feu a repris dans l'entrepôt, selon les pompiers.",
    "Publié en 1998, ce roman a été traduit dans trente langues.",
    "Le Monde",
])
def test_sentences_and_names_are_not_datelines_or_bylines(text: str) -> None:
    assert not ts.is_dateline(text) and not ts.is_byline(text)


def test_standfirst_is_the_lead_and_not_a_paragraph() -> None:
    standfirst = ("Le plan, voté à une large majorité, doit réduire de moitié la consommation "
                  "d'énergie des écoles de la ville d'ici à 2030.")
    text = _page(_FR_TITLE, standfirst, "Par Marie Dupont", "Publié le 12/03/2024 à 14h05",
                 "Partager", "Partager sur Facebook", "Copier le lien", *_FR_BODY)
    result = extract_text_capture(text)
    assert result.title == _FR_TITLE
    assert result.lead == standfirst
    assert result.paragraphs == list(_FR_BODY)
    article = ExtractStage()(Article(raw=RawInput(text.encode(), "page.txt", TEXT)))
    assert article.content.lead == standfirst
    assert standfirst not in article.content.paragraphs


def test_a_teaser_or_a_promo_is_not_a_standfirst() -> None:
    teaser = _FR_BODY[0][:90] + "..."
    promo = ("Recevez chaque matin notre newsletter et abonnez-vous pour lire tous nos "
             "articles sur les écoles de la ville.")
    for block in (teaser, promo):
        text = _page(_FR_TITLE, block, "Par Marie Dupont", "Partager", "Copier le lien",
                     *_FR_BODY)
        assert extract_text_capture(text).lead == ""


def test_without_a_standfirst_the_record_lead_is_the_first_paragraph() -> None:
    text = _page(_FR_TITLE, "Par Marie Dupont", *_FR_BODY)
    article = ExtractStage()(Article(raw=RawInput(text.encode(), "page.txt", TEXT)))
    assert article.content.lead == _FR_BODY[0]
