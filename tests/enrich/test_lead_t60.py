"""Faults of the fresh tester t-final60 taken by the lead: #2 "Le maire de Saint-Denis,
Éricka Bareigts, a demandé … « … », a-t-elle estimé" gave the quote to the woman quoted
in the paragraph before (the masculine determiner of "le maire", an office French long
wrote so for women, made Éricka a man, and her given name is a variant no list holds);
"Marie-Josée" had no gender (a hyphenated given name's parts were never looked up); #5
a dateline "SAINT-DENIS DE LA RÉUNION, 10 février (AFP) -" was read as Saint-Denis (93).
Sentences written for these tests (not the tester's)."""

from __future__ import annotations

from tests.enrich.conftest import enrich

from veille.enrich.gender import given_name_gender, mention_gender
from veille.enrich.quotes import find_quotes
from veille.enrich.stage import Resources


def _speakers(text: str) -> dict[str, str]:
    return {q.text: q.speaker for q in find_quotes(text)}


def test_le_maire_before_a_woman_is_no_evidence_of_a_man() -> None:
    said = _speakers(
        "« Nous avons tout perdu en une nuit », témoigne Marie-Claude Fontaine, 71 ans. "
        "Le maire de Bourg-Lastic, Aurélya Pradier, a réclamé des renforts. « Il faudra "
        "des semaines pour rétablir le courant », a-t-elle prévenu.")
    assert said["Il faudra des semaines pour rétablir le courant"] == "Aurélya Pradier"


def test_the_masculine_determiner_still_tells_when_the_noun_has_a_feminine() -> None:
    for office in ("Le directeur de l'usine", "Le ministre de la Culture",
                   "Le Premier ministre", "Le préfet de l'Isère"):
        text = f"{office}, Zorvan Keltz, a démenti."
        assert mention_gender(text, text.index("Zorvan")) == "m", office
    text = "La maire de Bourg-Lastic, Zorvan Keltz, a démenti."
    assert mention_gender(text, text.index("Zorvan")) == "f"
    for office in ("Le maire", "Le maire de Saint-Denis", "Le médecin de garde",
                   "Le colonel"):
        text = f"{office}, Zorvan Keltz, a démenti."
        assert mention_gender(text, text.index("Zorvan")) == "", office


def test_a_hyphenated_given_name_takes_its_first_part() -> None:
    assert given_name_gender("Marie-Josée") == "f"
    assert given_name_gender("Marie-Pierre") == "f"  # Marie first: a woman's
    assert given_name_gender("Jean-Marie") == "m"
    assert given_name_gender("Jean-Baptiste") == "m"
    assert given_name_gender("Anne-Laure") == "f"


def test_a_dated_dateline_town_de_its_area_in_capitals(resources: Resources) -> None:
    """t-final60 #5: "SAINT-DENIS DE LA RÉUNION, 10 février (AFP) -" was one span, read as
    Saint-Denis (93), though the dateline names its island; "à Paris" later in the text
    pulled the homonym nearer Paris."""
    for dateline in ("SAINT-DENIS DE LA RÉUNION, 3 mars (AFP) - ",
                     "Saint-Denis de La Réunion, 3 mars (AFP) - "):
        section = enrich(resources, "Inondations : deux routes coupées\n\n" + dateline
                         + "Les pluies ont coupé mardi deux routes du chef-lieu, a annoncé la "
                         "préfecture. La ministre réunira une cellule de crise à Paris.")
        towns = {str(p["name"]): str(p.get("insee", "")) for p in section["places"]}  # type: ignore[attr-defined]
        assert towns.get("Saint-Denis") == "97411", (dateline, towns)
    section = enrich(resources, "Incendie : un immeuble évacué\n\nSAINT-DENIS, 3 mars (AFP) - "
                     "Un immeuble a été évacué mardi près du Stade de France, en "
                     "Seine-Saint-Denis, a annoncé la préfecture de police de Paris.")
    towns = {str(p["name"]): str(p.get("insee", "")) for p in section["places"]}  # type: ignore[attr-defined]
    assert towns.get("Saint-Denis") == "93066", towns


def test_a_superlative_in_n_years_is_no_date_ahead(resources: Resources) -> None:
    """t-final60 #20: "É a maior tragédia da cidade em vinte anos" gave 2046, "ahead": the
    count is the span a superlative runs over, back from now; "ficará pronta em dois anos"
    still counts ahead."""
    cases = {"pt": ("É o pior incêndio da região em trinta anos, disse o bombeiro.",
                    "A estrada ficará pronta em dois anos, segundo o governo."),
             "es": ("Es la mayor inundación del valle en cuarenta años, según la agencia.",
                    "La carretera estará lista en dos años, según el gobierno."),
             "it": ("È il peggiore incendio della regione in trent'anni, ha detto il sindaco.",
                    "La strada sarà pronta in due anni, secondo il governo.")}
    for language, (superlative, ahead) in cases.items():
        for text, expected in ((superlative, set()), (ahead, {"2028-01-01"})):
            section = enrich(resources, "Titolo\n\n" + text, language=language)
            years = {str(d["value"]) for d in section["dates"]  # type: ignore[attr-defined]
                     if d.get("granularity") == "year"}
            assert years == expected, (language, text, section["dates"])
