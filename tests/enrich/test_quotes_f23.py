"""Quotes and speakers, false speakers of t-final22 (F4, F5, F10, F12, F14; issue 16,
branch f-speakers23): an outlet or a public body as the incise's subject given to the
previous speaker, a long title before a name (the previous speaker, a person named
"Transports X", a quote cut by its incise kept whole), a speaker cut three letters into
its name by a conjunction read inside it ("ole Delga l'"), "de source policière" giving
"policière", a nationality noun resolved through a nationality adjective ("le coureur
belge X … le Belge") and demonyms as entities, role nouns ("la pénaliste", "l'officier")
and a title in apposition after "selon". Synthetic sentences (invented people and words,
none of the tester's nor of the held-out set f-speakers23); each failed before the fix
but the guards, which pass on both sides. The property test holds for any speaker."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.enrich.conftest import enrich

from veille.enrich.quotes import Quote, find_quotes
from veille.enrich.quotes_titles import titled_name
from veille.enrich.stage import Resources


def _of(text: str, words: str) -> Quote:
    return next(q for q in find_quotes(text) if q.text.startswith(words))


# F10: the speaker's offsets and the elided clitic before the verb

def test_a_name_opening_like_a_conjunction_is_not_cut() -> None:
    for name in ("Carine Vidal", "Simone Arnaud", "Quentin Morel", "Commeaux Paul",
                 "Caroline Dubreuil", "Sinead Walsh"):
        text = f"Le conseil a siégé.\n\n{name} l'a affirmé lundi : « Aucune école ne fermera. »"
        quote = _of(text, "Aucune école")
        assert quote.speaker == name, name
        assert text[quote.speaker_start:quote.speaker_end] == name, name


def test_an_elided_or_reflexive_clitic_is_no_part_of_the_subject() -> None:
    for subject, speaker in (("Paul Girardin l'a répété", "Paul Girardin"),
                             ("Le maire, Hugo Lefranc, s'en est expliqué", "Hugo Lefranc"),
                             ("Anne Rivière ne l'a pas caché", "Anne Rivière")):
        text = f"La séance a été tendue.\n\n{subject} : « Nous irons jusqu'au bout. »"
        assert _of(text, "Nous irons").speaker == speaker, subject


_GIVEN = st.sampled_from(["Carole", "Simon", "Quentin", "Carine", "Sinead", "Cosima",
                          "Paul", "Anne", "Marc-Antoine", "Élodie"])
_SURNAME = st.sampled_from(["Delmas", "Carrel", "Quandt", "Siffre", "Lebrun", "Comte",
                            "Le Goff", "Oudin"])
_VERB = st.sampled_from(["l'a assuré", "l'a dit", "a déclaré", "s'est exclamé",
                         "l'a répété mardi", "n'a pas caché sa colère"])


@settings(max_examples=60, deadline=None)
@given(_GIVEN, _SURNAME, _VERB, st.sampled_from(["", "Le maire a parlé. ", "Hier, "]))
def test_a_speaker_is_its_span_s_text_at_word_boundaries(given_name: str, surname: str,
                                                        verb: str, lead: str) -> None:
    text = f"{lead}{given_name} {surname} {verb} : « Rien ne sera fermé. »"
    for quote in find_quotes(text):
        if quote.speaker_start < 0:
            continue
        start, end = quote.speaker_start, quote.speaker_end
        assert text[start:end] == quote.speaker
        assert start == 0 or not re.match(r"\w", text[start - 1])
        assert end == len(text) or not re.match(r"\w", text[end])
        assert not re.search(r"\s[ls]['’]$", quote.speaker)


# F4: an outlet or a public body after the verb is the speaker

def test_an_outlet_in_the_incise_is_the_speaker_not_a_demonym() -> None:
    text = ("Le chef de file de l'opposition, Marc Verdier, a dénoncé le budget. « Il est "
            "insincère », a-t-il dit.\n\n« La région a caché un déficit », a rapporté Le "
            "Parisien, citant une note interne.")
    assert _of(text, "La région").speaker == "Le Parisien"


def test_a_public_body_is_never_the_outlet_quoted_before() -> None:
    text = ("Un bus a pris feu à Pessac. « Le moteur a explosé », selon Le Monde, qui cite un "
            "témoin.\n\n« Nous allons renforcer les contrôles », a indiqué la préfecture.")
    assert _of(text, "Nous allons").speaker == "préfecture"
    text = ("Un car a versé à Dax. « Le conducteur roulait trop vite », a révélé Radio Adour "
            "Landes.\n\n« Une enquête est ouverte », a précisé le parquet.")
    assert _of(text, "Une enquête").speaker == "parquet"


def test_a_body_still_takes_up_the_body_named_before() -> None:  # guard (rpm2 T05_C2_03)
    text = ("Le fichier a été condamné par Act-Up comme une « atteinte grave aux libertés ».\n"
            "L'association a expliqué qu'elle n'avait pas « les moyens de s'associer » aux "
            "recours.")
    assert _of(text, "les moyens").speaker == "Act-Up"


# F14: an anonymous source keeps its noun

def test_de_source_x_is_the_anonymous_source() -> None:
    for source, speaker in (("de source policière", "source policière"),
                            ("de sources proches du dossier", "sources proches du dossier"),
                            ("de source proche de l'Élysée", "source proche de l'Élysée")):
        text = f"Deux hommes ont été interpellés.\n\n« Ils étaient armés », a-t-on appris {source}."
        assert _of(text, "Ils étaient").speaker == speaker, source


# F5: a long title before the name

def test_a_long_title_in_an_incise_names_its_holder() -> None:
    for title, name in (
            ("la ministre de l'Agriculture et de la Souveraineté alimentaire", "Lise Arnoux"),
            ("le ministre espagnol des Transports et de la Mobilité durable", "Pablo Ruiz"),
            ("le ministre de l'Économie, des Finances et de l'Industrie", "Yves Castel"),
            ("la commissaire européenne aux Transports", "Dagny Olsen"),
            ("le ministre portugais des Infrastructures et de la Gestion de l'eau",
             "Rui van Zeller")):
        text = (f"Le syndicat, par la voix de Jean Morel, a réclamé un moratoire. « Rien ne "
                f"bouge », a dit Jean Morel.\n\n« Les lignes seront sauvées », a promis "
                f"{title} {name}.")
        assert _of(text, "Les lignes").speaker == name, title


def test_a_quote_cut_by_an_incise_with_a_long_title_is_split() -> None:
    text = ("Le port est bloqué depuis lundi. « Nous tiendrons », a dit Paolo Rinaldi.\n\n"
            "« Nous avons, a expliqué la ministre grecque de la Marine marchande et de la "
            "Politique insulaire Eleni Vlachou, tout tenté pour éviter la grève. »")
    quote = _of(text, "Nous avons")
    assert quote.speaker == "Eleni Vlachou"
    assert "a expliqué" not in quote.text and len(quote.parts) == 2


def test_a_long_title_before_the_verb_names_its_holder() -> None:
    text = ("La grève a été suivie.\n\nLe secrétaire général de la CFDT Fonctions publiques et "
            "Services Alain Dutertre l'a annoncé : « Nous reviendrons mardi. »\n\nLa ministre "
            "wallonne de l'Emploi, de la Formation et de l'Économie sociale Julie Tasiaux "
            "s'est dite « prête à discuter ».")
    assert _of(text, "Nous reviendrons").speaker == "Alain Dutertre"
    assert _of(text, "prête à").speaker == "Julie Tasiaux"


def test_titled_name_guards() -> None:  # guard: a title's own words stay the title's
    for phrase in ("le ministre des Transports du Québec", "le président du Conseil italien",
                   "la porte-parole de la mairie"):
        # ("le ministre des Transports Tabarot" names Tabarot since f-speakers24)
        assert titled_name(phrase) is None, phrase


# F12 and role nouns

def test_a_nationality_adjective_gives_the_person_a_demonym_stands_for() -> None:
    text = ("Le cycliste danois Mads Kjær a gagné devant son coéquipier Jonas Holm.\n\n« J'ai "
            "attaqué au bon moment », a souri le Danois.\n\nLa skieuse suisse Léa Kunz a "
            "devancé Anna Moser. « Je me sens libérée », a dit la Suissesse.")
    assert _of(text, "J'ai attaqué").speaker == "Mads Kjær"
    assert _of(text, "Je me sens").speaker == "Léa Kunz"


def test_a_place_after_a_preposition_is_no_demonym_referent() -> None:  # guard
    text = ("La skieuse suisse Léa Kunz a gagné le super-G de Beaver Creek.\n\nUn supporter "
            "américain était ravi. « Quelle course ! », a lancé l'Américain.")
    assert _of(text, "Quelle course").speaker != "Beaver Creek"


def test_role_nouns_reach_the_named_holder() -> None:
    text = ("Le procès s'est ouvert à Caen. Son avocat, Me Claire Poulard, plaide la relaxe. "
            "« Mon client est innocent », a martelé la pénaliste.\n\nSelon le commandant des "
            "opérations de secours, le colonel Yann Kerbrat, « le vent a tout compliqué ». "
            "« Nous avons reculé », a ajouté l'officier.")
    assert _of(text, "Mon client").speaker == "Me Claire Poulard"
    assert _of(text, "le vent").speaker == "Yann Kerbrat"
    assert _of(text, "Nous avons reculé").speaker == "Yann Kerbrat"


def test_demonyms_and_title_words_are_no_entities(resources: Resources) -> None:
    text = ("Cyclisme : Kjær s'impose\n\nLe cycliste danois Mads Kjær a gagné devant la "
            "Norvégienne Ida Dahl et une Italienne venue de Turin. « Superbe », a lancé la "
            "Suissesse du peloton.\n\n« Nous avons tout fait », a expliqué la ministre "
            "italienne des Transports Carla Ferrante.")
    found = enrich(resources, text)
    names = {str(e["name"]) for e in found["entities"]}  # type: ignore[index]
    assert not names & {"Norvégienne", "Italienne", "Suissesse", "Danois"}
    assert "Carla Ferrante" in names and "Transports Carla Ferrante" not in names
