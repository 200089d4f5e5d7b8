"""verify16 Z11: a live page's URL reused days later for other news, the two short texts
sharing only the page's standing paragraphs (what the live page prints whatever the news),
is a new article, not a version of the old one; an update of the same day that rewrites
its lead stays a version (verify15 R3). Real store."""

from __future__ import annotations

from pathlib import Path

import veille

URL = "https://www.midi-actu.example/direct/meteo-herault-en-direct"
STANDING = [
    "Suivez dans ce fil les dernières informations sur la situation dans l'Hérault : "
    "circulation, écoles, alertes de Météo-France et consignes des autorités.",
    "Pour signaler une route coupée, utilisez le formulaire du Département ; en cas de "
    "danger immédiat, appelez le 18 ou le 112, joignables jour et nuit.",
]
STORM = ("EN DIRECT. Tempête dans l'Hérault : des rafales à 130 km/h sur le littoral",
         "Des rafales de 130 km/h ont été relevées cette nuit à Sète, où deux bateaux ont "
         "rompu leurs amarres dans le port de plaisance.", "2026-11-18T06:30:00+01:00")
HEAT = ("EN DIRECT. Pluies dans l'Hérault : la Lergue déborde à Lodève",
        "La Lergue est sortie de son lit à Lodève dans la matinée, et trois écoles du "
        "Lodévois restent fermées jusqu'à nouvel ordre, selon la préfecture.",
        "2026-11-27T08:15:00+01:00")
STORM_LATER = (STORM[0], "Les rafales ont atteint 140 km/h dans la matinée à Sète, où "
               "deux voiliers ont coulé dans le port de plaisance.", "2026-11-18T11:00:00+01:00")


def page(version: tuple[str, str, str]) -> bytes:
    title, lead, when = version
    body = "".join(f"<p>{p}</p>" for p in (lead, *STANDING))
    return (f'<html lang="fr"><head><meta charset="utf-8"><title>{title}</title>'
            f'<link rel="canonical" href="{URL}"><meta property="article:published_time" '
            f'content="{when}"></head><body><article><h1>{title}</h1>{body}</article>'
            "</body></html>").encode()


def titles(v: veille.Veille) -> list[tuple[str, int]]:
    return sorted((a.content.title if a.content else "", len(v.store.versions(a.id)))
                  for a in v.latest(limit=20))


def test_a_live_url_reused_days_later_is_a_new_article(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.html").write_bytes(page(STORM))
    (folder / "b.html").write_bytes(page(HEAT))
    with veille.open(tmp_path / "apart") as v:
        v.ingest(folder / "a.html")
        done = v.ingest(folder / "b.html")
        assert (done.new, done.versions) == (1, 0)
        assert titles(v) == sorted([(STORM[0], 0), (HEAT[0], 0)])
    with veille.open(tmp_path / "together") as v:
        v.ingest(folder)
        assert titles(v) == sorted([(STORM[0], 0), (HEAT[0], 0)])


def test_the_same_days_update_of_the_live_page_stays_a_version(tmp_path: Path) -> None:
    first, later = tmp_path / "a.html", tmp_path / "b.html"
    first.write_bytes(page(STORM))
    later.write_bytes(page(STORM_LATER))
    with veille.open(tmp_path / "data") as v:
        v.ingest(first)
        done = v.ingest(later)
        assert (done.new, done.versions) == (0, 1)
