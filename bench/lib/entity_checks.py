"""The scorer and builder of the held-out entity and speaker sets (r-ner35, r-who36, h-kinds37,
and later ones): one copy, which each set's ``score.py`` and ``build.py`` call.

A set is ``articles.jsonl`` (one article a line, with its ``url``) and ``gold.json`` (a list of
``{"url": ..., "checks": [...]}``). A check is a list whose first item names its kind:

- ``["ent", surface, labels]``: every entity mention whose text is exactly ``surface`` has one of
  ``labels``; ``"NONE"`` in ``labels`` means "no entity at all" is also right.
- ``["noent", words]``: no entity mention's text contains ``words`` (a span glued past a name).
- ``["spk", snippet, speakers]``: the quote holding ``snippet`` has one of ``speakers``
  (``None`` = no speaker), compared accent- and case-folded.
- ``["qline", speaker, shown]``: a line of ``veille quotes`` names ``shown`` for that speaker.
- ``["alias", query, name]``: ``veille entities --name query`` lists ``name``.
- ``["notname", query, name]``: it does not list ``name`` (a match inside a word), unless its
  output says it fell back to a substring match.
- ``["sameid", a, b]``: the mentions ``a`` and ``b`` resolve to one and the same entity id.
- ``["notid", surface, id]``: the mention ``surface`` does not resolve to ``id``.
- ``["spkent", snippet, surface]``: the quote holding ``snippet`` has a speaker id, that of the
  mention ``surface``.

A false answer is a wrong one that is not a miss (a quote not found is ``MISSED``).
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

NEEDS_QUOTES = {"qline"}
NEEDS_NAMES = {"alias", "notname"}


def fold(text: str | None) -> str:
    """``text`` lower-cased, without accents or punctuation, spaces collapsed."""
    s = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode().lower()
    return re.sub(r"\s+", " ", re.sub(r"[^a-z0-9]", " ", s)).strip()


def peer_judge(here: Path, name: str = "h-t49b") -> Any:
    """The ``judge`` of the held-out set ``name`` beside the set at ``here`` (its
    ``score.py`` loaded as a module, not run): the place checks of h-t49b, which later
    sets reuse (one copy)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(f"{name}_score".replace("-", "_"),
                                                  here.parent / name / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.judge


def write_set(here: Path, articles: list[dict[str, Any]], checks: list[list[Any]]) -> None:
    """Write ``articles.jsonl`` and ``gold.json`` in ``here``; ``checks[i]`` are the checks of
    ``articles[i]`` (which must have a ``url``)."""
    (here / "articles.jsonl").write_text(
        "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    gold = [{"url": a["url"], "checks": c} for a, c in zip(articles, checks, strict=True)]
    (here / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1),
                                    encoding="utf-8")


def write_cases(here: Path, cases: list[dict[str, Any]]) -> None:
    """``write_set`` for cases that are article fields plus a ``checks`` key."""
    articles = [{k: v for k, v in c.items() if k != "checks"} for c in cases]
    write_set(here, articles, [list(c["checks"]) for c in cases])


def _answers(cli: str, here: Path, gold: list[dict[str, Any]]) -> tuple[dict, list[str], dict]:
    """Ingest and enrich the set in a temporary store; return its exported records by URL,
    the lines of ``veille quotes`` and the output of ``entities --name`` per asked name."""
    kinds = {c[0] for g in gold for c in g["checks"]}
    names = [c[1] for g in gold for c in g["checks"] if c[0] in NEEDS_NAMES]
    with tempfile.TemporaryDirectory() as d:
        def run(*args: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run([cli, "--data-dir", d, *args], check=True,
                                  capture_output=True, text=True)
        run("ingest", str(here / "articles.jsonl"))
        run("enrich")
        exported = run("export", "--format", "jsonl").stdout
        quote_lines = run("quotes", "-n", "200").stdout.splitlines() \
            if kinds & NEEDS_QUOTES else []
        named = {}
        for name in names:
            done = run("entities", "--name", name, "-n", "50")
            named[name] = done.stdout + done.stderr
    records = {}
    for line in exported.splitlines():
        rec = json.loads(line)
        records[rec.get("url") or rec.get("content", {}).get("url")] = rec
    return records, quote_lines, named


def _judge(check: list[Any], enrichment: dict, quote_lines: list[str],
           named: dict[str, str]) -> tuple[bool, Any]:
    """(right, what veille answered) for one check."""
    mentions = [(m[2], e["label"], e["id"]) for e in enrichment.get("entities", [])
                for m in e["mentions"]]
    quotes = enrichment.get("quotes", [])

    def ids(surface: str) -> set[str]:
        return {i for t, _, i in mentions if t.casefold() == surface.casefold()}

    def quote(snippet: str, folded: bool = True) -> dict | None:
        if folded:
            return next((q for q in quotes if fold(snippet) in fold(q.get("text"))), None)
        return next((q for q in quotes if snippet in q.get("text", "")), None)

    kind = check[0]
    if kind == "ent":
        got = sorted({lab for t, lab, _ in mentions if t == check[1]}) or ["NONE"]
        return all(lab in check[2] for lab in got), got
    if kind == "noent":
        got = [t for t, _, _ in mentions if check[1] in t]
        return not got, got
    if kind == "spk":
        hit = quote(check[1])
        if hit is None:
            return False, "MISSED"
        speaker = hit.get("speaker")
        return any((a is None and not speaker) or (a is not None and speaker
                   and fold(a) == fold(speaker)) for a in check[2]), speaker
    if kind == "qline":
        line = next((x for x in quote_lines if fold(check[2]) in fold(x)
                     or f" {check[1]} [" in x or f"  {check[1]} [" in x), None)
        return line is not None and f"{check[2]} [" in line, line
    if kind == "alias":
        got = named[check[1]].strip()
        return check[2] in got, got
    if kind == "notname":
        got = named[check[1]].strip()
        return check[2] not in got or "substring" in got.lower(), got
    if kind == "sameid":
        pair = (sorted(ids(check[1])), sorted(ids(check[2])))
        return len(pair[0]) == 1 and pair[0] == pair[1], pair
    if kind == "notid":
        got = sorted(ids(check[1]))
        return check[2] not in got, got
    if kind == "spkent":
        hit = quote(check[1], folded=False)
        if hit is None:
            return False, "MISSED"
        return bool(hit.get("speaker_id")) and hit.get("speaker_id") in ids(check[2]), \
            (hit.get("speaker"), hit.get("speaker_id"))
    raise ValueError(f"unknown check kind {kind!r}")


def main(here: Path, argv: list[str] | None = None, judge: Any = None) -> None:
    """``score.py VEILLE_CLI [--verbose]``: print checks right R/N by kind, then the total and
    the number of false answers. ``judge`` (a set's own check kinds, falling back on
    :func:`_judge`) replaces :func:`_judge` when given."""
    judge = judge or _judge
    args = sys.argv[1:] if argv is None else argv
    cli, verbose = args[0], "--verbose" in args
    gold = json.loads((here / "gold.json").read_text(encoding="utf-8"))
    records, quote_lines, named = _answers(cli, here, gold)
    by_kind: dict[str, list[int]] = {}
    right = total = false = 0
    for g in gold:
        enrichment = (records.get(g["url"]) or {}).get("enrichment") or {}
        for check in g["checks"]:
            ok, got = judge(check, enrichment, quote_lines, named)
            total += 1
            right += ok
            false += (not ok) and got not in ("MISSED", None)
            tally = by_kind.setdefault(check[0], [0, 0])
            tally[0] += ok
            tally[1] += 1
            if verbose and not ok:
                print(f"WRONG {g['url'].rsplit('/', 1)[1]} {check[:3]}: got {got!r}")
    for kind, (r, n) in sorted(by_kind.items()):
        print(f"  {kind:8} {r}/{n}")
    print(f"checks right {right}/{total} = {right / total:.3f}; false answers {false}")
