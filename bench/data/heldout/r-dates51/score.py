"""Score r-dates51 with r-dates50's strict scorer (the same checks: value and tense, and the
granularity when a case gives it; ``"none": true`` when no mention may hold the text):
PYTHONPATH=<worktree>/src python score.py [cases.json]. Prints one line per case, ok/total."""
import runpy
import sys
from pathlib import Path

here = Path(__file__).parent
wanted = Path(sys.argv[1]) if len(sys.argv) > 1 else here / "cases.json"
sys.argv[1:] = [str(wanted if wanted.exists() else here / wanted)]
runpy.run_path(str(here.parent / "r-dates50" / "score.py"), run_name="__main__")
