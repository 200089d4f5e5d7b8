"""Quotes a new user found wrong (newuser8 Q1, Q3), on sentences written here."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from veille.enrich.quotes import MAX_CONTINUED_PARAGRAPHS, find_quotes


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in find_quotes(text)]


# Q1: two fragments of one sentence were joined into one quote given to the speaker of the
# second, though the prose between them names another attribution.

def test_fragments_with_another_attribution_between_are_two_quotes() -> None:
    found = _speakers("La ministre de la Santé a exhorté les médecins à « la modération » et "
                      "annoncé une négociation lundi — une rencontre « de tous les dangers », "
                      "d'après un délégué syndical.")
    assert found == [("la modération", "ministre de la Santé"),
                     ("de tous les dangers", "délégué syndical")]


def test_appeler_a_is_speech_in_the_active() -> None:
    found = _speakers("Le maire de Nantes a appelé les habitants à « la plus grande "
                      "prudence » pendant la tempête.")
    assert found == [("la plus grande prudence", "maire de Nantes")]


def test_a_quote_does_not_borrow_a_selon_across_a_dash() -> None:
    """The first fragment has no speech verb of its own; the "selon" after the dash is the
    second clause's."""
    found = _speakers("Le directeur a convié les délégués à « un dialogue franc et sans "
                      "tabou » jeudi — une rencontre « de la dernière chance », selon une "
                      "élue locale.")
    assert ("de la dernière chance", "élue locale") in found
    assert all(speaker != "élue locale" for text, speaker in found
               if text.startswith("un dialogue"))
    assert not any("[…]" in text for text, _ in found)


def test_a_selon_between_two_fragments_separates_them() -> None:
    found = _speakers("Le porte-parole a évoqué « un accord très proche » et, selon un "
                      "diplomate, « une signature avant l'été ».")
    assert not any("[…]" in text for text, _ in found)


def test_fragments_sharing_one_incise_still_share_its_speaker() -> None:
    found = _speakers("« Nous tiendrons nos engagements » et « nous le prouverons », a "
                      "assuré le Premier ministre.")
    assert [speaker for _, speaker in found] == ["Premier ministre"] * len(found)
    assert found


def test_the_passive_appeler_names_no_speaker() -> None:
    """"Les électeurs sont appelés aux urnes": nobody speaks; the next line is no quote of
    the electors'."""
    found = _speakers("Les agents de la SNCF sont appelés à cesser le travail jeudi.\n"
                      "\"Le service public ferroviaire n'est pas du tout financé\"\n"
                      "La direction conteste ces chiffres.")
    assert all(speaker != "agents de la SNCF" for _, speaker in found)


# Q3: a quote opened with « in one paragraph, not closed there, going on in the next
# paragraph with no « again, and closed there: nothing was found.

CONTINUED = ("La directrice de l'hôpital, Sophie Marchand, a reçu la presse jeudi.\n\n"
             "« Nos équipes tiennent bon, mais elles sont épuisées.\n\n"
             "Il nous faudrait vingt infirmières de plus avant l'hiver », a-t-elle "
             "ajouté.\n\n"
             "L'agence régionale de santé n'a pas répondu.")


def test_a_quote_over_two_paragraphs_without_reopening() -> None:
    quotes = find_quotes(CONTINUED)
    assert len(quotes) == 1
    quote = quotes[0]
    assert quote.speaker == "Sophie Marchand"
    assert len(quote.parts) == 2
    first, second = (CONTINUED[s:e] for s, e in quote.parts)
    assert first == "Nos équipes tiennent bon, mais elles sont épuisées."
    assert second == "Il nous faudrait vingt infirmières de plus avant l'hiver"
    assert "\n" not in quote.text


def test_a_never_closed_mark_does_not_swallow_the_article() -> None:
    paragraphs = ["Le maire, Paul Girard, a parlé.", "« Nous rouvrirons l'école en mars."]
    paragraphs += [f"Le conseil municipal se réunira le {n} mars." for n in
                   range(1, MAX_CONTINUED_PARAGRAPHS + 3)]
    paragraphs += ["Le budget est voté », conclut le communiqué."]
    text = "\n\n".join(paragraphs)
    assert not any("conseil municipal" in q.text for q in find_quotes(text))


def test_a_never_closed_mark_leaves_the_next_quote_alone() -> None:
    text = ("Le maire, Paul Girard, a parlé.\n\n« Nous rouvrirons l'école en mars.\n\n"
            "Son adjointe a ajouté : « La cantine suivra en avril », selon la mairie.")
    quotes = find_quotes(text)
    assert [q.text for q in quotes] == ["La cantine suivra en avril"]


def test_the_reopening_convention_is_unchanged() -> None:
    text = ("Le préfet, Marc Olivier, a tenu un point presse.\n\n"
            "« Les digues tiendront cette nuit.\n\n"
            "« Mais restez chez vous », a-t-il insisté.")
    quotes = find_quotes(text)  # one quote, a part per paragraph (issue 16, s-quotes15)
    assert [q.speaker for q in quotes] == ["Marc Olivier"] and len(quotes[0].parts) == 2


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["« ", " »", "\n\n", "Il a dit", ", a-t-il ajouté. ",
                                 "selon X", " — ", "le ministre a appelé à ", "mots "]),
                max_size=30))
@example(["Il a dit", "« ", "\n\n", "« "])  # an empty paragraph opened with « gave a part (10, 9)
@example(["Il a dit", "« ", "« ", " »", "« ", "Il a dit", "\n\n", "Il a dit", " »"])  # merged
# with a quote over two paragraphs, a fragment's part crossed the break
def test_parts_never_cross_a_blank_line(pieces: list[str]) -> None:
    text = "".join(pieces)
    for quote in find_quotes(text):
        for start, end in quote.parts:
            assert 0 <= start <= end <= len(text)
            assert "\n\n" not in text[start:end]


# Causes read on the in-sample sets (rpm2 E, G), sentences written here.

def test_another_person_named_between_two_fragments_keeps_them_apart() -> None:
    found = _speakers("« Nous voterons contre ce texte », a prévenu Marc Dupont, au lendemain "
                      "du discours de Julie Martin sur « la réforme la plus juste du "
                      "quinquennat ».")
    assert found[0] == ("Nous voterons contre ce texte", "Marc Dupont")
    assert not any("[…]" in text for text, _ in found)


def test_the_on_of_an_entourage_speaks_for_it_after_an_opener() -> None:
    """"Dans l'entourage de X, on" was handled, "Mais dans l'entourage de X, on" was not."""
    found = _speakers("Mais dans l'entourage du ministre, on avertit que « les chiffres du "
                      "chômage seront mauvais ».")
    assert found == [("les chiffres du chômage seront mauvais", "ministre")]


def test_a_short_fragment_holding_a_finite_verb_is_speech_not_a_term() -> None:
    """"que les « prévisions sont sombres »": three words after a determiner were taken for a
    term; a finite verb makes them a clause someone said."""
    found = _speakers("Le porte-parole de la préfecture, Luc Aubert, a averti que les "
                      "« écoles sont fermées ».")
    assert found == [("écoles sont fermées", "Luc Aubert")]


def test_a_text_ending_with_an_opening_mark_ends() -> None:
    assert find_quotes("Il a dit « oui, nous voterons «") == []


def test_a_body_opening_its_sentence_is_no_person_named_before() -> None:
    """"La mairie" took the last person of its gender (centering for persons' descriptions,
    fifth version); a body's noun is the body."""
    found = _speakers("Paul Durand a été arrêté mardi. La mairie s'est dite "
                      "prête à « rouvrir le dossier sans attendre ».")
    assert found == [("rouvrir le dossier sans attendre", "mairie")]
