"""A folder source's registration name credited every file, even a capture printing its
outlet's masthead (t-final36 A10: "drop" where `veille ingest FILE` said "El Heraldo de
Sevilla"). The name is now the fallback of the files that name no outlet
(docs/collect.md, "The given source"). Run as a user would: `veille sources add DIR`,
`veille watch --once`, a real store."""

from __future__ import annotations

import json
from pathlib import Path

from capture_kit import err, out, run_veille

MASTHEAD = ("La Gazette du Trégor\n"
            "Rechercher\n"
            "Se connecter   S'abonner\n"
            "Lannion  Perros-Guirec  Paimpol  Sports  Culture\n\n"
            "Lannion : le pont Sainte-Anne fermé trois semaines pour travaux\n\n"
            "Par Yann Le Goff\n\n"
            "Le pont Sainte-Anne, qui relie les deux rives du Léguer au centre de Lannion, "
            "sera fermé à la circulation à partir du lundi 7 décembre pour trois semaines de "
            "travaux d'étanchéité, a annoncé la mairie.\n\n"
            "Une déviation sera mise en place par le quai d'Aiguillon et la rue de Kerampont, "
            "et les piétons pourront emprunter une passerelle provisoire.\n")
PLAIN = ("Réunion publique sur le plan de circulation\n\n"
         "Une réunion publique sur le nouveau plan de circulation du centre-ville se tiendra "
         "jeudi soir à la salle des fêtes, a indiqué le maire aux conseillers municipaux.\n\n"
         "Les habitants pourront y poser leurs questions sur les nouveaux sens uniques et sur "
         "le stationnement résidentiel.\n")
ENV = {"VEILLE_ENRICH_IN_BACKGROUND": "0"}


def _sources(data: Path) -> dict[str, str]:
    shown = run_veille(["latest", "--json"], data_dir=data)
    assert shown.returncode == 0, err(shown)
    rows = [json.loads(line) for line in out(shown).splitlines()]
    return {r["content"]["title"].split(" ")[0]: r["source"] for r in rows}


def test_a_folder_credits_the_masthead_and_its_name_only_as_fallback(tmp_path: Path) -> None:
    alone = tmp_path / "alone.txt"
    alone.write_text(MASTHEAD, "utf-8")
    assert run_veille(["ingest", str(alone)], data_dir=tmp_path / "one").returncode == 0
    assert _sources(tmp_path / "one") == {"Lannion": "La Gazette du Trégor"}

    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "pont.txt").write_text(MASTHEAD, "utf-8")
    (folder / "reunion.txt").write_text(PLAIN, "utf-8")
    data = tmp_path / "data"
    added = run_veille(["sources", "add", str(folder), "--name", "drop", "--kind", "folder"],
                       data_dir=data, env=ENV)
    assert added.returncode == 0, err(added)
    assert run_veille(["watch", "--once"], data_dir=data, env=ENV).returncode == 0
    assert _sources(data) == {"Lannion": "La Gazette du Trégor", "Réunion": "drop"}


def test_ingest_source_still_names_a_masthead_capture(tmp_path: Path) -> None:
    """`--source` given by hand keeps its rule (t-final32 #11): it names the capture."""
    alone = tmp_path / "alone.txt"
    alone.write_text(MASTHEAD, "utf-8")
    data = tmp_path / "data"
    assert run_veille(["ingest", str(alone), "--source", "tregor.example.fr"],
                      data_dir=data).returncode == 0
    assert _sources(data) == {"Lannion": "tregor.example.fr"}
