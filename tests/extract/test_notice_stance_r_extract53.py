# ruff: noqa: E501  (the captures hold paragraphs on one line, as pages do)
"""A sentence is a notice by where and how it stands, not by its words (r-extract53,
t-final52b A3/A5/A6): an article about subscribers, newsletters or rights keeps every
sentence; a sentence quoting a notice, and the paragraph after it, stay in the body; a
notice glued to an HTML paragraph is cut off it as in captures. Captures go through
``ingest_paths`` into a real SQLite store; HTML pages through ``extract_html``."""

from __future__ import annotations

from pathlib import Path

import pytest

from veille.extract import textshape as ts
from veille.extract.dropped_blocks import DROPPED_KEY
from veille.extract.html import extract_html
from veille.extract.notice_stance import stands_as_chrome
from veille.ingest import ingest_paths
from veille.record import Article
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore


def _ingested(store: SQLiteStore, settings: Settings, tmp_path: Path, text: str) -> Article:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "capture.txt").write_text(text, "utf-8")
    ingest_paths(store, [folder], settings=settings, source="presse.example")
    (article,) = list(store.iter_articles())
    assert article.content is not None
    return article


def _body(article: Article) -> str:
    assert article.content is not None
    return "\n".join(article.content.paragraphs)


SUBSCRIBERS = """L'Écho des Médias
Rechercher
Presse : « Le Courrier du Nord » passe les 90 000 abonnés numériques
Publié le 04/12/2026 à 10h15
Par Anne Laurent
Le quotidien lillois a annoncé jeudi avoir dépassé les 90 000 abonnés numériques, six mois plus tôt que prévu. Sa newsletter du soir compte à elle seule 200 000 inscrits.
La direction attribue ce succès à l'offre familiale. « Nos abonnés lisent surtout les pages locales », a précisé la directrice, Sophie Marchal. Inscrivez-vous, partagez, abonnez-vous : le slogan de la campagne publicitaire lancée en octobre a été affiché dans les gares.
Le journal vise 120 000 abonnés d'ici à la fin 2028.
"""


def test_an_article_about_subscribers_keeps_every_sentence(
        store: SQLiteStore, settings: Settings, tmp_path: Path) -> None:
    body = _body(_ingested(store, settings, tmp_path, SUBSCRIBERS))
    assert "six mois plus tôt que prévu" in body
    assert "le slogan de la campagne publicitaire" in body
    assert body.endswith("Le journal vise 120 000 abonnés d'ici à la fin 2028.")


SCAM = """Harbour Gazette
Search
Police warn of fake water bill refund emails
5 December 2026
Devon Police have warned residents about fake emails promising water bill refunds, after 200 people reported them.
The emails copy the water company's logo and ask for card details. Each one ends with the line: "Subscribe to our newsletter to receive your refund."
"No company will ever ask for your card details by email," said Sergeant Tom Reeve. Share this warning with older relatives, he added, because they are the main targets.
"""


def test_a_sentence_quoting_a_notice_and_the_next_paragraph_stay(
        store: SQLiteStore, settings: Settings, tmp_path: Path) -> None:
    article = _ingested(store, settings, tmp_path, SCAM)
    body = _body(article)
    assert '"Subscribe to our newsletter to receive your refund."' in body
    assert "said Sergeant Tom Reeve" in body
    assert body.endswith("because they are the main targets.")
    assert article.content is not None
    assert "outside" not in article.content.evidence.get(DROPPED_KEY, "")


RIGHTS = """La Revue des Images
Rechercher
Une affiche retirée après l'emprunt d'une photo d'agence
Publié le 03/12/2026 à 14h00
Par Luc Moreau
La région a retiré mercredi une affiche de sa campagne touristique, qui reprenait sans autorisation un cliché d'agence. L'image portait pourtant en petits caractères la mention © AFP.
La photographe, Inès Carvalho, a découvert l'affiche dans un train. « Sous chaque photo, j'écris : Reproduction interdite. Tous droits réservés. »
L'agence a indiqué qu'elle réclamerait des droits d'auteur à la région, qui a aussi retiré le slogan de la campagne.
"""


def test_a_quoted_rights_line_and_an_inline_credit_are_the_article_s(
        store: SQLiteStore, settings: Settings, tmp_path: Path) -> None:
    body = _body(_ingested(store, settings, tmp_path, RIGHTS))
    assert "la mention © AFP." in body
    assert "Reproduction interdite. Tous droits réservés. »" in body
    assert "réclamerait des droits d'auteur" in body


def test_true_notices_still_leave_the_body(
        store: SQLiteStore, settings: Settings, tmp_path: Path) -> None:
    text = ("Le Courrier des Vallées\nRechercher\n"
            "Annecy : la patinoire rouvre après six mois de travaux\n"
            "Publié le 02/12/2026 à 10h00\n"
            "La patinoire d'Annecy a rouvert lundi après six mois de travaux de rénovation, "
            "pour un coût de 2,1 millions d'euros.\n"
            "Les tarifs restent inchangés pour les habitants de l'agglomération cette saison.\n"
            "Abonnez-vous à notre newsletter pour recevoir chaque matin l'essentiel de "
            "l'actualité.\n© 2026 Le Courrier des Vallées. Tous droits réservés.\n")
    article = _ingested(store, settings, tmp_path, text)
    body = _body(article)
    assert "Les tarifs restent inchangés" in body
    assert "Abonnez-vous" not in body and "Tous droits réservés" not in body
    assert article.content is not None
    assert "Abonnez-vous à notre newsletter" in article.content.evidence[DROPPED_KEY]


@pytest.mark.parametrize(("text", "chrome"), [
    ("Abonnez-vous à notre newsletter pour recevoir chaque matin l'essentiel.", True),
    ("Sign up to our newsletter for the latest local news.", True),
    ("Le journal vise 300 000 abonnés d'ici à la fin 2028.", False),
    ("Die Zeitung will bis 2028 rund 30.000 Abonnenten erreichen.", False),
    ('Each one ends with the line: "Subscribe to our newsletter to get your refund."', False),
    ("Share this warning with older relatives, he added, because they are the targets.",
     False),
])
def test_a_notice_stands_as_chrome(text: str, chrome: bool) -> None:
    assert stands_as_chrome(text, ts.furniture_hits) is chrome


PAGE = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Nantes : le pont Anne-de-Bretagne fermé aux voitures - Ouest Atlantique</title>
<meta property="og:site_name" content="Ouest Atlantique">
</head><body><main><article>
<h1>Nantes : le pont Anne-de-Bretagne fermé aux voitures</h1>
<p>Le pont Anne-de-Bretagne sera fermé aux voitures pendant deux semaines à partir de lundi, a annoncé la métropole. Les bus passeront par le pont Haudaudine. Partager sur Facebook</p>
<p>« Ces travaux ne pouvaient plus attendre », a expliqué l'adjoint aux mobilités, Paul Girard. Les piétons pourront toujours traverser.</p>
<p>Le tramway 1 continuera de circuler normalement. Lire aussi : Nantes : le périphérique saturé après un accident</p>
</article></main></body></html>"""


def test_an_html_paragraph_loses_its_glued_notice_not_its_sentence() -> None:
    content = extract_html(PAGE, url="https://ouest-atlantique.example/a")
    body = "\n".join(content.paragraphs)
    assert "Les bus passeront par le pont Haudaudine." in body
    assert "Le tramway 1 continuera de circuler normalement." in body
    assert "Partager sur Facebook" not in body and "Lire aussi" not in body
    assert "Partager sur Facebook" not in (content.lead or "")
    dropped = content.evidence[DROPPED_KEY]
    assert "notice\tPartager sur Facebook" in dropped
    assert "Lire aussi : Nantes : le périphérique saturé" in dropped
