# ruff: noqa: E501  (the captures hold paragraphs on one line, as pages do)
"""Text captures: a date and a byline on one line, a "read also" cue and its headline on
one line (t-final59 items 1 and 5; issue 14), on the real extractor
(:func:`veille.extract.text_capture.extract_text_capture`), outlets and people invented:

* "Samedi 7 février 2026 à 16:30 - Par NAME, OUTLET" dates the article and names its
  author (the outlet or the desk after the name is no author), in every language;
* "À lire aussi Les … ?" (the cue, then a headline, no colon) leaves the body, in every
  language, while a real sentence opening with the cue's words stays.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.extract.read_also import cue_headline
from veille.extract.text_capture import extract_text_capture

BODY = [
    "Le conseil départemental a voté jeudi la rénovation complète du pont suspendu, fermé aux camions depuis l'automne dernier.",
    "Les travaux commenceront en mai et dureront huit mois, avec une circulation alternée pour les voitures.",
    "« Ce pont est vital pour les agriculteurs de la vallée », a rappelé le maire de la commune, Bernard Vialle.",
]


def _capture(meta_line: str, masthead: str = "Radio Plateau Ardennes") -> str:
    return "\n".join([masthead, "Rechercher", "Info  Sport  Culture  Vie quotidienne",
                      "Monthermé : le pont suspendu sera rénové pour trois millions d'euros",
                      meta_line, *BODY, f"Écouter {masthead}"]) + "\n"


def test_date_then_byline_then_the_masthead_dates_and_names() -> None:
    """t-final59 #1: the line was dropped as a menu's link (no date, no author)."""
    result = extract_text_capture(_capture(
        "Samedi 7 février 2026 à 16:30 - Par Élodie Ferrand, Radio Plateau Ardennes"))
    assert result.published is not None
    assert result.published.isoformat() == "2026-02-07T16:30:00+01:00"
    assert result.authors == ["Élodie Ferrand"]
    assert result.paragraphs[0].startswith("Le conseil départemental")


def test_date_then_byline_then_a_desk_in_other_languages() -> None:
    lines = {
        "March 4, 2026 at 7:45 PM - By Daniel Whitcombe, Harbour Radio News Desk": "Daniel Whitcombe",
        "Jueves 12 de marzo de 2026 a las 11:20 - Por Lucía Gallardo Ferrer, Radio Costa Levante": "Lucía Gallardo Ferrer",
        "Venerdì 13 marzo 2026 alle 08:05 - Di Marco Benedetti, Radio Lago Nord": "Marco Benedetti",
        "Montag, 16. März 2026, 14:10 Uhr – Von Jana Köhler, Radio Elbtal Redaktion": "Jana Köhler",
    }
    for line, name in lines.items():
        result = extract_text_capture(_capture(line, masthead="Radio Mont Noir"))
        assert result.published is not None, line
        assert result.published.strftime("%H:%M") in line.replace("7:45 PM", "19:45"), line
        assert result.authors == [name], (line, result.authors)


def test_two_authors_keep_both_and_drop_the_outlet() -> None:
    result = extract_text_capture(_capture(
        "Mardi 10 mars 2026 à 09:15 - Par Romain Lachaud et Claire Ombredane, Radio Plateau Ardennes"))
    assert result.authors == ["Romain Lachaud", "Claire Ombredane"]


FIGARO_SHAPE = """Le Courrier du Soir
Rechercher   Se connecter   S'abonner
Politique  Économie  International
Ports : les dockers en grève reconductible à partir de lundi
Par Mathilde Gervais
Publié le 5 mars 2026 à 10:40
Les dockers des grands ports de la façade atlantique ont voté une grève reconductible à partir de lundi, a annoncé jeudi leur fédération, qui réclame une prime de pénibilité.
« Nous n'avons pas été entendus depuis six mois », a déclaré le secrétaire de la fédération, Yann Kervella.
{teaser}
Les armateurs craignent des retards sur les lignes vers l'Afrique de l'Ouest et l'Amérique du Sud.
Une nouvelle réunion est prévue mardi au ministère.
La rédaction vous conseille
"""


def test_cue_then_headline_leaves_the_body() -> None:
    """t-final59 #5: Le Figaro's "À lire aussi" + headline stayed paragraph 4."""
    for teaser in ("À lire aussi Les dockers vont-ils perdre leur régime spécial ?",
                   "Read more Why the harbour cranes are twenty years old",
                   "Lee también Los estibadores de Algeciras votan la huelga",
                   "Leggi anche Il porto di Genova chiude per sciopero",
                   "Leia também Estivadores de Sines anunciam greve",
                   "Lesen Sie auch Warum der Hamburger Hafen stillsteht",
                   "Читайте также Докеры Новороссийска объявили забастовку",
                   "اقرأ أيضا عمال ميناء بيروت يعلنون الإضراب"):
        result = extract_text_capture(FIGARO_SHAPE.format(teaser=teaser))
        body = "\n".join(result.paragraphs)
        assert " ".join(teaser.split()[-3:]) not in body, (teaser, result.paragraphs)
        assert "Une nouvelle réunion est prévue mardi" in body


def test_a_sentence_opening_with_the_cue_words_stays() -> None:
    for sentence in ("Lire aussi les cahiers des charges permet de comprendre le choix des armateurs, qui ont exigé des garanties.",
                     "Read more widely, the union argued, and the case for a bonus becomes plain to every docker."):
        result = extract_text_capture(FIGARO_SHAPE.format(teaser=sentence))
        assert sentence in result.paragraphs, result.paragraphs


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéè", min_size=1, max_size=9)


@settings(max_examples=200, deadline=None)
@given(cue=st.sampled_from(["À lire aussi", "Lire aussi", "Read more", "Lee también",
                            "Leggi anche", "Leia também", "Lesen Sie auch", "Читайте также"]),
       words=st.lists(_WORD, min_size=2, max_size=20), stop=st.sampled_from([".", ",", ":"]))
def test_cue_headline_never_takes_a_lower_case_or_stopped_line(cue: str, words: list[str],
                                                               stop: str) -> None:
    """A line going on in lower case is a sentence; a line ending on a stop is one too."""
    assert not cue_headline(f"{cue} {' '.join(words)}")
    assert not cue_headline(f"{cue} {' '.join(words).capitalize()}{stop}")
    assert cue_headline(f"{cue} {' '.join(words).capitalize()}")
