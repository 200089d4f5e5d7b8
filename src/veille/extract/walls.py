"""A page that shows a wall instead of its article: a cookie consent wall or a login form
(newuser15b X1: L'Union's consent wall and Les Jours' login page stored as articles, the
form's labels as the body).

A wall addresses the reader about the page itself ("vos données", "vous pouvez accepter",
"entrez votre mot de passe"), as a "page not found" message does
(:mod:`veille.extract.not_found`); an article speaks of the world. The rule needs the
shape of a wall and its words together:

- **shape**: a short body, at most :data:`MAX_PARAGRAPHS` paragraphs and
  :data:`MAX_CHARS` characters (what a consent notice or a login box takes);
- **consent wall**: at least :data:`CONSENT_GROUPS` of the :data:`CONSENT` word groups
  (cookies, personal data, partners, consent, accept/refuse, preferences, targeted
  advertising, privacy) and words addressing the reader *outside quotation marks*. A
  brief *about* cookies names some of them, rarely four in a few lines spoken to the
  reader; an article about consent banners quotes them (verify16 Z1: a CNIL story quoting
  « Votre vie privée est importante pour nous » was refused as a wall);
- **login form**: a password field (an ``<input type=password>`` in HTML, or a short
  label line naming the password) and a sign-in word ("connectez-vous", "se connecter",
  "log in", "sign in").

A page that is signed or dated is an article whatever its words: walls carry neither.

The word lists are the one lexical part, in the languages veille serves first (French,
English).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["CONSENT", "CONSENT_GROUPS", "MAX_CHARS", "MAX_PARAGRAPHS", "wall_kind"]

#: Paragraphs of a wall's text, at most.
MAX_PARAGRAPHS = 5
#: Characters of a wall's text, at most.
MAX_CHARS = 2_000
#: Word groups of a consent notice (each counts once).
CONSENT = tuple(re.compile(p, re.IGNORECASE) for p in (
    r"\bcookies?\b|\btraceurs?\b|\btrackers?\b",
    r"donn[ée]es\s+personnelles|personal\s+data|identifiants?\s+uniques?|adresse\s+ip\b",
    r"\bpartenaires\b|\bpartners\b|\bvendors\b",
    r"\bconsent(?:ement|ir|ez|s|ing)?\b",
    r"\baccepter\b|\brefuser\b|\baccept(?:\s+all)?\b|\breject\b|tout\s+accepter",
    r"\bpr[ée]f[ée]rences\b|\bparam[ée]tr(?:er|es|ages?)\b|\bmanage\s+(?:options|settings)\b",
    r"publicit[ée]s?\s+(?:et\s+(?:du\s+|des\s+)?contenus?\s+)?(?:personnalis[ée]e?s|cibl[ée]e?s)"
    r"|personali[sz]ed\s+(?:ads|advertising)|targeted\s+advertising",
    r"vie\s+priv[ée]e|\bprivacy\b|\brgpd\b|\bgdpr\b",
))
#: Consent word groups a wall holds, at least.
CONSENT_GROUPS = 4
_READER = re.compile(r"(?i)\b(?:vous|votre|vos|you|your)\b")
_PASSWORD = re.compile(r"(?i)mot\s+de\s+passe|\bpassword\b|\bidentifiant\b")
_SIGN_IN = re.compile(r"(?i)connectez|se\s+connecter|\bconnexion\b|identifiez|\blog\s*in\b|"
                      r"\bsign\s*in\b|\bs['’]identifier\b")
#: A label line of a form: a few words, no sentence.
_LABEL_WORDS = 10


_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")
"""A quotation: what someone else says to their reader, not the page to its own."""


#: The failure reason of a page refused as a wall: the site's answer of the moment (a
#: consent or a session the fetcher lacked), so a watched page is asked again
#: (:mod:`veille.collect.revisit`; verify16 Z13).
WALL_REASON = "wall"

def wall_kind(title: str, paragraphs: Sequence[str], *, password_field: bool = False,
              authors: Sequence[str] = (), dated: bool = False) -> str:
    """What wall ``title`` and ``paragraphs`` (an extracted page) show instead of an
    article: "a cookie consent wall", "a login form", or "" for none (module docstring).
    ``password_field``: the page has a password input (HTML); ``authors``: the byline's
    names; ``dated``: the page gives a publication date. A signed or dated page is an
    article, never a wall: a wall is the site's, not a story's (verify16 Z1: a dated brief
    on an internet outage under a header login box, a phishing brief and a consumer piece
    on cookies were refused)."""
    if not paragraphs or len(paragraphs) > MAX_PARAGRAPHS or authors or dated:
        return ""
    if sum(len(p) for p in paragraphs) > MAX_CHARS:
        return ""
    text = " ".join([title, *paragraphs])
    if (_READER.search(_QUOTED.sub(" ", text))
            and sum(1 for g in CONSENT if g.search(text)) >= CONSENT_GROUPS):
        return "a cookie consent wall"
    label = password_field or any(
        len(p.split()) <= _LABEL_WORDS and _PASSWORD.search(p) for p in paragraphs)
    if label and _SIGN_IN.search(text):
        return "a login form"
    return ""
