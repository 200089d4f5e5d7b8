"""The reader's polish of t-reader20 (issue 14), over a real server on 127.0.0.1: an
undated story's line reads "dernier article vu le …" and its page gives no span of zero
(R9); a French warning's "did you mean" alternatives are joined by "ou" (R10); ``?lang=``
takes any case and a regional variant (R13); ``HEAD`` answers like ``GET`` with no body,
security headers kept; the stories list says how many it holds; a reprint's page lists its
original under a heading that says so; the plain CSV stays exact and its link says which
file a spreadsheet should open."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator

import httpx
import polish_kit
import pytest
from web_kit import serve

from veille.web.chart import LABEL_CHAR_WIDTH, line_chart
from veille.web.i18n import load_locales, negotiate, supported

FR, EN = load_locales()["fr"], load_locales()["en"]
LANG_ATTR = re.compile(r'<html lang="(\w+)"')


@pytest.fixture(scope="module")
def http(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    data = polish_kit.build(tmp_path_factory.mktemp("polish"))
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=120) as client:
        yield client


def _story(http: httpx.Client, title_start: str) -> dict[str, object]:
    stories = http.get("/api/v1/stories").json()["stories"]
    return next(s for s in stories if str(s["title"]).startswith(title_start))


def _article(http: httpx.Client, url: str) -> str:
    hits = http.get("/api/v1/search", params={"q": "brebis", "collapse": "false"}
                    ).json()["hits"]
    return str(next(h["id"] for h in hits if h["url"] == url))


@pytest.mark.parametrize(("lang", "line", "glued"), [
    ("fr", "dernier article vu le ", "Vu pour la première fois"),
    ("en", "last article seen ", "First seen")])
def test_an_undated_story_s_line_reads_as_one_phrase(http: httpx.Client, lang: str,
                                                     line: str, glued: str) -> None:
    page = http.get("/stories", params={"lang": lang}).text
    item = page.split("la piscine Castéra")[1].split("</li>")[0]
    assert line + "<time" in item, item
    assert glued not in item


@pytest.mark.parametrize(("lang", "seen"), [("fr", "vu pour la première fois le"),
                                            ("en", "first seen")])
def test_an_undated_story_s_page_gives_no_span_of_zero(http: httpx.Client, lang: str,
                                                       seen: str) -> None:
    story = _story(http, "Saint-Gaudens")
    assert story["first"] == story["last"]
    page = http.get(f"/stories/{story['id']}", params={"lang": lang}).text
    meta = page.split('<p class="meta">')[1].split("</p>")[0]
    assert meta.count("<time") == 1 and " – " not in meta, meta
    assert f"· {seen} <time" in meta, meta
    # veille's own clock says its zone, as the article page does (t-final56 B6)
    assert re.search(r"\(UTC[+−-]\d+\)</time>", meta), meta
    assert "Vu pour" not in page.split("</h1>")[1] and "First seen" not in page


def test_a_dated_story_keeps_its_span(http: httpx.Client) -> None:
    story = _story(http, "Sécheresse")
    page = http.get(f"/stories/{story['id']}", params={"lang": "fr"}).text
    meta = page.split('<p class="meta">')[1].split("</p>")[0]
    assert meta.count("<time") == 2 and " – <time" in meta, meta


def test_a_french_warning_joins_its_alternatives_with_ou(http: httpx.Client) -> None:
    answer = http.get("/api/v1/search", params={"q": "source:g.example", "lang": "fr"}).json()
    [warning] = answer["warnings"]
    assert " or " in warning  # the code's English, for programs
    [french] = answer["localized_warnings"]
    assert "vouliez-vous dire source:" in french and " or " not in french, french
    assert french.count(" ou source:") == 2, french
    page = http.get("/search", params={"q": "source:g.example", "lang": "fr"}).text
    assert " ou source:" in page and " or source:" not in page


def test_alternatives_keep_a_quoted_or_and_english_keeps_or() -> None:
    message = ('entity:Obamma: no entity of that name; did you mean entity:"Barack Obama" '
               'or entity:"Bob or \\" Alice" or entity:Bamako?')
    assert FR.message(message) == (
        'entity:Obamma : aucune entité de ce nom ; vouliez-vous dire entity:"Barack Obama" '
        'ou entity:"Bob or \\" Alice" ou entity:Bamako ?')
    assert EN.message(message) == message


@pytest.mark.parametrize(("tag", "lang"), [
    ("EN", "en"), ("en-GB", "en"), ("en_US", "en"), ("En-gb", "en"), ("FR", "fr"),
    ("fr-CA", "fr"), ("de", None), ("", None), ("english", None)])
def test_language_tags_in_any_case_and_region(tag: str, lang: str | None) -> None:
    assert supported(tag) == lang
    assert negotiate(query=tag, cookie=None, accept=None, default="fr") == (lang or "fr")


@pytest.mark.parametrize("tag", ["EN", "en-GB", "en-us"])
def test_a_page_asked_in_a_regional_or_upper_case_tag_is_english(http: httpx.Client,
                                                                 tag: str) -> None:
    response = http.get("/", params={"lang": tag})
    assert LANG_ATTR.search(response.text)[1] == "en"  # type: ignore[index]
    assert response.cookies.get("lang") == "en"  # the choice sticks, as "en"
    http.cookies.clear()


@pytest.mark.parametrize("path", ["/", "/stories", "/search?q=brebis", "/feeds/latest.atom",
                                  "/feeds/latest.json", "/api/v1/stories", "/export.csv",
                                  "/static/style.css"])
def test_head_answers_like_get_without_a_body(http: httpx.Client, path: str) -> None:
    got = http.get(path)
    head = http.head(path)
    assert got.status_code == head.status_code == 200, (path, head.status_code)
    assert head.content == b""
    assert head.headers["content-type"] == got.headers["content-type"]
    for name in ("content-security-policy", "x-content-type-options", "x-frame-options"):
        assert head.headers.get(name) == got.headers.get(name), name
    assert head.headers.get("x-content-type-options") == "nosniff"


def test_head_on_a_missing_page_is_its_404(http: httpx.Client) -> None:
    assert http.head("/articles/0000000000000000").status_code == 404
    assert http.head("/api/v1/saved-searches/nothing").status_code == \
        http.get("/api/v1/saved-searches/nothing").status_code


def test_the_stories_list_says_how_many_it_holds(http: httpx.Client) -> None:
    answer = http.get("/api/v1/stories", params={"limit": 1}).json()
    assert answer["total"] == 3 and len(answer["stories"]) == 1
    following = http.get("/api/v1/stories", params={"limit": 1,
                                                    "cursor": answer["next_cursor"]}).json()
    assert following["total"] == 3
    assert "3 histoires en tout" in http.get("/stories", params={"lang": "fr"}).text
    assert "3 stories in all" in http.get("/stories", params={"lang": "en"}).text


@pytest.mark.parametrize(("lang", "original", "copies"), [
    ("fr", "Article d’origine", "Reprises et extraits"),
    ("en", "Original article", "Reprints and teasers")])
def test_a_reprint_lists_its_original_under_that_heading(http: httpx.Client, lang: str,
                                                         original: str, copies: str) -> None:
    reprint = http.get(f"/articles/{_article(http, polish_kit.REPRINT_URL)}",
                       params={"lang": lang}).text
    assert f'<h2 id="originals-title">{original}</h2>' in reprint
    assert copies not in reprint
    section = reprint.split('id="originals-title"')[1].split("</section>")[0]
    assert 'class="badge original"' in section
    dispatch = http.get(f"/articles/{_article(http, polish_kit.ORIGINAL_URL)}",
                        params={"lang": lang}).text
    assert f'<h2 id="copies-title">{copies}</h2>' in dispatch
    assert original not in dispatch


def _cells(body: str, delimiter: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(body), delimiter=delimiter))


def test_the_plain_csv_is_exact_and_the_spreadsheet_one_is_neutralised(
        http: httpx.Client) -> None:
    plain = http.get("/export.csv", params={"q": "usine"})
    rows = _cells(plain.text, ",")
    assert any(polish_kit.FORMULA_TITLE in row for row in rows[1:]), rows
    sheet = http.get("/export.csv", params={"q": "usine", "excel": "true"})
    cells = [c for row in _cells(sheet.content.decode("utf-16"), "\t")[1:] for c in row]
    assert "'" + polish_kit.FORMULA_TITLE in cells
    assert not any(c[:1] in "=+-@" for c in cells if c), cells


@pytest.mark.parametrize(("lang", "plain", "sheet", "tip"), [
    ("fr", "texte exact, pour programmes", "CSV pour tableur", "CSV pour tableur"),
    ("en", "exact text, for programs", "CSV for spreadsheets", "CSV for spreadsheets")])
def test_every_csv_link_says_which_file_a_spreadsheet_opens(
        http: httpx.Client, lang: str, plain: str, sheet: str, tip: str) -> None:
    story = _story(http, "Sécheresse")
    for path in ("/search?q=usine", f"/stories/{story['id']}"):
        page = http.get(path, params={"lang": lang}).text
        links = re.findall(r'<a href="(/export\.csv[^"]*)" download( title="[^"]*")?>([^<]*)</a>',
                           page)
        assert len(links) == 2, (path, links)
        [(plain_href, title, plain_text), (sheet_href, _, sheet_text)] = links
        assert plain in plain_text and tip in title and "excel" not in plain_href
        assert sheet in sheet_text and sheet_href.endswith("excel=true")


def test_a_chart_describes_its_series_the_language_s_way() -> None:
    series = [(FR("timeline_articles"), [1.0, 0.0]), (FR("timeline_mentions"), [2.0, None])]
    svg = str(line_chart([FR.period("2012-W27"), FR.period("2012-W28")], series,
                         title=FR("timeline_chart_title", name="Organisation des Nations unies"),
                         percent=False, number=FR.number, series_max=FR.series_max,
                         separator=FR("chart_series_separator")))
    desc = svg.split('<desc id="chart-desc">')[1].split("</desc>")[0]
    assert desc == "articles\u202f: max 1\u202f; mentions\u202f: max 2"
    title = svg.split('<title id="chart-title">')[1].split("</title>")[0]
    assert title == "Mentions dans le temps\u202f: Organisation des Nations unies"
    assert ">semaine 27 de 2012<" in svg and "W27" not in svg
    english = str(line_chart([EN.period("2012-W27")], [("articles", [1.0])], title="t",
                             percent=False, series_max=EN.series_max,
                             separator=EN("chart_series_separator")))
    assert ">week 27, 2012<" in english and "articles: max 1<" in english


def test_long_period_labels_do_not_overlap() -> None:
    labels = [FR.period(f"2012-W{n:02d}") for n in range(1, 41)]
    svg = str(line_chart(labels, [("articles", [1.0] * 40)], title="t", percent=False))
    drawn = [(float(x), text) for x, text in re.findall(
        r'<text x="([\d.]+)" y="\d+" text-anchor="middle" font-size="10">([^<]+)<', svg)]
    assert drawn[0][1] == labels[0] and drawn[-1][1] == labels[-1]
    width = max(len(label) for label in labels) * LABEL_CHAR_WIDTH
    gaps = [b[0] - a[0] for a, b in zip(drawn, drawn[1:], strict=False)]
    assert all(gap >= width for gap in gaps), gaps
