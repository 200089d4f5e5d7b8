"""Speakers chunked with the body or the outlet written before their name, "ha comunicado",
and a figurative "today" (t-final65 A4, A8; branch h-speakers65b). Through a real store."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.enrich.conftest import enrich_records

from veille.enrich.body_holders import holder_after_body, outlet_before_holder
from veille.enrich.date_figurative import figurative_day

_DATE = "2026-12-04T10:00:00+01:00"

# (key, language, text, piece of the quote, speaker, entity id prefix wanted or "")
SPEAKERS = [
    ("a", "it", "Frana in Toscana\n\n\"Il peggio è passato, ma restiamo vigili\", ha detto il "
     "presidente della Regione Eugenio Giani.", "Il peggio", "Eugenio Giani", "per:"),
    ("b", "pt", "Cheias em Gaia\n\n“Vamos reabrir a marginal amanhã”, afirmou o presidente "
     "da Câmara Luís Filipe Menezes.", "Vamos reabrir", "Luís Filipe Menezes", "per:"),
    ("c", "de", "Hochwasser\n\n„Die Deiche halten“, sagte der Ministerpräsident des Landes "
     "Michael Kretschmer.", "Die Deiche", "Michael Kretschmer", "per:"),
    ("d", "en", "Storm\n\n\"Every road will reopen by Friday,\" said the leader of the Council "
     "Sarah Jones.", "Every road", "Sarah Jones", "per:"),
    ("e", "ca", "Temporal\n\n«Hem obert tres refugis», ha dit el president de la Generalitat "
     "Salvador Illa.", "Hem obert", "Salvador Illa", ""),
    ("f", "fr", "Grêle\n\n« J'ai tout perdu », a confié à Ouest-France Yannick Le Goff, "
     "boulanger.", "J'ai tout perdu", "Yannick Le Goff", "per:"),
    ("g", "es", "Alerta\n\n«Las clases quedan suspendidas mañana», ha comunicado la "
     "Conselleria de Educación.", "Las clases", "Conselleria de Educación", ""),
    ("h", "pt", "Chuva\n\n“A circulação está cortada na A1”, comunicou a Infraestruturas "
     "de Portugal.", "A circulação", "Infraestruturas de Portugal", ""),
]

# a territory named after the class noun is no holder, although "Emilia" is a given name
TERRITORY = ("w", "it", "Allerta\n\n\"Siamo pronti a ogni scenario\", ha detto il presidente "
             "della Regione Emilia Romagna.")

# (key, language, text, day word, stored?)
TODAYS = [
    ("p", "es", "La exposición habla de la Valencia de hoy y de sus barrios.", "hoy", False),
    ("q", "it", "Il saggio descrive l'Italia di oggi, più vecchia e più sola.", "oggi", False),
    ("r", "de", "Der Film zeigt das Berlin von heute.", "heute", False),
    ("s", "pt", "O livro retrata o Lisboa de hoje e os seus bairros.", "hoje", False),
    ("t", "es", "Los jóvenes de hoy leen menos prensa.", "hoy", False),
    ("u", "es", "La reunión de hoy ha terminado sin acuerdo.", "hoy", True),
    ("v", "it", "Il consiglio comunale ha approvato oggi il bilancio.", "oggi", True),
]


@pytest.fixture(scope="module")
def enriched(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    records = [{"url": f"https://example.org/l65b/{key}", "title": text.split("\n\n")[0],
                "text": text, "language": language, "date": _DATE}
               for key, language, text, *_ in SPEAKERS]
    records += [{"url": f"https://example.org/l65b/{key}", "title": "Cronaca",
                 "text": "Cronaca\n\n" + text, "language": language, "date": _DATE}
                for key, language, text, *_ in TODAYS]
    records.append({"url": "https://example.org/l65b/w", "title": "Allerta",
                    "text": TERRITORY[2], "language": "it", "date": _DATE})
    out = enrich_records(tmp_path_factory.mktemp("l65b"), records)
    return {url[-1]: section for url, section in out.items()}


@pytest.mark.parametrize(("key", "piece", "speaker", "prefix"),
                         [(k, p, s, x) for k, _, _, p, s, x in SPEAKERS], ids=[
                             s[0] + "-" + s[1] for s in SPEAKERS])
def test_speaker_is_the_holder_not_the_body_and_name(
        enriched: dict[str, dict[str, Any]], key: str, piece: str, speaker: str,
        prefix: str) -> None:
    section = enriched[key]
    quote = next(q for q in section["quotes"] if piece in q["text"])
    assert quote["speaker"] == speaker
    sid = str(quote.get("speaker_id") or "")
    assert sid.startswith(prefix)
    if speaker.split()[0] in ("Eugenio", "Luís", "Michael", "Sarah", "Yannick"):
        # the person is no body, and no entity glues a body's class noun to the name
        assert not sid.startswith("org:")
        assert not any(e["label"] == "ORG" and speaker in e["name"] and e["name"] != speaker
                       for e in section["entities"])


def test_outlet_before_the_name_stays_an_organisation(
        enriched: dict[str, dict[str, Any]]) -> None:
    names = {(e["label"], e["name"]) for e in enriched["f"]["entities"]}
    assert ("ORG", "Ouest-France") in names and ("PER", "Yannick Le Goff") in names


@pytest.mark.parametrize(("key", "word", "stored"), [(k, w, s) for k, _, _, w, s in TODAYS])
def test_figurative_today_is_no_date(enriched: dict[str, dict[str, Any]], key: str, word: str,
                                     stored: bool) -> None:
    dates = enriched[key].get("dates") or []
    assert any(word in d["text"] for d in dates) is stored


@given(st.text(max_size=60), st.sampled_from(["hoy", "oggi", "heute", "hoje"]))
def test_figurative_day_never_raises(head: str, word: str) -> None:
    text = head + word
    assert figurative_day(text, len(head)) in (True, False)


_CAP = st.from_regex(r"[A-ZÀ-Ý][a-zà-ÿ]{1,9}", fullmatch=True)


@given(st.lists(_CAP, min_size=1, max_size=5), st.sampled_from(["della ", "de la ", "des ", "x "]))
def test_holder_offsets_are_word_starts_in_the_name(words: list[str], link: str) -> None:
    name = " ".join(words)
    text = "il presidente " + link
    for cut in (holder_after_body(text, len(text), name), outlet_before_holder(name)):
        if cut is not None:
            assert 0 < cut < len(name) and name[cut - 1] == " "


def test_a_territory_after_the_class_noun_is_no_person(
        enriched: dict[str, dict[str, Any]]) -> None:
    section = enriched["w"]
    assert not any(e["label"] == "PER" and "Romagna" in e["name"] for e in section["entities"])
    quote = next(q for q in section["quotes"] if "Siamo pronti" in q["text"])
    assert not str(quote.get("speaker_id") or "").startswith("per:")
