"""Helpers shared by the foundation tests: made-up captures, and the real CLI as a subprocess.

The captures are generated from a template with varied words, so each index gives a distinct
article whose expected title and paragraphs are known exactly.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

VEILLE = Path(sys.executable).parent / "veille"

_SUBJECTS = ["Le conseil municipal", "La préfecture", "Le syndicat des transports",
             "L'association des riverains", "Le ministère de la culture", "La région",
             "Le tribunal administratif", "L'université", "La chambre de commerce",
             "Le comité olympique", "La fédération de pêche", "L'hôpital départemental"]
_VERBS = ["a annoncé", "a confirmé", "a présenté", "a voté", "a reporté", "a détaillé",
          "a défendu", "a contesté", "a précisé", "a dévoilé"]
_OBJECTS = ["un plan de rénovation des écoles", "la fermeture provisoire du pont",
            "un budget en hausse pour les bibliothèques", "une enquête sur la qualité de l'eau",
            "le projet de ligne de tramway", "la création d'une réserve naturelle",
            "un calendrier de travaux sur trois ans", "la réouverture du musée",
            "une aide exceptionnelle aux agriculteurs", "le réaménagement du port"]
_PLACES = ["à Lyon", "à Rennes", "à Lille", "à Nantes", "à Grenoble", "à Dijon", "à Brest",
           "à Metz", "à Nîmes", "à Tours", "à Caen", "à Pau"]
_TAILS = ["selon un communiqué publié mardi soir", "devant une salle comble",
          "après plusieurs mois de négociations", "sans donner de date précise",
          "malgré les réserves de l'opposition", "lors d'une conférence de presse",
          "au terme d'un long débat", "en présence de nombreux élus"]


def _sentence(rng: random.Random, n: int) -> str:
    return (f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} "
            f"{rng.choice(_PLACES)}, {rng.choice(_TAILS)}, pour le dossier numéro {n}.")


@dataclass(frozen=True)
class Capture:
    """A made-up text capture and the article it must give."""

    title: str
    paragraphs: list[str]
    text: str

    def bytes(self, encoding: str = "utf-8") -> bytes:
        return self.text.encode(encoding)


def make_capture(i: int, *, paragraphs: int = 3, chrome: bool = True) -> Capture:
    """Capture number ``i``: chrome on top, a headline, a few paragraphs, chrome below."""
    rng = random.Random(i)
    title = f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} (n°{i})"
    body = [" ".join(_sentence(rng, i * 10 + k * 3 + j) for j in range(2 + k % 2))
            for k in range(paragraphs)]
    lines = []
    if chrome:
        lines += ["Rechercher", "Rechercher", "Dernières Infos", ""]
    lines += [title, ""]
    for paragraph in body:
        lines += [paragraph, ""]
    if chrome:
        lines += ["Partager sur Facebook", "Partager sur X", "© 2024 Le Quotidien"]
    return Capture(title=title, paragraphs=body, text="\n".join(lines) + "\n")


def run_veille(args: list[str], *, data_dir: Path | None = None, env: dict[str, str] | None = None,
               input: bytes | None = None, timeout: float = 600,
               cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run the installed ``veille`` command; returns the finished process (bytes out/err).

    ``timeout`` (seconds) only stops a hung command: a liveness bound, not a speed goal (a
    ``reenrich`` that loads spaCy took over 120 s on a machine busy with other jobs)."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("VEILLE_")}
    full_env.update(env or {})
    argv = [str(VEILLE)] + (["--data-dir", str(data_dir)] if data_dir else []) + args
    return subprocess.run(argv, input=input if input is not None else b"", capture_output=True,
                          env=full_env, timeout=timeout, cwd=cwd, check=False)


def out(process: subprocess.CompletedProcess[bytes]) -> str:
    return process.stdout.decode("utf-8")


def err(process: subprocess.CompletedProcess[bytes]) -> str:
    return process.stderr.decode("utf-8")


HTML_TITLE = "Le port de Brest rouvre ses quais"
HTML_PARAGRAPHS = [
    "Le port de Brest a rouvert mardi ses quais principaux après huit mois de travaux de "
    "consolidation, a annoncé la chambre de commerce lors d'une conférence de presse.",
    "Les premiers navires de commerce sont attendus dès la fin de la semaine, et les pêcheurs "
    "retrouveront leurs emplacements habituels le mois prochain, selon le calendrier publié "
    "par la direction.",
    "Le chantier, d'un coût de douze millions d'euros, a été financé en grande partie par la "
    "région et par l'État, qui ont salué une réalisation livrée dans les temps.",
]
HTML_PAGE = (
    '<!DOCTYPE html><html lang="fr"><head><title>' + HTML_TITLE + " - Le Quotidien</title>"
    "</head><body><nav><a href='/'>Accueil</a> <a href='/monde'>Monde</a></nav><article>"
    "<h1>" + HTML_TITLE + "</h1>" + "".join(f"<p>{p}</p>" for p in HTML_PARAGRAPHS)
    + "</article><footer>© 2024 Le Quotidien</footer></body></html>"
)


def json_record(i: int, **extra: object) -> dict[str, object]:
    """A JSON Lines article record, distinct for each ``i``."""
    capture = make_capture(i + 100_000, chrome=False)
    return {"title": capture.title, "text": "\n\n".join(capture.paragraphs),
            "url": f"https://exemple.fr/articles/{i}", **extra}


def snapshot(db: Path) -> dict[str, set[tuple[object, ...]]]:
    """Every row of the tables that hold what was ingested, read through a read-only link."""
    import sqlite3

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return {table: set(conn.execute(f"SELECT * FROM {table}").fetchall())
                for table in ("articles", "raw_inputs", "duplicates")}
    finally:
        conn.close()


def assert_kept(before: dict[str, set[tuple[object, ...]]],
                after: dict[str, set[tuple[object, ...]]]) -> None:
    """Nothing stored before is lost or changed after."""
    for table, rows in before.items():
        missing = rows - after[table]
        assert not missing, f"{table}: {len(missing)} row(s) lost or changed"


def exported_rows(page: Path, data: Path) -> list[dict[str, Any]]:
    """The records of a real store after `veille ingest PAGE` into ``data`` (the CLI, run
    in process; asserts it exits 0), read back with `veille export --format jsonl`."""
    from click.testing import CliRunner

    from veille.cli.main import cli

    runner = CliRunner()
    ran = runner.invoke(cli, ["--data-dir", str(data), "ingest", str(page)])
    assert ran.exit_code == 0, ran.output
    out = runner.invoke(cli, ["--data-dir", str(data), "export", "--format", "jsonl"]).output
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


def ingested_records(tmp_path: Path, text: str) -> list[dict[str, Any]]:
    """Ingest the capture ``text`` (saved as ``tmp_path/page.txt``) with the real CLI into a
    store under ``tmp_path/data`` (in process: :func:`exported_rows`), then read it back
    with ``veille export --format jsonl``: the exported records. Raises AssertionError when
    the ingest fails."""
    path = tmp_path / "page.txt"
    path.write_text(text, "utf-8")
    return exported_rows(path, tmp_path / "data")
