"""veille's own HTML extractor: a news page to :class:`~veille.record.Content`.

The steps, each in its own module:

1. :mod:`.parse`: parse within bounds (selectolax/lexbor);
2. :mod:`.jsonld`: the page's JSON-LD, bounded, and the object describing the article;
3. :mod:`.sources` and :mod:`.metadata`: every candidate for every field, then one
   winner per field by written rules, with its source kept in ``evidence``;
4. :mod:`.walk` and :mod:`.body`: the body as flat text blocks, the article as the densest
   run of prose inside one container, sieved block by block;
5. :mod:`.checks`: the run checked against JSON-LD ``articleBody``; paywall cuts.

Every failure is an :class:`~veille.errors.ExtractionError` with a reason.
"""

from __future__ import annotations

from veille.errors import ExtractionError
from veille.extract.html.body import choose_body, keep
from veille.extract.html.checks import (
    find_standfirst,
    is_truncated,
    match_article_body,
    visible_date,
)
from veille.extract.html.jsonld import article_object, parse_scripts, text_of
from veille.extract.html.metadata import choose, declared_language, first
from veille.extract.html.parse import parse_html
from veille.extract.html.sources import gather
from veille.extract.html.walk import walk_body
from veille.extract.language import assumed_zone, detect_language
from veille.extract.textshape import fold
from veille.record import Content

EXTRACTOR = "veille-html"

__all__ = ["EXTRACTOR", "extract_html"]


def extract_html(html: str, *, url: str | None = None, origin: str = "",
                 include_captions: bool = False) -> Content:
    """Extract the article (title, paragraphs, metadata) from an HTML page.

    ``include_captions`` keeps photo captions in the body (they are dropped by default,
    like every other text that is not the article's prose).
    """
    tree, cut = parse_html(html, origin=origin)
    objects = parse_scripts(tree.css('script[type="application/ld+json"]'))
    article = article_object(objects)
    found = gather(tree, article, objects)
    body = tree.body
    if body is None:
        kind = "a frameset" if tree.css_first("frameset, frame") is not None else "no <body>"
        raise ExtractionError(f"no article text in the HTML page ({kind})", origin=origin,
                              reason="no-text", hint="is this an article page?")
    walk = walk_body(body)
    choice = choose_body(walk.blocks, include_captions=include_captions)
    blocks, body_source = choice.blocks, "DOM text density"
    article_body = text_of(article.get("articleBody")) if article else ""
    if article_body:
        matched = match_article_body(walk.blocks, article_body)
        dom_chars = sum(len(b.text) for b in blocks)
        # An articleBody much shorter than the page's article is a teaser or an excerpt.
        if matched is not None and sum(len(b.text) for b in matched) >= 0.6 * dom_chars:
            blocks = [b for b in matched if keep(b, include_captions=include_captions)]
            body_source = "JSON-LD articleBody, found in the DOM"
    paragraphs = [b.text for b in blocks]
    standfirst = find_standfirst(walk.blocks, choice.start, first(found, "description")[0])
    if standfirst and (not paragraphs or fold(paragraphs[0]) != fold(standfirst)):
        paragraphs.insert(0, standfirst)
        body_source += ", standfirst before it"
    if not paragraphs:
        raise ExtractionError("no article text found in the HTML page", origin=origin,
                              reason="no-text", hint="is this an article page?")
    # Detection costs more than the rest of the metadata: only when the page is silent.
    declared = declared_language(found)
    detected = "" if declared else detect_language(" ".join(paragraphs[:6]))
    meta = choose(found, fallback_language=detected, base_url=url)
    if meta.published is None:
        meta.published = visible_date(walk.blocks, choice.start,
                                      assumed_zone(meta.language or detected))
        if meta.published is not None:
            meta.evidence["published"] = "visible text near the article"
    evidence = dict(meta.evidence)
    evidence["body"] = body_source
    if not meta.language and detected:
        evidence["language"] = "detected from the text"
    if cut:
        evidence["input"] = cut
    if meta.title and paragraphs and paragraphs[0] == meta.title:
        paragraphs = paragraphs[1:] or paragraphs
    return Content(
        title=meta.title,
        lead=meta.description or paragraphs[0],
        paragraphs=paragraphs,
        authors=meta.authors,
        published=meta.published,
        updated=meta.modified,
        language=meta.language or detected,
        site_name=meta.site_name,
        url=meta.url or url,
        truncated=is_truncated(walk.blocks, choice.end, paywall_markup=walk.paywall,
                               article=article),
        extractor=EXTRACTOR,
        evidence=evidence,
        section=meta.section,
        description=meta.description,
        image=meta.image,
    )
