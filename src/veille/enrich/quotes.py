"""Direct quotes and their speakers (rule-based, French first, English forms too).

Quoted spans are found between « », “ ”, „ “ and straight double quotes, within one
paragraph. The speaker comes from, in this order:

1. an incise after the quote: ``», a annoncé mardi le département d'Etat`` (the words after
   the speech verb, time words skipped), ``", said X"``, ``", X said"``; an inverted pronoun
   (``a-t-il ajouté``, ``poursuit-elle``) points back to the previous speaker;
2. an introduction before it in the sentence: ``X a déclaré : «``, ``selon X, «``,
   ``le renseignement américain selon lequel l'EI «``, ``according to X``,
   ``X said: "``;
3. another quote of the same sentence (the fragments of one statement share a speaker).

Fragments of one sentence with one speaker become one quote (``parts`` holds each span).
A short quote (fewer than ``MIN_WORDS`` words) with no speaker is a scare quote ("un
"moment-clé""), not a quote. Pure functions; :func:`find_quotes` never raises on any text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from veille.enrich.text import Sentence, sentence_at, sentences, strip_leading

PAIRS = {"«": "»", "“": "”", "„": "“", '"': '"'}
MAX_QUOTE_CHARS = 3000
MIN_WORDS = 4
"""An unattributed quote shorter than this is a scare quote, not reported speech."""

SPEECH_VERBS = (
    "ajout", "annonc", "affirm", "assur", "déclar", "dit", "dis", "estim", "expliqu",
    "indiqu", "précis", "soulign", "martel", "martèl", "confi", "lanc", "insist", "poursui",
    "prévenu", "prévient", "averti", "comment", "répond", "reconn", "regrett", "dénonc",
    "jug", "rappel", "écri", "tweet", "promi", "promet", "confirm", "racont", "témoign",
    "observ", "relev", "not", "conclu", "lâch", "plaid", "fait valoir", "interrog",
    "demand", "résum", "ironis", "tranch", "prévien", "menac", "insiste", "avertit",
    "said", "says", "say", "told", "tell", "added", "adds", "noted", "explained", "stated",
    "announced", "wrote", "writes", "asked", "warned", "argued", "insisted", "claimed",
    "declared", "continued", "replied", "tweeted", "according")
_VERB = re.compile(r"(?i)^(?:" + "|".join(re.escape(v) for v in SPEECH_VERBS) + r")\w*")
_INVERTED = re.compile(r"(?i)-(?:t-)?(il|elle|ils|elles|on)\b")
_SKIP = re.compile(
    r"(?i)^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|encore|aussi|"
    r"également|ensuite|alors|aujourd'hui|soir|matin|déjà|enfin|plus tard|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|also|"
    r"then|later|on)\b\s*")
_NP_END = re.compile(
    r"(?i)[,.;:!?()«»\"“”\n]|\s(?:dans|lors|devant|sur|auprès|à l'|à la|au|aux|après|avant|"
    r"pour|en|qui|que|in|on|at|to|after|before|who|when|while|during)\s")
_SUBJECT_END = re.compile(
    r"(?i)\s(?:a|ont|avait|avaient|has|have|had|will|is|was)\s+(?:\w+\s+)?$|\s+$")
_SELON = re.compile(r"(?i)\b(?:selon|d'après|according to)\s+")
_SELON_REL = re.compile(r"(?i)\b(?:selon|d'après)\s+(?:lequel|laquelle|lesquels|lesquelles|qui)\b")
_DETERMINER = re.compile(r"(?i)\b(?:le|la|les|l'|un|une|des|du|the)\s*(?=[\w])")
_WORDS = re.compile(r"\w+")


@dataclass(slots=True)
class Quote:
    """A quote: the characters of its text (marks excluded) ``[start, end)``, its
    fragments ``parts``, and its speaker (text, span, entity id when linked)."""

    start: int
    end: int
    text: str
    parts: list[tuple[int, int]] = field(default_factory=list)
    speaker: str = ""
    speaker_start: int = -1
    speaker_end: int = -1
    speaker_id: str = ""
    cue: str = ""

    def to_dict(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "text": self.text,
                "parts": [list(p) for p in self.parts], "speaker": self.speaker,
                "speaker_span": [self.speaker_start, self.speaker_end],
                "speaker_id": self.speaker_id, "cue": self.cue}


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The ``[start, end)`` of each quoted text (marks excluded), in order."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        mark = text[i]
        closing = PAIRS.get(mark)
        if closing is None:
            i += 1
            continue
        if mark == '"' and i + 1 < len(text) and text[i + 1].isspace():
            i += 1  # a closing straight quote without its opening one
            continue
        end = text.find(closing, i + 1, i + 1 + MAX_QUOTE_CHARS)
        if end == -1 or "\n\n" in text[i + 1:end]:
            i += 1
            continue
        if end > i + 1 and text[i + 1:end].strip():
            spans.append((i + 1, end))
        i = end + 1
    return spans


def _noun_phrase(text: str, offset: int) -> tuple[str, int, int] | None:
    """The noun phrase at the start of ``text`` (after time words): text, start, end."""
    cut = 0
    while match := _SKIP.match(text[cut:]):
        if not match.group():
            break
        cut += match.end()
    rest = text[cut:]
    end_match = _NP_END.search(rest)
    phrase = rest[:end_match.start()] if end_match else rest[:80]
    words = phrase.split()
    if not words or len(words) > 10:
        return None
    phrase = phrase.rstrip()
    cleaned, lead = strip_leading(phrase)
    if not cleaned or not _WORDS.search(cleaned):
        return None
    start = offset + cut + lead
    return cleaned, start, start + len(cleaned)


def _after(text: str, end: int, limit: int) -> tuple[str, str, int, int] | None:
    """An incise after a quote closing at ``end``: (cue, speaker, start, end), speaker
    '' for an inverted pronoun."""
    tail = text[end + 1:limit]
    starts = [0] + [m.end() for m in re.finditer(r",\s*", tail)]
    for begin in starts:
        found = _incise(text, end + 1 + begin, limit, first=begin == 0)
        if found:
            return found
    # English: '", Mr Smith said.'
    m = re.match(r"\s*,?\s*((?:[A-Z][\w'’.-]*\s){1,4})(said|says|added|told)\b", tail)
    if m:
        name = m.group(1).strip()
        start = end + 1 + m.start(1)
        return m.group(2), name, start, start + len(name)
    return None


def _incise(text: str, at: int, limit: int, *, first: bool = True
            ) -> tuple[str, str, int, int] | None:
    """A speech verb within the first words from ``at``, and its speaker. Past the first
    comma after the quote (``first`` False) the verb needs an auxiliary or an inverted
    pronoun ("a annoncé", "ajoute-t-il"), so that a participle ("annoncée en décembre
    par X") is not taken for an incise."""
    end = at - 1
    tail = text[at:limit]
    match = re.match(r"\s*,?\s*(?:\.{3}|…)?\s*", tail)
    pos = match.end() if match else 0
    words = list(re.finditer(r"[\w'’-]+", tail[pos:pos + 120]))
    for i, word in enumerate(words[:4]):
        token = word.group()
        base = token.split("-")[0]
        if not _VERB.match(base):
            continue
        if i and not all(re.fullmatch(r"(?i)a|ont|avait|avaient|a-t-il|a-t-elle|n'|ne|"
                                      r"lui|leur|-t|il|elle|has|had|have", w.group())
                         for w in words[:i]) and not (
                i == 1 and words[0].group()[0].isupper()):
            # English "X said": the subject before the verb
            continue
        if not first and i == 0 and not _INVERTED.search(token):
            continue
        if _INVERTED.search(token) or (i + 1 < len(words) and
                                       re.fullmatch(r"(?i)-?(?:t-)?(il|elle|ils|elles)",
                                                    words[i + 1].group())):
            return token, "", -1, -1
        if i == 1 and words[0].group()[0].isupper() and base.lower() in (
                "said", "says", "added", "told", "noted", "explained", "wrote", "warned"):
            subject = words[0]
            start = end + 1 + pos + subject.start()
            return token, subject.group(), start, start + len(subject.group())
        verb_end = end + 1 + pos + word.end()
        phrase = _noun_phrase(text[verb_end:limit].lstrip(), 0)
        if phrase is None:
            return token, "", -1, -1
        lead = len(text[verb_end:limit]) - len(text[verb_end:limit].lstrip())
        name, s, e = phrase
        return token, name, verb_end + lead + s, verb_end + lead + e
    return None


def _before(text: str, sentence_start: int, start: int) -> tuple[str, str, int, int] | None:
    """An introduction before a quote opening at ``start`` within its sentence."""
    head = text[sentence_start:start - 1]
    rel = list(_SELON_REL.finditer(head))
    if rel:
        before = head[:rel[-1].start()].rstrip()
        dets = list(_DETERMINER.finditer(before))
        if dets:
            s = dets[-1].start()
            phrase, lead = strip_leading(before[s:])
            begin = sentence_start + s + lead
            return "selon", phrase, begin, begin + len(phrase)
    selon = list(_SELON.finditer(head))
    if selon:
        np = _noun_phrase(head[selon[-1].end():], sentence_start + selon[-1].end())
        if np:
            return "selon", *np
    verbs = [m for m in re.finditer(r"[\w'’-]+", head) if _VERB.match(m.group())]
    if verbs and re.search(r"[:,]\s*$|\bque\s*$|\bthat\s*$", head):
        verb = verbs[-1]
        subject = head[:verb.start()]
        subject = _SUBJECT_END.sub("", subject)
        parts = re.split(r"[,;:]\s", subject)
        chunk = parts[-1].strip()
        if chunk:
            offset = sentence_start + subject.rfind(chunk)
            cleaned, lead = strip_leading(chunk)
            if len(cleaned.split()) <= 10:
                return verb.group(), cleaned, offset + lead, offset + lead + len(cleaned)
    return None


def find_quotes(text: str) -> list[Quote]:
    """The quotes of ``text`` with their speakers' names (not yet linked to entities)."""
    spans = quoted_spans(text)
    if not spans:
        return []
    sents = list(sentences(text))
    groups: dict[int, list[Quote]] = {}
    order: list[int] = []
    for start, end in spans:
        sentence = sentence_at(sents, start - 1) or Sentence(start, end, text[start:end])
        limit = min([s for s, _ in spans if s > end] + [len(text)]) - 1
        next_break = re.search(r"[.!?]\s|\n", text[end + 1:limit + 1])
        limit = end + 1 + next_break.start() + 1 if next_break else limit
        found = _after(text, end, max(limit, end + 1)) or _before(text, sentence.start, start)
        inner = text[start:end]
        start, end = start + len(inner) - len(inner.lstrip()), start + len(inner.rstrip())
        quote = Quote(start, end, text[start:end], [(start, end)])
        if found:
            quote.cue, quote.speaker, quote.speaker_start, quote.speaker_end = found
        if sentence.start not in groups:
            order.append(sentence.start)
        groups.setdefault(sentence.start, []).append(quote)
    out: list[Quote] = []
    previous = ""
    previous_span = (-1, -1)
    for key in order:
        group = groups[key]
        attributed = next((q for q in group if q.cue), None)
        merged: Quote | None = None
        for quote in group:
            if not quote.cue and attributed is not None:
                quote.cue, quote.speaker = attributed.cue, attributed.speaker
                quote.speaker_start, quote.speaker_end = (attributed.speaker_start,
                                                          attributed.speaker_end)
            if quote.cue and not quote.speaker:
                quote.speaker = previous
                quote.speaker_start, quote.speaker_end = previous_span
            if not quote.cue and len(_WORDS.findall(quote.text)) < MIN_WORDS:
                continue
            if merged is not None and merged.cue and merged.speaker == quote.speaker:
                merged.parts.append((quote.start, quote.end))
                merged.end = quote.end
                merged.text = " […] ".join(text[s:e] for s, e in merged.parts)
                continue
            merged = quote
            out.append(quote)
            if quote.speaker:
                previous, previous_span = quote.speaker, (quote.speaker_start,
                                                          quote.speaker_end)
    return out


def link_speakers(quotes: Sequence[Quote], entities: Sequence[dict[str, object]],
                  lookup: Callable[[str], str]) -> None:
    """Set each quote's ``speaker_id``: the entity with a mention inside the speaker's
    span, else one whose name or alias (``lookup``: name → id or '') is the speaker's."""
    for quote in quotes:
        if not quote.speaker:
            continue
        for entity in entities:
            mentions = entity.get("mentions") or []
            assert isinstance(mentions, list)
            if any(quote.speaker_start <= m[0] and m[1] <= quote.speaker_end
                   for m in mentions):
                quote.speaker_id = str(entity["id"])
                break
        else:
            quote.speaker_id = lookup(quote.speaker)
