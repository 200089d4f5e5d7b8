"""The extraction stage: dispatches a raw input to the extractor for its media type."""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import ClassVar

from veille.errors import ExtractionError, InputError
from veille.extract.encoding import decode_bytes
from veille.extract.html import extract_html
from veille.extract.records import parse_record_line, record_to_content
from veille.extract.text_capture import extract_text_capture
from veille.pipeline.stage import Stage
from veille.record import Article, Content, source_from_url

TEXT = "text/plain"
HTML = "text/html"
RECORD = "application/x-veille-record+json"
MEDIA_TYPES = (TEXT, HTML, RECORD)

SiteChrome = Callable[[str], Collection[str]]


def _no_chrome(source: str) -> Collection[str]:
    return frozenset()


class ExtractStage(Stage):
    """Fills ``content`` from ``raw``.

    ``site_chrome`` maps a source to the blocks known to repeat across its pages; the
    ingest loop, which owns the store, hands it in, so this stage does no I/O.
    """

    name: ClassVar[str] = "extract"
    requires: ClassVar[tuple[str, ...]] = ("raw",)
    assigns: ClassVar[tuple[str, ...]] = ("content",)

    def __init__(self, *, site_chrome: SiteChrome = _no_chrome) -> None:
        self.site_chrome = site_chrome

    def __call__(self, article: Article) -> Article:
        raw = article.raw
        if not raw.data.strip():
            raise InputError("empty input", origin=raw.origin, reason="empty",
                             hint="nothing to extract; check the file")
        if raw.media_type == RECORD:
            content = record_to_content(parse_record_line(raw.data, origin=raw.origin),
                                        origin=raw.origin)
        else:
            decoded = decode_bytes(raw.data, origin=raw.origin)
            if raw.media_type == HTML:
                content = extract_html(decoded.text, url=raw.url, origin=raw.origin)
            else:
                content = self._capture(decoded.text, article)
            content.evidence["encoding"] = decoded.encoding
        if not content.paragraphs:
            raise ExtractionError("no article text found", origin=raw.origin, reason="no-text",
                                  hint="the input holds no paragraph of prose")
        article.content = content
        if content.url and not raw.url:
            article.source = article.source or source_from_url(content.url) or ""
        return article

    def _capture(self, text: str, article: Article) -> Content:
        chrome = self.site_chrome(article.source) if article.source else frozenset()
        result = extract_text_capture(text, site_chrome=chrome)
        return Content(
            title=result.title or "",
            lead=result.paragraphs[0] if result.paragraphs else "",
            paragraphs=result.paragraphs,
            authors=result.authors,
            published=result.published,
            updated=result.updated,
            language=result.language,
            truncated=result.truncated,
            extractor="text-capture",
            evidence=dict(result.evidence),
        )
