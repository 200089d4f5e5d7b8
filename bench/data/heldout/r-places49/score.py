"""Score the r-places49 held-out set: a fresh store per case through the CLI (ingest,
enrich, show --json), with the r-places36 scorer's helpers; the localised-name cases also
serve the store on 127.0.0.1 and read ``/places?lang=fr`` / ``?lang=en``. Prints one
PASS/FAIL line per check and the total.

usage: python3 score.py [CLI]   (CLI defaults to "veille"; e.g. /work/vbin-r-places49)
"""
import html
import importlib.util
import pathlib
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

HERE = pathlib.Path(__file__).parent
_spec = importlib.util.spec_from_file_location("r36score",
                                               HERE.parent / "r-places36" / "score.py")
r36 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(r36)
CLI = r36.CLI
country_is, insee_is, no_place, place = r36.country_is, r36.insee_is, r36.no_place, r36.place


def not_outside(surface, dept):
    """No place ``surface`` unless it is in the département ``dept`` (its INSEE code)."""
    return no_place(surface, lambda p: not str(p.get("insee") or "").startswith(dept))


def not_in(surface, country):
    return no_place(surface, lambda p: p.get("country") == country)


def one_area(word):
    def check(places, search):
        parts = [p for p in places if word in str(p.get("mentioned_as")) or
                 word in str(p.get("name"))]
        ids = " ".join(str(p.get("id")) for p in parts)
        return "+" not in ids and len(parts) <= 1, \
            f"{[(p.get('name'), p.get('id')) for p in parts]}"
    check.__name__ = f"one area {word!r} or none"
    return check


def in_country(surface, country):
    """A place ``surface`` found (any id) in ``country``."""
    return country_is(surface, country)


CASES = [
    ("p01-toulouse-metro.txt", None, [insee_is("Toulouse", "31555"),
                                      not_outside("Saint-Cyprien", "31")]),
    ("p02-lyon-valmy.txt", None, [insee_is("Lyon", "69123"), not_outside("Valmy", "69")]),
    ("p03-paris-gare-de-lyon.txt", None, [insee_is("Paris", "75056"),
                                          insee_is("Lyon", "69123"),
                                          insee_is("Grenoble", "38185")]),
    ("p04-jamaica-station.txt", None, [not_in("Jamaica", "JM"),
                                       in_country("Manhattan", "US")]),
    ("p05-brighton-street.txt", None, [in_country("Brighton", "GB"),
                                       no_place("Windsor")]),
    ("p06-sussex.txt", None, [one_area("Sussex")]),
    ("p07-bethlehem-pa.txt", None, [in_country("Bethlehem", "US")]),
    ("p08-belleville-est.txt", None, [in_country("Belleville", "US")]),
    ("p09-girona-palau.txt", None, [no_place("Palau"), in_country("Figueres", "ES")]),
    ("p10-didsbury.txt", None, [in_country("Didsbury", "GB")]),
    ("p11-cheung-chau.txt", None, [in_country("Cheung Chau", "HK")]),
]

WEB = [  # case, language, names /places must show
    ("p12-sevilla-es.txt", "fr", ["Séville", "Lisbonne"]),
    ("p12-sevilla-es.txt", "en", ["Seville", "Lisbon"]),
    ("p13-aachen-mainz-de.txt", "fr", ["Aix-la-Chapelle", "Mayence"]),
]


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def web_checks():
    out = []
    for name in dict.fromkeys(c for c, _, _ in WEB):
        with tempfile.TemporaryDirectory() as store:
            run = [CLI, "--data-dir", store]
            subprocess.run([*run, "ingest", str(HERE / name)], check=True, capture_output=True)
            subprocess.run([*run, "enrich"], check=True, capture_output=True)
            port = _free_port()
            server = subprocess.Popen([*run, "serve", "--port", str(port)],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                pages = {}
                for _, lang, _ in [w for w in WEB if w[0] == name]:
                    for _ in range(120):
                        try:
                            with urllib.request.urlopen(
                                    f"http://127.0.0.1:{port}/places?lang={lang}") as r:
                                pages[lang] = html.unescape(r.read().decode())
                            break
                        except OSError:
                            time.sleep(0.5)
                for case, lang, names in WEB:
                    if case != name:
                        continue
                    for n in names:
                        ok = f">{n}<" in pages.get(lang, "")
                        out.append((f"{case}: /places?lang={lang} shows {n}", ok))
            finally:
                server.terminate()
                server.wait(20)
    return out


def main():
    passed = total = 0
    for name, source, checks in CASES:
        for what, ok, detail in r36.run_case(name, source, checks, HERE):
            total += 1
            passed += ok
            print(("PASS " if ok else "FAIL ") + f"{name}: {what}  {detail if not ok else ''}")
    for what, ok in web_checks():
        total += 1
        passed += ok
        print(("PASS " if ok else "FAIL ") + what)
    print(f"r-places49 held-out: {passed}/{total}")


if __name__ == "__main__":
    main()
