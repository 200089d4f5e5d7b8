"""Score the h-places37 held-out set: each case is ingested into a fresh store through the
CLI (with its --source when it has one), enriched, and its places checked through
`show --json` and `search place:...`. Prints one PASS/FAIL line per check and the total.

usage: python3 score.py [CLI]   (CLI defaults to "veille"; e.g. /work/vbin-h-places37)
"""
import json
import pathlib
import subprocess
import sys
import tempfile
import unicodedata

HERE = pathlib.Path(__file__).parent
CLI = sys.argv[1] if len(sys.argv) > 1 else "veille"


def norm(s):
    return "".join(c for c in unicodedata.normalize("NFD", s or "")
                   if not unicodedata.combining(c)).casefold()


def place(places, surface):
    return next((p for p in places if norm(surface) in (norm(p.get("mentioned_as")),
                                                          norm(p.get("name")))), None)


def field_is(surface, field, value):
    def check(places, search):
        p = place(places, surface)
        return bool(p) and p.get(field) == value, \
            f"{surface} -> {p and (p.get('name'), p.get(field), p.get('id'))}"
    check.__name__ = f"{surface} {field} {value}"
    return check


def country_is(surface, country):
    return field_is(surface, "country", country)


def insee_is(surface, insee):
    return field_is(surface, "insee", insee)


def no_place(surface, what=None):
    def check(places, search):
        bad = [p for p in places if norm(surface) in (norm(p.get("mentioned_as")),
                                                       norm(p.get("name")))
               and (what is None or what(p))]
        return not bad, f"{[(p.get('mentioned_as'), p.get('name'), p.get('id')) for p in bad]}"
    check.__name__ = f"no place {surface!r}"
    return check


def found_by(query):
    def check(places, search):
        return search(query), ""
    check.__name__ = f"search {query}"
    return check


def country_or_none(surface, country):
    def check(places, search):
        p = place(places, surface)
        return p is None or p.get("country") == country, \
            f"{surface} -> {p and (p.get('name'), p.get('country'), p.get('id'))}"
    check.__name__ = f"{surface} in {country} or no place"
    return check


def not_in(surface, country):
    return no_place(surface, lambda p: p.get("country") == country)


CASES = [
    ("h1-paris-metro.txt", None, [not_in("Rome", "IT"), insee_is("Paris", "75056"),
                                  no_place("Lyon", lambda p: p.get("insee") != "75056")]),
    ("h2-montreal-metro.txt", None, [not_in("Namur", "BE"), country_is("Montréal", "CA")]),
    ("h3-rennes-gare.txt", None, [insee_is("Rennes", "35238")]),
    ("h4-moncton-dieppe.txt", None, [country_is("Moncton", "CA"),
                                     country_or_none("Dieppe", "CA")]),
    ("h5-portland-salem.txt", None, [country_is("Portland", "US"), country_is("Salem", "US")]),
    ("h6-montserrat-given-name.txt", None, [not_in("Montserrat", "MS"),
                                            country_is("Zaragoza", "ES")]),
    ("h7-montserrat-island.txt", None, [country_is("Montserrat", "MS")]),
]


def run_case(name, source, checks):
    with tempfile.TemporaryDirectory() as store:
        run = [CLI, "--data-dir", store]
        extra = ["--source", source] if source else []
        subprocess.run([*run, "ingest", str(HERE / name), *extra], check=True,
                       capture_output=True)
        subprocess.run([*run, "enrich"], check=True, capture_output=True)
        art = json.loads(subprocess.run([*run, "latest", "--json"], check=True,
                                        capture_output=True, text=True
                                        ).stdout.split("\n")[0])["id"]
        shown = json.loads(subprocess.run([*run, "show", art, "--json"], check=True,
                                          capture_output=True, text=True).stdout)
        places = shown["enrichment"].get("places") or []

        def search(query):
            out = subprocess.run([*run, "search", "--json", "-n", "50", query],
                                 capture_output=True, text=True, check=False).stdout
            try:
                return art in {h.get("id") for h in json.loads(out).get("hits", [])}
            except ValueError:
                return False

        return [(c.__name__, *c(places, search)) for c in checks]


passed = total = 0
for name, source, checks in CASES:
    for what, ok, detail in run_case(name, source, checks):
        total += 1
        passed += ok
        print(("PASS " if ok else "FAIL ") + f"{name}: {what}  {detail if not ok else ''}")
print(f"h-places37 held-out: {passed}/{total}")
