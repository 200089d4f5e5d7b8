"""The extractor on the benchmark pages in ../shared (skipped where that directory is absent).

Floors, not targets: they sit a little under the figures in docs/benchmarks.md so that a
change which loses accuracy fails here before anyone reruns the bench.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC
from pathlib import Path

from veille.errors import ExtractionError
from veille.extract.html import extract_html
from veille.extract.html_encoding import decode_html

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))

from lib.aeb_metric import score  # noqa: E402


def test_aeb_f1_floor(shared_dir: Path) -> None:
    root = shared_dir / "data" / "extraction" / "aeb"
    truth = json.loads((root / "ground-truth.json").read_text("utf-8"))
    pairs = []
    for page_id, entry in sorted(truth.items()):
        html = decode_html((root / "html" / f"{page_id}.html").read_bytes()).text
        try:
            predicted = "\n\n".join(extract_html(html, url=entry.get("url")).paragraphs)
        except ExtractionError:
            predicted = ""
        pairs.append((predicted, entry["articleBody"]))
    assert score(pairs, n_bootstrap=0)["f1"] >= 0.96


def test_fr_titles_and_dates(shared_dir: Path) -> None:
    root = shared_dir / "data" / "extraction" / "fr"
    titles = days = total_titles = total_days = 0
    for line in (root / "gold.jsonl").read_text("utf-8").splitlines():
        gold = json.loads(line)
        content = extract_html(decode_html((root / gold["file"]).read_bytes()).text,
                               url=gold.get("url"))
        if "title" in gold:
            total_titles += 1
            titles += " ".join(gold["title"].split()) == " ".join(content.title.split())
        if "published" in gold:
            total_days += 1
            days += bool(content.published) and str(content.published)[:10] == \
                gold["published"][:10]
    assert titles >= 0.85 * total_titles
    assert days >= 0.9 * total_days


def test_golden_sample_of_fr_pages(shared_dir: Path) -> None:
    """A few pages whose every chosen field was checked by hand."""
    root = shared_dir / "data" / "extraction" / "fr" / "pages"
    lemonde = extract_html(decode_html((root / "fundus-LeMonde_2023_09_01.html").read_bytes())
                           .text)
    assert lemonde.title.startswith("Sophie Binet met en garde Emmanuel")
    assert lemonde.published is not None
    assert lemonde.published.astimezone(UTC).isoformat().startswith("2023-08-30T12:52")
    assert lemonde.language == "fr" and lemonde.site_name == "Le Monde"
    assert lemonde.authors == ["Bertrand Bissuel"] and lemonde.section == "Politique"
    assert lemonde.truncated  # a subscribers' article: the page holds its start only
    assert lemonde.evidence["published"].startswith("JSON-LD")
