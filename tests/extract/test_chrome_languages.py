"""Regression (newuser7 P13 n): a German copyright notice without a year ("Alle Rechte
vorbehalten. Vervielfältigung nur mit Genehmigung …") and a source line ("Quelle:
F.A.Z.") stayed as the body's last paragraphs; a Spanish byline printed as "name · place ·
date" ("Ferran Bono · Valencia · 30 nov 2026 - 09:05 CET") gave no author."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from veille.extract import textshape as ts
from veille.extract.bare_byline import bare_name
from veille.extract.html import extract_html

PROSE = ("Die Gewerkschaft kündigte am Montag in Frankfurt einen dreitägigen Streik im "
         "Fern- und Regionalverkehr an, der am Mittwoch beginnen soll. ")


def _page(lang: str, byline: str, tail: list[str]) -> str:
    body = "".join(f"<p>{PROSE}{n}</p>" for n in range(4))
    return (f"<!doctype html><html lang='{lang}'><head><title>T</title></head><body>"
            f"<article><h1>Ein Titel über den Streik der Bahn</h1><div>{byline}</div>{body}"
            + "".join(f"<div>{t}</div>" for t in tail) + "</article></body></html>")


def test_rights_notices_and_source_lines_leave_the_body() -> None:
    tail = ["Quelle: F.A.Z.", "Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung "
            "der Frankfurter Allgemeine Zeitung GmbH."]
    content = extract_html(_page("de", "Von Julia Löhr", tail), url="https://faz.example/a")
    assert content.paragraphs[-1].startswith(PROSE.strip()[:40])
    assert not any("vorbehalten" in p or p.startswith("Quelle") for p in content.paragraphs)
    for notice in ("Todos los derechos reservados. Prohibida su reproducción.",
                   "Tutti i diritti riservati.", "Tous droits réservés",
                   "All rights reserved. Reproduction only with permission of the publisher."):
        assert ts.is_copyright(notice) and ts.block_shape(notice).head == "notice", notice
    for line in ("Quelle: F.A.Z.", "Fuente: El País", "Source : Le Monde"):
        assert ts.is_credit(line) and ts.block_shape(line).head == "credit", line
    long_source = "Source : le ministère a indiqué lundi que le plan serait présenté jeudi."
    assert not ts.is_credit(long_source)


def test_a_middle_dot_byline_gives_its_author() -> None:
    line = "Ferran Bono · Valencia · 30 nov 2026 - 09:05 CET"
    assert bare_name(line) == "Ferran Bono"
    content = extract_html(_page("es", line, []), url="https://elpais.example/a")
    assert content.authors == ["Ferran Bono"]
    # a place and a date is a dateline, not a byline; a name and a place alone is no proof
    assert bare_name("Nueva York · 30 nov 2026") == ""
    assert bare_name("Ferran Bono · Valencia") == ""


@given(st.lists(st.text(max_size=20), min_size=1, max_size=4))
def test_bare_name_never_raises_on_dotted_lines(parts: list[str]) -> None:
    name = bare_name(" · ".join(parts))
    assert name == "" or name in " ".join(" · ".join(parts).split()) or name.istitle()
