"""``GET /api/v1/quotes``: quotes listed and filtered by speaker (entity id, name, a
speaker with no entity), words, dates and source, paged by offset or cursor with their
total (h-api65, t-final64 #8: quotes were shown on article pages and could not be listed
over the API). Real store, real enrichment, real server on 127.0.0.1."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
from web_kit import LiveServer, serve

from veille.service import Veille
from veille.settings import Settings


def _record(n: int, day: str, source: str, speaker: str, said: str) -> dict[str, object]:
    return {"title": f"Conseil municipal de Valence, séance {n}", "language": "fr",
            "url": f"https://{source}/seance-{n}", "published": f"{day}T10:00:00+01:00",
            "source": source,
            "paragraphs": [f"La séance {n} du conseil municipal de Valence s'est tenue "
                           "lundi soir devant une salle comble.",
                           f"« {said} », a déclaré {speaker} devant les élus."]}


RECORDS = [
    _record(1, "2026-12-01", "exemple.fr", "la maire Hélène Darcourt",
            "Nous devons protéger la nappe avant l'été"),
    _record(2, "2026-12-02", "autre.fr", "Hélène Darcourt",
            "La sécheresse n'attendra pas le prochain budget"),
    _record(3, "2026-12-03", "exemple.fr", "Hélène Darcourt",
            "Chaque mètre cube économisé compte pour l'été"),
    _record(4, "2026-12-04", "autre.fr", "l'opposant Marc Vautrin",
            "Cette restriction arrive beaucoup trop tard pour les agriculteurs"),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    data = tmp_path_factory.mktemp("quotes-api") / "data"
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS)
    with Veille(Settings(data_dir=data)) as service:
        service.ingest_bytes([("r.jsonl", lines.encode())])
        service.enrich()
    with serve(data) as live:
        yield live


def get(server: LiveServer, **params: object) -> httpx.Response:
    with httpx.Client(base_url=server.url, timeout=60) as http:
        return http.get("/api/v1/quotes", params=params)


def texts(answer: dict[str, object]) -> list[str]:
    return [q["text"][:12] for q in answer["quotes"]]  # type: ignore[index, union-attr]


def test_lists_every_quote_newest_first_with_total(server: LiveServer) -> None:
    answer = get(server).json()
    assert answer["total"] == 4 and len(answer["quotes"]) == 4
    assert answer["quotes"][0]["text"].startswith("Cette restriction")
    assert answer["next_cursor"] is None


def test_filters_by_speaker_entity_name_and_id(server: LiveServer) -> None:
    by_name = get(server, speaker="Hélène Darcourt").json()
    assert by_name["total"] == 3, by_name
    assert {q["speaker_id"] for q in by_name["quotes"]} == {by_name["speaker_id"]}
    by_id = get(server, speaker=by_name["speaker_id"]).json()
    assert texts(by_id) == texts(by_name)


def test_filters_by_words_dates_and_source(server: LiveServer) -> None:
    assert len(get(server, q="L'ETE").json()["quotes"]) == 2  # accents and case folded
    ranged = get(server, since="2026-12-02", until="2026-12-03").json()
    assert ranged["total"] == 2
    assert {q["time"][:10] for q in ranged["quotes"]} == {"2026-12-02", "2026-12-03"}
    assert get(server, source="autre.fr").json()["total"] == 2
    assert get(server, q="100%_").json()["total"] == 0  # LIKE's marks are plain text


def test_unknown_speaker_is_404_and_bad_date_422(server: LiveServer) -> None:
    assert get(server, speaker="Personne Inconnue").status_code == 404
    assert get(server, since="2026-13-01").status_code == 422


def test_pages_by_cursor_and_by_offset_alike(server: LiveServer) -> None:
    first = get(server, limit=3).json()
    assert first["total"] == 4 and first["next_cursor"]
    second = get(server, limit=3, cursor=first["next_cursor"]).json()
    assert texts(first) + texts(second) == texts(get(server).json())
    assert second["next_cursor"] is None
    by_offset = get(server, limit=2, offset=1).json()
    assert by_offset["next_cursor"], "a page read by offset gives the next page's cursor"
    rest = get(server, limit=2, cursor=by_offset["next_cursor"]).json()
    assert texts(by_offset) + texts(rest) == texts(get(server).json())[1:]
    other = get(server, limit=3, source="autre.fr", cursor=first["next_cursor"]).json()
    assert other["warnings"] and other["quotes"]  # another list's cursor: first page
