"""Russian persons' names in the nominative (issue 16, t-final56b A8): "с мэром Новосибирска
Максимом Кудрявцевым" names Максим Кудрявцев, and "Кудрявцева", "Кудрявцеву" later are he.

Russian declines a person's given name, patronymic and surname, and all three stand in the
same case and agree in gender. The given name tells both: pymorphy3's analyses tagged Name
(:mod:`veille.enrich.russian_morph`; a nominative in the shipped Faker ru_RU list,
``data/russian_given_names.txt``, first: "Руслану" is Руслан's dative before Руслана's
accusative). The patronymic is read by its Patr analysis; the surname by its Surn analysis
of that case and gender, else by the surname declensions, a closed class (Розенталь,
*Справочник по правописанию и литературной правке*, § 180, "Склонение фамилий";
*Русская грамматика*, 1980, § 1190): masculine in -ов/-ев/-ёв/-ин/-ын (-а, -у, -а, -ым, -е),
their feminine in -а (-ой, -ой, -у, -ой, -ой), the adjectival -ий/-ый (-ого, -ому, -ого,
-им/-ым, -ом) and -ая (-ой, -ой, -ую, -ой, -ой), a masculine ending in another consonant
(-а/-я, -у/-ю, -ом/-ем, -е), a feminine one of those and the surnames in -ых/-их, -о, -е,
-и, -у being indeclinable. A name whose given name pymorphy3 does not read, or without
pymorphy3, stays as written.

The same table gives the forms of a nominative surname (:func:`surname_forms`), so that a
surname alone in any case is found as a later mention of the person named in full, and a
lone surname's nominatives (:func:`surname_nominatives`: "Кудрявцева" is Кудрявцев's
genitive or Кудрявцева herself). Pure functions; nothing here raises.
"""

from __future__ import annotations

import re

from veille.enrich.given_names import given_names
from veille.enrich.russian_morph import cased, parses

__all__ = ["person_nominative", "surname_forms", "surname_nominatives"]

_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_POSSESSIVE = re.compile(r"(?:ов|ев|ёв|ин|ын)$")
"""The stem of the possessive surnames (Кудрявцев, Ильин, Кудрявцева)."""
_PARADIGMS: tuple[tuple[str, str, bool, dict[str, str]], ...] = (
    ("", "masc", True, {"gent": "а", "datv": "у", "accs": "а", "ablt": "ым", "loct": "е"}),
    ("а", "femn", True, {"gent": "ой", "datv": "ой", "accs": "у", "ablt": "ой", "loct": "ой"}),
    ("ий", "masc", False, {"gent": "ого", "datv": "ому", "accs": "ого", "ablt": "им",
                           "loct": "ом"}),
    ("ый", "masc", False, {"gent": "ого", "datv": "ому", "accs": "ого", "ablt": "ым",
                           "loct": "ом"}),
    ("ая", "femn", False, {"gent": "ой", "datv": "ой", "accs": "ую", "ablt": "ой",
                           "loct": "ой"}),
    ("", "masc", False, {"gent": "а", "datv": "у", "accs": "а", "ablt": "ом", "loct": "е"}),
    ("ь", "masc", False, {"gent": "я", "datv": "ю", "accs": "я", "ablt": "ем", "loct": "е"}),
)
"""(nominative ending, gender, possessive stem required, case → ending): the surname
declensions of the module's docstring."""
_INDECLINABLE = re.compile(r"(?:ых|их|о|е|и|у|ю)$")
_VELAR = re.compile(r"[кгхжшчщ]$")
"""After these, the adjectival masculine ends in -ий, not -ый (the spelling rule)."""


def _fits(stem: str, nominative: str, possessive: bool) -> bool:
    if len(stem) < 2 or _INDECLINABLE.search(stem + nominative) and not possessive:
        return False
    if possessive != bool(_POSSESSIVE.search(stem)):
        return False
    if nominative in ("ий", "ый"):
        return (nominative == "ий") == bool(_VELAR.search(stem))
    if nominative == "ь":
        return not re.search(r"[аеёиоуыэюяйь]$", stem)
    if nominative == "" and not possessive:
        return bool(re.search(r"[бвгдзклмнпрстфхцчшщж]$", stem))
    return True


def _by_table(word: str, case: str, gender: str) -> list[str]:
    """The nominatives of surname ``word`` read in ``case`` and ``gender`` by the table."""
    lower = word.lower()
    out = []
    for nominative, sex, possessive, endings in _PARADIGMS:
        if sex != gender:
            continue
        ending = nominative if case == "nomn" else endings[case]
        if lower.endswith(ending) and _fits(lower[:len(lower) - len(ending)], nominative,
                                            possessive):
            out.append(word[:len(word) - len(ending)] + nominative)
    return out


def _by_analysis(word: str, tags: set[str], kind: str) -> list[str]:
    """``word``'s nominatives by its analyses tagged ``kind`` (Surn, Patr, Name) with the
    grammemes ``tags`` (a case and a gender), the gender kept."""
    out = []
    for parse in parses(word):
        if kind in parse.tag and tags <= parse.tag.grammemes and "sing" in parse.tag:
            gender = {"masc", "femn"} & tags
            nominative = parse.inflect({"nomn", *gender}) or parse.inflect({"nomn"})
            if nominative is not None:
                out.append(cased(nominative.word, word))
    return list(dict.fromkeys(out))


def _given_readings(word: str) -> list[tuple[str, str, str]]:
    """(nominative, case, gender) of given name ``word`` by its Name analyses, those whose
    nominative the shipped list holds first, then by probability."""
    known = given_names("russian")
    found: list[tuple[bool, float, str, str, str]] = []
    for parse in parses(word):
        if "Name" not in parse.tag or "sing" not in parse.tag:
            continue
        case, gender = parse.tag.case, parse.tag.gender
        nominative = parse.inflect({"nomn"})
        if case in _CASES and gender in ("masc", "femn") and nominative is not None:
            name = cased(nominative.word, word)
            found.append((name not in known, -parse.score, name, case, gender))
    found.sort(key=lambda r: r[:2])
    return list(dict.fromkeys((n, c, g) for _, _, n, c, g in found))


def _surname(word: str, case: str, gender: str) -> str | None:
    if case == "nomn":
        return word
    found = _by_analysis(word, {case, gender}, "Surn") or _by_table(word, case, gender)
    if found:
        return found[0]
    return word if _INDECLINABLE.search(word.lower()) or gender == "femn" else None


def person_nominative(name: str) -> str:
    """``name`` (a Russian person's given name, maybe a patronymic, then a surname, in one
    case) in the nominative (module docstring); ``name`` itself when its first word is no
    given name pymorphy3 reads or the rest does not agree with it."""
    words = name.split()
    if len(words) < 2 or len(words) > 3 or not all(re.fullmatch(r"[А-ЯЁ][а-яё-]+", w)
                                                    for w in words):
        return name
    for given, case, gender in _given_readings(words[0]):
        middle: list[str] = []
        if len(words) == 3:
            patronymic = words[1] if case == "nomn" else next(
                iter(_by_analysis(words[1], {case, gender}, "Patr")), None)
            if patronymic is None:
                continue
            middle = [patronymic]
        surname = _surname(words[-1], case, gender)
        if surname is not None:
            return " ".join([given, *middle, surname])
    return name


def surname_nominatives(word: str) -> list[str]:
    """The nominatives a lone surname ``word`` may stand for, most likely first (its Surn
    analyses, then the table's readings in every case and gender): "Кудрявцевым" →
    ["Кудрявцев"], "Кудрявцева" → ["Кудрявцев", "Кудрявцева"]; [word] when none."""
    out: list[str] = []
    for parse in parses(word):
        if "Surn" in parse.tag and "sing" in parse.tag and parse.tag.gender in ("masc", "femn"):
            nominative = parse.inflect({"nomn", parse.tag.gender})
            if nominative is not None:
                out.append(cased(nominative.word, word))
    for gender in ("masc", "femn"):
        for case in _CASES:
            out.extend(_by_table(word, case, gender))
    return list(dict.fromkeys(out)) or [word]


def surname_forms(nominative: str) -> frozenset[str]:
    """The case forms of the nominative surname ``nominative`` (itself among them), by the
    table of the module's docstring in either gender it may be: "Кудрявцев" → Кудрявцева,
    Кудрявцеву, Кудрявцевым, Кудрявцеве; "Воронина" → Ворониной, Воронину."""
    lower = nominative.lower()
    out = {nominative}
    for ending, _, possessive, endings in _PARADIGMS:
        if not lower.endswith(ending):
            continue
        stem = nominative[:len(nominative) - len(ending)]
        if _fits(stem.lower(), ending, possessive):
            out.update(stem + e for e in endings.values())
    return frozenset(out)
