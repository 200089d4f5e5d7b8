"""Score the h-future57 held-out set: PYTHONPATH=<worktree>/src python score.py [cases.json].

The cases share r-dates57's shape and scorer (a case is right when the first date whose text
holds ``mention`` has the ISO day ``value``): this runs that scorer on this folder's cases.
Prints one line per case, a line per kind, then the total."""
import runpy
import sys
from pathlib import Path

here = Path(__file__).parent
wanted = Path(sys.argv[1]) if len(sys.argv) > 1 else here / "cases.json"
sys.argv[1:] = [str(wanted if wanted.exists() else here / wanted)]
runpy.run_path(str(here.parent / "r-dates57" / "score.py"), run_name="__main__")
