"""Score nickname-in-name cases: usage `python3 score.py VEILLE_CLI`. Prints FAULTS (lower is better)."""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def run(cli: str, data: str, *args: str) -> str:
    return subprocess.run([cli, "--data-dir", data, *args], capture_output=True, text=True,
                          check=True).stdout


def main() -> None:
    cli = sys.argv[1]
    gold = json.loads((HERE / "gold.json").read_text())
    faults = 0
    with tempfile.TemporaryDirectory() as data:
        for name in gold:
            run(cli, data, "ingest", str(HERE / name), "--source", name.replace(".txt", ".example"))
        run(cli, data, "enrich")
        quotes = [json.loads(line) for line in run(cli, data, "quotes", "-n", "100", "--json").splitlines()
                  if line.strip()]
        for name, want in gold.items():
            people = {json.loads(line)["name"] for line in
                      run(cli, data, "entities", "--name", want["surname"], "--json").splitlines()
                      if line.strip()}
            entity_ok = want["person"] in people
            speakers = {str(q.get("speaker") or q.get("speaker_name")) for q in quotes}
            speaker_ok = any(want["surname"] in s and want["given"] in s for s in speakers)
            bad_given = any(s == want["given"] or s == want["surname"] for s in speakers)
            f = (not entity_ok) + (not speaker_ok) + bad_given
            faults += f
            print(f"{name}: entity {entity_ok} ({sorted(people)}) speaker {speaker_ok} "
                  f"broken {bad_given}")
        print("speakers:", sorted({str(q.get('speaker') or q.get('speaker_name')) for q in quotes}))
    print(f"FAULTS {faults} (of {3 * len(gold)})")


main()
