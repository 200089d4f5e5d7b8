"""Score the h-places50 held-out set: a fresh store per case through the CLI (ingest,
enrich, show --json, search), with the r-places36 scorer's helpers. Checks: a district
named "quartier/faubourg/lieu-dit X à <commune>" is no foreign place; a name shared by
several countries goes to the country of the text's other places; the capture's clock is
the places' zone; `place:` finds a place by its other names (exonyms) and "X-ville" is the
city. Prints one PASS/FAIL line per check and the total.

usage: python3 score.py [CLI]   (CLI defaults to "veille"; e.g. /work/vbin-h-places50)
"""
import importlib.util
import json
import pathlib
import subprocess
import tempfile

HERE = pathlib.Path(__file__).parent
_spec = importlib.util.spec_from_file_location("r36score",
                                               HERE.parent / "r-places36" / "score.py")
r36 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(r36)
CLI = r36.CLI
country_is, insee_is, no_place, found_by = (r36.country_is, r36.insee_is, r36.no_place,
                                            r36.found_by)


def not_abroad(surface):
    """No place ``surface`` outside France (a district of a French commune)."""
    return no_place(surface, lambda p: p.get("country") != "FR")


def kind_is(surface, kind):
    return r36.field_is(surface, "kind", kind)


def zone_is(zone):
    """The capture's clock: evidence.timezone names ``zone``."""
    def check(places, search):
        shown = search.shown
        tz = str(shown["content"]["evidence"].get("timezone"))
        return zone in tz, tz
    check.__name__ = f"clock {zone}"
    return check


def run_case(name, checks):
    with tempfile.TemporaryDirectory() as store:
        run = [CLI, "--data-dir", store]
        subprocess.run([*run, "ingest", str(HERE / name)], check=True, capture_output=True)
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
        search.shown = shown
        return [(c.__name__, *c(places, search)) for c in checks]


CASES = [
    ("q01-nantes-bellevue.txt", [insee_is("Nantes", "44109"), not_abroad("Bellevue")]),
    ("q02-perpignan-faubourg.txt", [insee_is("Perpignan", "66136"),
                                    no_place("Saint-Louis", lambda p: not str(
                                        p.get("insee") or "").startswith("66"))]),
    ("q03-lieudit-kingston.txt", [not_abroad("Kingston")]),
    ("q04-birmingham-alabama.txt", [country_is("Birmingham", "US"),
                                    zone_is("America/Chicago")]),
    ("q05-newcastle-nsw.txt", [country_is("Newcastle", "AU"), zone_is("Australia/Sydney")]),
    ("q06-hamilton-waikato.txt", [country_is("Hamilton", "NZ"),
                                  zone_is("Pacific/Auckland")]),
    ("q07-bundaberg-qld.txt", [country_is("Bundaberg", "AU"),
                               zone_is("Australia/Brisbane")]),
    ("q08-koln-munchen.txt", [found_by("place:Cologne"), found_by("place:Munich"),
                              found_by("place:Allemagne"), found_by("place:Germany"),
                              found_by("place:München")]),
    ("q09-djibouti-ville.txt", [kind_is("Djibouti-ville", "city"),
                                found_by("place:Djibouti-ville"),
                                found_by("place:Djibouti")]),
    ("q10-perth-scotland.txt", [country_is("Perth", "GB"), country_is("Dundee", "GB")]),
    ("q11-richmond-london.txt", [country_is("Richmond", "GB"),
                                 found_by("place:Londres")]),
]


def main():
    passed = total = 0
    for name, checks in CASES:
        for what, ok, detail in run_case(name, checks):
            total += 1
            passed += ok
            print(("PASS " if ok else "FAIL ") + f"{name}: {what}  {detail if not ok else ''}")
    print(f"h-places50 held-out: {passed}/{total}")


if __name__ == "__main__":
    main()
