"""newuser6 M13: a saved search took an unknown group or a malformed language, filters that
could never match, and said nothing of an unknown source. The service (shared by the CLI,
the API and the web form) now refuses the first two and the CLI warns about the third."""

from __future__ import annotations

from pathlib import Path

import pytest

import veille
from veille.cli.main import main
from veille.errors import ConfigError
from veille.store.base import SavedSearch, Source


def _run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--data-dir", str(data), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def _grouped(data: Path) -> None:
    with veille.open(data) as v:
        v.store.add_source(Source(name="lemonde", kind="rss",
                                  url="https://www.lemonde.fr/rss/une.xml"))
        v.store.set_source_meta("lemonde", label="Le Monde", group="presse")


def test_an_unknown_group_is_refused_with_the_known_ones(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    _grouped(data)
    code, _, err = _run(capsys, data, "saved", "add", "grp", "incendie", "--group", "nogroup")
    assert code != 0 and "no source group 'nogroup'" in err and "presse" in err
    code, out, _ = _run(capsys, data, "saved", "add", "grp", "incendie", "--group", "presse")
    assert code == 0 and "saved grp" in out
    with veille.open(data) as v:
        assert [s.groups for s in v.store.saved_searches()] == [["presse"]]


@pytest.mark.parametrize("lang", ["xx-invalid", "french", "f", "fr_FR", "12"])
def test_a_language_that_is_no_primary_subtag_is_refused(tmp_path: Path, lang: str) -> None:
    with veille.open(tmp_path / "data") as v:
        with pytest.raises(ConfigError, match="language code"):
            v.save_search(SavedSearch(name="langue", query="incendie", languages=[lang]))
        assert v.store.saved_searches() == []
        saved = v.save_search(SavedSearch(name="langue", query="incendie",
                                          languages=["FR", "fra"]))
        assert saved.languages == ["fr", "fra"]


def test_an_unknown_source_is_saved_with_a_warning(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    _grouped(data)
    code, out, err = _run(capsys, data, "saved", "add", "src", "incendie",
                          "--source", "nonexistent-source", "--source", "lemonde.fr")
    assert code == 0 and "saved src" in out
    assert "'nonexistent-source'" in err and "veille sources list" in err
    assert "knows 2" in err and "lemonde.fr" not in err
