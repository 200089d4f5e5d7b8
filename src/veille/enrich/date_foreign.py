"""Dates mentioned in Spanish, Italian and German ("el próximo viernes", "la semana que
viene", "el 21 de diciembre", "giovedì sera", "il 3 gennaio", "ab kommendem Montag", "am
21. Dezember", "nächste Woche": t-final36 B8, issue 16; counted spans "hace tres días",
"tra due settimane", "vor zwei Wochen", numeric dates "21/12", "23.12.", "14.11.2026",
ranges "del 3 al 9 de marzo", "vom 12. bis 14. Januar": h-dates49b), in Portuguese and in
Catalan ("dissabte 12 de desembre", "la setmana que ve", "va anunciar dimarts": l-fix66),
resolved against the publication date with the direction rules of the French and English reading
(:func:`veille.enrich.dates.find_dates`): a "next"/"last" word decides, else the tense of
the clause's verb (past: the day gone by; future, or a month in the present: the one
ahead), else the nearest day.

The names come from the CLDR data shipped with Babel (months, weekdays, the relative
day words "ayer/oggi/morgen…", the relative phrases "la próxima semana", "settimana
scorsa", "letzten Montag" from which the "next"/"last" words are taken, the day periods
"tarde/sera/Abend", the relative times "hace {0} días", "{0} giorni fa", "in {0} Tagen"
whose words give a counted span its direction), not from hand-typed lists. What CLDR
lacks is a closed class and written here (with the numbers in words, ``_COUNT_WORDS``):
the other deictic adjectives of each language ("que viene", "entrante",
"passato", "kommend", "vergangen", "vorig": the determiners and deictic adjectives of the
grammars, RAE *Nueva gramática* §17, Serianni *Grammatica italiana* VII, Duden *Grammatik*
§ Demonstrativa) and the tense endings and auxiliaries the clause's verb is read by
(inflectional morphology: a closed set per language).

A language outside :data:`LANGUAGES` (and French or English) is not read:
:func:`dates_unread` says so, and the enrichment records it (``unread_language``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING, Any

from babel import Locale

from veille.date_languages import NAMED_DATE_LANGUAGES
from veille.enrich.date_figurative import figurative_day
from veille.enrich.date_foreign_ranges import agent_is_a_date, ends_after_starts, range_follows
from veille.enrich.date_habits import weekday_of_habit
from veille.enrich.date_moved import moved_ahead
from veille.enrich.date_plan_side import (
    CHANGED,
    STILL,
    but_clause,
    changed_plan_day,
    still_ahead,
)
from veille.enrich.date_plans import NEW_OBJECT
from veille.enrich.date_plans_foreign import foreign_plan_called_off
from veille.enrich.german_participles import (
    DE_PARTICIPLE,
    DE_PARTICLE_PARTICIPLE,
    DE_SEIN_PARTICIPLE,
)

if TYPE_CHECKING:
    from collections.abc import Mapping

    from veille.enrich.dates import MentionedDate

LANGUAGES = tuple(code for code in NAMED_DATE_LANGUAGES if code not in ("fr", "en"))
"""The languages whose dates mentioned this module reads (French and English: ``dates``):
those of :data:`veille.date_languages.NAMED_DATE_LANGUAGES`, the list extraction's
publication-date reader reads too (t-check66 F1)."""

_EXTRA_NEXT = {"es": ("que viene", "entrante", "próxim"), "it": ("che viene", "entrante",
                                                                  "prossim"),
               "de": ("kommend", "nächst"), "pt": ("que vem", "próxim", "seguint"),
               "ca": ("que ve", "vinent", "pròxim", "proper", "propvinent")}
_EXTRA_LAST = {"es": ("pasad", "últim"), "it": ("scors", "passat", "ultim"),
               "de": ("vergangen", "vorig", "letzt"), "pt": ("passad", "últim"),
               "ca": ("passat", "passad", "últim", "darrer")}
"""Deictic adjectives CLDR's relative phrases do not hold (closed class, see above): the
stems, an inflection follows."""
_THIS = {"es": r"[Ee]st[ea]", "it": r"[Qq]uest[oa]|[Qq]uest['’]", "de": r"[Dd]iese[rnms]?",
         "pt": r"[Ee]st[ea]|[Nn]est[ea]", "ca": r"[Aa]quest(?:a|s|es)?"}
_ARTICLE = {"es": r"(?:el|la|los|las|del|al)", "it": r"(?:il|la|lo|l['’]|del|della|al|alla|nel|"
            r"nella|dal|dalla)", "de": r"(?:am|an\s+dem|dem|der|die|den|das|im|zum|ab|seit|bis)",
            "pt": r"(?:o|a|os|as|no|na|nos|nas|do|da|ao|à|pelo|pela|em)",
            "ca": r"(?:el|la|els|les|del|al|dels|als|pel|de\s+la|a\s+la)"}
_DAY_LINK = {"es": r"\s+de", "it": r"", "de": r"\.", "pt": r"\s+de", "ca": r"\s+(?:de|d['’])"}

# the verb's tense: auxiliaries and endings (inflection, a closed class per language)
_PAST = {
    "es": r"\b(?:ha|han|he|hemos|había|habían|habrá|hubo)\s+(?:\w+\s+)?\w+(?:ad[oa]s?|id[oa]s?|"
          r"cho|sto|erto)\b|\b\w{2,}(?:ó|aron|ieron|yeron)\b|\b(?:fue|fueron|dijo|dijeron|hizo|"
          r"\w*tuvo|\w*tuvieron|puso|pudo|quiso|vino|trajo)\b|\b\w{3,}(?:aba|aban)\b",
    "it": r"\b(?:ha|hanno|ho|hai|abbiamo|avete|è|sono|era|erano|aveva|avevano|fu|furono|siamo|"
          r"è\s+stat[oaie]|sono\s+stat[oaie])\s+(?:\w+\s+)?\w+(?:at[oaie]|ut[oaie]|it[oaie]|"
          r"ss[oaie]|tt[oaie]|rs[oaie])\b|\b(?!(?:però|perciò|può|ciò)\b)\w{3,}(?:ò|arono|"
          r"irono|erono|ette|ettero)\b|\b\w{3,}(?:ava|avano|eva|evano)\b|"
          r"\b(?:avevo|aveva|avevamo|avevate|avevano)\b|"
          # irregular participles after "avere" or a pronominal "essere" only ("ha chiuso",
          # "si è svolta", "si è conclusa": t-final55 A5's probe; after a bare "è" they are
          # often states: "è chiuso il 31 dicembre", Serianni XI.366-369)
          r"\b(?:(?:ha|hanno|ho|hai|abbiamo|avete|aveva|avevano)|(?:si|ci|mi|ti|vi)\s+"
          r"(?:è|sono|era|erano))\s+(?:\w+\s+)?(?!previst|promess)\w+(?:lt|us|is|nt|rt|st)"
          r"[oaie]\b",
    # German weak preterites ("sperrte", "meldeten") in lower case only: a capitalised word
    # is a noun (Duden, *Die Grammatik*: every noun is capitalised), "Bauarbeiten" no
    # "arbeiteten" (t-final52b A9: a closure "von Freitagabend bis Montagfrüh" told past)
    # — but a verb whose stem ends in -t/-d ends its present in "-tet"/"-det" ("erwartet",
    # "meldet": Duden, *Die Grammatik*, e-insertion), its preterite in "-tete"/"-dete":
    # "erwartet am Donnerstag weiteren Regen" is ahead (t-final54 A4); its participle
    # without "ge-" ("hat … verhaftet") counts after an auxiliary (:data:`_DE_PERFECT`)
    "de": r"\b(?:hatte|hatten|war|waren|wurde|wurden)\b|\b(?:hat|haben|ist|sind)\b[^.;:!?]*?"
          r"(?:\bge[a-zäöüß]{3,}(?:t|en)\b|" + DE_PARTICLE_PARTICIPLE
          + r")|\b(?:hat|haben)\b[^.;:!?]*?" + DE_PARTICIPLE
          + r"|\b(?:ist|sind)\b[^.;:!?]*?" + DE_SEIN_PARTICIPLE + r"|"
          r"\b(?!(?:heute|bitte|mitte|leute|weiten|guten|alten|"
          r"rechten|schlechten|echten|ersten|letzten|nächsten|meisten|besten)\b)"
          r"(?![a-zäöüß]*[td]et\b)(?-i:[a-zäöüß])[a-zäöüß]{2,}[^\Wsä]te[nt]?\b",
    # Portuguese: the pluperfect's auxiliaries with a participle, the preterite's endings
    # (-ou, -aram, -eram, -iram, -eu, -iu; pt-PT -ámos) and its irregular forms, the
    # imperfect in -ava (Cunha & Cintra, *Nova gramática do português contemporâneo*, cap.
    # 11: inflection, a closed class); not the nouns in -eu ("museu", "europeu")
    "pt": r"\b(?:tinha|tinham|havia|haviam|tínhamos)\s+(?:\w+\s+)?\w+(?:ad[oa]s?|id[oa]s?)\b|"
          r"\b(?!(?:estou|sou|dou)\b)\w{2,}ou\b|\b\w{2,}(?:aram|eram|iram|íram|ámos)\b|"
          r"\b(?!(?:museu|europeu|judeu|ateu|pneu|liceu|apogeu|plebeu|hebreu|coliseu|"
          r"jubileu|troféu|chapéu)\b)\w{3,}eu\b|\b\w{2,}iu\b|\b(?:foi|foram|disse|disseram|"
          r"fez|fizeram|teve|tiveram|esteve|estiveram|houve|pôde|puderam|veio|vieram|deu|"
          r"deram|quis|pôs|puseram|trouxe|trouxeram|soube)\b|\b\w{3,}(?:ava|avam)\b",
    # Catalan: the periphrastic past ("va anunciar", "van aprovar": anar's present + the
    # infinitive, the narrative past of the spoken and written language, IEC *Gramàtica
    # de la llengua catalana* §20.3), the perfect's "haver" with a participle, the
    # imperfect in -ava/-aven; not "va a" + infinitive, which Catalan does not use as a future
    "ca": r"\b(?:va|van|vaig|vam|vàrem|vas|vau|varen)\s+(?:(?:ser|estar)\s+)?(?:(?:[nsl]['’]|"
          r"(?:es|se|s'hi|hi|ho|li|els|en|ne)\s+))?\w+(?:ar|er|ir|re|ure|r)\b|"
          r"\b(?:ha|han|he|hem|heu|havia|havien|havíem)\s+(?:\w+\s+)?\w+(?:at|it|ut|ad[ae]s?|"
          r"id[ae]s?|ud[ae]s?|ats|its|uts|ert[ae]?s?|ost[ae]?s?|fet[ae]?s?|dit[ae]?s?)\b|"
          r"\b(?:fou|foren|digué|feu)\b|\b\w{3,}(?:ava|aven)\b",
}
_FUTURE = {
    "es": r"\b(?!(?:ahora|para|hora)\b)\w{2,}(?:ré|rás|rá|remos|rán)\b|\b(?:va|van|vamos|voy)\s+"
          r"a\s+\w+(?:ar|er|ir)\b|\bprevist[oa]s?\b|\b(?:podría|podrían|debería|deberían|"
          r"quiere|quieren|prevé|prevén|planea|planean)\b",
    "it": r"\b(?!(?:però|perciò|ora|ancora|allora)\b)\w{2,}(?:rà|rò|remo|rete|ranno)\b|"
          r"\bprevist[oaie]\b|\b(?:dovrebbe|dovrebbero|potrebbe|potrebbero|vuole|vogliono|"
          r"intende|intendono)\b|\b(?:minaccia|minacciano|promette|promettono)\s+di\s+"
          r"\w+(?:are|ere|ire)\b",
    "de": r"\b(?:wird|werden|wirst|werde|soll|sollen|will|wollen|plant|planen|geplant)\b",
    # the synthetic future and conditional (-rá, -rão, -remos, -ria), "ir" + infinitive
    # ("vão reabrir"), the verbs and participles of a plan (Cunha & Cintra, cap. 11); a
    # verb of threat, promise or intent governing an infinitive ("ameaçam parar na
    # quarta-feira": the act is ahead; h-future57). The conditional's -ria follows the
    # infinitive's vowel (-aria, -eria, -iria): not the nouns in -oria/-ória ("vistoria",
    # "categoria", "história"), which read "foi interditada … após uma vistoria" ahead
    "pt": r"\b(?!(?:agora|hora|embora|fora|para|pará)\b)\w{2,}(?:rá|rão|rei|remos)\b|"
          r"\b\w+[aei]riam?\b|"
          r"\b(?:vai|vão|vamos|vou|deve|devem|irá|irão)\s+\w+(?:ar|er|ir|or)\b|"
          r"\b(?:ameaça|ameaçam|promete|prometem|quer|querem|tenciona|tencionam)\s+"
          r"(?:(?:em|com|de|a|o|se)\s+)?\w+(?:ar|er|ir|or)\b|"
          r"\bprevist[oa]s?\b|\bmarcad[oa]s?\s+para\b|\bagendad[oa]s?\b|"
          r"\b(?:prevê|preveem|prevêem|pretende|pretendem|planeja|planejam|planeia|planeiam)\b",
    # Catalan: the synthetic future and conditional (-rà, -ran, -rem, -ré, -ria, -rien:
    # "obrirà", "començaran"), a plan's participle or verb; -ran/-rem after three letters
    # and not the names and adjectives so ending ("Duran", "Ferran", "extrem", "suprem")
    "ca": r"\b(?!(?:ara|hora|fora|para|encara|mentre)\b)\w{2,}(?:rà|ràs|ré)\b|"
          r"\b(?!(?:duran|ferran|moran|corran|extrem|suprem|andreu|mateu)\b)\w{3,}(?:ran|rem|"
          r"reu)\b|\b\w+[aei]rien\b|\b\w+[aei]ria\b|\bprevist[ae]?s?\b|"
          r"\b(?:pot|poden|podria|podrien|vol|volen|preveu|preveuen|planeja|planegen|"
          r"pretén|pretenen)\b|\b(?:anirà|aniran)\s+a\s+\w+(?:ar|er|ir|re)\b",
}
_TIMETABLE = {
    "es": rf"\b(?:(?:(?:re)?abren?|comienzan?|empiezan?|arrancan?|inauguran?|reanudan?|acogen?|"
          rf"reciben?)\b(?!\s+{NEW_OBJECT['es']})|cierran?\s+sus\s+puertas|se\s+reúnen?|"
          r"se\s+celebran?|entran?\s+en\s+vigor)\b",
    "it": rf"\b(?:(?:(?:ri)?apre|(?:ri)?aprono|chiude|chiudono|inizia|iniziano|comincia|"
          rf"cominciano|inaugura|inaugurano|riprende|riprendono|ospita|ospitano)\b"
          rf"(?!\s+{NEW_OBJECT['it']})|si\s+riuniscono|si\s+riunisce|"
          r"si\s+tiene|si\s+tengono|entra\s+in\s+vigore|entrano\s+in\s+vigore)\b",
    "de": rf"\b(?:(?:wieder)?öffnet|(?:wieder)?öffnen|beginnt|beginnen|startet|starten|"
          rf"schließt|schließen|tagt|tagen)\b(?!\s+{NEW_OBJECT['de']})",
    "pt": rf"\b(?:(?:(?:re)?abrem?|começam?|iniciam?|arrancam?|retomam?|recebem?|fecham?)\b"
          rf"(?!\s+{NEW_OBJECT['pt']})|reúnem?-se|se\s+reúnem?|entram?\s+em\s+vigor|"
          r"realizam?-se|se\s+realizam?)\b",
    "ca": rf"\b(?:(?:(?:re)?obre|(?:re)?obren|comença|comencen|inicia|inicien|arrenca|"
          rf"arrenquen|inaugura|inauguren|reprèn|reprenen|acull|acullen)\b"
          rf"(?!\s+{NEW_OBJECT['ca']})|tanca\s+les\s+portes|tanquen\s+les\s+portes|"
          r"(?:es|se)\s+(?:reuneix|reuneixen|celebra|celebren|fa|fan)|"
          r"entra\s+en\s+vigor|entren\s+en\s+vigor)\b",
}
"""The third-person present of the verbs of a timetable (an opening, a start, a meeting, a
coming into force: "reabre sus puertas el domingo", "riapre sabato", "öffnet am Samstag
wieder", "tagt am Montag"): the present of a scheduled event, a future marker as
in English and French (:data:`veille.enrich.date_plans.SCHEDULED_PRESENT`; the RAE's
"presente prospectivo", Serianni's "presente pro futuro", Duden's Präsens with a future
reference; t-final51b A7). A closed class of verbs, inflection only."""
_PLUPERFECT = {
    "es": r"\b(?:había|habían|habíamos|hubo|hubieron)\b|\b\w{3,}(?:aba|aban|ían)\b",
    "it": r"\b(?:avevo|aveva|avevamo|avevate|avevano|era|erano|eravamo)\b|"
          r"\b(?!\w*(?:at|it|ut|ett|itt|ss|ns|ls|rs|us|is|ort)iva\b)"
          r"\w{3,}(?:ava|avano|eva|evano|iva|ivano)\b",
    "de": r"\b(?:hatte|hatten|hattet|war|waren|wart)\b",
    "pt": r"\b(?:tinha|tinham|tínhamos|havia|haviam)\b|\b\w{3,}(?:ava|avam)\b",
    "ca": r"\b(?:havia|havien|havíem|havíeu)\b|\b\w{3,}(?:ava|aven)\b",
}
"""The past of the past, or a past of duration, of the verb governing a weekday (the
pluperfect's auxiliary, "había previsto", "aveva annunciato", "hatte angekündigt"; the
imperfect, "planeaban", "prevedevano": RAE §23.10 and §23.11, Serianni XI.374-383, Duden
§ Plusquamperfekt; inflection, a closed class): a plan seen from a moment gone by, its day
behind the writing, even after "para"/"per"/"für" (t-final49b A4). Not an Italian
adjective of the suffix -ivo/-iva ("la sala operativa", "definitiva", "sportiva",
"esclusiva": the deverbal suffix -ivo, Serianni, *Grammatica italiana*, XV), whose ending
is the imperfect's of the verbs in -ire ("partiva"): "ha attivato la sala operativa e
invita a evitare … fino a domenica sera" is no plan seen from the past (t-final51b A2)."""
_BY_AGENT = {
    "es": r"\b(?!(?:previst|programad|planead|convocad|fijad|esperad)[oa]s?\b)"
          r"(?:\w{2,}(?:ad|id)[oa]s?|(?:hech|puest|dich|abiert|escrit|vuelt|resuelt|impuest|"
          r"propuest|dispuest)[oa]s?)\s+por\s+(?:[^\W\d_][\w'’.-]*\s+){1,6}$",
    "it": r"\b(?!(?:previst|programmat|pianificat|convocat|fissat|attes)[oaie]\b)"
          r"(?:\w{2,}(?:at|ut|it)[oaie]|(?:mess|pres|chius|decis|fatt|dett|scritt|apert|"
          r"propost|impost|concess|promess|discuss|assunt|risolt)[oaie])\s+"
          r"(?:(?:da|dal|dallo|dalla|dai|dagli|dalle)\s+|dall['’]\s*)(?:[^\W\d_][\w'’.-]*\s+){1,6}$",
    "de": r"(?!)",
    "pt": r"\b(?!(?:previst|programad|planead|marcad|agendad|convocad|esperad)[oa]s?\b)"
          r"(?:\w{2,}(?:ad|id)[oa]s?|(?:feit|post|dit|abert|escrit|eleit|pres)[oa]s?)\s+"
          r"(?:por|pel[oa]s?)\s+(?:[^\W\d_][\w'’.-]*\s+){1,6}$",
    "ca": r"\b(?!(?:previst|programat|planificat|convocat|fixat|esperat)(?:[ae]|s|es)?\b)"
          r"(?:\w{2,}(?:at|it|ut|ad[ae]s?|id[ae]s?|ats|its)|(?:fet|dit|obert|escrit|posat|"
          r"pres|imposat|proposat)(?:[ae]|s|es)?)\s+(?:per|pel|pels|per\s+la|per\s+les)\s+"
          r"(?:[^\W\d_][\w'’.-]*\s+){1,6}$",
}
"""A past participle with its agent ("aprobada por el Parlament de Catalunya", "approvata
dal Senato") right before a date: the passive participle tells an act done, whose date it
governs, past whatever the main verb ("La patronal recurrirá la ley aprobada por el
Congreso en junio": t-final50 A8); the French and English reading have the same rule
(``dates._participle_tense``: "votée par le conseil en septembre"). Not the participles
of a plan ("prevista por", "programmata dal"), whose date is the event's (RAE §27.4,
Serianni XI.406: the agent complement of the passive participle; inflection, a closed
class). German puts the participle after its date ("vom Bundestag im Oktober
beschlossene"): not read here."""
_APPOSED_PARTICIPLE = {
    "es": r"(?:^|[,(—–])\s*(?!(?:previst|programad|planead|convocad|fijad|esperad|"
          r"aplazad|pospuest|trasladad)[oa]s?\b)\w{3,}(?:ad|id)[oa]s?\s+"
          r"(?:(?:el|la|en|desde)\s+)?$",
    "it": r"(?:^|[,(—–])\s*(?!(?:previst|programmat|pianificat|convocat|fissat|attes|indett|"
          r"rinviat|spostat|posticipat)[oaie]\b)\w{3,}(?:at|ut|it)[oaie]\s+"
          r"(?:(?:il|lo|la|nel|nella|da|dal|dalla)\s+)?$",
    "de": r"(?!)",
    "pt": r"(?:^|[,(—–])\s*(?!(?:previst|programad|planead|marcad|agendad|convocad|esperad|"
          r"adiad|transferid)[oa]s?\b)\w{3,}(?:ad|id)[oa]s?\s+"
          r"(?:(?:n[oa]|em|desde)\s+)?$",
    "ca": r"(?:^|[,(—–])\s*(?!(?:previst|programat|planificat|convocat|fixat|esperat|"
          r"ajornat|posposat|traslladat)(?:[ae]|s|es)?\b)\w{3,}(?:at|it|ut|ad[ae]s?|id[ae]s?)\s+"
          r"(?:(?:el|la|al|en|des\s+de)\s+)?$",
}
"""A past participle set apart by a comma right before a date ("A greve, iniciada na
segunda-feira, termina amanhã", "La huelga, iniciada el lunes, …", "Lo sciopero, iniziato
lunedì, …"): the participle tells an act done on that day, past whatever the main verb
(t-final55 A6: the coming Monday); the French reading has the same rule
(``dates._participle_tense``). Not the participles of a plan or of a move ("prevista",
"marcada", "adiada"), whose date is the event's (Cunha & Cintra cap. 13, RAE §27.4,
Serianni XI.406: the participle clause in apposition; closed classes)."""
_BUT = r"(?:pero|ma|però|aber|doch|jedoch|sondern|mais|but|mas)"
"""The adversative conjunctions (RAE §31.10, Serianni XIV.25, Duden § Konjunktionen; closed
classes): after one, a past verb narrates what became of a plan ("…, ma la questura lo ha
vietato", "…, doch die Arbeitgeber lenkten ein")."""
_SINCE = {"es": r"\bdesde\s+(?:el\s+|la\s+)?$", "it": r"\bdal?\s+$|\bdall['’]\s*$",
          "de": r"\bseit\s+(?:dem\s+|der\s+)?$", "pt": r"\bdesde\s+(?:o\s+|a\s+)?$",
          "ca": r"\bdes\s+(?:de(?:l)?\s+(?:la\s+)?|d['’]\s*)$"}
_FROM = {"es": r"\b(?:a\s+partir\s+de(?:l)?|hasta|para)\s+(?:el\s+|la\s+)?$",
         "it": r"\b(?:a\s+partire\s+da(?:l)?|fino\s+a(?:l)?|entro|per)\s+(?:il\s+|la\s+)?$",
         "de": r"\b(?:ab|bis|für)\s+(?:dem\s+|der\s+|den\s+|zum\s+)?$",
         "pt": r"(?:\ba\s+partir\s+d[eoa]s?|\baté|\bpara)\s+(?:o\s+|a\s+|à\s+|ao\s+)?$",
         "ca": r"(?:\ba\s+partir\s+d(?:e|el|els)|\bfins(?:\s+a|\s+al)?|\bper\s+a(?:l)?|\bper)\s+"
               r"(?:el\s+|la\s+)?$"}
"""A bound or a term set ("a partir del", "fino al", "ab", "für den"): ahead, like the
French "dès", "jusqu'au", "pour le" (a term set by a past act is after it)."""
_UNTIL = {"es": r"\bhasta\s+(?:el\s+|la\s+)?$", "it": r"\bfino\s+a(?:l|lla)?\s+(?:il\s+|la\s+)?$",
          "de": r"\bbis\s+(?:zum\s+|zur\s+)?$", "pt": r"\baté\s+(?:o\s+|a\s+|à\s+|ao\s+)?$",
          "ca": r"\bfins\s+(?:a\s+|al\s+)?(?:el\s+|la\s+)?$"}
_BY_MONTH = {"es": r"\b(?:antes\s+de(?:l)?|hasta)\s+(?:el\s+|la\s+)?$",
             "it": r"\b(?:entro|prima\s+d(?:i|el|ella))\s+(?:il\s+|la\s+)?$",
             "de": r"\b(?:bis|vor)\s+(?:dem\s+|der\s+)?$",
             "pt": r"\b(?:até|antes\s+d[eoa]s?)\s+(?:o\s+|a\s+|à\s+|ao\s+)?$",
             "ca": r"\b(?:abans\s+de(?:l)?|fins\s+a(?:l)?)\s+(?:el\s+|la\s+)?$"}
"""A term before a month or a part of one ("antes de finales de marzo", "entro fine marzo",
"bis Ende März", "até ao final de março"): set by the act before it, which its past tense
does not date; the nearest such month, told by its side (the English rule,
``dates._bound_of_a_month``; t-final66 F7b)."""
_SPAN_OVER = {
    "es": r"\b(?:dur(?:ó|aron)|permaneci(?:ó|eron)|sigui(?:ó|eron)|continu(?:ó|aron)|"
          r"estuv(?:o|ieron)|se\s+mantuv(?:o|ieron)|(?:ha|han|había|habían)\s+(?:durado|"
          r"permanecido|seguido|continuado|estado))\b",
    "it": r"\b(?:(?:è|sono|era|erano)\s+(?:rimast|restat|durat)[oaie]|rimase|rimasero|"
          r"restò|restarono|durò|durarono|continuò|(?:ha|hanno|aveva|avevano)\s+"
          r"(?:continuato|durato|atteso))\b",
    "de": r"\b(?:blieb|blieben|dauerte|dauerten|(?:ist|sind|war|waren)\s+(?:\w+\s+)?"
          r"geblieben|(?:hat|hatte|haben|hatten)\s+(?:\w+\s+)?gedauert)\b",
    "pt": r"\b(?:dur(?:ou|aram)|permanece(?:u|ram)|continu(?:ou|aram)|segui(?:u|ram)|"
          r"fic(?:ou|aram)|esteve|estiveram|(?:tinha|tinham|havia|haviam)\s+(?:durado|"
          r"permanecido|continuado|ficado|estado))\b",
    "ca": r"\b(?:(?:va|van)\s+(?:durar|romandre|continuar|seguir|estar|quedar)|"
          r"(?:ha|han|havia|havien)\s+(?:durat|romàs|continuat|seguit|estat|quedat))\b",
}
"""A bound "until" ("hasta", "fino a", "bis") after the past of a verb of duration or
state ("duró", "permaneció", "è rimasta", "durò", "blieb", "hat … gedauert": the Spanish,
Italian and German counterparts of the French rule, ``dates._DURATIVE``; inflection and
a closed class of verbs of lasting and staying): the span is told as over, its end gone
by ("è rimasta chiusa fino a domenica", written on Wednesday: the Sunday before); any other
"until" is a bound ahead (:data:`_FROM`)."""
_COUNT_WORDS = {
    "es": ("un una uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|"
           "catorce|quince|dieciséis|diecisiete|dieciocho|diecinueve|veinte"),
    "it": ("un una uno|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|"
           "tredici|quattordici|quindici|sedici|diciassette|diciotto|diciannove|venti"),
    "de": ("ein eine einem einer einen|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|"
           "zwölf|dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn|zwanzig"),
    "pt": ("um uma|dois duas|três|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|treze|"
           "catorze quatorze|quinze|dezasseis dezesseis|dezassete dezessete|dezoito|"
           "dezanove dezenove|vinte"),
    "ca": ("un una|dos dues|tres|quatre|cinc|sis|set|vuit|nou|deu|onze|dotze|tretze|catorze|"
           "quinze|setze|disset desset|divuit devuit|dinou dènou|vint"),
}
"""The cardinals one to twenty in words, the forms of "one" first (the indefinite article
a counted span opens with: "hace un año", "una settimana fa", "vor einem Jahr"): a closed
class (RAE *Nueva gramática* §21.2, Serianni *Grammatica italiana* VI.1, Duden *Grammatik*
§ Kardinalzahlen); CLDR's spell-out rules are not shipped with Babel. Larger counts are
read in digits ("hace 30 años")."""
_TENS = {"es": {"treinta": 30, "cuarenta": 40, "cincuenta": 50, "cien": 100},
         "it": {"trenta": 30, "quaranta": 40, "cinquanta": 50, "cento": 100},
         "de": {"dreißig": 30, "vierzig": 40, "fünfzig": 50, "hundert": 100},
         "pt": {"trinta": 30, "quarenta": 40, "cinquenta": 50, "cem": 100},
         "ca": {"trenta": 30, "quaranta": 40, "cinquanta": 50, "cent": 100}}
_BETWEEN = {"es": r"[Ee]ntre", "it": r"[Tt]ra|[Ff]ra", "de": r"[Zz]wischen", "pt": r"[Ee]ntre",
            "ca": r"[Ee]ntre"}
_AND = {"es": "y", "it": "e", "de": "und", "pt": "e", "ca": "i"}
"""The preposition and the conjunction of a range said as an interval ("entre el 4 y el 7
de febrero", "tra il 4 e il 7 febbraio", "zwischen dem 4. und 8. März": RAE §29.6h,
Serianni VIII.125, Duden § Präpositionen): "y"/"e"/"und" joins a range only after it
("los días 3 y 9 de marzo" are two days)."""
_VAGUE = {"es": {"unos": 3, "unas": 3, "algunos": 3, "algunas": 3, "varios": 3, "varias": 3,
                 "pocos": 3, "pocas": 3, "un par de": 2, "los próximos": 3,
                 "las próximas": 3},
          "it": {"qualche": 3, "alcuni": 3, "alcune": 3, "pochi": 3, "poche": 3, "diversi": 3,
                 "diverse": 3, "parecchi": 3, "parecchie": 3, "un paio di": 2,
                 "prossimi": 3, "prossime": 3},
          "de": {"einigen": 3, "einige": 3, "ein paar": 3, "wenigen": 3, "wenige": 3,
                 "mehreren": 3, "mehrere": 3, "paar": 3, "den kommenden": 3,
                 "den nächsten": 3},
          "pt": {"uns": 3, "umas": 3, "alguns": 3, "algumas": 3, "vários": 3, "várias": 3,
                 "poucos": 3, "poucas": 3, "um par de": 2, "próximos": 3, "próximas": 3},
          "ca": {"uns": 3, "unes": 3, "alguns": 3, "algunes": 3, "diversos": 3, "diverses": 3,
                 "pocs": 3, "poques": 3, "un parell de": 2, "els pròxims": 3,
                 "les pròximes": 3, "els propers": 3, "les properes": 3}}
"""Indefinite quantifiers taking a count's place ("hace unos días", "qualche giorno fa",
"vor einigen Monaten"; RAE §20.3 "cuantificadores indefinidos", Serianni VII.185-200
"aggettivi indefiniti", Duden § Indefinitpronomen: closed classes): the span is read with
"a few" as three, "a couple" ("un par de", "un paio di") as two, and the granularity is
``vague``. The plural "next" with its article ("en los próximos días", "nei prossimi
giorni", "in den kommenden Tagen", "in den nächsten Wochen") is such a vague count of the
units to come, read as three (r-dates51, as French "dans les prochains jours")."""
_HEDGES = {"es": ("algo más de", "más de", "menos de", "casi", "cerca de", "alrededor de",
                  "unos", "unas", "apenas", "poco más de", "aproximadamente"),
           "it": ("circa", "oltre", "più di", "quasi", "poco più di", "meno di", "appena",
                  "almeno"),
           "de": ("gut", "knapp", "mehr als", "über", "fast", "rund", "etwa", "ungefähr",
                  "beinahe", "weniger als", "mindestens"),
           "pt": ("mais de", "menos de", "quase", "cerca de", "perto de", "pouco mais de",
                  "aproximadamente", "apenas", "pelo menos"),
           "ca": ("més de", "menys de", "gairebé", "quasi", "prop de", "al voltant de",
                  "aproximadament", "almenys", "poc més de", "ben bé")}
"""Approximators before a count ("hace algo más de 30 años", "oltre 20 anni fa", "vor gut
20 Jahren": the adverbs and comparatives of quantity of the same grammars, closed
classes): the count is kept, the granularity is ``vague``."""
_WITHIN = {"es": ("en",), "it": ("in", "nei", "nelle", "negli"), "de": (),
           "pt": ("em", "nos", "nas"), "ca": ("en",)}
"""A preposition that counts ahead only when the clause is not in the past ("reabrirá en
tres meses", "sarà pronto in un anno", "nei prossimi giorni": "in" with its article;
"lo construyeron en dos semanas" is a duration): CLDR gives "dentro de"/"tra" only."""
_SUPERLATIVE_BEFORE = {
    "pt": re.compile(r"(?i)(?<![\w-])(?:(?:o|a|os|as)\s+(?:maior|pior|melhor|menor|mais|menos)"
                     r"|pela\s+primeira\s+vez|recorde)(?![\w-])"),
    "es": re.compile(r"(?i)(?<![\w-])(?:(?:el|la|los|las|lo)\s+(?:mayor|peor|mejor|menor|más|"
                     r"menos)|por\s+primera\s+vez|récord)(?![\w-])"),
    "it": re.compile(r"(?i)(?<![\w-])(?:(?:il|la|lo|i|gli|le|l['’])\s*(?:peggior|miglior|"
                     r"maggior|minor|più|meno)\w*|per\s+la\s+prima\s+volta|record)(?![\w-])"),
}
"""A superlative or a "first time" in the clause before "em/en/in N anos": the count is
the span the comparison runs over, back from now ("É a maior tragédia da cidade em vinte
anos", "la peor sequía en treinta años", "il peggior risultato in dieci anni"), no date
ahead (t-final60 #20: it was 2046, "ahead"). Articles before the superlative's adverb or
irregular form (Cunha & Cintra, cap. 10, "superlativo relativo"; RAE §45.13; Serianni
VII.92), closed classes."""
_PREFIX_VARIANTS = {"tra": ("tra", "fra")}
"""Italian "fra" is "tra" (Serianni VIII.125: the two are interchangeable); CLDR gives
"tra" only."""
_CLAUSE = re.compile(r"[.;:!?\n]\s|[«»\"“”„]|,\s+(?=(?:pero|mientras|ma|mentre|aber|während|"
                     r"weil|porque|perché|perquè|mas|enquanto)\b)")


def _stem(word: str) -> str:
    """"próximo" → "próxim", "nächsten" → "nächst", "scorso" → "scors"."""
    return re.sub(r"(?:e[nmrs]?|[aoe]s?|i)$", "", word)


@dataclass(frozen=True, slots=True)
class _Language:
    code: str
    pattern: re.Pattern[str]
    weekdays: dict[str, int]
    months: dict[str, int]
    days: dict[str, int]
    units: dict[str, str]
    parts: dict[str, str]
    next_stems: tuple[str, ...]
    last_stems: tuple[str, ...]
    past: re.Pattern[str]
    future: re.Pattern[str]
    counts: dict[str, int]
    span_units: dict[str, str]
    span_signs: dict[str, int]


def _counted_spans(fields: Mapping[str, Any]) -> tuple[dict[str, str], dict[str, int]]:
    """From CLDR's relative times ("hace {0} días", "{0} giorni fa", "vor {0} Tagen"): the
    unit nouns (singular and plural) and the words giving the direction, before or after
    the count ("hace" -1, "dentro de" +1, "fa" -1, "tra" +1, "vor" -1, "in" +1)."""
    units: dict[str, str] = {}
    signs: dict[str, int] = {}  # a word after the count is stored with a leading space
    for unit in ("day", "week", "month", "year"):
        for side, sign in (("past", -1), ("future", 1)):
            for pattern in dict(fields[unit][side]).values():
                head, _, tail = pattern.partition("{0}")
                noun, *rest = tail.split()
                units[noun.lower()] = unit
                if head.strip():
                    for variant in _PREFIX_VARIANTS.get(head.strip(), (head.strip(),)):
                        signs[variant.lower()] = sign
                        # CLDR writes "d’aquí a"; texts also type the straight apostrophe
                        signs[variant.lower().replace("’", "'")] = sign
                if rest:
                    signs[" " + " ".join(rest).lower()] = sign
    return units, signs


def _capitalisable(word: str) -> str:
    """``word`` escaped, its first letter either case: "nächst" → "[nN]ächst"."""
    head = word[:1]
    return f"[{head}{head.upper()}]{re.escape(word[1:])}" if head.isalpha() and \
        head != head.upper() else re.escape(word)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_EXTRA_PARTS = {"de": {"früh": "morning"}, "it": {"mattino": "morning"}, "es": {}, "pt": {},
                "ca": {"matí": "morning", "matinada": "night", "migdia": "noon",
                       "tarda": "afternoon", "vespre": "evening", "nit": "night"}}
"""Parts of the day CLDR's day periods do not name: German "früh" ("Montag früh",
"Montagfrüh": in the morning, Duden, *früh* adverb 2), Italian "mattino" (beside CLDR's
"mattina"). A closed class, like :data:`_EXTRA_NEXT`."""
_EXTRA_DAYS: dict[str, dict[str, tuple[int, str]]] = {
    "es": {"anoche": (-1, "noche")}, "it": {}, "de": {}, "pt": {},
    "ca": {"anit": (-1, "nit"), "despús-ahir": (-2, ""), "despús-demà": (2, ""),
           "abans-d'ahir": (-2, "")}}
"""Relative days CLDR does not list, with the part of the day they carry: Spanish "anoche"
("en la noche de ayer", RAE, *DLE*, s.v.), last night, read like "ayer por la noche"
(h-dates65: "Anoche se produjo un incendio" was no date). A closed class."""
_DEICTIC_UNITS: dict[str, dict[str, tuple[str, int]]] = {
    "ca": {"enguany": ("year", 0), "Enguany": ("year", 0)}, "de": {"heuer": ("year", 0)},
    "es": {}, "it": {}, "pt": {}}
"""One-word adverbs naming the current unit, with their unit and direction: Catalan
"enguany" ("aquest any", IEC *DIEC2*, s.v.; "la fira d'enguany"), Austrian and southern
German "heuer" ("in diesem Jahr", Duden, s.v.), lower case: "Heuer" is a noun (wages).
A closed class (h-dates67; l-fix66 left "enguany" unread)."""
_MONTH_BEFORE = {"ca": "|al|el|principis|inicis|finals|mitjan|fins\\s+al?"}
"""The Catalan words a month alone follows ("al desembre", "el gener passat", "a principis de
març", "a finals d’abril", "a mitjan juny": IEC *Gramàtica* §14, closed class), beside
the prepositions every language shares in the pattern."""
_ELIDED_MONTHS = {"ca": "l"}
"""Languages whose article elides before a month opening with a vowel ("a l’abril",
"l’agost passat", "d’octubre"): the month is also read with the elided article glued."""
_EXTRA_UNITS = {"ca": {"any": "year", "l'any": "year", "l’any": "year"}}
"""Units whose noun CLDR's relative phrases do not share with "this" (Catalan "l’any que
ve" against "enguany", this year): the noun, with its elided article, which the pattern's
left boundary would not let stand before it."""
_PART_LINK = {"pt": r"(?:à|ao|de|pela|da|durante\s+a)\s+",
              "ca": r"(?:al|a\s+la|de|per\s+la|pel|durant\s+la|cap\s+al)\s+"}
"""The prepositions a Portuguese part of the day follows ("terça-feira à tarde", "ontem de
manhã", "segunda-feira pela manhã": Cunha & Cintra, cap. 16, closed class); the Spanish,
Italian and German ones are in the pattern."""
_WEEKEND = {"pt": r"(?:fim|fins)(?:\s+|-)de(?:\s+|-)semana", "es": r"fin\s+de\s+semana",
            "it": r"fine\s+settimana|week-?end", "de": r"Wochenende",
            "ca": r"cap\s+de\s+setmana"}
"""The weekend's noun, which CLDR does not name ("fim de semana", "fin de semana", "fine
settimana", "Wochenende"): read as French "le week-end" is (its Saturday, granularity
``weekend``; :func:`veille.enrich.dates._relative`)."""
_VARIANTS = {"pt": ("pt_PT",)}
"""Locales whose relative times a language also reads: CLDR's "pt" is Brazil's ("em {0}
dias"), Portugal writes "dentro de {0} dias" (pt-PT)."""
_PART_KINDS = (("morning", "morning"), ("afternoon", "afternoon"), ("evening", "evening"),
               ("night", "night"), ("noon", "noon"))


@cache
def _language(code: str) -> _Language:
    locale = Locale.parse(code)
    months = {name: n for kind in ("format", "stand-alone")
              for n, name in locale.months[kind]["wide"].items()}
    if code in _ELIDED_MONTHS:
        for name, n in list(months.items()):
            if name[:1] in "aeiouàèéíòóú":
                for apostrophe in "'’":
                    months[f"{_ELIDED_MONTHS[code]}{apostrophe}{name}"] = n
                    months[f"d{apostrophe}{name}"] = n
    weekdays = {name: n for n, name in locale.days["format"]["wide"].items()}
    fields = locale._data["date_fields"]
    days = {name: offset for offset, name in fields["day"]["relative"].items()}
    # CLDR writes the typographic apostrophe ("l’altro ieri"); texts also type the straight
    # one, which read "ieri" alone (t-final55b: the day before yesterday dated yesterday)
    days.update({name.replace("’", "'"): offset for name, offset in list(days.items())
                 if "’" in name})
    days.update({name: offset for name, (offset, _) in _EXTRA_DAYS[code].items()})
    units = dict(_EXTRA_UNITS.get(code, {}))
    nexts: set[str] = set(_EXTRA_NEXT[code])
    lasts: set[str] = set(_EXTRA_LAST[code])
    for unit in ("week", "month", "year", "mon"):
        relative = fields[unit]["relative"]
        this_words = set(re.findall(r"\w+", relative[0]))
        for offset, into in ((1, nexts), (-1, lasts)):
            words = [w for w in re.findall(r"\w+", relative[offset]) if len(w) > 3
                     and w not in this_words and w.lower() not in weekdays]
            into.update(_stem(w.lower()) for w in words)
        if unit != "mon":  # the unit's noun: the word "this week" and "next week" share
            shared = set(re.findall(r"\w+", relative[1])) & this_words
            units.update({w: unit for w in shared if len(w) > 2})
    parts: dict[str, str] = {}
    for width in ("wide", "abbreviated"):
        for key, name in locale.day_periods["stand-alone"][width].items():
            kind = next((k for prefix, k in _PART_KINDS if key.startswith(prefix)), "")
            if kind and not name.endswith("."):
                parts.setdefault(name, "noon" if name in ("Mittag", "mediodía") else kind)
    parts.update(_EXTRA_PARTS[code])
    span_units, span_signs = _counted_spans(fields)
    for variant in _VARIANTS.get(code, ()):  # pt-PT beside pt-BR
        other_units, other_signs = _counted_spans(Locale.parse(variant)._data["date_fields"])
        span_units.update(other_units)
        span_signs.update(other_signs)
    counts = {word: n for n, words in enumerate(_COUNT_WORDS[code].split("|"), start=1)
              for word in words.split()}
    counts.update(_TENS[code])
    cn = rf"(?:\d{{1,3}}|{_alternation(list(counts))})"
    su = _alternation(list(span_units))
    heads = _alternation([w for w in span_signs if w[0] != " "]).replace(r"\ ", r"\s+")
    tails = _alternation([w[1:] for w in span_signs if w[0] == " "]).replace(r"\ ", r"\s+") \
        or "(?!)"
    wd = _alternation([*weekdays, *(w.capitalize() for w in weekdays)])
    mo = _alternation(list(months))
    # each word also capitalised, as it opens a sentence: "Nächste Woche", "Próximo lunes"
    # (t-final49b: only the lower-case forms were read)
    nx = "|".join(rf"{_capitalisable(s)}\w{{0,3}}" if " " not in s else _capitalisable(s)
                  .replace(r"\ ", r"\s+") for s in sorted(nexts | lasts, key=len, reverse=True))
    pa = _alternation([*parts, *(p.lower() for p in parts)])
    dy = _alternation([*days, *(w.capitalize() for w in days)])
    un = _alternation([*units, *(u.capitalize() for u in units)])
    art = _ARTICLE[code]
    this = _THIS[code]
    link = _DAY_LINK[code]
    glued = rf"(?P<glued>{_alternation([p.lower() for p in parts])})?" if code == "de" else ""
    hedges = _alternation(list(_HEDGES[code])).replace(r"\ ", r"\s+")
    vague = _alternation(list(_VAGUE[code])).replace(r"\ ", r"\s+")
    within = _alternation(list(_WITHIN[code])) or "(?!)"

    def more(name: str) -> str:  # a second unit: "2 años y 3 meses", "zwei Jahren und"
        return rf"(?:\s+{_AND[code]}\s+(?P<count{name}>{cn})\s+(?P<unit{name}>{su}))?"

    def part_after(name: str) -> str:
        return rf"(?:\s+(?:(?:por|a|en)\s+la\s+|in\s+|di\s+|am\s+|{_PART_LINK.get(code, '(?!)')})?"\
            rf"(?P<{name}>{pa}))?"
    pattern = re.compile(
        rf"(?<![\w'’-])(?:"
        # a counted span, its direction before or after it: "hace tres días", "tra due
        # settimane", "un mese fa", "vor zwei Wochen", "in drei Tagen"
        # (its count hedged, "hace algo más de 30 años", "vor gut 20 Jahren", or vague,
        # "hace unos días", "tra un paio di giorni"; two units, "due anni e sei mesi fa")
        rf"(?i:(?P<shead>{heads}|{within})\s+(?:(?P<hedge>{hedges})\s+)?"
        rf"(?:(?P<scount>{cn})|(?P<vague>{vague}))\s+(?P<sunit>{su}){more('b')}"
        rf"|(?:(?P<hedge2>{hedges})\s+)?(?:(?P<scount2>{cn})|(?P<vague2>{vague}))\s+"
        rf"(?P<sunit2>{su}){more('c')}\s+(?P<stail>{tails}))"
        # a numeric date, day first: "21/12", "21.12.", "21.12.2026", "15/01/27"
        rf"|(?P<nday>[12]\d|3[01]|0?[1-9])(?P<nsep>[/.])(?P<nmon>1[0-2]|0?[1-9])"
        rf"(?:(?P=nsep)(?P<nyear>(?:19|20)\d\d|\d\d)|(?P<ndot>\.(?!\d)))?"
        # weekday, its "next"/"last" word before or after, its day and month, its part
        rf"|(?:(?:{art}\s+)?(?P<pre>(?:{nx}|{this}))\s+)?(?P<wd>{wd}){glued}"
        rf"(?:,?\s+(?:{art}\s+)?(?P<wdday>[0-3]?\d|1º|1°|primo){link}\s*(?P<wdmon>{mo})"
        rf"(?:\s+(?:de\s+|del\s+)?(?P<wdyear>(?:19|20)\d\d))?)?"
        rf"(?:\s+(?P<post>{nx}))?{part_after('part')}"
        # a day and a month: "el 21 de diciembre", "il 3 gennaio", "am 21. Dezember"
        # a range's first day, its month when it has its own ("del 3 de marzo al 9 de
        # abril", "vom 28. Februar bis 3. März"), "entre el 4 y el 7", "zwischen dem 4. und 8."
        rf"|(?:(?:(?P<between>{_BETWEEN[code]})\s+(?:{art}\s+)?)?"
        rf"(?P<rday>[12]\d|3[01]|0?[1-9]|1º|1°|primo)(?:{link}\s*(?P<rmon>{mo})"
        rf"(?:\s+(?:de\s+|del\s+)?(?P<ryear>(?:19|20)\d\d))?)?\.?\s*"
        rf"(?:(?P<rto>(?i:al|a|bis(?:\s+zum)?|hasta(?:\s+el)?|fino\s+al|{_AND[code]}))\s+"
        rf"(?:(?:el|il|dem)\s+|l['’])?|[-–]\s*)(?=\d))?"
        rf"(?P<day>[0-3]?\d|1º|1°|primo){link}\s*(?P<mon>{mo})"
        rf"(?:\s+(?:de\s+|del\s+)?(?P<year>(?:19|20)\d\d))?"
        # "no fim de semana", "el próximo fin de semana", "am Wochenende"
        rf"|(?:{art}\s+)?(?:(?P<wepre>{nx}|{this})\s+)?(?P<weekend>(?i:{_WEEKEND[code]}))"
        rf"(?:\s+(?P<wepost>{nx}))?"
        # "la semana que viene", "la prossima settimana", "nächste Woche", "este mes"
        rf"|(?:{art}\s+)?(?P<upre>{nx}|{this})\s+(?P<unit>{un})"
        rf"|(?:{art}\s+)?(?P<unit2>{un})\s+(?P<upost>{nx})"
        # "enguany", "d'enguany", "heuer": the current year in one word
        rf"|(?:[dl]['’])?(?P<deixis>{_alternation(list(_DEICTIC_UNITS[code])) or '(?!)'})"
        # "ayer", "domani pomeriggio", "heute Abend"
        rf"|(?P<rel>{dy}){part_after('relpart')}"
        # a month alone, after a preposition or with its year: "en marzo", "im Februar"
        rf"|(?P<mpre>(?i:en|in|im|em)|a|auf|fim|final|finais|início|meados|nel|nello|entro|desde|hasta|para|ab|seit|bis|Anfang|Ende|"
        rf"Mitte|inizio|fine|metà|principios|finales|mediados{_MONTH_BEFORE.get(code, '')})\s+"
        rf"(?:(?:de|di)\s+)?"
        rf"(?P<mon2>{mo})(?:\s+(?:de\s+|del\s+)?(?P<year2>(?:19|20)\d\d))?"
        rf"|(?P<mon3>{mo})\s+(?P<year3>(?:19|20)\d\d)"
        rf")(?![\w'’-])")
    return _Language(code, pattern, weekdays, months, days, units, parts,
                     tuple(sorted(nexts)), tuple(sorted(lasts)),
                     re.compile(_PAST[code], re.IGNORECASE),
                     re.compile(f"{_FUTURE[code]}|{_TIMETABLE[code]}", re.IGNORECASE), counts,
                     span_units,
                     span_signs)


def primary(language: str) -> str:
    """"es" of "es-AR", '' of ''."""
    return language.lower().replace("_", "-").split("-")[0]


def reads(language: str) -> bool:
    """Whether this module reads the dates mentioned in ``language``."""
    return primary(language) in LANGUAGES


def dates_unread(language: str) -> bool:
    """Whether the dates mentioned in ``language`` are read by nothing (not French, English,
    Spanish, Italian, German, Portuguese, Catalan, nor Arabic and Russian,
    :mod:`veille.enrich.date_scripts`; '' is French)."""
    from veille.enrich.date_scripts import LANGUAGES as SCRIPTS

    code = primary(language)
    return bool(code) and code not in ("fr", "en", *LANGUAGES, *SCRIPTS)


def _clause(text: str, start: int, end: int) -> tuple[str, str]:
    """The text before and after a mention, within its clause."""
    head = text[max(0, start - 160):start]
    cut = list(_CLAUSE.finditer(head))
    before = head[cut[-1].end():] if cut else head
    tail = text[end:end + 160]
    stop = _CLAUSE.search(tail)
    tail = tail[:stop.start()] if stop else tail
    # after a comma, a saying incise or another clause ("…, ha detto l'assessore"); not
    # a decimal comma ("auf 1,80 Meter gestiegen")
    return before, re.split(r",(?!\d)", tail)[0]


def before_clause(text: str, start: int) -> str:
    """The text of a mention's clause before it."""
    return _clause(text, start, start)[0]


def _told_over(text: str, end: int, lang: _Language) -> bool:
    """Whether the sentence goes on after a mention with "but" and a verb in the past
    ("…venerdì, ma la questura lo ha vietato"): what was planned for the day is told as
    over."""
    rest = re.split(r"[.;!?](?:\s|$)|\n", text[end:end + 200])[0]
    but = re.search(rf"(?i)(?:,\s*|\s){_BUT}\b", rest)
    return but is not None and bool(lang.past.search(rest, but.end()))


def _plan_side(after: str, lang: _Language) -> str:
    """The tense of a weekday named by a plan told from a moment gone by, from the rest of
    its sentence (``after``): ``"past"`` when no "but" follows it
    (:func:`~veille.enrich.date_plan_side.but_clause`) or the "but" clause has a future;
    ``STILL`` when that clause has no past either and says "now" or "still"
    (:func:`~veille.enrich.date_plan_side.still_ahead`: the plan still stands, ahead);
    ``CHANGED`` otherwise (the caller picks the side)."""
    rest = re.split(r"[.;!?](?:\s|$)|\n", after)[0]
    but = but_clause(rest)
    if but is None or lang.future.search(but):
        return "past"
    return STILL if still_ahead(but, bool(lang.past.search(but))) else CHANGED


_COMPLETIVE = {"es": r"\bque\b", "it": r"\bche\b", "de": r"\bdass\b", "pt": r"\bque\b",
               "ca": r"\bque\b"}
"""The conjunction opening a completive clause ("ha confermato che venerdì le linee
resteranno chiuse"): the mention after it is the reported clause's, whose own verb dates it,
not the reporting verb before it (t-final52 A9; as :func:`veille.enrich.clauses.own_clause`
in French)."""


_DE_AUXILIARY = re.compile(r"(?i)\b(?:hat|haben|habe|ist|sind)\b")
_DE_HABEN = re.compile(r"(?i)\b(?:hat|haben|habe)\b")
_DE_CLOSES = r"(?=\s*(?:[.,;:!?]|$|und\b))"
_DE_PERFECT = re.compile(r"\b(?-i:[a-zäöüß])[a-zäöüß]{3,}[td]et\b" + _DE_CLOSES)
_DE_PERFECT_HABEN = re.compile(DE_PARTICIPLE + _DE_CLOSES)
_DE_PERFECT_SEIN = re.compile(DE_SEIN_PARTICIPLE + _DE_CLOSES)
_DE_PERFECT_PARTICLE = re.compile(DE_PARTICLE_PARTICIPLE + _DE_CLOSES)
"""A separable verb's participle closing the clause ("ist am Samstag auf der A9
umgekippt"): a perfect after "sein" as after "haben" (h-dates67)."""
"""A German perfect around a mention: the auxiliary before it, a participle closing the
clause after it (the sentence bracket, Duden, *Die Grammatik*, § Satzklammer): "hat am
Donnerstag zwei Männer verhaftet" (a verb whose stem ends in -t/-d, no "ge-"), "hat die
Sperrung am Samstag verlängert", "ist am Samstag auf 1,80 Meter gestiegen"
(:data:`~veille.enrich.german_participles.DE_PARTICIPLE` after "haben",
:data:`~veille.enrich.german_participles.DE_SEIN_PARTICIPLE` after "sein"); alone, "-tet"
is as often the present ("erwartet am Donnerstag weiteren Regen", t-final54 A4)."""
_DE_OF_DAY = re.compile(r"(?i)\b(?:vom|von\s+dem)\s+$")
_DE_FROM_ON = re.compile(r"(?i)\s+(?:an|ab|bis|auf|zum|zu)\b")
"""A weekend or weekday named by "vom"/"von dem" after a noun ("Nach dem Sturm vom
Wochenende", "die Bilanz vom Samstag": the storm, the toll of that day; Duden, *Die
Grammatik*, § attributive Präpositionalphrase), with no tense read in its clause, is the one
gone by: what a noun is said to be "of" a day has happened; "vom Wochenende an", "vom
Samstag bis Montag", "vom Samstag auf Sonntag" open a span instead."""


def clause_tense(text: str, start: int, end: int, language: str) -> str:
    """'past', 'future' or '' from the verb nearest a mention in its clause; after a
    completive conjunction (:data:`_COMPLETIVE`) from that clause's own verb when it has
    one."""
    lang = _language(primary(language))
    before, after = _clause(text, start, end)
    if lang.code == "de" and (_DE_AUXILIARY.search(before) and (
            _DE_PERFECT.search(after) or _DE_PERFECT_SEIN.search(after)
            or _DE_PERFECT_PARTICLE.search(after))
            or _DE_HABEN.search(before) and _DE_PERFECT_HABEN.search(after)):
        return "past"  # "hat am Donnerstag zwei Männer verhaftet", "… am Samstag verlängert"
    opener = list(re.finditer(_COMPLETIVE[lang.code], before, re.IGNORECASE))
    if opener:
        own = _nearest_tense(before[opener[-1].end():], after, lang)
        if own:
            return own
    return _nearest_tense(before, after, lang)


def _habit(text: str, start: int, end: int, lang: _Language) -> bool:
    """Whether the weekday at ``start:end`` is one of habit
    (:func:`veille.enrich.date_habits.weekday_of_habit`: "il sabato", "que siempre se
    reúnen el viernes"): its clause cut at the nearest comma either side, tensed when a
    past or a future (not a timetable's present) is read in it."""
    before, after = _clause(text, start, end)
    own = re.split(r",(?!\d)", before)[-1]
    tensed = bool(lang.past.search(own) or lang.past.search(after)
                  or re.search(_FUTURE[lang.code], f"{own} {after}", re.IGNORECASE))
    return weekday_of_habit(lang.code, text[max(0, start - 40):start], text[end:end + 40],
                            own, after, tensed)


def _nearest_tense(before: str, after: str, lang: _Language) -> str:
    """'past', 'future' or '' from the verb marker nearest the mention, ``before`` ending
    and ``after`` starting where it is."""
    best: tuple[int, str] | None = None
    for tense, cue in (("past", lang.past), ("future", lang.future)):
        for m in cue.finditer(before):
            distance = len(before) - m.end()
            if best is None or distance < best[0]:
                best = (distance, tense)
        for m in cue.finditer(after):
            if best is None or m.start() < best[0]:
                best = (m.start(), tense)
    return best[1] if best else ""


def _announced(g: dict[str, str | None], text: str, start: int, end: int,
               lang: _Language) -> bool:
    """Whether a day and month or a month without a year dates an event announced, called
    or set by a verb before it (:func:`veille.enrich.date_announced.announced_event`:
    "hanno indetto uno sciopero il 20 giugno", "rief zu einem Warnstreik am 18. Juni
    auf"), which lies ahead of the telling, and the rest of the sentence tells no past
    ("…, que paralizó el país": the event told as done)."""
    from veille.enrich.date_announced import announced_event

    if not (g["mon"] or g["mon2"] or g["mon3"]) or g["year"] or g["year2"] or g["year3"] \
            or g["rday"]:
        return False
    rest = re.split(r"[.;!?](?:\s|$)|\n", text[end:end + 200])[0]
    return announced_event(text, start, lang.code) and not lang.past.search(rest)


def _announced_day(text: str, start: int, end: int, lang: _Language) -> bool:
    """Whether a bare weekday dates an event a verb before it announces, calls or sets
    (:func:`veille.enrich.date_announced.announced_event`: "hanno proclamato uno sciopero
    lunedì") or an act it calls for or plans (:func:`veille.enrich.date_calls.called_to_act`:
    "kündigte an, am Dienstag mit der Gewerkschaft zu sprechen"), and the rest of its
    sentence tells no past (t-final56 A4, t-final56b A6)."""
    from veille.enrich.date_announced import announced_event
    from veille.enrich.date_calls import ZU_INFINITIVE, called_to_act

    rest = re.split(r"[.;!?](?:\s|$)|\n", text[end:end + 200])[0]
    if lang.code == "de" and (zu := ZU_INFINITIVE.search(rest)) is not None:
        rest = rest[zu.end():]  # the infinitive's own complements tell no tense
    return (announced_event(text, start, lang.code) or called_to_act(
        text, start, end, lang.code)) and not lang.past.search(rest)


def _act_called_for(g: dict[str, str | None], text: str, start: int, end: int,
                    lang: _Language) -> bool:
    """Whether a day and month or a month without a year is the date of an act a verb
    before it calls for, urges or plans (:func:`veille.enrich.date_calls.called_to_act`:
    "llamó a los trabajadores a parar el 15 de marzo", "forderte die Beschäftigten auf,
    am 12. März die Arbeit niederzulegen") and the rest of the sentence tells no past: the
    calling dates the telling, not the act, the nearest such day (t-final51b A9)."""
    from veille.enrich.date_calls import called_to_act

    if not (g["mon"] or g["mon2"] or g["mon3"]) or g["year"] or g["year2"] or g["year3"] \
            or g["rday"]:
        return False
    rest = re.split(r"[.;!?](?:\s|$)|\n", text[end:end + 200])[0]
    return called_to_act(text, start, end, lang.code) and not lang.past.search(rest)


def _direction(word: str | None, lang: _Language) -> int:
    if not word:
        return 0
    w = word.lower()
    if any(w.startswith(s) for s in lang.next_stems if " " not in s) or \
            any(re.fullmatch(re.escape(s).replace(r"\ ", r"\s+"), w) for s in lang.next_stems
                if " " in s):
        return 1
    if any(w.startswith(s) for s in lang.last_stems):
        return -1
    return 0


def _weekday(weekday: int, published: date, direction: int, tense: str) -> date:
    ahead = (weekday - published.weekday()) % 7
    back = (published.weekday() - weekday) % 7
    if direction > 0:
        return published + timedelta(days=ahead or 7)
    if direction < 0:
        return published - timedelta(days=back or 7)
    if tense == "past":
        return published - timedelta(days=back)
    if tense == "future":
        return published + timedelta(days=ahead)
    return published + timedelta(days=ahead) if ahead <= back else \
        published - timedelta(days=back)


_APPOSITION = re.compile(r"\s*,\s*(?:(?:el|il|l['’]|am|den|le)\s*)?$", re.IGNORECASE)


def _year_before(text: str, found: list[MentionedDate], start: int) -> int | None:
    """The year a day without one is in when a year mention stands right before it, the day
    in apposition ("Hace un año, el 5/12, …", "L'anno scorso, il 3 marzo, …", "Vor zwei
    Jahren, am 4. Mai, …": h-dates49b); None otherwise."""
    last = found[-1] if found else None
    if last is None or last.granularity != "year" or not _APPOSITION.fullmatch(
            text[last.end:start]):
        return None
    return int(last.value[:4])


def _in_year(month: int, day: int, published: date, tense: str, year: int | None = None,
             weekday: int | None = None, said: str = "") -> date | None:
    """A day and month without a year: in ``year`` when the text gives it apart, else by
    the rule every language shares (:func:`veille.enrich.date_years.day_in_year`: the
    nearest within a week whatever the tense, ``weekday`` choosing only between the two
    near candidates; h-dates65, before which a past clause sent "giovedì 1 dicembre" in an
    article of 26 November 2026 a year back); None for a day the month never has."""
    from veille.enrich.date_years import day_in_year, safe_date

    if year is not None:
        return safe_date(year, month, day)
    return day_in_year(month, day, published, tense, weekday, said=said)


def _month(month: int, published: date, tense: str) -> date:
    """The first day of ``month`` named alone: the publication's own month; the one before
    on a past clause's side, or when it is the month just ended and the clause does not
    say future (h-enrich67b, t-final67 F3: "Uffizi, record di visitatori a novembre",
    published 1 December, is last November: a headline's present tells the past, and a
    month eleven months ahead is never meant without a word saying so); else the next."""
    if month == published.month:
        return published.replace(day=1)
    if tense == "past" or tense != "future" and month == (published.month - 2) % 12 + 1:
        return date(published.year - (month > published.month), month, 1)
    # a month ahead in a present or future clause ("Im Februar beginnt"), or no verb
    return date(published.year + (month < published.month), month, 1)


def _unit(unit: str, direction: int, published: date) -> tuple[date, str]:
    if unit == "week":
        monday = published - timedelta(days=published.weekday())
        return monday + timedelta(days=7 * direction), "week"
    if unit == "month":
        index = published.year * 12 + published.month - 1 + direction
        return date(index // 12, index % 12 + 1, 1), "month"
    return date(published.year + direction, 1, 1), "year"


def _span(g: dict[str, str | None], published: date, lang: _Language) -> tuple[date, str]:
    """A counted span from publication, its sign given by its own words ("hace", "fa", "vor":
    back; "dentro de", "tra", "in": ahead); the granularity is the unit's, as in French and
    English (a week is its Monday, a month its first day, a year its 1 January)."""
    vague = re.sub(r"\s+", " ", (g["vague"] or g["vague2"] or "").lower())
    count = _VAGUE[lang.code][vague] if vague else _count(g["scount"] or g["scount2"], lang)
    word = re.sub(r"\s+", " ", (g["shead"] or "").lower() or " " + (g["stail"] or "").lower())
    sign = 1 if word in _WITHIN[lang.code] else lang.span_signs[word]
    unit = lang.span_units[(g["sunit"] or g["sunit2"] or "").lower()]
    second = g["unitb"] or g["unitc"]
    if second:  # "hace 2 años y 3 meses": both counted, the finer unit's granularity
        finer = lang.span_units[second.lower()]
        then = _counted_from(published, sign * count, unit)
        value, granularity = _counted_span(then, sign * _count(g["countb"] or g["countc"],
                                                                 lang), finer)
        return value, granularity
    return _counted_span(published, sign * count, unit)


def _count(text: str | None, lang: _Language) -> int:
    count_text = (text or "").lower()
    return int(count_text) if count_text.isdigit() else lang.counts[count_text]


def _counted_from(published: date, count: int, unit: str) -> date:
    """``published`` moved by ``count`` units, to the day (a month or a year kept on its day
    of the month, the 28th for a day the month lacks)."""
    from veille.enrich.dates import _safe_date

    if unit == "day":
        return published + timedelta(days=count)
    if unit == "week":
        return published + timedelta(weeks=count)
    months = count * (12 if unit == "year" else 1)
    index = published.year * 12 + published.month - 1 + months
    year, month = index // 12, index % 12 + 1
    return _safe_date(year, month, published.day) or date(year, month, 28)


def _counted_span(published: date, count: int, unit: str) -> tuple[date, str]:
    from veille.enrich.dates import _month_start

    if unit == "day":
        return published + timedelta(days=count), "day"
    if unit == "week":
        day = published + timedelta(weeks=count)
        return day - timedelta(days=day.weekday()), "week"
    if unit == "month":
        return _month_start(published, count), "month"
    return date(published.year + count, 1, 1), "year"


_CLOCK = re.compile(r"(?i)\b(?:alle|ore|um|gegen|a\s+las|las|a\s+la|dalle)\s+$")
"""The words a clock time follows ("alle 21.12", "um 10.12"): no date then."""
_CLOCK_AFTER = re.compile(r"\s*(?:Uhr|h|horas|hrs)\b")
_QUANTITY = re.compile(r"(?i)\b(?:bei|auf|über|unter|rund|etwa|zirka|circa|ca\.|knapp|fast|"
                       r"sobre|hasta|oltre|sui|sotto)\s+$")
"""A preposition or adverb of quantity a number follows ("lag bei 12.10.", "fiel auf 11.12.",
"rund 3.12.": Duden § Präpositionen; closed class): a figure, not a date, when it has no
year."""


def _numeric_date(g: dict[str, str | None], text: str, start: int, end: int) -> bool:
    """Whether a day-first numeric match is a date: with its year ("21.12.2026",
    "15/01/27"); without, "21/12" with a two-digit day or month (not a fraction, "1/2") or
    the German "21.12." with its closing dot (not a decimal, "3.5"); never a clock time
    ("alle 21.12", "um 10.12 Uhr") nor a piece of a longer number ("2026/12/05")."""
    if start and text[start - 1] in "/.,:" or text[end:end + 1].isdigit():
        return False
    if g["nyear"]:
        return True
    if g["nsep"] == "." and _QUANTITY.search(text[max(0, start - 12):start]):
        return False  # "die Quote lag bei 12.10.": a figure
    if _CLOCK_AFTER.match(text, end) or (g["nsep"] == "." and _CLOCK.search(
            text[max(0, start - 12):start]) and not g["ndot"]):
        return False
    if g["nsep"] == "/":
        return len(g["nday"] or "") == 2 or len(g["nmon"] or "") == 2
    return bool(g["ndot"]) and not _CLOCK.search(text[max(0, start - 12):start])


def _range_start(last: date, first_day: int) -> date | None:
    """The first day of a range said with one month ("del 3 al 9 de marzo"): in the last
    day's month, or the month before when it is a later day ("del 28 al 3 de marzo")."""
    from veille.enrich.dates import _safe_date

    if first_day <= last.day:
        return last.replace(day=first_day)
    before = last.replace(day=1) - timedelta(days=1)
    return _safe_date(before.year, before.month, first_day)


def _range_first(last: date, first_day: int, g: dict[str, str | None], lang: _Language
                 ) -> date | None:
    """The first day of a range ending on ``last``: in its own month when the text names
    one ("del 28 de febrero al 3 de marzo"), the year its own or the last one before
    ``last``; else in ``last``'s month (:func:`_range_start`)."""
    from veille.enrich.dates import _safe_date

    if not g["rmon"]:
        return _range_start(last, first_day)
    month = lang.months[g["rmon"]]
    if g["ryear"]:
        return _safe_date(int(g["ryear"]), month, first_day)
    first = _safe_date(last.year, month, first_day)
    if first is None or first > last:
        first = _safe_date(last.year - 1, month, first_day)
    return first


def _day_number(text: str) -> int:
    return 1 if not text[0].isdigit() else int(text.rstrip("º°"))


_MORNING_NOT_TOMORROW = re.compile(r"(?i)\b(?:la|esta|cada|una|por\s+la|de\s+la|am|heute|"
                                   r"gestern|jeden|den|der|einen)\s+$")


def foreign_dates(text: str, published: date, language: str) -> list[MentionedDate]:
    """Every date mentioned in ``text`` written in ``language`` (one of :data:`LANGUAGES`),
    resolved against ``published``."""
    from veille.enrich.date_pt_short import short_weekdays
    from veille.enrich.dates import MentionedDate, _safe_date
    from veille.enrich.headline_days import body_weekdays
    from veille.enrich.text import sentence_at, sentences

    lang = _language(primary(language))
    found: list[MentionedDate] = []
    spans = list(sentences(text))
    for m in lang.pattern.finditer(text):
        start, end = m.span()
        g = m.groupdict()
        before = text[max(0, start - 40):start]
        rel = g["rel"]
        if rel and rel.lower() in ("mañana", "morgen") and (
                _MORNING_NOT_TOMORROW.search(before) or rel == "Morgen" and
                start and not re.search(r"(?:^|[.!?:]\s+|\n)$", text[:start])):
            continue  # "por la mañana", "am Morgen": the morning, not tomorrow
        if rel and figurative_day(text, start):
            continue  # "la Valencia de hoy", "das Deutschland von heute": an era (t-final65 A8)
        wd = g["wd"]
        if wd and wd[0].isupper() and wd.lower() in lang.weekdays and start and \
                not re.search(r"(?:^|[.!?:«\"“]\s*|\n)$", text[:start]):
            continue  # "Plácido Domingo": a capitalised weekday inside a sentence is a name
        if wd and not (g["pre"] or g["post"] or g["wdmon"]) and _habit(text, start, end, lang):
            continue  # "chiude due ore prima il sabato", "que siempre abren el domingo"
        tense = clause_tense(text, start, end, language)
        if lang.code == "de" and not tense and (wd or g["weekend"]) and not (
                g["pre"] or g["post"] or g["wepre"] or g["wepost"]) and \
                _DE_OF_DAY.search(before) and not _DE_FROM_ON.match(text, end):
            tense = "past"  # "die Bilanz vom Wochenende fällt … aus" (t-final55b A11)
        words = (*lang.weekdays, *lang.months)
        if re.search(_FROM[lang.code], before) and re.search(r"(?i)\bpartir", before):
            tense = "future"  # "a partire da sabato 12 dicembre": from, never since
        elif re.search(_SINCE[lang.code], before) and not g["rday"] and tense != "future" \
                and not range_follows(text, end, lang.code, words):  # "dal 6 al 14": a range
            tense = "past"  # not "Aprirà prima dal 12 dicembre": from (t-final55b A0)
        elif re.search(_UNTIL[lang.code], before) and re.search(
                _SPAN_OVER[lang.code], before_clause(text, start), re.IGNORECASE):
            tense = "past"  # "è rimasta chiusa fino a domenica": a span over (r-dates52)
        elif re.search(_FROM[lang.code], before) or re.search(_FROM[lang.code],
                                                               text[max(0, start - 40):start]
                                                               + (m.group().split()[0] + " "
                                                                  if m.group().split()[0]
                                                                  .lower() in ("ab", "bis")
                                                                  else "")):
            tense = "future"
        if tense == "past" and g["mon2"] and not g["year2"] and re.search(
                _BY_MONTH[lang.code], before + ((g["mpre"] or "") + " "
                                                if (g["mpre"] or "").lower() in ("bis", "entro")
                                                else ""), re.IGNORECASE) and not re.search(
                _SPAN_OVER[lang.code], before_clause(text, start), re.IGNORECASE):
            tense = ""  # "aprobó cerrarlo antes de finales de marzo": the nearest (t-final66 F7b)
        if (agent := re.search(_BY_AGENT[lang.code], before_clause(text, start),
                               re.IGNORECASE)) is not None and \
                not lang.future.search(agent.group()) and \
                not agent_is_a_date(before_clause(text, start), words):
            # not when the words taken for the agent hold the clause's own future ("lo
            # sciopero proclamato dai sindacati fermerà martedì": h-future57)
            tense = "past"  # "la tasa aprobada por el Parlament en octubre" (t-final50 A8)
        elif re.search(_APPOSED_PARTICIPLE[lang.code], before, re.IGNORECASE):
            tense = "past"  # "A greve, iniciada na segunda-feira, …" (t-final55 A6)
        if wd and not (g["wdmon"] or g["pre"] or g["post"]) and (
                re.search(_PLUPERFECT[lang.code], own := before_clause(text, start),
                          re.IGNORECASE) or lang.past.search(own) and _told_over(text, end,
                                                                                 lang)):
            # a plan set from a moment gone by, or set in the past and told over after
            # "but" ("Il museo apre venerdì, ma ieri è rimasto chiuso" keeps its present);
            # after "but", a present keeps the plan ahead, a past tells a change whose
            # day may be the coming one (:mod:`veille.enrich.date_plan_side`, r-dates51)
            tense = _plan_side(text[end:end + 200], lang)
        if tense != "future" and _announced(g, text, start, end, lang):
            tense = "future"  # "convocaron una huelga el 25 de mayo" (t-final51 A1)
        elif tense == "past" and wd and not (g["wdmon"] or g["pre"] or g["post"]) and \
                _announced_day(text, start, end, lang):
            # "hanno proclamato uno sciopero lunedì": the announcing is past, the day of
            # what it announces the nearest (the French rule, :func:`dates._announced_event`)
            tense = ""
        elif tense != "future" and _act_called_for(g, text, start, end, lang):
            tense = ""  # "llamó a … a parar el 15 de marzo": the nearest (t-final51b A9)
        elif tense != "future" and moved_ahead(text, start, end, lang.code):
            tense = "future"  # "è stato rinviato a marzo" (t-final51b A8)
        if ((wd and not (g["wdmon"] or g["pre"] or g["post"]))
                or (g["day"] and g["mon"] and not g["year"])) and (
                called := foreign_plan_called_off(
                    before, re.split(r"[.;!?](?:\s|$)|\n", text[end:end + 200])[0],
                    lang.code)) is not None:
            tense = called  # "prevista para el viernes, ha sido aplazada" (h-plans54)
        part = g["part"] or g["relpart"] or g.get("glued") or (
            _EXTRA_DAYS[lang.code].get(rel.lower(), (0, ""))[1] if rel else "")
        granularity = "day"
        weekday_ok = True
        until = unit = ""
        value: date | None
        if g["sunit"] or g["sunit2"]:
            if (g["shead"] or "").lower() in _WITHIN[lang.code] and tense == "past":
                continue  # "lo construyeron en dos semanas": a duration
            if (g["shead"] or "").lower() in _WITHIN[lang.code] and \
                    lang.code in _SUPERLATIVE_BEFORE and _SUPERLATIVE_BEFORE[lang.code].search(
                        _CLAUSE.split(text[max(0, start - 200):start])[-1]):
                continue  # "a maior tragédia em vinte anos": a span back, no date
            value, granularity = _span(g, published, lang)
            if g["vague"] or g["vague2"] or g["hedge"] or g["hedge2"]:
                unit, granularity = granularity, "vague"
        elif g["nmon"]:
            if not _numeric_date(g, text, start, end):
                continue
            month, day = int(g["nmon"]), int(g["nday"])
            year = g["nyear"] or ""
            value = _safe_date(int(year) if len(year) == 4 else
                               published.year // 100 * 100 + int(year), month, day) \
                if year else _in_year(month, day, published, tense, _year_before(text, found,
                                                                                 start))
        elif wd:
            weekday = next(n for name, n in lang.weekdays.items() if name.lower() == wd.lower())
            if g["wdmon"]:
                month = next(n for name, n in lang.months.items() if name == g["wdmon"])
                day = _day_number(g["wdday"])  # "giovedì 1° dicembre" too
                value = date(int(g["wdyear"]), month, day) if g["wdyear"] else \
                    _in_year(month, day, published, tense, weekday=weekday)
                weekday_ok = value is not None and value.weekday() == weekday
            else:
                direction = _direction(g["post"], lang) or _direction(g["pre"], lang)
                if g["pre"] and re.fullmatch(_THIS[lang.code], g["pre"], re.IGNORECASE):
                    direction = 0
                    tense = tense or "future"
                if tense == CHANGED:
                    value, tense = changed_plan_day(weekday, published)
                else:
                    value = _weekday(weekday, published, direction,
                                     "future" if tense == STILL else tense)
                    tense = "future" if tense == STILL else tense
        elif g["mon"]:
            if g["rto"] and g["rto"].lower() == _AND[lang.code] and not g["between"]:
                start = m.start("day")  # "los días 3 y 9 de marzo": two days, the last read
            month = lang.months[g["mon"]]
            day = _day_number(g["day"])
            value = date(int(g["year"]), month, day) if g["year"] else \
                _in_year(month, day, published, tense, _year_before(text, found, start))
            if g["rday"] and value is not None and start < m.start("day"):
                # "del 3 al 9 de marzo": from the 3rd; "del 3 de marzo al 9 de abril"
                last, value = value, _range_first(value, _day_number(g["rday"]), g, lang)
                until = last.isoformat() if value is not None else ""
        elif g["weekend"]:
            value, granularity = _weekend(g["wepre"] or g["wepost"], published, tense, lang,
                                          coming=_coming_weekend(m, text, lang))
        elif g["unit"] or g["unit2"]:
            unit = lang.units.get(g["unit"] or g["unit2"]) or \
                lang.units[(g["unit"] or g["unit2"]).lower()]
            word = g["upre"] or g["upost"]
            direction = 0 if re.fullmatch(_THIS[lang.code], word, re.IGNORECASE) else \
                _direction(word, lang)
            value, granularity = _unit(unit, direction, published)
        elif g["deixis"]:
            unit, direction = _DEICTIC_UNITS[lang.code][g["deixis"]]
            value, granularity = _unit(unit, direction, published)
        elif rel:
            offset = next(o for name, o in lang.days.items() if name.lower() == rel.lower())
            value = published + timedelta(days=offset)
        else:
            month = lang.months[g["mon2"] or g["mon3"]]
            year = g["year2"] or g["year3"]
            value = date(int(year), month, 1) if year else _month(month, published, tense)
            granularity = "month"
        if value is None:
            continue
        last = date.fromisoformat(until) if until else value \
            if granularity in ("day", "vague") else _last_day(value, granularity)
        tense = "future" if value > published else "past" if last < published else tense
        sentence = sentence_at(spans, start)
        found.append(MentionedDate(start, end, text[start:end], value.isoformat(), granularity,
                                   sentence.text if sentence else "", tense,
                                   lang.parts.get(part[:1].upper() + part[1:], "")
                                   or lang.parts.get(part, ""), weekday_ok, until, unit))
    if lang.code == "pt":  # "na segunda (30)" (r-lang55)
        found = short_weekdays(text, published, found)
    names = {name.lower(): n for name, n in lang.weekdays.items()}
    return ends_after_starts(text, body_weekdays(text, found, names), lang.code, published)


_COMING = {"es": ("entrante",), "it": ("entrante",), "de": ("kommend",), "pt": (),
           "ca": ("vinent",)}
"""The words of "next" that mean the one coming (Duden, *kommend*: "demnächst
stattfindend"; RAE, *entrante*: "que empieza"), not the one after this: "am kommenden
Wochenende" written on a Wednesday is that week's weekend (h-dates65: a week late before),
where "am nächsten Wochenende" is the one after "dieses Wochenende", like French "le
week-end prochain" beside "ce week-end". A closed class."""


def _coming_weekend(m: re.Match[str], text: str, lang: _Language) -> bool:
    """Whether a weekend's "next" word names the one coming: a word of :data:`_COMING`, or
    "next" right after "this" ("este próximo fin de semana", "questo prossimo fine
    settimana")."""
    word = (m.group("wepre") or m.group("wepost") or "").lower()
    if not word or _direction(word, lang) <= 0:
        return False
    if any(word.startswith(stem) for stem in _COMING.get(lang.code, ())):
        return True
    at = m.start("wepre")
    return at >= 0 and re.search(rf"(?<![\w'’])(?:{_THIS[lang.code]})\s+$",
                                 text[max(0, at - 12):at]) is not None


def _weekend(word: str | None, published: date, tense: str,
             lang: _Language, *, coming: bool = False) -> tuple[date, str]:
    """The Saturday of the weekend a mention names: the publication week's, or the next or
    the last by its word; told in the past when that Saturday is still ahead or is the
    day of writing (a weekend told as over on its Saturday is the one before: "Die
    Verhandlungen vom Wochenende seien ergebnislos geblieben" written on Saturday 5
    December, t-final56 A4), the one before (as French "le week-end":
    :func:`veille.enrich.dates._relative`)."""
    saturday = published + timedelta(days=5 - published.weekday())
    direction = 0 if not word or re.fullmatch(_THIS[lang.code], word, re.IGNORECASE) else \
        _direction(word, lang)
    if coming:  # "am kommenden Wochenende": this week's, the next one from its Saturday
        return saturday + timedelta(days=7 if published.weekday() >= 5 else 0), "weekend"
    if direction:
        return saturday + timedelta(days=7 * direction), "weekend"
    if tense == "past" and saturday >= published:
        return saturday - timedelta(days=7), "weekend"
    return saturday, "weekend"


def _last_day(first: date, granularity: str) -> date:
    if granularity == "weekend":
        return first + timedelta(days=1)
    if granularity == "week":
        return first + timedelta(days=6)
    if granularity == "month":
        following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return following - timedelta(days=1)
    return date(first.year, 12, 31)
