"""ANSA's closing "RIPRODUZIONE RISERVATA © Copyright ANSA" is a rights notice, not a photo
credit (t-final51 A5): read as a credit, it made the article's last sentence its caption,
and the sentence left the body with no word. Invented text."""

from __future__ import annotations

from veille.extract import textshape as ts
from veille.extract.text_capture import extract_text_capture

LAST = "La zona era già stata colpita duramente da un'alluvione nel novembre 2019."
CAPTURE = "\n\n".join([
    "ANSA", "Cerca", "Cronaca Politica Economia Mondo",
    "Frana sulla provinciale per Urbino, strada chiusa per due giorni",
    "Redazione ANSA", "PESARO, 03 dicembre 2026, 18:05",
    "Una frana ha invaso nella notte la strada provinciale che collega Pesaro a Urbino, "
    "all'altezza di Montecchio, secondo i vigili del fuoco intervenuti sul posto.",
    "\"Riapriremo appena i geologi avranno verificato il versante\", ha dichiarato il "
    "presidente della Provincia. I mezzi pesanti sono deviati sulla statale.",
    LAST, "RIPRODUZIONE RISERVATA © Copyright ANSA"]) + "\n"


def test_the_notice_is_no_credit() -> None:
    assert ts.block_shape("RIPRODUZIONE RISERVATA © Copyright ANSA").head == "notice"


def test_the_last_sentence_stays_in_the_body() -> None:
    result = extract_text_capture(CAPTURE)
    assert result.paragraphs[-1] == LAST, (result.paragraphs, result.dropped)
    assert all("RISERVATA" not in p for p in result.paragraphs)
