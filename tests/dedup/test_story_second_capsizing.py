"""A second incident of one kind at one place, days later, is its own story (f-stories26,
from q-stories25 R3 and f-stories26 D5): two capsizings off one coast three days apart were
one story, because
- "secourus après le chavirage de leur canot" was read as a reference back to an earlier
  event (it tells the subject's own mishap, the event itself), so the day rule did not act;
- a follow-up of the first capsizing ("Au lendemain du naufrage, …") in the story kept the
  whole story from being parted by its days: a story's member that referred back made the
  story refer back;
- "deux jours après le naufrage qui avait fait deux morts au large de Calais" in the second
  dispatch's lead named the first capsizing's place and day: a recall told in a pluperfect
  relative clause, the rest of the sentence telling a capsizing of its own.

Own text, written for this test (not the held-out sets' words): the Channel off Calais and
Sangatte, a follow-up the next day.
"""

from __future__ import annotations

from datetime import date

from tests.dedup.test_story_event_days_ingest import ingest

from veille.dedup.event_days import BACK, DAY, FRESH, days_differ, event_days
from veille.dedup.recalls import without_recalls
from veille.store.sqlite import SQLiteStore

FIRST = ("Pas-de-Calais : deux migrants meurent dans le naufrage d'un canot au large de Calais",
         "Deux migrants sont morts lundi matin dans le naufrage d'un canot pneumatique au large "
         "de Calais (Pas-de-Calais), a annoncé la préfecture maritime de la Manche.\n\n"
         "Trente-huit personnes ont été secourues par la vedette de la SNSM de Calais et un "
         "remorqueur. « Le canot transportait près du double de sa capacité », a indiqué un "
         "porte-parole de la préfecture maritime.",
         "2026-09-14T11:00:00+02:00")
FOLLOW = ("Naufrage au large de Calais : les rescapés hébergés à Coquelles",
          "Au lendemain du naufrage qui a fait deux morts au large de Calais, les trente-huit "
          "rescapés ont été hébergés mardi dans un centre d'accueil de Coquelles.\n\n"
          "Le parquet de Boulogne-sur-Mer a ouvert une enquête pour aide à l'entrée "
          "irrégulière. La préfecture maritime de la Manche rappelle que la traversée est "
          "mortelle.",
          "2026-09-15T17:30:00+02:00")
SECOND = ("Manche : 22 migrants secourus après le chavirage de leur canot près de Sangatte",
          "Vingt-deux migrants ont été secourus jeudi à l'aube après le chavirage de leur canot "
          "au large de Sangatte (Pas-de-Calais), trois jours après le naufrage qui avait fait "
          "deux morts au large de Calais.\n\nLa vedette de la SNSM de Calais a ramené les "
          "rescapés au port. Une femme, en hypothermie, a été hospitalisée, a indiqué la "
          "préfecture maritime de la Manche.",
          "2026-09-17T09:40:00+02:00")


def test_the_subject_s_own_mishap_is_no_reference_back() -> None:
    own, _named = event_days(SECOND[0], "Vingt-deux migrants ont été secourus jeudi à l'aube "
                             "après le chavirage de leur canot au large de Sangatte.",
                             date(2026, 9, 17))
    assert BACK not in own
    own, _named = event_days(FOLLOW[0], FOLLOW[1], date(2026, 9, 15))
    assert BACK in own


def test_a_story_s_follow_up_does_not_keep_it_from_being_parted_by_days() -> None:
    mon, thu = frozenset({DAY + "2026-09-14"}), frozenset({DAY + "2026-09-17"})
    story = mon | {DAY + "2026-09-15", BACK, FRESH}  # the first report and a follow-up
    assert days_differ(thu | {FRESH}, thu, story, story)  # an arriving article is parted
    assert not days_differ(thu | {BACK}, thu, story, story)  # one that refers back is not
    # a story of follow-ups only (its members all refer back) is not parted by days
    assert not days_differ(thu | {FRESH}, thu, mon | {BACK}, mon)


def test_a_recall_told_in_a_pluperfect_relative_is_cut() -> None:
    _title, text = without_recalls(SECOND[0], SECOND[1].split("\n\n"))
    assert "Calais," not in text[0] and "trois jours après" not in text[0]
    assert "Sangatte" in text[0]
    # A follow-up's clause tells no capsizing of its own in the rest of its sentence: kept.
    kept = ["Trois jours après le naufrage qui avait fait deux morts, le passeur a été "
            "interpellé jeudi à Boulogne-sur-Mer."]
    assert without_recalls("", kept)[1] == kept


def test_the_second_capsizing_is_its_own_story_and_the_follow_up_stays(
        store: SQLiteStore) -> None:
    """Regression through the ingest loop into a real store, one file each."""
    first, follow, second = ingest(store, [FIRST, FOLLOW, SECOND])
    assert follow == first
    assert second != first
