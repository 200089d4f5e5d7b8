"""Near duplicates at ingest: reprints, teasers and updated versions of the same dispatch.

The stage is pure: the recent signatures it compares against come from a :class:`Lookup`
handed in by the ingest loop, which owns the store I/O (as ``ExtractStage`` gets a site's
chrome). It signs the body (:mod:`veille.dedup.signature`), asks the lookup for candidates
sharing sampled shingles, verifies each with the consistent-sample estimates, and writes the
verdict into ``article.dedup``:

- ``teaser``: the text is (almost) contained in a longer one, or repeats its lead: a teaser
  or a lead-only version; ``duplicate_of`` is the full article. The other way round (a
  full text stored after its teaser, verdict ``full``): the new article is no copy; it
  keeps the teasers in ``near_duplicates`` with no relation, and the store makes them its
  teasers (``dedup_sql.take_teasers``). Teasers (a feed summary, a site that runs the
  first paragraphs) are often seen first; the full text was a "reprint" of its own teaser.
- ``republication``: a near copy *from the same source* at another URL: the site published
  the dispatch again (new headline, a paragraph cut). It is another article, with its own
  URL and times, linked to the earlier one (``duplicate_of``). A *version* is the same
  document changed: same URL (the same article id) or same wire guid; the store makes
  those versions, never this stage. A text at a known URL that is no version of what the
  URL named (a reused URL) gets an id of its own here, before it is compared
  (``NearDuplicateStage._identify``).
- ``reprint``: a near copy from another outlet; stored as its own article, linked to the
  earliest published copy (``duplicate_of``; the store makes a copy published first but
  ingested later the original, docs/dedup.md), so counts can separate reprints from coverage.
  A text of the *same* source that is no closer than a reprint is no copy: one site's
  formulaic texts and the briefs ending in its newsletter trailer resemble each other that
  much (:func:`find_matches`).

Text every article of a source carries (trailers, "lire aussi" lines, legal notices) is no
evidence of copying: the lookup names the query's hashes that are its source's boilerplate
(``Candidate.common``) and the texts are compared without them; and a reprint needs at
least :data:`MIN_SHARED` sampled shingles in common, so two short texts are never reprints
on a few words.
"""

from __future__ import annotations

import base64
from collections import Counter, OrderedDict
from collections.abc import Callable, Mapping, Sequence, Set
from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar, Protocol

from veille.dedup.candidates import Candidate
from veille.dedup.copy_places import elsewhere
from veille.dedup.new_text import adds_new_text
from veille.dedup.opening import own_words, placement
from veille.dedup.published_order import latest_published
from veille.dedup.signature import (
    LEAD_WORDS,
    Shingler,
    Signature,
    Similarity,
    compare,
    comparer,
    lead_elsewhere,
)
from veille.dedup.stated_places import COPY_BAR, texts_apart
from veille.dedup.template import COPY_SUBJECTS, Wording, other_subjects, templated, wording
from veille.dedup.wire_updates import one_dispatch
from veille.extract.textshape import fold
from veille.outlet_identity import one_outlet
from veille.pipeline.stage import Stage
from veille.record import ITEM_HINT, Article, article_id, distinct, reused_id

# A cut copy left out at least a sentence: 8 words (signature.MIN_PARAGRAPH_WORDS, the
# shortest paragraph counted) and a twentieth of the longer text (t-reader20 R1; two
# copies of one dispatch in other pages' chrome differ by 2 shingles of 279).
CUT_SHINGLES = 8
CUT_SHARE = 0.05
# Verdict thresholds, tuned on bench/dedup.py (hard negatives share <= ~0.05 of shingles).
RESEMBLANCE = 0.22
CONTAINMENT = 0.5
CONTAINED = 0.8
FULL_COPY_NOT_CUT = True
"""Whether a text marked cut (a paywall notice) that holds :data:`CONTAINED` of a longer
copy is no cut copy of it (:func:`cut_score`, r-head56). False: as before (a store's
migration test compares with what the code wrote when its fixture was captured)."""
MIN_SAMPLES = 6
REPRINT_SAMPLES = 24
LEAD = 0.7
TEASER_SIZE = 2 * LEAD_WORDS
# Sampled shingles two texts must share (boilerplate left out) to be reprints: 4 shingles
# are 6 words in a row.
MIN_SHARED = 4
# A version replaces an article, so it needs much more than a reprint link: formulaic texts
# of one source (bulletins, results) resemble each other at 0.4-0.5 and must stay apart.
# Two texts whose leads (their lead paragraphs: signature step 6) share nothing, and neither
# of which carries half of the other's lead anywhere, are copies only when most of the
# shorter one is shared: two dispatches of one agency on a running story end with the same
# background paragraphs ("L'Ukraine est confrontée depuis..."), a half to two thirds of a
# text whose news is one sentence, while a copy keeps the lead (the inverted pyramid: the
# lead is the news; a copy that cut its lead paragraph still carries the next one, the
# other's second), or, rewritten, shares the rest.
OPENING_SHARED = 0.1
VERSION_RESEMBLANCE = 0.6
VERSION_CONTAINMENT = 0.9
# How many articles one reused URL may name (docs/dedup.md): the last one takes the versions
# of any further text, as every text at a URL did before.
URL_REUSES = 8

StoredSignatures = Callable[[Sequence[str]], dict[str, str | None]]
"""The stored articles among the ids asked, each with its signature (base64, ``None`` when
nothing was signed): owned by the ingest loop, like :class:`Lookup`."""


StoredPublished = Callable[[Sequence[str]], Mapping[str, datetime | None]]
"""The stored articles among the ids asked, each with its publication time (``None`` when
undated): owned by the ingest loop, like :class:`Lookup` (what :meth:`NearDuplicateStage.
_identify` reads of a URL's stored articles)."""
StoredUpdated = StoredPublished
"""The stored articles among the ids asked, each with its current content's ``updated``
(``None`` when it gives none): what :meth:`NearDuplicateStage._updates` reads of a record
of the same dispatch (:mod:`veille.dedup.wire_updates`)."""
#: A text at a known URL whose own publication is this much later than the URL's article,
#: and whose lead shares nothing with it, names another article (verify16 Z11).
REUSE_GAP_MINUTES = 2 * 24 * 60

StoredCut = Callable[[Sequence[str]], Set[str]]
"""The stored articles among the ids asked that are cut copies (``content.truncated``: a
paywall or an archive cut their text): owned by the ingest loop, like :class:`Lookup`
(what :meth:`NearDuplicateStage._cut_copies` reads of a shorter candidate)."""

StoredTexts = Callable[[Sequence[str]], Mapping[str, Sequence[str]]]
"""The stored articles among the ids asked, each with its body's paragraphs: owned by the
ingest loop, like :class:`Lookup` (what :func:`drop_templated` reads of a candidate that
is not among the stage's recent texts: :meth:`NearDuplicateStage._wordings`)."""
RECENT_TEXTS = 2048
"""Wordings the stage keeps of the articles it signed last (:meth:`veille.dedup.template.
Wording.bounded`: at most 20,000 characters each): the candidates of a batch not yet stored
are among them."""


class Lookup(Protocol):
    """Recent signatures, owned by the ingest loop (or a benchmark)."""

    def candidates(self, signature: Signature, minute: int,
                   source: str | None = None) -> list[Candidate]:
        """Recent documents sharing sampled shingles with ``signature``; with the text's
        ``source``, each names the hashes that are that source's boilerplate (``common``)."""

    def add(self, article_id: str, source: str, minute: int, signature: Signature) -> None:
        """Remember a document so later ones (in this batch too) can match it."""


@dataclass(frozen=True, slots=True)
class Verdict:
    """How a text relates to one earlier text."""

    relation: str
    score: float


def judge(new: Signature, old: Signature, sim: Similarity) -> Verdict | None:
    """Decide whether two signatures are copies of one text, and of which kind.

    Sizes are those without the boilerplate ``compare`` left out (``sim.sizes``); fewer
    than :data:`MIN_SHARED` shared samples is never a reprint (a teaser is judged on its
    lead, whose samples a long text's rate thins out).

    Which of two copies is the teaser is decided by their content alone, whichever of them
    comes second: a pair that is a copy (a reprint by the rules below) and whose older
    text is a teaser of the new one (:func:`extract_score`, the rule that makes the new
    text a ``teaser`` the other way round) is ``full``, never a ``reprint`` of its own
    teaser (t-reader20 R1: a paywall teaser stamped 08:30, read before its 09:00 dispatch,
    made the dispatch a "reprint" of it; the ``full`` rules asked more than the ``teaser``
    one). A pair is never ``teaser`` one way and ``reprint`` the other. The ``full`` rules
    that find a pair the reprint rules do not keep their own stricter evidence (24 samples,
    or the whole lead and most of the text): they add links, this only orients them.
    """
    new_size, old_size = sim.sizes
    if new_size <= old_size:
        score = extract_score(sim, new_size, old_size)
        if score is not None:
            return Verdict("teaser", score)
    if sim.shared < MIN_SHARED:
        return None
    if sim.samples >= REPRINT_SAMPLES and sim.containment >= CONTAINED and old_size * 2 <= new_size:
        return Verdict("full", sim.containment)
    if sim.lead_containment >= LEAD and sim.containment >= CONTAINED and \
            old_size <= TEASER_SIZE < new_size and old_size * 2 <= new_size:
        return Verdict("full", sim.lead_containment)  # a short teaser: its lead, whole
    if only_background(new, old, sim):
        return None
    verdict = None
    if sized_resemblance(sim) >= RESEMBLANCE and (
            sim.containment >= CONTAINMENT or keeps_lead(new, old, sim)):
        verdict = Verdict("reprint", sim.resemblance)
    elif sim.samples >= REPRINT_SAMPLES and sim.containment >= CONTAINMENT:
        verdict = Verdict("reprint", sim.containment)
    if verdict is not None and old_size < new_size:
        score = extract_score(sim, old_size, new_size)
        if score is not None:  # the stored text is a teaser of this one
            return Verdict("full", score)
    return verdict


def sized_resemblance(sim: Similarity) -> float:
    """The resemblance of two texts from the containment of the shorter (``sim``) and their
    sizes, which the signatures know (``sim.sizes``: exact, or scaled when boilerplate is
    left out): ``c·s / (s + l − c·s)``, the shared shingles over the union.

    The sampled estimate (``sim.resemblance``: shared samples over the samples of either
    text at their common rate) also divides by how many of the shorter text's samples fell
    below the longer one's rate, a count that varies from draw to draw (a half copy has 24
    of them on average, as few as 10): a half copy with one word in twenty edited (true
    resemblance 0.40) fell under :data:`RESEMBLANCE` about once in 400 draws (the
    hypothesis test ``test_a_lightly_edited_copy_is_found`` failed CI at random). Given the
    sizes, the count carries no information about the resemblance: the same expectation,
    a smaller variance (r-stories35)."""
    small, large = sorted(sim.sizes)
    shared = sim.containment * small
    union = small + large - shared
    return shared / union if union > 0 else 0.0


def extract_score(sim: Similarity, short: int, long: int) -> float | None:
    """The score of the text of ``short`` shingles as a teaser (an extract, a lead-only
    version) of the one of ``long``, ``None`` when it is none: :func:`judge` gives
    ``teaser`` when the new text is the short one, and orients a copy ``full`` when the
    stored one is.

    A teaser is at most half of what it announces, and contained in it: most of its
    sampled shingles (:data:`CONTAINED`, on :data:`MIN_SAMPLES` samples or more), or,
    short (:data:`TEASER_SIZE` at most) against a longer text, its lead
    (:data:`LEAD`) with the text mostly in the other as far as the samples can tell
    (:func:`mostly_contained`). A short dispatch reprinted with a paragraph cut (4 of 5
    kept) repeats the lead too, and is a reprint; leads matching is no teaser on its own:
    the text must be the other's too (newuser8 Q16)."""
    if short * 2 > long:
        return None
    if sim.samples >= MIN_SAMPLES and sim.containment >= CONTAINED:
        return sim.containment
    if sim.lead_containment >= LEAD and short <= TEASER_SIZE < long and mostly_contained(sim):
        return sim.lead_containment
    return None


#: The verdicts of a copy (:func:`find_matches`) a cut copy's verdict replaces.
_COPIES = frozenset({"reprint", "near-identical"})


def cut_score(sim: Similarity, short: int, long: int) -> float | None:
    """The score of the text of ``short`` shingles as a cut copy of the one of ``long``
    (``sim`` their :func:`compare`), ``None`` when it is none: a text known to be cut (a
    paywall notice ended it, an archive kept part of it: ``content.truncated``) is the
    teaser of the longer text it is contained in, whatever its length: most of its sampled
    shingles (:data:`CONTAINED`, on :data:`MIN_SAMPLES` samples or more) or its lead
    (:data:`LEAD`) with the text mostly in the other (:func:`mostly_contained`). The
    :func:`extract_score` rule without its "at most half as long" bar, which is there to
    tell an unmarked teaser from a copy that cut a paragraph; a cut copy says what it is
    (t-reader21 R4: a paywalled one-sentence opening, with its notice, was a "reprint").

    A notice is no proof of a cut: a paper that runs the whole dispatch then prints its
    metered paywall's line ("Vous avez atteint la limite d'articles gratuits…") is marked
    cut too. What is there decides: a text whose shared shingles make :data:`CONTAINED` of
    the longer one's holds that text (the longer only added a sentence or an update), and is
    no cut copy of it (t-final55b A8: Le Figaro's full AFP copy, 4 paragraphs and the
    notice, was the "teaser" of Le Parisien's updated copy, 87 % covered, and lost its
    first publication; a one-paragraph teaser covers a quarter)."""
    if short >= long or (FULL_COPY_NOT_CUT and sim.containment * short >= CONTAINED * long):
        return None
    if sim.samples >= MIN_SAMPLES and sim.containment >= CONTAINED:
        return sim.containment
    if sim.lead_containment >= LEAD and mostly_contained(sim):
        return sim.lead_containment
    return None


def contains(sim: Similarity, longer: int, shorter: int) -> bool:
    """Whether the text of ``longer`` distinct shingles contains the other one, of
    ``shorter`` (``sim`` their :func:`compare`): it holds at least a sentence more
    (:data:`CUT_SHINGLES`, and :data:`CUT_SHARE` of its own text), and :data:`CONTAINED`
    of the shorter's samples (:data:`MIN_SAMPLES` of them at least) are in it. A cut copy
    of a dispatch (a paragraph or a sentence left out) is contained in it, not the other
    way; two copies differing by a line of their pages' chrome are neither. What decides
    a copy's original when the times do not (``store/dedup_sql.take_original``,
    t-reader20 R1)."""
    return longer - shorter >= max(CUT_SHINGLES, longer * CUT_SHARE) and \
        sim.samples >= MIN_SAMPLES and sim.containment >= CONTAINED


def keeps_lead(new: Signature, old: Signature, sim: Similarity) -> bool:
    """Whether a copy whose shared text is under :data:`CONTAINMENT` of the shorter keeps
    the other's lead: half of one lead sample is in the other's lead, or anywhere in the
    other text (:func:`lead_elsewhere`). A copy keeps the lead or shares most of the text
    (the inverted pyramid, docs/dedup.md); an outlet's own rewrite of the news that shares
    a closing sentence, the names and set phrases (a quarter to a half of a short text's
    3-grams, newuser8 Q16) does neither, and is coverage of its own."""
    return sim.lead_containment >= CONTAINMENT or lead_elsewhere(new, old) >= CONTAINMENT


def only_background(new: Signature, old: Signature, sim: Similarity) -> bool:
    """Whether two texts sharing samples share only background paragraphs, not the dispatch
    (newuser4 N20): their leads share nothing, neither carries half of the other's lead
    anywhere, and under :data:`CONTAINED` of the shorter is shared."""
    return sim.lead_containment < OPENING_SHARED and sim.containment < CONTAINED and \
        lead_elsewhere(new, old) < CONTAINMENT


def mostly_contained(sim: Similarity) -> bool:
    """Whether the shorter text is mostly (:data:`CONTAINMENT`) in the other, as far as the
    whole-text samples can tell: with fewer than :data:`MIN_SAMPLES` at their common rate
    (a short teaser against a long text) they cannot, and the lead is the evidence."""
    return sim.samples < MIN_SAMPLES or sim.containment >= CONTAINMENT


def is_version(sim: Similarity) -> bool:
    """Close enough, from the same source, to be the same dispatch updated."""
    return sim.resemblance >= VERSION_RESEMBLANCE or (
        sim.samples >= 2 * MIN_SAMPLES and sim.containment >= VERSION_CONTAINMENT)


def _trigrams(text: str) -> set[tuple[str, ...]]:
    words = fold(text).split()
    return {tuple(words[i:i + 3]) for i in range(len(words) - 2)}


def moved_on(new: Sequence[str], old: Sequence[str], gap_minutes: int | None) -> bool:
    """Whether the text of paragraphs ``new``, at the URL of the text ``old`` and published
    ``gap_minutes`` after it, is another article whatever else they share (verify16 Z11:
    a live page reused eleven days later for other news, sharing its two standing
    paragraphs, "Retrouvez dans ce direct…" and the emergency numbers). An update keeps
    its article's first publication (it says "mis à jour"); a text that gives a publication
    of its own at least :data:`REUSE_GAP_MINUTES` later, and whose opening paragraph (the
    news) shares no three words in a row with the old one's, kept only what the page
    prints whatever the news: the site's standing text, not the article's own.
    ``gap_minutes`` is ``None`` when either is undated: no evidence, and an agency
    update rewriting its lead the same day stays a version (verify15 R3)."""
    if gap_minutes is None or gap_minutes < REUSE_GAP_MINUTES or not new or not old:
        return False
    return not _trigrams(new[0]) & _trigrams(old[0])


def same_text(new: Signature, old: Signature, ignore: frozenset[int] = frozenset()) -> bool:
    """Whether ``new``, at the URL of the stored ``old``, is a version of it: any copy
    relation (:func:`judge`: teaser, full text, reprint), near-identical, or a shared body:
    at least :data:`MIN_SHARED` shared samples making a resemblance of :data:`RESEMBLANCE`
    or half (:data:`CONTAINMENT`) of the shorter text, measured on :data:`MIN_SAMPLES`
    samples or more. The same URL is evidence already: an update rewriting most of a short
    text is still its version (as before newuser8 Q16 made reprints need more), and so is an
    agency update that rewrites its lead and headline and keeps the rest ("le bilan
    s'alourdit", verify15 R3). The rule that two texts whose leads differ share only
    background (:func:`only_background`, newuser4 N20) is for texts at two URLs, two
    dispatches of a running story; at one URL the kept paragraphs are the document's own.
    A URL given to another article (newuser6 M16) shares no body with the old one. Two
    signatures of different definitions cannot be compared: no evidence, so a version.
    ``ignore``: the hashes of the source's boilerplate, left out of the comparison (the
    text a site prints on every article is no text the two share: verify16 Z11)."""
    if new.version != old.version:
        return True
    sim = compare(new, old, ignore)
    if judge(new, old, sim) is not None or is_version(sim):
        return True
    return sim.shared >= MIN_SHARED and (
        sim.resemblance >= RESEMBLANCE
        or (sim.samples >= MIN_SAMPLES and sim.containment >= CONTAINMENT))


def url_of_id(article: Article) -> str | None:
    """The URL ``article``'s id was made from (its fetched URL, else its canonical one, else
    the identity of a folder source's file, :data:`veille.record.ITEM_HINT`), ``None`` for
    an id from a wire guid or the raw bytes."""
    content = article.content
    if content is not None and content.guid:
        return None
    for url in (article.raw.url, content.url if content else None,
                article.raw.hints.get(ITEM_HINT)):
        if url and article.id == article_id(url=url, raw_id=""):
            return url
    return None


def minute_of(when: datetime) -> int:
    """Minutes since the epoch: the index's unit of time."""
    return int(when.timestamp() // 60)


def article_minute(article: Article) -> int:
    """The minute copies are ordered and windowed by: the latest minute the article may
    have been published (:func:`veille.dedup.published_order.latest_published`: a date
    known to the day only counts as the end of its day, never its midnight placeholder),
    else when it was first seen. The earliest of these among an article's copies is their
    original (:class:`NearDuplicateStage`)."""
    content = article.content
    if content is None or content.published is None:
        return minute_of(article.first_seen)
    return minute_of(latest_published(content.published, content.published_precision))


def body_of(article: Article) -> list[str]:
    """What is signed and compared: the whole text printed, that is the standfirst the
    extractor read on the page (``content.lead`` with ``evidence["lead"]``: a standfirst
    above the byline, under the headline) and the paragraphs; the title of an article
    without paragraphs; none without content.

    Why the standfirst: an extractor that reads a page's first paragraph as its
    standfirst leaves the body one paragraph short, and a paywalled teaser of two
    paragraphs (the most common cut) then shows one sentence of the dispatch it copies,
    found inside the dispatch's second paragraph: no teaser, the story's "own article"
    (t-final24 F4). The copy is of the text as printed, whatever the extractor calls its
    first paragraph. A lead the record only carries as a field (a feed's summary, a
    JSON ``description``) is no printed text and stays out; a standfirst the first
    paragraph already holds is not counted twice."""
    content = article.content
    if content is None:
        return []
    paragraphs = content.paragraphs
    if not paragraphs:
        return [content.title] if content.title else []
    lead = content.lead.strip()
    if lead and content.evidence.get("lead") and \
            fold(lead) not in fold(paragraphs[0]):
        return [lead, *paragraphs]
    return list(paragraphs)


def encode(signature: Signature) -> str:
    return base64.b64encode(signature.to_bytes()).decode("ascii")


def decode(text: str) -> Signature:
    """Any version (``Signature.version`` says which)."""
    return Signature.from_bytes(base64.b64decode(text))


def find_matches(signature: Signature, candidates: list[Candidate],
                 source: str | None = None, sims: dict[str, Similarity] | None = None
                 ) -> list[tuple[Candidate, Verdict]]:
    """The candidates that are copies, best first; a near-identical one says
    ``near-identical``.

    Each is compared without the hashes it names as boilerplate (``Candidate.common``).
    With the text's ``source``, a candidate of the same source is a copy only as a teaser
    or near-identical (a republication, docs/dedup.md): a ``reprint`` is a copy by another
    outlet, and one source's formulaic texts resemble each other at 0.4-0.5. ``sims``, when
    given, gets each candidate's :class:`Similarity` by id (for :func:`place_excerpts`).
    """
    if not candidates:
        return []
    found = []
    compare_with = comparer(signature)
    for cand in candidates:
        sim = compare_with(cand.signature, cand.common)
        if sims is not None:
            sims[cand.id] = sim
        verdict = judge(signature, cand.signature, sim)
        if verdict is not None:
            if verdict.relation == "reprint" and is_version(sim):
                verdict = Verdict("near-identical", verdict.score)
            elif verdict.relation == "reprint" and one_outlet(cand.source, source):
                continue
            found.append((cand, verdict))
    found.sort(key=lambda pair: (-pair[1].score, pair[0].minute))
    return found


Wordings = Callable[[Sequence[str]], Mapping[str, Wording]]
"""Article ids -> the wordings (:func:`veille.dedup.template.wording`) of those it knows."""


#: The verdicts that say one text is an excerpt of the other.
_EXCERPTS = frozenset({"teaser", "full"})
#: The verdicts :func:`place_excerpts` may replace: an excerpt, or a reprint whose shorter
#: text is the other's opening.
_PLACED = _EXCERPTS | {"reprint"}


def _paragraphs(worded: Wording) -> Sequence[str]:
    """A wording's paragraphs; those of its kept text when it was bounded
    (:meth:`veille.dedup.template.Wording.kept` keeps one string)."""
    return worded.paragraphs or worded.whole.split("\n")


def place_excerpts(signature: Signature, own: Wording, candidates: Sequence[Candidate],
                   matches: list[tuple[Candidate, Verdict]], wordings: Wordings,
                   sims: Mapping[str, Similarity] | None = None
                   ) -> list[tuple[Candidate, Verdict]]:
    """``matches`` with the excerpts decided by where the shorter text's words sit in the
    longer one (:func:`veille.dedup.opening.placement`), the same rule whichever of the two
    came first: of two texts, one at most half as long as the other (the :func:`extract_score`
    bar), the short one is the long one's excerpt when it is its **opening** (the new text
    is then a ``teaser``, or, the long one, the ``full`` text of the candidate), and never
    when it is found **inside** it, mid-paragraph past its opening (a quotation: another
    article). Otherwise the signatures' verdict stands. Best first again.

    Why: ``judge``'s ``full`` rules ask more than its ``teaser`` rule (24 samples, a
    teaser of at most :data:`TEASER_SIZE` shingles against a longer text, or a
    resemblance of 0.22), so an aggregator's excerpt of a short article's lead (19
    shingles of 106, no paywall notice) stored first was no copy of the article stored
    after it, and the story "first published by" the aggregator; stored after it, it was
    its teaser (issue 14). Applying the ``teaser`` rule both ways cost pair precision
    (bench/dedup.py 0.9873 → 0.9715); the words' place does not. Candidates whose
    wording ``wordings`` does not know keep their verdict (no evidence). ``sims``: the
    candidates' :func:`compare` with the text when known (:func:`find_matches`)."""
    verdicts = {c.id: v for c, v in matches}
    known_sims = sims or {}
    compare_with = None  # made for the first candidate whose comparison is not known
    asked: list[tuple[Candidate, Similarity, bool]] = []
    size = signature.size
    for cand in candidates:
        verdict = verdicts.get(cand.id)
        if verdict is not None and verdict.relation not in _PLACED or \
                verdict is None and cand.hits < MIN_SHARED:
            continue
        other_size = cand.signature.size
        if min(size, other_size) * 2 > max(size, other_size) * 1.25:
            continue  # far over the half bar even before boilerplate is left out
        sim = known_sims.get(cand.id)
        if sim is None:
            compare_with = compare_with or comparer(signature)
            sim = compare_with(cand.signature, cand.common)
        new_size, old_size = sim.sizes
        if min(new_size, old_size) * 2 > max(new_size, old_size):
            continue
        if verdict is None and sim.containment < CONTAINMENT and \
                sim.lead_containment < CONTAINMENT:
            continue  # nothing of the shorter text in the other as far as samples tell
        # an excerpt of the other's lead already: its opening, no quotation (only its
        # own words are looked for)
        lead_excerpt = verdict is not None and verdict.relation in _EXCERPTS and \
            sim.lead_containment >= CONTAINED
        asked.append((cand, sim, lead_excerpt))
    if not asked:
        return matches
    known = wordings([c.id for c, _, _ in asked])
    versions = Counter(c.id for c in candidates)
    placed: dict[str, Verdict | None] = {}
    for cand, sim, lead_excerpt in asked:
        other = known.get(cand.id)
        if other is None:
            continue
        new_short = sim.sizes[0] <= sim.sizes[1]
        short, long = (own, other) if new_short else (other, own)
        verdict = verdicts.get(cand.id)
        excerpt = verdict is not None and verdict.relation in _EXCERPTS
        if excerpt and sim.samples >= MIN_SAMPLES and sim.containment < CONTAINED and \
                versions[cand.id] == 1 and own_words(_paragraphs(short), _paragraphs(long)):
            # words of its own, the samples agreeing: an article, no excerpt (a short
            # teaser whose samples cannot tell keeps its verdict; an article with versions,
            # in the index once per content, is worded as one of them only)
            placed[cand.id] = None
            continue
        if lead_excerpt:
            continue
        where = placement(_paragraphs(short), _paragraphs(long), quoted=excerpt)
        if where is None:
            continue
        if where.at == "opening":
            placed[cand.id] = Verdict("teaser" if new_short else "full", where.covered)
        else:  # quoted inside another article: no excerpt of it
            placed[cand.id] = None
    if not placed:
        return matches
    by_id = {c.id: c for c, _, _ in asked}
    kept = [(c, v) for c, v in matches if c.id not in placed]
    kept += [(by_id[i], v) for i, v in placed.items() if v is not None]
    kept.sort(key=lambda pair: (-pair[1].score, pair[0].minute))
    return kept


def drop_templated(own: Wording, matches: list[tuple[Candidate, Verdict]],
                   wordings: Wordings) -> list[tuple[Candidate, Verdict]]:
    """``matches`` less the candidates that are the same template as the text worded
    ``own``, filled in with other names and figures (:func:`veille.dedup.template.
    templated`: another town, another amount; newuser9 R28): no copy of any kind, whatever
    their shingles share. ``wordings`` gives the candidates'; a candidate it does not know
    keeps its verdict (no evidence). At most one word-level diff per match."""
    if not matches:
        return matches
    known = wordings([c.id for c, _ in matches])
    return [(c, v) for c, v in matches
            if (other := known.get(c.id)) is None or not templated(other, own) and
            not (COPY_SUBJECTS and other_subjects(other, own))]


def drop_elsewhere(own: Wording, matches: list[tuple[Candidate, Verdict]],
                   wordings: Wordings) -> list[tuple[Candidate, Verdict]]:
    """``matches`` less the candidates whose places cannot be the text worded ``own``'s
    event's (:func:`veille.dedup.copy_places.elsewhere`: another country, another French
    town, each named in one opening and nowhere in the other text): no copy of any kind,
    whatever their shingles share (t-final51b A13: a California flood alert was a
    "reprint 0.39" of a Var one written on the same template). ``wordings`` gives the
    candidates'; a candidate it does not know keeps its verdict (no evidence)."""
    if not matches:
        return matches
    known = wordings([c.id for c, _ in matches])
    return [(c, v) for c, v in matches
            if (other := known.get(c.id)) is None or not elsewhere(own, other) and
            not (v.score < COPY_BAR and
                 texts_apart(own.opening, own.whole, other.opening, other.whole))]


class NearDuplicateStage(Stage):
    """Signs the body and links the article to the recent texts it copies."""

    name: ClassVar[str] = "near-duplicates"
    requires: ClassVar[tuple[str, ...]] = ("content", "dedup")
    assigns: ClassVar[tuple[str, ...]] = ("dedup",)

    def __init__(self, lookup: Lookup, stored: StoredSignatures | None = None,
                 texts: StoredTexts | None = None,
                 published: StoredPublished | None = None,
                 cut: StoredCut | None = None,
                 updated: StoredUpdated | None = None) -> None:
        self.lookup = lookup
        self.updated = updated
        self.signed_updated: OrderedDict[str, datetime] = OrderedDict()
        """The latest ``updated`` of the articles in :attr:`signed` that give one."""
        self.stored = stored
        self.texts = texts
        self.published = published
        self.cut = cut
        self.signed_cut: OrderedDict[str, bool] = OrderedDict()
        """Whether each article in :attr:`signed` is a cut copy (``content.truncated``)."""
        self.signed_published: OrderedDict[str, datetime | None] = OrderedDict()
        """The publication times of the articles in :attr:`signed`."""
        self.shingler = Shingler()
        self.recent: OrderedDict[str, Wording] = OrderedDict()
        self.signed: OrderedDict[str, str] = OrderedDict()
        """The signatures (base64) of the last :data:`RECENT_TEXTS` articles the stage
        signed, by the id it gave them: a URL's article of this batch, not stored yet."""

    def _wordings(self, ids: Sequence[str]) -> dict[str, Wording]:
        """The wordings of ``ids``: of the recent texts the stage signed (a batch not yet
        stored), else of the store's (``texts``, kept while recent)."""
        found = {i: self.recent[i] for i in ids if i in self.recent}
        missing = [i for i in ids if i not in found]
        if missing and self.texts is not None:
            for i, body in self.texts(missing).items():
                found[i] = self._remember(i, wording(body))
        return found

    def _remember(self, article_id: str, worded: Wording) -> Wording:
        """Keep ``worded`` (bounded: :meth:`Wording.bounded`) as ``article_id``'s, the most
        recent; at most :data:`RECENT_TEXTS`."""
        kept = self.recent[article_id] = worded.bounded()
        self.recent.move_to_end(article_id)
        while len(self.recent) > RECENT_TEXTS:
            self.recent.popitem(last=False)
        return kept

    def _published(self, ids: Sequence[str]) -> dict[str, datetime | None]:
        """The publication times of ``ids``: of this batch's signed texts, else the
        store's (``published``)."""
        found = {i: self.signed_published[i] for i in ids if i in self.signed_published}
        missing = [i for i in ids if i not in found]
        if missing and self.published is not None:
            found.update(self.published(missing))
        return found

    def _updated(self, ids: Sequence[str]) -> dict[str, datetime | None]:
        """The ``updated`` times of ``ids``: of this batch's signed texts, else the
        store's (``updated``)."""
        found: dict[str, datetime | None] = {
            i: self.signed_updated[i] for i in ids if i in self.signed_updated}
        missing = [i for i in ids if i not in found]
        if missing and self.updated is not None:
            found.update(self.updated(missing))
        return found

    def _cut(self, ids: Sequence[str]) -> Set[str]:
        """Which of ``ids`` are cut copies: of this batch's signed texts, else the
        store's (``cut``)."""
        found = {i for i in ids if self.signed_cut.get(i)}
        missing = [i for i in ids if i not in self.signed_cut]
        if missing and self.cut is not None:
            found |= self.cut(missing)
        return found

    def _cut_copies(self, article: Article, signature: Signature,
                    matches: list[tuple[Candidate, Verdict]]
                    ) -> list[tuple[Candidate, Verdict]]:
        """``matches`` with the copies (reprints, near-identical texts) that are cut copies
        turned into what they are (:func:`cut_score`): the new text, cut and contained in a
        longer match, is its ``teaser``; a cut match contained in the new text makes it
        their ``full`` text. Best first again."""
        cut_here = article.content is not None and article.content.truncated
        reprints = [(c, v) for c, v in matches if v.relation in _COPIES]
        if not reprints:
            return matches
        compare_with = comparer(signature)
        sims = {c.id: compare_with(c.signature, c.common) for c, _ in reprints}
        longer = [c.id for c, _ in reprints if sims[c.id].sizes[0] > sims[c.id].sizes[1]]
        cut_there = self._cut(longer) if longer else set()
        turned = []
        for cand, verdict in matches:
            if verdict.relation in _COPIES:
                sim = sims[cand.id]
                new_size, old_size = sim.sizes
                score = cut_score(sim, new_size, old_size) if cut_here else None
                if score is not None:
                    verdict = Verdict("teaser", score)
                elif cand.id in cut_there and (
                        score := cut_score(sim, old_size, new_size)) is not None:
                    verdict = Verdict("full", score)
            turned.append((cand, verdict))
        turned.sort(key=lambda pair: (-pair[1].score, pair[0].minute))
        return turned

    def _cut_teasers(self, article: Article, signature: Signature,
                     candidates: Sequence[Candidate],
                     matches: Sequence[tuple[Candidate, Verdict]]
                     ) -> list[tuple[Candidate, Verdict]]:
        """The stored **cut** texts (``content.truncated``: a paywall notice ended them)
        contained in the new text that :func:`judge` left unmatched, each as ``full``
        (:func:`cut_score`, the rule that makes a cut text read after its full text its
        ``teaser``). ``judge``'s ``full`` rules ask more than its ``teaser`` rule (24
        samples, or a teaser of at most :data:`TEASER_SIZE` shingles against a longer
        text), so a dispatch of 116 shingles read after its paywalled one-paragraph teaser
        of 32 matched it not at all, while read before it the teaser was its teaser: one
        batch and one file at a time said different things (t-final22 F1). Only texts
        known to be cut: an unmarked short text keeps ``judge``'s verdict (the pair
        benchmark's precision fell from 0.987 to 0.972 with the ``teaser`` rule both ways
        for every text)."""
        matched = {c.id for c, _ in matches}
        compare_with = comparer(signature)
        found = []
        for cand in candidates:
            if cand.id in matched or cand.id == article.id:
                continue
            sim = compare_with(cand.signature, cand.common)
            new_size, old_size = sim.sizes
            if old_size < new_size and (score := cut_score(sim, old_size, new_size)) is not None:
                found.append((cand, Verdict("full", score)))
        if not found:
            return []
        cut = self._cut([c.id for c, _ in found])
        return [(c, v) for c, v in found if c.id in cut]

    def _gap(self, article: Article, old_id: str) -> int | None:
        """Minutes from the publication of ``old_id`` to ``article``'s, ``None`` when
        either is undated."""
        new = article.content.published if article.content is not None else None
        old = self._published([old_id]).get(old_id) if new is not None else None
        if new is None or old is None:
            return None
        return int((new - old).total_seconds() // 60)

    def _moved_on(self, article: Article, old_id: str) -> bool:
        """:func:`moved_on` of ``article`` and the URL's article ``old_id``."""
        gap = self._gap(article, old_id)
        if gap is None or gap < REUSE_GAP_MINUTES:
            return False
        old = self._wordings([old_id]).get(old_id)
        return old is not None and moved_on(body_of(article), old.paragraphs, gap)

    def _identify(self, article: Article, signature: Signature,
                  ignore: frozenset[int] = frozenset()) -> None:
        """Give a text that came at a known URL but is no version of what the URL named
        its own id (:func:`veille.record.reused_id`): a reused URL (a live page, a CMS
        slug, a rewrite into another story) names a new article, and the stored one keeps
        its text, links and story (newuser6 M16: the copies of a fire dispatch stayed
        "reprints of" an end-of-life law article). A text that is a version of one of the
        URL's articles (the latest first) takes that article's id, so the store makes it
        a version of it.

        The URL's articles are the stored ones and, not stored yet, those the stage gave
        an id to in this batch (:attr:`signed`): the same files give the same articles
        whether they come in one ingest or in several (a folder holding a dispatch and its
        rewritten update, or a page and another article at its reused URL: verify15
        R3)."""
        url = url_of_id(article) if self.stored is not None else None
        if url is None or self.stored is None:
            return
        ids = [reused_id(url, n) for n in range(URL_REUSES)]
        found: dict[str, str | None] = {
            i: self.signed[i] for i in ids if i in self.signed}
        found.update(self.stored(ids))
        taken = [n for n, i in enumerate(ids) if i in found]
        if not taken:
            return
        for n in reversed(taken):
            old = found[ids[n]]
            if not old:
                article.id = ids[n]
                return
            if same_text(signature, decode(old), ignore) and not self._moved_on(
                    article, ids[n]):
                article.id = ids[n]
                return
        article.id = ids[min(taken[-1] + 1, URL_REUSES - 1)]

    def _updates(self, article: Article, signature: Signature,
                 candidates: Sequence[Candidate]) -> None:
        """Give a record that came with neither URL nor guid the id of the record of the
        same dispatch among the recent texts (:func:`veille.dedup.wire_updates.one_dispatch`:
        the same source and publication minute, one of the two stating an update, the text
        kept by :func:`same_text`, the rule of two texts at one URL), so the store makes
        the two one article, the later own time current (t-final24 F8, issue 14). The
        records decide, not their arrival: an update read before its dispatch gives the
        dispatch its id (the store files the dispatch as an earlier version), and a
        dispatch of this run's batch counts as a stored one. Before, only a stored dispatch
        read first took its update: an update read first made the dispatch its
        "republication", and the two in one input were two articles. Only when the id
        came from no URL (:func:`url_of_id`): a URL's versions are :meth:`_identify`'s.
        The best matching candidate first."""
        content = article.content
        if content is None or content.published is None or content.guid or \
                content.published_precision != "time" or not article.source or \
                url_of_id(article) is not None:
            return
        minute = minute_of(content.published)
        same = [c for c in candidates if one_outlet(c.source, article.source) and
                c.minute == minute
                and c.id != article.id]
        if not same:
            return
        ids = [c.id for c in same]
        published, updated = self._published(ids), self._updated(ids)
        for cand in sorted(same, key=lambda c: -c.hits):
            if one_dispatch(content.published, content.updated, published.get(cand.id),
                            updated.get(cand.id)) and \
                    same_text(signature, cand.signature, cand.common):
                article.id = cand.id
                return

    def __call__(self, article: Article) -> Article:
        assert article.content is not None and article.dedup is not None
        body = body_of(article)
        signature = self.shingler.signature(body)
        minute = article_minute(article)
        dedup = article.dedup
        dedup.signature = encode(signature)
        candidates = self.lookup.candidates(signature, minute, article.source or None)
        # The source's boilerplate (the same for every candidate) is no shared text.
        self._identify(article, signature, candidates[0].common if candidates else frozenset())
        self._updates(article, signature, candidates)
        sims: dict[str, Similarity] = {}
        matches = [(c, v) for c, v in find_matches(signature, candidates, article.source, sims)
                   if c.id != article.id]
        matches += self._cut_teasers(article, signature, candidates, matches)
        own = wording(body)
        matches = place_excerpts(signature, own, [c for c in candidates if c.id != article.id],
                                 matches, self._wordings, sims)
        if matches:
            matches = drop_templated(own, matches, self._wordings)
        if matches:
            matches = drop_elsewhere(own, matches, self._wordings)
        if matches:
            matches = drop_follow_ups(body, article.source, matches, self._wordings)
        if matches:
            matches = self._cut_copies(article, signature, matches)
            copies = [(c, v) for c, v in matches if v.relation != "full"]
            best, verdict = (copies or matches)[0]
            # An article with versions is in the index once per content it had: a copy of
            # both matches it twice, named once (r-ux55: an original, its update and a
            # copy in one batch gave ["9f4e…", "9f4e…"])
            dedup.near_duplicates = distinct(c.id for c, _ in matches)
            dedup.similarity = round(verdict.score, 3)
            same = [c for c, v in copies
                    if one_outlet(c.source, article.source) and v.relation ==
                    "near-identical"]
            if same:
                dedup.relation, dedup.duplicate_of = "republication", same[0].id
            elif copies:
                earliest = min(copies, key=lambda pair: pair[0].minute)[0]
                dedup.relation = "teaser" if verdict.relation == "teaser" else "reprint"
                dedup.duplicate_of = best.id if verdict.relation == "teaser" else earliest.id
            # else only teasers of this text matched: it is their full article
        self.lookup.add(article.id, article.source, minute, signature)
        self._remember(article.id, own)
        self.signed[article.id] = dedup.signature
        self.signed.move_to_end(article.id)
        self.signed_published[article.id] = article.content.published
        self.signed_published.move_to_end(article.id)
        self.signed_cut[article.id] = article.content.truncated
        self.signed_cut.move_to_end(article.id)
        self._sign_updated(article)
        while len(self.signed) > RECENT_TEXTS:
            self.signed.popitem(last=False)
        while len(self.signed_published) > RECENT_TEXTS:
            self.signed_published.popitem(last=False)
        while len(self.signed_cut) > RECENT_TEXTS:
            self.signed_cut.popitem(last=False)
        return article

    def _sign_updated(self, article: Article) -> None:
        """Keep ``article``'s ``updated`` as its id's (the latest of its id's records, as
        the store keeps the current content's), at most :data:`RECENT_TEXTS`."""
        updated = article.content.updated if article.content is not None else None
        if updated is None:
            return
        known = self.signed_updated.get(article.id)
        if known is None or _later(updated, known):
            self.signed_updated[article.id] = updated
        self.signed_updated.move_to_end(article.id)
        while len(self.signed_updated) > RECENT_TEXTS:
            self.signed_updated.popitem(last=False)


def drop_follow_ups(body: Sequence[str], source: str | None,
                    matches: list[tuple[Candidate, Verdict]], wordings: Wordings
                    ) -> list[tuple[Candidate, Verdict]]:
    """``matches`` of the text of paragraphs ``body`` (of ``source``) less the copies
    (reprints, near-identical texts) that are no copy because either text adds a third
    of new text to the other (:func:`veille.dedup.new_text.adds_new_text`, measured both
    ways so that the order the two come in changes nothing), when the two are not known
    to be two outlets': one outlet's (:func:`veille.outlet_identity.one_outlet`), or
    either without a source. A day-2 article of an outlet reusing two or three background
    paragraphs of its day-1 article is a new article of the story, not its
    "republication" nor, with no source known, its "reprint": the saved searches' alerts
    skipped it (h-copies65, t-final64 "missing" #2). Another outlet's copy that adds a
    paragraph of its own is still a reprint (it is not checked). ``wordings``: the
    candidates' texts (the stage's recent texts, else the store's)."""
    # Known to be one outlet's only: between captures without a source, a text adding a
    # third of its own may be anyone's copy with a paragraph added, and parting such
    # copies moved stored articles to other stories (ci-98: tests/cli/test_cli_ingest.py,
    # stored rows changed by a later ingest)
    asked = [c.id for c, v in matches
             if v.relation in _COPIES and one_outlet(c.source, source)]
    if not asked:
        return matches
    texts = wordings(asked)
    apart = {i for i in asked if i in texts and (
        adds_new_text(body, _paragraphs(texts[i]))
        or adds_new_text(_paragraphs(texts[i]), body))}
    return [(c, v) for c, v in matches if c.id not in apart or v.relation not in _COPIES]


def _later(first: datetime, second: datetime) -> bool:
    """``first`` is after ``second`` (times of which one lacks a zone: compared as given
    in UTC)."""
    if (first.tzinfo is None) != (second.tzinfo is None):
        first, second = first.replace(tzinfo=None), second.replace(tzinfo=None)
    return first > second
