"""Picking one value per metadata field from the candidates, by the written rules.

The rules (docs/html-extraction.md has the table): the first candidate in the order of
trust wins, with three corrections learnt from real pages:

- **title**: a metadata title that is the ``<h1>`` plus a site suffix ("Titre - Le
  Monde") gives way to the ``<h1>``; the ``<title>`` tag loses its site suffix;
- **dates** are chosen by :mod:`veille.extract.html.dating`;
- **authors**: URLs and the site's own name are not people; a byline is split into names.

Every winner records its source in ``evidence``.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from veille.collect.netguard import AddressPolicy
from veille.collect.sites import same_host, same_site
from veille.collect.urls import safe_url
from veille.extract.bare_byline import author_roles, byline_before_date
from veille.extract.bylines import (
    byline_after_date,
    byline_part,
    is_publication,
    json_ld_roles,
    organisation_credits,
    people_and_credits,
    site_keys,
    split_byline,
    whole_name,
)
from veille.extract.furniture_title import UNFOUNDED
from veille.extract.html.jsonld import resolve
from veille.extract.html.sources import HEADLINE_PLACE, Candidates
from veille.extract.html.title_suffix import without_capital_suffix
from veille.extract.textshape import ends_sentence, fold, is_byline
from veille.language_codes import canonical_language
from veille.record import source_from_url

_SEPARATORS = re.compile(r"\s+[|\-–—:·•»]\s+")
#: Separators between a headline and a site's name in ``<title>`` (not the colon, which
#: headlines use: "Budget : le Parlement adopte ...").
_SITE_SEPARATORS = re.compile(r"\s+[|\-–—·•»]\s+")
#: An ``<h1>`` this many words long is a headline (shorter: a section's or site's label).
HEADLINE_WORDS = 3
#: What ends the byline part of a meta line ("By John Smith | Posted on March 8").
_META_SPLIT = re.compile(r"\s*[|•·]\s*")
#: A byline after the date of a meta line: "… à 10:15 par Samir Benali", "… - Par X".
#: Where the byline part of a meta line ends without a separator: the label of its dates
#: ("Par Belga Publié le 30/11/2026 à 18h30, mis à jour le ..."; the date words of
#: :mod:`veille.extract.dates`).
_DATE_LABEL = re.compile(
    r"\s+(?=(?i:publiée?|publie|paru|mis\s+(?:à\s+jour|en\s+ligne)|modifiée?|actualisée?|"
    r"published|posted|updated|first\s+published|last\s+updated|veröffentlicht|"
    r"aktualisiert|publicado|actualizado|pubblicato|aggiornato)\b)")
_LANG = re.compile(r"^[a-zA-Z]{2,3}(?=$|[-_])")
#: A host's top-level domain ending a site's name ("Ouest-France.fr", "lesoir.be").
_DOMAIN_SUFFIX = re.compile(r"\.(?:[a-z]{2}|com|net|org|info)$")


@dataclass(slots=True)
class Metadata:
    """The chosen values, and for each the source it came from."""

    title: str = ""
    authors: list[str] = field(default_factory=list)
    site_name: str = ""
    section: str = ""
    description: str = ""
    image: str = ""
    published: datetime | None = None
    modified: datetime | None = None
    language: str = ""
    url: str = ""
    evidence: dict[str, str] = field(default_factory=dict)


def first(found: Candidates, name: str) -> tuple[str, str]:
    """(value, source) of the most trusted candidate, or ("", "")."""
    values = found.get(name)
    return (values[0][1], values[0][0]) if values else ("", "")


def _strip_site(title: str, site: str, names: Collection[str] = ()) -> str:
    """The ``<title>`` without the site's name (``site``, or one of the folded ``names``),
    as a suffix ("Titre - Site", "Titre | Site") or a prefix ("Site - Titre")."""
    parts = _SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    site_folded = fold(site)

    def is_site(part: str) -> bool:
        folded = fold(part)
        bare = _DOMAIN_SUFFIX.sub("", folded)  # "Capital.fr" is the site "capital"
        return bool(site_folded) and (folded in site_folded or site_folded in folded) or (
            folded in names or folded.replace(" ", "") in names or bare in names)

    if is_site(parts[-1]):
        return title.rsplit(parts[-1], 1)[0].strip(" -|–—:·•»")
    if is_site(parts[0]):
        return title.split(parts[0], 1)[1].strip(" -|–—:·•»")
    return title


def _site_names(found: Candidates, site: str) -> set[str]:
    """Folded names of the site: declared ones, a masthead ``<h1>``
    (:func:`~veille.extract.html.sources.is_masthead_heading`), and the short side of the
    ``<title>`` tag ("Headline - Le Petit Quotidien") when another candidate repeats it alone (an
    ``og:title`` set to the site's name, a logo ``<h1>``)."""
    names = {fold(site)} if site else set()
    names.update(fold(v) for _, v in found.get("site_name", []))
    # the site's name set as a masthead <h1> (a logo linking home: t-final31 F3)
    names.update(fold(v) for _, v in found.get("site_masthead", []))
    alone = {fold(v) for s, v in found.get("title", []) if s != "title tag"}
    alone.update(fold(v) for _, v in found.get("h1", []))
    for source, value in found.get("title", []):
        if source != "title tag":
            continue
        parts = _SITE_SEPARATORS.split(value)
        if len(parts) >= 2:
            longest = max(parts, key=len)
            names.update(fold(p) for p in parts
                         if p is not longest and len(p) < len(longest) and fold(p) in alone)
    names.discard("")
    return names


_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+")
"""Runs of the scripts written without spaces between words: kana, CJK ideographs, hangul."""


def word_count(text: str) -> int:
    """Words in ``text``: the space-separated ones, a run of kana or CJK ideographs counted
    as one word per two characters (the mean length of a Chinese or Japanese word is close
    to two characters); a Japanese headline ("東北地方で震度5強の地震　津波の心配なし") is
    one "word" to ``str.split`` (newuser12 W9)."""
    unspaced = sum(len(run) for run in _UNSPACED.findall(text))
    spaced = len(_UNSPACED.sub(" ", text).split())
    return spaced + unspaced // 2


def _host_names(url: str | None) -> set[str]:
    """The site's name as its host spells it: "www.lequotidien.fr" gives "lequotidien"
    (compared with the spaces of a title part removed: "Le Quotidien")."""
    host = source_from_url(url) or ""
    label = host.split(".")[-2] if host.count(".") >= 1 else ""
    return {label} if len(label) >= 3 else set()


#: A word of this many letters or more shared by two titles says they name one story.
_STORY_WORD = 4


def _story_words(text: str) -> set[str]:
    """The folded words of ``text`` of :data:`_STORY_WORD` letters or more."""
    return {w for w in re.findall(r"\w+", fold(text)) if len(w) >= _STORY_WORD}


def _shown_headline(found: Candidates, title: str,
                    site_names: Collection[str]) -> tuple[str, str] | None:
    """(h1, evidence) when the page shows its article's ``<h1>`` as the headline of the
    story a metadata ``title`` (JSON-LD ``headline``, ``og:title``, ``parsely-title``)
    names otherwise, else None (newuser17b X5). Metadata titles are written for search
    engines and social cards: shortened, reworded, a live page's generic label, a
    tribune's quote without its « »; the reader sees the ``<h1>``. The ``<h1>`` must be
    the page's first one found inside the article (``<article>`` or ``<main>``, or the
    page's first: :func:`veille.extract.html.sources.gather`), a headline of
    :data:`HEADLINE_WORDS` words or more, not the site's name, and tell the same story:
    the ``<title>`` tag (without the site's name) says it too or starts with it, or it
    starts with the metadata title (which cut it short), or the two share a word of
    :data:`_STORY_WORD` letters or more. An ``<h1>`` naming something else (a section,
    another story) keeps the metadata title. With the same words in the same order, the
    one printing more marks wins (the quote marks of a tribune, a kicker's separator the
    ``<h1>`` shows by markup alone)."""
    h1s = [v for s, v in found.get("h1", []) if s == "h1"]
    if not h1s:
        return None
    h1, folded = h1s[0], fold(h1s[0])
    if (word_count(h1) < HEADLINE_WORDS or folded in site_names
            or folded.replace(" ", "") in site_names):
        return None
    labels = [without_capital_suffix(_strip_site(v, "", site_names).strip(" -|–—"))
              for s, v in found.get("title", []) if s == "title tag"]
    words = re.findall(r"\w+", folded)
    if words == re.findall(r"\w+", fold(title)):
        # The same words: the fuller print wins, the h1's « » of a tribune, the metadata's
        # "Frain | Incendie …" where the h1 sets its kicker apart by markup alone.
        marks = len(re.sub(r"[\w\s]", "", h1)) - len(re.sub(r"[\w\s]", "", title))
        return (h1, "h1 (the metadata title drops its marks)") if marks > 0 else None
    if any(fold(label).startswith(folded) for label in labels):
        return h1, "h1, as the title tag says (the metadata title differs)"
    if folded.startswith(fold(title)):
        return h1, "h1 (the metadata title cuts it short)"
    if _story_words(h1) & _story_words(title):
        return h1, "h1 (the metadata title differs: written for search or sharing)"
    return None


def _title_candidates(found: Candidates, site: str,
                      url: str | None) -> Iterator[tuple[str, str]]:
    """The headline's candidates, (value, evidence), best first, by the rules of
    :func:`choose_title`."""
    site_names = _site_names(found, site) | _host_names(url)
    h1s = [v for _, v in found.get("h1", []) if fold(v) not in site_names
           and fold(v).replace(" ", "") not in site_names]
    for source, value in found.get("title", []):
        folded = fold(value)
        if folded in site_names:
            continue
        for h1 in h1s:
            if fold(h1) == folded:
                yield h1, f"{source}, same as h1"
            if len(h1) > 10 and folded.startswith(fold(h1)) and len(h1) >= len(value) * 0.4:
                yield h1, f"h1 ({source} has a suffix)"
        if source == "title tag":
            stripped = without_capital_suffix(_strip_site(value, site, site_names).strip(" -|–—"))
            for h1 in h1s:
                if fold(h1) == fold(stripped):
                    yield h1, "title tag without the site's name, same as h1"
            if h1s and word_count(h1s[0]) >= HEADLINE_WORDS:
                yield h1s[0], "h1 (the title tag differs: a page label)"
            yield stripped, (f"{source} without the site's name"
                             if fold(stripped) != fold(value) else source)
            continue
        # A social or SEO title keeps the site's name its author appended ("… - Capital.fr")
        # as the <title> tag does: it goes the same way (newuser17b X6).
        stripped = _strip_site(value, site, site_names).strip(" -|–—") or value
        shown = _shown_headline(found, stripped, site_names)
        if shown:
            yield shown
        if stripped != value:
            yield stripped, f"{source} without the site's name"
        yield value, source
    for h1 in h1s:
        yield h1, "h1"
    # A page-level JSON-LD node's name (newuser15b X11): only when nothing else names it.
    for source, value in found.get("page_title", []):
        if fold(value) not in site_names:
            yield value, source


def _stated_twice(how: str) -> bool:
    """Whether a title candidate's evidence says the page's ``<h1>`` and its ``<title>``
    (or social title) give it both (:func:`_title_candidates`)."""
    return "same as h1" in how or "has a suffix" in how


#: Words of an ``<h1>`` in the article's place (or of a title without the site's name), at
#: least, for it to be the headline though the text speaks of none of them: one word alone
#: is as often a section's label of a language
#: :data:`~veille.extract.furniture_title.NAVIGATION_LABELS` lacks ("Política") as a
#: headline, and a false headline is worse than none.
PLACED_WORDS = 2


def _named_headline(value: str, how: str, placed: set[str]) -> bool:
    """Whether a candidate refused only as a label the text does not speak of
    (:data:`~veille.extract.furniture_title.UNFOUNDED`) is the headline all the same: the
    page states it twice (:func:`_stated_twice`); or, of :data:`PLACED_WORDS` words or
    more, it is an ``<h1>`` in the article's place (``placed``: folded texts of
    :data:`~veille.extract.html.sources.HEADLINE_PLACE`) or a title that names the site
    apart ("Headline | Site": what is left is the page's own name, no site's). A short
    headline often says its story in other words than the text ("Inundaciones en la
    región" over "Las lluvias torrenciales han obligado a evacuar…", t-check62 #7), and a
    site's label is not printed as the article's own heading."""
    if _stated_twice(how):
        return True
    return word_count(value) >= PLACED_WORDS and (
        "without the site's name" in how or (how.startswith("h1") and fold(value) in placed))


def choose_title(found: Candidates, site: str, url: str | None = None,
                 refuse: Callable[[str], str] | None = None) -> tuple[str, str]:
    """The headline, never the site's name: a candidate equal to it (``og:title`` set to
    the site's name, a logo ``<h1>``) is passed over. The article's ``<h1>`` (the visible
    headline) beats the ``<title>`` tag, a page label often shortened or suffixed; the
    ``<title>`` tag, when it is used, loses the site's name (declared, repeated alone
    elsewhere on the page, or the host's: "lequotidien.fr").

    ``refuse`` says why a candidate is page furniture, never a headline ("" when it may be
    one: :func:`~veille.extract.furniture_title.furniture_reason`); a refused candidate is
    passed over, and when every one is, the title is "" and the evidence names them
    ("none found (page furniture refused: 'Politique')"): a section's label or a date line
    is no headline, even when the page offers nothing better."""
    refused: list[str] = []
    placed = {fold(v) for _, v in found.get(HEADLINE_PLACE, [])}
    for value, how in _title_candidates(found, site, url):
        reason = refuse(value) if refuse is not None and value else ""
        if not reason or (reason == UNFOUNDED and _named_headline(value, how, placed)):
            # an <h1> the <title> repeats, or the article's own <h1>, is the page's
            # headline even when short and in no word of the text ("Un titre de page", a
            # pun): only furniture it may not be
            return value, how
        if value not in refused:
            refused.append(value)
    if refused:
        shown = "; ".join(repr(value[:60]) for value in refused[:3])
        return "", f"none found (page furniture refused: {shown})"
    return "", ""


def _byline_credit_names(found: Candidates, site: str) -> set[str]:
    """Folded names a byline element may end with as the publisher's credit, not part of
    the author's name: the site's names (:func:`_site_names`) and the last part of the
    ``<title>`` tag ("Headline | La Presse")."""
    names = _site_names(found, site)
    for source, value in found.get("title", []):
        parts = _SITE_SEPARATORS.split(value)
        if source == "title tag" and len(parts) >= 2 and len(parts[-1].split()) <= 4:
            names.add(fold(parts[-1].strip()))
    # A site named as its host ("Ouest-France.fr") signs as "Ouest-France".
    names.update(_DOMAIN_SUFFIX.sub("", name) for name in list(names))
    names.discard("")
    return names


#: A conjunction or separator left at the end of a byline once the publication after it is
#: taken off ("Par Belga et" of "Par Belga et Le Soir").
_DANGLING = re.compile(r"(?:\s+(?i:et|and|avec|with|und|y)|\s*[,/&+|–—-])+\s*$")


def without_site_credit(byline: str, names: set[str]) -> str:
    """``byline`` without a trailing or leading publication name from ``names`` (folded):
    La Presse prints ``Ariane Lacoursière <span>La Presse</span>``, read "Ariane
    Lacoursière La Presse", and Ouest-France ``Ouest-France <span>Hervé Le Gall</span>.``;
    the publisher is a credit, not part of the name. Unchanged when the name is the whole
    byline or absent."""
    words = byline.split()
    for size in range(min(4, len(words) - 1), 0, -1):
        if fold(" ".join(words[-size:]).rstrip(".")) in names:
            # "Par Belga et Le Soir": the word joining the publication goes with it.
            return _DANGLING.sub("", " ".join(words[:-size]))
    for size in range(min(4, len(words) - 1), 0, -1):
        if fold(" ".join(words[:size]).rstrip(".,:")) in names:
            return " ".join(words[size:])
    return byline


def _is_site_brand(person: str, brands: Collection[str]) -> bool:
    """``person`` is the site signing: at most three words, the first the name its host
    spells (``brands``: :func:`_host_names`, "hespress" of fr.hespress.com), the rest an
    edition or a label ("Hespress FR", "Lematin Info"; newuser17b X9)."""
    words = person.split()
    return 0 < len(words) <= 3 and fold(words[0]) in brands


_LOGIN = re.compile(r"[a-z0-9_.\-]+")
_NAME_PART_END = re.compile(r"\s+[-–—|·]\s+")


def _is_login(person: str) -> bool:
    """``person`` is a CMS account, no name: one token of lower-case ASCII letters, digits,
    "_", "." or "-" ("admin", "jdadmin", "rmb8090", "kei_eno": WordPress's author node,
    which Yoast's ``@graph`` gives by reference; newuser17b X11), or one Latin word of at
    most two letters ("As"; a Chinese name is two characters: "周杰")."""
    # Its first part when a separator follows ("admin - 2018-09-16": the login, its date).
    person = _NAME_PART_END.split(person, maxsplit=1)[0]
    return bool(_LOGIN.fullmatch(person)) or (
        " " not in person and len(person) <= 2 and person.isascii())


def choose_authors(found: Candidates, site: str,
                   url: str | None = None) -> tuple[list[str], str, list[str]]:
    """(people, source, agencies): a byline is split into people and agency credits
    ("Le Monde avec AFP": no one, AFP credited); an agency listed as an author (a meta
    tag's "AFP", a JSON-LD ``Organization``) is a credit; the site's own name, newsrooms
    and job titles are not authors (:mod:`veille.extract.bylines`). The metadata's
    authors come first, but a printed byline naming all of them and more wins: a
    ``sailthru.author`` or ``parsely-author`` tag often carries only the first or
    "primary" author of two (newuser15b X7). A name opening with the name the site's
    host spells (``url``: "Hespress FR" on fr.hespress.com) is the site's own
    (:func:`_is_site_brand`, newuser17b X9)."""
    credit_names = _byline_credit_names(found, site)
    brands = _host_names(url)
    sites = site_keys(site, *credit_names)
    credits = organisation_credits([v for _, v in found.get("credit", [])], sites)
    for name in ("authors", "byline", "meta_line", "page_authors"):
        names, source = _field_authors(found, name, site, credit_names, sites, credits,
                                       brands)
        if names and name == "authors":
            agencies: list[str] = []
            printed, how = _field_authors(found, "byline", site, credit_names, sites,
                                          agencies, brands)
            if {fold(n) for n in names} < {fold(n) for n in printed}:
                credits.extend(a for a in agencies if a not in credits)
                return printed, f"{how} (fuller than {source})", credits
        if names:
            return names, source, credits
    return [], "", credits


def page_roles(authors: list[str], found: Candidates, article: dict[str, Any] | None,
               objects: list[dict[str, Any]], near: list[str]) -> dict[str, str]:
    """The role of each of ``authors`` the page gives: printed beside or under the name
    in its byline elements or in ``near`` (the blocks around the headline), by
    :func:`~veille.extract.bare_byline.author_roles` as in text captures ("Par Jeanne
    Martin, correspondante à Bruxelles", "Tomasz Wiśniewski" / "Economics editor"), else
    declared by the article's JSON-LD ``author`` (a ``Person``'s ``jobTitle``:
    :func:`~veille.extract.bylines.json_ld_roles`; a reference to a ``Person`` node of the
    page's ``objects`` resolved, Yoast's ``@graph``)."""
    if not authors:
        return {}
    printed = [v for field_name in ("byline", "meta_line")
               for _, v in found.get(field_name, [])[:3]]
    roles = author_roles(authors, printed + near)
    declared = {fold(k): v for k, v in json_ld_roles(
        resolve((article or {}).get("author") or (article or {}).get("creator"), objects)).items()}
    for person in authors:
        if person not in roles and fold(person) in declared:
            roles[person] = declared[fold(person)]
    return roles


def _reads_people(value: str, credit_names: set[str]) -> bool:
    """A byline element's text names a person or credits an agency as
    :func:`_field_authors` reads it."""
    value = without_site_credit(byline_part(value) or value, credit_names)
    people, agencies = split_byline(value)
    return bool(people or agencies or whole_name(value))


def _field_authors(found: Candidates, name: str, site: str, credit_names: set[str],
                   sites: Collection[str], credits: list[str],
                   brands: Collection[str] = ()) -> tuple[list[str], str]:
    """(people, source) the candidates of field ``name`` ("authors", "byline",
    "meta_line", "page_authors") give, the agencies they credit added to ``credits``;
    ``brands``: the site's names as its host spells them (:func:`_is_site_brand`)."""
    site_folded = fold(site)
    candidates = found.get(name, [])
    if not candidates:
        return [], ""
    source = candidates[0][0]
    names: list[str] = []
    # Only the first byline element: later ones belong to teasers of other articles; or,
    # when it names no one, an element inside it (its text a part of the first's): the
    # ``<a rel=author>`` of "Gwyn Topham Transport correspondent" (newuser17b X10).
    if name == "byline" and candidates and not _reads_people(candidates[0][1], credit_names):
        inner = [c for c in candidates[1:4] if c[0] == source and c[1] in candidates[0][1]]
        candidates = inner or candidates
    for src, value in candidates[:1] if name in ("byline", "meta_line") else candidates:
        if src != source or value.startswith(("http://", "https://", "@")):
            continue
        if name in ("authors", "page_authors"):
            people, agencies = people_and_credits([value], site)
        elif name == "meta_line":
            line = byline_part(value) or _META_SPLIT.split(value, maxsplit=1)[0]
            # The dates after the byline do not make it too long to be one (R16).
            line = _DATE_LABEL.split(line, maxsplit=1)[0]
            if not is_byline(line):
                # The date first, the byline after it: "Publié le 05/03/2026 à 10:15
                # par Samir Benali", "Le 05/03/2026 - Par X" (WordPress's "Posted on
                # … by …"; verify11a V15).
                line = byline_after_date(value) or line
            people, agencies = split_byline(line) if is_byline(line) else ([], [])
            if not people and not agencies:
                # A bare name before the date on the meta line ("Anthony Fillet | Créé
                # le 02.12.2026 à 09h30", newuser15b X8): a known given name opens it.
                people = byline_before_date(value)
        else:
            value = without_site_credit(byline_part(value) or value, credit_names)
            people, agencies = split_byline(value)
            # A byline the name pattern does not read (one name, other scripts) is
            # kept whole, unless it credited an agency ("Le Monde avec AFP") or
            # reads as a publication, a newsroom or a phrase.
            whole = "" if agencies else whole_name(value)
            people = people or ([whole] if whole else [])
        credits.extend(a for a in agencies if a not in credits)
        for person in people:
            # A separator left at an end ("Jessica Tremblay · CBC News" cut before
            # the outlet; verify11a V7) is no part of the name.
            person = person.strip(" \t·•|–—/,;:")
            if person and (fold(person) != site_folded and not is_publication(person, sites)
                    and not _is_site_brand(person, brands) and not _is_login(person)
                    and person not in names and len(person) < 80):
                names.append(person)
    return names, source


def byline_lines(texts: list[str], site: str) -> tuple[list[str], list[str]]:
    """(people, agencies) from the first byline-shaped line among ``texts`` (the page's
    blocks around the headline: a byline printed as a plain paragraph)."""
    for line in texts:
        text = byline_part(line) or line
        if is_byline(text):
            people, agencies = split_byline(text)
            return [p for p in people if fold(p) != fold(site)], agencies
    return [], []


def language_code(value: str) -> str:
    """The primary subtag of a declared language tag, as veille stores it ("nb-NO" → "no":
    :func:`~veille.language_codes.canonical_language`), or ""."""
    match = _LANG.match(value.strip())
    return canonical_language(match.group(0).lower()) if match else ""


def declared_language(found: Candidates, *, with_source: bool = False) -> Any:
    """The page's declared language code (and its source when asked), or empty."""
    for source, value in found.get("language", []):
        code = language_code(value)
        if code:
            return (code, source) if with_source else code
    return ("", "") if with_source else ""


def _not_public(host: str) -> bool:
    """A host no news page lives at: an address the fetcher's guard refuses by default
    (:meth:`AddressPolicy.permits`: loopback, private, link-local, 169.254.169.254 the
    cloud metadata service, an IPv4-mapped one of those) or a one-label name ("localhost",
    an intranet host)."""
    try:
        ip = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return "." not in host.strip(".")
    return not AddressPolicy().permits(ip)


def url_refusal(claimed: str, fetched: str | None) -> str:
    """Why a page's claim to live at ``claimed`` (its canonical link, ``og:url``, JSON-LD
    ``url``; a wire item's page link) is not believed, or "" when it is. A page fetched
    from ``fetched`` speaks only for its own host, give or take a ``www.``, ``m.``,
    ``mobile.`` or ``amp.`` label (:func:`veille.collect.sites.same_host`, which gives the
    rule's sources): a canonical link to another site would let any page take a stored
    article's address, and with it its identity, versions and link (newuser10 S6; Google
    treats a cross-domain canonical as a hint, not a directive), and a subdomain of the
    same registrable domain may hold third parties' pages (a Club de Mediapart post on
    ``blogs.mediapart.fr`` claiming a ``www.mediapart.fr/journal`` address; verify10).
    A claimed address that is not public is refused, unless it is the very host the page
    came from (a fetch allowed to reach it)."""
    host = (urlsplit(claimed).hostname or "").lower()
    fetched_host = (urlsplit(fetched).hostname or "").lower() if fetched else ""
    if fetched_host and host == fetched_host:
        return ""
    if _not_public(host):
        return "not a public address"
    if fetched_host and not same_site(host, fetched_host):
        return f"another site than {fetched_host}"
    if fetched_host and not same_host(host, fetched_host):
        return (f"another host than {fetched_host}: a subdomain may hold other people's "
                "pages")
    return ""


def choose_url(found: Candidates, base_url: str | None) -> tuple[str, str]:
    """The canonical link first (it is the one search engines obey), then the others;
    relative values are resolved against the page's URL; only http(s) URLs count, and
    only those :func:`url_refusal` believes. Returns (url, evidence): the evidence names
    the claims refused, and why."""
    candidates = sorted(found.get("url", []), key=lambda c: c[0] != "canonical link")
    refused: list[str] = []
    for source, value in candidates:
        resolved = safe_url(value, base=base_url or None)  # the one URL check (issue #11)
        if not resolved:
            continue
        why = url_refusal(resolved, base_url)
        if why:
            refused.append(f"{source} {resolved[:200]} not believed ({why})")
            continue
        return resolved, "; ".join([source, *refused])
    if refused:
        return "", "; ".join(refused)
    return "", ""


#: Words of a site's name, at most, read from a ``<title>`` ("Le Journal de Saône-et-Loire",
#: "The Fenland Herald"); a longer part is a headline or a tagline.
SITE_NAME_WORDS = 6
TITLED_SITE = "the title tag's site part (the page declares no site name)"
"""The evidence of a site name read from the ``<title>`` (:func:`titled_site`): no
declaration, so a source given for the page (``ingest --source``) still applies."""
MASTHEAD_SITE = "the masthead heading (the page declares no site name)"


def _site_shaped(part: str) -> bool:
    """A ``<title>`` part an outlet's name may be: :data:`SITE_NAME_WORDS` words at most,
    opening on a capital or a figure, no sentence, no comma, no navigation or section label
    ("Politique", "Home": :func:`~veille.extract.furniture_title.furniture_reason`)."""
    from veille.extract.furniture_title import furniture_reason

    words = part.split()
    return (0 < len(words) <= SITE_NAME_WORDS and (part[0].isupper() or part[0].isdigit())
            and "," not in part and not ends_sentence(part) and not furniture_reason(part))


def _same_name(a: str, b: str) -> bool:
    """``a`` and ``b`` name one site: equal folded, a domain suffix ("Le Monde.fr") and
    spaces aside."""
    def key(text: str) -> str:
        return _DOMAIN_SUFFIX.sub("", fold(text)).replace(" ", "")
    return bool(key(a)) and key(a) == key(b)


def _host_named(part: str, url: str | None) -> bool:
    """``part`` is the name of ``url``'s site: its folded letters are the host's name label
    ("Le Monde" for www.lemonde.fr, "20 Minutes" for 20minutes.fr)."""
    host = (urlsplit(url).hostname or "") if url else ""
    labels = [label for label in host.split(".") if label not in ("www", "m", "amp")]
    def letters(text: str) -> str:
        return re.sub(r"[\W_]+", "", _DOMAIN_SUFFIX.sub("", fold(text)))
    name = letters(labels[-2]) if len(labels) >= 2 else ""
    return bool(name) and letters(part) == name


def titled_site(found: Candidates, headline: str, url: str | None = None
                ) -> tuple[str, str]:
    """(site name, evidence) of a page that declares none (no ``og:site_name``,
    ``application-name``, ``publisher``, JSON-LD publisher): ("", "") when its
    ``<title>`` names no site (t-final32 #11: "Le Monde.fr - Actualités et Infos en France
    et dans le monde", "DER SPIEGEL | Online-Nachrichten" were stored with no source).

    The ``<title>`` is split on its separators (" - ", " | ", " – "; not the colon, which
    headlines use). When one part is the ``headline``, the site is the part at the other
    end ("Headline | Section | The Guardian", "Lancashire Telegraph - Headline"). When
    none is, the title is the site's own (its home page's, on every page: a name and its
    tagline, or the name alone): the site is the part the page's masthead heading repeats
    (:func:`~veille.extract.html.sources.is_masthead_heading`), else the first part, when
    the title shares no word of four letters or more with the headline (a title written
    for search engines retells the story; a part that alone does, at either end, is the
    headline reworded: "Ville de Voiron : fermeture de la piscine - Le Dauphiné Libéré").
    Either way the site must be name-shaped (:func:`_site_shaped`). A title of one part (no
    separator) that no masthead repeats names the site only when it is the name of the
    page's ``url`` host ("Le Monde" on lemonde.fr): else it is a short page title, no site
    (t-final62 #8: ``<title>Cassé</title>`` over "Une page cassée mais lisible" made the
    source "Cassé"). A masthead heading alone names the site of a page with no ``<title>``."""
    mastheads = [" ".join(v.split()) for _, v in found.get("site_masthead", [])]
    titles = [" ".join(v.split()) for s, v in found.get("title", []) if s == "title tag"]
    if not titles or not titles[0]:
        named = next((m for m in mastheads if _site_shaped(m)), "")
        return (named, MASTHEAD_SITE) if named else ("", "")
    parts = [p.strip() for p in _SITE_SEPARATORS.split(titles[0]) if p.strip()]
    head = fold(headline)
    told = _story_words(headline)
    at = next((i for i, p in enumerate(parts) if head and (
        fold(p) == head or (len(p) > 10 and head.startswith(fold(p))))), -1)
    if at < 0 and len(parts) >= 2:  # the headline reworded ("Ville de Voiron : fermeture …")
        retold = [i for i, p in enumerate(parts) if _story_words(p) & told]
        at = retold[0] if len(retold) == 1 and retold[0] in (0, len(parts) - 1) else -1
    if at >= 0:
        if len(parts) < 2:
            return "", ""
        site = parts[0] if at == len(parts) - 1 else parts[-1]
        return (site, TITLED_SITE) if _site_shaped(site) else ("", "")
    site = next((p for p in parts if any(_same_name(p, m) for m in mastheads)), "")
    if not site and _story_words(titles[0]) & told:
        return "", ""  # a search engine's headline, not the site's title
    if not site and len(parts) == 1 and not _host_named(parts[0], url):
        return "", ""  # one part, named nowhere else: a short page title (t-final62 #8)
    site = site or parts[0]
    return (site, TITLED_SITE) if _site_shaped(site) else ("", "")


def choose(found: Candidates, *, base_url: str | None = None,
           refuse_title: Callable[[str], str] | None = None) -> Metadata:
    """Winners for every field but the dates (:mod:`veille.extract.html.dating`), with
    their sources. ``refuse_title``: why a title candidate is page furniture, or ""
    (:func:`choose_title`)."""
    meta = Metadata()
    ev = meta.evidence
    meta.site_name, ev["site_name"] = first(found, "site_name")
    meta.title, ev["title"] = choose_title(found, meta.site_name,
                                           base_url or first(found, "url")[0], refuse_title)
    if not meta.site_name:  # no declared name: the <title>'s site part (t-final32 #11)
        meta.site_name, ev["site_name"] = titled_site(found, meta.title,
                                                      base_url or first(found, "url")[0])
    meta.language, ev["language"] = declared_language(found, with_source=True)
    meta.authors, ev["authors"], credits = choose_authors(
        found, meta.site_name, base_url or first(found, "url")[0])
    if credits:  # the record has no field for agencies (docs/record.md)
        ev["credit"] = ", ".join(credits)
    meta.section, ev["section"] = first(found, "section")
    meta.description, ev["description"] = first(found, "description")
    meta.image, ev["image"] = first(found, "image")
    meta.url, ev["url"] = choose_url(found, base_url)
    meta.evidence = {k: v for k, v in ev.items() if v}
    return meta
