"""The cheap tests that let the capture extractor skip a costly one are never wrong
(issue #13): each is a necessary condition of the test it guards, or its exact equal."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.extract import blocks, dates
from veille.extract import textshape as ts

_PIECES = st.sampled_from([
    "Photo", "Crédit", "(c)", "©", "2024", "1999", "Getty Images", "ISTOCK", "Shutterſtock",
    "iſtock", "\u212a", "/", "(", ")", "AFP", "Reuters/", "J. Smith", "Lire aussi", "sign in",
    "mot de passe", "cookies", "Abonnez-vous", "share", "il y a 2 heures", "hier", "Today",
    "3 hours ago", "12 mars", "à 18h30", "{", "}", ";", "=", "//", "<!--", "]", ")", " ",
    "  ", "\t", "\u00a0", "Le", "conseil", "a", "adopté", "the", "council", ".", "…", "İ",
])
_TEXT = st.one_of(st.text(max_size=120),
                  st.lists(_PIECES, max_size=16).map(" ".join),
                  st.lists(_PIECES, max_size=16).map("".join))


@settings(max_examples=500, deadline=None)
@given(_TEXT)
def test_credit_gate_never_hides_a_credit(text: str) -> None:
    if ts._CREDIT.search(text):
        assert ts._may_be_credit(text)


@settings(max_examples=500, deadline=None)
@given(_TEXT)
def test_furniture_gate_never_hides_a_hit(text: str) -> None:
    lowered = [t.lower() for t in ts.words(text)]
    assert ts._lowered_hits(" ".join(ts.words(text)).lower()) == ts._hits(lowered)


@settings(max_examples=500, deadline=None)
@given(_TEXT)
def test_date_gate_never_hides_a_date(text: str) -> None:
    found = dates.find_dates(text, now=datetime(2000, 1, 1, 12, tzinfo=UTC))
    if found:
        assert dates._may_hold_date(text)


@settings(max_examples=500, deadline=None)
@given(_TEXT)
def test_code_hint_split_in_two_is_the_pattern(text: str) -> None:
    split = bool(blocks._CODE_CHAR_HINT.search(text)
                 or text.lstrip().startswith(blocks._CODE_OPENINGS))
    assert split == bool(blocks._CODE_HINT.search(text))


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_letter_ratio_counts_what_isalpha_counts(text: str) -> None:
    expected = sum(map(str.isalpha, text)) / len(text) if text else 0.0
    assert ts.letter_ratio(text) == expected


def test_the_gates_let_real_cases_through() -> None:
    assert ts._may_be_credit("Le maire, lors du conseil. (Photo J. Smith/AFP)")
    assert ts._may_be_credit("Getty Images")
    assert not ts._may_be_credit("Le conseil municipal a adopté le plan.")
    assert ts._lowered_hits("lire aussi notre dossier") == 1
    assert dates._may_hold_date("Publié hier à 18h30")
    assert not dates._may_hold_date("Le conseil a voté 12 mesures.")


_LABEL_PIECES = st.sampled_from([
    "Publié le", "PUBLIÉ", "publiée", "Paru", "parution", "Mis en ligne", "mise à jour",
    "MAJ", "màj", "Posted", "Published", "first published", "Last modified", "Updated",
    "Actualisé", "modifié", "aktualisiert", "Veröffentlicht", "erschienen", "créé",
    "en ligne depuis", "el", "on", "at", "à", "le", "mardi", "Tuesday,", ":", " ", "\n",
    "2 décembre", "December 2", "ſ", "\u212a", "İ", "lundi 3 mars à 10h15", "Nov. 28",
])


@settings(max_examples=800, deadline=None)
@given(st.one_of(st.text(max_size=80), st.lists(_LABEL_PIECES, max_size=10).map(" ".join)))
def test_label_gate_never_hides_a_label(text: str) -> None:
    """Wherever :func:`dates._labels` finds a publication or update word, the gate of
    ``_without_year`` finds one too (issue #13)."""
    for start in range(len(text) + 1):
        if any(dates._labels(text, start)):
            assert dates._LABEL_GATE.search(text)
            break


_NOTICE_PIECES = st.sampled_from([
    "©", "(c)", "(C)", "Copyright", "COPYRIGHT", "2024", "1999", "19", "20", "All", "Rights",
    "RESERVED", "reſerved", "Reserved", "tous", "droits", "RÉSERVÉS", "réservés", "Alle",
    "Rechte", "VORBEHALTEN", "rechten", "voorbehouden", "todos", "los", "derechos",
    "reservados", "os", "direitos", "tutti", "i", "dirıtti", "riservati", "İ", "\u212a", " ",
    ".", "Le Quotidien", "mot", "and",
])


@settings(max_examples=800, deadline=None)
@given(st.one_of(_TEXT, st.lists(_NOTICE_PIECES, max_size=14).map(" ".join),
                 st.lists(_NOTICE_PIECES, max_size=14).map("".join)))
def test_notice_gate_never_hides_a_notice(text: str) -> None:
    """is_copyright's substring gate (a year's "19"/"20"; "rv" or "rb" in any case) holds
    whenever the copyright or rights-reserved pattern it guards matches."""
    n = ts.word_count(text)
    if (n <= 20 and ts._COPYRIGHT.search(text)) or (
            n <= ts.RIGHTS_NOTICE_WORDS and ts._RIGHTS_RESERVED.search(text)):
        assert ts._may_be_notice(text, n)


def test_notices_still_found() -> None:
    assert ts.is_copyright("© 2024 Le Quotidien")
    assert ts.is_copyright("Copyright 1999 Example Media")
    assert ts.is_copyright("ALLE RECHTE VORBEHALTEN. Vervielfältigung nur mit Genehmigung.")
    assert ts.is_copyright("Tous droits réservés")
    assert not ts.is_copyright("Le conseil municipal a voté mardi soir.")
