"""Whole numbers written in words, by language: "douze morts", "quince heridos", "سبعة أشخاص".

The link between one event's stories in other languages (:mod:`veille.dedup.other_languages`)
counts the figures both tell, read from digits; but the press of most languages writes a
small toll in words (Le Monde's "au moins douze morts" against Al Jazeera's "مقتل 12
شخصا": the same figure, not shared, and the two stories were not linked, t-final67 F7).
This reads the numbers from 2 to 20 and the tens to 90 written as one word (or, in
Arabic, a unit and ``عشر``/``عشرة`` for 11 to 19), in the languages veille reads:
fr, en, es, pt, it, de, ar. One is left out (it is also the article "un", "one", "uno"),
and so is a word that is mostly something else in its language ("neuf", new, in French).

The lists are per language (a word is read only in its own language: French "très" is
Spanish "tres" once accents are folded); an unknown or unlisted language reads none.
"""

from __future__ import annotations

import re

_UNITS_TENS: dict[str, tuple[str, ...]] = {
    # index i -> the number i + 2 for the first 19 (2..20), then 30, 40 ... 90
    "fr": ("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "", "dix", "onze",
           "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit",
           "dix-neuf", "vingt", "trente", "quarante", "cinquante", "soixante",
           "soixante-dix", "quatre-vingts", "quatre-vingt-dix"),
    "en": ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
           "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
           "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
           "eighty", "ninety"),
    "es": ("dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
           "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete",
           "dieciocho", "diecinueve", "veinte", "treinta", "cuarenta", "cincuenta",
           "sesenta", "setenta", "ochenta", "noventa"),
    "pt": ("dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez",
           "onze", "doze", "treze", "catorze", "quinze", "dezasseis", "dezassete",
           "dezoito", "dezanove", "vinte", "trinta", "quarenta", "cinquenta", "sessenta",
           "setenta", "oitenta", "noventa"),
    "it": ("due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci",
           "undici", "dodici", "tredici", "quattordici", "quindici", "sedici",
           "diciassette", "diciotto", "diciannove", "venti", "trenta", "quaranta",
           "cinquanta", "sessanta", "settanta", "ottanta", "novanta"),
    "de": ("zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf",
           "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn",
           "neunzehn", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig",
           "achtzig", "neunzig"),
}
_VALUES = (*range(2, 21), 30, 40, 50, 60, 70, 80, 90)

_EXTRA: dict[str, dict[str, int]] = {
    "pt": {"duas": 2, "dezesseis": 16, "dezessete": 17, "dezenove": 19},  # pt-BR, feminine
    "es": {"dieciseis": 16},
    "de": {"fuenf": 5, "zwoelf": 12, "dreissig": 30},
}

_AR_UNITS = {
    "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2, "اثني": 2, "اثنتا": 2,
    "اثنتي": 2, "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "أربع": 4, "اربعة": 4, "اربع": 4,
    "خمسة": 5, "خمس": 5, "ستة": 6, "ست": 6, "سبعة": 7, "سبع": 7, "ثمانية": 8,
    "ثماني": 8, "ثمان": 8, "تسعة": 9, "تسع": 9, "عشرة": 10, "عشر": 10,
    "أحد": 1, "احد": 1, "إحدى": 1, "احدى": 1,
}
_AR_TENS = {"عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40,
            "أربعين": 40, "اربعون": 40, "اربعين": 40, "خمسون": 50, "خمسين": 50,
            "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70, "ثمانون": 80, "ثمانين": 80,
            "تسعون": 90, "تسعين": 90}

NUMBER_WORDS: dict[str, dict[str, int]] = {
    lang: {w: v for w, v in zip(words, _VALUES, strict=True) if w} | _EXTRA.get(lang, {})
    for lang, words in _UNITS_TENS.items()
}
"""Language (ISO 639-1) -> lower-cased word -> the number it writes (2..20, tens to 90)."""

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _arabic(words: list[str]) -> list[int]:
    found = []
    i = 0
    while i < len(words):
        word = words[i]
        if word not in _AR_UNITS and word not in _AR_TENS and word[:1] in "وب" and \
                (word[1:] in _AR_UNITS or word[1:] in _AR_TENS):
            word = word[1:]  # "وثلاثة", and three
        if word in _AR_UNITS:
            unit = _AR_UNITS[word]
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if unit < 10 and nxt in ("عشر", "عشرة"):
                found.append(10 + unit)
                i += 2
                continue
            if unit >= 2:
                found.append(unit)
        elif word in _AR_TENS:
            found.append(_AR_TENS[word])
        i += 1
    return found


def spelled(text: str, language: str | None) -> list[int]:
    """The whole numbers ``text`` writes in words of ``language`` (ISO 639-1, "pt-BR"
    read as "pt"), in their order: ``spelled("au moins douze morts", "fr") == [12]``;
    empty for a language without a list. Linear in the text; never raises."""
    code = (language or "").lower().split("-")[0]
    if code == "ar":
        return _arabic(_WORD.findall(text))
    table = NUMBER_WORDS.get(code)
    if not table:
        return []
    return [table[w] for w in (m.lower() for m in _WORD.findall(text)) if w in table]
