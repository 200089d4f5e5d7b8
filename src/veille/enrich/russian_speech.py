"""Russian reported speech: the dash incise after a quote (t-final51 A9: "«…», — сказал
Вильфанд" had no speaker).

No Russian model is loaded (``stage.READ_LANGUAGES``), and the French rules read Latin
letters only. Russian punctuation sets a direct quote's author after the quote with a
comma and a dash, the verb first and its subject after ("«…», — сказал синоптик Михаил
Леус"; Розенталь, *Справочник по правописанию и литературной правке*, § 48, "Прямая
речь": "«П», — а."), so the speaker is read there alone:

- the verb is one of the verbs of saying a report writes (сказать, заявить, отметить,
  добавить, подчеркнуть, сообщить, пояснить, уточнить, рассказать, признать, заметить,
  ответить, написать, and their imperfectives' present), in the past tense's three
  forms (-л, -ла, -ли) or the present's third person;
- the subject is one to three capitalised Cyrillic words (a name), maybe after a role of
  lower-case words, acronyms and capitalised complements ("синоптик", "глава МЧС",
  "губернатор Кубани", "вице-губернатор Свердловской области"), left out as French
  roles are. A role's complement is in the genitive and precedes the name, so the speaker
  is the first run of two capitalised words or more (given name and surname), or a lone
  capitalised word that closes the clause or follows the verb ("— сказал Вильфанд"); a
  lone capitalised word followed by more words is the role's complement. A run of three
  holds a patronymic (-ович, -евич, -ич, -овна, -евна, -ична, -инична: Розенталь, § 21)
  when it is one full name ("Вениамин Иванович Кондратьев"); without one its first word
  is the complement ("губернатор Кубани Вениамин Кондратьев": t-final53b A3). Within the
  run, the name starts at its first given name (``data/russian_given_names.txt``, Faker's
  ru_RU first names, MIT); a run after a role with no given name in it is the role's
  complement and a surname alone, so the speaker is its last word ("губернатор Кубани
  Кондратьев", "глава Приморья Кожевников": r-lang55). A
  lower-case subject alone ("— сказал он") gives no speaker (the pronoun's antecedent is
  not read here).

The other order sets the author before the quote, the subject first, then the verb and a
colon ("Мэр Москвы Сергей Собянин заявил: «…»"; Розенталь, § 48: "А: «П»."). The subject
then ends on the name (its role and the role's genitive complement stand before it, a short
adjunct may stand between it and the verb: "Собянин в понедельник заявил:"), so the speaker
is the last run of capitalised words before the verb, cut at its first given name when it
holds one ("Мэр Москвы Сергей Собянин" → "Сергей Собянин", "Губернатор Свердловской
области Дмитрий Волков" → "Дмитрий Волков"), else its last word, the surname (the
capitalised first word of the sentence is a role: "Мэр Собянин"); no capitalised word (a
pronoun: "Он заявил:") gives the speaker "" (t-final55b A9: the whole subject and its verb
were the speaker).

"По словам X, «…»" (as the French "selon X") names the source in the genitive before the
comma: the speaker is read there as in the colon order (:func:`according_to`; t-final56b
A8: "По словам Травникова, «…»" had no speaker).
"""

from __future__ import annotations

import re

from veille.enrich.given_names import given_names

__all__ = ["according_to", "colon_introduction", "dash_incise"]

_PAST = ("сказал", "заявил", "отметил", "добавил", "подчеркнул", "сообщил", "пояснил",
         "уточнил", "рассказал", "признал", "заметил", "ответил", "написал", "объяснил",
         "констатировал", "резюмировал", "предупредил", "заверил", "напомнил")
_PRESENT = ("говорит", "заявляет", "отмечает", "добавляет", "подчеркивает", "подчёркивает",
            "сообщает", "поясняет", "уточняет", "рассказывает", "признает", "признаёт",
            "считает", "пишет", "объясняет", "напоминает")
_VERB = "|".join([*(v + e for v in _PAST for e in ("", "а", "и")), *_PRESENT])
_NAME = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_ROLE = r"(?:[а-яё-]+|[А-ЯЁ]{2,6})"
_SUBJECT_WORDS = 8
"""The most words read from the verb to the speaker's name (role and complements)."""
_INCISE = re.compile(
    r"[»\"”“]?[ \xa0]*,?[ \xa0]*[—–-][ \xa0]*(?P<verb>" + _VERB + r")[ \xa0]+"
    r"(?P<who>(?:(?:" + _ROLE + "|" + _NAME + r")(?![а-яёА-ЯЁ])[ \xa0]*){1," +
    str(_SUBJECT_WORDS) + r"})")
_WORD = re.compile(r"[^ \xa0]+")
_COLON = re.compile(
    r"(?P<subject>(?:[А-ЯЁа-яё-]+[ \xa0]+){1," + str(_SUBJECT_WORDS) + r"}?)"
    r"(?:(?:[а-яё]+[ \xa0]+){0,3}?)(?P<verb>" + _VERB + r")[ \xa0]*:[ \xa0]*[«\"„“]?$")
"""A subject, an adjunct of three lower-case words at most, a verb of saying and a
colon, right before a quote's opening mark."""
_ADJUNCT_WORDS = 3
_ACCORDING = re.compile(
    r"(?<![\w-])[Пп]о[ \xa0]+словам[ \xa0]+(?P<who>[^,.!?:;«»\"\n]{2,120}?)[ \xa0]*,"
    r"[^.!?\n]*?[«\"„“][ \xa0]*\Z")
"""«По словам» (Ожегов: "по словам кого — как утверждает кто"), the source in the genitive up
to a comma, then the rest of the clause up to the quote's opening mark."""
_PATRONYMIC = re.compile(r"(?:ович|евич|ич|овна|евна|ична|инична)$")
_COURTESY = frozenset({"господин", "госпожа", "г-н", "г-жа", "мистер", "миссис", "мисс",
                       "мадам", "месье"})
"""Courtesy titles before a surname (Ожегов: "господин — вежливое обращение или упоминание
при фамилии"): the capitalised word after one is the name, never a role's complement
(t-final59: "— заявил господин Ликсутов" had no speaker; r-quotes60)."""



def _speaker_run(who: str) -> tuple[int, int] | None:
    """The span in ``who`` (the words after the verb) of the speaker's name (module
    docstring), else None."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(who)]
    runs: list[list[tuple[int, int, str]]] = []
    for i, word in enumerate(words):
        if re.fullmatch(_NAME, word[2]):
            if i and runs and runs[-1][-1] is words[i - 1]:
                runs[-1].append(word)
            else:
                runs.append([word])
    for run in runs:
        last = run[-1] is words[-1]
        after_courtesy = run[0] is not words[0] and \
            words[words.index(run[0]) - 1][2].lower() in _COURTESY
        if len(run) == 1 and not last and run[0] is not words[0] and not after_courtesy:
            continue  # a role's complement: "вице-губернатор Свердловской области …"
        known = given_names("russian")
        first = next((i for i, (_, _, w) in enumerate(run) if w in known), None)
        if first is not None:
            run = run[first:]  # "губернатор Кубани Вениамин Кондратьев"
        elif len(run) > 1 and run[0] is not words[0]:
            run = run[-1:]  # "губернатор Кубани Кондратьев": complement and surname
        elif len(run) > 2 and not any(_PATRONYMIC.search(w) for _, _, w in run[1:]):
            run = run[-2:]
        run = run[-3:]  # a name is three words at most
        return run[0][0], run[-1][1]
    return None


def dash_incise(text: str, end: int) -> tuple[str, str, int, int] | None:
    """The verb and the speaker (text, start, end) of a dash incise right after the
    closing mark that ends at ``end`` in ``text`` (module docstring), else None."""
    match = _INCISE.match(text, end)
    if match is None:
        return None
    who, start = match.group("who"), match.start("who")
    span = _speaker_run(who)
    if span is None:
        return None
    return match.group("verb"), who[span[0]:span[1]], start + span[0], start + span[1]


def colon_introduction(text: str, quote_start: int) -> tuple[str, str, int, int] | None:
    """The verb and the speaker (text, start, end) of a Russian introduction "subject +
    verb of saying + colon" right before the quote whose text starts at ``quote_start``
    (module docstring); speaker "" (-1, -1) for a subject with no capitalised word; None
    when no such introduction stands there."""
    sentence = _sentence_start(text, quote_start)
    head = text[sentence:quote_start]
    match = _COLON.search(head)
    if match is None or head[:match.start()].strip():
        return None
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(match.group("subject"))]
    found = _last_capitals(words)
    if found is None:
        return match.group("verb"), "", -1, -1
    first, last = found
    if len(words) - 1 - last > _ADJUNCT_WORDS:
        return None
    run = _from_given_name(words[first:last + 1])
    begin = sentence + match.start("subject")
    return match.group("verb"), text[begin + run[0][0]:begin + run[-1][1]], \
        begin + run[0][0], begin + run[-1][1]


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts (its line's start or after ". ", "! ",
    "? ")."""
    line = text.rfind("\n", 0, at) + 1
    ends = [text.rfind(m, line, at) for m in (". ", "! ", "? ")]
    return max([line, *(e + 2 for e in ends if e >= 0)])


def _last_capitals(words: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """The first and last index of the last run of capitalised words of ``words``, else
    None."""
    capitals = [i for i, w in enumerate(words) if re.fullmatch(_NAME, w[2])]
    if not capitals:
        return None
    first = last = capitals[-1]
    while first - 1 in capitals:
        first -= 1
    return first, last


def _from_given_name(run: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A run of capitalised words cut at its first given name, three words at most, else
    its last word (the surname): the role and its complement left out."""
    known = given_names("russian")
    given = next((i for i, (_, _, w) in enumerate(run) if w in known or _given(w)), None)
    return run[given:][:3] if given is not None else run[-1:]


def _given(word: str) -> bool:
    from veille.enrich.cyrillic_persons import is_given_name

    return is_given_name(word)


def according_to(text: str, quote_start: int) -> tuple[str, str, int, int] | None:
    """The cue "по словам" and the speaker (text, start, end) of a Russian attribution
    "По словам X, «…»" before the quote whose text starts at ``quote_start``, in the
    same sentence (t-final56b A8: "По словам Травникова, «все котельные работают…»" had
    no speaker); None when none stands there or X holds no capitalised word ("по словам
    мэра")."""
    match = _ACCORDING.search(text, _sentence_start(text, quote_start), quote_start)
    if match is None:
        return None
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(match.group("who"))]
    found = _last_capitals(words)
    if found is None:
        return None
    run = _from_given_name(words[found[0]:found[1] + 1])
    begin = match.start("who")
    return "по словам", text[begin + run[0][0]:begin + run[-1][1]], \
        begin + run[0][0], begin + run[-1][1]
