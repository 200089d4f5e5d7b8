"""The story line names the agency (h-copies66b "still wrong" 2, h-copies67): three outlets
run one EFE dispatch (Levante-EMV 08:35, Las Provincias 09:02, El Periòdic 10:15: the
tester's captures, t-final66 F6), and ``veille stories`` said "first published by
Levante-EMV", as if the text were Levante-EMV's. It says "EFE dispatch, carried first by
Levante-EMV" now, and how many outlets carry it, in English and in French, as the story
page does; and El Periòdic's copy, whose dateline credit "14/03/2026 - 10:15 - EFE" is read
now, is an EFE copy in ``veille show``, no "reprint of" a carrier. Real store, real CLI,
real server."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from web_kit import serve

from capture_kit import err, out, run_veille
from veille.ingest import ingest_texts
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

DATA = Path(__file__).parents[1] / "dedup" / "data_66b"
COPIES = (("lasprovincias_carlet.txt", "lasprovincias.es"),
          ("elperiodic_carlet.txt", "elperiodic.com"),
          ("levante_carlet.txt", "levante-emv.com"))


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    data = tmp_path_factory.mktemp("wire67") / "data"
    store = SQLiteStore.open(Settings(data_dir=data).store_path)
    ids = {}
    try:
        for name, source in COPIES:  # the original last
            [ids[source]] = ingest_texts(store, [(name, (DATA / name).read_bytes())],
                                         source=source).new_ids
    finally:
        store.close()
    return data, ids


def _story_id(data: Path) -> str:
    ran = run_veille(["stories", "--json"], data_dir=data)
    assert ran.returncode == 0, err(ran)
    [story] = json.loads(out(ran))
    return str(story["id"])


def test_the_story_json_gives_the_wire(data: tuple[Path, dict[str, str]]) -> None:
    ran = run_veille(["stories", _story_id(data[0]), "--json"], data_dir=data[0])
    story = json.loads(out(ran))
    assert story["wire"]["agency"] == "EFE"
    assert story["wire"]["outlets"] == 3
    assert (story["wire"]["first_source"], story["wire"]["first_outlet"]) == (
        "levante-emv.com", "Levante-EMV")


@pytest.mark.parametrize(("lang", "first", "carried"), [
    ("en_GB.UTF-8", "EFE dispatch, carried first by Levante-EMV, 2026-03-14 08:35",
     "EFE dispatch carried by 3 outlets"),
    ("fr_FR.UTF-8", "dépêche EFE, reprise d'abord par Levante-EMV, 2026-03-14 08:35",
     "Dépêche EFE reprise par 3 titres"),
])
def test_the_story_line_names_the_agency(data: tuple[Path, dict[str, str]], lang: str,
                                         first: str, carried: str) -> None:
    env = {"LANGUAGE": "", "LC_ALL": lang, "LANG": lang}
    for args in (["stories"], ["stories", _story_id(data[0])]):
        ran = run_veille(args, data_dir=data[0], env=env)
        assert ran.returncode == 0, err(ran)
        text = " ".join(out(ran).split())
        assert first in text, text
        assert carried in text, text
        assert "first published by" not in text and "publié en premier par" not in text


def test_el_periodics_copy_is_an_efe_copy(data: tuple[Path, dict[str, str]]) -> None:
    path, ids = data
    ran = run_veille(["show", ids["elperiodic.com"]], data_dir=path,
                     env={"LANGUAGE": "", "LC_ALL": "en_GB.UTF-8"})
    text = " ".join(out(ran).split())
    assert "EFE copy, also carried earlier by" in text, text
    assert "reprint of" not in text


def test_the_story_page_names_the_agency(data: tuple[Path, dict[str, str]]) -> None:
    story_id = _story_id(data[0])
    with serve(data[0]) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        page = http.get(f"/stories/{story_id}", headers={"Accept-Language": "en"}).text
        assert "EFE dispatch, carried first by <strong" in page
        assert "EFE dispatch carried by 3 outlets</p>" in page  # "first by" said once
        french = http.get(f"/stories/{story_id}", headers={"Accept-Language": "fr"}).text
        assert "Dépêche EFE, reprise d&#39;abord par <strong" in french \
            or "Dépêche EFE, reprise d'abord par <strong" in french
