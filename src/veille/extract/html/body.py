"""Which blocks of a page are the article: densest run, then a block-by-block sieve.

Why two steps: text density finds *where* the article is (the longest stretch of prose
with few links), and then each block inside that stretch is judged on its own (a
"Read more" line, a caption, a share bar inside the article container). The run is the
maximum-sum run of block weights (Kadane), the idea
:mod:`veille.extract.text_capture` uses on text captures; weights come from the text
shape tests of :mod:`veille.extract.textshape` and from what the HTML says about the
block (links, ancestors named like chrome, being inside ``<article>``).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from veille.extract.blocks import looks_like_code
from veille.extract.chrome_lines import closing_furniture, reader_prompt, repeated_boxes
from veille.extract.disclosures import disclosure
from veille.extract.html.paywall_box import paywall_box_end
from veille.extract.html.poll import poll_blocks
from veille.extract.html.pull_quote import without_pull_quotes
from veille.extract.html.walk import Block
from veille.extract.live_entries import MIN_ENTRIES, SEPARATOR, minute_stamp
from veille.extract.match_sheet import MAX_WORDS as MATCH_SHEET_WORDS
from veille.extract.match_sheet import sheet_block
from veille.extract.read_also import cue_headline
from veille.extract.text_capture import _densest_run as densest_run
from veille.extract.textshape import (
    PAYWALL_TEXT,
    PAYWALL_WORDS,
    furniture_hits,
    is_byline,
    is_copyright,
    is_credit,
    is_dateline,
    is_prose,
    is_short_sentence,
    short_text_cache,
    words,
)
from veille.extract.textshape import _may_be_credit as may_be_credit

#: A block whose text is more than this share of links is navigation.
LINK_DENSITY_MAX = 0.5
#: The most one block can take away from a run: an ad slot or a caption between two
#: halves of an article must not split it.
MAX_PENALTY = 25.0
ARTICLE_BONUS = 1.5
#: A caption's trailing credit: "... (Image: GETTY)", "... Photo : AFP".
_IMAGE_CREDIT = re.compile(
    r"(?i)\((?:image|photo|picture|pic|credit|video|illustration)s?\s*:[^()]{1,50}\)\s*$")
#: A caption's trailing credit in capitals, La Presse's and the Canadian press's format:
#: "… à Berne, mardi. PHOTO JEANNE MORIN, KEYSTONE", "… PHOTO FOURNIE PAR LA VILLE",
#: "… ILLUSTRATION LA PRESSE" (newuser11 T20). Upper case only, label included: an
#: article's sentence does not end in capitals.
_CAPS_CREDIT = re.compile(
    r"\s(?:PHOTOS?|ILLUSTRATIONS?|IMAGES?|INFOGRAPHIE|ARCHIVES|VIDÉO|CAPTURE D['’]ÉCRAN)"
    r"(?:\s*:)?(?:\s+[A-ZÀ-ÖØ-Þ0-9][A-ZÀ-ÖØ-Þ0-9'’.&/\-]*,?){1,8}\s*$")
#: Calls to action that no article sentence makes.
_PROMO = re.compile(r"(?i)\bclick here\b|\bsign up (?:for|to) (?:our|the|today)|"
                    r"\bcliquez ici\b|\binscrivez-vous (?:à|a) (?:notre|la) newsletter|"
                    # newuser11 T6 (Nice-Matin's in-article box)
                    r"\brecevoir (?:notre|nos|la) newsletter|\binscrivez-vous gratuitement")
#: Invitations to subscribe (to the site, to a newsletter): chrome when the block also uses
#: another furniture term (:func:`_promo`).
_SUBSCRIBE = re.compile(r"(?i)\babonnez-vous (?:à|a|pour|dès|gratuitement)\b|\bdéjà abonné|"
                        r"\balready a subscriber\b|\bsubscribe (?:now|today|to our)\b")
#: Words that every alternative of _PROMO starts with.
_PROMO_WORDS = ("click", "sign up", "cliquez", "inscrivez", "recevoir")
#: A block this long that reads as sentences stays prose whatever its links.
LINKED_PROSE_WORDS = 30
#: The article's container holds at least this share of the run's positive weight.
SHARE_OF_RUN = 0.8
#: Blocks marked as inside the article that carry this share of the run's weight bound it.
SHARE_IN_ARTICLE = 0.5
#: ... or at least this much weight (some 150 words of prose).
MIN_IN_ARTICLE = 200.0
#: A heading that opens the readers' comments ends the article: "Réactions des lecteurs
#: (4)", "12 commentaires", "Comments", "Leave a reply".
COMMENTS_HEADING = re.compile(
    r"(?i)^\W*(?:\d+\s+)?(?:r[ée]actions?|commentaires?|comments?|vos\s+(?:r[ée]actions|"
    r"commentaires|avis)|r[ée]agir|r[ée]agissez|leave\s+a\s+(?:reply|comment)|"
    r"join\s+the\s+(?:discussion|conversation)|what\s+do\s+you\s+think|"
    r"(?:\d+\s+)?responses?|discussion)\b[^.!?]{0,40}$")
#: Words that every match of PAYWALL_TEXT holds one of (in lower case; the sieve's gate
#: reads no odd case letter, see :func:`~veille.extract.textshape.paywall_text`).
_PAYWALL_WORDS = PAYWALL_WORDS
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


@dataclass(slots=True)
class BodyChoice:
    """The article's blocks and why: which run, and what was sieved out inside it."""

    blocks: list[Block]
    start: int
    end: int
    dropped: int


#: Disclosures that are page furniture (their fact is kept in the evidence): how the
#: article was made. A correction note ("Rectificatif : … cet article") is the article's
#: own text for its reader, and the change a new version of the page brings: it stays in
#: the body (tests/collect/test_revisit.py).
_FURNITURE_DISCLOSURES = frozenset({"ai-assisted", "republished", "opinion"})


def link_density(block: Block) -> float:
    return block.links / len(block.text) if block.text else 0.0


@short_text_cache
def word_count(text: str) -> int:
    """Words, counting two CJK characters as one: Chinese and Japanese write no spaces,
    so ``\\w+`` sees a whole sentence as one word."""
    n = len(words(text))
    if n * 12 < len(text):
        cjk = len(_CJK.findall(text))
        if cjk * 2 > len(text):
            return n + cjk // 2
    return n


@short_text_cache
def prose(text: str) -> bool:
    """Sentence-shaped text (see :func:`~veille.extract.textshape.is_prose`), CJK included."""
    if is_prose(text):
        return True
    return word_count(text) >= 8 and text.rstrip()[-1:] in "。！？」』）"


def _linked_prose(block: Block, n: int) -> bool:
    """Long sentences that happen to be mostly links (a news digest's items) are prose;
    navigation is short."""
    return n >= LINKED_PROSE_WORDS and link_density(block) <= 0.9 and prose(block.text)


#: Furniture terms of a block (cached: the weight and the sieve both ask, and short
#: blocks repeat from page to page of a site).
furniture = short_text_cache(furniture_hits)


def weight(block: Block, n: int | None = None) -> float:
    """Positive for article prose, negative for chrome; about one unit per word (``n``:
    the block's :func:`word_count`, when known)."""
    if n is None:
        n = word_count(block.text)
    density = link_density(block)
    if block.chrome:
        return -min(MAX_PENALTY, 2.0 + n)
    if block.kind == "caption":
        # A photo inside the article's container is its layout, not its end: a gallery
        # of captions between two paragraphs must not cut the text after it (newuser11
        # T5). Elsewhere a caption is furniture. Either way the sieve drops it.
        return 0.0 if block.in_article else -min(MAX_PENALTY, 1.0 + n * 0.5)
    if density > LINK_DENSITY_MAX and not _linked_prose(block, n):
        return -min(MAX_PENALTY, 2.0 + n)
    hits = furniture(block.text) if n <= 40 else 0
    if block.kind == "h":
        return 0.0 if hits == 0 else -3.0
    bonus = ARTICLE_BONUS if block.in_article else 1.0
    if prose(block.text):
        return n * (1.0 - density) * bonus - hits * 4.0
    if is_short_sentence(block.text):
        return 1.0 * bonus - hits * 3.0
    marked_up = block.kind in ("li", "quote", "p", "pre", "row") or block.in_article
    if marked_up and n >= 4 and hits == 0:
        # Marked up as text but not sentence-shaped: a list, a recipe, a calendar.
        return n * 0.3 * (1.0 - density) * bonus
    return -min(MAX_PENALTY, 1.0 + hits * 4.0 + n * 0.3)


def _within_container(blocks: list[Block], weights: list[float], start: int,
                      end: int) -> tuple[int, int]:
    """Shrink the run to the deepest container holding most of its weight.

    Why: a list of teasers with prose summaries right after the article is dense text
    too, and Kadane happily joins it to the run; but it sits in another container.
    """
    totals: dict[int, float] = {}
    positive = 0.0
    for b, w in zip(blocks[start:end], weights[start:end], strict=True):
        if w > 0:
            positive += w
            for node in b.path:
                totals[node] = totals.get(node, 0.0) + w
    if positive <= 0:
        return start, end
    best: int | None = None
    depth = -1
    for b, w in zip(blocks[start:end], weights[start:end], strict=True):
        if w <= 0:
            continue
        for d, node in enumerate(b.path):
            if d > depth and totals[node] >= SHARE_OF_RUN * positive:
                best, depth = node, d
    if best is None:
        return start, end
    inside = [i for i in range(start, end) if best in blocks[i].path]
    first = inside[0]
    # The article's opening paragraphs in a wrapper of their own ("teaser-content") just
    # before the container, inside the same article body, are the article too.
    parent = depth - 1
    while (first > start and parent >= 0 and weights[first - 1] > 0
           and blocks[first - 1].in_article and blocks[first - 1].kind == "p"
           and len(blocks[first - 1].path) > parent + 1
           and blocks[first - 1].path[:parent + 1] == blocks[inside[0]].path[:parent + 1]
           and prose(blocks[first - 1].text)):
        first -= 1
    return first, inside[-1] + 1


def _within_article(blocks: list[Block], weights: list[float], start: int,
                    end: int) -> tuple[int, int]:
    """Shrink the run to its blocks inside ``<article>`` (or an article-body class) when
    those carry most of its weight, or a whole article's worth: the page has said where
    the article is."""
    inside = [i for i in range(start, end) if blocks[i].in_article and weights[i] > 0]
    if not inside:
        return start, end
    total = sum(w for w in weights[start:end] if w > 0)
    weight_inside = sum(weights[i] for i in inside)
    if weight_inside < SHARE_IN_ARTICLE * total and weight_inside < MIN_IN_ARTICLE:
        return start, end
    return inside[0], inside[-1] + 1


def _before_comments(blocks: list[Block], start: int, end: int) -> int:
    """The run ends at a heading that opens the readers' comments (past its first block)."""
    for i in range(start + 1, end):
        block = blocks[i]
        if block.kind == "h" and len(block.text) <= 80 and COMMENTS_HEADING.match(block.text):
            return i
    return end


@short_text_cache
def _paywall_notice(text: str) -> bool:
    """A subscription notice ("Il vous reste 70 % de cet article à lire"); substrings
    first, the pattern only when one is there. (``any(map(lowered.__contains__, ...))``:
    the substring tests of ``w in lowered for w in ...`` run from C, without a generator
    step in Python for each word: this runs on most blocks of every page.) Cached: the
    sieve (:func:`keep`) and the paywall box (:func:`~.paywall_box.paywall_box_end`) ask
    it of the same blocks (half of its calls on AEB, issue 13)."""
    lowered = text.lower()
    return any(map(lowered.__contains__, _PAYWALL_WORDS)) and bool(PAYWALL_TEXT.search(text))


def _introduces_list(blocks: list[Block], i: int) -> bool:
    """"Les principaux changements :" right before a list: the list's own heading."""
    block = blocks[i]
    return (block.text.rstrip().endswith(":") and i + 1 < len(blocks)
            and blocks[i + 1].kind == "li" and not block.chrome and block.kind != "caption"
            and word_count(block.text) <= 20 and furniture(block.text) == 0
            and link_density(block) <= LINK_DENSITY_MAX)


def _promo(text: str) -> bool:
    """A call to action (:data:`_PROMO`), or an invitation to subscribe that uses two
    furniture terms or more ("Subscribe now to get unlimited access... Already a
    subscriber? Sign in.", "Abonnez-vous à notre newsletter"): an article sentence may say
    "abonnez-vous" once, not with the subscription's vocabulary around it. The patterns
    run only when one of their words is there."""
    lowered = text.lower()
    if any(map(lowered.__contains__, _PROMO_WORDS)) and _PROMO.search(text):
        return True
    return (("abonn" in lowered or "subscri" in lowered) and bool(_SUBSCRIBE.search(text))
            and furniture(text) >= 2)


#: Where a dateline starts inside a meta line: a publication or update label, or "Le" and
#: a day number.
_DATE_LABEL = re.compile(r"(?i)\b(?:publié|mis à jour|modifié|actualisé|updated|published|"
                         r"posted)\b|\ble \d")


def _byline_then_dateline(text: str) -> bool:
    """A meta line printed as one block: a byline, then the dateline ("Par Christophe
    Cirone Publié le 01/12/2026 à 08:12, mis à jour le …", Nice-Matin; newuser11 T6),
    each too short alone for the block's length limits."""
    label = _DATE_LABEL.search(text)
    if label is None or label.start() == 0:
        return False
    head, tail = text[:label.start()].strip(" ,|-·"), text[label.start():]
    return bool(head) and is_byline(head) and is_dateline(tail)


def keep(block: Block, *, include_captions: bool, n: int | None = None) -> bool:
    """Inside the run: is this block part of the article? (``n``: its :func:`word_count`,
    when known.)"""
    text = block.text
    if block.kind == "caption":
        return include_captions
    if n is None:
        n = word_count(text)
    if block.chrome or (link_density(block) > LINK_DENSITY_MAX
                        and not _linked_prose(block, n)):
        return False
    if n == 0:
        return False
    if "{" in text and looks_like_code(text):
        return False  # a stylesheet or script printed as text
    if n <= 60 and (("(" in text and _IMAGE_CREDIT.search(text))
                    or (text[-1].isupper() and _CAPS_CREDIT.search(text))):
        return include_captions  # a caption that ends with its credit
    if n <= 60 and (_promo(text) or _paywall_notice(text) or reader_prompt(text)
                    or disclosure(text) in _FURNITURE_DISCLOSURES):
        return False
    if n <= MATCH_SHEET_WORDS and sheet_block(text):
        return False  # a match sheet's score or facts (extract/match_sheet.py)
    if n <= INSERT_WORDS and _is_insert(text):
        return False  # a link to another article, its label glued on
    if len(text) >= 400 and block.kind != "h":
        return True  # too long for a credit, a byline, a dateline or a label
    # The credit pattern tries a dozen alternatives at every position: behind its gate.
    if is_copyright(text) or (may_be_credit(text) and is_credit(text)) or is_byline(text):
        return False
    if n <= 30 and is_dateline(text):  # its own limit, zones aside
        return False
    if n <= 40 and _byline_then_dateline(text):
        return False
    if block.kind == "h":
        return n <= 30 and furniture(text) == 0
    if n <= 25 and not prose(text):
        hits = furniture(text)
        if hits or (n <= 3 and not is_short_sentence(text) and block.kind != "li"):
            return False
    return True


#: A teaser card's summary is at most this many words.
TEASER_SUMMARY_WORDS = 60


def _teaser_summaries(blocks: list[Block], start: int, end: int) -> set[int]:
    """Indices in ``[start, end)`` of teaser cards' summaries inside the article: in a
    container whose heading is a link to another article (a "Lire aussi" card: linked
    ``<h3>`` and a ``<p>`` of summary) and that holds at most two more blocks, each of at
    most :data:`TEASER_SUMMARY_WORDS` words (verify11a V9: three cards' summaries stored
    as the article's paragraphs). An article's own paragraphs sit beside its subheadings,
    not in a box of their own under a linked one."""
    found: set[int] = set()
    for i in range(start, end):
        heading = blocks[i]
        if (heading.kind != "h" or len(heading.path) < 2 or link_density(heading) < 0.8
                or not _under_related_label(blocks, i)):
            continue
        box = heading.path[-1]
        members = [k for k in range(max(start, i - 2), min(end, i + 4))
                   if k != i and blocks[k].path[-1:] == (box,)]
        if 0 < len(members) <= 2 and all(
                word_count(blocks[k].text) <= TEASER_SUMMARY_WORDS for k in members):
            found.update(members)
    return found


#: Labels of links to other articles ("Lire aussi", "Sur le même sujet"): French news
#: sites' insert and box labels seen in newuser11 T4 and verify11a V9, V18, their English
#: counterparts, and the "read also" of the other languages veille extracts (Spanish "Lea
#: también", German "Lesen Sie auch", Italian "Leggi anche", Portuguese "Leia também",
#: Dutch "Lees ook"; newuser16b C3, C16).
RELATED_LABELS = (r"(?:à|a) lire (?:aussi|également)|lire aussi|voir aussi|sur le même sujet|"
                  r"à découvrir|notre dossier|nos articles|read more|related|see also|"
                  r"more on this|le[ae] también|lea además|véase también|lesen sie auch|"
                  r"mehr zum thema|siehe auch|leggi anche|leia também|veja também|lees ook|"
                  r"zie ook")
#: The label of a box of links to other articles.
_RELATED_LABEL = re.compile(rf"(?i)^\W*(?:{RELATED_LABELS})\b")
#: A label and the linked headline in one block: after a separator ("Sur le même sujet :
#: Grève …", "Notre dossier | …") or glued to it, the markup rendering them apart ("Sur le
#: même sujetGrève : …"; verify11a V18, the HTML form of newuser11 T4).
_INSERT = re.compile(rf"(?i)^\W*(?:{RELATED_LABELS})"
                     r"(?:\s*[:|>»–—-]+\s*\S|(?-i:[A-ZÀ-Ý0-9«\"“]))")
#: An insert is at most this many words, label included.
INSERT_WORDS = 30


def _is_insert(text: str) -> bool:
    """A "read also" insert: :data:`_INSERT`, or the cue then a headline with no separator
    ("À lire aussi Les cheminots … ?", Le Figaro's: :func:`~veille.extract.read_also.cue_headline`;
    t-final59 #5)."""
    return bool(_INSERT.match(text)) or cue_headline(text)


def _under_related_label(blocks: list[Block], i: int) -> bool:
    """Whether the card whose heading is ``blocks[i]`` sits in a section labelled as links
    to other articles: a label block within the 12 before it, in the card's parent
    container (a live blog's post titles link to the post itself, and have no label)."""
    section = blocks[i].path[-2]
    return any(blocks[k].path[-1:] == (section,) and _RELATED_LABEL.match(blocks[k].text)
               and word_count(blocks[k].text) <= 6 for k in range(max(0, i - 12), i))


def _captions_between_paragraphs(blocks: list[Block], weights: list[float]) -> None:
    """A run of captions (a slider, a gallery) between two paragraphs of prose of one
    container, inside that container, weighs nothing: it is the article's layout, and its
    cost must not cut the text after it (verify11a V16: a page whose article element
    veille does not know, ``<r-article>``; inside a known one captions weigh 0 already).
    ``weights`` changes in place."""
    i = 0
    while i < len(blocks):
        if blocks[i].kind != "caption":
            i += 1
            continue
        j = i
        while j < len(blocks) and blocks[j].kind == "caption":
            j += 1
        # The next paragraph of prose, maybe after an insert or two ("Lire aussi …").
        k = next((k for k in range(j, min(j + 3, len(blocks)))
                  if prose(blocks[k].text) and not blocks[k].chrome), None)
        if 0 < i and k is not None:
            before, after = blocks[i - 1], blocks[k]
            box = before.path
            if (box and after.path == box and not before.chrome and prose(before.text)
                    and all(b.path[:len(box)] == box for b in blocks[i:j])):
                for k in range(i, j):
                    weights[k] = 0.0
        i = j


def _inserts_between_paragraphs(blocks: list[Block], counts: list[int],
                                weights: list[float]) -> None:
    """A "read also" insert (a labelled link to another article, :data:`_INSERT`: "Lire
    aussi : …", "Lea también: …", "Read more: …") between two text blocks of one container
    weighs nothing: it is the article's layout, like a caption between its paragraphs, and
    its penalty as a link must not cut the text after it. The sieve (:func:`keep`) still
    drops it. newuser16b C16: a closing sentence of five words after one (weight 1.5
    against the link's -7) was dropped with it, so in every language but where the
    sentence happened to be longer. ``weights`` changes in place."""
    for i in range(1, len(blocks) - 1):
        block = blocks[i]
        if block.chrome or counts[i] > INSERT_WORDS or not _is_insert(block.text):
            continue
        k = next((k for k in range(i + 1, min(i + 4, len(blocks)))
                  if not (counts[k] <= INSERT_WORDS and _is_insert(blocks[k].text))), None)
        before = blocks[i - 1]
        if (k is not None and weights[i - 1] > 0 and weights[k] > 0
                and block.path[:len(before.path)] == before.path == blocks[k].path):
            weights[i] = 0.0


def _with_minutes(blocks: list[Block], start: int, end: int, kept: list[Block]) -> list[Block]:
    """``kept`` with each post of a minute-by-minute report prefixed by its minute ("67e —
    BUT DU BAYERN ! …"), as captures' live posts are (:mod:`veille.extract.live_entries`):
    when :data:`~veille.extract.live_entries.MIN_ENTRIES` minute marks or more
    ("90e+4", "88e") each stand right before a kept paragraph of the run (newuser17b X21).
    The marks alone are too short to be kept: without this, who scored when is lost."""
    kept_ids = {id(b) for b in kept}
    marks = {i + 1: minute_stamp(blocks[i].text) for i in range(start, min(end, len(blocks)) - 1)
             if not blocks[i].chrome and blocks[i].kind != "p" and id(blocks[i]) not in kept_ids
             and id(blocks[i + 1]) in kept_ids and minute_stamp(blocks[i].text)}
    if len(marks) < MIN_ENTRIES:
        return kept
    joined = {id(blocks[i]): dataclasses.replace(blocks[i], text=f"{mark}{SEPARATOR}"
                                                 f"{blocks[i].text}")
              for i, mark in marks.items()}
    return [joined.get(id(b), b) for b in kept]


def choose_body(blocks: list[Block], *, include_captions: bool = False) -> BodyChoice:
    """The article's blocks, in order."""
    if not blocks:
        return BodyChoice([], 0, 0, 0)
    counts = [word_count(b.text) for b in blocks]
    weights = [weight(b, n) for b, n in zip(blocks, counts, strict=True)]
    _captions_between_paragraphs(blocks, weights)
    _inserts_between_paragraphs(blocks, counts, weights)
    start, end = densest_run(weights)
    start, end = _within_container(blocks, weights, start, end)
    start, end = _within_article(blocks, weights, start, end)
    end = _before_comments(blocks, start, end)
    # A heading right before the run introduces it; so does a lead photo's caption.
    leading = ("h", "caption") if include_captions else ("h",)
    while start > 0 and blocks[start - 1].kind in leading and not blocks[start - 1].chrome:
        start -= 1
    end = paywall_box_end(blocks, start, end, _paywall_notice)
    poll = poll_blocks(blocks, start, end)
    teasers = _teaser_summaries(blocks, start, end)
    kept = [b for i, b in enumerate(blocks[start:end], start)
            if (keep(b, include_captions=include_captions, n=counts[i])
                or _introduces_list(blocks, i)) and i not in poll and i not in teasers]
    kept = without_pull_quotes(kept)
    kept = _with_minutes(blocks, start, end, kept)
    boxes = repeated_boxes([b.text for b in kept])
    if boxes:  # a shop's box under each item of a buying guide (newuser17b X7)
        kept = [b for i, b in enumerate(kept) if i not in boxes]
    while kept and (kept[-1].kind == "h" or (len(kept) > 1 and closing_furniture(kept[-1].text))):
        kept.pop()
    return BodyChoice(kept, start, end, (end - start) - len(kept))
