"""A name never ends on a preposition or an article, nor runs past a known name into
lower-case words (verify14 V7, newuser14a E17). Sentences written here, other names."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from veille.enrich.entities import _acronym_of
from veille.enrich.span_ends import continue_at_particles, cut_dangling, known_prefix
from veille.enrich.stage import Resources

from .conftest import enrich


def _names(section: dict[str, object]) -> dict[str, tuple[str, str]]:
    entities = section["entities"]
    assert isinstance(entities, list)
    return {str(e["name"]): (str(e["id"]), str(e["label"])) for e in entities}


def test_a_year_cut_leaves_no_dangling_preposition(resources: Resources) -> None:
    """"la Coupe du monde de 2030": the year is cut, so is the "de" before it."""
    names = _names(enrich(resources, (
        "Football : le calendrier\n\n"
        "Le pays accueillera la Coupe du monde de 2030, a confirmé la fédération.")))
    assert "Coupe du monde" in names
    assert not any(n.endswith((" de", " du", " d")) for n in names)


def test_a_known_name_does_not_run_into_a_complement(resources: Resources) -> None:
    """"menacé la Commission européenne de mesures de rétorsion": the known name."""
    names = _names(enrich(resources, (
        "Commerce : la tension monte\n\n"
        "Pékin a menacé mardi la Commission européenne de mesures de rétorsion "
        "commerciales.")))
    assert "Commission européenne" in names
    assert not any("mesures" in n for n in names)


def test_an_association_named_with_a_preposition_speaks_whole(resources: Resources) -> None:
    """"L'association Droit au logement … « … », a dénoncé l'association": the speaker
    is the association, known to the alias table, not "Droit" (verify14 V7)."""
    section = enrich(resources, (
        "Expulsions : la colère des locataires\n\n"
        "L'association Droit au logement a critiqué la préfecture de Lyon, jeudi. "
        "« Des centaines de logements restent vides », a dénoncé l'association."))
    names = _names(section)
    assert names.get("Droit au logement") == ("veille:dal", "ORG")
    assert "Droit" not in names
    quotes = section["quotes"]
    assert isinstance(quotes, list)
    speakers = {(q["speaker"], q["speaker_id"]) for q in quotes}
    assert speakers == {("Droit au logement", "veille:dal")}


def test_a_span_on_a_particle_takes_the_name_that_follows() -> None:
    """"Groupe de" then lower-case words up to
    the acronym that abbreviates them: the whole name."""
    text = "Le Salon du livre d'Brive ouvre."
    first = (3, text.index("Brive"), "ORG")
    second = (text.index("Brive"), text.index("Brive") + 5, "LOC")  # left apart
    assert continue_at_particles(text, [first, second], _acronym_of) == [first, second]
    text = "Le Collectif de soutien aux familles rurales (CSFR) proteste."
    span = (3, text.index("soutien") - 1, "ORG")
    assert continue_at_particles(text, [span], _acronym_of) == [
        (3, text.index(" (CSFR)"), "ORG")]
    text = "Le Collectif de soutien aux familles (ONU) proteste."
    span = (3, text.index("soutien") - 1, "ORG")  # no acronym of the name: left
    assert continue_at_particles(text, [span], _acronym_of) == [span]


def test_known_prefix_keeps_institution_complements() -> None:
    known = {"union europeenne", "conseil", "union"}

    def lookup(name: str) -> object | None:
        return name.lower().replace("é", "e") if name.lower().replace("é", "e") in known \
            else None

    assert known_prefix("Union européenne de sanctions lourdes", lookup,
                        lambda h: False) == "Union européenne"
    assert known_prefix("Conseil d'orientation des retraites", lookup,
                        lambda h: h == "Conseil") == "Conseil d'orientation des retraites"
    assert known_prefix("Union des pêcheurs", lookup, lambda h: False) == \
        "Union des pêcheurs"  # a one-word known name heads longer names
    assert known_prefix("Union européenne de Bruxelles", lookup,
                        lambda h: False) == "Union européenne de Bruxelles"


_PARTICLES = ["de", "du", "des", "au", "aux", "à", "la", "le", "les", "en", "pour", "d'",
              "l'", "d"]


@given(st.lists(st.sampled_from(["Jeux", "Groupe", "Festival", "olympiques", "Paris"]),
                min_size=1, max_size=4),
       st.lists(st.sampled_from(_PARTICLES), max_size=3))
def test_cut_dangling_never_ends_on_a_particle(words: list[str], tail: list[str]) -> None:
    name = " ".join(words + tail)
    cut = cut_dangling(name)
    if len(words) == 1 and tail:  # a head noun and its particle: the model's cut name
        assert cut == name
        return
    assert cut == " ".join(words)
    assert cut.split()[-1] not in _PARTICLES


def test_a_head_noun_and_its_particle_stay_for_the_place_rules() -> None:
    """"l'État de" (the model's span before "New York") stays whole: the place rules read
    the state after it; cut to "État", New York was lost (the lead's merge check)."""
    assert cut_dangling("État de") == "État de"
    assert cut_dangling("Jeux olympiques de") == "Jeux olympiques"
