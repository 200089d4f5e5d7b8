"""A seizure in a port is not the story of a shipwreck there days earlier (h-stories63b,
t-final63 #1): "Sète : un chalutier saisi pour pêche illégale de thon rouge" named no kind
of event, so it agreed with any story, and the port's shipwreck story took it by the town,
the boat words, the maritime prefecture and the court town.
``event_kinds_seizures.SEIZURE_KINDS`` (``event_kinds.SEIZURES``): a seizure names the kind
"justice", poaching, illegal fishing and smuggling "crime".

Texts written for these tests (invented outlets, boats and people), one record per ingest
into a real store (each ingest re-clusters its window, as ``veille ingest`` does); and
t-final63's own captures (tests/fixtures/t-final63: the shipwreck's week/e1-* and the
seizure x4), ingested by the real CLI.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from story_records_kit import stories_of
from veille.dedup.event_kinds import event_kinds

WRECK = [("Naufrage d'un chalutier au large de Port-Vendres : trois marins disparus",
          "Le chalutier Sainte-Odile a sombré lundi soir à douze milles de Port-Vendres. "
          "Trois des quatre marins sont portés disparus, a indiqué la préfecture maritime de "
          "la Méditerranée.\n\nLe quatrième, Jordi Castell, a été hélitreuillé et conduit à "
          "l'hôpital de Perpignan. Les recherches ont repris mardi à l'aube.\n\n« La mer était "
          "très forte », a expliqué le patron d'un chalutier voisin, Marc Sabaté.",
          "2026-03-02T08:00:00+01:00", "fr"),
         ("Port-Vendres : les recherches suspendues, trois marins toujours introuvables",
          "La préfecture maritime de la Méditerranée a suspendu mardi soir les recherches des "
          "trois marins du Sainte-Odile.\n\nLes familles ont été reçues à la mairie de "
          "Port-Vendres par le maire, Pierre Roig. Une cellule d'écoute a été ouverte.\n\n"
          "Le parquet de Perpignan a été saisi pour déterminer les causes.",
          "2026-03-03T19:00:00+01:00", "fr"),
         ("Naufrage du Sainte-Odile : le corps d'un marin retrouvé à Collioure",
          "Le corps de l'un des trois marins du chalutier Sainte-Odile, disparus depuis le "
          "naufrage de lundi, a été retrouvé mercredi sur une plage de Collioure.\n\n"
          "La préfecture maritime de la Méditerranée poursuit les survols.\n\n"
          "« Nous attendons les deux autres », a dit le maire de Port-Vendres, Pierre Roig.",
          "2026-03-04T17:00:00+01:00", "fr")]
SEIZED = ("Port-Vendres : un chalutier saisi pour pêche illégale de merlu",
          "Les affaires maritimes ont découvert deux tonnes de merlu non déclarées dans la cale "
          "du Roc de l'Ours, jeudi au port de Port-Vendres.\n\nLe chalutier a été saisi jeudi "
          "soir, a indiqué la préfecture maritime de la Méditerranée. « C'est une saisie "
          "importante », a déclaré le délégué à la mer, Paul Ferrer.\n\nLe patron du navire "
          "sera convoqué devant le tribunal correctionnel de Perpignan. Il encourt 22 500 "
          "euros d'amende.",
          "2026-03-05T15:00:00+01:00", "fr")


@pytest.mark.parametrize("order", ["seizure last", "seizure first"])
def test_a_seizure_in_the_port_is_not_the_shipwreck_story(tmp_path: Path, order: str
                                                           ) -> None:
    """Regression (t-final63 #1's kind): the seizure joined the shipwreck's story; the
    shipwreck's follow-ups stay together."""
    items = [*WRECK, SEIZED] if order == "seizure last" else [SEIZED, *WRECK]
    got = dict(zip((i[0] for i in items), stories_of(tmp_path, items), strict=True))
    assert got[SEIZED[0]] not in {got[w[0]] for w in WRECK}
    assert got[WRECK[0][0]] == got[WRECK[2][0]]


SINKING = [("Two missing after trawler capsizes off Brixham",
            "Two crew members are missing after the trawler Silver Dawn capsized on Monday "
            "night eight miles off Brixham, the coastguard said.\n\nA third fisherman, Owen "
            "Hale, was winched to safety and taken to Torbay hospital. Lifeboats resumed the "
            "search at first light.\n\n\"The sea was rough and she went over in seconds,\" "
            "said skipper Tom Penrose, who was fishing nearby.",
            "2026-05-04T08:00:00+01:00", "en"),
           ("Body of missing Brixham fisherman found as search goes on",
            "The body of one of the two fishermen missing since the Silver Dawn capsized off "
            "Brixham was found on Tuesday afternoon, the coastguard said.\n\nThe Marine "
            "Accident Investigation Branch has opened an inquiry into the sinking.\n\n"
            "Flags in Brixham harbour will fly at half mast all week.",
            "2026-05-05T17:00:00+01:00", "en")]
CATCH = ("Brixham trawler seized over illegal catch of undersized sole",
         "Fisheries officers seized the trawler Blue Heron in Brixham harbour on Wednesday "
         "after finding a tonne of undersized sole in her hold, the Marine Management "
         "Organisation said.\n\nThe skipper has been summoned to appear before Torquay "
         "magistrates and faces a fine of up to 50,000 pounds.\n\n\"Illegal fishing hurts "
         "every honest crew in this port,\" said fishermen's leader Ruth Carne.",
         "2026-05-07T13:00:00+01:00", "en")


@pytest.mark.parametrize("order", ["seizure last", "seizure first"])
def test_an_english_seizure_is_not_the_capsizing_story(tmp_path: Path, order: str) -> None:
    """Regression (the same kind, in English): the seizure joined the capsizing's story."""
    items = [*SINKING, CATCH] if order == "seizure last" else [CATCH, *SINKING]
    got = dict(zip((i[0] for i in items), stories_of(tmp_path, items), strict=True))
    assert got[CATCH[0]] not in {got[w[0]] for w in SINKING}
    assert got[SINKING[0][0]] == got[SINKING[1][0]]


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "t-final63"


def test_t_final63_seizure_is_not_the_shipwreck_story(tmp_path: Path) -> None:
    """Regression, t-final63 #1 replayed: x4 (the Bellevue III seized in Sète) was in the
    Virgen del Carmen shipwreck's story 2d530cb66ff6d546."""
    cli = [sys.executable, "-m", "veille.cli.main", "--data-dir", str(tmp_path / "d")]
    subprocess.run([*cli, "ingest", str(FIXTURES)], check=True, capture_output=True)
    out = subprocess.run([*cli, "export"], check=True, capture_output=True, text=True).stdout
    story = {r["url"].rsplit("/", 1)[-1]: (r.get("dedup") or {}).get("story_id") or r["id"]
             for r in map(json.loads, filter(str.strip, out.splitlines()))}
    seized = story["sete-chalutier-saisi-peche-illegale-thon-rouge"]
    wreck = story["naufrage-chalutier-espagnol-sete-trois-marins-disparus"]
    assert seized != wreck


@pytest.mark.parametrize(("title", "kinds"), [
    ("Cuxhaven: Kutter wegen illegaler Fischerei beschlagnahmt", {"justice", "crime"}),
    ("La Guardia Civil se incautó de 800 kilos de atún rojo de pesca ilegal",
     {"justice", "crime"}),
    ("Harwich trawler was seized over an illegal catch", {"justice", "crime"}),
    ("Sequestrate tre tonnellate di pesce spada", {"justice"}),
    ("Les douaniers ont saisi 300 kilos de cigarettes de contrebande", {"justice", "crime"}),
])
def test_seizures_name_their_kind(title: str, kinds: set[str]) -> None:
    assert kinds <= event_kinds(title, [])


@pytest.mark.parametrize("title", [
    "Le parquet a été saisi après le naufrage",
    "The opposition seized on the minister's remarks",
    "Le maire a saisi l'occasion de présenter le budget",
])
def test_a_court_referred_to_or_a_chance_seized_names_no_seizure(title: str) -> None:
    assert not {"justice", "crime"} & event_kinds(title, [])


@pytest.mark.parametrize("title", [
    "Le conseil municipal a adopté, par 31 voix contre 8, le stationnement payant",
    "El pleno aprobó la ordenanza con 14 votos a favor",
    "Il consiglio comunale ha approvato il bilancio",
    "Councillors voted to close the library",
])
def test_an_assembly_vote_names_politics(title: str) -> None:
    """``event_kinds_votes.VOTE_KINDS``: a council's parking vote named no kind and joined
    the shipwreck's story by a minute of silence for its sailors (t-final63's store)."""
    assert "politics" in event_kinds(title, [])


def test_a_bare_vote_names_no_politics() -> None:
    assert "politics" not in event_kinds("Les salariés votent la grève reconductible", [])
