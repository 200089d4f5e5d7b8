"""The sentences of a cookie consent banner: notice text, never a headline.

A consent banner is a block: a button ("Accepter les cookies", "Accept all") and a
sentence that says why ("Nous utilisons des cookies pour améliorer votre expérience.").
The button is page furniture by its words (:func:`~veille.extract.textshape.
furniture_hits`); the sentence, shaped like a headline and about nothing of the article,
was chosen as a capture's headline over the real one under it (t-final52 A4). It is the
site speaking of its own use of cookies:

* the site or its reader is the speaker: "nous", "we", "wir", "ce site", "this website",
  "questo sito", "este sitio", "diese Website", or a verb in the first person plural
  ("utilizamos", "utilizziamo", "usamos", "usiamo");
* then, within a few words, the verb of use or of consent ("utilise", "use", "verwenden",
  "utiliza", "acceptez", "consent"...), and within a few more words, the cookies
  ("cookies", "traceurs", "trackers").

A headline about cookies names someone else ("La CNIL sanctionne Google pour ses
cookies"), and a quotation of a banner inside an article is left aside (what is between
quotation marks is not read). The word lists cover the languages veille serves first (fr,
en, es, it, de).
"""

from __future__ import annotations

import re

__all__ = ["consent_sentence"]

#: The site or its reader as the speaker.
_VOICE = (r"nous|nos\s+partenaires|we|wir|ce\s+site|notre\s+site|this\s+(?:web)?site|our\s+site"
          r"|questo\s+sito|este\s+sitio(?:\s+web)?|esta\s+web|diese\s+(?:web)?seite"
          r"|diese\s+website|en\s+(?:poursuivant|continuant)|by\s+(?:continuing|using)"
          r"|si\s+contin[uú]as?|continuando|wenn\s+sie")
#: A verb of use or consent (its start), after the speaker.
_VERB = (r"utilis|us(?:e|es|ing)\b|verwend|nutz|setzen|utiliz|usa\b|d[ée]pos|accept"
         r"|consent|acept|accett|akzept|stimm")
#: First-person verbs that are their own speaker.
_SELF = r"utilizamos|usamos|utilizziamo|usiamo|empleamos"
_COOKIE = r"cookies?|traceurs?|trackers?"
_GAP = r"(?:\W+\w+){0,6}?\W+"
_CONSENT = re.compile(
    rf"\b(?:(?:{_VOICE})\b{_GAP}(?:\w*?(?:{_VERB}))\w*{_GAP}|(?:{_SELF})\b{_GAP}|(?:{_SELF})\W+)"
    rf"(?:{_COOKIE})\b",
    re.IGNORECASE)
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")
#: Characters of a banner's sentence, at most.
MAX_CHARS = 400


def consent_sentence(text: str) -> bool:
    """Whether ``text`` is a consent banner's sentence: the site (or its reader) speaking of
    its use of cookies (module docstring). Cost: one pattern on at most :data:`MAX_CHARS`
    characters; False for a longer block."""
    if len(text) > MAX_CHARS or "ook" not in text.lower() and "rack" not in text.lower() \
            and "raceur" not in text.lower():
        return False
    return bool(_CONSENT.search(_QUOTED.sub(" ", text)))
