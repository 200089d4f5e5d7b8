"""One template with other subjects is no story; two own accounts of one event are one
(h-stories64: ``template.SUBJECT_SLOTS`` on again, with ``template.FRAMED_SLOTS``).

Off since stop 62 (two short accounts of one landslide sharing their closing appeal were
"one template with other subjects"), the rule let t-final62 bulk300's notices of one town
(a pool, a fire, a bus line…) make one story. A subject slot must now lie in the template's
frame: aligned words run on both sides of it, which chance alignments of a rewrite do not.

Texts written for these tests (invented outlets and people), one record per ingest into a
real store (:func:`story_records_kit.stories_of`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from story_records_kit import stories_of
from veille.dedup import template
from veille.dedup.template import other_subjects, wording

NOTICE = ("Tudela : {s} genera debate",
          "TUDELA - En Tudela, {s} afecta ya a {n} vecinos, según el Ayuntamiento. El "
          "expediente fue estudiado en una sesión marcada por {f}.\n\n\"Seguimos este asunto "
          "muy de cerca desde hace meses\", declaró el teniente de alcalde {p}. La oposición "
          "pide un nuevo informe antes de la votación final.\n\nHabrá una reunión pública el "
          "martes en la casa de cultura de Tudela.")
SUBJECTS = ["la reforma de las piscinas municipales", "el incendio de una nave de palés",
            "la subida de los alquileres de estudiantes", "la huelga de la recogida de basuras"]
FILLER = "presupuesto vecinos barrio proyecto obras asociación calendario estudio".split()
PEOPLE = ["Ramón Lacarra", "Pilar Urzainqui", "Iñaki Garbayo", "Teresa Ayensa"]
DETAILS = ["Los nadadores del club entrenarán en Cascante hasta la primavera, con autobuses "
           "gratuitos desde el centro y horarios de tarde para los estudiantes del instituto.",
           "Los bomberos trabajaron toda la noche entre humo y vigas caídas; el Gobierno de "
           "Navarra midió el aire en los colegios cercanos y no encontró riesgos.",
           "Una habitación cuesta ya cuatrocientos euros al mes, los estudiantes piden un "
           "observatorio de precios y los propietarios rechazan cualquier tope.",
           "Los trabajadores piden turnos más cortos y camiones nuevos; los servicios mínimos "
           "cubren el hospital y los colegios, pero no los polígonos."]

CLOSING = ("El Ayuntamiento pide a los conductores que eviten el puerto de Belagua y consulten "
           "el estado de las carreteras antes de salir, sobre todo este fin de semana.")
OWN = [["Un desprendimiento cortó el jueves por la mañana la carretera entre Isaba y "
        "Belagua, donde cientos de metros cúbicos de roca cubrieron la calzada. El alcalde "
        "de Isaba, Koldo Mendive, desalojó dos bordas y abrió el frontón a las familias.",
        CLOSING],
       ["En la carretera entre Isaba y Belagua el tráfico está cortado desde el jueves tras "
        "la caída de bloques de roca. La Policía Foral ha desviado a los vehículos por el "
        "valle de Ansó y Koldo Mendive, alcalde de Isaba, ha realojado a los vecinos de dos "
        "bordas amenazadas.", CLOSING]]


def _notices() -> list[tuple[str, str, str, str]]:
    out = []
    for k, subject in enumerate(SUBJECTS):
        title, text = NOTICE
        filler = " ".join(FILLER[k:] + FILLER[:k])
        out.append((title.format(s=subject),
                    text.format(s=subject, n=120 + 37 * k, f=filler, p=PEOPLE[k]) + "\n\n" +
                    DETAILS[k] + " " + DETAILS[(k + 1) % len(DETAILS)],
                    f"2026-02-{10 + k:02d}T09:00:00+01:00", "es"))
    return out


def test_one_towns_notices_of_other_subjects_are_other_stories(tmp_path: Path) -> None:
    """Regression (t-final62 bulk300's Dijon story, SUBJECT_SLOTS off): four notices of one
    town on one template, four subjects, were one story."""
    items = _notices()
    assert len(set(stories_of(tmp_path, items))) == len(items)


def test_two_own_accounts_sharing_a_closing_are_no_template() -> None:
    """Two accounts of one landslide in their own words, one closing appeal shared: their
    differences are no slot of a frame."""
    assert not other_subjects(wording(OWN[0]), wording(OWN[1]))


def test_a_template_with_other_subjects_is_read_framed_or_not(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The notices' subject slot lies in the frame; unframed, the two accounts were read as
    other subjects too (the fault the frame fixes)."""
    one, two = (wording(n[1].split("\n\n")) for n in _notices()[:2])
    assert other_subjects(one, two)
    monkeypatch.setattr(template, "FRAMED_SLOTS", False)
    assert other_subjects(one, two)
