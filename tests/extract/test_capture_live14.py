"""Live blogs ("EN DIRECT"): each post keeps its time at the head of its paragraph, post
times never become the article's dates, and a page whose only date is a day is published at
its earliest post (s-capt14; texts of our own)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from veille.extract.live_entries import join_entries
from veille.extract.text_capture import extract_text_capture

PARIS = ZoneInfo("Europe/Paris")
FETCHED = datetime(2026, 12, 1, 13, tzinfo=UTC)
HEADLINE = "EN DIRECT - Crue de la Garonne : l'alerte rouge levée en fin de matinée à Agen"
POSTS = [
    ("12h05", "L'alerte levée",
     "La préfecture de Lot-et-Garonne a levé l'alerte rouge à midi, le fleuve ayant "
     "commencé sa décrue plus tôt que prévu par les services de Vigicrues."),
    ("10h40", "",
     "Les pompiers ont évacué une quinzaine d'habitants du quartier du Passage, où l'eau "
     "a atteint les rez-de-chaussée dans la nuit."),
    ("08h12", "Bienvenue",
     "Bonjour et bienvenue dans ce direct consacré à la crue de la Garonne, qui a atteint "
     "cette nuit son plus haut niveau depuis 2021."),
]


def _lines(dateline: list[str]) -> list[str]:
    lines = ["Le Petit Agenais", "EN DIRECT", HEADLINE, *dateline]
    for stamp, title, text in POSTS:
        lines += [stamp, *([title] if title else []), text]
    return [*lines, "Voir plus", "Les plus lus"]


def _expected() -> list[str]:
    return [" — ".join(part for part in post if part) for post in POSTS]


def test_each_post_keeps_its_time_and_the_page_keeps_its_date() -> None:
    text = "\n".join(_lines(["Par Lucas Ferrier", "Publié le 01/12/2026 à 07h55",
                             "Mis à jour le 01/12/2026 à 12h06"]))
    result = extract_text_capture(text, fetched_at=FETCHED)
    assert result.paragraphs == _expected()
    assert result.published == datetime(2026, 12, 1, 7, 55, tzinfo=PARIS)
    assert result.updated == datetime(2026, 12, 1, 12, 6, tzinfo=PARIS)


def test_a_page_dated_by_its_day_only_is_published_at_its_earliest_post() -> None:
    text = "\n".join(_lines(["Mardi 1 décembre 2026"]))
    result = extract_text_capture(text, fetched_at=FETCHED)
    assert result.paragraphs == _expected()
    assert result.published == datetime(2026, 12, 1, 8, 12, tzinfo=PARIS)
    assert result.published_has_time
    assert "earliest live entry" in result.evidence["published"]


def test_without_a_day_no_post_time_dates_the_page() -> None:
    result = extract_text_capture("\n".join(_lines([])), fetched_at=FETCHED)
    assert result.paragraphs == _expected()
    assert result.published is None


def test_a_ticker_of_times_and_headlines_is_not_joined() -> None:
    blocks = ["Dernières infos", "12:04", "Agen : la crue reflue", "11:50",
              "Bordeaux : le tram à l'arrêt", "11:32", "Pau : un incendie maîtrisé"]
    assert join_entries(blocks).blocks == blocks


def test_cards_stamped_under_them_are_no_live_blog() -> None:
    # A section front: headline, summary, then its stamp, card after card.
    blocks = []
    for stamp, title, text in POSTS:
        blocks += [title or "Agen : les quais rouverts", text, stamp]
    blocks.append("Charger plus d'articles")
    assert join_entries(blocks).blocks == blocks
