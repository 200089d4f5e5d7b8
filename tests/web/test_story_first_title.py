"""Regression (q-stories24, t-reader24 R3; t-final24 S3): a story is titled by its fullest
independent article, and "first published by" named another outlet right under that title,
so the page read as if that outlet had published the title's news ("Paléo : les billets …
remboursés à moitié" by RTS over "Publié en premier par 24heures.ch"); the place and entity
pages' story lists named a story after the entity's first article in it, another name than
its page's. Now "first published by" shows the first publication's own headline when it is
not the title (``first_title`` in the API and ``veille stories --json``; the story page,
the article page's story box and ``veille stories`` say it), and every list names a story by
its title. Real store, real server, CLI."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from web_kit import serve

import veille
from veille.cli.main import main

FIRST = ("Nuit d'orage sur la plaine de l'Asse à Nyon : le récit d'une évacuation",
         ["Le festival Paléo de Nyon a fait évacuer la plaine de l'Asse mardi soir à cause "
          "d'un violent orage : 40 000 festivaliers ont quitté le site en une heure.",
          "Les concerts de la soirée ont été annulés. Les organisateurs du Paléo étudient un "
          "remboursement des billets de la soirée d'orage, a indiqué leur porte-parole."])
FULLEST = ("Paléo : les billets de la soirée d'orage remboursés à moitié",
           ["Les organisateurs du festival Paléo de Nyon rembourseront à moitié les billets de "
            "la soirée de mardi, interrompue par un violent orage qui a fait évacuer la plaine "
            "de l'Asse et ses 40 000 festivaliers.",
            "Les concerts de la soirée d'orage avaient été annulés. Le remboursement se fera "
            "en ligne dès lundi, précise le porte-parole du Paléo.",
            "Les détenteurs d'un abonnement recevront un bon pour l'édition suivante du "
            "festival, a ajouté le porte-parole, qui remercie les festivaliers pour leur calme "
            "pendant l'évacuation de la plaine de l'Asse.",
            "Le Paléo a accueilli 230 000 festivaliers sur six jours, un chiffre stable, "
            "malgré la soirée d'orage de mardi à Nyon."])


def line(host: str, title: str, paragraphs: list[str], published: str) -> str:
    return json.dumps({"title": title, "url": f"https://{host}/paleo", "source": host,
                       "text": "\n\n".join(paragraphs), "language": "fr",
                       "published": published}, ensure_ascii=False)


def test_first_published_by_names_its_own_headline(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    with veille.open(data) as v:
        v.ingest_bytes([("a.jsonl", (
            line("24heures.example", *FIRST, "2026-07-25T08:00:00+02:00") + "\n" +
            line("rts.example", *FULLEST, "2026-07-26T10:00:00+02:00") + "\n").encode())])
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        (story,) = http.get("/api/v1/stories").json()["stories"]
        assert story["title"] == FULLEST[0]
        assert story["first_source"] == "24heures.example"
        assert story["first_title"] == FIRST[0]
        page = http.get(f"/stories/{story['id']}", params={"lang": "fr"}).text
        assert "sous le titre « Nuit d&#39;orage sur la plaine" in page or \
            "sous le titre « Nuit d'orage sur la plaine" in page
        english = http.get(f"/stories/{story['id']}", params={"lang": "en"}).text
        assert "as “Nuit d" in english
    assert main(["--data-dir", str(data), "stories", "--json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed["first_title"] == FIRST[0]
    assert main(["--data-dir", str(data), "stories"]) == 0
    out = capsys.readouterr().out
    assert f"“{FIRST[0]}”" in out or f"« {FIRST[0]} »" in out


ARRESTS = ["Quatre hommes soupçonnés de préparer un attentat ont été interpellés mardi en "
           "Alsace, a-t-on appris de source judiciaire. Ils ont été placés en garde à vue "
           "par la DGSI.",
           "Les suspects, âgés de 19 à 24 ans, projetaient de viser un rassemblement, selon "
           "la même source. Le parquet national antiterroriste a été saisi."]


def test_the_first_publication_s_headline_is_its_first_version_s(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Regression (t-final29 F10): an update at the same URL changed the headline ("cinq
    hommes"); "first published by" at 09:02 stood under it, though at 09:02 the headline
    said "quatre hommes". The first publication's headline is its first version's."""
    first = "Projet d'attentat : quatre hommes interpellés en Alsace"
    updated = "Projet d'attentat : cinq hommes interpellés en Alsace, dont un à Colmar"
    data = tmp_path / "data"

    def record(title: str, paragraphs: list[str], updated_at: str | None = None) -> bytes:
        item = {"title": title, "url": "https://agence.example/attentat", "language": "fr",
                "source": "agence.example", "text": "\n\n".join(paragraphs),
                "published": "2026-12-03T09:02:00+01:00"}
        if updated_at:
            item["updated"] = updated_at
        return (json.dumps(item, ensure_ascii=False) + "\n").encode()

    with veille.open(data) as v:
        v.ingest_bytes([("v1.jsonl", record(first, ARRESTS))])
        v.ingest_bytes([("v2.jsonl", record(updated, [
            ARRESTS[0].replace("Quatre", "Cinq") + " Un cinquième homme a été arrêté à Colmar.",
            ARRESTS[1]], "2026-12-03T11:30:00+01:00"))])
        (story,) = v.store.stories()
        assert story.title == updated  # the story is titled by the current headline
        assert story.first_title == first  # and first published under the first one
    assert main(["--data-dir", str(data), "stories"]) == 0
    out = capsys.readouterr().out
    assert f"“{first}”" in out or f"« {first} »" in out, out
