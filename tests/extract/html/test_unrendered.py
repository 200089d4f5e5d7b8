"""What a browser never renders (script, style, noscript, template...) is never article text
(fresh-user report nu3, F-d: an inline ``<script>`` inside a paragraph was stored, shown,
exported and indexed as part of the article)."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from capture_kit import out, run_veille
from sitekit import warc_record
from veille.extract.html import extract_dates, extract_html
from veille.extract.textshape import furniture_hits
from veille.ingest import ingest_paths
from veille.record import Content
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

PROSE = ("Le conseil municipal a voté mardi soir le budget de la ville pour l'année prochaine, "
         "après un long débat entre la majorité et l'opposition sur les investissements.")
MORE = ("Les élus de l'opposition ont dénoncé une hausse des impôts locaux, que le maire a "
        "défendue comme le prix des nouvelles écoles et de la rénovation des gymnases.")
OPENING = "La séance du conseil a commencé à dix-huit heures devant une salle comble et"
FETCHED = datetime(2026, 11, 30, 12, tzinfo=UTC)


def _page(body: str, head: str = "") -> str:
    return (f"<!doctype html><html lang='fr'><head><title>Budget voté</title>{head}</head>"
            f"<body><article><h1>Budget voté</h1>{body}</article></body></html>")


def _text(content: Content) -> str:
    return "\n".join([content.title, *content.paragraphs, *content.authors])


def test_inline_script_and_style_in_paragraphs_are_no_text() -> None:
    """The user's page, in short: the words around each element join with one space, or
    none where the page puts none ("départementales<style>…</style>, et")."""
    content = extract_html(_page(
        f"<p>{PROSE}</p>"
        "<p>Les secours ont procédé à plusieurs dizaines d'évacuations <script>window.dataLayer"
        "=window.dataLayer||[];dataLayer.push({\"event\":\"inread\",\"pos\":2});</script> dans "
        "la nuit, selon les pompiers du département.</p>"
        "<p>La circulation reste très perturbée sur plusieurs routes départementales<style>"
        ".ad{display:none}</style>, et les écoles de la région resteront fermées vendredi.</p>"
        "<p>« Nous allons <script>alert(6)</script> transformer la ville », a déclaré le maire "
        "devant le conseil municipal réuni en séance extraordinaire.</p>"))
    assert content.paragraphs[1:] == [
        "Les secours ont procédé à plusieurs dizaines d'évacuations dans la nuit, selon les "
        "pompiers du département.",
        "La circulation reste très perturbée sur plusieurs routes départementales, et les "
        "écoles de la région resteront fermées vendredi.",
        "« Nous allons transformer la ville », a déclaré le maire devant le conseil municipal "
        "réuni en séance extraordinaire."]


def test_every_unrendered_element_in_every_kind_of_block() -> None:
    """Inside a paragraph, a list item, a quote, a table row, loose text, the headline: none
    of script, style, noscript, template, iframe, noembed, noframes, rp, a body <title>."""
    hidden = ["<script>CODE1()</script>", "<style>.CODE2{}</style>",
              "<noscript>CODE3 activez JavaScript</noscript>", "<template><b>CODE4</b></template>",
              "<iframe>CODE5</iframe>", "<noembed>CODE6</noembed>", "<noframes>CODE7</noframes>",
              "<ruby>漢<rp>(CODE8</rp><rt>kan</rt><rp>)</rp></ruby>",
              "<svg><title>CODE9</title></svg>",
              "<script type='text/template'><p>CODE10</p></script>"]
    inside = " ".join(f"mot{i} {h} suite{i}" for i, h in enumerate(hidden))
    content = extract_html(_page(
        f"<p>{PROSE} {inside}</p><ul><li>{MORE} {inside}</li><li>{MORE}</li></ul>"
        f"<blockquote>{PROSE} {inside}</blockquote>"
        f"<table><tr><td>{MORE}</td><td>{inside}</td></tr></table>"
        f"<div>{PROSE} {inside}<p>{MORE}</p></div>",
        head="<style>body{}</style>").replace("<h1>Budget voté</h1>",
                                               "<h1>Budget <script>CODE0</script>voté</h1>"))
    text = _text(content)
    assert "CODE" not in text, text
    assert content.title == "Budget voté"
    assert text.count("mot0 suite0") >= 4 and "mot7 漢kan suite7" in text


def test_a_title_in_the_body_is_the_page_s_title_when_it_is_the_first() -> None:
    """A stray character in the head ends it: the <title> after it lands in the body, and is
    still the document's title (HTML: the first title element in tree order)."""
    page = (f"<html><head>x<title>Budget voté</title></head><body><svg><title>icône</title>"
            f"</svg><p>{PROSE}</p><p>{MORE}</p></body></html>")
    content = extract_html(page)
    assert content.title == "Budget voté" and "icône" not in _text(content)


def test_json_ld_inside_a_paragraph_is_read_as_json_ld_not_as_text() -> None:
    ld = {"@type": "NewsArticle", "headline": "Budget voté",
          "author": {"@type": "Person", "name": "Claire Martin"},
          "datePublished": "2024-03-12T07:30:00+01:00"}
    content = extract_html(_page(
        f"<p>{PROSE} <script type='application/ld+json'>{json.dumps(ld)}</script></p>"
        f"<p>{MORE}</p>"))
    assert content.paragraphs == [PROSE, MORE]
    assert content.authors == ["Claire Martin"]
    assert content.published == datetime.fromisoformat("2024-03-12T07:30:00+01:00")
    assert "NewsArticle" not in _text(content)


def test_a_date_written_in_a_script_is_not_the_page_s_date() -> None:
    """The date readers see the same tree: a <time> element's printed date."""
    page = _page(f"<p>Publié le <time><script>var d='1 janvier 2001';</script>12 mars 2024"
                 f"</time></p><p>{PROSE}</p><p>{MORE}</p>")
    for published in (extract_html(page, fetched_at=FETCHED).published,
                      extract_dates(page, fetched_at=FETCHED).published):
        assert published is not None and published.date().isoformat() == "2024-03-12"


def test_search_no_longer_finds_the_code(tmp_path: Path) -> None:
    """End to end: ingest the page, then the script's words are nowhere: not in show, not
    in the export, not in the search index."""
    page = tmp_path / "page.html"
    page.write_text(_page(
        f"<p>{PROSE}</p><p>Les secours ont procédé à des évacuations <script>window.dataLayer"
        f".push({{\"event\":\"inread\"}});</script> dans la nuit.</p><p>{MORE}</p>"),
        encoding="utf-8")
    data = tmp_path / "data"
    assert run_veille(["ingest", str(page)], data_dir=data).returncode == 0
    exported = out(run_veille(["export", "--format", "jsonl"], data_dir=data))
    assert "évacuations dans la nuit" in exported and "dataLayer" not in exported
    found = out(run_veille(["search", "dataLayer", "--json"], data_dir=data))
    assert "évacuations" not in found and "Budget" not in found
    assert "Budget" in out(run_veille(["search", "évacuations", "--json"], data_dir=data))


def test_warc_html_record_drops_scripts(tmp_path: Path, store: SQLiteStore,
                                        settings: Settings) -> None:
    """A WARC's HTML response is read by the same extractor."""
    page = _page(f"<p>{PROSE} <script>window.dataLayer.push(1);</script> Fin.</p><p>{MORE}</p>")
    warc = tmp_path / "news.warc"
    warc.write_bytes(warc_record("https://news.example/a", page.encode("utf-8"), n=1))
    done = ingest_paths(store, [warc], settings=settings)
    assert done.new == 1, done.errors
    content = store.latest(limit=1)[0].content
    assert content is not None and content.paragraphs == [f"{PROSE} Fin.", MORE]


_WORDS = st.text(alphabet=st.sampled_from("abcdefghijklmnoprstuvéà ,.«»'"), min_size=0,
                 max_size=40)
#: Code is written with characters the page's words never use, so any of them in the result
#: came from the code.
_CODE = st.text(alphabet=st.sampled_from("wzWXYZK0123456789{}();=|[]:\"'.,-_ +<>&"), min_size=1,
                max_size=40)
_CODE_MARK = re.compile(r"[wzWXYZK0-9{}();=|\[\]:\"_+<>&]")
_ELEMENT = st.sampled_from(["script", "style", "noscript", "template", "iframe", "noembed",
                            "noframes", "script type='application/ld+json'"])
_BLOCK = st.sampled_from([("<p>", "</p>"), ("<li>", "</li>"), ("<h2>", "</h2>"),
                          ("<div>", "</div>"), ("<blockquote>", "</blockquote>"),
                          ("<p><em>", "</em></p>"), ("<table><tr><td>", "</td></tr></table>")])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_WORDS, _ELEMENT, _CODE, _WORDS, _BLOCK)
def test_injected_code_is_never_text(before: str, element: str, code: str, after: str,
                                     block: tuple[str, str]) -> None:
    """For any words around an injected never-rendered element, in any kind of block, the
    element's content (code made of letters the words never use, ``<``/``&`` included) is
    nowhere in the result, and the words read as a browser shows them."""
    name = element.split()[0]
    code = code.replace(f"</{name}", "")  # the element's own end tag would end it earlier
    if name in ("noscript", "template"):  # not raw text: "<x" there opens a tag
        code = code.replace("<", "")
    opened, closed = block
    # generated letters can spell page furniture ("abonn", "cookie"), which is chrome
    assume(not furniture_hits(f"{before} {after}"))
    # Words no other block repeats: twelve words of PROSE in a quote, then PROSE, is a pull
    # quote, which the sieve drops (verify11a V4).
    words = "".join(f"{w} " for w in OPENING.split())
    markup = (f"{opened}{words}{before}<{element}>{code}</{name}>{after}{closed}"
              f"<p>{MORE}</p><p>{PROSE}</p>")
    content = extract_html(_page(markup))
    text = _text(content)
    assert not _CODE_MARK.search(text), (markup, text)
    visible = " ".join(f"{words}{before}{after}".split())
    assert visible in " ".join(text.split()), (visible, text)


def test_what_the_page_hides_inside_a_paragraph_is_no_text() -> None:
    """An inline element the page hides (``hidden``, ``display: none``, ``visibility:
    hidden``) was read with its paragraph; hidden containers were skipped already. An
    element ``hidden="until-found"`` is shown when found and stays; a body hidden until a
    script shows it keeps its article."""
    content = extract_html(_page(
        f"<p>{PROSE[:40]}<span style='DISPLAY : none'>SEO caché</span>{PROSE[40:]}</p>"
        f"<p>{MORE[:30]}<b hidden>mots cachés</b><i style='visibility:hidden'>invisibles</i>"
        f"{MORE[30:]}</p><p hidden>Un paragraphe entier caché par la page.</p>"
        f"<p>Le vote a eu lieu <span hidden='until-found'>vers minuit</span> après le débat, "
        f"selon le compte rendu publié par la mairie le lendemain matin.</p>"))
    assert content.paragraphs[:2] == [PROSE, MORE]
    assert "caché" not in _text(content) and "invisibles" not in _text(content)
    assert "vers minuit" in content.paragraphs[2]
    shown_later = extract_html(
        "<!doctype html><html lang='fr'><head><title>Budget voté</title></head>"
        f"<body style='display:none'><article><h1>Budget voté</h1><p>{PROSE}</p>"
        f"<p>{MORE}</p></article></body></html>")
    assert shown_later.paragraphs == [PROSE, MORE]
