"""Run a held-out set's captures through a `veille` command, one store per case, and read
back what it stored: the loop the capture scorers share (r-mast51, r-extract52, h-head52).

A set is a folder holding ``gold.jsonl`` (one case a line: ``file`` under ``cases/``, and
``given``, a ``--source`` to pass, when the case has one) and ``cases/``. Each case is
copied into its own data directory under ``work`` and ingested with ``cli``, in a fixed
environment (UTC, C.UTF-8); its store is read back with ``veille export --format jsonl``.
With ``captured`` (a POSIX time, seconds), each copy's file time, the capture time veille
reads a saved file by, is set to it first (year-less dates are read against it).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

ENV = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TZ": "UTC"}


def exported_cases(here: Path, cli: str, work: Path, captured: float | None = None, *,
                   enrich: bool = False
                   ) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """``(case, rows)`` for each case of ``here/gold.jsonl``: the gold line and the
    records `veille export` gives of its store (empty when nothing was stored). ``work`` is
    emptied first. ``enrich``: run `veille enrich` before the export (entities, places,
    dates mentioned, quotes; h-dates62)."""
    shutil.rmtree(work, ignore_errors=True)
    for n, line in enumerate((here / "gold.jsonl").read_text("utf-8").splitlines()):
        if not line.strip():
            continue
        case = json.loads(line)
        data = work / f"d{n}"
        data.mkdir(parents=True)
        path = work / case["file"]
        shutil.copy(here / "cases" / case["file"], path)
        if captured is not None:
            os.utime(path, (captured, captured))
        run = [cli, "--data-dir", str(data)]
        given = ["--source", case["given"]] if case.get("given") else []
        subprocess.run([*run, "ingest", *given, str(path)], capture_output=True, env=ENV)
        if enrich:
            subprocess.run([*run, "enrich"], capture_output=True, env=ENV)
        out = subprocess.run([*run, "export", "--format", "jsonl"], capture_output=True,
                             text=True, env=ENV).stdout
        yield case, [json.loads(x) for x in out.splitlines() if x.startswith("{")]


def print_checks(checks: Iterable[tuple[str, str, Any, Any]]) -> tuple[int, int]:
    """Print one line per check ``(file, name, wanted, found)``: "ok   FILE NAME" when
    ``found == wanted``, else "MISS FILE NAME: want … got …"; then "checks R / N".
    Returns ``(right, total)``."""
    right = total = 0
    for file, name, want, have in checks:
        total += 1
        if want == have:
            right += 1
            print(f"ok   {file} {name}")
        else:
            print(f"MISS {file} {name}: want {want!r} got {have!r}")
    print(f"checks {right} / {total}")
    return right, total


Check = tuple[str, str, Any, Any]


def field_checks(case: dict[str, Any], found: dict[str, Any], keys: Iterable[str]
                 ) -> list[Check]:
    """The checks ``(file, key, wanted, found)`` of each of ``keys`` the gold line
    ``case`` names, against ``found`` (a record's ``content``, or the record)."""
    return [(case["file"], key, case[key], found.get(key)) for key in keys if key in case]


def score_set(here: Path, cli: str, work: Path,
              checks_of: Callable[[dict[str, Any], list[dict[str, Any]]],
                                  list[Check]], *,
              captured: float | None = None, enrich: bool = False) -> int:
    """Run the set at ``here`` (:func:`exported_cases`, with its ``captured`` and
    ``enrich``), print each check ``checks_of`` gives of a case and its exported rows
    (:func:`print_checks`), then "total: R/N". Returns 0, a score script's exit status."""
    checks: list[Check] = []
    for case, rows in exported_cases(here, cli, work, captured, enrich=enrich):
        checks.extend(checks_of(case, rows))
    right, total = print_checks(checks)
    print(f"total: {right}/{total}")
    return 0


def score_cases(here: Path, argv: list[str], default_work: str,
                checks_of: Callable[[dict[str, Any], list[dict[str, Any]]], Iterable[Check]],
                *, captured: float | None = None, enrich: bool = False) -> int:
    """A set's whole score script: ``argv`` is ``[VEILLE_CLI, WORK_DIR?]`` (``default_work``
    when no folder is given); as :func:`score_set`. Returns the exit status, 0."""
    work = Path(argv[1] if len(argv) > 1 else default_work)
    return score_set(here, argv[0], work, lambda case, rows: list(checks_of(case, rows)),
                     captured=captured, enrich=enrich)
