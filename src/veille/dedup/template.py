"""Templated texts: one template filled in with other names and figures is no copy.

Robot-written local news (a council's budget vote, per-commune election results, a weather
or traffic bulletin) and press-release pages print one text many times, changing the town,
the people and the figures: "Le conseil municipal de Rouen a adopté … 100 millions d'euros"
and "Le conseil municipal de Nice a adopté … 102 millions d'euros". Sampled word 3-grams
barely move when a handful of words change, so the two read as a reprint of each other and
joined one story (newuser9 R28: 80 towns in one story, "Nice … budget" a `reprint of`
"Rouen … budget"). A reprint is the same text about the same event: what an outlet changes
in a dispatch is its headline, chrome, a dateline or byline, a sentence cut, a figure
corrected in a later version, not the place or the people.

So after the shingle test, the words that *differ* between the two texts' openings are
compared (a word-level diff, :class:`difflib.SequenceMatcher`: Ratcliff and Obershelp's
matching, Python's standard library). Two texts are **templated** (:func:`templated`) when:

1. half or more of the shorter opening's pairs of consecutive words are the other's, and
   half or more of its words are aligned with the other's by the diff (:data:`ALIGNED`):
   one text, not two that share some phrases;
2. in at least one place the two texts give **conflicting names**: the diff replaces at
   most :data:`SLOT_WORDS` words of one with at most as many of the other, and each side
   holds a name (a capitalised word that opens no sentence, quote or dateline, not a
   title such as "Mme") that the other text never prints, nor a spelling of it
   (:data:`SPELLING`: "Dupont" corrected to "Dupond" is one name). A different town, a
   different mayor;
3. what the diff replaces is mostly such values (:data:`VALUES`): names, numbers and dates
   in those short replacements (a different town *and* a different amount), not an
   outlet's rewording.

What is no evidence: words only one text has (a dateline added, a sentence cut, a
paragraph the other lacks), a replacement touching either opening's first or last word
(datelines and bylines: "PARIS (AFP)" or "LYON (Reuters)", "Avec AFP"), numbers alone (a
corrected figure: the same dispatch updated), a name on one side only ("M. Hurmic" for
"Pierre Hurmic").

The openings are the texts' first :data:`MAX_WORDS` words (the signature's lead length),
of the paragraphs the signature counts (:func:`veille.dedup.signature.counted`: short ones
such as bylines left out): a news text puts who, where and how much there (the inverted
pyramid), and the diff stays bounded. Most copies never reach the diff: it runs only when
each side names someone the other does not print as is, at the same place (the word before
or after the name the same on both sides, as around a template's slot), and the openings
share half their word pairs; these tests are string searches, set operations and one
regular expression, no Python code per word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import pairwise

from veille.dedup.signature import LEAD_WORDS, MIN_PARAGRAPH_WORDS
from veille.extract.textshape import fold

MAX_WORDS = LEAD_WORDS
"""Words of each text compared, from its start (the signature's lead, at most 60 words):
the template's slots (who, where, how much) are in the opening, where a news text puts its
news (the inverted pyramid), and the diff stays bounded (quadratic at worst in this)."""
MAX_CHARS = 20_000
"""Characters of each text looked up for a name of the other ("does it print this name
anywhere?"): about 3,000 words, as a story reads (:data:`veille.dedup.stories.
MAX_TERM_CHARS`)."""
ALIGNED = 0.5
"""Share of the shorter opening's words the diff must align for the two to be one
template."""
SLOT_WORDS = 5
"""Words a replacement may hold on each side to be a slot of the template (a name, a
figure with its unit): a longer one is a rewrite, or paragraphs moved."""
VALUES = 0.5
"""Share of the replaced words that must be values (names, numbers, dates) in slots."""
SPELLING = 0.8
"""Character similarity (:meth:`difflib.SequenceMatcher.ratio`) at which two names are
spellings of one ("Dupont", "Dupond": 0.83; "Nice", "Nîmes": 0.67)."""

WORD, NAME, NUMBER, DATE = 0, 1, 2, 3
_WORD = re.compile(r"\w+(?:-\w+)*")
"""A word of the diff: letters and digits, with the parts a hyphen joins ("Saint-Omer",
"Pas-de-Calais", "vingt-quatre"): split at the hyphen, "Saint-Omer" and
"Saint-Jean-du-Gard" shared a word "saint", which the diff aligned across an inserted
paragraph, and the two towns never met in one slot (t-final56 A1)."""
_CAPITAL = re.compile(
    r"[A-ZÀ-ÖØ-Þ\u0100-\u017f\u0391-\u03a9\u0400-\u042f]"
    r"(?:(?<=[\w,)»”\]%] .)|(?<=\w['’].)|(?<=\w \(.))\w+(?:-\w+)*")
"""A name's candidates, found by one scan for capitals (Latin, Greek, Cyrillic; Latin
Extended-A's mixed cases are checked after): a capitalised word that opens no sentence,
i.e. after a word, a comma or a closing bracket, quote or percent sign and one space, or
after an elided article ("l'Italie"); not after a sentence's end, a colon, an opening
quote, a dash or a bracket, nor at a paragraph's start."""
_RAW_TITLES = frozenset("MM Mme Mmes Mlle Mlles Me Mgr Dr Pr St Ste Mr Mrs Ms Sir".split())
"""Titles before a name ("Mme Dati" for "Rachida Dati" is no other person)."""
_NUMBER_WORDS = frozenset(
    "deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
    "vingt vingts trente quarante cinquante soixante cent cents mille million millions "
    "milliard milliards two three four five six seven eight nine ten eleven twelve "
    "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty "
    "fifty sixty seventy eighty ninety hundred thousand".split())
"""Numbers written in words, French and English ("quarante-cinq pompiers", "forty"):
values as digits are (t-final56b A1: "Quarante-cinq" against "Quarante" counted as an
outlet's rewording). "un", "une", "one" are left out: articles and pronouns too."""
_DATES = frozenset(
    "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre "
    "lundi mardi mercredi jeudi vendredi samedi dimanche january february march april june "
    "july august september october november december monday tuesday wednesday thursday "
    "friday saturday sunday".split())


class Wording:
    """What :func:`templated` reads of a body (its paragraphs), each part computed when
    first asked, as most copies need only one side's names: the whole text's first
    :data:`MAX_CHARS` characters (:attr:`whole`), the opening (:attr:`opening`), its names
    (:meth:`names`), its word pairs (:meth:`pairs`), its folded words with their kinds
    (:meth:`detail`)."""

    __slots__ = ("_detail", "_names", "_opening", "_pairs", "_paragraphs", "_vocabulary",
                 "_whole")

    def __init__(self, paragraphs: Sequence[str]) -> None:
        self._paragraphs = paragraphs
        self._whole: str | None = None
        self._opening: str | None = None
        self._names: list[str] | None = None
        self._detail: tuple[list[str], bytes, str] | None = None
        """The opening's folded words, their kinds, and the whole text lowercased."""
        self._pairs: frozenset[tuple[str, str]] | None = None
        self._vocabulary: frozenset[str] | None = None

    @property
    def paragraphs(self) -> Sequence[str]:
        """The body's paragraphs, as given."""
        return self._paragraphs

    @property
    def whole(self) -> str:
        """Every paragraph (bylines and chrome too: what it prints), joined by new lines,
        cut to :data:`MAX_CHARS`: only the paragraphs that reach it are joined (a
        megabyte body is not copied whole to keep 20,000 characters, issue 13)."""
        if self._whole is None:
            taken: list[str] = []
            size = 0
            for paragraph in self._paragraphs:
                taken.append(paragraph)
                size += len(paragraph) + 1
                if size > MAX_CHARS:
                    break
            self._whole = "\n".join(taken)[:MAX_CHARS]
        return self._whole

    @property
    def opening(self) -> str:
        """The body's first paragraphs that count, as the signature counts them
        (:func:`veille.dedup.signature.counted`: short ones such as bylines left out),
        joined by new lines, cut at a space after about :data:`MAX_WORDS` words (8
        characters a word: a French word, its space and punctuation)."""
        if self._opening is None:
            cut = 8 * MAX_WORDS
            paragraphs = self._paragraphs if self._whole is None else self._whole.split("\n")
            taken: list[str] = []
            size = 0
            for paragraph in paragraphs:  # counted()'s, read only as far as needed
                if paragraph.count(" ") + 1 >= MIN_PARAGRAPH_WORDS:
                    taken.append(paragraph)
                    size += len(paragraph) + 1
                    if size > cut:
                        break
            text = "\n".join(taken or paragraphs)
            self._opening = text if len(text) <= cut else \
                text[:text.rfind(" ", 0, cut) + 1 or cut]
        return self._opening

    def bounded(self) -> Wording:
        """This wording, or, for a body over :data:`MAX_CHARS` characters, one on its own
        strings (:meth:`kept`): what a memory of many keeps, at most :data:`MAX_CHARS`
        characters each, with no copy of the usual body."""
        size = sum(map(len, self._paragraphs)) if self._whole is None else 0
        return self if size <= MAX_CHARS else self.kept()

    def kept(self, chars: int = MAX_CHARS) -> Wording:
        """This wording on its own string (its whole text cut to ``chars``), holding no
        reference to the body: what a bounded memory keeps."""
        kept = Wording(())
        kept._whole = self.whole[:chars]
        kept._opening, kept._names = self._opening, self._names
        return kept

    def vocabulary(self) -> frozenset[str]:
        """The folded words (:data:`_WORD`, as :meth:`detail` folds them) :attr:`whole`
        prints: what "the other text never prints this word" reads, accents aside."""
        if self._vocabulary is None:
            self._vocabulary = frozenset(
                key for raw in _WORD.findall(self.whole)
                if (key := raw.lower() if raw.isascii() else _fold_word(raw)))
        return self._vocabulary

    def names(self) -> list[str]:
        """The opening's names, as printed, in order: capitalised words that open no
        sentence (:data:`_CAPITAL`) and are no title ("Mme")."""
        if self._names is None:
            self._names = [name for name in _CAPITAL.findall(self.opening)
                           if name[0].isupper() and name not in _RAW_TITLES]
        return self._names

    def own(self, other: Wording) -> list[str]:
        """The opening's names that ``other`` does not print as is."""
        whole = other.whole
        return [name for name in self.names() if name not in whole]

    def slots(self, names: Sequence[str]) -> set[tuple[int, str]]:
        """The places of ``names`` (of :meth:`own`) in the opening: the word before each
        (``(0, word)``) and the word after (``(1, word)``), lowercased, at each name's first
        place. A template's slot lies between the template's words, the same on both
        sides."""
        found: set[tuple[int, str]] = set()
        opening = self.opening
        for name in names:
            start = opening.find(name)
            before = opening[max(0, start - 40):start].split()
            after = opening[start + len(name):start + len(name) + 40].split()
            if before:
                found.add((0, before[-1].lower()))
            if after:
                found.add((1, after[0].lower()))
        return found

    def pairs(self) -> frozenset[tuple[str, str]]:
        """The opening's pairs of consecutive tokens (split at spaces, lowercased)."""
        if self._pairs is None:
            tokens = self.opening.lower().split()
            self._pairs = frozenset(pairwise(tokens))
        return self._pairs

    def detail(self) -> tuple[list[str], bytes, str]:
        """The opening's folded words (at most :data:`MAX_WORDS`), their kinds (one byte a
        word: :data:`WORD`, :data:`NAME`, :data:`NUMBER`: holds a digit, :data:`DATE`: a
        month or a weekday, French or English), and :attr:`whole` lowercased (a folded
        name is in it when the text prints it, accents aside)."""
        if self._detail is None:
            folded: list[str] = []
            kinds = bytearray()
            opening = self.opening
            names = set(self.names())
            for match in _WORD.finditer(opening):
                raw = match.group()
                key = raw.lower() if raw.isascii() else _fold_word(raw)
                if key:
                    folded.append(key)
                    kinds.append(_kind(raw, key, names))
                    if len(folded) >= MAX_WORDS:
                        break
            self._detail = (folded, bytes(kinds), self.whole.lower())
        return self._detail


def wording(paragraphs: Sequence[str]) -> Wording:
    """The :class:`Wording` of a body's paragraphs (kept, not copied: the work is done
    when :func:`templated` asks)."""
    return Wording(paragraphs)


@lru_cache(maxsize=1 << 15)
def _fold_word(raw: str) -> str:
    return fold(raw).replace(" ", "")


def _kind(raw: str, key: str, names: AbstractSet[str]) -> int:
    """The kind of the word ``raw`` (folded ``key``); ``names``: the opening's."""
    if not key.replace("-", "").isalpha():
        return NUMBER if any(c.isdigit() for c in key) else WORD
    if all(part in _NUMBER_WORDS or part == "et" for part in key.split("-")) and \
            key.split("-")[0] in _NUMBER_WORDS:
        return NUMBER
    if key in _DATES:
        return DATE
    return NAME if raw in names else WORD


def templated(a: Wording, b: Wording) -> bool:
    """Whether ``a`` and ``b`` are one template filled in with other values (module
    docstring: aligned, conflicting names, mostly values replaced), hence no copy of
    each other. Costs one word-level diff of at most :data:`MAX_WORDS` words a side, and
    none when one of them names no one the other does not print as is (most copies).
    ``a``'s names are read first: pass the text compared with many (a stored article and
    its copies, a story's member), whose names are then found once."""
    own_a = a.own(b)
    own_b = b.own(a) if own_a else []
    if not own_a or not own_b:
        return False  # one side names no one the other does not print
    pairs_a, pairs_b = a.pairs(), b.pairs()
    if len(pairs_a & pairs_b) < ALIGNED * min(len(pairs_a), len(pairs_b)):
        return False  # not one text: under half of the word pairs in common
    if not a.slots(own_a) & b.slots(own_b):
        return False  # no name of each side's own in one place of the template
    words_a, kinds_a, lower_a = a.detail()
    words_b, kinds_b, lower_b = b.detail()
    folded_a = {w for w, k in zip(words_a, kinds_a, strict=True)
                if k == NAME and w not in lower_b}
    folded_b = {w for w, k in zip(words_b, kinds_b, strict=True)
                if k == NAME and w not in lower_a}
    if not folded_a or not folded_b:
        return False
    matcher = SequenceMatcher(None, words_a, words_b, autojunk=False)
    blocks = matcher.get_matching_blocks()
    opcodes = matcher.get_opcodes()
    if sum(size for *_x, size in blocks) < ALIGNED * _comparable(
            len(words_a), len(words_b), opcodes[-1] if opcodes else None):
        return False
    conflicts = replaced = values = 0
    for tag, i1, i2, j1, j2 in opcodes:
        if tag != "replace" or i1 == 0 or j1 == 0 or i2 == len(words_a) or \
                j2 == len(words_b):
            continue  # words one side adds or cuts; an edge's dateline or byline
        slot = _slot(i1, i2, j1, j2, kinds_a, kinds_b)
        if slot is None:
            replaced += (i2 - i1) + (j2 - j1)
            continue
        i1, i2, j1, j2 = slot
        replaced += (i2 - i1) + (j2 - j1)
        slot_a, slot_b = kinds_a[i1:i2], kinds_b[j1:j2]
        if not any(slot_a) or not any(slot_b):
            continue
        values += sum(1 for k in slot_a if k) + sum(1 for k in slot_b if k)
        names_a = [w for w in words_a[i1:i2] if w in folded_a]
        names_b = [w for w in words_b[j1:j2] if w in folded_b]
        if names_a and names_b and not _spelt_alike(names_a, names_b):
            conflicts += 1
    return conflicts > 0 and values >= VALUES * replaced


def _comparable(size_a: int, size_b: int, last: tuple[str, int, int, int, int] | None
                ) -> int:
    """The words of the shorter opening the diff could align: each opening's words less
    the tail only it holds, past the other's last word (``last``: the diff's last
    operation, a deletion or insertion at the end). The openings are cut at
    :data:`MAX_WORDS`: a paragraph one side inserts pushes the other side's last words out
    of its window, and those were counted as unaligned (t-final56 A1: 25 words aligned
    of 60, while 25 of the 28 both windows hold were one text)."""
    if last is not None and last[0] == "delete" and last[2] == size_a:
        size_a -= last[2] - last[1]
    elif last is not None and last[0] == "insert" and last[4] == size_b:
        size_b -= last[4] - last[3]
    return min(size_a, size_b)


def _slot(i1: int, i2: int, j1: int, j2: int, kinds_a: bytes, kinds_b: bytes
          ) -> tuple[int, int, int, int] | None:
    """The template slot a replacement ``a[i1:i2]`` → ``b[j1:j2]`` of the diff holds: the
    replacement itself when each side has at most :data:`SLOT_WORDS` words; when one side
    has that few and the other more, the short side against as many words at the start
    of the long one, or at its end, whichever both sides open (or close) with a value:
    a slot beside words one side adds ("à Saint-Omer. Deux personnes…" against "à Alès.
    Le corps … retrouvé. Deux personnes…": the diff replaces the town with the town and
    the inserted paragraph at once, t-final56 A1), the rest being that insertion, which
    is no evidence; ``None`` otherwise (a rewrite)."""
    short_a, short_b = i2 - i1, j2 - j1
    if max(short_a, short_b) <= SLOT_WORDS:
        return i1, i2, j1, j2
    size = min(short_a, short_b)
    if size > SLOT_WORDS:
        return None
    if short_a == size:  # a's words against the start, or the end, of b's
        if kinds_a[i1] and kinds_b[j1]:
            return i1, i2, j1, j1 + size
        if kinds_a[i2 - 1] and kinds_b[j2 - 1]:
            return i1, i2, j2 - size, j2
        return None
    if kinds_a[i1] and kinds_b[j1]:
        return i1, i1 + size, j1, j2
    if kinds_a[i2 - 1] and kinds_b[j2 - 1]:
        return i2 - size, i2, j1, j2
    return None


def _spelt_alike(names_a: Sequence[str], names_b: Sequence[str]) -> bool:
    """Whether a name of one side is a spelling of a name of the other."""
    return any(SequenceMatcher(None, x, y).ratio() >= SPELLING
               for x in names_a for y in names_b)


SUBJECT_SLOTS = True
"""On again (h-stories64) with :data:`FRAMED_SLOTS`: it was off at the merge of stop 62, as
two short own accounts of one landslide sharing their closing appeal were read as one
template with other subjects and split into two stories (tests/dedup/
test_reprint_containment.py); a slot must now lie in the template's frame, which a rewrite's
chance alignments do not make (bulk300 of t-final62: 269 stories, none mixing two subjects
or towns; off: 113, 63 mixing, one of 8 subjects). **One template with other subjects is
no story** (h-stories63, t-check62 #6): a text that
is a story's kept wording with another subject in the template's slot
(:func:`veille.dedup.template.other_subjects`: "Dijon : un incendie dans un entrepôt fait
débat…" against "Dijon : la rénovation de la piscine municipale fait débat…") is not close
to that story (:meth:`veille.dedup.stories.Stories.templated`), as one with other names is
not. Not asked of copies (:func:`veille.dedup.near.drop_templated`): there it dropped true
copies (bench/dedup.py --docs 3000 recall 0.9912 → 0.9817), so one outlet's notices can still
be its "republications" of each other, and a copy joins its original's story. A regional
outlet's notices of one town, the same week, the same deputy mayor quoted, were one story
of nine (a pool, a fire, rents, a bus line, a festival, a museum, a bin strike): the town,
the official and the template's words carried the score past every bar. False: as before."""
COPY_SUBJECTS = False
"""Whether it is **asked of copies too** (h-stories64, with :data:`FRAMED_SLOTS`): a
candidate copy that is one template with other subjects (:func:`other_subjects`) is no copy
(:func:`veille.dedup.near.drop_templated`): one outlet's notices of one town, or two
councils' press releases on one template ("Leicester councillors approve new clean air
zone…", "Coventry councillors approve new parking charges…"), were "reprints" of each
other, and a reprint joins its original's story. Off: unframed, the rule dropped true
copies (bench/dedup.py --docs 3000 recall 0.9912 → 0.9817), framed it still does (0.9912 →
0.9829, h-stories64), so such notices still join as copies (h-stories64's held-out E
group)."""
SUBJECT_WORDS = 2
"""Content words each side of a template's subject slot must hold that the other text never
prints (:func:`other_subjects`)."""
SUBJECT_SLOT_WORDS = 12
"""Words a replacement may hold on each side to be a subject slot (a noun phrase and its
place: "la rénovation de la piscine municipale", "a fire at a recycling depot in Cheney
Manor", 9 words); a longer one is a rewrite."""
SUBJECT_CHARS = 4
"""Letters a word needs to be read as content in a subject slot ("pool", "fire"; not "de",
"the", "una")."""


def other_subjects(a: Wording, b: Wording) -> bool:
    """Whether ``a`` and ``b`` are one template (half their openings' word pairs in common,
    half the shorter's words aligned, as :func:`templated` reads it) filled in with **other
    subjects** (h-stories63, t-check62 #6): in a replacement of the diff away from either
    opening's edges, of at most :data:`SUBJECT_SLOT_WORDS` words a side, each side holds
    :data:`SUBJECT_WORDS` content words (:data:`SUBJECT_CHARS` letters, no name, number nor
    date) that the other text never prints. One outlet's notices of one town ("Dijon : la
    rénovation de la piscine municipale fait débat…", "Dijon : un incendie dans un entrepôt
    fait débat…") share the town, the official quoted and the template, and name no one the
    other does not (so :func:`templated` does not read them), but say two things happened;
    an update or a reprint of one event keeps what happened. Costs one word-level diff of at
    most :data:`MAX_WORDS` words a side, none when the openings share under half their word
    pairs (most pairs of stories)."""
    pairs_a, pairs_b = a.pairs(), b.pairs()
    if len(pairs_a & pairs_b) < ALIGNED * min(len(pairs_a), len(pairs_b)):
        return False
    words_a, kinds_a, _lower_a = a.detail()
    words_b, kinds_b, _lower_b = b.detail()
    matcher = SequenceMatcher(None, words_a, words_b, autojunk=False)
    opcodes = matcher.get_opcodes()
    if sum(size for *_x, size in matcher.get_matching_blocks()) < ALIGNED * _comparable(
            len(words_a), len(words_b), opcodes[-1] if opcodes else None):
        return False
    vocabulary_a, vocabulary_b = a.vocabulary(), b.vocabulary()
    framed = (kinds_a, kinds_b) if FRAMED_SLOTS else None
    for i1, i2, j1, j2 in _subject_slots(opcodes, len(words_a), len(words_b), framed):
        own_a = {w for w, k in zip(words_a[i1:i2], kinds_a[i1:i2], strict=True)
                 if k == WORD and len(w) >= SUBJECT_CHARS and w not in vocabulary_b}
        own_b = {w for w, k in zip(words_b[j1:j2], kinds_b[j1:j2], strict=True)
                 if k == WORD and len(w) >= SUBJECT_CHARS and w not in vocabulary_a}
        if len(own_a) >= SUBJECT_WORDS and len(own_b) >= SUBJECT_WORDS and \
                (not FRAMED_SLOTS or
                 _rest_own(words_a, kinds_a, (i1, i2), vocabulary_b) <= REST_OWN_WORDS and
                 _rest_own(words_b, kinds_b, (j1, j2), vocabulary_a) <= REST_OWN_WORDS):
            return True
    return False


def _rest_own(words: Sequence[str], kinds: Sequence[int], slot: tuple[int, int],
              other: AbstractSet[str]) -> int:
    """The content words (:data:`SUBJECT_CHARS` letters or more) of ``words`` outside
    ``slot`` (``(start, end)``) that the other text (its vocabulary ``other``) never prints
    (:data:`REST_OWN_WORDS`)."""
    start, end = slot
    return len({w for n, (w, k) in enumerate(zip(words, kinds, strict=True))
                if not start <= n < end and k == WORD and len(w) >= SUBJECT_CHARS and
                w not in other})


FRAMED_SLOTS = True
"""**A subject slot is framed** (h-stories64): a replacement is a template's subject slot
(:func:`other_subjects`) only when the words aligned right before it and right after it
each run :data:`FRAME_WORDS` or more, the frame of one template resuming on both sides ("À
Dijon, | la rénovation de la piscine municipale / la fermeture d'une usine de pneus |
concerne désormais … personnes, selon la mairie"). Two own accounts of one event share
words by chance ("de roche", "deux chalets", a town's name), so their differences run on
from one short aligned run to the next and no replacement closes in a frame: read as slots,
two short accounts of one landslide sharing a closing appeal were "one template with other
subjects" and split (tests/dedup/test_reprint_containment.py). And outside the slot, each
opening prints at most :data:`REST_OWN_WORDS` content words the other never prints: the
rest of one template is one text, a rewrite's is not (two accounts of one landslide, each
naming the mayor of the town, "alcalde de Isaba", right before their differing clauses).
False: any replacement away from the edges (h-stories63)."""
REST_OWN_WORDS = 6
"""Content words an opening may hold outside its subject slot that the other text never
prints, for the two to be one template (:data:`FRAMED_SLOTS`): the rest of a template is
one text (t-final62 bulk300's notices: at most 5, from their shuffled filler); two own accounts
of one event word the rest their own way (9 and 10 of 60 words)."""
FRAME_WORDS = 3
"""Aligned words a subject slot's frame must run on each side: one more than
:data:`SUBJECT_GAP`, as shorter runs between two replacements are taken into the slot."""
SUBJECT_GAP = 2
"""Aligned words a subject slot may hold between two of its replacements ("la" in "la
rénovation de la piscine municipale" against "un plan contre la sécheresse": the diff
aligns the article)."""


def _subject_slots(opcodes: Sequence[tuple[str, int, int, int, int]], size_a: int,
                   size_b: int, kinds: tuple[Sequence[int], Sequence[int]] | None = None
                   ) -> list[tuple[int, int, int, int]]:
    """The spans ``(i1, i2, j1, j2)`` of the diff's replacements, joined across runs of at
    most :data:`SUBJECT_GAP` aligned words while the span stays a slot, away from either
    opening's edges and of at most :data:`SUBJECT_SLOT_WORDS` words a side
    (:func:`other_subjects`), each in a frame when ``kinds`` (each text's word kinds) is
    given (:func:`_framed`)."""
    spans: list[list[int]] = []
    joinable = False  # whether the next change joins the last span (a short run between)
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal":
            joinable = joinable and i2 - i1 <= SUBJECT_GAP
        elif joinable and i2 - spans[-1][0] <= SUBJECT_SLOT_WORDS and \
                j2 - spans[-1][2] <= SUBJECT_SLOT_WORDS:
            spans[-1][1], spans[-1][3] = i2, j2
        else:
            spans.append([i1, i2, j1, j2])
            joinable = True
    return [(i1, i2, j1, j2) for i1, i2, j1, j2 in spans
            if i1 > 0 and j1 > 0 and i2 < size_a and j2 < size_b and
            i2 - i1 <= SUBJECT_SLOT_WORDS and j2 - j1 <= SUBJECT_SLOT_WORDS and
            i2 > i1 and j2 > j1 and
            (kinds is None or _framed(opcodes, kinds, (i1, i2, j1, j2)))]


def _framed(opcodes: Sequence[tuple[str, int, int, int, int]],
            kinds: tuple[Sequence[int], Sequence[int]], span: tuple[int, int, int, int]
            ) -> bool:
    """Whether ``span`` (``(i1, i2, j1, j2)``: a diff's replacements) lies in a
    frame (:data:`FRAMED_SLOTS`): the aligned words before it and after it run
    :data:`FRAME_WORDS` or more each, across the replacements of values only (names,
    numbers, dates: :data:`WORD` is none of their kinds), up to a replacement holding a
    content word. ``kinds``: each text's word kinds (:meth:`Wording.detail`). Linear in the
    opcodes."""
    kinds_a, kinds_b = kinds
    start, end, start_b, end_b = span

    def run(ops: Iterable[tuple[str, int, int, int, int]]) -> int:
        aligned = 0
        for tag, i1, i2, j1, j2 in ops:
            if aligned >= FRAME_WORDS:
                break
            if tag == "equal":
                aligned += i2 - i1
            elif WORD in kinds_a[i1:i2] or WORD in kinds_b[j1:j2]:
                break
        return aligned

    return run(o for o in reversed(opcodes) if o[2] <= start and o[4] <= start_b) >= \
        FRAME_WORDS and run(o for o in opcodes if o[1] >= end and o[3] >= end_b) >= FRAME_WORDS
