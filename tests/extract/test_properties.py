"""Properties that hold for any input: extraction never crashes, keeps only text the input
holds, and every failure is an :class:`~veille.errors.ItemError`."""

from __future__ import annotations

import json
import re
from datetime import datetime

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from veille.collect.files import Options, items_from_bytes
from veille.errors import InputError, ItemError
from veille.extract import textshape as ts
from veille.extract.blocks import _TAGS, cut_tag_blocks, split_blocks
from veille.extract.dates import find_dates, published_and_updated
from veille.extract.encoding import decode_bytes
from veille.extract.records import parse_record_line, record_to_content
from veille.extract.stage import HTML, RECORD, TEXT, ExtractStage
from veille.extract.text_capture import extract_text_capture
from veille.record import Article, RawInput

SETTINGS = settings(max_examples=200, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

# Pieces of real-looking captures, so that examples reach deep into the extractor.
_LINES = [
    "Rechercher", "Dernières Infos", "Menu", "Partager sur Facebook", "Lire aussi :",
    "Par Marie Dupont", "By John Smith and Ann Lee", "Publié le 12 mars 2024 à 14h05",
    "Mis à jour le 13/03/2024 à 09:30", "Updated March 3, 2024 2:14 p.m. ET",
    "2024-03-05T10:00:00+01:00", "Photo : AFP / Jean Martin", "© 2024 Le Quotidien",
    "Il vous reste 80% de cet article à lire.", "Abonnez-vous pour lire la suite",
    "Le conseil municipal a voté mardi soir le budget de la ville pour l'année prochaine.",
    "The council approved the budget on Tuesday, after a long and heated debate.",
    "« C'est une bonne nouvelle », a déclaré le maire.", "Le maire a voté...",
    "Les travaux commenceront en septembre et dureront deux ans, selon la mairie…",
    '<script>var x = {"a": 1};</script>', "<p>Un paragraphe en HTML.</p>",
    '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Titre"}',
    '{"@type": "NewsArticle", "datePublished": "2024-03-05", "author": {"name": "A B"}}',
    "function f() { return 1; }", ".menu { color: red; }", "", "", "    ", "\t",
    "Le maire - Le Quotidien", "Titre de l'article | Le Quotidien",
]
capture_like = st.lists(st.one_of(st.sampled_from(_LINES), st.text(max_size=120)),
                        max_size=40).map(lambda lines: "\n".join(lines))
flat_like = st.lists(st.sampled_from(_LINES), min_size=4, max_size=30).map("   ".join)
any_text = st.one_of(st.text(), capture_like, flat_like,
                     capture_like.map(lambda t: t.replace("\n", "\r\n")))


def _normalise(text: str) -> str:
    return " ".join(text.split())


# Head matter of whole-page captures (widgets, bylines, datelines, labels, breadcrumbs), in
# both languages: put anywhere above or between the headline and the body, it never wins.
_HEAD_MATTER = [
    "Pour ajouter l'article à vos sélections identifiez-vous", "Se connecter", "S'abonner",
    "Vous pouvez lire Le Quotidien sur un seul appareil à la fois", "Le Monde avec AFP",
    "Publié hier à 18h30, mis à jour il y a 2 heures", "Accueil > Société > Éducation",
    "Temps de Lecture 3 min.", "Partager sur Facebook", "Article réservé aux abonnés",
    "Sign in to save this article", "Staff and AP", "Updated 2 hours ago", "Éducation",
    "Par Marie Dupont", "By John Smith", "Publié le 12 mars 2024 à 14h05", "Menu",
]
_HEADLINE = "Rennes adopte un plan de rénovation des écoles"
_MENU = ["Accueil", "International", "Politique", "Société", "Culture", "Sport"]
_BODY = [
    "Le conseil municipal de Rennes a adopté lundi soir un plan de rénovation des écoles de "
    "la ville, d'un montant de 40 millions d'euros sur cinq ans.",
    "Les travaux commenceront dès l'été prochain dans six écoles du centre, selon la mairie, "
    "qui promet de réduire de moitié leur consommation d'énergie.",
    "L'opposition dénonce un calendrier trop lent.",
]


@SETTINGS
@given(st.lists(st.sampled_from(_HEAD_MATTER), max_size=12),
       st.lists(st.sampled_from(_HEAD_MATTER), max_size=6),
       st.sampled_from(["\n", "\n\n", "   "]))
def test_head_matter_never_takes_the_headline(above: list[str], below: list[str],
                                              joiner: str) -> None:
    text = joiner.join([*_MENU, *above, _HEADLINE, *below, *_BODY])
    result = extract_text_capture(text)
    assert result.title == _HEADLINE
    assert result.paragraphs == _BODY


def _untagged(text: str) -> str:
    """``text`` without its tags as the capture reader finds them (a script element inside
    a line goes as a space; "<<A>" keeps its first "<"; "<A/A>" is no tag: examples
    hypothesis found), normalised."""
    return _normalise(_TAGS.sub(" ", cut_tag_blocks(text)))


@SETTINGS
@given(any_text)
@example("0<<A>AAA")
@example("0A<SCRIPT>0</SCRIPT>A")
@example("0<A><A/A>AAA")
@example("0<A<A>AAA/A/A:AAA.")
def test_title_and_lead_come_from_the_input_and_the_lead_is_not_a_paragraph(text: str) -> None:
    result = extract_text_capture(text)
    plain = _normalise(text)
    source = _normalise(re.sub(r"<[^>]*>", " ", text))
    untagged = _untagged(text)
    if result.title and result.evidence.get("title") != "JSON-LD headline":
        title = _normalise(result.title)
        assert title in source or title in plain or title in untagged
        assert not ts.is_dateline(result.title) and not ts.is_byline(result.title)
    if result.lead:
        lead = _normalise(result.lead)
        assert lead in source or lead in plain or lead in untagged
        assert result.lead not in result.paragraphs
        assert result.lead != result.title


@SETTINGS
@given(any_text)
@example("0<A<A>AAA/A/A:AAA.")
def test_extraction_never_raises_and_keeps_only_input_text(text: str) -> None:
    result = extract_text_capture(text)
    assert isinstance(result.paragraphs, list)
    assert result.title is None or isinstance(result.title, str)
    source = _normalise(text)
    for paragraph in result.paragraphs:
        assert paragraph and paragraph == _normalise(paragraph)
        assert _normalise(re.sub(r"<[^>]*>", " ", paragraph)) in _normalise(
            re.sub(r"<[^>]*>", " ", source)) or paragraph in source or \
            paragraph in _untagged(text)
    if result.published is not None:
        assert result.published.tzinfo is not None
    if result.updated is not None:
        assert result.updated.tzinfo is not None


@SETTINGS
@given(st.text(alphabet=st.characters(blacklist_characters="<>{}[]"), max_size=3000))
def test_paragraphs_are_substrings_of_plain_text(text: str) -> None:
    """Without markup or JSON to cut out, every paragraph is literally in the input."""
    source = _normalise(text)
    for paragraph in extract_text_capture(text).paragraphs:
        assert paragraph in source


@SETTINGS
@given(st.lists(st.sampled_from(_LINES), max_size=40), st.frozensets(st.sampled_from(
    ["rechercher", "menu", "par marie dupont", "le maire a vote..."])))
def test_extraction_with_site_chrome_never_raises(lines: list[str],
                                                  chrome: frozenset[str]) -> None:
    result = extract_text_capture("\n".join(lines), site_chrome=chrome)
    assert all(p in _normalise("\n".join(lines)) or "<" in "".join(lines)
               for p in result.paragraphs)


@SETTINGS
@given(st.binary(max_size=4000))
def test_decode_bytes_gives_text_or_an_input_error(data: bytes) -> None:
    try:
        decoded = decode_bytes(data, origin="x")
    except InputError as exc:
        assert exc.reason == "binary" and "\n" not in exc.one_line()
        return
    assert isinstance(decoded.text, str) and decoded.encoding


@SETTINGS
@given(st.text(max_size=2000), st.sampled_from(["utf-8", "utf-16", "utf-8-sig"]))
def test_decode_bytes_reads_back_unicode_with_a_bom(text: str, codec: str) -> None:
    data = text.encode(codec)
    if codec == "utf-8" and ("\x00" in text or not text.isprintable()):
        return  # control characters make it look binary, which is fine
    if data.startswith(b"\xff\xfe\x00\x00"):
        return  # UTF-16 "\x00..." is byte for byte the UTF-32 BOM: truly ambiguous
    try:
        decoded = decode_bytes(data)
    except InputError:
        assert codec == "utf-8"
        return
    if not decoded.repaired:
        assert decoded.text == text


@SETTINGS
@given(any_text)
def test_split_blocks_never_raises_and_gives_clean_blocks(text: str) -> None:
    blocks = split_blocks(text)
    assert blocks.shape in {"lines", "flat", "wrapped"}
    for block in blocks.items:
        assert block and block == _normalise(block)
    assert all(isinstance(d, dict) for d in blocks.json_ld)


_DATE_PIECES = st.one_of(
    st.from_regex(r"(19|20)\d\d-[01]?\d-[0-3]?\d([T ][0-2]\d:[0-5]\d(:[0-5]\d)?"
                  r"(\.\d+)?(Z|[+-]\d\d:?\d\d)?)?", fullmatch=True),
    st.from_regex(r"[0-3]?\d[/.][01]?\d[/.](19|20)\d\d( à [0-2]?\d[h:][0-5]\d)?"
                  r"( (UTC|CET|ET|PT|[+-]\d\d:?\d\d))?", fullmatch=True),
    st.from_regex(r"[0-3]?\d(er)? (janvier|février|mars|août|déc\.|sept|May|June) "
                  r"(19|20)\d\d( à [0-2]?\d ?h ?[0-5]?\d?)?( [ap]\.m\.)?", fullmatch=True),
    st.from_regex(r"(March|Feb|dezember|juil\.) [0-3]?\d(st|th)?,? (19|20)\d\d"
                  r"( at [01]?\d:[0-5]\d ?[ap]m)?( (EDT|PST|ET|GMT))?", fullmatch=True),
    st.sampled_from(["mis à jour le ", "Updated ", "Publié le ", " à 15h30", " at 9:05 pm ET",
                     " modifié le ", "29 février 2023", "31/02/2024", "2024-13-45"]),
    st.from_regex(r"(Publié le |Le |)[0-3]?\d[/.][01]?\d[/.]\d\d( à [0-2]?\d[h:][0-5]\d)?",
                  fullmatch=True),
    st.from_regex(r"(Mon |Last modified on Tue )?[0-3]?\d Nov 20\d\d [0-2]?\d\.[0-5]\d"
                  r"( (GMT|BST|HNE|CEST|et))?", fullmatch=True),
    st.sampled_from(["Publié hier à 18h30", ", modifié à 07h12", " HNE", " et ", " Zurich"]),
    st.text(max_size=20),
)


@SETTINGS
@given(st.lists(_DATE_PIECES, max_size=8).map("".join))
def test_find_dates_never_raises_and_gives_aware_datetimes(text: str) -> None:
    for found in find_dates(text):
        assert isinstance(found.value, datetime) and found.value.tzinfo is not None
        assert found.value.utcoffset() is not None
        assert 0 <= found.start < found.end <= len(text)
    published, updated = published_and_updated(text)
    for value in (published, updated):
        assert value is None or value.tzinfo is not None


@SETTINGS
@given(st.text(max_size=3000))
def test_find_dates_never_raises_on_any_text(text: str) -> None:
    assert all(d.value.tzinfo is not None for d in find_dates(text))


@pytest.mark.parametrize("text", ["2024-03-05T10:00-3000", "12/03/2024 à 14h05 +2500",
                                  "2024-03-05T10:00+23:99"])
def test_find_dates_with_an_impossible_offset(text: str) -> None:
    """Found by the property above: an offset of a day or more raised ValueError, and the
    capture failed as an internal error. It now falls back to the assumed zone."""
    (found,) = find_dates(text)
    assert found.value.tzinfo is not None and not found.zone_given


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)
_KEYS = ["title", "headline", "text", "body", "content", "paragraphs", "articleBody",
         "published", "date", "datePublished", "updated", "dateModified", "authors",
         "author", "byline", "url", "link", "language", "lang", "lead", "description",
         "source", "site_name", "name"]
record_like = st.dictionaries(st.sampled_from(_KEYS), json_values | st.text()
                              | st.sampled_from(["2024-03-05T10:00:00Z", "12 mars 2024",
                                                 "yesterday", "2024-02-30"]), max_size=10)


def _parse(line: bytes) -> None:
    try:
        content = record_to_content(parse_record_line(line, origin="x#1"), origin="x#1")
    except ItemError as exc:
        assert exc.reason in {"bad-json", "no-text", "binary"}
        assert "\n" not in exc.one_line()
        return
    assert content.title or content.paragraphs
    for value in (content.published, content.updated):
        assert value is None or value.tzinfo is not None


@SETTINGS
@given(record_like)
def test_json_records_parse_or_fail_with_an_item_error(record: dict[str, object]) -> None:
    _parse(json.dumps(record).encode())
    _parse(json.dumps(record, ensure_ascii=False).encode("utf-8", "surrogatepass"))


@SETTINGS
@given(st.one_of(json_values.map(lambda v: json.dumps(v).encode()), st.binary(max_size=300)))
def test_any_json_line_parses_or_fails_with_an_item_error(line: bytes) -> None:
    _parse(line)


@SETTINGS
@given(st.binary(max_size=3000), st.sampled_from(["a.txt", "a.jsonl", "a.json", "a.html",
                                                  "a.txt.gz", "stdin"]))
def test_reading_any_bytes_gives_items_or_input_errors(data: bytes, name: str) -> None:
    for item in items_from_bytes(data, name=name, origin=name, options=Options(max_bytes=2000)):
        assert isinstance(item, RawInput | InputError)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.binary(max_size=2000), any_text.map(str.encode)),
       st.sampled_from([TEXT, RECORD]))
def test_extract_stage_fails_only_with_item_errors(data: bytes, media_type: str) -> None:
    article = Article(raw=RawInput(data=data, origin="x", media_type=media_type))
    try:
        out = ExtractStage()(article)
    except ItemError:
        return
    assert out.content is not None and out.content.paragraphs


@settings(max_examples=40, deadline=None)
@given(st.one_of(st.binary(max_size=1500), capture_like.map(
    lambda t: f"<html><body><p>{t}</p></body></html>".encode())))
def test_html_extraction_fails_only_with_item_errors(data: bytes) -> None:
    article = Article(raw=RawInput(data=data, origin="x.html", media_type=HTML))
    try:
        ExtractStage()(article)
    except ItemError:
        pass


def test_a_repeated_breadcrumb_and_reading_time_are_no_gallery_nor_headline() -> None:
    """The example hypothesis found (2026-12-02): a breadcrumb and a reading time repeated
    in turns were read as a photographer's signature under a gallery's captions, so the
    headline after them became a caption, and the reading time, "repeated, confirmed",
    the headline."""
    above = ["Accueil > Société > Éducation", "Temps de Lecture 3 min."] * 2 + [
        "Accueil > Société > Éducation"]
    result = extract_text_capture("\n".join([*_MENU, *above, _HEADLINE, *_BODY]))
    assert result.title == _HEADLINE
    assert result.paragraphs == _BODY
