"""The pre-scan that bounds nesting and attributes before lexbor builds the tree (issue 11,
break 3: 200,000 nested ``<div>`` took 280 s, unclosed ``<div><span><b><i>`` past 600 s).

Speed is checked as a ratio (the same shape at N and at 10N), never as a wall-clock limit:
linear work gives about 10, the quadratic parser about 100.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from veille.extract.html import extract_html
from veille.extract.html.parse import parse_html
from veille.extract.html.prescan import (
    MAX_ATTRIBUTES,
    MAX_DEPTH,
    PARSE_FIRST_TAGS,
    attributes_bounded,
    bound_markup,
    parse_first,
)

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
PARA = ("<p>Le conseil municipal a voté mardi soir un budget en hausse de trois pour cent, "
        "malgré l'opposition.</p>")
#: html, head or body and the element the text sits in may add to MAX_DEPTH levels.
SLACK = 3


def tree_depth(html: str | LexborHTMLParser) -> int:
    """Levels of elements lexbor builds for ``html`` (an explicit stack: no recursion)."""
    tree = LexborHTMLParser(html) if isinstance(html, str) else html
    best, stack = 0, [(tree.root, 1)]
    while stack:
        node, depth = stack.pop()
        best = max(best, depth)
        child = node.child if node is not None else None
        while child is not None:
            if child.tag and not child.tag.startswith("-"):
                stack.append((child, depth + 1))
            child = child.next
    return best


def _seconds(make: Callable[[int], str], n: int) -> float:
    html = make(n)
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        extract_html(html)
        best = min(best, time.perf_counter() - start)
    return best


SHAPES: dict[str, Callable[[int], str]] = {
    "nested divs": lambda n: "<html><body>" + "<div>" * n + PARA + "</div>" * n,
    "unclosed inline": lambda n: "<body>" + "<div><span><b><i>" * (n // 4) + PARA,
    "unclosed formatting with ids": lambda n: "<body>" + "".join(
        f"<b id={i}>" for i in range(n)) + PARA,
}


def test_nested_markup_costs_linear_time() -> None:
    extract_html("<body>" + PARA)  # load the language model before timing anything
    for name, make in SHAPES.items():
        small, large = _seconds(make, 4_000), _seconds(make, 40_000)
        # Linear is about 10; the unbounded parser gave more than 100 on every shape.
        assert large / max(small, 1e-3) < 40, (name, small, large)


def test_flattening_is_said_in_evidence() -> None:
    content = extract_html(SHAPES["nested divs"](20_000))
    assert content.paragraphs == [PARA[3:-4]]
    assert content.evidence["input"].startswith(f"HTML nesting flattened at depth {MAX_DEPTH}")


def test_many_attributes_are_cut_and_said() -> None:
    tag = "<div " + " ".join(f"a{i}=1" for i in range(20_000)) + ">"
    bounded = bound_markup("<body>" + tag + PARA + "</div>")
    assert bounded.cut_tags == 1
    assert LexborHTMLParser(bounded.html).css_first("div").attributes.__len__() == MAX_ATTRIBUTES
    assert "attributes cut" in extract_html("<body>" + tag + PARA).evidence["input"]


def test_real_pages_come_back_unchanged() -> None:
    for path in (FIXTURES / "html").glob("*.html"):
        html = path.read_bytes().decode("utf-8", "replace")
        assert bound_markup(html).html is html


def test_benchmark_pages_come_back_unchanged(shared_dir: Path) -> None:
    """The 208 pages of the extraction benchmarks nest 51 levels at most."""
    paths = sorted((shared_dir / "data" / "extraction").glob("**/*.html"))
    assert paths
    for path in paths:
        html = path.read_bytes().decode("utf-8", "replace")
        assert bound_markup(html).html is html, path


def test_markup_in_comments_scripts_and_attributes_is_not_counted() -> None:
    deep = "<div>" * (MAX_DEPTH + 10)
    for html in (f"<!-- {deep} -->", f"<script>var s = '{deep}';</script>",
                 f"<textarea>{deep}</textarea>", f"<div title='{deep}'></div>",
                 f"<style>{deep}</style>", f"<plaintext>{deep}"):
        assert bound_markup(html).html is html, html


def test_tricks_that_would_hide_tags_from_the_scan_do_not() -> None:
    deep = "<div>" * (MAX_DEPTH + 10)
    for html in (f"<!-->{deep}-->", f"<!--->{deep}-->", f"<div a\"b>{deep}\"",
                 f"<svg><title>{deep}</title></svg>", f"<svg><style>{deep}</style>",
                 f"<noscript>{deep}</noscript>", f"<svg></p><![CDATA[>{deep}]]>"):
        bounded = bound_markup(html)
        assert bounded.dropped_tags > 0, html
        assert tree_depth(bounded.html) <= MAX_DEPTH + SLACK, html


def test_end_tags_the_builder_ignores_do_not_lower_the_count() -> None:
    for unit in ("<span><div></span>", "<div><!--</div>-->", "<b><p></b>", "<svg><html>",
                 "<div><svg><div><image>", "<frameset><xmp>", "<select><xmp></select><div>",
                 "<math><desc><col>", "<td><td><g/><svg>",
                 "<svg><br><g/>", "<svg></p><g/>", "<svg><font><style>",
                 "</a><option><a href=y><div><svg>", "<pre><p/><li></p>",
                 "<div><em><p><em>", "<div><div>x</foreignObject><", "<div><div><span><p/><em>",
                 "<hr><isindex><div><p>", "<frameset><p/>",
                 "<div><b><svg></b><g><object><![CDATA[", "<math><mi><mglyph><title>",
                 "<svg><g><![CDATA[></g>]]>", "<table><td>", "<svg><g d=a/>"):
        html = "<body>" + unit * 2_000
        assert tree_depth(bound_markup(html).html) <= MAX_DEPTH + SLACK, unit


def test_framesets_nested_around_ignored_foreign_tags_are_counted() -> None:
    """Inside a frameset the builder ignores <svg>, so the <hr> after it closes nothing
    and the next <frameset> nests: the model read the <hr> as leaving the SVG and never
    counted the nesting (a Hypothesis soup nested 516 levels against a bound of 515)."""
    for unit in ("<frameset><hr><svg>", "<frameset><br><math>", "<frameset><p><svg><g>"):
        for before in ("", "<html>", "<head></head>"):
            html = before + unit * 2_000
            assert tree_depth(bound_markup(html).html) <= MAX_DEPTH + SLACK, (before, unit)


_TOKENS = ["<div>", "</div>", "<span>", "</span>", "<b>", "</b>", "<i class=x>", "</i>",
           "<p>", "</p>", "<li>", "</li>", "<ul>", "</ul>", "<table>", "</table>", "<tr>",
           "<td>", "</td>", "<th>", "<svg>", "</svg>", "<math>", "<g>", "</g>", "<g/>",
           "<div/>", "<foreignObject>", "</foreignObject>", "<title>", "</title>",
           "<script>", "</script>", "<style>", "</style>", "<template>", "</template>",
           "<select>", "<option>", "<a href=y>", "</a>", "<font color=red>", "<dd>", "<dt>",
           "<annotation-xml>", "<mi>", "<desc>", "<!--", "-->", "<!-->", "<![CDATA[", "]]>",
           "<!x>", "</ x>", "x", "<", ">", "\"", "'", "=", "<h1>", "</h1>", "<form>",
           "</form>", "<button>", "<nobr>", "<frameset>", "<body>", "</body>", "<html>",
           "<xmp>", "</xmp>", "<noscript>", "<caption>", "<colgroup>", "<col>", "<br>",
           "</br>", "<object>", "<marquee>", "<applet>", "<image>", "<isindex>",
           "<annotation-xml encoding=text/html>", "<mglyph>", "<tbody>", "<thead>", "</tr>",
           "</table>", "<frame>", "<hr>", "<input>", "<textarea>", "</textarea>", "<p/>",
           "<iframe>", "</iframe>", "<noembed>", "<em>", "</em>", "<s>", "<code>", "<pre>",
           "<dl>", "<section>", "</section>", "</li>", "<rb>", "<rt>", "<ruby>", "</p>",
           "<a>", "<math><mi>", "<svg><desc>", "</svg></math>"]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_TOKENS), min_size=1, max_size=24),
       st.integers(min_value=1, max_value=900))
def test_any_soup_is_parsed_within_the_depth_bound(unit: list[str], times: int) -> None:
    html = "".join(unit) * times
    assert tree_depth(bound_markup(html).html) <= MAX_DEPTH + SLACK


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_TOKENS), min_size=1, max_size=24),
       st.integers(min_value=1, max_value=900))
def test_any_soup_parsed_first_stays_within_the_depth_bound(unit: list[str],
                                                            times: int) -> None:
    """parse_html hands small pages to the parser before the scan (issue 13): the tree it
    gives back is within the bound whichever way it took."""
    html = "<body>" + "".join(unit) * times
    tree, note = parse_html(html)
    assert tree_depth(tree) <= MAX_DEPTH + SLACK
    if parse_first(html) and tree_depth(html) <= MAX_DEPTH:
        assert note == ""  # not flattened when the parser's own tree is shallow enough


def test_small_deep_pages_are_parsed_first_then_flattened() -> None:
    html = SHAPES["nested divs"](MAX_DEPTH + 100)
    assert parse_first(html)
    tree, note = parse_html(html)
    assert note.startswith(f"HTML nesting flattened at depth {MAX_DEPTH}")
    assert tree_depth(tree) <= MAX_DEPTH + SLACK
    assert not parse_first("<p>" * (PARSE_FIRST_TAGS + 1))


def test_a_tag_with_too_many_attributes_is_never_parsed_first() -> None:
    """Whatever separates the attributes (quoted '>' included), parse_first sends a tag
    the scan would cut to the scan, and only such a tag."""
    for count in (MAX_ATTRIBUTES - 1, MAX_ATTRIBUTES, MAX_ATTRIBUTES + 1, 5_000):
        for attributes in (" ".join(f"a{i}" for i in range(count)),
                           "".join(f'a{i}=">"' for i in range(count)),
                           "/".join(f"a{i}='x y'" for i in range(count))):
            html = f"<body><p>x</p><div {attributes}>{PARA}</div>"
            assert parse_first(html) == (bound_markup(html).cut_tags == 0), (count, attributes)


@settings(max_examples=150, deadline=None)
@given(st.recursive(st.just(PARA), lambda inner: st.builds(
    lambda tag, kids: f"<{tag}>{''.join(kids)}</{tag}>",
    st.sampled_from(["div", "section", "span", "b", "ul", "blockquote"]),
    st.lists(inner, min_size=1, max_size=3)), max_leaves=40))
def test_shallow_well_formed_markup_is_left_alone(html: str) -> None:
    assert bound_markup(html).html is html


def test_a_dropped_block_keeps_its_boundary() -> None:
    """newuser10 S16: past the depth bound, a dropped <h1> or <p> glued its text to the
    next block's ("survit-ilLe syndicat"), in the body, snippets and dedup alike."""
    paragraphs = ["Le syndicat mixte a annoncé lundi la fermeture du pont pour travaux "
                  "pendant trois semaines, a indiqué la préfecture de la Drôme.",
                  "Les automobilistes devront emprunter la déviation par le nord de la "
                  "ville, plus longue de dix kilomètres, jusqu'à la fin du mois."]
    html = ("<html><head><title>Le pont ferme</title></head><body>" + "<font size=2>" * 3000
            + "<h1>Le pont ferme : trois semaines de travaux</h1>"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>")
    content = extract_html(html)
    assert "start tags dropped" in content.evidence["input"]
    assert content.paragraphs == paragraphs
    assert not any("travauxLe" in p or "préfecture de la Drôme.Les" in p
                   for p in content.paragraphs)
_ATTRIBUTE_PIECES = ["a", "é", "日本", "\u2028", "’", "=", '"', "'", ">", "/", " ", "\t", "\n",
                     'x="é>"', "y='’ ’'", "z=日", "=q", "<", "<b", "<é", "\x00"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_ATTRIBUTE_PIECES), min_size=1, max_size=6),
       st.integers(min_value=1, max_value=400), st.text(max_size=40))
def test_parse_first_reads_utf8_bytes_as_the_text(unit: list[str], times: int,
                                                  tail: str) -> None:
    """parse_html asks the gate of the page's UTF-8 bytes (issue 13): the same answer as
    of the text, tags with non-ASCII names, values and separators included."""
    html = "<body><div " + "".join(unit) * times + ">" + tail
    try:
        data = html.encode("utf-8")
    except UnicodeEncodeError:
        return  # a lone surrogate: parse_html asks the text itself
    assert parse_first(data, html) == parse_first(html)


def test_a_page_with_nul_or_lone_surrogates_parses_as_before() -> None:
    """The NUL test on bytes, and a text UTF-8 cannot write (a lone surrogate, which
    selectolax drops), give the tree the text gave."""
    for html, text in (("<body><p>a\x00b</p>", "ab"), ("<body><p>a\ud800b</p>", "ab"),
                       ("<body>\x00<p>x</p>", "x")):
        tree, _ = parse_html(html)
        assert tree.body is not None and tree.body.text() == text


_MANY = " ".join(f"a{i}" for i in range(MAX_ATTRIBUTES + 1))
_SCRIPT_PIECES = ["<script>", "</script>", "<SCRIPT type=module>", "</script x>", "<style>",
                  "</style>", "<!--", "-->", "<!-->", "--!>", "<!x>", "<?x>", "</ 3>", "<p>",
                  "</p>", "<svg>", "</svg>", "<math>", "<select>", "<frameset>",
                  "<textarea>", "</textarea>", "<title>", "</title>", "<iframe>",
                  "</iframe>", "<plaintext>", "<div title='<script>'>", '<b c="-->">',
                  "t<e.length;", "a<b", "< x", "<", ">", "'", '"', "=", " ", "x",
                  f"<div {_MANY}>", f"<i {_MANY}", f"for(t<e.length;{_MANY})", "</div>"]


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_SCRIPT_PIECES), min_size=1, max_size=14))
def test_tags_read_past_scripts_never_hide_a_long_tag(pieces: list[str]) -> None:
    """attributes_bounded skips the text of scripts and styles as the tokenizer does
    (issue 13): when it says no tag is too long, the scan cuts none either, comments,
    attribute values, RCDATA, SVG and <select> around the scripts included."""
    html = "<html><body>" + "".join(pieces)
    if attributes_bounded(html):
        assert bound_markup(html).cut_tags == 0, html
    if parse_first(html):
        assert bound_markup(html).cut_tags == 0, html


def test_minified_script_no_longer_sends_the_page_to_the_scan() -> None:
    """Minified JavaScript read as a tag with hundreds of attributes (``t<e.length;…``)
    sent 13 AEB pages of 181 to the exact scan (2.6 ms each): its text is a script's."""
    script = "for(var t=0;t<e.length;t++){" + " ".join(f"x{i}=e[{i}]" for i in range(400))
    html = f"<html><head><script>{script}}}</script></head><body>{PARA}</body></html>"
    assert attributes_bounded(html) and parse_first(html)
    assert parse_first(html.encode("utf-8"), html)
    assert not parse_first(html.encode("utf-8"))  # the bytes alone: the old answer
    tree, note = parse_html(html)
    assert note == "" and tree.css_first("p") is not None
    for hidden in ("<!-- <script> -->", "<div title='<script>'>", "<textarea><script></textarea>",
                   "<svg><script>", "<select><script>", "<title><script></title>"):
        long_tag = f"<html><body>{hidden}<div {_MANY}>{PARA}</div>"
        assert not attributes_bounded(long_tag), hidden
        assert bound_markup(long_tag).cut_tags == 1, hidden
