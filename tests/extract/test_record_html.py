"""JSON Lines records that carry HTML (nu7 P9): an ``html`` field, or a ``title``/``text``
that is markup, is read by the HTML rules; a text that only mentions "<3" or "a < b" stays
text. Before, ``"text": "<p>…</p><p>…</p>"`` was one paragraph of literal tags (shown,
indexed, exported) and ``"title": "Budget : <b>le Sénat</b>"`` kept its ``<b>``."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from veille.errors import ExtractionError
from veille.extract.html.fragment import looks_like_html
from veille.extract.records import record_to_content

TWO = "<p>Le Sénat a rejeté le budget mardi.</p><p>Une commission mixte se réunira jeudi.</p>"


def test_markup_text_and_title_are_read_as_html() -> None:
    content = record_to_content({"title": "Budget : <b>le Sénat</b> rejette le texte",
                                 "text": TWO, "language": "fr"})
    assert content.title == "Budget : le Sénat rejette le texte"
    assert content.paragraphs == ["Le Sénat a rejeté le budget mardi.",
                                  "Une commission mixte se réunira jeudi."]
    assert content.lead == "Le Sénat a rejeté le budget mardi."


def test_html_field_is_read_as_html_before_text() -> None:
    content = record_to_content({"title": "T", "html": "<div><h2>Sous-titre</h2>"
                                 "<p>Un &eacute;t&eacute; chaud<script>x()</script>.</p></div>",
                                 "text": "ignored plain text"})
    assert content.paragraphs == ["Sous-titre", "Un été chaud."]


def test_text_that_mentions_brackets_stays_text() -> None:
    text = "Si a < b et b > c, alors rien.\n\nJe t'aime <3, écrit-elle. Un <nom> inconnu."
    content = record_to_content({"title": "Maths <3", "text": text})
    assert content.title == "Maths <3"
    assert content.paragraphs == ["Si a < b et b > c, alors rien.",
                                  "Je t'aime <3, écrit-elle. Un <nom> inconnu."]


def test_a_paragraphs_list_is_never_sniffed() -> None:
    content = record_to_content({"title": "T", "paragraphs": ["La balise <b>gras</b> sert."]})
    assert content.paragraphs == ["La balise <b>gras</b> sert."]


@given(st.text(alphabet=st.characters(blacklist_characters="<>"), max_size=80),
       st.text(alphabet=st.characters(blacklist_characters="<>"), max_size=80))
def test_text_without_tags_is_never_html(left: str, right: str) -> None:
    assert not looks_like_html(f"{left} < {right}")
    assert not looks_like_html(f"{left} <3 {right} > 2")


@given(st.text(max_size=200) | st.sampled_from(["<p>", "<p></p>", "<b>x</b>", "<br/>"]))
def test_any_text_field_reads_without_crashing(text: str) -> None:
    """Markup with no text in it ("<p></p>") is a record with neither title nor text: a
    one-line error, as for an empty record."""
    try:
        content = record_to_content({"title": text or "t", "text": text or "t"})
    except ExtractionError as exc:
        assert "\n" not in str(exc)
        return
    assert all(p and "\n" not in p for p in content.paragraphs)
