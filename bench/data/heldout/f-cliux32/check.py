"""Held-out checklist of f-cliux32: faults a tester found in the CLI, saved searches, alerts
and search. Runs the real CLI (and `veille serve --watch`, and a real SMTP server on
127.0.0.1) on the inputs beside this file and prints PASS/FAIL per check, then k/N.

    /work/main/.venv/bin/python bench/data/heldout/f-cliux32/check.py /work/vbin-NAME

See README.md for what each check expects.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import tempfile
import time
from email import message_from_bytes
from email.message import Message
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
BASE_ENV = {k: v for k, v in os.environ.items() if not k.startswith("VEILLE_")}


def run(cli: str, data: str, *args: str, env: dict[str, str] | None = None,
        lang: str = "C.UTF-8") -> subprocess.CompletedProcess[str]:
    full = {**BASE_ENV, "LANG": lang, "LC_ALL": lang, "LANGUAGE": "", **(env or {})}
    return subprocess.run([cli, "--data-dir", data, *args], capture_output=True, text=True,
                          env=full, timeout=300)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Box:
    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        self.messages.append(message_from_bytes(envelope.content))
        return "250 OK"


def main() -> int:
    cli = sys.argv[1]
    results: list[tuple[str, bool, str]] = []

    def check(name: str, ok: bool, detail: str = "") -> None:
        results.append((name, ok, " ".join(detail.split())[:300]))

    with tempfile.TemporaryDirectory() as tmp:
        data = str(Path(tmp) / "data")
        run(cli, data, "ingest", str(HERE / "articles.jsonl"))
        run(cli, data, "enrich")
        demo = HERE.parents[3] / "demo" / "wikinews-fr" / "articles.jsonl"
        run(cli, data, "ingest", str(demo))  # 100 more ids: prefixes that two share

        # 1. sources add: non-public addresses refused at once, naming the setting
        for label, url in (("metadata", "http://169.254.169.254/latest/meta-data/"),
                           ("private", "http://10.20.30.40/rss.xml"),
                           ("loopback-v6", "http://[::1]:8080/feed"),
                           ("localhost-name", "http://localhost:8000/feed.xml"),
                           ("decimal-ip", "http://2130706433/feed")):
            r = run(cli, data, "sources", "add", url)
            said = r.stderr + r.stdout
            check(f"sources-add-refuses-{label}", r.returncode != 0
                  and "fetch_allow" in said and len(r.stderr.strip().splitlines()) == 1, said)
        listed = run(cli, data, "sources", "list").stdout
        check("sources-list-holds-no-refused", "169.254" not in listed
              and "10.20.30.40" not in listed and "localhost" not in listed, listed)
        r = run(cli, data, "sources", "add", "http://127.0.0.1:9/feed.xml", "--name", "mine",
                env={"VEILLE_FETCH_ALLOW": "127.0.0.0/8"})
        check("sources-add-allowed-network", r.returncode == 0, r.stderr)
        r = run(cli, data, "sources", "add", "https://actu.example-presse.fr/rss.xml")
        check("sources-add-public-name", r.returncode == 0, r.stderr)
        run(cli, data, "sources", "remove", "mine")
        run(cli, data, "sources", "remove", "actu.example-presse.fr")

        # 3. saved searches and search
        r = run(cli, data, "saved", "add", "atl", "place:Atlantide tempête")
        check("saved-unknown-place-warns", "Atlantide" in r.stderr
              and "no place" in r.stderr, r.stderr)
        r = run(cli, data, "saved", "add", "ent", "entity:Zorglubovitch")
        check("saved-unknown-entity-warns", "Zorglubovitch" in r.stderr, r.stderr)
        r = run(cli, data, "search", 'place:"Saint-Denis (974)"')
        check("search-place-department-code", "Clicanoo" in r.stdout, r.stdout + r.stderr)
        r = run(cli, data, "search", 'incendie place:"Saint-Denis (La Réunion)"')
        check("search-place-label-still", "Clicanoo" in r.stdout, r.stdout + r.stderr)
        r = run(cli, data, "search", "budget after:2026-12-10 before:2026-11-01")
        check("search-impossible-range-warns", "warning" in r.stderr
              and ("2026-12-10" in r.stderr or "2026-11-01" in r.stderr), r.stderr)
        r = run(cli, data, "search", "budget after:2026-11-01 before:2026-12-10")
        check("search-possible-range-quiet", "warning" not in r.stderr
              and "Le Monde" in r.stdout, r.stderr)
        r = run(cli, data, "saved", "add", "imp", "budget apres:2026-12-10 avant:2026-11-01")
        check("saved-impossible-range-said", "2026-12-10" in r.stderr + r.stdout, r.stderr)
        for word, who in (("Guivarch", "Ouest-France"), ("guivarc'h", "Ouest-France"),
                          ("Guivarc’h", "Ouest-France"), ('"Stéphane Guivarch"', "Ouest-France")):
            r = run(cli, data, "search", word)
            check(f"search-apostrophe-{word}", who in r.stdout, r.stdout + r.stderr)

        # 4. ids by unique prefix; timeline in one zone
        ids = [line.split()[0] for line in run(cli, data, "latest", "-n", "500").stdout
               .splitlines() if line.strip()]
        first = ids[0]
        r = run(cli, data, "show", first[:7])
        check("show-unique-prefix", r.returncode == 0 and first in r.stdout, r.stderr)
        shared = next((a[:2] for a in ids if sum(b.startswith(a[:2]) for b in ids) > 1), "")
        r = run(cli, data, "show", shared)
        check("show-ambiguous-prefix-refused", r.returncode != 0
              and ("ambiguous" in r.stderr or "several" in r.stderr), r.stderr)
        stories = run(cli, data, "stories", "-n", "500").stdout
        ter = next((line.split()[0] for line in stories.splitlines()
                    if "SNCF" in line and not line.startswith(" ")), "")
        r = run(cli, data, "stories", ter[:8])
        check("stories-unique-prefix", r.returncode == 0 and "TER" in r.stdout, r.stderr)
        timeline = [line for line in r.stdout.splitlines()
                    if re.match(r"\s+\d{4}-\d\d-\d\d \d\d:\d\d", line)]
        marks = {m for line in timeline
                 for m in re.findall(r"\d\d:\d\d( UTC[+-]?\d*)?", line)}
        check("timeline-one-zone", len(timeline) >= 2 and len(marks) == 1, r.stdout)
        check("timeline-says-zone", bool(re.search(r"Paris|UTC|Europe/", r.stdout)),
              r.stdout)
        check("timeline-times-right", "07:30" in r.stdout and "09:05" in r.stdout, r.stdout)

        # 2. alerts
        r = run(cli, data, "saved", "add", "Suivi TER", "", "--story", ter,
                "--email", "redaction@example.org")
        run(cli, data, "ingest", str(HERE / "later.jsonl"))
        r = run(cli, data, "alerts", "send")
        said = r.stdout + r.stderr
        check("alerts-send-no-smtp-says-why", "smtp" in said.lower()
              and "smtp_host" in said, said)
        check("alerts-send-no-smtp-no-failure", r.returncode == 0
              and "failed 1" not in said, said)
        from aiosmtpd.controller import Controller

        box, port = Box(), free_port()
        controller = Controller(box, hostname="127.0.0.1", port=port)
        controller.start()
        smtp = {"VEILLE_SMTP_HOST": "127.0.0.1", "VEILLE_SMTP_PORT": str(port),
                "VEILLE_SMTP_STARTTLS": "false"}
        try:
            r = run(cli, data, "alerts", "send", env=smtp)
            body = box.messages[0].get_payload(decode=True).decode() if box.messages else ""
            check("alerts-send-with-smtp-sent", "sent 1" in r.stdout, r.stdout + r.stderr)
            line = next((x for x in body.splitlines() if "Suivi TER" in x), "")
            check("follow-mail-names-story", bool(re.search(r"Suivi TER\s*—\s*\S", line))
                  and "TER" in line.split("—", 1)[-1], line)
            run(cli, data, "saved", "add", "daily", "budget", "--email", "a@example.org",
                "--digest", "daily")
            run(cli, data, "ingest", str(HERE / "articles.jsonl"))  # nothing new
            extra = HERE / "budget.jsonl"
            tmp_extra = Path(tmp) / "budget.jsonl"
            tmp_extra.write_text(extra.read_text() if extra.exists() else
                                 '{"url": "https://www.lefigaro.fr/budget-cmp-lundi", '
                                 '"source": "Le Figaro", "published": '
                                 '"2026-12-03T10:00:00+01:00", "language": "fr", "title": '
                                 '"Budget : les sénateurs durcissent le ton avant la '
                                 'commission mixte", "text": "Les sénateurs ont prévenu '
                                 'que le budget ne passerait pas sans économies sur les '
                                 'dépenses de fonctionnement."}\n')
            run(cli, data, "ingest", str(tmp_extra))
            r = run(cli, data, "alerts", "send", env=smtp)
            said = r.stdout + r.stderr
            check("alerts-send-not-due-says-when", "sent 0" in said and
                  bool(re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d", said)), said)
        finally:
            controller.stop()

        run(cli, data, "saved", "add", "noel", "marché de Noël", "--email", "b@example.org")
        run(cli, data, "ingest", str(HERE / "noel.jsonl"))
        # 2. serve --watch without SMTP: says once that e-mail alerts wait for a setting
        web_port = free_port()
        env = {**BASE_ENV, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
        with subprocess.Popen([cli, "--data-dir", data, "serve", "--watch", "--port",
                               str(web_port)], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True) as serving:
            time.sleep(25)
            serving.terminate()
            _out, err = serving.communicate(timeout=30)
        smtp_lines = [x for x in err.splitlines() if "smtp" in x.lower()]
        check("serve-watch-says-smtp-once", len(smtp_lines) == 1
              and "smtp_host" in smtp_lines[0], err[-600:])

    for name, ok, detail in results:
        print(f"{'PASS' if ok else 'FAIL'}  {name}" + ("" if ok else f"  [{detail}]"))
    passed = sum(ok for _n, ok, _d in results)
    print(f"score: {passed}/{len(results)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
