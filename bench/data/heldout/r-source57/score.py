"""Score veille on the r-source57 held-out set: which outlet veille says published.

One store (``WORK/data``): thirteen text captures (``cases/c*.txt``: fr, en, de, ru, pt,
ar), five HTML pages (``cases/h*.html``), and one page this script serves on 127.0.0.1
through a Google News sitemap (``site/``, ``HOSTPORT`` replaced). For each article the
outlet is read in ``veille latest``, ``veille show`` and ``/api/v1/latest``; then the
search facets and ``/api/v1/sources``. Expected:

* a page's chrome (a skip link, "Menu", a search box) is never the outlet's name
  (c01, c02, c03, c04): the name printed as the masthead, or the host;
* a name the capture prints as its masthead over the header's controls is shown, even
  when the host does not spell it (c03, c05–c12: "Hamburger Morgenpost" on mopo.de,
  "O Povo", "GZH", "البيان", "ici Orléans", "Martinique la 1ère", "France 3 Occitanie",
  "Süddeutsche Zeitung" on sueddeutsche.de);
* a name the page declares in structured data (og:site_name, JSON-LD publisher, a news
  sitemap's ``news:name``) is shown (h01 "Evening Standard" on standard.co.uk, h02 "Die
  Zeit", h03 "Le HuffPost" on huffingtonpost.fr, the served "Réunion la 1ère");
* guards: a section's label over the headline is not the outlet (c13: nicematin.com);
  another outlet's name declared by a page is not taken (h04: tf1info.fr, not "Le
  Figaro"); a name read only from the title tag is not taken (h05: actu-ile.fr).

Prints one line per miss (every check with ``-v``), then "checks R / N".

Usage: python score.py VEILLE_CLI [WORK_DIR] [-v]
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.served_site import (  # noqa: E402
    api_views,
    free_port,
    items_of,
    latest_rows,
    print_checks,
    run_cli,
    serve_site,
    title_of,
)

#: a word of the article's title -> the outlet expected, or ("!", host, bad name)
EXPECTED: dict[str, str] = {
    "Lisbon": "AFP",
    "Blackburn": "lancashiretelegraph.co.uk",
    "Elbtunnel": "Hamburger Morgenpost",
    "Jaude": "lamontagne.fr",
    "Краснодаре": "Кубанские новости",
    "Fortaleza": "O Povo",
    "Trensurb": "GZH",
    "دبي": "البيان",
    "George-V": "ici Orléans",
    "Fort-de-France": "Martinique la 1ère",
    "Montpellier": "France 3 Occitanie",
    "Stammstrecke": "Süddeutsche Zeitung",
    "Salis": "nicematin.com",
    "Waterloo": "Evening Standard",
    "Ringbahn": "Die Zeit",
    "Sarcelles : un entrepôt de pneus détruit par": "Le HuffPost",
    "Incendie à Sarcelles : un entrepôt": "tf1info.fr",
    "Un entrepôt de pneumatiques": "actu-ile.fr",
    "vigilance fortes pluies": "Réunion la 1ère",
}
#: words no outlet is named: the chrome of the captures
CHROME = ("Skip to", "Zum Inhalt", "Aller au contenu", "Menu", "Rechercher", "Suche",
          "Search", "Côte d'Azur", "Faits divers")


def main(argv: list[str]) -> int:
    args = [a for a in argv[1:] if a != "-v"]
    verbose = "-v" in argv
    cli = args[0]
    work = Path(args[1] if len(args) > 1 else "/tmp/r-source57/heldout")
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    port = free_port()
    serve_site(HERE / "site", port)
    env = {**os.environ, "VEILLE_DATA_DIR": str(work / "data"),
           "VEILLE_FETCH_ALLOW": "127.0.0.1", "TZ": "UTC"}
    checks: list[tuple[str, bool, str]] = []
    run_cli(cli, env, "ingest", *sorted(str(p) for p in (HERE / "cases").iterdir()))
    run_cli(cli, env, "sources", "add", f"http://127.0.0.1:{port}/sitemap.xml")
    run_cli(cli, env, "watch", "--once")
    latest = run_cli(cli, env, "latest", "-n", "60")
    rows = latest_rows(cli, env)
    api_latest, api_search, api_sources = api_views(cli, env, "*")
    (work / "api.json").write_text(json.dumps([api_latest, api_search, api_sources],
                                              ensure_ascii=False, indent=1))
    api_items = [*items_of(api_latest), *(api_latest.get("undated") or [])]
    for key, name in EXPECTED.items():
        line = next((x for x in latest.splitlines() if key in x), "")
        cut = line.split(key)[0] if key in line else line
        checks.append((f"latest {key[:20]} = {name}", f" {name} " in f" {cut} ",
                       line.strip()[:110]))
        row = next((r for r in rows if key in title_of(r)), {})
        show = run_cli(cli, env, "show", str(row.get("id") or "-"))
        src = next((x.strip() for x in show.splitlines() if x.strip().startswith("source:")), "")
        checks.append((f"show {key[:20]} = {name}", src.startswith(f"source: {name}"), src))
        item = next((i for i in api_items if key in str(i.get("title", ""))), {})
        checks.append((f"api latest {key[:20]} = {name}", item.get("outlet") == name,
                       str(item.get("outlet"))))
    declared = []
    for row in rows:
        shown = run_cli(cli, env, "show", str(row.get("id") or "-"), "--json")
        try:
            declared.append(str(json.loads(shown).get("content", {}).get("site_name") or ""))
        except ValueError:
            declared.append("?")
    bad = [d for d in declared if any(d.startswith(c) for c in CHROME)]
    checks.append(("stored site_name: no chrome", not bad and len(declared) == len(EXPECTED),
                   f"{len(declared)} rows, chrome: {bad}"))
    facets = (api_search.get("facets") or {}).get("source") or []
    shown_facets = [str(f.get("outlet") or f.get("value")) for f in facets]
    checks.append(("facets: no address, no chrome", bool(shown_facets) and not any(
        s.startswith(("127.", "Le Figaro", *CHROME)) for s in shown_facets),
        str(shown_facets)))
    want = {"Réunion la 1ère", "Hamburger Morgenpost", "Süddeutsche Zeitung", "البيان",
            "Evening Standard", "Le HuffPost"}
    checks.append(("facets: declared names listed", want <= set(shown_facets),
                   str(sorted(want - set(shown_facets)))))
    listed = [str(s.get("outlet") or s.get("name") or s.get("source"))
              for s in items_of(api_sources)]
    checks.append(("api sources: no address, no chrome", listed != [] and not any(
        s.startswith("127.") or s.startswith(CHROME) for s in listed), str(listed)))
    print_checks(checks, verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
