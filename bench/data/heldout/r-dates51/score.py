"""Score r-dates51: PYTHONPATH=<worktree>/src python score.py [cases.json]. Prints ok/total.

Strict: the first mention whose text holds ``mention`` must have the expected ``value`` AND
``tense`` (an empty tense is wrong), and, when the case gives them, the expected
``granularity``, ``until`` (a range's last day) and a ``sentence`` holding the given text.
A case with ``"none": true`` is right when no mention holds ``mention`` (not a date)."""
import inspect
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from veille.enrich.dates import find_dates

OPTIONAL = ("granularity", "until")


def judge(case: dict, takes_language: bool) -> tuple[bool, object, object]:
    """(right, got, wanted) for one case."""
    mentions = find_dates(case["text"], date.fromisoformat(case["published"]),
                          **({"language": case["lang"]} if takes_language else {}))
    holding = [d for d in mentions if case["mention"] in d.text]
    if case.get("none"):
        return not holding, [d.text for d in holding], []
    wanted = (case["value"], case["tense"], *(case.get(k) for k in OPTIONAL),
              case.get("sentence"))
    if not holding:
        return False, None, wanted
    d = holding[0]
    got = (d.value, d.tense, d.granularity, d.until, d.sentence)
    right = (d.value, d.tense) == (case["value"], case["tense"]) and all(
        k not in case or getattr(d, k) == case[k] for k in OPTIONAL) and \
        case.get("sentence", "") in d.sentence
    return right, got, wanted


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "cases.json"
    with_language = "language" in inspect.signature(find_dates).parameters
    right_by: Counter[str] = Counter()
    all_by: Counter[str] = Counter()
    for case in json.loads(path.read_text()):
        right, got, wanted = judge(case, with_language)
        right_by[case["kind"]] += right
        all_by[case["kind"]] += 1
        print(case["id"], case["lang"], "ok" if right else "WRONG", got, "want", wanted)
    print("by kind:", ", ".join(f"{k} {right_by[k]}/{all_by[k]}" for k in sorted(all_by)))
    print(f"{sum(right_by.values())}/{sum(all_by.values())}")


main()
