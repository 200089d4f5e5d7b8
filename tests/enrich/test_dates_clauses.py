"""A date mention takes the tense of its own clause (issue 16, note12 "What is left"): a
relative or "que" clause has its own verb, which an incise of saying or a main verb in the
past does not overrule; an incise without its commas dates the saying only; counts in
letters past "cent" are read. Texts written for these tests (other names and words than
the testers', same shapes)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.enrich.clauses import after_incise, clause_after, own_clause
from veille.enrich.dates import french_count

from .test_dates_nu14 import MONDAY, THURSDAY, TUESDAY, _values
from .test_dates_v56 import write_french

WEDNESDAY = date(2026, 11, 25)


@pytest.mark.parametrize(("text", "published", "mention", "value"), [
    # a relative clause in the present after a past incise or main verb: its own tense
    # (none: the nearest day), not "a affirmé" / "a salué"
    ("« Le groupe est prêt », a affirmé la gardienne, qui songe déjà à la finale de samedi "
     "contre Brest.", THURSDAY, "samedi", "2026-11-28"),
    ("« Rien n'est joué », a glissé le sélectionneur, qui prépare le déplacement de "
     "vendredi à Nîmes.", TUESDAY, "vendredi", "2026-12-04"),
    ("Le maire a salué les bénévoles, qui organisent la collecte de samedi.", WEDNESDAY,
     "samedi", "2026-11-28"),
    ("La préfète a rencontré les commerçants qui manifestent jeudi devant la mairie.",
     MONDAY, "jeudi", "2026-12-03"),
    ("« Tout le monde est concerné », a insisté l'adjointe, qui présente son budget jeudi.",
     MONDAY, "jeudi", "2026-12-03"),
    ("Le club a confirmé que l'équipe s'envole samedi pour Madrid.", THURSDAY, "samedi",
     "2026-11-28"),
    # an incise without its commas: the phrase after its subject takes the quoted words'
    # tense ("serons", "faudra")
    ("« Il faudra être solides » a prévenu l'entraîneur avant la réception de samedi.",
     TUESDAY, "samedi", "2026-12-05"),
    ("« On ne lâchera rien » ont scandé les grévistes en vue de la manifestation de jeudi.",
     date(2026, 12, 2), "jeudi", "2026-12-03"),
    ("« Nous serons prêts » assure l'entraîneuse en pensant au match de dimanche.",
     date(2026, 11, 24), "dimanche", "2026-11-29"),
    # a date that opens the piece after the incise is the saying's own (was the quoted
    # words' future)
    ("« Nous irons jusqu'au bout », a déclaré la syndicaliste, mardi, devant le rectorat.",
     THURSDAY, "mardi", "2026-11-24"),
    # counts past "cent"
    ("Il y a cent cinquante ans, le village était fondé.", MONDAY,
     "Il y a cent cinquante ans", "1876-01-01"),
    ("Il y a deux cents ans naissait le peintre.", MONDAY, "Il y a deux cents ans",
     "1826-01-01"),
    ("La charte a été signée il y a mille ans.", MONDAY, "il y a mille ans", "1026-01-01"),
    ("Il y a trois cent vingt ans, la ville fut fondée.", MONDAY,
     "Il y a trois cent vingt ans", "1706-01-01"),
    ("Il y a mille deux cents ans, le monastère était bâti.", MONDAY,
     "Il y a mille deux cents ans", "0826-01-01"),
])
def test_own_clause_tense(text: str, published: date, mention: str, value: str) -> None:
    assert _values(text, published).get(mention) == value


@pytest.mark.parametrize(("text", "published", "mention", "value"), [
    # what must not change: a relative clause in the past, the incise's own day, "ne …
    # que", a quoted past, a temporal or relative clause after the mention
    ("« C'était une belle soirée », a estimé le président du club, qui a assisté au gala "
     "de samedi.", THURSDAY, "samedi", "2026-11-21"),
    ("Le directeur, qui a démissionné lundi, sera remplacé.", WEDNESDAY, "lundi",
     "2026-11-23"),
    ("« Je reviendrai » a déclaré le ministre mardi à Toulouse.", THURSDAY, "mardi",
     "2026-11-24"),
    ("« Nous avons manqué d'envie » a regretté le défenseur après la défaite de mercredi.",
     date(2026, 11, 27), "mercredi", "2026-11-25"),
    ("« C'est dur » a reconnu l'entraîneur après la défaite de samedi.", THURSDAY,
     "samedi", "2026-11-21"),
    ("Il n'a été entendu que mardi par les enquêteurs.", THURSDAY, "mardi", "2026-11-24"),
    ("La sportive, retrouvée blessée mercredi et qui avait disparu depuis deux jours, va "
     "mieux.", TUESDAY, "mercredi", "2026-11-25"),
    ("Les ventes étaient faibles jeudi quand la nouvelle a été connue.", TUESDAY, "jeudi",
     "2026-11-26"),
])
def test_what_stays(text: str, published: date, mention: str, value: str) -> None:
    assert _values(text, published).get(mention) == value


def test_a_straight_opening_quote_is_no_incise() -> None:
    """A straight quotation mark that opens a quotation (odd in its paragraph) has no
    incise after it: "pendant l'été" keeps the sentence's tense."""
    text = ('Il a conclu : "je vous laisse en de bonnes mains pendant l\'été puisque ce '
            'sont celles de mon remplaçant".')
    assert after_incise('Il a conclu : "', "je vous laisse en de bonnes mains pendant ") \
        is None
    assert _values(text, TUESDAY) == {"l'été": "2027-06-01"}


def test_clause_pieces() -> None:
    assert own_clause("les élus qui manifestent ") == (" manifestent ", True)
    assert own_clause("il n'a été entendu que ") == ("il n'a été entendu que ", False)
    assert own_clause("plus que ") == ("plus que ", False)
    assert clause_after(" après-midi qu'il portera plainte") == " après-midi "
    assert clause_after(" et qui avait demandé") == " et qui avait demandé"
    assert after_incise("« Nous serons prêts » ", "a assuré l'entraîneur en référence au "
                        "match de ") == "en référence au match de "
    assert after_incise("« Je reviendrai » ", "a déclaré le ministre ") is None
    assert after_incise("Le ministre ", "a déclaré en référence au ") is None


def write_large(n: int, reform: bool) -> str:
    """``n`` (1 to 999,999) in French letters: "cent" and "mille" multiply what is before
    them ("deux cents", "trois mille"), "cents" takes its s only when nothing follows it
    (Grevisse, *Le Bon Usage*, § 597)."""
    thousands, rest = divmod(n, 1000)
    multiple = write_large(thousands, reform) if thousands > 1 else ""
    if multiple.endswith(("cents", "vingts")):
        multiple = multiple[:-1]  # "deux cent mille", "quatre-vingt mille"
    head = "" if not thousands else "mille" if thousands == 1 else multiple + " mille"
    if not rest:
        return head
    hundreds, below = divmod(rest, 100)
    part = "" if not hundreds else "cent" if hundreds == 1 else \
        write_french(hundreds, reform) + " cent" + ("" if below else "s")
    if below:
        part = (part + " " if part else "") + write_french(below, reform)
    return (head + " " if head else "") + part


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=999_999), st.booleans())
def test_french_count_reads_large_numbers(n: int, reform: bool) -> None:
    assert french_count(write_large(n, reform)) == n


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=101, max_value=2025))
def test_years_ago_past_cent(n: int) -> None:
    words = write_large(n, False)
    found = _values(f"Il y a {words} ans, la ville était fondée.", MONDAY)
    assert found.get(f"Il y a {words} ans") == f"{2026 - n:04d}-01-01"


def test_writer_spells_large_numbers() -> None:
    assert [write_large(n, False) for n in (100, 200, 250, 1000, 1200, 2000, 80_000)] == [
        "cent", "deux cents", "deux cent cinquante", "mille", "mille deux cents",
        "deux mille", "quatre-vingt mille"]
