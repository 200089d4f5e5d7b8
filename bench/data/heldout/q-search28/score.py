"""Score a veille CLI on gold.jsonl: python3 score.py VEILLE_CMD (with VEILLE_DATA_DIR set)."""
import json
import subprocess
import sys
from pathlib import Path

cli = sys.argv[1]
right = 0
gold = [json.loads(line) for line in Path(__file__).with_name("gold.jsonl").open()]
for case in gold:
    out = subprocess.run([cli, "search", "--json", "-n", "100", case["query"]],
                         capture_output=True, text=True, check=True).stdout
    got = sorted(h["url"].rsplit("/", 1)[1] for h in json.loads(out)["hits"])
    ok = got == sorted(case["urls"])
    right += ok
    print("ok  " if ok else "MISS", case["query"], "got", got, "want", sorted(case["urls"]))
print(f"right {right} / {len(gold)}")
