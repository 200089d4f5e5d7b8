# ruff: noqa: E501  (the captures hold paragraphs on one line, as pages do)
"""t-final49: formulaic look-alike paragraphs are the article, not teasers (A1); a Québec
capture without its source is read on Montréal's clock from the places it names (A4); a
match sheet's scorers are kept (A6); a correction printed as its own item is one (A8).
Real extractors, no mocks."""

from __future__ import annotations

import json
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from veille.extract.blocks import looks_like_code
from veille.extract.disclosures import headline_correction
from veille.extract.records import record_to_content
from veille.extract.text_capture import MAX_CAPTURE_CHARS, extract_text_capture

HEAD = ("La Gazette du Prétoire\n\nAudience : le compte rendu intégral de la journée\n\n"
        "Le tribunal a entendu mardi les témoins de la défense, un par un.\n\n"
        "Par Odile Maréchal\nPublié le 2 décembre 2026 à 20h30\n\n")
SPEAKERS = ["le greffier", "Me Aubertin", "la présidente", "le témoin", "Me Kessler"]


def _formulaic(n: int, words: tuple[str, str], spread: int) -> str:
    """``n`` paragraphs of one formula, each with its own number (and recurring values:
    speakers, durations, amounts that come back every ``spread`` paragraphs)."""
    paragraphs = [
        f"À {8 + i % 10}h{i % 60:02d}, {SPEAKERS[i % 5]} {words[0]} la pièce numéro "
        f"{5000 + i}, datée de {1 + i % 28} jours et chiffrée à {300 + i % spread} euros, "
        f"que le tribunal {words[1]} sans que personne ne conteste la chronologie des faits "
        "établie par les enquêteurs de la brigade financière."
        for i in range(n)]
    return HEAD + "\n\n".join([*paragraphs, "La séance a été suspendue à 19h40, reprise demain."])


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(n=st.integers(min_value=20, max_value=1300),
       words=st.sampled_from([("examine", "verse au dossier"), ("lit", "écarte"),
                              ("commente", "retient")]),
       spread=st.sampled_from([7, 50, 300]))
def test_lookalike_paragraphs_are_all_kept(n: int, words: tuple[str, str],
                                           spread: int) -> None:
    # A1: 300 of 1,200 such paragraphs were dropped as "teasers" (their shingles all found
    # in the others but for their own number), silently, the closing line among them.
    result = extract_text_capture(_formulaic(n, words, spread))
    assert len(result.paragraphs) == n + 1
    assert result.paragraphs[0].startswith("À 8h00")
    assert result.paragraphs[-1].startswith("La séance a été suspendue")
    assert "limits" not in result.evidence


def test_a_capture_past_the_bound_keeps_every_paragraph_it_read_and_says_the_cut() -> None:
    text = _formulaic(4600, ("examine", "verse au dossier"), 300)
    assert len(text) > MAX_CAPTURE_CHARS
    result = extract_text_capture(text)
    read = text[:MAX_CAPTURE_CHARS].rsplit("\n", 1)[0]
    whole = [p for p in read.split("\n\n") if p.startswith("À ")]
    assert len(result.paragraphs) >= len(whole) - 1  # the last one read may be cut
    assert "read the first" in result.evidence["limits"]


def test_a_teaser_repeating_a_paragraph_still_leaves() -> None:
    body = ("Le port de Sète a reçu lundi son premier paquebot alimenté à quai, une première "
            "en Méditerranée française pour un navire de cette taille.")
    text = (HEAD + body + "\n\nLes travaux de raccordement ont coûté douze millions d'euros, "
            "financés pour moitié par la région.\n\nLe deuxième poste à quai sera livré en "
            "2028, a précisé le directeur du port.\n\nÀ lire aussi\n\n" + body[:110] + "...")
    result = extract_text_capture(text)
    assert result.paragraphs[0] == body
    assert all(not p.endswith("...") for p in result.paragraphs)


QUEBEC = """Le Nouvelliste

Trois-Rivières : le pont Laviolette fermé une nuit pour inspection

La circulation sera détournée vers le pont de Québec entre 22 h et 5 h.

Martin Lafrenière
Le Nouvelliste
Publié le 1 décembre 2026 à 16 h 30

Le ministère des Transports fermera le pont Laviolette dans la nuit de jeudi à vendredi, entre Trois-Rivières et Bécancour. Les camionneurs devront passer par Québec ou Montréal.

« C'est une inspection prévue depuis longtemps », a précisé une porte-parole du Ministère.
"""


def test_a_quebec_capture_is_read_on_montreal_clock_from_its_places() -> None:
    result = extract_text_capture(QUEBEC)
    assert result.published is not None
    assert result.published.utcoffset() == timedelta(hours=-5)
    assert (result.published.hour, result.published.minute) == (16, 30)
    said = result.evidence["timezone"]
    # r-pages49's rule (the places' clocks) reads it first; this module's (the language's
    # other countries) when it does not: either says the zone, its places and "inferred"
    assert "(America/Toronto)" in said and "the places the text names" in said
    assert "inferred" in said and "montr" in said.casefold()


def test_places_of_france_keep_paris_time() -> None:
    text = QUEBEC.replace("Les camionneurs devront passer par Québec ou Montréal.",
                          "Le même constructeur a bâti le pont de Normandie, près du Havre "
                          "et de Rouen, en France.")
    result = extract_text_capture(text)
    assert result.published is not None
    assert result.published.utcoffset() == timedelta(hours=1)


def test_a_site_address_decides_before_the_places() -> None:
    result = extract_text_capture(QUEBEC, site_url="https://www.lemonde.fr/")
    assert result.published is not None
    assert result.published.utcoffset() == timedelta(hours=1)


SPORT = """Courrier Sport

Pro D2 : Béziers s'offre Agen au bout du temps (23-20)

Les Biterrois ont arraché la victoire sur un drop à la dernière seconde, vendredi à Raoul-Barrière.

Par Sylvain Roucayrol
Publié le 27 novembre 2026 à 22h40

Béziers 23-20 Agen
Essais : Fabre (12e), Lagarde (55e) pour Béziers ; Nadau (30e) pour Agen.
Cartons jaunes : Bouyssou (41e) ; Delmas (67e).

Agen menait encore à cinq minutes de la fin après une première période maîtrisée en mêlée.

L'ouvreur biterrois a passé le drop de la gagne à la 80e minute. « On n'a rien lâché », a-t-il souri.
"""


def test_the_scorers_line_stays_with_the_match_sheet() -> None:
    result = extract_text_capture(SPORT)
    assert result.evidence["match_sheet"] == "Béziers 23-20 Agen"
    facts = result.evidence["match_facts"].split("\n")
    assert facts[0].startswith("Essais : Fabre (12e), Lagarde (55e) pour Béziers ;")
    assert facts[1].startswith("Cartons jaunes : Bouyssou (41e)")
    assert not any("Essais" in p for p in result.paragraphs)


def test_list_punctuation_in_a_sentence_is_no_code() -> None:
    assert not looks_like_code("Buts : Savanier (67e sp, 90e+3) pour Montpellier ; Moffi "
                               "(12e), Boga (38e) pour Nice.")
    assert not looks_like_code("Goals: Kane (12, 45+2); Saka (70).")
    for code in ("var a = f(b); g(c);", "function(){a(1);b(2)}",
                 "jQuery(document).ready(function(){ init(); });", "init(); start(); run();"):
        assert looks_like_code(code), code


def _record(title: str, text: str, language: str = "fr") -> dict[str, str]:
    return {"url": "https://www.example.org/a", "title": title, "text": text,
            "published": "2026-12-01T08:00:00+01:00", "language": language}


def test_a_correction_printed_as_its_own_item_is_flagged() -> None:
    content = record_to_content(_record(
        "Erratum : la foire aux santons ouvre le 5 décembre",
        "Contrairement à ce que nous avons écrit dans notre édition de lundi, la foire "
        "ouvre le samedi 5 décembre.\n\nNous prions nos lecteurs de nous en excuser."))
    assert content.evidence["disclosure"] == "corrected"
    news = record_to_content(_record("« Erratum » : un court métrage primé à Clermont",
                                     "Le court métrage Erratum a reçu mardi le prix du public."))
    assert "disclosure" not in news.evidence
    # A label over news that says no error is news (a market "correction" too).
    assert "disclosure" not in record_to_content(_record(
        "Correction : le CAC 40 recule de 8 % en une semaine",
        "La Bourse de Paris a cédé 8 % en cinq séances, sa pire semaine depuis 2022.")).evidence


def test_correction_headlines_in_five_languages() -> None:
    cases = [("Correction: Bridge closing date", "We wrongly stated the date.", True),
             ("Fe de erratas: horario del museo", "En nuestra edición del lunes publicamos "
              "por error el horario.", True),
             ("Errata corrige: il mercato", "Nell'edizione di ieri abbiamo scritto per errore "
              "che il mercato chiude.", True),
             ("Berichtigung: Marktzeiten", "Anders als in unserer Ausgabe vom Montag "
              "berichtet, öffnet der Markt am Freitag.", True),
             ("Rectificatif : l'usine ne fermera pas", "Le groupe a annoncé mardi le maintien "
              "du site et de ses 300 emplois.", False),
             ("Le marché de Noël ouvre samedi", "Contrairement à ce que nous avons écrit, il "
              "ouvre samedi.", False)]
    for title, text, want in cases:
        assert headline_correction(title, [text]) is want, title


def test_records_say_a_correction_note_in_their_text() -> None:
    content = record_to_content(_record(
        "Le tram de Brest prolongé", "Rectificatif : dans une première version de cet "
        "article, nous indiquions une mise en service en 2027.\n\nLe tram de Brest sera "
        "prolongé de quatre kilomètres."))
    assert content.evidence["disclosure"] == "corrected"
    assert json.dumps(content.evidence, ensure_ascii=False).count("corrected") == 1
