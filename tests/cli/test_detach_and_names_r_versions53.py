"""Regressions (t-final52 B1, B7; r-versions53): a copy taken out of its original's story by
hand is listed unmarked by `veille latest` (as by search and the story page), and `veille
duplicates` says its link crosses stories and how to undo; `veille sources add --name` on a
site another source registered first says the name will not name its articles. The
installed command on a real data directory."""

from __future__ import annotations

import re
from pathlib import Path

from capture_kit import err, out, run_veille

TEXT = [
    "Le conseil municipal de Vierzon a voté lundi soir la gratuité des bus urbains à partir "
    "du 1er mars 2027, une mesure estimée à 1,4 million d'euros par an pour la commune.",
    "« Le bus gratuit, c'est du pouvoir d'achat et moins de voitures en centre-ville », a "
    "défendu le maire devant une salle comble, où l'opposition a dénoncé un coût mal évalué.",
    "Les abonnements déjà payés pour l'année seront remboursés au prorata, a précisé "
    "l'agglomération, qui prévoit aussi de renforcer la ligne 2 vers la zone industrielle.",
]


def capture(masthead: str, title: str, stamp: str) -> bytes:
    return "\n".join([masthead, "Rechercher", title, stamp, *TEXT, ""]).encode()


def test_a_detached_copy_is_listed_unmarked(tmp_path: Path) -> None:
    data = tmp_path / "d"
    first = tmp_path / "a.txt"
    first.write_bytes(capture("Le Berry Républicain", "Vierzon : les bus deviennent gratuits",
                              "Publié le 30/11/2026 à 21h10"))
    copy = tmp_path / "b.txt"
    copy.write_bytes(capture("La Nouvelle République", "Bus gratuits à Vierzon dès mars",
                             "Publié le 01/12/2026 à 07h30"))
    for path in (first, copy):
        assert run_veille(["ingest", str(path)], data_dir=data).returncode == 0
    lines = out(run_veille(["latest"], data_dir=data)).splitlines()
    [copy_line] = [line for line in lines if "Bus gratuits" in line]
    assert "[reprint]" in copy_line
    copy_id = copy_line.split()[0]
    done = run_veille(["stories", "detach", copy_id], data_dir=data)
    assert done.returncode == 0, err(done)
    lines = out(run_veille(["latest"], data_dir=data)).splitlines()
    [copy_line] = [line for line in lines if "Bus gratuits" in line]
    assert "[reprint]" not in copy_line  # was still "[reprint]" (t-final52 B1)
    said = out(run_veille(["duplicates", copy_id], data_dir=data))
    assert re.search(r"reprint of .*in another story.*veille stories undo", said), said


def test_a_name_the_site_will_not_carry_is_said(tmp_path: Path) -> None:
    data = tmp_path / "d"
    assert run_veille(["sources", "add", "https://www.example.org/rss.xml"],
                      data_dir=data).returncode == 0
    done = run_veille(["sources", "add", "https://www.example.org/news.xml", "--name",
                       "Exemple Soir"], data_dir=data)
    assert done.returncode == 0, err(done)
    assert "added Exemple Soir" in out(done)
    assert "named 'example.org'" in err(done) and "not 'Exemple Soir'" in err(done)
    alone = run_veille(["sources", "add", "https://www.example.net/rss.xml", "--name",
                        "Exemple Matin"], data_dir=data)
    assert "note:" not in err(alone)  # the first source of its site: its name is used


def test_a_masthead_with_its_suffix_names_the_outlet(tmp_path: Path) -> None:
    """t-final52 A18: "Le Monde.fr" read on lemonde.fr's capture, the list said lemonde.fr."""
    data = tmp_path / "d"
    page = tmp_path / "a.txt"
    page.write_bytes(capture("Le Monde.fr", "Vierzon : les bus deviennent gratuits",
                             "Publié le 30/11/2026 à 21h10"))
    done = run_veille(["ingest", str(page), "--source", "lemonde.fr"], data_dir=data)
    assert done.returncode == 0, err(done)
    [line] = out(run_veille(["latest"], data_dir=data)).splitlines()
    assert re.search(r"\bLe Monde\b", line) and "lemonde.fr" not in line, line


UPDATE = ("La gratuité sera financée par une hausse du versement mobilité des entreprises, "
          "a annoncé l'agglomération mardi, qui table sur 200 000 voyageurs de plus par an.")


def test_the_credit_of_a_copy_of_an_update_survives_an_export_round_trip(
        tmp_path: Path) -> None:
    """t-final52b A7: the copy of an outlet's update is its reprint, "(version 2)", in the
    store and in a store made from its export."""
    data, again = tmp_path / "d", tmp_path / "e"
    files = [("Le Berry Républicain", "Vierzon : les bus deviennent gratuits",
              "Publié le 30/11/2026 à 21h10", TEXT),
             ("La Nouvelle République", "Bus gratuits à Vierzon dès mars",
              "Publié le 01/12/2026 à 07h30", TEXT[:2]),
             ("La Nouvelle République", "Bus gratuits à Vierzon : les entreprises paieront",
              "Publié le 01/12/2026 à 07h30 Modifié le 01/12/2026 à 11h00", [*TEXT[:2], UPDATE]),
             ("Le Parisien", "Cher : Vierzon rend ses bus gratuits",
              "Le 01/12/2026 à 12h00", [*TEXT[:2], UPDATE])]
    for n, (masthead, title, stamp, paragraphs) in enumerate(files):
        path = tmp_path / f"{n}.txt"
        path.write_bytes("\n".join([masthead, "Rechercher", title, stamp, *paragraphs,
                                    ""]).encode())
        assert run_veille(["ingest", str(path)], data_dir=data).returncode == 0
    export = tmp_path / "x.jsonl"
    export.write_bytes(run_veille(["export"], data_dir=data).stdout)
    assert run_veille(["ingest", str(export)], data_dir=again).returncode == 0
    for where in (data, again):
        [line] = [ln for ln in out(run_veille(["latest"], data_dir=where)).splitlines()
                  if "rend ses bus" in ln]
        said = out(run_veille(["duplicates", line.split()[0]], data_dir=where))
        assert re.search(r"reprint of\s+1\.00 .*La Nouvelle République .*\(version 2\)",
                         said), said
