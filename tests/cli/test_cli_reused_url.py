"""newuser6 M16: a known URL back with another article's text (a reused live page, a CMS
slug given to a new story) was stored as a version of the old article, which kept its
reprints and its story: the copies of a dispatch stayed "reprints of" an article about
something else. Through the CLI, on a real store: ``veille duplicates`` and ``veille
stories`` tell the truth for both articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dispatch_kit import body_paragraphs, capture
from veille.cli.main import main
from veille.record import article_id

URL = "https://journal.example/actualite/2026/11/30/direct-info"

OTHER = ["Le Conseil constitutionnel a validé mardi l'essentiel de la loi sur la fin de vie, "
         "adoptée au printemps après deux lectures dans chaque chambre du Parlement.",
         "Les sages ont censuré deux articles sur la procédure collégiale, jugés trop "
         "imprécis, et assorti un troisième d'une réserve d'interprétation.",
         "Le gouvernement promet les décrets d'application avant l'été, tandis que "
         "plusieurs associations annoncent déjà de nouveaux recours devant le Conseil d'État."]


def _page(title: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="fr"><head><title>{title}</title><link rel="canonical" '
            f'href="{URL}"></head><body><article><h1>{title}</h1>{body}</article>'
            "</body></html>").encode()


def _run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> str:
    capsys.readouterr()
    assert main(["--data-dir", str(data), *args]) == 0
    return capsys.readouterr().out


def test_a_reused_url_names_a_new_article_and_the_old_keeps_its_copies(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data, files = tmp_path / "data", tmp_path / "in"
    files.mkdir()
    paras = body_paragraphs()
    (files / "original.html").write_bytes(_page("La coalition réunie à Washington", paras))
    for n in (1, 2):
        body = paras[:-1] if n == 1 else [f"WASHINGTON (AFP) - {paras[0]}", *paras[1:]]
        (files / f"copy{n}.txt").write_bytes(capture(f"Coalition : titre {n}", body,
                                                     top=[f"Site {n}"], bottom=[]))
    (files / "reused.html").write_bytes(_page("Fin de vie : la loi validée", OTHER))
    (files / "reused-v2.html").write_bytes(_page("Fin de vie : la loi validée", [
        *OTHER, "Le président de la République doit promulguer le texte sous quinze jours."]))
    (files / "original-v2.html").write_bytes(_page("La coalition réunie à Washington",
                                                   [*paras, "Mise à jour : la date est fixée."]))
    original = article_id(url=URL, raw_id="")

    _run(capsys, data, "ingest", str(files / "original.html"))
    for n in (1, 2):
        _run(capsys, data, "ingest", "--source", f"outlet{n}.example",
             str(files / f"copy{n}.txt"))
    items = [i for s in json.loads(_run(capsys, data, "stories", "--json")) for i in s["items"]]
    copies = {i["id"] for i in items if i["id"] != original}
    assert len(copies) == 2
    summary = json.loads(_run(capsys, data, "ingest", "--json", str(files / "reused.html")))
    assert (summary["new"], summary["versions"]) == (1, 0)

    # The old article keeps its text, its copies and its story; the new one has none.
    stories = {s["id"]: s for s in json.loads(_run(capsys, data, "stories", "--json"))}
    [reused] = [i["id"] for s in stories.values() for i in s["items"]
                if i["id"] not in {original, *copies}]
    links = json.loads(_run(capsys, data, "duplicates", original, "--json"))["links"]
    assert {(lk["id"], lk["direction"]) for lk in links} == {(c, "by") for c in copies}
    assert json.loads(_run(capsys, data, "duplicates", reused, "--json"))["links"] == []
    story = stories[original]
    assert {item["id"] for item in story["items"]} == {original, *copies}
    assert (story["independent_sources"], story["reprints"]) == (1, 2)
    assert all("Fin de vie" not in item["title"] for item in story["items"])
    [own] = [s for s in stories.values() if any(i["id"] == reused for i in s["items"])]
    assert [item["id"] for item in own["items"]] == [reused]

    # Each text's later edits at the URL are versions of its own article.
    for name, target in (("reused-v2.html", reused), ("original-v2.html", original)):
        summary = json.loads(_run(capsys, data, "ingest", "--json", str(files / name)))
        assert (summary["new"], summary["versions"]) == (0, 1)
        assert "version" in _run(capsys, data, "duplicates", target)
