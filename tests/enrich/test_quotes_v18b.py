"""Speakers after verify18b's findings (V17, V18), on sentences written here (other
names, the same shapes): a detached participle clause whose participle is filed as a
noun ("Invitée de …") opening the sentence is no speaker; a one-word name after a body's
class noun ("le collectif Alerte") is that body, not the person named before it."""

from __future__ import annotations

from veille.enrich.quotes import find_quotes, link_speakers


def _speakers(text: str) -> list[str]:
    return [q.speaker for q in find_quotes(text)]


def test_a_feminine_participle_clause_before_the_subject_is_no_speaker() -> None:
    assert _speakers("Invitée de France Inter, la ministre de la Santé, Claire Fontaine, "
                     "a dénoncé « un recul historique ».") == ["Claire Fontaine"]
    assert _speakers("Invitées de RTL, les deux sénatrices, Anne Morel et Lise Bard, ont "
                     "jugé « inacceptable » cette réforme.")[0] != "Invitées de RTL"


def test_a_name_after_a_body_class_noun_is_the_body_not_the_person_before() -> None:
    text = ("Le préfet, Julien Masson, a défendu l'arrêté. Pour le collectif Alerte, "
            "dont la porte-parole a été reçue en préfecture, « c'est un renoncement ».")
    quotes = find_quotes(text)
    assert [q.speaker for q in quotes] == ["Alerte"]
    at = text.index("Alerte")
    entities: list[dict[str, object]] = [
        {"id": "per:julien-masson", "label": "PER", "mentions": [[10, 24]]},
        {"id": "misc:alerte", "label": "MISC", "mentions": [[at, at + 6]]}]
    link_speakers(quotes, entities, lambda name: "")  # no text: the nationality-noun rule
    assert [q.speaker_id for q in quotes] == ["per:julien-masson"]
    link_speakers(quotes, entities, lambda name: "", text)
    assert [q.speaker_id for q in quotes] == ["misc:alerte"]
    text = text.replace("le collectif Alerte", "l'ONG Alerte")
    quotes = find_quotes(text)
    at = text.index("Alerte")
    entities[1]["mentions"] = [[at, at + 6]]
    link_speakers(quotes, entities, lambda name: "", text)
    assert [q.speaker_id for q in quotes] == ["misc:alerte"]
