"""A NewsML-G2 creator whose role credits a picture (``role="crol:photographer"``) was
listed among the item's authors (t-final60 #6); the text's writers stay. An item written
for this test, through the real extract stage."""

from __future__ import annotations

import pytest

from veille.extract.stage import ExtractStage
from veille.extract.wire import G2
from veille.record import Article, RawInput


def _item(creators: str) -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:test:g2:roles" version="1"
 standard="NewsML-G2" standardversion="2.29" xml:lang="fr">
 <itemMeta><itemClass qcode="ninat:text"/><provider qcode="nprov:TEST"/>
  <versionCreated>2026-03-02T10:00:00Z</versionCreated></itemMeta>
 <contentMeta>{creators}<headline>Le port de Brévannes rouvre après la tempête</headline>
 </contentMeta>
 <contentSet><inlineXML contenttype="application/xhtml+xml">
  <html xmlns="http://www.w3.org/1999/xhtml"><body><p>Le port de Brévannes a rouvert lundi
  aux pêcheurs après trois jours de fermeture, a annoncé la capitainerie.</p></body></html>
 </inlineXML></contentSet></newsItem>""".encode()


@pytest.mark.parametrize("role", ["crol:photographer", "crol:videographer",
                                  "crol:graphicartist", "crol:illustrator"])
def test_a_creator_crediting_a_picture_is_no_author(role: str) -> None:
    data = _item(f'<creator><name>Odile Ferrand</name></creator>'
                 f'<creator role="{role}"><name>Bastien Loriot</name></creator>')
    article = ExtractStage()(Article(raw=RawInput(data=data, origin="roles.xml",
                                                  media_type=G2)))
    assert article.content is not None and article.content.authors == ["Odile Ferrand"]


def test_a_creator_with_a_writers_role_stays_an_author() -> None:
    data = _item('<creator role="crol:author"><name>Odile Ferrand</name></creator>')
    article = ExtractStage()(Article(raw=RawInput(data=data, origin="roles.xml",
                                                  media_type=G2)))
    assert article.content is not None and article.content.authors == ["Odile Ferrand"]
