"""Dates in place names, a future sentence's date, glued place words (issue 16, h-dates62,
t-final61 #8 and #12).

- A day, a month or a weekday inside a place's name is no date: "سوق الجمعة" (Souq
  al-Juma, a Tripoli district) was read as Friday 2026-11-27; "rue du 11 Novembre", "die
  Straße des 17. Juni", "شارع 26 يوليو" likewise (:mod:`veille.enrich.date_place_names`).
- A verbless piece holding a date, after a future clause and before an incise of saying
  (", a précisé Matignon"), takes the clause's future: "à partir du lundi 12 février" in
  a paper of 30 November 2026 is 12 February 2027 (a Friday: flagged), not 2026.
- "Aïn Zara" (a Tripoli district) voted for the French département Ain's clock.
"""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.cli.main import main
from veille.enrich.dates import find_dates
from veille.extract.place_zones import zone_by_places

PUBLISHED = date(2026, 12, 2)
IN_A_NAME = {
    "ar": ("وسُمع دوي إطلاق نار في منطقتي سوق الخميس وعين زارة، وقال المسؤول إن الهدوء "
           "عاد يوم الثلاثاء.", "الخميس", "يوم الثلاثاء"),
    "fr": ("Les travaux bloquent la rue du 11 Novembre depuis lundi, a indiqué la mairie.",
           "11 Novembre", "lundi"),
    "de": ("Die Polizei sperrte am Montag die Straße des 17. Juni für eine Kundgebung.",
           "17. Juni", "Montag"),
    "es": ("El martes cerraron la plaza del Dos de Mayo por las obras.", "Dos de Mayo",
           "martes"),
    "en": ("Stalls returned to the Tuesday Market Place on Monday, the council said.",
           "Tuesday", "Monday"),
}


@pytest.mark.parametrize("language", sorted(IN_A_NAME))
def test_a_day_in_a_place_name_is_no_date(language: str) -> None:
    text, in_name, real = IN_A_NAME[language]
    found = find_dates(text, PUBLISHED, language=language)
    assert not [d for d in found if in_name in d.text]
    assert [d for d in found if real in d.text]  # the real date stays


_TYPES = {"ar": ["شارع", "سوق", "ميدان", "حي"], "fr": ["la rue du", "l'avenue du",
                                                   "la place du"],
          "de": ["die Straße des", "der Platz des"]}
_DAYS = {"ar": ["الجمعة", "الأحد", "الثلاثاء", "26 يوليو", "15 مايو"],
         "fr": ["11 Novembre", "8 Mai 1945", "4 Septembre", "14 juillet"],
         "de": ["17. Juni", "18. März", "9. November"]}
_FRAMES = {"ar": "أغلقت السلطات {p} {d} أمام السيارات.",
           "fr": "La mairie a fermé {p} {d} aux voitures.",
           "de": "Die Stadt hat {p} {d} für Autos gesperrt."}


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(_TYPES)), st.data())
def test_a_street_named_after_a_day_is_never_a_date(language: str, data: st.DataObject
                                                     ) -> None:
    """Property: a thoroughfare's, a square's or a market's type word followed by a day
    names a place, in any combination of the closed classes."""
    kind = data.draw(st.sampled_from(_TYPES[language]))
    day = data.draw(st.sampled_from(_DAYS[language]))
    text = _FRAMES[language].format(p=kind, d=day)
    assert not [d for d in find_dates(text, PUBLISHED, language=language)
                if day.split()[0] in d.text]


def test_a_future_clause_dates_the_piece_before_a_saying_incise() -> None:
    text = ("Le projet de loi sera présenté en Conseil des ministres le 6 février, avant un "
            "examen à l'Assemblée nationale à partir du lundi 12 février, a précisé Matignon.")
    found = {d.text: d for d in find_dates(text, date(2026, 11, 30), language="fr")}
    assert found["6 février"].value == "2027-02-06"
    hit = found["lundi 12 février"]
    assert (hit.value, hit.weekday_ok) == ("2027-02-12", False)  # a Friday, flagged
    past = ("La réforme a été votée en octobre, après un long débat au Sénat durant toute "
            "la journée du jeudi 12 novembre, a rappelé le ministre.")
    assert {d.text: d.value for d in find_dates(past, date(2026, 11, 30), language="fr")}[
        "jeudi 12 novembre"] == "2026-11-12"  # a past clause stays past


def test_a_place_word_glued_in_a_longer_name_votes_for_no_clock() -> None:
    assert zone_by_places("Des tirs ont été entendus dans les quartiers d'Aïn Zara et de "
                          "Souq al-Joumaa, à Tripoli, puis à Tunis et à Sfax.", "fr") == (
        "Africa/Tunis", ["Tunis", "Sfax"])
    assert zone_by_places("Divers inspected the Nord Stream pipeline, the agency in "
                          "Copenhagen said. Aarhus and Odense", "en")[0] == "Europe/Copenhagen"
    # a département on its own still votes
    assert zone_by_places("Les pompiers de l'Ain sont intervenus à Bourg-en-Bresse et à "
                          "Oyonnax.", "fr")[1][0] == "Ain"


CAPTURES = {  # file name: (source, capture)
    "ar.txt": ("akhbar-alwaha.example",
               "أخبار الواحة\nاشتباكات في طرابلس\n2 ديسمبر 2026 الساعة 11:20\n"
               "اندلعت اشتباكات ليل الثلاثاء في طرابلس، بحسب وزارة الصحة.\n"
               "وسُمع دوي إطلاق نار كثيف في منطقتي سوق الجمعة وعين زارة، فيما علّق مطار "
               "معيتيقة رحلاته.\n"),
    "fr.txt": ("radiosahelmatin.example",
               "Radio Sahel Matin\nLibye : affrontements à Tripoli\n"
               "Publié le 2 déc. 2026 à 19:30\nDes tirs nourris ont été entendus dans "
               "les quartiers d'Aïn Zara et de Souq al-Joumaa, à Tripoli, a indiqué un "
               "habitant joint depuis Tunis.\nL'aéroport de Mitiga a suspendu ses vols.\n"),
}


def test_the_cli_reads_no_date_in_a_district_and_no_ain_in_the_zone(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The real CLI and store: `ingest`, `enrich`, `export` (t-final61 #8 and #12)."""
    data = str(tmp_path / "data")
    for name, (source, capture) in CAPTURES.items():
        path = tmp_path / name
        path.write_text(capture, "utf-8")
        os.utime(path, (1796126400, 1796126400))  # 2026-12-03 12:00 UTC
        assert main(["--data-dir", data, "ingest", "--source", source, str(path)]) == 0
    assert main(["--data-dir", data, "enrich"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "export", "--format", "jsonl"]) == 0
    records = [json.loads(x) for x in capsys.readouterr().out.splitlines() if x]
    by_lang = {r["content"]["language"]: r for r in records}
    texts = [d["text"] for d in by_lang["ar"]["enrichment"]["dates"]]
    assert "الثلاثاء" in " ".join(texts) and not [t for t in texts if "الجمعة" in t]
    zone = by_lang["fr"]["content"]["evidence"]["timezone"]
    assert "Aïn" not in zone and "Europe/Paris (" not in zone
