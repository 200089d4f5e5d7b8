"""Score veille's dates mentioned against the f-dates29 gold: the shared scorer
`bench/lib/heldout_dates.py` (its docstring gives the rules).

usage: python3 score_ho.py cases.jsonl export.jsonl"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))
from lib.heldout_dates import main  # noqa: E402

raise SystemExit(main(sys.argv, range_ends=False))
