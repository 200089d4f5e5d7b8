"""Word salad (t-final59 #8; issue 14): a text of a few words drawn at random is refused
with its cause in one line, through the real CLI and store, and nothing of it is stored or
enriched; a text repeating one real paragraph (veille's size-bound case) and an article
are still stored. The check reads a bounded sample (issue 13)."""

from __future__ import annotations

import json
import random
from pathlib import Path

from capture_kit import err, out, run_veille
from veille.extract.word_salad import MIN_WORDS, SAMPLE_WORDS, word_salad

WORDS = "les le la des une grève syndicat ministre accord train Lorient Quimper".split()


def _salad(lines: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    return "\n".join(" ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 30))) + "."
                     for _ in range(lines)) + "\n"


def test_word_salad_is_refused_and_nothing_enriched(tmp_path: Path) -> None:
    capture = tmp_path / "salad.txt"
    capture.write_text("Titre énorme\n" + _salad(3000), "utf-8")
    data = tmp_path / "data"
    result = run_veille(["ingest", "--source", "example.org", str(capture)], data_dir=data)
    assert result.returncode != 0
    said = err(result) + out(result)
    assert "word salad" in said and "failed 1" in said, said
    assert run_veille(["enrich"], data_dir=data).returncode == 0
    assert out(run_veille(["latest", "--json"], data_dir=data)).strip() == ""
    assert "Lorient" not in out(run_veille(["entities"], data_dir=data))


def test_repeated_paragraph_and_article_still_stored(tmp_path: Path) -> None:
    para = ("Le conseil municipal de Bellerive a examiné le budget annexe des transports "
            "scolaires, article par article, jusqu'au vote final de la nuit. ")
    capture = tmp_path / "long.txt"
    capture.write_text("Bellerive : la séance budgétaire la plus longue\n\n" + "\n\n".join(
        f"{n}. {para * 3}" for n in range(400)), "utf-8")
    data = tmp_path / "data"
    result = run_veille(["ingest", "--source", "bellerive.fr", str(capture)], data_dir=data)
    assert result.returncode == 0, err(result)
    rows = out(run_veille(["latest", "--json"], data_dir=data)).splitlines()
    assert len(rows) == 1 and json.loads(rows[0])["id"]


def test_word_salad_reads_a_bounded_sample() -> None:
    assert word_salad(["x " * 10]) is None  # too short to say
    found = word_salad([_salad(40_000)])  # ~840,000 words in one paragraph: a sample read
    assert found is not None and found[0] == SAMPLE_WORDS and found[1] <= len(WORDS)
    prose = ("Le maire de Lorient a présenté mardi un plan pour le port de pêche, que les "
             "armateurs jugent trop tardif après trois années de baisse des prises. ")
    assert word_salad([prose * (MIN_WORDS // 20)]) is None  # repeated sentences: no salad
