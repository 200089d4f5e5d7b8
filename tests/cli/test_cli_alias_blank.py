"""t-enrich22 E11: ``veille aliases add '' Q3`` was accepted and wrote a row the reader
refuses, so every later ``search``, ``reenrich`` and ``aliases`` command of that data
directory failed until the line was edited by hand. The writer now refuses what the reader
refuses, and whatever it writes, the reader reads."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from veille.cli.main import main
from veille.enrich import aliases
from veille.errors import ConfigError


@pytest.mark.parametrize("alias", ["", "   ", "«»", "-"])
def test_a_blank_alias_is_refused_and_the_table_stays_readable(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], alias: str) -> None:
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "aliases", "add", alias, "Q3"]) != 0
    assert "letter or digit" in capsys.readouterr().err
    assert main(["--data-dir", str(data), "aliases", "add", "Daech", "Q2429253"]) == 0
    assert main(["--data-dir", str(data), "aliases", "list", "--id", "Q2429253"]) == 0
    assert "Daech" in capsys.readouterr().out


def test_a_blank_id_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="letter or digit"):
        aliases.add(tmp_path, aliases.Alias("Daech", " ", "ORG", "Daech"))


def test_a_blank_alias_in_a_hand_edited_table_names_its_line_and_the_repair() -> None:
    with pytest.raises(ConfigError) as caught:
        aliases.parse("Daech\tQ2429253\tORG\tÉtat islamique\n \tQ3\tORG\t\n", origin="t.tsv")
    assert "t.tsv:2" in str(caught.value)
    assert "veille aliases remove" in (caught.value.hint or "")


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(alias=st.text(max_size=12), entity_id=st.text(max_size=8))
def test_whatever_add_writes_the_reader_reads(tmp_path: Path, alias: str,
                                              entity_id: str) -> None:
    data = tmp_path / "prop"
    try:
        aliases.add(data, aliases.Alias(alias, entity_id, "ORG", alias or "x"))
    except ConfigError:
        pass
    aliases.load(data)  # raises if the writer wrote a row the reader refuses
