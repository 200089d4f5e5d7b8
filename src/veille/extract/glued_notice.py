"""A page's notice glued to a paragraph of the article: cut it off, keep the paragraph.

A copy of a page often joins the site's notices to the paragraph next to them: the
rights line that closes a dispatch ("… per i viaggiatori. RIPRODUZIONE RISERVATA ©
Copyright ANSA", "… de fumée. Tous droits réservés.", "… for weeks. © 2026 Reuters. All
rights reserved."), a link to another article ("… 95 millions d'euros. Lire aussi :
Tramway, la ligne 5 …"), a subscription or cookie prompt, a share button's label before
the first paragraph ("Comparte esta noticia Las intensas lluvias …"). Read as one block,
the paragraph took the notice's kind and left the article with it: its text was lost
(t-final51b A3: the last paragraph of four captures listed as a notice).

:func:`split_glued` cuts such a block in two or three: the notice before, the paragraph,
the notice after. The paragraph is kept only when it is prose on its own (a sentence of
:data:`MIN_REST_WORDS` words or more); a block that is only a notice is left whole, as
before. The pieces cut off are then read as notices by the capture's extractor, which
lists them in ``evidence["dropped"]`` (:mod:`veille.extract.dropped_blocks`).

What is a notice, for a piece cut at a sentence's end (:func:`notice_sentence`): a
copyright or rights-reserved line (:func:`~veille.extract.textshape.is_copyright`, or
a short line opening on "©" or "Copyright": "© Copyright ANSA"), a
paywall notice (:func:`~veille.extract.textshape.paywall_text`), a short sentence
addressing the reader with two furniture terms or more ("Abonnez-vous à notre
newsletter", "Nous utilisons des cookies pour améliorer votre expérience. Accepter";
:func:`~veille.extract.textshape.furniture_hits`) that stands as the page's chrome, not as
a sentence telling of it (:func:`~veille.extract.notice_stance.stands_as_chrome`:
"Inscrivez-vous, partagez, abonnez-vous : le slogan de la campagne a été décliné dans le
métro." is the article's, t-final52b A3), a share
button's label (:func:`share_label`), and, at the end, a "Lire aussi : …" link with its
title. A label glued before the first word of a paragraph with no punctuation between
them is cut only when it is a share button's label: a closed class of words
(:data:`SHARE_VERBS`, :data:`SHARE_FILLERS`), so that a name opening a sentence
("Premium Brands said …") is never taken for one.
"""

from __future__ import annotations

import re

from veille.extract import textshape as ts
from veille.extract.notice_stance import stands_as_chrome

__all__ = ["MIN_REST_WORDS", "notice_sentence", "share_label", "split_glued"]

#: Words the paragraph keeps, at least, once the notice is cut off; a shorter rest is no
#: paragraph and the block stays whole.
MIN_REST_WORDS = 6
#: Words of the notice cut off at one end, at most (a rights line with the agency's and
#: the photographer's names is some twenty words; a link's headline thirty).
MAX_NOTICE_WORDS = 40
#: Characters of a block, at least, before a glued notice is looked for: a notice and a
#: sentence of :data:`MIN_REST_WORDS` words do not fit in fewer.
MIN_BLOCK_CHARS = 40
#: Words of a sentence, at most, read as a notice for its furniture terms alone.
FURNITURE_SENTENCE_WORDS = 20
#: Furniture terms a sentence holds, at least, to be a notice for them alone.
FURNITURE_SENTENCE_HITS = 2

#: Words of a line opening on the copyright sign with no year ("© Copyright ANSA"), at most.
COPYRIGHT_SIGN_WORDS = 8
_COPYRIGHT_SIGN = re.compile(r"(?:©|\([cC]\)\s|(?:[Cc]opyright|COPYRIGHT)\s+(?:©|\d|[A-ZÀ-Ý]))")
#: A word addressing the reader ("Abonnez-vous", "your inbox", "Iscriviti alla tua …"):
#: a furniture notice speaks to the reader, a sentence of the article about cookies or
#: subscribers does not ("Les cookies publicitaires seront interdits, a annoncé la Cnil").
_READER = re.compile(r"(?i)\b(?:vous|votre|vos|you|your|usted|tú|tu[oa]|dein(?:e[nmrs]?)?|"
                     r"euch|uw|jij|seu|sua)\b")

#: Where one sentence ends and the next starts: after a sentence's closing mark and a
#: space. Not before a copyright sign inside a sentence: "… portait la mention © AFP." is
#: the reporter's sentence, not a credit glued to it (t-final52b A1).
_BOUNDARY = re.compile(r"(?<=[.!?…»”])\s+(?=\S)")
#: Quotation marks: a sentence holding one is speech or a title, never a page's notice
#: ("… tous droits réservés ou pas », regrette-t-il.", t-final52b A1).
_QUOTE_MARKS = re.compile(r"[«»“”„\"]")
#: Words of a rights or paywall sentence, at most, when it does not open on the notice
#: itself: "Tous droits réservés.", "All rights reserved.", "RIPRODUZIONE RISERVATA ©
#: Copyright ANSA"; a longer sentence naming rights is the article's.
SHORT_NOTICE_WORDS = 8

_INLINE_LINK = re.compile(
    r"(?i)^(?:(?:à|a)\s+lire\s+aussi|lire\s+aussi|à\s+lire|voir\s+aussi|read\s+(?:more|also)|"
    r"see\s+also|leggi\s+anche|lee\s+también|mehr\s+zum\s+thema|lesen\s+sie\s+auch)"
    r"\s*[:.—–-]?\s*\S")
"""A link to another article, its label then its headline ("Lire aussi : Tramway, la
ligne 5 prolongée", "Read more: …", "Leggi anche …", "Lee también …", "Lesen Sie auch
…"): at a paragraph's end, the rest of the block is the link."""

#: A share button's verb, folded, in the languages veille reads (fr, en, de, es, it, nl,
#: pt, ru): a closed class, written by us from the buttons' usual labels ("Partager",
#: "Share", "Teilen", "Compartir", "Condividi", "Delen", "Compartilhar", "Поделиться").
SHARE_VERBS = frozenset("""
share partager partagez teilen compartir comparte compartilhar compartilhe condividi
delen deel поделиться
""".split())
#: The words a share button's label holds beside its verb ("Partager sur Facebook",
#: "Share this article", "Comparte esta noticia", "Teilen per E-Mail", "Condividi su
#: WhatsApp"): function words, what is shared, and the networks' names.
SHARE_FILLERS = frozenset("""
this article story sur on via par per en auf op su con in mit по le la les l the cet
cette esta este esto noticia noticias articulo questo questa articolo notizia diesen
dieser artikel beitrag dit deze artigo materia статьей новостью facebook twitter x
whatsapp linkedin bluesky telegram threads mastodon email e-mail mail courriel lien link
copier copy
""".split())
#: Words of a share button's label, at most.
SHARE_LABEL_WORDS = 6


#: What a label's word is stripped of (:func:`_label_words`).
_LABEL_PUNCTUATION = ".,:;!?()«»\"'"


def _label_words(text: str) -> list[str]:
    return [w.strip(_LABEL_PUNCTUATION).lower() for w in ts.fold(text).split()]


def share_label(text: str) -> bool:
    """Whether ``text`` is a share button's label: at most :data:`SHARE_LABEL_WORDS`
    words, one of :data:`SHARE_VERBS` at least, nothing else but :data:`SHARE_FILLERS`
    ("Partager sur Facebook", "Comparte esta noticia", "Share")."""
    found: list[str] = []
    for word in ts.fold(text).split():
        word = word.strip(_LABEL_PUNCTUATION).lower()
        if word:
            if len(found) == SHARE_LABEL_WORDS:
                return False  # too long for a label: the rest is not read (r-html58)
            found.append(word)
    return (bool(found) and any(w in SHARE_VERBS for w in found)
            and all(w in SHARE_VERBS or w in SHARE_FILLERS for w in found))


def notice_sentence(text: str) -> bool:
    """Whether the sentence ``text``, found at a paragraph's start or end, is a page's
    notice (the module docstring lists the kinds); ``False`` for a sentence of the text."""
    n = ts.word_count(text)
    if not n or n > MAX_NOTICE_WORDS or _QUOTE_MARKS.search(text):
        return False
    if share_label(text):
        return True
    # the length and the sign first: most sentences a paragraph opens or closes on are
    # longer than a short notice and bear no sign, and the two notice tests cost ~15 µs
    # a sentence (issue 13; the same answer: both sides are pure tests)
    if (n <= SHORT_NOTICE_WORDS or _COPYRIGHT_SIGN.match(text)) and (
            ts.is_copyright(text) or ts.paywall_text(text)):
        return True
    if ts.forbids_copy(text):  # "Está expresamente prohibida la redistribución …" (t-final63 #6)
        return True
    if n <= COPYRIGHT_SIGN_WORDS and _COPYRIGHT_SIGN.match(text):
        return True  # "© Copyright ANSA", "© Reuters", no year
    return (n <= FURNITURE_SENTENCE_WORDS and _READER.search(text) is not None
            and ts.furniture_hits(text) >= FURNITURE_SENTENCE_HITS
            and stands_as_chrome(text, ts.furniture_hits))


def _paragraph(text: str) -> bool:
    """Prose of :data:`MIN_REST_WORDS` words or more that is no notice itself (a paywall
    box's two sentences, "Il vous reste 78 % de cet article à lire. La suite est réservée
    aux abonnés.", are one notice, not a paragraph and a notice)."""
    shape = ts.block_shape(text)
    return (shape.prose and shape.n_words >= MIN_REST_WORDS and shape.head != "notice"
            and not ts.paywall_text(text))


def _tail_start(sentences: list[str]) -> int:
    """The index of the first sentence of the notice closing ``sentences``, or
    ``len(sentences)`` when none closes them."""
    end = len(sentences)
    while end > 1 and notice_sentence(sentences[end - 1]) and not _open_quote(
            " ".join(sentences[:end - 1])):
        end -= 1
    for k in range(1, end):
        if _INLINE_LINK.match(sentences[k]) and ts.word_count(
                " ".join(sentences[k:])) <= MAX_NOTICE_WORDS:
            return k
    return end


def _open_quote(text: str) -> bool:
    """Whether ``text`` leaves a quotation open (more « than », or an odd number of
    straight double quotes): what follows is still speech."""
    return text.count("«") > text.count("»") or text.count("“") > text.count("”") \
        or text.count('"') % 2 == 1


#: Words that end a share button's label: what is shared or where ("Partager sur
#: Facebook", "Share this article", "Comparte esta noticia"). A label of a verb and
#: function words only ("Teilen Sie Ihre …", "Partager sur …") is the sentence's own
#: imperative, not a button (t-final52b A1).
_LABEL_ENDS = frozenset("""
article story noticia noticias articulo articolo notizia artikel beitrag artigo materia
статьей новостью facebook twitter x whatsapp linkedin bluesky telegram threads mastodon
email e-mail mail courriel lien link
""".split())


def _glued_label(text: str) -> int:
    """Where the paragraph starts after a share button's label glued before its first
    word with no mark between them ("Comparte esta noticia Las intensas …", "Partager
    sur Facebook Un incendie …"), or 0. The label is the longest one that ends on what is
    shared or where (:data:`_LABEL_ENDS`) and is followed by a capital that is no part of
    a label: "Partager sur Facebook une vidéo …" is a sentence, kept whole."""
    words = text.split(" ", SHARE_LABEL_WORDS + 1)
    first = _label_words(words[0])
    if not first or (first[0] not in SHARE_VERBS and first[0] not in SHARE_FILLERS):
        return 0  # the usual case: a paragraph opening on a word of no label
    cut = 0
    for k in range(1, min(SHARE_LABEL_WORDS, len(words) - 1) + 1):
        label = " ".join(words[:k])
        if not share_label(label):
            break
        last = _label_words(words[k - 1])
        nxt = _label_words(words[k])
        if (words[k][:1].isupper() and last and last[0] in _LABEL_ENDS
                and not (nxt and (nxt[0] in SHARE_VERBS or nxt[0] in SHARE_FILLERS))):
            cut = len(label) + 1
    return cut


def split_glued(block: str) -> tuple[str, str, str]:
    """``block`` cut into (notice before, paragraph, notice after), each notice "" when
    none: ``("", block, "")`` when no notice is glued to it, or when what would be left is
    no paragraph (module docstring). ``block`` is whitespace-normalised (one space between
    words)."""
    whole = ("", block, "")
    if len(block) < MIN_BLOCK_CHARS:
        return whole
    sentences = _BOUNDARY.split(block)
    head = 0
    while head < len(sentences) - 1 and notice_sentence(sentences[head]):
        head += 1
    before = " ".join(sentences[:head])
    tail = _tail_start(sentences) if len(sentences) - head > 1 else len(sentences)
    tail = max(tail, head + 1)
    after = " ".join(sentences[tail:])
    body = " ".join(sentences[head:tail])
    if not before:
        cut = _glued_label(body)
        if cut and _paragraph(body[cut:]):
            before, body = body[:cut - 1], body[cut:]
    if before and not after and ts.is_copyright(before) and ts.is_copyright(block):
        # A rights line and its terms, one notice ("Alle Rechte vorbehalten.
        # Vervielfältigung nur mit Genehmigung der … GmbH."): no paragraph follows it.
        return whole
    if (before or after) and _paragraph(body):
        return before, body, after
    return whole
