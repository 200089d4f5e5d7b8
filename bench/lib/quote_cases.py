"""Check quotes and entities of held-out captures by case: the harness r-quotes58–61 and
h-speakers61 share (CC0 sets written for veille).

A set is a folder of captures ``<case>.txt`` and a ``CASES`` table: case name -> what its
article must show. Keys (each optional, checked in this order): ``whole`` (piece -> the
speaker of a quote holding it, exactly), ``absent`` (pieces no quote holds), ``once``
(pieces found in exactly one quote), ``quotes`` (piece -> accepted speakers of the first
quote holding it), ``group`` (piece -> a folded noun its speaker holds), ``entity`` (an
entity has one of these names, ids or labels), ``person`` (an entity of kind PER has this
name), ``notperson`` (no PER entity holds this name), ``notentity`` (no entity has this
name), ``outlet`` (piece -> a folded outlet name neither its speaker nor any person holds),
``clean`` (no speaker holds a comma), ``not`` (no speaker has this name), ``kinds`` (check
label -> ``(context, name, label)``: the entity whose mention covers ``name`` inside the
first ``context`` of the text has this label; r-quotes56, moved here by h-speakers65). Names
are compared case- and accent-folded.

:func:`score_cases` ingests all captures into one fresh data directory, enriches, reads each
article with ``show --json`` and prints ``case<TAB>check<TAB>ok|FAIL``, then ``total K/N``.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
import unicodedata
from collections.abc import Mapping
from pathlib import Path
from typing import Any


def fold(text: str) -> str:
    """``text`` case-folded, accents (combining marks) dropped."""
    return "".join(c for c in unicodedata.normalize("NFD", text.casefold())
                   if not unicodedata.combining(c))


def run_cli(cmd: str, data: str, *args: str) -> str:
    """``cmd args`` on the data directory ``data``: its standard output (exit code ignored)."""
    env = dict(os.environ, VEILLE_DATA_DIR=data)
    done = subprocess.run([cmd, *args], env=env, capture_output=True, text=True, check=False)
    return done.stdout


def label_at(record: Mapping[str, Any], context: str, name: str) -> str:
    """The label of the entity whose mention covers ``name`` inside the first ``context``
    of the text the enrichment read (title, blank line, paragraphs); "" when none does."""
    content = record.get("content") or {}
    text = "\n\n".join(p for p in [content.get("title") or "",
                                   *(content.get("paragraphs") or [])] if p)
    at = text.find(context)
    if at < 0:
        return ""
    start = at + context.index(name)
    for entity in (record.get("enrichment") or {}).get("entities") or []:
        for mention in entity.get("mentions") or []:
            if mention[0] <= start < mention[1]:
                return str(entity.get("label") or "")
    return ""


def case_checks(want: Mapping[str, Any], record: Mapping[str, Any]) -> dict[str, bool]:
    """Check name -> passed, for one case's ``want`` against its ``show --json`` record."""
    enrichment = record.get("enrichment") or {}
    quotes = enrichment.get("quotes") or []
    entities = enrichment.get("entities") or []
    checks: dict[str, bool] = {}

    def said(piece: str) -> list[str]:
        return [str(q.get("speaker") or "") for q in quotes if piece in str(q.get("text") or "")]

    for piece, who in (want.get("whole") or {}).items():
        got = said(piece)
        checks[f"words «{piece}» quoted, {who}'s"] = bool(got) and got[0] == who
    for piece in want.get("absent") or []:
        checks[f"no quote «{piece}»"] = bool(record) and not said(piece)
    for piece in want.get("once") or []:
        checks[f"one quote «{piece}»"] = len(said(piece)) == 1
    for piece, who in (want.get("quotes") or {}).items():
        got = said(piece)
        checks[f"speaker «{piece}» = {who[0]}"] = bool(got) and got[0] in who
    for piece, noun in (want.get("group") or {}).items():
        got = said(piece)
        checks[f"speaker «{piece}» holds {noun}"] = bool(got) and noun in fold(got[0])
    names = {fold(str(e.get(k) or "")) for e in entities for k in ("name", "id", "label")}
    if want.get("entity"):
        checks[f"entity {want['entity'][0]}"] = any(fold(n) in names for n in want["entity"])
    for name in want.get("person") or []:
        checks[f"person {name}"] = any(
            fold(str(e.get("name") or "")) == fold(name) and e.get("label") == "PER"
            for e in entities)
    for name in want.get("notperson") or []:
        checks[f"not a person: {name}"] = bool(record) and not any(
            fold(name) in fold(str(e.get("name") or "")) and e.get("label") == "PER"
            for e in entities)
    for name in want.get("notentity") or []:
        checks[f"no entity {name}"] = bool(record) and all(
            fold(str(e.get("name") or "")) != fold(name) for e in entities)
    for piece, outlet in (want.get("outlet") or {}).items():
        got = said(piece)
        checks[f"speaker «{piece}» is not {outlet}"] = bool(got) and all(
            outlet not in fold(g) for g in got)
        checks[f"no person {outlet}"] = bool(record) and not any(
            outlet in fold(str(e.get("name") or "")) and e.get("label") == "PER"
            for e in entities)
    if want.get("clean"):
        checks["no speaker with a comma"] = bool(quotes) and all(
            "," not in str(q.get("speaker") or "") for q in quotes)
    for who in want.get("not") or []:
        checks[f"no speaker {who}"] = bool(record) and all(
            fold(str(q.get("speaker") or "")) != fold(who) for q in quotes)
    for label, (context, word, kind) in (want.get("kinds") or {}).items():
        checks[f"kind {label}"] = bool(record) and label_at(record, context, word) == kind
    return checks


def score_cases(here: Path, cmd: str, cases: Mapping[str, Mapping[str, Any]]) -> tuple[int, int]:
    """Ingest ``here/<case>.txt`` for every case, enrich, print each check; ``(K, N)``."""
    total = passed = 0
    with tempfile.TemporaryDirectory(prefix=f"{here.name}-") as tmp:
        data = os.path.join(tmp, "data")
        run_cli(cmd, data, "ingest", *(str(here / f"{name}.txt") for name in cases))
        run_cli(cmd, data, "enrich")
        ids: dict[str, str] = {}
        for line in run_cli(cmd, data, "export").splitlines():
            try:
                record = json.loads(line)
            except ValueError:
                continue
            raw = str((record.get("raw") or {}).get("origin") or "")
            ids[Path(raw).stem] = str(record.get("id"))
        for name, want in cases.items():
            shown = run_cli(cmd, data, "show", "--json", ids[name]) if name in ids else ""
            try:
                record = json.loads(shown)
            except ValueError:
                record = {}
            for check, ok in case_checks(want, record).items():
                total += 1
                passed += ok
                print(f"{name}\t{check}\t{'ok' if ok else 'FAIL'}")
    print(f"total {passed}/{total}")
    return passed, total
