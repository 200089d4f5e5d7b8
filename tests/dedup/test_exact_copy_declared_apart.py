"""A verbatim copy with no source or URL is still another publication when the texts say
so (newuser9 R4, R5, R19).

Two text captures (or saved pages without a canonical URL) carry no source and no URL, so
a word-for-word copy was read as "the same publication saved again" and dropped as an
exact link, even when the copies declare other sites or their own headline and time: the
reprint was in no search, and the earlier outlet could lose its place as the original. A
page saved again (same headline and time, other chrome) is still one publication
(docs/dedup.md).
"""

from __future__ import annotations

from pathlib import Path

from tests.dedup.test_exact_copy_elsewhere import BODY

import veille


def text_capture(name: str, outlet: str, title: str, printed: str, menu: str) -> tuple[str, bytes]:
    """A pasted page: ``outlet``'s menu, headline, meta line and ``BODY``."""
    body = "\n\n".join(BODY)
    text = f"{outlet}\n{menu}\n\n{title}\n\nPar {outlet} avec AFP\nPublié le {printed}\n\n{body}\n"
    return name, text.encode()


def page(name: str, site: str, title: str, when: str) -> tuple[str, bytes]:
    """A saved HTML page of ``site`` (``og:site_name``) without a canonical URL."""
    paras = "".join(f"<p>{p}</p>" for p in BODY)
    html = (f'<html lang="fr"><head><title>{title}</title>'
            f'<meta property="og:site_name" content="{site}">'
            f'<meta property="article:published_time" content="{when}"></head>'
            f"<body><article><h1>{title}</h1>{paras}</article></body></html>")
    return name, html.encode()


def test_a_text_capture_of_another_outlet_with_its_own_headline_is_a_reprint(
        tmp_path: Path) -> None:
    first = text_capture("a.txt", "Quotidien Alpin", "Un éboulement coupe une route de montagne",
                         "08/03/2026 à 08:30", "Accueil\nRégions")
    other = text_capture("b.txt", "Gazette des Vallées",
                         "Route coupée : dix hameaux isolés, le ravitaillement par hélicoptère",
                         "08/03/2026 à 09:50", "Accueil\nFaits divers")
    again = text_capture("c.txt", "Quotidien Alpin", "Un éboulement coupe une route de montagne",
                         "08/03/2026 à 08:30", "Accueil\nRégions\nSe connecter")
    with veille.open(tmp_path / "data") as v:
        assert v.ingest_bytes([first]).new == 1
        second = v.ingest_bytes([other])
        assert (second.new, second.duplicate) == (1, 0)
        third = v.ingest_bytes([again])  # the same page saved again in other chrome
        assert (third.new, third.duplicate) == (0, 1)
        v.sync(wait=30)
        hits = v.search("ravitaillement hélicoptère hameaux isolés").hits
        titles = {h.title for h in hits}
        assert "Route coupée : dix hameaux isolés, le ravitaillement par hélicoptère" in titles
        arts = {a.content.title: a for a in v.latest(10) if a.content}
        copy = arts["Route coupée : dix hameaux isolés, le ravitaillement par hélicoptère"]
        original = arts["Un éboulement coupe une route de montagne"]
        assert copy.dedup is not None
        assert (copy.dedup.relation, copy.dedup.duplicate_of) == ("reprint", original.id)


def test_saved_pages_of_two_declared_sites_are_two_publications_the_earlier_first(
        tmp_path: Path) -> None:
    later = page("later.html", "Gazette des Vallées", "Route coupée : dix hameaux isolés",
                 "2026-03-08T09:50:00+01:00")
    earlier = page("earlier.html", "Quotidien Alpin", "Un éboulement coupe une route",
                   "2026-03-08T08:30:00+01:00")
    with veille.open(tmp_path / "data") as v:
        assert v.ingest_bytes([later]).new == 1
        assert v.ingest_bytes([earlier]).new == 1
        arts = {a.content.title: a for a in v.latest(10) if a.content}
        first, copy = arts["Un éboulement coupe une route"], arts[
            "Route coupée : dix hameaux isolés"]
        assert copy.dedup is not None and copy.dedup.duplicate_of == first.id
        assert first.dedup is not None and first.dedup.duplicate_of is None
