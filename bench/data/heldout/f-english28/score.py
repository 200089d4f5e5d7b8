"""Score a veille export of articles.jsonl against gold.json (PER/ORG/LOC).

Usage: ``python3 score.py export.jsonl [--verbose]``.

A gold name is found when an entity of the same label has a mention (or name) equal to
it, compared case- and accent-insensitively without a leading "the" or a trailing "'s";
a LOC is also found through the article's places (``mentioned_as``). An entity none of
whose mentions is a gold name of its label is a false positive (a gold name under the
wrong label counts once as a miss and once as a false positive). Prints P/R/F1 overall
and per label, then the errors.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path


def norm(text: str) -> str:
    """Case, accent, leading "the" and trailing "'s" folded away."""
    text = "".join(c for c in unicodedata.normalize("NFD", text)
                   if not unicodedata.combining(c)).casefold().strip()
    text = text.replace("\u2019", "'")
    if text.startswith("the "):
        text = text[4:]
    if text.endswith("'s"):
        text = text[:-2]
    return text


def main(argv: list[str]) -> None:
    """Print the scores of ``argv[0]`` (an export) against gold.json."""
    gold = json.loads((Path(__file__).parent / "gold.json").read_text("utf-8"))
    verbose = "--verbose" in argv
    tp = {"PER": 0, "ORG": 0, "LOC": 0}
    fn = dict.fromkeys(tp, 0)
    fp = dict.fromkeys(tp, 0)
    errors: list[str] = []
    for line in Path(argv[0]).read_text("utf-8").splitlines():
        record = json.loads(line)
        url = record.get("url") or record["content"].get("url")
        if url not in gold:
            continue
        enrichment = record.get("enrichment") or {}
        found: dict[str, set[str]] = {k: set() for k in tp}
        predicted: list[tuple[str, set[str], str]] = []
        for entity in enrichment.get("entities") or []:
            surfaces = {norm(m[2]) for m in entity["mentions"]} | {norm(entity["name"])}
            label = entity["label"] if entity["label"] in tp else "MISC"
            predicted.append((label, surfaces, entity["name"]))
            if label in found:
                found[label] |= surfaces
        for place in enrichment.get("places") or []:
            found["LOC"] |= {norm(place["mentioned_as"]), norm(place["name"])}
        wanted: dict[str, set[str]] = {k: set() for k in tp}
        for label in tp:
            for name in gold[url].get(label, []):
                options = {norm(o) for o in name.split("|")}
                wanted[label] |= options
                if options & found[label]:
                    tp[label] += 1
                else:
                    fn[label] += 1
                    errors.append(f"MISSED {label} {name!r} ({url[-2:]})")
        for label, surfaces, name in predicted:
            if label in wanted and surfaces & wanted[label]:
                continue
            if label == "LOC" and not any(surfaces & w for w in wanted.values()) \
                    and not verbose:
                pass
            fp.setdefault(label, 0)
            fp[label] += 1
            errors.append(f"FALSE {label} {name!r} {sorted(surfaces)} ({url[-2:]})")
    for label in [*tp, "all"]:
        t = sum(tp.values()) if label == "all" else tp[label]
        n = sum(fn.values()) if label == "all" else fn[label]
        p = sum(fp.values()) if label == "all" else fp.get(label, 0)
        precision = t / (t + p) if t + p else 0.0
        recall = t / (t + n) if t + n else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"{label:4} P {precision:.3f} R {recall:.3f} F1 {f1:.3f} "
              f"(tp {t}, fn {n}, fp {p})")
    print("\n".join(errors))


if __name__ == "__main__":
    main(sys.argv[1:])
