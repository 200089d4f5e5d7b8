"""Regression (issue #14, f-stories24; t-reader23 S1/S2 and S13/S14, f-stories23 D1): two
events of one place, one organisation and one kind a few days apart were one story: a
tobacconist's robbed in Lille on Friday and a pharmacy robbed there on Sunday shared the
town, the kind of event, the police and the robbers' words. Each lead says its event's day
("vendredi", "dimanche"), resolved against its publication date; the days differ and
neither text refers back to the other event: two stories. A follow-up that names the first
event's day (the arrests "après le braquage de vendredi"), or counts back from its own
("deux jours après"), stays in its story; so does a strike's outcome two days later that
names the same employer. A union's call ("à l'appel de la CGT") is not who strikes: two
strikes at two employers of one town called by one union are two events.

Real SQLite store, real ingest; own text, written for these tests."""

from __future__ import annotations

import json

from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

TOBACCO = ("Lille : un bureau de tabac braqué par deux hommes armés",
           "Deux hommes armés d'un pistolet ont braqué vendredi en fin de matinée un bureau de "
           "tabac du centre-ville de Lille, a-t-on appris auprès de la police.\n\n"
           "Les malfaiteurs ont menacé la gérante et sont repartis avec "
           "la caisse et plusieurs cartouches de cigarettes. Ils ont pris la fuite à pied.\n\n"
           "Aucun blessé n'est à déplorer. La sûreté départementale du Nord a ouvert une enquête.",
           "2026-03-06T14:20:00+01:00")
PHARMACY = ("Lille : une pharmacie braquée par deux hommes armés",
            "Deux hommes armés d'un couteau ont braqué dimanche en fin d'après-midi une pharmacie "
            "du centre-ville de Lille, a indiqué la police.\n\n"
            "Les malfaiteurs ont menacé le pharmacien et une employée avant de s'enfuir avec la "
            "caisse. Ils ont pris la fuite à pied.\n\nAucun blessé n'est à déplorer. La sûreté "
            "départementale du Nord a ouvert une enquête.",
            "2026-03-08T19:05:00+01:00")
ARRESTS = ("Braquage d'un bureau de tabac à Lille : deux suspects interpellés",
           "Deux hommes de 19 et 23 ans ont été interpellés lundi à Lille, soupçonnés d'avoir "
           "braqué vendredi un bureau de tabac du centre-ville.\n\nLes "
           "policiers de la sûreté départementale du Nord ont retrouvé le pistolet et une partie "
           "des cartouches de cigarettes lors d'une perquisition.\n\nIls ont été placés en garde "
           "à vue.",
           "2026-03-09T17:30:00+01:00")
STRIKE_A = ("Rouen : grève à l'usine Renault de Cléon pour les salaires",
            "Plusieurs centaines de salariés de l'usine Renault de Cléon, près de Rouen, ont "
            "cessé le travail mardi à l'appel de la CGT pour réclamer une hausse des salaires de "
            "5 %.\n\nUn rassemblement s'est tenu devant l'entrée de l'usine. La direction "
            "propose 2 %.",
            "2026-04-07T12:00:00+02:00")
STRIKE_B = ("Rouen : les agents de la métropole en grève à l'appel de la CGT",
            "Les agents de la collecte des déchets de la métropole de Rouen sont en grève "
            "mercredi à l'appel de la CGT, qui dénonce le manque d'effectifs.\n\nLes poubelles "
            "ne seront pas ramassées dans plusieurs quartiers de Rouen. La métropole appelle les "
            "habitants à ne pas sortir leurs bacs.",
            "2026-04-08T09:00:00+02:00")
STRIKE_A_END = ("Renault Cléon : fin de la grève après un accord sur les salaires",
                "La direction de l'usine Renault de Cléon et la CGT sont parvenues jeudi à un "
                "accord mettant fin à la grève entamée mardi : les salaires seront augmentés de "
                "3,5 %.\n\nLe travail reprendra vendredi matin à l'usine, près de Rouen.",
                "2026-04-09T18:00:00+02:00")


def ingest(store: SQLiteStore, items: list[tuple[str, str, str]]) -> list[str]:
    """Ingest ``items`` (headline, text, published) one file each; their story ids."""
    ids = []
    for k, (title, text, published) in enumerate(items):
        line = json.dumps({"title": title, "text": text, "published": published,
                           "url": f"https://outlet{k}.example/a{k}",
                           "source": f"outlet{k}.example", "language": "fr"},
                          ensure_ascii=False) + "\n"
        [new] = ingest_texts(store, [(f"a{k}.jsonl", line.encode())]).new_ids
        ids.append(new)
    out = []
    for i in ids:
        dedup = store.get(i).dedup
        assert dedup is not None and dedup.story_id
        out.append(dedup.story_id)
    return out


def test_two_robberies_two_days_apart_are_two_stories(store: SQLiteStore) -> None:
    tobacco, pharmacy = ingest(store, [TOBACCO, PHARMACY])
    assert tobacco != pharmacy


def test_the_arrests_after_the_first_robbery_join_it(store: SQLiteStore) -> None:
    tobacco, pharmacy, arrests = ingest(store, [TOBACCO, PHARMACY, ARRESTS])
    assert arrests == tobacco != pharmacy


def test_the_follow_up_first_then_its_event_is_one_story(store: SQLiteStore) -> None:
    """Read in the other order (a backfill), the follow-up names the robbery's day."""
    arrests, tobacco = ingest(store, [ARRESTS, TOBACCO])
    assert arrests == tobacco


def test_two_strikes_called_by_one_union_are_two_stories(store: SQLiteStore) -> None:
    a, b = ingest(store, [STRIKE_A, STRIKE_B])
    assert a != b


def test_a_strike_and_its_end_two_days_later_are_one_story(store: SQLiteStore) -> None:
    a, b, end = ingest(store, [STRIKE_A, STRIKE_B, STRIKE_A_END])
    assert end == a != b
