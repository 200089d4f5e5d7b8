"""Language routing: French text goes through spaCy's French model; English (no
trustworthy English model on PyPI, see docs/enrichment.md) through the alias table and
the quotes' speakers, quotes and places included."""

from __future__ import annotations

from datetime import UTC, datetime

from veille.enrich import aliases
from veille.enrich.defaults import recognizer_for
from veille.enrich.places import shipped
from veille.enrich.stage import EntityStage, PlaceStage, QuoteStage, Resources
from veille.record import Article, Content, RawInput


def test_only_french_gets_a_model() -> None:
    assert recognizer_for("fr") is not None and recognizer_for("fr-FR") is not None
    assert recognizer_for("en") is None and recognizer_for("de") is None


def test_an_english_article_gets_alias_entities_places_and_quotes() -> None:
    resources = Resources(aliases=aliases.load(None), gazetteer=shipped(),
                          recognizer_for=recognizer_for)
    article = Article(raw=RawInput(data=b"x", origin="https://example.org/a",
                                   media_type="text/html"),
                      content=Content(title="ISIS still holds ground, officials say",
                                      paragraphs=['"The group still controls thousands of '
                                                  'fighters in Syria," said John Smith in '
                                                  "Washington on Tuesday."],
                                      published=datetime(2019, 1, 15, tzinfo=UTC),
                                      language="en"))
    for stage in (EntityStage(resources), PlaceStage(resources), QuoteStage(resources)):
        article = stage(article)
    assert article.enrichment is not None
    ids = {e["id"] for e in article.enrichment["entities"]}
    assert {"Q2429253", "Q61", "Q858"} <= ids  # ISIS, Washington, Syria: from the table
    # no model: the only person is the quote's speaker ("said John Smith": speaker_spans)
    assert [e["name"] for e in article.enrichment["entities"]
            if e["label"] == "PER"] == ["John Smith"]
    assert {p["country"] for p in article.enrichment["places"]} >= {"US", "SY"}
    [quote] = article.enrichment["quotes"]
    assert quote["speaker"] == "John Smith" and quote["speaker_id"]
