"""An article's **own event** and the other events its lead names as context.

A dispatch often places its event after another one of the same town: "Le conseil municipal
de Saint-Nazaire a voté mardi soir le budget 2026, **au lendemain de l'incendie de
l'entrepôt** du quai des Darses", "Les dockers … sont en grève depuis samedi, **deux jours
après le naufrage** du Ker-Avel", "**Une semaine après son agression**, la députée a déposé
une proposition de loi". Read as the article's words, that clause gives it the other event's
kind (a fire: an accident), its fine kind, its site and its words, and the vote joins the
fire's story (issue #14, q-stories27 D1y, f-stories28). The news convention is that the
headline and the lead's first sentence tell the article's own event, its main verb
(Kovach and Rosenstiel, *The Elements of Journalism*, ch. "Make the significant
interesting"; the inverted pyramid's lead answers "what happened"): a clause counting back
to, or placed after, an earlier event is **context** when the rest of the sentence tells an
event of another family.

:func:`without_context` takes such a clause out of the headline and the lead's first
sentence when:

- the clause names a kind of event (:mod:`veille.dedup.event_kinds`' lexicon, read as a
  headline, and :data:`veille.dedup.recalls.RECALL_NOUNS`);
- the rest of the sentence tells an event (a kind named or cued, a verb of
  :data:`veille.dedup.event_kinds.EVENT_VERBS`, or a deliberative body's decision,
  :data:`DECISIONS`) none of whose kinds is of the clause's family (:data:`FAMILIES`: the
  IPTC Media Topics group disasters with accidents, and crime with the law's response);
- the rest tells no step of justice (an arrest, a charge, a trial: the law's answer to an
  earlier event, its follow-up: "Deux jours après l'accident, le conducteur a été mis en
  examen" keeps its clause);
- and the headline does not name a kind of the clause's family itself (an article headed
  "Incendie du quai des Darses : …" is about the fire, whatever its lead opens on), outside
  such a clause of its own ("… le budget adopté, au lendemain du déraillement" is headed
  on the vote: :func:`_outside`).

What :mod:`veille.dedup.recalls` takes out is an earlier event *of the same kind*; this is the
other half, an earlier event of another kind. Pure functions, no I/O, never raises.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from veille.dedup.event_kinds import KIND_SCORE, _scores, _verb_hits, headline_kinds, lead_sentence
from veille.dedup.recalls import _kinds, without_spans
from veille.enrich.text import sentences

CONTEXT = True
"""Whether :func:`without_context` is applied (:func:`veille.dedup.stories.terms`); False:
as before f-stories28."""

_COUNT = (r"(?:\d{1,2}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|"
          r"quinze|vingt|quelques)")
_CLAUSE = re.compile(
    r"(?i)(?:^|(?<=[,;:(—–-])|(?<=\s))\s*(?:au\s+lendemain|l['’]avant-veille|la\s+veille|"
    r"(?:" + _COUNT + r"\s+(?:jours?|semaines?|mois)(?:\s+et\s+demie?)?|une\s+semaine"
    r"(?:\s+et\s+demie)?|moins\s+d['’]une\s+semaine)\s+après|après)\s+"
    r"(?:l['’]|le\s|la\s|les\s|du\s|des\s|de\s+l['’]|de\s+la\s|d['’]|son\s|sa\s|ses\s|"
    r"leur\s|leurs\s)[^,;.!?]*"
    # the same in English: "a day after the cliff collapse", "two weeks after the fire"
    r"|(?i:(?:^|(?<=[,;:(—–-])|(?<=\s))\s*(?:(?:the|a|one|two|three|four|five|six|seven|"
    r"\d{1,2})\s+(?:days?|weeks?|months?)\s+after|the\s+day\s+after|in\s+the\s+wake\s+of)"
    r"\s+(?:the|a|an|his|her|its|their|last)\s[^,;.!?]*)")
"""A clause placed after an earlier event, to the next comma or stop: "au lendemain de
l'incendie de l'entrepôt", "deux jours après le naufrage du Ker-Avel", "une semaine après
son agression", "après les inondations qui ont frappé la ville"."""

DECISIONS = re.compile(
    r"(?i)\b(?:a|ont|avait|avaient)\s+(?:voté|adopté|approuvé|rejeté|entériné|validé|"
    r"déposé)\b|\b(?:vote|adopte|approuve|rejette|entérine|valide|dépose)\s+(?:le|la|les|"
    r"l['’]|un|une)\b"
    r"|\b(?:has|have|had)\s+(?:voted|adopted|approved|rejected|passed)\b|"
    r"\b(?:votes|adopts|approves|rejects|passes)\s+(?:the|a|an|£|\$|€|\d)")
"""A deliberative body's decision, the event of a council's or an assembly's sitting ("a
voté le budget", "a approuvé la rénovation", "a déposé une proposition de loi"; IPTC Media
Topics "politics > government > local government", "legislative body"): what the lexicon of
:mod:`veille.dedup.event_kinds` reads as weak cues at most ("vote", "budget")."""

FAMILIES: dict[str, str] = {"disaster": "incident", "accident": "incident",
                            "crime": "law", "justice": "law", "escape": "law"}
"""Kind -> its family (the IPTC Media Topics' "disaster, accident and emergency incident"
and "crime, law and justice"); a kind not listed is its own family."""


def _family(kinds: frozenset[str]) -> frozenset[str]:
    return frozenset(FAMILIES.get(k, k) for k in kinds)


def _own_kinds(text: str, cues: bool = True) -> frozenset[str]:
    """The kinds of event ``text`` (the rest of a sentence) tells: named (or cued, with
    ``cues``), its :data:`EVENT_VERBS`, a decision (:data:`DECISIONS`, filed as
    "politics")."""
    out = {k for k, total in _scores(text, (), len(text)).items()
           if cues or total >= KIND_SCORE} | _verb_hits(text)
    if DECISIONS.search(text):
        out.add("politics")
    return frozenset(out)


def _cut(sentence: str, head_families: frozenset[str], told: str = "") -> str:
    """``sentence`` less its context clauses (module docstring); ``head_families``: the
    families of the kinds the headline names; ``told``: more of the article's own event,
    read with the rest of ``sentence`` (for the headline, the lead's first sentence less its
    clauses: "… le plan vélo adopté, au lendemain du déraillement" tells its decision in
    its lead, "a adopté vendredi")."""
    spans = []
    for match in _CLAUSE.finditer(sentence):
        recalled = _kinds(match.group())
        if not recalled:
            continue
        families = _family(recalled)
        if not families.isdisjoint(head_families):
            continue
        rest = sentence[:match.start()] + sentence[match.end():]
        own = _own_kinds(f"{rest}\n{told}" if told else rest)
        if own and "justice" not in own and _family(own).isdisjoint(families):
            spans.append((match.start(), match.end()))
    return without_spans(sentence, spans)


def _outside(title: str) -> str:
    """``title`` less every clause of :data:`_CLAUSE` that names a kind of event: what the
    headline says of its own event. "Région Bretagne : le budget 2026 adopté, au lendemain
    du déraillement de Pont-de-Buis" names a derailment only inside its clause, and is the
    vote's headline, not the derailment's (f-events32: read whole, the headline "named"
    the clause's kind, so neither its clause nor the lead's was cut, and the vote joined
    the derailment's story)."""
    spans = [(m.start(), m.end()) for m in _CLAUSE.finditer(title) if _kinds(m.group())]
    return without_spans(title, spans) if spans else title


def without_context(title: str, paragraphs: Sequence[str]) -> tuple[str, list[str]]:
    """``(title, paragraphs)`` less the context clauses of the headline and of the first
    paragraph's first sentence (module docstring); the rest as written. Linear in the
    headline and that sentence."""
    outside = _outside(title)
    head = _family(frozenset(k.removeprefix("^") for k in headline_kinds(outside)))
    cut_title = _cut(title, head, _outside(lead_sentence(paragraphs)) if outside != title
                     else "")
    out = list(paragraphs)
    for i, paragraph in enumerate(out):
        if not paragraph.strip():
            continue
        text = paragraph.lstrip()
        end = _SENTENCE_END.search(text)
        first, rest = (text[:end.end()], text[end.end():]) if end else (text, "")
        cut = _cut(first, head)
        if cut != first:
            out[i] = (cut if cut.endswith((".", "!", "?")) else cut + ".") + rest \
                if first.rstrip().endswith((".", "!", "?")) else cut + rest
        break
    return cut_title, out


_SENTENCE_END = re.compile(r"(?<!\b[A-ZÀ-ÖØ-Þ])[.!?](?=\s+[«\"A-ZÀ-ÖØ-Þ])")
"""A sentence's end, as :data:`veille.dedup.event_kinds._SENTENCE_END` reads it."""



OTHER_EVENTS = False
"""Whether :func:`without_other_events` is applied (:func:`veille.dedup.stories.terms`);
False (the default): as before f-stories28. Off since the m28 merge: on, rpm2's undated
stream put two other topics' articles in one story (tests/dedup/test_story_chaining.py),
for +0.002 B³ F1 on rpm2's held-out topics (docs/dedup.md, f-stories28)."""


def without_other_events(title: str, paragraphs: Sequence[str]) -> tuple[str, list[str]]:
    """``paragraphs`` less their sentences past the lead's first that name an event (a kind
    of :mod:`veille.dedup.event_kinds`' lexicon, read as a headline, or of
    :data:`veille.dedup.recalls.RECALL_NOUNS`) of a family none of the kinds the headline and
    the lead's first sentence tell is of (the article's own event, as
    :func:`without_context` reads it: :func:`_own_kinds`): another event the text goes on
    to name, whose words, places and days are that event's (q-stories27 D1y: "La séance
    s'est ouverte par un mot de soutien aux agents du dépôt de bus incendié lundi", in a
    report of a budget vote, joined the fire). A
    paragraph left empty is dropped; ``(title, paragraphs)`` as given when the lead tells no
    event (named, not only cued: "les experts de la police scientifique" cue science, and
    the fire they look into is the article's event, f-stories25 F2) or a step of justice."""
    own = _own_kinds(f"{title}\n{lead_sentence(paragraphs)}", cues=False)
    if not own or "justice" in own:
        return title, list(paragraphs)
    families = _family(own)
    out: list[str] = []
    first = True
    for paragraph in paragraphs:
        kept, changed = [], False
        for sentence in sentences(paragraph):
            if not first:
                told = _kinds(sentence.text)
                if told and _family(told).isdisjoint(families):
                    changed = True
                    continue
            first = False
            kept.append(sentence.text)
        if not changed:
            out.append(paragraph)
        elif kept:
            out.append(" ".join(kept))
    return title, out


LONE_BODY_SENTENCES = 3
"""The sentences past the lead's first, besides those naming a lone event, a text needs for
that event to be another one it recalls (:func:`without_lone_events`): "Govanhill
residents wait for news. … The roof collapse injured five people on Monday." is the
collapse's follow-up, two sentences long, not a report of something else."""

LONE_KINDS = frozenset({"disaster", "accident", "crime"})
"""The kinds of event a lone sentence may recall (:func:`without_lone_events`): incidents,
which happen at one place and time and which a report of another matter mentions in
passing ("the flood will not affect the festival"). A topic's words (politics, economy,
social) in one sentence are the article's subject as often as not: read as recalls, they
parted rpm2's stories (seed 6 B³ F1 0.958 → 0.949)."""


def _lone_sentences(title: str, paragraphs: Sequence[str]
                    ) -> tuple[list[list[str]], dict[tuple[int, int], frozenset[str]]]:
    """Each paragraph's sentences, and (paragraph, sentence) -> the kinds of event it names
    for each sentence past the lead's first that names events of families no other sentence
    names (:func:`without_lone_events`); none when the headline and the lead's first sentence
    tell an event (named, :func:`_own_kinds` without cues) or the text holds fewer than
    :data:`LONE_BODY_SENTENCES` other sentences past the lead's first."""
    split = [[s.text for s in sentences(p)] for p in paragraphs]
    if _own_kinds(f"{title}\n{lead_sentence(paragraphs)}", cues=False):
        return split, {}
    seen: dict[str, int] = {}  # family -> sentences past the first naming it
    named: dict[tuple[int, int], frozenset[str]] = {}
    first = True
    for i, texts in enumerate(split):
        for j, text in enumerate(texts):
            if first:
                first = False
                continue
            told = _kinds(text)
            if told:
                named[(i, j)] = told
                for family in _family(told):
                    seen[family] = seen.get(family, 0) + 1
    lone = {at: kinds for at, kinds in named.items()
            if kinds <= LONE_KINDS and all(seen[f] == 1 for f in _family(kinds))}
    if sum(map(len, split)) - 1 - len(lone) < LONE_BODY_SENTENCES:
        return split, {}  # too short to have a subject of its own beside that sentence
    return split, lone


def lone_event_kinds(title: str, paragraphs: Sequence[str]) -> frozenset[str]:
    """The kinds of event the sentences :func:`without_lone_events` cuts name: the other
    events an article whose headline and lead tell none recalls in one sentence."""
    return frozenset().union(*_lone_sentences(title, paragraphs)[1].values())


def lone_events(title: str, paragraphs: Sequence[str]
                ) -> tuple[frozenset[str], tuple[str, list[str]]]:
    """(:func:`lone_event_kinds`, :func:`without_lone_events`) of one input, its sentences
    split and their kinds read once rather than once for each (issue #13, r-perf65: the
    story terms asked for both, and :func:`_lone_sentences` was ~6 % of a capture's
    ingest). The same values as the two calls, always."""
    split, lone = _lone_sentences(title, paragraphs)
    return frozenset().union(*lone.values()), (title, _kept(paragraphs, split, lone))


def without_lone_events(title: str, paragraphs: Sequence[str]) -> tuple[str, list[str]]:
    """``paragraphs`` less each sentence past the lead's first that names events of families
    no other sentence of the text names, when the headline and the lead's first sentence
    tell no event (named: :func:`_own_kinds` without cues) (h-stories63, t-check62 #1). Its
    own event is what an article's headline and lead tell, or what it writes about in two
    sentences at least: an event named once, past the lead, of a report whose headline and
    lead name none ("Las Fallas de 2026 tendrán un presupuesto récord…" and, once, "Las
    inundaciones de Valence, en Francia, no afectarán…") is another event that sentence
    recalls, when the text has :data:`LONE_BODY_SENTENCES` other sentences past its lead's
    first (a subject of its own). A follow-up names its event in its headline or lead, or
    again in its text. ``(title, paragraphs)`` as given otherwise (the headline or lead
    tells an event: :func:`without_other_events` reads those); a paragraph left empty is
    dropped. Linear in the text (one kind scan per sentence)."""
    split, lone = _lone_sentences(title, paragraphs)
    return title, _kept(paragraphs, split, lone)


def _kept(paragraphs: Sequence[str], split: list[list[str]],
          lone: dict[tuple[int, int], frozenset[str]]) -> list[str]:
    """``paragraphs`` less the sentences ``lone`` names (:func:`without_lone_events`),
    ``split`` their sentences; a copy of ``paragraphs`` when ``lone`` is empty."""
    if not lone:
        return list(paragraphs)
    out: list[str] = []
    for i, (paragraph, texts) in enumerate(zip(paragraphs, split, strict=True)):
        kept = [t for j, t in enumerate(texts) if (i, j) not in lone]
        if len(kept) == len(texts):
            out.append(paragraph)
        elif kept:
            out.append(" ".join(kept))
    return out
