"""A line of ``veille export`` reads back under the id it gives (docs/collect.md, JSON
records), even when that id is not its URL's hash: a moved article keeps its first id, a
reused URL's later article has another (newuser16c N1: the moved article came back under
its new URL's hash, and every link made for it led nowhere)."""

from __future__ import annotations

import json
from pathlib import Path

import veille
from veille.record import article_id

TEXT = ("Le conseil municipal a voté lundi soir la rénovation de la piscine, un chantier de "
        "dix-huit mois qui doit commencer au printemps, a indiqué le maire devant la presse.")


def test_an_exported_line_reads_back_under_its_own_id(tmp_path: Path) -> None:
    url = "https://journal.example/ville/piscine-renovee"
    line = {"id": "0123456789abcdef", "source": "journal.example",
            "content": {"title": "La piscine sera rénovée", "url": url, "paragraphs": [TEXT],
                        "language": "fr"}}
    assert article_id(url=url, raw_id="") != line["id"]
    (tmp_path / "export.jsonl").write_text(json.dumps(line, ensure_ascii=False) + "\n")
    with veille.open(tmp_path / "data") as v:
        [new] = v.ingest(tmp_path / "export.jsonl").new_ids
        assert new == "0123456789abcdef"
        assert v.store.get(new).url == url


def test_a_plain_record_or_a_bad_id_keeps_the_urls_id(tmp_path: Path) -> None:
    """Only an export line (a ``content`` object) gives its id, and only a well-formed one:
    a plain record's ``id`` field is the producer's, not veille's."""
    records = [{"id": "0123456789abcdef", "url": "https://journal.example/a", "title": "A",
                "text": TEXT},
               {"id": "../../etc", "source": "journal.example",
                "content": {"title": "B", "url": "https://journal.example/b",
                            "paragraphs": [TEXT + " Deuxième."]}}]
    (tmp_path / "in.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n")
    with veille.open(tmp_path / "data") as v:
        ids = set(v.ingest(tmp_path / "in.jsonl").new_ids)
    assert ids == {article_id(url="https://journal.example/a", raw_id=""),
                   article_id(url="https://journal.example/b", raw_id="")}


def test_an_exported_id_naming_another_stored_article_is_not_taken(tmp_path: Path) -> None:
    """verify17 Y2: a line carrying the id of another stored article (another URL) was
    stored as a version of it; it is its own URL's article."""
    first = {"url": "https://journal.example/ville/marche", "title": "Le marché déménage",
             "text": TEXT.replace("piscine", "halle du marché")}
    with veille.open(tmp_path / "data") as v:
        (tmp_path / "a.jsonl").write_text(json.dumps(first, ensure_ascii=False) + "\n")
        [stored] = v.ingest(tmp_path / "a.jsonl").new_ids
        url = "https://journal.example/ville/piscine-renovee"
        line = {"id": stored, "source": "journal.example",
                "content": {"title": "La piscine sera rénovée", "url": url,
                            "paragraphs": [TEXT], "language": "fr"}}
        (tmp_path / "b.jsonl").write_text(json.dumps(line, ensure_ascii=False) + "\n")
        [new] = v.ingest(tmp_path / "b.jsonl").new_ids
        assert new == article_id(url=url, raw_id="") != stored
        assert v.store.get(stored).content.title == "Le marché déménage"
        assert v.store.versions(stored) == []
