"""Two events of one kind, each stated in its own town, are two stories and no copies
(r-join53, issue 14; t-final52 A2/fr06, t-final52b n19).

House fires in two English cities told in their own words, a flood in two Italian towns on
one template, a fire in two French cities on one template were one story, the template's
"reprint", because no place rule compared two towns abroad or two towns on a copy. Each
headline or lead states where its event is (:mod:`veille.stated_places`); a true wire
copy whose opening adds a dateline in the next city, and a follow-up naming the same town,
stay joined. Real stores through :func:`veille.open`. Texts written for veille (CC0;
invented outlets, people and figures).
"""

from __future__ import annotations

import json
from pathlib import Path

import veille
from veille.record import Dedup

YORK = ["A pensioner was rescued from the first floor of her terraced house in York after a "
        "fire broke out in the kitchen in the early hours of Sunday.",
        "North Yorkshire Fire and Rescue Service sent three engines to Clifton at about 3am. "
        "Firefighters wearing breathing apparatus carried the woman out and she was taken "
        "to hospital as a precaution.",
        "\"A working smoke alarm gave her the minutes she needed,\" said crew manager Dan "
        "Hollis. The cause of the fire is being investigated."]
PLYMOUTH = ["Four people escaped from their home in Plymouth after a fire spread through the "
            "ground floor on Sunday morning.",
            "Devon and Somerset Fire and Rescue Service sent two crews to Stonehouse shortly "
            "after 7am. Neighbours said they saw smoke pouring from an open window.",
            "Watch manager Priya Lane said: \"Everyone was out before we arrived.\" An "
            "investigation into the cause of the fire is under way."]
FLOOD = ["Dopo due giorni di pioggia il torrente è esondato nella notte a {town}, dove {who} "
         "hanno evacuato una quarantina di famiglie dalle case vicine all'argine.",
         "Le scuole resteranno chiuse domani e due strade provinciali sono interrotte. Il "
         "sindaco ha firmato un'ordinanza e chiede ai cittadini di evitare gli spostamenti "
         "non necessari."]
FIRE_FR = ["Un violent incendie s'est déclaré dans la nuit de samedi à dimanche dans un "
           "immeuble du centre-ville de {town}. {who} ont évacué une trentaine d'habitants, "
           "dont deux ont été légèrement intoxiqués par les fumées.",
           "Le feu, parti d'un local à poubelles, a été maîtrisé en deux heures. Une enquête a "
           "été ouverte pour déterminer l'origine du sinistre et les habitants seront relogés "
           "par la mairie."]
COPY = ["Fire crews spent the night at a timber yard in Gateshead after a blaze sent smoke "
        "across the Tyne, and people living nearby were told to keep their windows shut.",
        "Tyne and Wear Fire and Rescue Service said twelve engines were at the scene at the "
        "height of the fire. Nobody was hurt and the cause is under investigation."]


def _ingest(tmp_path: Path, *rows: tuple[str, str, list[str], str, str]) -> list[Dedup]:
    """Ingest ``(source, title, paragraphs, published, language)`` rows in one wave; the
    stored articles' dedup sections in the rows' order (``Dedup.story_id``, ``relation``,
    ``duplicate_of``)."""
    lines = [json.dumps({"title": title, "text": "\n\n".join(paragraphs), "source": source,
                         "url": f"https://{source}/{n}", "published": published,
                         "language": lang}, ensure_ascii=False)
             for n, (source, title, paragraphs, published, lang) in enumerate(rows)]
    with veille.open(tmp_path / "data") as v:
        v.ingest_bytes([("wave.jsonl", ("\n".join(lines) + "\n").encode())])
        by_url = {a.url: a for a in v.latest(100)}
    out = []
    for n, row in enumerate(rows):
        dedup = by_url[f"https://{row[0]}/{n}"].dedup
        assert dedup is not None
        out.append(dedup)
    return out


def test_house_fires_in_two_english_cities_are_two_stories(tmp_path: Path) -> None:
    york, plymouth = _ingest(
        tmp_path,
        ("minsterpost.example", "Woman rescued from house fire in York", YORK,
         "2026-12-06", "en"),
        ("soundherald.example", "Family escapes house fire in Plymouth", PLYMOUTH,
         "2026-12-06", "en"))
    assert york.story_id != plymouth.story_id


def test_one_template_in_two_italian_towns_is_no_reprint(tmp_path: Path) -> None:
    verona, bari = _ingest(
        tmp_path,
        ("arena.example", "Esonda il torrente a Verona, quaranta famiglie evacuate",
         [p.format(town="Verona", who="i vigili del fuoco") for p in FLOOD],
         "2026-11-21T08:00:00+01:00", "it"),
        ("levante.example", "Esonda il torrente a Bari, quaranta famiglie evacuate",
         [p.format(town="Bari", who="i soccorritori della protezione civile") for p in FLOOD],
         "2026-11-21T08:30:00+01:00", "it"))
    assert not bari.relation and bari.duplicate_of is None
    assert verona.story_id != bari.story_id


def test_one_template_in_two_french_cities_is_no_reprint(tmp_path: Path) -> None:
    metz, tours = _ingest(
        tmp_path,
        ("lorrain.example", "Metz : un incendie dans un immeuble, trente habitants évacués",
         [p.format(town="Metz", who="Les pompiers de la Moselle") for p in FIRE_FR],
         "2026-11-29T08:00:00+01:00", "fr"),
        ("touraine.example", "Tours : un incendie dans un immeuble, trente habitants évacués",
         [p.format(town="Tours", who="Les sapeurs-pompiers d'Indre-et-Loire") for p in FIRE_FR],
         "2026-11-29T08:20:00+01:00", "fr"))
    assert not tours.relation
    assert metz.story_id != tours.story_id


def test_a_copy_datelined_in_the_next_city_stays_a_reprint(tmp_path: Path) -> None:
    first, copy = _ingest(
        tmp_path,
        ("tynewire.example", "Timber yard fire sends smoke across the Tyne", COPY,
         "2026-12-02T06:00:00+00:00", "en"),
        ("northecho.example", "Gateshead timber yard blaze: residents told to shut windows",
         ["NEWCASTLE, Dec 2 - " + COPY[0], COPY[1]], "2026-12-02T07:00:00+00:00", "en"))
    # two articles: the copy's original is the first
    assert copy.relation == "reprint" and copy.duplicate_of and not first.relation
    assert copy.story_id == first.story_id


def test_a_follow_up_in_the_same_city_stays_in_its_story(tmp_path: Path) -> None:
    fire, follow = _ingest(
        tmp_path,
        ("minsterpost.example", "Woman rescued from house fire in York", YORK,
         "2026-12-06T08:00:00+00:00", "en"),
        ("minsterpost.example", "York house fire started by a phone charger, crews say",
         ["Firefighters say a phone charger left on a sofa started Sunday's house fire in "
          "York, in which a pensioner was rescued from the first floor.",
          "North Yorkshire Fire and Rescue Service urged residents not to charge devices "
          "overnight. The woman has been released from hospital."],
         "2026-12-07T09:00:00+00:00", "en"))
    assert fire.story_id == follow.story_id


def test_the_stated_place_is_not_a_dateline_nor_a_persons_name() -> None:
    from veille.dedup import stated_places  # (imported here: the store tests run on any tree)
    from veille.dedup.stated_places import apart, stated

    assert stated("", "LYON (AFP) - Un incendie s'est déclaré mardi dans une résidence "
                      "de Villeurbanne.") == frozenset()
    assert stated("", "Le ministre a François Bayrou au téléphone.") == frozenset()
    assert stated("Rennes : un entrepôt détruit", "") == {stated_places.AT + "rennes"}
    assert stated("", "Un incendie s'est déclaré dans le 8e arrondissement de Lyon.") == \
        {stated_places.AT + "lyon"}
    # a town and its suburb, an island and its town are one place
    assert not apart({"at:villeurbanne"}, set(), {"at:lyon"}, set())
    assert not apart({"at:la orotava"}, set(), {"at:tenerife"}, set())
    assert apart({"at:tenerife"}, set(), {"at:gran canaria"}, set())
    # a side naming the other's place anywhere agrees
    assert not apart({"at:leeds"}, {"at~bristol"}, {"at:bristol"}, set())
