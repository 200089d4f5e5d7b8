"""Alerts and feeds name an outlet as the pages do (t-final25 S12: the English e-mail said
"Source: leparisien.fr" where the pages say "Le Parisien", the digest "Source:
guadeloupe.franceantilles.fr" for records declaring "France-Antilles", the JSON Feed's
``tags`` and the webhook's ``article.source`` ``zinfos974.com`` where the pages say
"Zinfos974"). The machine field (the source, a host) stays, the shown name is added. Real
SMTP and webhook receivers and a real server on 127.0.0.1, real store."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import timedelta
from pathlib import Path

import httpx

import veille
from alert_kit import smtp_server, webhook_server
from veille.monitor.deliver import deliver_due
from veille.record import utcnow
from veille.store.base import SavedSearch

TEXT = ("Le cyclone a touché l'île dans la nuit, ont indiqué les autorités, qui appellent la "
        "population à rester à l'abri jusqu'à la levée de l'alerte.\n\nLes écoles resteront "
        "fermées et les services de secours sont mobilisés dans toutes les communes.")
RECORDS = [("Le Parisien", "https://www.leparisien.fr/faits-divers/cyclone-1.php", "Paris"),
           ("France-Antilles", "https://guadeloupe.franceantilles.fr/actualite/cyclone-2",
            "Guadeloupe"),
           ("Zinfos974", "https://www.zinfos974.com/cyclone-3.html", "La Réunion")]


def jsonl() -> bytes:
    return "".join(json.dumps({"title": f"Cyclone : alerte à {place}", "text": TEXT,
                               "url": url, "source": name,
                               "published": (utcnow() - timedelta(hours=1)).isoformat()},
                              ensure_ascii=False) + "\n"
                   for name, url, place in RECORDS).encode()


def body_of(message: object) -> str:
    text = message.get_payload(decode=True).decode()  # type: ignore[attr-defined]
    return str(text).replace("\r\n", "\n").replace("\u202f", " ")


def test_e_mails_digests_and_webhooks_name_the_outlet_as_the_pages(tmp_path: Path) -> None:
    with smtp_server() as (box, port), webhook_server() as (hooks, hook), \
            veille.open(tmp_path / "data", smtp_host="127.0.0.1", smtp_port=port,
                        smtp_starttls=False, fetch_allow="127.0.0.0/8") as v:
        v.save_search(SavedSearch(name="EN", query="cyclone", email="en@example.org",
                                  lang="en", collapse=False, webhook=hook))
        v.save_search(SavedSearch(name="Digest", query="cyclone", email="fr@example.org",
                                  lang="fr", digest="hourly", collapse=False))
        v.ingest_bytes([("cyclone.jsonl", jsonl())])
        assert {a.source for a in v.latest(10)} == {
            "leparisien.fr", "guadeloupe.franceantilles.fr", "zinfos974.com"}
        v.deliver_alerts()
        deliver_due(v.store, v.settings, now=utcnow() + timedelta(days=1, hours=1))
    english = [body_of(m) for m in box.messages if m["To"] == "en@example.org"]
    assert len(english) == 3
    assert any("Source: Le Parisien\n" in b for b in english), english
    assert not any("Source: leparisien.fr" in b for b in english)
    [digest] = [body_of(m) for m in box.messages if m["To"] == "fr@example.org"]
    assert "Source : France-Antilles\n" in digest
    assert "guadeloupe.franceantilles.fr" not in digest.replace(
        "https://guadeloupe.franceantilles.fr/", "")
    sent = {json.loads(body)["article"]["source"]: json.loads(body)["article"]
            for _headers, body in hooks.posts}
    assert sent["zinfos974.com"]["outlet"] == "Zinfos974"
    assert sent["leparisien.fr"]["outlet"] == "Le Parisien"


def test_feeds_name_the_outlet_as_the_pages_and_keep_the_source(tmp_path: Path) -> None:
    from web_kit import serve

    with veille.open(tmp_path / "data") as v:
        v.ingest_bytes([("cyclone.jsonl", jsonl())])
        v.sync(wait=30)
    with serve(tmp_path / "data") as server, \
            httpx.Client(base_url=server.url, timeout=60) as http:
        for path in ("/feeds/latest.json", "/feeds/search.json?q=cyclone"):
            items = http.get(path).json()["items"]
            tags = {i["title"].split(" à ")[1]: i["tags"] for i in items}
            assert tags["La Réunion"] == ["Zinfos974", "zinfos974.com"], path
            authors = {i["title"].split(" à ")[1]: i["authors"] for i in items}
            assert authors["Paris"] == [{"name": "Le Parisien"}], path
        atom = ET.fromstring(http.get("/feeds/latest.atom").content)
        ns = {"a": "http://www.w3.org/2005/Atom"}
        categories = {c.get("term"): c.get("label") for c in atom.iterfind(".//a:category", ns)}
        assert categories["zinfos974.com"] == "Zinfos974"
