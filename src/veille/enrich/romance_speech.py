"""Spanish and Italian verbs of saying (t-final50 A8): the finite forms a news report
writes after a quote ("», afirmó el alcalde, X", "», ha dichiarato l'assessora, Y") or
before it ("X defendió que el acuerdo « … »", "X ha detto che la misura « … »").

No Spanish or Italian model is loaded (``stage.READ_LANGUAGES``), so these texts are read
by the same rule forms as French (reporting verb + subject, subject + verb + quote); the
verbs are a closed class, the grammars' verbs introducing direct and reported speech:

- Spanish, the "verbos de lengua" or "de comunicación" of reported speech (RAE and
  ASALE, *Nueva gramática de la lengua española*, 2009, § 43.7, "el discurso directo y el
  indirecto": decir, afirmar, asegurar, declarar, explicar, añadir, señalar, indicar,
  manifestar, advertir, reconocer, sostener, …), those a news report uses;
- Italian, the "verbi dichiarativi" (Treccani, *Enciclopedia dell'Italiano*, "discorso
  diretto" and "verbi dichiarativi": dire, affermare, dichiarare, spiegare, sostenere,
  aggiungere, sottolineare, precisare, …).

Each verb gives its third persons of the present, the preterite (Spanish "pretérito
perfecto simple", Italian "passato remoto"), the imperfect and the past participle (after
"ha"/"han"/"hanno": "ha dichiarato"). Only whole forms are listed, never stems, so that no
French word is read as one ("précisa" is French, "precisa" is not).
"""

from __future__ import annotations

import re

from veille.enrich.catalan_past import CATALAN_PARTICIPLES

__all__ = ["NOT_PORTUGUESE_FORMS", "ROMANCE_SPEECH_FORMS", "without_romance_article"]

_SPANISH_AR = ("afirm", "asegur", "declar", "explic", "señal", "indic", "manifest", "destac",
               "subray", "apunt", "precis", "aclar", "critic", "denunci", "lament", "anunci",
               "insist", "admit", "respond", "añad", "defend", "reconoc",
               # verbs of stance whose object is the words quoted ("La plantilla rechaza
               # «…»", "Los vecinos reclaman: «…»"; r-quotes58): rejecting, claiming and
               # protesting are saying (RAE, *Nueva gramática*, § 43.7, verbs of
               # communication "de rechazo" and "de petición")
               "rechaz", "reclam", "protest", "cuestion",
               # verbs of repeating and stressing what one said ("reiteró la concejala …",
               # "recalcó el ministro"; RAE, *Nueva gramática*, § 43.7: reiterar, recalcar,
               # enfatizar among the verbs of communication; r-quotes60)
               "reiter", "recalc", "enfatiz",
               # relating and informing ("ha relatado a este periódico X", "ha informado
               # la Confederación …"; RAE, *Nueva gramática*, § 43.7: relatar, informar,
               # comunicar among the verbs of communication; t-final64 #10, h-speakers65)
               "relat", "inform",
               # giving details and figures ("», detalló el ministro …", "cifró en 300
               # los afectados"; RAE, *Nueva gramática*, § 43.7: precisar, detallar,
               # puntualizar, matizar among the verbs of communication; stop65
               # "Speakers/entities", h-speakers67); the present "cifra" is the noun
               # "figure" too: left out (:data:`_NOUN_FORMS`)
               "detall", "cifr", "puntualiz", "matiz")
"""Spanish stems; those of -er/-ir verbs are conjugated by :func:`_spanish_er`."""
_SPANISH_ER = frozenset({"insist", "admit", "respond", "añad", "defend", "reconoc"})
_SPANISH_IRREGULAR = (
    # decir, sostener, advertir, reconocer, defender, confesar, recordar, exigir, pedir
    "dijo", "dijeron", "dice", "dicen", "decía", "decían", "dicho",
    "sostuvo", "sostuvieron", "sostiene", "sostienen", "sostenía", "sostenido",
    "advirtió", "advirtieron", "advierte", "advierten", "advertía", "advertido",
    "reconoce", "reconocen", "defiende", "defienden",
    "confesó", "confesaron", "confiesa", "confesado",
    "recordó", "recordaron", "recuerda", "recordaba", "recordado",
    "exigió", "exigieron", "exige", "exigido",
    "pidió", "pidieron", "pide", "piden", "pedido",
    "comentó", "comentaron", "comenta", "comentado",
    "agregó", "agregaron", "agrega", "agregado",
    "preguntó", "preguntaron", "pregunta", "preguntado",
    "expresó", "expresaron", "expresa", "expresado",
    "valoró", "valoraron", "valora", "valorado",
    "remarcó", "remarcaron", "remarca", "remarcado",
    # repetir (r-quotes60: "repitió el alcalde")
    "repitió", "repitieron", "repite", "repiten", "repetía", "repetido",
    # contar, escribir (t-final64 #10: "ha contado a este diario X"; writing is saying,
    # as French "écrire" in quotes.SPEECH_VERBS); "cuenta" is a noun too: left out
    "contó", "contaron", "contaba", "contado", "escribió", "escribieron", "escrito",
    # comunicar, finite forms ("», comunicó el Ayuntamiento de Gandia"); the participle
    # "comunicado" is the noun "press release" too: read after its auxiliary only
    # (quotes._LOCUTION; h-speakers65b)
    "comunicó", "comunicaron", "comunica", "comunican",
)


def _spanish(stem: str) -> tuple[str, ...]:
    if stem in _SPANISH_ER:
        return (stem + "ió", stem + "ieron", stem + "e", stem + "en", stem + "ía",
                stem + "ían", stem + "ido")
    return (stem + "ó", stem + "aron", stem + "a", stem + "an", stem + "aba", stem + "aban",
            stem + "ado")


_ITALIAN_ARE = ("dichiar", "afferm", "spieg", "sottoline", "precis", "annunci", "osserv",
                "comment", "conferm", "denunci", "raccont", "assicur", "ribad", "evidenzi",
                "rilev", "ricord", "lament", "insist", "avvert",
                # stance (r-quotes58): "I lavoratori rifiutano «…»", "protestano: «…»"
                "rifiut", "protest", "reclam", "critic", "contest",
                # repeating what one said (t-final59: "ha ripetuto il ministro dei
                # Trasporti Clément Vasseur" had no speaker; Treccani, "verbi
                # dichiarativi": ribadire, ripetere, reiterare; r-quotes60)
                "reiter")
"""Italian stems of -are verbs (and of "ribadire", "avvertire", "insistere", whose
regular forms :func:`_italian` gives by their own endings)."""
_ITALIAN_IRREGULAR = (
    # dire, aggiungere, rispondere, ammettere, chiedere, sostenere, ribadire,
    # avvertire, insistere, spiegare (spiegò), sottolineare
    "dice", "dicono", "disse", "dissero", "diceva", "dicevano", "detto",
    "aggiunge", "aggiungono", "aggiunse", "aggiunsero", "aggiunto",
    "risponde", "rispondono", "rispose", "risposero", "risposto",
    "ammette", "ammettono", "ammise", "ammisero", "ammesso",
    "chiede", "chiedono", "chiese", "chiesero", "chiesto",
    "sostiene", "sostengono", "sostenne", "sostennero", "sostenuto",
    "ribadisce", "ribadiscono", "ribadì", "ribadito",
    "avverte", "avvertono", "avvertì", "avvertito",
    "insiste", "insistono", "insistette", "insistito",
    # ripetere (r-quotes60)
    "ripete", "ripetono", "ripeté", "ripetè", "ripeterono", "ripeteva", "ripetevano",
    "ripetuto",
    # disperarsi in an incise ("», si dispera il titolare, X": Treccani, "disperarsi":
    # manifestare la propria disperazione; like the French "se désoler"; t-final63 #10),
    # finite forms only ("disperato" is an adjective too)
    "dispera", "disperano", "disperò",
    # scrivere (t-final64 #10: "ha scritto su Facebook il sindaco X"; writing is saying,
    # as French "écrire" in quotes.SPEECH_VERBS; h-speakers65)
    "scrive", "scrivono", "scrisse", "scrissero", "scritto",
    # comunicare, finite forms ("comunicato" after "ha" only: quotes._LOCUTION)
    "comunicò", "comunicarono", "comunicano",
)
_ITALIAN_OWN = frozenset({"ribad", "avvert", "insist"})


def _italian(stem: str) -> tuple[str, ...]:
    if stem in _ITALIAN_OWN:
        return ()
    # "spiegò"/"spiegano" keep the stem's hard "g" ("spieghiamo" is no third person)
    return (stem + "a", stem + "ano", stem + "ò", stem + "arono", stem + "ava",
            stem + "avano", stem + "ato")


_PORTUGUESE_AR = ("afirm", "declar", "explic", "acrescent", "sublinh", "salient", "adiant",
                  "assegur", "anunci", "consider", "sustent", "question", "lembr", "insist",
                  "reiter", "avis", "destac", "conclu",
                  # stance (r-quotes58): "Os trabalhadores rejeitam "…"", "denunciam: "…""
                  "rejeit", "denunci", "critic", "reclam", "lament", "protest", "contest",
                  # stressing what one said ("reforçou o ministro"; r-quotes60)
                  "reforç")
"""Portuguese stems of -ar verbs (the "verbos declarativos" or "dicendi" of reported
speech: Cunha and Cintra, *Nova gramática do português contemporâneo*, 1984, ch. 22,
"discurso direto": dizer, afirmar, declarar, explicar, acrescentar, sublinhar, …), those a
news report uses; "insistir" and "concluir" are given by their own forms below."""
_PORTUGUESE_OWN = frozenset({"insist", "conclu"})
_PORTUGUESE_IRREGULAR = (
    # dizer, referir, defender, admitir, garantir (no present: "garante" is French),
    # insistir, concluir, frisar, alertar, responder, reconhecer, pedir
    "disse", "disseram", "diz", "dizem", "dizia", "diziam", "dito",
    "referiu", "referiram", "refere", "referem", "referido",
    "defendeu", "defenderam", "defende", "defendem", "defendido",
    "admitiu", "admitiram", "admite", "admitem", "admitido",
    "garantiu", "garantiram", "garantido",
    "insistiu", "insistiram", "insiste", "insistido",
    "concluiu", "concluíram", "conclui", "concluído",
    "frisou", "frisaram", "alertou", "alertaram",
    "respondeu", "responderam", "responde", "respondido",
    "pediu", "pediram", "pede", "pedem", "pedido",
    "reconheceu", "reconheceram", "reconhece", "reconhecido",
    # repetir (r-quotes60: "repetiu o secretário de Estado … Rui Carvalhal")
    "repetiu", "repetiram", "repete", "repetem", "repetido",
    # contar, informar, escrever (t-final64 #10: "disse ao jornal X"'s kin "contou ao
    # Diário … a moradora X", "informou a Metro do Porto"; h-speakers65)
    "contou", "contaram", "informou", "informaram", "escreveu", "escreveram",
    # comunicar ("comunicou a Proteção Civil"; h-speakers65b)
    "comunicou", "comunicaram", "comunicam",
)


_CATALAN = (
    # the past participles after "ha"/"han" (the "perfet", the news report's past: "ha
    # explicat l'alcalde, X", "ha assegurat la regidora, Y"), of the "verbs de dicció"
    # (Institut d'Estudis Catalans, *Gramàtica de la llengua catalana*, 2016, § 30.3.2,
    # the verbs introducing direct and reported speech: dir, afirmar, assegurar,
    # declarar, explicar, afegir, indicar, assenyalar, manifestar, …), and their third
    # persons of the present (u-ca-redaccio, t-check62 #3); never a French or Spanish word
    "explicat", "assegurat", "declarat", "afirmat", "indicat", "assenyalat", "anunciat",
    "manifestat", "destacat", "subratllat", "remarcat", "lamentat", "denunciat",
    "criticat", "recordat", "defensat", "advertit", "afegit", "reconegut", "respost",
    "insistit", "reiterat", "apuntat", "admès",
    # informar, escriure, relatar (h-speakers65: "ha informat l'Autoritat Portuària")
    "informat", "escrit", "relatat",
    "assegura", "asseguren", "afegeix", "afegeixen", "diu", "diuen", "assenyala",
    "assenyalen", "subratlla", "subratllen", "adverteix", "insisteix", "reconeix",
)


_CATALAN_PAST = CATALAN_PARTICIPLES - {"dit", "garantit"}
"""The participles the Catalan periphrastic past is rewritten into ("va xifrar" → "ha
xifrat": :mod:`~veille.enrich.catalan_past`; t-check66 F8), but French words ("dit", read
as French already, and "garantit")."""


def _portuguese(stem: str) -> tuple[str, ...]:
    if stem in _PORTUGUESE_OWN:
        return ()
    return (stem + "ou", stem + "aram", stem + "a", stem + "am", stem + "ava", stem + "avam",
            stem + "ado")


_NOUN_FORMS = frozenset({"cifra"})
"""Forms of the verbs above that are Spanish or Italian nouns too ("la cifra", "the
figure"): never read as a verb of saying."""

ROMANCE_SPEECH_FORMS = frozenset(
    form for forms in ([*(_spanish(s) for s in _SPANISH_AR), _SPANISH_IRREGULAR,
                        *(_italian(s) for s in _ITALIAN_ARE), _ITALIAN_IRREGULAR,
                        *(_portuguese(s) for s in _PORTUGUESE_AR), _PORTUGUESE_IRREGULAR,
                        _CATALAN, _CATALAN_PAST])
    for form in forms) - _NOUN_FORMS
"""The Spanish, Italian, Portuguese and Catalan finite forms and participles of the verbs of
saying (lower case, accents as written; t-final51 A9 for Portuguese: "afirmou a ministra …,
X"; t-check62 #3 for Catalan: "ha explicat l'alcalde, X")."""

NOT_PORTUGUESE_FORMS = ROMANCE_SPEECH_FORMS - frozenset(
    form for forms in ([*(_portuguese(s) for s in _PORTUGUESE_AR), _PORTUGUESE_IRREGULAR])
    for form in forms)
"""The forms of :data:`ROMANCE_SPEECH_FORMS` no Portuguese verb has ("explicó", "dijo",
"disse" is Italian and Portuguese, so not one): after them "a" is the preposition of the
listener ("», explicó a Efe"), never the Portuguese article of the subject ("», informou
a Metro do Porto"; h-speakers65)."""


_ARTICLE_OPENING = re.compile(r"(?:el|els|los|las|il|lo|gli|os|as|o)[ \xa0]+(?=[a-zà-ÿñ])")
"""A Spanish or Italian definite article the French ones lack ("el", "los", "las"; "il",
"lo", "gli"; Catalan "els": h-speakers67) before a lower-case noun: a determiner, never
part of a name ("el-Sissi" is hyphenated and capitalised; a French "il" before a
lower-case word is a pronoun, which is never a speaker's text: the incise gives the
pronoun's speaker, never "il …")."""


def without_romance_article(speaker: str, start: int) -> tuple[str, int]:
    """A Spanish or Italian description without its definite article ("el alcalde" →
    "alcalde"), as French ones are named ("a dit le maire" → "maire"), and its new
    start."""
    opening = _ARTICLE_OPENING.match(speaker)
    if opening is None or start < 0:
        return speaker, start
    return speaker[opening.end():], start + opening.end()
