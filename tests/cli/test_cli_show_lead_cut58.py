# ruff: noqa: E501  (the captures hold paragraphs on one line, as pages do)
"""``veille show`` on a capture without a standfirst and on one cut by veille's bound
(t-final58 items 20 and 13), through the real CLI and store:

* the lead read from the first paragraph after its dateline ("OSLO, Feb 26 (AP) - …") is
  that paragraph: printed once, in the body, not again above the metadata;
* an article cut at veille's 1,000,000-character bound says so, with the bound, not "the
  page cut the article".
"""

from __future__ import annotations

import json
from pathlib import Path

from capture_kit import err, out, run_veille
from veille.extract.article_bound import MAX_ARTICLE_CHARS

NO_STANDFIRST = """The Fjord Courier
Sign In  Subscribe
World  Business

Norway's wealth fund sells stakes in two mining groups

By Ingrid Solberg
February 26, 2026 10:05 AM GMT

OSLO, Feb 26 (AP) - Norway's sovereign wealth fund said on Thursday it had sold its stakes in two mining groups after an ethics council review of their waste dams.

"The risk of severe environmental damage was unacceptable," the council's chair told reporters in Oslo.

The fund did not say how much the holdings were worth.
"""


def _only_id(data: Path) -> str:
    rows = [json.loads(line) for line in out(run_veille(["latest", "--json"],
                                                        data_dir=data)).splitlines()]
    assert len(rows) == 1, rows
    return str(rows[0]["id"])


def test_show_prints_a_first_paragraph_lead_once(tmp_path: Path) -> None:
    capture = tmp_path / "fjord.txt"
    capture.write_text(NO_STANDFIRST, "utf-8")
    data = tmp_path / "data"
    result = run_veille(["ingest", "--source", "fjordcourier.no", str(capture)], data_dir=data)
    assert result.returncode == 0, err(result)
    shown = " ".join(out(run_veille(["show", _only_id(data)], data_dir=data)).split())
    assert shown.count("sold its stakes in two mining groups after an ethics") == 1, shown


def test_show_names_veilles_bound_as_the_cut(tmp_path: Path) -> None:
    para = ("Le conseil municipal de Bellerive a examiné le budget annexe des transports "
            "scolaires, article par article, jusqu'au vote final de la nuit. ")
    capture = tmp_path / "huge.txt"
    capture.write_text("Bellerive : la séance budgétaire la plus longue\n\n" + "\n\n".join(
        f"{n}. {para * 3}" for n in range(MAX_ARTICLE_CHARS // 400)), "utf-8")
    data = tmp_path / "data"
    result = run_veille(["ingest", "--source", "bellerive.fr", str(capture)], data_dir=data)
    assert result.returncode == 0, err(result)
    shown = out(run_veille(["show", _only_id(data)], data_dir=data))
    note = next(line for line in shown.splitlines() if "(truncated" in line)
    assert "size bound" in note and f"{MAX_ARTICLE_CHARS:,}" in note, note
    assert "the page cut" not in note, note
