"""Two dispatches of one agency on a running story end with the same background paragraphs
(newuser4 N20): they were "reprints" of each other, so the second one's news joined the
first one's story and never alerted. A copy keeps the lead, or shares most of the rest."""

from __future__ import annotations

import json

from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

BACKGROUND = [
    "Le Soudan est ravagé depuis avril 2023 par une guerre entre l'armée régulière du général "
    "Abdel Fattah al-Burhane et les paramilitaires des Forces de soutien rapide (FSR) de son "
    "ancien adjoint, le général Mohamed Hamdane Daglo.",
    "Le conflit a fait des dizaines de milliers de morts et déplacé plus de douze millions de "
    "personnes, provoquant selon l'ONU l'une des pires crises humanitaires au monde.",
]
FIRST = ["Au moins vingt civils ont été tués samedi dans des bombardements sur un marché "
         "d'El-Facher, la dernière grande ville du Darfour encore tenue par l'armée, selon "
         "un comité de résistance local qui accuse les paramilitaires.",
         "Les secouristes ont dégagé des corps pendant toute la nuit sous les étals effondrés, "
         "et l'hôpital saoudien de la ville, le seul encore en service, dit manquer de sang, "
         "de pansements et de carburant pour ses générateurs depuis plus d'une semaine."]
SECOND = ["Le Programme alimentaire mondial a annoncé dimanche la reprise de ses convois vers "
          "le Kordofan, interrompus depuis trois semaines, après l'obtention de garanties de "
          "sécurité des deux camps pour l'axe routier reliant El-Obeid à Kadugli.",
          "Une trentaine de camions chargés de sorgho, d'huile et de compléments nutritionnels "
          "pour enfants doivent partir mardi, a précisé l'agence onusienne, qui estime que "
          "près de deux millions de personnes y sont au bord de la famine."]


def _record(n: int, title: str, paragraphs: list[str], source: str) -> bytes:
    return json.dumps({"url": f"https://{source}/{n}", "title": title, "source": source,
                       "published": f"2026-11-{28 + n}T10:00:00+01:00",
                       "text": "\n\n".join(paragraphs)}, ensure_ascii=False).encode()


def test_dispatches_sharing_background_paragraphs_are_no_copies(store: SQLiteStore) -> None:
    ingest_texts(store, [("a.jsonl", _record(0, "Soudan : vingt civils tués à El-Facher",
                                             FIRST + BACKGROUND, "journal-a.example"))])
    [second] = ingest_texts(store, [("b.jsonl", _record(
        1, "Soudan : le PAM reprend ses convois vers le Kordofan", SECOND + BACKGROUND,
        "journal-b.example"))]).new_ids
    dedup = store.get(second).dedup
    assert dedup is not None
    assert (dedup.relation, dedup.duplicate_of, dedup.near_duplicates) == ("", None, [])


def test_a_reprint_with_a_rewritten_lead_is_still_a_reprint(store: SQLiteStore) -> None:
    body = FIRST[:1] + SECOND + BACKGROUND + [
        "Les deux camps sont accusés de crimes de guerre, notamment d'avoir pris pour cible "
        "des civils, et les FSR de nettoyage ethnique au Darfour, ce qu'elles démentent."]
    [original] = ingest_texts(store, [("a.jsonl", _record(
        0, "Soudan : vingt civils tués", body, "agence.example"))]).new_ids
    rewritten = ["Un nouveau drame au Darfour : une frappe sur un marché très fréquenté a coûté "
                 "la vie à au moins vingt personnes samedi, rapportent des militants locaux."]
    [copy] = ingest_texts(store, [("b.jsonl", _record(
        1, "Darfour : un marché frappé", rewritten + body[1:], "journal.example"))]).new_ids
    dedup = store.get(copy).dedup
    assert dedup is not None and (dedup.relation, dedup.duplicate_of) == ("reprint", original)


def test_one_sentence_dispatches_sharing_background_are_no_copies(store: SQLiteStore) -> None:
    """Regression (newuser4 N20, `N20-site-*`): when the news is one sentence (under the
    60 words of the old lead), the lead sample held the background that follows it, a third
    of it was shared, and two outlets' dispatches on different events were reprints."""
    ingest_texts(store, [("a.jsonl", _record(0, "Soudan : vingt civils tués à El-Facher",
                                             FIRST[:1] + BACKGROUND, "journal-a.example"))])
    [second] = ingest_texts(store, [("b.jsonl", _record(
        1, "Soudan : le PAM reprend ses convois vers le Kordofan", SECOND[:1] + BACKGROUND,
        "journal-b.example"))]).new_ids
    dedup = store.get(second).dedup
    assert dedup is not None
    assert (dedup.relation, dedup.duplicate_of, dedup.near_duplicates) == ("", None, [])


def test_a_one_sentence_dispatch_reprinted_is_still_a_reprint(store: SQLiteStore) -> None:
    """A short agency item carried by two outlets (its one-sentence lead, its background) is
    a reprint, with a few words edited too."""
    [original] = ingest_texts(store, [("a.jsonl", _record(
        0, "Soudan : vingt civils tués à El-Facher", FIRST[:1] + BACKGROUND,
        "journal-a.example"))]).new_ids
    edited = FIRST[0].replace("samedi", "samedi matin").replace("local", "de la ville")
    [copy] = ingest_texts(store, [("b.jsonl", _record(
        1, "Darfour : au moins vingt morts sur un marché", [edited, *BACKGROUND],
        "journal-b.example"))]).new_ids
    dedup = store.get(copy).dedup
    assert dedup is not None and (dedup.relation, dedup.duplicate_of) == ("reprint", original)
