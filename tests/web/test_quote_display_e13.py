"""How quotes are shown (t-enrich25 E13): a speaker described rather than named keeps the
determiner the text writes ("(dit par la sexagénaire)", not "(dit par sexagénaire)"); an
English quote that closes on a comma inside its marks gets its speaker note after them,
not inside; ``veille quotes --speaker`` finds a speaker that is no entity, where it said
there were no quotes. Real store and CLI for the last."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

from click.testing import CliRunner

import veille
from veille.cli.main import cli
from veille.web.enrich_markup import mark_up
from veille.web.i18n import load_locales

TAG = re.compile(r"<[^>]*>")


def shown(title: str, body: str, quote: str, speaker: str, lang: str = "fr",
          speaker_id: str = "") -> str:
    offset = len(title) + 2
    start = offset + body.index(quote)
    at = offset + body.index(speaker, body.index(quote) + len(quote))
    enrichment: dict[str, Any] = {"quotes": [{
        "start": start, "end": start + len(quote), "text": quote,
        "parts": [[start, start + len(quote)]], "speaker": speaker,
        "speaker_span": [at, at + len(speaker)], "speaker_id": speaker_id}]}
    marked = mark_up(title, [body], enrichment, load_locales()[lang])
    return html.unescape(TAG.sub("", str(marked.paragraphs[0])))


def test_a_description_is_shown_with_its_determiner() -> None:
    body = "« J'avais honte de ne pas comprendre », raconte la sexagénaire."
    text = shown("Arnaque", body, "J'avais honte de ne pas comprendre", "sexagénaire")
    assert "(dit par la sexagénaire)" in text
    body = "« Nous agirons vite », a indiqué l'élu."
    assert "(dit par l'élu)" in shown("Mairie", body, "Nous agirons vite", "élu")
    named = "« Nous agirons vite », a indiqué le maire Paul Durand."
    assert "(dit par Paul Durand)" in shown("Mairie", named, "Nous agirons vite",
                                             "Paul Durand", speaker_id="per:paul-durand")


def test_an_english_speaker_note_comes_after_the_closing_mark() -> None:
    body = '"The shops opened again this morning," she told AFP.'
    text = shown("Goma", body, "The shops opened again this morning", "she", lang="en")
    assert 'morning," (said by she)' in text or 'morning,"\u00a0(said by she)' in text, text
    assert "morning (said by" not in text


ARTICLE = {"title": "Colmar : une retraitée victime d'une arnaque au faux conseiller",
           "text": "Une habitante de Colmar a perdu 12 000 euros la semaine dernière, "
                   "escroquée par un faux conseiller bancaire qui l'a appelée six fois.\n\n"
                   "« Il connaissait mon numéro de compte, il savait tout de moi », raconte "
                   "la sexagénaire, encore sous le choc.\n\nLa police appelle à la vigilance.",
           "url": "https://www.dna.fr/faits-divers/arnaque-colmar-1",
           "published": "2026-03-10T08:00:00+01:00"}


def test_quotes_of_a_speaker_with_no_entity_can_be_filtered(tmp_path: Path) -> None:
    with veille.open(tmp_path / "data") as v:
        v.ingest_bytes([("a.jsonl", json.dumps(ARTICLE, ensure_ascii=False).encode())])
        v.enrich()
        speakers = {q.speaker for q in v.store.quotes(limit=10)}
    assert "sexagénaire" in speakers, speakers
    ran = CliRunner().invoke(cli, ["--data-dir", str(tmp_path / "data"), "quotes",
                                   "--speaker", "sexagénaire"])
    assert ran.exit_code == 0, ran.output
    assert "Il connaissait mon numéro de compte" in ran.output
    assert "no quotes" not in ran.output and "no entity" not in ran.output
    ran = CliRunner().invoke(cli, ["--data-dir", str(tmp_path / "data"), "quotes",
                                   "--speaker", "Sexagénaire"])
    assert "Il connaissait mon numéro de compte" in ran.output
