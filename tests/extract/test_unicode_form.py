"""Text and queries in one Unicode form (NFC): a page written with decomposed accents
("gre\u0300ve", as some Mac tools and CMSs write it) is found by "grève", and a query
pasted decomposed finds a page written precomposed (verify17 Y8)."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import veille

TEXT = ("La grève des contrôleurs aériens a perturbé le trafic à Orly mardi, a indiqué la "
        "direction générale de l'aviation civile, qui prévoit des annulations mercredi.")


def test_decomposed_text_and_queries_find_each_other(tmp_path: Path) -> None:
    records = [
        {"url": "https://a.example/nfd", "title": "Grève à Orly",
         "text": unicodedata.normalize("NFD", TEXT)},
        {"url": "https://b.example/nfc", "title": "Nouvelle grève",
         "text": TEXT.replace("mardi", "jeudi")}]
    (tmp_path / "in.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", "utf-8")
    with veille.open(tmp_path / "data") as v:
        ids = v.ingest(tmp_path / "in.jsonl").new_ids
        stored = v.store.get(ids[0]).content
        assert stored is not None and unicodedata.is_normalized("NFC", stored.title)
        assert all(unicodedata.is_normalized("NFC", p) for p in stored.paragraphs)
        assert v.search("contrôleurs").total == 2
        assert v.search(unicodedata.normalize("NFD", "contrôleurs aériens")).total == 2
