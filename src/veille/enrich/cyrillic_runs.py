"""Russian place names inside capitalised runs: "В Санкт-Петербурге", "Мэр Москвы Сергей
Собянин" (t-final55b A15: neither gave a place).

The gazetteer's large cities are found in a text read without a model as whole runs of
capitalised words (:mod:`veille.enrich.city_spans`), declined Russian forms read back to
their nominatives (:mod:`veille.enrich.cyrillic_forms`). In Russian a capitalised run
rarely is one name: a sentence opens with a capitalised preposition ("В Санкт-Петербурге",
"Из Москвы"), and a role opening a sentence is capitalised before its genitive complement
and the person's name ("Мэр Москвы Сергей Собянин", "Губернатор Кубани Вениамин
Кондратьев"). So a Cyrillic run loses its opening preposition (the simple prepositions,
*Русская грамматика*, 1980, § 1655: в, во, на, из, с, со, к, ко, у, о, об, от, до, по,
под, за, над, при, для, без, через), and, when what remains is no city, each of its words
is tried alone, but a given name (``enrich/data/russian_given_names.txt``, Faker ru_RU,
MIT: "Владимир" is a city and a given name) and the word after it (the surname), which
are a person's. Pure functions; nothing here raises.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from veille.enrich.cyrillic_forms import is_cyrillic
from veille.enrich.given_names import given_names

__all__ = ["cyrillic_runs"]

_PREPOSITIONS = frozenset({
    "в", "во", "на", "из", "с", "со", "к", "ко", "у", "о", "об", "от", "до", "по", "под",
    "за", "над", "при", "для", "без", "через"})
"""Simple prepositions, capitalised when they open a sentence."""


def cyrillic_runs(runs: Iterable[tuple[int, str]], is_city: Callable[[str], bool]
                  ) -> Iterator[tuple[int, str]]:
    """``runs`` (start, capitalised run) with each Cyrillic one read as the module says:
    its opening preposition left out, and, when ``is_city`` refuses what remains, its
    words one by one but a given name and the word after it."""
    for start, run in runs:
        if not is_cyrillic(run):
            yield start, run
            continue
        words = [(start + m.start(), m.group()) for m in re.finditer(r"\S+", run)]
        while words and words[0][1].lower() in _PREPOSITIONS:
            words = words[1:]
        if not words:
            continue
        whole = " ".join(w for _, w in words)
        if len(words) == 1 or is_city(whole):
            yield words[0][0], whole
            continue
        known = given_names("russian")
        for index, (at, word) in enumerate(words):
            if word in known or (index and words[index - 1][1] in known):
                continue
            if is_city(word):
                yield at, word
