"""r-ux55 held-out checks: what the reader, the API, `veille show` and the alerts say.

Usage: python score.py [VEILLE_COMMAND]   (default: veille; e.g. /work/vbin-r-ux55)

Ingests inputs/ into a fresh store (a temporary folder), starts a local SMTP listener, a
webhook listener and `veille serve` on 127.0.0.1, and prints one line per check
(PASS/FAIL name: detail) and a total. No network beyond 127.0.0.1.
"""

from __future__ import annotations

import html
import json
import os
import re
import shlex
import socket
import socketserver
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from email import message_from_bytes, policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HERE = Path(__file__).resolve().parent
INPUTS = HERE / "inputs"
PUBLIC = "https://veille.example.org"
MAILS: list[tuple[str, str]] = []   # (subject, body)
HOOKS: list[dict] = []


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class SMTP(socketserver.StreamRequestHandler):
    def handle(self) -> None:
        def w(s: str) -> None:
            self.wfile.write((s + "\r\n").encode())
        w("220 localhost ESMTP")
        data, buf = False, []
        while line := self.rfile.readline():
            text = line.decode("utf-8", "replace").rstrip("\r\n")
            if data:
                if text == ".":
                    data = False
                    msg = message_from_bytes("\r\n".join(buf).encode(), policy=policy.default)
                    MAILS.append((str(msg["Subject"]), msg.get_body().get_content()))
                    buf = []
                    w("250 OK")
                else:
                    buf.append(text[1:] if text.startswith("..") else text)
                continue
            u = text.upper()
            if u.startswith("EHLO"):
                w("250-localhost")
                w("250 8BITMIME")
            elif u.startswith("DATA"):
                data = True
                w("354 go")
            elif u.startswith("QUIT"):
                w("221 bye")
                break
            else:
                w("250 OK")


class Hook(BaseHTTPRequestHandler):
    def do_POST(self) -> None:  # noqa: N802
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        HOOKS.append(json.loads(body))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def main() -> int:
    veille = shlex.split(sys.argv[1]) if len(sys.argv) > 1 else ["veille"]
    tmp = Path(tempfile.mkdtemp(prefix="r-ux55-score-"))
    smtp_port, hook_port, web_port = free_port(), free_port(), free_port()
    socketserver.ThreadingTCPServer.allow_reuse_address = True
    smtp = socketserver.ThreadingTCPServer(("127.0.0.1", smtp_port), SMTP)
    threading.Thread(target=smtp.serve_forever, daemon=True).start()
    hooks = ThreadingHTTPServer(("127.0.0.1", hook_port), Hook)
    threading.Thread(target=hooks.serve_forever, daemon=True).start()
    env = dict(os.environ, VEILLE_DATA_DIR=str(tmp / "data"), VEILLE_SMTP_HOST="127.0.0.1",
               VEILLE_SMTP_PORT=str(smtp_port), VEILLE_SMTP_STARTTLS="false",
               VEILLE_FETCH_ALLOW="127.0.0.1", VEILLE_PUBLIC_URL=PUBLIC)
    hook = f"http://127.0.0.1:{hook_port}/hook"

    def run(*args: str) -> str:
        done = subprocess.run([*veille, *args], env=env, capture_output=True, text=True,
                              timeout=600)
        return done.stdout

    def inp(*names: str) -> list[str]:
        return [str(INPUTS / n) for n in names]

    run("ingest", *inp("d1_ouestfrance.txt"))
    run("saved", "add", "Incendie", "Saint-Priest", "--email", "a@example.org",
        "--webhook", hook)
    run("saved", "add", "Captages", "captages", "--email", "b@example.org",
        "--alert-lang", "en", "--webhook", hook)
    run("saved", "add", "Pont", "Chaban-Delmas", "--email", "c@example.org")
    run("ingest", *inp("d2_20minutes.txt", "d3_lepoint.txt"))
    run("ingest", *inp("d4_ouestfrance_update.txt", "w1_lefigaro_avec.txt",
                       "w2_guardian_with.txt", "w3_elpais_con.txt", "w4_lemonde_senat.txt",
                       "u1_plain_url.txt"))
    run("enrich")
    run("alerts", "send")
    time.sleep(1)
    run("export", "-o", str(tmp / "all.jsonl"))
    records = [json.loads(line) for line in (tmp / "all.jsonl").read_text().splitlines()
               if line.strip()]
    by_host = {r["source"]: r for r in records}
    ids = {host: r["id"] for host, r in by_host.items()}
    urls = {host: r["url"] for host, r in by_host.items()}

    server = subprocess.Popen([*veille, "serve", "--port", str(web_port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{web_port}"
    results: list[tuple[str, bool, str]] = []

    def check(name: str, ok: bool, detail: object = "") -> None:
        results.append((name, bool(ok), str(detail)[:200]))

    def get(path: str) -> str:
        with urllib.request.urlopen(base + path, timeout=60) as answer:
            return answer.read().decode()

    def api(host: str) -> dict:
        return json.loads(get(f"/api/v1/articles/{ids[host]}"))

    def page(host: str, lang: str = "fr") -> tuple[str, str]:
        raw = get(f"/articles/{ids[host]}?lang={lang}")
        main = raw[raw.find("<main"):]
        main = re.sub(r"<(script|style)[^>]*>.*?</\1>", "", main, flags=re.S)
        text = html.unescape(re.sub(r"<[^>]+>", " ", main))
        return raw, " ".join(text.split())

    try:
        for _ in range(120):
            try:
                get("/api/v1/stats")
                break
            except OSError:
                time.sleep(0.5)
        page_of = {h: f"{PUBLIC}/articles/{i}" for h, i in ids.items()}
        # --- 1. alerts carry the article's URL and its veille page
        mail_pont = [b for s, b in MAILS if "Chaban" in s]
        body = mail_pont[0] if mail_pont else ""
        check("mail_fr_has_article_url", urls["sudouest.fr"] in body, body[-300:])
        check("mail_fr_has_veille_page", page_of["sudouest.fr"] in body)
        mail_fig = [b for s, b in MAILS if "captages" in s.lower() and "Sénat adopte" in s]
        body = mail_fig[0] if mail_fig else ""
        check("mail_en_has_article_url", urls["lefigaro.fr"] in body, body[-300:])
        check("mail_en_has_veille_page", page_of["lefigaro.fr"] in body)
        check("mail_en_no_french_label", body and "Sur veille" not in body
              and "Publié" not in body)
        hook_fig = [h for h in HOOKS if h["article"]["id"] == ids["lefigaro.fr"]]
        art = hook_fig[0]["article"] if hook_fig else {}
        check("webhook_has_article_url", art.get("url") == urls["lefigaro.fr"], art.get("url"))
        check("webhook_has_veille_page", page_of["lefigaro.fr"] in json.dumps(art), art)
        items = json.loads(get("/api/v1/saved-searches"))["saved_searches"]
        sid = next((s["id"] for s in items if s.get("name") == "Captages"), None)
        feed = json.loads(get(f"/feeds/saved/{sid}.json")) if sid else {"items": []}
        item = next((i for i in feed["items"] if ids["lefigaro.fr"] in i["id"]), {})
        check("feed_item_links_veille_page", item.get("url", "").endswith(
            f"/articles/{ids['lefigaro.fr']}"), item.get("url"))
        check("feed_item_has_article_url", item.get("external_url") == urls["lefigaro.fr"],
              item.get("external_url"))
        # --- 2. near_duplicates: distinct ids
        repeats = [r["id"] for r in records
                   if len(r["dedup"]["near_duplicates"]) !=
                   len(set(r["dedup"]["near_duplicates"]))]
        check("export_near_duplicates_distinct", not repeats, repeats)
        lepoint = by_host["lepoint.fr"]["dedup"]["near_duplicates"]
        check("lepoint_near_duplicates_names_original", ids["ouest-france.fr"] in lepoint,
              lepoint)
        # --- 3. a wire used, not reprinted
        fig, gua, elp = api("lefigaro.fr"), api("theguardian.com"), api("elpais.com")
        check("api_credit_with_afp", fig.get("credit") == "AFP", fig.get("credit"))
        check("api_credit_with_reuters", gua.get("credit") == "Reuters", gua.get("credit"))
        check("api_credit_con_efe", elp.get("credit") == "EFE", elp.get("credit"))
        check("api_origin_with_not_reprint", (fig.get("origin") or {}).get("kind") == "with"
              and (api("20minutes.fr").get("origin") or {}).get("kind") == "dispatch",
              fig.get("origin"))
        _, text_fr = page("lefigaro.fr")
        _, text_en = page("lefigaro.fr", "en")
        check("page_fr_dapres_afp", "d'après AFP" in text_fr or "d’après AFP" in text_fr)
        check("page_en_with_afp", "with AFP" in text_en)
        _, text_20 = page("20minutes.fr")
        check("page_reprint_not_dapres", "d'après AFP" not in text_20
              and "d’après AFP" not in text_20)
        check("story_independent_unchanged",
              (fig.get("story") or {}).get("independent_sources") == 2, fig.get("story"))
        shown = run("show", ids["lefigaro.fr"])
        check("show_says_with_afp", re.search(r"with AFP", shown) is not None)
        # --- 4. a capture's URL line
        shown = run("show", ids["sudouest.fr"])
        line = next((ln for ln in shown.splitlines() if ln.strip().startswith("url:")), "")
        check("show_prints_url_line", line.split("url:", 1)[-1].strip() == urls["sudouest.fr"]
              and urls["sudouest.fr"].startswith("https://www.sudouest.fr/"), line)
        check("api_url_agrees", api("sudouest.fr").get("url") == urls["sudouest.fr"])
        raw, _ = page("sudouest.fr")
        check("page_original_link", f'href="{html.escape(urls["sudouest.fr"])}"' in raw)
        # --- 5. one dispatch, three outlets, an update
        twenty = api("20minutes.fr")
        story = twenty.get("story") or {}
        firsts = {story.get("first_outlet"), *(story.get("first_tied_outlets") or [])}
        check("api_first_same_minute", firsts == {"20 Minutes", "Ouest-France"}
              and story.get("first_same_minute") is True, firsts)
        _, text_20 = page("20minutes.fr")
        check("page_first_by_both", re.search(
            r"Publié en premier par (20 Minutes et Ouest-France|Ouest-France et 20 Minutes)",
            text_20) is not None)
        check("api_story_counts", story.get("independent_sources") == 1
              and story.get("reprints") == 2, (story.get("independent_sources"),
                                               story.get("reprints")))
        shown_20 = run("show", ids["20minutes.fr"])
        check("show_copy_names_original", ids["ouest-france.fr"] in shown_20)
        check("show_first_by_both", re.search(r"(?i)first.*(20 Minutes.*Ouest-France|"
                                              r"Ouest-France.*20 Minutes)", shown_20)
              is not None)
        of = api("ouest-france.fr")
        check("api_versions_two", len(of.get("versions") or []) == 2,
              len(of.get("versions") or []))
        shown_of = run("show", ids["ouest-france.fr"])
        check("show_versions_two", re.search(r"(?i)versions?:?\s+2\b", shown_of) is not None)
        _, text_of = page("ouest-france.fr")
        check("page_lists_lepoint", "Le Point" in text_of and "Version 2" in text_of)
        check("show_lepoint_reprint_of", ids["ouest-france.fr"] in run("show",
                                                                          ids["lepoint.fr"]))
    finally:
        server.terminate()
        server.wait(timeout=30)
    passed = sum(ok for _, ok, _ in results)
    for name, ok, detail in results:
        print(f"{'PASS' if ok else 'FAIL'} {name}" + ("" if ok else f": {detail}"))
    print(f"TOTAL {passed}/{len(results)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
