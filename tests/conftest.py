"""Shared fixtures: paths to the repo's fixtures and to ../shared (skipped when absent)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SHARED = Path(os.environ.get("VEILLE_SHARED_DIR", ROOT.parent / "shared"))

# CI runs the property tests on hypothesis's fixed seed, so one run says the same as the
# next; developers' runs keep exploring new examples (what they find becomes a test).
hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")


@pytest.fixture
def shared_dir() -> Path:
    """``../shared``; tests that read it skip cleanly in a user's clone, which lacks it."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present (it is only on the developers' machines)")
    return SHARED


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data")


@pytest.fixture
def store(settings: Settings):  # type: ignore[no-untyped-def]
    opened = SQLiteStore.open(settings.store_path)
    yield opened
    opened.close()
