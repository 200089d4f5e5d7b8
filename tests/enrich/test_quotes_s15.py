"""Speakers, eighteenth version of the rules (issue 16, branch s-quotes15), on sentences
written here (not from any benchmark set): a name cut by a capitalised "La"/"Le", a wire
dispatch's dateline, detached participles ("Interrogée,"), a quote over two paragraphs
after a colon line, role descriptions and demonstratives."""

from __future__ import annotations

from veille.enrich.quotes import find_quotes


def _speakers(text: str) -> list[str]:
    return [q.speaker for q in find_quotes(text)]


def test_a_surname_opening_with_la_or_le_is_no_object_pronoun() -> None:
    # "Lambert", "Leonetti" begin with "La"/"Le": no object clitic cuts the name there
    assert _speakers("Le ministre Pierre Lambert a déclaré : « Nous avons pris nos "
                     "responsabilités. »") == ["Pierre Lambert"]
    assert _speakers("Le député Jean Leroux juge « inacceptable cette réforme des "
                     "retraites ».") == ["Jean Leroux"]
    assert _speakers("La maire Anne Lafont a dit : « Nous ne céderons rien à "
                     "personne. »") == ["Anne Lafont"]


def test_a_noun_phrase_then_its_verb_and_object_before_a_colon() -> None:
    assert _speakers("Les infirmiers réclament leur dû : « Des postes, des lits et "
                     "du temps. »") == ["infirmiers"]
    assert _speakers("Cette motion qui résume leurs craintes dit : « Nous refusons la "
                     "fermeture du service. »") != ["motion qui"]


def test_a_dateline_is_no_speaker() -> None:
    assert _speakers("LILLE, 4 juin (AFP) - L'Organisation mondiale de la santé a estimé "
                     "mardi que la situation restait « préoccupante mais stable pour "
                     "l'instant ».") == ["Organisation mondiale de la santé"]
    assert _speakers("Titre\n\nNANTES (Reuters) - Le préfet a qualifié l'incendie de "
                     "« criminel et prémédité sans aucun doute ».") == ["préfet"]
    # a headline with a dash is no dateline
    assert _speakers("PSG - OM : le choc\n\nLe capitaine Hugo Roux a prévenu : « Nous "
                     "irons chercher la victoire. »") == ["Hugo Roux"]


def test_a_detached_participle_is_no_speaker() -> None:
    text = ("Léa Marchal a marqué deux buts. Interrogée après la rencontre : « On n'était "
            "pas dans le match », a-t-elle reconnu.")
    assert _speakers(text) == ["Léa Marchal"]
    text = ("Le club a perdu. « On n'était pas dans le match », a reconnu, interrogée par "
            "un quotidien régional, la capitaine Léa Marchal.")
    assert _speakers(text) == ["Léa Marchal"]
    text = ("Le club a perdu dimanche. Interrogée, l'entraîneuse refuse de s'alarmer. « On "
            "n'était pas dans le match », reconnaît-elle.")
    assert "Interrogée" not in _speakers(text)[0]
    assert "refuse" not in _speakers(text)[0]
    # a given name shaped like a participle is a name
    assert _speakers("Renée Dumas a répondu : « Nous verrons bien ce que dira le "
                     "juge. »") == ["Renée Dumas"]


def test_a_quote_over_two_paragraphs_after_a_colon_line() -> None:
    text = ("Le sénateur Paul Orsini a déclaré :\n\n« Nous avons tenu nos engagements. Le "
            "budget sera voté.\n\n« Il n'y aura aucun recul sur les hôpitaux. »\n\nLe débat "
            "reprend mardi.")
    quotes = find_quotes(text)
    assert [q.speaker for q in quotes] == ["Paul Orsini"]
    assert len(quotes[0].parts) == 2 and "hôpitaux" in quotes[0].text
    # one paragraph after the colon line, a blank line between
    assert _speakers("La juge Anne Riou a tranché :\n\n« La demande est rejetée dans sa "
                     "totalité. »") == ["Anne Riou"]


def test_a_description_standing_for_another_role_names_its_holder() -> None:
    # "le chef de l'État" for a president, "la cheffe du gouvernement" for a chancellor,
    # "l'artiste" for a singer, "le garde des Sceaux" for the minister of Justice
    assert _speakers("Le président sénégalais, Malick Ndiaye, a signé le texte jeudi. « C'est "
                     "une victoire pour nos paysans », a déclaré le chef de l'État.") == [
        "Malick Ndiaye"]
    assert _speakers("La chancelière autrichienne Greta Huber a reçu son homologue. « Nous "
                     "partageons la même inquiétude », a affirmé la cheffe du gouvernement."
                     ) == ["Greta Huber"]
    text = ("« La salle était pleine dès midi », se réjouit l'organisateur, Paul Keraudren. "
            "Parmi les invités figure la chanteuse Anaïs Coroller. Jointe par téléphone, "
            "l'artiste se dit « heureuse de revenir » : « J'ai grandi à deux rues d'ici. »")
    assert _speakers(text)[1:] == ["Anaïs Coroller"]
    assert _speakers("Le ministre de la Justice, Hervé Lachaud, était à Lyon. « La loi sera "
                     "appliquée partout », a assuré le garde des Sceaux.") == ["Hervé Lachaud"]
    # a description with no introduction of a role it stands for stays itself
    assert _speakers("Le maire, Jean Rault, a parlé. « Nous voterons contre », a déclaré le "
                     "chef de l'État.") == ["chef de l'État"]


def test_a_name_after_a_detached_participle_clause_is_the_subject() -> None:
    text = ("Son entraîneur, le Belge Marc Dupuis, a critiqué l'arbitrage : « Le but était "
            "hors jeu. »\n\nInterrogé sur son avenir, Enzo Riou, suivi par deux clubs "
            "italiens, est resté discret. « Je suis bien ici », a-t-il glissé.")
    assert _speakers(text)[-1] == "Enzo Riou"


def test_a_demonstrative_takes_up_the_last_mention_of_its_noun() -> None:
    text = ("La porte-parole de l'ONU, Ana Duval, a parlé. « Les routes doivent rouvrir », "
            "a-t-elle insisté.\n\nInterrogé par téléphone, un responsable des milices du "
            "Nord a rejeté ces accusations. « Nous ne bloquons aucun camion », a affirmé ce "
            "responsable, qui a requis l'anonymat.")
    assert _speakers(text) == ["Ana Duval", "responsable des milices du Nord"]
    # no such mention since the previous speaker: the previous speaker
    text = ("Le directeur, Paul Roux, a reçu la presse. « Nous recruterons », a ajouté cet "
            "homme.")
    assert _speakers(text) == ["Paul Roux"]


def test_reagir_is_a_verb_of_speech_in_an_incise() -> None:
    text = ("Le maire de Vitré s'est rendu sur place dans la nuit. « C'est un drame qui "
            "aurait pu être bien plus grave », a-t-il réagi sur les réseaux sociaux.")
    assert _speakers(text) == ["maire de Vitré"]


def test_a_body_opening_the_sentence_before_its_speech_verb_in_the_present() -> None:
    text = ("La plage reste fermée. La préfecture maritime indique que des analyses seront "
            "faites lundi. La baignade « ne pourra pas reprendre avant mardi », précise-t-elle.")
    assert _speakers(text) == ["préfecture maritime"]


def test_a_verb_of_going_on_keeps_the_speaker_a_description_names() -> None:
    text = ("Claire Morvan a été élue jeudi soir. « Nous devons rassembler tout le monde », "
            "a-t-elle déclaré. « Personne ne sera laissé de côté », a poursuivi la maire de "
            "Quimper.")
    assert _speakers(text) == ["Claire Morvan", "Claire Morvan"]
    # someone introduced with that role is that person
    text = ("La maire de Quimper, Anne Riou, était là. Claire Morvan a été élue jeudi soir. "
            "« Nous devons rassembler tout le monde », a-t-elle déclaré. « Personne ne sera "
            "laissé de côté », a poursuivi la maire de Quimper.")
    assert _speakers(text)[-1] == "Anne Riou"


def test_a_name_after_an_opening_conjunction_is_a_pronoun_antecedent() -> None:
    text = ("Jean Valette, maire de Tours, a reçu les habitants. Puis Sophie Lenoir a pris la "
            "parole. « On ne nous a rien dit », a-t-elle regretté.")
    assert _speakers(text) == ["Sophie Lenoir"]


def test_a_description_with_another_nationality_is_not_the_one_introduced() -> None:
    # set Q, read after its held-out run: "le chef de l'État français" is not the
    # Brazilian president introduced before
    text = ("Le président chilien, Andrés Soto, a été reçu jeudi à Paris. Le chef de l'État "
            "français a salué « un moment historique pour nos deux pays ».")
    assert _speakers(text) == ["chef de l'État français"]
    text = ("Le président chilien, Andrés Soto, a été reçu jeudi à Paris. « Nous sommes "
            "venus en amis », a déclaré le chef de l'État chilien.")
    assert _speakers(text) == ["Andrés Soto"]


def test_a_quote_after_the_sentence_that_presents_its_speaker() -> None:
    # set Q, read after its held-out run: a sentence presents a person by name with no
    # speech verb, the quote follows as a sentence of its own with no incise
    text = ("Le maire, Alain Perrin, ne cache pas sa colère. « On nous a promis une gare, on "
            "n'a rien vu venir. » Le conseil votera lundi.")
    assert _speakers(text) == ["Alain Perrin"]
    text = ("Arrivée en 2019, Nadia Chérif tient l'épicerie du bourg. « Sans le bus, mes "
            "clients âgés ne viendront plus. »")
    assert _speakers(text) == ["Nadia Chérif"]
    # an incise after the quote names its own speaker
    text = ("Le maire, Alain Perrin, ne cache pas sa colère. « On nous a promis une gare », "
            "regrette une habitante.")
    assert _speakers(text) == ["habitante"]
    # a scare quote after such a sentence stays no quote
    text = "Le maire, Alain Perrin, ne cache pas sa colère. « Inacceptable ». Il part."
    assert _speakers(text) == []
