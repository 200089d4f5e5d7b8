"""Text captures of pages that list articles hold none (newuser11 T1): a section front's or
search results' teasers (headline, summary, date or author line, again and again) are
read as a listing, not stored as an article dated by the first teaser: since h-api66 it is
stored as a page of headlines, flagged not-prose, with no date of its own."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.extract.blocks import split_blocks
from veille.extract.capture_listing import teaser_runs
from veille.extract.text_capture import extract_text_capture
from veille.ingest import ingest_paths
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

NOW = datetime(2026, 12, 1, 16, 0, tzinfo=UTC)
MENU = "Le Courrier du Jura\nAccueil\nRégion\nSuisse\nMonde\nSports\nSe connecter\n"
FOOTER = "Mentions légales\nGestion des cookies\n© Le Courrier du Jura 2026\n"
STORIES = (
    ("Delémont : le marché de Noël ouvre ses portes jeudi",
     "Une soixantaine d'artisans ont installé leurs chalets sur la place de la Liberté."),
    ("Porrentruy : le lycée cantonal agrandi d'une aile neuve",
     "Les élèves prendront possession des nouvelles salles de sciences après Pâques."),
    ("Saignelégier : la halle du Marché-Concours sera rénovée",
     "Le Parlement a voté un crédit de douze millions de francs pour le chantier."),
    ("Moutier : la piscine couverte fermée pour deux semaines",
     "Une fuite dans le bassin principal oblige la commune à vider l'installation."),
    ("Bassecourt : un nouvel arrêt de bus devant l'usine horlogère",
     "La ligne régionale desservira le site toutes les demi-heures dès décembre."),
)
PROSE = ("Le Parlement jurassien a adopté mardi le budget de l'an prochain par quarante "
         "voix contre dix-neuf, après un débat de plus de six heures sur les économies "
         "demandées aux communes et sur la hausse des primes d'assurance maladie. ")


def front(meta: list[str]) -> str:
    """A section front: its name, then one teaser per story with the given meta lines."""
    cards = "".join(f"{head}\n{summary}\n{meta[i % len(meta)]}\n"
                    for i, (head, summary) in enumerate(STORIES))
    return f"{MENU}Région\nToute l'actualité du Jura et du Jura bernois\n{cards}" \
           f"Charger plus d'articles\n{FOOTER}"


@pytest.mark.parametrize("meta", [
    ["01.12.2026 à 14h05", "01.12.2026 à 12h40", "30.11.2026 à 18h12"],
    ["Il y a 12 min", "Il y a 2 heures", "Hier à 18h30"],
    ["Par Sophie Rérat", "Par Luc Vallat"],
    ["Sophie Rérat\n28 novembre 2026", "Luc Vallat\n21 novembre 2026"],
], ids=["dates", "relative", "bylines", "name-then-day"])
def test_a_section_front_capture_is_a_listing(meta: list[str]) -> None:
    result = extract_text_capture(front(meta), fetched_at=NOW)
    assert result.listing == len(STORIES)


def test_search_results_capture_is_a_listing() -> None:
    results = "".join(f"{head}\n{summary}\nAnne Dufour\n{20 - i} novembre 2026\n"
                      for i, (head, summary) in enumerate(STORIES[:3]))
    text = (f"{MENU}Recherche\nhalle\nRechercher\n38 résultats pour « halle »\n"
            f"Trier par : Pertinence | Date\n{results}Page suivante\n{FOOTER}")
    assert extract_text_capture(text, fetched_at=NOW).listing == 3


def test_two_teasers_or_one_story_repeated_are_no_listing() -> None:
    two = "".join(f"{h}\n{s}\n01.12.2026 à 14h05\n" for h, s in STORIES[:2])
    assert extract_text_capture(MENU + two + FOOTER, fetched_at=NOW).listing == 0
    head, summary = STORIES[0]
    same = f"{head}\n{summary}\n01.12.2026 à 14h05\n" * 3
    assert extract_text_capture(MENU + same + FOOTER, fetched_at=NOW).listing == 0


def test_an_article_followed_by_related_teasers_is_an_article() -> None:
    related = "".join(f"{h}\n{s}\n30.11.2026 à 18h12\n" for h, s in STORIES)
    text = (f"{MENU}Le budget jurassien adopté après six heures de débat\nPar Luc Vallat\n"
            f"01.12.2026 à 14h05\n{PROSE}\n{PROSE}\n{PROSE}\nDans la même rubrique\n"
            f"{related}{FOOTER}")
    result = extract_text_capture(text, fetched_at=NOW)
    assert result.listing == 0
    assert result.title == "Le budget jurassien adopté après six heures de débat"


def test_a_subheaded_article_is_an_article() -> None:
    # Subheading and paragraph pairs, as teasers without their meta line.
    sections = "".join(f"{head}\n{summary} {PROSE}\n" for head, summary in STORIES)
    text = f"{MENU}Le Jura en cinq chantiers\nPar Luc Vallat\n01.12.2026 à 14h05\n{sections}"
    result = extract_text_capture(text + FOOTER, fetched_at=NOW)
    assert result.listing == 0
    assert len(result.paragraphs) >= 4


def test_a_live_blog_is_no_listing() -> None:
    # A live blog prints each post under its time: time, title, text.
    posts = "".join(f"{14 - i}h{10 * i:02d}\n{head}\n{summary}\n"
                    for i, (head, summary) in enumerate(STORIES))
    text = f"{MENU}EN DIRECT. Le Jura sous la neige\nPar Luc Vallat\n{posts}{FOOTER}"
    assert extract_text_capture(text, fetched_at=NOW).listing == 0


def test_a_capture_declaring_an_article_is_no_listing() -> None:
    ld = '{"@context": "https://schema.org", "@type": "LiveBlogPosting"}\n'
    text = ld + front(["01.12.2026 à 14h05"])
    assert extract_text_capture(text, fetched_at=NOW).listing == 0


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["head", "sum", "date", "name", "prose"]), max_size=40))
def test_teaser_runs_hold_consecutive_cards(shape: list[str]) -> None:
    text = {"head": "Un titre sans point final ici", "sum": "Une phrase de résumé assez longue.",
            "date": "01.12.2026 à 14h05", "name": "Anne Dufour", "prose": PROSE * 2}
    blocks = [text[s] for s in shape]
    kinds = {"head": "other", "sum": "prose", "date": "dateline", "name": "label",
             "prose": "prose"}
    n_words = [len(b.split()) for b in blocks]
    for run in teaser_runs(blocks, [kinds[s] for s in shape], n_words):
        assert run
        for teaser, after in zip(run, run[1:], strict=False):
            assert after.head == teaser.end
        for teaser in run:
            assert shape[teaser.head] == "head" and shape[teaser.summary] == "sum"
            assert teaser.summary < teaser.end <= len(blocks)


def test_ingest_stores_a_listing_capture_flagged(tmp_path: Path, store: SQLiteStore,
                                                settings: Settings) -> None:
    # Changed on purpose by h-api66 (issue 14, h-copies65 item 1): a listing was refused;
    # it is now stored as a page of headlines, flagged not-prose (never enriched,
    # clustered or alerted, left out of default search), with no date of its own.
    (tmp_path / "front.txt").write_text(front(["01.12.2026 à 14h05"]), encoding="utf-8")
    article = (f"{MENU}Le budget jurassien adopté après six heures de débat\n"
               f"Par Luc Vallat\n01.12.2026 à 14h05\n{PROSE}\n{PROSE}\n{FOOTER}")
    (tmp_path / "article.txt").write_text(article, encoding="utf-8")
    summary = ingest_paths(store, [tmp_path], settings=settings)
    assert (summary.new, summary.failed) == (2, 0)
    fronts = [a for a in store.iter_articles()
              if a.content and a.content.evidence.get("not_prose")]
    assert len(fronts) == 1
    assert fronts[0].content is not None and fronts[0].content.published is None
    assert "page of headlines" in fronts[0].content.evidence["not_prose"]


def test_lines_that_end_sentences_are_not_read_as_wrapped() -> None:
    # Summaries of one width followed by a long first word (a date) look like a browser's
    # wrapping; but a browser breaks inside sentences, and these lines end theirs.
    parsed = split_blocks(front(["01.12.2026 à 14h05", "30.11.2026 à 18h12"]))
    assert parsed.shape == "lines"
    assert "01.12.2026 à 14h05" in parsed.items
