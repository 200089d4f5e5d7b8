"""Who a pronoun incise stands for when no one is named before it (f-speakers33).

Three rules, French, English and German:

- **a postposed apposition** closing the incise: "« … », écrivait-elle dans un message aux
  salariés, la présidente de Plastirhône, Sophie Bret." The pronoun announces a subject
  that the sentence names after the verb and its complements, a role then the name
  between commas (a right dislocation, Grevisse § 236; the English and German press write
  the same shape: '"…," she wrote in a letter, the managing director, Jane Roe.', "»…«,
  sagte er, der Präsident des Verbands, Urs Keller."). The name closes its sentence (or
  a relative clause follows it) and agrees with the pronoun's gender when its given name
  marks one (:func:`postposed_apposition`);
- **never the headline**: a body's pronoun never points back to the article's headline,
  kicker or deck (the lines above the body, :func:`veille.enrich.quotes_headline.in_headline`):
  a news story's body stands on its own and names its people in full in its own lines
  (the headline is written last and is no antecedent; "Incendie de Voiron : …" is a topic,
  not a person). A speaker found there for a quote of the body is none
  (:func:`body_start`);
- **the next sentence's subject**: a pronoun incise with nobody compatible before it
  ("« … », a-t-il martelé jeudi. Le maire de Dax, Julien Bazus, a confirmé …") stands for
  the person named as the next sentence's subject, in the same paragraph, of a gender
  that agrees (a delayed attribution, the quote opening the paragraph: Agnès, *Manuel de
  journalisme*, "l'attaque par la citation"); else no one (:func:`next_subject`).
"""

from __future__ import annotations

import re

from veille.enrich.gender import given_name_gender
from veille.enrich.quotes_headline import in_headline
from veille.enrich.quotes_refs import is_person_noun

__all__ = ["body_start", "next_subject", "person_mention", "postposed_apposition", "pronoun_gender",
           "pronoun_incise", "subject_apposed_before_verb"]

_NAME_WORD = r"[A-ZÀ-Ý][a-zà-ÿäöüß'’]+(?:-[A-ZÀ-Ý][a-zà-ÿäöüß'’]+)*"
_NAME = _NAME_WORD + r"(?:[ \xa0]+(?:(?:de|du|von|van|der|le|la)[ \xa0]+)?" + _NAME_WORD + r"){1,3}"
"""A person's name: two to four capitalised words, a particle allowed ("Ursula von der
Leyen" keeps "von der" only before a capital)."""

_CLOSING = r"[ \xa0]*[,.!?…]?[ \xa0]*[»”\"“«]?[ \xa0]*,?[ \xa0]*"
"""The quote's closing mark and the comma before the incise (after the mark in French and
German, inside it in English: '…open," she wrote')."""
_PRONOUN_INCISE = (
    # French: an inverted pronoun ("écrivait-elle", "a-t-il dit", "a-t-elle ajouté")
    r"(?:(?:[\w'’-]+[ \xa0]+){0,2}?[\w'’-]+-(?:t-)?(?P<fr>il|elle)(?![\w-])"
    r"(?:[ \xa0]+[a-zà-ÿ]+(?:é|ée|i|ie|u|ue|it|ite|t))?"
    # English: a subject pronoun before its verb ("she wrote", "he told")
    r"|(?P<en>he|she)[ \xa0]+[a-z]+"
    # German: the inverted pronoun after the verb ("sagte er", "erklärte sie")
    r"|[a-zäöüß]+[ \xa0]+(?P<de>er|sie)(?![\w-]))")
_ROLE = (r"(?:(?:le|la|les|l['’]|son|sa|leur|un|une|the|a|an|its|his|her|their|der|die|das|"
         r"ein|eine|sein|seine|ihr|ihre)[ \xa0]*[^,.;:!?«»“”\"„\n]{2,90}?," r"[ \xa0]*)?")
_POSTPOSED = re.compile(
    _CLOSING + _PRONOUN_INCISE
    # the verb's complements: no comma, no sentence end, at most ~100 characters
    + r"(?P<complement>[^,.;:!?«»“”\"„\n]{0,100})," + r"[ \xa0]*" + _ROLE
    + r"(?P<name>" + _NAME + r")"
    # the name closes the sentence, or a relative clause or a participle follows it
    + r"(?=[ \xa0]*(?:[.;!?)]|$|\n|,[ \xa0]*(?:qui|dont|who|whose|der|die|joint|jointe|"
      r"interrogée?|contactée?)\b))")


_ADDRESSEE = re.compile(
    r"(?i)(?:\b(?:à|to)[ \xa0]+(?:l['’]|(?:le|la|son|sa|leur|the|his|her|their)[ \xa0]+)?|"
    r"\bau[ \xa0]+|l['’])[ \xa0]*([a-zà-ÿ-]+(?<![sx]))[ \xa0]*$")
"""A singular person as the verb's indirect object closing the complements ("à son
homologue", "au préfet", "to the minister"): the apposition after it is the addressee's."""


def pronoun_incise(text: str, end: int) -> str:
    """The singular subject pronoun of the incise after a quote closing at ``end`` ("il",
    "elle", "he", "she", "er", "sie"), "" when the incise has none."""
    found = re.match(_CLOSING + _PRONOUN_INCISE, text[end:end + 80])
    if found is None:
        return ""
    return found.group("fr") or found.group("en") or found.group("de") or ""


def pronoun_gender(word: str) -> str:
    """"m", "f" or "" for a subject pronoun of French, English or German."""
    return {"il": "m", "elle": "f", "he": "m", "she": "f", "er": "m", "sie": "f"}.get(
        word.lower(), "")


def postposed_apposition(text: str, end: int) -> tuple[str, int, int] | None:
    """The person named in apposition at the end of the incise that follows a quote closing
    at ``end`` (the offset of its closing mark) when the incise's subject is a singular
    pronoun: (name, start, end); None when there is none or its given name marks the
    other gender than the pronoun."""
    found = _POSTPOSED.match(text, end)
    if found is None:
        return None
    pronoun = found.group("fr") or found.group("en") or found.group("de") or ""
    addressee = _ADDRESSEE.search(found.group("complement"))
    if addressee is not None and is_person_noun(addressee.group(1)):
        return None  # "», a-t-il dit à son homologue, le ministre X, Y": the addressee's
        # apposition (Grevisse § 343: an apposition follows the noun it qualifies)
    name = found.group("name")
    gender = given_name_gender(name.split()[0])
    if gender and pronoun_gender(pronoun) and gender != pronoun_gender(pronoun):
        return None
    return name, found.start("name"), found.end("name")


_TITLED = re.compile(r"(?:M\.|Mme|Mmes|MM\.|Mlle|Me|Dr|Pr|Mr|Mrs|Ms|Frau|Herr)[ \xa0.]")


def person_mention(speaker: str) -> bool:
    """Whether a speaker found in the headline may stand for a person: a description in
    lower case ("infirmiers", "ministre"), a titled name ("M. Roy") or a name whose first
    word is a known given name ("Jeanne Roy"); not a capitalised label whose first word is
    no given name ("Incendie de Voiron", "Amiens Métropole", "Truro Harbour Commission":
    the story's topic, a place, a body)."""
    words = speaker.split()
    if not words or not words[0][:1].isupper():
        return bool(words)
    return _TITLED.match(speaker) is not None or bool(given_name_gender(words[0]))


def body_start(text: str) -> int:
    """Where the article's body starts: the first line below the headline zone (the lines
    :func:`in_headline` reads as headline, kicker or deck); 0 when the first line is
    already the body's."""
    at = 0
    while at < len(text):
        if not text[at:text.find("\n", at) if "\n" in text[at:] else len(text)].strip():
            at = text.find("\n", at) + 1 if "\n" in text[at:] else len(text)
            continue  # a blank line
        if not in_headline(text, at):
            return at
        line_end = text.find("\n", at)
        if line_end < 0:
            return len(text)
        at = line_end + 1
    return at


_SENTENCE_AFTER = re.compile(r"[^.!?\n]*?[.!?…][ \xa0]+(?=[A-ZÀ-Ý])")
_NEXT_SUBJECT = re.compile(
    r"(?:(?:Le|La|L['’]|The|Der|Die)[ \xa0]*[^,.;:!?«»“”\"„\n]{2,80}?,[ \xa0]*)?"
    r"(?P<name>" + _NAME + r")"
    r"(?:[ \xa0]*,[^,.;:!?«»“”\"„\n]{0,80}(?=,))?[ \xa0]*,?[ \xa0]+(?:a|avait|est|has|had|was|hat|"
    r"[a-zà-ÿäöüß]+(?:e|é|a|t|it|ed|s))\b")
"""The next sentence's subject: a name opening it, after a role in apposition ("Le maire
de Dax, Julien Bazus, a confirmé") or before one ("Julien Bazus, maire de Dax, a …"),
then a finite verb."""


def next_subject(text: str, quote_end: int, gender: str) -> tuple[str, int, int] | None:
    """The person named as the subject of the sentence after the one of a quote closing
    at ``quote_end``, in the same paragraph, when the given name agrees with ``gender``
    ("m", "f", "" for either): (name, start, end), else None."""
    line_end = text.find("\n", quote_end)
    line_end = len(text) if line_end < 0 else line_end
    sentence = _SENTENCE_AFTER.match(text, quote_end, line_end)
    if sentence is None:
        return None
    found = _NEXT_SUBJECT.match(text, sentence.end(), line_end)
    if found is None:
        return None
    name = found.group("name")
    own = given_name_gender(name.split()[0])
    if not own or (gender and own != gender):
        return None  # a given name that marks no gender may be a place or a body
    return name, found.start("name"), found.end("name")


_APPOSED_BEFORE_VERB = re.compile(
    _CLOSING + r"(?:the|a|an|its|his|her|their)[ \xa0]+[^,.;:!?«»“”\"„\n]{2,90}?,[ \xa0]*"
    r"(?P<name>" + _NAME + r"),[ \xa0]*(?:[a-z]+ly[ \xa0]+)?"
    r"(?P<verb>said|says|told|added|adds|wrote|writes|explained|warned|noted|stressed|"
    r"insisted|argued|replied|confirmed|admitted|conceded)\b")
"""An English incise whose subject is a role and the name in apposition before the verb
('"…," the chief executive of the authority, Rachel Dunne, told reporters.'): the
subject-verb order of "X said" with X's apposition between commas (f-speakers33)."""


def subject_apposed_before_verb(text: str, end: int) -> tuple[str, str, int, int] | None:
    """(verb, name, start, end) of an English incise ``_APPOSED_BEFORE_VERB`` after a quote
    closing at ``end``; None otherwise."""
    found = _APPOSED_BEFORE_VERB.match(text, end)
    if found is None:
        return None
    return found.group("verb"), found.group("name"), found.start("name"), found.end("name")
