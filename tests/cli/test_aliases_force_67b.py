"""t-final67 R5 (h-enrich67b): ``veille aliases add 'EI' geonames:2995469`` silently re-pointed
the État islamique's shipped "EI" at Marseille. An alias that names another entity is now
refused (exit 2, the entity named) unless ``--force``, which says what it took over; and the
shipped table lists no lower-case romanisation of a capital ("plymwt", "grytwwyqn")."""

from __future__ import annotations

from pathlib import Path

import pytest

from veille.cli.main import main


def _run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--data-dir", str(data), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_an_alias_of_another_entity_needs_force(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    code, out, err = _run(capsys, data, "aliases", "add", "EI", "geonames:2995469")
    assert code == 2 and "Q2429253" in err and "--force" in err and "added" not in out
    _, listed, _ = _run(capsys, data, "aliases", "list", "--grep", "EI", "--mine")
    assert "geonames:2995469" not in listed
    code, out, _ = _run(capsys, data, "aliases", "add", "EI", "geonames:2995469", "--force")
    assert code == 0 and "Q2429253" in out and "wins" in out
    _, listed, _ = _run(capsys, data, "aliases", "list", "--mine")
    assert "EI\tgeonames:2995469" in listed


def test_a_user_alias_of_another_entity_needs_force_too(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    assert _run(capsys, data, "aliases", "add", "Le Vaisseau", "veille:vaisseau-a")[0] == 0
    code, _, err = _run(capsys, data, "aliases", "add", "le vaisseau", "veille:vaisseau-b")
    assert code == 2 and "veille:vaisseau-a" in err and "yours" in err


def test_a_new_alias_or_the_same_one_is_added_without_force(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    code, out, _ = _run(capsys, data, "aliases", "add", "l'organisation djihadiste EI",
                        "Q2429253")
    assert code == 0 and "added" in out and "wins" not in out
    code, out, _ = _run(capsys, data, "aliases", "add", "Daech", "Q2429253")
    assert code == 0 and "already in the table" in out


def test_no_romanisation_of_a_capital_is_listed(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    _, listed, _ = _run(capsys, tmp_path / "data", "aliases", "list", "--id",
                        "geonames:3578069")
    aliases = [line.split("\t")[0] for line in listed.splitlines()]
    assert "Plymouth" in aliases and "plymwt" not in aliases
    _, listed, _ = _run(capsys, tmp_path / "data", "aliases", "list", "--grep", "grytw")
    assert listed == ""
