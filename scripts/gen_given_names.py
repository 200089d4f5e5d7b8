"""Regenerate ``src/veille/extract/data/given_names.txt`` (development time only).

The list says whether a capitalised word is a person's given name, for bare-name bylines
("Caroline Girardon" on its own line under the standfirst: docs/extraction.md, §5). Source:
the given-name lists of **Faker** (MIT licence, <https://github.com/joke2k/faker>), for the
locales of the languages veille serves (French, English, German, Spanish, Italian, Dutch,
Portuguese) in the countries whose press it reads. Kept: words of letters (a hyphen or an
apostrophe inside), capitalised, two letters or more; dropped: names of places that the news
names more often than a journalist of that first name signs: countries in English and French
(pycountry, Debian's iso-codes: "France", "Georgia", "Jordan"; and the countries of veille's
own gazetteer, ``src/veille/enrich/data/gazetteer.tsv``), and the cities of that gazetteer
of at least ``CITY_MIN_POP`` inhabitants ("Paris", "Sydney"). Regions and smaller cities
keep their given names: "Aude", "Virginie", "Florence", "Nancy", "Milan", "Sofia" sign
articles in the French press. One name a line, sorted, under a comment header.

Faker and pycountry are development dependencies (requirements-dev.lock); veille ships the
generated file and never fetches anything at run time. Run: ``python scripts/gen_given_names.py``.
"""

from __future__ import annotations

import gettext
import importlib
import re
import sys
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parents[1] / "src/veille/extract/data/given_names.txt"
GENDERS_OUT = OUT.parents[2] / "enrich" / "data" / "given_name_genders.tsv"
"""Second output: a given name and the gender Faker's lists give it (quote pronouns,
``veille.enrich.gender``)."""
LOCALES = ("fr_FR", "fr_BE", "fr_CA", "fr_CH", "fr_QC", "en_US", "en_GB", "en_IE", "en_NZ",
           "de_DE", "de_AT", "de_CH", "es_ES", "es_MX", "it_IT", "nl_NL", "nl_BE", "pt_PT",
           "pt_BR")
WORLD_OUT = OUT.parent / "world_given_names.txt"
"""Third output: the given names of Faker's other Latin-script locales (Africa, Asia, the
rest of Europe and the Americas) that the first list lacks ("Chidinma", "Kwabena"): read
only in a byline's own slot, a line under the headline right above the article's date
(``veille.extract.bare_byline.bare_name``), where a label or a place is the alternative."""
WORLD_LOCALES = ("en_NG", "ig_NG", "yo_NG", "ha_NG", "tw_GH", "en_KE", "sw", "zu_ZA", "en_IN",
                 "en_PK", "id_ID", "tr_TR", "pl_PL", "cs_CZ", "sk_SK", "hr_HR", "sl_SI",
                 "ro_RO", "hu_HU", "fi_FI", "sv_SE", "no_NO", "da_DK", "et_EE", "lt_LT",
                 "lv_LV", "ga_IE", "es_AR", "es_CL", "es_CO", "vi_VN", "az_AZ", "uz_UZ")
SURNAMES_OUT = OUT.parent / "world_surnames.txt"
"""Fourth output: the surnames of all those locales ("Okeke", "Ferrández"): a second clue
to a bare name right above the article's date when its given name is in no list
(``veille.extract.bare_byline.surname_byline``; r-pages50)."""
SURNAME_ATTRIBUTES = ("last_names", "last_names_male", "last_names_female")
COMMON_OUT = OUT.parent / "common_words.txt"
"""Fifth output: the common words of the languages veille reads (Faker's ``lorem`` word
lists: the most frequent words of each language), lower case: a word of them is no clue to
a name ("Town Hall", "High Street" over the date are labels; r-pages50)."""
LOREM_LOCALES = ("en_US", "fr_FR", "de_DE", "es_ES", "it_IT", "nl_NL")
GAZETTEER = OUT.parents[2] / "enrich" / "data" / "gazetteer.tsv"
CITY_MIN_POP = 2_000_000
AREA_KINDS = ("country",)
ATTRIBUTES = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")
NAME = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[-'’][A-ZÀ-ÖØ-Þa-zß-öø-ÿ][a-zß-öø-ÿ]+)*$")


def country_names() -> set[str]:
    french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    names: set[str] = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names.add(value)
                names.add(french.gettext(value))
    return names


def place_names() -> set[str]:
    """Countries and the largest cities of veille's gazetteer."""
    names: set[str] = set()
    for line in GAZETTEER.read_text(encoding="utf-8").splitlines()[1:]:
        fields = line.split("\t")
        if len(fields) < 8:
            continue
        population = int(fields[7]) if fields[7].isdigit() else 0
        if fields[2] in AREA_KINDS or population >= CITY_MIN_POP:
            names.add(fields[1])
    return names


def given_names(locales: tuple[str, ...] = LOCALES,
                attributes: tuple[str, ...] = ATTRIBUTES) -> list[str]:
    found: set[str] = set()
    for locale in locales:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr in attributes:
            values = getattr(provider, attr, None) or ()
            if isinstance(values, property):  # a locale computing its list (skipped)
                continue
            found.update(v.strip() for v in values if NAME.match(v.strip()))
    return sorted(found - country_names() - place_names())


def given_name_genders() -> list[tuple[str, str]]:
    """(name, "m" or "f") for the names Faker lists as one gender only: the French locales
    decide when they list the name ("Jean" is male there, female in English); else all the
    locales must agree ("Andrea": male in Italian, female elsewhere: left out). A name
    listed as both is left out: its gender is unknown."""
    def lists(locales: tuple[str, ...]) -> tuple[set[str], set[str]]:
        male: set[str] = set()
        female: set[str] = set()
        for locale in locales:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
            male.update(v.strip() for v in getattr(provider, "first_names_male", ()) or ())
            female.update(v.strip() for v in getattr(provider, "first_names_female", ()) or ())
        return male, female

    french_male, french_female = lists(tuple(x for x in LOCALES if x.startswith("fr_")))
    male, female = lists(LOCALES)
    out: list[tuple[str, str]] = []
    for name in sorted((male | female) - country_names() - place_names()):
        if not NAME.match(name):
            continue
        if name in french_male or name in french_female:
            is_male, is_female = name in french_male, name in french_female
        else:
            is_male, is_female = name in male, name in female
        if is_male != is_female:
            out.append((name, "m" if is_male else "f"))
    return out


def main() -> int:
    import faker

    genders = given_name_genders()
    GENDERS_OUT.write_text(
        f"# Given name <TAB> m|f: Faker {faker.VERSION} (MIT licence), male and female lists "
        f"of the locales\n# {', '.join(LOCALES)}; the French locales decide, else all must "
        "agree; names listed as both left out.\n# Generated by scripts/gen_given_names.py; "
        "do not edit by hand.\n" + "".join(f"{n}\t{g}\n" for n, g in genders),
        encoding="utf-8")
    print(f"wrote {len(genders)} names to {GENDERS_OUT}", file=sys.stderr)
    names = given_names()
    header = (f"# Given names (one a line): Faker {faker.VERSION} (MIT licence), locales "
              f"{', '.join(LOCALES)};\n# names of countries and of the largest cities "
              "removed. Generated by scripts/gen_given_names.py; do not edit by hand.\n")
    OUT.write_text(header + "\n".join(names) + "\n", encoding="utf-8")
    print(f"wrote {len(names)} names to {OUT}", file=sys.stderr)
    world = sorted(set(given_names(WORLD_LOCALES)) - set(names))
    WORLD_OUT.write_text(
        f"# Given names (one a line) of Faker {faker.VERSION} (MIT licence), locales "
        f"{', '.join(WORLD_LOCALES)},\n# not in given_names.txt; names of countries and of "
        "the largest cities removed. Generated by scripts/gen_given_names.py; do not edit "
        "by hand.\n" + "\n".join(world) + "\n", encoding="utf-8")
    print(f"wrote {len(world)} names to {WORLD_OUT}", file=sys.stderr)
    surnames = given_names(LOCALES + WORLD_LOCALES, SURNAME_ATTRIBUTES)
    SURNAMES_OUT.write_text(
        f"# Surnames (one a line) of Faker {faker.VERSION} (MIT licence), locales "
        f"{', '.join(LOCALES + WORLD_LOCALES)};\n# names of countries and of the largest "
        "cities removed. Generated by scripts/gen_given_names.py; do not edit by hand.\n"
        + "\n".join(surnames) + "\n", encoding="utf-8")
    print(f"wrote {len(surnames)} names to {SURNAMES_OUT}", file=sys.stderr)
    common = sorted({w.lower() for locale in LOREM_LOCALES for w in importlib.import_module(
        f"faker.providers.lorem.{locale}").Provider.word_list if w.isalpha()})
    COMMON_OUT.write_text(
        f"# Common words (one a line, lower case): the lorem word lists of Faker "
        f"{faker.VERSION} (MIT licence),\n# locales {', '.join(LOREM_LOCALES)}. Generated "
        "by scripts/gen_given_names.py; do not edit by hand.\n" + "\n".join(common) + "\n",
        encoding="utf-8")
    print(f"wrote {len(common)} words to {COMMON_OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
