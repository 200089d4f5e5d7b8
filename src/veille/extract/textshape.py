"""The shape of a block of text: is it prose, a headline, a byline, a dateline, a credit?

These are structural tests (length, punctuation, capitals, digits), the same in every
language that writes sentences with terminal punctuation. The one lexical signal is
:data:`_FURNITURE_TERMS`, the vocabulary of page furniture (cookies, subscriptions, sharing,
advertising) in the languages veille serves. It is the vocabulary of web pages in general,
not of any one site, and it is only ever combined with a structural test: a short block, a
label, or a block at the edge of the article.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import NamedTuple, Protocol, TypeVar, cast

from veille.extract.abbreviation_stop import abbreviated_line
from veille.extract.agencies import folded_words, name_words, written_pattern
from veille.extract.byline_names import names_after_formula
from veille.extract.bylines import (
    NEWSROOM_LINE_WORDS,
    credit_line,
    newsroom_agency,
    newsroom_line,
    opinion_byline,
    plain_byline,
    unmarked,
)
from veille.extract.chrome_lines import author_page_byline, reading_time_line, zone_words
from veille.extract.dated_byline import dated_byline
from veille.extract.dates import date_coverage, day_and_month
from veille.extract.notice_stance import (
    credits_after_narration,
    rights_only_quoted,
    sign_inside_sentence,
    slash_name_in_sentence,
    stands_as_chrome,
)
from veille.extract.trailing_credit import TAIL_CHARS, closing_credit
from veille.extract.trie_pattern import trie_pattern
from veille.lazy_re import lazy_compile

_WORD = lazy_compile(r"\w+", re.UNICODE)
#: Closing marks after a sentence's end: the German „…“ and ‚…‘ close with “ and ‘, and
#: German and Swiss »…« with « (r-quotes58: a one-sentence German paragraph ending „…“ was
#: no prose, and dropped as page furniture).
_SENTENCE_END = lazy_compile(r"[.!?…。！？](?:[\"'»”’“‘«)\]」』）]|\s)*$")
_INNER_SENTENCE = lazy_compile(r"\w[.!?…][\"»”’“‘«)]?\s+[\"«“‘„»(]?[A-ZÀ-ÖØ-Þ0-9]|[。！？](?=\S)")
# Scripts written without spaces between words (Chinese, Japanese, Thai...): a run of their
# characters holds several words, about one per two characters.
_UNSPACED = lazy_compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CREDIT = lazy_compile(
    r"©|\(c\)|"
    r"^(?i:photos?|crédits?|credits?|fotos?|bild|image|illustration|infographie|vidéo|video)"
    r"\b\s*[:/©]?\s*[A-ZÀ-Þ]|"
    # An agency written in lower case after the label: "Foto: dpa", "Foto: dpa/Jens Büttner"
    # (the agencies' table, as written: veille.extract.agencies).
    r"^(?i:photos?|crédits?|credits?|fotos?|bild|image|illustration)\s*[:/©]\s*"
    rf"{written_pattern()}(?![\w'’])|"
    r"(?i:\bgetty images|shutterstock|istock)\b|"
    # A source line of five words at most: "Source : Le Monde", "Quelle: F.A.Z.", "Fuente:
    # EFE" (what bylines.credit_line reads for agencies, here for any name).
    r"^(?i:sources?|quellen?|fuentes?|fonte|fonti|bron)\s*:\s*(?:\S+\s+){0,4}\S+\s*$|"
    r"[A-Z][\w.\-]*\s*/\s*[A-Z][\w.\-]+(?:\s[A-Z][\w.\-]+){0,3}\s*\)?\s*$|"
    r"\((?:[A-Z][\w.\-]*\s?)+/\s*[A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*){0,3}\)\s*$|"
    r"\((?i:photos?|crédits?|credits?|fotos?|image|illustration)\b[^()]{1,80}\)\s*$|"
    # A credit in capitals after a bar, Ouest-France's format: "Légende. | ARCHIVES
    # OUEST-FRANCE", "Légende | PHOTO : JEAN DUPONT / OUEST-FRANCE".
    r"\s\|\s+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\-]+(?:\s*[:/]?\s+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\-]+){0,5}\s*$",
)
# A credit to a newsroom and a wire agency: "Le Monde avec AFP", "Staff and AP", "dpa/AFP".
# The agencies are the table of veille.extract.agencies (as written: "Ma and Pa" credits no
# PA); extra evidence for a byline, never the main test. A line that is only a credit
# ("(Belga)", "Source : Belga") is bylines.credit_line's.
_AGENCIES = name_words()
# The name may end with a comma or the credit sit in parentheses ("Lucía Herrera, con EFE",
# "Lucía Herrera (con EFE)": r-ux55, El País's bylines were dropped as page furniture).
_AGENCY_BYLINE = lazy_compile(
    r"^(?:[\w'’.\-]+,?\s+){0,5}\(?(?:(?i:avec|with|and|et|mit|und|con)|y|e|&|/)\s+"
    rf"(?:l'|l’)?{written_pattern()}\.?\)?$|"
    rf"^{written_pattern()}\s*(?:/|,|et|and|&)\s*[\w'’ .\-]{{1,40}}$"
)
# Datelines written with words rather than a calendar date: "Publié hier à 18h30, mis à
# jour il y a 2 heures", "Updated 3 hours ago", "Aujourd'hui à 9h". A short multilingual
# list of cues, evidence beside the shape test (a short block, no sentence).
_DATE_CUE = lazy_compile(
    r"^(?:(?:article|artículo|articolo|artikel|artigo|story|texte)\s+)?"
    r"(?:publié|publiée|mis à jour|mise à jour|modifié|actualisé|posted|published|updated|"
    r"last updated|veröffentlicht|aktualisiert|publicado|actualizado|pubblicato|aggiornato)\b",
    re.IGNORECASE,
)
_RELATIVE_DATE = lazy_compile(
    r"\b(?:il y a\s+\d+\s*(?:s|sec\w*|min\w*|h|heures?|jours?|semaines?|mois)|"
    r"\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|h|d)\s+ago|"
    r"vor\s+\d+\s*(?:minuten|stunden?|tagen?)|hace\s+\d+\s*(?:minutos?|horas?|días?)|"
    r"hier|avant-hier|aujourd'hui|aujourd’hui|yesterday|today|gestern|heute|ayer|hoy)\b"
    r"|\b\d{1,2}\s*(?:h|:)\s*\d{2}\b",
    re.IGNORECASE,
)
#: A publication word and a day with its month name, no year ("Publié le mardi 2
#: décembre à 10h15", "Posted Saturday, November 28 at 5:00 p.m."): a dateline up to this
#: many words, even when it ends with a full stop.
_DAY_MONTH_DATELINE_WORDS = 10
#: A date then a byline closed by its outlet (:mod:`~veille.extract.dated_byline`): a
#: dateline up to this many words.
_DATED_BYLINE_WORDS = 30
_LABEL = lazy_compile(r"^[^.!?:]{1,40}\s?:\s*")
_FURNITURE_STEMS = frozenset("""cookie abonn subscri inscri newsletter infolettre publicit
    advertis partag tweet connect connex password commentaire premium privacy confidentialit
    javascript navigateur browser accepter refuser paramétr consent télécharg download""".split())
_FURNITURE_WORDS = frozenset("share shares comment comments accept reject login".split())
_FURNITURE_PHRASES = frozenset(tuple(p.split()) for p in """mot de passe|sign in|sign up|log in|
    lire aussi|lire la suite|à lire|a lire|voir aussi|read more|read also|related|
    continue reading|see also|réservé aux|réservée aux|réservés aux|reserved for|
    droits réservés|rights reserved|mentions légales|suivez nous|follow us|il vous reste|
    cet article|of this article""".replace("\n", "").split("|"))
_PHRASE_LENGTHS = sorted({len(p) for p in _FURNITURE_PHRASES})
# First letters of the stems and first words of the phrases: most tokens start neither, and
# one set lookup rules them out before the pattern or the phrase lookups run.
_STEM_HEADS = frozenset(stem[:2] for stem in _FURNITURE_STEMS)
_PHRASE_HEADS = frozenset(phrase[0] for phrase in _FURNITURE_PHRASES)
_STEM_RE = lazy_compile("|".join(sorted(_FURNITURE_STEMS, key=len, reverse=True)))
# What can count (:func:`_hits`), found in the lowercased tokens joined by spaces: a token
# starting with a stem, a whole furniture word, or a whole phrase. A necessary condition, so
# a block it does not match has no hit.
# Both lists factored as tries (:func:`~veille.extract.trie_pattern.trie_pattern`: the same
# strings match, a third faster than a flat alternation).
_HIT_GATE = lazy_compile(
    "(?:^| )(?:" + trie_pattern(_FURNITURE_STEMS)
    + "|(?:" + trie_pattern(_FURNITURE_WORDS | {" ".join(p) for p in _FURNITURE_PHRASES})
    + ")(?= |$))")


_T = TypeVar("_T")
_T_co = TypeVar("_T_co", covariant=True)
#: Blocks longer than this are not cached: chrome (what repeats) is short, and caching long
#: blocks would let a few huge captures fill memory. Each cache holds at most
#: :data:`CACHE_ENTRIES` blocks, so the caches stay within a few tens of megabytes.
CACHE_MAX_CHARS = 400
CACHE_ENTRIES = 8192


class TextCache(Protocol[_T_co]):
    """A function of one text with an LRU cache (``cache_clear`` empties it)."""

    def __call__(self, text: str, /) -> _T_co: ...

    def cache_clear(self) -> None: ...


def short_text_cache(function: Callable[[str], _T]) -> TextCache[_T]:
    """``function`` with an LRU cache of :data:`CACHE_ENTRIES` texts, for texts of
    :data:`CACHE_MAX_CHARS` characters or less (longer ones are computed each time)."""
    cached = lru_cache(maxsize=CACHE_ENTRIES)(function)

    def call(text: str) -> _T:
        return cached(text) if len(text) <= CACHE_MAX_CHARS else function(text)

    call.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
    return cast(TextCache[_T], functools.update_wrapper(call, function))


@short_text_cache
def words(text: str) -> tuple[str, ...]:
    """The words of a block. Cached: every shape test asks for them, and blocks repeat."""
    return tuple(_WORD.findall(text))


_COMBINING = lazy_compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_FOLD_PAIRS = (("’", "'"), ("‘", "'"), ("«", '"'), ("»", '"'), ("“", '"'), ("”", '"'),
               ("œ", "oe"), ("æ", "ae"), ("Œ", "oe"), ("Æ", "ae"))


@short_text_cache
def word_count(text: str) -> int:
    """How many words a block holds, counting scripts written without spaces fairly."""
    tokens = words(text)
    if text.isascii() or not _UNSPACED.search(text):
        return len(tokens)
    return sum(max(1, len(_UNSPACED.findall(t)) // 2) if _UNSPACED.search(t) else 1
               for t in tokens)


def fold(text: str) -> str:
    """Lowercase, accents and typographic quotes removed, spaces collapsed: for comparing.
    Not cached: folding a short block costs less than a cache lookup through a wrapper
    (measured on the AEB captures, issue #13)."""
    if not text.isascii():
        # str.replace for the few characters present: str.translate with a mapping looks
        # every character up in a dict, and was the slowest step on long blocks.
        for char, replacement in _FOLD_PAIRS:
            if char in text:
                text = text.replace(char, replacement)
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    return " ".join(text.lower().split())


@lru_cache(maxsize=4)
def fold_text(text: str) -> str:
    """:func:`fold`, remembered for the last few texts: an article's body is folded by
    more than one of the story terms' readers (the event kinds, the world regions), ~15 ns
    a character each time, against a lookup that hashes it once (issue #13)."""
    return fold(text)


def ends_sentence(text: str) -> bool:
    """Ends like a sentence: terminal punctuation, possibly inside closing quotes."""
    return bool(_SENTENCE_END.search(text.rstrip()))


def sentence_count(text: str) -> int:
    return len(_INNER_SENTENCE.findall(text)) + (1 if ends_sentence(text) else 0)


#: The ASCII bytes that are not letters: deleting them from an ASCII text leaves its letters.
_ASCII_NON_LETTERS = bytes(c for c in range(128) if not chr(c).isalpha())


def letter_ratio(text: str) -> float:
    """Share of the characters that are letters (``str.isalpha``); 0.0 for "".
    ASCII text is counted in C (one ``bytes.translate``), the rest character by character."""
    if not text:
        return 0.0
    if text.isascii():
        return len(text.encode("ascii").translate(None, _ASCII_NON_LETTERS)) / len(text)
    return sum(map(str.isalpha, text)) / len(text)


#: A data line: a short label, a colon, a figure ("Inscrits : 89 204", "Abonnés : 1,2
#: million", "Partage des voix : 52 %", "Téléchargements : 3 millions"). Election results,
#: audience figures and sports or finance data print such lines; a label word that is also a
#: furniture stem ("inscri", "abonn", "partag", "télécharg") does not make them chrome
#: (newuser15b X13): chrome is a whole line of furniture, which carries no figure after a
#: label.
#: Or several figures, each maybe after a name and with its unit, separated by a comma, a
#: semicolon, a dash, "contre", "et", "à", "vs" ("Partage des voix : 52,4 % contre
#: 47,6 %", "Score : M. Durand 52,4 %, Mme Petit 47,6 %"): results lines (verify16, X13's
#: remainder: such a line was still furniture and ended a capture).
_FIGURE = r"[-+−]?\d[\d.,\u00a0\u202f]*(?:\s\d{3})*(?:\s*(?:%|€|\$|£|[^\W\d]+\.?))?"
_NAMED_FIGURE = rf"(?:(?:[A-ZÀ-Ý][\w'’.-]*\s+){{0,3}}){_FIGURE}"
_FIGURE_SEP = r"\s*(?:[,;–-]|\s(?:contre|et|à|vs\.?|against|and))\s*"
DATA_LINE = lazy_compile(r"^[^\W\d][\w'’.-]*(?:\s+[\w'’.-]+){0,4}\s?:\s*(?:"
                       r"[-+−]?\d[\d\s.,\u00a0\u202f]*(?:\s*(?:%|€|\$|£|[^\W\d]+\.?)){0,2}|"
                       rf"{_NAMED_FIGURE}(?:{_FIGURE_SEP}{_NAMED_FIGURE}){{1,3}})\s*$")


def is_data_line(text: str) -> bool:
    """Whether ``text`` is a data line (:data:`DATA_LINE`), at most 80 characters; a
    reading time of that shape ("Temps de lecture : 2 min",
    :func:`~veille.extract.chrome_lines.reading_time_line`) is the page's furniture, no
    data (t-final51 A5b: kept as the body's first paragraph)."""
    return (len(text) <= 80 and ":" in text and DATA_LINE.match(text.strip()) is not None
            and not reading_time_line(text))


def furniture_hits(text: str) -> int:
    """How many page-furniture terms the block uses (token stems and short phrases); none
    in a data line (:data:`DATA_LINE`).

    Token lookups in sets, not one big regular expression: this runs on every block of
    every page, and an alternation of dozens of terms tried at every position was the
    slowest step of extraction.
    """
    if reading_time_line(text):
        return 1  # "Temps de lecture : 2 min", "5 min read" (t-final51 A5b)
    if is_data_line(text):
        return 0
    if _GLUED.search(text):
        text = _GLUED_SPLIT.sub(" ", text)
    return _lowered_hits(" ".join(words(text)).lower())


#: A lower-case letter right before a capital: two texts glued by a copy-paste or by
#: markup that renders them apart ("Lire aussiSénégal : ...", RFI's insert label and its
#: title; newuser11 T4). Furniture terms are looked for in the two words apart.
_GLUED = lazy_compile(r"[a-zà-ÿ][A-ZÀ-Ý]")
_GLUED_SPLIT = lazy_compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Ý])")


def _lowered_hits(lowered: str) -> int:
    """:func:`furniture_hits` of a block's tokens lowercased and joined by one space.

    One compiled search first (:data:`_HIT_GATE`): a token can only count when it starts
    with a stem or is a furniture word or a phrase's first word, and most blocks hold none,
    so the token loop runs only on the few that do. (No lowercase mapping yields a space,
    so splitting on " " gives back the lowercased tokens.)
    """
    if not _HIT_GATE.search(lowered):
        return 0
    return _hits(lowered.split(" "))


#: Words after which the English "comment" is a widget's ("Comment on this story",
#: "Comment below"); before any other word it is the French "how" ("Comment va-t-il ?",
#: newuser11 T17), no furniture.
_COMMENT_FOLLOWERS = frozenset("on below here now section policy form box and or".split())
#: Words after which "comment" is the English verb, wherever it stands: "A spokesperson
#: declined to comment." closes countless news stories (newuser17b X12).
_COMMENT_VERB_BEFORE = frozenset("to not never immediately".split())


def _comment_widget(tokens: list[str], i: int) -> bool:
    """Whether the token ``comment`` at ``i`` is a widget's word: the block's last word, or
    followed by a number or one of :data:`_COMMENT_FOLLOWERS`."""
    if i > 0 and tokens[i - 1] in _COMMENT_VERB_BEFORE:
        return False  # the verb: "declined to comment", "would not comment on …"
    if i + 1 >= len(tokens):
        return True
    after = tokens[i + 1]
    return after in _COMMENT_FOLLOWERS or after.isdigit()


#: The consent banner's verbs ("Accept all", "Reject cookies"): a button's words only when
#: the block is the button, not a headline's verb ("MPs reject assisted dying amendment" was
#: a cookie notice, the BBC capture "(untitled)": t-final51b A5).
_CONSENT_VERBS = frozenset({"accept", "reject"})
_CONSENT_OBJECTS = frozenset("all cookies cookie and & tracking optional".split())


def _consent_button(tokens: list[str], i: int) -> bool:
    """Whether the consent verb at ``i`` is a button's word: the block's last word, or
    followed by "all", "cookies", "and continue"... (:data:`_CONSENT_OBJECTS`)."""
    return i + 1 >= len(tokens) or tokens[i + 1] in _CONSENT_OBJECTS


def _hits(tokens: list[str]) -> int:
    """:func:`furniture_hits` of a block's lowercased tokens."""
    hits = 0
    for i, token in enumerate(tokens):
        if token == "comment" and not _comment_widget(tokens, i):
            continue
        if token in _CONSENT_VERBS and not _consent_button(tokens, i):
            continue
        if token in _FURNITURE_WORDS or (token[:2] in _STEM_HEADS and _STEM_RE.match(token)):
            hits += 1
            continue
        if token not in _PHRASE_HEADS:
            continue
        for n in _PHRASE_LENGTHS:
            if tuple(tokens[i: i + n]) in _FURNITURE_PHRASES:
                hits += 1
                break
    return hits


#: Notices that say *this* article goes on behind the paywall (HTML and text captures).
#: An invitation to subscribe ("Abonnez-vous à notre newsletter", "Subscribe now") is not
#: one: it follows free articles too.
PAYWALL_TEXT = lazy_compile(
    r"il (?:vous )?reste \d+\s?%|"
    r"(?<!articles )réservée? aux abonné(?:e?s|·e·?s|\.e\.s|\(e\)s)|"
    r"cet article est réservé|la suite (?:de cet article )?est réservée|pour lire la suite|"
    # A metered wall and its inclusive and "go on reading" forms (newuser11 T18: Le
    # Devoir, Mediapart).
    r"(?:avez atteint|atteint votre) (?:la |votre )?limite d.articles|"
    r"articles? gratuits? (?:ce mois|par mois)|"
    r"pour (?:poursuivre|continuer) (?:votre|la) lecture[^.]{0,40}(?:abonn|inscri|connect)|"
    # verify11a V6 (Sudinfo, membership walls); V13: "retournez à l'accueil pour poursuivre
    # votre lecture" on a 404 page is no wall, hence a subscription word after it.
    r"(?:exclusivement )?(?:accessible|réservée?) (?:à nos|aux) (?:abonnés|membres)\b"
    r"(?: numériques)?|"
    r"subscribe to (?:continue|read)|to continue reading|subscribers only|"
    r"this article is for subscribers|unlock this article|"
    r"create a free account to continue|sign in to continue reading|"
    r"the rest of this article is|"
    # A metered wall in English (t-final35 B5: "You have reached your free article limit.
    # Subscribe to keep reading.").
    r"reached (?:your|the) (?:free )?(?:article|story) limit|"
    r"(?:subscribe|sign in|log in|register) to keep reading|"
    # Spanish, Italian, German subscription walls (newuser9 R22: El País).
    r"suscr[íi]bete para (?:seguir|continuar) leyendo|(?:exclusiv[oa]|s[óo]lo) para suscriptores|"
    r"riservat[oa] agli abbonati|nur für abonnenten", re.IGNORECASE)
#: Words that every match of :data:`PAYWALL_TEXT` holds one of, in lower case.
PAYWALL_WORDS = ("reste", "réserv", "suite", "subscri", "continue", "unlock", "account",
                 "limite", "gratuit", "poursuivre", "accessible", "membres",
                 "rest of", "suscr", "riservat", "abonnenten", "limit", "keep reading")
#: The characters that ``re.IGNORECASE`` takes for a letter of :data:`PAYWALL_WORDS` but
#: ``str.lower()`` does not turn into it: "İ" and "ı" match "i", "ſ" matches "s"
#: (``tests/extract/test_capture_gates.py`` checks every code point).
_CASE_ODD = lazy_compile("[\u0130\u0131\u017f]")


#: A paywall notice that says the text goes on behind it ("Il vous reste 72 % de cet
#: article à lire", "La suite est réservée aux abonnés", "Subscribe to continue reading"),
#: not only that the article is for subscribers ("Cet article est réservé aux abonnés",
#: "You have reached your free article limit"), which sites print under complete texts too.
GOES_ON_TEXT = lazy_compile(
    r"il (?:vous )?reste \d+\s?%|\bla suite\b|(?:continue|keep) reading|"
    r"pour (?:poursuivre|continuer) (?:votre|la) lecture|rest of (?:this|the) (?:article|story)|"
    r"(?:seguir|continuar) leyendo|weiterlesen|continua(?:re)? a leggere", re.IGNORECASE)
#: A body under a paywall notice is a teaser when it has fewer words than this, or one
#: paragraph only (:func:`cut_by_wall`).
TEASER_WORDS = 80


#: A notice that speaks of the article at hand ("Cet article est réservé aux abonnés", "This
#: article is for subscribers only"), not of the site's offer in general ("Abonnez-vous pour
#: lire tous nos articles en illimité", "Unlimited access to all our journalism").
THIS_ARTICLE = lazy_compile(
    r"\b(?:cet article|this (?:article|story)|este art[íi]culo|questo articolo|dieser artikel|"
    r"dieser beitrag|(?:for|to) subscribers only|réservée? aux abonnés|exclusivement aux abonnés|"
    r"for paying subscribers|solo para suscriptores|riservato agli abbonati|nur für abonnenten)\b",
    re.IGNORECASE)
GENERIC_OFFER = lazy_compile(
    r"\b(?:tous nos articles|all (?:of )?our (?:articles|journalism|stories)|en illimité|"
    r"unlimited (?:access|digital))\b", re.IGNORECASE)


def cut_by_wall(notice: str, paragraphs: Sequence[str], *, position: str = "") -> bool:
    """Whether a paywall ``notice`` after ``paragraphs`` means the page cut the text
    (t-final35 B5): the notice says the text goes on (:data:`GOES_ON_TEXT`), or the text
    shows the cut itself: its last paragraph stops mid-sentence, or it is a teaser (one
    paragraph, or under :data:`TEASER_WORDS` words). A notice that the article is for
    subscribers, under a text of several paragraphs ending with a sentence, is the site's
    furniture, no cut."""
    if GOES_ON_TEXT.search(notice) is not None or len(paragraphs) <= 1:
        return True
    last = paragraphs[-1].rstrip()
    if not ends_sentence(last) and not last.endswith((":", "»", "\"", "”", ")")):
        return True
    # Where the notice stands, when the caller knows (r-pages49): right under the text, a
    # notice that this article is for subscribers is the wall where the page stopped it;
    # past the article's furniture (share buttons, tags, a related box), it is the page's
    # footer, under a text that ended.
    if position == "apart":
        return False
    if position == "under" and THIS_ARTICLE.search(notice) and not GENERIC_OFFER.search(notice):
        return True
    return sum(len(p.split()) for p in paragraphs) < TEASER_WORDS


def plain_lower(text: str) -> str | None:
    """``text.lower()`` when a substring test on it is a necessary condition for a
    case-insensitive pattern to match ``text`` (a gate: if ``re.IGNORECASE`` finds
    "grève" in ``text``, "grève" is in the result), ``None`` when ``text`` holds one of the
    odd letters of :data:`_CASE_ODD` ("İ" lowers to two characters; "ı" and "ſ" match
    "i" and "s" without lowering to them). Positions agree: without "İ", ``str.lower``
    keeps every character one character (Unicode's SpecialCasing). Issue #13."""
    if not text.isascii() and _CASE_ODD.search(text) is not None:
        return None
    return text.lower()


def paywall_text(text: str) -> bool:
    """Whether :data:`PAYWALL_TEXT` finds a notice in ``text``: the same answer as
    ``PAYWALL_TEXT.search(text) is not None``, the pattern run only when ``text`` holds one
    of :data:`PAYWALL_WORDS` (or one of the odd case letters). The pattern has no literal
    prefix: ``re`` tries its two dozen branches at every position (about 40 µs on a
    400-character paragraph), and HTML extraction and text captures ask it of the blocks
    around every article's end."""
    lowered = text.lower()
    if not any(map(lowered.__contains__, PAYWALL_WORDS)) and (
            text.isascii() or _CASE_ODD.search(text) is None):
        return False
    return PAYWALL_TEXT.search(text) is not None


_COPYRIGHT = lazy_compile(r"(?:©|\(c\)|copyright)\s*(?:19|20)\d{2}", re.IGNORECASE)
_RIGHTS_RESERVED = lazy_compile(
    r"(?i)\b(?:all rights reserved|tous droits réservés|alle rechte vorbehalten|"
    r"tous droits de (?:reproduction|représentation|diffusion)[^.\n]{0,60} réservés|"
    r"tots els drets reservats|"
    r"todos los derechos reservados|tutti i diritti riservati|riproduzione riservata|"
    r"todos os direitos reservados|alle rechten voorbehouden)\b")
"""The rights-reserved formula of a copyright notice in the languages veille reads (the
Buenos Aires Convention's wording and its usual translations), with or without a year;
Italian also "riproduzione riservata" (ANSA's closing "RIPRODUZIONE RISERVATA © Copyright
ANSA", read as a photo credit, made the article's last sentence its caption: t-final51 A5)."""
_NO_REDISTRIBUTION = lazy_compile(
    r"(?i)\b(?:(?:prohibida|proibida|vietata) (?:la |a |su |sua )?(?:reproducci[oó]n?|"
    r"reprodução|riproduzione|redistribuci[oó]n?|redistribuição|redistribuzione|"
    r"redifusión|difusi[oó]n?|difusão|diffusione)\b[^.\n]{0,120}\b(?:sin|sem|senza|sense)\b|"
    r"(?:toute )?reproduction (?:même partielle |totale ou partielle )?interdite\b|"
    r"may not be (?:published|reproduced|redistributed), (?:broadcast|rewritten)|"
    r"redistribution (?:is )?(?:strictly )?prohibited)|جميع الحقوق محفوظة")
"""An agency's or outlet's notice forbidding the copy of its text, in the words of its
rights line: EFE's "Está expresamente prohibida la redistribución y la redifusión de este
contenido sin su previo y expreso consentimiento." (t-final63 #6: kept as the dispatch's
last paragraph), Lusa's and ANSA's alike in pt and it, the French "Reproduction
interdite", AP's "This material may not be published, broadcast, rewritten or
redistributed", the Arabic "جميع الحقوق محفوظة" (all rights reserved). The forbidding
word then what is not to be copied, and "without" (consent, leave) in the Romance forms,
so that a sentence reporting a ban ("La ley prohíbe la reproducción…") is none."""


def forbids_copy(text: str) -> bool:
    """Whether ``text`` (at most :data:`RIGHTS_NOTICE_WORDS` words) is a notice forbidding
    the copy of the page's text (:data:`_NO_REDISTRIBUTION`); a gate of substring tests
    first (each form holds "ibi", "ietat", "interdit" or "محفوظة" in lower case)."""
    lowered = text.lower()
    if not ("ibi" in lowered or "ietat" in lowered or "interdit" in lowered
            or "may not be" in lowered or "محفوظة" in text):
        return False
    return word_count(text) <= RIGHTS_NOTICE_WORDS and bool(_NO_REDISTRIBUTION.search(text))


RIGHTS_NOTICE_WORDS = 30
"""A notice naming the reserved rights is at most this long ("Alle Rechte vorbehalten.
Vervielfältigung nur mit Genehmigung der … GmbH." is 13 words)."""


def _may_be_notice(text: str, n: int) -> bool:
    """A necessary condition, from substring tests, for :data:`_COPYRIGHT` (a year "19xx"
    or "20xx", in at most 20 words) or :data:`_RIGHTS_RESERVED` (in at most
    :data:`RIGHTS_NOTICE_WORDS` words: each formula holds "rv" or "rb", "reserved",
    "vorbehalten", in any case; no character but R, V and B matches r, v and b without
    case in ``re``, and ``str.lower`` maps each of them to one character). The ignore-case
    patterns have no literal prefix, so ``re`` tries them at every position (1.6 µs a
    block of the AEB pages, 0.8 µs with the gate), and almost no block holds either."""
    if n <= 20 and ("19" in text or "20" in text):
        return True
    if n > RIGHTS_NOTICE_WORDS:
        return False
    lowered = text.lower()
    return "rv" in lowered or "rb" in lowered


def is_copyright(text: str) -> bool:
    """A site's copyright line ("© 2024 Le Quotidien", "Alle Rechte vorbehalten. …"), not
    a photo credit."""
    n = word_count(text)
    if not _may_be_notice(text, n):
        return forbids_copy(text)
    return (n <= 20 and bool(_COPYRIGHT.search(text))) or (
        n <= RIGHTS_NOTICE_WORDS and bool(_RIGHTS_RESERVED.search(text))) or forbids_copy(text)


#: A closing signature of journalists' initials in capitals joined by slashes ("MD/AKS/ASG":
#: the APS, MAP and other agencies sign so under the text, then date it).
_INITIALS = lazy_compile(r"^[A-Z]{2,4}(?:\s?/\s?[A-Z]{2,4}){1,5}$")


def initials_signature(text: str) -> bool:
    """Whether ``text`` is only a closing signature of initials (:data:`_INITIALS`), none
    of them an agency's name ("AFP/DPA" is a photo credit): a byline, never a photo's
    credit whose caption would be the paragraph above it (newuser17b X12)."""
    stripped = text.strip()
    return bool(_INITIALS.match(stripped)) and folded_words().isdisjoint(
        part.strip().lower() for part in stripped.split("/"))


def is_credit(text: str) -> bool:
    """A photo caption's credit, or a caption ending with one; not a date line that ends
    with its article's credit (:func:`dated_credit`), nor a paragraph of prose whose last
    sentence names credits after a sentence of narration
    (:func:`~veille.extract.notice_stance.credits_after_narration`, as :func:`block_shape`
    reads it: "… (30 words). Les photos sont © AFP et © La Rep'.")."""
    return (len(text) < 400 and not is_copyright(text) and bool(_CREDIT.search(text))
            and not initials_signature(text) and not dated_credit(text)
            and not newsroom_agency(text)  # "Redacción / EFE": a byline (h-copies67)
            and not (block_shape(text).prose and credits_after_narration(text)))


#: A separator before a credit at a line's end: a bar, a slash, a middle dot or a dash.
_CREDIT_SEPARATOR = lazy_compile(r"\s[|/·•–—-]\s")


def dated_credit(text: str) -> bool:
    """Whether ``text`` is a date line closed by its article's credit after a separator
    ("Publié le 1 déc. 2026 à 16:20 | AFP", "Updated 4 November 2026, 6:45 p.m. | AP",
    "Publié le 05/12/2026 à 06:50 / AFP"): what precedes the last separator is a date line
    (:func:`is_dateline`). Such a line has the shape of a photo credit (a credit in
    capitals after a bar, a trailing "X / AGENCY") but is the article's date, never a
    caption (t-final36 A1: the line was dropped as a credit and the article lost its date)."""
    starts = [found.start() for found in _CREDIT_SEPARATOR.finditer(text)]
    if not starts or starts[-1] == 0:
        return False
    return is_dateline(text[:starts[-1]].strip())


def is_byline(text: str) -> bool:
    """"Par Marie Dupont", "By John Smith, Reuters", "Le Monde avec AFP", "Julie Marceau
    (Accéder à la page de l'auteur)" (:func:`~veille.extract.chrome_lines.author_page_byline`);
    lynx's link numbers and Markdown's marks around the name do not count
    (:func:`~veille.extract.bylines.unmarked`: "Par [11]X", "Par **X**")."""
    text = unmarked(text)
    n = word_count(text)
    if n > 16 or ends_sentence(text.rstrip(". ")):
        return False
    if initials_signature(text):
        return True
    if names_after_formula(text) or opinion_byline(text):
        return True
    if author_page_byline(text) or credit_line(text):
        return True
    if _plain_byline(text) or newsroom_line(text):
        return True
    if n > 8:
        return False
    tokens = words(text)
    return (bool(tokens) and (tokens[-1] in _AGENCIES or tokens[0] in _AGENCIES)
            and bool(_AGENCY_BYLINE.match(text.strip())))


_DIGIT = lazy_compile(r"\d")


def is_dateline(text: str) -> bool:
    """A block that is mostly a date (and maybe a few words around it). A zone
    abbreviation after a time ("16 h 05 HNE") is part of the time, not a word
    (:func:`~veille.extract.chrome_lines.zone_words`)."""
    n = word_count(text)
    if n > 20 and n - zone_words(text) > 20:
        return False
    if _DIGIT.search(text) and date_coverage(text) >= 0.3:
        return True
    # "Publié hier à 18h30, mis à jour il y a 2 heures": a dateline cue, then a relative
    # date or a clock time, in a block that is not a sentence of prose.
    return bool(_DATE_CUE.match(text.lstrip())) and (
        (n <= 14 and bool(_RELATIVE_DATE.search(text)) and not is_prose(text))
        or (n <= _DAY_MONTH_DATELINE_WORDS and _cued_date(text)))


_NAME_THEN_DATE = lazy_compile(r"^(?:[A-ZÀ-Ý][\w'’.-]*\s){1,3}[A-ZÀ-Ý][\w'’.-]+\s[-–—|·•]\s(.+)$")
#: The date after a name and a dash (its weekday aside) covers this share of its part of
#: the line, at least ("élu le 4 mars 2026" is no date line).
NAME_THEN_DATE_COVERAGE = 0.8
_OPENING_WEEKDAY = lazy_compile(r"^[^\W\d_]{3,13},?\s+(?=\d)")


def _name_then_date(text: str) -> bool:
    """Whether ``text`` is two to four capitalised words, a spaced dash or bar, then a
    date ("Mathilde Aubanel - Mercredi 4 mars 2026": Le Courrier du Gard's byline): a
    dateline whose date covers under 0.3 of the line once the name is long (t-final63
    #11: kept as a paragraph, the author and the date lost); the names are read by
    :func:`~veille.extract.bare_byline.byline_before_date`."""
    match = _NAME_THEN_DATE.match(text)
    return match is not None and date_coverage(
        _OPENING_WEEKDAY.sub("", match.group(1))) >= NAME_THEN_DATE_COVERAGE


def _cued_date(text: str) -> bool:
    """Whether a short line opening on a publication word (:data:`_DATE_CUE`) prints a
    day and a month name ("Published on 9 March 2026 by the newsroom") or a whole date in
    figures ("Article publié le 14/02/2026 par Service communication", "Veröffentlicht am
    12.03.2026 von Redaktion"): a dateline, although the date covers under 0.3 of it
    once a desk's name follows (t-final63 #7: such a footer was dropped as furniture and
    the capture undated)."""
    return day_and_month(text) or date_coverage(text) > 0


def is_label(text: str) -> bool:
    """A short heading-like label with no sentence in it ("Dernières Infos", "Lire aussi :")."""
    n = word_count(text)
    return n <= 4 and not ends_sentence(text)


_ENUMERATION = lazy_compile(r"(?:^|\s)(\d{1,2})[.)]\s")


def _may_number_three(text: str) -> bool:
    """A necessary condition, for an ASCII ``text``, that :data:`_ENUMERATION` finds the
    items 1, 2 and 3: each number's last digit is followed by "." or ")" ("1." or "01.").
    Three substring tests in C against a pattern tried at every position of every block
    holding a digit (issue 13: 2.6 % of a capture's extraction). Not for other texts:
    ``\\d`` matches other scripts' digits ("١." is item 1)."""
    return (("1." in text or "1)" in text) and ("2." in text or "2)" in text)
            and ("3." in text or "3)" in text))


def is_numbered_list(text: str) -> bool:
    """A numbered list run together on one line ("Most read 1. A 2. B 3. C"), as a flat
    capture prints a list: three or more items numbered 1, 2, 3..., each of a few words."""
    if text.isascii() and not _may_number_three(text):
        return False
    numbers = [int(m.group(1)) for m in _ENUMERATION.finditer(text)]
    if len(numbers) < 3 or numbers[:3] != [1, 2, 3]:
        return False
    run = 1
    while run < len(numbers) and numbers[run] == run + 1:
        run += 1
    return run >= 3 and word_count(text) <= 20 * run


def is_prose(text: str) -> bool:
    """Sentence-shaped text of some length: the stuff article paragraphs are made of."""
    n = word_count(text)
    if n < 6 or letter_ratio(text) < 0.55:
        return False
    if ends_sentence(text):
        # A line ending on an abbreviation's stop ("… jusqu'au 30 janv.") ends no sentence.
        return not abbreviated_line(text)
    return n >= 25 and sentence_count(text) >= 1


def is_short_sentence(text: str) -> bool:
    """A short paragraph that is still a sentence, like a one-line quote."""
    n = word_count(text)
    return 2 <= n < 6 and ends_sentence(text) and letter_ratio(text) >= 0.5


_CUT_END = lazy_compile(r"(?:\.{3}|…)\s*$")
_DIGITS = lazy_compile(r"\d+")


def title_score(text: str, *, kind_known: bool = False) -> float:
    """How much a block looks like a headline; 0 when it cannot be one. ``kind_known``: the
    caller already knows the block is no byline, dateline or credit (skips those tests)."""
    n = word_count(text)
    if n < 2 or n > 30 or len(text) > 250:
        return 0.0
    cut = bool(_CUT_END.search(text))
    if cut and n > 15:  # a teaser cut at a length, not a headline that trails off
        return 0.0
    # A number counts as one character: a headline may end in a long one ("Communiqué
    # sans date 1796225600989930200", t-reader19 R9), a line of figures stays out.
    if letter_ratio(_DIGITS.sub("0", text) if _DIGIT.search(text) else text) < 0.5:
        return 0.0
    if not kind_known and (is_byline(text) or is_dateline(text) or is_credit(text)):
        return 0.0
    stripped = text.rstrip()
    if stripped.endswith(".") and not stripped.endswith("...") and not abbreviated_line(text):
        if sentence_count(text) > 1 or n > 25:
            return 0.0
        penalty = 0.5
    else:
        penalty = 1.0
    if stripped.endswith(":") or "|" in text or " · " in text:
        return 0.0
    base = min(n, 18) if n >= 4 else n * 0.5
    return base * penalty * (0.6 if cut else 1.0)


# ---------------------------------------------------------------------------------------------
# One pass over a block: every feature the capture extractor asks about, computed once.

_CREDIT_HEAD = lazy_compile(
    r"(?i:photos?|crédits?|credits?|fotos?|bild|image|illustration|infographie|vidéo|video|"
    r"sources?|quellen?|fuentes?|fonte|fonti|bron)\b")
_CREDIT_AGENCIES = lazy_compile(r"getty images|shutterstock|istock", re.IGNORECASE)


def _may_be_credit(text: str) -> bool:
    """A necessary condition for :data:`_CREDIT` to match, from substring tests: each of its
    alternatives needs "©" or "(c)"; a "/" followed by at most four words (and a ")") to
    the end; a "(" and a final ")"; a credit word at the start; a photo agency's name; or
    a bar followed by capitals only. The pattern itself runs only when this holds (most
    blocks hold none of them)."""
    if "©" in text or "(c)" in text or _CREDIT_HEAD.match(text):
        return True
    if "/" in text and len(text.rpartition("/")[2].split()) <= 5:
        return True
    if "(" in text and text.rstrip().endswith(")"):
        return True
    if "|" in text and text.rpartition("|")[2].isupper():
        return True
    # Every name holds "ock" or "getty", and no character but their own capitals matches
    # c, e, g, o, t or y case-insensitively (k also matches the Kelvin sign, which lower()
    # maps to k): the pattern runs only on blocks holding one of them.
    lowered = text.lower()
    return ("ock" in lowered or "getty" in lowered) and bool(_CREDIT_AGENCIES.search(text))


def _may_reserve_rights(text: str) -> bool:
    """A necessary condition for :data:`_RIGHTS_RESERVED` to match, from two substring tests
    on the lower-cased text (the pattern is tried at every word start): every formula holds
    "erv" ("reserved", "réservés", "reservados", "riservati") or "rbeh" ("vorbehalten",
    "voorbehouden"), pieces free of "i" and "s", the only letters that match other
    characters case-insensitively ("İ", "ı", "ſ") whose lower case is not theirs."""
    lowered = text.lower()
    return "erv" in lowered or "rbeh" in lowered


class BlockShape(NamedTuple):
    """What a plain-text block is, from its shape alone, computed in one pass.

    ``head`` is the kind decided before repetition counts ("notice", "credit", "byline",
    "dateline"; "" when none), ``tail`` the kind it has otherwise ("link", "prose", "short",
    "label" or "other"), ``prose`` whether it is prose (:func:`is_prose`) and ``n_words``
    its word count (:func:`word_count`). The rules and their order are those of the
    predicates above; ``tests/extract/test_block_shape.py`` checks that the two agree.
    """

    head: str
    tail: str
    prose: bool
    n_words: int


def ends_before_credit(text: str) -> bool:
    """Whether ``text`` ends a sentence and then closes with an agency's credit ("Le texte
    sera transmis au Sénat. (avec AFP)", "… au Sénat. — AFP": :func:`~veille.extract.
    trailing_credit.closing_credit`): the sentence is the text's end, the credit its
    signature. A capture's closing paragraph so credited was no "prose" and left the body
    with its credit (t-reader21 R3)."""
    if folded_words().isdisjoint(_WORD.findall(text[-TAIL_CHARS:].lower())):
        return False  # names no agency: no credit (the usual answer, and the cheap one)
    start, found = closing_credit(text)
    if not found or start <= 0:
        return False
    sentence = text[:start].rstrip()
    # a sentence of two words at least: "1. dpa/AFP" is a list's number and a credit, no
    # sentence (a generated block the one-pass shape read as "short", the predicates as a
    # label: tests/extract/test_block_shape.py)
    return bool(_SENTENCE_END.search(sentence)) and len(_WORD.findall(sentence)) >= 2


def quoted_rights(text: str) -> bool:
    """Whether the copyright line or rights formula of ``text`` stands only inside
    quotation marks (:func:`~veille.extract.notice_stance.rights_only_quoted`): a
    sentence of prose so written reports a notice, it is none (t-final52b A5)."""
    return rights_only_quoted(text, _names_rights)


def _names_rights(text: str) -> bool:
    """Whether ``text`` holds a copyright line or a rights-reserved formula (the tests of
    :func:`block_shape`'s notice head, without their length bounds)."""
    return bool(_COPYRIGHT.search(text) or _RIGHTS_RESERVED.search(text)
                or _NO_REDISTRIBUTION.search(text))


def _shape_of(text: str) -> BlockShape:
    # the tokens :func:`words` keeps: the sieve has most often asked a block's word count
    # before its shape (issue 13: the block was read twice)
    tokens = words(text)
    if text.isascii() or not _UNSPACED.search(text):
        n = len(tokens)
    else:
        n = sum(max(1, len(_UNSPACED.findall(t)) // 2) if _UNSPACED.search(t) else 1
                for t in tokens)
    ends = bool(_SENTENCE_END.search(text.rstrip())) or (n >= 3 and ends_before_credit(text))
    if ends and n >= 6 and "." in text[-3:] and abbreviated_line(text):
        # an abbreviation's stop ("… jusqu'au 30 janv."; t-final52 A4): no sentence's end
        ends = False
    letters = letter_ratio(text) if n >= 2 else 0.0
    prose = n >= 6 and letters >= 0.55 and (
        ends or (n >= 25 and bool(_INNER_SENTENCE.search(text))))
    digit = bool(_DIGIT.search(text))
    head = ""
    copyright = _may_be_notice(text, n) and bool(
        (n <= 20 and digit and _COPYRIGHT.search(text)) or (
            n <= RIGHTS_NOTICE_WORDS and _may_reserve_rights(text)
            and _RIGHTS_RESERVED.search(text))) or (n <= RIGHTS_NOTICE_WORDS and forbids_copy(text))
    if copyright and not (prose and quoted_rights(text)):
        head = "notice"
    elif copyright:
        pass  # a sentence quoting a rights line (notice_stance.rights_only_quoted)
    elif (len(text) < 400 and n < 60 and _may_be_credit(text) and _CREDIT.search(text)
          and not initials_signature(text) and not dated_credit(text)
          and not newsroom_agency(text)  # "Redacción / EFE": a byline (h-copies67)
          and not (prose and (sign_inside_sentence(text) or slash_name_in_sentence(text)))
          and not outlet_after_byline(text)):
        head = "credit"
    elif n <= 16 and _byline_shaped(text, n, tokens):
        head = "byline"
    elif (n <= 20 or digit and n - zone_words(text) <= 20) and (
        (digit and date_coverage(text) >= 0.3)
        or (n <= 14 and _DATE_CUE.match(text.lstrip()) and (
            (_RELATIVE_DATE.search(text) and not prose)
            or (n <= _DAY_MONTH_DATELINE_WORDS and digit and _cued_date(text))))
    ):
        head = "dateline"
    elif digit and n <= _DATED_BYLINE_WORDS and (dated_byline(text) or _name_then_date(text)):
        head = "dateline"  # "Samedi 7 février 2026 à 16:30 - Par X, France Bleu …" (t-final59 #1)
    elif not prose or n <= 80:  # a longer paragraph of prose is no notice, whatever it says
        hits = (furniture_hits(text) if _GLUED.search(text) or ":" in text
                or (digit and n <= 8)  # a reading time, "5 min read"
                else _lowered_hits(" ".join(tokens).lower()))
        if hits and (not prose or n <= 12 or hits >= 2) and (
                not prose or paywall_text(text) or stands_as_chrome(text, furniture_hits)):
            head = "notice"
    if digit and is_numbered_list(text):
        tail = "link"
    elif prose:
        tail = "prose"
    elif 2 <= n < 6 and ends and letters >= 0.5:
        tail = "short"
    elif n <= 4 and not ends:
        tail = "label"
    else:
        tail = "other"
    return BlockShape(head, tail, prose, n)


block_shape = short_text_cache(_shape_of)
"""The :class:`BlockShape` of a block (cached for short blocks, which repeat)."""


_STOCK_PHOTOS = lazy_compile(r"(?i:getty|shutterstock|istock|alamy|archives?|photo|foto)")


def outlet_after_byline(text: str) -> bool:
    """Whether ``text`` is a byline formula, names, then the outlet after a bar or a slash
    ("By Jamie Hale | The Oregonian/OregonLive", "By Tom Reyes / Valley Daily Record"): a
    byline, whose "X / Y" tail has a photo credit's shape ("JEAN DUPONT / OUEST-FRANCE")
    but names no photo (t-check66 F7: the line was dropped as a credit, the author lost).
    A line naming a photo or a stock agency stays a credit ("By X / Getty Images")."""
    return (len(text) <= 160 and names_after_formula(text)
            and _STOCK_PHOTOS.search(text) is None)


def _names_a_credit(text: str, tokens: Sequence[str]) -> bool:
    """``bool(credit_line(text))`` for a block and its ``\\w+`` tokens. The gate
    :func:`~veille.extract.bylines.credit_line` opens with (no word of the lower-cased line
    is an agency's) is read from the tokens when the block is ASCII: its lower case has the
    same word runs, lower-cased, and no second scan of the text is needed."""
    if text.isascii() and folded_words().isdisjoint(map(str.lower, tokens)):
        return False
    return bool(credit_line(text))


def _plain_byline(text: str) -> bool:
    """A byline of a shape :func:`~veille.extract.bylines.plain_byline` reads: "By X
    x@…", "Reporter: X", "Ouest-France  X." (t-final33 #8); its marks gate the test."""
    return (("@" in text or ":" in text or "  " in text or " | " in text)
            and bool(plain_byline(text)))


def _byline_shaped(text: str, n: int, tokens: Sequence[str]) -> bool:
    """:func:`is_byline` for a block of ``n`` words (``n`` <= 16) and its tokens."""
    text = unmarked(text)  # "Par [11]X", "Par **X**" (bylines.unmarked)
    if initials_signature(text):
        return True
    byline = bool(names_after_formula(text))
    agency = not byline and n <= 8 and bool(tokens) and (
        tokens[-1] in _AGENCIES or tokens[0] in _AGENCIES)
    linked = not byline and (author_page_byline(text) or _names_a_credit(text, tokens)
                             or _plain_byline(text))
    # an outlet's newsroom signing the article ("Redacción Levante-EMV"; t-final61 #2)
    if not (byline or linked) and n <= NEWSROOM_LINE_WORDS and newsroom_line(text):
        return True
    if not (byline or agency or linked):  # the usual case: the sentence test is not needed
        return False
    if ends_sentence(text.rstrip(". ")):
        return False
    return byline or linked or bool(_AGENCY_BYLINE.match(text.strip()))
