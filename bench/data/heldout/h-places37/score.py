"""Score the h-places37 held-out set with the r-places36 scorer (a fresh store per case
through the CLI: ingest, enrich, show --json). Prints PASS/FAIL per check and the total.

usage: python3 score.py [CLI]   (CLI defaults to "veille"; e.g. /work/vbin-h-places37)
"""
import importlib.util
import pathlib

HERE = pathlib.Path(__file__).parent
_spec = importlib.util.spec_from_file_location("r36score",
                                               HERE.parent / "r-places36" / "score.py")
r36 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(r36)


def country_or_none(surface, country):
    def check(places, search):
        p = r36.place(places, surface)
        return p is None or p.get("country") == country, \
            f"{surface} -> {p and (p.get('name'), p.get('country'), p.get('id'))}"
    check.__name__ = f"{surface} in {country} or no place"
    return check


def not_in(surface, country):
    return r36.no_place(surface, lambda p: p.get("country") == country)


country_is, insee_is, no_place = r36.country_is, r36.insee_is, r36.no_place

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

if __name__ == "__main__":
    r36.main(CASES, "h-places37", HERE)
