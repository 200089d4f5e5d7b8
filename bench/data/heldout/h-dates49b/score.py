"""Score h-dates49b: PYTHONPATH=<worktree>/src python score.py [cases.json]. Prints ok/total.

The scoring of bench/data/heldout/r-dates49/score.py (strict: the first mention holding
``mention`` must have the expected value AND tense), run on this set's cases."""
import runpy
import sys
from pathlib import Path

here = Path(__file__).parent
sys.argv = [sys.argv[0], sys.argv[1] if len(sys.argv) > 1 else str(here / "cases.json")]
runpy.run_path(str(here.parent / "r-dates49" / "score.py"), run_name="__main__")
