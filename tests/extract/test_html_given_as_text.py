"""Regression (verify13 V5): an HTML page saved as ``.txt`` or served as ``text/plain`` was
read as a text capture and stored as an article titled "<!doctype html>"; since a
``text/plain`` page is fetched (newuser13a C10), that reached ``veille fetch`` too. An HTML
document is read as HTML whatever type it was given as. A capture that merely mentions a
tag is still a capture."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import veille
from veille.collect.sniff import opens_as_html

PAGE = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>Lorient : le chantier naval embauche 300 soudeurs</title></head>
<body><article><h1>Lorient : le chantier naval embauche 300 soudeurs</h1>
<p>Le chantier naval de Lorient va recruter trois cents soudeurs d'ici l'été prochain pour
honorer une commande de six patrouilleurs destinés à la Marine nationale.</p>
<p>La direction assure que les candidats seront formés sur place pendant six mois, avec une
rémunération garantie dès le premier jour de formation.</p>
</article></body></html>
"""


def test_an_html_page_saved_as_text_is_read_as_a_page(tmp_path: Path) -> None:
    with veille.open(tmp_path / "data") as v:
        (article_id,) = v.ingest_bytes([("chantier.txt", ("\ufeff" + PAGE).encode())]).new_ids
        content = v.get(article_id).content
    assert content is not None
    assert content.title == "Lorient : le chantier naval embauche 300 soudeurs"
    assert not any("<" in p for p in content.paragraphs)
    assert "read as HTML" in content.evidence["media_type"]


def test_only_a_document_that_opens_as_html_is_html() -> None:
    assert opens_as_html("<!-- saved -->\n<html><body>x</body></html>")
    assert opens_as_html("  <!doctype HTML><p>x")
    assert not opens_as_html("Le code <html> ouvre une page web.\n\nSuite.")
    assert not opens_as_html("<htmlx>")


@given(st.text(max_size=200))
def test_prose_is_never_taken_for_html(text: str) -> None:
    if not text.lstrip("\ufeff \t\r\n\x0b\x0c").startswith("<"):
        assert not opens_as_html(text)
