"""Score veille on the h-extract59 held-out set (issue 14): text captures with a fault of the
kinds t-final59 found (items 1, 5, 8), written anew in eight languages. Each case is ingested
alone into its own data directory (``--source`` given) and read back with ``veille export``.

Checks per case (those its gold line names): ``published`` (the first 16 characters of the
stored local time, "YYYY-MM-DDTHH:MM"), ``authors``, ``body_has`` (a phrase a paragraph must
hold: the article's text, or a real sentence that opens with a "read also" cue's words),
``body_lacks`` (a "read also" teaser's headline no paragraph may hold).

Three more cases are made here, not stored in ``cases/``: word salad (a few words drawn at
random, no prose), 2 MB in French with a headline line, 300 KB in English with none, and
60 KB in Spanish. Each must be refused or stored without entities or places after ``veille
enrich`` (``salad_clean``), and a control made of varied sentences must still be enriched (a person found).

Prints one line per check ("ok" or "MISS"), then "checks R / N" and "total: R/N".

Usage: python score.py VEILLE_CLI [WORK_DIR]
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.exported_cases import ENV, exported_cases, print_checks  # noqa: E402

SALADS = {
    "salad_fr.txt": ("Rapport énorme\n", 2_000_000,
                     "le la les des un une conseil Nantes Rennes budget vote maire préfet "
                     "Bretagne usine emploi port de du et".split()),
    "salad_en.txt": ("", 300_000,
                     "the a of council Leeds York budget vote mayor union strike port "
                     "Yorkshire and to in".split()),
    "salad_es.txt": ("Informe\n", 60_000,
                     "el la los de del un una Sevilla Cádiz alcalde huelga puerto "
                     "Andalucía y en".split()),
}
CONTROL = [
    "El Ayuntamiento de Huelva aprobó el lunes un plan para renovar el paseo de la Ría.",
    "Las obras costarán cuatro millones de euros y durarán un año y medio.",
    "La alcaldesa, Marta Barroso, defendió que el proyecto atraerá turistas en invierno.",
    "Los vecinos del barrio obrero temen que suban los alquileres cuando termine la obra.",
    "La oposición pidió un estudio de tráfico antes de cerrar el carril de la avenida.",
    "El puerto cederá parte de sus terrenos a cambio de un nuevo acceso ferroviario.",
]


def _salad(words: list[str], size: int, seed: int) -> str:
    rng = random.Random(seed)
    lines, total = [], 0
    while total < size:
        line = " ".join(rng.choice(words) for _ in range(rng.randint(12, 30))) + "."
        lines.append(line)
        total += len(line) + 1
    return "\n".join(lines) + "\n"


def _stored(cli: str, data: Path, path: Path, source: str) -> list[dict]:
    run = [cli, "--data-dir", str(data)]
    subprocess.run([*run, "ingest", "--source", source, str(path)], capture_output=True, env=ENV)
    subprocess.run([*run, "enrich"], capture_output=True, env=ENV)
    out = subprocess.run([*run, "export", "--format", "jsonl"], capture_output=True,
                         text=True, env=ENV).stdout
    return [json.loads(x) for x in out.splitlines() if x.startswith("{")]


def _salad_cases(cli: str, work: Path) -> list[tuple[str, str, object, object]]:
    checks: list[tuple[str, str, object, object]] = []
    for n, (name, (head, size, words)) in enumerate(SALADS.items()):
        path = work / name
        path.write_text(head + _salad(words, size, n), "utf-8")
        rows = _stored(cli, work / f"s{n}", path, "example.org")
        enr = [(r.get("enrichment") or {}) for r in rows]
        clean = all(not e.get("entities") and not e.get("places") for e in enr)
        checks.append((name, "salad_clean", True, clean))
    path = work / "control_es.txt"
    path.write_text("Huelva renovará el paseo de la Ría\n\n" + "\n\n".join(CONTROL) + "\n", "utf-8")
    rows = _stored(cli, work / "control", path, "example.org")
    ents = [
        x.get("name") for r in rows for x in ((r.get("enrichment") or {}).get("entities") or [])]
    checks.append(("control_es.txt", "control_enriched", True, "Marta Barroso" in ents))
    return checks


def main(argv: list[str]) -> int:
    cli = argv[0]
    work = Path(argv[1] if len(argv) > 1 else "/tmp/h-extract59/heldout")
    checks: list[tuple[str, str, object, object]] = []
    for case, rows in exported_cases(HERE, cli, work):
        row = rows[0] if rows else {}
        content = row.get("content") or {}
        paragraphs = content.get("paragraphs") or []
        body = "\n".join(paragraphs)
        file = case["file"]
        if "published" in case:
            checks.append((file, "published", case["published"], (content.get("published") or "")[:16]))
        if "authors" in case:
            checks.append((file, "authors", case["authors"], content.get("authors") or []))
        if "body_has" in case:
            checks.append((file, "body_has", True, case["body_has"] in body))
        if "body_lacks" in case:
            checks.append((file, "body_lacks", True, bool(row) and case["body_lacks"] not in body))
    checks += _salad_cases(cli, work)
    right, total = print_checks(checks)
    print(f"total: {right}/{total}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
