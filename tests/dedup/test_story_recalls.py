"""Regression (issue #14, t-reader25 R1): a new event's article that recalls an earlier
event of the same kind ("Cette secousse survient trois jours après le séisme qui a frappé
…", "…, trois jours après l'attaque par rançongiciel qui paralyse la mairie voisine de …",
"C'est la deuxième évasion en une semaine", "Mardi déjà, un avion … avait dû …") joined the
two events into one story: the recall named the other event's place and, counted back, its
day, which the event-day rule read as a follow-up's back-reference. The recall is background
of the article's own event (:mod:`veille.dedup.recalls`); a follow-up's back-reference
("Deux jours après l'accident, le conducteur a été mis en examen") still joins.

Real SQLite store, real ingest; own text, written for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from tests.dedup.test_story_event_days_ingest import ingest

from veille.dedup.recalls import without_recalls
from veille.store.sqlite import SQLiteStore

FIRST = ("Italie : un séisme de magnitude 5,3 fait quatre morts dans les Abruzzes",
         "L'AQUILA (AFP) - Un séisme de magnitude 5,3 a frappé dans la nuit de dimanche à "
         "lundi la province de L'Aquila, dans les Abruzzes, faisant au moins quatre morts et "
         "une vingtaine de blessés à Pizzoli, selon la protection civile italienne.\n\n"
         "Les victimes ont été tuées dans l'effondrement de maisons anciennes du centre "
         "historique. Les pompiers et la protection civile fouillent les décombres.\n\n"
         "La région avait été dévastée en 2009 par un séisme qui avait fait 309 morts.",
         "2026-03-02T07:40:00+01:00")
SECOND = ("Italie : une secousse de magnitude 4,6 ressentie près de Sulmona",
          "SULMONA (AFP) - Une secousse de magnitude 4,6 a été ressentie jeudi matin dans la "
          "province de L'Aquila, près de Sulmona, dans les Abruzzes, a indiqué l'Institut "
          "national de géophysique.\n\nAucune victime n'est à déplorer, selon la protection "
          "civile italienne. Des fissures ont été constatées sur plusieurs maisons anciennes "
          "et une école a été fermée par précaution.\n\nCette secousse survient trois jours "
          "après le séisme de magnitude 5,3 qui a frappé Pizzoli, faisant quatre morts.",
          "2026-03-05T10:15:00+01:00")
FOLLOW = ("Séisme dans les Abruzzes : les sinistrés de Pizzoli relogés",
          "Au lendemain du séisme qui a fait quatre morts à Pizzoli, dans la province de "
          "L'Aquila, la protection civile italienne a installé mardi des tentes pour 300 "
          "sinistrés.\n\nLes maisons anciennes du centre historique restent interdites "
          "d'accès. Les pompiers poursuivent l'inspection des bâtiments.",
          "2026-03-03T18:00:00+01:00")
ATTACK_A = ("Gironde : la mairie de Mérignac paralysée par une cyberattaque",
            "BORDEAUX (AFP) - La mairie de Mérignac (Gironde) est paralysée depuis lundi par "
            "une attaque par rançongiciel qui a chiffré ses serveurs, a annoncé la "
            "municipalité.\n\nL'état civil, les inscriptions scolaires et le paiement de la "
            "cantine sont à l'arrêt. L'ANSSI a été saisie et une plainte déposée.\n\n"
            "« Nous ne paierons aucune rançon », a assuré le maire.",
            "2026-05-11T16:30:00+02:00")
ATTACK_B = ("Gironde : la mairie de Pessac visée à son tour par une cyberattaque",
            "BORDEAUX (AFP) - La mairie de Pessac (Gironde) a été visée jeudi par une "
            "cyberattaque par déni de service qui a rendu son site internet inaccessible, "
            "trois jours après l'attaque par rançongiciel qui paralyse la mairie voisine de "
            "Mérignac, a annoncé la municipalité.\n\nL'ANSSI a été informée et une plainte "
            "déposée. Le site était accessible en fin de journée.",
            "2026-05-14T15:10:00+02:00")


def test_a_quake_recalling_the_previous_one_is_its_own_story(store: SQLiteStore) -> None:
    first, follow, second = ingest(store, [FIRST, FOLLOW, SECOND])
    assert second != first
    assert follow == first  # "Au lendemain du séisme …": a follow-up, still joined


def test_a_cyberattack_recalling_the_neighbour_s_is_its_own_story(store: SQLiteStore) -> None:
    first, second = ingest(store, [ATTACK_A, ATTACK_B])
    assert second != first


def test_recall_sentences_and_clauses_are_cut() -> None:
    _, body = without_recalls(SECOND[0], SECOND[1].split("\n\n"))
    assert "Pizzoli" not in " ".join(body) and "Sulmona" in body[0]
    title, body = without_recalls(ATTACK_B[0], ATTACK_B[1].split("\n\n"))
    assert "Mérignac" not in body[0] and "Pessac" in body[0] and "jeudi" in body[0]
    for text in ("Deux détenus se sont évadés vendredi de la prison de Fresnes. C'est la "
                 "deuxième évasion en une semaine dans l'établissement.",
                 "Un avion a dû se poser en urgence jeudi à Nice. Mardi déjà, un avion "
                 "easyJet avait dû interrompre son décollage.",
                 "Une explosion a soufflé jeudi un appartement à Lyon. Cette explosion est "
                 "la seconde en dix jours, après celle de la rue Paul-Bert."):
        _, body = without_recalls("", [text])
        assert body == [text.split(". ")[0] + "."], body


def test_a_follow_up_s_back_reference_is_kept() -> None:
    for text in ("Deux jours après l'accident qui a fait trois morts sur l'A7, le conducteur "
                 "du camion a été mis en examen jeudi.",
                 "Au lendemain du naufrage au large de Wimereux, le corps d'un homme a été "
                 "retrouvé jeudi sur la plage.",
                 "Le gérant a été mis en examen jeudi. Cette mise en examen intervient trois "
                 "jours après l'incendie de l'entrepôt.",
                 "Le site était de nouveau accessible en début d'après-midi."):
        assert without_recalls("Titre", [text]) == ("Titre", [text])


@given(st.text(max_size=300), st.lists(st.text(max_size=300), max_size=4))
def test_without_recalls_never_raises_nor_adds_words(title: str, paragraphs: list[str]
                                                     ) -> None:
    new_title, body = without_recalls(title, paragraphs)
    words = set(" ".join([title, *paragraphs]).split())
    assert len(new_title) <= len(title)
    for paragraph in body:
        assert {w.strip(".,;") for w in paragraph.split()} <= \
            {w.strip(".,;") for w in words} | {""}
