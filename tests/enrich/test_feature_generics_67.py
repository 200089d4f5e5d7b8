"""h-places67 (issue 16, t-check66 F5): a name after a natural feature's lower-case
generic noun ("o rio Lima", "il fiume Reno") is the feature, never a town nor a capital
abroad; the generic capitalised as part of a town's name ("Rio de Janeiro") stays a
name. Sentences written for these tests (not the bench's held-out set), through the real
enrichment pipeline; a Hypothesis property on :func:`after_feature_generic`."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from tests.enrich.conftest import enrich

from veille.enrich.feature_generics import after_feature_generic
from veille.enrich.stage import Resources


def _places(resources: Resources, text: str, **kw: str) -> list[tuple[str, str]]:
    return [(str(p["country"]), str(p["mentioned_as"]))
            for p in enrich(resources, text, **kw)["places"]]  # type: ignore[index,union-attr]


def test_a_river_named_like_a_capital_is_no_capital(resources: Resources) -> None:
    text = ("Pesca\n\nOs pescadores do rio Lima, perto de Viana do Castelo, pedem mais "
            "fiscalização.")
    got = _places(resources, text, language="pt", source="jn.pt")
    assert ("PE", "Lima") not in got


def test_a_spanish_and_an_italian_river_are_no_towns_abroad(resources: Resources) -> None:
    es = "Riada\n\nEl río Lima creció durante la noche en Galicia."
    assert ("PE", "Lima") not in _places(resources, es, language="es",
                                         source="lavozdegalicia.es")
    it = "Piena\n\nIl livello del fiume Reno sale ancora, allerta a Casalecchio e Bologna."
    assert ("US", "Reno") not in _places(resources, it, language="it",
                                         source="ilrestodelcarlino.it")


def test_the_same_name_placed_elsewhere_in_the_text_stays(resources: Resources) -> None:
    text = ("Voos\n\nA TAP abre uma rota para Lima. O rio Lima nada tem a ver com a "
            "capital peruana.")
    assert ("PE", "Lima") in _places(resources, text, language="pt", source="jn.pt")


def test_a_capitalised_generic_is_part_of_the_name(resources: Resources) -> None:
    text = "Voos\n\nA companhia retoma os voos entre Lisboa e o Rio de Janeiro."
    assert ("BR", "Rio de Janeiro") in _places(resources, text, language="pt", source="jn.pt")


def test_generic_cue_examples() -> None:
    for text in ("sobre o rio Lima", "el río de Segura", "il lago di Garda", "la serra da "
                 "Estrela", "el riu d'Ebre", "le fleuve Sénégal", "the river Severn"):
        assert after_feature_generic(text, text.rindex(" ") + 1), text
    for text in ("no Rio Lima", "em Lima", "a Monte Carlo", "il Reno"):
        assert not after_feature_generic(text, text.rindex(" ") + 1), text


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzRMLáé' ", max_size=60),
       st.sampled_from(["Lima", "Reno", "Segura"]))
def test_a_capitalised_word_before_the_name_is_never_a_generic(prefix: str, name: str) -> None:
    text = prefix + " Rio " + name
    assert not after_feature_generic(text, len(text) - len(name))
    assert after_feature_generic(text.replace(" Rio ", " rio "), len(text) - len(name))
