"""English entities without a model (issue 16, E14): the people a quote names as its
speaker ("said Marc Verbeke", "according to Jan De Smet") are entities, each mention of
them in the article (surname alone included) linked to one entity, and the quote linked to
it. Each test failed before (no person was found in English text)."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.enrich import aliases
from veille.enrich.defaults import recognizer_for
from veille.enrich.places import shipped
from veille.enrich.speaker_spans import speaker_names, with_speakers
from veille.enrich.stage import EntityStage, PlaceStage, QuoteStage, Resources
from veille.record import Article, Content, RawInput

STRIKE = [
    "Dockworkers walked off the job on Monday at three container terminals in Antwerp.",
    "“We have been patient for two years,” said Piet Claessens, a spokesman for the union.",
    "Shipping firms diverted vessels. “We are doing everything we can,” Sarah Lindholm, "
    "a regional director, told reporters.",
    "According to Jan De Wolf, an economist, “every day of strike costs the port dearly.”",
    "Talks are due to resume on Wednesday, Claessens said."]


def _enriched(paragraphs: list[str]) -> dict[str, object]:
    resources = Resources(aliases=aliases.load(None), gazetteer=shipped(),
                          recognizer_for=recognizer_for)
    article = Article(raw=RawInput(data=b"x", origin="https://example.org/a",
                                   media_type="text/html"),
                      content=Content(title="Port strike", paragraphs=paragraphs,
                                      published=datetime(2024, 3, 4, tzinfo=UTC),
                                      language="en"))
    for stage in (EntityStage(resources), PlaceStage(resources), QuoteStage(resources)):
        article = stage(article)
    assert article.enrichment is not None
    return article.enrichment


def test_english_speakers_are_people_linked_to_their_quotes() -> None:
    enrichment = _enriched(STRIKE)
    people = {e["name"]: e for e in enrichment["entities"]  # type: ignore[attr-defined]
              if e["label"] == "PER"}
    assert set(people) == {"Piet Claessens", "Sarah Lindholm", "Jan De Wolf"}
    assert people["Piet Claessens"]["count"] == 2  # "Claessens said" is the same person
    by_speaker = {q["speaker"]: q["speaker_id"]
                  for q in enrichment["quotes"]}  # type: ignore[attr-defined]
    assert by_speaker == {name: people[name]["id"] for name in people}


def test_a_french_article_keeps_its_model() -> None:
    # the speakers' spans are for languages without a model: French uses spaCy's
    assert recognizer_for("fr") is not None


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["Anna Berg", "Tomas Novak", "Lena Vogt", "Omar Haddad"]),
       st.sampled_from(["said", "told reporters", "added"]))
def test_every_mention_of_a_speaker_is_a_person_span(name: str, verb: str) -> None:
    blocks = [f"{name.split()[-1]} arrived early.", f"“It is over,” {name} {verb}."]
    assert speaker_names(blocks) == [name]
    spans = with_speakers(lambda texts: [[] for _ in texts])(blocks)
    assert [[b[s:e] for s, e, _ in found] for b, found in zip(blocks, spans, strict=True)] \
        == [[name.split()[-1]], [name]]
