"""A byline that is only its formula and an agency ("Par Reuters"), the agency also the
page's JSON-LD author: the agency is a credit and no one is an author. The site-credit
rule struck "Reuters" from the byline and "Par" was kept whole as the author's name
(verify14 V2)."""

from __future__ import annotations

from veille.extract.html import extract_html

PAGE = """<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>Saint-Étienne : deux morts dans l'incendie d'un immeuble</title>
<script type="application/ld+json">{"@type": "NewsArticle",
"headline": "Saint-Étienne : deux morts dans l'incendie d'un immeuble",
"datePublished": "2026-11-27T07:41:00+01:00",
"author": [{"@type": "Person", "name": "Reuters"}]}</script></head><body><article>
<h1>Saint-Étienne : deux morts dans l'incendie d'un immeuble</h1>
<p class="byline">Par Reuters</p>
<p>Deux personnes sont mortes dans la nuit de jeudi à vendredi dans l'incendie d'un
immeuble du quartier de Tarentaize, à Saint-Étienne, ont indiqué les pompiers.</p>
<p>Une vingtaine d'habitants ont été évacués et six d'entre eux, légèrement intoxiqués,
ont été conduits à l'hôpital Nord, selon la préfecture de la Loire.</p>
</article></body></html>"""


def test_an_agency_byline_gives_no_author() -> None:
    content = extract_html(PAGE, url="https://www.example-wire.com/a/1.html")
    assert content.authors == []
    assert "Reuters" in content.evidence.get("credit", "")
