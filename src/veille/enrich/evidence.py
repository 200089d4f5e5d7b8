"""Evidence in an article's own words for what a capitalised span is (issue 16, "entity
noise that makes veille say something false"): a person needs person evidence, a place
that a company's words surround is the company, a common word capitalised by its
position is no name.

The recogniser reads a capital as a name. French capitalises every sentence's first word,
every headline's and every interface label's ("Paragraphe", "Publicité", "Abonnez-vous"),
so a capital there says nothing; and it names companies after places ("Saint-Gobain",
"Orange"). The rules here read the rest of the article for the evidence the capital does
not give (one sense per document, Gale, Church and Yarowsky 1992):

- **person evidence**: a use written capitalised inside a sentence ("selon Martin",
  "Paul Martin"), a title before a use ("M.", "Mme", "Dr"), a known given name
  (:func:`veille.extract.bare_byline.known_given_name`);
- **a common word**: the French lexicon of :mod:`veille.enrich.lexicon`;
- **company evidence**: a legal form after the name ("Casino Guichard-Perrachon SA",
  "Valeo Inc."), an organisation's class noun before a use ("la société X", "le groupe
  X", "l'opérateur X"), an organisation's head word in an English name ("Clark Art
  Institute", "Moore Foundation").
"""

from __future__ import annotations

import functools
import re
import unicodedata

from veille.enrich.furniture_words import plural_common_noun
from veille.enrich.lexicon import french
from veille.enrich.text import fold

AT_SENTENCE_START = re.compile(r"(?:^|[.!?:;«»\"“”—–\n]\s*)$")
"""The end of the text before a word that opens a sentence (or a paragraph, a headline)."""
BEFORE_A_TITLE = re.compile(r"(?<!\w)(?:M|Mme|Mlle|MM|Mmes|Dr|Me|Mgr|Pr)\.?\s+$")
"""A courtesy or professional title right before a name ("M. ", "Mme ", "Dr ")."""

ORGANISATION_NOUNS = (
    "réseau", "société", "groupe", "opérateur", "entreprise", "compagnie", "marque",
    "enseigne", "firme", "constructeur", "fabricant", "chaîne", "site", "application",
    "plateforme", "laboratoire", "club", "syndicat", "banque", "assureur", "transporteur",
    "distributeur", "magasin", "journal", "quotidien", "hebdomadaire", "agence", "cabinet",
    "fonds", "start-up", "association", "parti", "institut", "label", "service",
    "logiciel", "équipementier", "géant", "régie", "opératrice", "mutuelle", "trottinette",
    "vélo", "scooter", "voiture", "boutique", "supermarché", "hypermarché", "média",
    "chantier")
"""Common nouns that class an organisation or a product, whose name French puts in
apposition after them ("le réseau Tisséo", "l'opérateur Free", "la société Michelin",
"l'application Waze", "le chantier naval Piriou"; a product or a shop named by its
brand: "les trottinettes Dott", "les boutiques Lacoste"); none is a person's title.
"usine" and "mission" were measured and left out: "l'usine électro-chimique Laufen",
"la mission Américaine" of the HIPE newspapers are a town and a nationality (bench/ner.py)."""
_CLASS_NOUN = (r"(?<![\w'’])(?:(?:le|la|les|du|des|au|aux|un|une)\s+|l['’]\s*)(?:"
               + "|".join(ORGANISATION_NOUNS) + r")s?")
NO_PERSON_BEFORE = re.compile(
    r"(?:" + _CLASS_NOUN + r"|(?<![\w'’])(?:chez|selon|via|d['’][ \t\u00a0]*après))"
    r"[ \t\u00a0]+$", re.IGNORECASE)
"""What French writes before an organisation's name and not before a person's bare
surname: an article and an organisation's class noun (``ORGANISATION_NOUNS``), or
"chez", "selon", "d'après", "via" (a firm's premises, its statement, its service). Measured on
bench/ner.py: an article alone before the name ("du Galignani", "les Jouvet") or an
article and any common noun ("le général Bèrthier", "le docteur Grodard") lost more
persons than it found organisations, and was left out."""
CLASS_NOUN_BEFORE = re.compile(
    _CLASS_NOUN + r"(?:[ \t\u00a0]+(?!(?:des|les|aux|une|par|pour|sur|dans|avec|sans|"
    r"entre|vers|chez|qui|que)\b)(?-i:[a-zà-ÿ-]{3,}))?[ \t\u00a0]+$", re.IGNORECASE)
"""An article and an organisation's class noun right before a name, and an adjective
between them ("la société ", "le groupe ", "la chaîne qatarie "): the name is the
organisation's, even a place's name ("le groupe Saint-Gobain" is no town of the Aisne)
or what looks like a person's ("la chaîne qatarie Al Jazeera"). A complement between
("le géant du luxe ") was measured and left out: "la compagnie du capitaine JeanPaul",
"le service de santé Berruyer" of the HIPE newspapers are persons (bench/ner.py)."""
LEGAL_FORM = re.compile(
    r"(?:SA|SAS|SASU|SARL|SCA|SE|S\.A\.?|Inc\.?|Ltd\.?|LLC|plc|PLC|GmbH|AG|NV|N\.V\.|BV|"
    r"SpA|S\.p\.A\.?|Corp\.?|Corporation|Holding|Holdings|Group|Groupe)(?![\w'’-])")
"""Legal forms and group words that end a company's name ("Orange SA", "Valeo Inc.",
"Renault Group"; the registers' abbreviations: INSEE's catégories juridiques, and the
usual English, German, Dutch and Italian ones)."""
_ORGANISATION_HEADS = frozenset(fold(w) for w in (
    "Institute", "Institut", "Foundation", "Fondation", "Museum", "Musée", "University",
    "Université", "College", "Company", "Group", "Groupe", "Bank", "Banque", "Association",
    "Society", "Club", "Airlines", "Airways", "Corporation", "Council", "Committee",
    "Agency", "Trust", "Fund", "Party", "Federation", "Fédération", "Ministry", "Records",
    "Studios", "Pictures", "Motors", "Technologies", "Industries", "Laboratories",
    "Laboratoires", "Telecom", "Partners", "Holding", "Water", "Energy", "Power", "Gas",
    "Rail", "Railways", "Utilities", "Media", "Hotels", "Airport", "Police",
    "Bahn", "Bahnen", "Agglomération", "Agglo", "Métropole", "Habitat",
    "Transit", "Transportation", "Authority", "Department"))
"""Words that head or end an organisation's name and never a person's ("Sterling and
Francine Clark Art Institute", "Gordon and Betty Moore Foundation", "Casino
Guichard-Perrachon SA"): English puts the head last, which the first-word rule for
institutions (``entities._INSTITUTION``) does not see. German railways ("Matterhorn
Gotthard Bahn", "Rhätische Bahn") and French intercommunal bodies and landlords ("Vienne
Condrieu Agglomération", "Grand Besançon Métropole", "Lyon Métropole Habitat") end so
(t-enrich25 E10: persons). English public bodies end with their kind too ("Halifax
Transit", "Winnipeg Transit", "Arizona Department of Transportation", "Port Authority":
t-final36 A7, "Halifax Transit" was a person)."""


COMPASS = frozenset({"nord", "sud", "est", "ouest", "levant", "orient", "occident",
                     "midi", "couchant", "septentrion"})
"""Cardinal points and their old names, capitalised when they name a region ("dans
l'Ouest", "le Levant", "le Midi"; Grevisse, *Le Bon Usage* § 100): places, though
common words and adjectives too."""


def _bounded(text: str, word: str, boundary: str) -> list[int]:
    """The offsets of ``word`` in ``text`` with no letter, digit or ``boundary`` character
    right before or after (a plain scan: no pattern compiled per word)."""
    found, at = [], text.find(word)
    while at >= 0:
        before = text[at - 1] if at else " "
        end = at + len(word)
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before == "_" or before in boundary) and \
                not (after.isalnum() or after == "_" or after in boundary):
            found.append(at)
        at = text.find(word, at + 1)
    return found


def uses(text: str, word: str) -> list[int]:
    """The offsets of ``word`` written whole (case as given) in ``text``."""
    return _bounded(text, word, "'’-")


def at_sentence_start(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens a sentence, a paragraph or a headline."""
    return bool(AT_SENTENCE_START.search(text[max(0, at - 20):at]))


_OPENING = re.compile(r"(?:^|[.!?:;«»\"“”—–\n]\s*(?:[-–—]\s*)?)"
                      r"(?:(?:Le|La|Les|Un|Une|Des|Du|Ce|Cet|Cette|Ces)\s+|L['’]\s*)?$")
"""A sentence's opening before a word: its start (a dateline's dash too: "22 mai 2012. -
"), and a capitalised determiner ("Le Frère musulman Mohamed Morsi", "La Publicité")."""


def opens_a_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` is a sentence's first word or its first noun, after a
    capitalised determiner: the position French capitalises whatever the word. Symbols
    before it (an emoji, a bullet: "🔥 Incendie à …", t-enrich20 E16) open nothing and
    are passed over."""
    before = text[max(0, at - 24):at]
    spaces = " \t\u00a0"
    stripped = before.rstrip(spaces)
    while stripped and (unicodedata.category(stripped[-1])[0] == "S"
                        or stripped[-1] in "\ufe0f\u200d"):
        stripped = stripped[:-1].rstrip(spaces)
    if stripped != before.rstrip(spaces):
        before = stripped
    return bool(_OPENING.search(before))


def capitalised_inside_a_sentence(text: str, word: str) -> bool:
    """Whether ``word`` is written with its capital somewhere other than a sentence's start
    (the evidence that it is a name: "le Brexit", "du Covid-19")."""
    return any(not at_sentence_start(text, at) for at in _bounded(text, word, ""))


@functools.lru_cache(maxsize=4096)
def _capitalised_past_an_opening(text: str, word: str) -> bool:
    """Whether a use of ``word`` is capitalised where French does not capitalise a
    common word: past a sentence's opening (:func:`opens_a_sentence`). Remembered per
    text and word (asked once per mention: n uses would cost n², t-enrich22 E14)."""
    return any(not opens_a_sentence(text, at) for at in _bounded(text, word, ""))


@functools.lru_cache(maxsize=4096)
def person_evidence(text: str, word: str) -> bool:
    """Whether the article gives one-word ``word`` a person's evidence: a use capitalised
    past a sentence's opening ("selon Martin", "Paul Martin"), a title before a use ("M. Martin":
    the stop of "M." is no sentence end), or a known given name. Remembered per text and
    word (t-enrich22 E14)."""
    from veille.extract.bare_byline import known_given_name

    if known_given_name(word) or _capitalised_past_an_opening(text, word):
        return True
    return any(BEFORE_A_TITLE.search(text, max(0, at - 12), at) for at in uses(text, word))


def common_word_by_position(text: str, start: int, word: str, label: str, *,
                            block: str | None, known_place: bool) -> bool:
    """Whether one-word span ``word`` (label ``label``, at ``start``) is a French common
    word that its position alone capitalised, with nothing in the article to make it a
    name: the whole of its paragraph (``block``, an interface label or a heading:
    "Publicité", "Rechercher"), or at a sentence's start ("Paragraphe 14.", "Baptisée «
    3DS XL », la machine…", "Reconfigurer les sites…") and never capitalised inside a
    sentence. There, a person needs person evidence (:func:`person_evidence`); a place
    the gazetteer does not know (``known_place``) is no place; an organisation or other
    name is dropped only when it is a verb's form ("Abonnez", "Partagez") or a plural
    noun ("Grèves", "Manifestations"), as companies take common nouns' names in the
    singular ("Orange", "Total"). The lexicon is
    :func:`veille.enrich.lexicon.french`."""
    lexicon = french()
    if known_place or fold(word) in COMPASS or not lexicon.is_word(word):
        return False
    if block is not None and block.strip(" \t.,;:!?»«\"“”()") == word:
        return True
    if not opens_a_sentence(text, start) or _capitalised_past_an_opening(text, word):
        return False
    if label == "PER":
        return not person_evidence(text, word)
    # A plural common noun ("Grèves à la SNCF :") names no company (t-final27 F6), nor
    # a singular one that heads a noun phrase ("Grève à la SNCF :", "Pénurie chez X")
    # or that the text writes in lower case too ("la grève"): t-final52, "org:greve".
    return label == "LOC" or lexicon.is_verb_form(word) or plural_common_noun(word) or (
        lexicon.is_noun(word) and (bool(_PREPOSITION_AFTER.match(text, start + len(word)))
                                   or _written_lower(text, word)))


_PREPOSITION_AFTER = re.compile(
    r"[ \t\u00a0]+(?:à|au|aux|chez|dans|sur|sous|pour|contre|en|entre|après|avant|vers|"
    r"face à|autour|de|des|du|d['’])(?=[ \t\u00a0'’])")
"""A French preposition right after a word: the word heads a noun phrase ("Grève à la
SNCF", "Colère des agriculteurs"), the way headlines without an article open (Grevisse,
*Le Bon Usage*, § 586: the article left out in titles), not a company's name, which a
verb follows ("Total a annoncé")."""


def _written_lower(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` (or its plural in -s/-x) in lower case as a whole
    word ("la grève" beside the headline's "Grève")."""
    lower = re.escape(word[:1].lower() + word[1:])
    return re.search(rf"(?<![\w'’-]){lower}[sx]?(?![\w'’-])", text) is not None


def lower_case_phrase(text: str, name: str) -> str | None:
    """For a span of several words that the article also writes with its first word in
    lower case ("Boson de Higgs" in a headline, "le boson de Higgs" in the text), a common
    noun phrase the headline's or the sentence's capital made look like a name: the name
    after its first "de" ("Higgs"), or '' when none follows; None for another span. The
    first word must be a word of the French lexicon and no given name ("François
    d'Assise")."""
    from veille.extract.bare_byline import known_given_name

    first, _, rest = name.partition(" ")
    if not rest or not first[:1].isupper() or first.isupper() or known_given_name(first) \
            or not french().is_word(first):
        return None
    lowered = first[:1].lower() + first[1:] + " " + rest
    if not uses(text, lowered):
        return None
    after = re.match(r".*?(?<![\w'’])(?:de la |de l['’]|des |du |de |d['’])(.+)$", rest)
    return after.group(1) if after and after.group(1)[:1].isupper() else ""


def organisation_by_its_words(name: str) -> bool:
    """Whether a person's (or other name's) span holds an organisation's head word after
    its first word (``_ORGANISATION_HEADS``: "Francine Clark Art Institute", "Casino
    Guichard-Perrachon SA", a legal form as written and not in an all-caps line: "Sa",
    "IL SE FAIT" hold none): an organisation."""
    words = re.split(r"[\s,]+", name.strip())
    shouting = all(w.isupper() for w in words if w.isalpha())  # "IL SE FAIT", "SA"
    return len(words) > 1 and any(
        (w[:1].isupper() and fold(w) in _ORGANISATION_HEADS)
        or (not shouting and LEGAL_FORM.fullmatch(w)) for w in words[1:])


_LONGER_NAME_AFTER = re.compile(r"[ \t\u00a0]+[A-ZÀ-Þ]")


def company_evidence(text: str, name: str) -> bool:
    """Whether the article gives ``name`` a company's evidence: a legal form ending it or
    right after a use ("Orange SA", "Valeo Inc."), or an organisation's class noun right
    before a use ("la société Saint-Gobain", "le groupe Casino"). A use that a capitalised
    word continues is a longer name's ("la société Lyon Habitat Services" is no evidence
    that Lyon is a firm: t-enrich20 E8)."""
    if " " in name and LEGAL_FORM.fullmatch(name.split()[-1]) and not name.isupper():
        return True
    for at in uses(text, name):
        after = text[at + len(name):at + len(name) + 12]
        if _LONGER_NAME_AFTER.match(after) and not LEGAL_FORM.match(after.lstrip()):
            continue  # "la société Lyon Habitat Services": a longer name's, not Lyon's
        if CLASS_NOUN_BEFORE.search(text, max(0, at - 30), at) or \
                re.match(r"[ \t\u00a0]+", after) and LEGAL_FORM.match(after.lstrip()):
            return True
    return False
