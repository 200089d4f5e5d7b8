"""A follow-up that recalls its event's day in so many words ("L'interdiction, décidée
mardi", "la huelga anunciada el pasado lunes", "die am Montag verhängte Sperrung", "Au
lendemain de l'annonce") refers back to that day, and joins its event when it names the
event's town only after its lead (h-follow64: ``veille.dedup.event_days.DAY_RECALLED``,
``veille.dedup.stories.RECALLED_THREADS``; t-final63 #12, the Thau oyster ban of Monday and
its Friday lifting "La fermeture, décidée lundi", were two stories). Fixture: own text
(``tests/fixtures/stories/recalled-days-h-follow64.jsonl``, CC0, written for veille): a
bathing ban on Lake Annecy on Tuesday (a1), a cyclist hurt at Sévrier on Thursday (a2, other
news of the town), the ban lifted on Friday at two other beaches, "L'interdiction, décidée
mardi", the same spokeswoman (a3)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from test_arabic_areas_r_stories58 import ingested

from veille.dedup.event_days import DAY_RECALLED, REFERRED, event_days

A1, A2, A3 = (f"https://example.org/h-follow64-t/{u}" for u in ("a1", "a2", "a3"))


def test_lifting_recalling_its_ban_joins_it(tmp_path: Path) -> None:
    got = ingested(tmp_path, "recalled-days-h-follow64.jsonl")
    assert got[A1] is not None and got[A1] == got[A3]  # "décidée mardi", Hélène Morand
    assert got[A2] != got[A1]  # a cyclist hurt at Sévrier: other news of the town


def test_recalled_days_in_four_languages() -> None:
    for title, body, published, language, day in (
            ("Huîtres", "La préfecture a levé vendredi l'interdiction. La fermeture, décidée "
             "lundi après des cas de gastro-entérite, est maintenue à Mèze.",
             date(2026, 2, 13), "", "2026-02-09"),
            ("Retard", "Au lendemain de l'annonce d'un report, les élus ont protesté "
             "mercredi.", date(2026, 2, 11), "", "2026-02-10"),
            ("Huelga", "La huelga anunciada el pasado lunes ha dejado este martes largas "
             "esperas en Logroño.", date(2026, 4, 14), "es", "2026-04-13"),
            ("Brücke", "Die am Montag verhängte Sperrung wird ab Samstag teilweise "
             "aufgehoben.", date(2026, 6, 12), "de", "2026-06-08"),
            ("Scuole", "Il sindaco ha revocato l'ordinanza firmata martedì: le scuole "
             "riapriranno venerdì.", date(2026, 5, 14), "it", "2026-05-12")):
        _, named = event_days(title, body, published, language)
        assert DAY_RECALLED + day in named and REFERRED + day in named, (title, named)


def test_a_compound_tense_is_the_clause_own_day() -> None:
    _, named = event_days("Plage", "La préfecture a interdit lundi la baignade ; elle a été "
                          "levée jeudi.", date(2026, 7, 9))
    assert not any(k.startswith(DAY_RECALLED) for k in named)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300), st.sampled_from(["", "es", "it", "de", "en"]))
def test_event_days_never_raises(text: str, language: str) -> None:
    own, named = event_days("t", text, date(2026, 7, 9), language)
    assert all(k.startswith(DAY_RECALLED[:4]) for k in own | named)
