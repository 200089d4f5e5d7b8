"""Score h-dates51: PYTHONPATH=<worktree>/src python score.py [cases.json]. Prints ok/total.

Runs r-dates50's strict scorer (value AND tense, plus `until` where given) on these cases."""
import runpy
import sys
from pathlib import Path

here = Path(__file__).parent
sys.argv = [sys.argv[0], sys.argv[1] if len(sys.argv) > 1 else str(here / "cases.json")]
runpy.run_path(str(here.parent / "r-dates50" / "score.py"), run_name="__main__")
