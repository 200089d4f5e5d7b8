"""One template with other subjects is no story; two own accounts of one event are one
(h-stories64: ``template.SUBJECT_SLOTS`` on again, with ``template.FRAMED_SLOTS``).

Off since stop 62 (two short accounts of one landslide sharing their closing appeal were
"one template with other subjects"), the rule let t-final62 bulk300's notices of one town
(a pool, a fire, a bus line…) make one story. A subject slot must now lie in the template's
frame: aligned words run on both sides of it, which chance alignments of a rewrite do not.

Texts written for these tests (invented people). The stories' side is
tests/dedup/test_reprint_containment.py (real stores: the landslide's accounts stay one
story with the rule on).
"""

from __future__ import annotations

import random

import pytest

from veille.dedup import template
from veille.dedup.template import other_subjects, wording

NOTICE = ("Tudela : {s} genera debate ({n} vecinos afectados, expediente n.º {k})",
          "TUDELA - En Tudela, {s} afecta ya a {n} vecinos, según el Ayuntamiento. El "
          "expediente n.º {k} fue estudiado en una sesión marcada por {f}.\n\n\"Seguimos "
          "este asunto muy de cerca desde hace {m} meses\", declaró {p}, teniente de alcalde "
          "de Tudela. La oposición pide un nuevo informe antes de la votación final, prevista "
          "el {d} de marzo.\n\nSe hablará también de {g}. Habrá una reunión pública el martes "
          "en la casa de cultura de Tudela.")
SUBJECTS = ["la reforma de las piscinas municipales", "el incendio de una nave de palés",
            "la subida de los alquileres de estudiantes", "la huelga de la recogida de basuras"]
FILLER = ("presupuesto vecinos barrio proyecto obras asociación calendario estudio pleno "
          "mayoría oposición comerciantes sindicato región financiación obra reunión "
          "voto expediente gobierno").split()
PEOPLE = ["Ramón Lacarra", "Pilar Urzainqui", "Iñaki Garbayo", "Teresa Ayensa"]

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
        draw = random.Random(k)  # shuffled, as t-final62's generator wrote its notices
        filler, other = (" ".join(draw.sample(FILLER, 12)) for _ in range(2))
        title, text = NOTICE
        values = {"s": subject, "n": 120 + 337 * k, "k": 40 + 20 * k, "m": 3 + k,
                  "d": 5 + 3 * k, "f": filler, "g": other, "p": PEOPLE[k]}
        out.append((title.format(**values), text.format(**values),
                    f"2026-02-{10 + 5 * k:02d}T09:00:00+01:00", "es"))
    return out


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
