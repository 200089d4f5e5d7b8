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
