"""Passages in another language inside a French article (newuser8 Q2): the French model's
noise inside them is dropped, names are kept, French quotes are read as before. Sentences
written for these tests; read with the real French model."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from veille.enrich import foreign
from veille.enrich.aliases import AliasTable, parse, shipped_text
from veille.enrich.entities import recognise
from veille.enrich.stage import Resources, pipeline
from veille.extract.language import reliable_language
from veille.record import Article, Content, RawInput

TABLE = AliasTable(parse(shipped_text()))


def _names(resources: Resources, *paragraphs: str) -> set[str]:
    article = Article(raw=RawInput(data=b"x", origin="test", media_type="text/plain",
                                   source="journal-test.fr"),
                      content=Content(title="Sommet européen", paragraphs=list(paragraphs),
                                      published=datetime(2026, 11, 20, tzinfo=UTC),
                                      language="fr"))
    outcome = pipeline(resources).run_one(article)
    assert outcome.ok and outcome.article is not None and outcome.article.enrichment
    entities = outcome.article.enrichment["entities"]
    assert isinstance(entities, list)
    return {str(e["name"]) for e in entities}


def test_an_english_quote_gives_no_french_noise(resources: Resources) -> None:
    names = _names(resources,
                   "Les dirigeants se sont retrouvés mercredi à Bruxelles pour le budget.",
                   "« We need an agreement before Christmas », a déclaré Ursula von der "
                   "Leyen devant la presse.")
    assert not {n for n in names if n.startswith("We") or n == "Christmas"}
    assert "Ursula von der Leyen" in names


def test_an_english_sentence_keeps_its_names(resources: Resources) -> None:
    names = _names(resources,
                   "Le sommet s'est ouvert mercredi.",
                   '"We need an agreement before Christmas, otherwise the whole programme '
                   'is at risk," said Ursula von der Leyen, speaking in English to '
                   "reporters.")
    assert not {n for n in names if n.startswith("We") or n == "Christmas"}
    assert "Ursula von der Leyen" in names


def test_an_italian_quote_gives_no_french_noise(resources: Resources) -> None:
    text = ("« Non è il momento di aspettare, serve un accordo subito per il Natale », "
            "a déclaré Giorgia Meloni jeudi à Rome.")
    assert [(text[s:e], c) for s, e, c in foreign.passages(text, "fr")] == [
        ("Non è il momento di aspettare, serve un accordo subito per il Natale", "it")]
    names = _names(resources, text)
    assert {"Giorgia Meloni", "Rome"} <= names
    assert not {"Natale", "di aspettare", "aspettare"} & names


def test_a_french_quote_is_read_as_before(resources: Resources) -> None:
    text = ("« Nous ne signerons pas un budget qui sacrifie nos agriculteurs de Bretagne "
            "et de Normandie », a affirmé le président Emmanuel Macron à Bruxelles.")
    assert foreign.passages(text, "fr") == []
    recognizer = resources.recognizer_for("fr")
    assert recognizer is not None
    with_check = recognise(text, recognizer, TABLE, language="fr")
    without = recognise(text, recognizer, TABLE)
    assert [(m.start, m.text, m.label) for m in with_check] == \
        [(m.start, m.text, m.label) for m in without]
    assert {"Bretagne", "Normandie", "Emmanuel Macron"} <= {m.text for m in with_check}


def test_names_are_no_evidence_of_a_language() -> None:
    # CLD2 reads "a déclaré Ursula von der Leyen" as German: names are left out
    text = "« We need an agreement before Christmas », a déclaré Ursula von der Leyen."
    assert [text[s:e] for s, e, _ in foreign.passages(text, "fr")] == \
        ["We need an agreement before Christmas"]


def test_a_short_french_run_cld2_calls_english_is_no_passage() -> None:
    # CLD2 reads "conditions seront favorables aux amateurs" as English, reliably by its
    # own flag: French function words outnumber English ones, so it stays French
    assert reliable_language("conditions seront favorables aux amateurs") == "en"
    text = "« Les conditions seront favorables aux amateurs », a dit le notaire Dupont."
    assert foreign.passages(text, "fr") == []


def test_a_lower_case_english_run_is_no_name() -> None:
    text = "Le texte dit We need an accord et rien de plus, selon la Commission européenne."
    spans = [(text.index("We need an"), text.index("We need an") + 10, "MISC")]
    mentions = recognise(text, lambda blocks: [spans for _ in blocks], TABLE)
    assert not [m for m in mentions if m.text.startswith("We")]


@given(st.text(max_size=300))
def test_passages_never_fail_and_lie_in_the_text(text: str) -> None:
    for start, end, code in foreign.passages(text, "fr"):
        assert 0 <= start < end <= len(text) and code not in ("", "fr")
    reliable_language(text)
