"""t-enrich23 E20: a record of more than ``MAX_PARAGRAPHS`` paragraphs was cut silently
(the last third of a 3,000-paragraph record, its quotes and dates, gone without a word).
The cut is now said in ``evidence["input"]``, as the project's other limits are."""

from __future__ import annotations

from veille.extract.records import MAX_PARAGRAPHS, record_to_content


def test_a_cut_body_says_so_in_its_evidence() -> None:
    paragraphs = [f"Paragraphe numéro {n}." for n in range(MAX_PARAGRAPHS + 1000)]
    for record in ({"title": "Long", "paragraphs": paragraphs, "language": "fr"},
                   {"title": "Long", "text": "\n\n".join(paragraphs), "language": "fr"}):
        content = record_to_content(record)
        assert len(content.paragraphs) == MAX_PARAGRAPHS
        note = content.evidence["input"]
        assert f"{MAX_PARAGRAPHS:,}" in note and f"{MAX_PARAGRAPHS + 1000:,}" in note
        assert "\n" not in note


def test_a_body_within_the_bound_says_nothing() -> None:
    content = record_to_content({"title": "Court", "text": "Un.\n\nDeux.", "language": "fr"})
    assert content.paragraphs == ["Un.", "Deux."]
    assert "input" not in content.evidence
