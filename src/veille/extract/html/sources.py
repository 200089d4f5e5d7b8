"""Every candidate value a page offers for each metadata field, with where it came from.

The page says the same things several times over: JSON-LD, microdata, OpenGraph and
Twitter tags, plain meta tags, the ``<title>``, the ``<h1>``, ``<time>`` elements and the
byline. This module only *gathers*: for each field, the candidates in the order of trust
written in docs/html-extraction.md. :mod:`veille.extract.html.metadata` picks winners.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser

from veille.extract.bylines import is_role, json_ld_authors
from veille.extract.html.author_links import author_link_box
from veille.extract.html.header_byline import bylines_before
from veille.extract.html.jsonld import image_of, is_page_node, name_of, resolve, text_of
from veille.extract.html.parse import BREAK, LexborNode, attr, clean_text
from veille.extract.html.walk import HOLDER_TAGS, PARAGRAPHS_AND_HOLDERS, Paragraphs, open_heading
from veille.extract.textshape import fold

Candidates = dict[str, list[tuple[str, str]]]

#: Meta tags, by field, in order of trust (names are matched lowercased).
META = {
    "title": ("og:title", "twitter:title", "dc.title", "sailthru.title", "parsely-title"),
    "authors": ("author", "article:author", "dc.creator", "sailthru.author",
                "parsely-author", "byl", "twitter:creator"),
    "published": ("article:published_time", "og:published_time", "datepublished",
                  "publishdate", "publish-date", "pubdate", "date", "dc.date.issued",
                  "dcterms.created", "dc.date", "sailthru.date", "parsely-pub-date",
                  "article.published", "cxenseparse:recs:publishtime", "original-publish-date",
                  "og:article:published_time", "release_date", "date_published",
                  "article:published", "datecreated"),
    "modified": ("article:modified_time", "og:updated_time", "datemodified",
                 "dcterms.modified", "last-modified", "article.updated", "lastmod"),
    "site_name": ("og:site_name", "application-name", "publisher", "dc.publisher"),
    "section": ("article:section", "section", "parsely-section", "sailthru.section"),
    "description": ("og:description", "description", "twitter:description",
                    "dc.description"),
    "image": ("og:image", "og:image:url", "og:image:secure_url", "twitter:image",
              "twitter:image:src"),
    "language": ("og:locale", "content-language", "dc.language", "language"),
    "url": ("og:url", "twitter:url"),
    "type": ("og:type",),
}
#: The same fields in JSON-LD (the article object, or its publisher for the site name).
JSONLD = {
    "title": ("headline", "name", "alternativeHeadline"),
    "published": ("datePublished", "dateCreated", "uploadDate"),
    "modified": ("dateModified",),
    "section": ("articleSection",),
    "description": ("description", "abstract"),
    "language": ("inLanguage",),
    "url": ("url", "mainEntityOfPage"),
}
_MICRODATA = {"title": "headline", "published": "datePublished", "modified": "dateModified",
              "section": "articleSection", "description": "description", "image": "image",
              "authors": "author"}
MAX_META = 2_000
_BYLINE = ("[rel=author], .byline, .author, .auteur, .signature, [class*=byline], "
           "[class*=author-name], [itemprop=author], "
           # A class naming the author as a part of a block, BEM or dashed: Jeune Afrique's
           # and Nice-Matin's ``article__author``, RFI's ``t-content__author-line``,
           # Radio-Canada's ``signature-author``.
           "[class*=__author], [class$=-author], [class*='-author '], "
           # CSS modules' ``Component_part`` names: Tamedia's ``ContentMetaInfo_author``
           # (newuser17b X10).
           "[class$=_author], [class*='_author ']")
#: The article's meta line ("By John Smith | Posted on March 8"): its first part is read as
#: a byline when it is shaped like one. A bare ``meta`` class is one too (RTBF's
#: ``<div class="meta"><span>Par Belga</span> <span>Publié le ...</span></div>``, newuser6
#: M11); the walk drops such a line as chrome, so it is read here.
_META_LINE = ("[class*=post-meta i], [class*=entry-meta i], [class*=article-meta i], "
              "[class~=meta i]")


def _add(found: Candidates, field: str, source: str, value: str) -> None:
    value = clean_text(value)
    if value and len(value) < 5_000:
        found.setdefault(field, []).append((source, value))


#: Fields a page-level JSON-LD node (:func:`~.jsonld.is_page_node`) gives under their own
#: names, read only when no other candidate answers (``choose_title``, ``choose_dates``,
#: ``choose_authors``); its other fields come after every other candidate.
PAGE_FIELDS = {"title": "page_title", "published": "page_published",
               "modified": "page_modified", "authors": "page_authors"}


def from_jsonld(found: Candidates, article: dict[str, Any] | None,
                objects: list[dict[str, Any]], *, page: bool = False, fields: bool = True,
                site: bool = True) -> None:
    """The candidates of the JSON-LD ``article`` object (``fields``) and the site names
    (``site``: its publisher's, those of ``objects``); ``page``: ``article`` describes
    only the page, its fields go under :data:`PAGE_FIELDS`' names."""
    if article is not None and site:
        _add(found, "site_name", "JSON-LD publisher", name_of(article.get("publisher"), objects))
    if article is not None and fields:
        label = "JSON-LD WebPage" if page else "JSON-LD"
        for field, keys in JSONLD.items():
            for key in keys:
                name = PAGE_FIELDS.get(field, field) if page else field
                _add(found, name, f"{label} {key}", text_of(article.get(key)))
        people, organisations = json_ld_authors(
            resolve(article.get("author") or article.get("creator"), objects))
        for name in people:
            _add(found, "page_authors" if page else "authors", f"{label} author", name)
        for name in organisations:  # an Organization author is a credit (docs/record.md)
            _add(found, "credit", "JSON-LD author Organization", name)
        _add(found, "image", "JSON-LD image", image_of(article.get("image")))
    for obj in objects:
        if obj.get("@type") in ("WebSite", "Organization", "NewsMediaOrganization"):
            _add(found, "site_name", f"JSON-LD {obj.get('@type')} name", text_of(obj.get("name")))


#: What the readers below look for, in one selector: lexbor walks the whole page for each
#: query (about 0.1 ms on a news page), so the page is walked once for all of them.
#: ``<h1>`` elements kept (the metadata reads the page's first three, and the first three
#: inside its ``<article>``).
MAX_H1 = 20
#: ``<h1>``/``<h2>`` elements kept in page order (the standfirst and the dating scope look
#: for the headline among the first twenty and ten), and ``<time>`` elements (the dating
#: scope reads the first thirty).
MAX_HEADINGS, MAX_TIMES = 20, 30
_WANTED = ", ".join(["meta", "h1", "h2", "link[rel=canonical]", "time", "article", "main",
                     *(f"[itemprop={prop}]" for prop in _MICRODATA.values())])
#: The same walk serves the body walk's paragraphs (:data:`~.walk.PARAGRAPHS_AND_HOLDERS`).
_QUERY = f"{_WANTED}, {PARAGRAPHS_AND_HOLDERS}"


@dataclass(slots=True)
class PageNodes:
    """The elements metadata is read from, in document order, from one query."""

    meta: list[LexborNode] = dataclasses.field(default_factory=list)  # at most MAX_META
    h1: list[LexborNode] = dataclasses.field(default_factory=list)  # the first MAX_H1
    canonical: list[LexborNode] = dataclasses.field(default_factory=list)  # link[rel=canonical]
    times: list[LexborNode] = dataclasses.field(default_factory=list)  # time[datetime], first ten
    #: The first MAX_HEADINGS ``<h1>`` and ``<h2>``, and the first MAX_TIMES ``<time>``, in
    #: page order, each once: what ``css("h1, h2")`` and ``css("time")`` would give.
    headings: list[LexborNode] = dataclasses.field(default_factory=list)
    all_times: list[LexborNode] = dataclasses.field(default_factory=list)
    main: LexborNode | None = None  # the first <article>, else the first <main>
    #: The first five elements of each microdata property of _MICRODATA.
    microdata: dict[str, list[LexborNode]] = dataclasses.field(default_factory=dict)
    #: What the body walk needs of the whole page, asked in the same query.
    paragraphs: Paragraphs = dataclasses.field(default_factory=Paragraphs)


def page_nodes(tree: LexborHTMLParser) -> PageNodes:
    """The :class:`PageNodes` of ``tree``. The selector's matches are sorted here by the
    rules lexbor applied: tag names, ``rel`` and ``type`` compared without ASCII case
    (HTML attributes listed as case-insensitive), ``itemprop`` exactly."""
    nodes = PageNodes(microdata={prop: [] for prop in _MICRODATA.values()})
    articles: list[LexborNode] = []
    main: LexborNode | None = None
    paragraphs = nodes.paragraphs
    once: set[int] = set()
    listed: set[int] = set()  # headings and times already listed
    for node in tree.css(_QUERY):
        tag = node.tag
        if tag in ("h1", "h2", "time"):
            mem_id = node.mem_id
            if mem_id not in listed:
                listed.add(mem_id)
                kept = nodes.all_times if tag == "time" else nodes.headings
                if len(kept) < (MAX_TIMES if tag == "time" else MAX_HEADINGS):
                    kept.append(node)
                # The match of "h2", or of "time" without a datetime, which the query
                # asked for these lists alone: nothing else reads it.
                if tag == "h2" or (tag == "time" and "datetime" not in node.attributes):
                    continue
        if tag == "p" or tag in HOLDER_TAGS:
            # The walk's part of the query: lexbor returns an element once per selector
            # of the list it matches, and these match no _WANTED selector but an itemprop.
            if node.mem_id in once:  # a second match: the itemprop's, then "p" or the
                if tag != "p":  # holders' selector
                    paragraphs.holders.add(node.mem_id)
                continue
            once.add(node.mem_id)
            attrs = node.attributes
            if tag == "p":
                paragraphs.chars += len(node.text(deep=True))
            elif (attrs.get("itemprop") or "") not in nodes.microdata:
                paragraphs.holders.add(node.mem_id)  # matched by the holders' selector
            same = nodes.microdata.get(attrs.get("itemprop") or "")
            if same is not None and len(same) < 5:
                same.append(node)
            continue
        attrs = node.attributes
        if tag == "meta":
            if len(nodes.meta) < MAX_META:
                nodes.meta.append(node)
        elif tag == "h1":
            if len(nodes.h1) < MAX_H1:
                nodes.h1.append(node)
        elif tag == "link":
            if (attrs.get("rel") or "").lower() == "canonical" and not nodes.canonical:
                nodes.canonical.append(node)
        elif tag == "time":
            if "datetime" in attrs and len(nodes.times) < 10:
                nodes.times.append(node)
        elif tag == "article":
            if len(articles) < MAX_ARTICLES:
                articles.append(node)
        elif tag == "main":
            main = main or node
        same = nodes.microdata.get(attrs.get("itemprop") or "")
        if same is not None and len(same) < 5:
            same.append(node)
    nodes.main = _page_article(articles) or main
    return nodes


#: The ``<article>`` elements looked at for the page's own.
MAX_ARTICLES = 20
#: Containers whose ``<article>`` is another item's: a rail of teasers, a menu, a footer.
_ELSEWHERE = frozenset(("aside", "nav", "footer"))


def _page_article(articles: list[LexborNode]) -> LexborNode | None:
    """The page's own ``<article>`` among ``articles`` (page order): the first that is
    neither inside an ``<aside>``, ``<nav>`` or ``<footer>`` nor a teaser card (half of its
    text or more in links), else the first. A teaser's ``<article>`` in a "top news" rail
    before the article's own (``<aside class="top-news"><article class="mini"><a><h3>``)
    is not the page's article: the article's byline is not in it (newuser15b X12)."""
    if len(articles) < 2:
        return articles[0] if articles else None
    for node in articles:
        parent = node.parent
        while parent is not None and parent.tag not in _ELSEWHERE:
            parent = parent.parent
        if parent is not None:
            continue
        text = len(clean_text(node.text(deep=True)))
        links = sum(len(clean_text(a.text(deep=True))) for a in node.css("a"))
        if text and links < 0.5 * text:
            return node
    return articles[0]


def _value(attrs: dict[str, str | None], name: str) -> str:
    """:func:`~.parse.attr` of an element's attribute dictionary: the value, stripped, or
    ``""``."""
    value = attrs.get(name)
    return value.strip() if isinstance(value, str) else ""


def from_meta(found: Candidates, nodes: PageNodes) -> None:
    by_name: dict[str, list[str]] = {}
    for node in nodes.meta:
        attrs = node.attributes  # one dict a tag, read up to six times
        key = (_value(attrs, "property") or _value(attrs, "name") or _value(attrs, "itemprop")
               or _value(attrs, "http-equiv")).lower()
        content = _value(attrs, "content") or _value(attrs, "value")
        if key and content:
            by_name.setdefault(key, []).append(content)
    for field, names in META.items():
        for name in names:
            for value in by_name.get(name, [])[:5]:
                _add(found, field, f"meta {name}", value)


def _microdata_value(node: LexborNode) -> str:
    for name in ("content", "datetime", "href", "src"):
        value = attr(node, name)
        if value:
            return value
    inner = node.css_first("[itemprop=name]")
    return (inner or node).text(deep=True)


def from_microdata(found: Candidates, nodes: PageNodes) -> None:
    for name, prop in _MICRODATA.items():
        for node in nodes.microdata[prop]:
            if node.tag == "meta" and name != "authors":
                continue  # already read with the meta tags
            _add(found, name, f"microdata {prop}", _microdata_value(node))


def words_of(node: LexborNode) -> str:
    """The text of a byline-like element with a space between the texts of its elements:
    pages set a name and its aside in two elements and space them with CSS, not a
    character (``Cécile Ducourtieux<span class="author__desc">(Bruxelles)</span>``,
    ``Par<span class="authorname">Sébastien Farcis</span>``), so the words a reader sees
    apart are read apart. (Inside a byline no element boundary falls within a word.)"""
    return clean_text(node.text(deep=True, separator=" "))


def byline_text(node: LexborNode) -> str:
    """:func:`words_of` a byline element, without its lines (``<br>``) that are only a job
    title or a desk ("Samir Benali<br>Journaliste", "Léa Martin<br>Correspondante à
    Genève": verify11a V15): the title printed under the name is no part of it, and
    read on one line with it the name no longer reads as a person's."""
    raw = node.text(deep=True, separator=" ")
    if BREAK not in raw:
        return clean_text(raw)
    lines = [clean_text(line) for line in raw.split(BREAK)]
    kept = [line for line in lines if line and not is_role(line)]
    return " ".join(kept) if kept else clean_text(raw.replace(BREAK, " "))


def byline_nodes(nodes: list[LexborNode]) -> list[LexborNode]:
    """Byline elements (each once: lexbor returns an element once per selector it
    matches), co-authors together: elements side by side in one short parent (``<span
    class="authors">Par <span class="author">A</span> et <span
    class="author">B</span></span>``) give way to that parent, whose text holds the
    whole byline, "Par A et B", once."""
    unique = list({node.mem_id: node for node in nodes}.values())
    out: list[LexborNode] = []
    seen: set[int] = set()
    for node in unique:
        parent = node.parent
        if parent is None or sum(1 for other in unique if other.parent is not None
                                 and other.parent.mem_id == parent.mem_id) < 2 \
                or len(words_of(parent)) >= 200:
            out.append(node)
        elif parent.mem_id not in seen:
            seen.add(parent.mem_id)
            out.append(parent)
    return out


def _h1_inside(main: LexborNode, h1: list[LexborNode]) -> list[LexborNode]:
    """The first three ``<h1>`` inside ``main``, found among the page's first ones
    (``h1``, from :func:`page_nodes`) by their parents: a query of ``main`` walks half
    the page. Asked of ``main`` only when the page has more ``<h1>`` than were kept."""
    inside = [node for node in h1 if _within(node, main.mem_id)][:3]
    if len(inside) == 3 or len(h1) < MAX_H1:
        return inside
    return main.css("h1")[:3]


def _within(node: LexborNode, ancestor: int) -> bool:
    """``node`` is the element ``ancestor`` (a ``mem_id``) or inside it."""
    current: LexborNode | None = node
    while current is not None:
        if current.mem_id == ancestor:
            return True
        current = current.parent
    return False


#: The class or id words a theme gives its masthead heading (WordPress's ``site-title``,
#: ``site-name``, ``logo``, ``brand``): with a link to the home page, the common forms of
#: a site's name set as an ``<h1>`` (t-final31 F3).
_MASTHEAD_WORDS = ("logo", "site-title", "site-name", "sitename", "brand", "masthead")


def _home_link(href: str) -> bool:
    """``href`` points at a site's home page: "/", "./", "index.html", or an absolute URL
    whose path is empty or "/" (and no query)."""
    href = href.strip()
    if href in {"/", "./", "/index.html", "/index.php", "index.html"}:
        return True
    if not href.startswith(("http://", "https://", "//")):
        return False
    parts = urlsplit(href)
    return bool(parts.netloc) and parts.path in {"", "/"} and not parts.query


def is_masthead_heading(node: LexborNode) -> bool:
    """An ``<h1>`` that is the site's name set in the page header, not a headline: its
    text is one link to the home page (``rel="home"`` or :func:`_home_link`), or the
    heading or its parent is classed as a logo or site title (:data:`_MASTHEAD_WORDS`).
    Themes set the site's name as the page's ``<h1>`` (WordPress's ``h1.site-title > a
    [rel=home]``), which a ``<title>`` giving the site's name alone then repeats."""
    text = clean_text(node.text(deep=True))
    links = node.css("a")
    if len(links) == 1 and clean_text(links[0].text(deep=True)) == text and (
            "home" in (attr(links[0], "rel") or "").lower().split()
            or _home_link(attr(links[0], "href") or "")):
        return True
    parent = node.parent
    for element in (node, parent):
        if element is None:
            continue
        marks = f"{attr(element, 'class') or ''} {attr(element, 'id') or ''}".lower().split()
        # a whole class name, or its last part ("site-logo", "header__logo"): never a
        # word inside another ("brand-color", "logotype-news")
        if any(mark == word or mark.endswith((f"-{word}", f"_{word}"))
               for mark in marks for word in _MASTHEAD_WORDS):
            return True
    return False


#: A kicker is a label: this many words at most, no sentence's end.
KICKER_WORDS = 5
#: A label's final dot that ends no sentence: an initialism ("U.S.", "U.K.", "E.-U.") or
#: one abbreviated word ("Int.", "St."), the section labels news sites print above their
#: headlines (t-final32 #4: "U.S." was read as a sentence, so as a paragraph and the lead).
_ABBREVIATED_END = re.compile(r"(?:\b\w{1,2}\.(?:-?\w{1,2}\.)+|\b[A-Z]\w{0,3}\.)$")


def _label(text: str) -> bool:
    """``text`` is a label: :data:`KICKER_WORDS` words or fewer and no sentence's end (a
    final dot after an initialism or an abbreviation ends none)."""
    if not text or len(text.split()) > KICKER_WORDS or text[-1] in "!?…:;»\"":
        return False
    return text[-1] != "." or bool(_ABBREVIATED_END.search(text))


def labels_above(headings: list[LexborNode], headline: str) -> set[str]:
    """The folded texts of the labels printed right above the headline's heading (an
    ``<h1>``, or the ``<h2>`` an article under a logo ``<h1>`` is headed by): its previous
    sibling elements, two at most, each a :func:`_label`; when the heading is alone in a
    wrapper (``<div class="title-wrap"><h1>``), the wrapper's. A kicker or section label
    ("Transports", ``h2.kicker``, "U.S."), the header's, no paragraph of the body (t-final31
    F3; t-final32 #4: the rule was read for ``<h1>`` headlines only, and "U.S." failed it)."""
    folded = fold(headline)
    labels: set[str] = set()
    for node in headings:
        if (not folded or node.tag not in ("h1", "h2", "h3")
                or fold(clean_text(node.text(deep=True))) != folded):
            continue
        sibling = _previous_element(node)
        parent = node.parent
        child = node
        while (sibling is None and parent is not None and parent.tag not in ("body", "html")
               and _alone_in(parent, child)):
            sibling = _previous_element(parent)
            child, parent = parent, parent.parent
        taken = 0
        while sibling is not None and taken < 2:
            text = clean_text(sibling.text(deep=True))
            if not _label(text):
                break
            labels.add(fold(text))
            taken += 1
            sibling = _previous_element(sibling)
    return labels


def _names_site_only(title: LexborNode | None, logo: LexborNode) -> bool:
    """The ``<title>`` tag is missing, empty, or the logo heading's text: it names the
    site and no article."""
    text = fold(clean_text(title.text(deep=True))) if title is not None else ""
    return not text or text == fold(clean_text(logo.text(deep=True)))


def _alone_in(parent: LexborNode, child: LexborNode) -> bool:
    """``child`` is ``parent``'s only element and no text stands beside it (a wrapper:
    ``<div class="title-wrap"><h1>``). Read child by child, never the parent's whole
    text: an ``<article>`` opening on its ``<h1>`` holds the whole page."""
    current = parent.child
    while current is not None:
        if current.tag in ("-text", "_text"):
            if clean_text(current.text() or ""):
                return False
        elif current.tag not in ("-comment", "_comment") and current.mem_id != child.mem_id:
            return False
        current = current.next
    return True


def _previous_element(node: LexborNode) -> LexborNode | None:
    """The element right before ``node`` among its siblings, passing blank text and
    comments; None when there is none or printed text comes first."""
    sibling = node.prev
    while sibling is not None and sibling.tag in ("-text", "_text", "-comment", "_comment"):
        if sibling.tag in ("-text", "_text") and clean_text(sibling.text() or ""):
            return None
        sibling = sibling.prev
    return sibling


#: The field of :func:`from_document`'s candidates naming the ``<h1>`` printed where the
#: article's headline stands: inside the page's ``<article>`` (or ``<main>``), or, on a
#: page that has neither (a broken or bare page), outside its frame (:func:`_in_page_frame`).
#: Such a heading is refused as a headline only for its own shape, never for sharing no
#: word with the text (:func:`veille.extract.html.metadata.choose_title`).
HEADLINE_PLACE = "headline_place"
#: The elements that frame a page around its article: a heading inside them is the site's.
_FRAME = frozenset(("header", "nav", "footer", "aside"))


def _in_page_frame(node: LexborNode) -> bool:
    """``node`` is inside a ``<header>``, ``<nav>``, ``<footer>`` or ``<aside>``."""
    current = node.parent
    while current is not None:
        if current.tag in _FRAME:
            return True
        current = current.parent
    return False


def from_document(found: Candidates, tree: LexborHTMLParser, nodes: PageNodes) -> None:
    """The visible page: ``<h1>``, ``<title>``, ``<html lang>``, canonical link, times,
    bylines."""
    # The article's own <h1> first: a logo <h1> in the page header comes after it.
    main = nodes.main
    inner = _h1_inside(main, nodes.h1) if main is not None else []
    seen = {n.mem_id for n in inner}
    for node in inner + [n for n in nodes.h1[:3] if n.mem_id not in seen]:
        if is_masthead_heading(node):  # the site's name, no headline (t-final31 F3)
            _add(found, "site_masthead", "masthead h1", node.text(deep=True))
            continue
        # a heading left open over the article holds its paragraphs (t-final59 "32-broken")
        opened = open_heading(node)
        text = opened[0][0] if opened else node.text(deep=True)
        _add(found, "h1", "h1", text)
        if node.mem_id in seen or (main is None and not _in_page_frame(node)):
            _add(found, HEADLINE_PLACE, "h1 in the article's place", text)
    if main is not None and main.tag == "article" and not inner:
        # An <article> whose headline is an <h2> (the page's <h1> being the site's logo,
        # newuser9 R15): that heading is the article's, ahead of the logo.
        heading = main.css_first("h2")
        if heading is not None:
            found.setdefault("h1", []).insert(0, ("article h2", clean_text(
                heading.text(deep=True, separator=" "))))
    elif main is None and nodes.h1 and all(is_masthead_heading(n) for n in nodes.h1[:3]) \
            and _names_site_only(tree.css_first("title"), nodes.h1[0]):
        # No <article>, the page's <h1> is the site's logo and its <title> names the site
        # alone: the first <h2> after the logo, of three words or more, heads the article
        # (a theme's ``h2.entry-title``; t-final32 #4's pages read the logo as the body's
        # first paragraph and had no headline).
        logo = nodes.h1[0].mem_id
        order = [n.mem_id for n in nodes.headings]
        after = order.index(logo) + 1 if logo in order else len(order)
        heading = next((n for n in nodes.headings[after:] if n.tag == "h2"), None)
        text = clean_text(heading.text(deep=True, separator=" ")) if heading is not None else ""
        if len(text.split()) >= 3:
            found.setdefault("h1", []).insert(0, ("h2 under the logo h1", text))
    title = tree.css_first("title")
    if title is not None:
        _add(found, "title", "title tag", title.text(deep=True))
    root = tree.root
    if root is not None:
        _add(found, "language", "html lang", attr(root, "lang") or attr(root, "xml:lang"))
    for node in nodes.canonical:
        _add(found, "url", "canonical link", attr(node, "href"))
    for node in nodes.times:
        _add(found, "time", "time element", attr(node, "datetime"))
    scope = main or tree.body
    inside = scope.css(_BYLINE)[:6] if scope is not None else []
    if not inside and main is not None and main.tag == "article":
        inside = bylines_before(main, _BYLINE)
    if not inside and tree.body is not None:
        linked = author_link_box(tree.body)
        inside = [linked] if linked is not None else []
    for node in byline_nodes(inside):
        text = byline_text(node)
        if len(text) < 200:
            _add(found, "byline", "byline element", text)
    for node in (scope.css(_META_LINE) if scope is not None else [])[:3]:
        text = words_of(node)
        if len(text) < 300:
            _add(found, "meta_line", "meta line", text)


def gather(tree: LexborHTMLParser, article: dict[str, Any] | None,
           objects: list[dict[str, Any]], nodes: PageNodes | None = None) -> Candidates:
    """Candidates per field, most trusted first (``nodes``: the page's
    :func:`page_nodes`, when already read)."""
    found: Candidates = {}
    page = is_page_node(article)
    from_jsonld(found, article, objects, page=page, fields=not page)
    nodes = nodes or page_nodes(tree)
    from_meta(found, nodes)
    from_microdata(found, nodes)
    from_document(found, tree, nodes)
    if page:  # the page's own node: after every article-level and printed candidate
        from_jsonld(found, article, [], page=True, site=False)
    return found
