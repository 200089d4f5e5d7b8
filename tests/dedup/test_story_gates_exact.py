"""The story terms' pattern readers, gated for issue #13, read what they read before: the
argument readers (:mod:`veille.dedup.arguments`: strikes, scores, victims and defendants,
charges) and the sub-place reader (:func:`veille.dedup.specifics._keys`: street words,
districts) run their patterns only where a substring or a one-class pattern every match
holds is found; the old definitions (each pattern over the whole text) are kept here and
compared on texts drawn from the patterns' own words, odd case letters included."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from case_kit import odd_case_letters
from veille.dedup import arguments as args
from veille.dedup import specifics
from veille.extract.bare_byline import known_given_name
from veille.extract.textshape import _CASE_ODD, fold, plain_lower


def old_read(text: str) -> set[str]:
    found: set[str] = set()
    for pattern in (args._STRIKE_AFTER, args._STRIKE_NAME, args._STRIKE_BEFORE):
        for match in pattern.finditer(text):
            words = args.key_words(match.group(1))
            if words:
                found.add(args.STRIKE + " ".join(words))
    for pattern in (args._SCORE, args._SCORE_BARE):
        for match in pattern.finditer(text):
            a, b = sorted((int(match.group(1)), int(match.group(2))))
            if b <= 200:
                found.add(f"{args.SCORE}{a}-{b}")
    for pattern in (args._WHO_AGE, args._WHO_INITIAL):
        for match in pattern.finditer(text):
            if known_given_name(match.group(1).split("-")[0]):
                found.add(args.WHO + fold(match.group(1)))
    for match in args._WHO_APPOSED.finditer(text):
        found.add(args.WHO + fold(match.group(1)))
    for match in args._CHARGE.finditer(text):
        words = args.key_words(match.group(1))
        if words and words[0].startswith(args._OFFENCES):
            found.add(args.CHARGE + " ".join(words))
    return found | args._votes(text) | args._bills(text) | args._measures(text)


def old_places(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in specifics._PLACE.finditer(text)]


def old_districts(text: str) -> set[str]:
    return {f"{int(m.group(1))}e arrondissement" for m in specifics._DISTRICT.finditer(text)}


PIECES = st.sampled_from([
    "grève", "GRÈVE", "Grève", "greve", "grèves", "des", "de la", "à la", "chez", "les",
    "contrôleurs", "aériens", "SNCF", "CGT", "sont", "en", "se sont mis", "(2-1)", "2 - 1",
    "3–0", "victoire", "s'est imposée", "score de", "battu", "Lucas", "Lucas,", "17 ans",
    "ans", "ans,", "de 23", "Sofiane,", "Mehdi", "B.", "George", "W.", "Bush", "jugée",
    "JUGÉ", "pour", "la mort", "de son bébé", "accusé", "ACCUSÉ", "du meurtre", "procès",
    "PROCÈS", "mis en examen", "poursuivie", "condamné", "comparaît", "rue", "RUE", "Rue",
    "ruelle", "place", "Place", "au cours", "cours", "Cours", "du Brent", "la cité",
    "Fonscolombes", "Félix-Pyat", "l'Étoile", "quartier", "des Minimes", "massif",
    "rond-point", "3e", "13e", "1er", "arrondissement", "ARRONDISSEMENT", "au", "84",
    "bis", "Victor-Hugo", "trUE", "course", "ſ", "ı", "İ", "poursſuivi", "accuſé",
    "arrondıssement", "ARRONDİSSEMENT", "cİté", "ruelle", "«", ".", ",", "-", "\n", "’",
    "l’", "d'", "x", "305", "voix", "VOIX", "contre", "199", "loi", "LOI", "Loi", "lois",
    "sur", "l'aide", "immigration", "adoptée", "projet de", "proposition de", "réforme",
    "RÉFORME", "des retraites", "magnitude", "MAGNITUDE", "6,8", "2,1", "800", "tonnes",
    "TONNES", "kilos", "kg", "de cocaïne", "ſur", "voıx", "magnıtude"])
TEXTS = st.lists(PIECES, max_size=30).map(" ".join) | st.lists(PIECES, max_size=30).map(
    "".join)


@settings(max_examples=1500, deadline=None)
@given(TEXTS)
def test_argument_gates_read_what_the_patterns_read(text: str) -> None:
    assert args.read(text) == old_read(text)


@settings(max_examples=1500, deadline=None)
@given(TEXTS)
def test_place_gate_finds_every_match(text: str) -> None:
    lowered = plain_lower(text)
    assert [m.span() for m in specifics._places(text, lowered)] == old_places(text)
    assert [m.span() for m in specifics._places(text, None)] == old_places(text)


@settings(max_examples=800, deadline=None)
@given(TEXTS)
def test_district_gate(text: str) -> None:
    lowered = plain_lower(text)
    if old_districts(text):
        assert lowered is None or "arrondissement" in lowered


def test_gate_words_know_every_odd_case_letter() -> None:
    """Every code point that ``re.IGNORECASE`` takes for a letter of the gates' words lowers
    to that letter, or is one of the odd letters :func:`plain_lower` refuses."""
    words = (*args._STRIKE_WORDS, *args._CHARGE_HEADS, "accu", "procè", "pour",
             *args._SEIZED_WORDS, "voix", "magnitude", "loi", "forme",
             *specifics._STREET_HEADS, "arrondissement")
    assert odd_case_letters(words, set(_CASE_ODD.pattern.strip("[]"))) == []


def test_plain_lower_keeps_positions() -> None:
    assert plain_lower("Grève RUE") == "grève rue"
    assert plain_lower("CİTÉ") is None
    assert plain_lower("ſ") is None
    text = "ÀÉÎ ẞ Σ ﬀ K"
    lowered = plain_lower(text)
    assert lowered is not None and len(lowered) == len(text)


def test_real_cases() -> None:
    assert args.read("La grève des contrôleurs aériens. Victoire (2-1). Lucas, 17 ans, "
                     "jugé pour le meurtre du snack.") == old_read(
        "La grève des contrôleurs aériens. Victoire (2-1). Lucas, 17 ans, "
        "jugé pour le meurtre du snack.")
    assert specifics._keys("Un incendie rue Félix-Pyat, dans le 3e arrondissement") == {
        "felix-pyat", "3e arrondissement"}
