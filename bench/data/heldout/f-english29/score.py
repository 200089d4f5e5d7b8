"""Score a veille export of this set's articles.jsonl against this set's gold.json with
f-english28's scorer (``../f-english28/score.py``: its docstring gives the rules).

Usage: ``python3 score.py export.jsonl [--verbose]``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).parent


def main(argv: list[str]) -> None:
    """Run f-english28's scorer with this directory's gold.json."""
    spec = importlib.util.spec_from_file_location(
        "f_english28_score", HERE.parent / "f-english28" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.__file__ = str(HERE / "score.py")  # gold.json is read beside __file__
    module.main(argv)


if __name__ == "__main__":
    main(sys.argv[1:])
