"""Regression (t-reader21 R9, issue 14): a paywall notice stayed in the text of a JSON Lines
record ("Cet article est réservé aux abonnés. Il vous reste 85% à découvrir."): shown as the
article's last paragraph, searchable (``abonnés`` found every paywalled teaser), and the
record was not ``truncated``. Pages and text captures already dropped such notices and
marked the cut; declared texts (JSON Lines, ninjs, NITF, NewsML-G2) now get the same rule
(``extract/paywall_notice.py``), the record ``truncated`` with the notice quoted in
``evidence.truncated``. Real extraction stage, real store and index."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import veille
from veille.extract.paywall_notice import cut_paywall_notice, notice
from veille.extract.stage import ExtractStage
from veille.extract.wire import NINJS
from veille.record import Article, Content, RawInput

LEAD = ("L'Assemblée nationale a adopté mardi en première lecture la proposition de loi sur "
        "la fin de vie, au terme de trois semaines de débats souvent tendus dans l'hémicycle.")
SECOND = ("Le texte prévoit une aide à mourir encadrée pour les patients majeurs atteints "
          "d'une maladie grave et incurable, après l'avis collégial de deux médecins.")
NOTICES = ["Cet article est réservé aux abonnés. Il vous reste 85% à découvrir.",
           "Cet article est réservé aux abonnés.",
           "La suite de cet article est réservée à nos abonnés.",
           "Article réservé aux abonnés",
           "Il vous reste 60% de cet article à lire. Abonnez-vous dès 1 € le premier mois."]


def extract(data: bytes, media_type: str) -> Content:
    article = ExtractStage()(Article(raw=RawInput(data=data, origin="in#1",
                                                  media_type=media_type)))
    assert article.content is not None
    return article.content


def record(paragraphs: list[str]) -> bytes:
    return json.dumps({"title": "Fin de vie : l'Assemblée adopte le texte",
                       "text": "\n\n".join(paragraphs), "source": "Le Figaro",
                       "url": "https://www.lefigaro.fr/politique/fin-de-vie",
                       "published": "2026-11-18T18:40:00+01:00", "language": "fr"},
                      ensure_ascii=False).encode()


@pytest.mark.parametrize("notice_text", NOTICES)
def test_a_json_record_loses_its_paywall_notice_and_is_cut(notice_text: str) -> None:
    content = extract(record([LEAD, notice_text]), "application/x-veille-record+json")
    assert content.paragraphs == [LEAD]
    assert content.truncated
    assert "paywall notice" in content.evidence["truncated"]
    assert notice_text.split(".")[0] in content.evidence["truncated"]


def test_a_notice_closing_the_last_paragraph_leaves_it() -> None:
    content = extract(record([LEAD, f"{SECOND} Cet article est réservé aux abonnés."]),
                      "application/x-veille-record+json")
    assert content.paragraphs == [LEAD, SECOND]
    assert content.truncated


def test_a_ninjs_body_loses_its_paywall_notice() -> None:
    doc = {"uri": "urn:test:paywall:1", "headline": "Fin de vie : l'Assemblée adopte le texte",
           "language": "fr", "versioncreated": "2026-11-18T17:40:00Z",
           "body_text": "\n".join([LEAD, NOTICES[0]])}
    content = extract(json.dumps(doc).encode(), NINJS)
    assert content.paragraphs == [LEAD]
    assert content.truncated


@pytest.mark.parametrize("paragraphs", [
    [LEAD, SECOND],
    # news about subscriptions is text, not a notice
    [LEAD, "Le nouveau service de streaming sera réservé aux abonnés."],
    [LEAD, "Pour lire la suite, il faut remonter à 1950. Le club a gagné la coupe."],
    # a notice with nothing before it is the whole text: kept (nothing would be left)
    ["Cet article est réservé aux abonnés."],
])
def test_text_that_is_no_closing_notice_stays(paragraphs: list[str]) -> None:
    content = extract(record(paragraphs), "application/x-veille-record+json")
    assert content.paragraphs == paragraphs
    assert not content.truncated
    assert "truncated" not in content.evidence


def test_the_notice_is_neither_shown_nor_searchable(tmp_path: Path) -> None:
    with veille.open(tmp_path / "data") as v:
        v.ingest_bytes([("t.jsonl", record([LEAD, NOTICES[0]]))])
        [article] = v.latest(5)
        assert article.content is not None and article.content.truncated
        assert "abonnés" not in " ".join(article.content.paragraphs)
        assert v.search("abonnés").total == 0
        assert v.search("hémicycle").total == 1


PROSE = st.sampled_from([LEAD, SECOND, "Le vote a eu lieu tard dans la nuit.",
                         "« Nous avons tenu bon », a réagi la rapporteure."])


@settings(max_examples=200, deadline=None)
@given(st.lists(PROSE, min_size=1, max_size=5), st.lists(st.sampled_from(NOTICES), max_size=2),
       st.booleans())
def test_only_the_closing_notice_leaves(prose: list[str], notices: list[str],
                                        inline: bool) -> None:
    """The prose stays word for word, the closing notices leave, the content is cut
    exactly when one left, and a second pass changes nothing."""
    paragraphs = list(prose)
    if notices and inline:
        paragraphs[-1] = f"{paragraphs[-1]} {notices[0]}"
        paragraphs += notices[1:]
    else:
        paragraphs += notices
    content = Content(title="t", lead=prose[0], paragraphs=list(paragraphs))
    cut_paywall_notice(content)
    assert content.paragraphs == prose
    assert content.truncated == bool(notices)
    again = Content(title="t", lead=prose[0], paragraphs=list(content.paragraphs))
    cut_paywall_notice(again)
    assert again.paragraphs == content.paragraphs and not again.truncated


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_the_notice_rule_never_crashes_and_keeps_some_text(text: str) -> None:
    content = Content(title="t", lead="", paragraphs=["Un premier paragraphe.", text])
    cut_paywall_notice(content)
    assert content.paragraphs and content.paragraphs[0] == "Un premier paragraphe."
    assert notice(text) in (True, False)
