"""One size bound for an article's text, whatever the input kind (t-scale19 P5, P9,
issue 13): a wire item (ninjs, NewsML-G2), a JSON Lines record and an HTML page are cut
at MAX_ARTICLE_CHARS as a text capture is, at a paragraph's end, and the cut is said in
``evidence["input"]``. A 50 MB ninjs item was one article of 48 M characters."""

from __future__ import annotations

import json
import random

from hypothesis import given
from hypothesis import strategies as st

from veille.extract.article_bound import MAX_ARTICLE_CHARS, bounded_paragraphs, cut_point
from veille.extract.stage import RECORD, ExtractStage
from veille.extract.wire import G2, NINJS
from veille.record import Article, Content, RawInput

_WORDS = ("le gouvernement a présenté mardi un projet de loi sur la réforme des retraites "
          "que les syndicats jugent injuste et le Premier ministre défend devant "
          "l’Assemblée nationale où la majorité reste fragile après les élections").split()


def _paragraphs(chars: int, seed: int = 19) -> list[str]:
    rng = random.Random(seed)
    out: list[str] = []
    size = 0
    while size < chars:
        out.append(" ".join(rng.choice(_WORDS) for _ in range(rng.randint(40, 120))).capitalize()
                   + ".")
        size += len(out[-1])
    return out


def _extract(data: bytes, media_type: str, origin: str) -> Content:
    article = ExtractStage()(Article(raw=RawInput(data=data, origin=origin,
                                                  media_type=media_type)))
    assert article.content is not None
    return article.content


def _assert_cut(content: Content, written: list[str]) -> None:
    kept = sum(map(len, content.paragraphs))
    assert kept <= MAX_ARTICLE_CHARS
    assert kept > MAX_ARTICLE_CHARS * 0.9  # whole paragraphs up to the bound, not a few
    assert content.paragraphs[:3] == written[:3]  # the start is kept as written
    note = content.evidence.get("input", "")
    assert f"cut at {kept:,} of" in note, content.evidence


def test_a_huge_ninjs_item_is_cut_at_the_article_bound() -> None:
    written = _paragraphs(3 * MAX_ARTICLE_CHARS)
    doc = {"uri": "urn:test:huge:1", "headline": "Le gouvernement présente sa réforme",
           "language": "fr", "versioncreated": "2026-11-30T10:00:00Z",
           "body_text": "\n".join(written)}
    _assert_cut(_extract(json.dumps(doc).encode(), NINJS, "huge.json"), written)


def test_a_huge_ninjs_html_body_is_cut_at_the_article_bound() -> None:
    written = _paragraphs(2 * MAX_ARTICLE_CHARS)
    doc = {"uri": "urn:test:huge:2", "headline": "Le gouvernement présente sa réforme",
           "language": "fr", "body_html": "".join(f"<p>{p}</p>" for p in written)}
    _assert_cut(_extract(json.dumps(doc).encode(), NINJS, "huge-html.json"), written)


def test_a_huge_newsml_item_is_cut_at_the_article_bound() -> None:
    written = _paragraphs(2 * MAX_ARTICLE_CHARS)
    body = "".join(f"<p>{p}</p>" for p in written)
    item = f"""<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:test:g2:1" version="1"
 standard="NewsML-G2" standardversion="2.29" xml:lang="fr">
 <itemMeta><itemClass qcode="ninat:text"/><provider qcode="nprov:TEST"/>
  <versionCreated>2026-11-30T10:00:00Z</versionCreated></itemMeta>
 <contentMeta><headline>Le gouvernement présente sa réforme</headline></contentMeta>
 <contentSet><inlineXML contenttype="application/xhtml+xml">
  <html xmlns="http://www.w3.org/1999/xhtml"><body>{body}</body></html>
 </inlineXML></contentSet></newsItem>"""
    _assert_cut(_extract(item.encode(), G2, "huge.xml"), written)


def test_a_huge_record_is_cut_at_the_article_bound() -> None:
    written = _paragraphs(int(1.5 * MAX_ARTICLE_CHARS))
    line = json.dumps({"url": "https://example.org/2026/11/30/reforme",
                       "title": "Le gouvernement présente sa réforme",
                       "text": "\n\n".join(written), "language": "fr"})
    _assert_cut(_extract(line.encode(), RECORD, "records.jsonl#1"), written)


def test_a_huge_html_page_is_cut_at_the_article_bound() -> None:
    written = _paragraphs(int(1.5 * MAX_ARTICLE_CHARS))
    page = ("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
            "<title>Le gouvernement présente sa réforme</title></head><body><article>"
            "<h1>Le gouvernement présente sa réforme</h1>"
            + "".join(f"<p>{p}</p>\n" for p in written) + "</article></body></html>")
    _assert_cut(_extract(page.encode(), "text/html", "huge.html"), written)


def test_an_article_within_the_bound_is_not_touched() -> None:
    written = _paragraphs(20_000)
    doc = {"uri": "urn:test:small:1", "headline": "Le gouvernement présente sa réforme",
           "language": "fr", "body_text": "\n".join(written)}
    content = _extract(json.dumps(doc).encode(), NINJS, "small.json")
    assert content.paragraphs == written
    assert "input" not in content.evidence


@given(st.lists(st.text(alphabet="ab \n", min_size=0, max_size=60), max_size=30),
       st.integers(min_value=1, max_value=400))
def test_bounded_paragraphs_keeps_a_prefix_within_the_limit(
        paragraphs: list[str], limit: int) -> None:
    kept, size, total = bounded_paragraphs(paragraphs, limit)
    assert size == sum(map(len, kept)) <= limit
    assert total == sum(map(len, paragraphs))
    if total <= limit:
        assert kept == paragraphs
    for n, paragraph in enumerate(kept[:-1]):
        assert paragraph == paragraphs[n]
    if kept:
        assert paragraphs[len(kept) - 1].startswith(kept[-1])


@given(st.text(alphabet="ab \n", min_size=2, max_size=300), st.integers(1, 200))
def test_cut_point_is_within_the_limit(text: str, limit: int) -> None:
    assert 0 < cut_point(text, limit) <= limit


def test_a_deeply_nested_record_or_ninjs_item_is_too_deep_not_a_python_message() -> None:
    """t-scale19 P9: a JSON Lines line of 100,000 nested ``[`` said "broken JSON line
    (maximum recursion depth exceeded while decoding a JSON array...)"."""
    from veille.errors import InputError
    from veille.extract.records import parse_record_line
    from veille.extract.wire import extract_ninjs

    deep = b"[" * 100_000 + b"]" * 100_000
    for read in (lambda: parse_record_line(deep, origin="deep.jsonl#1"),
                 lambda: extract_ninjs(b'{"uri": "urn:x", "body_text": ' + deep + b"}",
                                       origin="deep.json")):
        try:
            read()
        except InputError as exc:
            assert exc.reason == "too-deep", exc.one_line()
            assert "nested too deeply" in exc.one_line()
            assert "recursion" not in exc.one_line()
        else:
            raise AssertionError("a nested line was read")
