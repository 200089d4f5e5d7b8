"""Score the h-gaz35 held-out set: ingest each case into a fresh store through the CLI,
enrich, and check the place entities. Prints "passed/total". Usage:
    python score.py [CLI]   (CLI defaults to "veille"; e.g. /work/vbin-h-gaz35)"""
import json
import pathlib
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).parent
CLI = sys.argv[1] if len(sys.argv) > 1 else "veille"


def locs(name: str) -> list[dict]:
    with tempfile.TemporaryDirectory() as store:
        run = [CLI, "--data-dir", store]
        subprocess.run([*run, "ingest", str(HERE / name)], check=True, capture_output=True)
        subprocess.run([*run, "enrich"], check=True, capture_output=True)
        ids = subprocess.run([*run, "latest", "--json"], check=True, capture_output=True,
                             text=True).stdout.split("\n")
        art = json.loads(ids[0])["id"]
        shown = json.loads(subprocess.run([*run, "show", art, "--json"], check=True,
                                          capture_output=True, text=True).stdout)
        return [e for e in shown["enrichment"]["entities"] if e["label"] == "LOC"]


def by_id(entities: list[dict], pid: str) -> dict | None:
    return next((e for e in entities if e["id"] == pid), None)


def h1(e: list[dict]) -> bool:  # Portland named Portland; Falmouth not merged into it
    p = by_id(e, "geonames:4975802")
    return bool(p) and p["name"] == "Portland" and all(m[2] != "Falmouth" for m in p["mentions"])


def h5(e: list[dict]) -> bool:  # Falmouth, Maine alone is not Portland
    p = by_id(e, "geonames:4975802")
    return p is None


CASES = {
    "h1-portland-falmouth.txt": h1,
    "h2-valencia-alicante.txt": lambda e: bool(by_id(e, "geonames:2509954")),
    "h3-valencia-carabobo.txt": lambda e: bool(by_id(e, "geonames:3625549")),
    "h4-valencia-cet.txt": lambda e: bool(by_id(e, "geonames:2509954")),
    "h5-falmouth-alone.txt": h5,
}

passed = 0
for name, check in CASES.items():
    entities = locs(name)
    ok = check(entities)
    passed += ok
    print(("PASS " if ok else "FAIL ") + name, [(x["id"], x["name"]) for x in entities])
print(f"{passed}/{len(CASES)}")
