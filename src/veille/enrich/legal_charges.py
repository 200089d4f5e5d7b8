"""Quoted spans that name a legal charge, not someone's words (t-final27 F11 b).

French news puts the offence a person is held, charged or tried for in guillemets: "placé
en garde à vue pour « apologie du terrorisme » et « menaces de mort »", "une enquête pour
« destruction volontaire par incendie »", "mis en examen des chefs d'« assassinat »". The
marks quote the qualification of the Code pénal the prosecutor chose (its legal name), the
author's typography, not a statement: the quote list showed them with the speaker
"source judiciaire" or none.

A span is a charge when it is a noun phrase (lower case first, at most
:data:`MAX_WORDS` words, no sentence end, no subject pronoun nor finite auxiliary: a
clause is someone's words, "pour « il faut partir »") and the words before its opening
mark introduce a qualification:

- "des chefs de", "du chef de", "pour des faits de", "(sous la) qualification de",
  "pour le délit / crime de" (the forms of the Code de procédure pénale and of court
  reporting); not "qualifié de", a verb of judging whose complement is someone's word
  ("qu'il a qualifié de « fonds souverain à la française »", rpm2);
- "pour" when the sentence before it names a proceeding (an investigation, custody, an
  arrest, charges, a trial, a sentence, a complaint: :data:`_PROCEEDING`): "il a plaidé
  pour « une Europe plus forte »" names none, and stays a fragment of someone's words;
- "et", "ou" or a comma right after another charge ("« apologie du terrorisme » et
  « menaces de mort »").

Pure functions on the text; no I/O.
"""

from __future__ import annotations

import re

MAX_WORDS = 20
"""Most words of a charge: the Code pénal's qualifications run long ("substitution
d'enfant, faux commis dans un acte authentique et aide au séjour irrégulier", 13 words,
was taken for someone's words: rpm2 E; "aide à l'entrée, à la circulation et au séjour
irréguliers d'un étranger en bande organisée", 18; r-quotes60, was 12)."""
_OPENING = "«“\"„"
_MARK_BEFORE = r"\s*[«“\"„]\s*$"
_DE = r"d(?:e\s+|['’]\s*)"
_QUALIFICATION = re.compile(
    r"(?i)(?<![\w'’-])(?:des\s+chefs\s+" + _DE + r"|du\s+chef\s+" + _DE
    + r"|pour\s+(?:des\s+)?faits\s+" + _DE + r"|qualification\s+" + _DE
    + r"|pour\s+(?:le\s+|les\s+)?(?:délits?|crimes?|infractions?)\s+" + _DE + r")"
    + _MARK_BEFORE)
_POUR = re.compile(r"(?i)(?<![\w'’-])pour" + _MARK_BEFORE)
_JOINED = re.compile(r"[»”\"]\s*(?:,|et|ou)\s*[«“\"„]\s*$")
_PROCEEDING = re.compile(
    r"(?i)(?<![\w'’-])(?:enquête|information\s+judiciaire|instruction|garde\s+à\s+vue|"
    r"interpellée?s?|arrêtée?s?|examen|poursuivie?s?|poursuites|condamnée?s?|"
    r"condamnation|jugée?s?|procès|inculpée?s?|déférée?s?|écrouée?s?|incarcérée?s?|"
    r"détention|plainte|procédure|mandat|réquisitions?|requis|relaxée?s?|"
    r"acquittée?s?|verbalisée?s?|prévenue?s?|accusée?s?|mise?s?\s+en\s+cause)(?![\w'’-])")
"""Nouns and participles of a criminal proceeding (Code de procédure pénale's terms)."""
_CLAUSE = re.compile(
    r"(?i)(?<![\w'’-])(?:je|j['’]|tu|il|elle|nous|vous|ils|elles|on|c['’]est|"
    r"est|sont|était|sera|serait|ont|avait|peut|doit|va|vont|faut)(?![\w'’-])")
_SENTENCE_END = re.compile(r"[.!?…\n]")


def legal_charge(text: str, start: int, end: int, depth: int = 0) -> bool:
    """Whether ``text[start:end]`` (a quoted span's words, its opening mark at
    ``start - 1``) names a legal charge (rules in the module's docstring)."""
    inner = text[start:end].strip()
    words = inner.split()
    if not words or len(words) > MAX_WORDS or not inner[0].islower() \
            or _SENTENCE_END.search(inner) or _CLAUSE.search(inner):
        return False
    before = text[max(0, start - 80):start]
    if _QUALIFICATION.search(before):
        return True
    if _POUR.search(before):
        return _PROCEEDING.search(text, _sentence_start(text, start), start) is not None
    joined = _JOINED.search(before)
    if joined is not None and depth < 5:
        close = max(0, start - 80) + joined.start()
        opening = max(text.rfind(mark, 0, close) for mark in _OPENING)
        return opening >= 0 and legal_charge(text, opening + 1, close, depth + 1)
    return False


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts (after the last end of sentence before
    it, at most 400 characters back)."""
    window = max(0, at - 400)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, window, at)]
    return ends[-1] if ends else window
