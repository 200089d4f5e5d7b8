"""/manage/sources counts the articles a source brought, per day (t-final58 #18).

"Articles par jour (7 jours) 0" for a source that brought five articles today whose
publication dates are in March: the column counted publication days up to yesterday. It
now counts the articles collected (first seen) in the last 7 days, today's included, and
says so. Real folder source, real ingest, the real app.
"""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner
from starlette.testclient import TestClient

from veille.cli.main import cli
from veille.settings import Settings
from veille.web import create_app


def test_articles_collected_today_are_counted(tmp_path: Path) -> None:
    folder = tmp_path / "pontrivel"
    folder.mkdir()
    for i in range(1, 8):
        (folder / f"a{i}.txt").write_text(
            f"Le Pontrivelois\n\nPontrivel : la foire aux bestiaux numéro {i} attire les "
            f"éleveurs\n\nPublié le 1{i}/03/2026 à 10h00\n\nLa foire numéro {i} de Pontrivel a "
            f"réuni samedi {i * 40} éleveurs de la vallée autour des bêtes primées et des "
            "stands des producteurs locaux, sous un soleil de printemps.\n", "utf-8")
    data = ["--data-dir", str(tmp_path / "data")]
    runner = CliRunner()
    added = runner.invoke(cli, [*data, "sources", "add", str(folder), "--name", "Pontrivel"])
    assert added.exit_code == 0, added.output
    polled = runner.invoke(cli, [*data, "watch", "--once"])
    assert polled.exit_code == 0, polled.output
    app = create_app(Settings(data_dir=tmp_path / "data"))
    with TestClient(app, base_url="http://127.0.0.1") as client:
        for lang, basis in [("fr", "collectés"), ("en", "collected")]:
            page = client.get(f"/manage/sources?lang={lang}").text
            heads = re.findall(r"<th[^>]*>([^<]*)</th>", page)
            assert any(basis in h for h in heads), heads
            row = page.split("Pontrivel", 1)[1].split("</tr>", 1)[0]
            cells = [c.strip() for c in re.findall(r"<td>([^<]*)", row)]
            # 7 articles collected today, over 7 days: 1 a day
            assert "1" in cells, cells
