"""Every bench measures the sources an explicit PYTHONPATH names, not its checkout's
(q-order23 found it in bench/quotes.py: a "before" figure taken with
PYTHONPATH=/copy/of/base/src from a worktree with work in progress measured the work in
progress; fourteen other benches put their checkout's ``src`` first too). They all go through
``bench/lib/checkout.py``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
# the benches that import veille when they start (bench/scaling.py imports it in its child
# process only, after its own arguments)
STARTING = sorted(path.name for path in BENCH.glob("*.py")
                  if "\nput_checkout_sources(" in path.read_text("utf-8"))


def test_the_benches_that_choose_sources_are_found() -> None:
    assert {"quotes.py", "stories.py", "dedup.py", "ner.py"} <= set(STARTING)


@pytest.mark.parametrize("bench", STARTING)
def test_explicit_pythonpath_sources_come_before_the_checkouts(tmp_path: Path,
                                                                bench: str) -> None:
    package = tmp_path / "veille"
    package.mkdir()
    (package / "__init__.py").write_text(
        'raise SystemExit("veille from PYTHONPATH")\n', "utf-8")
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    run = subprocess.run([sys.executable, str(BENCH / bench), "--help"], env=env,
                         capture_output=True, text=True, timeout=300)
    assert "veille from PYTHONPATH" in run.stderr, (run.returncode, run.stderr[-300:])
