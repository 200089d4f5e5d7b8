"""Words that are no speaker (issue 16, t-final52 A6/A10/A12), on sentences written here:
an English participle clause opening the sentence, a French absolute participle clause
before the main clause, and a circumstantial phrase after a name inverted after the verb."""

from __future__ import annotations

from veille.enrich.quotes import find_quotes
from veille.enrich.stage import Resources

from .conftest import enrich


def _speakers(section: dict[str, object]) -> dict[str, str]:
    quotes = section["quotes"]
    assert isinstance(quotes, list)
    return {str(q["text"]): str(q["speaker"]) for q in quotes}


def _speaker_of(text: str, words: str) -> str:
    return next(q.speaker for q in find_quotes(text) if words in q.text)


def test_an_english_participle_opener_is_no_speaker(resources: Resources) -> None:
    section = enrich(resources, (
        "Minister defends ferry cuts\n\n"
        "Rhian Pugh has said the ministry will \"review every route\" before the summer.\n\n"
        "Visiting Cardiff on Monday, the transport minister said the changes were "
        "\"fair and overdue\".\n\n"
        "\"We will keep the island routes open,\" she said. Ms Pugh added that talks would "
        "open next week."), language="en", source="walesonline.co.uk")
    speakers = _speakers(section)
    assert speakers["fair and overdue"] == "transport minister"
    assert speakers["We will keep the island routes open"] == "Rhian Pugh"


def test_asked_and_writing_open_no_speaker() -> None:
    assert _speaker_of('Asked about the delays, the chief executive said the line was '
                       '"no longer viable in winter".', "viable") == "chief executive"
    assert _speaker_of('Writing to customers, Jane Holt said the firm "deeply regrets the '
                       'disruption to services".', "regrets") == "Jane Holt"


def test_a_name_ending_in_ing_still_speaks() -> None:
    assert _speaker_of('King Charles said the charity had done "remarkable work for the '
                       'young people of Wales".', "remarkable") == "King Charles"


def test_an_absolute_participle_clause_is_no_speaker() -> None:
    speaker = _speaker_of("Rennes : le conseil de quartier annulé, les habitants dénoncent "
                          "« un manque de respect total »", "manque")
    assert speaker == "habitants"
    speaker = _speaker_of("Nantes : le projet de tramway retardé, les commerçants craignent "
                          "« une année blanche pour le centre ».", "année")
    assert speaker == "commerçants"


def test_a_title_before_a_name_stays_an_apposition() -> None:
    speaker = _speaker_of("La ministre déléguée, Marina Ferrari, a défendu « une réforme "
                          "juste et attendue par les clubs ».", "réforme")
    assert speaker == "Marina Ferrari"


def test_a_name_inverted_after_the_verb_ends_where_the_name_ends() -> None:
    cases = [
        ('"L\'Europa deve restare unita e solidale", ha detto Rossi al termine '
         "dell'incontro.", "Rossi"),
        ("« Les repas resteront à un euro pour tous », a déclaré Paul Morin à l'issue du "
         "conseil.", "Paul Morin"),
        ('"Queremos más trenes para la comarca", afirmó Ana Ruiz tras la reunión.', "Ana Ruiz"),
        ('"The air is already much cleaner," said Tom Reid at the end of the meeting.',
         "Tom Reid"),
        ("„Die Stadt muss jetzt schneller bauen“, sagte Anna Weber nach der Sitzung.",
         "Anna Weber"),
    ]
    for text, speaker in cases:
        assert find_quotes(text)[0].speaker == speaker, text
