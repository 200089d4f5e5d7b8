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
