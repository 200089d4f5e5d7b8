"""Held-out set of h-encoding60: news in legacy code pages through every input path.

Usage: python score.py CLI   (CLI: a veille command, e.g. /work/vbin-h-encoding60)
Prints one line per check and ``total: K/N``. A check passes when the article of the
case is stored with the expected headline and its first paragraph (see README.md).
Inputs are built here from texts.json (invented, CC0): WARC records, a local HTTP
server, HTML files, plain-text captures and the Python API's ``ingest_bytes``.
"""

from __future__ import annotations

import gzip
import http.server
import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile
import threading
import uuid

HERE = pathlib.Path(__file__).resolve().parent
TEXTS = json.loads((HERE / "texts.json").read_text(encoding="utf-8"))
DATE = "2026-03-11T09:00:00+01:00"

# case: (group, language, codec, how it is declared)
CASES = {
    # WARC response records: the charset is only in the record's HTTP Content-Type
    "w-ar": ("warc", "ar", "cp1256", "text/html; charset=windows-1256"),
    "w-el": ("warc", "el", "iso8859_7", "text/html; charset=iso-8859-7"),
    "w-he": ("warc", "he", "cp1255", "text/html; charset=windows-1255"),
    "w-ru": ("warc", "ru", "koi8_r", "text/html; charset=koi8-r"),
    # a local HTTP server: the charset is only in the response's Content-Type
    "h-ru": ("http", "ru", "cp1251", "text/html; charset=windows-1251"),
    "h-pl": ("http", "pl", "cp1250", "text/plain; charset=windows-1250"),
    "h-tr": ("http", "tr", "cp1254", "text/html; charset=iso-8859-9"),
    "h-ar": ("http", "ar", "cp1256", "text/plain; charset=windows-1256"),
    # HTML files: a meta charset, or only the page's lang attribute
    "f-tr": ("html", "tr", "cp1254", "meta"),
    "f-ar": ("html", "ar", "cp1256", "lang"),
    "f-ru": ("html", "ru", "cp1251", "lang"),
    "f-el": ("html", "el", "iso8859_7", "lang"),
    "f-he": ("html", "he", "cp1255", "lang"),
    # plain-text captures, no declaration at all
    "c-ar": ("capt", "ar", "cp1256", ""),
    "c-ru": ("capt", "ru", "cp1251", ""),
    "c-el": ("capt", "el", "iso8859_7", ""),
    "c-he": ("capt", "he", "cp1255", ""),
    "c-pl": ("capt", "pl", "cp1250", ""),
    "c-fr": ("capt", "fr", "cp1252", ""),
    "c-tr": ("capt", "tr", "cp1254", ""),
    # the Python API's ingest_bytes, no declaration
    "p-ar": ("pyapi", "ar", "cp1256", ""),
    "p-ru": ("pyapi", "ru", "koi8_r", ""),
    "p-el": ("pyapi", "el", "cp1253", ""),
    "p-pl": ("pyapi", "pl", "cp1250", ""),
}


def html(lang: str, *, meta: str = "", lang_attr: bool = False) -> str:
    t = TEXTS[lang]
    head = f'<meta charset="{meta}">' if meta else ""
    attr = f' lang="{lang}"' if lang_attr else ""
    paras = "".join(f"<p>{p}</p>" for p in t["body"])
    return (f"<!doctype html><html{attr}><head>{head}<title>{t['title']}</title>"
            f'<meta property="article:published_time" content="{DATE}"></head><body>'
            f"<article><h1>{t['title']}</h1>{paras}</article></body></html>")


def capture(lang: str) -> str:
    t = TEXTS[lang]
    return t["title"] + "\n\n" + "\n\n".join(t["body"]) + "\n"


def warc_record(uri: str, body: bytes, ctype: str) -> bytes:
    payload = (f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}"
               "\r\n\r\n").encode() + body
    head = (f"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
            f"WARC-Date: 2026-03-11T08:05:00Z\r\nWARC-Target-URI: {uri}\r\n"
            "Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(payload)}\r\n\r\n").encode()
    return gzip.compress(head + payload + b"\r\n\r\n")


def body_of(case: str) -> bytes:
    _, lang, codec, how = CASES[case]
    if how.startswith("text/plain") or how == "":
        return capture(lang).encode(codec)
    if how == "meta":
        return html(lang, meta=codec.replace("cp", "windows-")).encode(codec)
    return html(lang, lang_attr=(how == "lang" or lang in ("ar", "he"))).encode(codec)


def run(cli: list[str], *args: str, env: dict[str, str]) -> str:
    done = subprocess.run([*cli, *args], env=env, capture_output=True, text=True, timeout=900)
    return done.stdout + done.stderr


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        case = self.path.strip("/")
        if case not in CASES:
            self.send_response(404)
            self.end_headers()
            return
        data = body_of(case)
        self.send_response(200)
        self.send_header("Content-Type", CASES[case][3])
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


def pythonpath_of(cli: str) -> str:
    try:
        found = re.search(r"PYTHONPATH=(\S+)", pathlib.Path(cli).read_text())
    except (OSError, UnicodeDecodeError):
        found = None
    return found.group(1) if found else os.environ.get("PYTHONPATH", "")


def main() -> None:
    cli = sys.argv[1:] or ["veille"]
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="h-encoding60-"))
    base_env = dict(os.environ, VEILLE_FETCH_ALLOW="127.0.0.1")
    envs = {g: dict(base_env, VEILLE_DATA_DIR=str(tmp / g))
            for g in ("warc", "http", "html", "capt", "pyapi")}
    where: dict[str, str] = {}
    # WARC
    warc = tmp / "heldout.warc.gz"
    with warc.open("wb") as out:
        for case, (group, _, _, how) in CASES.items():
            if group == "warc":
                uri = f"https://news.example/{case}"
                out.write(warc_record(uri, body_of(case), how))
                where[case] = uri
    run(cli, "ingest", str(warc), env=envs["warc"])
    # HTTP
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    urls = []
    for case, (group, *_rest) in CASES.items():
        if group == "http":
            where[case] = f"http://127.0.0.1:{server.server_port}/{case}"
            urls.append(where[case])
    run(cli, "fetch", *urls, env=envs["http"])
    server.shutdown()
    # HTML files and captures
    for group, suffix in (("html", ".html"), ("capt", ".txt")):
        folder = tmp / f"in-{group}"
        folder.mkdir()
        for case, (g, *_rest) in CASES.items():
            if g == group:
                (folder / f"{case}{suffix}").write_bytes(body_of(case))
                where[case] = f"{case}{suffix}"
        run(cli, "ingest", str(folder), "--source", f"{group}.example", env=envs[group])
    # Python API
    items = [(f"{case}.txt", body_of(case)) for case, (g, *_r) in CASES.items() if g == "pyapi"]
    where.update({name[:-4]: name for name, _ in items})
    script = ("import sys, veille, json\nitems = json.loads(sys.stdin.read())\n"
              "with veille.open(sys.argv[1]) as v:\n"
              "    v.ingest_bytes([(n, bytes.fromhex(h)) for n, h in items],"
              " source='pyapi.example')\n")
    python = os.environ.get("PYAPI_PYTHON", "/work/main/.venv/bin/python")
    subprocess.run([python, "-c", script, str(tmp / "pyapi")],
                   input=json.dumps([(n, b.hex()) for n, b in items]), text=True,
                   env=dict(base_env, PYTHONPATH=pythonpath_of(cli[0])), capture_output=True,
                   timeout=900)
    # score
    stored: dict[str, dict] = {}
    for group, env in envs.items():
        for line in run(cli, "export", env=env).splitlines():
            if not line.startswith("{"):
                continue
            record = json.loads(line)
            keys = (record.get("url") or "", (record.get("raw") or {}).get("origin") or "")
            for case, mark in where.items():
                if CASES[case][0] == group and any(k.endswith(mark) for k in keys if k):
                    stored[case] = record
    passed = 0
    for case, (group, lang, codec, how) in CASES.items():
        record = stored.get(case)
        expected = TEXTS[lang]
        if record is None:
            print(f"FAIL {case} ({lang} {codec}, {group}): not stored")
            continue
        content = record["content"]
        text = " ".join([content.get("lead") or "", *content.get("paragraphs", [])])
        ok = content["title"] == expected["title"] and expected["body"][0][:60] in text
        passed += ok
        evidence = (content.get("evidence") or {}).get("encoding", "?")
        print(f"{'ok  ' if ok else 'FAIL'} {case} ({lang} {codec}, {group}): "
              f"{content['title'][:60]!r} [{evidence}]")
    print(f"total: {passed}/{len(CASES)}")


if __name__ == "__main__":
    main()
