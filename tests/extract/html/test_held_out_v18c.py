"""Finding V2 of verify18b (an <h1> that is a kicker, the headline printed under it), on
pages written here: other outlets, other words, the same shapes."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from veille.extract.html import extract_html

NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
TITLE = "Tempête : la digue de Saint-Malo endommagée par une vague de six mètres"
CHAPO = ("Les services techniques ont relevé plusieurs brèches dans le parapet après la "
         "marée de la nuit. La promenade restera fermée jusqu'à lundi.")
TEXT = ["La vague a frappé la digue vers 2 heures du matin, au plus fort de la marée, "
        "selon la capitainerie du port.",
        "Des blocs de granit ont été arrachés sur une trentaine de mètres, sans faire de "
        "blessé parmi les rares passants.",
        "La mairie chiffre les réparations à plus d'un million d'euros."]


def page(kicker: str, headline: str, head: str) -> str:
    return ("<html lang='fr'><head><meta charset='utf-8'>"
            f"<title>{TITLE} | L'Écho d'Émeraude</title>{head}"
            "<meta property='article:published_time' content='2026-12-02T06:30:00+01:00'>"
            "</head><body><main><article>"
            f"<h1>{kicker}</h1>{headline}<p class='chapo'>{CHAPO}</p>"
            + "".join(f"<p>{t}</p>" for t in TEXT) + "</article></main></body></html>")


def test_a_headline_div_under_a_kicker_h1_is_neither_lead_nor_body() -> None:
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                     "headline": TITLE})
    html = page("Intempéries", f"<div class='titre'>{TITLE}</div>",
                f"<script type='application/ld+json'>{ld}</script>")
    result = extract_html(html, url="https://www.echo-emeraude.fr/a/digue", fetched_at=NOW)
    assert result.title == TITLE
    assert result.lead == CHAPO
    assert result.paragraphs[0] == CHAPO
    assert TITLE not in result.paragraphs


def test_a_headline_h2_under_a_kicker_h1_is_neither_lead_nor_body() -> None:
    html = page("En images", f"<h2 class='titre'>{TITLE}</h2>",
                f"<meta property='og:title' content='{TITLE}'>")
    result = extract_html(html, url="https://www.echo-emeraude.fr/a/digue", fetched_at=NOW)
    assert result.title == TITLE
    assert result.lead == CHAPO
    assert TITLE not in result.paragraphs
