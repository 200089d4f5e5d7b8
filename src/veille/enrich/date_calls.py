"""A date of an act called for, urged or planned: ahead of the call (issue 16).

"Britain's largest unions … called on members to march in London on March 12", written on
20 January, was read in the past of "called" (12 March a year gone by), while "a nationwide
strike on February 6" in the same clause was ahead, being the noun of an event
(:mod:`veille.enrich.date_announced`). What is called for, urged, invited, asked, planned
or intended is done after the calling: its date lies ahead of the telling whatever the
tense of the calling ("a appelé les cheminots à cesser le travail le 9 avril", "llamó a los
trabajadores a parar el 15 de marzo", "ha invitato i lavoratori a scioperare il 20 marzo",
"forderte die Beschäftigten auf, am 12. März die Arbeit niederzulegen"; t-final51b A9).

The shape read (:func:`called_to_act`): in the mention's sentence,

1. a verb of calling, urging, inviting, asking, planning or intending (a closed class by
   language, :data:`_CALLS`: the verbs of influence and intention that take an infinitive
   complement: Gross, *Méthodes en syntaxe*, 1975; the catenative verbs of influence
   and intention of Huddleston & Pullum, *The Cambridge Grammar of the English
   Language*, 2002; their counterparts with "a"/"de", "a"/"di" and "zu" in the RAE's,
   Serianni's and Duden's grammars),
2. then its object at most, then the infinitive's mark ("to", "à", "a", "di"/"de") and
   the infinitive, before the date — in German the zu-infinitive follows the date
   ("…auf, am 12. März die Arbeit niederzulegen");
3. no pluperfect on the calling ("avait appelé", "had urged": a plan seen from a moment
   gone by, read elsewhere), and no sentence break between.

The caller keeps a date the rest of the sentence tells as done ("…on March 12, and most
schools closed that day") in the past, as for an announced event.

Pure functions on strings; nothing here raises.
"""

from __future__ import annotations

import re

REACH = 160
"""How far back (characters) the sentence before a mention is read for the calling verb:
its object and the infinitive's own complements stand between ("called on members to march
in London on March 12")."""

_CALLS = {
    "fr": r"\b(?:appel(?:le|les|lent|ait|aient|é|ée|és|ées|lera|leront|ant)|invit\w*|"
          r"exhort\w*|encourag\w*|incit\w*|somm(?:e|ent|é|ée|és|ées)|enjoi\w*|"
          r"pouss(?:e|ent|é|ée|és|ées)|prévoi(?:t|ent)|prévu|projett?\w*|envisag\w*|"
          r"compt(?:e|ent)|entend(?:ent)?|décid(?:e|ent|é|ée|és|ées)|promis|promet\w*|"
          r"s['’]engag\w*|s['’]apprêt\w*|demand(?:e|ent|é|ée|és|ées))\b",
    "en": r"\b(?:call(?:s|ed|ing)?\s+(?:on|upon)|urg(?:e|es|ed|ing)|invit(?:e|es|ed|ing)|"
          r"encourag(?:e|es|ed|ing)|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|told|tells?|"
          r"plan(?:s|ned|ning)?|intend(?:s|ed|ing)?|aim(?:s|ed|ing)?|vow(?:s|ed)?|"
          r"pledg(?:e|es|ed)|promis(?:e|es|ed)|decid(?:e|es|ed)|agre(?:e|es|ed)|"
          r"prepar(?:e|es|ed|ing)|set\s+out|threaten(?:s|ed)?)\b",
    "es": r"\b(?:llam(?:a|an|ó|aron|ado|ará|arán)|invit\w*|inst(?:a|an|ó|aron)|"
          r"exhort\w*|anim(?:a|an|ó|aron)|alent\w*|emplaz\w*|plane(?:a|an|ó|aron)|"
          r"prev(?:é|én|eía)|previsto|pretend\w*|decidi(?:ó|eron|do)|decid(?:e|en)|"
          r"promet\w*|amenaz\w*|pid(?:e|en|ió|ieron))\b",
    "it": r"\b(?:invit\w*|chiamat[oaie]|chiam(?:a|ano|ò|arono)|esort\w*|incit\w*|"
          r"sollecit\w*|spin(?:ge|gono|to|ta|se|sero)|preved(?:e|ono)|intend(?:e|ono)|"
          r"punt(?:a|ano)|decis[oaie]|decid(?:e|ono)|promess[oaie]|promett\w*|"
          r"minacci\w*|chies(?:to|ta|e|ero)|chied(?:e|ono))\b",
    "de": r"\b(?:(?:rief|riefen|ruft|rufen|forderte|forderten|fordert|fordern)\b[^.;!?]{0,80}?"
          r"\bauf|(?:kündigte|kündigten|kündigt|kündigen)\b[^.;!?]{0,80}?\ban|angekündigt|"
          r"aufgerufen|aufgefordert|appellier\w*|plan(?:t|en|te|ten)|geplant|"
          r"beabsichtig\w*|will|wollen|wollte|wollten|beschloss(?:en)?|droh(?:t|en|te|ten)|"
          r"versprach(?:en)?|bat|baten|bittet|bitten)\b",
}
"""Verbs of calling, urging, inviting, asking, planning or intending, by language (stems
or forms: every tense and person, and the past participle)."""
_INFINITIVE = {
    "fr": r"\b(?:à|de|d['’])\s*(?:(?:se|s['’]|les?|la|l['’]|y|en|ne\s+pas)\s*)?"
          r"[^\W\d_]{2,}(?:er|ir|re|oir)\b",
    "en": r"\bto\s+(?!(?:the|a|an|his|her|their|its|this|that|these|those|them|him|us|me|"
          r"it|which|whom|what|date)\b)[a-z]{2,}\b",
    "es": r"\b(?:a|de)\s+(?:(?:se|no)\s+)?[^\W\d_]{2,}(?:ar|er|ir)(?:se|lo|la|los|las)?\b",
    "it": r"\b(?:a|ad|di|d['’])\s*(?:(?:non)\s+)?[^\W\d_]{2,}(?:are|ere|ire|arsi|ersi|irsi|"
          r"rre)\b",
}
"""The infinitive's mark and the infinitive after the calling's object ("to march", "à
cesser", "a parar", "a scioperare", "di chiudere")."""
ZU_INFINITIVE = re.compile(r"\bzu\s+(?!haben\b|sein\b|werden\b)[a-zäöüß]{2,}(?:en|ln|rn)\b|"
                           r"\b[a-zäöüß]{2,}zu[a-zäöüß]{2,}(?:en|ln|rn)\b")
"""The German zu-infinitive, after the date ("am 12. März die Arbeit niederzulegen",
"am 12. März zu streiken", "zu verhandeln": the infinitive ends in -en, or -ln/-rn after
a stem in -el/-er, Duden, *Die Grammatik*, § Infinitiv); not the perfect infinitive "…
gesprochen zu haben", a past."""
_PLUPERFECT = {
    "fr": r"\b(?:avait|avaient|avions|aviez|avais|était|étaient)\s+(?:\w+\s+)?$",
    "en": r"\bhad\s+(?:\w+\s+)?$",
    "es": r"\b(?:había|habían|habíamos)\s+$",
    "it": r"\b(?:aveva|avevano|avevamo|era|erano)\s+$",
    "de": r"(?!)",
}
"""The pluperfect's auxiliary right before the calling: a call seen from a moment gone by,
whose date is read as the plan's elsewhere (:mod:`veille.enrich.date_plans`)."""
_SENTENCE = re.compile(r"[.!?…](?:\s|$)|[;\n«»“”]")
_DE_PLUPERFECT = re.compile(r"\b(?:hatte|hatten)\b")


def called_to_act(text: str, start: int, end: int, language: str) -> bool:
    """Whether the date at ``[start, end)`` is the date of an act a verb before it calls
    for, urges or plans, in ``language`` ('fr', 'en', 'es', 'it' or 'de'; any other is
    read as French): the shape of the module's docstring."""
    code = language if language in _CALLS else "fr"
    before = _SENTENCE.split(text[max(0, start - REACH):start])[-1]
    calls = list(re.finditer(_CALLS[code], before, re.IGNORECASE))
    if not calls:
        return False
    call = calls[-1]
    if re.search(_PLUPERFECT[code], before[:call.start()], re.IGNORECASE):
        return False
    if code == "de":
        if _DE_PLUPERFECT.search(before):
            return False
        after = _SENTENCE.split(text[end:end + REACH])[0]
        return ZU_INFINITIVE.search(before[call.end():] + " " + after) is not None
    return re.search(_INFINITIVE[code], before[call.end():], re.IGNORECASE) is not None
