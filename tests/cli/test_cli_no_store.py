"""Every command with nothing to do on an empty new store, run on a data directory that
holds none (a mistyped ``--data-dir``), says so, as `latest` does, and creates nothing
there (newuser8 Q26: `search` advised `veille reindex`, which created an empty store in the
wrong place; then `stats`, `enrich`, `saved list`, `compact`, `serve`... still did). The
commands that create the store (`ingest`, `fetch`, `watch`, `sources add`, `saved add`,
`user set-password`) still do."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from capture_kit import err, run_veille
from veille.cli.context import _STORE_CREATORS
from veille.cli.main import cli

REFUSING = [["search", "foo"], ["reindex"], ["check"], ["check", "--repair"], ["latest"],
            ["show", "abc"], ["duplicates", "abc"], ["stats"], ["stats", "--failures"],
            ["enrich"], ["reenrich"], ["reextract"], ["entities"], ["places"], ["quotes"],
            ["stories"],
            ["stories", "show", "x"], ["stories", "join", "a", "b"], ["stories", "detach", "a"],
            ["stories", "overrides"], ["stories", "undo", "1"], ["edit", "a", "--source", "x.fr"],
            ["export"], ["export", "--format", "csv", "--query", "volcan"],
            ["compact"], ["compact", "--dry-run"],
            ["saved", "list"], ["saved", "show", "x"], ["saved", "remove", "x"],
            ["alerts", "status"], ["alerts", "send"],
            ["sources", "list"], ["sources", "remove", "x"], ["sources", "pause", "x"],
            ["sources", "resume", "x"],
            ["serve", "--port", "0"], ["serve", "--port", "0", "--watch"]]
CREATING = [["ingest", "-"], ["fetch", "http://127.0.0.1:9/"], ["watch", "--once"],
            ["sources", "add", "."], ["saved", "add", "n", "volcan"],
            ["user", "set-password", "me", "--password-stdin"]]
# no store involved: the alias table is a file of the data directory; migrate-store reads
# the SQLite store it copies
OTHERS = {"aliases list", "aliases add", "aliases remove", "migrate-store"}


@pytest.mark.parametrize("command", REFUSING, ids=" ".join)
def test_a_data_dir_without_a_store_is_named_and_left_alone(tmp_path: Path,
                                                            command: list[str]) -> None:
    mistyped = tmp_path / "mistyped"
    done = run_veille(command, data_dir=mistyped, timeout=60)
    assert done.returncode == 2, err(done)
    assert err(done).startswith(f"error: no veille store in {mistyped}: nothing was ingested "
                                "there; check --data-dir (or VEILLE_DATA_DIR)"), err(done)
    assert "reindex" not in err(done)
    assert not mistyped.exists()


def _leaves(group: click.Group, prefix: str = "") -> dict[str, click.Command]:
    """Every command under ``group``, through click's listing (the top group loads its
    commands when asked: :class:`veille.cli.main.LazyGroup`)."""
    found: dict[str, click.Command] = {}
    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        assert command is not None, name
        if isinstance(command, click.Group):
            if command.invoke_without_command:  # `veille stories` runs on its own too
                found[f"{prefix}{name}"] = command
            found.update(_leaves(command, f"{prefix}{name} "))
        else:
            found[f"{prefix}{name}"] = command
    return found


def _path(command: list[str]) -> str:
    groups = ("saved", "alerts", "sources", "user", "aliases", "stories")
    return " ".join(command[:2]) if command[0] in groups else command[0]


def test_every_command_is_classified() -> None:
    """A new command is either a creator (marked with ``creates_store``) or refuses, and is
    in one list here, so it gets the same check as the others."""
    leaves = _leaves(cli)
    creators = {name for name, command in leaves.items() if command in _STORE_CREATORS}
    assert creators == {_path(c) for c in CREATING}
    assert set(leaves) == {_path(c) for c in REFUSING} | creators | OTHERS


@pytest.mark.parametrize("command", CREATING, ids=" ".join)
def test_the_commands_that_create_the_store_still_do(tmp_path: Path,
                                                     command: list[str]) -> None:
    fresh = tmp_path / "fresh"
    done = run_veille(command, data_dir=fresh, input=b"un mot de passe assez long\n",
                      timeout=60)
    assert "no veille store" not in err(done), err(done)
    assert (fresh / "veille.sqlite3").exists(), err(done)


def test_the_alias_table_needs_no_store(tmp_path: Path) -> None:
    """`aliases` edits a file of the data directory: adding one there makes no store, and
    removing one the table does not have writes nothing."""
    mistyped = tmp_path / "mistyped"
    done = run_veille(["aliases", "remove", "pas-un-alias-connu"], data_dir=mistyped)
    assert done.returncode != 0 and "no alias" in err(done), err(done)
    assert not mistyped.exists()
    fresh = tmp_path / "fresh"
    # An alias no shipped row holds: "Bercy" (the ministry) is refused without --force now
    # (h-enrich67b, t-final67 R5), which is not what this test is about.
    assert run_veille(["aliases", "add", "Bercy-Expo", "Q1"], data_dir=fresh).returncode == 0
    assert sorted(p.name for p in fresh.iterdir()) == ["aliases.tsv"]
