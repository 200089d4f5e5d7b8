"""t-final56 A9: "INFO LE PARISIEN. Saint-Denis : un incendie dans une tour…" kept its
kicker in the headline: a kicker glued to the headline needed words of four letters or
more ("LE" is two), and the headline after it had to open with a plain capitalised word
("Saint-Denis" has a second capital). A kicker closed by a full stop is told by its stop;
an acronym with stops inside ("U.S.") or a lone short word ("USA.") is no kicker."""

from __future__ import annotations

import pytest

from veille.extract.blocks import kicker_glued
from veille.extract.text_capture import extract_text_capture

CAPTURE = """La Gazette du Val
Rechercher
Se connecter

Faits divers

{title}

Le feu s'est déclaré jeudi soir au troisième étage d'un immeuble de la rue des Tanneurs.
Les pompiers ont évacué quarante habitants, dont deux ont été légèrement intoxiqués.

Par Jeanne Martel
Le 3 décembre 2026 à 07h10

Une enquête a été ouverte pour déterminer l'origine de l'incendie, qui pourrait être
accidentelle selon les premiers éléments recueillis par les enquêteurs sur place.
"""


@pytest.mark.parametrize(("line", "kicker", "title"), [
    ("INFO LA GAZETTE. Saint-Amand : un immeuble évacué après un incendie",
     "INFO LA GAZETTE.", "Saint-Amand : un immeuble évacué après un incendie"),
    ("EXCLUSIF. Les pompiers ont évacué un immeuble de la rue des Tanneurs",
     "EXCLUSIF.", "Les pompiers ont évacué un immeuble de la rue des Tanneurs"),
])
def test_a_kicker_closed_by_a_stop_is_cut(line: str, kicker: str, title: str) -> None:
    found = extract_text_capture(CAPTURE.format(title=line))
    assert (found.kicker.strip(), found.title) == (kicker, title)


@pytest.mark.parametrize("line", [
    "U.S. Army plans a new base in Poland next year",
    "USA. Trump signe le décret sur les droits de douane",
    "Saint-Amand : un immeuble évacué après un incendie",
])
def test_no_kicker_without_one(line: str) -> None:
    assert not kicker_glued(line, "")
    found = extract_text_capture(CAPTURE.format(title=line))
    assert (found.kicker, found.title) == ("", line)
