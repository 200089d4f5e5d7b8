"""bench/quotes.py measures the sources an explicit PYTHONPATH names, not its checkout's
(q-order23): a "before" figure taken with PYTHONPATH=/copy/of/base/src from a worktree with
work in progress measured the work in progress (f-speakers23's "order dependence")."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench" / "quotes.py"


def test_explicit_pythonpath_sources_come_before_the_checkouts(tmp_path: Path) -> None:
    package = tmp_path / "veille"
    package.mkdir()
    (package / "__init__.py").write_text(
        'raise SystemExit("veille from PYTHONPATH")\n', "utf-8")
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    run = subprocess.run([sys.executable, str(BENCH), "--help"], env=env,
                         capture_output=True, text=True, timeout=120)
    assert "veille from PYTHONPATH" in run.stderr, (run.returncode, run.stdout[:200])
