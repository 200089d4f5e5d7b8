"""A reprint is the same text about the same event (newuser9 R28).

Robot-written local news printed one template for ten towns ("Le conseil municipal de
{ville} a adopté … {N} millions d'euros"): each town's text was a `reprint of` another
town's, and the 80 articles were one story. The texts below are written for this test (the
tester's were generated the same way). Also checked here, the reprint relation itself: an
outlet's own headline, chrome, dateline and cut keep a copy a reprint, and so does a
corrected figure; at the same URL a corrected figure is a version.
"""

from __future__ import annotations

import json

from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

TOWNS = ["Rouen", "Tours", "Nice", "Lille", "Metz", "Dijon", "Nantes", "Bordeaux",
         "Toulouse", "Strasbourg"]


def budget(town: str, amount: int, rise: int) -> list[str]:
    return [f"Le conseil municipal de {town} a adopté lundi soir le budget primitif pour "
            f"2027, d'un montant de {amount} millions d'euros. L'opposition a voté contre, "
            f"dénonçant une hausse de la taxe foncière de {rise} %. Le maire a défendu "
            "« un budget responsable » devant une salle comble.",
            "Les investissements porteront sur les écoles, la rénovation thermique des "
            "bâtiments publics et les mobilités douces, selon le document présenté aux "
            "élus."]


def _record(url: str, title: str, paragraphs: list[str], source: str, day: int,
            minute: int = 0) -> bytes:
    return json.dumps({"url": url, "title": title, "source": source,
                       "published": f"2026-11-{day:02d}T10:{minute:02d}:00+01:00",
                       "text": "\n\n".join(paragraphs)}, ensure_ascii=False).encode()


def _ingest(store: SQLiteStore, *records: bytes) -> list[str]:
    lines = b"\n".join(records)
    return ingest_texts(store, [("batch.jsonl", lines)]).new_ids


def _dedup(store: SQLiteStore, article: str) -> tuple[str, str | None, str | None]:
    dedup = store.get(article).dedup
    assert dedup is not None
    return dedup.relation, dedup.duplicate_of, dedup.story_id


def test_another_towns_budget_is_no_reprint(store: SQLiteStore) -> None:
    """Regression (R28): "Nice … budget" was a `reprint of` "Rouen … budget" (0.79), the
    stored article read from the store by a later run."""
    [rouen] = _ingest(store, _record("https://a.example/1", "Rouen : le budget voté",
                                     budget("Rouen", 100, 1), "a.example", 10))
    [nice] = _ingest(store, _record("https://b.example/1", "Nice : le budget voté",
                                    budget("Nice", 102, 3), "b.example", 10, 5))
    relation, original, story = _dedup(store, nice)
    assert (relation, original) == ("", None)
    assert story != _dedup(store, rouen)[2]


def test_ten_towns_in_one_batch_are_ten_towns(store: SQLiteStore) -> None:
    """Regression (R28's shape): two sources, ten towns over ten days, in one batch (the
    candidates not stored yet): no link and no story across towns."""
    records = [_record(f"https://{site}.example/{n}", f"{town} : le conseil municipal vote le "
                       "budget", budget(town, 100 + n, 1 + n % 4), f"{site}.example",
                       10 + n % 10, n)
               for n, (site, town) in enumerate((site, town) for site in ("a", "b")
                                                for town in TOWNS)]
    ids = _ingest(store, *records)
    assert len(ids) == 20
    town_of = {i: store.get(i).content.title.split(" :")[0] for i in ids}  # type: ignore[union-attr]
    for article in ids:
        _relation, original, _story = _dedup(store, article)
        assert original is None or town_of[original] == town_of[article]
    for summary in store.stories(limit=100):
        members = store.story(summary.story_id)
        assert len({town_of[m.article_id] for m in members}) == 1


def test_an_outlets_copy_with_its_chrome_stays_a_reprint(store: SQLiteStore) -> None:
    """Its own headline, a dateline, share buttons, a byline, a sentence cut."""
    [rouen] = _ingest(store, _record("https://agence.example/1", "Rouen : le budget voté",
                                     budget("Rouen", 100, 1), "agence.example", 10))
    first, second = budget("Rouen", 100, 1)
    body = ["Partager sur Facebook", "ROUEN (AFP) - " + first.rsplit(" Le maire", 1)[0],
            second, "Par la rédaction avec AFP"]
    [copy] = _ingest(store, _record("https://journal.example/9", "Le budget de Rouen adopté",
                                    body, "journal.example", 10, 30))
    relation, original, story = _dedup(store, copy)
    assert (relation, original) == ("reprint", rouen)
    assert story == _dedup(store, rouen)[2]


def test_a_corrected_figure_stays_a_reprint(store: SQLiteStore) -> None:
    """Another outlet runs the dispatch's later version, the amount corrected: the same
    text about the same event (one figure differs, no name)."""
    [rouen] = _ingest(store, _record("https://agence.example/1", "Rouen : le budget voté",
                                     budget("Rouen", 100, 1), "agence.example", 10))
    [copy] = _ingest(store, _record("https://journal.example/9", "Rouen vote son budget",
                                    budget("Rouen", 110, 1), "journal.example", 10, 40))
    assert _dedup(store, copy)[:2] == ("reprint", rouen)


def test_a_corrected_figure_at_the_same_url_is_a_version(store: SQLiteStore) -> None:
    """One dispatch by one source, updated at its URL: a version, not a new article."""
    [rouen] = _ingest(store, _record("https://agence.example/1", "Rouen : le budget voté",
                                     budget("Rouen", 100, 1), "agence.example", 10))
    summary = ingest_texts(store, [("v2.jsonl", _record(
        "https://agence.example/1", "Rouen : le budget voté", budget("Rouen", 110, 2),
        "agence.example", 10))])
    assert (summary.new, summary.versions) == (0, 1)
    assert len(store.versions(rouen)) == 1


def test_one_sites_template_for_two_towns_is_no_republication(store: SQLiteStore) -> None:
    """The same source's text for another town and amount is no republication either."""
    _ingest(store, _record("https://a.example/1", "Rouen : le budget voté",
                           budget("Rouen", 100, 1), "a.example", 10))
    [tours] = _ingest(store, _record("https://a.example/2", "Tours : le budget voté",
                                     budget("Tours", 101, 2), "a.example", 10, 1))
    assert _dedup(store, tours)[:2] == ("", None)
