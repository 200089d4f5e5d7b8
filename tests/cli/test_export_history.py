"""``veille export`` read back with ``veille ingest`` into a fresh data directory keeps
what the store holds beyond the current records (f-b2-32): each article's earlier
versions (its version chain, ``veille show``'s "versions") and the journalist's story
edits (``veille stories detach|join``), which the stories of the new store respect;
importing the export twice adds nothing. Real SQLite stores, the real ``veille`` command.

Fixture: own text (``tests/fixtures/stories/order-independence.jsonl``, see
tests/dedup/test_story_overrides.py)."""

from __future__ import annotations

import json
from pathlib import Path

import veille
from capture_kit import run_veille
from veille.service import Veille

FIXTURE = Path(__file__).parent.parent / "fixtures" / "stories" / "order-independence.jsonl"
LINES = FIXTURE.read_text(encoding="utf-8").splitlines()
VERDICT = "https://www.ouest-exemple.fr/rennes/assises-verdict-meurtre-thabor"
FAMILY = "https://www.bretagne-radio-exemple.fr/proces-thabor-verdict-famille"
AFP_FIRE = "https://www.afp.com/fr/infos/roubaix-incendie-entrepot-textile"


def _ids(v: Veille) -> dict[str, str]:
    return {a.url or "": a.id for a in v.store.iter_articles()}


def _updated(line: str, n: int) -> str:
    """The line of the verdict, its page updated ``n`` times (a sentence added each)."""
    record = json.loads(line)
    for i in range(n):
        record["text"] += f"\n\nMise à jour {i + 1} : l'avocat de la défense a annoncé " \
                          f"qu'il ferait appel, selon la famille ({i + 1})."
    return json.dumps(record, ensure_ascii=False)


def _source_store(data: Path, tmp: Path) -> dict[str, object]:
    """A store with the fixture, two updates of the verdict and two story edits; what it
    holds (versions, overrides, stories) for the comparison."""
    verdict = next(line for line in LINES if VERDICT in line)
    with veille.open(data) as v:
        v.ingest_bytes([("all.jsonl", ("\n".join(LINES) + "\n").encode())])
        for n in (1, 2):
            v.ingest_bytes([(f"update{n}.jsonl", (_updated(verdict, n) + "\n").encode())])
        ids = _ids(v)
        v.detach_article(ids[FAMILY])
        v.join_articles(ids[AFP_FIRE], ids[VERDICT])
        return _held(v)


def _held(v: Veille) -> dict[str, object]:
    ids = _ids(v)
    stories = v.store.story_of(ids.values())
    return {
        "versions": [(x.version, x.title, x.diff, x.replaced_at)
                     for x in v.store.versions(ids[VERDICT])],
        "overrides": sorted((o.kind, o.article_id, o.other_id, o.members, o.created_at)
                            for o in v.store.story_overrides()),
        "same_story": {url: stories[ids[url]][0] == stories[ids[VERDICT]][0]
                       for url in (FAMILY, AFP_FIRE)},
        "articles": v.store.counts()["articles"],
    }


def test_export_read_back_keeps_versions_and_story_edits(tmp_path: Path) -> None:
    before = _source_store(tmp_path / "src", tmp_path)
    assert len(before["versions"]) == 2  # type: ignore[arg-type]
    assert len(before["overrides"]) == 2  # type: ignore[arg-type]
    assert before["same_story"] == {FAMILY: False, AFP_FIRE: True}
    export = tmp_path / "export.jsonl"
    done = run_veille(["export", "-o", str(export)], data_dir=tmp_path / "src")
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in export.read_text(encoding="utf-8").splitlines()]
    [verdict] = [line for line in lines if line.get("url") == VERDICT]
    assert [v["version"] for v in verdict["versions"]] == [1, 2]
    for _ in range(2):  # the second import adds nothing
        done = run_veille(["ingest", str(export)], data_dir=tmp_path / "dst")
        assert done.returncode == 0, done.stderr
        with veille.open(tmp_path / "dst") as v:
            assert _held(v) == before


def test_a_line_without_history_or_with_a_malformed_one_reads_as_before(
        tmp_path: Path) -> None:
    """Export lines of an older veille carry no history; a damaged entry is skipped,
    the article stored."""
    record = json.loads(LINES[0])
    line = {"id": "0123456789abcdef", "source": record["source"], "url": record["url"],
            "content": {"title": record["title"], "url": record["url"],
                        "paragraphs": record["text"].split("\n\n"), "language": "fr"},
            "versions": [{"version": "one", "record": []}, 7],
            "story_overrides": [{"kind": "merge", "article_id": "0123456789abcdef"}]}
    path = tmp_path / "old.jsonl"
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    with veille.open(tmp_path / "data") as v:
        assert v.ingest(path).new_ids == ["0123456789abcdef"]
        assert v.store.versions("0123456789abcdef") == []
        assert v.store.story_overrides() == []
