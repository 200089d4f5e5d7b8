"""Large inputs (t-final61 #11, issue 13): a saved 2,000-item feed lost half its items ("more
than 1000 items; the first 1000 were read") and printed 1,000 identical notes in shuffled
order; a feed's URL given to ``veille fetch`` was refused "not a web page"; the file bar
counted files read, not done, so it jumped by a batch and sat there while the batch was
extracted. The real ``veille`` command, a real SQLite store, a real server on 127.0.0.1."""

from __future__ import annotations

import json
import re
from pathlib import Path

from capture_kit import err, out, run_veille
from veille.collect.feed_files import MAX_FILE_ITEMS, feed_file_items, listing_kind
from veille.collect.files import Options, read_inputs
from veille.collect.testserver import LocalServer, Page, Site
from veille.ingest import Ingestor
from veille.record import RawInput
from veille.store.sqlite import SQLiteStore

TOWNS = ["Valdoré", "Port-Sablon", "Kerlouan-Vieux", "Montaric"]


def summaries_feed(n: int, *, home: str = "https://gazette-valdore.example/") -> bytes:
    """An RSS feed of ``n`` items that give a link and a description alone."""
    items = "".join(
        f"<item><title>{TOWNS[i % 4]} : délibération {i}</title><link>{home}d/{i}</link>"
        f"<guid>valdore-{i}</guid><pubDate>Thu, {1 + i % 27:02d} Oct 2026 "
        f"{i % 24:02d}:{i % 60:02d}:00 +0200</pubDate><description>Le conseil de "
        f"{TOWNS[i % 4]} a adopté la délibération {i} sur {i * 3 + 7} logements, a indiqué "
        f"la maire Odile Ferrandou, qui a défendu le projet devant {i % 40 + 12} élus."
        "</description></item>" for i in range(n))
    return ("<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel>"
            f"<title>Gazette de Valdoré</title><link>{home}</link><language>fr</language>"
            f"{items}</channel></rss>\n").encode()


def test_a_feed_file_is_read_past_the_pollers_cap() -> None:
    data = summaries_feed(1_100)
    items = list(feed_file_items(data, kind=listing_kind(data), origin="big.xml", source=None))
    assert [i for i in items if not isinstance(i, RawInput)] == []
    assert len(items) == 1_100 < MAX_FILE_ITEMS


def test_notes_alike_are_one_line_with_a_count_in_input_order(tmp_path: Path) -> None:
    feed = tmp_path / "valdore.xml"
    feed.write_bytes(summaries_feed(45))
    done = run_veille(["ingest", "--json", str(feed)], data_dir=tmp_path / "data")
    assert done.returncode == 0, err(done)
    notes = [line for line in err(done).splitlines()
             if line.strip().startswith("note:") and "enrichment:" not in line]
    assert len(notes) == 1, notes
    assert "45 inputs (" in notes[0] and "valdore.xml#1, #2, #3 and 42 more" in notes[0], notes
    every = json.loads(out(done))["notes"]  # --json keeps each one, in input order
    assert [int(re.search(r"#(\d+):", n).group(1)) for n in every] == list(range(1, 46))


def test_a_file_is_told_done_once_its_items_are_extracted(tmp_path: Path,
                                                          store: SQLiteStore) -> None:
    folder = tmp_path / "drop"
    folder.mkdir()
    for n in range(12):
        (folder / f"c{n:02d}.txt").write_text(
            f"{TOWNS[n % 4]} : la digue numéro {n} sera rehaussée\n\nLes travaux de la digue "
            f"numéro {n} de {TOWNS[n % 4]} commenceront en mars, a annoncé le syndicat des "
            f"eaux, qui chiffre le chantier à {n + 2} millions d'euros.\n", "utf-8")
    told: list[tuple[int, int]] = []
    ingestor = Ingestor(store, batch_size=200,
                        file_progress=lambda n: told.append((n, ingestor.summary.read)))
    summary = ingestor.run(read_inputs([folder], options=Options(
        max_bytes=1 << 20, file_progress=ingestor.read_through)))
    assert summary.new == 12
    # one file at a time, each once the batch it is in was read and extracted (before,
    # each was told as it was read: 12 counted before a single one was extracted)
    assert told == [(1, 12)] * 12


def test_fetch_reads_a_feed_url_as_a_feed(tmp_path: Path) -> None:
    site = Site(pages={})
    with LocalServer(site) as running:
        site.pages["/fil.xml"] = Page(summaries_feed(6, home=running.url("/")),
                                      content_type="application/xml")
        done = run_veille(["fetch", running.url("/fil.xml")], data_dir=tmp_path / "data",
                          env={"VEILLE_FETCH_ALLOW": "127.0.0.1", "VEILLE_FETCH_DELAY": "0",
                               "VEILLE_FETCH_RETRIES": "0"})
    assert done.returncode == 0, err(done)
    assert "read 6, new 6" in err(done), err(done)
    # changed on purpose (h-feeds67, t-final67 C1): the feed is followed, its items' pages
    # fetched (404 here), each stored from its summary as a saved feed's is
    assert "RSS feed of 6 item(s); their pages were fetched" in err(done)
