"""Docs are tested: every setting and every record field is documented."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from veille.record import Article, Content, Dedup, RawInput
from veille.settings import Settings

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_every_setting_is_documented() -> None:
    text = (DOCS / "settings.md").read_text("utf-8")
    missing = [f.name for f in fields(Settings) if f"`{f.name}`" not in text]
    assert not missing, f"settings missing from docs/settings.md: {missing}"


def test_every_record_field_is_documented() -> None:
    text = (DOCS / "record.md").read_text("utf-8")
    names = {f.name for cls in (Article, RawInput, Content, Dedup) for f in fields(cls)}
    missing = sorted(n for n in names if f"`{n}`" not in text)
    assert not missing, f"record fields missing from docs/record.md: {missing}"


def test_cli_reference_is_current() -> None:
    """docs/cli.md is generated from the commands; regenerate it when a command changes:
    ``python scripts/cli_reference.py``."""
    import importlib.util

    script = DOCS.parent / "scripts" / "cli_reference.py"
    spec = importlib.util.spec_from_file_location("cli_reference", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert (DOCS / "cli.md").read_text("utf-8") == module.render(), (
        "docs/cli.md is out of date: run `python scripts/cli_reference.py`")
