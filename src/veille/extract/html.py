"""HTML pages to articles, through trafilatura for now.

This is the interim extractor the foundation issue asks for; veille's own HTML extractor
replaces it behind the same function. trafilatura is imported lazily, so a process that
never sees HTML does not pay for it.
"""

from __future__ import annotations

from datetime import datetime

from veille.errors import ExtractionError
from veille.extract.dates import published_and_updated
from veille.extract.language import assumed_zone, detect_language
from veille.record import Content


def _date(value: str | None, lang: str) -> datetime | None:
    if not value:
        return None
    published, _ = published_and_updated(value, default_zone=assumed_zone(lang))
    return published


def extract_html(html: str, *, url: str | None = None, origin: str = "") -> Content:
    """Extract title, paragraphs and metadata from an HTML page."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True,
                                      include_comments=False, include_tables=False)
    if isinstance(doc, dict) or doc is None or not (doc.text or "").strip():
        raise ExtractionError("no article text found in the HTML page", origin=origin,
                              reason="no-text", hint="is this an article page?")
    paragraphs = [p.strip() for p in (doc.text or "").split("\n") if p.strip()]
    title = (doc.title or "").strip()
    lang = (doc.language or "") or detect_language(" ".join([title, *paragraphs[:4]]))
    authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
    return Content(
        title=title,
        lead=(doc.description or "").strip() or (paragraphs[0] if paragraphs else ""),
        paragraphs=paragraphs,
        authors=authors,
        published=_date(doc.date, lang),
        language=lang,
        site_name=(doc.sitename or "").strip(),
        url=doc.url or url,
        extractor="trafilatura",
        evidence={"all": "trafilatura " + trafilatura.__version__},
    )
