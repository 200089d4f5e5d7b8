"""News agencies: the names a byline, a parenthesised credit or a dateline writes for them.

One table, ``data/news_agencies.tsv``, shipped with veille (nothing is fetched at run
time): the members of the European Alliance of News Agencies (EANA) and of the MINDS
International network, and the main world and regional agencies, each with its written
forms ("Belga", "Agence Belga"; "Keystone-ATS", "ATS", "SDA"; "La Presse Canadienne",
"The Canadian Press"). The file names its sources.

A form that is also a common word, initialism or given name in some language ("TT",
"AA", "MAP", "SANA", "PETRA") is *strict*: matched only as written and only where the
whole credit is that name ("Par TT", "(MAP)"), never at the end of a byline or in a
"Le Monde avec X" line, so a word of the text is no credit. The other forms are matched
without regard to case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from veille.collector import built_once


@dataclass(frozen=True, slots=True)
class Agency:
    """One news agency: ``key`` (a stable id), ``country`` (ISO 3166-1 alpha-2, "-" for
    none), ``networks`` (EANA, MINDS, world), its ``forms`` (any case), ``strict`` forms
    (as written, whole credit only) and web ``hosts`` (the first its name as a source)."""

    key: str
    country: str
    networks: tuple[str, ...]
    forms: tuple[str, ...]
    strict: tuple[str, ...]
    hosts: tuple[str, ...] = ()

    @property
    def source(self) -> str:
        """The agency's one name as an article's source: its first host ("afp.com"), else
        its first form ("Agence QMI")."""
        return (self.hosts or self.forms or self.strict)[0]


def _split(cell: str) -> tuple[str, ...]:
    return tuple(f.strip() for f in cell.split("|") if f.strip() and f.strip() != "-")


@built_once
def agencies() -> tuple[Agency, ...]:
    """The rows of ``veille/extract/data/news_agencies.tsv`` (comments and the header
    skipped). Raises ``ValueError`` on a row without its six columns (a packaging fault)."""
    text = resources.files("veille.extract").joinpath("data/news_agencies.tsv").read_text(
        "utf-8")
    rows: list[Agency] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("key\t"):
            continue
        cells = line.split("\t")
        if len(cells) != 6:
            raise ValueError(f"news_agencies.tsv: {len(cells)} columns in {line!r}, want 6")
        key, country, networks, forms, strict, hosts = cells
        rows.append(Agency(key, country, tuple(networks.split(",")), _split(forms),
                           _split(strict), _split(hosts)))
    return tuple(rows)


@built_once
def _by_name() -> dict[str, Agency]:
    """Every form and strict form, case-folded, to its agency (the first row wins)."""
    named: dict[str, Agency] = {}
    for agency in agencies():
        for form in agency.forms + agency.strict:
            named.setdefault(" ".join(form.casefold().split()), agency)
    return named


def agency_named(name: str, *, any_case: bool = False) -> Agency | None:
    """The agency whose whole name ``name`` is ("AFP", "Agence France-Presse", "新华社"),
    or None. A strict form ("AA", "SPA") counts as written, or in any case with
    ``any_case`` (an identifier such as a URN namespace, ``urn:aa:``, where case means
    nothing); a leading "The" or "l'" is no part of the name."""
    text = " ".join(name.split())
    text = re.sub(r"^(?:[lL]['’]\s*|The\s+)", "", text)
    agency = _by_name().get(text.casefold())
    if agency is None:
        return None
    if any_case or any(text.casefold() == " ".join(f.casefold().split())
                       for f in agency.forms):
        return agency
    return agency if text in agency.strict else None


@built_once
def _by_host() -> dict[str, tuple[int, Agency]]:
    """Every host of the table to its first agency's place in the table, and the agency."""
    owners: dict[str, tuple[int, Agency]] = {}
    for place, agency in enumerate(agencies()):
        for h in agency.hosts:
            owners.setdefault(h, (place, agency))
    return owners


def agency_of_host(host: str) -> Agency | None:
    """The agency owning ``host`` ("www.afp.com", "example.ap.org" are AFP's and AP's:
    a host of the table or a subdomain of one), or None; of two agencies owning it (one a
    parent domain of the other's host), the first in the table. Looks up ``host`` and each
    of its parent domains (the API's search named its hits' outlets with a walk through
    every agency's hosts: ~0.13 ms a source, ~0.9 ms a request, r-search50)."""
    host = host.lower().strip(".")
    owners = _by_host()
    found = [owners[h] for h in _suffixes(host) if h in owners]
    return min(found, key=lambda pair: pair[0])[1] if found else None


def _suffixes(host: str) -> list[str]:
    """``host`` and each domain it is a subdomain of ("a.b.c": "a.b.c", "b.c", "c")."""
    parts = host.split(".")
    return [".".join(parts[i:]) for i in range(len(parts))]


def _alternation(forms: set[str]) -> str:
    """A regex alternation of ``forms``, longest first (so "Keystone-ATS" wins over
    "Keystone"), each escaped; a space in a form matches any run of spaces."""
    ordered = sorted(forms, key=lambda f: (-len(f), f))
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in ordered)


@cache
def names_pattern(*, strict: bool = True) -> str:
    """A regex group matching an agency's name: every form without regard to case, and,
    with ``strict``, the strict forms as written (for use inside a pattern compiled with
    or without ``re.IGNORECASE``: the flags are scoped)."""
    loose = _alternation({f for a in agencies() for f in a.forms})
    if not strict:
        return f"(?i:{loose})"
    exact = _alternation({f for a in agencies() for f in a.strict})
    return f"(?:(?-i:{exact})|(?i:{loose}))"


@built_once
def written_pattern() -> str:
    """A regex group matching the non-strict forms as written ("Belga", "AFP", "Associated
    Press", case-sensitive): for a short line where a lower-case word must not pass for an
    agency ("Ma and Pa" is no "PA" credit)."""
    return f"(?-i:{_alternation({f for a in agencies() for f in a.forms})})"


@built_once
def name_words() -> frozenset[str]:
    """Every word of every non-strict form, as written: a cheap first test before the
    patterns."""
    return frozenset(w for a in agencies() for f in a.forms for w in re.findall(r"\w+", f))


@built_once
def folded_words() -> frozenset[str]:
    """The longest word of every form, strict ones too, in lower case: a line holding
    none of them names no agency (a cheap gate before the patterns; the longest word, so
    that "la" of "La Presse Canadienne" does not open the gate for every French line)."""
    return frozenset(max(re.findall(r"\w+", f.lower()), key=len)
                     for a in agencies() for f in a.forms + a.strict)


#: One-word names that end bylines after the person's name in agency copy ("By John
#: Smith, Reuters"; AP's and dpa's house styles): kept beside the abbreviations.
_TAIL_WORDS = frozenset({"Reuters", "dpa"})


@built_once
def tail_pattern() -> str:
    """A regex group matching an agency's name where it ends a byline after a person's
    name ("By MARIA GONZALEZ Associated Press"): the forms of several words (any case),
    the abbreviations as written ("AFP", "ČTK") and "Reuters"/"dpa". A one-word name
    such as "Bloomberg", "Ritzau" or "Tass" is also a surname: "Par Michael Bloomberg"
    is a person, so a one-word name counts only as the whole credit."""
    forms = {f for a in agencies() for f in a.forms}
    several = {f for f in forms if re.search(r"[\s-]", f)}
    written = {f for f in forms - several if f.isupper() or f in _TAIL_WORDS}
    return f"(?:(?i:{_alternation(several)})|(?-i:{_alternation(written)}))"
