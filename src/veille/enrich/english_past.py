"""The English simple past and active perfect participle as a marker of a past act.

English dates a weekday by the verb's tense as French does: "the museum opened on
Sunday" (published on a Wednesday) is the Sunday before, "the museum will open on
Sunday" the one after. :mod:`veille.enrich.dates` read English pasts from a short word
list ("said", "announced", "started"…), so a regular verb outside it ("opened",
"reopened", "closed", "evacuated") left the mention to the nearest weekday or to a
future marker further away (f-places21 held-out batch 2; f-places22). Here (Huddleston &
Pullum, *The Cambridge Grammar of the English Language*, ch. 3 §1: the preterite of
regular verbs is the base plus "-ed"; the irregular preterites most news uses below):

- a word of five letters or more ending in "-ed" is a past ("opened", "voted",
  "cancelled"), except after a form of "be" or "get" (a passive, whose auxiliary's own
  tense decides: "will be closed on Monday", "is closed until Friday") or after "to"
  (an infinitive's passive: "to be delayed"), and except where it is an adjective before
  a noun: after a determiner or an adverb in "-ly" ("the delayed flight", "heavily
  disrupted traffic on Thursday"); the words ending in "-eed" ("proceed", "exceed") and
  "hundred" are no past;
- the participles of planning ("planned", "scheduled", "expected", "proposed",
  "postponed", "slated"…: :data:`PROSPECTIVE`) are no marker: "the planned strike on
  Friday" is ahead, "postponed to Friday" too;
- the irregular preterites of :data:`IRREGULAR` ("began", "met", "fell", "spoke") are
  pasts;
- those spelled like their base (:data:`SAME_FORM`: "burst", "cut", "hit", "shut", "put":
  CGEL ch. 3 §2.3, the verbs whose preterite and participle are the plain form) are pasts
  only where the present would take "-s": after a singular subject (a word not ending in
  "-s", a name, "he", "she", "it": "the river Eden burst its banks", "the gale cut power"),
  not after a determiner (a noun: "the cut", "a hit"), a plural or first or second person
  subject ("they", "we", "people"), a modal, "to", "do"/"did", "not", "and"/"or" (the
  first verb's tense), and only with a complement after it (no preposition nor auxiliary:
  "the power cut on Saturday" is a noun). A missed past stays nearest-day, never a
  false one (r-dates56, t-final55b A11).
"""

from __future__ import annotations

import re

PROSPECTIVE = ("planned", "scheduled", "rescheduled", "expected", "proposed", "intended",
               "anticipated", "postponed", "delayed", "slated", "pencilled", "penciled",
               "called", "invited", "booked", "timed", "earmarked", "programmed")
"""Participles whose object or complement is a coming event: no past marker."""
IRREGULAR = ("began", "met", "fell", "rose", "left", "struck", "saw", "made", "gave", "found",
             "spoke", "wrote", "broke", "sold", "bought", "brought", "caught", "kept", "led",
             "paid", "sent", "spent", "stood", "thought", "fought", "chose", "drove", "flew",
             "grew", "knew", "threw", "shook", "swept", "sank", "ran", "won", "lost", "took",
             "came", "went", "told", "held", "sought", "fled", "froze", "hid", "rode", "tore",
             "wore", "woke", "forgave", "forbade", "overtook", "withdrew", "undertook")
"""Irregular preterites distinct from the verb's present and past participle."""
SAME_FORM = ("burst", "cast", "cost", "cut", "hit", "hurt", "let", "put", "quit", "set", "shed",
             "shut", "split", "spread", "thrust", "upset", "broadcast", "forecast", "bet",
             "bid", "slit", "rid", "read")
"""Irregular verbs whose preterite is spelled as their base (CGEL ch. 3 §2.3, closed
class)."""
_NOT_SUBJECT = ("the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "my",
                "your", "no", "every", "each", "any", "some", "i", "you", "we", "they",
                "will", "would", "can", "could", "may", "might", "must", "shall", "should",
                "do", "did", "to", "not", "n't", "n’t", "'ll", "’ll", "and", "or", "people",
                "police", "children", "men", "women", "staff", "cattle", "data", "could")
_AFTER_NOUN = ("on", "at", "in", "of", "for", "to", "by", "from", "with", "during", "over",
               "under", "after", "before", "since", "until", "was", "is", "were", "are",
               "will", "would", "has", "had", "have", "and", "or", "but", "than", "that",
               "which", "who", "could", "may", "might", "should", "must", "can")
_SAME_FORM_PAST = (
    r"(?<=[\w’']\s)(?<!s\s)" + "".join(
        rf"(?<!\b{re.escape(w)}\s)" if w[0].isalpha() else rf"(?<!{re.escape(w)}\s)"
        for w in _NOT_SUBJECT)
    + r"\b(?:" + "|".join(SAME_FORM) + r")\b(?=\s+(?!(?:" + "|".join(_AFTER_NOUN)
    + r")\b)[\w’'])")

ENGLISH_PAST = re.compile(
    r"(?i)(?<!\bbe\s)(?<!\bis\s)(?<!\bam\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)"
    r"(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bget\s)(?<!\bgets\s)(?<!\bgot\s)(?<!\bto\s)"
    r"(?<!\bremain\s)(?<!\bremains\s)(?<!\bstay\s)(?<!\bstays\s)"
    r"(?<!ly\s)(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bhis\s)"
    r"(?<!\bher\s)(?<!\bour\s)(?<!\bthis\s)(?<!\bthat\s)(?<!\bsome\s)(?<!\bmore\s)"
    r"(?<!\bno\s)(?<!\bnewly\s)"
    r"\b(?!(?:" + "|".join(PROSPECTIVE) + r"|hundred)\b)"
    r"(?:[a-z]{3,}(?<!e)ed|" + "|".join(IRREGULAR) + r")\b|" + _SAME_FORM_PAST)
"""A past marker of English text: a regular preterite ("opened", "reopened", "evacuated")
not after "be"/"get"/"to"/"remain"/"stay", nor one of :data:`PROSPECTIVE`; or an
irregular preterite of :data:`IRREGULAR`, or one of :data:`SAME_FORM` after a singular
subject and before its complement (see the module). Letters before "-ed" do not end in "e"
("proceed", "exceed", "agreed" are no regular "-ed" forms of that shape), which leaves
out the verbs whose base ends in "-e" spelled "-eed"; "agreed", "freed" then fall out
too, a missed marker and never a false one."""
