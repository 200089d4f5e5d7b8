"""Fixture sites for the collection tests: news pages, a feed and sitemaps listing them."""

from __future__ import annotations

import gzip
import random
from pathlib import Path

from veille.collect.testserver import Page

SENTENCES = [
    "Le conseil municipal a voté mardi soir le budget de l'année prochaine après un long débat.",
    "Les élus de l'opposition ont dénoncé une hausse des dépenses de fonctionnement.",
    "Le maire a défendu un plan d'investissement dans les écoles et les transports publics.",
    "Les associations de quartier demandent davantage de moyens pour les équipements sportifs.",
    "Une réunion publique est prévue le mois prochain pour présenter les projets retenus.",
    "Le préfet a rappelé que les comptes devront être présentés avant la fin du trimestre.",
]


WORDS = ("budget conseil maire école transport quartier association préfet réunion projet "
         "hôpital tribunal entreprise salarié grève université chercheur récolte pêcheur port "
         "musée festival théâtre route pont gare tramway forêt rivière incendie tempête "
         "élection député sénateur ministre réforme impôt retraite logement loyer commerce").split()


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(12, 20))]
    return rng.choice(SENTENCES).split(" ")[0] + " " + " ".join(words) + "."


def article_html(n: int) -> bytes:
    """A news page with a headline and a few paragraphs of its own (seeded by ``n``), so
    pages are not near duplicates of each other."""
    rng = random.Random(n)
    paragraphs = "".join(
        f"<p>{SENTENCES[(n + i) % len(SENTENCES)]} {_sentence(rng)} {_sentence(rng)}</p>"
        for i in range(5))
    return (f"<!doctype html><html lang='fr'><head><meta charset='utf-8'>"
            f"<title>Dépêche {n} : le budget municipal en débat</title></head><body>"
            f"<nav><a href='/'>Accueil</a></nav><article><h1>Dépêche {n} : le budget "
            f"municipal en débat</h1>{paragraphs}</article>"
            f"<footer>Mentions légales</footer></body></html>").encode()


def rss(root: str, paths: list[str]) -> bytes:
    items = "".join(f"<item><title>Dépêche {i}</title><link>{root}{p}</link>"
                    f"<guid>{root}{p}</guid><pubDate>Sun, 29 Nov 2026 0{i % 10}:00:00 GMT"
                    f"</pubDate></item>" for i, p in enumerate(paths))
    return (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
            f"<title>Le fil</title><link>{root}/</link>{items}</channel></rss>").encode()


def rss_page(items: str) -> Page:
    """An RSS 2.0 feed of ``items`` (``<item>`` elements, written by the test), served as
    such by :class:`~veille.collect.testserver.LocalServer`."""
    return Page((f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>"
                 f"Fil</title>{items}</channel></rss>").encode(), "application/rss+xml")


def sitemap(root: str, paths: list[str]) -> bytes:
    urls = "".join(
        f"<url><loc>{root}{p}</loc><news:news><news:publication><news:name>Le fil"
        f"</news:name><news:language>fr</news:language></news:publication>"
        f"<news:publication_date>2026-11-29T08:00:00+01:00</news:publication_date>"
        f"<news:title>Dépêche {p}</news:title></news:news></url>" for p in paths)
    return ("<?xml version='1.0' encoding='UTF-8'?><urlset "
            "xmlns='http://www.sitemaps.org/schemas/sitemap/0.9' "
            "xmlns:news='http://www.google.com/schemas/sitemap-news/0.9'>"
            f"{urls}</urlset>").encode()


def sitemap_index(root: str, children: list[str]) -> bytes:
    items = "".join(f"<sitemap><loc>{root}{c}</loc></sitemap>" for c in children)
    return ("<?xml version='1.0' encoding='UTF-8'?><sitemapindex "
            f"xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>{items}</sitemapindex>"
            ).encode()


def xml_page(body: bytes) -> Page:
    return Page(body, "application/xml")


def warc_record(url: str, body: bytes, *, n: int, status: str = "200 OK",
                content_type: str = "text/html; charset=utf-8",
                date: str = "2026-11-29T08:00:00Z") -> bytes:
    """One WARC/1.0 response record, as CC-NEWS writes them (``date``: its WARC-Date)."""
    http = (f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode() + body
    head = (f"WARC/1.0\r\nWARC-Type: response\r\n"
            f"WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{n:012d}>\r\n"
            f"WARC-Date: {date}\r\nWARC-Target-URI: {url}\r\n"
            f"Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http)}\r\n\r\n").encode()
    return head + http + b"\r\n\r\n"


def write_warc(path: Path, pages: int, *, root: str = "https://news.example") -> Path:
    """A .warc.gz of ``pages`` news pages (one gzip member per record, like CC-NEWS), with a
    non-HTML record and a 404 record mixed in, which are not articles."""
    with path.open("wb") as out:
        for n in range(pages):
            out.write(gzip.compress(warc_record(f"{root}/news/{n}.html", article_html(n), n=n),
                                    compresslevel=6))
        out.write(gzip.compress(warc_record(f"{root}/logo.png", b"\x89PNG", n=pages + 1,
                                            content_type="image/png")))
        out.write(gzip.compress(warc_record(f"{root}/gone", b"gone", n=pages + 2,
                                            status="404 Not Found")))
    return path
