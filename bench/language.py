#!/usr/bin/env python3
"""Bench veille's language identification against py3langid, on the same samples (issue #13).

Why: veille identifies an article's language from its text when the input declares none
(text captures, most feeds). It used py3langid; it now uses CLD2 (pycld2), which is faster
and must be at least as right. This bench runs both on the same samples, with the same
sample rule (the first 600 characters; fewer than 20 letters gives no language), and prints
per set: how many samples, each identifier's share right (sets with a known language) or
the agreement between the two, and the CPU time per sample.

Samples:

* ``wikinews-fr`` (100 articles) and ``rpm2-fr`` (400 articles): French news, whole text
  (``../shared/data/corpora/wikinews-fr``, ``../shared/data/clustering/rpm2``);
* ``aeb-captures``: what the text-capture extractor hands the identifier on the AEB w3m and
  lynx renders (headline and first paragraphs; needs the renders of bench/captures.py in
  ``bench/.cache/captures/aeb``); mostly English, some Portuguese, Russian, Korean...
  No gold language: agreement only, disagreements printed for reading;
* ``fixtures``: the same on the 38 hand-written captures of ``tests/fixtures/captures``;
* ``spacy-sentences`` and ``spacy-paragraphs``: the example sentences spaCy ships for each
  of its languages (``spacy.lang.<code>.examples``), one by one and joined per language:
  short, hard, and labelled by spaCy's language code.

Usage (from the repository root)::

    VEILLE_SHARED_DIR=../shared .venv/bin/python bench/language.py

py3langid is a dev dependency, kept for this comparison. The time per sample is measured
in isolation (one loop per identifier), where py3langid's tables stay in the CPU caches;
inside an ingest they do not (docs/benchmarks.md).
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from lib.datasets import shared_dir  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parents[1]
SAMPLE_CHARS = 600

Sample = tuple[str, str]  # (gold language or "", text)


def py3langid_identifier() -> Callable[[str], str] | None:
    """py3langid with the rule veille used (normalised probability >= 0.5), or None."""
    try:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier
    except ImportError:
        return None
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)

    def classify(text: str) -> str:
        sample = text[:SAMPLE_CHARS]
        if sum(map(str.isalpha, sample)) < 20:
            return ""
        lang, prob = identifier.classify(sample)
        return str(lang) if prob >= 0.5 else ""

    return classify


def french_corpora() -> dict[str, list[Sample]]:
    root = shared_dir() / "data"
    sets: dict[str, list[Sample]] = {}
    wikinews = root / "corpora" / "wikinews-fr" / "articles.jsonl"
    if wikinews.exists():
        rows = [json.loads(line) for line in wikinews.read_text().splitlines() if line.strip()]
        sets["wikinews-fr"] = [("fr", f"{r['title']} {r['text']}") for r in rows]
    rpm2 = root / "clustering" / "rpm2" / "documents"
    if rpm2.exists():
        sets["rpm2-fr"] = [("fr", p.read_text(errors="replace"))
                           for p in sorted(rpm2.glob("*.txt"))]
    return sets


def capture_samples(paths: list[Path]) -> list[Sample]:
    """What ``extract_text_capture`` hands ``detect_language`` for each capture."""
    import veille.extract.text_capture as text_capture

    seen: list[str] = []
    original = text_capture.detect_language

    def spy(text: str, **kwargs: str) -> str:
        seen.append(text)
        return original(text, **kwargs)

    text_capture.detect_language = spy  # type: ignore[assignment]
    try:
        for path in paths:
            text_capture.extract_text_capture(path.read_text(errors="replace"))
    finally:
        text_capture.detect_language = original
    return [("", text) for text in seen]


def spacy_samples() -> tuple[list[Sample], list[Sample]]:
    try:
        import spacy.lang
    except ImportError:
        return [], []
    sentences: list[Sample] = []
    paragraphs: list[Sample] = []
    for module in pkgutil.iter_modules(spacy.lang.__path__):
        try:
            examples = importlib.import_module(f"spacy.lang.{module.name}.examples").sentences
        except (ImportError, AttributeError):
            continue
        sentences += [(module.name, s) for s in examples]
        paragraphs.append((module.name, " ".join(examples)))
    return sentences, paragraphs


def main() -> int:
    from veille.extract.language import detect_language

    other = py3langid_identifier()
    sets = french_corpora()
    renders = REPO_ROOT / "bench" / ".cache" / "captures" / "aeb"
    paths = sorted(renders.glob("w3m/*.txt")) + sorted(renders.glob("lynx/*.txt"))
    if paths:
        sets["aeb-captures"] = capture_samples(paths)
    sets["fixtures"] = capture_samples(sorted((REPO_ROOT / "tests" / "fixtures" / "captures")
                                              .glob("*.txt")))
    sentences, paragraphs = spacy_samples()
    sets["spacy-sentences"], sets["spacy-paragraphs"] = sentences, paragraphs

    identifiers: dict[str, Callable[[str], str]] = {"veille (CLD2)": detect_language}
    if other is not None:
        identifiers["py3langid"] = other
    print(f"{'set':18s} {'n':>5s} | " + " | ".join(f"{name:>24s}" for name in identifiers)
          + " | agree")
    disagreements: list[str] = []
    for name, samples in sets.items():
        samples = [(gold, text) for gold, text in samples
                   if sum(map(str.isalpha, text[:SAMPLE_CHARS])) >= 20]
        if not samples:
            continue
        answers: dict[str, list[str]] = {}
        cells = []
        for label, identify in identifiers.items():
            identify(samples[0][1])  # loads the model
            started = time.process_time()
            got = [identify(text) for _, text in samples]
            micros = (time.process_time() - started) / len(samples) * 1e6
            answers[label] = got
            if samples[0][0]:
                right = sum(g == gold for g, (gold, _) in zip(got, samples, strict=True))
                cells.append(f"{right:4d} right {micros:6.0f} µs")
            else:
                cells.append(f"{'':10s} {micros:6.0f} µs")
        columns = list(answers.values())
        agree = sum(len(set(row)) == 1 for row in zip(*columns, strict=True))
        print(f"{name:18s} {len(samples):5d} | " + " | ".join(f"{c:>24s}" for c in cells)
              + f" | {agree}/{len(samples)}")
        for i, row in enumerate(zip(*columns, strict=True)):
            if len(set(row)) > 1 and not name.startswith("spacy"):
                text = " ".join(samples[i][1][:90].split())
                disagreements.append(f"  {name}: {dict(zip(answers, row, strict=True))} {text}")
    if disagreements:
        print("disagreements outside spaCy's sentences:")
        print("\n".join(disagreements))
    if other is None:
        print("py3langid not installed (dev dependency): veille's column only")
    print(f"data: {shared_dir() / 'data'}, bench/.cache/captures/aeb, tests/fixtures/captures, "
          "spacy.lang.*.examples; rule: first 600 characters, >= 20 letters")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
