"""The standfirst (chapô) a reader is shown above an article's body, and the enrichment
reads between its headline and its body (t-final25 S4: a text capture's standfirst, "… dans
la nuit de mardi à mercredi. Une enquête a été ouverte par le parquet de Bobigny.", was
shown but never enriched: no date, no Bobigny).

It is the article's ``lead`` when the extractor found one printed on the page
(``evidence["lead"]``: a text capture's standfirst, an HTML page's printed outside the
body's container; docs/record.md) and the body does not repeat it (its first paragraph, or
that paragraph's start cut with "…", newuser13a C9). A meta description (no printed
standfirst) is none: it is not the article's text.
"""

from __future__ import annotations

from veille.extract.textshape import fold
from veille.record import Content


def standfirst(lead: str, paragraphs: list[str]) -> str:
    """``lead`` when no paragraph of ``paragraphs`` starts with it (folded, its final
    stop or "…" ignored), else ""."""
    folded = fold(lead).rstrip(" .…")
    if not folded:
        return ""
    for paragraph in paragraphs:
        if fold(paragraph).startswith(folded):
            return ""
    return lead


def printed_standfirst(content: Content) -> str:
    """The standfirst ``content`` shows above its body ("" when none: see the module)."""
    if not content.evidence.get("lead"):
        return ""
    return standfirst(content.lead, content.paragraphs)
