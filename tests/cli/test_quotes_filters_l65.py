"""``veille quotes`` takes the filters ``/api/v1/quotes`` takes (h-api65): words, days
and source, with the speaker. Real store, real enrichment, real CLI."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from veille.cli.main import cli
from veille.service import Veille
from veille.settings import Settings


def _record(n: int, day: str, source: str, said: str) -> dict[str, object]:
    return {"title": f"Conseil municipal de Valence, séance {n}", "language": "fr",
            "url": f"https://{source}/seance-{n}", "published": f"{day}T10:00:00+01:00",
            "source": source,
            "paragraphs": [f"La séance {n} du conseil municipal de Valence s'est tenue "
                           "lundi soir.",
                           f"« {said} », a déclaré Hélène Darcourt devant les élus."]}


def test_quotes_filters(tmp_path: Path) -> None:
    data = tmp_path / "data"
    records = [_record(1, "2026-12-01", "exemple.fr", "Nous protégerons la nappe avant l'été"),
               _record(2, "2026-12-02", "autre.fr", "La sécheresse n'attendra pas le budget"),
               _record(3, "2026-12-03", "exemple.fr", "Chaque mètre cube compte pour l'été")]
    with Veille(Settings(data_dir=data)) as service:
        service.ingest_bytes([("r.jsonl", "".join(json.dumps(r, ensure_ascii=False) + "\n"
                                                  for r in records).encode())])
        service.enrich()

    def run(*args: str) -> list[str]:
        result = CliRunner().invoke(cli, ["--data-dir", str(data), "quotes", "--json", *args])
        assert result.exit_code == 0, result.output
        return [json.loads(line)["text"][:10] for line in result.stdout.splitlines()]

    assert len(run()) == 3
    assert len(run("--text", "L'ETE")) == 2
    assert run("--since", "2026-12-02", "--until", "2026-12-02") == ["La sécheres"[:10]]
    assert len(run("--source", "exemple.fr", "--speaker", "Hélène Darcourt")) == 2
    result = CliRunner().invoke(cli, ["--data-dir", str(data), "quotes", "--text", "zzz"])
    assert "no stored quote matches these filters" in result.stderr
