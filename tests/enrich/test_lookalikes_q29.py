"""q-dates29 (t-final29 F5, F6, issue 16): words shaped like dates that name no day, and
names inside a street's, a local facility's or an institution's name. Sentences written
for these tests on the report's shapes (not its texts nor the held-out set's), through a
real store, the real enrichment pipeline and the real index."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import veille
from veille.enrich.date_lookalikes import feast_names_a_kind, inside_a_name, span_counted_back
from veille.enrich.dates import find_dates

THURSDAY = date(2026, 12, 3)

ARTICLES = [
    ("noel", "fr", "2026-12-03T10:00:00+01:00",
     "Les enquêteurs pensent qu'ils voulaient attaquer un marché de Noël. Les magasins "
     "resteront ouverts le dimanche jusqu'à Noël."),
    ("demain", "fr", "2026-12-02T18:00:00+01:00",
     "Les élus du groupe Tours Demain ont quitté la séance. Le budget sera voté demain."),
    ("span", "en", "2026-12-02T12:00:00+00:00",
     "The road was closed for the fourth time in six years. A bypass will open in two years."),
    ("twodays", "en", "2026-12-03T12:00:00+00:00",
     "The day before yesterday, the council had agreed the plan. Works will begin on "
     "Tuesday 8 December and last until March."),
    ("square", "fr", "2026-12-02T10:00:00+01:00",
     "La réfection de la place de la Libération coûtera deux millions d'euros, a indiqué "
     "la mairie de Nevers."),
    ("gym", "fr", "2026-12-02T10:00:00+01:00",
     "À Nevers, les sinistrés ont été hébergés au gymnase de Bellevue, a précisé la "
     "préfecture."),
    ("chu", "fr", "2026-12-02T10:00:00+04:00",
     "Blessée à la tête, la passagère a été transportée au CHU Pierre-Paul-Riquet. Ses "
     "jours ne sont pas en danger."),
]


def _store(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    lines = [json.dumps({"url": f"https://www.exemple.fr/q29/{key}", "title": f"Dépêche n° {n}",
                         "text": text, "language": lang, "source": "exemple.fr",
                         "date": published}, ensure_ascii=False)
             for n, (key, lang, published, text) in enumerate(ARTICLES)]
    data = tmp_path / "data"
    with veille.open(data) as v:
        ids = v.ingest_bytes([("q29.jsonl", "\n".join(lines).encode())]).new_ids
        v.enrich()
        urls = {v.get(i).raw.url or "": i for i in ids}
    return data, {u.rsplit("/", 1)[1]: i for u, i in urls.items()}


def test_lookalikes_through_a_real_store(tmp_path: Path) -> None:
    data, ids = _store(tmp_path)
    with veille.open(data) as v:
        def dates(key: str) -> list[tuple[str, str, str]]:
            section = v.get(ids[key]).enrichment or {}
            return [(d["text"], d["value"], d["tense"]) for d in section["dates"]]  # type: ignore[union-attr,index]

        # a. "un marché de Noël" is a kind of market; "jusqu'à Noël" the coming one
        assert [d[1] for d in dates("noel") if "Noël" in d[0]] == ["2026-12-25"]
        # b. "le groupe Tours Demain" is a name; "demain" is the next day
        assert [d[:2] for d in dates("demain")] == [("demain", "2026-12-03")]
        # c. "for the fourth time in six years" is counted back; "in two years" ahead
        assert [d[:2] for d in dates("span")] == [("in two years", "2028-01-01")]
        # d., e. "the day before yesterday" is one mention; "last until" is no past
        got = dates("twodays")
        assert got[0] == ("The day before yesterday", "2026-12-01", "past")
        assert ("Tuesday 8 December", "2026-12-08", "future") in got
        # f. the square is no newspaper; g. the gym's Bellevue is no town in the US
        assert v.search("entity:Libération").total == 0
        section = v.get(ids["gym"]).enrichment or {}
        assert [p["country"] for p in section["places"]] == ["FR"]  # type: ignore[index,union-attr]
        # h. the hospital bears a person's name: no place "Pierre-Paul-Riquet" of its own;
        # a CHU is an institution, ORG (r-kinds50's institution heads)
        section = v.get(ids["chu"]).enrichment or {}
        assert [(e["name"], e["label"]) for e in section["entities"]] == [  # type: ignore[index,union-attr]
            ("CHU Pierre-Paul-Riquet", "ORG")]


def test_the_gyms_name_is_no_place_to_search(tmp_path: Path) -> None:
    data, _ = _store(tmp_path)
    with veille.open(data) as v:
        assert v.search("place:Bellevue").total == 0


def test_time_nouns_keep_the_feast() -> None:
    for text in ("Pendant les vacances de Noël, la piscine restera ouverte.",
                 "La veille de Noël, les magasins fermeront plus tôt."):
        assert any(d.text == "Noël" and d.value == "2026-12-25"
                   for d in find_dates(text, THURSDAY)), text
    assert feast_names_a_kind("un sapin de ") and not feast_names_a_kind("la trêve de ")


def test_a_sentence_s_first_demain_and_title_case_stay_days() -> None:
    text = "Grève\n\nDemain, les agents seront en grève."
    start = text.index("Demain")
    assert not inside_a_name(text, start, start + 6, 5)
    text = "Le mouvement Nantes Demain a voté. Demain il votera."
    start = text.index("Demain")
    assert inside_a_name(text, start, start + 6, 0)
    assert not inside_a_name(text, text.rindex("Demain"), text.rindex("Demain") + 6, 0)


def test_a_verb_makes_in_n_years_a_delay() -> None:
    assert span_counted_back("the first flood ")
    assert span_counted_back("the highest level ")
    assert not span_counted_back("The first phase will be finished ")
    assert not span_counted_back("Last year the council pledged a bridge ")


@given(st.text(max_size=80))
def test_the_lookalike_readers_never_raise(before: str) -> None:
    assert isinstance(feast_names_a_kind(before), bool)
    assert isinstance(span_counted_back(before), bool)
    text = before + "Demain"
    assert isinstance(inside_a_name(text, len(before), len(text), 0), bool)
