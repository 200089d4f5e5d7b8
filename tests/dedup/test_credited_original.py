"""Regression (t-reader21 R3, issue 14): the agency's dispatch became the "reprint" of a
paper that credits it, when the paper's copy was stamped two minutes earlier.

20 Minutes' copy of an AFP dispatch, ending "Le texte sera transmis au Sénat. (avec AFP)",
stamped 16:28, and the AFP dispatch stamped 16:30: within the five minutes where neither is
surely first (docs/dedup.md), the copy's one more counted paragraph ("… (avec AFP)") made it
"contain" the dispatch, so it became the original and the story said "first published by
20minutes.fr". Its credit was never read (``evidence.credit`` empty). Now the credit closing
a text is read (``extract/trailing_credit.py``), and where the times cannot tell, a copy that
credits the other's outlet is its copy and an agency's own article is the original of an
outlet's copy (``dedup/credit_order.py``), whatever the ingest order. Real SQLite store, real
ingest; texts in ``tests/fixtures/copies/ports.json`` (not the tester's)."""

from __future__ import annotations

import itertools

import pytest

from copies_kit import Copies, relation
from veille.dedup.credit_order import Outlet, credit_order, credits_outlet, outlet_agency
from veille.store.sqlite import SQLiteStore

TEXTS = Copies("ports.json")
ingest = TEXTS.ingest


SKEW = {"credited": "2026-11-19T16:28:00+01:00", "dispatch": "2026-11-19T16:30:00+01:00"}


@pytest.mark.parametrize("one_batch", [False, True])
@pytest.mark.parametrize("order", list(itertools.permutations(SKEW)))
def test_a_copy_crediting_the_agency_two_minutes_early_is_its_reprint(
        store: SQLiteStore, order: tuple[str, ...], one_batch: bool) -> None:
    ids = ingest(store, SKEW, order, one_batch)
    assert relation(store, ids["dispatch"]) == ("", None)
    assert relation(store, ids["credited"]) == ("reprint", ids["dispatch"])
    assert store.get(ids["credited"]).content.evidence.get("credit") == "AFP"  # type: ignore
    [story] = store.stories()
    assert story.first_source == "afp.com"
    assert story.first.isoformat().startswith("2026-11-19T16:30")
    assert story.title == TEXTS["dispatch"]["title"]
    assert story.independent == 1


LOCAL_FIRST = {"local": "2026-11-19T16:27:00+01:00", "dispatch": "2026-11-19T16:30:00+01:00"}


@pytest.mark.parametrize("one_batch", [False, True])
@pytest.mark.parametrize("order", list(itertools.permutations(LOCAL_FIRST)))
def test_the_agency_dispatch_wins_a_tie_against_a_longer_uncredited_copy(
        store: SQLiteStore, order: tuple[str, ...], one_batch: bool) -> None:
    """A paper that runs the dispatch with a paragraph of its own, three minutes before the
    agency's stamp and crediting nobody, contains the dispatch: still its copy."""
    ids = ingest(store, LOCAL_FIRST, order, one_batch)
    assert relation(store, ids["dispatch"]) == ("", None)
    assert relation(store, ids["local"]) == ("reprint", ids["dispatch"])
    [story] = store.stories()
    assert story.first_source == "afp.com"


@pytest.mark.parametrize("order", list(itertools.permutations(SKEW)))
def test_an_undated_credited_copy_is_the_reprint_of_the_agency(
        store: SQLiteStore, order: tuple[str, ...]) -> None:
    """Undated copies are in no known order either: the credit decides there too."""
    ids = ingest(store, {"credited": None, "dispatch": None}, order, False)
    assert relation(store, ids["dispatch"]) == ("", None)
    assert relation(store, ids["credited"]) == ("reprint", ids["dispatch"])


def test_times_that_tell_still_decide(store: SQLiteStore) -> None:
    """A credit decides only what the times leave open: a copy surely published first (an
    hour before the agency's stamp) stays the original, as before."""
    ids = ingest(store, {"local": "2026-11-19T15:30:00+01:00",
                         "dispatch": "2026-11-19T16:30:00+01:00"}, ("dispatch", "local"), False)
    assert relation(store, ids["local"]) == ("", None)
    assert relation(store, ids["dispatch"]) == ("reprint", ids["local"])


def test_the_outlet_a_credit_names() -> None:
    assert outlet_agency("afp.com") is not None
    assert outlet_agency("www.reuters.com") is not None
    assert outlet_agency("AFP") is outlet_agency("afp.com")
    assert outlet_agency("20minutes.fr") is None
    assert outlet_agency("") is None
    assert credits_outlet("AFP", "afp.com")
    assert credits_outlet("Reuters, AFP", "afp.com")
    assert credits_outlet("Agence France-Presse", "afp.com")
    assert not credits_outlet("Reuters", "afp.com")
    assert not credits_outlet("", "afp.com")
    assert not credits_outlet("AFP", "")


def test_which_copy_the_credits_make_the_original() -> None:
    agency, paper = Outlet("afp.com"), Outlet("20minutes.fr", "AFP")
    assert credit_order(agency, paper) is True
    assert credit_order(paper, agency) is False
    # no credit: the agency's own article, against an outlet's
    assert credit_order(Outlet("afp.com"), Outlet("20minutes.fr")) is True
    assert credit_order(Outlet("20minutes.fr"), Outlet("afp.com")) is False
    # two outlets, or two agencies, that credit neither: nothing said here
    assert credit_order(Outlet("lemonde.fr", "AFP"), Outlet("20minutes.fr", "AFP")) is None
    assert credit_order(Outlet("afp.com"), Outlet("reuters.com")) is None
    # a paper credited by another paper's copy (a credit names the source as written)
    assert credit_order(Outlet("Le Monde"), Outlet("lavoixdunord.fr", "Le Monde")) is True


@pytest.mark.parametrize("early", ["16:18", "13:30", "00:31"])
@pytest.mark.parametrize("order", list(itertools.permutations(SKEW)))
def test_a_credit_decides_beyond_a_clock_skew(
        store: SQLiteStore, order: tuple[str, ...], early: str) -> None:
    """t-reader22 R2: a copy ending "(avec AFP)" stamped 12 minutes (here also 3 hours, 16
    hours) before the AFP dispatch was its original: a credit decides up to a day apart."""
    ids = ingest(store, {"credited": f"2026-11-19T{early}:00+01:00",
                         "dispatch": "2026-11-19T16:30:00+01:00"}, order, False)
    assert relation(store, ids["dispatch"]) == ("", None)
    assert relation(store, ids["credited"]) == ("reprint", ids["dispatch"])
    [story] = store.stories()
    assert story.first_source == "afp.com"


@pytest.mark.parametrize("order", list(itertools.permutations(SKEW)))
def test_past_a_day_the_times_decide_again(store: SQLiteStore,
                                           order: tuple[str, ...]) -> None:
    """A copy two days before the text it credits ran an earlier dispatch of it
    (``CREDIT_SPAN``): the earlier copy stays the first publication the store holds."""
    ids = ingest(store, {"credited": "2026-11-17T16:30:00+01:00",
                         "dispatch": "2026-11-19T16:30:00+01:00"}, order, False)
    assert relation(store, ids["credited"]) == ("", None)
    assert relation(store, ids["dispatch"]) == ("reprint", ids["credited"])
