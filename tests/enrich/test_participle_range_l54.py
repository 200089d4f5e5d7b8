"""A range of days governed by a past participle is the participle's, not the main verb's
(t-final53b A7; invented texts).

"La Loire, gonflée par les pluies tombées de vendredi soir à lundi matin, devrait
atteindre son pic vendredi matin": the rain fell (an act told by the participle), so the
Friday-to-Monday span is the one gone by, though the main verb ("devrait") looks ahead.
A single day after such a participle was already read so ("déclenchée mardi"); a span
opened by "de"/"du" was not.
"""

from __future__ import annotations

from datetime import date

from veille.enrich.dates import find_dates

THURSDAY = date(2026, 12, 3)


def _span(text: str, words: str) -> tuple[str, str | None]:
    found = next(d for d in find_dates(text, THURSDAY, None, language="fr")
                 if d.text == words)
    return found.value, found.until


def test_rain_fallen_over_a_weekend_is_the_weekend_gone_by() -> None:
    text = ("La Loire, gonflée par les pluies tombées de vendredi soir à lundi matin, "
            "devrait atteindre son pic vendredi matin au pont Royal.")
    assert _span(text, "vendredi soir à lundi matin") == ("2026-11-27", "2026-11-30")


def test_a_call_to_strike_over_the_coming_weekend_stays_ahead() -> None:
    text = ("Les syndicats appellent à la grève de vendredi soir à lundi matin "
            "dans les transports de l'agglomération.")
    assert _span(text, "vendredi soir à lundi matin") == ("2026-12-04", "2026-12-07")


def test_a_scheduled_span_takes_the_main_verbs_time() -> None:
    text = ("Le festival, prévu du 11 au 13 décembre, accueillera quarante groupes "
            "sur trois scènes.")
    assert _span(text, "11 au 13 décembre") == ("2026-12-11", "2026-12-13")
