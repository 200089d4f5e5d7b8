"""A capture's masthead: the outlet's name printed above its menu and its headline.

A whole-page copy opens on the site's name ("Le Quotidien de la Réunion", "La Dépêche du
Midi édition Tarn-et-Garonne", "Manchester Evening News Greater Manchester"), often an
edition or a slogan after it, then its menu, then the headline and the article. Shaped like
a headline, of five words or more, that first line was taken for one over the real headline
under it (:func:`~veille.extract.opening_headline.heads_over`). Two things say it is the
masthead, whatever the outlet:

* it opens on the name of the source the capture was given (``veille ingest --source``,
  a folder's source): :func:`names_outlet`;
* a navigation menu is printed between it and the headline
  (:func:`~veille.extract.furniture_title.menu_line`; the caller checks it).

A first line that names nothing the article speaks of, under which a headline-shaped line
that does was found, is no headline either (the caller checks that too).
"""

from __future__ import annotations

import re
from functools import lru_cache

from veille.collect.sites import registrable_domain
from veille.extract import textshape as ts
from veille.extract.furniture_title import furniture_reason, menu_line
from veille.extract.record_source import _ARTICLE, _HOST, _squeezed

#: Words after the outlet's name, at most, in a masthead line: an edition, a town or a
#: region ("édition Tarn-et-Garonne", "Angers et sa région", "Greater Manchester"). A
#: headline that opens on the outlet's name says more ("Le Monde va supprimer soixante
#: postes dans sa rédaction": seven words after it).
MAX_EDITION_WORDS = 4
#: Letters of an outlet's key, at least (``bbc.co.uk``: "bbc").
MIN_KEY = 3


@lru_cache(maxsize=256)
def outlet_keys(outlet: str) -> frozenset[str]:
    """What a line opening on ``outlet``'s name spells, squeezed (``record_source._squeezed``): a
    host's registrable label ("lequotidien" for ``lequotidien.re``, "ouestfrance" for
    ``www.ouest-france.fr``, "manchestereveningnews" for ``…co.uk``), or a name with and
    without its leading article ("lejournaldemontreal", "journaldemontreal"). Cached: the
    headline search asks it of each candidate line of a capture."""
    lowered = outlet.strip().lower().removeprefix("www.")
    if _HOST.fullmatch(lowered):
        keys = {_squeezed(registrable_domain(lowered).split(".")[0])}
    else:
        keys = {_squeezed(outlet), _squeezed(_ARTICLE.sub("", outlet.strip()))}
    return frozenset(k for k in keys if len(k) >= MIN_KEY)


def names_outlet(text: str, outlet: str) -> bool:
    """Whether the line ``text`` is ``outlet``'s masthead: it opens on the outlet's name
    (:func:`outlet_keys`; its leading article, if any, aside) and says at most
    :data:`MAX_EDITION_WORDS` words more, no sentence and no colon ("Sud Ouest Gironde
    Bordeaux Métropole" for ``sudouest.fr``; "BBC News" for ``bbc.co.uk``)."""
    keys = outlet_keys(outlet) if outlet else frozenset()
    if not keys or ":" in text or ts.ends_sentence(text):
        return False
    longest = max(len(k) for k in keys)
    for line in {text, _ARTICLE.sub("", text.strip())}:
        words = [w for w in line.split() if _squeezed(w)]
        spelt = ""
        for n, word in enumerate(words, 1):
            spelt += _squeezed(word)
            if spelt in keys:
                return len(words) - n <= MAX_EDITION_WORDS
            if len(spelt) >= longest:
                break
    return False


#: Blocks above the headline, at most, where the masthead may sit (a "skip to content"
#: link or a date may come first: "Mardi 3 mars 2026" / "Le Progrès" / its menu).
MASTHEAD_REACH = 3
#: Words of a masthead, at most ("La Nouvelle République du Centre-Ouest Indre-et-Loire").
MASTHEAD_WORDS = 8
#: Parts of a menu copied as one line, at least ("News | Sport | What's On"), each of
#: :data:`MENU_PART_WORDS` words at most.
MENU_PARTS = 3
MENU_PART_WORDS = 4
_MENU_SEPARATOR = re.compile(r"\s+[|·•]\s+")


def menu_shaped(text: str) -> bool:
    """A site's navigation menu copied as one line: a menu of known labels
    (:func:`~veille.extract.furniture_title.menu_line`), or :data:`MENU_PARTS` capitalised
    items or more set apart by a bar or a middle dot, each a few words ending no sentence
    ("Lyon | Loire | Ain | Jura | Faits divers", "News | Sport | What's On | Announcements":
    places and the site's own sections, which no list of labels holds)."""
    if menu_line(text):
        return True
    parts = [p.strip() for p in _MENU_SEPARATOR.split(text)]
    return len(parts) >= MENU_PARTS and all(
        p and len(p.split()) <= MENU_PART_WORDS and (p[0].isupper() or p[0].isdigit())
        and not ts.ends_sentence(p) and ":" not in p for p in parts)


def masthead_name(blocks: list[str], kinds: list[str], head_at: int, outlet: str = "") -> str:
    """The outlet's name a capture prints as its masthead above its headline (line
    ``head_at``), "" when none (t-final32 #11: "South Wales Argus" over its menu and the
    headline; the capture was stored with no source). A masthead is one of the first
    :data:`MASTHEAD_REACH` lines above the headline, of at most :data:`MASTHEAD_WORDS`
    words, no sentence, no colon, no furniture (a navigation label, a date line, a byline, a
    notice: :func:`~veille.extract.furniture_title.furniture_reason`), that either names
    the capture's given source (:func:`names_outlet`) or has the site's menu
    (:func:`menu_shaped`) right under it, before the headline: the layout of every news
    site's header (name, then sections). A first line with no menu under it is left alone:
    a kicker or a section's name sits there too."""
    for i in range(min(MASTHEAD_REACH, head_at)):
        text = " ".join(blocks[i].split())
        if not _name_shaped(text) or kinds[i] in _NOT_MASTHEAD:
            continue
        if names_outlet(text, outlet) or (i + 1 < head_at and menu_shaped(blocks[i + 1])) \
                or _split_menu(blocks, i + 1, head_at):
            return text
    return ""


#: Words of one line of a menu split over lines, at most ("Mon compte S'abonner").
SPLIT_MENU_WORDS = 8


def _split_menu(blocks: list[str], start: int, head_at: int) -> bool:
    """The site's menu printed over separate lines under the masthead ("Menu" /
    "Rechercher" / "Se connecter", "Search Login ePaper" / "Local Business World";
    t-final33 #4): the two lines from ``start``, both above the headline, short (at most
    :data:`SPLIT_MENU_WORDS` words), no sentence, the first a navigation label or a
    widget's notice (:func:`~veille.extract.furniture_title.furniture_reason`). One such
    line alone is not enough: a kicker or a section's name sits there too."""
    if start + 1 >= head_at:
        return False
    lines = [" ".join(blocks[j].split()) for j in (start, start + 1)]
    return (all(0 < len(t.split()) <= SPLIT_MENU_WORDS and not ts.ends_sentence(t)
                for t in lines)
            and bool(furniture_reason(lines[0]) or SKIP_LINK.match(lines[0])))


SKIP_LINK = re.compile(
    r"(?:skip|jump)\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|menu|search)\b"
    r"|(?:aller|passer|acc[ée]der)\s+(?:directement\s+)?(?:au\s+contenu|[àa]\s+la\s+"
    r"navigation|au\s+menu|[àa]\s+la\s+recherche)\b", re.IGNORECASE)
"""A page's skip link ("Skip to main content", "Aller au contenu principal"), the first
link of a page's header for keyboard and screen-reader users (WCAG 2 technique G1, "Adding a
link at the top of each page that goes directly to the main content area"; a closed class:
its few wordings in English and French). Under a masthead, with the menu's labels after it
("Skip to main content  Search  Sign in": t-final33 #13, The Guardian's capture had no
outlet), it opens the header's menu as a navigation label does."""


_NOT_MASTHEAD = frozenset({"notice", "dateline", "byline", "credit", "prose"})


def _name_shaped(text: str) -> bool:
    """A line an outlet's name may be: :data:`MASTHEAD_WORDS` words at most, opening on a
    capital or a figure ("20 Minutes"), no sentence, no colon, no bar, no furniture."""
    words = text.split()
    return (0 < len(words) <= MASTHEAD_WORDS and (text[0].isupper() or text[0].isdigit())
            and ":" not in text and "|" not in text and not ts.ends_sentence(text)
            and not furniture_reason(text))
