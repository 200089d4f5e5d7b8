"""A site's shared trailer is no evidence of copying (fresh-user report F-h).

Short briefs of one site on unrelated subjects, each followed by the site's newsletter line,
were linked as ``reprint``s of each other (resemblance ~0.3 from the trailer alone), joined
one story as reprints and were collapsed out of saved-search alerts. By docs/dedup.md a
``reprint`` is a copy by *another* outlet; the same site's near copy is a ``republication``
and needs resemblance 0.6. These tests use their own site, trailer and briefs.
"""

from __future__ import annotations

import json
from pathlib import Path

import veille
from alert_kit import webhook_server
from veille.dedup.candidates import SOURCE_COMMON, CandidateIndex
from veille.dedup.near import find_matches
from veille.dedup.signature import Shingler, compare
from veille.ingest import ingest_texts
from veille.store.base import SavedSearch
from veille.store.sqlite import SQLiteStore

SITE = "gazette-exemple.fr"
TRAILER = ("Pour ne rien manquer de l'actualité de votre département, téléchargez "
           "gratuitement notre application mobile et inscrivez-vous à nos alertes du matin.")
BRIEFS = [
    ("Brest : une grue renversée par le vent sur le port",
     "Une grue de chantier a été renversée par de violentes rafales dans la nuit de jeudi à "
     "vendredi sur le port de commerce de Brest, sans faire de blessé."),
    ("Quimper : la piscine municipale rouvre après deux ans de travaux",
     "La piscine municipale de Quimper accueille de nouveau les nageurs depuis lundi, après "
     "deux années de rénovation du bassin olympique et des vestiaires."),
    ("Morlaix : un festival de musique bretonne en juillet",
     "Le premier festival de musique bretonne de Morlaix se tiendra sur les quais le dernier "
     "week-end de juillet, avec une vingtaine de groupes attendus."),
    ("Lorient : la rentrée de l'école de voile repoussée",
     "L'école de voile de Lorient repousse sa rentrée d'une semaine, faute de moniteurs "
     "diplômés, a indiqué son président aux familles inscrites."),
    ("Concarneau : un chalutier saisi pour pêche illégale",
     "Les affaires maritimes ont saisi mercredi un chalutier espagnol à Concarneau pour "
     "pêche de merlu sous la taille réglementaire dans la zone protégée."),
]


def record(n: int, *, host: str = SITE, text: str | None = None) -> dict[str, object]:
    title, body = BRIEFS[n]
    return {"title": title, "url": f"https://{host}/breves/{n}", "source": host,
            "published": f"2025-05-{10 + n:02d}T07:30:00+02:00",
            "text": (text or body) + "\n\n" + TRAILER}


def jsonl(*records: dict[str, object]) -> tuple[str, bytes]:
    return "briefs.jsonl", "\n".join(json.dumps(r, ensure_ascii=False)
                                     for r in records).encode()


def test_the_trailer_alone_resembles_as_much_as_a_reprint() -> None:
    """The fault's premise: without the boilerplate rule these pairs pass RESEMBLANCE."""
    shingler = Shingler()
    a, b = (shingler.signature([body, TRAILER]) for _t, body in BRIEFS[:2])
    assert compare(a, b).resemblance >= 0.22


def test_briefs_of_one_site_sharing_a_trailer_are_not_copies() -> None:
    shingler = Shingler()
    index = CandidateIndex()
    for n, (_title, body) in enumerate(BRIEFS):
        signature = shingler.signature([body, TRAILER])
        candidates = index.candidates(signature, n, source=SITE)
        assert find_matches(signature, candidates, SITE) == []
        if n > SOURCE_COMMON:  # learnt: the trailer is no candidate key any more
            assert candidates == []
        index.add(f"{n + 1:016x}", SITE, n, signature)


def test_once_learnt_the_trailer_makes_no_reprint_across_outlets_either() -> None:
    """A brief of another outlet ending with the same line (a sister title) is no copy
    once the line is known as the query's boilerplate; a real copy still is."""
    shingler = Shingler()
    index = CandidateIndex()
    for n, (_title, body) in enumerate(BRIEFS[:4]):
        index.add(f"{n + 1:016x}", "sister.example", n, shingler.signature([body, TRAILER]))
        index.add(f"{n + 11:016x}", SITE, n, shingler.signature([body.upper(), TRAILER]))
    other = shingler.signature([BRIEFS[4][1], TRAILER])
    assert find_matches(other, index.candidates(other, 5, source="sister.example"),
                        "sister.example") == []
    copy = shingler.signature([BRIEFS[2][1], TRAILER])
    [(found, verdict)] = [(c, v) for c, v in find_matches(
        copy, index.candidates(copy, 5, source="sister.example"), "sister.example")
        if c.source == SITE]
    assert found.id == f"{2 + 11:016x}" and verdict.relation != "teaser"


def test_a_same_source_text_closer_than_a_reprint_only_is_no_link() -> None:
    """Resemblance 0.22-0.6 from the same source is not a reprint (another outlet's copy)
    nor a republication (0.6): no link, as docs/dedup.md defines them."""
    shingler = Shingler()
    body = BRIEFS[0][1]
    first = shingler.signature([body])
    half = shingler.signature([body.split(",")[0] + ", rapporte la capitainerie du port "
                               "de Brest qui a ouvert une enquête sur les causes exactes."])
    assert 0.22 <= compare(half, first).resemblance < 0.6
    index = CandidateIndex()
    index.add(f"{1:016x}", SITE, 0, first)
    assert find_matches(half, index.candidates(half, 1, source=SITE), SITE) == []
    [(_c, verdict)] = find_matches(half, index.candidates(half, 1, source="autre.example"),
                                   "autre.example")
    assert verdict.relation == "reprint"


def test_ingest_keeps_the_briefs_independent_and_finds_a_real_reprint(
        store: SQLiteStore) -> None:
    summary = ingest_texts(store, [jsonl(*(record(n) for n in range(len(BRIEFS))))])
    assert summary.new == len(BRIEFS)
    for article_id in summary.new_ids:
        dedup = store.get(article_id).dedup
        assert dedup is not None and (dedup.relation, dedup.duplicate_of) == ("", None)
        assert store.links(article_id) == []
    # Another outlet's copy of one brief, with its own trailer, is still a reprint.
    copy = dict(record(1, host="ouest-autre.example"),
                text=BRIEFS[1][1] + "\n\nCet article est paru dans notre édition papier du "
                "jour, en vente chez votre marchand de journaux et sur notre site.")
    again = ingest_texts(store, [jsonl(copy)])
    [copy_id] = again.new_ids
    dedup = store.get(copy_id).dedup
    assert dedup is not None and dedup.relation == "reprint"
    assert dedup.duplicate_of == summary.new_ids[1]


def test_a_saved_search_matching_a_brief_alerts_once(tmp_path: Path) -> None:
    with webhook_server() as (hooks, url), \
            veille.open(tmp_path / "data", fetch_allow="127.0.0.1") as v:
        v.save_search(SavedSearch(name="piscine", query="piscine", webhook=url))
        v.save_search(SavedSearch(name="chalutier", query="chalutier", webhook=url))
        v.ingest_bytes([jsonl(*(record(n) for n in range(len(BRIEFS))))])
        assert v.deliver_alerts().sent == 2
        assert v.deliver_alerts().sent == 0
        titles = sorted(json.loads(body)["article"]["title"] for _h, body in hooks.posts)
        assert titles == [BRIEFS[4][0], BRIEFS[1][0]]


def test_briefs_sharing_a_trailer_are_separate_stories(store: SQLiteStore) -> None:
    """Regression (fresh user nu3, N1): no longer reprints, the briefs still formed one
    story, joined by the trailer's words; a paragraph the source printed in another
    article says nothing about what this one is about."""
    summary = ingest_texts(store, [jsonl(*(record(n) for n in range(len(BRIEFS))))])
    stories = {store.get(i).dedup.story_id for i in summary.new_ids}  # type: ignore[union-attr]
    assert len(stories) == len(BRIEFS)
