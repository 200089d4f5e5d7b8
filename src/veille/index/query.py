"""veille's query language: one parser for the CLI, the API and the web UI.

The language is documented in ``docs/search.md``. The parser never raises on user input:
a malformed query gets a best-effort reading plus a warning that says what was assumed
(an unbalanced quote closed at the end, an unknown field searched as words). Its work is
bounded: the query is cut at :data:`MAX_QUERY_CHARS`, at most :data:`MAX_TERMS` terms are
kept and parentheses nest at most :data:`MAX_DEPTH` deep, so no input can make it, or the
index behind it, hang.

The result is a small tree (:data:`Node`) that index backends compile to their own
queries; it knows nothing about tantivy.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Literal

from veille.index.analysis import grouped_numbers, without_elisions
from veille.language_codes import canonical_language

MAX_QUERY_CHARS = 1000
MAX_QUERY_INPUT_CHARS = 10_000
"""The longest query a caller may hand over (the API's ``q``, a saved search): ten times
what is searched, so that a pasted query is cut with a warning rather than refused, while
the input stays bounded (docs/search.md, "Malformed queries")."""
MAX_TERMS = 32
MAX_DEPTH = 8
MIN_PREFIX = 3
"""Shorter prefixes expand to too many terms to search fast on a large index."""

TextField = Literal["title"]
FilterField = Literal["source", "lang", "entity", "place", "author"]

FIELD_ALIASES = {
    "title": "title", "titre": "title",
    "source": "source", "site": "source",
    "lang": "lang", "langue": "lang", "language": "lang",
    "date": "date", "after": "after", "apres": "after", "après": "after", "since": "after",
    "before": "before", "avant": "before",
    "entity": "entity", "entité": "entity", "entite": "entity",
    "place": "place", "lieu": "place",
    "author": "author", "auteur": "author", "autrice": "author",
}
FIELD_NAMES = "title, source, lang, date, after, before, entity, place, author"
"""The fields, as the warning about an unknown one lists them."""
TIME_OF_DAY = re.compile(r"(?<![\w.,])([01]?\d|2[0-3]) ?h ?([0-5]\d)?(?!\w)")
"""A time of day as typed: ``2 h 30``, ``2h30``, ``14 h``, ``14h`` (Imprimerie nationale,
*Lexique des règles typographiques*, « Heure »: ``14 h 30``; the press also writes ``14h30``)."""
OPEN_QUOTES = {'"': '"', "“": "”", "«": "»", "„": "“"}


@dataclass(frozen=True, slots=True)
class Word:
    """A word (or a hyphenated/elided form like ``anti-jihadistes``, ``d’Etat``)."""

    text: str
    field: TextField | None = None
    prefix: bool = False


@dataclass(frozen=True, slots=True)
class Phrase:
    """Words that must appear in this order, next to each other."""

    text: str
    field: TextField | None = None


@dataclass(frozen=True, slots=True)
class Filter:
    """An exact-value filter on the source, the language, an entity, a place or an author
    (no effect on ranking); an entity or place is named by its id, its name or an alias, an
    author by some words of one name (:mod:`veille.index.authors`)."""

    field: FilterField
    value: str


@dataclass(frozen=True, slots=True)
class DateRange:
    """Publication date in ``[start, end)`` (UTC); either side may be open."""

    start: datetime | None
    end: datetime | None


@dataclass(frozen=True, slots=True)
class And:
    items: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Or:
    items: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Not:
    item: Node


@dataclass(frozen=True, slots=True)
class MatchAll:
    """The empty query: every article."""


Node = Word | Phrase | Filter | DateRange | And | Or | Not | MatchAll

_NEVER = datetime(1, 1, 1, tzinfo=UTC)
NO_DATE = DateRange(_NEVER, _NEVER)
"""An empty date range, which matches nothing: what a date filter that cannot be read
stands for (with a warning), so that the query it is in returns nothing."""


@dataclass(slots=True)
class ParsedQuery:
    node: Node
    warnings: list[str] = field(default_factory=list)


# --- lexing -------------------------------------------------------------------------

TokKind = Literal["word", "phrase", "lparen", "rparen", "or", "and", "not", "neg", "field"]


@dataclass(frozen=True, slots=True)
class _Tok:
    kind: TokKind
    text: str = ""


_FIELD_RE = re.compile(r"^([^\W\d_]+):(.*)$", re.DOTALL)


def cut(text: str, warnings: list[str]) -> str:
    """``text`` cut to its first :data:`MAX_QUERY_CHARS` characters, the cut said in
    ``warnings``: search and saved searches cut the same way, with the same words."""
    if len(text) > MAX_QUERY_CHARS:
        warnings.append(f"query cut to its first {MAX_QUERY_CHARS} characters")
        return text[:MAX_QUERY_CHARS]
    return text


def clean(text: str, warnings: list[str]) -> str:
    """Cut to :data:`MAX_QUERY_CHARS` and replace control characters by spaces."""
    text = cut(text, warnings)
    out: list[str] = []
    dropped = False
    for char in text:
        category = unicodedata.category(char)
        if char in "\t\n\r":
            out.append(" ")
        elif category in ("Cc", "Cf", "Cs", "Co", "Cn"):
            dropped = True
            out.append(" ")
        else:
            out.append(char)
    if dropped:
        warnings.append("control characters were ignored")
    return "".join(out)


def _lex(text: str, warnings: list[str]) -> list[_Tok]:
    toks: list[_Tok] = []
    i, n = 0, len(text)
    # The spaces inside a number written in digit groups ("10 000") do not end a word: the
    # number is one word, searched as its groups or joined (analysis.grouped_numbers).
    glued = {at for start, end, _joined in grouped_numbers(text)
             for at in range(start, end) if text[at].isspace()}
    # Nor do those of a time of day ("2 h 30"), one word with two spellings
    # (veille.index.variants.time_spellings).
    glued |= {at for match in TIME_OF_DAY.finditer(text)
              for at in range(match.start(), match.end()) if text[at] == " "}
    while i < n:
        char = text[i]
        if char.isspace():
            i += 1
        elif char in "()":
            toks.append(_Tok("lparen" if char == "(" else "rparen"))
            i += 1
        elif char in OPEN_QUOTES:
            phrase, i = _quoted(text, i, warnings)
            toks.append(_Tok("phrase", phrase))
        elif char == "-" and i + 1 < n and not text[i + 1].isspace() and text[i + 1] != "-":
            toks.append(_Tok("neg"))
            i += 1
        else:
            j = i
            while j < n and (not text[j].isspace() or j in glued) and text[j] not in '()"“«':
                j += 1
            toks.extend(_word_tokens(text[i:j], warnings))
            i = j
    return toks


ESCAPE = "\\"
"""Inside quotes, a backslash makes the next character literal: ``\\"`` is a double
quote that does not close the phrase, ``\\\\`` a backslash (``source:"Le \\"Petit\\"
Journal"``; docs/search.md). A backslash before any other character is itself."""


def _quoted(text: str, start: int, warnings: list[str]) -> tuple[str, int]:
    """The phrase opened by the quote at ``text[start]`` and the index after its closing
    quote, with :data:`ESCAPE` sequences read (``\\"`` and ``\\\\``, or a backslash
    before the closing quote of another kind). An unclosed phrase ends at the end of
    ``text``, with a warning."""
    closing = OPEN_QUOTES[text[start]]
    out: list[str] = []
    i, n = start + 1, len(text)
    while i < n:
        char = text[i]
        if char == ESCAPE and i + 1 < n and text[i + 1] in (closing, '"', ESCAPE):
            out.append(text[i + 1])
            i += 2
        elif char == closing:
            return "".join(out), i + 1
        else:
            out.append(char)
            i += 1
    warnings.append("unbalanced quote: the phrase was closed at the end")
    return "".join(out), n


def quote_value(value: str) -> str:
    """``value`` between double quotes, its backslashes and double quotes escaped
    (:data:`ESCAPE`): the one way to write any value as a phrase, read back whole by the
    parser (``Le "Petit" Journal`` -> ``"Le \\"Petit\\" Journal"``)."""
    return '"' + value.replace(ESCAPE, ESCAPE * 2).replace('"', ESCAPE + '"') + '"'


def _word_tokens(raw: str, warnings: list[str]) -> list[_Tok]:
    if raw in ("OR", "|"):
        return [_Tok("or")]
    if raw == "AND":
        return [_Tok("and")]
    if raw == "NOT":
        return [_Tok("not")]
    match = _FIELD_RE.match(raw)
    if match:
        name = FIELD_ALIASES.get(match.group(1).lower())
        if name is None:
            warnings.append(f"unknown field {match.group(1)!r}: searched as words "
                            f"(fields: {FIELD_NAMES})")
            return [_Tok("word", raw)]
        rest = match.group(2)
        return [_Tok("field", name)] + ([_Tok("word", rest)] if rest else [])
    return [_Tok("word", raw)]


# --- parsing --------------------------------------------------------------------------


#: How a warning about a part of the query that now matches nothing ends (an unreadable
#: date): only such a warning can be why a query finds nothing (:func:`empties_query`).
NOTHING_MATCHES = "nothing matches it"


#: How a warning about a filter that matches no article at all reads, as the warnings
#: are written with these marks (:func:`veille.search.filter_hint.unknown_filter_warnings`,
#: :func:`veille.search.source_hint.unknown_source_warnings`: ``place:Atlantide``,
#: ``source:"Le Figaro"`` in a store without it, ``entity:Zorglub``, ``lang:xx``), before
#: any "did you mean": such a filter is as decisive as an unreadable date (t-final30 F9).
NO_ENTITY = ": no entity of that name"
NO_PLACE = ": no place of that name"
NO_PLACE_STORED = ": no stored article names this place"
NO_SOURCE = ": no article from a source or site of that name"
NO_ARTICLE_IN_LANGUAGE = ": no article in that language"
NOT_A_LANGUAGE = ": not a language code"
NO_MATCH_MARKS = (NO_ENTITY, NO_PLACE, NO_PLACE_STORED, NO_SOURCE, NO_ARTICLE_IN_LANGUAGE,
                  NOT_A_LANGUAGE)


def empties_query(warnings: list[str]) -> list[str]:
    """The ``warnings`` that make part of the query match nothing: an unreadable date
    (``date:2026-13-01``, ending in :data:`NOTHING_MATCHES`) or a filter no article
    matches (:data:`NO_MATCH_MARKS`). An export that finds nothing because of them is
    refused (``veille export`` exits 1, the web answers 400), where one whose warnings
    only dropped an operator or control characters found nothing on its own terms."""
    return [w for w in warnings
            if w.endswith(NOTHING_MATCHES) or any(m in w for m in NO_MATCH_MARKS)]


class _Parser:
    """Recursive descent: ``and := or (AND? or)*``, ``or := unary (OR unary)*``.

    OR binds tighter than the implicit AND, as in web search engines: ``iran OR irak
    sanctions`` is ``(iran OR irak) AND sanctions``.
    """

    def __init__(self, toks: list[_Tok], warnings: list[str]) -> None:
        self.toks = toks
        self.pos = 0
        self.warnings = warnings
        self.terms = 0
        self.depth = 0

    def peek(self) -> _Tok | None:
        return self.toks[self.pos] if self.pos < len(self.toks) else None

    def take(self) -> _Tok:
        tok = self.toks[self.pos]
        self.pos += 1
        return tok

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def parse(self) -> Node:
        items: list[Node] = []
        while self.peek() is not None:
            before = self.pos
            node = self.and_expr(None)
            if node is not None:
                items.append(node)
            tok = self.peek()
            if tok is not None and tok.kind == "rparen":
                self.take()
                self.warn("unbalanced parenthesis: an extra ')' was ignored")
            elif self.pos == before:
                self.take()
        return _and(items)

    def and_expr(self, field_name: str | None) -> Node | None:
        items: list[Node] = []
        while (tok := self.peek()) is not None and tok.kind != "rparen":
            before = self.pos
            if tok.kind in ("and", "or"):
                self.take()
                if tok.kind == "or":
                    self.warn("OR without a left side was ignored")
                continue
            node = self.or_expr(field_name)
            if node is not None:
                items.append(node)
            if self.pos == before:
                self.take()
        return _and(items) if items else None

    def or_expr(self, field_name: str | None) -> Node | None:
        items: list[Node] = []
        node = self.unary(field_name)
        if node is not None:
            items.append(node)
        while (tok := self.peek()) is not None and tok.kind == "or":
            self.take()
            right = self.unary(field_name)
            if right is None:
                self.warn("OR without a right side was ignored")
            else:
                items.append(right)
        if not items:
            return None
        return items[0] if len(items) == 1 else Or(tuple(items))

    def unary(self, field_name: str | None) -> Node | None:
        tok = self.peek()
        if tok is None:
            return None
        if tok.kind in ("not", "neg"):
            self.take()
            inner = self.unary(field_name)
            if inner is None:
                self.warn("NOT without a term was ignored")
                return None
            return inner.item if isinstance(inner, Not) else Not(inner)
        return self.atom(field_name)

    def atom(self, field_name: str | None) -> Node | None:
        tok = self.peek()
        if tok is None or tok.kind == "rparen":
            return None
        self.take()
        if tok.kind == "lparen":
            return self.group(field_name)
        if tok.kind == "field":
            nxt = self.peek()
            if nxt is None or nxt.kind not in ("word", "phrase", "lparen"):
                self.warn(f"{tok.text}: has no value and was ignored")
                return None
            return self.atom(tok.text)
        if tok.kind in ("word", "phrase"):
            return self.leaf(tok, field_name)
        self.warn(f"misplaced operator {tok.kind.upper()} was ignored")
        return None

    def group(self, field_name: str | None) -> Node | None:
        if self.depth >= MAX_DEPTH:
            self.warn(f"parentheses nested deeper than {MAX_DEPTH} were flattened")
            return None
        self.depth += 1
        node = self.and_expr(field_name)
        self.depth -= 1
        if self.peek() is None:
            self.warn("unbalanced parenthesis: a ')' was added at the end")
        else:
            self.take()
        return node

    def leaf(self, tok: _Tok, field_name: str | None) -> Node | None:
        if self.terms >= MAX_TERMS:
            self.warn(f"only the first {MAX_TERMS} terms were searched")
            return None
        self.terms += 1
        text = tok.text.strip()
        if field_name in ("date", "after", "before"):
            return self.date_leaf(field_name, text)
        if field_name in ("entity", "place"):
            return Filter("entity" if field_name == "entity" else "place", text) \
                if text else None
        if field_name == "author":
            # A value without a word matches nothing (veille.index.authors.query_term),
            # never every article as if the filter were not there.
            return Filter("author", text) if text else None
        if field_name == "source" and tok.kind == "phrase" and not text:
            return Filter("source", "")  # source:"": the articles of no known source
        if field_name in ("source", "lang"):
            value = _source_host(text) if field_name == "source" else \
                canonical_language(re.split(r"[-_]", text.lower(), maxsplit=1)[0])
            if not value:
                self.warn(f"{field_name}: has no value and was ignored")
                return None
            return Filter("source" if field_name == "source" else "lang", value)
        title: TextField | None = "title" if field_name == "title" else None
        # An elided article is no part of the word searched, in any language: "l'alluvione"
        # finds what "alluvione" finds (h-api65, t-final64 #8; analysis.without_elisions).
        text = without_elisions(text)
        if tok.kind == "phrase":
            from veille.index.analysis import ampersand_word

            if ampersand_word(text):  # "AT&T" quoted is the word AT&T (verify17 Y5)
                return Word(text.strip(), title)
            return Phrase(text, title) if _has_word(text) else None
        prefix = text.endswith("*")
        core = text.rstrip("*")
        if not _has_word(core):
            return None
        if prefix and len(_alnum(core)) < MIN_PREFIX:
            self.warn(f"{text}: a prefix needs at least {MIN_PREFIX} letters; searched as a word")
            prefix = False
        return Word(core, title, prefix)

    def date_leaf(self, name: str, text: str) -> Node:
        """A date filter; one that cannot be read matches nothing (with a warning saying
        what to write), never everything: a saved search, a feed or an export built on a
        typo must not return the whole corpus (newuser7 P13 b)."""
        if name == "date" and ".." in text:
            lo_text, _, hi_text = text.partition("..")
            lo = _period(lo_text) if lo_text else None
            hi = _period(hi_text) if hi_text else None
            if (lo_text and lo is None) or (hi_text and hi is None) or (lo is None and hi is None):
                self.warn(f"date:{text}: not a date range like 2019-01-01..2019-02-01 "
                          "(or 01/01/2019..01/02/2019); " + NOTHING_MATCHES)
                return NO_DATE
            if lo and hi and hi[1] <= lo[0]:
                self.warn(f"date:{text}: the range ends before it starts; read as "
                          f"date:{hi_text}..{lo_text}")
                lo, hi = hi, lo
            return DateRange(lo[0] if lo else None, hi[1] if hi else None)
        period = _period(text)
        if period is None:
            self.warn(f"{name}:{text}: not a date (2019-01-15, 15/01/2019, 15.01.2019, "
                      "2019-01 or 2019); " + NOTHING_MATCHES)
            return NO_DATE
        if name == "after":
            return DateRange(period[0], None)
        if name == "before":
            return DateRange(None, period[0])
        return DateRange(period[0], period[1])


#: A pasted URL or web address (``https://…``, ``//…``, ``www.lemonde.fr/politique/``),
#: not a source name that happens to hold a slash ("Var Matin & <i>Nice</i>", "20/20").
_ADDRESS = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|//|[a-z0-9-]+(?:\.[a-z0-9-]+)+/)")


def field_clause(name: str, value: str) -> str:
    """The query-language clause filtering ``name`` (``source``, ``lang``...) on
    ``value``: bare when the value is one plain token (``source:lemonde.fr``), quoted
    otherwise (``source:"Var Matin"``; a double quote or backslash inside is escaped,
    :func:`quote_value`), so that a facet link filters on what it shows (newuser10 S10:
    an unquoted name with a space found nothing; verify10: a name holding a double quote
    could not be written)."""
    if re.fullmatch(r"[\w.:-]+", value):
        return f"{name}:{value}"
    return f"{name}:{quote_value(value)}"


def _source_host(text: str) -> str:
    """A ``source:`` value as a source is named: a pasted URL or address
    (``https://www.lemonde.fr/politique/``, ``www.lemonde.fr/politique/``) is its host
    without a leading ``www.``, as :func:`veille.record.source_from_url` names sources; any
    other value is the name itself, lower-cased (a name may hold spaces and slashes)."""
    from urllib.parse import urlsplit

    value = text.lower()
    if _ADDRESS.match(value):
        try:
            value = urlsplit(value if "://" in value else "//" + value.lstrip("/")).hostname \
                or value
        except ValueError:
            return value
    return value.removeprefix("www.")


def _alnum(text: str) -> str:
    return "".join(c for c in text if c.isalnum())


def _has_word(text: str) -> bool:
    return any(c.isalnum() for c in text)


_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")
_DAY_FIRST_RE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?$")
_MONTH_YEAR_RE = re.compile(r"^(\d{1,2})[/.-](\d{4})$")


#: The days a query may name by a word, in French and English, as days from today
#: (t-final51 B4: ``after:hier``, ``date:aujourd'hui`` were refused). Keys are folded by
#: :func:`_day_word`: lower case, no accents, any apostrophe or dash dropped.
RELATIVE_DAYS = {"aujourdhui": 0, "today": 0, "hier": -1, "yesterday": -1,
                 "avanthier": -2, "demain": 1, "tomorrow": 1, "apresdemain": 2}


def _day_word(text: str) -> str:
    """``text`` folded as :data:`RELATIVE_DAYS`' keys ("Aujourd’hui" → "aujourdhui")."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text.lower())
                    if not unicodedata.combining(c))
    return "".join(c for c in plain if c.isalnum())


def user_today() -> date:
    """Today in the user's zone: the process's local zone (``TZ``, else the system's),
    where a word as ``hier`` is resolved (:data:`RELATIVE_DAYS`)."""
    return datetime.now().astimezone().date()


def _period(text: str, today: date | None = None) -> tuple[datetime, datetime] | None:
    """[start, end) of the year, month or day ``text`` names: ISO 8601's ``2019``,
    ``2019-01``, ``2019-01-05``, and the day-first numeric dates of French (and most of
    Europe): ``05/01/2019``, ``05.01.2019``, ``05-01-2019``, ``01/2019`` (a month), and
    ``05/01`` without a year: the last 5 January up to ``today`` (UTC by default), as a
    news search looks back; a day named by a word of :data:`RELATIVE_DAYS` (``hier``,
    ``aujourd'hui``, ``demain``, ``yesterday``, ``today``, ``tomorrow``), counted from
    ``today`` (by default :func:`user_today`). None when it is none of these or no such
    day exists."""
    text = text.strip()
    year: int | None
    month: int | None
    day: int | None
    shift = RELATIVE_DAYS.get(_day_word(text)) if len(text) <= 16 else None
    if shift is not None:
        named = (today or user_today()) + timedelta(days=shift)
        year, month, day = named.year, named.month, named.day
    elif match := _DATE_RE.match(text):
        year, month, day = (int(g) if g else None for g in match.groups())
    elif match := _MONTH_YEAR_RE.match(text):
        year, month, day = int(match.group(2)), int(match.group(1)), None
    elif match := _DAY_FIRST_RE.match(text):
        day, month = int(match.group(1)), int(match.group(2))
        year = int(match.group(3)) if match.group(3) else _last_year_with(
            month, day, today or datetime.now(UTC).date())
        if year is None:
            return None
    else:
        return None
    if year is None:
        return None
    try:
        if month is None:
            start, end = date(year, 1, 1), date(year + 1, 1, 1)
        elif day is None:
            start = date(year, month, 1)
            end = date(year + (month == 12), month % 12 + 1, 1)
        else:
            start = date(year, month, day)
            end = start + timedelta(days=1)
    except (ValueError, OverflowError):
        return None
    return (datetime(start.year, start.month, start.day, tzinfo=UTC),
            datetime(end.year, end.month, end.day, tzinfo=UTC))


def _last_year_with(month: int, day: int, today: date) -> int | None:
    """The year of the last ``day``/``month`` on or before ``today`` (29 February: the
    last leap year's), or None when there is no such day."""
    for year in range(today.year, today.year - 8, -1):
        try:
            if date(year, month, day) <= today:
                return year
        except ValueError:
            continue
    return None


def _and(items: list[Node]) -> Node:
    flat: list[Node] = []
    for item in items:
        flat.extend(item.items if isinstance(item, And) else (item,))
    if not flat:
        return MatchAll()
    return flat[0] if len(flat) == 1 else And(tuple(flat))


def parse_query(text: str) -> ParsedQuery:
    """Read a query; never raises, and says in ``warnings`` what it had to assume."""
    warnings: list[str] = []
    # The form the stored text is in (Unicode NFC: veille.extract.stage.composed): a
    # query typed or pasted decomposed finds the words (verify17 Y8).
    toks = _lex(clean(unicodedata.normalize("NFC", text), warnings), warnings)
    node = _Parser(toks, warnings).parse()
    if isinstance(node, Not):
        node = And((MatchAll(), node))
    warnings.extend(_exclusive_dates(node))
    return ParsedQuery(node, warnings)


def _exclusive_dates(node: Node) -> list[str]:
    """A warning when the date filters ``node`` requires together leave no day
    (``after:2026-12-10 before:2026-11-01``: each is read, and the two exclude each other;
    f-cliux32: such a query found nothing without a word); ``[]`` otherwise. Only the
    filters every match must pass are compared (an ``OR`` offers alternatives)."""
    items = node.items if isinstance(node, And) else (node,)
    ranges = [i for i in items if isinstance(i, DateRange) and i != NO_DATE]
    starts = [r.start for r in ranges if r.start is not None]
    ends = [r.end for r in ranges if r.end is not None]
    if not starts or not ends or max(starts) < min(ends):
        return []
    return [f"from {max(starts):%Y-%m-%d} and before {min(ends):%Y-%m-%d}: the date "
            f"filters leave no day between them; {NOTHING_MATCHES}"]


NOTHING_SEARCHABLE = ("nothing searchable in this query: every article is listed, newest "
                      "first")
"""The warning of a query that is not blank but holds nothing to search (symbols, an
emoji, an operator alone): it is read as the empty query, and says so (t-reader19 R7: a
query of ``🙂`` listed the whole store as its "results", silently)."""


def nothing_searchable(query: str, node: Node) -> bool:
    """Whether ``query`` is not blank but reads as no condition at all (``node`` is
    :class:`MatchAll`): every word of it was a symbol or an operator alone."""
    return bool(query.strip()) and isinstance(node, MatchAll)


def match_form(node: Node) -> Node:
    """``node`` with the items of each ``And`` and ``Or`` in one order (their ``repr``'s)
    and each once: a query with the same matches, since both are commutative and
    idempotent, so what depends on the matches alone (their count and facets) is kept once
    for ``macron retraites`` and ``retraites macron``. Not a ranking's key: a sum of scores
    taken in another order can differ in its last bit."""
    if isinstance(node, And | Or):
        forms = {repr(form): form for form in map(match_form, node.items)}
        return type(node)(tuple(forms[key] for key in sorted(forms)))
    if isinstance(node, Not):
        return Not(match_form(node.item))
    return node


def positive_terms(node: Node) -> list[Word | Phrase]:
    """The words and phrases a result is expected to contain (for highlighting)."""
    if isinstance(node, Word | Phrase):
        return [node]
    if isinstance(node, And | Or):
        return [t for item in node.items for t in positive_terms(item)]
    return []


ANALYSED = ("fr", "en", "de", "es", "it", "pt", "ru", "any")
"""A language of each analysed chain (:data:`veille.index.analysis.LANGUAGES`), as
``analyze`` takes them."""


def common_words_only(node: Node, analyze: Callable[[str, str], list[str]]) -> bool:
    """Whether ``node`` is made of words and phrases only, each of them with no term in
    any analysed language (:data:`ANALYSED`): function words in every language's analysis,
    or words too long to be indexed (:func:`too_long_words`), so that it matches nothing
    it could count; a filter (``date:``, ``source:``...) makes it a query.
    ``analyze`` is the index's analyser (:meth:`veille.index.base.Index.analyze`). Search
    answers such a query with nothing and a warning; alerts never match it, and a saved
    search refuses it (:func:`veille.monitor.saved.prepare`). A word that is a function
    word in one language only ("sur" in French, a content word in Spanish: newuser12c W22)
    is searched in the others (:func:`common_in`)."""
    if isinstance(node, Word | Phrase):
        return all(not analyze(node.text, lang) for lang in ANALYSED)
    if isinstance(node, And | Or):
        return all(common_words_only(item, analyze) for item in node.items)
    return False


def function_words_only(node: Node, analyze: Callable[[str, str], list[str]]) -> bool:
    """Whether ``node`` is made of words and phrases only, each of them only function words
    in French or in English ("le", "de la", "jusqu'à", "the"): search reads such a query in
    the articles of other languages alone (:func:`common_in`), but saved, it would alert on
    any of those that holds the word, noise to whoever wrote it; a saved search refuses it
    (:func:`veille.monitor.saved.check_query`, newuser4 N19). A filter makes it a query."""
    if isinstance(node, Word | Phrase):
        return any(not analyze(node.text, lang) for lang in ("fr", "en"))
    if isinstance(node, And | Or):
        return all(function_words_only(item, analyze) for item in node.items)
    return False


def common_in(node: Node, analyze: Callable[[str, str], list[str]]) -> list[tuple[str, str]]:
    """``(word, language)`` for each word of ``node`` that is a function word in the
    analysis of ``language`` (``fr``, ``en``) and not in another: it is searched in the
    articles of the other languages only (the warning of a search that finds nothing)."""
    out: list[tuple[str, str]] = []
    for term in positive_terms(node):
        if not (isinstance(term, Word) and term.prefix):
            common = [lang for lang in ANALYSED if not analyze(term.text, lang)]
            if common and len(common) < len(ANALYSED):
                out.extend((term.text, lang) for lang in common)
    return out


def too_long_words(node: Node) -> list[str]:
    """The words of ``node`` longer than the analyzers keep
    (:data:`veille.index.analysis.MAX_TOKEN_BYTES`): not common, but not indexed."""
    from veille.index.analysis import WORD_RE, kept

    return [word for term in positive_terms(node) for word in WORD_RE.findall(term.text)
            if not kept(word)]
