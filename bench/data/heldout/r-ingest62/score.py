#!/usr/bin/env python3
"""Held-out check of r-ingest62 (issue 13, t-final61 #11: large inputs, slow and noisy).
Written for veille, CC0; every input is generated here from a fixed seed (invented
outlets, people and towns), nothing is read from the web.

Usage::

    python3 bench/data/heldout/r-ingest62/score.py /work/vbin-r-ingest62

Prints one line per check, then ``total: K/N``. See README.md for each check.
"""

from __future__ import annotations

import http.server
import json
import os
import pty
import random
import re
import resource
import select
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

SEED = 62
RSS_ITEMS = 1_500
ATOM_ITEMS = 1_200
FOLDER_FILES = 250
SERVED_ITEMS = 40
CPU_MS_PER_ITEM = 12.0
"""The CPU time (user + system, start-up included) an item may take at most."""

_TOWNS = {"es": ["Alcorza", "Villanueva del Trigo", "Puerto Salinar", "Castrojeriz Alto"],
          "de": ["Bergfelden", "Unterhausen", "Lindwasser", "Kaltenbrück"],
          "it": ["Valmora", "Castelrupe", "San Pietro al Lago", "Montelucio"],
          "en": ["Ashbury", "Kettlewick", "Marrow Bay", "Stonefold"],
          "pt": ["Vila Serrana", "Porto Azinhal", "Ribamar Novo", "Alcaçarias"]}
_SENTENCES = {
    "es": "El ayuntamiento de {t} aprobó {n} nuevas plazas de guardería, según explicó la "
          "alcaldesa Marta Quiroga Benítez, que defendió la medida ante el pleno.",
    "de": "Der Gemeinderat von {t} hat {n} neue Radwege beschlossen, teilte Bürgermeister "
          "Anselm Grübler nach der Sitzung am Abend mit.",
    "it": "Il consiglio comunale di {t} ha approvato {n} nuovi posti negli asili, ha detto "
          "la sindaca Ornella Vitruzzi al termine della seduta.",
    "en": "The council of {t} approved {n} new bus shelters on Tuesday evening, its leader "
          "Harriet Polkinghorne said after a long debate.",
    "pt": "A câmara de {t} aprovou {n} novas bolsas de estudo, disse o presidente Joaquim "
          "Teixeira Bravo no fim da reunião.",
}


def _para(rng: random.Random, lang: str, k: int) -> str:
    town = rng.choice(_TOWNS[lang])
    return " ".join(_SENTENCES[lang].format(t=town, n=rng.randint(2, 900) + k)
                    for _ in range(2)) + f" Ref. {k}-{rng.randint(1000, 9999)}."


def make_inputs(root: Path) -> None:
    """The set's inputs under ``root``: ``rss_es.xml`` (summaries only), ``atom_de.xml``
    (full content), ``folder/`` (text captures, it and en), ``served/atom_pt.xml``."""
    rng = random.Random(SEED)
    items = []
    for i in range(RSS_ITEMS):
        day = 1 + i % 28
        items.append(f"<item><title>Pleno de {rng.choice(_TOWNS['es'])}: acuerdo {i}</title>"
                     f"<link>https://noticias-meseta.example/pleno/{i}</link>"
                     f"<guid isPermaLink=\"false\">meseta-{i}</guid>"
                     f"<pubDate>Mon, {day:02d} Nov 2026 {i % 24:02d}:{i % 60:02d}:00 +0100"
                     f"</pubDate><description>{_para(rng, 'es', i)}</description></item>\n")
    (root / "rss_es.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        "<title>Noticias de la Meseta</title><link>https://noticias-meseta.example/</link>"
        "<language>es</language><description>plenos</description>\n"
        + "".join(items) + "</channel></rss>\n", encoding="utf-8")
    root.joinpath("atom_de.xml").write_text(_atom(rng, "de", ATOM_ITEMS, "Kreisbote Lindwasser",
                                                  "https://kreisbote-lw.example"),
                                            encoding="utf-8")
    folder = root / "folder"
    folder.mkdir()
    for i in range(FOLDER_FILES):
        lang = "it" if i % 2 else "en"
        body = "\n\n".join(_para(rng, lang, i * 10 + k) for k in range(3))
        head = ("Gazzetta di Valmora\n\nConsiglio: seduta numero" if lang == "it"
                else "The Stonefold Courier\n\nCouncil: sitting number")
        folder.joinpath(f"c{i:03d}.txt").write_text(
            f"{head} {i}\n\n{'Di' if lang == 'it' else 'By'} Redazione\n"
            f"{1 + i % 28:02d}/11/2026 {8 + i % 10}:{i % 60:02d}\n\n{body}\n",
            encoding="utf-8")
    served = root / "served"
    served.mkdir()
    served.joinpath("atom_pt.xml").write_text(
        _atom(rng, "pt", SERVED_ITEMS, "Jornal do Azinhal", "http://127.0.0.1/"),
        encoding="utf-8")


def _atom(rng: random.Random, lang: str, n: int, title: str, home: str) -> str:
    entries = []
    for i in range(n):
        text = "".join(f"<p>{_para(rng, lang, i * 3 + k)}</p>" for k in range(3))
        text = text.replace("&", "&amp;").replace("<", "&lt;")
        entries.append(f"<entry><title>{title}: {i}</title><id>urn:{lang}:{i}</id>"
                       f"<link href=\"{home}a/{i}\"/><updated>2026-11-{1 + i % 28:02d}T"
                       f"{i % 24:02d}:{i % 60:02d}:00Z</updated><author><name>Redaktion"
                       f"</name></author><content type=\"html\">{text}</content></entry>\n")
    return ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"'
            f' xml:lang="{lang}"><title>{title}</title><id>urn:{lang}</id>'
            f'<updated>2026-11-30T00:00:00Z</updated><link href="{home}"/>\n'
            + "".join(entries) + "</feed>\n")


def run(cli: str, data: Path, *args: str) -> tuple[int, dict, str, float]:
    """``CLI --data-dir DATA ingest --json ARGS``: exit status, summary, stderr, CPU s."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run([cli, "--data-dir", str(data), *args], capture_output=True,
                          text=True, env={**os.environ, "VEILLE_FETCH_ALLOW": "127.0.0.1"})
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    try:
        summary = json.loads(done.stdout)
    except ValueError:
        summary = {}
    return done.returncode, summary, done.stderr, cpu


def in_terminal(cli: str, data: Path, *args: str) -> tuple[str, dict[int, float]]:
    """What the CLI writes to a terminal (a pseudo-terminal: its progress bar is drawn),
    and when (seconds from the start) each count ``N/FOLDER_FILES`` was first drawn."""
    started = time.monotonic()
    drawn: dict[int, float] = {}
    leader, follower = pty.openpty()
    child = subprocess.Popen([cli, "--data-dir", str(data), *args], stdin=subprocess.DEVNULL,
                             stdout=follower, stderr=follower,
                             env={**os.environ, "COLUMNS": "100", "TERM": "xterm"})
    os.close(follower)
    out = bytearray()
    while True:
        ready, _, _ = select.select([leader], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
            for found in re.findall(rf"(\d+)/{FOLDER_FILES}\b".encode(), bytes(out[-4096:])):
                drawn.setdefault(int(found), time.monotonic() - started)
        elif child.poll() is not None:
            break
    child.wait()
    os.close(leader)
    return out.decode("utf-8", "replace"), drawn


def note_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip().startswith("note:")
            and "enrichment:" not in line]


def checks(cli: str, work: Path) -> list[tuple[str, bool, str]]:
    make_inputs(work)
    out: list[tuple[str, bool, str]] = []
    status, summary, err, cpu = run(cli, work / "d-rss", "ingest", "--json",
                                    str(work / "rss_es.xml"))
    new = summary.get("new")
    out.append(("rss-all-items-read", new == RSS_ITEMS, f"new {new} of {RSS_ITEMS}"))
    notes = note_lines(err)
    out.append(("rss-notes-one-per-kind", 1 <= len(notes) <= 3,
                f"{len(notes)} note lines"))
    counted = any(str(RSS_ITEMS) in line for line in notes)
    out.append(("rss-note-counted", counted, notes[0][:140] if notes else "no note"))
    numbers = [int(n) for line in notes for n in re.findall(r"#(\d+)", line)]
    out.append(("rss-note-input-order", bool(numbers) and numbers[0] == 1
                and numbers == sorted(numbers), f"items named {numbers[:6]}"))
    too_many = "more than" in err and "items" in err
    out.append(("rss-no-cap-message", status == 0 and not too_many, f"exit {status}"))
    per = 1000 * cpu / max(1, new or 0)
    out.append(("rss-cpu-per-item", bool(new) and per <= CPU_MS_PER_ITEM,
                f"{per:.1f} ms CPU an item (at most {CPU_MS_PER_ITEM})"))
    status, summary, err, cpu = run(cli, work / "d-atom", "ingest", "--json",
                                    str(work / "atom_de.xml"))
    new = summary.get("new")
    out.append(("atom-all-items-read", new == ATOM_ITEMS and status == 0,
                f"new {new} of {ATOM_ITEMS}, exit {status}"))
    per = 1000 * cpu / max(1, new or 0)
    out.append(("atom-cpu-per-item", bool(new) and per <= CPU_MS_PER_ITEM,
                f"{per:.1f} ms CPU an item (at most {CPU_MS_PER_ITEM})"))
    shown, drawn = in_terminal(cli, work / "d-folder", "ingest", str(work / "folder"))
    counts = sorted(drawn)
    steps = [b - a for a, b in zip([0, *counts], counts, strict=False)]
    out.append(("folder-progress-moves", len(counts) >= 8 and max(steps or [999]) <= 60,
                f"{len(counts)} counts drawn, largest step {max(steps or [0])}"))
    # an honest bar: four fifths of the files shown done only once most of the time is
    # spent (the base showed a batch read, not done, then sat: t-final61 #11)
    last = max(drawn.values(), default=0.0)
    most = min((t for n, t in drawn.items() if n >= 0.8 * FOLDER_FILES), default=0.0)
    out.append(("folder-progress-honest", last > 0 and most >= 0.5 * last,
                f"80 % drawn at {most:.1f} s of {last:.1f} s"))
    final = re.search(r"read (\d+), new (\d+)", shown)
    out.append(("folder-all-stored", bool(final) and final is not None
                and final.group(2) == str(FOLDER_FILES),
                final.group(0) if final else "no summary"))
    out.append(fetched_feed(cli, work))
    return out


def fetched_feed(cli: str, work: Path) -> tuple[str, bool, str]:
    """``veille fetch`` of a feed served on 127.0.0.1: read as a feed, its items stored."""
    root = work / "served"

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *a: object, **k: object) -> None:
            super().__init__(*a, directory=str(root), **k)  # type: ignore[arg-type]

        def log_message(self, *a: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/atom_pt.xml"
        done = subprocess.run([cli, "--data-dir", str(work / "d-fetch"), "fetch", url],
                              capture_output=True, text=True, timeout=300,
                              env={**os.environ, "VEILLE_FETCH_ALLOW": "127.0.0.1"})
        listed = subprocess.run([cli, "--data-dir", str(work / "d-fetch"), "stats"],
                                capture_output=True, text=True)
    finally:
        server.shutdown()
    found = re.search(r"articles\D{0,20}(\d+)", listed.stdout + listed.stderr)
    stored = int(found.group(1)) if found else -1
    return ("fetch-feed-url", done.returncode == 0 and stored == SERVED_ITEMS,
            f"exit {done.returncode}, {stored} stored; "
            f"{(done.stderr.strip().splitlines() or [''])[-1][:120]}")


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="heldout-r-ingest62-") as tmp:
        results = checks(argv[1], Path(tmp))
    for name, ok, detail in results:
        print(f"{'ok  ' if ok else 'FAIL'} {name}: {detail}")
    print(f"total: {sum(ok for _, ok, _ in results)}/{len(results)} "
          f"({time.monotonic() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
