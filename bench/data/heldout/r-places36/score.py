"""Score the r-places36 held-out set: each case is ingested into a fresh store through the
CLI (with its --source when it has one), enriched, and its places checked through
`show --json` and `search place:...`. Prints one PASS/FAIL line per check and the total.

usage: python3 score.py [CLI]   (CLI defaults to "veille"; e.g. /work/vbin-r-places36)
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


def one_yorkshire(places, search):
    parts = [p for p in places if "Yorkshire" in str(p.get("mentioned_as")) or
             "Yorkshire" in str(p.get("name"))]
    ids = " ".join(str(p.get("id")) for p in parts)
    return "+" not in ids and len(parts) <= 1, f"{[(p.get('name'), p.get('id')) for p in parts]}"


CASES = [
    ("c01-cordoba-cet.txt", None, [country_is("Córdoba", "ES")]),
    ("c02-leon-cet.txt", None, [country_is("León", "ES")]),
    ("c03-merida-cet.txt", None, [country_is("Mérida", "ES")]),
    ("c04-cambridge-est.txt", None, [country_is("Cambridge", "US")]),
    ("c05-portsmouth-est.txt", None, [country_is("Portsmouth", "US")]),
    ("c06-dundalk-co-louth.txt", None, [country_is("Dundalk", "IE")]),
    ("c07-douglas-ie-source.txt", "southernweekly.ie", [country_is("Douglas", "IE")]),
    ("c08-palau-catalan.txt", None, [no_place("Palau")]),
    ("c09-facility-names.txt", None, [insee_is("Bourges", "18033"), no_place("Les Pins"),
                                      no_place("L'Étoile"), no_place("Nord")]),
    ("c10-quimper-containment.txt", None, [insee_is("Quimper", "29232"),
                                           found_by("place:Finistère"),
                                           found_by("place:Bretagne")]),
    ("c11-sevilla-containment.txt", None, [country_is("Sevilla", "ES"),
                                           found_by("place:Espagne")]),
    ("c12-yorkshire.txt", None, [one_yorkshire]),
    ("c13-reading-pa.txt", None, [country_is("Reading", "US")]),
]


def run_case(name, source, checks, here=HERE):
    with tempfile.TemporaryDirectory() as store:
        run = [CLI, "--data-dir", store]
        extra = ["--source", source] if source else []
        subprocess.run([*run, "ingest", str(here / name), *extra], check=True,
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


def main(cases=CASES, label="r-places36", here=HERE):
    passed = total = 0
    for name, source, checks in cases:
        for what, ok, detail in run_case(name, source, checks, here):
            total += 1
            passed += ok
            print(("PASS " if ok else "FAIL ") + f"{name}: {what}  {detail if not ok else ''}")
    print(f"{label} held-out: {passed}/{total}")


if __name__ == "__main__":
    main()
