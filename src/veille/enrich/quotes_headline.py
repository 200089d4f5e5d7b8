"""The headline zone of an article and its labels (issue 16, fault 1): where a quote is a
headline's or a subheading's, and whether the words before its colon are a kicker.

A news page prints above its body a **kicker** (surtitre: the section, "Politique",
"Société", "Santé"; a rubric, "Le Mag", "Les Décodeurs"; a genre, "Exclusif") and the
**headline**, often a quote: "Macron : « … »" names its speaker before the colon, but
"Retraites : « … »" or "Réforme des retraites : « … »" names the story's topic (Lexique
des règles typographiques en usage à l'Imprimerie nationale: titles and surtitles take
no final period; the kicker is a label, never a sentence). A headline's quote repeats the
body's words, so its speaker is the one named in the headline before the colon, or the
one the body gives the same words, or none; never the kicker line above it nor a name the
pronoun rules would fetch from outside the headline.

Pure functions on the text; the lexicon is the French one of :mod:`veille.enrich.lexicon`
(empty without the spaCy model: then no label is taken for a kicker).
"""

from __future__ import annotations

import re

from veille.enrich.gender import given_name_gender
from veille.enrich.lexicon import french
from veille.enrich.quotes_refs import ROLE, is_body
from veille.enrich.text import TITLE_NOUNS, fold

MAX_HEADLINE_LINES = 4
"""Most lines above the body (kicker, headline, deck): a later line is the body's."""
MAX_HEADING_CHARS = 150
"""A line longer than this is a paragraph, not a headline nor a kicker."""
MAX_KICKER_WORDS = 6

_LINE_END = re.compile(r"[.;,]\s*[»”\"]?\s*$")
"""A line ending with a period, a semicolon or a comma is a sentence of the body (a
headline may end with "?" or "!")."""
_SENTENCE_INSIDE = re.compile(r"[a-zà-ÿ]{2}[.!?…]\s+[A-ZÀ-Ýa-zà-ÿ]|[»”\"]\s*,\s+[a-zà-ÿ]")
"""A sentence's end inside a line with words after it (outside quotes), or an incise after
a quote ("« … », a-t-elle déclaré"): the line is the body's, not a headline."""
_LINK_WORDS = frozenset("de du des d la le l les à a au aux en et sur pour".split())
"""Function words inside a kicker ("Réforme des retraites", "Faits divers et justice")."""
_DETERMINER = re.compile(r"(?i)(?:le|la|les|l['’]|un|une|son|sa|ses|leur|ce|cette)\b")


def in_headline(text: str, at: int) -> bool:
    """Whether offset ``at`` lies in the lines above the body: its line and every
    non-blank line before it are at most ``MAX_HEADING_CHARS`` long and none before it
    ends as a sentence (``_LINE_END``), at most ``MAX_HEADLINE_LINES`` lines in all."""
    line_start = text.rfind("\n", 0, at) + 1
    before = [line for line in text[:line_start].splitlines() if line.strip()]
    if len(before) >= MAX_HEADLINE_LINES:
        return False
    line_end = text.find("\n", at)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return len(line.strip()) <= MAX_HEADING_CHARS and not _LINE_END.search(line) and \
        not _SENTENCE_INSIDE.search(_without_quotes(line)) and all(
            len(b.strip()) <= MAX_HEADING_CHARS and not _LINE_END.search(b) for b in before)


def _without_quotes(line: str) -> str:
    return re.sub(r"[«“\"][^«»“”\"]*[»”\"]", "« »", line)


def heading_line(text: str, start: int, end: int) -> bool:
    """Whether the quote ``text[start:end]`` (marks excluded) is a line by itself that is a
    heading: the article's first line, or a line with no final punctuation inside its
    marks (a subheading: "«Renouveler les alliances»" between two paragraphs), unless the
    line above ends with a colon (it introduces the quote)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    inner = text[start:end]
    if re.fullmatch(r"\s*[«“\"]\s*" + re.escape(inner) + r"\s*[»”\"]\s*", line) is None:
        return False
    if text[:line_start].rstrip().endswith(":"):
        return False  # "Il a conclu :\n« … »": the line above introduces it
    return not text[:line_start].strip() or not re.search(r"[.!?…]\s*$", inner)


def kicker(text: str, label: str, start: int) -> bool:
    """Whether the words ``label`` at ``start`` before a headline quote's colon are a
    kicker (a section, a topic, a rubric), not a speaker: in the headline zone
    (:func:`in_headline`), no determiner, at most ``MAX_KICKER_WORDS`` words, every word
    a number or a common word of the lexicon ("Santé", "Réforme des retraites",
    "Municipales 2026"), and none of them written in the body as part of a person's name
    ("Berger : « … »" with "Laurent Berger" in the body is a speaker)."""
    label = label.strip()
    if not label or not in_headline(text, start) or _DETERMINER.match(label):
        return False
    if _titled(text, start):
        return False  # "Le ministre Vasseur : « … »": a title's holder (t-final59)
    words = [w for w in re.split(r"[\s|/–—-]+|['’]", label) if w]
    if not words or len(words) > MAX_KICKER_WORDS:
        return False
    if topic_label(label):
        return True  # "Crues du Gard : « … »": the story's topic and its place
    if sum(w[:1].isupper() for w in words) > 1:
        return False  # "Laurent Berger : « … »": a person's name
    lexicon = french()
    if not all(w.isdigit() or fold(w) in _LINK_WORDS or lexicon.is_word(w) for w in words):
        return False
    line_end = text.find("\n", start)
    body = text[line_end:] if line_end >= 0 else ""
    for word in words:
        if not word[:1].isupper():
            continue
        if re.search(r"(?:[A-ZÀ-Ý][\w'’-]+\s+|(?:M\.|Mme|Mlle|Dr|Pr|Me)\s+)"
                     + re.escape(word) + r"\b", body):
            return False  # a surname the body writes after a given name or a title
    return True


def _titled(text: str, start: int) -> bool:
    """Whether the word right before ``start`` on its line is a title or a role noun
    ("ministre", "sindaco", "alcaldesa", "Mayor"; :data:`TITLE_NOUNS`, :data:`ROLE`): the
    label after it is the holder's name, no kicker (r-quotes60)."""
    before = re.search(r"([^\W\d_][\w'’-]*)[ \xa0]+$", text[text.rfind("\n", 0, start) + 1:start])
    return before is not None and (fold(before.group(1)) in TITLE_NOUNS or re.fullmatch(
        ROLE, before.group(1), re.IGNORECASE) is not None)


_TOPIC_LINK = frozenset("de du des d à au aux en sur dans".split())
"""The preposition between a topic's noun and the place or name it is about."""


def topic_label(label: str) -> bool:
    """Whether a headline's label is a topic named by a common noun and what it is about
    ("Crues du Gard", "Inondations de la Loire", "Incendie à Voiron"): its first word a
    common word of the lexicon that is no given name, no title nor role ("Maire de
    Nice"), no body ("Conseil de Paris", "Mairie de Lyon": an organisation speaks), then a
    preposition. Such a label names what the story is about, not who speaks (t-final56 A3:
    a tribune's "Crues du Gard : « … »"). False without the lexicon."""
    words = [w for w in re.split(r"[\s|/–—-]+|['’]", label.strip()) if w]
    if len(words) < 3 or fold(words[1]) not in _TOPIC_LINK or not words[0][:1].isupper():
        return False
    head = words[0]
    return french().is_word(head) and not given_name_gender(head) and \
        fold(head) not in TITLE_NOUNS and not is_body(fold(head)) and \
        not re.fullmatch(ROLE, head, re.IGNORECASE)


def without_kicker(cue: str, speaker: str, start: int, end: int, text: str
                   ) -> tuple[str, str, int, int]:
    """A colon introduction's speaker less a kicker (:func:`kicker`): "Santé : « … »"
    keeps its cue ":" and no speaker, which the body's repetition of the words may give
    it later; any other speaker is returned as is."""
    if cue == ":" and speaker and kicker(text, speaker, start):
        return cue, "", start, start
    return cue, speaker, start, end
