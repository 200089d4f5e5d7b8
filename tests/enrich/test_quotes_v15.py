"""Speakers of the fifteenth version of the quote rules (issue 16, branch s-quotes12b,
newuser12a's wrong mouths), on sentences written here: the journalist's whole question
line, documents and sources ("d'après une note de X"), a sentence naming its own subject
before an unattributed quote, speech verbs."""

from __future__ import annotations

from veille.enrich.quotes import find_quotes


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in find_quotes(text)]


def test_a_name_in_the_question_line_is_not_the_interviewee() -> None:
    text = ("Le maire de Lille, Arnaud Ferrand, a reçu notre journaliste.\n\n"
            "La piscine fermera-t-elle cet été ?\n\n"
            "« Non, elle restera ouverte tout l'été, nous avons trouvé les crédits. »\n\n"
            "Julie Marchand demande un audit des comptes. Que lui répondez-vous ?\n\n"
            "« Ma collègue fait campagne, les comptes sont publics depuis longtemps. »\n\n"
            "Le tramway sera-t-il prolongé vers Roubaix ?\n\n"
            "« Les études commencent en janvier, la décision viendra ensuite. »")
    assert [s for _, s in _speakers(text)] == ["Arnaud Ferrand"] * 3


def test_a_document_read_by_a_newspaper_is_not_the_previous_speaker() -> None:
    text = ("« Nous tiendrons nos objectifs », a affirmé Louis Garnier, le patron du "
            "groupe. D'après un rapport de l'Inspection des finances consulté par Le "
            "Parisien, « les économies promises restent très incertaines ».")
    assert _speakers(text)[1] == ("les économies promises restent très incertaines",
                                  "rapport de l'Inspection des finances")


def test_a_document_issued_by_a_body_ends_at_its_participle() -> None:
    text = ("« Les équipes sont à bout », peut-on lire dans une lettre de la CFDT "
            "envoyée mardi.")
    assert _speakers(text) == [("Les équipes sont à bout", "lettre de la CFDT")]


def test_a_newspaper_named_like_a_document_speaks_for_itself() -> None:
    text = ("« Le plan sera prêt en mars », a promis Hélène Royer. "
            "« Ce calendrier ne tient pas », écrit La Tribune dans son édition du jour.")
    assert _speakers(text)[1] == ("Ce calendrier ne tient pas", "La Tribune")


def test_a_newspaper_keeps_its_capitalised_article_and_its_description_follows() -> None:
    text = ("« Le gouvernement doit reculer », écrit Le Figaro dans son éditorial. "
            "Le quotidien appelle les députés à « voter contre le texte ».")
    assert [s for _, s in _speakers(text)] == ["Le Figaro", "Le Figaro"]


def test_an_english_admission_names_its_own_speaker() -> None:
    text = ('"We were the better side," said Tom Hale. "The fans were great." '
            'Leeds coach Ryan Colt admitted his team had been "beaten in every '
            'department".')
    assert "Ryan Colt" in _speakers(text)[2][1]


def test_a_sentence_naming_another_subject_does_not_continue_the_speaker() -> None:
    text = ('"We were the better side," said Tom Hale. "The fans were great." '
            'Leeds coach Ryan Colt felt his team had been "beaten in every department".')
    # not the current speaker; since the sixteenth version, the sentence's own named
    # subject (the quoted island: tests/enrich/test_quotes_v16.py)
    assert _speakers(text)[2] == ("beaten in every department", "Ryan Colt")


def test_a_bill_opening_its_sentence_is_nobody_s_speech() -> None:
    text = ("« Nous voterons contre », a déclaré Paul Girard, député du Nord. Ce projet "
            "de loi prévoyait que « tout salarié pourra refuser une mutation lointaine ».")
    assert _speakers(text)[1] == ("tout salarié pourra refuser une mutation lointaine", "")


def test_a_headline_clause_before_the_speaker_names_no_speaker() -> None:
    text = ("Budget : l'Assemblée adopte le texte, le rapporteur salue une « victoire »\n\n"
            "Le texte sera présenté mardi.")
    assert _speakers(text) == [("victoire", "rapporteur")]


def test_selon_after_a_quote_names_the_report_s_source_not_the_speaker() -> None:
    text = ("Claire Vidal, elle, a dénoncé une décision « brutale et injuste », selon un "
            "proche de la ministre.")
    assert _speakers(text) == [("brutale et injuste", "Claire Vidal")]


def test_selon_after_a_quote_with_no_speaking_subject_still_names_the_source() -> None:
    text = ("La grève de mardi voulait dénoncer « une dérive autoritaire », selon Marc "
            "Olier, délégué syndical.")
    assert _speakers(text)[0][1] == "Marc Olier"


def test_a_nationality_noun_refers_back_to_the_person_not_to_the_nationality() -> None:
    from veille.enrich.quotes import link_speakers
    text = ("Primoz Roglic a gagné l'étape à Pau. « C'était une journée parfaite », a dit "
            "le Slovène à l'arrivée.")
    quotes = find_quotes(text)
    at = text.index("Slovène")
    entities: list[dict[str, object]] = [
        {"id": "per:primoz-roglic", "label": "PER", "mentions": [[0, 13]]},
        {"id": "misc:slovene", "label": "MISC", "mentions": [[at, at + 7]]}]
    link_speakers(quotes, entities, lambda name: "")
    assert [q.speaker_id for q in quotes] == ["per:primoz-roglic"]
    far = "x" * 700
    quotes = find_quotes(text.replace("Pau. ", "Pau. " + far + " "))
    at = text.index("Slovène") + len(far) + 1
    entities[1]["mentions"] = [[at, at + 7]]
    link_speakers(quotes, entities, lambda name: "")
    assert [q.speaker_id for q in quotes] == [""]


def test_speaking_of_and_chanting_introduce_quotes() -> None:
    assert _speakers("Le maire, Yves Carrel, parle d'une « décision incompréhensible ».") \
        == [("décision incompréhensible", "Yves Carrel")]
    assert _speakers("Devant la préfecture, les grévistes scandaient « Tous ensemble ! ».") \
        == [("Tous ensemble !", "grévistes")]


def test_a_chant_named_by_a_passive_participle_is_no_speech_verb() -> None:
    text = "La ministre a été accueillie par des « Démission ! » scandés par la foule."
    assert all(s != "foule" for _, s in _speakers(text))


def test_a_scandal_is_no_chant() -> None:
    assert _speakers("Le député évoque un scandale « sans précédent ».") == [
        ("sans précédent", "député")]


def test_a_quote_inside_a_quote_is_part_of_it() -> None:
    # newuser21 E21 reversed newuser12a E7: the inner words are reported by the outer
    # speaker, one entry (the bench's gold never annotates them apart)
    text = "« La directrice m'a dit : \"Vous partirez lundi\" », raconte une employée."
    assert _speakers(text) == [("La directrice m'a dit : \"Vous partirez lundi\"",
                                "employée")]


def test_an_inner_quote_with_a_pronoun_introduction_is_left_to_the_outer() -> None:
    text = "« Il m'a dit : \"Vous partirez lundi\" », raconte une employée."
    assert len(_speakers(text)) == 1


def test_a_first_person_object_clitic_is_no_part_of_the_speaker() -> None:
    assert _speakers("Le préfet nous a dit : « Les routes rouvriront demain matin ».") == [
        ("Les routes rouvriront demain matin", "préfet")]


def test_a_headline_description_names_the_person_the_body_introduces() -> None:
    text = ("Hôpital : le Sénat vote le budget, la ministre salue une « avancée »\n\n"
            "La ministre de la Santé, Claire Mounier, a déclaré : « Le texte protège les "
            "soignants. » Jeanne Dubreuil, ancienne ministre, a regretté un vote « trop "
            "rapide ».")
    assert _speakers(text)[0] == ("avancée", "Claire Mounier")
