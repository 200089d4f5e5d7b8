"""A capture that opens on its headline: the first line, whatever punctuation ends it.

A text file or a copy of an article often holds the headline on its first line and the
body under it. A headline may end like a sentence: a question ("Faut-il revoir la loi
Leonetti ?"), an exclamation, a trailing ellipsis ("Cyclisme : Armstrong, le Giro
d'abord..."), even a full stop. Such a line is shaped like prose, so the capture's body
run opened on it and the headline search (:func:`~veille.extract.capture_head.choose_head`),
which looks above the body only, found none: the article came out untitled with its
headline as its first paragraph (t-reader19 R9: 19 of the 400 RPM2 files).

The capture's shape says the line is the headline when all of these hold:

* it is the capture's first block (nothing above it could be the headline), the body's
  first block or at most :data:`MAX_BETWEEN` blocks above it;
* it is headline-shaped (:func:`textshape.title_score`), of at most
  :data:`MAX_WORDS` words and :data:`MAX_SENTENCES` sentences, and no page furniture,
  byline, dateline, credit or notice by its own shape ("Lire la suite…", "Read more":
  :func:`textshape.block_shape`; a section's or the site's label, a breadcrumb:
  :func:`~veille.extract.furniture_title.furniture_reason`);
* it opens on no dateline, and ending with a full stop it holds at most
  :data:`FULL_STOP_WORDS` words;
* one of the body's first :data:`LONGER_WITHIN` blocks is longer than it (a headline
  heads a longer text; a kicker or subtitle may come first).

A question there heads the capture even when the body asks more (an explainer's
"comment ça marche ?" over its questions and answers): nothing above it could.
"""

from __future__ import annotations

import re

from veille.extract import textshape as ts
from veille.extract.dates import day_and_month
from veille.extract.furniture_title import FUNCTION_STEMS, furniture_reason, menu_line, stems_of
from veille.extract.masthead import names_outlet
from veille.extract.short_headline import topic_headline

#: Words of an opening headline, at most.
MAX_WORDS = 25
#: Sentences of an opening headline, at most ("Les politiques veulent tous voir le
#: dalaï-lama. Tous sauf...").
MAX_SENTENCES = 2
#: Blocks between the opening line and the body, at most (a kicker, a standfirst read as
#: a photo credit).
MAX_BETWEEN = 2
#: Words of an opening line ending with a full stop, at most: a headline printed with one
#: is short (RPM2's longest: 13 words, in-sample); a body pasted without its headline
#: opens on a longer sentence ("Les rats de laboratoire nourris au maïs transgénique
#: développeraient deux à trois fois plus de tumeurs.": Wikinews, held out).
FULL_STOP_WORDS = 14
#: A dateline opening the line ("30 juillet 2012. - ", "PARIS, 2 mai (AFP) – "): the
#: first paragraph's, no headline's.
_DATELINE_OPENING = re.compile(r"^[^-–—]{0,40}\d[^-–—]{0,40}?\s[-–—]\s")
#: Page-furniture terms (:func:`textshape.furniture_hits`) that refuse a first line: one
#: is a headline's subject ("France Télévisions : et si la fin de la publicité n'est pas
#: votée ?"), two are furniture ("Abonnez-vous à notre newsletter !"); a furniture line
#: ("Lire la suite…", "Read more") is a notice by its shape already.
FURNITURE_HITS = 2
#: Body blocks looked at for one longer than the opening line.
LONGER_WITHIN = 3
#: The kinds such a line may have been given: prose or a short sentence, ending like
#: one; a caption when the line under it was taken for a photo credit. Any other kind
#: is already a headline candidate.
_OPENING_KINDS = frozenset({"prose", "short", "caption"})


def opens_on_headline(blocks: list[str], kinds: list[str], kept: list[int],
                      outlet: str = "") -> bool:
    """Whether the capture's first block is its headline, although its kind keeps it from
    the headline search (see the module docstring). ``blocks`` are the capture's blocks,
    ``kinds`` their kinds, ``kept`` the body's block indices in order; ``outlet``, the
    capture's source when given: a first line that is its masthead
    (:func:`~veille.extract.masthead.names_outlet`) is none."""
    if not kept or kinds[0] not in _OPENING_KINDS or kept[0] > MAX_BETWEEN + 1:
        return False
    text = blocks[0]
    if names_outlet(text, outlet):
        return False
    shape = ts.block_shape(text)
    if shape.head or shape.n_words > MAX_WORDS or ts.sentence_count(text) > MAX_SENTENCES:
        return False
    if ts.title_score(text) <= 0 or ts.furniture_hits(text) >= FURNITURE_HITS \
            or furniture_reason(text):
        return False
    if text.rstrip().endswith(".") and not text.rstrip().endswith("...") \
            and shape.n_words > FULL_STOP_WORDS:
        return False
    dateline = _DATELINE_OPENING.match(text)
    if dateline and day_and_month(dateline.group()):
        return False
    body = kept[1:] if kept[0] == 0 else kept
    if all(ts.word_count(blocks[i]) <= shape.n_words for i in body[:LONGER_WITHIN]):
        return False
    return True


#: Words of a first line, at least, for it to head the capture over a line nearer the
#: body: a site's name or a section label above a headline is shorter.
MIN_WORDS_OVER = 5
#: Blocks between the first line and the body, at most, for it to head the capture over
#: one of them (a kicker, a subtitle, a teaser line: t-reader19 R9, T19_C1_04).
MAX_HEAD_BLOCKS = 3
_OVER_KINDS = frozenset({"prose", "short", "caption", "other"})
#: The body's paragraphs whose words a first line heading the capture shares (one at
#: least), when the line chosen under it does.
OPENING = 4


def heads_over(blocks: list[str], kinds: list[str], kept: list[int], at: int,
               seen: int, outlet: str = "") -> bool:
    """Whether the capture's first line is its headline rather than line ``at`` chosen
    below it: the capture opens on a headline-shaped line of :data:`MIN_WORDS_OVER` to
    :data:`MAX_WORDS` words, printed once (``seen``: its copies on the page), no
    furniture, byline, dateline, credit or notice, with at most :data:`MAX_HEAD_BLOCKS`
    blocks, ``at`` among them, between it and the body; the line under it is its subtitle
    or kicker ("Les premiers effets du plan anti-crise" over "Le financement de
    l'économie est bridé mais pas bloqué", which the headline search preferred for
    sitting right above the body).

    A masthead is no such headline (:mod:`~veille.extract.masthead`): the first line does not
    head over line ``at`` when it opens on the name of the capture's source ``outlet``,
    when a navigation menu (:func:`~veille.extract.furniture_title.menu_line`) or a line of
    the site's chrome (kind "site") is printed between them (a headline's kicker or
    subtitle follows it; the site's menu precedes the headline), or when it shares no word
    with the body's opening while line ``at`` does ("Nice-Matin le journal de toute la Côte
    d'Azur" over "Cannes : la Croisette interdite aux voitures…")."""
    if at <= 0 or not kept or kept[0] > MAX_HEAD_BLOCKS + 1 or kinds[0] not in _OVER_KINDS:
        return False
    text = blocks[0]
    shape = ts.block_shape(text)
    if shape.head or seen > 1 or not MIN_WORDS_OVER <= shape.n_words <= MAX_WORDS:
        return False
    if ts.sentence_count(text) > MAX_SENTENCES or ts.furniture_hits(text) >= FURNITURE_HITS:
        return False
    if ts.title_score(text) <= 0 or furniture_reason(text) or names_outlet(text, outlet):
        return False
    if any(kinds[j] == "site" or menu_line(blocks[j]) for j in range(1, at)):
        return False
    if topic_headline(blocks[at]):
        return False  # "Carcassonne : les boulangers …" is the headline, no subtitle
    opening = stems_of(blocks[i] for i in kept[:OPENING])
    return not (opening.isdisjoint(stems_of([text]) - FUNCTION_STEMS)
                and not opening.isdisjoint(stems_of([blocks[at]]) - FUNCTION_STEMS))
