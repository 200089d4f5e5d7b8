"""Score h-dates52b: PYTHONPATH=<worktree>/src python score.py [cases.json]. Prints ok/total.

Runs r-dates50's strict scorer (value AND tense) on these cases (no second copy)."""
import runpy
import sys
from pathlib import Path

here = Path(__file__).parent
wanted = Path(sys.argv[1]) if len(sys.argv) > 1 else here / "cases.json"
sys.argv[1:] = [str(wanted if wanted.exists() else here / wanted)]
runpy.run_path(str(here.parent / "r-dates50" / "score.py"), run_name="__main__")
