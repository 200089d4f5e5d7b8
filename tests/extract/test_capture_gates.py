"""The cheap tests that let the capture extractor skip a costly one are never wrong
(issue #13): each is a necessary condition of the test it guards, or its exact equal."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from case_kit import odd_case_letters
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


_RIGHTS_PIECES = st.sampled_from([
    "All rights reserved", "ALL RIGHTS RESERVED", "tous droits réservés", "TOUS DROITS RÉSERVÉS",
    "Alle Rechte vorbehalten", "ALLE RECHTEN VOORBEHOUDEN", "todos los derechos reservados",
    "tutti i diritti riservati", "Todos os direitos reservados", "all rights reſerved",
    "ALL RIGHTS RESERVED", "TODOS LOS DERECHOS RESERVADOS", "tutti ı diritti riſervati", "rıghts",
    "İ", "\u212a", "©", "2024", "Le Quotidien", ".", " ", "\u00a0", "\n",
])
_NOTICE_PIECES = st.sampled_from([
    "©", "(c)", "(C)", "Copyright", "COPYRIGHT", "2024", "1999", "19", "20", "All", "Rights",
    "RESERVED", "reſerved", "Reserved", "tous", "droits", "RÉSERVÉS", "réservés", "Alle",
    "Rechte", "VORBEHALTEN", "rechten", "voorbehouden", "todos", "los", "derechos",
    "reservados", "os", "direitos", "tutti", "i", "dirıtti", "riservati", "İ", "\u212a", " ",
    ".", "Le Quotidien", "mot", "and",
])


@settings(max_examples=800, deadline=None)
@given(st.one_of(st.text(max_size=80), st.lists(_RIGHTS_PIECES, max_size=8).map(" ".join),
                 st.lists(_RIGHTS_PIECES, max_size=8).map("".join)))
def test_rights_gate_never_hides_a_notice(text: str) -> None:
    """Wherever the rights-reserved formula matches, its substring gate holds (issue #13),
    whatever the case: "ſ", "ı" and "İ" match "s" and "i" and are kept out of the gate."""
    if ts._RIGHTS_RESERVED.search(text):
        assert ts._may_reserve_rights(text)


_SUFFIX_PIECES = st.sampled_from(["Titre", "Le Monde", "-", "|", "–", "—", "·", ">", "»", "/",
                                  " ", "\u00a0", "\t", "\n", "a-b", "x/y"])


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(max_size=80), st.lists(_SUFFIX_PIECES, max_size=10).map("".join)))
def test_suffix_gate_never_hides_a_separator(text: str) -> None:
    """A "Title - Site" separator holds one of the characters the gate looks for (issue
    #13): the split is skipped only when it could not split."""
    from veille.extract import capture_head

    if capture_head._SUFFIX_SPLIT.search(text):
        assert capture_head._SUFFIX_MARK.search(text)


@settings(max_examples=500, deadline=None)
@given(_TEXT)
def test_an_ascii_block_folds_to_its_lower_case(text: str) -> None:
    """What lets the capture extractor fold an ASCII block with ``str.lower`` (issue #13):
    :func:`blocks.split_blocks` gives whitespace-normalised blocks."""
    for block in blocks.split_blocks(text).items:
        if block.isascii():
            assert ts.fold(block) == block.lower()


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(max_size=120), st.lists(_PIECES, max_size=16).map(" ".join)))
def test_an_ascii_sentence_has_the_key_of_its_folded_letters(text: str) -> None:
    """The ASCII shortcut of :func:`veille.dedup.background.sentence_key` gives the key of
    the folded letter words (issue #13)."""
    from veille.dedup import background
    from veille.extract.textshape import fold

    found = background._LETTERS.findall(fold(text))
    expected = background.words_key(" ".join(found)) \
        if len(found) >= background.MIN_WORDS else None
    assert background.sentence_key(text) == expected


_CREDIT_PIECES = st.sampled_from(["Par", "AFP", "afp", "Belga", "(Belga)", "Reuters/", "avec",
                                  "Source :", "Sources : AFP et Belga", "TT", "(TT)", "MAP",
                                  "Le Monde", "Associated Press", "AP", "-", "/", " ", "\t",
                                  "İ", "\u212a", "Straße", "x_y", "2024"])


@settings(max_examples=800, deadline=None)
@given(st.one_of(st.text(max_size=80), st.lists(_CREDIT_PIECES, max_size=8).map(" ".join),
                 st.lists(_CREDIT_PIECES, max_size=8).map("".join)))
def test_credit_line_gate_read_from_the_tokens_is_the_same(text: str) -> None:
    """The block shape asks whether a line is a credit with the words it already found
    (issue #13): the same answer as :func:`credit_line` itself."""
    from veille.extract.bylines import credit_line

    assert ts._names_a_credit(text, ts._WORD.findall(text)) == bool(credit_line(text))


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


def test_headline_from_the_body_words_already_found() -> None:
    """``choose_head`` reads the body's stems from the words the teaser check found
    (``words_of``) and weighs each distinct count once: the same headline and standfirst
    as from the folded blocks alone, on every fixture capture."""
    from collections import Counter
    from pathlib import Path

    from veille.extract.capture_head import choose_head, folded_stems, stems_of_words

    fixtures = Path(__file__).resolve().parents[1] / "fixtures" / "captures"
    captures = sorted(fixtures.glob("*.txt"))
    assert captures
    for path in captures:
        items = blocks.split_blocks(path.read_text(encoding="utf-8")).items
        folded = [ts.fold(b) for b in items]
        kinds = [ts.block_shape(b).tail for b in items]
        kept = [i for i, kind in enumerate(kinds) if kind == "prose"]
        words_of = {i: ts.words(folded[i]) for i in kept}
        for i in kept:
            assert stems_of_words(words_of[i]) == folded_stems(folded[i])
        seen = Counter(folded)
        assert choose_head(items, kinds, kept, [], seen, folded, words_of) == \
            choose_head(items, kinds, kept, [], seen, folded), path.name


_PAYWALL_PIECES = st.sampled_from([
    "Il vous reste", "il reste", "70", "%", " %", "réservé", "RÉSERVÉE", "aux abonnés",
    "aux abonné·e·s", "articles", "la suite", "de cet article", "est réservée",
    "pour lire la suite", "avez atteint", "la limite", "d'articles", "gratuits", "ce mois",
    "pour poursuivre", "votre lecture", "abonn", "subscribe to", "continue", "read",
    "to continue reading", "SUBSCRIBERS ONLY", "unlock this article", "create a free account",
    "the rest of this article is", "suscríbete para seguir leyendo", "riservato agli abbonati",
    "nur für Abonnenten", "membres", "accessible", "à nos", "ſubscribers only", "unlocK",
    "İ", "ı", "ſ", "\u212a", "the", "le", ".", " ",
])


@settings(max_examples=1000, deadline=None)
@given(st.one_of(_TEXT, st.lists(_PAYWALL_PIECES, max_size=12).map(" ".join),
                 st.lists(_PAYWALL_PIECES, max_size=12).map("".join)))
def test_paywall_gate_is_the_pattern(text: str) -> None:
    """paywall_text's substring gate never hides a notice: the same answer as the pattern
    (issue #13: is_truncated and the capture sieve ask it of the blocks after the text)."""
    assert ts.paywall_text(text) == (ts.PAYWALL_TEXT.search(text) is not None)


def test_paywall_gate_knows_every_odd_case_letter() -> None:
    """Every code point that ``re.IGNORECASE`` takes for a letter of the gate's words lowers
    to that letter, or is one of the odd letters the gate lets through."""
    odd = set(ts._CASE_ODD.pattern.strip("[]"))
    assert odd == {"\u0130", "\u0131", "\u017f"}
    assert odd_case_letters(ts.PAYWALL_WORDS, odd) == []
    assert ts.paywall_text("Il vous reste 70 % de cet article à lire.")
    assert ts.paywall_text("ſubscribers only")
    assert not ts.paywall_text("Le conseil municipal a voté mardi soir.")


_SIGNATURE_PIECES = st.sampled_from([
    "ats/jpr", "(ats)", "AFP", "Belga", "avec", "Avec AFP", "(Avec AFP)", "Par", "By",
    "Source :", "Sources :", "et", "/", "(", ")", "TT", "(TT)", "MAP", "Reuters", "l'AFP",
    "Le conseil municipal a voté mardi soir", ".", " ", "  ", "\n", "\t", "\u00a0", "x" * 130,
])


@settings(max_examples=800, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=300), st.lists(_SIGNATURE_PIECES, max_size=10)
                          .map(" ".join)), max_size=5))
def test_closing_signatures_ask_each_line_once(texts: list[str]) -> None:
    """closing_signatures asks a line in no parentheses once (the tests strip it
    themselves), and credit_line reads a long line's first characters only when they are
    already too long: the same agencies as the four questions of every line."""
    from veille.extract.bylines import closing_signatures, credit_line, signature_credit

    expected: list[str] = []
    for text in texts:
        bare = text.strip()
        inner = bare[1:-1].strip() if bare.startswith("(") and bare.endswith(")") else bare
        collapsed = [" ".join(t.split()) for t in (bare, inner)]
        by_line = [[] if len(c) > 120 else credit_line(c) for c in collapsed]
        agencies = (signature_credit(text) or signature_credit(inner) or by_line[0]
                    or by_line[1])
        expected.extend(a for a in agencies if a not in expected)
    assert closing_signatures(texts) == expected
    for text in texts:
        assert credit_line(text) == credit_line(" ".join(text.split()))
    assert credit_line(" " * 300 + "(Belga)") == ["Belga"]


_MARKED_PIECES = st.sampled_from([
    "#", "# ", "## Titre", "[9]Yann", "[Nom](https://x.fr/a)", "![alt](i.png)", "**gras**",
    "__x__", "*", "_", "]", "[", "Par", "Le conseil", " ", "\n", "a_b", "[[1]]", "\u00a0"])


@settings(max_examples=800, deadline=None)
@given(st.one_of(st.text(max_size=200), st.lists(_MARKED_PIECES, max_size=12).map("".join)),
       st.booleans())
def test_mark_gates_are_the_old_set_tests(text: str, heading: bool) -> None:
    """``unmark`` and ``bylines.unmarked`` test for their marks with substring searches
    (issue #13): the same answers as the set tests they replace."""
    from veille.extract import bylines, markup

    if not frozenset("#[]*_").intersection(text):
        assert markup.unmark(text, heading=heading) == (text, 0)
    else:
        assert "#" in text or "[" in text or "]" in text or "*" in text or "_" in text
    if not any(c in text for c in "[*_"):
        assert bylines.unmarked(text) == text
