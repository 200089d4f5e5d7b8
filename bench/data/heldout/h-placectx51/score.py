"""Score the h-placectx51 held-out set: every capture in cases/ ingested into one fresh
store through the CLI (ingest, enrich, show --json), and the country of each ambiguous
place checked (r-places36's helpers). Prints one PASS/FAIL line per check and the total.

usage: python3 score.py [CLI]   (CLI defaults to "veille"; e.g. /work/vbin-h-placectx51)
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
country_is, no_place = r36.country_is, r36.no_place


def not_outside(surface, country):
    """No place ``surface`` resolved outside ``country`` (absent is fine)."""
    check = no_place(surface, lambda p: p.get("country") != country)
    check.__name__ = f"{surface} not outside {country}"
    return check


CASES = {  # file: checks; the first line after the masthead is the headline
    "en01_guardian_westminster.txt": [country_is("Westminster", "GB")],
    "en02_denver_westminster.txt": [country_is("Westminster", "US")],
    "en03_nyt_airports.txt": [not_outside("Kennedy", "US"), not_outside("La Guardia", "US"),
                              country_is("Long Island", "US")],
    "en04_richmond_virginia.txt": [country_is("Richmond", "US")],
    "en05_paris_texas.txt": [country_is("Paris", "US")],
    "es01_valencia_venezuela.txt": [country_is("Valencia", "VE")],
    "es02_cordoba_argentina.txt": [country_is("Córdoba", "AR")],
    "en06_kingston_jamaica.txt": [country_is("Kingston", "JM")],
    "en07_perth_scotland.txt": [country_is("Perth", "GB")],
    "en08_victoria_bc.txt": [country_is("Victoria", "CA")],
    "en09_london_ontario.txt": [country_is("London", "CA")],
    "en10_cambridge_ma.txt": [country_is("Cambridge", "US")],
    "en11_birmingham_alabama.txt": [country_is("Birmingham", "US")],
    "en12_toledo_ohio.txt": [country_is("Toledo", "US")],
    "fr01_perth_australie.txt": [country_is("Perth", "AU")],
    "en13_guardian_colorado.txt": [country_is("Westminster", "US")],
}


def _run(run, *args):
    return subprocess.run([*run, *args], check=True, capture_output=True, text=True).stdout


def main():
    cases = HERE / "cases"
    with tempfile.TemporaryDirectory() as store:
        run = [CLI, "--data-dir", store]
        _run(run, "ingest", *sorted(str(cases / name) for name in CASES))
        _run(run, "enrich")
        shown = {}
        for line in _run(run, "latest", "--json", "-n", "50").splitlines():
            art = json.loads(_run(run, "show", json.loads(line)["id"], "--json"))
            shown[art["content"]["title"]] = art
    passed = total = 0
    for name, checks in CASES.items():
        lines = (cases / name).read_text(encoding="utf-8").splitlines()
        art = shown.get(lines[1]) or shown.get(lines[0])  # a masthead not told apart
        places = (art or {}).get("enrichment", {}).get("places") or []
        for check in checks:
            ok, why = check(places, None) if art else (False, "article not found")
            passed += bool(ok)
            total += 1
            print(f"{'PASS' if ok else 'FAIL'} {name}: {check.__name__}  {why}")
    print(f"h-placectx51 held-out: {passed}/{total}")


if __name__ == "__main__":
    main()
