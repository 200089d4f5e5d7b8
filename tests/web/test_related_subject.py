""""Voir aussi" lists articles on the same subject, not news that shares one common word
with the headline, nor the same site's latest news (newuser17c S8: 4 of 5 suggestions for
a missing fisherman were a coach crash, a cyberattack, a law, a school bus). Real store,
index and HTTP server."""

from __future__ import annotations

from pathlib import Path

import httpx
from test_latest_story_date import line
from web_kit import serve

import veille


def test_see_also_needs_more_than_one_common_word(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with veille.open(data) as v:
        v.ingest_bytes([("a.jsonl", "\n".join([
            line("cote.example", "Vendée : un ostréiculteur porté disparu près de Noirmoutier",
                 "2026-11-20T09:00:00+01:00", [
                     "Un ostréiculteur de 58 ans est porté disparu depuis mardi soir près "
                     "de Noirmoutier, où il relevait ses tables à marée basse.",
                     "La gendarmerie maritime et un hélicoptère de la sécurité civile "
                     "fouillent la baie de Bourgneuf depuis l'aube."]),
            line("ouest.example", "Noirmoutier : l'ostréiculteur disparu retrouvé sans vie",
                 "2026-11-23T12:00:00+01:00", [
                     "Le corps de l'ostréiculteur disparu mardi a été retrouvé dimanche sur "
                     "une plage de l'île de Noirmoutier, a indiqué la préfecture.",
                     "Une autopsie doit être pratiquée pour établir les causes du drame."]),
            line("cote.example", "Rugby : un pilier porté disparu des terrains revient",
                 "2026-11-21T18:00:00+01:00", [
                     "Absent des terrains depuis deux saisons après une blessure au genou, "
                     "le pilier du club local a rejoué samedi devant son public.",
                     "Son entraîneur salue un joueur qui n'a jamais renoncé."]),
            line("cote.example", "Budget : le conseil départemental vote les aides aux ports",
                 "2026-11-22T18:00:00+01:00", [
                     "Le conseil départemental a adopté vendredi un plan d'aide de deux "
                     "millions d'euros pour moderniser les ports de pêche.",
                     "L'opposition a voté contre, jugeant l'enveloppe insuffisante."]),
        ]).encode() + b"\n")])
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        listed = http.get("/api/v1/latest", params={"all": "1"}).json()["articles"]
        by_title = {a["title"]: a["id"] for a in listed}
        missing = by_title["Vendée : un ostréiculteur porté disparu près de Noirmoutier"]
        found = by_title["Noirmoutier : l'ostréiculteur disparu retrouvé sans vie"]
        budget = by_title["Budget : le conseil départemental vote les aides aux ports"]
        related = [r["id"] for r in http.get(f"/api/v1/articles/{missing}").json()["related"]]
        alone = http.get(f"/api/v1/articles/{budget}").json()["related"]
    # the follow-up, unless it is in the article's own story (then shown as its story)
    assert set(related) <= {found}, related
    # "porté disparu" alone (the rugby comeback) and the same site's news are no subject
    assert alone == []
