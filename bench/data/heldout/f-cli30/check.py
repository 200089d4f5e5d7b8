"""Held-out checklist of f-cli30 (veille issue 14, t-final29 U4, U6, U7): run the real CLI
and the real HTTP server on the inputs beside this file and print PASS/FAIL per check.

    python bench/data/heldout/f-cli30/check.py /work/vbin-NAME

The inputs (articles.jsonl, page-sans-titre.html) were written for this checklist: three
records and one page without a headline, one record with one. See README.md.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
LEADS = ("Un plaisancier de 67 ans", "La fromagerie coopérative de Cuiseaux",
         "Bus services between Bishop Auckland", "Les horaires de la déchetterie")
"""The opening words of each input without a headline."""


def run(cli: str, data: str, *args: str, lang: str = "C.UTF-8") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LANG": lang, "LC_ALL": lang, "LANGUAGE": ""}
    return subprocess.run([cli, "--data-dir", data, *args], capture_output=True, text=True,
                          env=env, timeout=300)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def get(url: str) -> tuple[int, dict[str, str], str]:
    try:
        with urllib.request.urlopen(url, timeout=60) as r:
            return r.status, {k.lower(): v for k, v in r.headers.items()}, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, {k.lower(): v for k, v in e.headers.items()}, e.read().decode()


def main() -> int:
    cli = sys.argv[1]
    results: list[tuple[str, bool, str]] = []

    def check(name: str, ok: bool, detail: str = "") -> None:
        results.append((name, ok, detail))

    with tempfile.TemporaryDirectory() as data:
        ing = run(cli, data, "ingest", str(HERE / "articles.jsonl"),
                  str(HERE / "page-sans-titre.html"))
        # U4: the CLI lists
        stories = run(cli, data, "stories").stdout
        latest = run(cli, data, "latest").stdout
        for name, out in (("U4 cli stories", stories), ("U4 cli latest", latest)):
            rows = [line for line in out.splitlines() if line and not line.startswith(" ")]
            missing = [lead for lead in LEADS if not any(lead in r for r in rows)]
            check(f"{name}: untitled rows show their first words", not missing,
                  f"missing {missing}")
            untitled = [r for r in rows if any(lead in r for lead in LEADS)]
            check(f"{name}: those rows are marked as no headline",
                  bool(untitled) and all("(untitled)" in r or "(sans titre)" in r
                                         for r in untitled), "")
        # U6: a missing path is a failed input, not a read one; summaries add up
        miss = run(cli, data, "ingest", "--json", "/nonexistent/f-cli30.txt")
        summary = json.loads(miss.stdout[:miss.stdout.rindex("}") + 1]) if "{" in miss.stdout \
            else {}
        check("U6 missing path: read 0, failed 1",
              summary.get("read") == 0 and summary.get("failed") == 1,
              f"read={summary.get('read')} failed={summary.get('failed')}")
        check("U6 missing path: text summary says read 0",
              "read 0" in miss.stderr, miss.stderr.splitlines()[0] if miss.stderr else "")
        # U6: a mistyped command gets a suggestion, in English and in French
        typo = run(cli, data, "serach", "x")
        check("U6 typo: suggests search", "'search'" in typo.stderr and typo.returncode == 2,
              typo.stderr.strip().splitlines()[-1] if typo.stderr.strip() else "")
        typo_fr = run(cli, data, "stoires", lang="fr_FR.UTF-8")
        check("U6 typo (fr): French suggestion of stories",
              "'stories'" in typo_fr.stderr and "Vouliez-vous dire" in typo_fr.stderr,
              typo_fr.stderr.strip().splitlines()[-1] if typo_fr.stderr.strip() else "")
        # U6: the hint of an unknown story names a command that prints an article's story
        hint = run(cli, data, "stories", "zzz").stderr
        ids = json.loads(run(cli, data, "stories", "--json").stdout)
        story = next(s for s in ids if s["items"])
        article = story["items"][0]["id"]
        out = ""
        if "`veille duplicates ID`" in hint:
            out = run(cli, data, "duplicates", article).stdout
        elif "`veille show ID`" in hint:
            out = run(cli, data, "show", article).stdout
        check("U6 stories hint: the command it names prints the story id",
              any(story["id"] in line and ("story" in line.lower() or "histoire" in line.lower())
                  for line in out.splitlines()), hint.strip())
        # U7: the API answers an unsupported UI language with a warning and says its own
        port = free_port()
        env = {**os.environ, "LANG": "C.UTF-8"}
        server = subprocess.Popen([cli, "--data-dir", data, "serve", "--port", str(port)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(600):
                try:
                    get(base + "/api/v1/stats")
                    break
                except OSError:
                    time.sleep(0.2)
            status, headers, body = get(base + "/")
            check("U4 web home: untitled rows show their first words in italics",
                  all(lead in body for lead in LEADS) and "<em" in body, "")
            _, _, body = get(base + "/stories")
            check("U4 web stories: untitled stories show their first words",
                  all(lead in body for lead in LEADS), "")
            _, _, body = get(base + "/feeds/latest.atom")
            check("U4 feed: untitled entries titled by their first words",
                  all(f"<title>(untitled) {lead}" in body or f"<title>(sans titre) {lead}" in body
                      for lead in LEADS), "")
            _, _, body = get(base + "/api/v1/stories")
            check("U4 API stories: an untitled story gives its first words",
                  all(lead in body for lead in LEADS), "")
            for path in ("/api/v1/latest", "/api/v1/stories", "/api/v1/entities",
                         "/api/v1/search?q=ecluse"):
                sep = "&" if "?" in path else "?"
                _, headers, body = get(f"{base}{path}{sep}lang=de")
                warned = [w for w in json.loads(body).get("warnings", []) if "lang" in w]
                check(f"U7 {path}?lang=de: one lang warning", len(warned) == 1, str(warned))
                check(f"U7 {path}?lang=de: says the language used",
                      headers.get("content-language") == "fr", headers.get("content-language", ""))
            _, headers, body = get(f"{base}/api/v1/latest?lang=en-GB")
            check("U7 lang=en-GB: no warning, answered in en",
                  not json.loads(body)["warnings"] and headers.get("content-language") == "en",
                  headers.get("content-language", ""))
            _, headers, body = get(f"{base}/api/v1/stats?lang=de")
            check("U7 /api/v1/stats?lang=de: warned (header) and says fr",
                  "lang" in headers.get("x-veille-warnings", "")
                  and headers.get("content-language") == "fr", "")
        finally:
            server.terminate()
            server.wait(timeout=30)
    del ing
    passed = sum(ok for _, ok, _ in results)
    for name, ok, detail in results:
        print(f"{'PASS' if ok else 'FAIL'}  {name}" + (f"  [{detail}]" if detail and not ok
                                                       else ""))
    print(f"{passed}/{len(results)} passed")
    return 0 if passed == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
