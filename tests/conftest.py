"""Shared fixtures: paths to the repo's fixtures and to ../shared (skipped when absent)."""

from __future__ import annotations

import os
import sys
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
# No property test has a deadline: a time limit per example is a timed assertion, and it
# failed on a machine busy with other jobs (test_clock_change, once in a full run). Speed
# is measured in bench/, never asserted in a test.
hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True, deadline=None)
hypothesis_settings.register_profile("dev", deadline=None)
hypothesis_settings.load_profile("ci" if os.environ.get("CI") else "dev")


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


@pytest.fixture(scope="session")
def pg_cluster():  # type: ignore[no-untyped-def]
    """One throwaway PostgreSQL server for the whole run (initdb in a temporary directory,
    127.0.0.1, a free port), stopped at the end. Skips only where PostgreSQL's server
    binaries are not installed (CI installs them: scripts/system-deps.sh)."""
    from veille.store import pgcluster

    reason = pgcluster.unavailable_reason()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the PostgreSQL tests: {reason}")
        pytest.skip(reason)
    with pgcluster.running() as cluster:
        yield cluster


@pytest.fixture
def pg_url(pg_cluster, request: pytest.FixtureRequest) -> str:  # type: ignore[no-untyped-def]
    """A fresh, empty database on the session's server, for one test."""
    import hashlib

    name = "t_" + hashlib.blake2b(request.node.nodeid.encode(), digest_size=8).hexdigest()
    return str(pg_cluster.create_database(name))


@pytest.fixture
def pg_replica(pg_cluster, pg_url: str):  # type: ignore[no-untyped-def]
    """``(primary_url, read_url)``: this test's database, and the same database on a
    streaming replica of the session's server (``pg_basebackup -R``), removed afterwards.
    The replica copies the server as it is when asked: write what must be there first."""
    import shutil

    holder: dict[str, object] = {}

    def start() -> str:
        replica = pg_cluster.replica()
        holder["replica"] = replica
        return str(pg_url.replace(f":{pg_cluster.port}/", f":{replica.port}/"))

    yield pg_url, start
    replica = holder.get("replica")
    if replica is not None:
        replica.stop()  # type: ignore[attr-defined]
        shutil.rmtree(replica.root, ignore_errors=True)  # type: ignore[attr-defined]


@pytest.fixture(autouse=True)
def _no_kept_tables():  # type: ignore[no-untyped-def]
    """A CLI test names its data directory's table cache (``veille.kept_tables``, for the
    process): named no longer after the test, so that a later test that patches what a
    place table is built from and rebuilds it builds it, rather than read a file (r-perf67)."""
    yield
    kept = sys.modules.get("veille.kept_tables")
    if kept is not None:
        kept.keep_tables_in(None)
