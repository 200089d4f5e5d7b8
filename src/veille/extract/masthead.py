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

from functools import lru_cache

from veille.collect.sites import registrable_domain
from veille.extract import textshape as ts
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
