"""A follow-up that refers back to its event's day and names its town and one of its
people joins it, in every language veille reads dates in, and other news of the town that
day does not (r-stories59: ``veille.dedup.stories.DAY_THREADS``; ``veille.dedup.
event_days`` read only French). Fixture: own text (``tests/fixtures/stories/
day-threads-r-stories59.jsonl``, CC0, written for veille): a chemical leak in Hull (h1),
the next day's follow-up "sent home yesterday" with the same police spokesman in other
words (h2), a museum reopened "yesterday" in Hull (h3, other news); a mayor of Vigo opening
a market on Monday (v1) and announcing free buses on Wednesday (v2); a gas leak in Kiel
(k1) and "die seit Dienstag gesperrten Straßen" reopened two days later, the same fire
spokesman (k2)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from test_arabic_areas_r_stories58 import ingested

from veille.dedup.event_days import BACK, DAY, FOREIGN, REFERRED, event_days

H1, H2, H3, V1, V2, K1, K2 = (f"https://example.org/r-stories59-t/{u}"
                              for u in ("h1", "h2", "h3", "v1", "v2", "k1", "k2"))


def test_day_threads_joined_other_news_apart(tmp_path: Path) -> None:
    got = ingested(tmp_path, "day-threads-r-stories59.jsonl")
    assert got[H1] == got[H2]  # "evacuated yesterday", the same spokesman
    assert got[H3] != got[H1]  # "reopened yesterday" in Hull: other news, no one shared
    assert got[V1] != got[V2]  # one mayor, Monday then Wednesday: no day referred back
    assert got[K1] == got[K2]  # "seit Dienstag gesperrt", the same spokesman


def test_event_days_in_every_language() -> None:
    wed = date(2026, 10, 28)
    tue = DAY + "2026-10-27"
    for title, body in (
            ("Arrested", "The driver of the coach that overturned yesterday near Leeds was "
                         "arrested on Wednesday, police said."),
            ("Detenido", "El conductor del autobús que volcó ayer cerca de Toledo fue "
                         "detenido el miércoles por la policía."),
            ("Arrestato", "Il conducente del pullman ribaltato ieri a Verona è stato "
                          "arrestato mercoledì dalla polizia stradale."),
            ("Preso", "O motorista do ônibus que capotou ontem em Braga foi preso na "
                      "quarta-feira pela polícia."),
            ("Festgenommen", "Der Fahrer des Busses, der gestern bei Kassel verunglückte, "
                             "wurde am Mittwoch von der Polizei festgenommen."),
            ("Задержан", "Водитель автобуса, который вчера перевернулся под Томском, "
                         "задержан в среду полицией."),
            ("اعتقال السائق", "اعتقلت الشرطة الأربعاء سائق الحافلة التي انقلبت أمس قرب "
                              "الزرقاء في الأردن.")):
        own, named = event_days(title, body, wed)
        assert own and tue in own | named, (title, own, named)


def test_since_a_day_and_yesterday_are_referred_back() -> None:
    own, named = event_days("Rocade rouverte", "Fermée depuis mardi, la rocade de Chambéry "
                            "a rouvert jeudi soir après les travaux.", date(2026, 11, 26))
    assert REFERRED + "2026-11-24" in named
    own, named = event_days("Ferry refloated", "The ferry, stuck on rocks since Tuesday, was "
                            "refloated on Thursday morning.", date(2026, 10, 29))
    assert REFERRED + "2026-10-27" in named
    own, named = event_days("Gas leak", "A gas leak forced 300 people from their homes in "
                            "Leeds on Tuesday.", date(2026, 10, 27))
    assert own == {DAY + "2026-10-27", FOREIGN}  # dated, but not parted by its days
    assert not any(k.startswith(REFERRED) for k in named)
    own, _ = event_days("Second day of Tilbury strike", "Queues of lorries grew outside the "
                        "port on Tuesday, the second day of the dockers' strike.",
                        date(2026, 10, 6))
    assert BACK in own  # counted in an earlier event's days


def test_french_read_as_before() -> None:
    own, named = event_days("Incendie", "Un incendie s'est déclaré mardi à l'aube à Lyon.",
                            date(2026, 11, 26))
    assert own == {DAY + "2026-11-24"} and named == own


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=120), st.text(max_size=300),
       st.sampled_from(["", "en", "es", "it", "pt", "de", "ru", "ar", None]))
def test_event_days_never_raise(title: str, body: str, language: str | None) -> None:
    own, named = event_days(title, body, date(2026, 3, 4), language)
    assert {k for k in own if k != BACK} <= named
    assert all(k.startswith(DAY) for k in own | named)
    assert all(k.removeprefix(REFERRED) < "2026-03-04" for k in named if k.startswith(REFERRED))
