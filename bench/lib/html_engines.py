"""The HTML extractors bench/extraction.py runs side by side, behind one small interface.

Why one interface: every engine gets the same decoded page (veille's own HTML decoding,
done once, outside the timing), so the pages/s column measures extraction only, and the
body text every engine returns is scored by the same metric. Peers are imported lazily:
a missing peer is reported as "not installed" instead of failing the run.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Result:
    """What an engine found on one page; metadata fields are None when it does not say."""

    body: str
    title: str | None = None
    published: str | None = None
    authors: list[str] | None = None


Engine = Callable[[str, str | None], Result]


def _veille(html: str, url: str | None) -> Result:
    from veille.errors import ExtractionError
    from veille.extract.html import extract_html

    try:
        content = extract_html(html, url=url)
    except ExtractionError:
        return Result("", "", None, [])
    published = content.published.isoformat() if content.published else None
    return Result("\n\n".join(content.paragraphs), content.title, published, content.authors)


def _trafilatura(favor_precision: bool) -> Engine:
    import trafilatura

    def run(html: str, url: str | None) -> Result:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True,
                                          favor_precision=favor_precision)
        if doc is None:
            return Result("", "", None, [])
        data: Any = doc if isinstance(doc, dict) else doc.as_dict()
        authors = [a.strip() for a in (data.get("author") or "").split(";") if a.strip()]
        return Result(data.get("text") or "", data.get("title") or "", data.get("date"),
                      authors)

    return run


def _readability(html: str, url: str | None) -> Result:
    import lxml.html
    from readability import Document

    try:
        doc = Document(html)
        summary = doc.summary(html_partial=True)
        text = " ".join(lxml.html.fromstring(summary).itertext()) if summary.strip() else ""
        return Result(text, doc.short_title())
    except Exception:  # readability raises on pages it cannot read
        return Result("")


def _resiliparse(html: str, url: str | None) -> Result:
    from resiliparse.extract.html2text import extract_plain_text

    return Result(extract_plain_text(html, main_content=True) or "")


def _htmldate(html: str, url: str | None) -> Result:
    from htmldate import find_date

    found = find_date(html, url=url, original_date=True, outputformat="%Y-%m-%d %H:%M:%S")
    return Result("", published=found)


ENGINES: dict[str, Callable[[], Engine]] = {
    "veille": lambda: _veille,
    "trafilatura": lambda: _trafilatura(False),
    "trafilatura favor_precision": lambda: _trafilatura(True),
    "readability-lxml": lambda: _readability,
    "resiliparse": lambda: _resiliparse,
}
#: Engines that give a publication date (the others get a dash in the date columns).
DATED = frozenset({"veille", "trafilatura", "trafilatura favor_precision", "htmldate"})
#: Engines that only find dates: run on the French set's date column.
DATE_ENGINES: dict[str, Callable[[], Engine]] = {"htmldate": lambda: _htmldate}


def version(name: str) -> str:
    """The installed version of an engine's package, for the table."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    package = {"veille": "veille", "trafilatura": "trafilatura",
               "trafilatura favor_precision": "trafilatura",
               "readability-lxml": "readability-lxml", "resiliparse": "resiliparse",
               "htmldate": "htmldate"}[name]
    try:
        return dist_version(package)
    except PackageNotFoundError:
        return "not installed"
