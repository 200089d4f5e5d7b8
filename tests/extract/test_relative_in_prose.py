"""A relative word in a headline or a sentence ("ce matin", "aujourd'hui", "hier") is the
news's time, not the page's: it dates no article (t-reader19 R1). A relative dateline
("Hier à 18h30", "Par X | aujourd'hui à 10:32", "Publié il y a 2 heures") still does."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.extract.dates import find_dates, relative_dateline
from veille.extract.html import extract_html
from veille.extract.text_capture import extract_text_capture

FETCHED = datetime(2026, 12, 2, 9, 30, tzinfo=UTC)
BODY = (
    "La chambre de l'instruction examine la demande de remise en liberté déposée par la "
    "défense du gérant de la coopérative, placé en détention provisoire il y a deux mois.\n"
    "Le parquet a requis son maintien en détention, au motif que l'enquête sur les comptes "
    "de la coopérative n'est pas terminée et que des témoins doivent encore être entendus.\n"
    "Son avocate soutient au contraire que son client a toujours répondu aux convocations "
    "des enquêteurs et qu'il présente toutes les garanties de représentation.\n")


@pytest.mark.parametrize(("head", "lead"), [
    ("Coopérative : le gérant fixé ce matin sur son sort",
     "La justice se prononcera ce matin sur sa remise en liberté."),
    ("Coopérative : le verdict aujourd'hui",
     "Les juges se réunissent aujourd'hui pour trancher."),
    ("Coopérative : la décision tombée hier soir",
     "La cour a rendu hier sa décision sur la détention du gérant."),
    ("Cooperative: ruling expected this morning",
     "The court will rule today on the manager's release."),
    ("Coopérative : le gérant reste en détention",
     "Hier, la chambre de l'instruction a rejeté sa demande."),
    ("Coopérative : le gérant reste en détention",
     "Il y a trois jours, son avocate avait déposé un recours."),
])
def test_relative_words_in_headline_and_standfirst_date_nothing(head: str, lead: str) -> None:
    for fetched in (FETCHED, None):
        result = extract_text_capture(f"{head}\n{lead}\n{BODY}", fetched_at=fetched)
        assert result.published is None, (head, result.evidence)


@pytest.mark.parametrize("dateline", [
    "Hier à 18h30",
    "Par Laura Bénichou | aujourd'hui à 08h10",
    "Publié il y a 2 heures",
    "Laura Bénichou, hier à 18h30",
    "Hier à 18h30 - mis à jour il y a 2 heures",
])
def test_relative_datelines_still_date(dateline: str) -> None:
    text = f"Coopérative : le gérant reste en détention\n\n{dateline}\n\n{BODY}"
    result = extract_text_capture(text, fetched_at=FETCHED)
    assert result.published is not None, dateline
    assert result.published.date() <= FETCHED.date()


def test_html_short_standfirst_with_relative_word_dates_nothing() -> None:
    page = ("<html><body><article><h1>Le gérant fixé ce matin sur son sort</h1>"
            "<p>Le verdict aujourd'hui</p>"
            + "".join(f"<p>{p}</p>" for p in BODY.splitlines())
            + "</article></body></html>")
    assert extract_html(page, fetched_at=FETCHED).published is None


_PROSE_WORDS = st.sampled_from(["le", "conseil", "se", "réunit", "pour", "trancher", "la",
                                "justice", "décidera", "sur", "son", "sort", "des", "juges"])


@given(st.lists(_PROSE_WORDS, min_size=1, max_size=8),
       st.sampled_from(["aujourd'hui", "ce matin", "hier", "ce soir", "avant-hier"]),
       st.lists(_PROSE_WORDS, min_size=1, max_size=8))
def test_a_relative_word_between_words_of_a_sentence_is_no_dateline(
        before: list[str], word: str, after: list[str]) -> None:
    sentence = f"{' '.join(before)} {word} {' '.join(after)}."
    found = [f for f in find_dates(sentence, now=FETCHED) if f.relative]
    assert found
    assert not any(relative_dateline(sentence, f) for f in found)


@pytest.mark.parametrize(("line", "dateline"), [
    ("Hier, la chambre de l'instruction a rejeté sa demande.", False),
    ("Il y a trois jours, son avocate avait déposé un recours.", False),
    ("Coopérative : le verdict ce soir", False),
    ("Hier à 18h30", True),
    ("Par Laura Bénichou | il y a 2 heures", True),
    ("Laura Bénichou · hier à 18h30.", True),
])
def test_a_relative_date_dates_its_line_only_as_a_dateline(line: str, dateline: bool) -> None:
    found = [f for f in find_dates(line, now=FETCHED) if f.relative]
    assert found, line
    assert relative_dateline(line, found[0]) is dateline
