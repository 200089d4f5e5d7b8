"""A copy under another headline is no "exact copy" (t-final51 A10, r-stories52).

A capture without a masthead, then the outlet's page with one headline word more ("Ukraine
: Volodymyr Zelensky…" for "Ukraine : Zelensky…"), piped in with ``--source``, was "new 0,
duplicate 1", an "exact copy 1.00" link, its headline lost; and the story said "1 article,
including 1 reprint; 1 source: 0 with their own article, 1 only copying · 1 article without
a source": one article, the reprint of nothing. The same body under another headline is
that article's new version when the source is the same, another outlet's copy (an article
of its own) when it is not; and an exact copy from another outlet that stays a link counts
among the story's articles as among its reprints. Texts written for veille (CC0).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import veille
from veille.cli.main import main

BODY = ("La compagnie ferroviaire régionale a suspendu lundi toutes les liaisons entre Lille "
        "et Dunkerque après la chute d'un arbre sur la caténaire près d'Hazebrouck. Aucun "
        "voyageur n'a été blessé.\n\nDes cars de substitution ont été mis en place dans "
        "l'après-midi. Le trafic ne reprendra pas avant mercredi matin, selon la direction "
        "régionale.\n")


def page(title: str, tail: str = "") -> bytes:
    return f"{title}\n\nPublié le 17 novembre 2026 à 07h45\n\n{BODY}{tail}".encode()


def _story(data: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, int]:
    assert main(["--data-dir", str(data), "stories", "--json"]) == 0
    [story] = json.loads(capsys.readouterr().out)
    return {key: int(story[key]) for key in ("articles", "reprints", "unsourced",
                                              "unattributed")}


def test_the_same_outlets_text_under_a_longer_headline_is_a_version(tmp_path: Path) -> None:
    with veille.open(tmp_path / "data") as v:
        [first] = v.ingest_bytes([("-", page("Lille-Dunkerque coupé"))],
                                 source="quotidien.example").new_ids
        again = v.ingest_bytes([("-", page("Lille-Dunkerque coupé jusqu'à mercredi"))],
                               source="quotidien.example")
        assert (again.new, again.duplicate, again.versions) == (0, 0, 1)
        content = v.get(first).content
        assert content is not None and content.title == "Lille-Dunkerque coupé jusqu'à mercredi"


def test_an_outlets_page_retitled_after_a_capture_without_source_is_kept(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    with veille.open(data) as v:
        [first] = v.ingest_bytes([("-", page("Trains : Lille-Dunkerque coupé"))]).new_ids
        again = v.ingest_bytes([("-", page("Nord : Lille-Dunkerque coupé"))],
                               source="quotidien.example")
        assert (again.new, again.duplicate) == (1, 0)
        [copy] = again.new_ids
        dedup = v.get(copy).dedup
        assert dedup is not None and (dedup.relation, dedup.duplicate_of) == ("reprint", first)
    story = _story(data, capsys)
    # the copy of a capture without a source: no "reprint" of another outlet, whose text
    # the capture is being unknown (h-copies66: was reprints 1)
    assert (story["articles"], story["reprints"], story["unattributed"], story["unsourced"]) \
        == (2, 0, 1, 1)


def test_an_exact_copy_link_counts_among_the_storys_articles(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The same headline and body read from a named outlet after a capture without one
    stay a link; the story counts it as an article as it counts it as a copy (whose
    outlet is unknown, h-copies66: was a reprint)."""
    data = tmp_path / "data"
    with veille.open(data) as v:
        v.ingest_bytes([("-", page("Trains : Lille-Dunkerque coupé"))])
        again = v.ingest_bytes([("-", page("Trains : Lille-Dunkerque coupé", "\n\n"))],
                               source="quotidien.example")
        assert (again.new, again.duplicate) == (0, 1)
    story = _story(data, capsys)
    assert (story["reprints"], story["unattributed"]) == (0, 1)
    assert story["articles"] == 2
