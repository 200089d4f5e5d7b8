"""Language identification (CLD2 through pycld2): labels, short texts, hostile characters."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.extract.language import detect_language

FRENCH = "Le conseil municipal a voté mardi soir un budget en hausse pour les écoles de la ville."
ENGLISH = "The city council voted on Tuesday night for a larger budget for the town's schools."


def test_french_and_english() -> None:
    assert detect_language(FRENCH) == "fr"
    assert detect_language(ENGLISH) == "en"


def test_too_short_gives_the_default() -> None:
    assert detect_language("Bonjour", default="und") == "und"
    assert detect_language("12 345 678 -- 90 %", default="und") == "und"


def test_old_cld2_codes_are_mapped_to_iso_639_1() -> None:
    assert detect_language("זה טקסט בעברית שנכתב לבדיקה של זיהוי השפה בחדשות") == "he"
    assert detect_language("這是一個用來測試語言識別的中文繁體句子，我們看看結果如何。") == "zh"


def test_reads_only_the_opening_sample() -> None:
    assert detect_language(FRENCH * 5 + ENGLISH * 200) == "fr"


def test_surrogates_and_control_characters_do_not_raise() -> None:
    # pycld2 refuses lone surrogates and some C0/C1 controls: they are dropped, not fatal.
    assert detect_language(FRENCH.replace(" ", " \ud800\x00\x85", 5)) == "fr"


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=0, max_size=700))
def test_any_text_gives_a_code_or_the_default(text: str) -> None:
    code = detect_language(text, default="und")
    assert code == "und" or (code.isascii() and 2 <= len(code) <= 3 and code.islower())
