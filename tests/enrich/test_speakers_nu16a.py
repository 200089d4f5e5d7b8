"""Speakers linked to a place or thing of the same name (newuser16a H2), on sentences
written here: a titled surname is a person, and a place inside a longer speaker is not
the speaker."""

from __future__ import annotations

from veille.enrich.stage import Resources

from .conftest import enrich


def _speakers(section: dict[str, object]) -> list[tuple[str, str]]:
    quotes = section["quotes"]
    assert isinstance(quotes, list)
    return [(str(q["speaker"]), str(q.get("speaker_id") or "")) for q in quotes]


def test_a_titled_surname_is_the_person_not_the_town(resources: Resources) -> None:
    section = enrich(resources, (
        "Loi sur l'eau : la majorité divisée\n\n"
        "Le sénateur Luc Paris, élu de la Mayenne, a déposé mardi un amendement. M. Paris, "
        "lui, se veut prudent. « Je ne voterai pas un texte bâclé », a-t-il expliqué."),
        source="liberation.fr")
    assert ("M. Paris", "per:luc-paris") in _speakers(section)


def test_a_place_inside_a_longer_speaker_is_not_the_speaker() -> None:
    """"l'opérateur Lime" was linked to Lima: a place speaks only as the whole speaker."""
    from veille.enrich.quotes import _whole_speaker

    assert not _whole_speaker("opérateur Lime", 10, 4)
    assert _whole_speaker("Paris", 0, 5) and _whole_speaker("le Kremlin", 3, 7)


def test_a_headlines_rubric_is_no_speaker(resources: Resources) -> None:
    """verify17 Y9: "Entretien : « … »" gave the speaker "Entretien"."""
    section = enrich(resources, (
        "Entretien : « Nous avons tout perdu en une nuit »\n\n"
        "Dans le quartier inondé, les habitants comptent leurs pertes depuis mardi. Le "
        "maire a promis des aides rapides aux familles sinistrées."), source="ouest-france.fr")
    assert all(speaker.strip() != "Entretien" for speaker, _ in _speakers(section))
