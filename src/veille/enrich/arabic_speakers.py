"""The speaker an Arabic sentence names before its quote: "وقال عامل إقليم تطوان يونس
التازي إن "…"", "وأكد الوزير … أن "…"", "وقالت فاطمة، وهي من سكان …: "…"".

Arabic reports speech with a verb of saying first (VSO order), its subject after it, then
the particle إنّ (after قال) or أنّ (after the other verbs), or a colon, then the words
(Wright, *A Grammar of the Arabic Language*, II § 4–5; Badawi, Carter & Gully, *Modern
Written Arabic*, § 8.3 on reported speech). The verbs read (masculine and feminine third
person past, with the conjunctions و/ف joined): قال، أكد، أضاف، أوضح، صرح، أعلن، اعتبر،
أشار، شدد. The subject runs from the verb to the particle; an apposition set off by a
comma ("فاطمة، وهي من سكان …") is cut off. A verb with no subject before إن/أن ("وأضاف
أن": he added) names no one here.

The subject is then cut to the name (t-final53b A14: "محافظ الإسكندرية أحمد خالد حسن
سعيد في مؤتمر صحفي" was the speaker). An adjunct after the name opens with a separate
preposition ("في مؤتمر صحفي", "خلال جولة", "أمام الصحفيين"; the closed class of Wright I
§ 351–355, :data:`PREPOSITIONS`) and is cut off there. A role before the name is a noun
with its genitive complement and adjectives ("محافظ الإسكندرية", "رئيس بلدية صيدا",
"الكاتبة العامة للنقابة"); Arabic has no capitals, so the name is told by its given name
(``data/arabic_given_names.txt``, Faker's Arabic locales, MIT): the name starts at the
last given name that follows a word that is none, when two words or more remain from it.
A word after a name particle (ابن، بن، بنت، أبو، أبي، عبد، آل, and the word after عبد/أبو:
"عبد الحميد") is inside a name (the nasab, kunya and theophoric names: Wright I § 1a
remarks), never the start of another. No given name after a role word: the role is cut by
its shape (r-lang55: "وزير الخارجية الأردني غسان المصري", a given name the list lacks). Role
nouns are a closed class (:data:`ROLES`: minister, president, governor, director,
spokesman, deputy, secretary, ambassador, commander, adviser, mayor, member, official); a
subject that opens with one holds its genitive complement and adjectives next, a chain
that ends on a definite word ("الخارجية الأردني", "لجنة التشريع العام", "باسم الدفاع
المدني"): the name is the first word without the article that follows a definite one,
with what comes after it (four words at most). No such word: the subject is kept whole.
Pure functions; nothing here raises.
"""

from __future__ import annotations

import re

from veille.enrich.given_names import given_names

MAX_SPEAKER_WORDS = 8
_VERB = (r"(?:قال|أكد|اكد|أضاف|اضاف|أوضح|اوضح|صرح|أعلن|اعلن|اعتبر|أشار|اشار|شدد|ذكر|أفاد|افاد|"
         r"تابع|أردف|اردف|لفت)ت?")
"""The verbs of saying, third person past, masculine or feminine (ت); ذكر (mentioned),
أفاد (stated), تابع and أردف (went on, added), لفت (pointed out) added by r-quotes61
(Badawi, Carter & Gully, *Modern Written Arabic*, § 8.3: the verbs introducing reported
speech)."""
_PRESENT_VERB = r"(?:[يت](?:قول|ضيف|ؤكد|وضح|شير|تابع))"
"""The same verbs in the present, third person (يقول، تقول، يضيف …), which a report
writes after a quote ("…"، يقول المتحدث)."""
_BEFORE_QUOTE = re.compile(
    r"(?:^|(?<=[\s.،؛:!؟]))[وف]?" + _VERB +
    r"\s+(?P<subject>[^\s.،؛:!؟\"«“”][^.؛:!؟\"«“”\n]*?)\s*(?:\s(?:إن|إنّ|أن|أنّ|ان|بأن|بأنّ|بان)\s*"
    r"|:\s*"
    r"|\s(?:في|خلال)\s(?:بيان|تصريح|تصريحات|كلمة|مؤتمر\sصحفي|رسالة|تغريدة)\s*)$")
"""A verb of saying, its subject, then إن/أن (بأن after صرح، أفاد، أعلن: "وصرح الوزير بأن
"…"", r-quotes61) or a colon, right before a quote; or the
subject and an adjunct of the medium, the quote right after it ("وقال … في بيان «…»":
in a statement, a speech, a letter, a post; r-quotes59)."""
_AFTER_QUOTE = re.compile(
    r"[ \t\xa0]*[،,][ \t\xa0]*[وف]?(?:" + _VERB + "|" + _PRESENT_VERB + r")[ \t\xa0]+"
    r"(?P<subject>[^\s.،؛:!؟\"«“”][^.،؛:!؟\"«“”\n]*?)[ \t\xa0]*(?=[.،؛:!؟\n]|$)")
"""After a quote's closing mark: a comma, a verb of saying, its subject up to the end
of the clause ("…"، قال المتحدث باسم الدفاع المدني سامر النجار.": the verb after the
words, the subject after the verb; r-quotes61)."""
PREPOSITIONS = frozenset({"في", "خلال", "أمام", "امام", "عبر", "على", "عن", "لدى", "ضمن",
                          "أثناء", "اثناء", "بعد", "قبل", "مع", "إلى", "الى", "حول", "من"})
"""Separate prepositions: an adjunct after the subject opens with one of them."""
ROLES = frozenset({
    "وزير", "وزيرة", "رئيس", "رئيسة", "محافظ", "مدير", "مديرة", "المتحدث", "المتحدثة",
    "متحدث", "الناطق", "الناطقة", "ناطق", "نائب", "نائبة", "أمين", "أمينة", "سفير",
    "سفيرة", "قائد", "مستشار", "مستشارة", "عمدة", "عضو", "عضوة", "مسؤول", "مسؤولة",
    "الوزير", "الرئيس", "المحافظ", "المدير", "النائب", "الأمين", "السفير", "القائد",
    "المستشار", "العضو", "المسؤول"})
"""Role nouns that open a speaker's subject (the offices the press names before a name)."""
ROLE_STEMS = frozenset({
    "وزير", "رئيس", "محافظ", "مدير", "متحدث", "ناطق", "نائب", "أمين", "سفير", "قائد",
    "مستشار", "عضو", "مسؤول", "مفوض", "منسق", "ممثل", "مبعوث", "مندوب", "وكيل", "نقيب",
    "عميد", "حاكم", "والي", "قاضي", "مدع", "مقرر"})
"""The stems of the role nouns: a role word is one of them, with or without the article
(ال) and the feminine ending (ة): "المفوض العام" (the commissioner-general, r-quotes59),
"المنسقة", "الممثل الخاص", "المبعوثة"; the offices of the UN and of governments that the
Arabic press names before a name (commissioner, coordinator, representative, envoy,
delegate, under-secretary, head of a professional body, dean, governor, judge,
prosecutor, rapporteur)."""


def is_role(word: str) -> bool:
    """Whether ``word`` is a role noun: one of :data:`ROLES`, or a stem of
    :data:`ROLE_STEMS` with the article and the feminine ending maybe."""
    if word in ROLES:
        return True
    bare = word[2:] if word.startswith("ال") else word
    return bare in ROLE_STEMS or (bare.endswith("ة") and bare[:-1] in ROLE_STEMS)
_NAME_WORDS = 4
"""The most words of a name after a role cut by its shape."""
_PARTICLES = frozenset({"ابن", "بن", "بنت", "أبو", "ابو", "أبي", "عبد", "آل"})
"""Words of a name that bind the next word to it (nasab, kunya, theophoric names)."""



def name_of(subject: str) -> tuple[int, int]:
    """The span in ``subject`` (the words between a verb of saying and the quote) of the
    speaker's name: adjuncts after it and a role before it left out (module docstring);
    the whole subject when no role is told."""
    words = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", subject)]
    known = given_names("arabic")
    cut = next((i for i, w in enumerate(words) if i and w[2] in PREPOSITIONS
                and not _role_complement(words, i, known)), len(words))
    words = words[:cut]
    if not words:
        return 0, len(subject)
    start = 0
    for i in range(1, len(words) - 1):  # two words or more from the name's start
        before = words[i - 1][2]
        bound = before in _PARTICLES or (i > 1 and words[i - 2][2] in _PARTICLES)
        if words[i][2] in known and before not in known and not bound:
            start = i
    if not start:
        start = _after_role(words)
    return words[start][0], words[-1][1]


def _role_complement(words: list[tuple[int, int, str]], i: int, known: frozenset[str]
                     ) -> bool:
    """Whether the preposition at ``words[i]`` opens the complement of the role that opens
    the subject, the name after it ("المنسقة الأممية للشؤون الإنسانية في لبنان سارة
    وليامز": the coordinator in Lebanon, then her name; r-quotes59), not an adjunct after
    the name ("في بيان"): the role opens the subject and a given name follows the
    preposition's object, with a surname after it."""
    return is_role(words[0][2]) and i + 3 < len(words) and words[i + 2][2] in known


def _definite(word: str) -> bool:
    """Whether ``word`` carries the article, maybe after a joined preposition (الـ، للـ، بالـ)."""
    return word.startswith(("ال", "لل", "بال"))


def _after_role(words: list[tuple[int, int, str]]) -> int:
    """The index where the name starts after a role cut by its shape (module docstring),
    else 0 (no role, or no name after it)."""
    if len(words) < 3 or not is_role(words[0][2]):
        return 0
    for i in range(2, len(words)):
        if not _definite(words[i][2]) and _definite(words[i - 1][2]):
            return i if len(words) - i <= _NAME_WORDS else 0
    return 0


def arabic_speaker(text: str, quote_start: int) -> tuple[str, int, int] | None:
    """(speaker, start, end) that the Arabic words before the quote opening at
    ``quote_start`` (its first character, after the mark) name, within the sentence;
    None when they name none."""
    mark = quote_start - 1
    before = text[max(0, mark - 200):mark]
    line_start = before.rfind("\n") + 1
    match = _BEFORE_QUOTE.search(before, line_start)
    if match is None:
        return None
    whole = match.group("subject")
    subject = whole.split("،")[0].split(",")[0].strip()
    if not subject:
        return None
    offset = whole.index(subject)
    apposed = _apposed_name(whole, subject)
    if apposed is not None:  # "المتحدث باسم وزارة الداخلية، عبد الحكيم الشريف،"
        offset, subject = apposed
    first, last = name_of(subject)
    if len(subject[first:last].split()) > MAX_SPEAKER_WORDS:
        return None
    start = max(0, mark - 200) + match.start("subject") + offset + first
    return subject[first:last], start, start + last - first


def _apposed_name(whole: str, role: str) -> tuple[int, str] | None:
    """(offset in ``whole``, name) of a name set between commas after a role ("وقال
    المتحدث باسم وزارة الداخلية، عبد الحكيم الشريف، إن": the spokesman, then his name in
    apposition, as French "le porte-parole, X, a dit"; t-final63 #10, the name was lost);
    None when ``role`` opens with no role noun or the next chunk is no short name (a
    preposition, a role, more than :data:`_NAME_WORDS` words)."""
    chunks = re.split(r"[،,]", whole)
    if len(chunks) < 2 or not role.split() or not is_role(role.split()[0]):
        return None
    name = chunks[1].strip()
    words = name.split()
    if not 2 <= len(words) <= _NAME_WORDS or words[0] in PREPOSITIONS or is_role(words[0]):
        return None
    return len(chunks[0]) + 1 + chunks[1].index(name), name


def arabic_speaker_after(text: str, quote_end: int) -> tuple[str, int, int] | None:
    """(speaker, start, end) that the Arabic words after the quote ending at
    ``quote_end`` (its closing mark's offset) name: "، قال X" (:data:`_AFTER_QUOTE`), the
    name cut as :func:`name_of` cuts it; None when they name none."""
    match = _AFTER_QUOTE.match(text, quote_end + 1, min(len(text), quote_end + 201))
    if match is None:
        return None
    subject = match.group("subject")
    first, last = name_of(subject)
    if not subject[first:last] or len(subject[first:last].split()) > MAX_SPEAKER_WORDS:
        return None
    start = match.start("subject") + first
    return subject[first:last], start, start + last - first
