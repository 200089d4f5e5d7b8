"""One template filled in with other names and figures is no copy (newuser9 R28): the
word-level rule of ``veille.dedup.template``, on texts written for the test, and its
properties on generated ones (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.dedup.template import templated, wording

TEMPLATE = ("Le conseil municipal de {town} a adopté lundi soir le budget primitif pour 2027, "
            "d'un montant de {amount} millions d'euros. L'opposition a voté contre, "
            "dénonçant une hausse de la taxe foncière de {rise} %. Le maire {mayor} a "
            "défendu « un budget responsable » devant une salle comble.")
REST = ("Les investissements porteront sur les écoles, la rénovation thermique des bâtiments "
        "publics et les mobilités douces, selon le document présenté aux élus.")
TOWNS = ["Rouen", "Tours", "Nice", "Lille", "Metz", "Dijon", "Nantes", "Bordeaux",
         "Toulouse", "Strasbourg", "Angers", "Brest"]
MAYORS = ["Nicolas Mayer-Rossignol", "Emmanuel Denis", "Christian Estrosi", "Martine Aubry",
          "François Grosdidier", "Nathalie Koenders", "Johanna Rolland", "Pierre Hurmic"]


def budget(town: str = "Rouen", amount: int = 100, rise: int = 1,
           mayor: str = "Nicolas Mayer-Rossignol") -> list[str]:
    return [TEMPLATE.format(town=town, amount=amount, rise=rise, mayor=mayor), REST]


def test_another_town_and_amount_is_templated() -> None:
    assert templated(wording(budget()), wording(budget("Nice", 102, 3, "Christian Estrosi")))


def test_another_town_alone_is_templated() -> None:
    """The names of the slot conflict; the figures may even agree."""
    assert templated(wording(budget()), wording(budget("Nice", mayor="Christian Estrosi")))


def test_a_corrected_figure_is_no_template() -> None:
    assert not templated(wording(budget()), wording(budget(amount=110, rise=2)))


def test_a_corrected_spelling_is_no_template() -> None:
    """"Mayer-Rossignol" spelt "Maier-Rossignol" in one version: one name."""
    assert not templated(wording(budget()),
                         wording(budget(mayor="Nicolas Maier-Rossignol")))


def test_an_outlets_edits_are_no_template() -> None:
    """A dateline, a byline paragraph, a sentence cut, a share line, a title before a
    name: what an outlet changes in a dispatch."""
    first, rest = budget()
    edited = ["Partager sur Facebook",
              "ROUEN (AFP) - " + first.replace("Le maire Nicolas Mayer-Rossignol",
                                              "Le maire M. Mayer-Rossignol"),
              rest.rsplit(",", 1)[0] + ".", "Par Jeanne Martin, avec AFP"]
    assert not templated(wording(budget()), wording(edited))


def test_a_name_at_the_edge_is_a_byline() -> None:
    """Two bylines in the paragraph's last words differ: chrome, not a slot."""
    first, rest = budget()
    assert not templated(wording([first, rest + " Par Jeanne Martin"]),
                         wording([first, rest + " Par Louis Durand"]))


def test_a_rewrite_is_no_template() -> None:
    """Another outlet's own account of the vote: not aligned, whatever its names."""
    own = ["Les élus niçois ont voté le budget 2027 lundi : 102 millions d'euros, une taxe "
           "foncière en hausse de 3 %, et une opposition vent debout contre Christian "
           "Estrosi, qui promet des écoles rénovées."]
    assert not templated(wording(budget()), wording(own))


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(TOWNS), st.integers(1, 999), st.integers(1, 99),
       st.sampled_from(MAYORS), st.integers(1, 999), st.integers(1, 99))
def test_only_figures_changed_is_never_templated(town: str, amount: int, rise: int,
                                                 mayor: str, amount2: int, rise2: int) -> None:
    """A figure corrected, however many: the same text about the same event."""
    assert not templated(wording(budget(town, amount, rise, mayor)),
                         wording(budget(town, amount2, rise2, mayor)))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(TOWNS), min_size=2, max_size=2, unique=True),
       st.integers(1, 999), st.integers(1, 99))
def test_another_town_is_always_templated(towns: list[str], amount: int, rise: int) -> None:
    """The same template for two towns (and two mayors), whatever the figures."""
    first, second = towns
    a = wording(budget(first, amount, rise, MAYORS[TOWNS.index(first) % len(MAYORS)]))
    b = wording(budget(second, amount + 1, rise, MAYORS[TOWNS.index(second) % len(MAYORS)]))
    assert templated(a, b) and templated(b, a)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(max_size=200), max_size=5))
def test_any_text_is_no_template_of_itself(paragraphs: list[str]) -> None:
    """Arbitrary text (any Unicode) is read without error, and is never another fill of
    its own template."""
    assert not templated(wording(paragraphs), wording(list(paragraphs)))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 9_000), max_size=8))
def test_whole_joins_only_the_paragraphs_it_keeps(sizes: list[int]) -> None:
    """The whole text is the body joined and cut to MAX_CHARS, whether the paragraphs past
    the cut are joined or not (issue 13: they no longer are)."""
    from veille.dedup.template import MAX_CHARS

    paragraphs = [chr(97 + i % 26) * n for i, n in enumerate(sizes)]
    assert wording(paragraphs).whole == "\n".join(paragraphs)[:MAX_CHARS]
