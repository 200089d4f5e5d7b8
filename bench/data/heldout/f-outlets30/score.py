"""Score a veille CLI on gold.json: python3 score.py VEILLE_CMD (VEILLE_DATA_DIR set to an
empty directory; run make.py first). Ingests inputs/, then checks outlet names, source:
queries, the source counts of two stories and a detached reprint's counts."""
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
cli = sys.argv[1]
gold = json.loads((HERE / "gold.json").read_text())


def run(*args: str) -> str:
    return subprocess.run([cli, *args], capture_output=True, text=True, check=True).stdout


for path in sorted((HERE / "inputs").iterdir()):
    extra = ["--source", "France Bleu Isère"] if path.name == "15-francebleu-isere.txt" else []
    run("ingest", *extra, str(path))
stories = json.loads(run("stories", "--json", "-n", "100"))
outlet = {i["source"]: i["outlet"] for s in stories for i in s["items"]}
right = total = 0
for source, names in gold["names"].items():
    total += 1
    ok = outlet.get(source) in names
    right += ok
    print("ok  " if ok else "MISS", "name", source, "->", outlet.get(source), "want", names)
for case in gold["queries"]:
    total += 1
    hits = json.loads(run("search", "--json", "-n", "100", case["q"]))["hits"]
    got = sorted({h["source"] for h in hits})
    ok = got == sorted(case["sources"])
    right += ok
    print("ok  " if ok else "MISS", "query", case["q"], "got", got, "want", case["sources"])
for case in gold["groups"]:
    total += 1
    story = next(s for s in stories if any(i["source"] == case["with"] for i in s["items"]))
    members = sorted({i["source"] for i in story["items"]})
    ok = members == sorted(case["outlets"]) and story["sources"] == case["sources"]
    right += ok
    print("ok  " if ok else "MISS", "group", members, "sources", story["sources"],
          "want", sorted(case["outlets"]), case["sources"])
want = gold["detached"]
total += 1
copy = next(i for s in stories for i in s["items"] if i["source"] == want["source"])
run("stories", "detach", copy["id"])
after = json.loads(run("stories", "--json", "-n", "100"))
lone = next(s for s in after if any(i["id"] == copy["id"] for i in s["items"]))
got = {k: lone[k] for k in ("reprints", "independent_sources", "sources")}
ok = copy["relation"] == "reprint" and got == {k: want[k] for k in got}
right += ok
print("ok  " if ok else "MISS", "detached", copy["relation"], got, "want", want)
print(f"right {right} / {total}")
