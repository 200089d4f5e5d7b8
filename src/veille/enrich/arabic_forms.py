"""Arabic place names in running text: the names a word may stand for once its
proclitics are read off, and the spans of the gazetteer's Arabic names.

Arabic writes its one-letter prepositions and conjunctions joined to the next word
(Wright, *A Grammar of the Arabic Language*, I § 356–360; the "inseparable particles"):
وَ "and", فَ "then", بِ "in/with", لِ "to/for", كَ "like", alone or stacked (وب، ول، فب،
فل، وك). "بوهران" is "in Oran", "ومكناس" "and Meknès"; لِ before the article drops its
alif ("للرباط" = ل + الرباط). The word as written is tried first ("وهران", "بيروت" open
with such a letter), a form stripped of its particles only when what remains has three
letters or more. The separate preposition "في" is a word of its own.

The gazetteer knows the names as ``enrich/data/arabic_names.tsv`` lists them (GeoNames,
CLDR: scripts/gen_arabic_names.py). Arabic has no capitals: :func:`arabic_spans` tries
runs of up to three words, longest first. A definite word ("ال…") right after another
definite word is that noun's adjective, not a place: an Arabic attribute agrees with its
noun in definiteness (Wright II § 135): "التساقطات المطرية" is "the rainfall", not Cairo's
Matariya; "في الرباط", "إقليم الحسيمة", "شمال المغرب" stay places. Pure functions;
nothing here raises.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

_ARABIC = re.compile(r"[\u0600-\u06FF]")
_WORD = re.compile(r"[\u0621-\u064A\u0671-\u06D3][\u0621-\u065F\u0670-\u06D3]*")
"""An Arabic word: letters, and the marks written over or under them (harakat, shadda,
sukun, U+064B–U+065F, and the dagger alif U+0670), which are part of the word: "عمّان" (with
a shadda) is one word, not "عم" and "ان" (t-final56b A11: the headline's Amman was no
place)."""
_PARTICLES = ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل")
"""Proclitic particles, stacked ones first. كَ "like" is left out: it hardly ever comes before
a town's name in the news, while many words and given names open with ك, whose rest is
then some town's name: "كامل" (Kamel, a given name) read as ك + "امل", Āmol in Iran
(t-final57 A4; "كانت" → "انت" likewise)."""
_SITE_NOUNS = frozenset({
    "ميدان", "شارع", "ساحة", "حي", "جسر", "سوق", "طريق", "محطة", "مطار", "ميناء", "جامع",
    "مسجد", "كنيسة", "مدرسة", "جامعة", "مستشفى", "برج", "نفق", "دوار", "كورنيش", "حديقة",
    "قصر", "مبنى", "منطقة",
})
"""Urban sites' common nouns (square, street, district, bridge, market, road, station,
airport, port, mosque, church, school, university, hospital, tower, tunnel, roundabout,
waterfront, park, palace, building, area). Before another word they head an Arabic
construct (iḍāfa, Wright II § 75): "ميدان التحرير" is Tahrir Square, "شارع الحمرا" Hamra
Street; the noun is no place of its own, though a town may bear its letters (ميدان: Medan,
Indonesia; t-final57 A4)."""
MAX_WORDS = 3
MIN_LETTERS = 3

Span = tuple[int, int, str]


def is_arabic(name: str) -> bool:
    """Whether ``name`` holds a letter of the Arabic script."""
    return _ARABIC.search(name) is not None


def bare_forms(name: str) -> list[str]:
    """``name`` as written, then the forms its first word has without its proclitic
    particles ("بوهران" → ["بوهران", "وهران"]; "للرباط" → [..., "الرباط"]); [name] for a
    name not in Arabic script."""
    out = [name]
    if not is_arabic(name):
        return out
    for particle in _PARTICLES:
        if not name.startswith(particle):
            continue
        rest = name[len(particle):]
        if particle.endswith("ل") and rest.startswith("ل"):  # ل + ال: "للرباط"
            rest = "ا" + rest
        if len(rest.split()[0] if rest.split() else "") >= MIN_LETTERS and rest not in out:
            out.append(rest)
    return out


def arabic_spans(text: str, known: Callable[[str], bool]) -> list[Span]:
    """``(start, end, "LOC")`` for each run of one to :data:`MAX_WORDS` Arabic words of
    ``text`` whose name (as written or bare of its particles, :func:`bare_forms`) ``known``
    accepts; the longest run wins, runs do not overlap. The span keeps the particles (the
    entity's name is resolved by the gazetteer's Arabic fallback)."""
    words: Sequence[re.Match[str]] = list(_WORD.finditer(text))
    out: list[Span] = []
    i = 0
    while i < len(words):
        for n in range(min(MAX_WORDS, len(words) - i), 0, -1):
            run = words[i:i + n]
            if any(text[a.end():b.start()].strip() for a, b in zip(run, run[1:], strict=False)):
                continue  # a run is words separated by blanks only
            name = text[run[0].start():run[-1].end()]
            if i and name.startswith("ال") and words[i - 1].group().startswith("ال") \
                    and not text[words[i - 1].end():run[0].start()].strip():
                continue  # "التساقطات المطرية": an adjective of a definite noun
            form = next((f for f in bare_forms(name) if known(f)), None)
            if form is not None and _odonym_named(text, words, i):
                i += n  # "شارع سوريا": Syria Street, a street of the town (below)
                break
            if form is not None and n == 1 and _named_after_person(text, words, i, known):
                i += 2  # "معرض رشيد كرامي": the Rashid Karami fair, not Rosetta (below)
                break
            if form is not None and n == 1 and _heads_construct(text, words, i):
                i += 1  # "ميدان التحرير": the square's noun, no town (_SITE_NOUNS)
                break
            if form is not None:  # the span leaves out particles it can ("بوهران": وهران)
                start = run[-1].end() - len(form) if name.endswith(form) else run[0].start()
                out.append((start, run[-1].end(), "LOC"))
                i += n
                break
        else:
            i += 1
    return out


_ODONYM_HEADS = frozenset({"شارع", "طريق", "ميدان", "ساحة", "جسر", "نفق", "دوار", "كورنيش"})
"""The street's, road's, square's, bridge's, tunnel's, roundabout's and waterfront's nouns
of :data:`_SITE_NOUNS`: the name after them is the way's, given after a place as streets
are ("شارع سوريا", Syria Street in Tripoli; "طريق المطار"), never that place; a district's
noun (حي) or a market's is left out: "حي الشجاعية" names the quarter itself."""


def _odonym_named(text: str, words: Sequence[re.Match[str]], i: int) -> bool:
    """Whether the word before ``words[i]`` (bare of its particles) is one of
    :data:`_ODONYM_HEADS`, blanks only between: ``words[i]`` opens a street's name
    (t-final59 #3: "شارع سوريا" placed a Tripoli article in Syria)."""
    return i > 0 and any(f in _ODONYM_HEADS for f in bare_forms(words[i - 1].group())) and \
        not text[words[i - 1].end():words[i].start()].strip()


_FACILITY_HEADS = _SITE_NOUNS | frozenset({"معرض", "ملعب", "مركز", "قاعة", "مجمع", "مؤسسة",
                                          "مكتبة", "متحف", "مسرح"})
"""The nouns of :data:`_SITE_NOUNS` and those of fairs, stadiums, centres, halls, complexes,
foundations, libraries, museums and theatres: a facility is often named after a person
("معرض رشيد كرامي الدولي", the Rashid Karami International Fair in Tripoli; "ملعب …")."""
_NOT_A_SURNAME = frozenset({"في", "من", "إلى", "الى", "على", "عن", "مع", "منذ", "بعد", "قبل",
                            "حيث", "أمس", "امس", "غدا", "يوم", "التي", "الذي", "قرب", "عند"})
"""Words that follow a town's name in a sentence and never end a person's name
(prepositions, "yesterday", "tomorrow", "day", relatives)."""


def _named_after_person(text: str, words: Sequence[re.Match[str]], i: int,
                        known: Callable[[str], bool]) -> bool:
    """Whether the one word ``words[i]``, that the gazetteer knows, opens a person's name
    that a facility bears: a noun of :data:`_FACILITY_HEADS` right before it and, right
    after it, a word without the article that names no place and is none of
    :data:`_NOT_A_SURNAME` (the surname: "معرض رشيد كرامي", t-final63 #8: "رشيد", a given
    name, was read as Rosetta, Egypt). Blanks only between the three words. "معرض دمشق
    الدولي" (an adjective with the article after the town) keeps Damascus."""
    if i == 0 or i + 1 >= len(words):
        return False
    head, name, after = words[i - 1], words[i], words[i + 1]
    if text[head.end():name.start()].strip() or text[name.end():after.start()].strip():
        return False
    if not any(f in _FACILITY_HEADS for f in bare_forms(head.group())):
        return False
    surname = after.group()
    return len(surname) >= MIN_LETTERS and not surname.startswith("ال") and \
        surname not in _NOT_A_SURNAME and not any(known(f) for f in bare_forms(surname))


def _heads_construct(text: str, words: Sequence[re.Match[str]], i: int) -> bool:
    """Whether ``words[i]`` (bare of its particles: "بميدان") is one of
    :data:`_SITE_NOUNS` with another Arabic word right after it, blanks only between: the
    head of a construct naming a site ("ميدان التحرير", "شارع الحمرا")."""
    return any(f in _SITE_NOUNS for f in bare_forms(words[i].group())) and \
        i + 1 < len(words) and not text[words[i].end():words[i + 1].start()].strip()
