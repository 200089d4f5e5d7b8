"""Score the h-future57 held-out set: PYTHONPATH=<worktree>/src python score.py [cases.json].

Each case is one dispatch (a headline, a blank line and its body where the kind says
headline) written for veille (CC0), with its publication day. A date case is right when the
first date mentioned whose text holds ``mention`` has the ISO first day ``value`` (the tense
is not scored: the day is what a reader sees). A ``published-time`` case reads the text as a
page's date line: right when the publication read is ``value`` (ISO minute, UTC).
Prints one line per case, a line per kind, then the total."""
import inspect
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from veille.enrich.dates import find_dates
from veille.extract.dates import published_and_updated


def judge(case: dict, with_language: bool) -> tuple[bool, object]:
    """(right, what was read) for one case."""
    if case["kind"].startswith("published-time"):
        published, _ = published_and_updated(case["text"])
        got = published.strftime("%Y-%m-%dT%H:%M") if published else None
        return got == case["value"], got
    mentions = find_dates(case["text"], date.fromisoformat(case["published"]),
                          **({"language": case["lang"]} if with_language else {}))
    holding = [d for d in mentions if case["mention"] in d.text]
    got = (holding[0].value, holding[0].tense) if holding else None
    return bool(holding) and holding[0].value == case["value"], got


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "cases.json"
    with_language = "language" in inspect.signature(find_dates).parameters
    right_by: Counter[str] = Counter()
    all_by: Counter[str] = Counter()
    for case in json.loads(path.read_text()):
        right, got = judge(case, with_language)
        right_by[case["kind"]] += right
        all_by[case["kind"]] += 1
        print(case["id"], case["lang"], "ok" if right else "WRONG", got, "want", case["value"])
    print("by kind:", ", ".join(f"{k} {right_by[k]}/{all_by[k]}" for k in sorted(all_by)))
    print(f"{sum(right_by.values())}/{sum(all_by.values())}")


main()
