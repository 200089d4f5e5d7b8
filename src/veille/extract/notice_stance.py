"""Whether a sentence that uses a notice's words stands as page chrome or is the article's
own prose about the press (r-extract53, t-final52b A3/A5).

A block was judged a notice on its words alone: "Le journal vise 300 000 abonnés d'ici à
la fin 2028." (Les Échos on Le Parisien's subscribers), a scam's quoted line "Subscribe to
our newsletter to receive your refund." or a photographer's « … Tous droits réservés. »
left the body, and the paragraphs after them were read as "outside the article's text".

A notice is chrome because of where and how it stands, not because of its words: it
**addresses the reader** (an imperative, "you", "vous", "Sie", or the site speaking of
itself: "our newsletter", "notre newsletter"), it is **not reported** (no quotation marks
around its words, no reporting verb: "a précisé", "said", "sagte"), and it is **not inside
a run of prose** (no sentence of the block is plain narration). A sentence of the article
speaks of subscribers in the third person ("Sa newsletter compte 500 000 inscrits"),
quotes the notice it tells about, or names who said it.

The stock paywall sentences ("Cet article est réservé aux abonnés", :func:`~veille.extract.
textshape.paywall_text`) address no one and stay notices; so do blocks that are not prose
(labels, buttons, lines that end no sentence): the rules here run only on prose.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["credits_after_narration", "rights_only_quoted", "sign_inside_sentence",
           "stands_as_chrome", "unquoted"]

#: A quoted span: French guillemets, English and German curly quotes, straight double
#: quotes (at most 600 characters; an unclosed quote is left as it is).
_QUOTED = re.compile(r"«[^«»]{0,600}»|“[^“”]{0,600}[”“]|„[^„“”]{0,600}[“”]|\"[^\"]{0,600}\"")

#: Words by which a page addresses its reader or speaks as the site (lower case): second
#: person pronouns and possessives, the site's first person plural (fr, en, es, it, de).
#: German "Sie", "Ihr", "Ihre" address the reader only capitalised inside a sentence
#: (:data:`_GERMAN_POLITE`); lower case they are "she", "they", "her".
_ADDRESS = frozenset("""
vous votre vos tu ton ta tes toi nous notre nos
you your yours we our us
usted ustedes vosotros vuestro vuestra vuestros vuestras tú te tus nuestro nuestra
nuestros nuestras
voi vostro vostra vostri vostre tuo tua tuoi tue nostro nostra nostri nostre
du dein deine deinen deinem deiner wir uns unser unsere unseren unserem unserer
""".split())
_GERMAN_POLITE = frozenset({"Sie", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer"})

#: A reporting clause: someone said the block's words ("a précisé le directeur", "said
#: Detective Inspector X", "she added", "explicó", "ha detto", "sagte er"); the press's
#: usual verbs of speech in the past, with French's compound and inverted forms.
_REPORTING = re.compile(
    r"(?i)\b(?:(?:a|ont|avait|avaient)(?:-t-(?:il|elle|on)|-(?:ils|elles))?\s+"
    r"(?:déclaré|précisé|expliqué|indiqué|annoncé|ajouté|affirmé|assuré|souligné|"
    r"rappelé|confié|lancé|estimé|dit|raconté|témoigné|répondu|prévenu|averti|"
    r"dénoncé|regretté|reconnu|confirmé|insisté|noté|relevé|poursuivi|conclu)|"
    r"selon|d'après|d’après|"
    r"said|says|told|added|explained|warned|stated|announced|according to|"
    r"dijo|explicó|afirmó|añadió|señaló|aseguró|advirtió|según|"
    r"ha (?:detto|spiegato|dichiarato|aggiunto|affermato|sottolineato)|secondo|"
    r"sagte|sagt|erklärte|betonte|warnte|teilte|laut)\b")

#: A sentence's end, then the next sentence (for the "run of prose" test).
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])\s+")
#: A clause's end: a sentence's, or a colon or semicolon ("Inscrivez-vous, partagez,
#: abonnez-vous : le slogan de la campagne a été décliné dans le métro." tells of a
#: slogan after its colon).
_CLAUSE_BREAK = re.compile(r"(?<=[.!?…])\s+|\s*[:;]\s+")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
#: A sentence of plain narration has at least this many words.
NARRATION_WORDS = 6


def unquoted(text: str) -> str:
    """``text`` with its quoted spans (:data:`_QUOTED`) replaced by one space: the words
    the block itself says, not those it reports."""
    if not any(mark in text for mark in "«“„\""):
        return text
    return _QUOTED.sub(" ", text)


def _addresses(sentence: str, hits: Callable[[str], int]) -> bool:
    """Whether a sentence addresses the reader or speaks as the site: a word of
    :data:`_ADDRESS` (or a German polite form inside it), or an imperative of the page's
    furniture opening it ("Abonnez-vous", "Subscribe", "Partagez", "Teilen Sie")."""
    words = _WORD.findall(sentence)
    if not words:
        return False
    for i, word in enumerate(words):
        parts = word.lower().replace("’", "-").replace("'", "-").split("-")
        if any(part in _ADDRESS for part in parts):
            return True
        if i > 0 and word in _GERMAN_POLITE:
            return True
    return hits(words[0]) > 0


def stands_as_chrome(text: str, hits: Callable[[str], int]) -> bool:
    """Whether a prose block whose words are a notice's stands as page chrome: it
    addresses the reader (:func:`_addresses`) in its own words (quotes removed,
    :func:`unquoted`), names no reporting clause (:data:`_REPORTING`), and every sentence
    or clause (after a colon or a semicolon) of at least :data:`NARRATION_WORDS` words
    addresses the reader or uses one furniture word in :data:`NARRATION_WORDS` at least
    (none is narration: "le slogan de la campagne publicitaire lancée en septembre a été
    décliné dans le métro" names one, "publicitaire", in fifteen words). ``hits``
    counts a text's furniture words (:func:`~veille.extract.textshape.furniture_hits`).
    Callers let a paywall sentence stay a notice before asking."""
    own = unquoted(text)
    if own != text and hits(own) == 0:
        return False  # the notice's words are all quoted: the block tells of a notice
    if _REPORTING.search(own):
        return False
    sentences = [s for s in _SENTENCE_BREAK.split(own) if _WORD.search(s)]
    if not any(_addresses(s, hits) for s in sentences):
        return False
    for clause in _CLAUSE_BREAK.split(own):
        n = len(_WORD.findall(clause))
        if n >= NARRATION_WORDS and hits(clause) * NARRATION_WORDS < n \
                and not _addresses(clause, hits):
            return False  # a clause of narration: the block is inside the prose
    return True


def rights_only_quoted(text: str, found: Callable[[str], bool]) -> bool:
    """Whether a block's rights formula or copyright line (``found``) stands only inside
    quotation marks ("« … Reproduction interdite. Tous droits réservés. »", a
    photographer's words): the block reports a notice, it is none."""
    own = unquoted(text)
    return own != text and not found(own)


#: A copyright sign and what precedes it in its sentence.
_SIGN_IN_SENTENCE = re.compile(r"(?:^|(?<=[.!?…])\s)([^.!?…]*?)(?:©|\([cC]\))")
_SIGN_AMID_SENTENCE = re.compile(r"(?:©|\([cC]\))([^.!?…]*)[.!?…]")
"""A copyright sign followed in its own sentence by words and that sentence's end: with at
least twice :data:`NARRATION_WORDS` words after the sign ("Une dépêche © AFP reprise sans
autorisation peut coûter cher : le journal a rappelé …", t-final53b A1) the sign is named
by a sentence that goes on, no credit closing a caption ("© AFP / Jean Dupont")."""


#: A copyright sign, alone.
_SIGN = re.compile(r"©|\([cC]\)")
#: Words a credit line opens on before its sign ("Photo ©", "Crédit photo : X /", "Foto
#: von X ©"): labels, and the words joining names. A sentence naming credits says more
#: ("Les photos sont ©", "Die Fotos sind ©", "Le foto sono ©": a verb).
_CREDIT_LEAD = frozenset("""
photo photos crédit crédits credit credits foto fotos bild bilder image images imagen
imágenes immagine immagini illustration infographie vidéo video par by de di da von
et and und e y ou or oder o
""".split())


def credits_after_narration(text: str) -> bool:
    """Whether a block's copyright sign stands in a sentence of its own words after a
    sentence of narration: the first sentence holding the sign is not the block's first,
    one sentence before it has at least twice :data:`NARRATION_WORDS` words and no sign,
    and the sign's sentence says at least three words before it, one of them lower case
    and no credit label (:data:`_CREDIT_LEAD`: a verb, "sont", "sind", "sono"). "Le journal
    rappelle que les images … (30 words). Les photos sont © AFP et © La Rep'." is a
    paragraph whose last sentence names credits, no credit line (t-final53b A10); a
    caption's credit ("… samedi. Photo : Jean Dupont / © AFP", "… samedi. © AFP") is one."""
    sentences = _SENTENCE_BREAK.split(text.strip())
    for k, sentence in enumerate(sentences):
        sign = _SIGN.search(sentence)
        if sign is None:
            continue
        before = _WORD.findall(sentence[:sign.start()])
        return (k > 0 and len(before) >= 3
                and any(w[0].islower() and w.lower() not in _CREDIT_LEAD for w in before)
                and any(len(_WORD.findall(s)) >= 2 * NARRATION_WORDS and not _SIGN.search(s)
                        for s in sentences[:k]))
    return False


def sign_inside_sentence(text: str) -> bool:
    """Whether a block holds its copyright sign amid a sentence that goes on for
    :data:`_SIGN_AMID_SENTENCE`'s words after it, or, of two sentences or more, holds it inside a
    sentence, after at least :data:`NARRATION_WORDS` words of it ("L'image portait
    pourtant en petits caractères la mention © AFP.", t-final52b A5): the reporter's
    sentence names a credit, the block is no credit line (a caption's credit follows its
    sentence's end: "Le maire à l'inauguration. © Jean Dupont")."""
    if any(len(_WORD.findall(m.group(1))) >= 2 * NARRATION_WORDS
           for m in _SIGN_AMID_SENTENCE.finditer(text)):
        return True
    if len(_SENTENCE_BREAK.split(text.strip())) < 2:
        return False
    return any(len(_WORD.findall(m.group(1))) >= NARRATION_WORDS
               for m in _SIGN_IN_SENTENCE.finditer(text)) or credits_after_narration(text)


_SLASH_NAME_ENDING = re.compile(
    r"(?P<before>\S+)\s+[A-Z][\w\-]*\s*/\s*[A-Z][\w.\-]+(?:\s[A-Z][\w.\-]+){0,3}\s*\)?\s*$")


def slash_name_in_sentence(text: str) -> bool:
    """Whether a block's closing "X/Y" (the shape of a photo credit, "Jean Dupont/AFP")
    is the complement of a sentence of the reporter's: the word before it is a lower-case
    word ("dijo el biólogo Pablo Vera, de SEO/BirdLife.", "a spokesman for the AT/T
    union"), after at least :data:`NARRATION_WORDS` words of that sentence. A caption's
    credit follows its sentence's end or a capitalised name ("Le maire, mardi. Jean
    Dupont/AFP"). t-check67 F7: Las Provincias' quote paragraph was dropped as a credit
    and the story lost its speaker and its last paragraph."""
    match = _SLASH_NAME_ENDING.search(text.strip())
    if match is None:
        return False
    before = re.split(r"['’]", match.group("before"))[-1]  # "l'association UFC/Que Choisir"
    if not before.isalpha() or not before.islower():
        return False
    sentence = _SENTENCE_BREAK.split(text[:match.start()].strip())[-1]
    return len(_WORD.findall(sentence)) >= NARRATION_WORDS

