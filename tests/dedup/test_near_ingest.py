"""Near duplicates at ingest into a real SQLite store: the seed's teaser, reprints of one
dispatch in other outlets' chrome, an updated page at the same URL that becomes a version,
and the same site's near copy at another URL that stays another article (a republication)."""

from __future__ import annotations

import itertools
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from dispatch_kit import SEED, body_paragraphs, capture, outlet_page, seed_text
from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore
from veille.web.queries import _story_model


def test_the_seeds_teaser_is_a_duplicate_of_the_seed(store: SQLiteStore) -> None:
    first = ingest_texts(store, [("seed.txt", SEED.read_bytes())], source="seed.example")
    [seed_id] = first.new_ids
    teaser = seed_text().rstrip().split("\n\n")[-1]
    assert teaser.endswith("...") and len(teaser) < 600
    second = ingest_texts(store, [("teaser.txt", teaser.encode())], source="other.example")
    [teaser_id] = second.new_ids
    stored = store.get(teaser_id)
    assert stored.dedup is not None
    assert (stored.dedup.relation, stored.dedup.duplicate_of) == ("teaser", seed_id)
    assert [(lk.other_id, lk.relation) for lk in store.links(seed_id)] == [(teaser_id, "teaser")]
    [summary] = store.stories(limit=5, min_articles=2)
    story = _story_model(store, summary)
    assert (story.reprints, story.teasers, story.republications) == (0, 1, 0)  # no reprint


def test_reprints_in_other_chrome_are_linked_to_the_first(store: SQLiteStore) -> None:
    paras = body_paragraphs()
    chromes = [(["Accueil", "Monde"], ["Partager", "Lire aussi"]),
               (["Le Journal du Soir", "Abonnez-vous"], ["Tous droits réservés"]),
               (["Menu", "Rechercher", "International"], ["Publicité", "Réagir"])]
    titles = ["Washington réunit la coalition contre l'EI",
              "Coalition antijihadiste : réunion à Washington le 6 février",
              "Syrie : les alliés convoqués à Washington"]
    ids = []
    for n, ((top, bottom), title) in enumerate(zip(chromes, titles, strict=True)):
        body = {0: paras, 1: [f"WASHINGTON (AFP) - {paras[0]}", *paras[1:]],
                2: paras[:-1]}[n]
        summary = ingest_texts(store, [(f"r{n}.txt", capture(title, body, top=top,
                                                             bottom=bottom))],
                               source=f"outlet{n}.example")
        assert summary.new == 1
        ids.extend(summary.new_ids)
    for later in ids[1:]:
        dedup = store.get(later).dedup
        assert dedup is not None and dedup.relation == "reprint" and dedup.duplicate_of == ids[0]


def test_an_exact_copy_elsewhere_is_a_reprint_and_the_same_text_again_a_link(
        store: SQLiteStore) -> None:
    """Another outlet's verbatim copy is its own article (newuser6 M14); the same source's
    text captured again (no URL of its own) is the same input: a link with its source."""
    paras = body_paragraphs()
    first = ingest_texts(store, [("a.txt", capture("Titre A", paras, top=["Menu"], bottom=[]))],
                         source="a.example")
    second = ingest_texts(store, [("b.txt", capture("Titre B", paras, top=["Accueil"],
                                                    bottom=["Partager"]))],
                          source="b.example")
    assert (second.new, second.duplicate) == (1, 0)
    copy = store.get(second.new_ids[0]).dedup
    assert copy is not None
    assert (copy.relation, copy.duplicate_of, copy.similarity) == (
        "reprint", first.new_ids[0], 1.0)
    third = ingest_texts(store, [("a2.txt", capture("Titre A", paras, top=["Rubriques"],
                                                    bottom=[]))],
                         source="a.example")
    assert (third.new, third.duplicate) == (0, 1)
    exact = [lk for lk in store.links(first.new_ids[0]) if lk.relation == "exact"]
    assert [(lk.source, lk.origin) for lk in exact] == [("a.example", "a2.txt")]


def _updated(paras: list[str]) -> list[str]:
    updated = ["Les ministres de la coalition se retrouveront finalement le 6 février à "
               "Washington, a confirmé mercredi le département d'Etat américain.",
               *paras[1:]]
    updated[2] = updated[2].replace("a-t-il ajouté", "a précisé le porte-parole")
    return updated


def test_a_near_copy_at_another_place_of_the_same_site_is_a_republication(
        store: SQLiteStore) -> None:
    """Issue #10: a page of the same site elsewhere, new headline and 4 of 5 paragraphs,
    used to become a version and take over the first one's title, URL and times. Another
    URL is another article: both keep their own, linked as a republication."""
    paras = body_paragraphs()
    first = ingest_texts(store, [("v1.txt", capture("Coalition : réunion à Washington", paras,
                                                    top=["Accueil"], bottom=["Partager"]))],
                         source="wire.example")
    [article_id] = first.new_ids
    second = ingest_texts(store, [("v2.txt", capture("Coalition : la réunion confirmée",
                                                     _updated(paras)[:-1], top=["Accueil"],
                                                     bottom=["Partager"]))],
                          source="wire.example")
    assert (second.new, second.versions) == (1, 0)
    [other_id] = second.new_ids
    kept, other = store.get(article_id), store.get(other_id)
    assert kept.content is not None and other.content is not None
    assert kept.content.title == "Coalition : réunion à Washington"
    assert other.content.title == "Coalition : la réunion confirmée"
    assert other.dedup is not None
    assert (other.dedup.relation, other.dedup.duplicate_of) == ("republication", article_id)
    assert store.versions(article_id) == []
    assert [(lk.other_id, lk.relation) for lk in store.links(article_id)] == [
        (other_id, "republication")]
    # The story counts the site's own text again as no reprint (a story's "reprints"
    # counted every copy: teasers and republications too).
    third = ingest_texts(store, [("r.txt", capture("Coalition : réunion à Washington", paras,
                                                   top=["Le Journal"], bottom=["Abonnez-vous"]))],
                         source="journal.example")
    [reprint_id] = third.new_ids
    assert store.get(reprint_id).dedup.relation == "reprint"  # type: ignore[union-attr]
    [summary] = store.stories(limit=5, min_articles=2)
    story = _story_model(store, summary)
    assert (story.reprints, story.republications, story.teasers) == (1, 1, 0)
    assert {item.id: item.relation for item in story.items} == {
        article_id: "", other_id: "republication", reprint_id: "reprint"}


def test_an_updated_page_at_the_same_url_becomes_a_version(store: SQLiteStore) -> None:
    paras = body_paragraphs()

    def record(title: str, body: list[str]) -> bytes:
        return json.dumps({"url": "https://wire.example/coalition", "title": title,
                           "text": "\n\n".join(body)}, ensure_ascii=False).encode()

    first = ingest_texts(store, [("v1.jsonl", record("Coalition : réunion à Washington",
                                                     paras))], source="wire.example")
    [article_id] = first.new_ids
    second = ingest_texts(store, [("v2.jsonl", record("Coalition : la réunion confirmée",
                                                      _updated(paras)))],
                          source="wire.example")
    assert (second.read, second.new, second.versions) == (1, 0, 1)
    assert store.counts()["articles"] == 1
    current = store.get(article_id)
    assert current.content is not None
    assert current.content.title == "Coalition : la réunion confirmée"
    [version] = store.versions(article_id)
    assert version.title == "Coalition : réunion à Washington"
    assert "+Les ministres de la coalition se retrouveront" in version.diff
    # Reading both inputs again changes nothing.
    again = ingest_texts(store, [("v1.jsonl", record("Coalition : réunion à Washington",
                                                     paras))], source="wire.example")
    assert (again.new, again.versions, again.duplicate) == (0, 0, 1)


def test_same_topic_different_articles_stay_apart(store: SQLiteStore) -> None:
    paras = body_paragraphs()
    other = ["La coalition internationale contre l'Etat islamique a perdu un allié mardi, "
             "quand le Danemark a annoncé retirer ses avions de chasse engagés en Syrie et en "
             "Irak, citant le retrait américain annoncé par Donald Trump.",
             "Le ministre danois de la Défense a expliqué que la décision de Washington "
             "changeait profondément les conditions de la mission, et que les jihadistes "
             "contrôlaient encore des poches de territoire près de la frontière irakienne."]
    ingest_texts(store, [("a.txt", capture("Coalition", paras, top=[], bottom=[]))],
                 source="a.example")
    summary = ingest_texts(store, [("b.txt", capture("Danemark", other, top=[], bottom=[]))],
                           source="b.example")
    dedup = store.get(summary.new_ids[0]).dedup
    assert dedup is not None and dedup.relation == "" and dedup.near_duplicates == []


def test_three_reprints_make_one_story_with_three_sources(store: SQLiteStore) -> None:
    paras = body_paragraphs()
    bodies = [paras, [f"WASHINGTON (AFP) - {paras[0]}", *paras[1:]], paras]
    for n, body in enumerate(bodies):
        ingest_texts(store, [(f"r{n}.txt", capture(f"Titre {n}", body, top=[f"Site {n}"],
                                                   bottom=["Partager"]))],
                     source=f"outlet{n}.example")
    other = ingest_texts(store, [("x.txt", capture(
        "Tempête sur la Bretagne", ["Une violente tempête a balayé la Bretagne dans la nuit, "
                                    "privant d'électricité des milliers de foyers du Finistère "
                                    "et des Côtes-d'Armor, selon le gestionnaire du réseau."],
        top=[], bottom=[]))], source="meteo.example")
    summaries = {s.story_id: s for s in store.stories()}
    assert len(summaries) == 2
    [story] = [s for s in summaries.values() if s.story_id != other.new_ids[0]]
    assert (story.sources, story.independent) == (3, 1)
    members = store.story(story.story_id)
    assert sorted(m.source for m in members) == ["outlet0.example", "outlet1.example",
                                                  "outlet2.example"]
    assert [m.reprint for m in members] == [False, True, True]


SHORT_DISPATCH = [
    "Le gouvernement a annoncé mercredi la fermeture de la centrale nucléaire de "
    "Fessenheim-Est d'ici à 2030, une décision attendue depuis plusieurs mois par les "
    "associations écologistes de la région Grand Est.",
    "« C'est une décision historique pour la transition énergétique », a déclaré la ministre "
    "de l'Écologie, Camille Rousseau, lors d'un déplacement à Strasbourg.",
    "La centrale, mise en service en 1978, emploie environ 850 salariés et 300 "
    "sous-traitants. Les syndicats ont dénoncé une annonce faite « sans aucune concertation » "
    "et réclament un plan de reconversion.",
    "Selon le ministère, un plan d'accompagnement de 150 millions d'euros sera présenté d'ici "
    "à l'été pour le territoire, qui dépend largement de la centrale pour ses recettes "
    "fiscales.",
    "Le maire de la commune, Jean-Pierre Klein, a estimé que cette fermeture « condamne tout "
    "un bassin d'emploi » et demandé à être reçu à Matignon dans les prochains jours.",
]


def test_a_short_dispatch_with_a_paragraph_cut_is_a_reprint_not_a_teaser(
        store: SQLiteStore) -> None:
    """Regression (fresh-user report): a 144-word dispatch reprinted with 4 of its 5
    paragraphs (116 words) was called a ``teaser`` (it repeats the lead and is short), while
    the story view counted it as a reprint. A teaser is at most half of what it announces."""
    first = ingest_texts(store, [("dna.html", outlet_page(
        "DNA", "Fessenheim-Est fermera d'ici à 2030", "2026-03-11T10:05:00+01:00",
        SHORT_DISPATCH))], source="dna.example")
    edited = [p.replace("environ 850", "environ près de 850") for p in SHORT_DISPATCH[:4]]
    cut = ingest_texts(store, [("alsace.html", outlet_page(
        "L'Alsace", "La centrale de Fessenheim-Est fermera", "2026-03-11T10:20:00+01:00",
        edited))], source="lalsace.example")
    dedup = store.get(cut.new_ids[0]).dedup
    assert dedup is not None
    assert (dedup.relation, dedup.duplicate_of) == ("reprint", first.new_ids[0])
    lead = ingest_texts(store, [("teaser.html", outlet_page(
        "Le Fil", "Fessenheim-Est : fermeture annoncée", "2026-03-11T10:30:00+01:00",
        SHORT_DISPATCH[:1]))], source="lefil.example")
    teaser = store.get(lead.new_ids[0]).dedup
    assert teaser is not None and teaser.relation == "teaser"


RECENT = ["Le conseil municipal de Rennes a voté lundi le nouveau plan de circulation du "
          "centre-ville, qui entrera en vigueur au printemps après deux ans de concertation.",
          "Les commerçants du quartier redoutent une baisse de fréquentation, tandis que les "
          "associations de cyclistes saluent une avancée attendue depuis longtemps."]


EDITED = [p.replace("annoncé mercredi", "annoncé ce mercredi") for p in SHORT_DISPATCH[:4]]


@pytest.mark.parametrize("one_batch", [False, True])
def test_a_backfilled_copy_is_recognised_after_recent_news(store: SQLiteStore,
                                                           one_batch: bool) -> None:
    """Regression (fresh-user report): an AFP dispatch of March, then an unrelated article
    of November, then a copy of the dispatch: the copy was linked to nothing and had a story
    of its own (the candidate window was counted from the newest stored article, not from
    the copy's own date), so it counted as independent coverage and alerted as such."""
    pages = [("dna.html", outlet_page("DNA", "Fessenheim-Est fermera d'ici à 2030",
                                "2026-03-11T10:05:00+01:00", SHORT_DISPATCH), "dna.example"),
             ("rennes.html", outlet_page("Ouest", "Rennes adopte son plan de circulation",
                                   "2026-11-17T08:00:00+01:00", RECENT), "ouest.example"),
             ("figaro.html", outlet_page("Le Figaro", "La centrale de Fessenheim-Est va fermer",
                                   "2026-03-11T10:31:00+01:00", EDITED), "lefigaro.example")]
    ids = []
    if one_batch:
        ids = ingest_texts(store, [(name, data) for name, data, _ in pages]).new_ids
    else:
        for name, data, source in pages:
            ids += ingest_texts(store, [(name, data)], source=source).new_ids
    dna, _rennes, figaro = (store.get(i) for i in ids)
    assert figaro.dedup is not None and dna.dedup is not None
    assert (figaro.dedup.relation, figaro.dedup.duplicate_of) == ("reprint", dna.id)
    assert figaro.dedup.story_id == dna.dedup.story_id


AFP_PAGES = {
    "figaro": ("lefigaro.example", outlet_page(
        "Le Figaro", "La centrale nucléaire de Fessenheim-Est va fermer",
        "2026-03-11T10:31:00+01:00",
        [p.replace("annoncé mercredi", "annoncé ce mercredi")
         for p in [*SHORT_DISPATCH[:3], SHORT_DISPATCH[4]]])),
    "dna": ("dna.example", outlet_page("DNA", "Fessenheim-Est fermera d'ici à 2030",
                                 "2026-03-11T10:05:00+01:00", SHORT_DISPATCH)),
    "alsace": ("lalsace.example", outlet_page(
        "L'Alsace", "Nucléaire : la centrale de Fessenheim-Est fermera en 2030",
        "2026-03-11T10:20:00+01:00",
        [p.replace("environ 850", "environ près de 850") for p in SHORT_DISPATCH[:4]])),
}
"""One AFP dispatch in three outlets (fresh-user report): DNA published it first (10:05),
L'Alsace at 10:20 (a paragraph cut), Le Figaro at 10:31 (another paragraph cut)."""


def _ingest_afp(store: SQLiteStore, order: tuple[str, ...], *, one_batch: bool = False
                ) -> dict[str, str]:
    if one_batch:  # the source comes from each page's canonical URL
        ids = ingest_texts(store, [(f"{name}.html", AFP_PAGES[name][1].replace(
            b"<head>", f'<head><link rel="canonical" href="https://www.{AFP_PAGES[name][0]}'
                       f'/{name}">'.encode())) for name in order]).new_ids
        return dict(zip(order, ids, strict=True))
    found = {}
    for name in order:
        source, page = AFP_PAGES[name]
        [found[name]] = ingest_texts(store, [(f"{name}.html", page)], source=source).new_ids
    return found


@pytest.mark.parametrize("one_batch", [False, True])
@pytest.mark.parametrize("order", list(itertools.permutations(AFP_PAGES)))
def test_the_original_is_the_copy_published_first_whatever_the_ingest_order(
        store: SQLiteStore, order: tuple[str, ...], one_batch: bool) -> None:
    """Regression (fresh-user report): ingested Figaro (10:31), DNA (10:05), L'Alsace
    (10:20): DNA was called a reprint of Le Figaro, Le Figaro the story's only independent
    source, and the story page said "first published by lefigaro.example, 10:05"."""
    ids = _ingest_afp(store, order, one_batch=one_batch)
    dedup = {name: store.get(i).dedup for name, i in ids.items()}
    assert all(d is not None for d in dedup.values())
    assert (dedup["dna"].relation, dedup["dna"].duplicate_of) == ("", None)  # type: ignore
    for copy in ("figaro", "alsace"):
        assert (dedup[copy].relation, dedup[copy].duplicate_of) == (  # type: ignore[union-attr]
            "reprint", ids["dna"])
    # The links say who copied whom (newuser4 N6: the original was "reprint of" its copies).
    assert {(lk.other_id, lk.relation, lk.direction) for lk in store.links(ids["dna"])} == {
        (ids["figaro"], "reprint", "by"), (ids["alsace"], "reprint", "by")}
    for copy in ("figaro", "alsace"):
        assert (ids["dna"], "of") in {(lk.other_id, lk.direction)
                                      for lk in store.links(ids[copy])}
    [story] = store.stories()
    assert (story.articles, story.independent) == (3, 1)
    assert story.first.isoformat() == "2026-03-11T10:05:00+01:00"
    members = {m.source: m.reprint for m in store.story(story.story_id)}
    assert members == {"dna.example": False, "lalsace.example": True,
                       "lefigaro.example": True}
    assert _story_model(store, story).first_source == "dna.example"


def test_a_late_original_scores_each_copy_as_ingest_in_order_would(tmp_path: Path) -> None:
    """newuser6 M1: after a late original, every relinked copy showed similarity 1.00 (the
    original's best match written on every link); each link now says how close that copy
    is to the original, as when the original came first."""
    def scores(order: tuple[str, ...], name: str) -> dict[str, float]:
        store = SQLiteStore.open(tmp_path / name / "veille.sqlite3")
        try:
            ids = _ingest_afp(store, order)
            by_id = {i: n for n, i in ids.items()}
            return {by_id[lk.other_id]: lk.score for lk in store.links(ids["dna"])}
        finally:
            store.close()

    in_order = scores(("dna", "alsace", "figaro"), "in-order")
    late = scores(("figaro", "alsace", "dna"), "late")
    assert set(late) == {"alsace", "figaro"}
    assert late == pytest.approx(in_order, abs=0.002)
    assert min(late.values()) < 1.0


def test_a_relinked_copy_logs_a_link_in_the_same_transaction(store: SQLiteStore) -> None:
    ids = _ingest_afp(store, ("figaro", "alsace"))
    seq = store.change_seq()
    ids.update(_ingest_afp(store, ("dna",)))
    changes = {(c.article_id, c.kind) for c in store.changes(after=seq)}
    assert changes == {(ids["dna"], "new"), (ids["figaro"], "link"), (ids["alsace"], "link")}


FIGARO_TEXT = [p.replace("annoncé mercredi", "annoncé ce mercredi")
               for p in [*SHORT_DISPATCH[:3], SHORT_DISPATCH[4]]]
"""Le Figaro's copy of the dispatch (:data:`AFP_PAGES`): a paragraph cut."""


def relation(store: SQLiteStore, article_id: str) -> tuple[str, str | None]:
    dedup = store.get(article_id).dedup
    assert dedup is not None
    return (dedup.relation or "", dedup.duplicate_of)


def test_a_copy_published_within_minutes_is_ordered_by_its_text(store: SQLiteStore) -> None:
    """Times a few minutes apart are no evidence (rounding, a feed's clock): the same text
    keeps ingest order, and the text that contains the other (Le Figaro cut a paragraph of
    the dispatch) is its original (t-reader20 R1: it was a reprint of its own cut copy)."""
    first = _ingest_afp(store, ("figaro",))["figaro"]
    [same] = ingest_texts(store, [("ouest.html", outlet_page(
        "Ouest", "Fessenheim-Est : fermeture en 2030", "2026-03-11T10:28:00+01:00",
        FIGARO_TEXT))], source="ouest.example").new_ids
    assert relation(store, same) == ("reprint", first)
    [within] = ingest_texts(store, [("dna.html", outlet_page(
        "DNA", "Fessenheim-Est fermera d'ici à 2030", "2026-03-11T10:28:00+01:00",
        SHORT_DISPATCH))], source="dna.example").new_ids
    assert relation(store, within) == ("", None)
    assert relation(store, first) == ("reprint", within)
    assert relation(store, same) == ("reprint", within)


def test_an_undated_original_keeps_ingest_order_an_undated_copy_is_relinked(
        store: SQLiteStore) -> None:
    """An undated article has no publication time to compare: when it is the original, the
    first seen stays the original, even against a longer text that contains it (a copy
    that adds a paragraph contains the dispatch too); when it is a copy, it follows its
    original."""
    undated = outlet_page("Le Matin", "Fessenheim-Est va fermer", "", SHORT_DISPATCH[1:]).replace(
        b'<meta property="article:published_time" content="">', b"")
    [first] = ingest_texts(store, [("matin.html", undated)], source="lematin.example").new_ids
    assert store.get(first).content.published is None  # type: ignore[union-attr]
    an_hour_ago = (datetime.now(UTC) - timedelta(hours=1)).isoformat()  # before it was seen
    [dna] = ingest_texts(store, [("dna.html", outlet_page("DNA", "Fessenheim-Est fermera",
                                                    an_hour_ago, SHORT_DISPATCH))],
                         source="dna.example").new_ids
    assert relation(store, dna) == ("reprint", first)


def test_an_undated_copy_does_not_keep_the_original_from_moving(store: SQLiteStore) -> None:
    now = datetime.now(UTC)
    pages = [("figaro", now - timedelta(hours=1), SHORT_DISPATCH[:4]),
             ("matin", None, SHORT_DISPATCH[1:]), ("dna", now - timedelta(hours=2),
                                                   SHORT_DISPATCH)]
    ids = {}
    for name, when, paragraphs in pages:
        page = outlet_page(name, f"Fessenheim-Est ({name})", when.isoformat() if when else "",
                     paragraphs).replace(b' content=""', b"")
        [ids[name]] = ingest_texts(store, [(f"{name}.html", page)],
                                   source=f"{name}.example").new_ids
    dedup = {name: store.get(i).dedup for name, i in ids.items()}
    assert store.get(ids["matin"]).content.published is None  # type: ignore[union-attr]
    assert (dedup["dna"].relation, dedup["dna"].duplicate_of) == ("", None)  # type: ignore
    for copy in ("figaro", "matin"):
        assert dedup[copy].duplicate_of == ids["dna"]  # type: ignore[union-attr]


def test_a_copy_dated_to_the_day_only_is_not_earlier_than_a_time_that_day(
        store: SQLiteStore) -> None:
    """"11 March" is not before 10:31 on 11 March, nor after it: a date known to the day
    spans its day, the order is unknown. The same text keeps ingest order; the dispatch
    Le Figaro cut a paragraph of is its original (t-reader20 R1: it was a reprint of it,
    its day read as ending after 10:31)."""
    first = _ingest_afp(store, ("figaro",))["figaro"]
    [same] = ingest_texts(store, [("ouest.html", outlet_page(
        "Ouest", "Fessenheim-Est : fermeture en 2030", "2026-03-11", FIGARO_TEXT))],
        source="ouest.example").new_ids
    assert relation(store, same) == ("reprint", first)
    [day] = ingest_texts(store, [("dna.html", outlet_page(
        "DNA", "Fessenheim-Est fermera d'ici à 2030", "2026-03-11", SHORT_DISPATCH))],
        source="dna.example").new_ids
    stored = store.get(day)
    assert stored.content is not None and stored.content.published_precision == "day"
    assert relation(store, day) == ("", None)
    assert relation(store, first) == ("reprint", day)
