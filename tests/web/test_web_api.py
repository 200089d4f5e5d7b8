"""The JSON API, the pages' security and the error handling, against the real server."""

from __future__ import annotations

import gzip
import re
import socket
from pathlib import Path

import httpx
import pytest
from web_kit import BODY_LIMIT, SEED_ID, TOKEN, XSS_TITLE, LiveServer

from sitekit import write_warc

SECURITY_HEADERS = {"x-content-type-options": "nosniff", "referrer-policy": "no-referrer"}


def test_latest_is_newest_first_and_pollable(client: httpx.Client) -> None:
    body = client.get("/api/v1/latest", params={"limit": 50}).json()
    assert body["max_seq"] >= 100 and len(body["articles"]) == 50
    # Sorted by publication time, first-seen time when unknown: newest first.
    times = [a["published"] or a["first_seen"] for a in body["articles"]]
    dated = [t for a, t in zip(body["articles"], times, strict=True) if a["published"]]
    assert dated == sorted(dated, reverse=True)
    after = client.get("/api/v1/latest", params={"after_seq": body["max_seq"]}).json()
    assert after["articles"] == [] and after["max_seq"] == body["max_seq"]


def test_undated_articles_are_apart_and_say_so(client: httpx.Client) -> None:
    """Issue 12: an article without a publication time is never today's news."""
    body = client.get("/api/v1/latest", params={"limit": 100}).json()
    assert all(a["published"] for a in body["articles"])
    assert body["undated"] and not any(a["published"] for a in body["undated"])
    seen = [a["first_seen"] for a in body["undated"]]
    assert seen == sorted(seen, reverse=True)
    assert client.get("/api/v1/latest", params={"offset": 20}).json()["undated"] == []
    undated = body["undated"][0]["id"]
    assert "date inconnue" in client.get("/", params={"lang": "fr"}).text
    assert "date unknown" in client.get("/", params={"lang": "en"}).text
    # The article page says the date is unknown, under its own label (newuser17b X19).
    assert "Date de publication</dt><dd class=\"undated\">inconnue" in client.get(
        f"/articles/{undated}", params={"lang": "fr"}).text


def test_search_results_say_an_undated_article_is_undated(client: httpx.Client,
                                                          search_available: bool) -> None:
    if not search_available:
        pytest.skip("no search index")
    # one with words to search for (the empty query lists the undated last, newuser7 P10)
    undated = next(a for a in client.get("/api/v1/latest", params={"limit": 100}).json()[
        "undated"] if re.search(r"\w{5,}", a["title"]))
    words = " ".join(re.findall(r"\w{5,}", undated["title"])[:3])
    page = client.get("/search", params={"q": words, "lang": "fr"}).text
    assert f'href="/articles/{undated["id"]}"' in page
    item = page.split(f'href="/articles/{undated["id"]}"', 1)[1].split("</li>", 1)[0]
    assert "date inconnue" in item


def test_article_and_its_raw_capture(client: httpx.Client) -> None:
    article = client.get(f"/api/v1/articles/{SEED_ID}").json()
    assert article["title"].startswith("Washington va réunir la coalition")
    assert len(article["paragraphs"]) >= 4
    raw = client.get(f"/articles/{SEED_ID}/raw")
    assert raw.headers["content-type"] == "text/plain; charset=utf-8"
    assert "Dernières Infos" in raw.text
    assert client.get(f"/api/v1/articles/{SEED_ID}/raw").json()["text"] == raw.text


def test_sources_and_stats(client: httpx.Client) -> None:
    sources = client.get("/api/v1/sources").json()["sources"]
    assert sources[0] == {**sources[0], "source": "fr.wikinews.org", "articles": 100}
    stats = client.get("/api/v1/stats").json()
    assert stats["counts"]["articles"] >= 102 and stats["sources"] == len(sources)


def test_search_api(client: httpx.Client, search_available: bool) -> None:
    response = client.get("/api/v1/search", params={"q": "coalition antijihadiste"})
    if not search_available:
        assert response.status_code == 503
        assert "veille reindex" in response.json()["error"]["hint"]
        return
    body = response.json()
    assert body["total"] >= 1 and body["hits"][0]["id"] == SEED_ID
    assert "<mark>" in body["hits"][0]["title_html"] + "".join(body["hits"][0]["snippets"])
    assert {"source", "language", "day"} <= set(body["facets"])
    assert body["facets"]["language"][0] == {"value": "fr", "count": body["total"]}
    by_date = client.get("/api/v1/search", params={"q": "France", "sort": "date",
                                                   "per_page": 5, "page": 2}).json()
    assert by_date["page"] == 2 and by_date["per_page"] == 5 and by_date["sort"] == "date"


def test_every_page_has_a_json_twin(client: httpx.Client) -> None:
    for path in ("/", f"/articles/{SEED_ID}", "/search?q=syrie"):
        page = client.get(path)
        twin = re.search(r'<link rel="alternate" type="application/json" href="([^"]+)"',
                         page.text)
        if page.status_code == 503:
            continue
        assert twin, path
        assert client.get(twin.group(1).replace("&amp;", "&")).status_code == 200


@pytest.mark.parametrize("path", ["/", "/search?q=syrie", f"/articles/{SEED_ID}",
                                  "/api/v1/latest", "/feeds/latest.atom", "/nope",
                                  "/api/v1/articles/nope", "/static/style.css", "/docs"])
def test_security_headers_on_every_response(client: httpx.Client, path: str) -> None:
    response = client.get(path)
    for name, value in SECURITY_HEADERS.items():
        assert response.headers[name] == value
    csp = response.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "'unsafe-inline'" not in csp and "'unsafe-eval'" not in csp


def test_no_inline_script_or_style_in_pages(client: httpx.Client) -> None:
    for path in ("/", "/?lang=en", "/search?q=syrie", f"/articles/{SEED_ID}", "/nope", "/docs"):
        html = client.get(path).text
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), path
        assert " style=" not in html and "<style" not in html, path
        assert not re.search(r"\son[a-z]+=", html), path


def test_xss_title_is_escaped(client: httpx.Client) -> None:
    home = client.get("/").text
    assert XSS_TITLE not in home
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in home
    latest = client.get("/api/v1/latest", params={"limit": 100}).json()
    xss = next(a for a in latest["articles"] + latest["undated"] if a["title"] == XSS_TITLE)
    page = client.get(f"/articles/{xss['id']}").text
    assert XSS_TITLE not in page and "<img src=x" not in page
    assert "&lt;img src=x onerror=alert(2)&gt;" in page


@pytest.mark.parametrize(("path", "status"), [
    ("/api/v1/articles/0000000000000000", 404),
    ("/api/v1/articles/bad%20id!", 404),  # an id of the wrong form names nothing (R17)
    ("/api/v1/latest?limit=0", 422),
    ("/api/v1/latest?limit=abc", 422),
    ("/api/v1/latest?after_seq=99999999999999999999999999", 422),
    ("/api/v1/latest?offset=-1", 422),
    ("/api/v1/search?q=" + "a" * 10_001, 422),  # over the request bound (U33)
    ("/api/v1/search?q=x&page=0", 422),
    ("/api/v1/search?q=x&per_page=100000", 422),
    ("/api/v1/search?q=x&sort=sideways", 422),
    ("/api/v1/nothing-here", 404),
])
def test_api_errors_are_json_4xx(client: httpx.Client, path: str, status: int) -> None:
    response = client.get(path)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/json"
    error = response.json()["error"]
    assert error["status"] == status and error["message"]


@pytest.mark.parametrize(("path", "status"), [
    ("/articles/0000000000000000", 404),
    ("/articles/bad%20id!", 404),  # an id of the wrong form names nothing (R17)
    ("/search?q=" + "a" * 10_001, 422),  # over the request bound (U33)
    ("/search?q=x&page=abc", 422),
    ("/?page=-3", 422),
    ("/no/such/page", 404),
])
def test_page_errors_are_html_4xx(client: httpx.Client, path: str, status: int) -> None:
    response = client.get(path, headers={"accept": "text/html", "accept-language": "fr"})
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    assert f"Erreur {status}" in response.text


def test_error_format_follows_accept(client: httpx.Client) -> None:
    response = client.get("/articles/0000000000000000", headers={"accept": "application/json"})
    assert response.status_code == 404 and response.json()["error"]["code"] == "not_found"


def test_language_from_header_query_and_cookie(live: LiveServer) -> None:
    with httpx.Client(base_url=live.url) as http:
        assert "Dernières Infos" in http.get("/", headers={"accept-language": "fr"}).text
        assert "Latest news" in http.get("/", headers={"accept-language": "en-GB,en;q=0.9"}).text
        assert 'lang="fr"' in http.get("/", headers={"accept-language": "de, fr;q=0.5"}).text
        switched = http.get("/?lang=en", headers={"accept-language": "fr"})
        assert "Latest news" in switched.text and switched.cookies.get("lang") == "en"
        # The cookie now wins over Accept-Language.
        assert "Latest news" in http.get("/", headers={"accept-language": "fr"}).text


# -- writing ------------------------------------------------------------------------------

def _capture(title: str) -> bytes:
    body = " ".join(["Une phrase de test qui ressemble à un paragraphe d'article."] * 4)
    return f"{title}\n\n{body}\n\n{body} Fin.\n".encode()


def test_post_requires_the_token(client: httpx.Client) -> None:
    data = _capture("Article posté sans jeton")
    assert client.post("/api/v1/articles", content=data,
                       headers={"content-type": "text/plain"}).status_code == 401
    wrong = client.post("/api/v1/articles", content=data,
                        headers={"content-type": "text/plain", "authorization": "Bearer nope"})
    assert wrong.status_code == 401 and wrong.headers["www-authenticate"] == "Bearer"


def test_post_ingests_through_the_pipeline(client: httpx.Client) -> None:
    auth = {"authorization": f"Bearer {TOKEN}"}
    title = "Le conseil municipal adopte le budget des transports pour l'année prochaine"
    posted = client.post("/api/v1/articles", content=_capture(title), params={"source": "posted"},
                         headers={**auth, "content-type": "text/plain; charset=utf-8"})
    assert posted.status_code == 201, posted.text
    (new_id,) = posted.json()["ids"]
    article = client.get(f"/api/v1/articles/{new_id}").json()
    assert article["title"] == title and article["source"] == "posted"
    again = client.post("/api/v1/articles", content=_capture(title), params={"source": "posted"},
                        headers={**auth, "content-type": "text/plain"})
    assert again.status_code == 200 and again.json()["duplicate"] == 1
    assert client.post("/api/v1/articles", content=b"x", headers={
        **auth, "content-type": "image/png"}).status_code == 415


def test_no_write_endpoint_without_a_token(live_readonly: LiveServer) -> None:
    response = httpx.post(f"{live_readonly.url}/api/v1/articles", content=b"x",
                          headers={"authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 403  # no endpoint; the setting it needs is named
    assert "api_token" in response.json()["error"]["message"]
    spec = httpx.get(f"{live_readonly.url}/openapi.json").json()
    assert all("post" not in ops for ops in spec["paths"].values())


def test_declared_oversized_body_is_refused_unread(live: LiveServer) -> None:
    """A Content-Length over the limit gets 413 at once; the body is never sent."""
    with socket.create_connection(("127.0.0.1", live.port), timeout=10) as sock:
        sock.sendall(b"POST /api/v1/articles HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                     b"Authorization: Bearer " + TOKEN.encode() + b"\r\n"
                     b"Content-Type: text/plain\r\nContent-Length: 1000000000\r\n\r\n")
        head = sock.recv(65536).decode("latin-1")
    assert head.startswith("HTTP/1.1 413"), head


def test_streamed_oversized_body_is_cut_off(client: httpx.Client) -> None:
    """A chunked body has no length: it is counted as it arrives and refused past the limit."""
    def chunks():  # type: ignore[no-untyped-def]
        for _ in range(BODY_LIMIT // 65536 + 2):
            yield b"a" * 65536

    try:
        response = client.post("/api/v1/articles", content=chunks(), headers={
            "authorization": f"Bearer {TOKEN}", "content-type": "text/plain"})
    except httpx.TransportError:  # the server may close before the client finishes sending
        return
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "too_large"


def test_post_takes_newsml_g2_as_xml_and_a_warc_by_its_content(
        client: httpx.Client, tmp_path: Path) -> None:
    """Regression (newuser7 P13 g, l): NewsML-G2 was refused under its own content types
    (application/xml, text/xml) but taken as text/plain; a WARC was refused with "give
    veille ... gzip files" though it was gzip; the 415's French message was English."""
    auth = {"authorization": f"Bearer {TOKEN}"}
    g2 = (Path(__file__).resolve().parents[1] / "fixtures" / "wire" /
          "newsml-g2-text-v12.xml").read_bytes()
    for media in ("application/xml", "text/xml; charset=utf-8"):
        posted = client.post("/api/v1/articles", content=g2,
                             headers={**auth, "content-type": media})
        assert posted.status_code in (200, 201) and posted.json()["failed"] == 0, posted.text
        assert posted.json()["read"] == 1
    archive = write_warc(tmp_path / "posted.warc.gz", 2, root="https://posted-warc.example")
    for media, body in (("application/gzip", archive.read_bytes()),
                        ("application/warc", gzip.decompress(archive.read_bytes()))):
        posted = client.post("/api/v1/articles", content=body,
                             headers={**auth, "content-type": media})
        # 2 pages, and the PNG and 404 records counted as skipped (newuser12 W14)
        assert posted.json()["failed"] == 0 and posted.json()["read"] == 4, posted.text
        assert posted.json()["skipped_kinds"] == {"non-HTML response": 1,
                                                  "non-200 response": 1}, posted.text
    refused = client.post("/api/v1/articles", content=b"x", headers={
        **auth, "content-type": "image/png", "accept-language": "fr"})
    assert refused.status_code == 415
    assert refused.json()["error"]["localized_message"].startswith(
        "type de contenu 'image/png' non pris en charge")


def test_a_cut_warc_posted_is_a_failure_not_a_success(
        client: httpx.Client, tmp_path: Path) -> None:
    """newuser16b C13: a .warc.gz cut inside a record's WARC header answered "failed": 0,
    the cut header counted as a skipped "WARC respons record"."""
    auth = {"authorization": f"Bearer {TOKEN}"}
    whole = write_warc(tmp_path / "whole.warc.gz", 2, root="https://cut-warc.example")
    members = gzip.decompress(whole.read_bytes()).split(b"\r\n\r\nWARC/1.0\r\n")
    cut = gzip.compress(members[0] + b"\r\n\r\n") + gzip.compress(
        b"WARC/1.0\r\n" + members[1][:40])
    posted = client.post("/api/v1/articles", content=cut,
                         headers={**auth, "content-type": "application/gzip"})
    body = posted.json()
    assert body["failed"] == 1 and body["failure_reasons"] == {"truncated": 1}, posted.text
    assert "WARC respons record" not in body["skipped_kinds"]


def test_a_refused_write_says_so_in_http_terms(client: httpx.Client) -> None:
    """newuser10 S3: a body whose every item was refused answered 200, its errors named a
    file the client never sent (``post.json``) with a file's advice (".jsonl"); a nesting
    bomb was "broken JSON (maximum recursion depth exceeded)"; a 401 had no hint."""
    auth = {"authorization": f"Bearer {TOKEN}"}
    broken = client.post("/api/v1/articles", content=b'{"title": "x", ', headers={
        **auth, "content-type": "application/json", "accept-language": "fr"})
    assert broken.status_code == 422, broken.text
    error = broken.json()["error"]
    assert error["message"].startswith("nothing was stored: the request body: broken JSON")
    assert "post.json" not in error["message"] and ".jsonl" not in error["message"]
    assert "application/x-ndjson" in error["hint"]
    assert error["localized_message"].startswith("rien n'a été enregistré : ")
    assert error["localized_hint"].startswith("envoyez un enregistrement JSON")
    empty = client.post("/api/v1/articles", content=b"", headers={
        **auth, "content-type": "text/plain"})
    assert empty.status_code == 422
    assert "the request body: empty file" in empty.json()["error"]["message"]
    deep = client.post("/api/v1/articles", content=b"[" * 100_000, headers={
        **auth, "content-type": "application/json"})
    assert deep.status_code == 422
    assert "JSON nested too deeply to read" in deep.json()["error"]["message"]
    assert "broken" not in deep.json()["error"]["message"]
    unauthorised = client.post("/api/v1/articles", content=b"x", headers={
        "content-type": "text/plain", "accept-language": "fr"}).json()["error"]
    assert "Authorization: Bearer" in unauthorised["hint"]
    assert unauthorised["localized_message"] == "un jeton d'accès (bearer) valide est requis"
