"""A name two cities bear in Arabic or Cyrillic script is kept with both and resolved by
the text's context, as the Latin name is (issue 16, r-places60): "طرابلس" and "Триполи"
(Tripoli, Libya and Lebanon) were in no table, the Arabic and Cyrillic names keeping only
a name one city bears, so neither Tripoli was found. Real CLI, real SQLite store, the
shipped gazetteer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.cli.main import main

ARTICLES = [
    ("ar", "https://a.example/ly", "اشتباكات في طرابلس",
     "اندلعت اشتباكات مسلحة ليلة الأحد في طرابلس، وفق ما أفاد سكان. وقالت الحكومة الليبية "
     "إن الهدوء عاد إلى العاصمة. وفي مصراتة وبنغازي دعت المجالس البلدية إلى ضبط النفس في "
     "ليبيا.", "طرابلس", "LY"),
    ("ar", "https://a.example/lb", "إضراب في مرفأ طرابلس",
     "أعلن عمال مرفأ طرابلس في شمال لبنان إضرابا مفتوحا يوم الاثنين. وقال نقيب العمال إن "
     "الوزارة في بيروت لم ترد بعد.", "طرابلس", "LB"),
    ("ru", "https://a.example/ru-ly", "Столкновения в Триполи",
     "В ночь на воскресенье в Триполи произошли столкновения, сообщили жители. Правительство "
     "Ливии заявило, что порядок восстановлен. В Бенгази власти призвали к спокойствию.",
     "Триполи", "LY"),
    ("ru", "https://a.example/ru-lb", "Забастовка в Триполи",
     "Рабочие порта Триполи на севере Ливана объявили забастовку, сообщил профсоюз. "
     "Министерство в Бейруте пока не ответило.", "Триполи", "LB"),
]


def test_a_shared_name_in_arabic_and_cyrillic_is_placed_by_its_context(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feed = tmp_path / "articles.jsonl"
    feed.write_text("".join(json.dumps({
        "url": url, "title": title, "paragraphs": [text], "language": lang,
        "source": "Test Wire", "published": "2026-02-20T10:00:00+00:00"},
        ensure_ascii=False) + "\n" for lang, url, title, text, _, _ in ARTICLES), "utf-8")
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "ingest", str(feed)]) == 0
    assert main(["--data-dir", data, "enrich"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "export", "--format", "jsonl"]) == 0
    records = {r["url"]: r for r in map(json.loads, capsys.readouterr().out.splitlines())}
    for _, url, _, _, name, country in ARTICLES:
        places = records[url]["enrichment"]["places"]
        named = [p["country"] for p in places if p.get("mentioned_as") == name]
        assert named and set(named) == {country}, (url, named)
