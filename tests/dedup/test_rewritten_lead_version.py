"""verify15 R3: an agency update at the same URL that rewrites its headline and its lead
paragraph and keeps the rest ("le bilan s'alourdit") is a version of the dispatch however
it arrives: in the same folder as its first version, in a later ingest, or fetched again
from the site. It became a second article when the first version was already stored: its
leads share nothing, so the kept paragraphs were taken for background shared by two
dispatches (newuser4 N20) and the URL for a reused one (newuser6 M16). Real store, real
HTTP server on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import veille
from veille.collect.testserver import LocalServer, Page, Site
from veille.record import article_id

URL = "https://agence.example/fr/actus/lyon-immeuble-effondre-croix-rousse-2026-11-24"

KEPT = [
    "L'immeuble de quatre étages, construit au XIXe siècle, abritait huit logements et un "
    "commerce au rez-de-chaussée. Il s'est affaissé vers 5 h 40, selon les premiers témoins.",
    "Les marins-pompiers ont mobilisé une centaine d'hommes et des équipes cynophiles pour "
    "fouiller les décombres, tandis que deux immeubles voisins ont été évacués par précaution.",
    "Le parquet de Lyon a ouvert une enquête pour blessures involontaires et confié les "
    "investigations à la direction interdépartementale de la police nationale.",
]
FIRST = ("Lyon : un immeuble s'effondre à la Croix-Rousse, un blessé grave",
         "Un immeuble ancien s'est effondré mardi à l'aube sur les pentes de la Croix-Rousse "
         "à Lyon, faisant un blessé grave et plusieurs disparus, a annoncé la préfecture. "
         "Les habitants du quartier ont été réveillés par un grondement sourd.")
UPDATE = ("Effondrement à la Croix-Rousse : le bilan s'alourdit à deux morts",
          "Deux corps ont été retirés des décombres de l'immeuble effondré mardi matin dans "
          "le quartier lyonnais de la Croix-Rousse, a indiqué la préfecture du Rhône en "
          "fin de matinée. Une troisième personne est toujours recherchée par les secours.")


def page(version: tuple[str, str], when: str) -> bytes:
    title, lead = version
    body = "".join(f"<p>{p}</p>" for p in (lead, *KEPT))
    return (f'<html lang="fr"><head><meta charset="utf-8"><title>{title}</title>'
            f'<link rel="canonical" href="{URL}"><meta property="article:published_time" '
            f'content="{when}"></head><body><article><h1>{title}</h1>{body}</article>'
            "</body></html>").encode()


def write(folder: Path) -> tuple[Path, Path]:
    folder.mkdir()
    first, update = folder / "a1.html", folder / "a2.html"
    first.write_bytes(page(FIRST, "2026-11-24T06:50:00+01:00"))
    update.write_bytes(page(UPDATE, "2026-11-24T12:30:00+01:00"))
    return first, update


def store_state(v: veille.Veille) -> list[tuple[str, str, int]]:
    """Each stored article: id, title and how many earlier versions it has."""
    return sorted((a.id, a.content.title if a.content else "", len(v.store.versions(a.id)))
                  for a in v.latest(limit=20))


def test_a_rewritten_lead_is_a_version_in_one_folder_and_in_two_ingests(tmp_path: Path) -> None:
    first, update = write(tmp_path / "in")
    with veille.open(tmp_path / "folder") as v:
        v.ingest(tmp_path / "in")
        together = store_state(v)
    with veille.open(tmp_path / "apart") as v:
        v.ingest(first)
        done = v.ingest(update)
        apart = store_state(v)
    assert (done.new, done.versions) == (0, 1)
    assert apart == together == [(article_id(url=URL, raw_id=""), UPDATE[0], 1)]


def test_a_rewritten_lead_fetched_again_is_a_version(tmp_path: Path) -> None:
    site = Site(pages={"/depeche.html": Page(page(FIRST, "2026-11-24T06:50:00+01:00"))})
    with LocalServer(site) as running, \
            veille.open(tmp_path / "data", fetch_allow="127.0.0.1", fetch_retries=0,
                        fetch_delay=0) as v:
        url = running.url("/depeche.html")
        assert v.fetch([url]).ingest.new == 1
        site.pages["/depeche.html"] = Page(page(UPDATE, "2026-11-24T12:30:00+01:00"))
        again = v.fetch([url]).ingest
        assert (again.new, again.versions) == (0, 1)
        [(_, title, versions)] = store_state(v)
        assert (title, versions) == (UPDATE[0], 1)


OTHER = ("Lyon : la fête des Lumières maintenue malgré les travaux",
         "La fête des Lumières aura bien lieu du 5 au 8 décembre à Lyon, malgré les chantiers "
         "du tramway qui ferment plusieurs rues de la presqu'île, a confirmé la mairie.")
OTHER_BODY = [
    "Une trentaine d'installations sont prévues, dont une dizaine sur la colline de "
    "Fourvière, et les organisateurs attendent près de deux millions de visiteurs.",
    "Les transports en commun circuleront toute la nuit pendant les quatre soirées, et des "
    "parkings relais gratuits seront ouverts aux portes de la ville.",
]


def test_a_reused_url_is_a_new_article_in_one_folder_as_in_two_ingests(tmp_path: Path) -> None:
    """The other way round (newuser6 M16): another article at the same URL shares no body,
    and is a new article whether its URL's first article is stored or in the same batch."""
    folder = tmp_path / "in"
    first, _ = write(folder)
    _, lead = OTHER
    reused = folder / "a2.html"
    body = "".join(f"<p>{p}</p>" for p in (lead, *OTHER_BODY))
    reused.write_bytes((f'<html lang="fr"><head><meta charset="utf-8"><title>{OTHER[0]}'
                        f'</title><link rel="canonical" href="{URL}"></head><body><article>'
                        f"<h1>{OTHER[0]}</h1>{body}</article></body></html>").encode())
    with veille.open(tmp_path / "folder") as v:
        v.ingest(folder)
        together = store_state(v)
    with veille.open(tmp_path / "apart") as v:
        v.ingest(first)
        v.ingest(reused)
        apart = store_state(v)
    assert together == apart
    assert sorted(title for _, title, _ in apart) == sorted([FIRST[0], OTHER[0]])
    assert all(versions == 0 for _, _, versions in apart)
