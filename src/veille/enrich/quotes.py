"""Direct quotes and their speakers (rule-based, French first, English forms too).

Quoted spans are found between « », “ ”, „ “ and straight double quotes, within one
paragraph. The speaker comes from, in this order:

1. an incise after the quote: ``», a annoncé mardi le département d'Etat`` (the words after
   the speech verb, time words skipped), ``", said X"``, ``", X said"``; an inverted pronoun
   (``a-t-il ajouté``, ``poursuit-elle``) points back to the previous speaker;
2. an introduction before it in the sentence: ``X a déclaré : «``, ``selon X, «``,
   ``le renseignement américain selon lequel l'EI «``, ``according to X``,
   ``X said: "``;
3. a possessive and a noun of saying ("ses sorties sur la « … »": the possessor), a
   passive agent before the quote ("attribuée par X à une « … »");
4. another quote of the same sentence (the fragments of one statement share a speaker);
5. a question of the author's right before it (an interview's answer): the interviewee,
   found as for a pronoun before the question.

A pronoun is the last name in subject position since the previous speaker, else the
description subject of the sentence before ("Le maire … . Il a déclaré"), else an earlier
speaker of its gender; a plural one two coordinated people or a plural subject, never one
person. An anaphoric description ("La responsable écologiste a souligné", "ces derniers")
is the person or group it refers back to; a role description ("a ajouté le ministre")
is the person introduced with that role (:mod:`veille.enrich.quotes_refs`). English:
"said X", "X said", "the minister said", "she added". A quoted line with no final
punctuation is a subheading.

Fragments of one sentence with one speaker become one quote (``parts`` holds each span).
A short quote (fewer than ``MIN_WORDS`` words) with no speaker is a scare quote ("un
"moment-clé""), not a quote. Pure functions; :func:`find_quotes` never raises on any text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from veille.enrich.age_nouns import age_disagrees, age_noun, aged_referent
from veille.enrich.apposed_names import apposed_person, with_source_noun
from veille.enrich.arabic_forms import is_arabic
from veille.enrich.arabic_speakers import arabic_speaker, arabic_speaker_after
from veille.enrich.catalan_past import as_compound_past
from veille.enrich.cyrillic_forms import is_cyrillic
from veille.enrich.dialogue_dashes import as_comma_incises, continuations
from veille.enrich.document_holders import without_document_holders
from veille.enrich.document_sources import document_source
from veille.enrich.english_descriptions import described_person
from veille.enrich.english_referents import indefinite_person, noun_gender
from veille.enrich.evidence import ORGANISATION_NOUNS
from veille.enrich.gender import given_name_gender, mention_gender
from veille.enrich.german_speech import (
    GERMAN_SPEECH_FORMS,
    PARTICLE_END,
    apposed_german_name,
    chevron_quote,
    so_incise,
    titled_german_name,
    without_article,
)
from veille.enrich.group_speakers import is_group, without_verb
from veille.enrich.law_texts import law_text
from veille.enrich.legal_charges import legal_charge
from veille.enrich.lexicon import french
from veille.enrich.name_particles import name_word_at, particle_led_surname
from veille.enrich.nicknames import NAME_WORD as _NICK_NAME_WORD
from veille.enrich.nicknames import original_offset, without_nicknames
from veille.enrich.plural_speakers import coordinated_second
from veille.enrich.quote_terms import names_a_thing
from veille.enrich.quotes_guards import (
    before_english_verb,
    colon_incise,
    common_noun,
    demonym_referent,
    dislocated_subject,
    nationality_noun,
    office_holder,
    reporting_agency,
    role_subject_apposition,
    surname_named_before,
    within,
)
from veille.enrich.quotes_headline import heading_line, in_headline, without_kicker
from veille.enrich.quotes_refs import (
    DEFENDANT_NOUNS,
    GENERIC_PERSON_NOUNS,
    LEADING_WORDS,
    MAX_ROLE_CHARS,
    PARTY_SIDES,
    STANDS_FOR,
    Introduction,
    introductions,
    is_body,
    is_person_noun,
    resolve_role,
    roles_stood_for,
)
from veille.enrich.quotes_sources import introduced_source, issuer
from veille.enrich.quotes_titles import (
    ROLE_NOUNS,
    body_head,
    titled_incise,
    titled_name,
    titled_subject,
)
from veille.enrich.romance_speech import (
    NOT_PORTUGUESE_FORMS,
    ROMANCE_SPEECH_FORMS,
    without_romance_article,
)
from veille.enrich.romance_subjects import as_french_shapes
from veille.enrich.russian_speech import according_to, colon_introduction, dash_incise
from veille.enrich.speaker_adjuncts import without_adjunct
from veille.enrich.speaker_agents import agent_of_act
from veille.enrich.speaker_bounds import drop_unsound_speaker
from veille.enrich.speaker_fronted import fronted_subject
from veille.enrich.speaker_listeners import without_body_article, without_listener
from veille.enrich.speaker_openers import absolute_participle_clause, english_participle_opener
from veille.enrich.speaker_postposed import (
    body_start,
    next_subject,
    person_mention,
    postposed_apposition,
    pronoun_gender,
    pronoun_incise,
    subject_apposed_before_verb,
)
from veille.enrich.street_names import street_shaped
from veille.enrich.subject_pronouns import SUBJECT_PRONOUNS, pronoun_reading
from veille.enrich.text import (
    TITLE_NOUNS,
    WORK_NOUNS,
    Sentence,
    fold,
    outside_markup,
    sentence_at,
    sentences,
    strip_leading,
)

PAIRS = {"«": "»", "“": "”", "„": "“", '"': '"'}
MAX_QUOTE_CHARS = 3000
PRONOUNS = SUBJECT_PRONOUNS
"""A speaker named by a pronoun is the previous speaker (of its gender: fr, en, de, es, it,
pt, :mod:`veille.enrich.subject_pronouns`)."""
MIN_WORDS = 4
"""An unattributed quote shorter than this is a scare quote, not reported speech."""

SPEECH_VERBS = (
    "ajout", "annonc", "affirm", "assur", "déclar", "dit", "disent", "estim", "expliqu",
    "indiqu", "précis", "soulign", "martel", "martèl", "confi", "lanc", "insist", "poursui",
    "prévenu", "prévient", "averti", "comment", "répond", "reconn", "regrett", "dénonc",
    "jug", "rappel", "écri", "tweet", "promi", "promet", "confirm", "racont", "témoign",
    "observ", "relev", "not", "conclu", "lâch", "plaid", "fait valoir", "interrog",
    "demand", "résum", "ironis", "tranch", "déplor", "fustig", "salu", "critiqu", "qualifi",
    "prévien", "menac", "insiste", "avertit", "soutienn", "soutient", "révél", "évoqu",
    "dénonç", "invit", "réclam", "exig", "suggér", "admet", "admis", "concéd", "accus",
    "démen", "décri", "considèr", "rétorqu", "répliqu", "avou", "développ", "modèr",
    "suppute", "souhait", "espèr", "propos", "nie", "nié", "raill", "s'emport", "s'insurg",
    "s'indign", "s'inquièt", "s'inquiét", "s'alarm", "s'étonn", "s'interrog", "félicit", "nuanc",
    "s'amus",
    # verbs of stance that introduce the words they judge ("Washington a condamné
    # « … »"); in the passive or with a sentence's "à"/"pour" a court's, see _sentenced
    "condamn",
    # the "-cer" verbs write "ç" before "a" and "o" ("annonçait", "menaçait"; "dénonç"
    # above): the same stems with their cedilla
    "annonç", "menaç", "lanç", "nuanç",
    "titr", "renchér", "exult", "craint", "craign", "prédi", "espér", "râl", "gliss", "plaisant",
    "défend", "reproch", "préven", "réjou", "répét", "répèt", "réitér",
    # "gloser (sur)" (Larousse: "faire des commentaires, souvent malveillants, sur
    # quelqu'un, quelque chose"): commenting is saying ("les pro-kerviel, qui glosent sur
    # le thème « … »", rpm2 A; r-quotes60)
    "glos",
    # "appeler à", "exhorter à" (the verb, never the noun "un appel")
    "appelé", "appelle", "appela", "appelai", "appeler", "appelons", "exhort",
    # the school grammar's "verbes de parole" (espacefrancais.com, "Les verbes de parole",
    # by the sentence they introduce: declarative, interrogative, exclamative, answer,
    # injunctive, the speaker's mood; Maingueneau 2012 for "accuser", "s'indigner"), less
    # those whose stem is mostly another word in the news ("reprendre", "apprendre",
    # "repartir", "commander", "conseiller", "crier", "tonner", "gronder", "tempêter",
    # "informer", "prier", "supplier", "intimer", "sommer", "grogner", "se moquer") and the
    # verbs of thinking ("penser", "songer", "réfléchir")
    "dévoil", "questionn", "s'enqu", "s'écri", "s'exclam", "récri", "ripost", "ordonn",
    "recommand", "marmonn", "bougonn", "grommel", "maugré", "bredouill", "chuchot",
    "murmur", "susurr", "hurl", "vocifér", "vocifèr", "s'esclaff", "rican", "implor",
    "s'émerveill",
    # disagreement, the group of the school grammars' lists of "verbes de parole" by meaning
    # ("accuser, contester, contredire, démentir, nier, objecter, protester"; "protester" is
    # their example of an intransitive verb introducing direct speech): those the list
    # lacked ("objecter" by its forms, not "objectif")
    "protest", "contest", "contredi", "objecte", "objecta", "objecté",
    # the verb of speech itself ("parler de « … »": the words the subject used; Larousse,
    # "parler": exprimer sa pensée par la parole) and the verbs of the voice's intensity of
    # the school lists (MaxiCours, "Les verbes introducteurs de paroles": "déclarer,
    # s'exclamer, proclamer"); "scander" (Larousse: prononcer en détachant les syllabes,
    # "scander des slogans") by its forms in VERB_FORMS, never "scandale", and in the
    # active only: "scandé" after "avoir" agrees with no object placed after it,
    # "des « … » scandés par la foule" names the chant, not who chanted it
    "parl", "proclam",
    # "réagir" (Larousse: répondre à une action, à un événement par une attitude, des
    # paroles), the press's verb of a reaction in words ("», a-t-il réagi sur X"); no noun
    # shares its stem ("réaction" has none of its letters after "réa")
    "réag",
    # verbs giving reasons ("justifier, motiver une décision par des arguments", Larousse:
    # "prouver le bien-fondé de quelque chose par des arguments"; "X a justifié ce choix
    # par « … »" gives X's words; newuser16a H6)
    "justifi", "motiv",
    "said", "says", "say", "told", "tell", "added", "adds", "noted", "explained", "stated",
    "announced", "wrote", "writes", "asked", "warned", "argued", "insisted", "claimed",
    "declared", "continued", "replied", "tweeted", "according",
    # English reporting verbs of the "say" pattern (verb + (that) clause) in the grammars'
    # lists of reporting verbs (e.g. GCF Global, "Reporting speech verbs": admitted,
    # agreed, claimed, complained, confirmed, denied, mentioned, promised, suggested …;
    # "concede" among the stance verbs), those the list lacked
    "admitted", "admits", "conceded", "concedes", "acknowledged", "acknowledges",
    "complained", "complains", "denied", "denies", "mentioned", "suggested", "agreed",
    "promised", "stressed", "predicted",
    # repeating what one said ('"…," repeated the council's finance chief X'; the
    # grammars' reporting verbs "repeat", "reiterate", "reaffirm"; r-quotes60)
    "repeated", "reiterated", "reaffirmed")
_VERB = re.compile(r"(?i)^(?:" + "|".join(re.escape(v) for v in SPEECH_VERBS) + r")\w*"
                   r"(?<!ement)(?<!ements)(?<!amment)(?<!emment)(?<!tion)(?<!tions)(?<!eur)(?<!eurs)(?<!ance)"
                   r"(?<!ances)(?<!aire)(?<!aires)(?<!ront)(?<!notre)(?<!comment)"
                   r"(?<!justifier)(?<!motiver)$")
"""A speech verb: a stem of ``SPEECH_VERBS`` and a verb's ending (not a noun or adverb of
the same stem: "lancement", "assurance", "notamment", nor a future: "assureront"; nor the
infinitive of a verb giving reasons: "Pour se justifier, X a émis …")."""


VERB_FORMS = frozenset({"lit", "lit-on", "peut-on", "pouvait-on", "voit", "voient", "disait",
                        # the pronominal verbs of complaint in an incise ("», se désole son
                        # gérant, X"; Larousse "se désoler": exprimer son chagrin, "se
                        # lamenter": exprimer ses plaintes; t-final63 #10), by their finite
                        # forms: not "désolé", "lamentable" (adjectives)
                        "désole", "désolent", "désolait", "désolaient", "désola",
                        "lamente", "lamentent", "lamentait", "lamentaient", "lamenta",
                        "crié", "criée", "criés", "criées", "crie", "crient", "criait",
                        "criaient", "cria", "crièrent",
                        "disaient", "dira", "diront", "dirait", "diraient",
                        "scande", "scandent", "scandait", "scandaient", "scandé", "scander",
                        "scandant", "scanda", "scandèrent", "scandons",
                        "argue", "arguent", "arguait", "arguaient", "argué", "arguée",
                        "argua", "arguèrent"}) | GERMAN_SPEECH_FORMS \
    | ROMANCE_SPEECH_FORMS
"""Speech verbs whose stem would match other words ("voit" but not "voiture"): exact forms
(press reviews: "lit-on", "peut-on lire", "Le Monde voit en lui « … »"; "crier", whose
stem begins "crise" and "critique", by its forms: "lui a crié « Sortez ! »"; "arguer",
to put forward as an argument, Larousse: "« … », argue le conseiller", whose stem begins
"argument": r-quotes59)."""


_ITERATIVE = re.compile(r"(?i)^(?:ré(?=[aeiouéèê])|r(?=a)|re(?=[^aeiouéèêsr\W]))")
"""The iterative prefix ("réaffirmer", "rassurer", "rajouter", "redire", "relancer"):
re-, ré- before a vowel, r- before a (Grevisse § 172, préfixe re-)."""


_ANC_VERB = re.compile(r"(?i)^(?:" + "|".join(v for v in SPEECH_VERBS if v.endswith("anc"))
                       + r")(?:e|es|ent)$")
"""The present of a stem ending in -anc ("lance", "nuance"): the verb's own ending, not
the noun suffix -ance that ``_VERB`` excludes ("assurance")."""


def _is_verb(token: str) -> bool:
    """Whether ``token`` is a speech verb: a stem of ``SPEECH_VERBS`` with a verb's ending,
    an exact form of ``VERB_FORMS``, or either after the iterative prefix ("a réaffirmé",
    "a rassuré", "a redit"), or an infinitive after an elided "de" ("continué d'accuser":
    the preposition is written in one token with it)."""
    token = token.replace("’", "'")
    if re.match(r"(?i)d'\w+(?:er|ir|re)$", token):
        token = token[2:]
    if token.lower() in VERB_FORMS or _VERB.match(token) is not None or \
            _ANC_VERB.match(token) is not None:
        return True
    prefix = _ITERATIVE.match(token)
    # not "relance" (the noun of "le plan de relance" far more often than the verb)
    return prefix is not None and _VERB.match(token[prefix.end():]) is not None
_ON_PLACE = re.compile(
    r"(?i)\s+(?:lire\s+)?(?:au sein d(?:e|u|es)|dans l['’]entourage d(?:e|u|es)|à|au|aux|"
    r"dans|chez|sur|parmi|du côté d(?:e|u|es)|auprès d(?:e|u|es)|de(?=\s+sources?\b))\s+")
"""Where an impersonal "on" speaks from: "dit-on à l'Élysée", "lit-on sur la première page
du Diario de Noticias", "explique-t-on dans son équipe" (the speaker is that place/group),
"indique-t-on de source judiciaire" (the source: newuser16a H1, never the previous
speaker)."""
_INVERTED = re.compile(r"(?i)-(?:t-)?(il|elle|ils|elles|on)\b")
_SKIP = re.compile(
    # a demonstrative time phrase is one time word ("a estimé ce jeudi le secrétaire
    # général": "ce" is no determiner of a subject; Grevisse § 617, the demonstrative of
    # time, "ce matin", "cette semaine")
    r"(?i)^(?:(?:ce|cet|cette)\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"matin|midi|soir|après-midi|week-end|semaine|mois|printemps|été|automne|hiver)\b"
    r"(?:\s+(?:matin|midi|soir|après-midi)\b)?)|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|encore|aussi|"
    r"également|ensuite|alors|aujourd'hui|soir|matin|déjà|enfin|plus tard|"
    # a connective adverb between the verb and its inverted subject ("», estime toutefois
    # la banque centrale": Grevisse § 1001, the adverb after the verb; f-speakers27)
    r"toutefois|cependant|pourtant|néanmoins|en revanche|au contraire|d['’]ailleurs|"
    r"de (?:son|leur) côté|pour (?:sa|leur) part|à (?:son|leur) tour|quant à (?:lui|elle|eux)|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|also|"
    r"then|later|on)\b\s*")
_TIME_ADJUNCT = (
    r"\s(?:(?:la|le|l['’])\s*(?:semaine|mois|année|an|week-end|nuit|matinée|soirée|veille|"
    r"lendemain)\s+(?:dernier|dernière|passé|passée|précédent|précédente|prochain|prochaine)|"
    r"(?:cette|ce|cet)\s+(?:semaine|mois|année|week-end|nuit|année-là|jour-là)|"
    r"la\s+veille|le\s+lendemain|il\s+y\s+a\s+\w+|"
    r"(?:le|ce)\s+\d{1,2}(?:er)?\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|"
    r"septembre|octobre|novembre|décembre)|last\s+(?:week|month|year)|this\s+(?:week|month|year))"
    r"\b")
"""A time adjunct that ends the noun phrase before it: "la semaine dernière", "cette
année", "le 12 mars", "il y a deux jours" (never part of a speaker's name or title)."""
_NP_END = re.compile(
    r"(?i)[,.;:!?()«»\"“”„\n]|\s(?:dans|lors|devant|sur|auprès|à|au|aux|après|avant|"
    # German prepositions opening the verb's adjuncts ("sagte X am Dienstag", "bei der
    # Präsentation"; f-speakers33)
    r"am|im|bei|beim|zum|zur|gegenüber|während|nach|"
    # Spanish and Italian ones ("», afirmó el alcalde tras la firma", "», ha detto il
    # sindaco durante la seduta"; t-final50 A8)
    r"tras|durante|ante|desde|según|dopo|prima|davanti|presso|secondo|nel|nella|entro|"
    r"pour|en|qui|que|face à|malgré|contre|depuis|envers|parmi|in|on|at|to|after|before|who|"
    r"when|while|during)\s|"
    # a time chunk after the name ("», titre Le Figaro ce matin")
    r"\s(?:ce\s+(?:matin|soir|midi)|cet\s+après-midi|hier|aujourd'hui|lundi|mardi|mercredi|"
    r"jeudi|vendredi|samedi|dimanche|yesterday|today)\b|"
    # a time adjunct after an inverted subject ("», a déclaré Pierre Martin la semaine
    # dernière", "sa présidente Christine Lagarde le mois dernier à Francfort"): the
    # subject ends where it starts (Grevisse § 394: the complement follows the subject)
    + _TIME_ADJUNCT)
_ABBREVIATION = re.compile(r"(?:^|\s)(?:M|Mme|Mmes|MM|Mlle|Me|Dr|Pr|Mgr|St|Ste|Mr|Mrs|Ms|"
                           r"Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|"
                           r"[A-ZÀ-Ý]|(?:[A-Z]\.)+[A-Z])$")
"""A title or an initial before its period: the name goes on ("M. Bertrand"); so does an
abbreviation of initials ("U.S. District Judge X said", t-enrich23 E13) and an English
title abbreviated before a name ("said Sen. Josh Hawley": the AP Stylebook, "titles",
abbreviates Sen., Rep., Gov., Gen. before a full name; f-speakers27)."""
_BREAK = re.compile(r"[.!?]\s|\n")
_SELON = re.compile(r"(?i)(?:\b(?:selon|d'après|according to)|(?<!\w)à en croire)\s+")
"""A source locution: "selon X", "d'après X", "à en croire X" ("à en croire X": "if X is to
be believed", i.e. according to X, Le Petit Robert, "croire")."""
_SELON_REL = re.compile(
    r"(?i)\b(?:selon|d'après)\s+(?:lequel|laquelle|lesquels|lesquelles|qui)\b")
_POUR_REL = re.compile(
    r"(?i),\s*pour\s+(?:qui|lequel|laquelle|lesquels|lesquelles)\s*,?\s*$")
"""``…, rappelle l'historien X, pour qui « … »``: the relative's antecedent holds the
view, as after "selon qui" (newuser14a E3)."""
_POUR = re.compile(
    r"(?:^|[.;]\s+)\s*Pour\s+((?:[A-ZÀ-Ý]|l'|l’|la |le |les )[^,;:]{1,80}?|"
    r"(?:lui|elle|eux|elles)(?=\s*,))\s*[,:]\s*$")
"""``Pour Jérémie Zimmermann, « … »``: the person the sentence speaks for; ``Pour lui,
« … »``: the one a pronoun points back to."""
_POUR_OPENING = re.compile(
    r"\s*Pour\s+((?:[A-ZÀ-Ý]|l'|l’|la |le |les )[^,;:«»\d]{1,80}?|"
    r"(?:lui|elle|eux|elles)(?=\s*,))\s*,(?=[^«»“”\"]*$)")
"""``Pour l'organisation, l'usage … prouve qu'il existe « … »``: a sentence opened by
"Pour X," speaks for X wherever its quote stands."""
_INTRO_END = re.compile(r"(?i)(?:\s+\w+(?:ment)?|\s*,[^,«»“”\"]{1,30},|\s+pour (?:sa|leur) part)?"
                        r"\s*(?::|,|\bque|\bqu['’](?:il|elle|ils|elles|on|en|un|une)|\bthat)?\s*")
"""What may stand between a speech verb and the quote: an adverb, a colon, "que"."""
_SUBJECT_TAIL = re.compile(
    r"(?i)\s*(?:\b(?:a|ont|avait|avaient|s['’]est|se sont|s['’]était|s['’]étaient|has|"
    r"have|had|will|is|was|de son côté|"
    r"pour sa part|cependant|également|aussi|alors|donc|encore|déjà|notamment|"
    r"pour sa part)|[,\s])\s*$")
"""Auxiliaries, pronouns and adverbs between a subject and its verb."""
_PARTICLE = (r"(?:(?:al|el|ad|ar|as|ash|ben|bin|ibn|bou|abou|abu|de la|de las|de los|de|da|"
             r"dal|dalla|della|dello|degli|dei|del|di|do|dos|das|du|"
             r"van|von|der|den|ter|zu)[- ]|d['’])")
"""Particles inside a person's name ("Rami Abd al-Rahman", "Ursula von der Leyen"; the
Spanish, Portuguese and Italian ones t-final61 #1 cut off: "Juan Carlos de la Cruz",
"Gian Luca dalla Costa", "Ana das Neves")."""
_NAME_WORD = _PARTICLE + r"*[A-ZÀ-Ý][\w'’-]+"
_PERSON = re.compile(
    r"^(?:M\.\s*|Mme\s+|Dr\s+)?[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[a-zà-ÿ]{2,})?(?:[- ]" + _NAME_WORD
    + r")+$")
"""A person's name: "Gérald Karsenti", "Mme Fatou Bensouda", "Jean-Luc Mélenchon",
"Rami Abd al-Rahman", "Chems-eddine Hafiz" (a compound Arabic given name written with a
small letter after its hyphen, newuser17a H5)."""
_ADDRESSEE = re.compile(
    r"(?i)^(?:à|au|aux|auprès d(?:e|u|es|['’])|devant|face\s+(?:à|aux?)|to)\b\s*"
    r"(?:l['’]|la\s|le\s|les\s|des\s|quelques\s)?[\w.&-]+\s+"
    r"(?=(?:[A-ZÀ-Ý]|(?:le|la|les|l['’]|son|sa|ses|leur|un|une)\b))")
"""Whom an incise's verb speaks to ("a expliqué à l'AFP Gilles-Éric Séralini", "a déclaré
à Reuters le ministre", "a défendu devant la presse le maire"): the speaker is who
follows, not the addressee."""
_REPORTING_QUE = re.compile(r"(?i)\s*(?:\w+ment\s+)?(?:que\b|qu['’]|that\b|(?=(?:it|he|she|they|we)"
                            r"\s+(?:had|has|have|was|were|is|are|would|will|could|\w+ed)\b))")
"""A speech verb opening a reported clause ("a assuré que …"; in English "said that …" or,
with "that" left out, "said it had …": the zero that-clause, Quirk et al. 1985 § 15.3)."""
_THINKING = re.compile(r"(?i)pens(?:e|es|ent|ons|ez|ait|aient|é|ée|a|èrent|era|eront|"
                       r"erait|eraient)")
"""The verb of thinking "penser" by its forms (not "pensée", "pension"): outside
``SPEECH_VERBS`` (it does not report words), but with a reported clause ("X pense que
« … »", :data:`_REPORTING_QUE`) it gives the subject's stated opinion, as "estimer que",
"juger que" and "considérer que" do (Riegel, Pellat & Rioul, the verbs of opinion that
introduce indirect discourse)."""
_CLITIC_END = re.compile(r"(?i)(?:^|\s)(?:se|s['’]|me|te|nous|vous|lui|leur|y|en|ne|n['’])$")
"""A speaker cannot end with a clitic pronoun ("les opérations se" is a verb's subject
inside a reported clause, not a speaker)."""
_OPENING_ADVERB = (
    r"(?i:después|luego|más tarde|entonces|además|asimismo|por su parte|ayer|hoy|"
    r"poi|dopo|più tardi|inoltre|ieri|oggi|quindi|"
    r"depois|mais tarde|então|além disso|ontem|hoje|"
    r"danach|später|dann|außerdem|gestern|heute|"
    r"then|later|afterwards|meanwhile|yesterday|today)")
"""Spanish, Italian, Portuguese, German and English sentence adverbs of time and discourse
("Después, ella afirmó: «", "Poi, lui ha detto", "Depois, ela explicou", "Danach sagte
er"): capitalised at a sentence's start, never a speaker nor a pronoun's antecedent
(r-quotes58: "Después" was taken for the last person named before "ella")."""
_ADVERBIAL = re.compile(
    r"(?i)^(?:de son côté|de leur côté|côté\b|pour sa part|pour terminer|en effet|par ailleurs|"
    r"en outre|de plus|hier|aujourd'hui|ce matin|ce soir|cette semaine|"
    r"plus (?:loin|tard|tôt|bas|haut)\b|ensuite\b|encore\b|"
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b|"
    r"(?:de|du|des|pour|en|à|au|aux|dans|après|avant|depuis|malgré|lors|face|selon|sur|sous|avec|"
    r"pendant|durant|parmi|outre|devant|derrière|chez|contre|entre|vers|près|auprès|sans|"
    r"hors|même si|si|quand|lorsque|lorsqu|tandis que|tandis qu|"
    r"alors que|alors qu|bien que|bien qu|puisque|puisqu|parce que|parce qu|dès|"
    r"in|at|after|before|during|with|from|by|under|despite|while|when|although|because)"
    r"\b|"
    # the Portuguese, Spanish and Italian prepositions (and their contractions with the
    # article) opening an adverbial before a lower-case word ("Em comunicado, a empresa
    # afirmou", "Na quinta-feira, o ministro disse", "Nel pomeriggio, il sindaco ha
    # detto"; t-final63 #10): a capitalised word after them may be a name ("Na Li")
    r"(?:em|no|na|nos|nas|num|numa|segundo|após|según|tras|nel|nella|nei|negli|secondo|"
    r"dopo)\s+(?-i:[a-zà-ÿ0-9])|" + _OPENING_ADVERB + "$)")
"""Chunks that open a sentence without naming anyone ("De son côté", "Pour terminer", "In a
statement", "Au passage", "Plus loin encore": adverbials of place, time and discourse, and
any chunk opening with a preposition, "au"/"aux" included as the contracted "à le"/"à les",
Grevisse § 579; "côté" used as a preposition, "Côté italien, le maire … a regretté",
Larousse "côté": "côté cuisine", t-final50 A7)."""
_UNACCENTED_A = re.compile(r"A[ \xa0]+(?:l['’]|la[ \xa0]|les?[ \xa0]|aux?[ \xa0]|[A-ZÀ-Ý])")
"""A chunk opening with the preposition "à" written as an unaccented capital ("A
l'Assemblée nationale, le premier ministre a défendu", "A Matignon, la porte-parole a
jugé"): French house styles that drop accents on capitals (Le Monde's among them; the
Académie française recommends keeping them) write "À" so, and the chunk is an adverbial of
place like any other opening with "à" (t-final59 #2a: the speaker was "A l'Assemblée
nationale"). Read so only before another chunk: a lone "A" chunk may be the English
article ("A spokesman said")."""
_CLITIC_VERB = re.compile(
    r"(?i)(\s*(?:un|une|le|la|les|son|sa|ses|leur|leurs|ce|cet|cette|ces)\s+"
    r"(?!(?:qui|que|ne|dont)\b)[\w-]+"
    r"(?:\s+(?!(?:de|du|des|à|au|aux|par|pour|sur|dans|en|avec|et|ou|qui|que|ne|n)\b)"
    r"[a-zà-ÿ-]+)?)"
    r"\s+(?-i:(?:la|le|les|lui|leur)\s+|l['’]\s*)(?!(?:plus|moins|mieux|même|premier|"
    r"première|seul|seule)\b)(?-i:[a-zà-ÿ])")
"""A noun phrase, an object pronoun and a verb ("Un proche la compare …", "Le maire lui
répond"): the subject is the noun phrase. The pronoun is a lower-case word of its own:
"Le ministre Pierre Lambert a déclaré" holds no "la" ("Lambert", "Leonetti" are names)."""
_PARTICIPLE_ASIDE = re.compile(
    r"^[A-ZÀ-Ý][a-zà-ÿ]*(?:é|ée|és|ées|oint|ointe|oints|ointes|is|ise|ises|isée|isées|u|ue|us|ues)\s+"
    r"(?:par|sur|à|au|aux|dans|en|au sujet|à propos)\b")
"""A past participle opening an aside before the subject ("Contacté par lefigaro.fr,",
"Joint par téléphone,", "Interrogée sur ce point,"): it describes the subject that
follows (Grevisse § 333, the detached participle), it names no one."""
_ABSOLUTE_MANNER = re.compile(
    r"(?i)(?:l['’]air|le visage|la voix|le regard|les yeux|le sourire|la mine|le ton|"
    r"la tête|le poing|les larmes|le front|les traits|la gorge|the voice|his voice|her voice)"
    r"\s+[a-zà-ÿ]")
"""An absolute noun phrase of manner opening a sentence ("L'air sombre au début de
l'exercice, l'ancienne rivale … a fait mention de …", "La voix brisée, la mère a
raconté", "Le sourire aux lèvres, le ministre a lancé"): a body part or the bearing and
what qualifies it, detached before the subject (Grevisse § 256, the absolute
construction); it names no speaker (r-quotes59: "air sombre au début de l'exercice" was
the speaker)."""
_DETACHED_PARTICIPLE = re.compile(
    r"^[A-ZÀ-Ý][a-zà-ÿ]{3,}(?:é|ée|és|ées)\s+(?!(?:de|du|des|d['’])\b)[a-zà-ÿ]")
"""Any past participle opening a sentence's first chunk, a lower-case word after it that
is no noun complement ("Lancée ce jour-là,", "Élu en 2007,", not "Université de Lyon"):
a detached participle, describing the subject that follows (Grevisse § 333), no subject
itself."""
_CONTRACTED_ANTECEDENT = re.compile(r"(?i)\b(?:au|aux)\s+([^\W\d][^,;:()]*?)\s*,?\s*$")
"""A noun phrase after a contracted dative article ending the words before "qui" ("Que
répondez-vous au patronat, qui"); "du", "des" open a complement ("le vainqueur du Tour de
France, qui": the head noun is the antecedent)."""


_NOUN_THEN_WORD = re.compile(
    r"(?i)(\s*(?:un|une|le|la|les|son|sa|ses|leur|leurs|ce|cet|cette|ces)\s+"
    r"(?!(?:qui|que|ne|dont)\b)[\w-]+(?:\s+(?!(?:qui|que|ne|n|dont)\b)(?-i:[a-zà-ÿ-]+))?)"
    r"\s+(?-i:([a-zà-ÿ]+))\s+"
    r"(?:le|la|les|l['’]|un|une|des|du|leur|leurs|son|sa|ses|ce|cette|ces)(?=[\s\w])")


def _verb_and_object(chunk: str) -> re.Match[str] | None:
    """A noun phrase, a finite verb and its object's determiner ("Les syndicats énumèrent
    leurs griefs"): the subject is the noun phrase (group 1), as with an object clitic
    (``_CLITIC_VERB``); the verb is a verb form not shaped as a participle."""
    match = _NOUN_THEN_WORD.match(chunk)
    return match if match is not None and _finite_inside("x " + match.group(2)) else None


def _lone_participle(chunk: str) -> bool:
    """Whether a comma chunk is one past participle alone ("Contactée,", "Sollicité,",
    "Joints,"): a detached participle describing the subject after it (Grevisse § 333),
    no name (newuser14a E3); the lexicon tells it from a name ("Renée" is no verb form).
    A feminine or plural form the lexicon files under a noun or adjective lemma
    ("Invitée" → "invité") is asked again as its masculine singular ("Invité" →
    "inviter"): the agreement endings -e, -s, -es change no participle into a noun
    (verify18b V17: "Invitée de BFMTV, la ministre …, X, a regretté" made the channel
    the speaker)."""
    if re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:ée?s?|ie?s?|ue?s?|inte?s?|ite?s?)", chunk) is None:
        return False
    masculine = re.sub(r"(?<=[éiu])(?:es|e|s)$", "", chunk)
    return french().is_verb_form(chunk) or (
        masculine != chunk and french().is_verb_form(masculine))


def _participle_opener(chunk: str) -> bool:
    """Whether a comma chunk is a detached past participle clause: its first word a past
    participle (:func:`_lone_participle`, any case), alone or with its complements
    ("Interrogée", "Interrogée après la rencontre", "jointe par téléphone"). It describes
    the subject of the clause it is detached from (Grevisse § 333) and names no one,
    whatever follows it (issue 16: "Interrogée," and "Interrogée après la rencontre :"
    taken as the speaker)."""
    words = re.findall(r"[^\W\d_]+", chunk.strip())
    return bool(words) and not (len(words) > 1 and words[1][:1].isupper()) and \
        _lone_participle(words[0][:1].upper() + words[0][1:])
    # (a capitalised word after it makes a name: "Renée Dupont", "René Martin")


_SUBORDINATE = re.compile(r"(?i)^(?:(?:même si|si|quand|lorsque|comme|puisque|car|et si)\b\s*"
                          r"|(?:lorsqu|puisqu)['’]\s*)(?=\w)")
"""A subordinating conjunction opening the clause right before a speech verb: the
verb's subject follows it ("Même si son cabinet reconnaît que …"); a whole word only
("Carole Delga", "Simon Roux", "Quandt" open with no conjunction: f-speakers23, the
speaker "ole Delga l'" cut three letters into the name)."""
_TRAILING_CLITICS = re.compile(r"(?:\s+(?:ne|n['’]))?\s+[ls]['’](?:\s*(?:en|y))?$")
"""An elided object or reflexive clitic (and a negation before it) ending the words
before a verb: "Carole Delga l'", "Le maire s'en", "Le préfet ne l'" (Grevisse § 682, the
conjoint pronouns stand between subject and verb). The full forms ("se", "le") are left
to the rules that read a reported clause ("que les opérations se poursuivraient")."""
_OPENER = re.compile(r"(?i)^(?:mais|ainsi|cependant|pourtant|enfin|toutefois|néanmoins|"
                     r"puis|ensuite|"
                     r"alors|et|or|donc|(?:ce\s+)?à\s+quoi)(?:\s+|$)")
"""A conjunction or adverb opening a chunk before the subject; also the relative "(ce) à
quoi" taking up the sentence before ("Ce à quoi la ministre a répondu :": the ministre
answers, Grevisse § 717), never a noun phrase of its own."""
_AUX = re.compile(r"\s(?:a|ont|avait|avaient|est|sont|était|étaient|has|have|had|was|were)\s")
_DETERMINER = re.compile(r"(?i)\b(?:le|la|les|l'|un|une|des|du|the)\s*(?=[\w])")
_PORTUGUESE_WORDS = r"\b(?i:em|no|na|nos|nas|num|numa|do|da|dos|das|ao|aos|um|uma|pelo|pela)\b"
"""Portuguese prepositions, contractions and articles French never writes as words: a
subject holding one is Portuguese, and its "a" is the feminine article, not "avoir"."""
_COORDINATED_TAIL = re.compile(r"(?:^|[\s,])(?:et|puis|mais|and|then)\s*$")
"""A coordinating conjunction closing the words before a predicate's auxiliary: that
predicate is coordinated with an earlier one of the same subject ("X a annoncé … et a
promis")."""
_WORDS = re.compile(r"\w+")
MAX_INTRO_GAP = 160
"""Most characters between a speech verb and the quote it introduces in one clause."""
_GAP_BREAK = re.compile(r"[«»“”\";!?]|\.\s|\n")
_TERM_BEFORE = re.compile(
    r"(?i)(?:\b(?:le|la|les|l|un|une|du|des|au|aux|son|sa|ses|leur|leurs|ce|cette|"
    r"intitulée?s?|baptisée?s?|surnommée?s?|alias|appelée?s?|nommée?s?|titre|slogan|"
    r"formule|expression|hashtag|groupe|comité|t-shirt|loi|film|livre|roman|émission|"
    r"album|chanson|journal|magazine|opération|plan|programme|campagne)|(?<![Qq]u)['’])\s*$")
"""Words before an unattributed quote that make it a name or a term ("le « Nid
d'oiseau »", "intitulé « la vraie histoire de JK »"), not reported speech; an elided
"qu'" opens a reported clause, no determiner ("considère qu'« aller trop loin »")."""
_WORK_BEFORE = re.compile(r"(?i)\bdans\s*$")
""""dans" right before a capitalised quote: a work or a paper ("qui l'avait dirigé dans
« Coup de torchon »"), a title, never words joined to a later fragment (newuser14a E4)."""
_NAMING_BEFORE = re.compile(
    r"(?i)(?<![\w'’])((?:[\w'’]+\s+){0,2})(?:intitulée?s?|baptisée?s?|surnommée?s?|appelée?s?|"
    r"nommée?s?|alias)(?:\s+(?:aussi|également|parfois|souvent|désormais|encore|même))?\s*$")
"""A naming participle just before a quote ("la purge, appelée aussi « … »", "le
stade, surnommé « … »"): the quote is a name, never reported speech, whatever follows
it; not after "avoir" ("X l'a nommé « … »", "X avait appelé Y « … »": X's words, the
active voice with its agent)."""
_NAME_WORD_BEFORE = re.compile(rf"(?<![\w'’.-]){_NICK_NAME_WORD}[ \t\u00a0]*[«“\"][ \t\u00a0]*$")
_NAME_WORD_AFTER = re.compile(rf"[ \t\u00a0]*[»”\"][ \t\u00a0]+{_NICK_NAME_WORD}(?![\w'’-])")


def _nickname(text: str, start: int, end: int) -> bool:
    """Whether the quoted ``text[start:end]`` is a nickname written inside a person's name:
    one to three capitalised words between a capitalised given name and a capitalised
    surname, spaces only around the quote marks (Kevin "Boxer" Moran, Jean-Pierre « Pépé »
    Castagnet; t-final34 A9: given as Moran's quote « Boxer »). A name, never speech."""
    inner = text[start:end].strip()
    words = inner.split()
    return 1 <= len(words) <= 3 and inner[:1].isupper() and \
        not any(c in inner for c in ".,;:!?") and \
        _NAME_WORD_BEFORE.search(text, max(0, start - 40), start) is not None and \
        _NAME_WORD_AFTER.match(text, end) is not None


_WORK_NOUN_BEFORE = re.compile(
    r"(?i)\b(?:" + "|".join((*WORK_NOUNS, "exposition", "movie", "book", "novel",
                             "documentary", "series", "song", "exhibition",
                             # a programme's or a publication's title (rpm2 E: "le
                             # nouveau magazine d'information dominical « Sept à huit »")
                             "magazine", "émission", "journal", "quotidien", "hebdomadaire",
                             "rubrique", "blog")) + r")s?"
    r"(?:\s+(?!(?:de|du|des|à|au|aux|en|et|ou|qui|que|of|by|and)\b)(?-i:[a-zà-ÿ][\w'’-]*)){0,2}"
    r"\s*[«“\"]?\s*$")
"""A noun of a work (film, novel, book, documentary, album, series, or their English)
right before a quote, up to two lower-case adjectives between ("le film philippin « … »",
"son nouveau roman « … »", "the documentary “…”"): the capitalised words in quotes are
the work's title, never reported speech, whoever the sentence names (newuser17a H9;
Lexique des règles typographiques en usage à l'Imprimerie nationale, titles of works)."""
_HAVE = re.compile(r"(?i)\b(?:a|ont|avait|avaient|aura|auront|avoir|ayant|eu)\b")
DOCUMENTS = frozenset({"texte", "communique", "document", "lettre", "message", "courrier",
                       "missive", "declaration", "tribune", "commentaire", "reponse",
                       "propos", "phrase", "formule", "mot"})
"""A speaker named by the document it speaks through ("ajoute le texte") is the previous
speaker (folded names; "ce commentaire", "ces propos": a determiner and a plural -s are
dropped before the lookup, see :func:`_is_document`)."""


def _is_document(speaker: str) -> bool:
    """Whether a speaker is only a document noun ("le communiqué", "ce commentaire"), not
    a name ("La Tribune", "Le Texte": a newspaper's title is capitalised)."""
    if re.match(r"(?:(?:[Ll]e|[Ll]a|[Ll]es|[Cc]e|[Cc]et|[Cc]ette|[Cc]es|[Ss]on|[Ss]a|[Ss]es|"
                r"[Ll]eur|[Ll]eurs|[Uu]n|[Uu]ne)\s+|[Ll]['’]\s*)?[A-ZÀ-Ý]", speaker) and \
            not re.match(r"(?:Ce|Cet|Cette|Ces|Son|Sa|Ses|Leur|Leurs|Un|Une|Le|La|Les|L['’])"
                         r"\s*[a-zà-ÿ]", speaker):
        return False
    head = re.sub(r"^(?:(?:ce|cet|cette|ces|le|la|les|son|sa|ses|leur|leurs|un|une)\s+|l')",
                  "", fold(speaker))
    return head in DOCUMENTS or (head.endswith("s") and head[:-1] in DOCUMENTS)
_TIME_CHUNK = re.compile(
    r"(?i)^(?:la semaine|le mois|l'an|l’an|l'année|(?:ce|cet|cette)\s+(?:lundi|mardi|mercredi|"
    r"jeudi|vendredi|samedi|dimanche|matin|midi|soir|après-midi|week-end|jour|journée|"
    r"matinée|soirée|nuit|semaine|mois|trimestre|année|an|printemps|été|automne|hiver|"
    r"saison|fois|moment|instant|soir-là|jour-là)\b|lors|dans la|"
    r"en fin|en début|"
    r"la veille|le lendemain|hier|aujourd|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche)\b|(?:semaine|mois|année|an|veille|lendemain|matin|soir)\b)|"
    r"(?<!\bce )(?<!cette )(?<!\bces )"  # "a déclaré ce dernier": the last one named
    r"\b(?:dernier|dernière|prochain|prochaine|passé|passée)$")
"""A chunk of time words before an incise's inverted subject ("», a déclaré ce jeudi, la
ministre"). A demonstrative opens one only before a noun of time (Grevisse § 617, the
demonstrative of time: "ce matin", "cette semaine", "cette fois"): "a témoigné ce salarié"
names the speaker, and reading it as time let the relative clause after it be taken for
the subject ("ce salarié, qui a requis l'anonymat", t-final28 F4)."""
_DATE = re.compile(
    r"(?i)^(?:le|la|les|l['’]|en|au|d[eè]s|depuis)?\s*(?:\d{1,2}(?:er)?\s+(?:janvier|février|"
    r"fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|"
    r"decembre)(?:\s+\d{4})?|\d{4})\b")
_TIME_NOUN = re.compile(
    r"(?i)^(?:le|la|l['’]|ce|cet|cette|dès|depuis)?\s*(?:même\s+|dernière\s+|dernier\s+)?"
    r"(?:lendemain|surlendemain|veille|avant-veille|matin|matinée|soir|soirée|nuit|jour|"
    r"journée|semaine|week-end|mois|année|an|hiver|été|printemps|automne|après-midi)\b")
_COORDINATED_VERB = re.compile(
    r"((?:(?i:le|la|les|l['’])\s*)?(?:[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)*|"
    r"[a-zà-ÿ][\w-]+(?:\s+(?:d['’]|de\s+la\s+|de\s+l['’]|de\s+|du\s+|des\s+|aux\s+|au\s+|"
    r"à\s+la\s+|à\s+l['’]|à\s+)\s*[\w'’-]+)*))"
    r"\s+[a-zà-ÿ][\w'’-]+(?:\s+[^,;:]{1,60}?)?\s+et$")
"""A subject, a first verb and its complement, then "et" before the speech verb: "le
secrétaire d'Etat aux Sports reprend le micro et (lance)", "Paul Martin se lève et"."""
_NAME_THEN_VERB = re.compile(
    r"((?:M\.\s*|Mme\s+)?[A-ZÀ-Ý][\w'’-]+(?:\s+" + r"(?:(?:de|du|van|von|le|la|d['’])\s*)?"
    r"[A-ZÀ-Ý][\w'’-]+)*)\s+(?:(?:a|ont|avait|avaient|est|sont|était|étaient|va|vient|se|ne)"
    r"\s|s['’]|n['’]|[a-zà-ÿ]+(?:ait|aient)\b|[a-zà-ÿ]{3,}(?:era|ira|rait)\b)")
"""A name and a finite verb after it (an auxiliary, an imperfect, a future or a
conditional ending: "Benoît XVI lançait un appel")."""


_CLAUSE_CHUNK = re.compile(
    r"(?:(?:le|la|les)\s+|l['’]\s*)?(?!(?:Un|Une|Le|La|Les|Des|Du|Ce|Cet|Cette|Ces|Son|Sa|"
    r"Ses|Leur|Leurs|Il|Elle|Ils|Elles|On|Nous|Vous)\b)[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)*\s+"
    r"(?!(?:de|du|des|et|ou|en|à|au|aux|pour|par|sur|sous|avec|dans|chez|contre|entre|"
    r"vers|depuis|selon|qui|que|dont)\b)[a-zà-ÿ]{3,}\s+"
    r"(?:le|la|les|l['’]|un|une|sa|son|ses|leur|leurs)(?=\s|\w)")
"""A comma chunk that is a clause: a name (with its article), a lower-case word that is no
preposition nor relative (its verb) and a determiner opening its object ("le Sénat
rejette l'article 2")."""


def _time_phrase(chunk: str) -> bool:
    """Whether a chunk opening a sentence is a time adverbial, no subject: a date ("Le 8
    juin 2006", "En 2007") or a time noun phrase ("Le lendemain", "La veille de sa
    libération encore", "Cette semaine")."""
    return _DATE.match(chunk) is not None or _TIME_NOUN.match(chunk) is not None \
        or _TIME_LATER.fullmatch(chunk.strip()) is not None


_TIME_LATER = re.compile(
    r"(?i)(?:peu|bien|juste|longtemps|quelques?\s+[a-zà-ÿ]+|(?:un|une|deux|trois|quatre|cinq|"
    r"six|sept|huit|neuf|dix|vingt|trente|\d+)\s+(?:[a-zà-ÿ]+\s+)?(?:secondes?|minutes?|"
    r"heures?|jours?|semaines?|mois|ans|années?|instants?|décennies?))"
    r"(?:\s+de\s+temps)?\s+(?:plus\s+tard|plus\s+tôt|après|auparavant|avant|"
    r"seulement\s+après)")
"""A time adverbial measured from the last event ("Quelques heures plus tard", "Deux jours
après", "Peu après", "Une heure plus tôt"): it opens a sentence as a time phrase, never
its subject (t-enrich21 E6)."""


_NOT_INCISE = frozenset(
    "en dans pour par sur sous avec sans et ou mais donc car qui que dont où le la les un "
    "une des du de à au aux ce cette ces son sa ses leur il elle on nous vous ils elles y ne "
    "pas plus puis alors selon après avant depuis contre vers chez entre comme si lors soit "
    "voire ni tout tous toute toutes même aussi très bien ici là dès jusqu jusque pendant "
    "durant malgré via parmi outre hors quand lorsque lorsqu tandis puisque quoique "
    "the an".split())  # "the", "an": English determiners; "quand", "tandis que": a
# subordinating conjunction opens a clause with its own subject and verb, which speaks
# for its own quote ("X salue « … », quand Y évoque « … »"), no incise
_INCISE_SUBJECT = re.compile(
    r"(?:[A-ZÀ-Ý]|(?:le|la|les|l['’]|son|sa|ses|leur|un|une|ce|cet|cette|ces)\b)")


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


_OPENING_STRAIGHT = re.compile(r'[\s(]"(?=\w)')
"""A straight quotation mark that opens: after a space or a parenthesis, before a word."""
_UNCLOSED_INCISE = re.compile(r",\s+(?:(?:a|ont|avait|avaient)\s+)?"
                              r"([\w'’]+(?:-(?:t-)?(?:il|elle|ils|elles|on)\b)?)")
"""An incise after words whose quotation mark is never closed: ", assure-t-il", ", a
déclaré …" (its word a speech verb)."""


MAX_CONTINUED_PARAGRAPHS = 2
"""Most paragraph breaks a quote opened with « spans when the paragraphs after the first do
not open with « again: a never-closed mark must not swallow the rest of the article."""


_DASH_INCISE = re.compile(
    r"(?:,|(?<=[?!…])(?=[ \xa0]+[a-zà-ÿ]))[ \xa0]+"
    r"(?:(?:(?:a|ont|avait|avaient)-t-(?:il|elle|on)|(?:ont|avaient)-(?:ils|elles))"
    r"[ \xa0]+([\w'’]+)|(?:(?:a|ont|avait|avaient)[ \xa0]+)?([\w'’]+)-(?:t-)?"
    r"(?:il|elle|ils|elles|on)\b|(?:(?:a|ont|avait|avaient)[ \xa0]+)?([\w'’]+)[ \xa0]+"
    r"(?=(?:le|la|l['’]|[A-ZÀ-Ý])))")
"""An incise in a dialogue turn: ", a-t-il assuré", ", lance-t-elle", ", a dit Paul
Roche" (its verb, one of the groups, must be a speech verb); after a question or an
exclamation mark the incise takes no comma and opens with a small letter ("— Vous étiez
à Riom ? a demandé la présidente X.", Grevisse § 378; t-enrich20 E15)."""


def _dialogue_turn(text: str, at: int) -> tuple[int, int] | None:
    """The words of a dialogue turn opened by a dash at ``at`` ("— Nous ne vendrons
    pas nos joueurs, a-t-il assuré."): French prints a dialogue's turns as paragraphs
    opening with a dash, in place of quotation marks (Lexique des règles typographiques
    en usage à l'Imprimerie nationale, "tiret"; Grevisse § 134; t-enrich19 E13). Only a
    dash opening its paragraph, followed by words and a speech verb's incise in the
    same paragraph: the turn is the words before the incise, whose speaker the incise
    gives like one after "»". None otherwise (a dash inside a sentence is an aside; a
    turn with no incise names no one)."""
    if at + 1 >= len(text) or text[at + 1].isspace() and text[at + 1] not in " \xa0" or \
            text[:at].rstrip(" \t\xa0")[-1:] not in ("", "\n"):
        return None
    paragraph_end = text.find("\n", at)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    for incise in _DASH_INCISE.finditer(text, at + 2, paragraph_end):
        verb = incise.group(1) or incise.group(2) or incise.group(3) or ""
        if not _is_verb(verb):
            continue
        words = text[at + 1:incise.start()]
        start = at + 1 + len(words) - len(words.lstrip())
        if start < incise.start() and not re.search(r"[«»“”\"]", text[start:incise.start()]):
            return start, incise.start()
        return None
    return None


def _continued_without_reopening(text: str, opening: int, closing: int) -> bool:
    """Whether the « at ``opening``, left open at its paragraph's end, is closed by the »
    at ``closing`` a few paragraphs later, those paragraphs not opening with « again (the
    Imprimerie nationale's rule opens each paragraph with « again; many outlets open only
    the first): no other « stands in between, at most ``MAX_CONTINUED_PARAGRAPHS`` breaks
    and ``MAX_QUOTE_CHARS`` characters (the caller's search bound)."""
    if text[opening] != "«" or closing <= opening + 1:
        return False
    inside = text[opening + 1:closing]
    return "«" not in inside and inside.count("\n\n") <= MAX_CONTINUED_PARAGRAPHS \
        and bool(inside.strip())


def _opens_paragraph(text: str, at: int) -> bool:
    """Whether the mark at ``at`` opens its paragraph (a blank line, then spaces, before
    it)."""
    return re.search(r"\n[ \t\xa0]*\n[ \t\xa0]*$", text[max(0, at - 12):at]) is not None


def _continuation_closing(text: str, opening: int, first: int) -> int:
    """The » closing the « at ``opening`` in the traditional French continuation, where
    each paragraph after the first opens with » ("« … ¶ » … ¶ » … », a-t-il conclu":
    Grevisse § 134, the guillemet repeated at the head of each paragraph of a quote;
    t-enrich19 E8): ``first`` is the first », opening a paragraph; the closing is the
    first » after it that opens no paragraph, with no « in between, within
    ``MAX_CONTINUED_PARAGRAPHS`` breaks and ``MAX_QUOTE_CHARS`` characters. -1 when there
    is none (a » opening a paragraph then closes nothing here)."""
    bound = min(len(text), opening + 1 + MAX_QUOTE_CHARS)
    at = first
    while at >= 0 and _opens_paragraph(text, at):
        at = text.find("»", at + 1, bound)
    if at < 0 or "«" in text[opening + 1:at] or \
            text.count("\n\n", opening, at) > MAX_CONTINUED_PARAGRAPHS:
        return -1
    return at


def _nested_closing(text: str, opening: int, first: int) -> int:
    """The » closing the « at ``opening`` when a quote inside it opens with « before the
    first » (``first``): « Mon fils m'a dit : « Maman, on va mourir ». J'ai attendu »
    closes at the last », the inner pair balanced (a quote inside a quote takes the
    same marks or "…" in French typography, Lexique des règles typographiques en usage
    à l'Imprimerie nationale). The marks are counted within the paragraph; ``first``
    when they do not balance there (a quote reopened on the next paragraph, a mark left
    open)."""
    depth = 0
    paragraph_end = text.find("\n\n", opening)
    bound = min(len(text), opening + 1 + MAX_QUOTE_CHARS,
                paragraph_end if paragraph_end >= 0 else len(text))
    for at in range(opening + 1, bound):
        if text[at] == "«":
            depth += 1
        elif text[at] == "»":
            if depth == 0:
                return at
            depth -= 1
    return first


MAX_LONG_QUOTE_CHARS = 200_000
"""The longest « » quote looked for past ``MAX_QUOTE_CHARS`` (a statement read in full,
t-enrich20 E15: a 30,000-character quote was lost and its first words became an entity)."""


def _long_quote_closing(text: str, opening: int, far: list[int]) -> int:
    """The closing » of a « opened at ``opening`` whose closing is beyond
    ``MAX_QUOTE_CHARS``: the next » within ``MAX_LONG_QUOTE_CHARS``, when no other « and
    no paragraph break stand before it (a long statement in one paragraph); -1 otherwise.
    ``far`` caches the position of the next » (``far[0]``), so that a text of many
    unclosed « is scanned once, not once per mark (linear time)."""
    if far[0] != -1 and far[0] <= opening:
        far[0] = text.find("»", opening + 1)
    close = far[0]
    if close < 0 or close - opening - 1 > MAX_LONG_QUOTE_CHARS:
        return -1
    if text.find("«", opening + 1, close) >= 0 or text.find("\n\n", opening + 1, close) >= 0:
        return -1
    return close


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The ``[start, end)`` of each quoted text (marks excluded), in order; a « » quote
    longer than ``MAX_QUOTE_CHARS`` is found when it holds no other « and no paragraph
    break (:func:`_long_quote_closing`)."""
    spans: list[tuple[int, int]] = []
    far = [0]  # the next » after a long quote's opening (:func:`_long_quote_closing`)
    i = 0
    while i < len(text):
        mark = text[i]
        closing = PAIRS.get(mark)
        if mark == "»":
            chevron = chevron_quote(text, i, MAX_QUOTE_CHARS)
            if chevron > i + 1:  # German »…« (f-speakers33)
                spans.append((i + 1, chevron))
                i = chevron + 1
                continue
        if closing is None:
            turn = _dialogue_turn(text, i) if mark in "—–" else None
            if turn is not None:
                spans.append(turn)
                i = turn[1]
                continue
            i += 1
            continue
        if mark == '"' and i + 1 < len(text) and text[i + 1].isspace():
            i += 1  # a closing straight quote without its opening one
            continue
        end = text.find(closing, i + 1, i + 1 + MAX_QUOTE_CHARS)
        if mark == "«" and end > i + 1 and "«" in text[i + 1:end]:
            end = _nested_closing(text, i, end)
        if mark == "«" and end > i + 1 and _opens_paragraph(text, end):
            close = _continuation_closing(text, i, end)
            if close > 0:  # « … ¶ » … ¶ » … », a-t-il conclu: one quote
                spans.append((i + 1, close))
                i = close + 1
                continue
        if mark == '"' and end > i + 1 and _OPENING_STRAIGHT.match(text, end - 1):
            # 'annoncera "dans les semaines, "un plan …"': the next mark opens a quote, so
            # this one is never closed (straight marks have no direction: a mark after a
            # space and before a word opens); one left open before its incise quotes up
            # to it ('"Mais c'est courant, assure-t-il. "Je pense …"')
            incise = next((m for m in _UNCLOSED_INCISE.finditer(text, i + 1, end)
                           if _is_verb(m.group(1).split("-")[0])), None)
            if incise is not None and text[i + 1:incise.start()].strip():
                spans.append((i + 1, incise.start()))
            i += 1
            continue
        if end == -1 and mark == "«":
            end = _long_quote_closing(text, i, far)
            if end > 0:  # « … 30,000 characters … », a-t-il lancé: one quote
                spans.append((i + 1, end))
                i = end + 1
                continue
            end = -1
        if end == -1 or "\n\n" in text[i + 1:end]:
            paragraph_end = text.find("\n\n", i + 1, i + 1 + MAX_QUOTE_CHARS)
            if mark == "«" and paragraph_end > i + 1 and \
                    text[i + 1:paragraph_end].strip() and \
                    text[paragraph_end:].lstrip().startswith(mark):
                # French typography: a quote over several paragraphs opens each with « and
                # closes only the last; this paragraph's part ends at its end
                spans.append((i + 1, paragraph_end))
                i = paragraph_end
                continue
            if _continued_without_reopening(text, i, end):
                spans.append((i + 1, end))  # the other convention: « … ¶ … »
                i = end + 1
                continue
            i += 1
            continue
        if end > i + 1 and text[i + 1:end].strip():
            spans.append((i + 1, end))
        i = end + 1
    return spans


_RELATIVE = re.compile(r"\s+(?:qui|que|qu['’]|dont|lequel|laquelle|lesquels|lesquelles)\b")
_RELATIVE_BEFORE_QUOTE = re.compile(
    r"[\w'’)]\s*,\s*qui\s+[^,;:«»“”\"().!?\n]*[«“\"]?\s*$")
"""A relative clause opened by ", qui" after its antecedent and still open at a quote's
opening mark ("L'avocat de la famille, qui a dénoncé « "): the quote is that clause's."""
_RELATIVE_OPENING = re.compile(
    r"(?i)\s*(?:qui|que|qu['’]|dont|où|lequel|laquelle|lesquels|lesquelles|auquel|"
    r"auxquels|auxquelles|duquel|desquels|desquelles)\b")
"""A chunk opening with a relative pronoun: a clause about the noun before it."""


_GERMAN_DATIVE_AFTER = re.compile(
    r"(?<=\S)\s+(?:der|dem|den)\s+(?:Zeitung|Agentur|Nachrichtenagentur|Sender|"
    r"Zeitschrift|Presse|Deutschen\s+Presse-Agentur|Nachrichtenseite|Reportern|Journalisten|"
    r"Medien)\b|\s+gegenüber\s+")
"""The dative recipient after a German inverted subject ("… der Zeitung X", "gegenüber der
dpa")."""


_TOLD_OUTLET = re.compile(
    r"(?i)(?<=\S)\s+(?:"
    r"dem\s+(?:Sender|Fernsehsender|Radiosender|Radio|Magazin|Portal|Blatt|Nachrichtenportal)|"
    r"(?:à|au)\s+(?:la\s+|l['’]\s*)?(?:chaîne|radio|télévision|télé|journal|quotidien|"
    r"hebdomadaire|magazine|station|agence)|"
    r"(?:a|al)\s+(?:la\s+)?(?:cadena|emisora|radio|televisión|diario|periódico|agencia|canal|"
    r"semanario|revista)|"
    r"(?:a|al|alla|all['’]\s*)(?:emittente|radio|tv|televisione|rete|giornale|quotidiano|"
    r"settimanale|agenzia|canale|testata)|"
    r"(?:à|ao)\s+(?:rádio|televisão|emissora|tv|estação|agência|revista)|"
    r"ao\s+(?:jornal|diário|canal|semanário)|"
    r"to\s+(?:the\s+)?(?:broadcaster|newspaper|channel|radio\s+station|station|network|"
    r"paper|magazine|agency|daily|weekly|tabloid))\b")
"""The outlet a witness told, after an inverted subject: "sagte eine Nachbarin dem Sender
Rai", "a raconté une voisine à la chaîne X", "contó un vecino al diario X", "ha detto un
residente all'emittente X", "disse uma moradora à rádio X", "said a farmer to the paper X".
The addressee (a dative, or "à"/"a"/"to" and a medium's noun) ends the subject: the
outlet is whom it was said to, never the speaker (Duden, *Grammatik*, "sagen + Dativ";
Grevisse § 279, the indirect object; t-final61 #1)."""
_TOLD_OUTLET_FEMININE = re.compile(
    r"(?<=\S)\s+der\s+(?:Zeitung|Zeitschrift|Agentur|Nachrichtenagentur|Sendung|Illustrierten)\b")
"""German "der Zeitung X" after a subject: a dative (to whom it was said) unless the
subject's head is one of the outlet's people ("ein Sprecher der Zeitung X", a genitive:
``_OUTLET_STAFF``)."""
_OUTLET_STAFF = re.compile(
    r"(?i)(?:sprecher|chef|redakteur|reporter|korrespondent|journalist|herausgeber|"
    r"intendant|leiter|direktor|mitarbeiter|moderator|autor|kolumnist|verleger|"
    r"fotograf|eigentümer|gründer)(?:in|innen)?\s*$")


def _without_told_outlet(phrase: str) -> str:
    """``phrase`` (an inverted subject) cut before the outlet it was said to
    (``_TOLD_OUTLET``) or any listener after a name (``speaker_listeners``), or unchanged."""
    told = _TOLD_OUTLET.search(phrase)
    feminine = _TOLD_OUTLET_FEMININE.search(phrase)
    if feminine is not None and _OUTLET_STAFF.search(phrase[:feminine.start()]) is None and (
            told is None or feminine.start() < told.start()):
        told = feminine
    return without_listener(phrase[:told.start()] if told is not None else phrase)


def _noun_phrase(text: str, offset: int) -> tuple[str, int, int] | None:
    """The noun phrase at the start of ``text`` (after time words): text, start, end."""
    cut = 0
    while match := _SKIP.match(text[cut:]):
        if not match.group():
            break
        cut += match.end()
    rest = text[cut:]
    end_match = _NP_END.search(rest)
    while end_match is not None and end_match.group() == "." and \
            _ABBREVIATION.search(rest[:end_match.start()]):
        end_match = _NP_END.search(rest, end_match.end())  # "M. Bertrand", "J. Dupont"
    phrase = rest[:end_match.start()] if end_match else rest[:80]
    # a relative clause modifies the noun phrase before it (Grevisse § 1110): "cet homme
    # qui appartient aux figures de la chaîne" is "cet homme"
    phrase = _without_told_outlet(_RELATIVE.split(phrase, maxsplit=1)[0])
    words = phrase.split()
    dative = _GERMAN_DATIVE_AFTER.search(phrase) if len(words) > 10 else None
    if dative is not None:
        # "sagte eine 63 Jahre alte Urlauberin aus Köln der Zeitung Het Nieuwsblad": the
        # German inverted subject ends before the dative of whom it was told (Duden,
        # *Grammatik*, "sagen + Dativ"; t-final59 2b, r-quotes60)
        phrase = phrase[:dative.start()]
        words = phrase.split()
    if not words or len(words) > 10:
        return None
    phrase = phrase.rstrip()
    # "sagte De fauw": a capitalised particle opening a surname is no leading preposition
    cleaned, lead = (phrase, 0) if particle_led_surname(phrase) else strip_leading(phrase)
    if not cleaned or not _WORDS.search(cleaned):
        return None
    start = offset + cut + lead
    return cleaned, start, start + len(cleaned)


_PASSIVE = re.compile(r"(?i)\s*,?\s*(?:[\w'’-]+\s+){0,6}?"
                      r"(\w+(?:é|ée|és|ées|i|ie|is|ies|it|ite|u|ue))"
                      r"\s+(?:[\w'’-]+\s+){0,3}?par\s+")
"""A passive agent after a quote: "«…» a été annoncé par X", "le mot choisi en Une par X"."""
_WORDING = frozenset({"choisi", "choisie", "choisis", "utilise", "utilisee", "employe",
                      "employee", "repris", "reprise", "cite", "citee", "prononce",
                      "prononcee", "lance", "lancee", "prone", "pronee", "prones", "pronees",
                      "vante", "vantee", "vantes", "vantees"})
"""Participles of choosing words, whose agent speaks ("le mot choisi par X"), and of
advocating them ("l'« amour » prôné par X", "les « mesures » vantées par X": to advocate
or to praise is to say, TLFi "prôner", "vanter")."""


_COORDINATED_PREDICATE = re.compile(
    r"[^,.;:!?«»“”\"\n]{0,40},\s*et\s+(?:se|s['’]|(?:le|la|les|l['’]|lui|leur)\s*)?"
    r"(?!(?:le|la|les|un|une|des|du|de|son|sa|ses|ce|cette|ces|il|elle|ils|elles|on)\b)"
    r"[a-zà-ÿ]+(?:e|ent|it|a)\b")
"""What follows an incise's subject when the "incise" is a predicate of the sentence's
subject coordinated with the next one ("D'Arvor … qualifie X de « … », cite Saint-Exupéry
pour sa défense, et se drape dans …": ", et" then a verb sharing the subject, Grevisse
§ 265): the word after the verb is its object, no inverted subject; an incise never
coordinates a finite verb after its subject (rpm2 J, r-quotes60)."""


_OPENING_NAME = re.compile(r"[ \t\xa0]*((?![LD]['’][a-zà-ÿ])(?:[A-ZÀ-Ý][\w'’-]+[ \xa0]+){0,3}?"
                           r"[A-ZÀ-Ý][\w'’-]+)[ \xa0]+(?=[a-zà-ÿ])")


def _sentence_subject_name(text: str, at: int, cue: str) -> tuple[str, str, int, int] | None:
    """(cue, name, start, end) of the name opening the sentence holding ``at`` when a
    lower-case word (its verb) follows it ("D'Arvor revient sur …"); None otherwise."""
    line = text.rfind("\n", 0, at) + 1
    start = max((line + s.start for s in sentences(text[line:at])), default=line)
    found = _OPENING_NAME.match(text, start, at)
    if found is None or fold(found.group(1).split()[0]) in _OPENING_DETERMINERS or \
            found.group(1).lower() in PRONOUNS or fold(found.group(1).split()[0]) in (
                "et", "mais", "or", "puis", "donc", "ainsi", "alors", "ensuite"):
        return None
    return cue, found.group(1), found.start(1), found.end(1)


def _after(text: str, end: int, limit: int) -> tuple[str, str, int, int] | None:
    """An incise after a quote closing at ``end``: (cue, speaker, start, end), speaker
    '' for an inverted pronoun."""
    tail = text[end + 1:limit]
    read_in = document_source(tail)
    if read_in is not None:  # '"…", si legge in una nota della compagnia': the document's
        # author speaks, not the previous quote's speaker (t-final64 #4, h-speakers65)
        who, start = without_romance_article(*read_in[:2])
        return "selon", who, end + 1 + start, end + 1 + read_in[2]
    starts = [0] + [m.end() for m in re.finditer(r",\s*", tail)]
    if re.match(r"\s*:", tail) or (re.match(r"\s*[A-ZÀ-Ý]", tail)
                                    and text[:end].rstrip()[-1:] in (".", "!", "?", "…")):
        # "« … » : la secrétaire générale, X, a lancé le mot d'ordre", "« … . » Deux jours
        # après, le maire, X, a écrit au préfet pour réclamer un plan": a colon or a new
        # sentence after the closing mark opens a clause whose subject stands before its
        # verb; a verb past its commas has no inverted subject there, what follows it is
        # its object (newuser16a H3)
        # (and a colon opens no incise at all)
        starts = [] if re.match(r"\s*:", tail) else [0]
    new_sentence = re.match(r"\s*[A-ZÀ-Ý]", tail) is not None and \
        text[:end].rstrip()[-1:] in (".", "!", "?", "…")
    for begin in starts:
        found = _incise(text, end + 1 + begin, limit, first=begin == 0)
        if found and found[2] >= 0 and _COORDINATED_PREDICATE.match(text, found[3]):
            # "», cite X pour sa défense, et se drape …": X is cited, the sentence's
            # subject speaks (rpm2 J)
            return _sentence_subject_name(text, end, found[0])
        if found and not (new_sentence and _english_report(text, end + 1, found)):
            return found
    if len(starts) <= 1:
        found = _clause_subject_after(text, end, limit)
        if found is not None and not (new_sentence and _english_report(text, end + 1, found)):
            return found
    passive = _PASSIVE.match(tail)
    if passive and (_is_verb(passive.group(1)) or fold(passive.group(1)) in _WORDING):
        # "«Historique», c'est le mot choisi par la majorité des quotidiens"
        np = _noun_phrase(tail[passive.end():], end + 1 + passive.end())
        if np:
            return passive.group(1), *np
    selon = re.match(r"\s*,?\s*(?:selon|d'après|according to)\s+", tail)
    if selon:
        np = _noun_phrase(tail[selon.end():], end + 1 + selon.end())
        if np:
            return "selon", *_source_with_name(text, np, limit)
    source = _FROM_SOURCE.match(tail)
    if source is not None:  # "« … » toujours de source judiciaire.": the source
        start = end + 1 + source.start(1)
        return "selon", source.group(1), start, start + len(source.group(1))
    told_by = _TOLD_BY.match(tail)
    if told_by is not None:  # '", the judge was told by defence counsel Tom Price'
        np = _noun_phrase(tail[told_by.end():], end + 1 + told_by.end())
        if np:
            named = _ENGLISH_NAME.search(np[0])
            if named is not None and named.end() == len(np[0]):
                return "told", named.group(), np[1] + named.start(), np[2]
            return "told", *np
    # English: '", Mr Smith said.', '", the prime minister said', '", she added'
    titled = _english_titled_holder(tail)
    if titled is not None and not (new_sentence and _english_report(
            text, end + 1, (titled[0], titled[1], end + 1 + titled[2], end + 1 + titled[3]))):
        return titled[0], titled[1], end + 1 + titled[2], end + 1 + titled[3]
    m = _SUBJECT_SAID.match(tail)
    if m and new_sentence and _english_report(
            text, end + 1, (m.group(3), m.group(1), end + 1 + m.start(1), end + 1 + m.end(1))):
        m = None
    if m:
        name, start = m.group(1).strip(), end + 1 + m.start(1)
        apposed = m.group("apposed")
        if apposed and name.islower() and _ENGLISH_NAME.fullmatch(apposed.strip()):
            # '", the prosecutor, Dana Whitfield, told the court': the name in apposition
            # to a common noun is who speaks (f-quotes21, set Z)
            name = apposed.strip()
            start = end + 1 + m.start("apposed") + apposed.index(name)
        return m.group(3), name, start, start + len(name)
    return None


_TITLED_SAID = re.compile(
    r"\s*,?\s*(?P<subject>(?:[\w'’&.-]+[ \xa0]+){2,16}?)(?P<verb>said|says|added|adds|told|"
    r"noted|explained|wrote|warned|replied|insisted|argued|stated|declared|continued|asked|"
    r"repeated|reiterated|reaffirmed)\b")
"""A subject of up to 16 words, none a punctuation mark, then an English verb of saying
after a quote: where a long title stands before the name ('", Department of Fire and
Emergency Services incident controller Peter Sutton told reporters')."""
_NOT_ROLE = frozenset("a an and at by for from in into near of off on or the to with "
                      "via over under after before than".split())
"""Function words, never the title's last word before a name ("police in Paris Texas")."""


def _english_titled_holder(tail: str) -> tuple[str, str, int, int] | None:
    """``(verb, name, start, end)`` (offsets in ``tail``) of an English subject made of a
    title then its holder's name before a verb of saying: the name is the two or three
    capitalised words after the title's last word, a lower-case role noun ("incident
    controller Peter Sutton", "general manager Hank Berube") or a capitalised title of
    :data:`~veille.enrich.english_spans.TITLE_WORDS` or ``ROLE_NOUNS`` ("Lamar County
    Sheriff Dale Hutchins": the AP Stylebook capitalises a formal title before a name).
    The name alone is the speaker, the title apart (t-final31 F4). None otherwise."""
    from veille.enrich.english_spans import ROLE_NOUNS as ENGLISH_ROLES
    from veille.enrich.english_spans import TITLE_WORDS

    m = _TITLED_SAID.match(tail)
    if m is None:
        return None
    words = list(re.finditer(r"\S+", m.group("subject")))
    cut = None
    for i, word in enumerate(words[:-2]):
        token = word.group().strip(".").lower()
        if (word.group().islower() and len(token) > 2 and token not in _NOT_ROLE) or \
                token in TITLE_WORDS or token in ENGLISH_ROLES:
            cut = i
    if cut is None:
        return None
    name = words[cut + 1:]
    if not 2 <= len(name) <= 3 or not all(
            re.fullmatch(r"[A-Z][\w'’-]*[a-z][\w'’-]*", w.group()) for w in name) or any(
            w.group().lower() in TITLE_WORDS or w.group().lower() in ENGLISH_ROLES
            for w in name):
        return None
    start = m.start("subject") + name[0].start()
    end = m.start("subject") + name[-1].end()
    return m.group("verb"), tail[start:end], start, end


_TOLD_BY = re.compile(r"\s*,?\s*(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,4}?(?:was|were|is|are|"
                      r"has\s+been|had\s+been|have\s+been)\s+(?:\w+ly\s+)?told\s+by\s+")
"""An English passive attribution after a quote ('", the judge was told by defence counsel
X'): the agent after "by" speaks, never the passive subject (the addressee)."""


_ENGLISH_NAME = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+")
"""A person's name of two capitalised words or more ("Dana Whitfield")."""



_ENGLISH_REPORTING = frozenset(
    "said says say told tells added adds noted explained stated wrote warned replied "
    "insisted argued declared continued asked announced".split())


def _english_report(text: str, at: int, found: tuple[str, str, int, int]) -> bool:
    """Whether an English subject and reporting verb found in the sentence after a quote
    that closed its own sentence ('"… over." Prime Minister X said he regretted …',
    '"… control." Mayor X told the BBC: "…"') open a report of their own rather than
    attribute that quote: the verb goes on with a clause, an object or a colon. English
    attributes a quote after it with a comma inside the marks ('"…," X said'; the AP
    Stylebook, "quotations in the news"), so a quote ended by a full stop is attributed
    by a new sentence only when that sentence is the bare attribution ('X said.',
    'X said on Monday.')."""
    cue, _, _, speaker_end = found
    if fold(cue) not in _ENGLISH_REPORTING:
        return False
    sentence = re.match(r"[^.!?:;\n«»“”\"]*[.!?:;\n«»“”\"]?", text[at:])
    words = sentence.group() if sentence is not None else ""
    verb = re.search(r"\b" + re.escape(cue) + r"\b", words)
    rest = words[verb.end():] if verb is not None else words[max(0, speaker_end - at):]
    return rest.rstrip()[-1:] in (":", "«", "“", "\"") or re.match(
        r"\s*(?:(?:on|in|at|late|early|last|this)\s+[\w ]{0,20}?)?[.!?]?\s*$", rest) is None

_FROM_SOURCE = re.compile(r"(?i)\s*,?\s*(?:(?:toujours|encore|aussi|également|apprend-on|"
                          r"indique-t-on|précise-t-on)\s+)?(?:de|d['’])\s*(sources?\s+"
                          r"[a-zà-ÿ]+(?:\s+(?:du|de\s+la|des|de)\s+[\w'’-]+)?)\s*(?:[.;)]|$)")
"""A source after a quote with "de source" (no article): "« … » toujours de source
judiciaire.", "de source policière" (the elliptic "selon une source" of the press)."""


_SUBJECT_THEN_VERB = (r"\s*,?\s+(?:(?:a|ont|avait|avaient|se|s['’]|ne|n['’])\s*)?"
                      r"(?:(?:{adverb})\s+)?([a-zà-ÿ][\w'’-]+)")
"""After a name (``_PERSON_RUN``, defined below): its verb, past an auxiliary, a clitic
and an adverb (``_INCISE_ADVERB``, below)."""
_NOT_PREDICATE = frozenset(
    "de du des d la le les l un une et ou à au aux en dans par pour sur sous avec sans "
    "qui que dont où".split())


def _introduced_by_colon(text: str, sentence_start: int, start: int, end: int,
                        short: bool) -> bool:
    """Whether the quote ``[start, end)`` closes its own sentence (its last words end with
    a full stop, an exclamation or a question mark, and a new sentence follows it) after
    a colon whose clause names its speaker ("Sophie, 52 ans, a raconté la nuit du drame :
    « … . » Son voisin, X, a ajouté que …"): the introducing clause speaks the quote; the
    next sentence's subject speaks its own words, not these (t-enrich21 E3)."""
    if not text[sentence_start:max(sentence_start, start - 1)].rstrip().endswith(":"):
        return False
    if text[:end].rstrip()[-1:] not in (".", "!", "?", "…") or \
            not re.match(r"[»”“«\"]?[ \xa0]+[A-ZÀ-Ý]", text[end:end + 4]):
        return False  # (“ and « close German quotes: „…“, »…«; t-final59 #2b)
    said = _before(text, sentence_start, start, short=short)
    return said is not None and bool(said[1]) and said[0] not in ("", ":", "selon", "pour") \
        and _is_verb(said[0].split()[-1].split("-")[0])


def _clause_subject_after(text: str, end: int, limit: int) -> tuple[str, str, int, int] | None:
    """The speaker of a quote that a colon or a new sentence follows, named as the subject
    of the clause after it: "« Ce n'est qu'un début » : …, la secrétaire générale de la
    CGT, Sophie Binet, a lancé jeudi le mot d'ordre" (Sophie Binet), a headline's "« … » :
    Amélie Nothomb présente son roman"; after a new sentence ("« … . » Deux jours après,
    le maire, X, a écrit au préfet") only with a speech verb. The last name before a verb
    in that clause (not after a preposition); None when there is none."""
    tail = text[end + 1:limit]
    colon = re.match(r"\s*:\s*", tail)
    if colon is None and not (re.match(r"\s*[A-ZÀ-Ý]", tail)
                              and text[:end].rstrip()[-1:] in (".", "!", "?", "…")):
        return None  # ('"…," Secretary of State X told': the quote's sentence goes on)
    if colon is None and re.search(r":\s*$", tail) and text[limit:limit + 1] in PAIRS:
        # "« … » Le capitaine X a promis une réaction : « … »": the new sentence's subject
        # introduces the quote after its colon, not the one before it (f-quotes21, set Z)
        return None
    introduced = (_introduced_after(text, end, tail) or _attributed_after(text, end, tail)
                  ) if colon is None else None
    if introduced is not None:
        return introduced
    found = None
    pattern = r"(?<![\w'’-])(" + _PERSON_RUN + r")" + _SUBJECT_THEN_VERB.replace(
        "{adverb}", _INCISE_ADVERB)
    for match in re.finditer(pattern, tail):
        verb = match.group(2)
        if fold(verb) in _NOT_PREDICATE or (colon is None and not _is_verb(verb)) or \
                _AFTER_PREPOSITION.search(tail[max(0, match.start(1) - 12):match.start(1)]) or \
                fold(match.group(1).split()[0]) in LEADING_WORDS:
            continue
        found = match
        break
    if found is None:
        return None
    start = end + 1 + found.start(1)
    return found.group(2), found.group(1), start, start + len(found.group(1))


_INTRODUCED_AFTER = (r"\s*({name})(\s*,\s*\d{{1,3}}[ \xa0]+ans\s*,)?\s+"
                     r"(?:(?:ne|n['’]|se|s['’]|y|en)\s*)?([a-zà-ÿ][\w'’-]+)")
"""A person's name (``_PERSON_RUN``, below) opening the sentence after a quote, with an
age in apposition or none, then its verb ("« … . » Jacqueline Vasseur, 71 ans, habite à
Blendecques")."""


def _introduced_after(text: str, end: int, tail: str) -> tuple[str, str, int, int] | None:
    """The speaker of a quote that opens its paragraph as a sentence of its own, named as
    the subject of the next sentence, whatever its verb: "« On nous a promis un versement
    avant Noël. » Jacqueline Vasseur, 71 ans, habite à Blendecques depuis quarante ans."
    (the press's portrait opening: the quote first, then who said it, Agnès, *Manuel de
    journalisme*, "l'attaque par une citation"). None when the quote goes on from an
    earlier part of its paragraph or no name opens the next sentence (issue 16,
    f-speakers22)."""
    opening = text.rfind("\n", 0, end) + 1
    head = text[opening:end]
    if not re.match(r"[ \t\xa0]*[«“\"]", head) or re.search(r"[»”]", head) or \
            (opening > 0 and not _opens_paragraph(text, opening + len(head) - len(
                head.lstrip(" \t\xa0")))):
        return None
    match = re.match(_INTRODUCED_AFTER.format(name=_PERSON_RUN), tail)
    if match is None or fold(match.group(3)) in _NOT_PREDICATE or \
            not (match.group(2) or _verb_after_subject(match.group(3))) or \
            fold(match.group(1).split()[0]) in LEADING_WORDS:
        return None  # (after "X, 71 ans," the verb, whatever the lexicon knows of it)
    start = end + 1 + match.start(1)
    return match.group(3), match.group(1), start, start + len(match.group(1))


_ATTRIBUTION_AFTER = re.compile(
    r"\s*(?:(?:La|Cette)\s+(?:phrase|formule|déclaration|confidence)\s+est\s+(?:de|d['’])|"
    r"(?:Ces|Les)\s+mots\s+sont\s+(?:ceux\s+)?(?:de|d['’])|"
    r"C['’]est\s+(?:l['’]|la\s+|le\s+)[a-zà-ÿ]+\s+(?:avancée?|donnée?|livrée?|"
    r"fournie?|lancée?|prononcée?)\s+par)\s*")
"""A sentence naming the speaker of the quote before it: "« … . » La phrase est de X",
"Ces mots sont ceux de X", "C'est l'explication avancée par le directeur, X"."""
_APPOSITION_THEN_VERB = re.compile(r"(\s*[^,.;:!?«»“”\"\n]{3,40}?)(,[^,.;:!?«»“”\"\n]{3,100},)"
                                   r"(?=\s+[a-zà-ÿ])")


def _attributed_after(text: str, end: int, tail: str) -> tuple[str, str, int, int] | None:
    """The speaker of a quote named in the next sentence by an attribution formula
    (:data:`_ATTRIBUTION_AFTER`, its role's apposed name when a role comes first), or as
    its subject with a role in apposition before the verb ("« … . » Dominique Simonnot,
    contrôleuse générale des prisons, ne décolère pas": :func:`_introduced_after` with the
    apposition set aside). None otherwise (t-enrich22 E8)."""
    formula = _ATTRIBUTION_AFTER.match(tail)
    if formula is not None:
        np = _noun_phrase(tail[formula.end():], end + 1 + formula.end())
        if np is None:
            return None
        apposed = _APPOSED_PERSON.match(text, np[2])
        if apposed is not None and np[0][:1].islower():  # "le directeur du chantier, X"
            return "attribuée", apposed.group(1), apposed.start(1), apposed.end(1)
        return "attribuée", *np
    apposition = _APPOSITION_THEN_VERB.match(tail)
    if apposition is None or _FINITE.search(apposition.group(2)) or \
            not re.fullmatch(r"\s*" + _PERSON_RUN, apposition.group(1)):
        return None
    return _introduced_after(text, end, apposition.group(1) + tail[apposition.end(2):])


def _verb_after_subject(word: str) -> bool:
    """Whether ``word``, right after a subject, is a verb's form the lexicon knows, or an
    auxiliary ("est", "a")."""
    return word.lower() in ("a", "est", "ont", "sont", "avait", "était") or \
        french().is_verb_form(word)


_SELON_AFTER = re.compile(r"(?i),\s*(?:selon|d['’]après|according to)\s+"
                          r"(?!(?:lequel|laquelle|lesquels|lesquelles|qui|que|moi|nous)\b)")
_SENTENCE_REST = re.compile(r"(?:\s*,[^,.;:!?«»“”\"]{1,80})?[\s.!?…)]*$")


def _document_head(speaker: str) -> bool:
    """Whether a source's noun phrase is headed by a document noun (``DOCUMENTS``: "un
    communiqué publié mardi", "le texte transmis aux clubs"), whatever follows the head,
    or is a thing an agency saw (:data:`_SEEN_BY`)."""
    words = re.sub(r"^(?:(?:un|une|des|ce|cet|cette|ces|le|la|les|son|sa|ses|leur|leurs)\s+"
                   r"|l')", "", fold(speaker)).split()
    return bool(words) and (words[0] in DOCUMENTS or words[0].rstrip("s") in DOCUMENTS) \
        or _SEEN_BY.search(speaker) is not None


_SEEN_BY = re.compile(r"(?i)^(?:(?:an?|the|une?|la|le)\s+|l['’]\s*)?[\w'’-]+\s+(?:[\w'’-]+\s+)?"
                      r"(?:seen|obtained|reviewed|consulté|consultée|obtenu|obtenue|lu|lue|"
                      r"vu|vue)s?\s+(?:by|par)\b")
"""A thing the reporter's agency saw ("a note seen by Reuters", "une note consultée par
l'AFP"): a document named by its channel, the agency that saw it and said nothing
(newuser17a H5)."""


def _through_document(text: str, found: tuple[str, str, int, int]
                      ) -> tuple[str, str, int, int] | None:
    """A "selon" source that is a document names the channel, not the speaker: "selon un
    communiqué de l'OTAN" is the OTAN's ("selon", "OTAN", start, end); "selon un
    communiqué publié mardi" names no one (None: the subject of the sentence said it,
    Le Petit Robert, "selon": "d'après les propos de"). None too when the source is no
    document."""
    cue, speaker, at, _ = found
    if not _document_head(speaker) or at < 0:
        return None
    owner = re.search(r"\b(?:de|du|des)\s+(?:(?:la|le|les)\s+|l['’]\s*)?(?=[A-ZÀ-Ý])|"
                      r"\bd['’]\s*(?=[A-ZÀ-Ý])", speaker)
    if owner is None:
        return None
    np = _noun_phrase(text[at + owner.start():at + len(speaker)], at + owner.start())
    if np is None:
        return None
    return cue, np[0], np[1], np[2]


def _selon_after(text: str, end: int, limit: int) -> tuple[str, str, int, int] | None:
    """The source named by a "selon Y" (", d'après Y") that closes the sentence of a quote
    closing at ``end``, past other words of that sentence ("« … » après les incidents en
    Grèce, selon Qin Gang."): ("selon", speaker, start, end), or None when another
    quotation mark stands between, or words go on after the source's noun phrase and its
    apposition (the "selon" then qualifies a clause of its own)."""
    tail = text[end + 1:limit]
    if re.search(r"[«»“”\"]", tail):
        return None
    found = list(_SELON_AFTER.finditer(tail))
    if not found:
        return None
    at = end + 1 + found[-1].end()
    np = _noun_phrase(text[at:limit], at)
    if np is not None:
        np = _source_with_name(text, np, limit)
    if np is None or not _SENTENCE_REST.match(text, np[2], limit) or _SEEN_BY.search(np[0]):
        return None  # "according to a note seen by Reuters" names no speaker
    return "selon", *np


_SUBJECT_SAID = re.compile(
    r"\s*,?\s*(?!(?:and|or|but|nor|then|so|yet)\s)(?:(?i:the|a|an)\s+)?(he|she|they|(?:[A-Z][\w'’.-]*\s?){1,6}?|"
    r"(?:[A-Z][\w'’-]*\s+){0,4}?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?"
    r"(?:\s+[A-Z][\w'’&-]*){0,3}?)(?:\s*,\s*(?P<apposed>[^,\"“”«»]{1,60}),)?\s+"
    r"(said|says|added|adds|told|noted|explained|wrote|warned|replied|insisted|argued|stated|"
    r"declared|continued|asked|repeated|reiterated|reaffirmed)\b")
"""An English subject before its verb after a quote ('", the prime minister said', '", Jane
Porter, the city's mayor, said', '", she added', '", the British carrier EasyJet said':
capitalised adjectives, common nouns, then a name): the AP Stylebook's attribution order,
"quote, subject, verb", the subject's determiner and an apposition left out. A coordinating
conjunction opens no subject: in 'X called it "…" and said', "said" is X's second verb
(the speaker was "and")."""


_REFLEXIVE = re.compile(r"(?i)s['’](?:est|était|étaient)|se")
"""The reflexive pronoun (and "être") of a pronominal verb before an incise's participle
("», s'est félicité le ministre", "», se sont indignés les élus"): French pronominal verbs
take "être" in compound tenses (Grevisse, *Le Bon Usage* § 811), and "s'est félicité(e)",
"s'est réjoui(e)" are among the commonest incises of agency copy."""
_PARTICIPLE = re.compile(r"(?!été$|eu$)[a-zà-ÿ]{3,}(?:é|i|u|is|it|ert|int)(?:e|s|es)?")
"""A past participle after an auxiliary (not "été", "eu": "», a été …" is no incise)."""


_INCISE_ADVERB = (r"d['’]emblée|aussitôt|sitôt|d['’]abord|toujours|souvent|vite|volontiers|"
                  r"longtemps|d['’]ailleurs|aujourd['’]hui|hier|jadis|naguère|"
                  r"\w{3,}ment")
"""One-word adverbs that may stand between an auxiliary and its participle in an incise
("», a d'emblée averti le ministre", "», a aussitôt réagi X", "», a longuement expliqué
X"): the adverb of a compound tense goes between them (Grevisse § 1001)."""


_REFLEXIVE_INVERTED = re.compile(
    r"(?i)s['’](?:est|était|étaient|sont|sera|seront)-(?:t-)?(?:il|elle|on)s?")
_REFLEXIVE_VERB = re.compile(r"(?i)s['’][a-zà-ÿ]{3,}")


def _reflexive_incise(tokens: list[str], i: int) -> bool:
    """Whether ``tokens[i]`` is the verb of a reflexive incise, a pronominal verb whose
    stem the speech-verb list lacks: "s'est-il réjoui", "s'est-elle emportée" (the
    auxiliary and the inverted pronoun, then the participle), "s'enthousiasme-t-il" (the
    verb and the inverted pronoun), "s'agace l'élue" (the verb, then its inverted subject
    with its determiner). Any pronominal verb right after a quote's comma is an incise
    when its subject is inverted (Grevisse § 394, 2°; § 811 for "être")."""
    token = tokens[i]
    if i == 1 and _REFLEXIVE_INVERTED.fullmatch(tokens[0]):
        return re.fullmatch(r"(?i)[a-zà-ÿ]{2,}(?:é|i|u|is|it|ert|int)(?:e|s|es)?",
                            token) is not None  # ("s'est-il ému")
    if i != 0:
        return False
    if _INVERTED.search(token) and _REFLEXIVE_VERB.match(token) \
            and not _REFLEXIVE_INVERTED.fullmatch(token):
        return True
    return _REFLEXIVE_VERB.fullmatch(token) is not None and len(tokens) > 1 \
        and tokens[1].lower() not in _NOT_INCISE \
        and _INCISE_SUBJECT.match(tokens[1]) is not None


def _auxiliaries(tokens: list[str]) -> bool:
    """True when ``tokens`` are an auxiliary run before a participle ("a", "s'est", "se
    sont"), an adverb allowed after the auxiliary ("a d'emblée", ``_INCISE_ADVERB``)."""
    return bool(tokens) and (_AUXILIARY.fullmatch(tokens[0]) is not None or _REFLEXIVE.fullmatch(
        tokens[0]) is not None) and all(
        _AUXILIARY.fullmatch(t) or _REFLEXIVE.fullmatch(t)
        or re.fullmatch(r"(?i)" + _INCISE_ADVERB, t) for t in tokens)


_ROMANCE_AND = re.compile(r"[ \xa0]*(?:y|e|ed)[ \xa0]+(?:(?:ha|han|había|habían|hanno|aveva|a|ont|"
                          r"avevano|tinha|tinham|tem|têm|lo|la|le|se|si)[ \xa0]+)*([\w'’-]+)")
"""A Spanish, Portuguese or Italian "and" right after a quote's closing mark, no comma
between, then (an auxiliary or a clitic, "ha" read as French "a" once
``romance_subjects.as_french_shapes`` has run, and) a word: a second predicate of the clause
that holds the quote (t-final66 F2)."""


def _coordinated_romance_verb(tail: str) -> bool:
    """Whether the words after a quote (``tail``) open with "y"/"e"/"ed" and a Spanish,
    Italian or Portuguese verb of saying: "La ministra …, Sara Aagesen, ha asegurado que el
    Gobierno «estará al lado…» y ha anunciado una visita a la zona": the verb is coordinated
    with the one before the quote and shares its subject; the noun phrase after it is its
    object ("una visita …"), never an inverted subject (RAE, *Nueva gramática*, § 31.3:
    coordinated predicates share the subject; t-final66 F2). An incise is set off by a
    comma ("», afirmó el alcalde") and is not read here."""
    coordinated = _ROMANCE_AND.match(tail)
    return coordinated is not None and coordinated.group(1).lower() in ROMANCE_SPEECH_FORMS


def _incise(text: str, at: int, limit: int, *, first: bool = True
            ) -> tuple[str, str, int, int] | None:
    """A speech verb within the first words from ``at``, and its speaker. Past the first
    comma after the quote (``first`` False) the verb needs an auxiliary or an inverted
    pronoun ("a annoncé", "ajoute-t-il"), so that a participle ("annoncée en décembre
    par X") is not taken for an incise."""
    end = at - 1
    tail = text[at:limit]
    if _coordinated_romance_verb(tail):
        return None  # "… que el Gobierno «…» y ha anunciado una visita": no incise
    match = re.match(r"\s*,?\s*(?:\.{3}|…)?\s*", tail)
    pos = match.end() if match else 0
    words = list(re.finditer(r"[\w'’-]+", tail[pos:pos + 120]))
    for i, word in enumerate(words[:6]):  # "», a pour sa part souligné X"
        token = word.group()
        base = token if token.lower() in VERB_FORMS else token.split("-")[0]
        if i == 0 and re.search(r"(?i)ant$", base):
            continue  # "», évoquant des « … »": a participle, not an incise
        locution = _LOCUTION.match(tail, pos + word.start())
        if not _of_saying(locution):
            locution = None  # "», a-t-il fait savoir": the locution is the incise's verb
        stop = word.end() if locution is None else locution.end() - pos
        token = token if locution is None else locution.group()
        if i == 0 and token == "so" and so_incise(text, at):
            locution = None  # "»…«, so der Vorsitzende": German "so" (german_speech)
        elif locution is None and not _is_verb(base) and not (
                i == 0 and first and len(words) > 1 and base.isalpha() and base.islower()
                and "," in tail[:pos]
                and base not in _NOT_INCISE and _INCISE_SUBJECT.match(words[1].group())
        ) and not (
                i > 0 and first and len(words) > i + 1 and _PARTICIPLE.fullmatch(base)
                and _auxiliaries([w.group() for w in words[:i]])
                and (_INCISE_SUBJECT.match(words[i + 1].group())
                     or _past_complement(text, end + 1 + pos + word.end(), limit))
        ) and not (first and _reflexive_incise([w.group() for w in words], i)):
            # "», modère Jean Bosvieux", "», a réagi Élisabeth Borne": any verb right after
            # the quote, or after its auxiliary, followed by a name or a determiner
            continue
        if i and not all(re.fullmatch(r"(?i)a|ont|avait|avaient|a-t-(?:il|elle|on)s?|"
                                      r"(?:ont|avaient|avait)-(?:il|elle)s?|n'|ne|"
                                      r"se|s['’](?:est|était|étaient)|sont|étaient|"
                                      # the Italian reflexive clitic ("», si lamenta il
                                      # titolare, X"; t-final63 #10)
                                      r"si|"
                                      r"s['’](?:est|était|étaient|sont)-(?:t-)?(?:il|elle|on)s?|"
                                      r"lui|leur|y|l['’](?:a|ont|avait|avaient)|"
                                      r"m['’](?:a|ont|avait|avaient)|"
                                      r"-t|il|elle|has|had|have|ensuite|aussi|"
                                      # the Spanish and Italian perfect's auxiliary
                                      # ("», ha dichiarato X": romance_speech)
                                      r"ha|han|hanno|había|habían|aveva|avevano|"
                                      r"encore|alors|également|déjà|enfin|ainsi|quant|pour|sa|part|toutefois|"
                                      r"cependant|pourtant|bien|même|plus|tard|\w+ment|"
                                      + _INCISE_ADVERB,
                                      w.group())
                         for n, w in enumerate(words[:i])
                         if not (n and w.group() == "à"
                                 and words[n - 1].group().lower() == "quant")) and not (
                i == 1 and words[0].group()[0].isupper()):
            # English "X said": the subject before the verb
            continue
        if i and re.search(r"(?i)(?:er|ir)$", base) and words[i - 1].group().lower() in (
                "pour", "de", "d'", "d’", "à", "sans"):
            continue  # "pour qualifier l'élection": an infinitive, not an incise
        if not first and i == 0 and not _INVERTED.search(token) and not (
                len(words) > 1 and words[1].group()[:1].isupper()
                and not re.search(r"(?i)(?:é|ée|és|ées|ant|er|ir)$", base)):
            continue  # past the first comma: "…, juge Le Temps" but not "annoncée par X"
        if re.match(r"(?i)\s*(?:\w+ment\s+|d['’]ailleurs\s+|aussi\s+|également\s+)?"
                    r"(?:que\b|qu['’])", text[end + 1 + pos + stop:limit]):
            return None  # "», elle confie d'ailleurs qu'elle …": a new clause, no incise
        subject = next((w for n, w in enumerate(words[:i]) if w.group().lower() in (
            "il", "elle", "ils", "elles") and not (n and words[n - 1].group().lower() == "à")),
            None)  # (not "», a quant à elle promis la ministre": a stressed pronoun)
        if subject is not None:
            # "», il évoque les 495 cas autorisés": a subject pronoun before the verb is its
            # subject (French inverts only the pronoun after the verb, "évoque-t-il"); the
            # noun phrase after the verb is its object, no speaker
            start = end + 1 + pos + subject.start()
            return token, subject.group(), start, start + len(subject.group())
        inverted = next((m for w in [*words[:i], word] if (m := _INVERTED.search(w.group()))),
                        None)  # "a-t-elle expliqué à quelques journalistes": "elle" speaks
        if inverted is not None or (i + 1 < len(words) and
                                    re.fullmatch(r"(?i)-?(?:t-)?(il|elle|ils|elles)",
                                                 words[i + 1].group()) and not (
                # "», ha dichiarato il presidente": the Italian article, no pronoun
                base.lower() in ROMANCE_SPEECH_FORMS and words[i + 1].group() == "il")):
            place = _ON_PLACE.match(text, _past_time(text, end + 1 + pos + stop, limit), limit) \
                if inverted is not None and inverted.group(1).lower() == "on" else None
            phrase = _noun_phrase(text[place.end():limit], place.end()) if place else None
            if phrase is not None:  # "explique-t-on à la gauche du PS": who "on" is
                return token, *phrase
            return token, "", -1, -1
        if i == 1 and words[0].group()[0].isupper() and base.lower() in (
                "said", "says", "added", "told", "noted", "explained", "wrote", "warned"):
            subject = words[0]
            start = end + 1 + pos + subject.start()
            return token, subject.group(), start, start + len(subject.group())
        verb_end = end + 1 + pos + stop
        subject_at = _past_complement(text, verb_end, limit)
        if not subject_at and (_LISTENER_OPENING.match(text, verb_end, limit) or (
                base.lower() in NOT_PORTUGUESE_FORMS
                and _NAMED_LISTENER.match(text, verb_end, limit))):
            # "», dijo a los periodistas", "», ha detto ai giornalisti", "», disse aos
            # jornalistas": whom the words were said to, with no subject after it (Spanish,
            # Italian and Portuguese drop the subject pronoun): the speaker is the one
            # named before, never the listener (h-speakers65)
            return token, "", -1, -1
        verb_end = subject_at or verb_end
        found = _incise_subject(text, verb_end, limit)
        if found is None or (_PREPOSITION_OPENING.match(found[0])
                             and not re.search(r"[A-ZÀ-Ý]", found[0])):
            # "», ha detto in un discorso televisivo", "», dijo en un discurso": a phrase
            # opening with a preposition is an adjunct of the verb, never its subject
            # (Italian and Spanish drop the subject pronoun: the speaker is the one named
            # before; t-final59 #2c). With a name in it, the subject may follow the
            # adjunct ("ha detto nel corso di una conferenza stampa il premier X")
            return token, "", -1, -1
        if re.match(r"(?:avoir|être|faire|pouvoir|vouloir|devoir)\b", found[0]):
            return None  # "« Cesar » nie avoir trahi": the quote is the verb's subject
        return token, *_without_place_adjunct(found)
    return _free_incise(text, at, limit) if first else None


_PLACE_ADJUNCT = re.compile(
    r"[ \xa0]+(?:en|em|no|na|nos|nas|in|nel|nella|a)[ \xa0]+[A-ZÀ-Ý][\w'’-]*"
    r"(?:[ \xa0]+(?:(?:de|da|do|das|dos|del|di|della|la|el)[ \xa0]+)?[A-ZÀ-Ý][\w'’-]*)*$")
"""A place (or listener) adjunct closing an inverted subject: " em Braga", " en Valencia",
" no Porto", " a Europa Press": Spanish, Portuguese and Italian prepositions of place
then capitalised words to the end (de/da/do between them: " em Viana do Castelo")."""


def _without_place_adjunct(found: tuple[str, int, int]) -> tuple[str, int, int]:
    """``found`` (speaker, start, end) without the place adjunct closing it when it opens
    with a lower-case role noun: "», afirmou a governante em Viana do Castelo" is said by
    "a governante" (the holder named before it), never by the town where she spoke; the
    verb's adjunct of place is no part of its subject (RAE, *Nueva gramática*, § 39.2;
    t-final66 F2). A speaker opening with a capital ("Rui Teixeira em Braga") or with no
    place adjunct is returned as it is."""
    speaker, start, end = found
    place = _PLACE_ADJUNCT.search(speaker)
    if place is None or not speaker[:1].islower() or place.start() == 0:
        return found
    head = speaker[:place.start()].rstrip()
    if not re.search(r"[a-zà-ÿ]{3,}$", head):
        return found  # the adjunct follows no common noun ("a Maria em Braga")
    return head, start, start + len(head)


_NAMED_LISTENER = re.compile(
    r"[ \xa0]+a[ \xa0]+[A-ZÀ-Ý][\w'’-]*(?:[ \xa0]+[A-ZÀ-Ý][\w'’-]*)?[ \xa0]*(?:[.;!?]|$)")
"""Spanish, Italian or Catalan "a" and a name of one or two words closing the sentence
after a verb of saying no Portuguese verb shares ("», explicó a Efe.", "», ha detto a
Repubblica."): the listener, an outlet or a person spoken to (h-speakers65)."""
_LISTENER_OPENING = re.compile(
    r"[ \xa0]+(?:al|ai|agli|alla|alle|allo|all['’]|ao|aos|às|"
    r"a[ \xa0]+(?:los|las|la|el|este|esta|estos|estas|aquest|aquesta|aquests|un|una|"
    r"questo|questa|i|gli|le|l['’]))(?![\w-])")
"""A Spanish, Italian, Portuguese or Catalan preposition of the indirect object right after
an incise's verb ("a los periodistas", "ai giornalisti", "aos jornalistas", "a este
diario"; RAE § 35.1, Serianni II.36, Cunha and Cintra ch. 7): Portuguese "a" before a bare
noun is the subject's article ("disse a ministra"), so "a" counts only before an article
or a demonstrative."""


_PREPOSITION_OPENING = re.compile(
    r"(?:in|nel|nella|nello|nei|negli|nelle|durante|en|dans|durant|lors|pendant|during|"
    r"at|auf|bei|im|em|numa|num|con|per|por|para|tras|dopo|après|after)[ \xa0]")
"""A lower-case preposition opening the words after an incise's verb: where or how it was
said ("in un discorso televisivo", "en un discurso televisado", "dans un entretien"),
never who said it."""


_FREE_INCISE = re.compile(
    r"\s*,\s*(?:(?i:se)\s+|(?i:s)['’])?([a-zà-ÿ]{3,})"
    r"(?:\s*,\s*[a-zà-ÿ]+(?:\s+[a-zà-ÿ]+)?\s*,|\s+(?:ensuite|alors|encore|aussi|également|"
    r"[a-zà-ÿ]+ment))?\s+(?=[A-ZÀ-Ý])")
"""An incise whose verb the speech-verb list lacks, right after a closing mark: a comma, a
lower-case verb (reflexive or not), at most an adverb or a detached adjective between
commas, then a capitalised subject ("», s'exclame, goguenard, Marc Lefort", "», se
rengorge ensuite Girard"): the inverted subject of an incise (Grevisse § 394, 2°)."""


def _free_incise(text: str, at: int, limit: int) -> tuple[str, str, int, int] | None:
    """The speaker of an incise matched by ``_FREE_INCISE`` at ``at`` (the character after
    the closing mark), when its subject is a name (capitalised, five words at most: a
person's, a newspaper's) and the sentence ends with it
    (no further verb: "», conclut X." but not "», dans un pays où Paul …"); else None."""
    match = _FREE_INCISE.match(text, at, limit)
    if match is None or match.group(1) in _NOT_INCISE:
        return None
    found = _incise_subject(text, match.end(), limit)
    if found is None or not found[0][:1].isupper() or len(found[0].split()) > 5 \
            or fold(found[0]) in _NOT_SUBJECT:
        return None
    rest = text[found[2]:limit]
    if not re.match(r"[^.!?\n«»“”\"]{0,80}(?:[.!?]|\n|$)", rest) or any(
            _is_verb(w) for w in re.findall(r"[a-zà-ÿ'’-]+", rest.split(".")[0])):
        return None
    return match.group(1), *found


def _past_time(text: str, at: int, limit: int) -> int:
    """Where the words after ``at`` go on past time words ("indiquait-on hier au cabinet
    du procureur": "hier" skipped), at the space before the next word."""
    while True:
        rest = text[at:limit]
        lead = len(rest) - len(rest.lstrip())
        time = _SKIP.match(rest[lead:])
        if time is None or not time.group() or not rest[lead + time.end() - 1:][:1].isspace():
            return at
        at += lead + len(time.group().rstrip())


_COMPLEMENT_OPENING = re.compile(
    r"(?i)\s*(?:à|au|aux|dans|devant|lors|en|après|avant|sur|depuis|pendant|auprès|face|dès"
    # the Spanish, Italian, Portuguese and Catalan indirect object or medium between the
    # verb and its subject ("ha contado a este diario X", "ha scritto su Facebook il
    # sindaco X", "contou ao Diário … a moradora X", "ha explicat a aquest diari la
    # directora X"; t-final64 #10, h-speakers65)
    r"|al|ai|agli|alla|alle|allo|all['’]|su|sul|sulla|sui|ao|aos|às|em|no|na|nos|nas|"
    r"nel|nella|nei|negli|nelle)\b"
    # Spanish, Italian and Catalan "a" before a demonstrative, an article or a name
    # (Portuguese "a" before a noun is its article: "informou a Metro do Porto")
    r"|(?-i:\s*a\s+(?:este|esta|estos|estas|questo|questa|aquest|aquesta|la|las|los|"
    r"[A-ZÀ-Ý]))")
_POSTPOSED_SUBJECT = re.compile(
    r"(?<=[a-zà-ÿ])\s+((?:son|sa|ses|leur|leurs|le|la|les|l['’]|un|une"
    # the Romance articles of the inverted subject ("el agricultor X", "il sindaco X",
    # "o bombeiro X", "a moradora X")
    r"|el|los|las|il|lo|gli|o|os|as|a)\b|M[em]?e?\s+[A-ZÀ-Ý]"
    # or the name itself after the complement's noun ("a este diario Marta López")
    r"|[A-ZÀ-Ý][a-zà-ÿ'’-]+\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+(?=\s*(?:[,.;:!?]|$)))")


def _past_complement(text: str, at: int, limit: int) -> int:
    """Where the subject of an inverted incise starts when a circumstantial complement
    comes between the verb at ``at`` and it ("», a réagi à la sortie de l'audience son
    avocat, Me X"): past a preposition, the first determiner that follows a noun, not a
    preposition ("de l'audience" is the complement's, "son avocat" the subject). The
    subject of an incise comes after its verb, a complement may come first (Grevisse
    § 385). 0 when the text at ``at`` opens no complement or no subject follows it."""
    if not _COMPLEMENT_OPENING.match(text, at, limit):
        return 0
    clause = re.match(r"[^,;:«»“”\"().!?\n]*", text[at:limit])
    assert clause is not None
    for match in _POSTPOSED_SUBJECT.finditer(clause.group()):
        previous = clause.group()[:match.start()].split()[-1]
        if match.group(1)[:1].isupper() and previous[:1].isupper():
            continue  # "Yannick Le Goff": a name's second half, not a name of its own
        previous = previous.lower()
        if previous not in _NOT_INCISE and not _COMPLEMENT_OPENING.fullmatch(previous) \
                and previous not in ("a", "de", "di", "da", "do", "del", "della"):
            # (after a preposition an article opens its object, "a los periodistas")
            return at + match.start(1)
    for word in re.finditer(r"(?<=\s)[A-ZÀ-Ý]", clause.group()):
        # "», a confié à Ouest-France Yannick Le Goff": the complement's own name (an
        # outlet) runs into the subject's; the subject's opens with a given name
        # (h-speakers65)
        named = _NAME_CLOSING_CLAUSE.match(clause.group(), word.start())
        if named is not None and given_name_gender(named.group(1)):
            return at + named.start()
    return 0


_NAME_CLOSING_CLAUSE = re.compile(
    r"([A-ZÀ-Ý][a-zà-ÿ'’]+)(?:\s+(?:(?:de|da|di|del|van|von|le|la)\s+)?"
    r"[A-ZÀ-Ý][\w'’-]+){1,3}\s*$")
"""A given name and one to three capitalised words closing a clause: the name of an
inverted subject after the verb's complement."""


_TIMED_NAME = re.compile(r"\s((?:[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ýa-zà-ÿ][a-zà-ÿ'’]+)*)(?:\s"
                         + _NAME_WORD + r")+)\s*$")
"""A person's name closing an incise's time chunk ("dans la matinée Manuel Valls")."""


def _incise_subject(text: str, at: int, limit: int) -> tuple[str, int, int] | None:
    """The speaker after an incise's verb at ``at``: the first noun phrase, past a time
    chunk (", la semaine dernière,"), or a person's name in apposition to it ("son
    patron, Patrick Werner"; "le ministre de la Défense, Juan Manuel Santos")."""
    holder = titled_incise(text, at, limit)
    if holder is not None:  # "», a promis la ministre de l'Agriculture et de la
        return holder  # Souveraineté alimentaire Annie Genevard": the title's holder
    phrases: list[tuple[str, int, int]] = []
    addressee = _ADDRESSEE.match(text[at:limit].lstrip())
    if addressee:
        at += len(text[at:limit]) - len(text[at:limit].lstrip()) + addressee.end()
    chunks = list(re.finditer(r"[^,]+", text[at:limit]))[:3]
    for n, chunk in enumerate(chunks):
        body = chunk.group()
        if not phrases and n + 1 < len(chunks) and text[at + chunk.start() - 1:][:1] == "," \
                and _ADVERBIAL.match(body.strip()) and not re.search(r"[A-ZÀ-Ý]", body):
            continue  # "», a ajouté, en gage de bonne volonté, le ministre": an adverbial
            # between commas stands before the inverted subject (Grevisse § 394)
        if not phrases and n + 1 < len(chunks) and text[at + chunk.start() - 1:][:1] == "," \
                and _participle_opener(body):
            continue  # "», a reconnu, interrogée par un quotidien, la capitaine X": a
            # detached participle before the inverted subject describes it (Grevisse § 333)
        if not phrases and n + 1 == len(chunks) and text[at + chunk.end():][:1] in PAIRS \
                and _ADVERBIAL.match(body.strip()) and not re.search(r"[A-ZÀ-Ý]", body):
            continue  # "», a déclaré, de façon quasiment « lyrique », la ministre": an
            # adverbial cut by a quoted word names no one; the subject is past the quote
        if _RELATIVE_OPENING.match(body):
            break  # "», a témoigné X, qui a requis l'anonymat": a relative clause
            # modifies the noun phrase before it and is never the subject (Grevisse § 1110)
        phrase = _noun_phrase(body.lstrip(), at + chunk.start() + len(body) - len(body.lstrip()))
        if phrase is None or _TIME_CHUNK.search(phrase[0]):
            if phrases:
                break
            timed = _TIMED_NAME.search(body)
            if phrase is not None and timed is not None:
                # "», a répété dans la matinée Manuel Valls, l'un des …": a time chunk,
                # then the subject with no comma between them
                phrases.append((timed.group(1), at + chunk.start() + timed.start(1),
                                at + chunk.start() + timed.end(1)))
                break
            continue
        phrases.append(phrase)
        if _NP_END.search(body.strip() + " ") and not body.rstrip().endswith(phrase[0]):
            # The phrase ended inside the chunk: no apposition follows, unless a title's
            # complement ended it and a name closes the incise ("la ministre déléguée aux
            # comptes publics, Amélie Dufresne."): the apposition names the title's holder
            # (Grevisse § 343; newuser7 P5).
            named = _closing_apposition(text, at, chunks, n, limit) if not phrases[1:] \
                and not _named_then_addressee(text, phrase, at + chunk.end()) else None
            if named is not None:
                phrases.append(named)
            break
    if not phrases:
        return None
    if len(phrases) > 1 and not _PERSON.match(phrases[1][0]) and \
            re.match(r"[a-zà-ÿ-]+\s+[A-ZÀ-Ý]", phrases[1][0]) and re.search(
                r",\s*(?:le|la|l['’])\s*$", text[max(0, phrases[1][1] - 8):phrases[1][1]]):
        # "…, y affirme le porte-parole du gouvernement, le colonel X": the apposition
        # is a title and the holder's name (t-enrich21 E7)
        titled = _name_in_title("", *phrases[1])
        if _PERSON.fullmatch(titled[1]):
            phrases[1] = titled[1:]
    people = [p for p in phrases[:2] if _PERSON.match(p[0])]
    return people[0] if people else phrases[0]


def _party_labelled(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is followed by a party's label in parentheses
    ("Fabrice Gauthier (LR)": ``quotes_refs.PARTY_SIDES``): a person, whatever
    preposition stands before the name."""
    label = re.match(r"[ \xa0]*\(([^()]{1,40})\)", text[end:end + 45])
    return label is not None and fold(label.group(1)).strip() in PARTY_SIDES


_ENDS_WITH_NAME = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ'’-]+[ \xa0]+" + _NAME_WORD + r"$")
_TO_ADDRESSEE = re.compile(r"(?i)[ \xa0]+(?:à|au|aux)[ \xa0]")


def _named_then_addressee(text: str, phrase: tuple[str, int, int], chunk_end: int) -> bool:
    """Whether the incise's subject ``phrase`` already ends with a person's name and the
    verb's indirect object follows it ("», a lancé le député LR Arnaud Vasseur à la
    ministre du Travail, Nathalie Brossard."): the name closing the incise is in
    apposition to the addressee, not to the subject (Grevisse § 343: an apposition
    follows the noun it qualifies), so it is no speaker (f-quotes21, set Z)."""
    return _ENDS_WITH_NAME.search(phrase[0]) is not None and \
        _TO_ADDRESSEE.match(text, phrase[2], chunk_end) is not None


_REACHED = re.compile(r"(?i)(?:joint|jointe|contactée?|interrogée?|sollicitée?|cité|citée|"
                      r"[a-zà-ÿ]{3,}(?:é|ée|i|ie|u|ue))\s+(?:par|au|à|sur|dans)\b")
"""A detached participle closing an incise after the speaker's name ("…, X, joint par
l'AFP.", "…, X, interrogé sur France Inter.")."""


def _closing_apposition(text: str, at: int, chunks: list[re.Match[str]], n: int,
                        limit: int) -> tuple[str, int, int] | None:
    """The person's name that follows chunk ``n`` and ends the incise (its sentence or
    clause closes right after it), or None."""
    if n + 1 >= len(chunks):
        return None
    following = chunks[n + 1]
    after = text[at + following.end():limit]
    if not re.match(r"\s*(?:[.;!?)]|$)", after) and not (
            n + 2 < len(chunks) and (_TIME_CHUNK.search(chunks[n + 2].group().strip())
                                     or _REACHED.match(chunks[n + 2].group().strip()))
            and re.match(r"\s*(?:[.;!?)]|$)", text[at + chunks[n + 2].end():limit])):
        return None  # "…, Amélie Dufresne, mardi soir." closes the incise too, and so
        # does a detached participle: "…, X, joint par l'AFP." (t-enrich24 E12)
    if _COMPANION_APPOSITION.search(text, at + chunks[n].start(), at + following.start()):
        return None  # "a déclaré le président … aux côtés du président ukrainien, X": X
        # is the companion, not the title's holder (t-final24 F2)
    name = following.group().strip()
    name = re.sub(r"[.;!?)]+$", "", name).strip()
    if not name or not _PERSON.fullmatch(name):
        return None
    start = at + following.start() + following.group().index(name)
    return name, start, start + len(name)


_NARRATIVE_INFINITIVE = re.compile(r"(?i)^\s*et\s+(?:de\s+|d['’])\s*([a-zà-ÿ]+(?:er|ir|re))\s*"
                                   r"[,:]?\s*$")

_NARRATIVE_SUBJECT = re.compile(
    r"^\s*(?i:et)\s+(?:(?i:le|la|l['’])\s*)?(?P<subject>[a-zà-ÿ][\w'’-]*"
    r"(?:\s+(?!(?:de|d['’])\b)[a-zà-ÿ][\w'’-]*){0,3}?|" + _NAME_WORD + r"(?:\s+"
    + _NAME_WORD + r")+)"
    r"\s+(?:de\s+|d['’])\s*(?P<verb>[a-zà-ÿ]+(?:er|ir|re))\s*[,:]?\s*$")
"""A narrative infinitive with its own subject: "Et le syndicaliste de prévenir : «",
"Et Paul Martin d'ajouter : «" (Grevisse § 901)."""

_CHAINED_INFINITIVE = re.compile(
    r"(?i)^\s*,\s*[^«»“”\"\n.!?;:]{1,120}?,?\s+(?:et|puis|avant(?:\s+même)?|non\s+sans)\s+"
    r"(?:de\s+|d['’])\s*([a-zà-ÿ]+(?:er|ir|re))\s*[,:]?\s*$")
"""The words between two quotes of one sentence when the second one goes on with the
first one's speaker: "« … », a-t-il tenu à souligner, avant d'ajouter : « … »", "« … »,
a confié X, puis d'ajouter : « … »" (the infinitive after "avant de" or "puis de" has the
subject of the main verb, Grevisse § 901 and § 1069): no speaker of its own, no incise
taken as a name (t-enrich20 E9)."""


_TITLED_APPOSITION = re.compile(r",[ \xa0]*((?:le|la|l['’])\s*[^,;:«»“”\"()]{3,120}?)"
                                r"[ \xa0]*(?:,|:|$)")
"""An apposition between commas opening with a definite article ("…, le colonel X,")."""


_ROLE_PLACE = re.compile(
    r"[ \xa0]+(?:en|à|au|aux|in|em|a|ai|al|alla|alle|agli|no|na|nel|nella|de|del|di|do|da|"
    r"della|delle|dos|das|of|for|para|per|chargée?s?[ \xa0]+d[eu']?)[ \xa0']+"
    r"((?:[\w'’-]+[ \xa0]+){0,7}?[\w'’-]+)(?=[ \xa0]*,)")
"""The complements closing a role's noun phrase before the comma of its apposed name: a
place (" en Córdoba", " à Lugo", " in Lombardia"), a portfolio then a place (" à la
Jeunesse à Quimperlé", " aux sports à Lille", " ai Trasporti di Bari"): prepositional
phrases of at most eight words (Grevisse § 358, the noun's complements), with no verb
(:func:`_role_complement`)."""


def _role_complement(text: str, at: int, limit: int) -> int:
    """Where the role's complements (:data:`_ROLE_PLACE`) starting at ``at`` end, before
    the comma of an apposed name; -1 when none does (a verb among the words is a clause,
    not a complement: "Selon le maire qui parlait à Lugo, …")."""
    place = _ROLE_PLACE.match(text, at)
    if place is None or place.end() >= limit:
        return -1
    if any(_is_verb(w) or fold(w) in ("qui", "que", "ou", "dont", "who", "which", "che", "cui")
           for w in re.findall(r"[\w'’-]+", place.group(1))):
        return -1
    return place.end()


def _apposed_name(text: str, at: int, limit: int) -> tuple[str, int, int] | None:
    """A person's name in apposition right after a description ending at ``at`` ("selon
    le procureur de Paris, Laure Beccuau, «"): the person speaks, not the description (nor
    the place its complement names). The description's place complement, which ends
    its noun phrase (:data:`_NP_END`), may stand before the apposition: "Según el
    delegado de Salud en Córdoba, Ángel Gonzalo, «" is Ángel Gonzalo's (h-ru57b,
    t-final57 A6)."""
    match = _APPOSED_PERSON.match(text[:limit].rstrip(), at)
    place = _role_complement(text, at, limit) if match is None else -1
    if place >= 0:
        match = _APPOSED_PERSON.match(text[:limit].rstrip(), place)
    if match is None:
        titled = _TITLED_APPOSITION.match(text[:limit].rstrip(" \xa0«“\""), at)
        found = titled_name(titled.group(1)) if titled is not None else None
        if titled is None or found is None:
            return None
        # "Selon le commandant des opérations de secours, le colonel Frédéric Lanza, «":
        # the apposition is a title then the name (Grevisse § 343)
        begin = titled.start(1) + found[0]
        return text[begin:titled.start(1) + found[1]], begin, titled.start(1) + found[1]
    return match.group(1), match.start(1), match.end(1)


def _source_with_name(text: str, np: tuple[str, int, int], limit: int
                      ) -> tuple[str, int, int]:
    """A "selon" source after a quote, or its person: "« … », selon son chef de file,
    Sophie Lacoste." is Sophie Lacoste's, the name in apposition after the role (as
    :func:`_apposed_name` before a quote); ``np`` itself when no name follows the
    description or the source is already a name (issue 16, f-speakers22)."""
    if not np[0][:1].islower() and not re.match(r"(?i)(?:l['’]|la |le |les |son |sa |ses |"
                                               r"leur |leurs |un |une )", np[0]):
        return np
    return _apposed_name(text, np[2], limit) or np


def _incise_speaker(text: str, cue: str, at: int, limit: int
                    ) -> tuple[str, str, int, int] | None:
    """The inverted subject after an incise's verb ending at ``at`` (see
    :func:`_incise_subject`), with ``cue``; None when there is none."""
    found = _incise_subject(text, at, limit)
    return (cue, *found) if found is not None else None


_OF_AGENT = re.compile(r"(?i)(?:^|[\s,])(?:du|des|de|d['’])\s*(?=\S)")


def _saying_subject(subject: str, offset: int) -> tuple[str, int, int] | None:
    """When a colon introduction's subject is a noun of saying ("Réponse lapidaire, ce
    mercredi, du haut dignitaire tibétain :", "La réponse tombe comme une évidence :"):
    the speaker its complement "de X" names, else ("", -1, -1), the one who spoke before
    (an answer, a reaction of the person spoken of): the noun of saying is no speaker.
    ``offset`` is the subject's start in the text; None when the subject is no noun of
    saying (:data:`SPEECH_NOUNS`)."""
    noun = _SAYING_NOUN.match(subject)
    if noun is None or re.match(r"\s*[a-zà-ÿ]+(?:e|ent)\s+(?:que|qu['’])", subject[noun.end():]):
        return None
    for agent in _OF_AGENT.finditer(subject, noun.end()):
        if re.search(r"(?i)\b(?:parmi|sur|dans|à|au|aux|en|pour|avec|contre|chez|entre)\s*$",
                     subject[noun.end():agent.start() + 1]):
            return None  # "Une réaction parmi d'autres sur un forum :": "d'autres" is
            # no agent, the noun phrase stays the source
        phrase = _noun_phrase(subject[agent.end():], offset + agent.end())
        if phrase is not None and not _time_phrase(phrase[0]) and \
                not _DATE.match(subject[agent.end():]):
            return phrase
    return "", -1, -1


def _in_relative_clause(head: str, at: int) -> bool:
    """Whether ``at`` in ``head`` stands in a relative clause opened since the last comma
    ("les travaux, qui ont pris du retard selon les riverains, seront « … »"): a "selon"
    there qualifies that clause, not the one holding the quote."""
    chunk = head[head.rfind(",", 0, at) + 1:at]
    return re.search(r"(?i)(?:^|\s)(?:qui|que|dont|où|lequel|laquelle|lesquels|lesquelles)\s"
                     r"|(?:^|\s)qu['’]", chunk) is not None and "," in head[at:]


def _closing_straight(head: str) -> list[int]:
    """The offset of the last closing straight quotation mark in ``head`` (one after a
    word and not before one: straight marks have no direction, :data:`_OPENING_STRAIGHT`),
    in a list, empty when there is none."""
    closing = [m.start() for m in re.finditer(r'(?<=[^\s(])"(?!\w)', head)]
    return closing[-1:]


_QUOTED_NAME_SUBJECT = re.compile(
    r"[ \t]*(?:(?:Le|La|Les)\s+|L['’]\s*)[«“\"]\s*([A-ZÀ-Ý][^«»“”\"\n]{0,60}?)\s*[»”\"]\s*,"
    r"([^,«»“”\";\n]{1,80}),")
"""A sentence opening with a name in quotation marks and its apposition ("Le « Quotidien du
peuple », organe officiel du Parti communiste, a publié …"): a newspaper's title is
quoted (French typography sets titles of periodicals in quotes or italics)."""


def _before(text: str, sentence_start: int, start: int, *, short: bool = False
            ) -> tuple[str, str, int, int] | None:
    """:func:`_introduction`, except that a speaker found in the apposition of a quoted
    name opening the sentence (:data:`_QUOTED_NAME_SUBJECT`) is that name: "Le « Quotidien
    du Tibet », autre organe officiel, a estimé que « … »" is the Quotidien du Tibet (the
    apposition describes the subject, the name names it)."""
    found = _introduction(text, sentence_start, start, short=short)
    named = _QUOTED_NAME_SUBJECT.match(text, sentence_start, start)
    if found is not None and named is not None and found[2] >= 0 and \
            named.start(2) <= found[2] < named.end(2):
        return found[0], named.group(1), named.start(1), named.end(1)
    return found


_REPORTED_SPEECH = re.compile(
    r"\s*,\s*(?P<subject>(?:[^\W\d_][\w'’-]*[ \u00a0,]+){0,9}?[^\W\d_][\w'’-]*),?"
    r"[ \u00a0]+(?:(?:lui|leur|nous|m['’]|t['’]|"
    r"l['’])[ \u00a0]*)?(?:(?:aurait|auraient|avait|avaient|a|ont|had|has|have)[ \u00a0]+)?"
    r"(?P<verb>[\w'’-]+)[ \u00a0]+(?:(?:him|her|them|us|me)[ \u00a0]+)?"
    r"(?:que\b|qu['’]|that\b|(?=(?:the|it|he|she|they|we|this|there)\b))")
"""After a "selon X" source, a clause with its own subject and speech verb opening a
reported clause: ", la ministre de la Santé lui aurait affirmé que", ", Chancellor James
Corrigan told her the bypass was"."""


def _reported_by_source(text: str, source_end: int, start: int
                        ) -> tuple[str, str, int, int] | None:
    """``(verb, speaker, start, end)`` when the words between a "selon"/"according to"
    source ending at ``source_end`` and a quote opening at ``start`` are a subject and a
    speech verb (:func:`_is_verb`) opening a reported clause (:data:`_REPORTED_SPEECH`):
    "Selon le député X, la ministre lui aurait affirmé que « … »" reports the minister's
    words through the MP, the source of the report, not of the words (the quote is the
    minister's: Riegel, Pellat & Rioul on indirect discourse; t-final29 F4). The speaker
    is the clause's subject, or the name in apposition to it ("la ministre des
    Transports, Claire Vautrin,"); None when no such clause."""
    match = _REPORTED_SPEECH.match(text, source_end, max(source_end, start - 1))
    if match is None or not _is_verb(match.group("verb")):
        return None
    np = _noun_phrase(match.group("subject"), match.start("subject"))
    if np is None:
        return None
    return (match.group("verb"), *(_apposed_name(text, np[2], start) or np))


_AUXILIARY_BEFORE_QUOTE = re.compile(
    r"\s*,\s*(?P<subject>[^\s,][^,«»“”\"]{0,80}?)\s+"
    r"(?:a|ont|avait|avaient|aurait|auraient|aura|auront)\s*")
"""After a "selon X" source: a comma, then a clause's subject and the auxiliary standing
right before the quote ("Selon l'Élysée, M. Macron a « réaffirmé … »")."""
_PRONOUN_ALONE = re.compile(r"(?i)(?:il|elle|ils|elles)")


def _speech_after_source(text: str, source_end: int, start: int
                         ) -> tuple[str, str, int, int] | None:
    """The speaker of a quote opening at ``start`` that is its own subject's speech act,
    after a "selon X" source ending at ``source_end``: "Selon l'Élysée, M. Macron a
    « réaffirmé le soutien de la France »" quotes Macron, the Élysée reports it
    (t-final51 A6: the Élysée was the speaker). The quote must open with a reporting verb's
    participle (:func:`_is_verb`: "réaffirmé", "dénoncé", "jugé"; an adverb in -ment may
    come before it, "fermement condamné") right after the clause's
    auxiliary; otherwise the quoted words are the source's ("Selon la police, les casseurs
    ont « tout saccagé »": the police's words). A subject pronoun ("il a « dénoncé »") is
    the previous speaker, as elsewhere ("pronoun"). None when no such clause."""
    found = _AUXILIARY_BEFORE_QUOTE.fullmatch(text, source_end, max(source_end, start - 1))
    if found is None or len(found.group("subject").split()) > 8:
        return None
    first = re.match(r"\s*(?:[\w'’-]+ment\s+)?([\w'’-]+)", text[start:start + 60])
    if first is None or not _is_verb(first.group(1)):
        return None  # (an adverb may come first: « fermement condamné », t-final51b A15)
    if _PRONOUN_ALONE.fullmatch(found.group("subject")):
        return "pronoun", "", -1, -1
    phrase, lead = strip_leading(found.group("subject"))
    begin = found.start("subject") + lead
    return first.group(1), phrase, begin, begin + len(phrase)


def _introduction(text: str, sentence_start: int, start: int, *, short: bool = False
                  ) -> tuple[str, str, int, int] | None:
    """An introduction before a quote opening at ``start`` within its sentence; a
    ``short`` quote (a fragment) may stand a few words after its verb ("X a dénoncé
    mardi un discours « truffé d'incantations »")."""
    head = text[sentence_start:start - 1]
    cut = max([head.rfind(m) for m in ("»", "”", ";")] + _closing_straight(head))
    if cut >= 0 and head[cut] != ";" and not re.search(r"\w", head[cut + 1:]):
        cut = -1  # 'X, interrogée par "La Croix" : «': a name in quotes inside the intro
    elif cut >= 0 and head[cut] != ";" and _inside_dash_aside(head, cut):
        cut = -1  # "Le député X - rapporteur de la loi instaurant un droit au « laisser
        # mourir » - a répliqué en se disant « … »": the earlier quote is in an aside
    # (the words of an earlier quote of the sentence are no introduction, whatever its
    # marks: a "selon" inside « … » or "…" is the speaker's, not the author's attribution)
    earlier = head[:cut] if cut >= 0 and head[cut] in "»”\"" else None
    earlier_start = sentence_start
    if cut >= 0:
        sentence_start, head = sentence_start + cut + 1, head[cut + 1:]
    narrative = _NARRATIVE_INFINITIVE.search(head) or (
        _CHAINED_INFINITIVE.search(head) if earlier is not None else None)
    if narrative is not None and _is_verb(narrative.group(1)):
        # "Et d'ajouter : «", "Et de conclure : «" (the narrative infinitive, Grevisse
        # § 901): the subject is the one of the sentences before, as for a pronoun
        return narrative.group(1), "", -1, -1
    narrated = _NARRATIVE_SUBJECT.search(head)
    if narrated is not None and _is_verb(narrated.group("verb")):
        # "Et le syndicaliste de prévenir : «": the narrative infinitive's own subject
        # speaks (Grevisse § 901; t-enrich24 E11 cut it to "syndicaliste de")
        begin = sentence_start + narrated.start("subject")
        return narrated.group("verb"), narrated.group("subject"), begin, \
            begin + len(narrated.group("subject"))
    rel = list(_SELON_REL.finditer(head)) or list(_POUR_REL.finditer(head))
    if rel:
        before = head[:rel[-1].start()].rstrip()
        named = _named_antecedent(before.rstrip(" ,"), 0, adjuncts=True)  # "selon", "pour"
        dets = list(_DETERMINER.finditer(before))
        if named is not None:  # "…, rappelle l'historien X, pour qui « … »"
            return "selon", named[0], sentence_start + named[1], sentence_start + named[2]
        if dets:
            s = dets[-1].start()
            phrase, lead = strip_leading(before[s:])
            begin = sentence_start + s + lead
            return "selon", phrase, begin, begin + len(phrase)
    selon = [m for m in _SELON.finditer(head) if not _in_relative_clause(head, m.start())
             and (not m.group().lower().startswith("à") or re.fullmatch(
                 r"(?i)\s*(?:(?:mais|et|or|donc|car|pourtant)\s+)?|.*\b(?:que|qu['’])\s*",
                 head[:m.start()]))]  # "à en croire X" opening its clause only (mid-clause,
    # ", à en croire un sondage," qualifies a word, not the sentence)
    if selon:
        np = _noun_phrase(head[selon[-1].end():], sentence_start + selon[-1].end())
        source = (_apposed_name(text, np[2], start) or np) if np else None
        reported = _reported_by_source(text, source[2], start) if source else None
        if source is not None and reported is None:
            return _speech_after_source(text, source[2], start) or ("selon", *source)
        if reported is not None:
            return reported
    pour = _POUR.search(head) or (_POUR_OPENING.match(head) if (not re.search(
        r":\s*$", head) or _unsaid_clause(head)) and not _said_after_pour(head) else None)
    if pour:
        phrase, lead = strip_leading(pour.group(1))
        begin = sentence_start + pour.start(1) + lead
        return "pour", *(_apposed_name(text, begin + len(phrase), start)
                         or (phrase, begin, begin + len(phrase)))
    locutions = _locutions(head)
    verbs = sorted([m for m in re.finditer(r"[\w'’-]+", head)
                    if (_is_verb(m.group()) or (_THINKING.fullmatch(m.group()) is not None
                                                and _REPORTING_QUE.match(head, m.end())))
                    and not _bare_participle(head, m)
                    and not _called_to(head, m) and not _sentenced(head, m)
                    and not _noun_of_verb(head, m)
                    and not any(lo.start() <= m.start() < lo.end() for lo in locutions)]
                   + locutions, key=lambda m: m.start())
    colon = re.search(r":\s*$", head) is not None
    read_in = _read_in_document(text, head, verbs, sentence_start)
    if read_in is not None:
        return read_in
    if re.fullmatch(r"(?i)\s*(?:(?:mais|et|puis)\s+)?(?:il|elle|ils|elles)\s*", head):
        return "pronoun", "", -1, -1  # 'Elle « envisage un journal … »': the previous speaker
    inverted = _INVERTED_BEFORE.search(head) if verbs else None
    if inverted and _named_subject(head[:inverted.start()]):
        inverted = None  # "Le chef de service, le docteur X, décrit une situation : «"
    if inverted and inverted.start(1) == verbs[-1].start():
        # "…, prédit le Guardian britannique (centre gauche) : «": the subject follows
        phrase, lead = strip_leading(inverted.group(2).strip())
        begin = sentence_start + inverted.start(2) + lead
        return inverted.group(1), phrase, begin, begin + len(phrase)
    if verbs and re.search(r"(?i)\b(?:comme|ainsi que)\s+(?:le|la|l'|l’)\s*$",
                           head[:verbs[-1].start()]):
        verb = verbs[-1]  # "comme le rappelle HRW, «", "comme le précise X, Y :"
        found = _subject(head[verb.end():].rstrip(" :,"))
        if found is None:
            return None
        name, s, e = found
        return verb.group(), name, sentence_start + verb.end() + s, \
            sentence_start + verb.end() + e
    cited = _cited(head)
    if cited is not None:  # "Il cite une bénévole rencontrée sur place : « … »"
        return "cite", cited[0], sentence_start + cited[1], sentence_start + cited[2]
    between = head[verbs[-1].end():] if verbs else ""
    if verbs and (_INTRO_END.fullmatch(between) or (
            short and len(between) <= 60
            and not re.search(r"[«»“”\".;]|\bque\b|\bqu['’]", between))):
        cue, subject = verbs[-1].group(), head[:verbs[-1].start()]
    elif verbs and (not short or (re.search(r"(?i)\bque\b|\bqu['’]", between)
                                  and not _TERM_BEFORE.search(
                                      _POSSESSIVE_END.sub("", head[-41:])))) \
            and len(between) <= MAX_INTRO_GAP \
            and not _GAP_BREAK.search(between) and not _RELATIVE_VERB.search(between):
        # "X a estimé samedi 12 juillet, qu'«", "X a précisé que les milices … : «"
        cue, subject = verbs[-1].group(), head[:verbs[-1].start()]
    elif colon:
        cue, subject = ":", head.rstrip(" :")  # "X a appelé à … : «"
        saying = _saying_subject(subject, sentence_start)
        if saying is not None:
            return (cue, *saying) if saying[0] else (cue, "", -1, -1)
    elif earlier is not None and _shared_fragment_link(head):
        return _earlier_fragment_introduction(text, earlier_start, earlier, short)
    else:
        return None
    if short and verbs and cue == verbs[-1].group() and re.search(
            r"(?i)(?:\bne\s|\bn['’])\s*(?:(?!(?:mais|et|puis)\b)[\w'’]+\s+){0,4}$",
            head[:verbs[-1].start()]):  # ("il ne ferme rien mais fait part de": not negated)
        return None  # "elle n'a à aucun moment évoqué la possibilité de « … »": unsaid words
    reporting = next((v for v in verbs[:-1] if _REPORTING_QUE.match(head, v.end())), None)
    nonfinite = bool(verbs) and re.search(r"(?:er|ir|re)$", verbs[-1].group()) is not None \
        and re.search(r"(?i)(?:\b(?:pour|afin de|de|à|sans)|\bd['’])\s*$",
                      head[:verbs[-1].start()]) is not None
    if reporting is not None and (not colon or nonfinite) and cue == verbs[-1].group():
        # (a colon after an infinitive of purpose, "X pense que le moment est mal choisi
        # pour répondre à une telle question : « … »", closes the reported clause: an
        # infinitive has no subject of its own)
        # "X a assuré que les opérations se poursuivraient « … »": the reporting verb's
        # subject speaks; the later verb belongs to the reported clause, unless that
        # clause names its own speaker ("X a affirmé que son collègue Paul Martin avait
        # jugé la réforme « … »": the words reported are the inner speaker's)
        que = _REPORTING_QUE.match(head, reporting.end())
        inner = _subject(head[que.end():verbs[-1].start()]) if que is not None else None
        if inner is None or not (_PERSON.match(inner[0]) or is_body(inner[0]) or (
                que is not None and _described_speaker(inner[0], head[
                    que.end() + inner[2]:verbs[-1].start()]))):
            # ("Marie raconte que son voisin lui a crié « … »": the neighbour's words, a
            # person described, reported inside her account, t-enrich20 E9)
            cue, subject = reporting.group(), head[:reporting.start()]
    subject_at = 0  # where ``subject`` starts in ``head``: its offsets are relative to it
    if cue.endswith("ant") and len(verbs) > 1 and cue == verbs[-1].group():
        # "X a demandé … que Y soit saisi, dénonçant un «…»": the main clause's subject
        subject = head[:verbs[0].start()]
        if not subject.strip(" ,") and earlier is not None:
            # "« … », dénonçait la motion, l'accusant d'avoir une « … »": the main verb is
            # an incise after an earlier quote, its subject inverted after it
            subject = head[verbs[0].end():verbs[-1].start()]
            subject_at = verbs[0].end()
    reflexive = _REFLEXIVE_END.search(subject) if _PRONOMINAL_SPEECH.match(cue) else None
    if reflexive is not None and subject[:reflexive.start()].strip() and \
            fold(subject[:reflexive.start()].split()[-1]) != "on":  # "on se disait": impersonal
        # "Les forces armées se déclaraient « … »", "Les syndicats se disent « … »": a
        # pronominal speech verb, its reflexive clitic no part of the subject
        subject = subject[:reflexive.start()]
    voice = _voice_of(text, head, sentence_start, start)
    found = voice or _subject(subject)
    after = voice  # offsets already in the head's terms
    colon_at = subject.rfind(":")
    if colon_at >= 0 and cue != ":" and head.startswith(subject):
        # "La lettre du CIO est pour le moins directe : le CIO souhaite « … »", "Le bilan
        # est maigre : le syndicat dénonce « … »": a colon opens a clause of its own
        # (Grevisse § 1061), whose subject is the verb's
        clause = _subject(subject[colon_at + 1:])
        if clause is not None:
            found = clause[0], clause[1] + colon_at + 1, clause[2] + colon_at + 1
    if found is None and cue == ":" and subject.strip()[:1].isupper() and \
            _participle_opener(subject):
        # "Interrogée après la rencontre : « … »": a detached participle with no subject
        # after it describes the one spoken of, as a pronoun would
        return cue, "", -1, -1
    if found is None:
        if cue != ":" and (re.fullmatch(r"(?i)\s*(?:et|puis|mais)?\s*", subject) or (
                cue.endswith("ant") and re.fullmatch(r"[\s,]*", subject))):
            # (", jugeant que c'était « … »" after an earlier quote: a participle or a
            # coordinated verb shares the subject of the sentence's main clause)
            shared = _coordinated_subject(text, earlier_start, earlier)
            if shared is not None:
                return cue, *shared
            opening = _participle_opening_subject(text, start) \
                if cue.endswith("ant") and earlier is None else None
            if opening is not None:
                return cue, *opening
            return cue, "", -1, -1  # "Et demandé que «": the previous speaker's words
        if earlier is not None and verbs and cue == verbs[-1].group() and \
                re.fullmatch(r"[\s,]*", subject):
            # "« … », dénonçait la motion commune, l'accusant d'avoir une « … »": the
            # verb is the incise of the earlier quote, its subject inverted after it
            return _incise_speaker(text, cue, sentence_start + verbs[-1].end(), start - 1)
        return None
    name, s, e = found
    if _CLITIC_END.search(name):
        return None
    if found is not after:
        # (the subject inverted after the main verb, "», annonce le Premier ministre,
        # soulignant que « … »", starts after that verb, not at the head's start: its
        # offsets were read as the head's, and the span fell on "nonce le Premier",
        # f-speakers24; speaker_bounds had moved it back)
        s, e = s + subject_at, e + subject_at
    return cue, name, sentence_start + s, sentence_start + e


_FRAGMENT_LINK = re.compile(r"[^.;:!?«»“”\"()\n]{0,60}")


def _shared_fragment_link(between: str) -> bool:
    """Whether the words between an earlier quote of the sentence and this one only link
    the two fragments (" et de", " toute", " des Grecs à"): short, no verb of saying, no
    finite verb, no capitalised name opening a clause of its own."""
    return _FRAGMENT_LINK.fullmatch(between) is not None and \
        _FINITE.search(between) is None and _AUX.search(" " + between + " ") is None and \
        not any(_is_verb(w) for w in re.findall(r"[\w'’-]+", between))


def _earlier_fragment_introduction(text: str, sentence_start: int, earlier: str, short: bool
                                   ) -> tuple[str, str, int, int] | None:
    """The introduction of the earlier quote of the sentence (``earlier`` holds the
    sentence up to its closing mark), for a fragment linked to it with no verb of its own:
    "Le groupe assure que les départs se feront sur la base du « volontariat » et de « la
    rotation naturelle … »" (the fragments are coordinated complements of one verb, so
    one speaker says both; Grevisse § 262), a passive agent before the earlier one first,
    as for any quote ("dénoncée par X comme une « … » et une volonté de « … »"). None
    when the earlier one has none."""
    opening = max(earlier.rfind(mark) for mark in ("«", "“", '"'))
    if opening < 0:
        return None
    at = sentence_start + opening + 1
    return _agent_before(text, sentence_start, at) or \
        _introduction(text, sentence_start, at, short=short)


_ON_Y = re.compile(r"(?i)(?:^|[\s,])on\s+(?:peut\s+|pouvait\s+)?y\s*$")
_READING = re.compile(r"(?i)(?:lit|lisait|lire)$")
_DOCUMENT_BEFORE = re.compile(r"(?i)\b(?:une?|la|le|l['’]|ce|cet|cette|son|sa|leur)\s*"
                              r"([a-zà-ÿ]+(?:\s+(?:de|du|des|d['’])\s*[\w'’-]+)?)")


def _read_in_document(text: str, head: str, verbs: Sequence[re.Match[str]],
                      sentence_start: int) -> tuple[str, str, int, int] | None:
    """The document an impersonal "on y lit" reads the quote in ("Le centre a envoyé une
    lettre aux parents. On y lit que les élèves « … »"): "y" takes up the last document
    noun (``DOCUMENTS``, ``PUBLICATIONS``) of the sentence before, whose words the quote
    gives, not the previous speaker's. None when the verb is no reading after "on y", or
    no document noun stands in the sentence before."""
    if not verbs or not _READING.search(verbs[-1].group()) or \
            _ON_Y.search(head[:verbs[-1].start()]) is None:
        return None
    previous = text[max(0, sentence_start - 300):sentence_start]
    previous = re.split(r"[.!?]\s(?=\S)", previous.rstrip())[-1]
    base = sentence_start - len(text[max(0, sentence_start - 300):sentence_start]) + \
        text[max(0, sentence_start - 300):sentence_start].rfind(previous)
    found = None
    for match in _DOCUMENT_BEFORE.finditer(previous):
        noun = fold(match.group(1).split()[0])
        if noun in DOCUMENTS or noun in PUBLICATIONS:
            found = match
    if found is None:
        return None
    return verbs[-1].group(), found.group(1), base + found.start(1), base + found.end(1)


def _said_after_pour(head: str) -> bool:
    """Whether a sentence opened by "Pour X," (:data:`_POUR_OPENING`) goes on to a clause
    with a subject of its own and a verb of saying ("Pour les écologistes, Marine Tondelier
    a dénoncé une région qui « … »"): that subject speaks, "Pour X" only says whose side
    it is on (newuser17a H5)."""
    opening = _POUR_OPENING.match(head)
    if opening is None:
        return False
    rest = head[opening.end():]
    subject = re.match(r"\s*(?:" + _NAME_WORD + r")(?:\s+" + _NAME_WORD + r")*\s+(?:a|ont|avait|"
                       r"avaient)?\s*([\w'’-]+)", rest)
    return subject is not None and _is_verb(subject.group(1))


_VERBLESS_COMMENT = re.compile(
    r"\s*(?!(?:le|la|les|l['’]|un|une|des|du|de|d['’]|son|sa|ses|leur|leurs|ce|cet|cette|"
    r"ces|il|elle|ils|elles|on|nous|vous|je|j['’])\b)[a-zà-ÿ][^«»“”\"]*:\s*$")
"""A verbless comment between "Pour X," and the colon ("Pour Pierre Martin, pas question de
céder : « … »", "Pour elle, hors de question :"): a lower-case word that opens no noun
phrase nor subject pronoun, the nominal sentence giving X's view (Grevisse § 404, the
verbless sentence)."""


def _unsaid_clause(head: str) -> bool:
    """Whether a sentence opened by "Pour X," (:data:`_POUR_OPENING`) goes on to its colon
    with a clause of its own (a finite verb) and no verb of saying or thinking ("Pour
    Sophie Lemaire, conductrice de ligne, l'essentiel est ailleurs : « … »"; not "Pour
    l'association X, l'April :", an apposition): the clause gives X's view, so the words after the
    colon are X's, as "Pour X, « … »" are; a speech verb after it names its own speaker
    ("Pour X, le ministre a déclaré : « … »")."""
    opening = _POUR_OPENING.match(head)
    return opening is not None and (
        _FINITE.search(head, opening.end()) is not None
        or _AUX.search(head, opening.end()) is not None
        or _VERBLESS_COMMENT.match(head, opening.end()) is not None) and not any(
        _is_verb(w) or _THINKING.fullmatch(w) for w in re.findall(r"[\w'’-]+",
                                                                   head[opening.end():]))


_VOICE = re.compile(r"(?i)\bpar\s+la\s+(?:voix|bouche)\s+(?:de\s+la\s+|de\s+l['’]|de\s+|du\s+|"
                    r"des\s+|d['’])")


def _voice_of(text: str, subject: str, sentence_start: int, start: int
              ) -> tuple[str, int, int] | None:
    """The one a body speaks through ("La mairie a réagi par la voix de son adjoint, Luc
    Faure : «", "Le club a réagi par la voix de son président, qui a dénoncé «"): "par la
    voix de X" names who says the words for the subject (Le Petit Robert, "voix": "par la
    voix de", through the agency of), so X speaks, by name when a name is in apposition.
    ``subject`` is the text before the speech verb, from ``sentence_start``; None when it
    holds no such phrase."""
    voice = next(reversed(list(_VOICE.finditer(subject))), None)
    if voice is None:
        return None
    # (offsets from ``sentence_start``, as :func:`_subject`'s: the caller adds it)
    phrase = _noun_phrase(subject[voice.end():], voice.end())
    if phrase is None:
        return None
    named = _PERSON_RUN_RE.search(phrase[0])
    if named is not None:  # "ses deux porte-parole Chantal Brunel et Frédéric Lefebvre"
        return phrase[0][named.start():], phrase[1] + named.start(), phrase[2]
    apposed = re.compile(r"(?:\s+(?:aux?|à\s+la|à\s+l['’]|des?|du|d['’]|chargée?\s+d[eu']?)"
                         r"[^,:;«»()]{1,60}?)?,\s*(" + _PERSON_RUN + r")\s*(?:[,:]|$)").match(
        text[:start - 1].rstrip(" «“\""), sentence_start + phrase[2])
    if apposed is not None:  # "par la voix de son adjoint (aux transports), Luc Faure :"
        return apposed.group(1), apposed.start(1) - sentence_start, \
            apposed.end(1) - sentence_start
    return phrase


def _participle_opening_subject(text: str, start: int) -> tuple[str, int, int] | None:
    """The speaker of a quote inside a present participle clause opening its sentence
    ("Jugeant l'organisation « impeccable », Jacques Rogge a déclaré …", "Demandant au
    conseil « … », les syndicats énumèrent …"): the subject of the main clause after it,
    which a detached participle shares (Grevisse § 333). None when no name or definite
    description followed by a verb comes after the participle clause's comma, within its
    sentence."""
    closing = re.search(r"[»”\"]", text[start:start + MAX_QUOTE_CHARS])
    if closing is None:
        return None
    at = start + closing.end()
    window = re.split(r"[.!?;«“\n]", text[at:at + 200])[0]
    match = _MAIN_SUBJECT.search(window)
    if match is None or window[:match.start()].count(",") or \
            fold(match.group(1).split()[0]) in _NOT_SUBJECT - {"le", "la", "les", "l"}:
        return None
    phrase, lead = strip_leading(match.group(1))
    begin = at + match.start(1) + lead
    return phrase, begin, begin + len(phrase)


_CITING = re.compile(
    r"(?i)\b(?:(cite|citent|citait|citaient|citant|(?:a|ont|avait|avaient)\s+cité|"
    r"(?:re)?(?:lit|lisent|lisait|lisaient|lisant)|(?:a|ont|avait|avaient)\s+(?:re)?lu)|"
    r"(montre|montrent|montrait|montraient|montrant|brandit|brandissent|brandissait|"
    r"brandissant|(?:a|ont|avait|avaient)\s+(?:montré|brandi)))\s+"
    r"((?:un|une|le|la|les|l['’]|des|son|sa|ses|leur|leurs)\s*[^:;.!?«»“”\"]{1,80}?)"
    r"\s*:\s*$")
"""A verb of citing or reading (group 1), or of showing a document (group 2), its object
(group 3) and a colon before a quote ("Il cite une bénévole : «", "X a lu la lettre d'une
mère : «", "X a montré le message de Y : «")."""


def _cited(head: str) -> tuple[str, int, int] | None:
    """The person a speaker cites right before a quote ("Il cite une bénévole espagnole
    rencontrée l'an dernier : « … »"): the cited words are the object's, not the
    subject's (newuser14a E4); the object is cut before a past participle describing it
    ("rencontrée …"). A document read or shown ("a lu la lettre d'une mère", "montre le
    message de Julie Caron": verify15 R6) speaks its author's words: the author when
    named with a capital, else the document's description; a verb of showing needs a
    document object (``DOCUMENTS``: "montre un visage" quotes no one). None when no such
    verb introduces the quote."""
    match = _CITING.search(head)
    if match is None or (match.group(2) and not _document_head(match.group(3))):
        return None
    phrase, lead = strip_leading(match.group(3))
    begin = match.start(3) + lead
    words = list(re.finditer(r"[\w'’-]+", phrase))
    cut = next((w.start() for w in words[1:] if re.search(r"(?:é|ée|és|ées)$", w.group())
                and french().is_verb_form(w.group())), len(phrase))
    phrase = phrase[:cut].rstrip(" ,")
    if phrase and _document_head(phrase):
        author = _through_document(head, ("", phrase, begin, begin + len(phrase)))
        if author is not None:  # "la lettre de Julie Caron": Julie Caron's words
            return author[1], author[2], author[3]
    return (phrase, begin, begin + len(phrase)) if phrase else None


_REFLEXIVE_END = re.compile(r"(?i)\s(?:se|s['’])\s*(?:(?:est|sont|était|étaient|sera|seront|"
                            r"serait|seraient)\s+)?$")
"""A reflexive clitic (and the auxiliary "être") right before a verb: "se", "s'est"."""
_PRONOMINAL_SPEECH = re.compile(r"(?i)(?:déclar|dit|dis|dite|disent|félicit|réjou|confi|défend)")
"""Speech verbs whose pronominal form still speaks ("se dire", "se déclarer" with an
attribute: "se disent « très inquiets »"; "se féliciter", "se réjouir", "se confier",
"se défendre"), unlike "se poursuivre", "se rappeler", "se demander"."""


def _coordinated_subject(text: str, sentence_start: int, earlier: str | None
                         ) -> tuple[str, int, int] | None:
    """The subject a verb coordinated after an earlier quote of its sentence shares ("Le
    syndicat, lui, « refuse » et estime que « … »", "X a dénoncé « … » et demandé que"):
    the noun phrase opening the sentence before that quote, before its first verb (the
    coordinated verbs of one clause have one subject, Grevisse § 269). ``earlier`` is the
    sentence's text up to the earlier quote's closing mark, from ``sentence_start``; None
    when no such quote or no named subject stands there (the previous speaker's words)."""
    if earlier is None:
        return None
    opening = max(earlier.rfind("«"), earlier.rfind("“"), earlier.rfind('"'))
    if opening < 0:
        return None
    before = earlier[:opening]
    if re.search(r"[«»“”\";]", before):
        return None
    # "La direction, elle, « … »": a tonic pronoun apposed to the subject (Grevisse § 661)
    before = re.sub(r"(?i),\s*(?:lui|elle|eux|elles)\s*,\s*$", lambda m: " " * len(m.group()),
                    before)
    before = _after_colon(before)
    verb = next((m for m in re.finditer(r"[\w'’-]+", before) if _is_verb(m.group())), None)
    found = _subject(before[:verb.start()] if verb is not None else before)
    if found is None:
        return None
    name, s, e = found  # a pronoun too ("Elle a jugé « … » et rappelé que « … »"): the
    # coordinated verb's subject is resolved as the first verb's (verify15 R12)
    return name, sentence_start + s, sentence_start + e


_SUBJECT_OPENING = re.compile(r"\s*(?:(?:le|la|les|l['’])\s*|(?=[A-ZÀ-Ý]))")


def _named_subject(words: str) -> bool:
    """Whether ``words`` (a sentence's words before ", VERB") are that verb's subject naming
    a person: a definite noun phrase or a name opening the sentence, with its apposition
    ("Le chef de service, le docteur Marc Noizet"). Then the verb has its subject before
    it, and a noun phrase after it is its object ("décrit une situation intenable"), not a
    subject inverted after the verb ("Avec la crise, suppute l'Afub": an adverbial
    before it; Grevisse § 394, inversion follows an adverbial or a quote)."""
    opening = _SUBJECT_OPENING.match(words)
    if opening is None or _ADVERBIAL.match(words.strip()) or _OPENER.match(words.strip()) \
            or re.search(r"[«»“”\";:.!?]", words) or words.count(",") > 1:
        return False
    found = _subject(words)
    return found is not None and _PERSON.match(found[0]) is not None


_INVERTED_PRONOUN = r"(?:-(?:t-)?(?:il|elle|ils|elles|on))?"
_LOCUTION = re.compile(
    r"(?i)\b(?:(?:fai(?:t|s|sait|saient|sant)|fera|font|ont fait|a fait)" + _INVERTED_PRONOUN
    + r"\s+(?:\w+ment\s+|aussi\s+|également\s+)?(?:part|état|savoir|valoir|remarquer|observer)"
    # Italian "far sapere", Spanish "hacer saber", Portuguese "fazer saber" (to make known,
    # as "faire savoir": Treccani, "sapere"; '"…", ha fatto sapere la Regione in una nota';
    # t-final64 #4, h-speakers65)
    r"|(?:fatto|fa|fanno|fece|fecero|hecho|hizo|hicieron|fez|fizeram|feito)\s+(?:sapere|saber)"
    # "ha comunicado la Conselleria", "ha comunicato RFI", "ha comunicat l'Ajuntament": the
    # participle after its auxiliary only, since alone it is the noun "press release"
    # (RAE, *Nueva gramática*, § 43.7: comunicar; t-final65, h-speakers65 leftover)
    r"|(?:ha|han|hanno|hem|havia|había|habían|aveva|avevano)\s+"
    r"(?:comunicado|comunicato|comunicat)"
    r"|(?:tien(?:t|s|nent|dra|draient)|tenai(?:t|ent)|tenu(?:e|s|es)?|tenant)" + _INVERTED_PRONOUN
    + r"\s+"
    r"(?:\w+ment\s+|aussi\s+|également\s+)?à\s+(?P<infinitive>[a-zà-ÿ]+(?:er|ir|re)))\b")
"""Verbal locutions of saying, matched as one verb: "faire part de", "faire état de" (to
announce, to mention), "faire savoir", "faire valoir", "faire remarquer", "faire observer"
(to make known, to argue, to point out: Le Petit Robert), and "tenir à" before a speech
verb's infinitive ("a tenu à préciser", "tient à rappeler": to insist on saying); the
Italian, Spanish and Portuguese "far sapere", "hacer saber", "fazer saber"; "ha comunicado"
(it "ha comunicato", ca "ha comunicat"), the participle of "comunicar" after its auxiliary."""


def _of_saying(locution: re.Match[str] | None) -> bool:
    """Whether a :data:`_LOCUTION` match says something: "tenir à" only before a speech
    verb ("tenu à préciser", not "tenu à partir")."""
    return locution is not None and (locution.group("infinitive") is None
                                     or _is_verb(locution.group("infinitive")))


def _locutions(text: str) -> list[re.Match[str]]:
    """The verbal locutions of saying in ``text``."""
    return [m for m in _LOCUTION.finditer(text) if _of_saying(m)]
_RELATIVE_VERB = re.compile(
    r"(?i)\bqui\s+(?:\w+\s+){0,2}?(?:a|ont|avait|avaient)\s+\w+[^,]*$")
"""A relative clause with its own verb between a speech verb and a quote ("X a confié … à
un groupe qui lui a remis des « … »"): the quote belongs to that clause, not the speech."""
_POSSESSIVE_END = re.compile(r"(?i)\b(?:son|sa|ses|leur|leurs)\s*$")
"""A possessive before a fragment in a reported clause ("ont annoncé que … bénéficieraient
de leur « clémence »") is no naming determiner."""
_NOUN_BEFORE = re.compile(r"(?i)(?:^|\s)(?:le|la|les|un|une|des|du|ce|cet|cette|ces|son|sa|ses|"
                          r"leur|leurs|mon|ma|mes|notre|nos|votre|vos)\s+$")


def _noun_of_verb(head: str, verb: re.Match[str]) -> bool:
    """A determiner before a speech verb's stem makes it a noun ("ces propos", "le rappel");
    a clitic pronoun does not ("comme le rappelle X", "il le dit", "qui la dénonce")."""
    found = _NOUN_BEFORE.search(head, 0, verb.start())
    return found is not None and not (
        re.match(r"(?i)\s*l(?:e|a|es)\s", head[found.start():]) and re.search(
            r"(?i)(?:\b(?:comme|qui|il|elle|on|ils|elles|ne|nous|vous|je|tu)|[nj]['’])\s*$",
            head[:found.start() + 1]))


_INVERTED_BEFORE = re.compile(
    r",\s*([\w'’-]+)\s+((?:le|la|les|l['’]|un|une|son|sa|ses|leur|[A-ZÀ-Ý])[^,:;«»“”\"()]{0,80}?)"
    r"\s*(?:\([^()]*\))?\s*[:,]\s*$")
"""A speech verb after a comma with its subject after it, then a colon or a comma ("Avec la
crise, suppute l'Afub, «")."""


_AUXILIARY = re.compile(r"(?i)(?:\b(?:a|ont|avait|avaient|aura|auront|est|sont|était|étaient|"
                        r"été|ai|as|avons|avez|eu|has|have|had)\b|['’]|-t-(?:il|elle|on)\b"
                        r"|-(?:il|elle|on)\b)")
_AUXILIARY_END = re.compile(_AUXILIARY.pattern + r"(?:[\s,]+[\w'’]+){0,3}[\s,]*$")


def _bare_participle(head: str, verb: re.Match[str]) -> bool:
    """A past participle with no auxiliary before it is an adjective or an aside
    ("Candidat déclaré au poste …, il", "Interrogée sur …, X répond"), not the verb
    introducing a quote."""
    if not re.search(r"(?i)(?:é|ée|és|ées)$", verb.group()):
        return False
    before = head[:verb.start()]
    if re.fullmatch(r"(?i)\s*(?:et|puis|mais)\s*", before):
        return False  # "Et demandé que « … »": the previous sentence's subject goes on
    if re.search(r"(?i)\bet\s*$", before):  # "a condamné le crime et estimé que"
        before = before[:before.rfind(",") + 1] if "," in before else before
        return _AUXILIARY_END.search(before) is None and not _AUXILIARY.search(before)
    return _AUXILIARY_END.search(before) is None


_PASSIVE_BEFORE = re.compile(r"(?i)\b(?:est|sont|était|étaient|sera|seront|serait|seraient|"
                             r"été|être|soit|soient)\s+(?:\w+\s+)?$")


def _called_to(head: str, verb: re.Match[str]) -> bool:
    """"Appeler" in the passive ("les salariés sont appelés à cesser le travail", "appelés
    aux urnes") calls people to act: nobody speaks; the active "X a appelé à" is speech."""
    return verb.group().lower().startswith("appel") and \
        _PASSIVE_BEFORE.search(head, 0, verb.start()) is not None


def _sentenced(head: str, verb: re.Match[str]) -> bool:
    """"Condamner" speaks as a verb of stance in the active with its object quoted or
    introduced ("Washington a condamné « une provocation »", "a condamné : «"), not as a
    court's sentence: in the passive ("X a été condamné pour « … »") or with "à" or "pour"
    before the quote ("a condamné l'ancien maire à dix ans de prison pour « … »": the
    charges). Larousse, "condamner": 1. prononcer une peine; 2. blâmer, désapprouver."""
    if not fold(verb.group()).startswith("condamn"):
        return False
    return _PASSIVE_BEFORE.search(head, 0, verb.start()) is not None or \
        _SENTENCE_TO.search(head, verb.end()) is not None


_SENTENCE_TO = re.compile(
    r"(?i)\b(?:à|au|aux|pour)\b(?!\s+(?:(?:son|leur|mon|notre|votre)\s+tour|nouveau|"
    r"plusieurs\s+reprises|l['’]unisson|l['’]unanimité)\b)")
"""A sentence's "à"/"pour" after "condamner" ("à dix ans", "pour « … »"), not an adverbial
("à son tour", "à nouveau", "à l'unanimité")."""


def _complement_determiner(text: str, det: re.Match[str]) -> bool:
    """True for a determiner that starts no antecedent of "qui": a noun's complement ("le
    groupe des pays", "le chef du parti", "la ville de la Loire") or a superlative ("les
    pays les moins avancés"). A relative pronoun's antecedent is the noun phrase, its
    complements included (Grevisse § 717)."""
    word = det.group().strip().lower()
    return word in ("des", "du") or bool(
        re.search(r"(?i)\b(?:de|d['’])\s*$", text[:det.start()])) or bool(
        re.match(r"(?i)(?:le|la|les)\s+(?:plus|moins|mieux)\b", text[det.start():]))


_PARTITIVE_HEAD = (r"(?i)(?<![\w'’])(?:l['’])?(?:un|une)\s+d['’](?:entre\s+)?(?:eux|elles)"
                   r"(?:\s*,\s*([^,;:()«»]{1,120}?)\s*,)?")
_PARTITIVE = re.compile(_PARTITIVE_HEAD + r"(?=\s*(?:(?:nous|me|m['’]|lui|leur|vous|ne|n['’]|"
                        r"se|s['’]|y|en)\s*)*(?:(?:a|ont|avait|avaient|est)\s*)?$)")
"""A partitive indefinite pronoun as the subject ("L'un d'eux, aujourd'hui à la retraite,
nous a confié", "L'une d'elles raconte"): one member of the plural named before it
(Grevisse § 760), not "eux", the group; its apposition, if any, is group 1."""

_DASH_ASIDE = re.compile(r"(?<=\S)\s[-–—]\s[^()]{1,200}?\s[-–—](?=\s)")
_SPACED_DASH = re.compile(r"\s[-–—]\s")


def _inside_dash_aside(head: str, at: int) -> bool:
    """Whether offset ``at`` of a sentence's head lies in an aside between two spaced
    dashes (one before it with none between, one after it)."""
    before = list(_SPACED_DASH.finditer(head, 0, at))
    return len(before) % 2 == 1 and _SPACED_DASH.search(head, at) is not None
_NOUN_QUOTE = re.compile(r"(?i)(?<![\w'’])(?:la|le|les|un|une|ce|cet|cette|ces|sa|son|ses|"
                         r"leur|leurs)\s*[«“\"]\s*$")
"""A determiner right before a quote's opening mark: the quote is a noun ("la « mère »")."""
_CONJUNCTION_ONLY = re.compile(r"(?i)[\s,]*(?:et|ou|ni|puis|mais|et puis|ou bien)[\s,]*")


def _after_colon(words: str) -> str:
    """``words`` blanked (same length) up to their last colon when a clause with a
    determiner follows it ("Peine perdue : les lycéens de l'UNL jugent …"): what stands
    before a colon (a heading, an adverbial, a label) is no subject of the clause after
    it (t-enrich19 E9)."""
    colon = words.rfind(":")
    if colon < 0 or not re.match(r"\s*(?:(?:le|la|les|l['’]|un|une|des|ce|cet|cette|ces|"
                                 r"son|sa|ses|leur|leurs)\b|l['’])", words[colon + 1:],
                                 re.IGNORECASE):
        return words
    return " " * (colon + 1) + words[colon + 1:]


_SUBORDINATOR_BEFORE = re.compile(r"(?i)\b(?:alors|tandis|bien|parce|pendant|dès lors|"
                                  r"depuis|après|avant|sans|pour|afin|de sorte)\s*$")
"""The word before "que" that makes it a subordinating conjunction ("alors que", "tandis
que", "bien que"): the clause it opens is an adverbial, not the speech verb's."""
_MAIN_AFTER_SUBORDINATE = re.compile(
    r"\s(?:est|sont|a|ont|était|étaient|avait|avaient)\s[^,]*(?:,[^,]*)*?,\s*"
    r"((?:le|la|les|l['’]|un|une|ce|cet|cette|son|sa|ses)\s*[^,]+?)\s*$")
"""A subordinate clause with its verb, then, after its last comma, the main clause's
subject noun phrase (group 1) right before the speech verb."""

def _subject(subject: str) -> tuple[str, int, int] | None:
    """The speaker in the words before a speech verb: of the comma-separated chunks
    ("Nadim Houry, responsable de l'organisation, précise"), adverbials dropped, the last
    one naming someone (a capitalised word), else the last one. A partitive pronoun
    subject ("L'un d'eux, …, nous a confié") is the speaker as written (``_PARTITIVE``;
    :func:`_one_of_them` names it)."""
    if _CONJUNCTION_ONLY.fullmatch(subject):
        return None  # "… qui voit « A » ou promet de « B »": a coordinated predicate, whose
        # subject is the first verb's (Grevisse § 265), never the conjunction
    holder = titled_subject(subject)
    if holder is not None:  # "La ministre bruxelloise de la Mobilité, des Travaux publics
        return holder  # … Elke Van den Bosch s'est dite": the title's holder
    partitive = _PARTITIVE.search(subject)
    if partitive is not None:
        end = partitive.start(1) if partitive.group(1) is not None else partitive.end()
        indefinite = subject[partitive.start():end].rstrip(" ,")
        return indefinite, partitive.start(), partitive.start() + len(indefinite)
    # "Le quotidien El Mundo (centre droit) renchérit": a closed aside is no subject
    subject = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), subject)
    # "Le député Leonetti - député-maire UMP d'Antibes - a répliqué": an aside between
    # dashes is no subject either (Grevisse § 134, the dash pair as a parenthesis)
    subject = _DASH_ASIDE.sub(lambda m: " " * len(m.group()), subject)
    subject = _after_colon(subject)
    base = subject.rfind("(") + 1  # "(Jean-François Copé déplora …"
    clauses = list(re.finditer(
        r"(?i)(?<!\btant )(?<!\bainsi )\b(?:que\b|qu['’]|dont(?=\s+(?:il|elle|ils|elles|on)\b))"
        r"\s*(?=\w)", subject[base:]))
    # ("en tant qu'émissaire de X", "ainsi que X": a comparison, no clause with a subject)
    if clauses:  # "Alors que la justice a rejeté … et que Rachida Dati soutient"
        base += clauses[-1].end()  # "…, dont elle a affirmé :": the relative clause's subject
        main = _MAIN_AFTER_SUBORDINATE.search(subject, base) if _SUBORDINATOR_BEFORE.search(
            subject, 0, base - clauses[-1].end() + clauses[-1].start()) else None
        if main is not None:
            # "Alors que le pays est engagé dans deux guerres, …, le nouveau chef d'Etat a
            # promis": the subordinate clause has its verb and ends at a comma; the main
            # clause's subject follows it (Grevisse § 1132, the adverbial clause before
            # the main one)
            base = main.start(1)
    # "…, qui le jugent «": the relative pronoun, its object clitics (Grevisse § 684)
    relative = re.search(r"(?i),?\s*qui(?:\s+(?:ne|n['’]|le|la|les|l['’]|lui|leur|en|y))*"
                         r"(?:\s+(?:a|avait|ont|avaient))?\s*$", subject)
    if not relative:
        auxiliaries = [m for m in _AUX.finditer(subject) if m.start() >= base and not (
            m.group().strip() == "a" and re.search(r"\b(?:the|of|and|with)\b|"
                                                   + _PORTUGUESE_WORDS, subject))]
        # (an English article "a" is no French auxiliary: "In a statement, the ministry";
        # nor the Portuguese article: "Em comunicado, a empresa afirmou", t-final63 #10)
        if auxiliaries:
            subject = subject[:auxiliaries[-1].start()]
            if len(auxiliaries) > 1 and _COORDINATED_TAIL.search(subject):
                # "Le président X a annoncé l'envoi de secours et a promis que « … »": the
                # speech verb is the last of coordinated predicates sharing one subject
                # (Grevisse § 265), which ends before the first one's auxiliary
                # (t-final51b A14: the speaker was "X a annoncé … et")
                subject = subject[:auxiliaries[0].start()]
    elif relative.start() > base:  # "… de l'organisation islamique, qui affirme «"
        before = subject[:relative.start()]
        # "…, rappelle l'historien X, pour qui « … »": a preposition before "qui" leaves
        # the antecedent the noun phrase before it (Grevisse § 717; newuser14a E3)
        before = re.sub(r"(?i)\s*\b(?:pour|selon|chez|d['’]après)\s*$", "", before)
        incise = re.match(r"\W*(?:(?:a|avait|ont|avaient)\s+)?([\w'’-]+)\s+(?=\S)",
                          before[base:])
        if incise and _is_verb(incise.group(1)):  # "», avait expliqué le fondateur de X, qui"
            base += incise.end()
        antecedent = _named_antecedent(before, base)
        if antecedent is not None:
            return antecedent
        contracted = _CONTRACTED_ANTECEDENT.search(before, base)
        if contracted is not None and not _DETERMINER.search(before, contracted.start(1)):
            # "Que répondez-vous au patronat, qui juge « … »": the antecedent after a
            # contracted article (au, aux), never the pronoun "qui" (newuser14a E3)
            return contracted.group(1), contracted.start(1), contracted.end(1)
        dets = list(_DETERMINER.finditer(before, base))
        if dets:
            heads = [d for d in dets if not _complement_determiner(before, d)
                     and not _time_phrase(before[d.start():].lstrip())] or dets
            # (not "l'an dernier" in "un gendarme entendu l'an dernier, qui": a time
            # adverbial is no antecedent; newuser14a E3)
            first = dets[0] if incise and _is_verb(incise.group(1)) else heads[-1]
            phrase, lead = strip_leading(before[first.start():])
            begin = first.start() + lead
            return phrase, begin, begin + len(phrase)
    subject = " " * base + subject[base:]
    while True:
        shorter = _SUBJECT_TAIL.sub("", subject)
        if shorter == subject:
            break
        subject = shorter
    chunks = [(m.start(), m.group()) for m in re.finditer(r"[^,;:()\n]+", subject)]
    if chunks and chunks[-1][1].strip().lower() in ("lui", "eux") and len(chunks) > 1:
        chunks.pop()  # "Nicolas Sarkozy a, lui, jugé": an emphatic pronoun
    elif len(chunks) > 1 and _dislocated_pronoun(chunks[-2][1], chunks[-1][1]):
        chunks.pop()  # "L'agence régionale de santé, elle, défend un « … »": the pronoun
        # takes up the noun phrase just before it (t-enrich25 E7)
    if chunks and chunks[-1][1].strip().lower() == "on":
        for offset, chunk in reversed(chunks[:-1]):  # "Du côté de la chancellerie, on indique"
            opener = _OPENER.match(chunk.lstrip())  # "Mais dans l'entourage de X, on"
            if opener is not None:
                cut = len(chunk) - len(chunk.lstrip()) + opener.end()
                offset, chunk = offset + cut, chunk[cut:]
            place = _ON_PLACE.match(" " + chunk)
            if place is not None and place.start() == 0 and not chunk[place.end() - 1:].strip(
                    ).lower().startswith(("l'heure", "ce ", "cette ")):
                phrase, lead = strip_leading(chunk[place.end() - 1:].strip())
                begin = offset + chunk.index(chunk[place.end() - 1:].strip()) + lead
                return phrase, begin, begin + len(phrase)
    if chunks and chunks[-1][1].strip().lower() in PRONOUNS:  # "…, il avait lâché :"
        offset, chunk = chunks[-1]
        begin = offset + len(chunk) - len(chunk.lstrip())
        return chunk.strip(), begin, begin + len(chunk.strip())
    kept: list[tuple[str, int, int, bool]] = []
    for n, (offset, chunk) in enumerate(chunks):
        opener = _OPENER.match(chunk.strip())
        if opener:
            chunk = chunk.replace(opener.group(), " " * len(opener.group()), 1)
        stripped = chunk.strip()
        pronoun = re.match(r"\s*(il|elle|ils|elles)\s+\S", chunk, re.IGNORECASE)
        if pronoun and n == len(chunks) - 1:  # "En 1998, il obtint … en commentant"
            return pronoun.group(1), offset + pronoun.start(1), offset + pronoun.end(1)
        if n < len(chunks) - 1 and _CLAUSE_CHUNK.match(stripped) and \
                _DETERMINER.match(chunks[-1][1].strip()) and \
                not _time_phrase(chunks[-1][1].strip()):
            # "le Sénat rejette l'article 2, la ministre dénonce un « … »": a chunk with its
            # own verb and object is a clause juxtaposed before the speaker's (Grevisse
            # § 262), not an apposition; what it names is no speaker
            kept.clear()
            continue
        object_clitic = _CLITIC_VERB.match(chunk) or _verb_and_object(chunk)
        if object_clitic is not None:  # "Un proche la compare à X": the subject ends at "la"
            chunk = chunk[:object_clitic.end(1)]
            stripped = chunk.strip()
        conjunction = _SUBORDINATE.match(stripped) if n == len(chunks) - 1 else None
        if conjunction is not None and conjunction.end() < len(stripped):
            # "Même si son cabinet reconnaît": the subject inside the subordinate clause
            cut = len(chunk) - len(chunk.lstrip()) + conjunction.end()
            offset, chunk = offset + cut, chunk[cut:]
            stripped = chunk.strip()
        elif not stripped or _ADVERBIAL.match(stripped) or _PARTICIPLE_ASIDE.match(stripped) \
                or (stripped[:1].isupper() and _participle_opener(stripped)) \
                or (n < len(chunks) - 1 and (_time_phrase(stripped)
                                             or _UNACCENTED_A.match(stripped)
                                             or _ABSOLUTE_MANNER.match(stripped)
                                             or _DETACHED_PARTICIPLE.match(stripped)
                                             or _lone_participle(stripped)
                                             or english_participle_opener(stripped))):
            continue  # "Le lendemain, le ministre a déclaré", "Le 8 juin 2006, celui-ci";
            # "Speaking in Leeds, the prime minister said" (t-final52 A6)
        if n < len(chunks) - 1 and absolute_participle_clause(stripped, chunks[-1][1]):
            # "le sommet … reporté, les syndicats dénoncent « … »": an absolute participle
            # clause before the main one names no speaker (t-final52 A10)
            kept.clear()
            continue
        coordinated = _COORDINATED_VERB.match(stripped) if n == len(chunks) - 1 else None
        if coordinated is not None:
            # "le secrétaire d'Etat reprend le micro et lance : «": two verbs coordinated
            # share the first one's subject (Grevisse § 265, the coordination of verbs)
            chunk = chunk[:len(chunk) - len(chunk.lstrip()) + coordinated.end(1)]
            stripped = chunk.strip()
        named_then_verb = _NAME_THEN_VERB.match(stripped)
        if named_then_verb is not None:
            # "La veille, Benoît XVI lançait un appel …, évoquant « … »": the main clause's
            # subject is the name, not the name and its predicate
            chunk = chunk[:len(chunk) - len(chunk.lstrip()) + named_then_verb.end(1)]
            stripped = chunk.strip()
        cleaned, lead = strip_leading(stripped)
        cleaned = re.sub(r"(?i)\s+(?:a|ont|avait|avaient|elle|il|lui)$", "", cleaned)
        cleaned = re.sub(r"(?i)\s+(?:ne|n['’])$", "", cleaned)  # "Le cabinet n'a souhaité"
        cleaned = re.sub(r"(?i)\s+(?:m['’]|t['’]|me|te|nous|vous)$", "", cleaned)
        # ("Le ministre m'a dit :": an object clitic of the first or second person)
        cleaned = _TRAILING_CLITICS.sub("", cleaned)
        # ("Carole Delga l'a assuré :", "X s'en est expliqué :", "X ne l'a pas caché :": an
        # elided or third-person clitic before the verb is no part of its subject)
        if not cleaned or len(cleaned.split()) > 12:
            continue
        start = offset + (len(chunk) - len(chunk.lstrip())) + lead
        kept.append((cleaned, start, start + len(cleaned), lead > 0))
    if not kept:
        return None
    kept = _coordinated_predicates(kept, chunks) or kept
    # a person's name, bare or after its title ("le docteur Marc Noizet"), among appositions
    people = [k for k in kept if _PERSON.match(k[0])
              and fold(k[0].split()[0]) not in _OPENING_DETERMINERS] or [
        (titled[1], titled[2], titled[3], True) for k in kept
        if _PERSON.match((titled := _name_in_title("", *k[:3]))[1])]
    named = [k for k in kept if k[0][:1].isupper() and (
        len(k[0].split()) <= 4 or re.search(r"\s[A-ZÀ-Ý]", k[0]))]
    nouns = [k for k in kept if k[3]]  # "le gouvernement malien", not "impuissant"
    if kept[-1][3] and chunks and kept[-1][1] >= chunks[-1][0] and not any(
            given_name_gender(p[0].split()[0]) for p in people):
        # "Grève à la SNCF, le ministre Vasseur : « … »": a role and its holder's surname
        # closing the subject, the chunk before it a topic (t-final59, r-quotes60)
        _, name, name_start, name_end = _name_in_title("", *kept[-1][:3])
        if name != kept[-1][0] and name[:1].isupper():
            return name, name_start, name_end
    best = people[0] if people else named[-1] if named else nouns[0] if nouns else kept[-1]
    return best[0], best[1], best[2]


_PREDICATE_CHUNK = re.compile(r"(?!(?:le|la|les|l['’]|un|une|des|du|de|d['’]|à|au|aux|en|"
                              r"son|sa|ses|leur|leurs|ce|cet|cette|ces|selon|et|puis|"
                              r"mais)\b)[a-zà-ÿ][\w'’-]+\s")
_NAME_THEN_PREDICATE = re.compile(_NAME_WORD + r"(?:\s+" + _NAME_WORD + r")*(?=\s+[a-zà-ÿ])")


def _dislocated_pronoun(before: str, pronoun: str) -> bool:
    """Whether the chunk ``pronoun`` ("elle", "elles") takes up the noun phrase of the
    chunk ``before`` it, as a subject dislocated to the left ("L'agence régionale de
    santé, elle, défend …", "Les syndicats, eux, …": Riegel, Pellat & Rioul, la
    dislocation; the pronoun repeats the subject). The chunk must open with a definite
    determiner of no other gender and be no time phrase ("La veille, elle a dit": the
    pronoun is then the subject)."""
    word = pronoun.strip().lower()
    phrase = before.strip()
    if word not in ("elle", "elles") or _time_phrase(phrase) or len(phrase.split()) > 8:
        return False
    opening = re.match(r"(La|Les|L['’])\s*(?=[a-zà-ÿA-ZÀ-Ý])", phrase)
    if opening is None:
        return False
    plural = opening.group(1) == "Les"
    return plural == (word == "elles")


def _coordinated_predicates(kept: list[tuple[str, int, int, bool]],
                            chunks: list[tuple[int, str]]
                            ) -> list[tuple[str, int, int, bool]] | None:
    """The subject chunks of a coordination of verb phrases before a speech verb ("Paul
    Girard revient sur le match, cite Zidane en exemple, et se dit « … »": one subject,
    three predicates; Grevisse § 265): when the last chunk ends with "et", the chunks
    opening with a lower-case word that is no determiner nor preposition are predicates,
    whose names are objects ("Zidane"), and a name opening the first chunk is cut before
    its verb ("Paul Girard"). None when the chunks are no such coordination or no subject
    chunk is left."""
    if len(chunks) < 2 or not re.search(r"(?:^|\s)et\s*$", chunks[-1][1]):
        return None
    subjects = []
    for phrase, start, end, lead in kept:
        if not lead and _PREDICATE_CHUNK.match(phrase + " "):
            continue
        name = _NAME_THEN_PREDICATE.match(phrase)
        if name is not None:
            phrase, end = name.group(), start + name.end()
        subjects.append((phrase, start, end, lead))
    return subjects or None


_OPENING_DETERMINERS = frozenset(
    "son sa ses leur leurs notre nos votre vos le la les un une ce cet cette ces".split())
"""Determiners that open a description, never a name: "Son PDG, Jean Castex, a estimé"
names Jean Castex ("Son PDG" has a name's shape; newuser14a E7)."""


_AGENT_BEFORE = re.compile(
    r"(?i)\b\w+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)\s+par\s+"
    r"((?:le|la|les|l['’]|son|sa|ses|leur|leurs|[A-ZÀ-Ý])[^,;:«»“”\"()]{1,60}?)\s+"
    r"(?:à|comme|de|d['’])\s*(?:(?:la\s+|le\s+|les\s+|l['’]|un\s+|une\s+|des\s+)"
    r"(?:[a-zà-ÿ][\w'’-]*\s+){0,2})?$")
"""A passive participle, its agent, and what it calls the quote: "attribuée par le
gouvernement à une « … »", "dénoncée par les syndicats comme une opération « … »",
"qualifiée par les syndicats d'« … »"."""


_PARTICIPLE_BEFORE = re.compile(
    r"(?i)\b(\w+(?:é|ée|és|ées|i|ie|is|ies|it|ite|its|ites|u|ue|us|ues))\s+"
    r"(?:de|d['’]|comme(?:\s+(?:un|une|des|le|la|les|l['’]))?)\s*$|"
    r"(?<![sS]['’])(?<![sS]e )\b(?:été|est|sont|était|étaient|sera|seront|fut|furent)"
    r"\s+(?:\w+ment\s+)?"
    r"(\w+(?:é|ée|és|ées|i|ie|is|ies|it|ite|its|ites|u|ue|us|ues))\s*$")
"""A participle of saying right before a quote, with "de", "comme" ("qualifié de « … »",
"décrit comme un « … »"), or bare after the passive's auxiliary ("a été jugée
« historique » par les organisateurs", t-enrich25 E7; not a pronominal verb's, "s'est
déclaré « bouleversé » par les émeutes": "par" there is no agent): its agent after the
quote said it."""


def _agent_after(text: str, sentence_start: int, start: int, end: int, limit: int
                 ) -> tuple[str, str, int, int] | None:
    """A passive agent after a quote that a participle of saying introduces: "le projet,
    qualifié de « gâchis » par la députée Anne Roux", "décrit comme « … » par X" (the agent
    complement of a passive verb is its doer, Grevisse § 314)."""
    participle = _PARTICIPLE_BEFORE.search(text[max(sentence_start, start - 60):start - 1])
    word = participle.group(1) or participle.group(2) if participle is not None else ""
    if participle is None or not (_is_verb(word) or fold(word) in _WORDING):
        return None
    agent = re.match(r"\s*,?\s*par\s+", text[end + 1:limit])
    if agent is None:
        return None
    phrase = _noun_phrase(text[end + 1 + agent.end():limit], end + 1 + agent.end())
    return (word, *phrase) if phrase else None


_AGENT_COLON = re.compile(
    r"(?i)\b(\w+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues))\s+(?:ainsi\s+|\w+ment\s+)?par\s+"
    r"((?:(?:le|la|les|son|sa|ses|leur|leurs)\s|l['’]|(?-i:[A-ZÀ-Ý]))[^,;:«»“”\"()]{1,60}?)"
    r"\s*:\s*$")
"""A participle of saying, its agent and a colon before the quote: "une philosophie,
résumée ainsi par Joe Biden : « … »" (the agent of a passive verb is its doer, Grevisse
§ 314)."""


def _agent_before(text: str, sentence_start: int, start: int
                  ) -> tuple[str, str, int, int] | None:
    """A passive agent before a quote: "l'opération, attribuée par le gouvernement à une
    « … »", "présentée par la direction comme un « … »", "résumée ainsi par X : « … »"
    (the agent's words)."""
    head_start = max(sentence_start, start - 160)
    found = _AGENT_BEFORE.search(text[head_start:start - 1])
    colon = _AGENT_COLON.search(text[head_start:start - 1]) if found is None else None
    if colon is not None and _is_verb(colon.group(1)):
        phrase, lead = strip_leading(colon.group(2))
        begin = head_start + colon.start(2) + lead
        return "par", phrase, begin, begin + len(phrase)
    if found is None:
        return None
    phrase, lead = strip_leading(found.group(1))
    begin = head_start + found.start(1) + lead
    return "par", phrase, begin, begin + len(phrase)


SPEECH_NOUNS = (
    "sortie", "propos", "déclaration", "discours", "mot", "parole", "formule", "appel",
    "volonté", "promesse", "leçon", "critique", "attaque", "accusation", "menace",
    "avertissement", "plaidoyer", "réquisitoire", "diatribe", "tirade", "souhait", "vœu",
    "voeu", "engagement", "demande", "exigence", "refus", "dénonciation", "analyse",
    "jugement", "réponse", "confidence", "aveu", "cri", "éloge", "slogan", "mise en garde",
    # an answer's other names (TLFi "réaction": "manière dont on répond à un événement",
    # a press reaction being words): "Réaction du maire : « … »", "sa réplique"
    "réaction", "réplique", "riposte", "commentaire")
"""Nouns of saying (singular stems): "ses sorties sur la « … »" is the possessor's words."""
_SAYING_NOUN = re.compile(  # a colon introduction's subject, see _saying_subject
    r"(?i)\s*(?:(?:la|le|les|une|un|cette|ce)\s+|l['’]\s*)?(?:"
    + "|".join(map(re.escape, SPEECH_NOUNS)) + r")[sx]?\b")
_POSSESSIVE = re.compile(
    r"(?i)\b(?:ses|sa|son|leur|leurs)\s+(?:" + "|".join(map(re.escape, SPEECH_NOUNS)) +
    r")[sx]?(?:\s+(?!(?:sur|de|contre|pour|à)\b)[\w-]+){0,2}"
    r"(?:\s+(?:sur|de|d['’]|contre|pour|à propos d(?:e|u|es|['’])|en faveur d(?:e|u|es|['’]))"
    r"\s*(?:la\s+|le\s+|les\s+|l['’]|un\s+|une\s+|des\s+|du\s+)?)?\s*$")


def _possessive(text: str, sentence_start: int, start: int
                ) -> tuple[str, str, int, int] | None:
    """A quote after a possessive and a noun of saying ("ses sorties enflammées sur la
    « … »", "sa volonté affichée de « … »", "leurs propos « … »"): the possessor's words,
    found as for a pronoun (the cue is "possessive", the speaker empty)."""
    head = text[max(sentence_start, start - 120):start - 1]
    if _POSSESSIVE.search(head) is None:
        return None
    return "possessive", "", -1, -1


_INSIDE = re.compile(
    r",\s*(?:(?:a|avait)\s+)?(?:se\s+)?([\w'’]+?)(-t-(?:il|elle|on)|-(?:il|elle|on))?"
    r"(?:\s+(?:au|à la|à l['’]|aux|chez|du côté de|dans l['’]entourage de)?"
    r"\s*([^,«»“”\"]{2,60}?))?\s*(?:,|(?<![\s.][A-ZÀ-Ý])(?<!\bMM)(?<!\bMme)(?<!\bDr)\.(?=\s))")


def _inside(text: str, start: int, end: int) -> tuple[str, str, int, int] | None:
    """An incise inside the quote: "« Dans ce cas, confirme-t-on au Fonds de garantie,
    c'est … »", "« Nous allons, a dit le ministre, continuer »", or ending its sentence
    ("« Nous voulons …, a déclaré Berne. Le dialogue … »": the incise closes with the
    sentence it interrupts, Grevisse § 374). It is tried before the sentence preceding the
    quote: the incise names the speaker in the quote's own words."""
    for comma in re.finditer(",", text[start:min(end, start + 250)]):
        match = _INSIDE.match(text, start + comma.start(), end)
        if match is None or not _is_verb(match.group(1)):
            continue
        pronoun = (match.group(2) or "").rsplit("-", 1)[-1]
        if pronoun in ("il", "elle") or (not match.group(3) and pronoun):
            return match.group(1), "", -1, -1
        if not match.group(3):
            continue
        titled = titled_incise(text, match.start(3), end)
        if titled is not None:  # "« Nous avons, a assuré le ministre de l'Agriculture, de
            return match.group(1), *titled  # l'Alimentation et de la Forêt X, tout fait »"
        phrase = _noun_phrase(match.group(3), match.start(3))
        if phrase is None:
            continue
        if match.group()[-1:] == ",":
            named = re.compile(_INSIDE_APPOSITION).match(text, match.end() - 1, end)
            if named is not None:
                # "« …, a expliqué l'entraîneur castrais, Pierre Laborde. « … »": the name
                # in apposition closing the incise is the description's holder, as after
                # a closed quote (Grevisse § 343; f-quotes21, set Z)
                return match.group(1), named.group(1), named.start(1), named.end(1)
        return match.group(1), *phrase
    return None


_INSIDE_APPOSITION = r",[ \xa0]*((?:M\.|Mme|Me|Dr)[ \xa0]+" + _NAME_WORD + \
    r"|[A-ZÀ-Ý][\w'’-]+(?:[ \xa0]+" + _NAME_WORD + r")+)(?=[ \xa0]*[.;!?])"
"""A person's name in apposition closing an incise inside a quote (compiled where used)."""


def _previous_sentence(text: str, sents: Sequence[Sentence], sentence: Sentence,
                       start: int) -> Sentence | None:
    """The sentence before ``sentence`` when the quote at ``start`` opens it, else None."""
    if text[sentence.start:start - 1].strip():
        return None
    index = next((i for i, s in enumerate(sents) if s.start == sentence.start), 0)
    return sents[index - 1] if index > 0 else None


def _sentence_before(text: str, sents: Sequence[Sentence], sentence: Sentence,
                     start: int) -> tuple[str, str, int, int] | None:
    """A quote opening its sentence after a sentence with a speech verb and no quote of
    its own ("La porte-parole a nuancé les chiffres. « On a constaté … »"): that verb's
    subject."""
    previous = _previous_sentence(text, sents, sentence, start)
    if previous is None:
        return None
    words = text[previous.start:previous.end]
    if "\n\n" in text[previous.end:sentence.start] or re.search(r"[«»“”\"]", words):
        return None
    verbs = [m for m in re.finditer(r"[\w'’-]+", words) if _is_verb(m.group())
             and not _noun_of_verb(words, m) and not _called_to(words, m)
             and not _sentenced(words, m) and not (
                 m.start() == 0 and _DETACHED_PARTICIPLE.match(words) is not None)]
    # ("Interrogé par la présidente, …, il s'est défendu.": a detached participle opening
    # the sentence is no speech verb of its subject, Grevisse § 333)
    if not verbs:
        return _presented_before(text, previous, start)
    found = _subject(words[:verbs[0].start()])
    if found is None:
        return None
    name, s, e = found
    return verbs[0].group(), name, previous.start + s, previous.start + e


_PRONOUN_SUBJECT = re.compile(r"(?:^|(?<=, )|(?<=\n))(il|elle|Il|Elle)[ \xa0]+"
                              r"(?:(?:ne|n['’])[ \xa0]*)?(?:(?:se|s['’])[ \xa0]*)?"
                              r"(?:est|a|était|avait|[a-zà-ÿ]+e)\b")
"""A singular subject pronoun opening a sentence or its main clause after a detached
phrase, before its verb ("Il s'est défendu", "…, elle a souri")."""

def _presented_before(text: str, previous: Sentence, start: int
                      ) -> tuple[str, str, int, int] | None:
    """A quote opening its sentence, with no incise, right after a sentence in the same
    paragraph that presents a person by name in subject position with no speech verb
    ("Le maire, Gérard Roux, ne cache pas sa tristesse. « … »", "Installée ici depuis
    trois ans, Anne Roux a deux enfants. « … »"): the words are that person's (the quote
    illustrates the sentence that presents its speaker, the press's "chapeau puis
    citation"). The name must be a person's (two capitalised words or a title) and the
    quote a sentence (a capital first, a final stop, ``MIN_WORDS`` words or more: not a
    scare quote such as « Transgresser »)."""
    closing = re.compile(r"[»”\"]").search(text, start)
    if not text[start:start + 3].lstrip()[:1].isupper() or closing is None or \
            re.match(r"\s*,", text[closing.end():]) or \
            not (re.search(r"[.!?…]\s*$", text[start:closing.start()])
                 or re.match(r"[ \xa0]*[.!?…]", text[closing.end():])) or \
            _word_count(text[start:closing.start()]) < MIN_WORDS:
        return None  # not a sentence (its stop inside the marks or right after them:
        # « … ». is one too), or an incise after it names its speaker
    subject = _recent_subject(text, previous.start, previous.end, ())
    pronoun = None if subject is not None else _PRONOUN_SUBJECT.search(
        text, previous.start, previous.end)
    if pronoun is not None:
        # "Interrogé par la présidente, X, sur …, il s'est défendu. « … »": the sentence
        # presents its subject by a pronoun; the words are its referent's (resolved as
        # an incise's pronoun is)
        return "presented", pronoun.group(1), pronoun.start(1), pronoun.end(1)
    if subject is None or fold(subject[0].split()[0]) in _NOT_SUBJECT or not (
            _PERSON.match(subject[0]) or re.search(
                r"(?:^|\s)(?:[Ll]e|[Ll]a|[Ll]['’]|[Ss]on|[Ss]a)\s*[a-zà-ÿ][^,.;:!?«»]{0,60},\s*$",
                text[previous.start:subject[1][0]])):
        # a person's name, or a single name in apposition to a person's description
        # ("Le capitaine du PSG, Marquinhos, a été plus direct. « … ».")
        return None
    return "presented", subject[0], subject[1][0], subject[1][1]



def _colon_line_before(text: str, sents: Sequence[Sentence], sentence: Sentence, start: int,
                       *, short: bool = False) -> tuple[str, str, int, int] | None:
    """A quote opening its line after a line that ends with a colon ("Le dalaï lama a
    tenu à renvoyer toute question … :\n« C'est à vous … »", "Réponse lapidaire du haut
    dignitaire :\n« … »"): that line introduces it as if on the same line (the colon
    announces what follows, here the quote, Grevisse § 1073), with no speech verb needed."""
    previous = _previous_sentence(text, sents, sentence, start)
    if previous is None:
        return None
    between = text[previous.start:start - 1]
    if not re.search(r":[ \t\xa0]*\r?\n(?:[ \t\xa0]*\r?\n)?[ \t\xa0]*$", between):
        return None  # (a paragraph ending with the colon introduces the next one too:
        # "X a déclaré :\n\n« … »", one blank line between; newuser14a E6)
    found = _before(text, previous.start, start, short=short)
    if found is None or found[0] != ":":
        return found
    # with no speech verb, the colon alone introduces the quote; then:
    line_end = text.find("\n", start)
    line = text[start - 1:line_end if line_end >= 0 else len(text)].strip()
    if re.fullmatch(r"[«“\"][^«»“”\"]*[^.!?…\s«»“”\"]\s*[»”\"]", line):
        return None  # a quoted line with no final punctuation is a subheading (:func:`_headline`)
    clause = _PRONOUN_CLAUSE.match(found[1])
    if clause is not None:
        # "il l'a laissé entendre à demi-mot, à la sortie … :": a clause, no noun phrase;
        # its subject pronoun speaks
        return found[0], clause.group(1), found[2], found[2] + len(clause.group(1))
    return found


_PRONOUN_CLAUSE = re.compile(r"(?i)(il|elle|ils|elles|on)\s+[\w'’-]+")
"""A subject pronoun and the verb or clitic after it: a clause taken for a speaker."""


_TITLED = re.compile(r"(?:^|\s)((?:[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ýa-zà-ÿ][a-zà-ÿ'’]+)*\s+)+"
                     + _NAME_WORD + ")$")  # "Jean-Noël Barrot": a capital after a hyphen
ENGLISH_TITLES = frozenset(
    "president prime minister chancellor secretary governor senator representative "
    "congressman congresswoman chairman chairwoman chair ceo chief spokesman spokeswoman "
    "spokesperson mayor judge director commissioner general ambassador king queen pope "
    "leader officer captain coach manager founder vice deputy executive financial operating "
    "professor taoiseach premier sheikh emir archbishop bishop cardinal rabbi "
    "inspector superintendent sergeant lieutenant colonel".split())
"""English title words (folded), capitalised before a name ("ECB President Christine
Lagarde", "Prime Minister Keir Starmer": English capitalises a title used before a name,
Chicago Manual of Style 8.21), beside ``TITLE_NOUNS``."""
_COMPLEMENT = re.compile(r"(?i)(?:^|\s)(?:de|du|des|la|le|les|d['’]|l['’]|di|del|della|dello|"
                         r"dei|degli|delle|da|do|das|dos|dels)\s*$")
"""A title's complement opening right before a capitalised run: French, and the Italian,
Portuguese, Catalan prepositions with their articles ("presidente di", "della", "da",
"dos", "dels": t-check63 #4). What follows is the complement's name, no person's."""
_APPOSED_NAME = re.compile(
    r"^(?:[A-Z][\w'’-]*\s+){0,2}(?:[a-zà-ÿ][\w'’-]*\s+)*?(?!(?:de|du|des|la|le|les|à|au|"
    r"aux|en|et|ou|of|for|at|from|in|on|and|or|by|with|the|a|an|della|delle|degli|di|del|"
    r"da|do|dos|das|van|von|der|den|al|el|y|e|und)\s)[a-zà-ÿ][\w'’-]*\s+"
    r"([A-ZÀ-Ý][\w'’&-]+)$")
"""A lower-case description and one capitalised word right after its last common word, no
function word between ("compagnie aérienne EasyJet", "carrier EasyJet"; English
capitalised adjectives before it: "British carrier EasyJet")."""


_AFFILIATION = re.compile(r"[A-ZÀ-Ý][\w-]*(?:[A-Z]{2}|&)[\w&-]*")
"""Initials of a party or a body ("CD&V", "N-VA", "LFI"): two capitals in a row or
an ampersand, never the shape of a person's surname in running text."""


_PARTICLE_NAME = re.compile(r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)*\s+" + _PARTICLE
                            + r"+[A-ZÀ-Ý][\w'’-]+")
"""A person's name whose surname has a lower-case particle ("Abdelaziz ben Salmane",
"Ursula von der Leyen"): the particle joins the names, no title ends before it."""


def _name_in_title(cue: str, speaker: str, start: int, end: int, text: str = ""
                   ) -> tuple[str, str, int, int]:
    """A description ending with a person's name is that person: "maire Paul Martin",
    "ministre colombien de la Défense Juan Manuel Santos" (a first capitalised word after
    "de la" belongs to the title: "Défense"); "porte-parole de la Maison Blanche" and
    "ministre des Transports du Québec" (no name left once the title's word is off) stay.
    A single name right after the common noun, with no preposition or article between, is
    the noun's apposition and the speaker too ("la compagnie EasyJet", "the carrier
    EasyJet", "le syndicat Unsa": the "nom propre épithète" construction, Grevisse § 343),
    unless it is the surname of a person the text names in full ("le gouvernement
    Fillon" after "François Fillon": a body named after a person stays the body)."""
    if _PARTICLE_NAME.fullmatch(speaker):
        return cue, speaker, start, end  # "Abdelaziz ben Salmane": one name (t-enrich21 E9)
    holder = titled_name(speaker, text) if speaker[:1].islower() else None
    if holder is not None:
        # "le ministre de l'Industrie Lescure" (its adjunct "dans un communiqué" cut
        # after the incise rules read it): the surname closing a long title
        return cue, speaker[holder[0]:holder[1]], start + holder[0], start + holder[1]
    single = _APPOSED_NAME.search(speaker)
    capitalised = _capitalised_title(speaker)
    if capitalised is not None:  # "ECB President Christine Lagarde" (newuser15a W2)
        return cue, speaker[capitalised:], start + capitalised, end
    if not speaker[:1].islower() and single is None:
        return cue, speaker, start, end
    run = _TITLED.search(speaker) if speaker[:1].islower() else None
    named = run or single
    if named is not None and _qualified_body(speaker[:named.start(1)]):
        return cue, speaker, start, end  # "l'agence régionale de santé Bretagne"
    if run is None and single is not None and _AFFILIATION.fullmatch(single.group(1)) and \
            is_person_noun(re.sub(r"(?i)^(?:le|la|les|l['’])\s*", "", speaker[:single.start(1)])):
        # "la ministre CD&V", "le député N-VA": a person's role, then the initials of the
        # party or body the person belongs to; the role speaks (newuser17a H5)
        described = speaker[:single.start(1)].rstrip()
        return cue, described, start, start + len(described)
    if run is None:
        if single is None or re.search(
                r"(?<![\w'’-])(?![LD]['’])[A-ZÀ-Ý][a-zà-ÿ'’-]+\s+" + re.escape(single.group(1))
                + r"\b", text):
            # (a given name before it; not a capitalised elided article: "L'opérateur Lime")
            return cue, speaker, start, end
        if re.search(r"(?i)(?:^|\s)(?:de|du|des|de\s+la|d['’]|de\s+l['’])\s*[\w-]+\s*$",
                     speaker[:single.start(1)]):
            # "un médecin de l'hôpital Nasser": the name qualifies the complement's noun
            # (the hospital), not the head (the doctor), who speaks (newuser16a H2)
            return cue, speaker, start, end
        return cue, single.group(1), start + single.start(1), start + single.end(1)
    names, begin = run.group(1), run.start(1)
    if re.search(r"(?i)(?:^|\s)(?:et|ou|and|or)\s*$", speaker[:begin]):
        return cue, speaker, start, end  # "fondateur de MSF et Médecins du Monde"
    if re.search(r"(?:^|\s)(?:for|of|at|with)\s*$", speaker[:begin]):
        return cue, speaker, start, end  # "spokesperson for Acme Corp": the complement
        # names the body the spokesperson speaks for, not who speaks (f-speakers22)
    if _COMPLEMENT.search(speaker[:begin]):
        first = re.match(r"\S+\s+", names)
        assert first is not None
        if body_head(first.group()) and not any(given_name_gender(w) for w in names.split()):
            return cue, speaker, start, end  # "presidente da Associação Comercial
            # Bracarense": the body's whole name, no holder's (t-check63 #4)
        names, begin = names[first.end():], begin + first.end()
    skip = _before_given_name(names)
    names, begin = names[skip:], begin + skip
    if len(names.split()) < 2 or not names[:1].isupper():
        # "ministre des Transports du Québec": a complement's particle opens no person's
        # name ("du Québec" is the rest of the title, not who speaks)
        return cue, speaker, start, end
    return cue, names, start + begin, start + begin + len(names)


_BODY_COMPLEMENT = re.compile(r"(?i)\s(?:de|du|des|d['’])\s*[a-zà-ÿ]")


def _qualified_body(description: str) -> bool:
    """Whether the lower-case ``description`` before a capitalised name is a body noun
    with its own complement ("agence régionale de santé", "chambre de commerce et
    d'industrie"): the name then qualifies the whole body ("l'agence régionale de santé
    Bretagne" is the agency, not the region; Grevisse § 343, the "nom propre épithète"
    of a noun phrase), so the speaker is the body. A name right after the body noun
    ("la compagnie EasyJet", "le syndicat Unsa") is the body's own name and stays."""
    head = re.match(r"[a-zà-ÿ][\w'’-]*", description)
    return head is not None and is_body(head.group()) and \
        _BODY_COMPLEMENT.search(description) is not None


_ACRONYM_ROLE = re.compile(r"[A-ZÄÖÜ]{2,6}-[A-ZÄÖÜ][a-zäöüß]{2,}")
"""A body's acronym joined to a role noun, German's way of titling a person ("GDL-Chef",
"EVG-Sprecherin", "SPD-Fraktionschef"): the title, not part of the name."""


def _capitalised_title(speaker: str) -> int | None:
    """Where the person's name starts in a speaker whose capitalised title comes first
    ("ECB President Christine Lagarde" → 14, "Secretary of State Antony Blinken" → at
    "Antony", "Owner Thaddeus Wrenfield" → at "Thaddeus": an English occupation's noun,
    :func:`veille.enrich.english_spans.agent_noun`): after the last title word
    (``ENGLISH_TITLES``, ``TITLE_NOUNS``), two or
    more capitalised words to the end, the first a known given name when a complement
    ("of State") stands between. None when no title opens the speaker."""
    from veille.enrich.english_spans import agent_noun

    words = list(re.finditer(r"[^\s]+", speaker))
    last = max((n for n, w in enumerate(words)
                if fold(w.group()) in ENGLISH_TITLES or fold(w.group()) in TITLE_NOUNS),
               default=-1)
    if last < 0 and len(words) >= 3 and re.fullmatch(r"[A-ZÀ-Ý]{2,5}", words[0].group()) and \
            given_name_gender(words[1].group()) and \
            all(re.fullmatch(_NAME_WORD, w.group()) for w in words[1:]):
        return words[1].start()  # "PDG Daniel Bouton", "DRH Anne Roy": an acronym's title
    if last < 0 and len(words) >= 3 and _ACRONYM_ROLE.fullmatch(words[0].group()) and \
            given_name_gender(words[1].group()) and \
            all(re.fullmatch(_NAME_WORD, w.group()) for w in words[1:]):
        return words[1].start()  # "GDL-Chef Claus Weselsky": a body's role (t-final54 A9)
    if last < 0 and 3 <= len(words) <= 4 and agent_noun(words[0].group()) and \
            all(re.fullmatch(_NAME_WORD, w.group()) and not w.group().isupper()
                for w in words[1:]):
        return words[1].start()  # "Owner Thaddeus Wrenfield": an occupation's noun
    if last < 0 or not words[0].group()[:1].isupper():
        return None
    rest = words[last + 1:]
    texts = [w.group() for w in rest]
    # (a lower-case particle inside the name is no lower-case word before it: "Khalid bin
    # Salem al-Harthy", r-quotes60)
    lower = max((n for n, w in enumerate(rest) if not w.group()[:1].isupper()
                 and not name_word_at(texts, n)), default=-1)
    if lower >= 0:
        rest = rest[lower + 1:]
        rest = rest[next((n for n, w in enumerate(rest) if given_name_gender(w.group())),
                         len(rest)):]
    texts = [w.group() for w in rest]
    if len(rest) < 2 or not all(re.fullmatch(_NAME_WORD, w.group()) or name_word_at(texts, n)
                                for n, w in enumerate(rest)):
        return None
    return rest[0].start()


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` cut at its paragraph breaks (a blank line), each part without the
    spaces around it."""
    parts: list[tuple[int, int]] = []
    for m in re.finditer(r"(?:(?!\n\s*\n)[\s\S])+", text[start:end]):
        inner = m.group()
        if inner.strip():
            lead = len(inner) - len(inner.lstrip())
            if parts and inner.lstrip().startswith("»"):  # the » repeated on a paragraph
                lead += 1 + len(inner.lstrip()[1:]) - len(inner.lstrip()[1:].lstrip())
            parts.append((start + m.start() + lead, start + m.start() + len(inner.rstrip())))
    return parts if len(parts) > 1 else [(start, end)]


_FINITE = re.compile(r"(?i)(?<![\w'’-])(?:est|sont|était|étaient|sera|seront|serait|seraient|"
                     r"ont|avait|avaient|aura|auront|peut|peuvent|doit|doivent|va|vont)"
                     r"(?![\w'’-])")
"""A finite verb: a fragment holding one ("les « prévisions sont mauvaises »", "Marine Le Pen
« est une femme »") is a clause someone said, never a name or a term, however short."""


_CLAUSE_GOES_ON = re.compile(r"[ \xa0\u202f]*[»”\"][ \xa0\u202f]+[a-zà-ÿ0-9]")
"""A closing mark the clause's next word follows ("son « califat » en 2019"): no comma,
no stop, no incise."""


def _scare_quoted(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether the quote ``[start, end)``, of one or two words and no verb, is a term in
    quotation marks inside a clause: words of its sentence before it (not a colon, which
    introduces speech) and the clause going on after it ("L'EI, qui a perdu son « califat »
    en 2019, mène …", "son plan de « sobriété » énergétique": t-final31 F4). A speaker's
    fragment closes its clause ("un budget « responsable ».", "« injuste », a-t-il dit"),
    or a verb of saying introduces it."""
    if len(_words_of(text[start:end]).split()) > 2 or \
            not text[sentence_start:start].rstrip(" \xa0\u202f").endswith("«"):
        return False  # (French marks: an English '"move quickly" on' is a fragment)
    before = text[sentence_start:start].rstrip(" \xa0\u202f«“\"")
    if not before.strip() or before.endswith(":") or _CLAUSE_GOES_ON.match(text, end) is None:
        return False
    # a verb of saying or judging before it makes it its subject's word ("jugent de telles
    # mesures « inacceptables » depuis", "s'est déclaré « bouleversé » par"): a fragment
    return _before(text, sentence_start, start, short=True) is None


def _word_count(text: str) -> int:
    """Words separated by spaces ("l'affaire de Metz" is three: an elided article is part
    of its word)."""
    return sum(1 for token in text.split() if _WORDS.search(token))


def _words_of(inner: str) -> str:
    """A quote's words without the spaces and commas that close it: in English
    typography the comma of the sentence going on ('"…," said X') stands inside the
    closing mark (Chicago Manual of Style 6.9), as one may in a French text quoting
    English; it belongs to the incise, not to the words said."""
    words = inner.rstrip().rstrip(",").rstrip()
    return words if words.strip() else inner.rstrip()


_DATE_IN_DATELINE = r"(?:,\s*(?:le\s+)?\d{1,2}(?:er)?\s+[a-zéû]+\.?(?:\s+\d{4})?)?"
_DATELINE = re.compile(
    r"(?m)^[ \t]*(?:"
    r"[A-ZÀ-Ý][\w'’-]*(?:[ -](?:(?:de|du|des|la|le|sur|en)[ -]){0,2}[A-ZÀ-Ý][\w'’-]*){0,3}"
    + _DATE_IN_DATELINE + r"\s*\([A-Za-z][\w.&/-]{1,20}\)"
    r"|[A-ZÀ-Ý][A-ZÀ-Ý'’ -]+[A-ZÀ-Ý]" + _DATE_IN_DATELINE + r")"
    r"[ \t]*[-–—][ \t]+(?=[«“\"]|[A-ZÀ-Ý](?:[a-zà-ÿ]|['’]))")
"""A wire dispatch's dateline opening a paragraph: the place, a date, the agency in
parentheses, a dash ("GENÈVE, 14 mars (AFP) - ", "Bruxelles (Reuters) — ", "NANTES - ";
the place alone in capitals needs no agency), then the sentence (a capital and a small
letter, or a quote: "PSG - OM : le choc" is a headline, not a dateline). It is no part
of the first sentence: the sentence's subject comes after it (the dateline is a heading
of the dispatch, AFP's and Reuters' style guides; issue 16, set P's "GENÈVE" taken as a
speaker)."""


def _without_datelines(text: str) -> str:
    """``text`` with each dateline (:data:`_DATELINE`) replaced by as many spaces, so that
    offsets do not move; a dateline holding a quotation mark is left alone."""
    return _DATELINE.sub(lambda m: m.group() if re.search(r"[«»“”\"]", m.group())
                         else " " * len(m.group()), text)


def find_quotes(text: str) -> list[Quote]:
    """:func:`_find_quotes` on ``text`` read without its quoted nicknames ("Alderman Rafael
    "Rafi" Ocampo called it "…"": Rafael Ocampo's words, t-final35 A6; see
    :mod:`~veille.enrich.nicknames`), the offsets mapped back onto ``text``; a quote
    holding a nickname keeps its written words."""
    # same length: offsets hold (issue 16); dash incises the French way (t-final60 #16)
    shaped = as_french_shapes(as_comma_incises(as_compound_past(text), _is_verb))
    bare, shifts = without_nicknames(shaped)
    if not shifts:
        return _dash_continuations(text, _script_speakers(
            text, _with_written_words(text, shaped, _find_quotes(shaped))))
    quotes = _with_written_words(bare, without_nicknames(text)[0], _find_quotes(bare))
    for quote in quotes:
        quote.start = original_offset(quote.start, shifts)
        quote.end = original_offset(quote.end, shifts, end=True)
        quote.parts = [(original_offset(s, shifts), original_offset(e, shifts, end=True))
                       for s, e in quote.parts]
        if quote.speaker_start >= 0:
            quote.speaker_start = original_offset(quote.speaker_start, shifts)
            quote.speaker_end = original_offset(quote.speaker_end, shifts, end=True)
        if quote.end - quote.start != len(quote.text):
            quote.text = text[quote.start:quote.end]
    return _dash_continuations(text, _script_speakers(text, quotes))


def _dash_continuations(text: str, quotes: list[Quote]) -> list[Quote]:
    """``quotes`` with the words after a dash incise's closing dash joined to the dialogue
    turn they end, as its next part ("—Hemos desplegado… —dijo X—, y habrá más si hace
    falta.": one quote of two parts, :func:`~veille.enrich.dialogue_dashes.continuations`;
    t-final60 #16), when no other quote holds them."""
    rests = continuations(text, _is_verb)
    if not rests:
        return quotes
    for quote in quotes:
        rest = rests.get(quote.start)
        if rest is None or quote.end > rest[0] or any(
                other is not quote and other.start < rest[1] and rest[0] < other.end
                for other in quotes):
            continue
        quote.parts = [*(quote.parts or [(quote.start, quote.end)]), rest]
        quote.end = rest[1]
        quote.text = " […] ".join(text[s:e] for s, e in quote.parts)
    return quotes


def _script_speakers(text: str, quotes: list[Quote]) -> list[Quote]:
    """``quotes`` with the speakers read by the rules of scripts the French rules do not
    read: Arabic (:func:`_arabic_speakers`) and Russian (:func:`_russian_speakers`)."""
    return _russian_speakers(text, _arabic_speakers(text, quotes))


def _russian_speakers(text: str, quotes: list[Quote]) -> list[Quote]:
    """``quotes`` with the speaker a Russian introduction "subject + verb + colon" names
    before each (:func:`~veille.enrich.russian_speech.colon_introduction`: "Мэр Москвы
    Сергей Собянин заявил: «…»" is Сергей Собянин's, t-final55b A9) in place of the
    rules' reading, which kept the role and the verb."""
    if not is_cyrillic(text):
        return quotes
    for quote in quotes:
        found = colon_introduction(text, quote.start)
        if found is None and not quote.speaker:  # "По словам Травникова, «…»"
            found = according_to(text, quote.start)
        if found is not None:
            quote.cue, quote.speaker, quote.speaker_start, quote.speaker_end = found
    return quotes


def _arabic_speakers(text: str, quotes: list[Quote]) -> list[Quote]:
    """``quotes`` with the speaker an Arabic verb of saying names before each
    (:func:`~veille.enrich.arabic_speakers.arabic_speaker`: "وقال … يونس التازي إن "…""),
    else the one it names after the quote ("…"، قال X: ``arabic_speaker_after``)
    in place of the rules' reading, which reads Latin cues only (h-arabic53)."""
    if not is_arabic(text):
        return quotes
    for quote in quotes:
        found = arabic_speaker(text, quote.start) or arabic_speaker_after(text, quote.end)
        if found is not None:
            quote.speaker, quote.speaker_start, quote.speaker_end = found
    return quotes


def _with_written_words(text: str, read: str, quotes: list[Quote]) -> list[Quote]:
    """``quotes`` found in ``read`` (``text`` of the same length, its Spanish, Italian or
    Portuguese auxiliaries and articles written as French ones by
    :func:`~veille.enrich.romance_subjects.as_french_shapes`) with the words of ``text``
    in their quoted text and speaker wherever these are slices of ``read``."""
    if read == text:
        return quotes
    for quote in quotes:
        if quote.text == read[quote.start:quote.end]:
            quote.text = text[quote.start:quote.end]
        if quote.speaker_start >= 0 and \
                quote.speaker == read[quote.speaker_start:quote.speaker_end]:
            quote.speaker = text[quote.speaker_start:quote.speaker_end]
    return quotes


def _find_quotes(text: str) -> list[Quote]:
    """The quotes of ``text`` with their speakers' names (not yet linked to entities). A
    dispatch's dateline is no part of any speaker (:func:`_without_datelines`)."""
    text = without_document_holders(_without_datelines(text))  # t-enrich23 E2
    spans = quoted_spans(text)
    if not spans:
        return _unquoted_answers(text, [])
    sents = list(sentences(text))
    groups: dict[int, list[Quote]] = {}
    order: list[int] = []
    terms: set[int] = set()
    titles: set[int] = set()  # a work's title after "dans" (newuser14a E4)
    continued = {start for start, end in spans if text[end:end + 1] == "\n"}
    for start, end in spans:
        sentence = sentence_at(sents, start - 1) or Sentence(start, end, text[start:end])
        # (the incise window ends before the next quote's opening mark, or at the text's
        # end: "len(text) - 1" cut a speaker closing the text without a period, "a
        # déclaré Paul Verdier" → "Paul Verdie", which speaker_bounds then dropped)
        limit = min([s for s, _ in spans if s > end] + [len(text) + 1]) - 1
        wrapped = re.match(r"\s*,\s*\r?\n(?=\s*\w)", text[end + 1:limit + 1])
        skip = wrapped.end() if wrapped else 0  # "«…»,\nmodère X": the line goes on
        tail = text[end + 1 + skip:limit + 1]
        next_break = _BREAK.search(tail)
        while next_break is not None and next_break.group().startswith(".") and \
                _ABBREVIATION.search(tail[:next_break.start()]):
            next_break = _BREAK.search(tail, next_break.end())  # "a dit M. Bertrand"
        limit = end + 1 + skip + next_break.start() + 1 if next_break else limit
        short = _word_count(text[start:end]) < MIN_WORDS and \
            _FINITE.search(text, start, end) is None
        # a part left open at its paragraph's end has no incise after it (what follows is
        # the next paragraph), but may have an introduction before it
        # an answer after the author's question has no introduction: the question is none
        asked = _question_before(text, start) is not None
        # "la « mère » se défend en évoquant une adoption": a quote after a determiner
        # and before a verb with no comma is a noun phrase, the verb's subject; what
        # follows is its predicate, no incise (an incise follows a comma, Grevisse § 374)
        noun_quote = _NOUN_QUOTE.search(text, max(0, start - 16), start) is not None and \
            re.match(r"\s*[»”\"]?\s*,", text[end:end + 4]) is None
        primary = None if start in continued else (
            _after(text, end, max(limit, end + 1))
            or _agent_after(text, sentence.start, start, end, max(limit, end + 1)))
        if noun_quote and primary is not None and primary[0] and re.match(
                r"\s*[»”\"]?\s*(?:(?:se|s['’]|ne|n['’]|a|ont|avait|avaient)\s*)*"
                + re.escape(primary[0].split()[0]) + r"\b(?!\s+par\b)", text[end:]):
            primary = None
        relative = _RELATIVE_BEFORE_QUOTE.search(
            text, sentence.start, max(sentence.start, start - 1)) \
            if primary is not None and primary[2] > end else None
        if relative is not None and any(_is_verb(w) for w in re.findall(
                r"[\w'’-]+", relative.group())):
            # "L'avocat, qui a dénoncé « … », a annoncé une plainte": the quote is the
            # object of the relative clause's speech verb, and what follows is the main
            # clause's predicate (its subject the relative's antecedent), no incise: "une
            # plainte" is its object (t-final28); "son cabinet, qui continue à « … »,
            # confie-t-on" has no speech verb before the quote: the incise stands
            primary = None
        if primary is not None and _introduced_by_colon(text, sentence.start, start, end,
                                                        short):
            primary = None  # the verb before the colon names the speaker (t-enrich21 E3)
        if primary is not None and primary[0] == "according":
            primary = ("selon", *primary[1:])  # '"…", according to X' is "selon X"
        if primary is not None and primary[0] == "selon" and not asked:
            # "X a promis une réponse « … », selon un conseiller": the subject of the
            # speech verb said the words, the "selon" names the source of the report
            # (a reported report: the adviser did not say « … » himself)
            said = _before(text, sentence.start, start, short=short)
            if said is not None and said[0] not in ("selon", "pour", ":", "") and \
                    _is_verb(said[0].split()[-1].split("-")[0]) and (
                        _person_shaped(said[1]) or said[1].lower() in PRONOUNS
                        or reporting_agency(primary[1])):
                primary = said
        if primary is not None and primary[0] == "selon" and not asked:
            primary = _through_document(text, primary) or (
                _before(text, sentence.start, start, short=short)
                if _document_head(primary[1]) else primary)
        intro = None if primary or asked else (
            _fronted_before(text, sentence.start, start)
            or _colon_incise_before(text, sentence.start, start)
            or _agent_before(text, sentence.start, start)
            or _before(text, sentence.start, start, short=short)
            or _possessive(text, sentence.start, start))
        # a "selon Y" closing the quote's sentence names its source, over a "Pour X" that
        # opens it ("Pour la Chine, … car « … » après les incidents, selon Qin Gang": X is
        # the topic, Y the one who said it)
        trailing = None if primary or (intro is not None and intro[0] != "pour") \
            else _selon_after(text, end, max(limit, end + 1))
        found = primary or trailing or intro or _inside(text, start, end) or \
            (None if asked else _sentence_before(text, sents, sentence, start)
             or _colon_line_before(text, sents, sentence, start, short=short))
        if not found and not asked and not in_headline(text, start) and not any(
                _is_verb(w) for w in re.findall(r"[\w'’-]+", text[end:sentence.end])):
            # (not when a verb of saying follows in the sentence: "…, comme se lamente un
            # ministre" names its speaker later)
            # "Nicolas Sarkozy a présenté … un fonds dont il veut « profiter » pour
            # « accélérer … »": a fragment under no verb of saying is the words of the
            # person named as its sentence's subject (rpm2 F; r-quotes60)
            opening = _sentence_subject_name(text, start - 1, "")
            verb = re.match(r"\s+(?:(?:a|ont|avait|avaient)\s+)?([a-zà-ÿ]+)", text[
                opening[3]:start]) if opening is not None else None
            # (the cue is the sentence's verb: a fragment of the subject's words is no
            # scare quote, however short: "son « arme anti-crise »")
            found = (verb.group(1), *opening[1:]) if verb is not None and opening is not None \
                and _PERSON.match(opening[1]) else None
        incise_pronoun = _INCISE_PRONOUN.match(text, end, min(len(text), end + 60)) \
            if found and not found[1] and start not in continued and not asked else None
        if found and incise_pronoun is not None:
            # "X, l'un des lieutenants de Y, jubilait : « … », a-t-il dit": the incise's
            # pronoun is the subject that introduced the quote in its own sentence
            intro = _before(text, sentence.start, start, short=short)
            titled = "m" if re.match(r"(?:M\.|MM\.|Monsieur)\s", intro[1] if intro else "") \
                else "f" if re.match(r"(?:Mme|Mlle|Madame)\b", intro[1] if intro else "") else ""
            if intro is not None and intro[1] and intro[2] >= 0 and \
                    intro[1].lower() not in PRONOUNS and titled in (
                        "", "f" if incise_pronoun.group(1) == "elle" else "m"):
                found = (found[0], *intro[1:])
        if found and heading_line(text, start, end) and not (
                0 <= found[2] and text.rfind("\n", 0, start) < found[2] < end):
            # a heading's quote ("«Renouveler les alliances»" between two paragraphs, a
            # headline under its kicker) takes no speaker from the lines around it: the
            # body's repetition of its words gives it one (:func:`_repeated_headings`)
            found = None
        inner = text[start:end]
        term = _TERM_BEFORE.search(text[max(0, start - 41):start - 1]) is not None
        title = _WORK_BEFORE.search(text, max(0, start - 12), start - 1) is not None and \
            text[start:end].strip()[:1].isupper()  # "dirigé dans « Coup de torchon »"
        naming = _NAMING_BEFORE.search(text, max(0, start - 41), start - 1)
        if naming is not None and not _HAVE.search(naming.group(1)):
            continue  # "la purge, appelée aussi « … »": a name
        if _nickname(text, start, end):
            continue  # 'Kevin "Boxer" Moran': a nickname inside a name
        if _WORK_NOUN_BEFORE.search(text, max(0, start - 61), start - 1) and \
                text[start:end].strip()[:1].isupper():
            continue  # "au film philippin « Ang Bahay sa Ilog »": a work's title
        if names_a_thing(text, start, end):
            continue  # "la généralisation de la « pause numérique »": a measure's name
        if legal_charge(text, start, end):
            continue  # "placé en garde à vue pour « apologie du terrorisme »" (F11 b)
        if short and _scare_quoted(text, sentence.start, start, end) and not any(
                sentence.start <= s < sentence.end and s != start for s, _ in spans):
            # (a word among other quoted words of its sentence is a fragment of one
            # statement: « tendresse », « la guérison » et « l'amour » prônés par Royal)
            continue  # "L'EI, qui a perdu son « califat » en 2019, …": a word, no quote
        if short and text[start:end].strip()[:1].isupper() and (_LABELLED.search(
                text[max(0, start - 61):start - 1]) or _SUBJECT_OF_VERB.match(text, end + 1)):
            continue  # "son image « Dior-Prada »", "« Cesar » nie avoir …": a name
        if start in continued:
            continued.add(start + len(inner) - len(inner.lstrip()))
        start, end = start + len(inner) - len(inner.lstrip()), start + len(_words_of(inner))
        quote = Quote(start, end, text[start:end], _paragraphs(text, start, end))
        if len(quote.parts) > 1:  # « … ¶ … »: one quote, a part per paragraph
            quote.text = " ".join(text[s:e] for s, e in quote.parts)
        else:
            inside = _inner_incise(text, start, end)
            if inside is not None:  # "« Cette hausse, a-t-elle expliqué, reste … »"
                quote.parts, said = inside
                quote.text = " […] ".join(text[s:e] for s, e in quote.parts)
                found = found or said
        if term:
            terms.add(start)
        if title:
            titles.add(start)
        if found:
            quote.cue, quote.speaker, quote.speaker_start, quote.speaker_end = \
                _with_article(*_without_place(*_without_aside(*without_kicker(
                    *_without_interview(*_without_mouth(*_name_in_title(
                        *_without_participle(*without_adjunct(
                            *agent_of_act(*_speaker_phrase(*_within_sentence(*found))))),
                        text))), text))), text)
        else:
            source = _same_source(text, end) or _learnt_from(text, end)
            if source is not None:  # "», a-t-on appris auprès de cette source"
                quote.cue = "appris"
                quote.speaker, (quote.speaker_start, quote.speaker_end) = source
        if sentence.start not in groups:
            order.append(sentence.start)
        groups.setdefault(sentence.start, []).append(quote)
    out: list[Quote] = []
    previous = ""
    previous_span = (-1, -1)
    since = 0  # where the previous speaker was last mentioned: a pronoun's window opens there
    history: list[tuple[str, tuple[int, int]]] = []
    questions = _questions(text, spans)
    headings: list[Quote] = []
    opening_body = body_start(text)
    for key in order:
        group = groups[key]
        merged: Quote | None = None
        resolved: dict[tuple[str, str, int, int], tuple[str, tuple[int, int]]] = {}
        for n, quote in enumerate(group):
            mentioned_at = -1
            if (not quote.cue and quote.start in terms) or quote.start in titles:
                continue  # "la loi « sur la fin de vie »": a name or a title
            chained = n > 0 and quote.speaker_start < 0 and not quote.speaker and bool(
                quote.cue) and _CHAINED_INFINITIVE.search(
                    text[group[n - 1].end:quote.start].lstrip("»”\" ").rstrip("«“\" ")
                    if text[group[n - 1].end:quote.start].lstrip("»”\" ").startswith(",")
                    else "") is not None
            if chained and group[n - 1].speaker:
                # "« … », a-t-il assuré, avant d'ajouter : « … »": the first quote's speaker
                quote.speaker = group[n - 1].speaker
                quote.speaker_start, quote.speaker_end = (group[n - 1].speaker_start,
                                                          group[n - 1].speaker_end)
            attributed = next((q for q in [*group[n::-1], *group[n:]] if q.cue and
                               not _another_attribution(text, quote, q)), None)
            if not quote.cue and attributed is not None:
                quote.cue, quote.speaker = attributed.cue, attributed.speaker
                quote.speaker_start, quote.speaker_end = (attributed.speaker_start,
                                                          attributed.speaker_end)
            question = _question_before(text, quote.start) if not quote.cue else None
            if question is not None:
                # "La venue de Carla Bruni ?\n« Je suis content »": the interviewee answers
                quote.cue, quote.speaker = "answer", ""
                quote.speaker_start = quote.speaker_end = -1
            if not quote.cue and previous and text[key:quote.start].strip() in PAIRS \
                    and "\n\n" not in text[previous_span[1]:quote.start]:
                quote.cue = "continued"  # a quote opening the sentence after a speaker's
            if re.search(r"[«»“”\"?!]", quote.speaker) or fold(quote.speaker) in _INTERROGATIVES:
                # ("Qui a dit « … » ?": the question names no one; the body may answer)
                quote.speaker = ""  # a speaker holds no quote nor question
                quote.speaker_start = quote.speaker_end = -1
            verb_cut = before_english_verb(quote.speaker) if quote.cue else None
            if verb_cut is not None:  # '… Tomasz Siemoniak said the proposal was "…"'
                quote.speaker, quote.cue = verb_cut
                quote.speaker_end = quote.speaker_start + len(quote.speaker)
            clause = _CLAUSE.search(quote.speaker) if quote.cue else None
            if clause is not None:  # "C'est une fin de non-recevoir : «": no noun phrase
                quote.speaker = quote.speaker[:clause.start()].rstrip(" ,")
                quote.speaker_end = quote.speaker_start + len(quote.speaker)
            if quote.cue and quote.speaker_start >= 0 and re.fullmatch(
                    r"[a-zà-ÿ]+", quote.speaker) and re.search(
                    r"(?i)(?:\b(?:le|la|les|ce|cet|cette|ces)\s+|\bl['’]\s*)$",
                    text[max(0, quote.speaker_start - 8):quote.speaker_start]):
                # "», indique le communiqué" after "La préfecture a publié un communiqué":
                # the issuer; "», selon la source" after "une source judiciaire": it
                issued = issuer(text, quote.speaker, quote.speaker_start, DOCUMENTS) or \
                    introduced_source(text, quote.speaker, quote.speaker_start)
                if issued is not None:
                    quote.speaker, (quote.speaker_start, quote.speaker_end) = issued
            dislocated = (dislocated_subject(text, quote.end)
                          or postposed_apposition(text, quote.end)) if quote.cue and (
                not quote.speaker or quote.speaker.lower() in PRONOUNS) else None
            if dislocated is not None:  # "», ont-ils témoigné, X et son épouse Y,"
                quote.speaker, quote.speaker_start, quote.speaker_end = dislocated
            cataphor = _cataphoric_subject(text, quote) if quote.cue and \
                quote.speaker.lower() in ("il", "elle", "") else None
            if cataphor is not None:  # "- il a assuré X de « … » -, Obama s'est empressé"
                quote.speaker, quote.speaker_start, quote.speaker_end = cataphor
            stand_in = _pronoun_standing_in(text, quote) if quote.cue else None
            if stand_in is not None:  # "a ajouté celle qui …", "elle-même admet": "elle"
                quote.speaker = stand_in
            pronoun = not quote.speaker or quote.speaker.lower() in PRONOUNS or \
                re.fullmatch(r"(?i)[\w'’]+-(?:t-)?(?:il|elle|ils|elles|on)",
                             quote.speaker) is not None
            same = _same_source(text, quote.end) if quote.cue and pronoun else None
            if same is not None:  # "», a-t-on appris de même source": the source
                # named before ("Selon une source sécuritaire"), not the last speaker
                quote.speaker, (quote.speaker_start, quote.speaker_end) = same
                pronoun = False
            # one pronoun token is one referent: a coordinated verb's quote shares it ("Elle
            # a jugé « … » et rappelé que « … »", verify15 R12); an incise by its cue too
            shared = ("" if quote.speaker_start >= 0 else quote.cue, quote.speaker,
                      quote.speaker_start, quote.speaker_end)
            # one pronoun standing in the text (an inverted "lance-t-il", a subject "il")
            standing = quote.speaker_start >= 0 and quote.speaker.lower() in PRONOUNS or \
                re.search(r"-(?:t-)?(?:il|elle|ils|elles)$", quote.cue) is not None
            if quote.cue and pronoun and standing and shared in resolved:
                # fragments of one sentence sharing one pronoun incise ("« … » mais « … »,
                # lance-t-il") share its antecedent: resolved once, not again from a window
                # that the first fragment's speaker has moved
                quote.speaker, (quote.speaker_start, quote.speaker_end) = resolved[shared]
            elif quote.cue and (pronoun or (previous and _is_document(quote.speaker) and
                                            not law_text(text, quote.speaker,
                                                         quote.speaker_start))) and \
                    not (not quote.speaker and in_headline(text, quote.start)):
                # (a headline's quote whose label was a kicker, "Santé : « … »", names no
                # one: not the kicker line above it, nor a name the pronoun rules fetch;
                # the body's repetition of its words may give it a speaker)
                # an inverted verb is a pronoun ("a-t-il", "…, avant de viser X : «")
                pronoun_at = quote.speaker_start if quote.speaker and quote.speaker_start >= 0 \
                    else quote.start  # an antecedent stands before its pronoun
                gender = _pronoun_gender(text, quote)
                windows = spans
                if question is not None:
                    # the interviewee: the previous speaker, else the subject before the
                    # question, never a name in it ("La venue de Carla Bruni ?") nor in
                    # an earlier question
                    pronoun_at, gender = question, ""
                    windows = [*spans, *questions]
                    previous, previous_span = _speaker_before_line(
                        text, question, previous, previous_span, history)
                if quote.start >= opening_body > since:
                    # a body's pronoun stands for no word of the headline above it
                    # ("Livorno, firmato il patto …" then "«…», ha detto lui"; r-quotes58)
                    since = opening_body
                subject = _recent_subject(text, since, pronoun_at, windows, gender,
                                          quote.speaker.lower() in ("he", "she"),
                                          singular=bool(gender)
                                          and not _plural_pronoun(text, quote))
                described = _described_subject(text, sents, since,
                                               pronoun_at, windows, gender,
                                               indefinite=bool(gender))
                # "L'opposition, menée par Léa Garnier, …": the group speaks through its
                # leader
                subject = _led_by(text, subject, gender) or subject
                described = _led_by(text, described, gender) or described
                described = _named_description(text, described)
                if subject is None:
                    # "La Fédération des …, par la voix de son président, X, renvoie la
                    # balle. « … », a-t-il assuré": the voice named since the last speaker
                    subject = _voice_since(text, since, pronoun_at, windows, gender)
                if described is not None and described[0][:1].islower() and not (
                        is_person_noun(described[0]) or is_body(described[0])):
                    # "Selon X, la situation est « … ». Elle ajoute que": a noun of a state
                    # or an action ("situation", "moment") says nothing; a pronoun
                    # subject of a speech verb stands for an agent (a person or a body)
                    described = None
                answering = _answering_description(
                    text, since, pronoun_at, windows, gender,
                    subject or ((previous, previous_span) if previous else None))
                if answering is not None:
                    # "X a critiqué le projet. Le préfet lui a répondu. Il a jugé « … »":
                    # "lui" is X, the addressee; "Il" continues the one who answered
                    subject = described = answering
                if subject is None or (
                        described is not None and described[1][0] > subject[1][0]
                        and (is_body(described[0]) or _other_name_in(described[0],
                                                                     subject[0]))):
                    # no name in subject position since the last speaker, or a body in
                    # subject position after it ("… X reçoit la Justice. Le nouveau
                    # gouvernement s'est donné un objectif. Il a déclaré que « … »": the
                    # most recent subject continues, centering; a body names no person),
                    # or a role and another name after it ("X a demandé … . Le député
                    # Leonetti a répliqué à X. « … », a-t-il déclaré": not X, an object)
                    subject = described
                if subject is not None and gender and previous and \
                        not _plural_pronoun(text, quote) and \
                        _background_body(text, subject, quote.cue) and \
                        _person_shaped(previous) and \
                        _own_gender(text, previous_span) in ("", gender):
                    # "« … », a-t-il dit. La veille, l'ONU avait appelé à … Le PAM avait
                    # chiffré … « … », a-t-il ajouté": a body in the background (a
                    # pluperfect) or before "ajouter" does not take the person's "il"
                    # from the one who is speaking (t-enrich24 E2)
                    subject = previous, previous_span
                voice = _incise_voice(text, quote)
                if voice is not None:
                    # "« … ? », a-t-elle interrogé par la voix de son chef de file, Didier
                    # Robert": the body speaks through the person its incise names, who
                    # says the words (t-final25 F3)
                    subject = voice
                elif subject is not None and gender and previous and \
                        previous_span[0] >= 0 and subject[1] != previous_span and \
                        _CONTINUING_VERB.search(quote.cue) and \
                        not _plural_pronoun(text, quote) and \
                        _marked_gender(text, subject) == "" and \
                        _marked_gender(text, (previous, previous_span)) == gender:
                    # "« … », raconte la sexagénaire. L'homme se présentait comme … « … »,
                    # a-t-elle poursuivi": the verb says the speaker goes on, and the one
                    # who spoke is of the pronoun's gender while the subject between
                    # marks none (t-enrich25 E4)
                    subject = previous, previous_span
                if _plural_pronoun(text, quote):
                    # "Ils ont dénoncé « … »": two people coordinated, a plural subject, a
                    # plural previous speaker, else none (never one person)
                    subject = _coordinated_people(text, since, pronoun_at,
                                                  spans) or _kin_pair(
                        text, since, pronoun_at, spans) or _described_subject(
                        text, sents, since, pronoun_at, spans, gender,
                        plural=True) or next(
                        (c for c in (subject, (previous, previous_span))
                         if c is not None and c[0] and _plural_mention(text, c)),
                        None) or _recent_plural(text, sents, pronoun_at, spans) or \
                        ("", (-1, -1))
                if subject is None and gender and not _plural_pronoun(text, quote):
                    # "Les députés de la commission ont fait … . Elle a proposé « … »": the
                    # subject is plural, its complement agrees with the singular pronoun
                    subject = _subject_complement(text, sents, pronoun_at, gender)
                if subject is None and gender:  # "a-t-elle ajouté": the last woman who spoke
                    # a name, or a description of that gender, before one of unknown gender
                    # ("son cabinet" is no "elle")
                    subject = next(((name, span) for name, span in reversed(history)
                                    if _own_gender(text, span) == gender or (
                                        name[:1].isupper() and not _own_gender(text, span))),
                                   None) or next(
                        ((name, span) for name, span in reversed(history)
                         if _own_gender(text, span) in ("", gender)), None)
                    if subject is not None and _body_speaker(subject[0]):
                        # "Matignon a précisé … Le secrétaire général, Marylise Léon, a
                        # salué … Selon elle": a person, not an office (t-enrich23 E11)
                        subject = _person_of_epicene_title(text, history, gender) or subject
                if subject is None and gender and previous and \
                        _own_gender(text, previous_span) not in ("", gender):
                    # "a dit M. Bertrand. « … », a-t-elle répondu": not him; the last other
                    # person named, else no speaker rather than a wrong one
                    subject = _last_person(text, quote.start, spans, other_than=previous,
                                           gender=gender)
                    if not subject[0]:
                        previous, previous_span = "", (-1, -1)
                if subject is None and gender and previous and \
                        not _plural_pronoun(text, quote) and \
                        _plural_mention(text, (previous, previous_span)):
                    # "« … », ont expliqué les syndicats. Pour le ministre X, … « … »,
                    # a-t-il indiqué": a singular "il" never stands for a plural speaker;
                    # the last person of its gender, else no one (t-enrich24 E1)
                    subject = _last_person(text, pronoun_at, spans, gender=gender)
                    if not subject[0]:
                        previous, previous_span = "", (-1, -1)
                if subject is not None or not previous:
                    # the last person named, of the pronoun's gender when it marks one
                    previous, previous_span = _with_particle(text, *(
                        subject or _last_person(text, pronoun_at, spans, gender=gender)))
                quote.speaker = previous
                quote.speaker_start, quote.speaker_end = previous_span
                if standing:
                    resolved[shared] = previous, previous_span
            elif quote.cue and not re.search(r"-(?:t-)?on$", quote.cue):  # not "dit-on"
                named = demonym_referent(text, quote.speaker, quote.speaker_start, spans) \
                    if nationality_noun(text, quote.speaker, quote.speaker_start) \
                    else _described(text, quote, previous, previous_span)
                if named is not None and not within(named[1], quote.start, quote.end):
                    # "a déclaré la ministre" resolved to a name far back: the ministre was
                    # mentioned here, so a later "elle" looks for other subjects from here
                    mentioned_at = max(mentioned_at, quote.speaker_end)
                    quote.speaker, (quote.speaker_start, quote.speaker_end) = named
            if quote.cue and quote.speaker_start >= 0 and re.match(
                    _PARTITIVE_HEAD, text[quote.speaker_start:quote.speaker_end]):
                _one_of_them(text, sents, quote)
            if quote.cue in ("", "continued") and _headline(text, quote):
                headings.append(quote)  # a title or a heading: kept only when the body
                continue  # gives its words a speaker (:func:`_repeated_headings`)
            if not quote.cue and ((_word_count(quote.text) < MIN_WORDS
                                   # "«Мы не отступим», — заявил …": a dash incise names
                                   # its speaker (r-lang54, t-final53b A15)
                                   and dash_incise(text, quote.end) is None)
                                  or quote.start in terms):
                continue  # a scare quote, a name or a title: not reported speech
            if merged is not None and merged.cue and merged.speaker == quote.speaker and \
                    not chained and not _another_attribution(text, merged, quote):
                merged.parts.extend(quote.parts)  # a part per paragraph (« … ¶ … »)
                merged.end = quote.end
                merged.text = " […] ".join(text[s:e] for s, e in merged.parts)
                continue
            merged = quote
            out.append(quote)
            if quote.speaker and _reported_inside(text, quote):
                continue  # the narrator stays the one a later pronoun points back to
            if quote.speaker:
                previous, previous_span = quote.speaker, (quote.speaker_start,
                                                          quote.speaker_end)
                history.append((previous, previous_span))
                since = max(previous_span[1], mentioned_at, 0)
    out = _repeated_label_quotes(_reopened_paragraphs(text, _current_speaker(
        text, _speaker_of_next_paragraph(text, out, continued)), continued), text)
    out = _repeated_headings(text, headings, _exchange_turns(text, out))
    body = body_start(text)
    for quote in out:
        if quote.cue in GERMAN_SPEECH_FORMS and PARTICLE_END.search(quote.speaker):
            # "», teilte die Polizei mit": the separable verb's particle is no subject's
            quote.speaker = PARTICLE_END.sub("", quote.speaker)
            quote.speaker_end = quote.speaker_start + len(quote.speaker)
        apposed_subject = subject_apposed_before_verb(text, quote.end) \
            if quote.cue in ("", "current", "continued") else None
        if apposed_subject is not None:  # '"…," the chief executive, Jane Roe, told …'
            quote.cue = apposed_subject[0]
            quote.speaker, quote.speaker_start, quote.speaker_end = apposed_subject[1:]
        if 0 <= quote.speaker_start < body <= quote.start and \
                not person_mention(quote.speaker):
            # a body's quote never takes its speaker from the headline's words unless
            # they name a person ("Incendie de Voiron" is a topic; f-speakers33)
            quote.speaker, quote.speaker_start, quote.speaker_end = "", -1, -1
        alone = pronoun_incise(text, quote.end) if quote.cue and not quote.speaker else ""
        following = next_subject(text, quote.end, pronoun_gender(alone)) if alone else None
        if following is not None:  # "« … », a-t-il martelé. Le maire, X, a confirmé …"
            quote.speaker, quote.speaker_start, quote.speaker_end = following
        _without_title(text, quote)
        _without_markup(quote)
        if _adverbial_speaker(quote.speaker):
            quote.speaker, quote.speaker_start, quote.speaker_end = "", -1, -1
        apposed = apposed_person(text, quote.speaker, quote.speaker_start,
                                 quote.speaker_end) or with_source_noun(
            text, quote.speaker, quote.speaker_start, quote.speaker_end)
        if apposed is not None:  # "le porte-parole …, le lieutenant-colonel X" (E15)
            quote.speaker, quote.speaker_start, quote.speaker_end = apposed
        apposed = apposed_german_name(text, quote.speaker, quote.speaker_start,
                                      quote.speaker_end)
        if apposed is not None:  # "Die Bürgermeisterin von Fulda, Petra Vogel, sagte:"
            quote.speaker, quote.speaker_start, quote.speaker_end = apposed
        german_named = titled_german_name(quote.speaker, quote.speaker_start)
        if german_named is not None:  # "Die Klinikdirektorin Martina Oswald" (r-quotes59)
            quote.speaker, quote.speaker_start, quote.speaker_end = german_named
        both = coordinated_second(text, quote.start, quote.end, quote.speaker,
                                  quote.speaker_start, quote.speaker_end)
        if both is not None:  # "ont expliqué X, adjointe …, et Y, adjoint …" (E12)
            quote.speaker, quote.speaker_start, quote.speaker_end = both
        quote.speaker, quote.speaker_start = without_article(quote.speaker,
                                                             quote.speaker_start)
        quote.speaker, quote.speaker_start = without_romance_article(quote.speaker,
                                                                     quote.speaker_start)
        quote.speaker, quote.speaker_start = without_body_article(quote.speaker,
                                                                  quote.speaker_start)
        cut = without_verb(quote.speaker, quote.cue) if quote.speaker_start >= 0 else ""
        if cut and cut != quote.speaker:  # "plantilla estalla" → "plantilla" (r-quotes58)
            quote.speaker, quote.speaker_end = cut, quote.speaker_start + len(cut)
        dashed = dash_incise(text, quote.end) if not quote.speaker else None
        if dashed is not None:  # "«…», — сказал синоптик Михаил Леус" (russian_speech)
            quote.cue, quote.speaker, quote.speaker_start, quote.speaker_end = dashed
        drop_unsound_speaker(text, quote)  # never across a break, never inside a word
    out = _headline_repeats_merged(text, out)
    # a quote inside a quote is part of it, not a second quote (newuser21 E21)
    answers = _unquoted_answers(text, out)
    return sorted([*out, *answers], key=lambda q: q.start) if answers else out



def _without_markup(quote: Quote) -> None:
    """Cut a speaker written with tags to its longest piece between them ("<b>Paul
    Nizan</b>" → "Paul Nizan"; t-enrich22 E16), its span moved with it; a piece with no
    letter leaves no speaker."""
    piece, at = outside_markup(quote.speaker)
    if at == 0 and len(piece) == len(quote.speaker):
        return
    lead = len(piece) - len(piece.lstrip())
    piece = piece.strip()
    if not any(ch.isalpha() for ch in piece):
        quote.speaker, quote.speaker_start, quote.speaker_end = "", -1, -1
        return
    if quote.speaker_start >= 0:
        quote.speaker_start += at + lead
        quote.speaker_end = quote.speaker_start + len(piece)
    quote.speaker = piece


_INNER_COMMA = re.compile(r",[ \xa0]+(?=[a-zà-ÿ])")
_INNER_END = re.compile(r"[,.;!?…]")
MAX_INNER_INCISE_WORDS = 8


def _titled_words(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is an incise whose speech verb (after its auxiliary)
    is followed by a determiner and a role noun ("a expliqué la ministre italienne des
    Transports X"): its subject may be a long title then a name, past the usual length
    of an incise (``MAX_INNER_INCISE_WORDS``)."""
    found = re.match(r"[ \xa0]*(?:(?:a|ont|avait|avaient)[ \xa0]+)?([\w'’-]+)[ \xa0]+"
                     r"(?:le|la|l['’])\s*([\w'’-]+)", text[start:end])
    return found is not None and _is_verb(found.group(1)) and \
        fold(found.group(2)) in ROLE_NOUNS


def _inner_incise(text: str, start: int, end: int
                  ) -> tuple[list[tuple[int, int]], tuple[str, str, int, int]] | None:
    """An incise inside the quote ``text[start:end]``, between commas or a comma and the
    sentence's end ("« Cette hausse, a-t-elle expliqué, reste inférieure … »", "« Nous
    n'avions pas le choix, insiste-t-elle. Sans elle, … »", "« C'est le pire recul,
    observe le glaciologue Matthias Huss, et cela … »"): the journalist's words, not the
    speaker's (Grevisse § 374, the incise). Returns the quote's two parts around it and
    the incise (cue, speaker, start, end) as :func:`_incise` reads it; None when no comma
    opens a short incise whose speech verb comes first (or after its auxiliary) and whose
    inverted pronoun or subject ends it (t-enrich22 E7)."""
    for comma in _INNER_COMMA.finditer(text, start, end):
        stop = _INNER_END.search(text, comma.end(), end)
        while stop is not None and stop.group() == "," and re.match(
                r"[ \xa0]+(?:de|des|du|d['’]|et|aux?)\b", text[stop.end():end]) and \
                _titled_words(text, comma.end(), stop.start()):
            # "…, a assuré le ministre de l'Agriculture, de l'Alimentation et de la Forêt
            # X, …": a comma inside a title's list of portfolios does not end the incise
            stop = _INNER_END.search(text, stop.end(), end)
        if stop is None:
            continue
        words = re.findall(r"[\w'’-]+", text[comma.end():stop.start()])
        titled = len(words) > MAX_INNER_INCISE_WORDS and _titled_words(
            text, comma.end(), stop.start()) and titled_incise(
                text, comma.end() + len(text[comma.end():stop.start()]) - len(
                    text[comma.end():stop.start()].lstrip()) + len(" ".join(words[:2])),
                stop.start()) is not None
        if not (1 <= len(words) <= MAX_INNER_INCISE_WORDS or titled) or not (
                _is_verb(words[0].split("-")[0]) or (
                    len(words) > 1 and words[0].lower().split("-")[0] in (
                        "a", "ont", "avait", "avaient") and _is_verb(words[1]))):
            continue
        said = _incise(text, comma.start() + 1, stop.start())
        if said is None:
            continue
        if said[2] >= 0:
            if text[said[3]:stop.start()].strip():
                continue  # the subject does not end the incise: a clause of the quote
        elif not any(_INVERTED.search(w) for w in words[:2]) or len(words) > 4:
            continue  # "a-t-elle expliqué", "insiste-t-elle", at most a complement after
        after = stop.end() if stop.group() in ",." else stop.start()
        if stop.group() == ",":
            apposed = _INNER_APPOSED.match(text, after, end)
            if apposed is not None and said[2] >= 0:
                # "…, a expliqué l'entraîneur castrais, Pierre Laborde. »": the name too
                said = (said[0], apposed.group(1), apposed.start(1), apposed.end(1))
            rest = apposed or _INNER_COMPLEMENT.match(text, after, end)
            if rest is not None and _FINITE.search(text, after, rest.end()) is None:
                # ", lors d'une conversation informelle.", ", en juillet.": the incise's
                # complement, up to its sentence's end
                after = rest.end()
        if comma.start() <= start:
            return None
        resume = re.search(r"\S", text[after:end])
        if resume is None:
            return [(start, comma.start())], said
        return [(start, comma.start()), (after + resume.start(), end)], said
    return None


def _fronted_before(text: str, sentence_start: int, start: int
                    ) -> tuple[str, str, int, int] | None:
    """The verb and subject of an introduction opened by a fronted adverbial ("Danach
    sagte er: „", "Poi ha aggiunto: «": the subject dropped, "" at -1): (cue, subject,
    start, end), else None (:func:`veille.enrich.speaker_fronted.fronted_subject`)."""
    found = fronted_subject(text[sentence_start:max(sentence_start, start - 1)], _is_verb)
    if found is None:
        return None
    cue, subject, first, last = found
    if first < 0:
        return cue, "", -1, -1
    return cue, subject, sentence_start + first, sentence_start + last


def _colon_incise_before(text: str, sentence_start: int, start: int
                         ) -> tuple[str, str, int, int] | None:
    """The incise ending a quote's sentence before its colon ("…, a précisé la directrice
    artistique, Hélène Vautrin : « … »"): (cue, name, start, end), else None
    (:func:`veille.enrich.quotes_guards.colon_incise`)."""
    found = colon_incise(text[sentence_start:max(sentence_start, start - 1)], _is_verb)
    if found is None:
        return None
    return found[0], text[sentence_start + found[1]:sentence_start + found[2]], \
        sentence_start + found[1], sentence_start + found[2]


_CLAUSE_SPEAKER = re.compile(
    r"(?:[Pp]as|[Nn]e|[Nn]['’]|[Nn]on|[Gg]uère)\s.*|.*\s(?:was|were|is|are|has|had|have|been|"
    r"a|ont|est|sont|était|étaient|avait|avaient)")
"""A negated comment or a clause cut before its verb ("pas question de céder", "judge
was"): no name, role nor antecedent (lower-case auxiliaries: "Berlin Est" is a name)."""


def _adverbial_speaker(speaker: str) -> bool:
    """Whether a speaker string is an adverbial or a clause, never who speaks: a time
    phrase ("Quelques heures plus tard", "Le lendemain"), a negated comment, words ending
    with an auxiliary (t-enrich21 E6). A speaker is a name, a role, a body or a pronoun's
    antecedent; such a string is dropped rather than shown as one."""
    words = speaker.strip()
    return bool(words) and (_TIME_LATER.fullmatch(words) is not None
                            or (_time_phrase(words) and not re.search(r"\s[A-ZÀ-Ý]", words))
                            or _CLAUSE_SPEAKER.fullmatch(words) is not None)


_ARTICLE_TITLE = re.compile(r"(?:Le|La|L['’]|Son|Sa|Leur)\s*(?=[a-zà-ÿ])")


def _without_title(text: str, quote: Quote) -> None:
    """Cut a title opening a subject's speaker from its name, in place: "L'adjointe
    Nathalie Brun", a sentence's subject taken up by a pronoun, is "Nathalie Brun" (the
    speaker is the person; the role is the words before the span: newuser15a W2), as
    :func:`_name_in_title` does for an incise's speaker."""
    if quote.speaker_start < 0:
        return
    capitalised = None if _honorific(quote.speaker) else _capitalised_title(quote.speaker)
    if capitalised is not None:  # "Chief Financial Officer Thomas Toepfer" (newuser17a H8)
        quote.speaker, quote.speaker_start = quote.speaker[capitalised:], \
            quote.speaker_start + capitalised
    skip = _before_given_name(quote.speaker) if re.fullmatch(
        _PERSON_RUN, quote.speaker) else 0
    if skip:  # "Ecolo Georges Dinant" (newuser17a H5)
        quote.speaker, quote.speaker_start = quote.speaker[skip:], quote.speaker_start + skip
    article = _ARTICLE_TITLE.match(quote.speaker)
    if article is None:
        return
    rest = quote.speaker[article.end():]
    _, name, start, end = _name_in_title("", rest, quote.speaker_start + article.end(),
                                         quote.speaker_end, text)
    if name != rest and _PERSON.match(name):
        quote.speaker, quote.speaker_start, quote.speaker_end = name, start, end


_QUESTION_BEFORE = re.compile(r"([^\n.!?«»“”\"]{1,200}\?)[ \t\xa0]*\r?\n?[ \t\xa0]*$")
"""A question of the author's, right before a quote's opening mark: a clause ending with
"?" on the same line or the line before, holding no quotation mark."""


def _question_before(text: str, start: int) -> int | None:
    """When the quote opening at ``start`` (its mark at ``start - 1``) answers a question
    of the author's standing right before it ("La venue de Carla Bruni ?\n« Je suis
    content »", "Son salaire ? « C'est … »"): the question's start. An interview in the
    press writes the journalist's question, then the interviewee's answer, with no incise
    (the question-and-answer form, "questions-réponses": the answer is the interviewee's
    words, Agnès, *Manuel de journalisme*, ch. "L'interview"). A pronoun in the question
    may name the interviewee ("il les connaît ?") or a third person ("elle la craint ?"),
    so its gender is not used. None otherwise."""
    mark = start - 1
    while mark > 0 and text[mark] in " \xa0\u202f":
        mark -= 1  # "« Je …": the space inside the mark
    if mark < 1 or text[mark] not in PAIRS:
        return None
    found = _QUESTION_BEFORE.search(text, max(0, mark - 240), mark)
    if found is None:
        prompt = _prompt_before(text, mark)
        return prompt if prompt is not None else _answer_opening_unquoted(text, mark)
    question = found.group(1)
    at = found.start(1) + len(question) - len(question.lstrip())
    line = text.rfind("\n", 0, at) + 1
    if "\n" in text[found.end(1):mark] and at - line <= MAX_QUESTION_LINE and \
            not re.search(r"[«»“”\"]", text[line:at]):
        # the question stands on its own line: the whole line is the journalist's
        # ("Anne Roux réclame un référendum. Qu'en pensez-vous ?\n« … »": "Anne Roux" is
        # in the question, not the interviewee)
        return line
    if _SECOND_PERSON.search(question) and at - line <= MAX_QUESTION_LINE and \
            not re.search(r"[«»“”\"]", text[line:at]):
        # "Anne Roux réclame un audit. Qu'en pensez-vous ? « … »" on one line: a question
        # put to "vous" is the journalist's turn of an interview, and so is the lead-in
        # before it on its line ("Anne Roux" is in the question, not the interviewee); a
        # question in the third person ("Et la réforme ? « … »") may follow a narrative
        # sentence naming the interviewee, so only its last clause is the question
        return line
    return at


MIN_INTERVIEW_QUESTIONS = 2
"""Question lines an article needs before an answer opening unquoted counts as one: a
question-and-answer interview asks several (one question line may be a subheading)."""


def _answer_opening_unquoted(text: str, mark: int) -> int | None:
    """The start of the question line before a quote's paragraph when that paragraph is an
    interview's answer opening unquoted ("Peut-on encore les sauver ?\n\nNon, et il faut
    le dire. « Même si … »"): the question stands alone on the line before, the words
    before the mark are whole sentences (the quote opens a sentence of the answer, not a
    clause's "que « … »") holding no quotation mark, question, attribution ("selon",
    "pour") nor verb of saying, and the article asks at least
    ``MIN_INTERVIEW_QUESTIONS`` questions on lines of their own (the question-and-answer
    form, as in :func:`_question_before`). None otherwise."""
    line = text.rfind("\n", 0, mark) + 1
    if not text[:line].rstrip().endswith("?"):
        return None  # (the cheap test first: most quotes follow no question line)
    lead = text[line:mark]
    if not re.search(r"\w[.!…]\s*$", lead) or re.search(r"[«»“”\"?:]", lead) or \
            _SELON.search(lead) or \
            re.match(r"\s*Pour\s", lead) or any(
                _is_verb(w) or _THINKING.fullmatch(w) for w in re.findall(r"[\w'’-]+", lead)):
        return None
    before = text[:line].rstrip()
    question = before.rfind("\n") + 1
    if not _QUESTION_LINE.fullmatch(before[question:]) or \
            len(_QUESTION_LINE.findall(text)) < MIN_INTERVIEW_QUESTIONS:
        return None
    return question


_PROMPT_BEFORE = re.compile(r"\n([^\n«»“”\"]{1,300}?(?:…|\.\.\.))[ \t\xa0]*\r?\n\s*$")
"""A paragraph of the journalist's ending in an ellipsis right before a quote's
paragraph: an interview's prompt with no question mark ("La ministre affirme que le
dialogue n'est pas rompu...\n\n« … »"; the suspended sentence hands the floor over,
Grevisse § 131, the "points de suspension")."""


def _prompt_before(text: str, mark: int) -> int | None:
    """The start of a prompt paragraph (``_PROMPT_BEFORE``) right before the quote mark at
    ``mark``, when the article holds a question answered the same way (an interview:
    another paragraph ending in "?" before a quote's paragraph); None otherwise
    (newuser14a E5)."""
    found = _PROMPT_BEFORE.search(text, max(0, mark - 320), mark)
    if found is None or not re.search(r"\?[ \t\xa0]*\r?\n\s*[«“\"]", text):
        return None
    return found.start(1)


def _speaker_before_line(text: str, at: int, previous: str, previous_span: tuple[int, int],
                         history: Sequence[tuple[str, tuple[int, int]]]
                         ) -> tuple[str, tuple[int, int]]:
    """The previous speaker for an answer to the question at ``at``: a speaker named in
    the question's own sentence is the one the journalist quotes to the interviewee ("Que
    répondez-vous au patronat, qui juge la réforme « … » ?"), never the one who answers
    (newuser14a E3); the last speaker before that sentence then, else none."""
    line = max(text.rfind(mark, 0, max(0, at - 1)) for mark in ("\n", ". ", "? ", "! ")) + 1
    if previous_span[0] < line:
        return previous, previous_span
    return next(((name, span) for name, span in reversed(history) if 0 <= span[0] < line),
                ("", (-1, -1)))


_SECOND_PERSON = re.compile(r"(?i)(?:\b|-)(?:vous|votre|vos|tu|toi|ta|tes)\b")
"""The second person of a question: the interviewer addressing the interviewee."""
MAX_QUESTION_LINE = 400
"""Most characters of a question's line before its last clause that are still the
journalist's question (a lead-in statement, then the question)."""
_QUESTION_LINE = re.compile(r"(?m)^[^\n«»“”\"]{1," + str(MAX_QUESTION_LINE)
                            + r"}\?[ \t\xa0]*$")


def _questions(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The author's questions that quotes answer (start, end): names in them are never an
    answer's speaker, neither the next answer's nor a later one's."""
    found = []
    for start, _ in spans:
        question = _question_before(text, start)
        if question is not None:
            found.append((question, start - 1))
    return found


def _repeated_label_quotes(quotes: list[Quote], text: str = "") -> list[Quote]:
    """A quote a label introduces ("Busserine : « … »", a headline's kicker: a place, a
    topic or a name) that a later quote repeats, whole or as its opening words, with a
    speaker of its own ("« …, … », répète sa tante") takes that speaker: a headline
    quotes the body's words (the label names what the story is about, not always who
    spoke). So does a quote of the headline (``text``'s first line) with no speaker.
    Quotes are changed in place; the list is returned."""
    for n, quote in enumerate(quotes):
        if quote.cue != ":" and not (not quote.speaker and in_headline(text, quote.start)):
            continue  # (a headline's quote with no speaker: "« … » : la BCE maintient ses
            # taux", "Sécheresse : dans le Var, « … »", newuser17a H27)
        words = fold(quote.text).strip(" .,;!?…")
        if _word_count(words) < MIN_WORDS:
            continue
        later = next((q for q in quotes[n + 1:] if q.cue not in ("", ":", "continued")
                      and q.speaker and _repeats(words, fold(q.text))), None)
        if later is not None:
            quote.cue, quote.speaker = later.cue, later.speaker
            quote.speaker_start, quote.speaker_end = later.speaker_start, later.speaker_end
    return quotes


_INTERROGATIVES = frozenset({"qui", "que", "quoi", "lequel", "laquelle", "lesquels", "who",
                             "what"})
"""Interrogative pronouns: a question's subject is no speaker ("Qui a dit « … » ?")."""
MIN_HEADING_WORDS = 2
REPEATED_SHARE = 0.6
"""Share of a headline quote's words that a body quote must repeat in a row (at least
``MIN_WORDS``) to give it its speaker when it does not repeat them all: a headline trims
or completes the body's words ("Je ne suis pas le père de l'enfant que porte Rachida
Dati" for "Je tenais à dire que je ne suis pas le père de l'enfant que porte Rachida")."""


def _repeats(words: str, later: str) -> bool:
    """Whether folded ``later`` repeats folded ``words``: whole, or a run of
    ``REPEATED_SHARE`` of its words and at least ``MIN_WORDS`` (:data:`REPEATED_SHARE`)."""
    if words in later:
        return True
    mine, theirs = re.findall(r"\w+", words), re.findall(r"\w+", later)
    need = max(MIN_WORDS, int(len(mine) * REPEATED_SHARE + 0.999))
    if len(mine) < need:
        return False
    best = 0
    previous = [0] * (len(theirs) + 1)
    for a in mine:  # the longest common run of words (dynamic programming)
        current = [0] * (len(theirs) + 1)
        for j, b in enumerate(theirs):
            if a == b:
                current[j + 1] = previous[j] + 1
                best = max(best, current[j + 1])
        previous = current
    return best >= need
"""Fewest words of a heading the body must repeat to give it the repetition's speaker."""


def _repeated_headings(text: str, headings: list[Quote], quotes: list[Quote]) -> list[Quote]:
    """``quotes`` with the headline quotes (a quote alone on its line above the body, under
    a kicker or not: :func:`_headline`, :func:`in_headline`) whose words,
    ``MIN_HEADING_WORDS`` or more, a body quote with a speaker repeats
    (:func:`_repeats`), the first after the headline: that speaker said them. A headline
    the body does not repeat is dropped, and so is a subheading inside the body (a
    quoted line with no final punctuation between paragraphs: a page's heading, not a
    quote, as the bench's annotation guide has it)."""
    found = []
    for heading in headings:
        if not in_headline(text, heading.start):
            continue
        words = fold(heading.text).strip(" .,;!?…")
        if _word_count(words) < MIN_HEADING_WORDS:
            continue
        said = [q for q in quotes if q.speaker and _repeats(words, fold(q.text))]
        source = next((q for q in said if q.start > heading.start), said[-1] if said else None)
        if source is not None:
            heading.cue, heading.speaker = source.cue, source.speaker
            heading.speaker_start, heading.speaker_end = source.speaker_start, source.speaker_end
            found.append(heading)
    return sorted([*quotes, *found], key=lambda q: q.start) if found else quotes


def _headline_repeats_merged(text: str, quotes: list[Quote]) -> list[Quote]:
    """``quotes`` with each quote of the headline zone (:func:`in_headline`, above
    :func:`body_start`) whose words a quote of the body repeats (:func:`_repeats`, either
    way: the headline trims or completes them) folded into the first such body quote: one
    quote said once and printed twice is one quote, not two rows (issue 16, r-quotes58).
    The body quote keeps its text and speaker; the headline's span becomes its first part
    (so the page highlights both and the bench matches both annotations), and its speaker
    is the headline's when the body gives none. Changed in place; the list is returned."""
    body = body_start(text)
    if body <= 0:
        return quotes
    dropped: set[int] = set()
    for n, heading in enumerate(quotes):
        if heading.start >= body or not in_headline(text, heading.start):
            continue
        words = fold(heading.text).strip(" .,;:!?…")
        if _word_count(words) < MIN_HEADING_WORDS:
            continue
        repeat = next((q for m, q in enumerate(quotes) if m != n and m not in dropped
                       and q.start >= body and (_repeats(words, fold(q.text)) or _repeats(
                           fold(q.text).strip(" .,;:!?…"), words))), None)
        if repeat is None:
            continue
        repeat.parts = [*(heading.parts or [(heading.start, heading.end)]),
                        *(repeat.parts or [(repeat.start, repeat.end)])]
        if not repeat.speaker and heading.speaker:
            repeat.cue, repeat.speaker = heading.cue, heading.speaker
            repeat.speaker_start, repeat.speaker_end = heading.speaker_start, heading.speaker_end
        dropped.add(n)
    return [q for n, q in enumerate(quotes) if n not in dropped] if dropped else quotes


_CLAUSE_BREAK = re.compile(r"\s[—–]\s|;|\(|\)")
"""A dash, a semicolon or a parenthesis: the sentence goes on with another clause."""


def _another_attribution(text: str, first: Quote, second: Quote) -> bool:
    """Whether the words between two quotes of one sentence hold another attribution than
    the one they would share, so that they are two quotes, not one speaker's fragments: a
    clause break (a dash, a semicolon, a parenthesis), a "selon"/"d'après", a speech verb
    other than the shared cue, or a person's name other than its speaker ("X a appelé à
    « A » et promis … — une réunion « B », selon un syndicaliste": « A » is X's, « B » the
    union man's). Either quote may come first."""
    attribution = first if first.cue else second
    if second.start < first.start:
        first, second = second, first
    cue = attribution.cue
    gap = first.end
    between = text[gap:second.start].strip(" «»“”\"„,")
    if _CLAUSE_BREAK.search(between) or (cue != "selon" and _SELON.search(between)):
        return True
    for name in _PERSON_RUN_RE.finditer(text, gap, second.start):
        if not attribution.speaker_start <= name.start() < max(attribution.speaker_end, 0):
            return True  # "…, a-t-elle déclaré, renvoyant à Martine Aubry son appel à « »"
    own_cue = re.escape(cue.split("-")[0]) if cue else "(?!)"
    return any(_is_verb(w.group()) and not re.fullmatch(own_cue, w.group(), re.I)
               for w in re.finditer(r"[\w'’]+", between))


_INCISE_PRONOUN = re.compile(r"[»”\"\s,]*(?:[\w'’]+\s+){0,2}?[\w'’]+-(?:t-)?(il|elle)\b")
"""An incise after a quote whose subject is a singular pronoun ("», a-t-il dit")."""
_PARAGRAPH_END = re.compile(r"[\s»”\"“.!?…]*\n\s*\n")
MAX_CURRENT_PARAGRAPHS = 1
"""Most line breaks between a quote with no attribution and the attributed quote before it
whose speaker it takes: the same paragraph or the next one."""


def _current_speaker(text: str, quotes: list[Quote]) -> list[Quote]:
    """A quote with no attribution of its own (no incise, no introduction, no pronoun)
    goes to the speaker of the quote before it in the same paragraph or the next one:
    "Nicolas Sarkozy a présenté un fonds … « … », a-t-il dit. Ce fonds est destiné à
    intervenir « massivement … »". A news story reports one speaker at a time, and a
    journalist attributes again only when the speaker changes (the AP Stylebook,
    "quotations in the news": attribute every quote, once per paragraph or speaker
    change). Quotes further away keep no speaker rather than a guessed one."""
    for n, quote in enumerate(quotes):
        if not quote.speaker and not quote.cue:
            body = _body_subject(text, quote.start)
            if body is not None:  # "Le groupe souhaite … que « … »": the body's words
                quote.cue, quote.speaker = "subject", body[0]
                quote.speaker_start, quote.speaker_end = body[1], body[1] + len(body[0])
            else:
                named = _named_clause_subject(text, quote, quotes) or \
                    _described_clause_subject(text, quote.start) or \
                    _named_body_subject(text, quote, quotes)
                if named is not None:  # "Jean Leonetti exclut « … »": his words
                    quote.cue, quote.speaker = "subject", named[0]
                    quote.speaker_start, quote.speaker_end = named[1]
        if n == 0:
            continue
        before = quotes[n - 1]
        if quote.speaker or quote.cue or not before.speaker:
            continue
        between = text[before.end:quote.start]
        if len(re.findall(r"\n\s*\S", between)) > MAX_CURRENT_PARAGRAPHS:
            continue
        if _own_subject(text, quote, before, quotes):
            continue  # "Chelsea's manager Paul Roe admitted his side had been "…"": not the
            # current speaker's words; no speaker rather than a wrong one
        pronoun = _INCISE_PRONOUN.match(text, quote.end)
        if pronoun is not None:
            # "Sa première adjointe, X, est présentée comme sa dauphine. « … », sourit-elle":
            # an incise's pronoun (its verb no verb of saying) stands for the subject named
            # since the previous speaker, and never for a speaker of the other gender
            # (f-quotes21, set Z)
            gender = "f" if pronoun.group(1) == "elle" else "m"
            named = _recent_subject(text, before.end, quote.start,
                                    [(q.start, q.end) for q in quotes], gender)
            if named is not None:
                quote.cue, quote.speaker = "subject", named[0]
                quote.speaker_start, quote.speaker_end = named[1]
                continue
            if before.speaker_start >= 0 and _gender(text, before.speaker_start) not in (
                    "", gender):
                continue
        quote.cue, quote.speaker = "current", before.speaker
        quote.speaker_start, quote.speaker_end = before.speaker_start, before.speaker_end
    return quotes


def _sentence_start(text: str, start: int) -> int:
    """Where the sentence holding ``start`` begins (after ". ", "! ", "? ", the same
    with a closing quotation mark, '." ', or a line break; its leading spaces skipped)."""
    ends = list(_SENTENCE_END.finditer(text, max(0, start - 1000), max(0, start - 1)))
    at = ends[-1].end() if ends else max(0, start - 1000)
    return at + len(text[at:start]) - len(text[at:start].lstrip())


_SENTENCE_END = re.compile(r"[.!?…][»”\"]?\s|\n")


_DOCUMENT_SUBJECT = re.compile(
    r"(?i)(?:le|la|les|ce|cet|cette|ces|l['’]\s*|son|sa|ses|leur)\s*(?-i:[a-zà-ÿ][\w-]+)\b")


def _named_clause_subject(text: str, quote: Quote, quotes: Sequence[Quote]
                          ) -> tuple[str, tuple[int, int]] | None:
    """A person's name, by its shape (``_person_shaped``: "Jean Leonetti", "M. Bouton"),
    in subject position in the sentence of a quote that has no attribution of its own,
    followed by its verb and with no other quotation mark nor clause break between it and
    the quote: "Jean Leonetti exclut « un comité … »". Words a text marks as quoted
    inside a clause are those of the clause's subject when no one else is named (the
    quoted island, Authier-Revuz 1996), whatever the verb (not only a verb of saying:
    "exclut", "veut", "préfère"). Its name and span, or None."""
    at = _sentence_start(text, quote.start)
    spans = [(q.start, q.end) for q in quotes]
    subject = _recent_subject(text, at, quote.start, spans)
    if subject is None or not _person_shaped(subject[0]) or not re.match(
            r"\s+(?!(?:qui|que|qu|dont|et|ou|de|du|des)\b)[a-zà-ÿ]|" + _APPOSITION_CLOSED,
            text[subject[1][1]:]):
        return None
    if re.search(r"[«»“”\";:()]|\s[—–]\s", text[subject[1][1]:quote.start].rstrip(' «“"„')):
        return None
    if _PASSIVE_AFTER.match(text, subject[1][1]):
        return None  # "Paul Martin a été condamné pour « … »": the patient, not a speaker
    return subject


_NAMED_BODY = re.compile(
    r"(?:(?:La|Le|Les)[ \xa0]+(?=[A-ZÀ-Ý]{2,}\b)|L['’](?=[A-ZÀ-Ý]{2,}\b))?"
    r"((?:[A-ZÀ-Ý][\w'’&-]*)(?:[ \xa0]+[A-ZÀ-Ý][\w'’&-]*){0,3})[ \xa0]+"
    r"(?:(?:ne|n['’])\s*)?(?:(?:a|ont|va|vont|doit|doivent|peut|peuvent|veut|veulent|"
    r"entend|entendent|compte|comptent)[ \xa0]+)?[a-zà-ÿ]{3,}(?:e|t|ent|it)\b"
    r"[^,;:«»“”\"()\n]*$")
"""A sentence opening with a capitalised name (an organisation's, "EDF", or an acronym
after its article, "La SNCF") and its verb, with no comma nor other quote before the
quoted island: "EDF prévoit un retour à la normale « d'ici la semaine prochaine »"."""


def _named_body_subject(text: str, quote: Quote, quotes: Sequence[Quote]
                        ) -> tuple[str, tuple[int, int]] | None:
    """The organisation whose name opens the sentence of a quote with no attribution of
    its own (:data:`_NAMED_BODY`), when it is no person's name by its shape (those
    :func:`_named_clause_subject` reads): the quoted island is the subject's words, not
    the previous speaker's (t-final24 F2: "EDF prévoit … « … »" was the préfet's).
    None otherwise."""
    at = _sentence_start(text, quote.start)
    if any(q.start <= at < q.end for q in quotes):
        return None
    match = _NAMED_BODY.match(text[:quote.start].rstrip(" \xa0«“\"„"), at)
    if match is None:
        return None
    name = match.group(1)
    if fold(name.split()[0]) in _NOT_SUBJECT or _person_shaped(name) or \
            _lone_participle(name.split()[0]) or \
            fold(name.split()[0]) in _INTERROGATIVES or (
                not name.isupper() and french().is_word(name.split()[0].lower())):
        return None  # ("Qui", "Cet", "Seuls": a common word opening the sentence)
    return name, (match.start(1), match.end(1))


_PASSIVE_AFTER = re.compile(
    r"(?i)\s+(?:(?:ne|n['’])\s*)?(?:(?:a|ont|avait|avaient|aura|auront)\s+(?:\w+\s+)?été|"
    r"(?:est|sont|était|étaient|fut|furent|sera|seront)\s+(?:\w+\s+)?"
    r"[a-zà-ÿ]+(?:é|ée|és|ées|is|ise|isé|it|ite|u|ue|us|ues))\b")
"""A passive verb after a subject ("a été condamné", "est accusé"): its subject undergoes."""


def _own_subject(text: str, quote: Quote, before: Quote, quotes: Sequence[Quote]) -> bool:
    """Whether the sentence holding ``quote`` (which has no attribution of its own) names
    a subject of its own other than the current speaker, ``before``'s: a name in subject
    position, a person's by its shape ("Chelsea manager Enzo Maresca admitted his side
    had been "…"", not "L'Etat va « … »", another name of the same speaker) or a
    document opening the sentence ("Ce texte prévoyait que « … »": a bill's words are
    nobody's speech). The current speaker carries over only to a sentence that names no
    one else (a journalist attributes again when the speaker changes: the AP
    Stylebook)."""
    at = _sentence_start(text, quote.start)
    if at <= before.end:
        return False  # the current speaker's own sentence
    opening = _DOCUMENT_SUBJECT.match(text, at, quote.start)
    if opening is not None and _is_document(opening.group()) or opening is not None and \
            fold(opening.group().split()[-1].split("'")[-1]) in PUBLICATIONS:
        return True
    spans = [(q.start, q.end) for q in quotes]
    subject = _recent_subject(text, at, quote.start, spans)
    if subject is None or not _person_shaped(subject[0]) or not re.match(
            r"\s+(?!(?:qui|que|qu|dont|et|ou|de|du|des)\b)[a-zà-ÿ]|" + _APPOSITION_CLOSED,
            text[subject[1][1]:]):
        return False  # "L'Etat va aussi « … »", "Le Premier ministre a chargé": a body or
        # a description may be the current speaker under another name; a name with no
        # verb after it ("a chargé la ministre, Anne Roux, « de … »") is no subject
    # "M. Kerviel" is "Jérôme Kerviel": the title dropped, the surname compared
    name = fold(re.sub(r"^(?:M|MM|Mme|Mmes|Mlle|Dr|Pr|Me|Mgr)\.?\s+", "", subject[0]))
    current = fold(before.speaker)
    return not (name in current or current in name or
                before.speaker_start <= subject[1][0] < before.speaker_end)


_APPOSITION_CLOSED = (r"\s*,\s+(?:a|ont|avait|avaient|aura|est|sont|était|étaient|va|vont|"
                      r"s['’]|se|ne|n['’])(?![\w'’-])")
"""A name in apposition ("Son gouverneur, X, avait mis en garde contre « … »") closed by
its comma before the clause's verb: the name is the clause's subject (Grevisse § 343,
the detached apposition to the subject; f-speakers27)."""


PUBLICATIONS = frozenset({"note", "rapport", "etude", "avis", "loi", "projet", "amendement",
                          "article", "decret", "traite", "accord", "proposition", "circulaire",
                          "arrete", "ordonnance", "reglement", "directive", "motion"})
"""Documents that state rather than speak (folded): a bill, a report, a decree. Their
words opening a sentence as its subject ("Ce texte prévoyait que « … »", "Le rapport
estime que « … »") are the document's, not the current speaker's."""


_BODY_SUBJECT = re.compile(
    r"(?:[A-ZÀ-Ý][^,.;:!?«»\"\n]{0,40},\s*)?(?:(?:le|la|les|ce|cet|cette|ces)\s+|l['’]\s*)"
    r"((?-i:[a-zà-ÿ][\w-]+)(?:\s+(?!(?:de|du|des|se|ne|y|en|a|ont|est|sont|était|avait|"
    r"qui|que|et|ou|il|elle|lui|leur|le|la|les|doit|peut|va|vient)\b)(?-i:[a-zà-ÿ][\w-]+)"
    r"(?<!ent)(?<!ait)(?<!aient)){0,2}"
    r"(?:\s+(?:de\s+la|de\s+l['’]|de\s+(?:son|sa|ses|leur|leurs)|du|des|de|d['’])\s*"
    r"(?-i:[\w'’-]+))?)(?=\s)", re.IGNORECASE)
"""A noun phrase opening a sentence (after at most one opening chunk, "En même temps,"):
the determiner, a head noun, up to two adjectives (no clitic, auxiliary or verb ending
in -ent, -ait) and a complement ("cette autorité suprême de la profession", "Les banques
françaises")."""


def _subject_phrase(text: str, match: re.Match[str], start: int) -> str:
    """``_BODY_SUBJECT``'s noun phrase less its last word when the quote opens right after
    it: "La direction invoque « … »" (a noun phrase is no complete clause before its
    object; the word before the quote is the verb, a present in -e spelt as an adjective
    would be; newuser16a H3)."""
    phrase = match.group(1)
    if text[match.end():start].strip(" \xa0") in PAIRS and " " in phrase and \
            not re.search(r"(?i)\b(?:de|du|des|d['’])\s*\S+$", phrase):
        return phrase.rsplit(" ", 1)[0]
    return phrase


def _body_subject(text: str, start: int) -> tuple[str, int] | None:
    """The body (``quotes_refs.is_body``: "le groupe", "les banques", "la commission") that
    opens the sentence holding a quote at ``start`` with no attribution of its own, and
    whose words the quote then gives: "Le groupe souhaite … que « 750 millions » …", "cette
    autorité … décidait d'enquêter sur l'éventualité de « pressions … »" (the subject of
    the sentence; a body's head noun names no person, so the current speaker does not
    carry over). Its phrase and start, or None."""
    sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start),
                         text.rfind("! ", 0, start), text.rfind("? ", 0, start)) + 1
    sentence_start += len(text[sentence_start:start]) - len(text[sentence_start:start].lstrip())
    match = _BODY_SUBJECT.match(text, sentence_start, start)
    if match is None:
        return None
    head = match.group(1).split()[0]
    plural = re.match(r"(?i)\s*(?:[A-ZÀ-Ý][^,]*,\s*)?(?:les|ces)\s", text[sentence_start:])
    if not is_body(head) and not (head.endswith(("s", "x")) and is_body(head[:-1])) and \
            not (plural and head.endswith(("s", "x")) and is_person_noun(head[:-1])):
        return None  # (a plural's "-s", "-x": "les banques"; a group of people, "Les
        # membres du comité …, préfèrent « … »", speaks as a body does)
    if re.search(r"[«“\"]", text[match.end():start].rstrip(" \xa0")[:-1]):
        return None  # another quote between: its own attribution rules
    return _subject_phrase(text, match, start), match.start(1)


_PERSON_SUFFIX = re.compile(r"(?:iste|aste|eur|euse|rice|ienne|logue|ante)$")
"""Endings of French nouns of agents and occupations ("cinéaste", "syndicaliste",
"directrice", "historienne", "sociologue", "habitante"; Grevisse § 168, suffixes of
agent nouns): a description's head noun that no introduction resolves names a person
only with one of them or as a title (``TITLE_NOUNS``)."""


def _described_clause_subject(text: str, start: int) -> tuple[str, tuple[int, int]] | None:
    """A singular definite person description opening the sentence of a quote with no
    attribution of its own (``_BODY_SUBJECT``'s shape: "La ministre de la Justice veut
    rester prudente « car … »", "Visiblement émue, la cinéaste a dédié le prix à sa
    grand-mère, « … »"): the quoted island is the subject's words, as for a name
    (:func:`_named_clause_subject`); the person the description was introduced with
    (:func:`quotes_refs.resolve_role`), else the description. None when the sentence opens
    otherwise, the head is no person noun, or another quote stands between."""
    sentence_start = _sentence_start(text, start)
    sentence_start += len(text[sentence_start:start]) - len(text[sentence_start:start].lstrip())
    match = _BODY_SUBJECT.match(text, sentence_start, start)
    if match is None:
        return None
    determiner = re.search(r"(?i)(le|la|l['’])\s*$", text[match.start():match.start(1)])
    head = match.group(1).split()[0]
    if determiner is None or not is_person_noun(head) or _finite_inside(match.group(1)) or \
            re.search(r"[«“\"]", text[match.end():start].rstrip(" \xa0")[:-1]):
        return None
    phrase = _subject_phrase(text, match, start)
    introduced = resolve_role(text, phrase, match.start(1), determiner.group(1))
    if introduced is None and fold(head) not in TITLE_NOUNS and \
            fold(head) not in GENERIC_PERSON_NOUNS and not _PERSON_SUFFIX.search(head):
        return None  # "L'objectif est que « … »", "Le dispositif pourrait …": no person
    return introduced or (phrase, (match.start(1), match.start(1) + len(phrase)))


def _speaker_of_next_paragraph(text: str, quotes: list[Quote], continued: set[int]
                               ) -> list[Quote]:
    """Quotes over several paragraphs (French typography opens each paragraph of a quote
    with « and closes only the last: Lexique des règles typographiques en usage à
    l'Imprimerie nationale, "guillemets"): a paragraph's part left open (« … then « … »,
    a-t-il insisté) is said by whoever says the next paragraph's part; a paragraph that
    opens with a quote mark and has no speaker of its own, after a quote ending the
    paragraph before (left open, or closed at its end), goes on with that quote's
    speaker."""
    for quote, following in reversed(list(zip(quotes, quotes[1:], strict=False))):
        # from the last: « … ¶ « … ¶ « … », a-t-il conclu gives each part its speaker
        if quote.start in continued and following.speaker and not quote.speaker:
            quote.cue, quote.speaker = "continued", following.speaker
            quote.speaker_start, quote.speaker_end = following.speaker_start, \
                following.speaker_end
    for quote, following in zip(quotes, quotes[1:], strict=False):
        paragraph_end = _PARAGRAPH_END.match(text, quote.end)
        if quote.speaker and not following.speaker and following.cue != "answer" and \
                paragraph_end is not None and \
                paragraph_end.end() <= following.start and \
                not text[paragraph_end.end():following.start].strip(" «“\"„"):
            following.cue, following.speaker = "continued", quote.speaker
            following.speaker_start, following.speaker_end = quote.speaker_start, \
                quote.speaker_end
    return quotes


def _reopened_paragraphs(text: str, quotes: list[Quote], continued: set[int]
                         ) -> list[Quote]:
    """One quote over several paragraphs, each reopened with « and only the last closed
    (Lexique des règles typographiques en usage à l'Imprimerie nationale, "guillemets"):
    a part left open at its paragraph's end and the part opening the next paragraph, said
    by the same speaker, are one quote with a part per paragraph (newuser14a E6: "X a
    déclaré :" then « … ¶ « … »)."""
    out: list[Quote] = []
    for quote in quotes:
        last = out[-1] if out else None
        if last is not None and last.start in continued and last.speaker and \
                quote.speaker == last.speaker and "\n" in text[last.end:quote.start] and \
                not text[last.end:quote.start].strip(" \t\xa0\r\n«“\"„.!?…"):
            last.parts.extend(quote.parts)
            last.end = quote.end
            last.text = " ".join(text[s:e] for s, e in last.parts)
            if quote.start in continued:
                continued.add(last.start)
            else:
                continued.discard(last.start)
            continue
        out.append(quote)
    return out


_LABELLED = re.compile(
    r"(?i)\b(?:le|la|les|l['’]|un|une|des|du|son|sa|ses|leur|leurs|ce|cette|ces)\s*"
    r"(?-i:[a-zà-ÿ-]{3,})(?:\s+(?:de|du|des|d['’])\s*(?-i:[a-zà-ÿ-]{3,}))?\s*$")
"""A determiner and a common noun right before a quote ("son image « … »", "sa conférence
de presse « … »"): a short capitalised quote there is the noun's name, not speech."""
_SUBJECT_OF_VERB = re.compile(r"\s*[a-zà-ÿ]+\s+(?:avoir|être|faire|pouvoir|vouloir|devoir)\b")
"""A verb and an infinitive right after a quote ("« Cesar » nie avoir …"): the quote is
the verb's subject, a name."""
_CLAUSE = re.compile(r"(?i)(?:^|\s)(?:c['’]est|ce sont|c['’]était|il y a|est|sont|était|"
                     r"s['’]est|se sont|s['’]était|se|ne|n['’]\w+|ce qui|ce que|"
                     r"qu['’](?:il|elle|ils|elles|on)|en\s+\w{3,}ants?)(?:\s|$)")
"""A finite verb, a negation, a relative or reported clause: a speaker is a noun phrase,
never a clause ("C'est une fin de …", "le graphiste s'est basé …", "Ce qui ne l'empêche
pas de …", "d'ailleurs qu'elle aimerait"), nor a gerund ("», a-t-elle déclaré, en assurant
que …": the speaker is the "elle")."""
_SUBJECT_NAME = re.compile(
    r"(?:^|(?<=[.!?;:]\s)|(?<=\n)|(?<=,\s))(?:(?:Les|Le|La|L['’])\s*)?"
    r"((?:[A-ZÀ-Ý][\w'’-]+)(?:\s+" + _PARTICLE + r"*[A-ZÀ-Ý][\w'’-]+)*)(?=\s*,|\s+[a-zà-ÿ])")
"""A name in subject position: opening a sentence or a clause after a comma, followed by a
comma or a lower-case word (its verb), not after a preposition ("l'intervention de
Ségolène Royal" is no subject)."""
_NOT_SUBJECT = frozenset(fold(word) for word in  # compared folded: "Néanmoins" → "neanmoins"
    "le la les l un une des du de mais et puis alors ainsi selon pour dans en sur après avant "
    "depuis pendant quand si il elle ils elles on nous vous je tu ce cette ces c son sa ses "
    "leur leurs au aux à a quel quelle pourquoi comment oui non même tout tous sans avec chez "
    "par lors dès enfin or donc car certes jeudi lundi mardi mercredi vendredi samedi "
    "dimanche hier aujourd néanmoins cependant pourtant toutefois ensuite aussi enfin "
    "ailleurs d".split())
"""Capitalised words that open a sentence or a chunk and are no name (determiners,
prepositions, conjunctions, adverbs, pronouns, days), folded like the words looked up."""


_TITLE_NOUN_AFTER = re.compile(r"\s+([a-zà-ÿ]+)\b")
"""The lower-case word after a capitalised one: a job title's noun ("Premier ministre",
:data:`veille.enrich.text.TITLE_NOUNS`) makes the two one title."""


_NAME_PART = (r"[A-ZÀ-ÝĀ-ž][a-zà-ÿĀ-ž'’]+(?:-[A-ZÀ-Ýa-zà-ÿĀ-ž][a-zà-ÿĀ-ž'’]+)*")
"""A capitalised word of a name, in the Latin letters of French and of Latin Extended-A
(U+0100-U+017F: "Maroš Šefčovič", "Łukasz", "Dvořák"; f-speakers27, a Slovak name was
no name, and a pronoun took the person named before him)."""
_PERSON_RUN = (r"(?<![\w-])" + _NAME_PART + r"(?: " + _PARTICLE + r"*" + _NAME_PART + r")+"
               r"(?: de la " + _NAME_PART + r")?")
# ("Alain Le Grix de la Salle": "de la" after a given name and a surname, never after one
# capitalised word, "prix Nobel de la Paix"; newuser14a E8)
_PERSON_RUN_RE = re.compile(_PERSON_RUN)
"""Two or more capitalised words: "Jean-Louis Petit" (hyphenated first names whole)."""
_APPOSED_PERSON = re.compile(r",\s*(?:(?:Me|Mme|Mlle|M\.|Dr|Pr)\s+)?(" + _PERSON_RUN
                           + r")\s*(?:[,.;!?…]|$)")
"""A name in apposition after a description, closed by a comma or the sentence's end
("selon son avocate, Me Claire Roux." is "Claire Roux")."""
_AFTER_PREPOSITION = re.compile(
    r"(?i)(?:\b(?:de|à|au|aux|avec|par|pour|contre|sur|chez|en|et|entre|vers|que|le|la|les|un|"
    r"une|des|du|dans)|[dl]['’])\s*$")
"""A preposition or determiner before a name: no subject ("dans La Voix du Nord": the
outlet a columnist writes in)."""
_SOURCE_OPENER = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:Pour|Selon|D['’]après)\s+("
                            + _PERSON_RUN + r")\s*,")
"""A sentence opening with "Pour X," or "Selon X,": X is the source of the opinion the
sentence states, and the topic a pronoun in the next sentence continues ("Pour Eric
Dussart, ce n'est pas suffisant. Il évoque …": centering, Grosz, Joshi & Weinstein 1995;
the opinion holder of "pour"/"selon", Riegel, Pellat & Rioul, modalisation en discours
second)."""
_BODY_SOURCE_OPENER = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:Selon|D['’]après)\s+((?:[Ll]e|[Ll]a|[Ll]['’])\s*"
    r"(?P<head>[^\W\d_][^,.;:!?«»“”\"\n]{2,80}?))\s*,")
"""A sentence opening with "Selon la Chambre régionale des comptes," or "D'après l'agence
régionale de santé,": a body as the source of what the sentence reports."""
_TITLED_SOURCE_OPENER = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:Pour|Selon|D['’]après)\s+(?:le|la|l['’])\s*"
    r"[a-zà-ÿ][^,.;:!?«»“”\"\n]{2,80},\s*(" + _PERSON_RUN + r")\s*,")
"""The same with a title before the name in apposition: "Pour la préfète du Cher,
Isabelle Morel, la discussion reste possible" (t-enrich24 E1)."""



_MAIN_SUBJECT = re.compile(
    r",\s+((?:(?i:le|la|les|l['’])\s*[a-zà-ÿ][\w'’-]*(?:\s+(?:de|du|des|de la|de l['’]|d['’])"
    r"\s*[\w'’-]+)?|" + _PERSON_RUN + r"|[A-ZÀ-Ý][\w'’-]+))"
    r"(?=\s+(?:(?:a|ont|avait|avaient|est|sont|se|s['’]|ne|n['’])\s|[a-zà-ÿ]+(?:e|ent|ait|aient)\b))")
"""The subject of a main clause after a detached participle clause: a comma, a name or a
definite description, then a verb (an auxiliary, a clitic, or a present or imperfect)."""


_STAND_IN = {"celle": "elle", "celui": "il", "elle-meme": "elle", "lui-meme": "il"}
"""Singular only: "ceux qui appellent à une journée d'action" names a group by what it
does, often not the plural subject before (and the bench's annotators took it as is)."""


_REPLY_CUE = re.compile(r"(?i)^(?:répon|répond|rétorqu|répliqu|ripost|object|rembarr|"
                        r"repli|rebond|replied|retorted|answered|responded)")
"""The verb of a reply ("a répliqué", "a rétorqué", "lui a répondu"): the quote answers
the one before it, and a dialogue is going on."""
_REPLY_WORD = re.compile(r"(?:Non|Oui|Si|Jamais|Pas du tout|Absolument|Évidemment|"
                         r"Evidemment|Bien sûr|Faux|C['’]est faux|Justement)\b[\s,.!…]")
"""A turn opening with an answer word ("Non, et vous le savez", "Oui. Dès janvier"): a
reply to the turn before it."""
_QUESTION_ADDRESSEE = re.compile(r"(?:\b(?:à|interrogé|interrogée|interpellé|interpellée|"
                        r"questionné|questionnée)\s+)(" + _PERSON_RUN + r")")
"""The person a question is put to in its introduction ("a demandé à Jean Castex :",
"a interpellé Marie Roux :")."""
_ASKED_CLITIC = re.compile(r"(?i)(?:(?<![\w'’])(?:l['’]|le\s|la\s|lui\s)\s*(?:a|avait|ont|avaient)"
                           r"\s+(?:d['’]abord\s+|ensuite\s+|aussitôt\s+)?|\blui\s+)"
                           r"(?:interrog|question|interpell|demand|relanc)\w*")
"""A question's introduction whose verb of asking has an object pronoun ("l'a interrogé",
"lui a demandé", "lui demande"; an auxiliary after "le"/"la" tells the pronoun from a
determiner: "la demande du juge" is none): the question is put to someone named
before."""


def _bare_paragraph(text: str, quote: Quote) -> bool:
    """Whether ``quote`` is a whole paragraph of its own: only its quotation marks and
    final punctuation around it (a dialogue's turn, no incise nor narration)."""
    line = text.rfind("\n", 0, quote.start) + 1
    end = text.find("\n", quote.end)
    end = len(text) if end < 0 else end
    return len(quote.parts) <= 1 and re.fullmatch(
        r"[ \t\xa0]*[«“\"„][ \xa0\u202f]*", text[line:quote.start]) is not None and \
        re.fullmatch(r"[ \xa0\u202f.!?…]*[»”\"][ \t\xa0.!?…]*", text[quote.end:end]) is not None


def _next_paragraph(text: str, end: int, start: int) -> bool:
    """Whether the paragraph holding ``start`` comes right after the one holding ``end``
    (one paragraph break between them, no other paragraph)."""
    return len(re.findall(r"\n[ \t\xa0]*\S", text[end:start])) == 1


def _same_person(one: Quote, other: Quote) -> bool:
    """Whether two quotes' speakers are one person ("Fauchet" in "Bernard Fauchet", or
    one mention)."""
    a, b = fold(one.speaker), fold(other.speaker)
    return a in b or b in a or (one.speaker_start >= 0
                                and one.speaker_start == other.speaker_start)


def _other_party(text: str, quotes: Sequence[Quote], at: int,
                 turns: set[int]) -> tuple[str, tuple[int, int]] | None:
    """The other party of the dialogue whose last turn is ``quotes[at]``: the speaker of
    the quote it replies to (the quote before it, in its paragraph or one of the two
    before, "X a répondu :" standing between them, with another speaker; ``quotes[at]``
    replying by its verb, answering a question, or being itself a turn of the dialogue,
    in ``turns``), else the person the question
    ``quotes[at]`` is put to ("a demandé à Jean Castex : « … ? »"). None otherwise."""
    last = quotes[at]
    asked = last.text.rstrip(" \xa0\u202f»”\"").endswith("?")
    if at > 0:
        before = quotes[at - 1]
        if before.speaker and not _same_person(before, last) and \
                len(re.findall(r"\n[ \t\xa0]*\S", text[before.end:last.start])) <= 2 and (
                    at in turns or _REPLY_CUE.match(last.cue) is not None
                    or before.text.rstrip(" \xa0\u202f»”\"").endswith("?")):
            return before.speaker, (before.speaker_start, before.speaker_end)
    if asked and last.speaker_start >= 0:
        sentence = _sentence_start(text, min(last.speaker_start, last.start))
        addressee = _QUESTION_ADDRESSEE.search(text, sentence, last.start)
        if addressee is not None:
            return addressee.group(1), addressee.span(1)
        if _ASKED_CLITIC.search(text, sentence, last.start):
            # "La présidente, X, l'a interrogé : « … ? »": the object pronoun stands for
            # the person named before, another than the one who asks (binding principle
            # B, Chomsky 1981: not the clause's subject)
            person = _last_person(text, sentence, quoted_spans(text), other_than=last.speaker)
            if person[0]:
                return person
    return None


def _exchange_turns(text: str, quotes: list[Quote]) -> list[Quote]:
    """Give a dialogue's turns printed as paragraphs of their own, with no incise, to
    the party whose turn it is, in place. A quote standing alone in the paragraph after
    the turn of a dialogue (a reply to another speaker's quote, an answer to a
    question, a question put to someone) is the other party's turn when the exchange
    shows it: it answers a question, opens with an answer word ("Non, …", "Oui"), is
    itself followed by another such paragraph (the turns alternate: "« … », a
    répliqué B. ¶ « … » ¶ « … »" is A, then B), or follows such a turn. A news story
    marks a change of speaker with an incise except in a transcribed exchange, where
    the turns alternate (Lexique des règles typographiques en usage à l'Imprimerie
    nationale, "dialogue"; the AP Stylebook, "quotations in the news"); without any
    of these signs the quote keeps the speaker before it (:func:`_current_speaker`)."""
    turns: set[int] = set()

    def loose(n: int) -> bool:
        return quotes[n].cue in ("", "current", "continued") and \
            _bare_paragraph(text, quotes[n])

    for n in range(1, len(quotes)):
        quote, before = quotes[n], quotes[n - 1]
        if not loose(n) or not before.speaker or \
                not _next_paragraph(text, before.end, quote.start):
            continue
        other = _other_party(text, quotes, n - 1, turns)
        if other is None or not other[0]:
            continue
        following = n + 1 < len(quotes) and loose(n + 1) and \
            _next_paragraph(text, quote.end, quotes[n + 1].start)
        asked = before.text.rstrip(" \xa0\u202f»”\"").endswith("?")
        if not (n - 1 in turns or asked or following
                or _REPLY_WORD.match(quote.text) is not None):
            continue
        quote.cue, quote.speaker = "turn", other[0]
        quote.speaker_start, quote.speaker_end = other[1]
        turns.add(n)
    return quotes


_ASIDE_OPEN = re.compile(r"(?:^|\s)[-–—]\s")
_MAIN_SUBJECT_AFTER = re.compile(
    r"\s*[»”\"]?(?:[^.!?«»“”\"\n]|«[^«»\n]*»|“[^“”\n]*”)*?\s[-–—]\s*,?\s*((?:[A-ZÀ-Ý][\w'’-]+\s+){0,2}[A-ZÀ-Ý][\w'’-]+)\s+"
    r"(?:s['’]\s*|se\s+|a\s+|ont\s+|avait\s+)?[a-zà-ÿ]{2,}")


def _cataphoric_subject(text: str, quote: Quote) -> tuple[str, int, int] | None:
    """The name a subject pronoun stands for when it comes before it (cataphora, Riegel,
    Pellat & Rioul, *Grammaire méthodique du français*, "la cataphore"): the pronoun inside
    a dash aside opened in its sentence, the aside closing after the quote on the main
    clause's subject, a name ("Sans être avare … - il a assuré X de « … » -, Obama s'est
    empressé …", rpm2 T; r-quotes60); its span, None otherwise. A name of the other gender
    (a known given name) is no antecedent."""
    line = text.rfind("\n", 0, quote.start) + 1
    start = max((line + s.start for s in sentences(text[line:quote.start])), default=line)
    opened = list(_ASIDE_OPEN.finditer(text, start, quote.start))
    if len(opened) % 2 == 0:
        return None  # the quote stands in no open aside
    pronoun = re.match(r"\s*(il|elle)\s", text[opened[-1].end() - 1:quote.start])
    if pronoun is None:
        return None  # the aside opens on no subject pronoun
    found = _MAIN_SUBJECT_AFTER.match(text, quote.end)
    if found is None or fold(found.group(1).split()[0]) in _OPENING_DETERMINERS or \
            found.group(1).lower() in PRONOUNS:
        return None
    gender = given_name_gender(found.group(1).split()[0])
    if gender and gender != ("f" if pronoun.group(1) == "elle" else "m"):
        return None
    return found.group(1), found.start(1), found.end(1)


def _pronoun_standing_in(text: str, quote: Quote) -> str | None:
    """The personal pronoun a speaker stands for when it is a demonstrative pronoun with a
    relative clause ("», a ajouté celle qui est deuxième d'une fratrie": Grevisse § 695,
    "celui" before "qui" refers to a person, here the one spoken of) or an emphatic
    pronoun ("elle-même admet que « … »": "elle" stressed, Grevisse § 661): "elle", "il",
    resolved as that pronoun. None for any other speaker ("celui du
    ministre" is no stand-in: no relative clause)."""
    word = fold(quote.speaker).replace(" ", "-")
    pronoun = _STAND_IN.get(word)
    if pronoun is None or quote.speaker_start < 0:
        return None
    if word.startswith("ce") and not re.match(r"\s+(?:qui|que|qu['’]|dont)\b", text[
            quote.speaker_end:quote.speaker_end + 8]):
        return None
    return pronoun


def _pronoun_gender(text: str, quote: Quote) -> str:
    """"f" for "elle(s)" as a quote's speaker or in its incise ("», a-t-elle ajouté"), "m"
    for "il(s)", else ""."""
    inverted = re.match(r"[»”\"\s,]*(?:[\w'’]+\s+){0,2}?[\w'’]+-(?:t-)?(il|elle)s?\b",
                        text[quote.end:quote.end + 60])
    words = re.findall(r"[\w]+", f"{quote.cue} {quote.speaker} "
                       f"{inverted.group(1) if inverted else ''}".lower())
    if fold(quote.speaker) in ("lui", "eux"):
        words.append(fold(quote.speaker))  # "Pour lui, « … »": a tonic pronoun, masculine
    reading = pronoun_reading(quote.speaker, quote.cue)
    if reading is not None and reading[0]:
        return reading[0]  # '", explicó ella', '«…», ha spiegato lei', '„…“, sagte sie'
    return "f" if {"elle", "elles", "she"} & set(words) else \
        "m" if {"il", "ils", "he", "lui", "eux"} & set(words) else ""


def _gender(text: str, at: int) -> str:
    """"f" or "m" when the mention at ``at`` marks it: a title ("Mme", "M."), a given name
    of one gender ("Sophie Binet"), a role with its determiner before it ("la journaliste
    X", "le secrétaire général de FO, X"); else "" (:func:`veille.enrich.gender.mention_gender`)."""
    return mention_gender(text, at)


_OBJECT_AFTER_VERB = re.compile(
    r"[\w'’.)]\s+(?:a|ont|avait|avaient|aura|auront)\s+(?:(?:déjà|aussi|également|ensuite|"
    r"longuement|brièvement|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)\s+)?"
    r"[a-zà-ÿ]+(?:é|ée|és|ées|i|is|it|u|us|ert|te)\s*$")
"""The end of a clause's words before a name when they are a subject, an auxiliary and a
past participle ("Joe Biden a appelé", "Le ministre a reçu mardi"): the name after them
is the verb's object, no subject."""

_VERB_ALONE = re.compile(
    r"(?:a|ont|avait|avaient|aura|auront)\s+(?:(?:déjà|aussi|également|ensuite|lundi|mardi|"
    r"mercredi|jeudi|vendredi|samedi|dimanche|hier)\s+)?([a-zà-ÿ]+(?:é|ée|és|ées|i|is|it|u|us|"
    r"ert|te))")
"""A clause chunk (the words after the last comma) that is only an auxiliary and a past
participle ("a reçu", "avait rencontré jeudi"): the verb of a subject named before a
comma."""


def _object_after_apposition(chunk: str) -> bool:
    """Whether the name right after ``chunk`` (the words since its clause's last comma) is
    the object of a verb whose subject stands before an apposition ("Jean-Marc Pélissier,
    président de la cave, a reçu Hérault Matin jeudi soir": "a reçu" has no subject of its
    own after the comma). French puts a subject after its verb in an incise (", a déclaré
    X": Grevisse § 380), so a verb of saying keeps its inverted subject; any other verb
    has its object there (SVO order, Grevisse § 229)."""
    verb = _VERB_ALONE.fullmatch(chunk)
    return verb is not None and not fold(verb.group(1)).startswith(
        tuple(fold(stem) for stem in SPEECH_VERBS))


def _body_shaped(name: str) -> bool:
    """Whether ``name`` (capitalised words) holds the head noun of an English body's name
    (:data:`veille.enrich.english_spans.ORG_HEADS`: "Penrith Community Hospital",
    "University Hospital Kerry") and opens with no known given name ("Charlotte Church"
    is a person)."""
    from veille.enrich.english_spans import ORG_HEADS
    from veille.extract.bare_byline import known_given_name

    words = name.split()
    return any(w.lower() in ORG_HEADS for w in words) and not known_given_name(words[0])


_LISTED_AFTER = re.compile(
    r"(?:[ \xa0]*,[ \xa0]*[A-ZÀ-Ý][\w'’-]+(?:[ \xa0]+[A-ZÀ-Ý][\w'’-]+)*)*"
    r"[ \xa0]+(?:et|ou)[ \xa0]+[A-ZÀ-Ý]")
"""What follows a name inside an enumeration of names: more names after commas, then
"et"/"ou" and the last one ("Nice, Saint-Martin-Vésubie et Roquebillière")."""


def _recent_subject(text: str, after: int, before: int, spans: Sequence[tuple[int, int]],
                    gender: str = "", person: bool = False, singular: bool = False
                    ) -> tuple[str, tuple[int, int]] | None:
    """The last name in subject position between the previous speaker (``after``) and a
    quote (``before``), outside quotes: whom a pronoun or a "peut-on lire" points back to
    when someone was named since the previous speaker ("Libération, dans son édition
    spéciale, utilise une référence. « We have a dream », peut-on lire en Une").
    ``person`` (an English "he" or "she": a person, never a body, unlike French "elle"
    for "la mairie") skips a body's name (:func:`_body_shaped`: "the maternity unit at
    Penrith Community Hospital would not close … "…," she told MPs" is the minister's;
    t-final29 F4). ``singular`` (an "il" or "elle") skips a plural subject ("Les
    Tullistes se mobiliseront") and a body whose elided noun is of the other gender
    ("L'entreprise Armor Travaux" is no "il")."""
    found = None
    for match in _SUBJECT_NAME.finditer(text, max(after, before - 600), before):
        name = match.group(1)
        first = fold(name.split()[0])
        if first in LEADING_WORDS and len(name.split()) > 2 and \
                _PERSON.fullmatch(name.split(" ", 1)[1]):
            # "Puis Sophie Lenoir a pris la parole": a conjunction or an adverb opening the
            # sentence, then the name in subject position
            at = match.start(1) + len(name) - len(name.split(" ", 1)[1])
            if not gender or _gender(text, at) in ("", gender):
                found = text[at:match.end(1)], (at, match.end(1))
            continue
        if first in _NOT_SUBJECT or re.sub(r"^d'", "", first) in _NOT_SUBJECT or any(
                s - 1 <= match.start(1) < e + 1 for s, e in spans):
            continue
        titled = _TITLE_BEFORE.search(text, max(0, match.start(1) - 6), match.start(1))
        if _COMPLEMENT_AFTER.match(text, match.end(1)):
            continue  # "…, Conseil des ministres où elle arbore …": a capitalised noun and
            # its complement, listed, not a subject before its verb
        if _ABSOLUTE_PARTICIPLE.match(text, match.end(1)):
            continue  # "M. Baupin ayant accepté, la séance …": the subject of an absolute
            # participle clause (Grevisse § 257), not of the sentence's verb
        if titled is not None and match.start(1) == match.start():
            # "M. Kouchner a lancé …": the period of "M." ends no sentence, the title and
            # the surname are one person's name in subject position (of its title's
            # gender: "M. Barrot" is no "elle", newuser16a H1)
            if not gender or _gender(text, titled.start()) in ("", gender):
                found = text[titled.start():match.end(1)], (titled.start(), match.end(1))
            continue
        if " " not in name and not text.startswith(",", match.end(1)) and \
                match.start(1) == match.start() and not text[:match.start()].endswith(", ") \
                and not surname_named_before(text, name, match.start(1)):
            continue  # a single capitalised word opening a sentence: only "Libération,"
            # (after an opening chunk's comma it is the subject: "Néanmoins, Pastor leur
            # répondit")
        if re.match(r",\s*(?:il|elle|ils|elles|on|él|ella|ellos|ellas|lui|lei|loro|ele|ela|"
                    r"eles|elas|er|sie|he|she|they)\b", text[match.end(1):]) or \
                re.fullmatch(_OPENING_ADVERB, name):
            continue  # "Prudent, il …": an adjective before the subject; "Después, ella
            # afirmó", "Depois, ela explicou": an adverb (r-quotes58)
        if " " not in name and _lone_participle(name):
            continue  # "Interrogée, l'entraîneuse …": a detached participle, no subject
        if _object_apposition(text, match.start(1)):
            continue
        if gender and _gender(text, match.start()) not in ("", gender):
            continue
        if singular and _plural_mention(text, (name, (match.start(1), match.end(1)))):
            continue  # "Les Tullistes se mobiliseront. « … », a-t-elle lancé": not them
        if singular and _LISTED_AFTER.match(text, match.end(1)):
            continue  # "… de fermer les écoles à Nice, Saint-Martin-Vésubie et
            # Roquebillière. « … », a-t-il déclaré": a member of an enumeration (its
            # "et" is no verb), never the subject a singular pronoun takes up (t-final56 A3)
        if singular and _elided_other_gender(text, name, match.start(1), gender):
            continue  # "L'entreprise Armor Travaux a reconnu … « … », a-t-il assuré"
        if person and _body_shaped(name):
            continue
        if street_shaped(name):
            continue  # "who has lived on Alexandra Terrace": an address speaks no quote
            # (t-final33 #6)
        title = _TITLE_NOUN_AFTER.match(text, match.end(1))
        if title is not None and fold(title.group(1)) in TITLE_NOUNS:
            # "Le Premier ministre monte à la tribune": the capitalised word is the first
            # word of a job title, not a name; the title is the speaker's description
            found = text[match.start(1):title.end(1)], (match.start(1), title.end(1))
            continue
        found = name, (match.start(1), match.end(1))
    window = max(after, before - 600)
    for match in re.finditer(_PERSON_RUN, text[window:before]):
        at = window + match.start()
        chunk = re.split(r"[.;:!?,\n]", text[max(0, at - 200):at])[-1].strip()
        if fold(match.group().split()[0]) in _NOT_SUBJECT or (
                person and _body_shaped(match.group())) or \
                street_shaped(match.group()) or (
                    singular and _elided_other_gender(text, match.group(), at, gender)):
            continue  # "Au Point, qui publie …": a preposition and a name, no person
            # (nor an address: "who has lived on Alexandra Terrace", t-final33 #6)
        if _COMPLEMENT_AFTER.match(text, at + len(match.group())):
            continue  # "…: Ségolène Royal à l'Environnement et …": a list, no subject
        if re.match(r"\s*[.!?;]", text[at + len(match.group()):]):
            continue  # "…, la ministre espagnole, X.": a name ending its sentence is no subject
        if _object_apposition(text, at):
            continue  # "… avec son complice de toujours, X,": an object's apposition
        if _PREDICATE_AFTER_APPOSITION.match(chunk) and re.search(
                r",\s*" + _PERSON_RUN + r"\s*,$", text[max(0, at - 200):at][:max(
                    text[max(0, at - 200):at].rfind(c) for c in ".;:!?,\n") + 1]):
            continue  # "Le président du club, X, a annoncé le départ de l'entraîneur Y":
            # the verb after the apposition has X for subject, Y is in its predicate
        if _object_after_apposition(chunk):
            continue  # "X, président de la cave, a reçu Hérault Matin jeudi": the verb's
            # subject stands before the apposition; the name after it is its object
        if _OBJECT_AFTER_VERB.search(chunk):
            continue  # "Joe Biden a appelé Emmanuel Macron": a name right after its
            # clause's subject and verb is the object (French SVO order, Grevisse § 229);
            # an incise's inverted subject has no subject before its verb (", a dit X")
        opening = chunk.lstrip("«»“”\" ")
        if _PARTICIPLE_ASIDE.match(opening) or _DETACHED_PARTICIPLE.match(opening):
            continue  # "Surpris par la politique du président X, il déclara": a name in
            # the detached participle's complement is no subject (Grevisse § 333)
        if (found is None or at > found[1][0]) and not _AFTER_PREPOSITION.search(
                text[max(0, at - 12):at]) and not any(s - 1 <= at < e + 1 for s, e in spans) \
                and not (chunk and _ADVERBIAL.match(chunk)) \
                and not _THE_BEFORE.search(text, max(0, at - 5), at) \
                and not re.match(r"(?i)(?:qui|que|qu['’]|dont|où)\b", chunk) \
                and _gender(text, at) in ("", gender or _gender(text, at)):
            # not "Sous la présidence de X,", nor "qui remplacera X" (a relative clause)
            found = match.group(), (at, at + len(match.group()))
    for match in _TITLED_SUBJECT.finditer(text, window, before):
        # "Le garde des Sceaux Darmanin, accompagné du préfet, X, a visité …", "Pour la
        # ministre de l'Éducation Y, le calendrier …": a title then its holder's name
        # opening the sentence is its subject, or the one it speaks for (t-enrich24 E1, E3)
        held = titled_name(match.group(1), text)
        if held is None:
            continue
        at = match.start(1) + held[0]
        if (found is None or at > found[1][0]) and \
                not any(s - 1 <= at < e + 1 for s, e in spans) and \
                _gender(text, at) in ("", gender or _gender(text, at)) and \
                _gender(text, match.start(1)) in ("", gender or _gender(text, match.start(1))):
            found = text[at:match.start(1) + held[1]], (at, match.start(1) + held[1])
    for match in [*_SOURCE_OPENER.finditer(text, window, before),
                  *_TITLED_SOURCE_OPENER.finditer(text, window, before)]:
        at = match.start(1)
        if (found is None or at > found[1][0]) and \
                not any(s - 1 <= at < e + 1 for s, e in spans) and \
                _gender(text, at) in ("", gender or _gender(text, at)):
            found = match.group(1), (at, match.end(1))
    for match in _BODY_SOURCE_OPENER.finditer(text, window, before):
        # "Selon la Chambre régionale des comptes, la dette … « … », écrivait-elle": the
        # body the sentence reports is the topic the next pronoun of its gender continues
        # (t-final31 F4: the councillor quoted two paragraphs before was given the quote)
        at, head = match.start(1), match.group("head")
        article = match.group(1)[:2].lower()
        body_gender = "f" if article == "la" else "m" if article == "le" else ""
        if (found is None or at > found[1][0]) and gender and body_gender in ("", gender) \
                and (head[:1].isupper() or is_body(head)) \
                and titled_name(match.group(1), text) is None \
                and not any(s - 1 <= at < e + 1 for s, e in spans):
            found = head, (match.start("head"), match.end(1))
    for match in _UNQUOTED_INCISE.finditer(text, window, before):
        # "Il s'agit d'une erreur, a insisté M. Anziani. « … », a-t-il ajouté": reported
        # speech with no quotation marks names its speaker in an incise too (not the verb
        # after a subject's apposition: "Le président, X, a annoncé le départ de Y")
        if _is_verb(match.group(1)) and (found is None or match.start(2) > found[1][0]) and \
                not re.search(r",\s*" + _PERSON_RUN + r"\s*$",
                              text[max(0, match.start() - 200):match.start()]) and \
                not any(s - 1 <= match.start(2) < e + 1 for s, e in spans) and \
                _gender(text, match.start(2)) in ("", gender or _gender(text, match.start(2))):
            found = match.group(2), (match.start(2), match.end(2))
    return found


def _elided_other_gender(text: str, name: str, at: int, gender: str) -> bool:
    """Whether ``name`` (at ``at``) opens with an elided article and a common noun whose
    gender is not the pronoun's ``gender`` (:func:`_description_gender`: "L'entreprise
    Armor Travaux" is feminine, no "il"; the elision hides the article's gender)."""
    elided = re.match(r"[LlDd]['’]\s*([a-zà-ÿ]+)\s", name)
    return bool(gender) and elided is not None and _description_gender(
        text, name[elided.start(1):], at + elided.start(1)) not in ("", gender)


_TITLED_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=[.!?][»”]\s))(?:(?:Pour|Selon|D['’]après)\s+)?"
    r"((?:[Ll]e|[Ll]a|[Ll]['’])\s*[^,.;:!?«»“”\"\n]{3,120}?)(?=\s*,)")
"""A noun phrase opening a sentence (or after "Pour", "Selon") up to a comma: a title and
its holder's name when :func:`veille.enrich.quotes_titles.titled_name` finds one in it."""


_PREDICATE_AFTER_APPOSITION = re.compile(
    r"(?:a|ont|avait|avaient)\s+[a-zà-ÿ]+(?:é|ée|és|ées|i|is|it|u|us)\b.*\b(?:le|la|les|l['’]|"
    r"un|une|des|du|son|sa|ses|leur|leurs)\s*[a-zà-ÿ]")
"""A compound verb opening a clause chunk, then a determiner and a noun before a name: the
predicate, when a subject in apposition closed just before ("…, X, a annoncé le départ de
l'entraîneur Y"): Y is no subject a pronoun points back to."""


def _other_name_in(description: str, name: str) -> bool:
    """Whether a description in subject position holds a capitalised name other than the
    words of ``name`` ("député Leonetti" after "Bernard Kouchner"; not "entraîneur Patrick
    Gobat" after "Patrick Gobat"): a role with its holder's name ("nom propre épithète",
    Grevisse § 343), another person."""
    words = set(name.split())
    return any(w[:1].isupper() and w not in words for w in description.split()[1:])


_COMPLEMENT_AFTER = re.compile(r"\s+(?:de|des|du|d['’]|à|au|aux|en|pour|sur|avec|dans|par|"
                               r"chez)\b")
"""A preposition right after a capitalised word: its complement, not its verb."""
_ABSOLUTE_PARTICIPLE = re.compile(
    r"\s+(?!(?:avant|pendant|durant|devant|cependant|maintenant)\b)[a-zà-ÿ]+ant\b")
"""A present participle right after a name: "M. Baupin ayant accepté, …" (its subject)."""
_TITLE_BEFORE = re.compile(r"(?<![\w.])(?:M|MM|Mme|Mmes|Mlle|Dr|Pr|Me|Mgr)\.?\s+$")
"""A civility title right before a name ("M. ", "Mme "): its period ends no sentence."""
_UNQUOTED_INCISE = re.compile(
    r",\s*(?:(?:a|avait|ont|avaient)\s+)?([a-zà-ÿ'’]+)\s+"
    r"(?:(?:hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|ce|cette)"
    r"(?:\s+(?:matin|midi|soir|après-midi|semaine))?\s+)?"
    r"(?:(?:le|la|l['’]|son|sa|leur)\s*[a-zà-ÿ][\w'’-]*(?:\s+(?:de|du|des|de la|de l['’]|"
    r"d['’])\s*[\w'’-]+)?,?\s+)?((?:(?:M\.|Mme)\s*)?"
    r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ýa-zà-ÿ][a-zà-ÿ'’]+)*(?:\s" + _NAME_WORD + r")*)\s*[.;]")
"""An incise closing a sentence of reported speech: ", a insisté M. Anziani.", past a time
word and a role before the name (", a annoncé hier soir la ministre de l'Economie
Christine Lagarde.", ", a annoncé mercredi son directeur, Jean-Philippe Mauras.": a
possessive opens the role too, t-final55b A9)."""


_DESCRIPTION_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,\s))([Ll]e(?!\w)|[Ll]a(?!\w)|[Ll]['’])\s*"
    r"([a-zà-ÿ][\w'’-]+(?:\s+(?!(?:a|ont|avait|avaient|est|sont|était|étaient|se|s['’]|ne|"
    r"n['’]|qui|que|y|lui|et|ou)\b)(?:(?:de|du|des|de la|de l['’]|d['’])\s*)?[\w'’-]+){0,4}?)"
    r"(?=\s+(?:(?:a|avait|est|était|va|vient|se|ne|reste|demeure|semble|paraît)\s|s['’]|n['’])"
    r"|\s+[a-zà-ÿ]+(?:ait|aient)\b|\s+[a-zà-ÿ]{3,}(?:era|ira|ra|rait)\b"
    r"|\s*,\s*(?:lui|elle)\s*,\s+[a-zà-ÿ]|\s+(?:lui|elle)-même\b"
    r"|\s+[a-zà-ÿ]{3,}(?:e|ent)\s+(?:à|de|d['’])\s*(?:se\s|s['’]|[a-zà-ÿ]{2,}(?:er|ir|re)\b)"
    r"|\s*,\s*(?:qui|dont|[a-zà-ÿ]{3,}(?:é|ée|és|ées|i|ie|u|ue|is|ise|it|ite))\s"
    r"[^,.;:!?«»“”\"\n]{1,80},\s+(?:(?:a|avait|se|ne)\s|s['’]|n['’]))")
"""A definite description in subject position, opening a sentence or a clause, before its
verb ("Le maire de Nantes a visité", "la directrice de l'hôpital recevait", "le
dalaï-lama soumettra": an imperfect, a future or a conditional ending marks a verb; a
copula in the present, "le maire reste prudent"), or before a detached tonic pronoun
that doubles it ("Le maire de Marseille, lui, reste prudent": Grevisse § 661, the
stressed pronoun repeats the subject; f-quotes21, set Z), or before an appositive
relative or participle clause between commas then its verb ("Le jeune homme, qui
comparaît détenu, a pris la parole": t-enrich24 E4), or before the emphatic "lui-même"
("le président lui-même, pourtant …": Grevisse § 661), or before a present verb that
governs an infinitive by "à" or "de" ("Le président commence à s'agacer", "la ministre
refuse de commenter": a noun is followed by no such infinitive; r-quotes59)."""
_ADDRESSING_DESCRIPTION = re.compile(
    _DESCRIPTION_SUBJECT.pattern.split("(?=", 1)[0]
    + r"(?=\s+(?:lui|leur)\s+[a-zà-ÿ]|\s+l['’](?:a|avait|ont|avaient|interromp|coup)\b)")
"""A definite description in subject position whose verb has an object pronoun ("Le préfet
lui a répondu", "La ministre l'a interrompu"): the pronoun stands for someone else, so the
description names another person than the one it answers (a personal pronoun is not bound
in its clause: binding principle B, Chomsky 1981). The previous named subject is the
addressee; a subject pronoun after it continues the description (verify16 Z7)."""
_INDEFINITE_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=[.!?…]\s[»”]\s)|(?<=[.!?…][»”]\s))(Un|Une)\s+([a-zà-ÿ][\w'’-]+(?:\s+(?:de|du|des|d['’])\s*"
    r"[a-zà-ÿ][\w'’-]+)?)(?=\s)")
"""An indefinite description opening a sentence ("Une mère de famille rencontrée à la
sortie de l'école se dit inquiète", "Un voisin raconte"): the head noun and one "de"
complement (group 2), its determiner (group 1); with a verb after it (:func:`_with_verb`),
a new referent, taken up by the next
subject pronoun of its gender as a definite subject is (centering)."""
_DESCRIPTION_OPENING = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))([Ll]e(?!\w)|[Ll]a(?!\w)|[Ll]['’])\s*"
                                  r"(?=[a-zà-ÿ])")


def _speaking_description(opening: re.Match[str]) -> re.Match[str] | None:
    """The definite description opening a sentence at ``opening`` when a speech verb in
    any tense follows it within six words ("L'agence régionale de santé indique que …"):
    a match whose group 1 is the determiner and group 2 the description (as
    :data:`_DESCRIPTION_SUBJECT`'s), or None."""
    text = opening.string
    for words in re.finditer(r"[^\s,.;:!?«»“”\"()]+", text[opening.end():opening.end() + 90]):
        if _is_verb(words.group()) and words.start() > 0:
            phrase = text[opening.end():opening.end() + words.start()].rstrip()
            if len(phrase.split()) > 6 or _finite_inside(phrase) or not re.fullmatch(
                    r"[a-zà-ÿ][\w'’ -]*", phrase):
                return None
            return re.compile(r"(" + re.escape(opening.group(1)) + r")\s*("
                              + re.escape(phrase) + r")").match(text, opening.start())
        if words.group() in ("a", "ont", "est", "sont", "qui", "que", "se", "ne"):
            return None
    return None
_PLURAL_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,\s))([Ll]es|[Pp]lusieurs|[Cc]ertaine?s|[Qq]uelques|"
    r"(?:[Pp]lus|[Pp]rès|[Mm]oins)\s+de\s+\d[\d\s.,]*\d|(?:[Pp]lus|[Pp]rès|[Mm]oins)\s+de\s+\d|"
    r"\d[\d\s.,]*\d|\d)\s+"
    r"(\w[\w'’-]+(?:\s+(?!(?:ont|avaient|sont|étaient|se|s['’]|ne|n['’]|qui|que|y|leur|et|"
    r"ou)\b)(?:(?:de|du|des|de la|de l['’]|d['’])\s*)?[\w'’-]+){0,4}?)"
    r"(?=\s+(?:(?:y|en|leur|lui)\s+)?(?:(?:ont|avaient|sont|étaient|vont|se|ne)\s|s['’]|n['’]|"
    r"[a-zà-ÿ]+aient\b|(?-i:[a-zà-ÿ]{3,}ent)\b)|\s*,\s*qui\s)")
"""The same in the plural ("Les infirmières de l'hôpital ont manifesté", "Les membres du
collectif, qui avaient été reçus, …": a relative clause after the subject; an object
clitic may stand before the verb: "Les magistrats y relevaient"), or with a number or a
quantifier ("534 magistrats signent une pétition", "Plus de 500 magistrats ont transmis",
"Plusieurs élus dénoncent")."""


def _plural_pronoun(text: str, quote: Quote) -> bool:
    """Whether a quote's speaker is a plural pronoun ("Ils ont dénoncé", "», ont-elles
    ajouté", '", they said')."""
    inverted = re.match(r"[»”\"\s,]*(?:[\w'’]+\s+){0,2}?[\w'’]+-(?:t-)?(?:ils|elles)\b",
                        text[quote.end:quote.end + 60])
    reading = pronoun_reading(quote.speaker, quote.cue)
    return (reading is not None and reading[1] == "p") or inverted is not None


def _plural_mention(text: str, mention: tuple[str, tuple[int, int]]) -> bool:
    """Whether a speaker names several: a coordination ("X et Y"), a plural determiner
    before it ("les Verts", "des syndicats"), or a plural common noun ("représentants …")."""
    name, (start, _) = mention
    return " et " in name or " and " in name or re.search(
        r"(?i)\b(?:les|des|ces|leurs|the)\s*$", text[max(0, start - 6):start]) is not None or (
        name[:1].islower() and re.match(r"\S+[sx]\b", name) is not None)


MAX_PRONOUN_CHAIN = 3
"""Most sentences a chain of subject pronouns is followed back to find its antecedent."""
_SUBJECT_PRONOUN = {
    False: re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n)|\bqu['’]|,\s)(?:[Ii]l|[Ee]lle)\s"),
    True: re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n)|\bqu['’]|,\s)(?:[Ii]ls|[Ee]lles)\s")}
"""A subject pronoun opening a sentence or a clause ("Il a dit", "C'est ce qu'il a …")."""


def _subject_description(text: str, start: int, end: int, spans: Sequence[tuple[int, int]],
                         plural: bool) -> bool:
    """Whether a description in subject position stands in ``text[start:end]``."""
    return any(not any(s - 1 <= m.start() < e + 1 for s, e in spans) for m in (
        _PLURAL_SUBJECT if plural else _DESCRIPTION_SUBJECT).finditer(text, start, end))


def _described_subject(text: str, sents: Sequence[Sentence], after: int, before: int,
                       spans: Sequence[tuple[int, int]], gender: str, *, plural: bool = False,
                       indefinite: bool = False) -> tuple[str, tuple[int, int]] | None:
    """The subject of the sentence before a pronoun at ``before`` (or of the pronoun's own
    sentence, before it) when it is a definite description of the pronoun's gender: "Le
    maire de Nantes a visité le chantier. Il a déclaré : « … »" (a subject pronoun
    continues the previous sentence's subject: centering theory, Grosz, Joshi & Weinstein
    1995). None when no such description stands after the previous speaker (``after``).
    Used only when no name stands in subject position since that speaker: a description
    with a complement ("le leader de l'aile gauche") often names someone named before."""
    index = _sentence_index(sents, before)
    if index is None:
        return None
    window = max(after, sents[index - 1].start if index else sents[index].start)
    back = index - 1
    while back > 0 and index - back < MAX_PRONOUN_CHAIN and sents[back].start > after and \
            not _subject_description(text, sents[back].start, before, spans, plural) and \
            _SUBJECT_PRONOUN[plural].search(text, sents[back].start, sents[back].end):
        # "Le directeur fermera le site. C'est ce qu'il a annoncé lundi. Il a appelé au
        # calme : « … »": the sentence before names its subject by a pronoun too, so the
        # chain goes on to the sentence before it (a chain of subject pronouns continues
        # one centre: Grosz, Joshi & Weinstein 1995)
        back -= 1
        window = max(after, sents[back].start)
    found = None
    matches = list((_PLURAL_SUBJECT if plural else _DESCRIPTION_SUBJECT).finditer(
        text, window, before))
    if not plural:
        # "L'agence régionale de santé indique que … « … », précise-t-elle": a description
        # before a speech verb in the present is a subject too
        matches += [m for m in map(_speaking_description, _DESCRIPTION_OPENING.finditer(
            text, window, before)) if m is not None]
        # "Une mère de famille rencontrée … se dit inquiète. « … », a-t-elle expliqué": an
        # indefinite description opening a sentence introduces a new referent, the centre
        # (only for a pronoun marking a gender: a quote with no attribution after
        # "Un emprunteur … parvenait à …" is no one's by that generic description)
        matches += [m for m in _INDEFINITE_SUBJECT.finditer(text, window, before)
                    if indefinite and is_person_noun(m.group(2).split()[0])
                    and _with_verb(text, m.end(), before)]
        if indefinite:
            # "A resident of Goma reached by phone described a tense calm. « … », she
            # told AFP": English, the same (t-enrich25 E1), of the pronoun's gender
            for sentence in sents:
                if window <= sentence.start < before:
                    english = indefinite_person(text[sentence.start:before])
                    if english is not None and noun_gender(english.group(3)) in ("", gender):
                        found = (english.group(2), (sentence.start + english.start(2),
                                                    sentence.start + english.end(2)))
        matches.sort(key=lambda m: m.start())
    for match in matches:
        if any(s - 1 <= match.start() < e + 1 for s, e in spans):
            continue
        if found is not None and match.start() < found[1][0]:
            continue  # the English description is later
        own = {"le": "m", "la": "f", "un": "m", "une": "f"}.get(match.group(1).lower(), "")
        if not own and not plural and re.fullmatch(r"(?i)l['’]", match.group(1)):
            own = _description_gender(text, match.group(2), match.start(2))  # "l'entreprise"
        if gender and own and own != gender:
            continue
        if _finite_inside(match.group(2)):
            continue  # "l'entraîneuse refuse de s'alarmer": a verb ends the description
        found = (match.group(2), (match.start(2), match.end(2))) \
            if match.re is _INDEFINITE_SUBJECT else _description_referent(text, match)
    return found


def _named_description(text: str, described: tuple[str, tuple[int, int]] | None
                       ) -> tuple[str, tuple[int, int]] | None:
    """A subject description a pronoun takes up ("Le ministre allemand de la Défense a
    refusé … « … », a-t-il répondu") as the person introduced in that role before it
    (:func:`resolve_role`: "son homologue allemand Boris Pistorius"), as an incise's
    description is; the description itself when no one was (f-speakers24)."""
    if described is None or not described[0][:1].islower() or described[1][0] < 0 or \
            not is_person_noun(described[0]):
        return described
    determiner = re.search(r"(?i)(?<![\w'’])(le|la|l['’])\s*$",
                           text[max(0, described[1][0] - 4):described[1][0]])
    if determiner is None:
        return described
    named = resolve_role(text, described[0], described[1][0], determiner.group(1))
    if named is None or named[1][0] >= described[1][0]:
        return described
    return named


def _answering_description(text: str, after: int, before: int,
                           spans: Sequence[tuple[int, int]], gender: str,
                           subject: tuple[str, tuple[int, int]] | None
                           ) -> tuple[str, tuple[int, int]] | None:
    """The person a definite description answering someone stands for ("Le préfet lui a
    répondu": :data:`_ADDRESSING_DESCRIPTION`), when it stands after ``subject`` (the
    named subject since the previous speaker, else that speaker: "« … », a expliqué
    l'élu. Le maire lui a répondu. Il a jugé « … »"; between ``after`` and a pronoun at
    ``before``, outside ``spans``), agrees
    with the pronoun's ``gender`` and does not resolve to that subject: the referent
    (:func:`_description_referent`), or None."""
    if subject is None:
        return None
    found = None
    for match in _ADDRESSING_DESCRIPTION.finditer(text, max(after, subject[1][1]), before):
        if any(s - 1 <= match.start() < e + 1 for s, e in spans) or \
                _finite_inside(match.group(2)) or not is_person_noun(match.group(2)):
            continue
        own = {"le": "m", "la": "f"}.get(match.group(1).lower(), "")
        if gender and own and own != gender:
            continue
        referent = _description_referent(text, match)
        if referent[1] != subject[1] and fold(referent[0]) != fold(subject[0]):
            found = referent
    return found


def _with_verb(text: str, at: int, before: int) -> bool:
    """Whether the sentence going on at ``at`` (up to ``before``) has a verb: an auxiliary
    or a clitic before one ("a", "est", "se", "ne") or a verb of saying ("Un père … se dit
    rassuré", "Un voisin raconte"); "Une semaine chargée pour X." has none, so its
    indefinite description is no subject."""
    rest = re.split(r"[.!?\n«»“”\"]", text[at:before], maxsplit=1)[0]
    return re.search(r"\s(?:a|est|se|s['’]|ne|n['’])(?:\s|(?<=['’]))", rest) is not None or \
        any(_is_verb(w) for w in re.findall(r"[\w'’-]+", rest))


def _finite_inside(description: str) -> bool:
    """Whether a word after a description's head, not after a preposition, is a verb form
    not shaped as a participle ("entraîneuse refuse de": the
    description ends before "refuse"; "ministre délégué", "maire sortant" stay whole)."""
    words = description.split()
    lexicon = french()
    return any(
        words[n - 1].lower() not in ("de", "du", "des", "la", "l'", "l’", "d'", "d’")
        and word.isalpha() and word.islower() and lexicon.is_verb_form(word)
        and re.search(r"(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|ant|ante|ants|antes|int|inte|"
                      r"ints|intes|it|ite|its|ites|ert|erte|erts|ertes)$", word) is None
        for n, word in enumerate(words) if n)


def _sentence_index(sents: Sequence[Sentence], at: int) -> int | None:
    """The index in ``sents`` of the sentence holding offset ``at``, or None."""
    return next((i for i, s in enumerate(sents) if s.start <= at < s.end + 1), None)


def _description_referent(text: str, match: re.Match[str]) -> tuple[str, tuple[int, int]]:
    """Who a subject description matched by ``_DESCRIPTION_SUBJECT`` or ``_PLURAL_SUBJECT``
    (group 1 its determiner, group 2 its words) stands for: the person introduced with that
    role, the one an anaphoric description points back to, else the description itself."""
    return resolve_role(text, match.group(2), match.start(2), match.group(1)) or \
        _anaphoric(text, match.group(2), match.start(2)) or \
        _unaged_referent(text, match.group(2), match.start(2)) or (
            match.group(2), (match.start(2), match.end(2)))


_PLURAL_HEAD_COMPLEMENT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,\s))[Ll]es\s+[a-zà-ÿ][\w'’-]+\s+(?:de|d['’])\s*"
    r"(l['’]|la\s|le\s)\s*([a-zà-ÿA-ZÀ-Ý][\w'’-]+(?:\s+(?:(?:de|du|des|de la|de l['’]|d['’])"
    r"\s*)?(?!(?:a|ont|avait|avaient|est|sont|était|étaient|se|ne|qui|que)\b)[\w'’-]+)"
    r"{0,3}?)(?=\s*,|\s+(?:(?:a|ont|avait|avaient|est|sont|était|étaient|se|ne)\s|s['’]|"
    r"n['’])|\s+[a-zà-ÿ]+(?:ait|aient)\b)")
"""A plural subject head and its complement ("les députés de la commission des lois
avait fait …"): group 1 the complement's determiner, group 2 the complement."""


def _subject_complement(text: str, sents: Sequence[Sentence], before: int, gender: str
                        ) -> tuple[str, tuple[int, int]] | None:
    """The complement of a plural subject in the sentence before a singular pronoun at
    ``before`` when its determiner agrees with the pronoun's ``gender`` ("Les députés de la
    commission des lois ont fait neuf recommandations. Elle a proposé « … »": the
    commission). A singular pronoun cannot take the plural head (agreement in number,
    Grevisse § 653); the complement is the nearest noun of its number and gender, and
    the entity the sentence is about (centering, Grosz, Joshi & Weinstein 1995)."""
    index = _sentence_index(sents, before)
    if not index:
        return None
    previous = sents[index - 1]
    match = _PLURAL_HEAD_COMPLEMENT.search(text, previous.start, previous.end)
    if match is None:
        return None
    own = {"la": "f", "le": "m"}.get(match.group(1).strip().lower(), "")
    if own and own != gender:
        return None
    return match.group(2), (match.start(2), match.end(2))


MAX_PLURAL_DISTANCE = 5
"""Most sentences back a plural pronoun looks for a plural subject past the speakers in
between (number agreement leaves few candidates; a singular speaker quoted between, "l'un
d'entre eux", does not break the chain of the group)."""


def _recent_plural(text: str, sents: Sequence[Sentence], before: int,
                   spans: Sequence[tuple[int, int]]) -> tuple[str, tuple[int, int]] | None:
    """The last plural subject description ("Les membres de l'intersyndicale, qui …") in
    the ``MAX_PLURAL_DISTANCE`` sentences before a plural pronoun at ``before``, outside
    quotes; None when there is none (a plural pronoun never takes one person)."""
    index = _sentence_index(sents, before)
    if index is None:
        return None
    window = sents[max(0, index - MAX_PLURAL_DISTANCE)].start
    found = [m for m in _PLURAL_SUBJECT.finditer(text, window, before)
             if not any(s - 1 <= m.start() < e + 1 for s, e in spans)]
    if not found:
        return None
    return _description_referent(text, found[-1])


_COORDINATED = re.compile(
    "(" + _PERSON_RUN + r")(?:\s*,[^,.;:!?«»\"\n]{1,80},)?\s*,?\s+(?:et|and)\s+"
    r"(?:[^,.;:!?«»\"\n]{1,80},\s*)?(" + _PERSON_RUN + ")")


def _coordinated_people(text: str, after: int, before: int, spans: Sequence[tuple[int, int]]
                        ) -> tuple[str, tuple[int, int]] | None:
    """Two people coordinated in the sentence before a plural pronoun at ``before`` ("… par
    le président de la Cour, Paul Martin, et le procureur, Anne Roux. Ils ont promis
    « … »"): "Paul Martin et Anne Roux", spanning both (a plural pronoun takes a plural
    antecedent, never one person: agreement in number, Grevisse § 653)."""
    window = max(after, before - 300, text.rfind(".", 0, max(0, text.rfind(".", 0, before))))
    found = [m for m in _COORDINATED.finditer(text, max(0, window), before)
             if not any(s - 1 <= m.start() < e + 1 for s, e in spans)]
    shared = [m for m in _SHARED_SURNAME.finditer(text, max(0, window), before)
              if given_name_gender(m.group(1)) and given_name_gender(m.group(2))
              and not any(s - 1 <= m.start() < e + 1 for s, e in spans)]
    if shared and (not found or shared[-1].start() > found[-1].start()):
        return shared[-1].group(), (shared[-1].start(), shared[-1].end())
    if not found:
        return None
    last = found[-1]
    return f"{last.group(1)} et {last.group(2)}", (last.start(1), last.end(2))


_KIN_PAIR = re.compile(
    r"(?<![\w-])(" + _PERSON_RUN + r")\s+(?:et|and)\s+(?:son|sa|leur|his|her|their)\s+"
    r"(?:frère|sœur|soeur|épouse|époux|mari|femme|fils|fille|père|mère|compagnon|compagne|"
    r"brother|sister|wife|husband|son|daughter|father|mother|partner)\s+("
    + _NAME_PART + r"(?:\s+" + _NAME_PART + r")?)(?![\w-])")
"""A person and a relative named by a kin noun and a given name ("Emma Clarke and her
brother Daniel", "Jean-Marc Payet et son épouse Nadia"): two people."""


def _kin_pair(text: str, after: int, before: int, spans: Sequence[tuple[int, int]]
              ) -> tuple[str, tuple[int, int]] | None:
    """The last person and relative (:data:`_KIN_PAIR`) named outside quotes between
    ``after`` and a plural pronoun at ``before``, within the sentence before it: the
    antecedent of "they said", "ont-ils dit" (t-enrich22 E10)."""
    window = max(after, before - 300, 0)
    found = [m for m in _KIN_PAIR.finditer(text, window, before)
             if not any(s - 1 <= m.start() < e + 1 for s, e in spans)]
    if not found:
        return None
    return found[-1].group(), found[-1].span()


_SHARED_SURNAME = re.compile(
    r"(?<![\w-])(" + _NAME_PART + r")\s+(?:et|and)\s+(" + _NAME_PART + r")\s+"
    + _NAME_PART + r"(?:\s+" + _NAME_PART + r")?(?![\w-])")
"""Two given names sharing one surname ("Paul et Louis Dessaux", "Anne et Maud Kervella"):
two people, both given names known as such (issue 16, f-speakers22)."""


_OBJECT_APPOSITION = re.compile(
    r"(?i)\b(?:avec|à|au|aux|pour|par|contre|chez|sur|sans|entre|auprès d['’]?\w*)\s+"
    r"(?:son|sa|ses|le|la|les|l['’]|un|une|leur|leurs)\s*[^,.;:!?\n]*,\s*$")
"""A name in apposition to a prepositional object ("… avec son complice de toujours, X,")
is no subject."""


_COMPANION_APPOSITION = re.compile(
    r"(?i)(?:\b(?:accompagnée?s?|entourée?s?|escortée?s?|flanquée?s?|suivie?s?)\s+(?:par\s+)?"
    r"|\baux\s+côtés\s+|\bau\s+côté\s+|\bà\s+côté\s+|\ben\s+présence\s+|\bface\s+|"
    r"\bdevant\s+|\bavec\s+|\bauprès\s+)"
    r"(?:d['’]\s*|de\s+|du\s+|des\s+|au\s+|aux\s+|à\s+)?"
    r"(?:(?:son|sa|ses|le|la|les|l['’]|un|une|leur|leurs)\s*)?[^,.;:!?«»\n]*,\s*$")
"""A name in apposition to a companion named after "accompagné de", "aux côtés de", "en
présence de", "face à", "devant", "avec" ("Le garde des Sceaux X, accompagné du préfet,
Y, a visité …"; "a déclaré le président lors d'une conférence aux côtés du président
ukrainien, Y"): the one beside the subject, never the subject (t-final24 F2, t-enrich24
E3)."""


def _object_apposition(text: str, at: int) -> bool:
    """Whether a name at ``at`` stands in apposition to a prepositional object
    (:data:`_OBJECT_APPOSITION`), not after a detached participle clause opening the
    sentence, whose complement it is not: "Interrogé sur son avenir, Théo Martin est
    resté évasif" has Théo Martin as its subject (Grevisse § 333)."""
    before = text[max(0, at - 200):at]
    opening = re.split(r"[.!?;:\n]", before)[-1]
    if not _OBJECT_APPOSITION.search(before) and not (
            _COMPANION_APPOSITION.search(before) and opening.count(",") > 1):
        # (a companion's apposition needs a subject before it: "Lors de son interrogatoire
        # devant les enquêteurs, X avait …" opens with an adverbial, X is the subject)
        return False
    return not (opening.count(",") == 1 and opening.strip()[:1].isupper()
                and (_participle_opener(opening.split(",")[0])
                     or role_subject_apposition(opening)))


_ANAPHORS = frozenset({"interesse", "interessee", "dernier", "derniere"})
"""Descriptions that name the last person mentioned ("l'intéressé", "ce dernier")."""


MAX_TITLE_CHARS = 150
"""A first line longer than this is a paragraph, not a headline."""


_LED_BY = re.compile(r"\s*,\s*(?:(?:menée?s?|conduite?s?|emmenée?s?|dirigée?s?|présidée?s?|"
                     r"pilotée?s?|représentée?s?)\s+par|par\s+la\s+(?:voix|bouche)\s+"
                     r"d(?:e|u|es)\s+(?:(?:son|sa|ses|leur|leurs)\s+)?[^,;:«»()]{1,80},)\s+("
                     + _PERSON_RUN + r")\s*,")
"""A group's leader or voice in apposition to it: ", menée par X,", ", par la voix de sa
secrétaire générale, X," (verify17 Y10)."""


def _led_by(text: str, described: tuple[str, tuple[int, int]] | None, gender: str = ""
            ) -> tuple[str, tuple[int, int]] | None:
    """The person a subject group is led by when the participle saying so stands in
    apposition to it ("L'opposition, menée par Léa Garnier, a quitté la salle"): a
    group's pronoun in the next incise ("a-t-elle regretté") is its leader's voice, as
    "par la voix de X" is (a group speaks through a person), when the leader's gender
    agrees with the pronoun's; None otherwise."""
    if described is None or described[1][1] < 0:
        return None
    match = _LED_BY.match(text, described[1][1])
    if match is None:
        return None
    led = match.group(1), (match.start(1), match.end(1))
    return led if not gender or _own_gender(text, led[1]) in ("", gender) else None


_VOICE_CLOSING = re.compile(r"\bpar\s+la\s+(?:voix|bouche)\s+d(?:e|u|es)\s+(?:(?:son|sa|ses|"
                            r"leur|leurs)\s+)?[^,;:.«»()]{1,80},\s+(" + _PERSON_RUN
                            + r")\s*[.;]")
"""A voice named at its sentence's end ("Les CFF ont répondu par la voix de leur
porte-parole, Reto Schärli."): the person the body speaks through."""


def _voice_since(text: str, after: int, before: int, spans: Sequence[tuple[int, int]],
                 gender: str) -> tuple[str, tuple[int, int]] | None:
    """The last leader or voice of a group (``_LED_BY``) named between ``after`` and
    ``before`` outside quotes, of the pronoun's gender; None when there is none."""
    found = None
    for match in sorted([*_LED_BY.finditer(text, max(after, 0), before),
                         *_VOICE_CLOSING.finditer(text, max(after, 0), before)],
                        key=lambda m: m.start(1)):
        at = match.start(1)
        if any(s - 1 <= at < e + 1 for s, e in spans) or (
                gender and _own_gender(text, (at, match.end(1))) not in ("", gender)):
            continue
        found = match.group(1), (at, match.end(1))
    return found


def _one_of_them(text: str, sents: Sequence[Sentence], quote: Quote) -> None:
    """Name a partitive speaker ("L'un d'eux, ancien boulanger du quartier, nous a
    raconté"): its apposition when that is a person's description ("ancien boulanger du
    quartier"), else one of the plural subject named before it ("Les magistrats y
    relevaient … L'un d'eux …" → "un des magistrats"); left as written otherwise (never
    the previous speaker, never the group)."""
    partitive = re.compile(_PARTITIVE_HEAD).match(text, quote.speaker_start) \
        if quote.speaker_start >= 0 else None
    if partitive is None:
        return
    apposition = partitive.group(1)
    if apposition is not None:
        phrase, lead = strip_leading(apposition)
        head = phrase.split()[1] if phrase.split()[0].lower() in ("ancien", "ancienne", "jeune",
                                                                  "simple") and \
            len(phrase.split()) > 1 else phrase.split()[0] if phrase.split() else ""
        if head.isalpha() and head.islower() and is_person_noun(head) and not re.fullmatch(
                r"(?i)" + _INCISE_ADVERB + r"|désormais|encore|déjà|alors|ici|là|à|en|de|"
                r"dans|depuis|sous|sur|pour|avec|sans|chez|selon|comme|aussi|même|"
                r"\w+(?:é|ée|és|ées|ant)", head):
            # (a noun without a determiner, as a profession in apposition, Grevisse
            # § 339; not an adverb or a complement: "aujourd'hui à la retraite")
            at = partitive.start(1) + lead
            quote.speaker, quote.speaker_start, quote.speaker_end = phrase, at, at + len(phrase)
            return
    plural = _recent_plural(text, sents, quote.speaker_start, quoted_spans(text))
    if plural is not None and plural[0]:
        words = plural[0].split()
        if words[0].lower() in ("les", "des", "ces", "leurs", "ses", "nos", "vos"):
            words = words[1:]
        if words:
            one = "une des" if partitive.group().lower().lstrip("l'’").startswith("une") \
                else "un des"
            quote.speaker = f"{one} {' '.join(words)}"
            quote.speaker_start, quote.speaker_end = plural[1]


def _described(text: str, quote: Quote, previous: str, previous_span: tuple[int, int]
               ) -> tuple[str, tuple[int, int]] | None:
    """:func:`_described_by_rules`, less a person whose stated age or gender an age noun
    rules out ("l'adolescente" is not "sa mère, Valérie Kieffer, 45 ans"): the
    description then stays the speaker (f-speakers24). A group noun ("la plantilla", "les
    riverains", "i residenti": :data:`~veille.enrich.group_speakers.GROUP_NOUNS`) is the
    group speaking, never a person or a name nearby (r-quotes58)."""
    if is_group(quote.speaker):
        return None
    named = _described_by_rules(text, quote, previous, previous_span)
    companion = _companion_of(text, quote)
    if named is not None and companion and fold(named[0]) == fold(companion):
        # "a affirmé le chef de l'État … face au président polonais, X": X stands beside
        # the speaker, so the title names someone else; read again without X (t-final24
        # F2)
        blank = re.sub(re.escape(companion), lambda m: " " * len(m.group()), text)
        named = _described_by_rules(blank, quote, previous, previous_span)
        if named is not None:
            named = text[named[1][0]:named[1][1]], named[1]
    if named is not None and named[1] != (quote.speaker_start, quote.speaker_end) and \
            age_disagrees(text, quote.speaker, named[1]):
        return None
    return named


def _companion_of(text: str, quote: Quote) -> str:
    """The person named beside an incise's speaker after it ("», a affirmé le chef de
    l'État lors d'une déclaration face au président polonais, X."): X, in apposition to a
    companion (:data:`_COMPANION_APPOSITION`) in the incise's sentence; "" when none."""
    if quote.speaker_end < 0:
        return ""
    stop = _SENTENCE_END.search(text, quote.speaker_end)
    end = stop.start() + 1 if stop else len(text)
    for match in _PERSON_RUN_RE.finditer(text, quote.speaker_end, end):
        if _COMPANION_APPOSITION.search(text, quote.speaker_end, match.start()):
            return match.group()
    return ""


def _described_by_rules(text: str, quote: Quote, previous: str,
                        previous_span: tuple[int, int]) -> tuple[str, tuple[int, int]] | None:
    """The name behind a definite description ("le quotidien", "la présidente du FMI",
    "l'intéressé"): the name it stood beside earlier ("le quotidien israélien Haaretz",
    "Christine Lagarde, la présidente du FMI"), else, for a one-noun description, the
    previous speaker when that is a person ("Laurence Ferrari répond … ajoute la
    journaliste"). None when the speaker is a name or no such mention exists."""
    speaker, start = quote.speaker, quote.speaker_start
    speaker = _RELATIVE.split(speaker, maxsplit=1)[0]  # "cet homme qui …"
    if start >= 0 and re.search(r"(?i)\bthe\s+$", text[max(0, start - 6):start]):
        # "the Missouri Republican added", "the lieutenant governor said": the person
        # introduced with those words (f-enrich28 S1)
        introduced_so = described_person(text, speaker, start)
        if introduced_so is not None:
            return introduced_so
    possessive = re.match(r"(?:Son|Sa|Leur)[ \xa0]+(?=[a-zà-ÿ])", speaker) or (
        re.match(r"(?:son|sa|leur)[ \xa0]+(?=[a-zà-ÿ])", speaker)
        if len(speaker.split()) == 2 and fold(speaker.split()[-1]) in KIN_NOUNS else None)
    if possessive is not None and start >= 0:
        # (in an incise too for a relative: "a déploré sa fille" after "Sa fille, Martine
        # Rossi, …" is Martine Rossi; a relative never introduced stays "sa fille")
        # "Son homologue a été plus prudent : « … »": a possessive description opening
        # the sentence takes up the person introduced in that role (t-enrich21 E10)
        introduced = resolve_role(text, speaker[possessive.end():], start + possessive.end(),
                                  possessive.group().strip().lower())
        return introduced
    demonstrative = re.fullmatch(r"(?i)(ce|cet|cette)\s+([a-zà-ÿ-]+)", speaker)
    if demonstrative is not None and start >= 0 and \
            fold(demonstrative.group(2)) in ("dernier", "derniere"):
        return _latest_named(text, start, demonstrative.group(1).lower() == "cette",
                             (previous, previous_span))
    if demonstrative is not None and fold(demonstrative.group(2)) not in _ANAPHORS \
            and not _is_document(speaker):
        # "ajoutait cet homme": a demonstrative description points to the person just
        # spoken of (Grevisse § 695, the demonstrative's anaphoric use): the previous
        # speaker when a person of that gender, else the last person of that gender
        gender = "f" if demonstrative.group(1).lower() == "cette" else "m"
        mention = _head_mention(text, demonstrative.group(2), max(previous_span[1], 0),
                                start if start >= 0 else quote.start)
        if mention is not None:
            # "Un responsable des FSR a rejeté … « … », a affirmé ce responsable": the
            # demonstrative takes up the last mention of its noun (Corblin 1995, the
            # demonstrative's "reclassification" needs the same noun or a synonym; Grevisse
            # § 695), here one made since the previous speaker
            return mention
        if previous[:1].isupper() and _own_gender(text, previous_span) in ("", gender):
            return previous, previous_span
        if fold(demonstrative.group(2)) in fold(previous).replace("-", " ").split()[:3]:
            # "« … », admet un autre conseiller élyséen … ajoute ce conseiller": the
            # previous speaker, an unnamed description of the same noun
            return previous, previous_span
        last = _last_person(text, start, gender=gender)
        return last if last[0] else None
    if fold(speaker) in ("ces derniers", "ces dernieres") and start >= 0:
        return _last_plural(text, start)
    if fold(speaker) in ("celui ci", "celle ci", "celui la", "celle la") and start >= 0:
        # "Le 8 juin 2006, celui-ci avait reproché": the demonstrative pronoun names the
        # person last named (Grevisse § 696: "celui-ci", the nearer) who is not the one
        # spoken of so far: a demonstrative shifts to a less salient referent, the
        # previous speaker stays "il"/"elle" (Kaiser & Trueswell 2008; for French
        # "celui-ci", Fossard, Garnham & Cowles 2012)
        gender = "f" if fold(speaker)[:5] == "celle" else "m"
        topic = previous
        if previous_span[0] >= 0 and not _person_shaped(previous):
            # the previous speaker given by a description ("la maire de Lille"): the
            # topic is the name in subject position before it ("Martine Aubry a décidé")
            named = _recent_subject(text, max(0, previous_span[0] - 600), previous_span[0],
                                    (), gender)
            topic = named[0] if named is not None else previous
        last = _last_person(text, start, other_than=topic, gender=gender)
        return last if last[0] else None
    if speaker[:1].islower() and start >= 0 and re.search(
            r"(?i)\bthe\s+$", text[max(0, start - 6):start]):
        return _english_role(text, speaker, start)
    if not speaker[:1].islower() or start < 0 or len(speaker.split()) > 6 or \
            not re.search(r"(?i)\b(?:le|la|l['’]|ce|cet|cette)\s*$",
                          text[max(0, start - 6):start]):
        return None
    if re.search(r"(?i)\b(?:de|du|des|à|au|aux|chez|dans|sur|auprès)\s+(?:la\s+|le\s+|l['’])?$",
                 text[max(0, start - 20):start]):
        return None  # "Du côté de la chancellerie, on …": a place, no description of a person
    determiner = re.search(r"(?i)(\w+)['’]?\s*$", text[max(0, start - 6):start])
    aged = aged_referent(text, speaker, start, determiner.group(1) if determiner else "")
    if aged is not None:  # "a raconté le jeune homme" after "Théo Guérin, 21 ans"
        return aged
    unaged = _unaged_referent(text, speaker, start)
    if unaged is not None:  # "a ajouté le jeune homme" after "L'employé, Gaël Le Bihan"
        return unaged
    head = speaker.split()[0]
    if fold(head) in ("interesse", "interessee"):
        return _concerned(text, quote, previous)
    ordinal = _ordinal_referent(text, speaker, start)
    if ordinal is not None:  # "a estimé le premier", "a ajouté la seconde"
        return ordinal
    if fold(head) in _ANAPHORS:
        last = _last_person(text, start)
        return last if last[0] else None
    determiner = re.search(r"(?i)(\w+)['’]?\s*$", text[max(0, start - 6):start])
    introduced = resolve_role(text, speaker, start, determiner.group(1) if determiner else "")
    if introduced is not None and fold(head) not in DEFENDANT_NOUNS and \
            _PREPOSITION_END.search(
            text[max(0, introduced[1][0] - 12):introduced[1][0]]) and not re.search(
            r"(?i)\bproc[èe]s\s+(?:de\s+|d['’]\s*)$",
            text[max(0, introduced[1][0] - 12):introduced[1][0]]) and not _party_labelled(
            text, introduced[1][1]):
        # (a trial's defendant, "le procès de X", is the person named after "de"; so is
        # a candidate with a party's label, "a opposé X (PS) à Y (RN)")
        # "un convoi de l'armée malienne entre Goundam et Tombouctou": a name after a
        # preposition is the role's complement (a place), never its holder (newuser14a E3)
        introduced = None
    other = introduced is not None and _other_qualifier(text, speaker, introduced[1])
    if other:
        introduced = None  # "l'entraîneur breton" is not "l'entraîneur lillois, X"
    if introduced is None and _continuing(text, quote, previous, previous_span, determiner):
        # "… », a poursuivi la maire de Lille" after Martine Aubry's words, no one
        # introduced as "maire de Lille": the verb says the same speaker goes on
        return previous, previous_span
    since = _subject_since(text, quote, previous, previous_span) if introduced is None \
        else None
    if since is not None:
        # "Le conseiller Paul Roux a voté contre. « … », a expliqué l'élu": no one was
        # introduced in that role; the person named as the subject since the previous
        # speaker (centering: a description continues the current centre, Grosz, Joshi &
        # Weinstein 1995), not the previous speaker
        return since
    if introduced is None and 0 < text.find("\n") < MAX_TITLE_CHARS and \
            "\n" not in text[:start]:
        # a headline's description ("…, la ministre dénonce un « recul »") names the
        # person the body introduces in that role
        introduced = resolve_role(text, speaker, start, determiner.group(1) if determiner
                                  else "", forward=True)
    if introduced is not None:  # "le ministre" → "Gérald Darmanin, ministre de l'Intérieur"
        return introduced
    words = re.escape(speaker) if len(speaker.split()) > 1 else re.escape(head)
    name = r"((?:[A-ZÀ-Ý][\w'’-]+)(?:\s+" + _PARTICLE + r"*[A-ZÀ-Ý][\w'’-]+)*)"
    after = re.compile(r"(?i:" + words + r")(?:\s+(?!(?:a|à|au|aux|ont|est|sont|par|pour|avec|"
                       r"dans|sur|en|et|qui|que|se|s|ne|n)\b)[a-zà-ÿ'’-]+){0,3}?,?\s+" + name)
    before = re.compile(name + r"\s*,\s*(?i:(?:le|la|l['’]|les)\s*" + words + r")\b")
    best: tuple[str, tuple[int, int]] | None = None
    title = text.find("\n") + 1
    title = title if 0 < title < 150 else 0  # a title line has no apposition to trust
    marked = {"le": "m", "la": "f"}.get(determiner.group(1).lower() if determiner else "", "")
    for pattern in (after, before):
        for match in pattern.finditer(text, title, start):
            if re.search(r"(?i)(?:\b(?:de|du|des)|\bd['’])\s*(?:la\s+|l['’]\s*)?$",
                         text[max(0, match.start() - 12):match.start()]):
                continue  # "chef de la diplomatie américaine X" is not "la diplomatie"
            if re.search(r"(?i)(?:\b(?:de|du|des|à|au|aux)|\b[dl]['’])\s*(?:la\s+|l['’]\s*)?$",
                         text[max(0, match.start(1) - 12):match.start(1)]):
                continue  # "la ministre du Travail": a complement, no name (newuser14a E3)
            if marked and _pattern_gender(text, match) not in ("", marked):
                continue  # "le ministre" is not "La ministre de la Culture, Anne Roux": a
                # determiner's gender is the referent's (Grevisse § 476, nouns of both
                # genders: "le/la ministre")
            if match.start(1) < start and (best is None or match.start(1) > best[1][0]) \
                    and (" " in match.group(1)
                         or fold(match.group(1)) not in _NOT_SUBJECT):
                best = match.group(1), (match.start(1), match.end(1))
    if best is not None:
        return best
    bare = re.sub(r"^(?:(?:Le|La|Les)\s+|L['’])(?=[A-ZÀ-Ý])", "", previous)  # "Le Monde"
    if (len(speaker.split()) == 1 or other) and previous[:1].isupper() and bare and \
            fold(bare.split()[0]) not in _NOT_SUBJECT and not (  # not "Ces derniers"
                not is_person_noun(speaker) and _person_shaped(previous)) and \
            not _described_before(text, speaker, previous, previous_span) and \
            not _other_office(text, speaker, previous_span) and \
            not _disagreeing_person(text, speaker, start, previous_span) and \
            not (is_body(speaker) and office_holder(previous)) and \
            not _own_body_referent(text, speaker, start, previous, previous_span):
        # "Le patronat a dénoncé", "le syndicat": a body speaks for itself, never for the
        # person who spoke before ("L'association évoque" after the Afub is the Afub)
        return previous, previous_span
    return _anaphoric(text, speaker, start) or _standing_subject(
        text, speaker, start, max(previous_span[1], start - 600, 0)) or \
        _unintroduced_holder(text, speaker, start)


_LEADER_HEADS = frozenset(
    "president presidente chef cheffe dirigeant dirigeante leader patron patronne "
    "fondateur fondatrice".split())
"""Folded heads of a description naming who leads a body ("la présidente du groupe RN",
"le président du parti", "le chef de file des sénateurs", "le fondateur du mouvement")."""
_COURT_BODY = re.compile(r"(?i)\b(?:tribunal|cour|jury|parquet|chambre|commission d['’]enquête)\b")
"""A court's or an inquiry's noun in a leader's description: its president is the
court's, whom a report never names as a clause's subject before."""
_LEADER_AGENT = re.compile(r"(?i)\b(?:menée?s?|emmenée?s?|conduite?s?|dirigée?s?|présidée?s?)"
                           r"[ \xa0]+par[ \xa0]+$")
"""A body's leader named as the agent of "mené par", "dirigé par", "présidé par" ("les
écologistes, menés par X"): who a leader's description may name."""
_AUXILIARIES = frozenset("a ont avait avaient est sont était étaient sera va vient".split())
MAX_HOLDER_CHARS = 800
"""How far before such a description its holder is looked for."""


def _unintroduced_holder(text: str, speaker: str, start: int
                         ) -> tuple[str, tuple[int, int]] | None:
    """The person a leader's description with a complement (``speaker`` at ``start``,
    "présidente du groupe RN", "président du parti": :data:`_LEADER_HEADS`) names when no
    one was introduced in that role: the last person named as a clause's subject (a verb
    after the name) or as the agent of a body's leading ("les écologistes, menés par X":
    :data:`_LEADER_AGENT`) in the :data:`MAX_HOLDER_CHARS` before it, outside quotes, who was
    given no role at all and whose gender does not disagree ("Marine Le Pen a critiqué
    … . « … », a dénoncé la présidente du groupe RN"). A person introduced with a role
    holds that office, not this one, and is passed over for an earlier one ("Le Premier
    ministre, X" is not "le président du parti": Poesio & Vieira 1998, a definite
    description refers back to the nearest compatible antecedent). None when no one fits
    (f-speakers26; t-enrich25 E11)."""
    words = speaker.split()
    if len(words) < 3 or fold(words[0]) not in _LEADER_HEADS or start < 0 or \
            not re.match(r"(?i)(?:de|du|des|d['’])\b", words[1]) or \
            _COURT_BODY.search(speaker):
        return None  # ("le président du tribunal" presides a court, not a party)
    window = max(0, start - MAX_HOLDER_CHARS)
    spans = quoted_spans(text)
    for match in reversed(list(re.finditer(_PERSON_RUN, text[window:start]))):
        span = (window + match.start(), window + match.end())
        if any(s <= span[0] < e for s, e in spans) or \
                fold(match.group().split()[0]) in LEADING_WORDS:
            continue
        verb = re.match(r"[ \xa0]+(?:(?:ne|n['’]|s['’]|se|l['’]|le|la|les|lui|y|en)[ \xa0]*)*"
                        r"([a-zà-ÿ]+)", text[span[1]:span[1] + 40])
        if re.match(r"[ \xa0]+(?:a|ont|avait|avaient)[ \xa0]+été\b|[ \xa0]+(?:est|sont|était|"
                    r"étaient)[ \xa0]+[a-zà-ÿ]+(?:é|ée|és|ées|u|ue|i|is|it)\b",
                    text[span[1]:span[1] + 40]):
            continue  # "X a été arrêté": the patient of a passive, no office holder
        led = _LEADER_AGENT.search(text, max(0, span[0] - 30), span[0]) is not None
        said = verb is not None and (verb.group(1) in _AUXILIARIES or _is_verb(verb.group(1)))
        if not led and not said:
            continue  # not the subject of its clause, nor the one who leads a body
        if _person_roles(text, span) or _disagreeing_person(text, speaker, start, span):
            continue  # another office, or another gender
        return match.group(), span
    return None


_ROLE_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:Le|La|L['’])\s*([a-zà-ÿ][\w'’-]*(?:\s+(?:de|du|des|d['’])"
    r"\s*(?:la\s+|l['’]\s*)?[\w'’-]+){0,2})(?=\s*,|\s+[a-zà-ÿ])")
"""A sentence opening with a definite role and its complements as its subject ("Le
préfet de l'archipel, interrogé jeudi, a …")."""


def _standing_subject(text: str, speaker: str, start: int, after: int
                      ) -> tuple[str, tuple[int, int]] | None:
    """The unnamed role a description standing for others (:data:`STANDS_FOR`: "le haut
    fonctionnaire" for a préfet) takes up: the last sentence subject between ``after``
    and ``start`` headed by one of those roles ("Le préfet de l'archipel, interrogé
    jeudi, a été plus précis. « … », a déclaré le haut fonctionnaire" is "préfet de
    l'archipel", t-enrich24 E12: the nearest compatible mention, a description too when
    the person is never named). None when the description stands for no other role or
    no such subject is there."""
    roles = STANDS_FOR.get(fold(speaker))
    if not roles:
        return None
    found = None
    for match in _ROLE_SUBJECT.finditer(text, after, start):
        if fold(match.group(1).split()[0]) in roles:
            found = match.group(1), (match.start(1), match.end(1))
    return found



_MEDIA_NOUNS = frozenset("journal quotidien hebdomadaire mensuel magazine site media "
                         "chaine radio television agence titre revue".split())
"""Nouns (folded) that may take up an outlet named before ("Le Parisien … a ajouté le
quotidien")."""


_PUBLIC_BODIES = frozenset(
    "prefecture sous-prefecture parquet gendarmerie police mairie ministere tribunal cour "
    "metropole region departement rectorat douane douanes armee justice elysee matignon "
    "gouvernement presidence municipalite commune ville prefet procureur".split())
"""Nouns (folded) of the State's and local authorities' bodies: "a indiqué la préfecture"
is that body, never an outlet, a firm or an association that spoke before it."""


def _own_body_referent(text: str, speaker: str, start: int, previous: str,
                       previous_span: tuple[int, int]) -> bool:
    """Whether the description ``speaker`` (at ``start``) names a referent of its own
    rather than the ``previous`` speaker (mentioned at ``previous_span``, not a person's
    name): that speaker is an outlet or a press agency (a title opening with a
    capitalised article, "Le Monde", "Le Parisien", or ``NEWS_AGENCIES``) and the noun is
    no medium's (``_MEDIA_NOUNS``); or the noun is a public authority's
    (``_PUBLIC_BODIES``: "le parquet", "la préfecture", "la métropole") which the text
    never wrote beside that speaker's name ("le quotidien Le Monde", "la métropole
    (Nantes Métropole)"). "a indiqué la préfecture" after "selon Le Monde", "a précisé le
    parquet" after a radio's scoop are those bodies (f-speakers23, t-final22 F4); "L'association
    a expliqué" after Act-Up stays Act-Up (a body of a kind the text need not name)."""
    words = speaker.split()
    if not words or previous_span[0] < 0 or _person_shaped(previous):
        return False
    head = fold(words[0])
    outlet = re.match(r"(?:Le|La|Les|L['’])\s*[A-ZÀ-Ý]", previous) is not None or \
        reporting_agency(previous)
    if outlet:
        return head not in _MEDIA_NOUNS
    if head not in _PUBLIC_BODIES:
        return False
    noun = r"(?i:" + re.escape(words[0]) + r"(?:s|x)?)(?![\w'’-])"
    name = re.escape(previous) + r"(?![\w'’-])"
    linked = re.compile(r"(?<![\w'’-])" + noun + r"[^.;«»\n]{0,40}?" + name + r"|" + name
                        + r"[^.;«»\n]{0,80}?(?<![\w'’-])" + noun)
    return linked.search(text, 0, start) is None
_ENGLISH_BODIES = frozenset(
    "county city state town village council government ministry department agency "
    "company firm group union police army military court office administration "
    "commission committee board authority authorities hospital school university "
    "district municipality parliament senate party campaign team club league "
    # a firm's, a regulator's or a charity's noun (f-speakers27: "the regulator added"
    # after "David Black, the regulator's chief executive" is the regulator)
    "bank lender carrier airline retailer insurer manufacturer carmaker regulator "
    "watchdog charity institution organisation organization foundation".split())
"""English nouns of a body or a place's government ("the county said", "the company
said"): such a description speaks for the body, never for a person named with the word
in a title ("Lamar County Judge Brandon Bell")."""
_ENGLISH_TITLES = frozenset(
    "judge minister secretary mayor governor sheriff commissioner chief director "
    "president senator sen. rep. representative attorney general officer spokesman "
    "spokeswoman spokesperson councillor councilor inspector superintendent executive "
    "chairman chairwoman chair manager administrator prosecutor justice".split())
"""English titles capitalised before a name (AP Stylebook, "titles"): a word after a
description's head that is one of them means the head was only a qualifier of the title."""


def _english_role(text: str, speaker: str, start: int) -> tuple[str, tuple[int, int]] | None:
    """The person an English description at ``start`` ("the minister", "the transport
    secretary", after "the") refers to: the last person named before it with that role,
    as a capitalised title before the name ("Health Minister Elena Ruiz", "Transport
    Secretary Grant Shapps": English capitalises a title before a name, the AP
    Stylebook, "titles") or in apposition after it ("Jane Porter, the city's mayor");
    the description's head (its last word) must be the title's last word. None when the
    text names no one so."""
    words = speaker.split()
    if not words or len(words) > 4:
        return None
    head = re.escape(words[-1])
    title = re.compile(r"(?i:\b" + head + r")\s+(" + _PERSON_RUN + r")")
    apposed = re.compile(r"(" + _PERSON_RUN + r"),\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?"
                         r"(?i:" + head + r")\b")
    best: tuple[str, tuple[int, int]] | None = None
    if fold(words[-1]) in _ENGLISH_BODIES:
        return None  # "the county said": the body speaks, no person (t-enrich23 E6)
    for pattern in (title, apposed):
        for match in pattern.finditer(text, 0, start):
            if pattern is title and match.group(1).split()[0].lower() in _ENGLISH_TITLES:
                continue  # "Lamar County Judge Brandon Bell": the title ends at "Judge"
            if best is None or match.start(1) > best[1][0]:
                best = match.group(1), match.span(1)
    return best

_CONTINUING_VERB = re.compile(r"(?i)(?:poursui|continu|enchaîn|conclu|ajout)\w*$")
"""Verbs of a speaker going on ("poursuivre", "continuer", "enchaîner", "conclure":
Larousse, poursuivre: continuer ce qu'on a commencé, "poursuivre son discours";
"ajouter": dire en plus, the same speaker's further words — "« … », a ajouté la députée
du Val-de-Marne" after Mathilde Panot's words, t-enrich24 E12)."""


def _continuing(text: str, quote: Quote, previous: str, previous_span: tuple[int, int],
                determiner: re.Match[str] | None) -> bool:
    """Whether the description in the incise after ``quote`` ("», a poursuivi la maire de
    Lille") is the previous speaker going on: a verb of continuing (:data:`_CONTINUING_VERB`),
    a previous speaker named by a person's name in the paragraph, of no other gender than
    the description's determiner, and no one introduced anywhere in the text with the
    description's role (:func:`veille.enrich.quotes_refs.resolve_role`, forward too)."""
    if not _CONTINUING_VERB.search(quote.cue) or quote.speaker_start < quote.end or \
            previous_span[0] < 0 or not _PERSON.match(previous) or \
            "\n\n" in text[previous_span[1]:quote.start] or not is_person_noun(quote.speaker):
        return False
    marked = {"le": "m", "la": "f"}.get(determiner.group(1).lower() if determiner else "", "")
    given = given_name_gender(previous.split()[0]) if previous.split() else ""
    if marked and (given or _own_gender(text, previous_span)) not in ("", marked):
        return False  # (a given name's gender first: "Le président du groupe, Mathilde
        # Panot" is a woman whatever the title's determiner)
    if re.search(r"(?i)ajout", quote.cue) and (
            _other_office(text, quote.speaker, previous_span)
            or not _person_roles(text, previous_span)):
        return False  # "ajouter" adds a speaker as often as it goes on: only a title
        # beside the one the previous speaker was introduced with ("le premier ministre
        # chinois Wen Jiabao … a ajouté le chef religieux" is the dalaï lama)
    return resolve_role(text, quote.speaker, quote.speaker_start, marked and (
        "le" if marked == "m" else "la"), forward=True) is None


def _head_mention(text: str, head: str, after: int, before: int
                  ) -> tuple[str, tuple[int, int]] | None:
    """The last noun phrase with ``head`` as its noun between ``after`` and ``before``,
    outside quotes, with its complement ("un responsable des Forces de soutien rapide
    (FSR) a rejeté" → "responsable des Forces de soutien rapide"), or the name introduced
    with it ("le responsable du site, Paul Roux"). None when there is none."""
    spans = quoted_spans(text)
    found = None
    for match in re.finditer(r"(?i)\b(?:un|une|le|la|l['’])\s*(" + re.escape(head) + r")\b",
                             text[:before]):
        if match.start() < after or any(s - 1 <= match.start() < e + 1 for s, e in spans):
            continue
        found = match
    if found is None:
        return None
    phrase = re.match(r"[^,.;:()«»“”\"\n]*?(?=\s*[,.;:()«»“”\"\n]|\s+(?:a|ont|avait|avaient|"
                      r"est|sont|était|qui|que|se|s['’]|ne|n['’]|lui|leur)\b|$)",
                      text[found.start(1):before])
    words = phrase.group() if phrase is not None else head
    words = words if len(words.split()) <= 8 else found.group(1)
    named = next((i for i in introductions(text, before)
                  if i.start > found.start() and i.start - found.end(1) < 80
                  and fold(head) in i.heads), None)
    if named is not None:
        return named.name, (named.start, named.end)
    return words, (found.start(1), found.start(1) + len(words))


def _pattern_gender(text: str, match: re.Match[str]) -> str:
    """The gender of the apposition a description pattern of :func:`_described` matched:
    the name's own ("Mme", a given name), else the determiner opening the match ("La
    ministre …, X", "X, la ministre")."""
    own = _own_gender(text, (match.start(1), match.end(1)))
    if own:
        return own
    determiner = re.search(r"(?i)\b(le|la)\s+$", text[max(0, match.start() - 4):match.start()]) \
        if match.start(1) > match.start() else re.search(
            r"(?i)\b(le|la)\s", text[match.end(1):match.end()])
    return {"le": "m", "la": "f"}.get(determiner.group(1).lower(), "") if determiner else ""


_LEARNT_FROM = re.compile(
    r"[\s\xa0»”\"]*,\s*(?:a|avait)-t-on\s+appris\s+(?:auprès\s+(?:de\s+|d['’]\s*|du\s+|des\s+)"
    r"|de\s+(?=sources?\s))((?:(?:ce|cet|cette|ces|la|le|les|l['’]|son|sa|ses|leur|une|un)\s*)?"
    r"[\w'’-]+(?:\s+(?:[a-zà-ÿ'’-]+|[a-z]['’][\w-]+|[A-ZÀ-Ý][\w'’-]+)){0,4}?)"
    r"(?=\s*[.,;]|\s+(?:qui|dans|lors|après)\b)")
"""The impersonal incise naming the source ("», a-t-on appris auprès de cette source",
"a-t-on appris auprès du parquet"): the source speaks, not the previous speaker. An
anonymous source keeps its noun: "a-t-on appris de source policière" is "source
policière" (the press's elliptic "selon une source policière"; was "policière", an
adjective shown as who spoke: t-final22 F14), "de sources proches du dossier" likewise."""


_SAME_SOURCE = re.compile(
    r"[\s\xa0»”\"]*,\s*(?:(?:[\w'’]+-(?:t-)?on|on\s+[\w'’]+)\s+(?:[\w'’]+\s+){0,2}?"
    r"(?:de|d['’])\s*(?:la\s+)?|(?:toujours\s+|encore\s+)?(?:selon|d['’]après)\s+la\s+|"
    r"(?:[\w'’-]+\s+){1,2}(?:de|d['’])\s*)(?:même|mêmes)\s+sources?\b")
"""An incise pointing to the source named before: "», a-t-on appris de même source",
"», précise-t-on de même source", "», selon la même source"."""
_SOURCE_PHRASE = re.compile(
    r"(?i)(?:\b(?:une?|la|le|des|les|plusieurs|d['’]autres)\s+|\b(?:de|d['’])\s*)"
    r"(sources?\s+[a-zà-ÿ'’-]+(?:\s+(?:du|de\s+la|des|de|d['’])\s*[\w'’-]+)?)")


def _same_source(text: str, end: int) -> tuple[str, tuple[int, int]] | None:
    """The source a "de même source" incise after a quote ending at ``end`` points to:
    the last anonymous source named before it ("Selon une source sécuritaire, …",
    "de source humanitaire") — not the last speaker, a named person (t-enrich24 E5).
    None when no such incise follows or no source was named."""
    if _SAME_SOURCE.match(text, end) is None:
        return None
    earlier = [m for m in _SOURCE_PHRASE.finditer(text, max(0, end - 1500), end)
               if not re.match(r"(?i)m[êe]mes?\b", m.group(1).split()[1])]
    if not earlier:
        return None
    last = earlier[-1]
    return last.group(1), (last.start(1), last.end(1))


def _learnt_from(text: str, end: int) -> tuple[str, tuple[int, int]] | None:
    """The source an impersonal "a-t-on appris auprès de X" incise after a quote ending
    at ``end`` names (newuser14a E3): X, or, for a demonstrative ("cette source"), the
    last noun phrase before with that head ("Selon une source policière"; a
    demonstrative description repeats its antecedent's head, Poesio & Vieira 1998).
    None when no such incise follows."""
    match = _LEARNT_FROM.match(text, end + 1)
    if match is None:
        return None
    phrase = match.group(1)
    demonstrative = re.match(r"(?i)(?:ce|cet|cette|ces)\s+([\w'’-]+)", phrase)
    if demonstrative is not None:
        head = re.escape(demonstrative.group(1))
        earlier = list(re.compile(r"(?i)\b(?:une?|la|le|l['’])\s*(" + head
                                  + r"(?:\s+[a-zà-ÿ'’-]+)?)\b").finditer(text, 0, end))
        if earlier:
            last = earlier[-1]
            return last.group(1), (last.start(1), last.end(1))
    bare, lead = strip_leading(phrase)
    return bare, (match.start(1) + lead, match.start(1) + lead + len(bare))


_PREPOSITION_END = re.compile(
    r"(?i)\b(?:de|du|des|à|au|aux|en|entre|vers|par|pour|contre|sur|chez|avec|dans)\s+"
    r"(?:(?:la|le|les)\s+|l['’]\s*)?$")
"""A preposition (and its article) right before a name: the name is a complement."""


_VOICE_IN_INCISE = re.compile(
    r"[»”\"\s,]*[^.!?«»“”\"\n]{0,60}?\bpar\s+la\s+voix\s+(?:de|d['’]|du)\s*"
    r"(?:(?:son|sa|leur|ses|leurs|la|le|l['’])\s*[^,.;:!?«»\n]{1,50}?,\s*)?")
"""An incise going on with "par la voix de (son chef de file,) X": the body speaks
through X."""


def _incise_voice(text: str, quote: Quote) -> tuple[str, tuple[int, int]] | None:
    """The person named in the quote's own incise after "par la voix de" ("», a-t-elle
    interrogé par la voix de son chef de file, Didier Robert" → Didier Robert, span);
    None when the incise names no one so."""
    match = _VOICE_IN_INCISE.match(text, quote.end)
    if match is None:
        return None
    name = re.match(_PERSON_RUN, text[match.end():match.end() + 60])
    if name is None:
        return None
    return name.group(), (match.end() + name.start(), match.end() + name.end())


def _marked_gender(text: str, mention: tuple[str, tuple[int, int]]) -> str:
    """The gender a mention marks by itself: a name's (title, given name) or a
    description's determiner or noun (:func:`_description_gender`); "" when neither."""
    name, span = mention
    if span[0] < 0:
        return ""
    return _own_gender(text, span) or (
        _description_gender(text, name, span[0]) if name[:1].islower() else "")


def _description_gender(text: str, speaker: str, start: int) -> str:
    """The gender a role description's determiner or noun marks: "le"/"la" give it, and
    after an elided "l'" the noun's feminine -e (Grevisse § 490: "l'élue" beside "élu",
    "l'intéressée" beside "intéressé"; "l'élu" is masculine since "élue" is a word).
    "" when nothing says ("l'adjoint" is "m", "l'artiste" "")."""
    determiner = re.search(r"(?i)\b(le|la|l['’])\s*$", text[max(0, start - 6):start])
    if determiner is None or not speaker.split():
        return ""
    marked = {"le": "m", "la": "f"}.get(determiner.group(1).lower(), "")
    if marked:
        return marked
    noun = speaker.split()[0].lower()
    lexicon = french()
    if noun.endswith("e") and lexicon.is_word(noun[:-1]):
        return "f"
    if not noun.endswith("e") and lexicon.is_word(noun + "e"):
        return "m"
    return noun_gender_by_ending(noun)


FEMININE_ENDINGS = ("tion", "sion", "xion", "ité", "ine", "ise", "ance", "ence", "ette",
                    "esse", "ude", "erie", "ière", "aison")
"""Noun endings almost always feminine in French (Lyster, "Predictability in French gender
attribution: a corpus analysis", *Journal of French Language Studies* 16, 2006: -tion,
-sion, -ité, -ine, -ise, -ance, -ence, -ette, -esse, -ude, -erie, -ière, -aison; the
endings with many masculine exceptions, -ée "musée", -ie "incendie", -age "image", -ure,
are left out): what "l'" hides of "l'usine", "l'association", "l'université"."""
MASCULINE_ENDINGS = ("ment", "isme", "oir", "ier", "eau", "at", "al")
"""Noun endings almost always masculine (same source: -ment, -isme, -oir, -ier, -eau,
-at, -al): "l'établissement", "l'atelier", "l'abattoir", "l'hôpital", "l'internat"."""


def noun_gender_by_ending(noun: str) -> str:
    """The gender a French common noun's ending gives ("f" for "usine", "m" for
    "atelier"), '' when it says nothing or ``noun`` is no noun of the lexicon."""
    lexicon = french()
    if not any(lemma in lexicon.lemmas["noun"] for lemma in lexicon.lemmas_of(noun)):
        return ""
    if noun.endswith(FEMININE_ENDINGS):
        return "f"
    if noun.endswith(MASCULINE_ENDINGS):
        return "m"
    return ""


def _subject_since(text: str, quote: Quote, previous: str, previous_span: tuple[int, int]
                   ) -> tuple[str, tuple[int, int]] | None:
    """The person named in subject position between the previous speaker's mention and
    ``quote`` (not the previous speaker), when the description in the incise after the
    quote is a person noun of that person's gender (which a title, a given name or a
    role's determiner must show): whom "« … », a expliqué l'élu" refers to (newuser14a
    E1). With no previous speaker, the person named in subject position in the 600
    characters before the quote ("Arthur Fils s'est qualifié … . « … », a estimé le
    joueur de 21 ans": t-enrich19 E11). None otherwise."""
    if previous_span[1] > quote.start or \
            quote.speaker_start < quote.end or not is_person_noun(quote.speaker):
        return None  # an incise after the quote only; "l'association" is a body
    gender = _description_gender(text, quote.speaker, quote.speaker_start)
    subject = _recent_subject(text, max(previous_span[1], 0), quote.start,
                              quoted_spans(text), gender)
    if subject is not None and "\n" in subject[0]:  # a headline's last word before it
        line = re.match(r"[\s\S]*\n\s*(?:(?:Les|Le|La)\s+|L['’])?", subject[0])
        assert line is not None
        subject = subject[0][line.end():], (subject[1][0] + line.end(), subject[1][1])
    cut = _before_given_name(subject[0]) if subject is not None else 0
    if subject is not None and cut:  # "Le Français Arthur Fils": a nationality noun
        subject = subject[0][cut:], (subject[1][0] + cut, subject[1][1])
    if subject is None or not _PERSON.match(subject[0]) or \
            previous and subject[0].split()[-1] == previous.split()[-1]:
        return None
    if quote.text[:1].islower() and not re.search(r"[.!?;:]\s|\n",
                                                  text[subject[1][1]:quote.start]):
        # "Le capitaine X, ménagé lundi, « sera à 100 % », a assuré le staff": the quote
        # is the predicate of X's own clause, said of X in the third person; the incise's
        # description is someone else (t-enrich21 E2)
        return None
    if previous_span[0] < 0 and (
            _disagreeing_person(text, quote.speaker, quote.speaker_start, subject[1])
            or _other_office(text, quote.speaker, subject[1])
            or _described_before(text, quote.speaker, subject[0], subject[1])
            or re.search(r"\d", quote.speaker)
            and re.search(r"\d", text[subject[1][1]:subject[1][1] + 40])):
        return None  # the description names its own referent, or another role or age
    if _other_office(text, quote.speaker, subject[1]):
        # "Le préfet …, X, accompagnait la délégation. « … », a prévenu le maire de Y":
        # an office names its holder, never a person introduced in another office
        # (h-quotes50)
        return None
    roles = _person_roles(text, subject[1])
    if roles and all(i.heads and i.heads <= KIN_NOUNS for i in roles) and \
            fold(quote.speaker.split()[0]) not in KIN_NOUNS:
        # "Sa fille, Martine Rossi, a porté plainte. « … », a confié la victime": a
        # person introduced only as someone's relative is not another role's holder
        # (the victim is the mother, never named)
        return None
    own = _own_gender(text, subject[1])
    # a person by the evidence of a title, a given name or a role's determiner ("Paribas
    # Fortis", "Chemical Toxicology" have none), of the description's gender
    return subject if own and own == (gender or own) else None


def _other_qualifier(text: str, speaker: str, span: tuple[int, int]) -> bool:
    """Whether a description's adjective after its head ("entraîneur breton") differs
    from the one of the role the person at ``span`` was introduced with ("l'entraîneur
    lillois, X"): two restrictive adjectives of one noun set two referents apart."""
    words = speaker.lower().split()
    if len(words) < 2 or not french().is_adjective(words[1]):
        return False
    intro = next((i for i in introductions(text, span[1] + 1)
                  if (i.start, i.end) == span), None)
    if intro is None:
        return False
    role = intro.role.lower().split()
    at = next((n for n, w in enumerate(role) if fold(w) == fold(words[0])), -1)
    return 0 <= at < len(role) - 1 and fold(role[at + 1]) != fold(words[1]) and \
        french().is_adjective(role[at + 1])


_ORDINALS = {"premier": 0, "premiere": 0, "second": 1, "seconde": 1, "deuxieme": 1}


def _ordinal_referent(text: str, speaker: str, start: int
                      ) -> tuple[str, tuple[int, int]] | None:
    """Whom "le premier" / "la seconde" (an ordinal standing alone as a description at
    ``start``) points back to: the first or the second of two people coordinated in the
    last sentence that names two ("X, …, et la maire, Y, ont fait le déplacement. « … »,
    a estimé le premier": X; Grevisse § 600, the ordinal taking up a term of a pair;
    t-enrich24 E12). None when the speaker is no ordinal or no such pair stands within
    600 characters before it."""
    if " " in speaker.strip() or fold(speaker) not in _ORDINALS:
        return None
    rank = _ORDINALS[fold(speaker)]
    window = max(0, start - 600)
    cuts = [window, *(m.end() for m in _SENTENCE_END.finditer(text, window, start)), start]
    spans = quoted_spans(text)
    for begin, end in reversed(list(zip(cuts, cuts[1:], strict=False))):
        if not re.search(r"\set\s", text[begin:end]):
            continue
        names = [m for m in _PERSON_RUN_RE.finditer(text, begin, end)
                 if fold(m.group().split()[0]) not in _NOT_SUBJECT
                 and not any(s <= m.start() < e for s, e in spans)]
        if len(names) == 2:
            chosen = names[rank]
            return chosen.group(), (chosen.start(), chosen.end())
    return None


def _concerned(text: str, quote: Quote, previous: str
               ) -> tuple[str, tuple[int, int]] | None:
    """Whom "l'intéressé(e)" after a quote names: the last person named of its gender,
    outside quotes, other than the previous speaker ("le technicien a salué son attaquant
    … « … », a confié l'intéressé": the person spoken about, not the one who spoke;
    newuser14a E1). None when there is no such person."""
    gender = "f" if fold(quote.speaker.split()[0]).endswith("ee") else "m"
    last = _last_person(text, quote.start, quoted_spans(text), other_than=previous,
                        gender=gender)
    return last if last[0] else None


def person_shaped(name: str) -> bool:
    """Whether a speaker's name is a person's by its shape (:func:`_person_shaped`): for
    the stages that take people from the quotes' speakers (``speaker_spans``)."""
    return _person_shaped(name)


_ADDITIVE_CUE = re.compile(r"(?i)(?:ajout|poursui|enchaîn|continu(?!ed)|compl[éè]t|"
                           r"renchéri|conclu)")  # (not veille's own cue "continued")
_BACKGROUND_VERB = re.compile(r"\s*(?:,[^,.;:!?«»\n]{1,60},\s*)?(?:(?:lui|elle|eux)\s+aussi\s+|"
                              r"aussi\s+|déjà\s+|pourtant\s+|quant\s+à\s+\w+\s+)?"
                              r"(?:avait|avaient|n['’]avait|n['’]avaient)\b")


def _background_body(text: str, subject: tuple[str, tuple[int, int]], cue: str) -> bool:
    """Whether ``subject``, a pronoun's candidate antecedent, is a body (no person's name:
    "Unicef", "le comité d'organisation", "Le Programme alimentaire mondial") named as
    background — the subject of a pluperfect ("L'ONU avait appelé") — or named before an
    incise of adding ("a-t-il ajouté" continues the one speaking): not whom a person's
    "il" stands for when a person spoke last (t-enrich24 E2)."""
    name, (start, end) = subject
    if not name or start < 0 or _person_shaped(name) or _full_name_gender(text, name, start):
        return False  # (nor a surname taking up a person's full name: "Le Pen")
    if not (is_body(name) or (name[:1].isupper() and _PERSON.fullmatch(name) is None)):
        return False
    return _BACKGROUND_VERB.match(text, end) is not None or \
        _ADDITIVE_CUE.match(cue) is not None


def _person_shaped(name: str) -> bool:
    """Whether a speaker's name is a person's by its shape: a title ("M. Martin", "Mme
    Roux") or a given name and a surname ("Paul Martin"); "Afub", "CGT", "Le Monde", "Der
    Landrat" are not (a single word may be an organisation as well as a surname; an
    article opens no person's name: :data:`_ARTICLES`)."""
    return re.match(r"(?:M\.|MM\.|Mme|Mlle|Me|Dr|Mr|Mrs|Ms)\s", name) is not None or (
        re.fullmatch(_PERSON_RUN, name) is not None
        and fold(name.split()[0]) not in _NOT_SUBJECT and not name.startswith(_ARTICLES))


_ARTICLES = ("Le ", "La ", "The ", "Der ", "Die ", "Das ", "Den ", "Dem ")
"""Definite articles (French, English, German: Duden's "der, die, das" declined), which
open a description or a body's name, never a person's: "Die Bürgermeisterin", "Der
Landrat" at a sentence's start are a role, capitalised as German capitalises every noun;
they were PER entities (r-ner35's open case). Not "Les", "Des": English given names too
("Les Murray", "Des O'Connor")."""


_CONTRASTIVE_PRONOUN = re.compile(r"\s*,\s*(?:lui|elle|eux|elles)\s*,")
"""A stressed pronoun detached after a subject ("L'ancien élu, lui, est resté …"): it
opposes that subject to someone just spoken of (t-enrich23 E5)."""


def _without_epithet(description: str) -> str:
    """A description less an adjective before its noun ("ancien élu" → "élu", "jeune
    militante" → "militante"): its head noun is what agrees with a role introduced."""
    return re.sub(r"(?i)^(?:ancien|ancienne|nouveau|nouvel|nouvelle|jeune|haut|haute|"
                  r"futur|future|ex)[\s-]+(?=\w)", "", description)


def _anaphoric(text: str, speaker: str, start: int) -> tuple[str, tuple[int, int]] | None:
    """The person a definite description at ``start`` opening its sentence refers back to
    ("… a reçu Claire Petit. La responsable écologiste a souligné": Claire Petit): one with
    no complement and no name is anaphoric (Poesio & Vieira 1998: a head noun alone mostly
    refers back, one with a complement, "le ministre de l'Intérieur", mostly not); it names
    the last person of its gender ("la" → a woman); a body ("la mairie", "le ministère",
    "le patronat": ``quotes_refs.is_person_noun``) is never a person. None otherwise."""
    if len(speaker.split()) > 3 or not speaker.islower() or not is_person_noun(speaker) \
            or re.search(r"(?i)\b(?:de|du|des|d['’])\b", speaker) \
            or not re.search(r"(?:^|[.!?]\s+|\n)\s*(?:Le\s+|La\s+|L['’]\s*)$",
                             text[max(0, start - 10):start]):
        return None
    # "L'élu", "L'adjoint": the elided article marks no gender
    determiner = text[max(0, start - 3):start].strip()
    gender = "f" if determiner == "La" else "m" if determiner == "Le" else ""
    # a name inside a quote is the quoted speaker's words, no antecedent ("« … défendra
    # les États-Unis d'Amérique » . Le leader socialiste a appelé": t-enrich19 E2)
    last = _last_person(text, start, quoted_spans(text), gender=gender)
    if last[0] and _CONTRASTIVE_PRONOUN.match(text, start + len(speaker)):
        # "L'avocat, Me X, a dénoncé … . L'ancien élu, lui, est resté impassible": the
        # detached stressed pronoun sets the description against the one just named
        # (Grevisse § 661, the disjunctive pronoun of opposition): not X, the one before
        last = _last_person(text, start, quoted_spans(text), other_than=last[0],
                            gender=gender or _description_gender(text, speaker.split()[-1],
                                                                 start))
    if last[0] and (_described_before(text, speaker, last[0], last[1])
                    or _other_office(text, speaker, last[1])
                    or (fold(_without_epithet(speaker).split()[0]) not in DEFENDANT_NOUNS
                        and _disagreeing_person(text, _without_epithet(speaker), start,
                                                last[1]))):
        # "Le dalaï lama a dénoncé … . « … », a déclaré son interprète, Matthieu Ricard.
        # Le dalaï lama a aussi insisté": the description named its own referent before
        # that person came in, so it still names it (a repeated description, not an
        # anaphor of the last person named); "le préfet de police, Laurent Nuñez. …
        # L'organisateur a répliqué : « … »": a person introduced in another office is
        # not the description's referent, which stays (t-final25 F2); a defendant's
        # noun ("Le prévenu") is a standing in court, no office: it takes anyone
        return None
    if last[0] and age_noun(speaker) is not None and _person_roles(text, last[1]):
        # "… a martelé le procureur, X. Le jeune homme, qui comparaît détenu, …": an age
        # noun describes someone by age, never the person just introduced by an office
        # (t-enrich24 E4); it stays the description
        return None
    if last[0] and (not gender or _own_gender(text, last[1]) in ("", gender)) \
            and start - last[1][1] < 400 \
            and not re.search(r"(?i)(?:\bd(?:e|u|es)|\bd['’])\s*$", text[:last[1][0]]):
        # near (the sentence before), and a person, not the complement of a group ("les
        # membres d'Ansar Eddine")
        return last
    return None


KIN_NOUNS = frozenset(
    "pere mere fils fille frere soeur mari epoux epouse femme conjoint conjointe compagnon "
    "compagne oncle tante cousin cousine neveu niece parent parents enfant enfants "
    "grand-pere grand-mere petit-fils petite-fille beau-pere belle-mere".split()) | {
        "sœur", "belle sœur"}  # (fold keeps the ligature œ: "sa sœur", f-speakers26)
"""Nouns of kinship (folded; Grevisse § 476 for their genders): a person introduced as
someone's relative ("Sa fille, Martine Rossi") is named by that relation."""


_OFFICE_HEADS = ROLE_NOUNS | frozenset(
    "avocat avocate procureur procureure substitut enqueteur enqueteuse expert experte "
    "greffier greffiere magistrat magistrate porte-parole".split())
"""Folded heads of an office or a profession of the court and of public life: a person
introduced by one is named by it, not by an age noun ("l'avocat général, Paul Lefort" is
not "le jeune homme")."""


def _unaged_referent(text: str, speaker: str, start: int
                     ) -> tuple[str, tuple[int, int]] | None:
    """The person an age noun with no stated age anywhere ("le jeune homme", "la jeune
    femme": :func:`veille.enrich.age_nouns.age_noun`) at ``start`` refers back to: the
    nearest person named before it in the 1,000 characters before, outside quotes, of the
    noun's gender, who holds no office (``_OFFICE_HEADS``: "le procureur, Laurent de
    Caigny" is described by his office, not his age) and whose stated age, if any, is in
    the noun's range. "… contre Kevin Morel … a martelé le procureur, X. Le jeune homme …
    a-t-il dit" is Kevin Morel (t-enrich24 E4: a definite description resolves to the
    nearest compatible mention, Poesio & Vieira 1998). None when no such person."""
    noun = age_noun(speaker)
    if noun is None:
        return None
    gender = noun[2] or {"le": "m", "la": "f"}.get(
        fold(text[max(0, start - 3):start].strip()), "")
    spans = quoted_spans(text)
    before = start
    seen: set[str] = set()
    for _ in range(6):
        name, span = _last_person(text, before, spans, gender=gender)
        if not name or start - span[1] > 1000:
            return None
        before = span[0]
        if fold(name) in seen:
            continue
        seen.add(fold(name))
        if gender and _own_gender(text, span) not in ("", gender):
            continue
        if any(set(i.heads) & _OFFICE_HEADS for i in _person_roles(text, span)):
            continue
        if age_disagrees(text, speaker, span) or re.match(r"(?:Me|Maître|Dr|Pr)\.?\s", name):
            continue  # (a lawyer's or doctor's title is an office too)
        return name, span
    return None


def _other_office(text: str, speaker: str, span: tuple[int, int]) -> bool:
    """Whether ``speaker`` is an office ("le ministre", "le maire": ``TITLE_NOUNS``) and
    the person mentioned at ``span`` was introduced with roles none of which is that
    office ("son porte-parole, Paul Martin" is not "le ministre" who speaks next): an
    office names its holder, not whoever spoke last."""
    head = fold(speaker.split()[0]) if speaker.split() else ""
    if head not in TITLE_NOUNS or span[0] < 0:
        return False
    roles = _person_roles(text, span)
    return bool(roles) and all(head not in i.heads for i in roles)


def _disagreeing_person(text: str, speaker: str, start: int, span: tuple[int, int]
                        ) -> bool:
    """Whether the person description ``speaker`` (at ``start``, after its determiner)
    cannot name the person mentioned at ``span``: its determiner or noun marks the other
    gender ("le sélectionneur" is not "la présidente Odile Ferrand": a determiner's gender
    is its referent's, Grevisse § 476), or that person was introduced with roles none of
    which is the description's head, a role it stands for (``STANDS_FOR``) or a hypernym
    of every role (``GENERIC_PERSON_NOUNS``): "l'entraîneur" is not "le maire, Paul
    Durand" (a definite description refers back to an antecedent of the same head, a
    synonym or a hyponym; Poesio & Vieira 1998). A body ("le syndicat") never disagrees:
    it speaks for itself (issue 16, verify15 R1)."""
    if span[0] < 0 or not speaker.split() or not is_person_noun(speaker):
        return False
    gender = _description_gender(text, speaker, start)
    if gender and _own_gender(text, span) not in ("", gender):
        return True
    head = fold(speaker.split()[0])
    if head in GENERIC_PERSON_NOUNS and head not in STANDS_FOR:
        return False  # ("l'élu" names only an elective office's holder: ``STANDS_FOR``)
    # an office given with a definite article ("le maire, Paul Durand", "la présidente
    # Odile Ferrand"), not a possessive's object ("sur son retour, Anne Morel") nor an
    # action ("pour la présentation du JT, Laurence Ferrari")
    roles = [i for i in _person_roles(text, span) if is_person_noun(i.role) and re.search(
        r"(?i)(?<![\w'’])(?:le|la|l['’])\s*" + re.escape(i.role),
        text[max(0, i.start - len(i.role) - 12):i.end + len(i.role) + 12])]
    stands = {fold(w) for phrase in roles_stood_for(speaker)
              for w in [*phrase.split(), phrase]}  # ("premier ministre" is one head)
    return bool(roles) and all(head not in i.heads and not stands & i.heads for i in roles)


def _person_roles(text: str, span: tuple[int, int]) -> list[Introduction]:
    """The introductions of the person mentioned at ``span``, at that mention or at an
    earlier one of the same surname: "Le suspect, Marc Payet, … M. Payet a nié" gives
    "M. Payet" the role "suspect" (a person is introduced once, then named by title and
    surname; Grevisse § 343 for the apposition)."""
    roles = _roles_at(text, span)
    surname = text[span[0]:span[1]].split()[-1:] if span[0] >= 0 else []
    if roles or not surname or not surname[0][:1].isupper():
        return roles
    return [i for i in introductions(text, span[0])
            if i.name.split()[-1] == surname[0] and " " in i.name]


def _described_before(text: str, speaker: str, name: str, span: tuple[int, int]) -> bool:
    """Whether the description ``speaker`` ("dalaï lama") names a referent of its own
    rather than the person ``name`` (mentioned at ``span``): it stood in the text, with a
    definite article and not right beside a name (an apposition introduces a person: "le
    président Paul Martin"), before that person was first mentioned, and that person was
    introduced with a role of another head ("son interprète en France, Matthieu Ricard":
    ``quotes_refs.introductions``). A discourse-old entity is named again by its
    description (Prince 1992), and a definite description refers back to an antecedent
    whose head it shares (Poesio & Vieira 1998); "Le ministre de l'Education propose …
    Xavier Darcos, a déclaré …" stays one person (no other role given)."""
    first = text.find(name)
    if not speaker or first < 0 or span[0] < 0:
        return False
    words = r"\s+".join(re.escape(w) for w in speaker.split())
    if not any(_NAME_AFTER.match(text, match.end()) is None
               for match in re.compile(r"(?i)\b(?:le|la|l['’])\s*" + words + r"\b").finditer(
                   text, 0, first)):
        return False
    roles = _roles_at(text, span)
    head = fold(speaker.split()[0])
    return bool(roles) and all(head not in i.heads for i in roles)


_NAME_AFTER = re.compile(r"[\s,]+[A-ZÀ-Ý][\w'’-]+")


def _roles_at(text: str, span: tuple[int, int]) -> list[Introduction]:
    """The introductions (``quotes_refs.introductions``) of the mention at ``span``."""
    return [i for i in introductions(text, span[1] + MAX_ROLE_CHARS)
            if i.start < span[1] and span[0] < i.end]


_PLURAL_NOUN_PHRASE = re.compile(
    r"(?i)\b(?:les|des|aux)\s+((?-i:[a-zà-ÿ][\w'’-]+)(?:\s+(?:de|du|des|de la|d['’]|de l['’])"
    r"\s*[\w'’-]+|\s+(?-i:[a-zà-ÿ][\w'’-]*s)\b){0,2})")


def _last_plural(text: str, start: int) -> tuple[str, tuple[int, int]] | None:
    """Whom "ces derniers" at ``start`` names: the last plural noun phrase before it, in the
    preceding 300 characters ("… les élus et les représentants des salariés. Ces derniers":
    "représentants des salariés"; "ce dernier" designates the last one named, Grevisse
    § 700)."""
    window = max(0, start - 300)
    found = list(_PLURAL_NOUN_PHRASE.finditer(text, window, start))
    if not found:
        return None
    last = found[-1]
    return last.group(1), (last.start(1), last.end(1))


def _headline(text: str, quote: Quote) -> bool:
    """A quote that is a line by itself with no speaker and either the first line (the
    title) or a line with no final punctuation (a subheading: titles take no final period,
    Lexique des règles typographiques en usage à l'Imprimerie nationale); a later line
    ending with a period is a speaker's sentence in one-sentence-per-line texts."""
    line_end = text.find("\n", quote.end)
    line_start = text.rfind("\n", 0, quote.start) + 1
    line = text[line_start if text[:line_start].strip() else 0:
                line_end if line_end >= 0 else len(text)]
    if re.fullmatch(r"\s*[«“\"]\s*" + re.escape(quote.text) + r"\s*[»”\"]\s*", line) is None:
        return False
    return not text[:line_start].strip() or not re.search(r"[.!?…]$", quote.text.rstrip())


def _own_gender(text: str, span: tuple[int, int]) -> str:
    """The gender a speaker's own words or the words before it mark: "M. Bertrand" is
    "m", "Mme Borne" "f", "la ministre X" "f"; "" when nothing says."""
    own = text[span[0]:span[1]] if span[0] >= 0 else ""
    if re.match(r"(?:M\.|MM\.|Monsieur|Mr\.?)\s", own):
        return "m"
    if re.match(r"(?:Mme|Mlle|Madame|Mademoiselle|Mrs|Ms|Miss)\b", own):
        return "f"
    taken_up = _full_name_gender(text, own, span[0]) if span[0] >= 0 else ""
    # a surname alone has the gender of the full name it takes up, before a determiner's
    # ("Le Pen" is Marine Le Pen's, no "le": t-final55b A9)
    return taken_up or (_gender(text, span[0]) if span[0] >= 0 else "")


_FULL_NAME_PARTICLE = (r"(?:(?:Le|La|De|Du|Des|Van|Von|Di|Da|de|du|des|van|von|di|da)\s+|"
                       r"[dD]['’]\s*)?")
"""A surname's particle between a given name and the surname ("Marine Le Pen", "Charles
de Gaulle")."""


def _with_particle(text: str, name: str, span: tuple[int, int]
                   ) -> tuple[str, tuple[int, int]]:
    """``name`` at ``span`` with the surname's particle written before it when a full name
    before it holds both ("Pen" after "Marine Le Pen" is "Le Pen": the capitalised
    particle was read as an article); ``name`` itself otherwise."""
    particle = re.search(r"(?<![\w'’-])(?:Le|La|De|Du|Van|Von|Di|Da)[ \xa0]+$",
                         text[max(0, span[0] - 4):max(0, span[0])])
    if particle is None or " " in name or not name or span[0] < 0:
        return name, span
    start = max(0, span[0] - 4) + particle.start()
    whole = text[start:span[1]]
    if re.search(r"[A-ZÀ-Ý][\w'’.-]*\s+" + re.escape(whole) + r"\b", text[:start]) is None:
        return name, span
    return whole, (start, span[1])


def _full_name_gender(text: str, surname: str, before: int) -> str:
    """The gender of the one full name before ``before`` that ends on ``surname`` (a
    single capitalised word): its title's or its given name's ("Mazón told reporters"
    after "The regional president Carlos Mazón", t-enrich25 E1; "Le Pen" after "Marine
    Le Pen", past the particle); "" when none, or when several full names end so
    ("Laura Bush" and "George W. Bush" leave "Bush" unmarked)."""
    if not re.fullmatch(r"[A-ZÀ-Ý][\w'’-]+", surname):
        return ""
    fulls = list(re.finditer(r"([A-ZÀ-Ý][\w'’.-]*)\s+" + _FULL_NAME_PARTICLE
                             + re.escape(surname) + r"\b", text[:before]))
    if not fulls or len({m.group(1) for m in fulls}) != 1:
        return ""
    full = fulls[-1]
    return _gender(text, full.start()) or given_name_gender(full.group(1)) or ""


_OUTLET_BEFORE = re.compile(r"(?i)\b(?:magazine|journal|quotidien|hebdomadaire|mensuel|"
                            r"revue|site|chaîne|radio|station|agence)\s+$")
"""A noun naming a publication or a channel right before a capitalised name ("en une du
magazine Le Point"): the name is the outlet's, no person a pronoun may stand for."""


_THE_BEFORE = re.compile(r"(?i)(?<![\w'’-])the\s+$")
"""The English definite article before a capitalised run: a building, a body or a place
("outside the Old Bailey", "the White House"), never a person's name (t-enrich21 E5)."""


_ORGANISATION_BEFORE = re.compile(
    r"(?i)(?:\b(?:le|la|les|un|une|du|des|au|aux)\s+|\b[ld]['’]\s*)(?:" + "|".join(
        map(re.escape, (*ORGANISATION_NOUNS, "fondation", "collectif", "fédération", "ONG",
                        "coopérative", "confédération"))) + r")\s+$")
"""An organisation's common noun with its determiner right before a name ("dans les
locaux de l'association France Victimes 68"): the name is the organisation's, never a
person's, whatever given name opens it (t-enrich25 E4)."""


def _last_person(text: str, before: int, spans: Sequence[tuple[int, int]] = (), *,
                 other_than: str = "", gender: str = "") -> tuple[str, tuple[int, int]]:
    """The last person's name ("Thierry Roland") in the 1,000 characters before
    ``before``, outside the quoted ``spans`` (« un nouveau Bretton Woods » names no one):
    whom a pronoun with no earlier speaker refers to. ``other_than``: not a name ending
    with that speaker's surname; ``gender``: not a name whose words mark the other one."""
    window_start = max(0, before - 1000)
    surname = other_than.split()[-1] if other_than else ""
    names = [m for m in re.finditer(_PERSON_RUN, text[window_start:before])
             if not any(s <= window_start + m.start() < e for s, e in spans)
             and fold(m.group().split()[0]) not in LEADING_WORDS  # not "Comment Sarkozy"
             and not re.fullmatch(_OPENING_ADVERB, m.group())  # not "Después"
             and not (surname and m.group().split()[-1] == surname)
             and not (gender and _gender(text, window_start + m.start()) not in ("", gender))
             and not (gender and {"Le": "m", "La": "f"}.get(m.group().split()[0], gender)
                      != gender)  # "Le Point" is no "elle"
             and not _OUTLET_BEFORE.search(text, max(0, window_start + m.start() - 30),
                                           window_start + m.start())
             and not _in_participle_aside(text, window_start + m.start(), before)
             and not _THE_BEFORE.search(text, max(0, window_start + m.start() - 5),
                                        window_start + m.start())
             and not _ORGANISATION_BEFORE.search(text, max(0, window_start + m.start() - 40),
                                                 window_start + m.start())
             and not (gender and (_elided_noun_of_other_gender(
                 text, window_start + m.start(), gender) or _elided_other_gender(
                 text, m.group(), window_start + m.start(), gender)))]
    if not names:
        return "", (-1, -1)
    last = names[-1]
    return last.group(), (window_start + last.start(), window_start + last.end())


_ELIDED_NOUN_BEFORE = re.compile(r"(?<![\w'’])[Ll]['’][ \t\u00a0]*([a-zà-ÿ]+)[ \t\u00a0]+$")


def _elided_noun_of_other_gender(text: str, at: int, gender: str) -> bool:
    """Whether the name at ``at`` follows an elided article and a noun whose ending marks
    the gender other than ``gender`` ("L'usine Lames Durandal": a feminine noun's name is
    no "il"; f-speakers33, the "il" of the next quote went to the firm)."""
    elided = _ELIDED_NOUN_BEFORE.search(text, max(0, at - 30), at)
    return elided is not None and \
        noun_gender_by_ending(elided.group(1)) not in ("", gender)


def _body_speaker(speaker: str) -> bool:
    """Whether a speaker is a body rather than people: one capitalised word ("Matignon",
    "Bercy") or a body's noun ("le ministère"); never a person's name, a description of
    a person ("garde des Sceaux") nor coordinated people ("X et Y")."""
    words = speaker.split()
    if not words or " et " in speaker or _person_shaped(speaker):
        return False
    return (len(words) == 1 and speaker[:1].isupper()) or is_body(words[0])


def _person_of_epicene_title(text: str, history: Sequence[tuple[str, tuple[int, int]]],
                             gender: str) -> tuple[str, tuple[int, int]] | None:
    """The last speaker of ``history`` who is a person's full name whose gender only a
    masculine role marks ("Le secrétaire général de la CFDT, Marylise Léon": French
    gives women masculine titles, Grevisse § 487) when ``gender`` is "f": a feminine
    pronoun may take her up rather than a body; None when none, or when a title ("M.")
    or the given name marks the other gender."""
    if gender != "f":
        return None
    for name, span in reversed(history):
        if not _person_shaped(name) or span[0] < 0:
            continue
        own = text[span[0]:span[1]]
        if re.match(r"(?:M\.|MM\.|Monsieur|Mr\.?)\s", own) or \
                given_name_gender(own.split()[0]) == "m":
            return None
        return name, span
    return None


def _latest_named(text: str, start: int, feminine: bool,
                  previous: tuple[str, tuple[int, int]]) -> tuple[str, tuple[int, int]] | None:
    """Whom "ce dernier" / "cette dernière" at ``start`` names: the LAST one named before
    it ("X a reçu son homologue, Y. « … », a déclaré ce dernier": Y, not the sentence's
    subject X; Grevisse § 696, "le dernier" is the nearer of two; t-enrich23 E7): the last
    person named outside quotes, of its gender, unless the ``previous`` speaker (a body
    too: "précise le Comité") was named after that person, or the person is a noun's
    complement ("le temple de Preah Vihear"): then the previous speaker. None when
    neither."""
    spans = quoted_spans(text)
    last = _last_person(text, start, spans, gender="f" if feminine else "m")
    fallback = previous if previous[0] and previous[1][0] >= 0 else None
    role = _unnamed_role_before(text, start, spans, "f" if feminine else "m")
    if role is not None and all(role[1][0] > other[1][0] for other in (last, fallback)
                                if other is not None and other[0]):
        # "la députée X a demandé au ministre de la Santé « … ». Ce dernier a promis …":
        # the last one mentioned is the minister, named by his office only (t-final25 F4)
        return role
    if not last[0] or re.search(r"(?i)(?:\bd(?:e|u|es)|\bd['’])\s*$",
                                text[max(0, last[1][0] - 5):last[1][0]]):
        return fallback
    if fallback is not None and fallback[1][0] > last[1][0]:
        return fallback
    return last


_UNNAMED_ROLE = re.compile(
    r"(?i)\b(le|la|au|du|l['’]|à la|de la)[ \xa0]*([a-zà-ÿ-]+)\b")
"""A determiner (or one contracted with "à"/"de") before a noun: a candidate mention of a
person by office ("au ministre de la Santé")."""


def _unnamed_role_before(text: str, start: int, spans: Sequence[tuple[int, int]],
                         gender: str) -> tuple[str, tuple[int, int]] | None:
    """The last office mentioned without a name in the sentence before ``start`` or the
    one holding it ("a demandé au ministre de la Santé « … ». Ce dernier …" → "ministre de
    la Santé", span of the noun phrase), of ``gender`` ("m"/"f", from the determiner; an
    elided "l'" agrees with either), outside quoted ``spans``. None when the office is
    followed by a name (the name is then the mention) or there is none."""
    opening = max(text.rfind(m, 0, max(0, start - 1)) for m in (". ", "? ", "! ", "\n"))
    found = None
    for match in _UNNAMED_ROLE.finditer(text, max(0, opening), start):
        if fold(match.group(2)) not in _OFFICE_HEADS or \
                any(s - 1 <= match.start() < e + 1 for s, e in spans):
            continue
        det = fold(match.group(1)).replace("’", "'")
        own = {"le": "m", "au": "m", "du": "m", "la": "f", "a la": "f", "de la": "f"}.get(det, "")
        if own and own != gender:
            continue
        found = match
    if found is None:
        return None
    phrase = re.match(r"[^,.;:()«»“”\"\n]*?(?=\s*[,.;:()«»“”\"\n]|\s+(?:a|ont|avait|est|qui|"
                      r"que|se|s['’]|ne|n['’]|lui|leur|pour|sur|après|avant|lors)\b|$)",
                      text[found.start(2):start])
    words = phrase.group() if phrase is not None else found.group(2)
    after = text[found.start(2) + len(words):found.start(2) + len(words) + 40]
    if re.match(r"\s*,?\s*(?:M\.|Mme\s)?[A-ZÀ-Ý][a-zà-ÿ]+\s+[A-ZÀ-Ý]", after) or \
            re.search(r"\s[A-ZÀ-Ý][a-zà-ÿ]+\s+[A-ZÀ-Ý][a-zà-ÿ]+$", words) or len(words.split()) > 8:
        return None
    return words, (found.start(2), found.start(2) + len(words))


_HONORIFICS = frozenset("m mme mlle mmes mm monsieur madame mr mrs ms miss dr me pr".split())
"""Honorifics before a name (folded, no full stop): part of how the name is written ("Mme
Jeanne Roy", "Mrs Jane Porter"), not a job title."""


def _honorific(names: str) -> bool:
    """Whether ``names`` opens with an honorific (:data:`_HONORIFICS`)."""
    first = names.split()[0] if names.split() else ""
    return fold(first).rstrip(".") in _HONORIFICS


def _before_given_name(names: str) -> int:
    """Where a person's name starts in a run of three or more capitalised words whose
    first is no given name and whose second is one: "Ecolo Georges Dinant" → 6 ("le député
    Ecolo Georges Dinant": a party's name stands between the role and the person's given
    name, newuser17a H5); 0 otherwise."""
    words = names.split()
    if len(words) > 2 and not _honorific(names) and not given_name_gender(words[0]) and \
            words[1][:1].isupper() and given_name_gender(words[1]):
        # (a lower-case particle is no given name: "Abdelaziz ben Salmane", t-enrich21 E9)
        return names.index(words[1], len(words[0]))
    return 0


def _in_participle_aside(text: str, at: int, before: int) -> bool:
    """Whether the name at ``at`` stands in the detached participle phrase opening the
    sentence that goes on to ``before`` ("Surpris par la politique du président X, il
    déclara"): that phrase describes the sentence's subject, and a name in its complement
    is someone else (Grevisse § 333)."""
    opening = max(text.rfind(m, 0, at) for m in (". ", "! ", "? ", "\n", "» ", "; ")) + 1
    chunk = text[opening:at].lstrip(" »")
    return "," in text[at:before] and not re.search(r"[.!?;\n]", text[at:before]) and (
        _PARTICIPLE_ASIDE.match(chunk) is not None
        or _DETACHED_PARTICIPLE.match(chunk) is not None) and "," not in chunk


_SPEAKER_ASIDE = re.compile(
    r"(?i)^(?:(?:de|pour)\s+)?(?:(?:son|leur)\s+côté|(?:sa|leur)\s+part)\b[\s,]*|"
    r"^quant\s+à\s+(?:lui|elle|eux|elles)\b[\s,]*|"
    r"[\s,]+(?:de\s+(?:son|leur)\s+côté|pour\s+(?:sa|leur)\s+part|"
    r"quant\s+à\s+(?:lui|elle|eux|elles))$")
"""Adverbials of contrast around a speaker ("», prévient de son côté Force ouvrière",
"», ajoute pour sa part X", "X, quant à lui, …"): they say whose turn it is, and are no
part of the name (French adverbial locutions, Grevisse § 965)."""


def _without_aside(cue: str, speaker: str, start: int, end: int
                   ) -> tuple[str, str, int, int]:
    """The speaker less the contrast adverbials of ``_SPEAKER_ASIDE`` at either end."""
    while speaker and (aside := _SPEAKER_ASIDE.search(speaker)) is not None:
        if aside.start() == 0:
            speaker, lead = strip_leading(speaker[aside.end():])  # "de son côté la CFDT"
            start += aside.end() + lead
        else:
            speaker, end = speaker[:aside.start()], start + aside.start()
    return cue, speaker, start, end


_MOUTH = re.compile(r"(?i)(?:la\s+)?bouche\s+(?:de\s+la\s+|de\s+l['’]|de\s+|du\s+|des\s+|d['’])\s*"
                    r"(?=\w)")


def _without_mouth(cue: str, speaker: str, start: int, end: int
                   ) -> tuple[str, str, int, int]:
    """The speaker less "la bouche de" ("dans la bouche de Marc Aubert, qui promet de
    « … »": the words are Marc Aubert's; a metonymy of the speaker, like "par la voix
    de")."""
    mouth = _MOUTH.match(speaker)
    if mouth is None or mouth.end() >= len(speaker):
        return cue, speaker, start, end
    return cue, speaker[mouth.end():], start + mouth.end(), end


_INTERVIEW_HEAD = re.compile(
    r"(?i)^(?:(?:entretien|interview|rencontre|conversation|dialogue)\s+avec|"
    r"(?:entretien|interview|portrait)\s+(?:de|d['’]))\s*(?=[A-ZÀ-Ý])")
"""A headline's interview head before the interviewee ("Entretien avec X : « … »")."""


def _without_interview(cue: str, speaker: str, start: int, end: int
                       ) -> tuple[str, str, int, int]:
    """The speaker less an interview head ("Entretien avec Sophie Binet" → "Sophie
    Binet"): the headline quotes the interviewee; the head is the genre, no speaker
    (newuser14a E3: the whole head was the speaker, then a body's words fell back to it)."""
    if _GENRE_ONLY.fullmatch(speaker.strip()):
        # "Entretien : « … »": the genre alone names no one (verify17 Y9)
        return cue, "", start, start
    head = _INTERVIEW_HEAD.match(speaker)
    if head is None:
        return cue, speaker, start, end
    return cue, speaker[head.end():], start + head.end(), end


_GENRE_ONLY = re.compile(
    r"(?i)(?:grand\s+)?(?:entretien|interview|rencontre|conversation|dialogue|portrait|"
    r"témoignage|temoignage|reportage|récit|recit|enquête|enquete|analyse|"
    r"décryptage|decryptage|éditorial|editorial|chronique|vidéo|video|podcast|verbatim|"
    r"exclusif)")
"""A headline's rubric before a colon, the article's genre ("Entretien", "Témoignage",
"Reportage"): no speaker ("La Tribune" is a newspaper)."""


_PLACE_COMPLEMENT = re.compile(
    r"\s+(?:in\s+(?:the\s+)?(?=[A-Z])|à\s+(?=[A-ZÀ-Ý][\w'’-]*(?:\s|$)))[^,;:()]*$")
"""A location complement closing a speaker: English "in" before a capitalised name ("the
court in Paris", "officials in the Kremlin"), French "à" before a place name with no
article ("la cour à Paris"). A locative adjunct modifies the head noun without naming
it (Quirk et al. 1985 § 17.39, postmodification by a prepositional phrase of place), so
the speaker is the head noun phrase. French "de" is kept: "le tribunal de Paris", "le
maire de Lyon" name one institution or office (the complement is part of the name), and
so is English "of" ("the mayor of London"); "à l'Industrie" (with an article) is an
office's field, not a place."""


def _without_place(cue: str, speaker: str, start: int, end: int
                   ) -> tuple[str, str, int, int]:
    """The speaker less a location complement (:data:`_PLACE_COMPLEMENT`) after its head
    noun ("court in Paris" → "court", spanning only the head)."""
    found = _PLACE_COMPLEMENT.search(speaker)
    if found is None or not _WORDS.search(speaker[:found.start()]):
        return cue, speaker, start, end
    return cue, speaker[:found.start()], start, start + found.start()


_CAPITAL_ARTICLE = re.compile(r"(?<=[\w,;:»”\"]\s)(?:Le|La|Les)\s+$|(?<=[\w,;:»”\"]\s)L['’]$")


def _with_article(cue: str, speaker: str, start: int, end: int, text: str
                  ) -> tuple[str, str, int, int]:
    """The speaker with the capitalised article of its name: "», écrit Le Monde" is "Le
    Monde", not "Monde". Inside a sentence, a capitalised "Le", "La", "Les", "L'" before a
    capitalised word is part of a title's name (Lexique des règles typographiques en usage
    à l'Imprimerie nationale: "Le Monde", "La Tribune"), so the speaker and its span keep
    it and link to the entity named with it."""
    if start < 0 or not speaker[:1].isupper():
        return cue, speaker, start, end
    article = _CAPITAL_ARTICLE.search(text, max(0, start - 6), start)
    if article is None:
        return cue, speaker, start, end
    return cue, text[article.start():end], article.start(), end


_INCISE_SPEAKER = re.compile(
    r"(?i)^(?:[a-zà-ÿ]+-t-|[a-zà-ÿ]+-)(il|elle|ils|elles|on)(?:\s+[a-zà-ÿ'’-]+){0,4}$")
"""An incise as the speaker span ("a-t-elle ajouté", "poursuit-il"): its subject is
the inverted pronoun (Grevisse § 377, the subject after the verb in an incise)."""

_LEADING_TIME = frozenset(
    "hier demain aujourd'hui aujourd’hui lundi mardi mercredi jeudi vendredi samedi dimanche "
    "dernier derniere prochain prochaine matin soir midi encore aussi deja alors ensuite "
    "enfin egalement toujours meme soudain desormais recemment aussitot".split())
"""Words of a time adverbial (folded) that end up before a subject inverted after an
incise's verb ("s'insurgeait vendredi dernier l'académie des Sciences"): no part of the
noun phrase (Grevisse § 394, the subject after the verb and its adverbials)."""

_AFTER_CUT = re.compile(r"(?i)(?:\s+(?:de|du|des|d['’]|et|ou|qui|que|qu['’]|à|au|aux|en))+$")
_QUANTIFIER = frozenset(
    "les des deux trois quatre cinq six sept huit neuf dix plusieurs certains certaines "
    "autres nombreux quelques ces ses leurs".split())


def _speaker_phrase(cue: str, speaker: str, start: int, end: int
                 ) -> tuple[str, str, int, int]:
    """The speaker span as a noun phrase (t-enrich19 E9): an incise taken as the span
    ("… », a-t-elle ajouté, avant de lancer : « … »") is its inverted pronoun ("elle",
    resolved as any pronoun); leading time words are dropped ("dernier l'académie des
    Sciences" → "académie des Sciences"), and the span stops before a finite verb after
    its head ("lycéens de l'UNL jugent de" → "lycéens de l'UNL": a verb ends the subject,
    Grevisse § 229), then before a trailing preposition or conjunction. Only a plural
    present or imperfect form ("-ent", "-ont") is cut at: a singular form is often an
    adjective too ("policière", "étrangères" are verb forms of the lexicon)."""
    if start < 0 or not speaker:
        return cue, speaker, start, end
    incise = _INCISE_SPEAKER.match(speaker)
    if incise is not None:
        return cue, incise.group(1), start + incise.start(1), start + incise.end(1)
    lead = 0
    for word in re.finditer(r"[^\s]+", speaker):
        if fold(word.group()) not in _LEADING_TIME or word.group()[:1].isupper() or \
                not speaker[word.end():].strip():
            break
        lead = word.end() + len(speaker[word.end():]) - len(speaker[word.end():].lstrip())
    if lead and re.match(r"(?i)(?:le|la|les|l['’]|[a-zà-ÿ]{3,})", speaker[lead:]):
        phrase, article = strip_leading(speaker[lead:])
        speaker, start = phrase, start + lead + article
    words = list(re.finditer(r"[^\s]+", speaker))
    lexicon = french()
    for n, word in enumerate(words):
        token = word.group()
        if n == 0 or not token.isalpha() or not token.islower() or \
                not token.endswith(("ent", "ont")) or not lexicon.is_verb_form(token) or \
                fold(words[n - 1].group()) in _QUANTIFIER or \
                words[n - 1].group().lower() in ("de", "du", "des", "la", "l'", "l’", "d'",
                                                 "d’", "le", "un", "une") or re.search(
                    r"(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|ant|ante|ants|antes|int|inte|"
                    r"ints|intes|it|ite|its|ites|ert|erte|erts|ertes)$", token):
            continue
        cut = _AFTER_CUT.sub("", speaker[:word.start()].rstrip())
        if cut.strip():
            return cue, cut, start, start + len(cut)
        break
    return cue, speaker, start, start + len(speaker)


_STOP_IN_SPAN = re.compile(r"[.!?…]\s+(?=[^\W\d_a-zà-ÿ])")
"""A stop inside a speaker span followed by a letter that is no lower-case Latin letter:
a capital, or a letter of a script without case (Arabic, Hebrew, Chinese …) or of
another script's capitals (Greek, Cyrillic), which the sentence splitter does not know."""


_ABBREVIATION_STOP = re.compile(
    r"(?:\b(?:M|Mme|Mlle|MM|Me|Mgr|Dr|Pr|St|Ste|av|etc)\.|\b[A-ZÀ-Þ]\.)$")


_CLITICS_AND_AUXILIARIES = re.compile(
    r"(?i)\s*(?:(?:lui|leur|nous|vous|me|te|se|ne|y|en|a|ont|avait|avaient|aurait|avaient)"
    r"\s+|(?:m|t|s|n)['’]\s*)*")


def _described_speaker(subject: str, between: str) -> bool:
    """Whether ``subject``, a description ("son voisin", "le gardien"), is a person's and
    the subject of the verb of saying right after it, only clitics and auxiliaries in
    ``between`` ("son voisin lui a crié"): that person's words, not the reporter's."""
    noun = re.sub(r"(?i)^(?:le|la|les|l['’]|son|sa|ses|leur|leurs|mon|ma|mes|un|une|ce|"
                  r"cet|cette|ces)\s*", "", subject)
    return subject[:1].islower() and " " not in noun.strip() and \
        _CLITICS_AND_AUXILIARIES.fullmatch(between) is not None and is_person_noun(noun)


def _reported_inside(text: str, quote: Quote) -> bool:
    """Whether ``quote``'s speaker is a person described (no name) as the subject of a
    clause reported by someone else: "Marie raconte que son voisin lui a crié « … »". Her
    account goes on: a later "dit-elle" is hers, not the neighbour's (t-enrich20 E9)."""
    if quote.speaker_start < 0 or not quote.speaker[:1].islower():
        return False
    before = text[max(0, quote.speaker_start - 12):quote.speaker_start]
    return re.search(r"(?i)\b(?:que|qu['’])\s*(?:(?:le|la|les|l['’]|son|sa|ses|leur|leurs"
                     r"|mon|ma|mes|un|une)\s*)?$", before) is not None and \
        quote.start > quote.speaker_end


def _within_sentence(cue: str, speaker: str, start: int, end: int
                     ) -> tuple[str, str, int, int]:
    """The speaker span cut to its last sentence: a span never crosses a stop that ends a
    sentence ("a déclaré le maire X mardi. الرئيس عبد المجيد تبون a réagi « … »" →
    "الرئيس عبد المجيد تبون", t-enrich20 E9: the name in another script is the subject of
    its own sentence, and the words before it are the previous sentence's incise);
    abbreviations and initials ("M. Dupont", "J. Martin") end no sentence."""
    if start < 0 or not speaker:
        return cue, speaker, start, end
    cut = -1
    for stop in _STOP_IN_SPAN.finditer(speaker):
        if _ABBREVIATION_STOP.search(speaker[max(0, stop.start() - 6):stop.start() + 1]):
            continue
        cut = stop.end()
    if cut < 0 or not speaker[cut:].strip():
        return cue, speaker, start, end
    return cue, speaker[cut:], start + cut, end


def _without_participle(cue: str, speaker: str, start: int, end: int
                        ) -> tuple[str, str, int, int]:
    """The speaker less a past participle phrase after its noun phrase: "une note du
    Trésor consultée par La Tribune" → "note du Trésor" (the agent of the participle,
    "La Tribune", only read the note; a participle postmodifying a noun ends its noun
    phrase, Grevisse § 333), "un communiqué de la CGT publié lundi" → "communiqué de la
    CGT" (a participle after a name's complement), "un élu local joint par RFI" → "élu
    local" (participles in -int too: "joindre", "atteindre"). A participle right after a
    common noun with no agent is kept: "le ministre délégué" is one title."""
    found = re.search(r"\s+[a-zà-ÿ]+(?:é|ée|és|ées|is|ise|ises|it|ite|its|ites|u|ue|us|ues|"
                      r"int|inte|ints|intes)(?=\s+(?:par|by)\s)", speaker)
    if found is None:
        found = re.search(r"(?<=[A-ZÀ-Ý][\w'’-]{2})\s+[a-zà-ÿ]+(?:é|ée|és|ées)$", speaker)
    if found is None or not _WORDS.search(speaker[:found.start()]):
        return cue, speaker, start, end
    return cue, speaker[:found.start()], start, start + found.start()


_ANTECEDENT = re.compile(r"(" + _PERSON_RUN + r")(?:\s*,[^,;:«»“”\"]{1,80})?\s*$")
_ANTECEDENT_ADJUNCTS = re.compile(r"(" + _PERSON_RUN + r")(?:\s*,[^,;:«»“”\"]{1,80}){0,3}\s*$")
"""Before "selon qui" or "pour qui": a name, then up to three comma-set groups, its
apposition and the adjuncts of the clause ("Sophie Binet, secrétaire générale de la CGT,
jeudi soir sur France 2, selon qui": a role, a time, a medium; t-final61 #1). A bare
"qui" keeps ``_ANTECEDENT`` (one apposition): "X, président de l'UNL, première
organisation lycéenne qui a salué" is the organisation's (rpm2 I)."""


def _named_antecedent(before: str, base: int, *, adjuncts: bool = False
                      ) -> tuple[str, int, int] | None:
    """The person a relative clause ("…, qui assure que « … »") speaks for when ``before``
    ends with a name, or a name and its apposition ("Sylvie Le Floch, déléguée CFDT à
    Laval, qui"): the apposition belongs to the name, and a relative pronoun's antecedent is
    the noun phrase it follows (Grevisse § 717), not a capitalised word inside it (the
    "Le" of "Le Floch" is no determiner, "Laval" no speaker). ``adjuncts``: up to three
    comma-set groups may follow the name (``_ANTECEDENT_ADJUNCTS``, before "selon qui")."""
    at = base
    pattern = _ANTECEDENT_ADJUNCTS if adjuncts else _ANTECEDENT
    while (match := pattern.search(before, at)) is not None:
        at = match.start(1) + 1
        if _CLAUSE_IN_APPOSITION.search(before, match.end(1), match.end()):
            # "Le gérant, Julien Mercadier, a cité l'architecte Paul Granger, qui": a
            # clause after the name is no apposition; the name it closes with is the
            # antecedent (r-quotes60)
            continue
        if fold(match.group(1).split()[0]) not in _NOT_SUBJECT and \
                not _AFTER_PREPOSITION.search(before[max(0, match.start() - 12):match.start()]):
            # not "le fondateur de MSF et Médecins du Monde, qui": a complement
            return match.group(1), match.start(1), match.end(1)
    return None


_CLAUSE_IN_APPOSITION = re.compile(r"(?i),\s*(?:a|ont|avait|avaient|est|sont|était|étaient)\s")
"""An auxiliary opening what follows a name's comma: a predicate, no apposition."""


_COMPLEMENT_BEFORE = re.compile(
    r"(?i)(?:\b(?:in|at|of|from|near|à|au|aux|en|de|du|des|dans|chez|près\s+de)\s+|"
    r"\b[dl]['’]\s*)(?:(?:the|la|le|les)\s+|l['’]\s*)?$")


def _in_complement(speaker: str, at: int) -> bool:
    """True when the word at ``at`` of ``speaker`` follows a preposition inside it ("court
    in Paris", "déléguée CFDT à Laval", "procureur de Paris"): a complement of the
    speaker's head noun, not the head."""
    return at > 0 and _COMPLEMENT_BEFORE.search(speaker[:at]) is not None


def link_speakers(quotes: Sequence[Quote], entities: Sequence[dict[str, object]],
                  lookup: Callable[[str], str], text: str = "",
                  countries: frozenset[str] | None = None) -> None:
    """Set each quote's ``speaker_id``: the entity with the first mention inside the
    speaker's span, else one whose name or alias (``lookup``: name → id or '') is the
    speaker's. A place or a person in a complement of the speaker's head ("the court in
    Paris", "l'avocat de X") is not the speaker and is not linked; an organisation there
    is whom a description speaks for ("un porte-parole de Renault"). A nationality noun
    (a MISC entity whose speaker is one adjective of the lexicon: "le Slovène") never
    speaks: it is the person named just before, else no entity; any other MISC speaker
    (an organisation the recogniser labels MISC: "l'association Utopia 56") keeps its
    own id (newuser14a E22), and so does a one-word name that ``text`` (the article's,
    when given) writes after a body's class noun ("l'association Respire", "le collectif
    Vigilance": ``_BODY_NOUN_BEFORE``): the noun names the body, never a person before
    it (verify18b V18).

    A role of an organisation ("le capitaine des Bleus", "le vice-président du RN": a
    person noun heading the speaker, ``quotes_refs.is_person_noun``) is a person, never
    the organisation of its complement: no link (t-enrich19 E2). ``countries`` (the ids of
    the article's places of kind "country"; None: not known, every whole-speaker place
    kept) restricts places: a place speaks only as a country standing for its government
    ("Washington", "Paris" for a state are not linked, a town never speaks), and only in
    the quote's own sentence ("selon X", "X a annoncé", not a country reached through a
    pronoun or a description); a single given name ("Hassan", also a town) is a person,
    never a place."""
    misc = {str(e["id"]) for e in entities if e.get("label") == "MISC"}
    places = {str(e["id"]) for e in entities if e.get("label") == "LOC"}
    others = {str(e["id"]) for e in entities if e.get("label") in ("ORG", "MISC", "LOC")}
    for quote in quotes:
        if not quote.speaker:
            continue
        titled = _TITLED_SPEAKER.match(quote.speaker.strip())
        role = _role_of_person(quote.speaker)
        inside = sorted(
            (int(m[0]), str(entity["id"])) for entity in entities
            for m in entity.get("mentions") or []  # type: ignore[attr-defined]
            if quote.speaker_start <= m[0] and m[1] <= quote.speaker_end
            and (not role if entity.get("label") == "ORG" else not _in_complement(
                quote.speaker, int(m[0]) - quote.speaker_start))
            and (entity.get("label") == "ORG" or not re.match(
                r"['’]s\s+[a-z]", quote.speaker[int(m[1]) - quote.speaker_start:]))
            # ("Keir Starmer's spokesman": an English genitive's person is whom the head
            # speaks for, not who speaks; an organisation there is, as "de Renault")
            and (entity.get("label") != "LOC" or not titled and _whole_speaker(
                quote.speaker, int(m[0]) - quote.speaker_start, int(m[1]) - int(m[0]))))
        if inside:
            quote.speaker_id = inside[0][1]
        elif titled:
            quote.speaker_id = _person_named(entities, titled.group(1))
        elif not common_noun(quote.speaker):  # "the union" is no "Union"
            quote.speaker_id = lookup(quote.speaker)
            if role and quote.speaker_id in others:
                # "la présidente du groupe RN à l'Assemblée": a person's title whose
                # complement names an organisation is a person, never that organisation
                # (t-final25 F9); unlinked rather than the party
                quote.speaker_id = ""
        if not quote.speaker_id and re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ'’-]{2,}", quote.speaker):
            # "a assuré la ministre de la Culture Hamon": a surname alone is the one
            # person of the article named in full with it, "Claire Hamon" (f-speakers24)
            quote.speaker_id = _person_named(entities, quote.speaker)
        if quote.speaker_id in places and not _country_speaking(
                quote, text, countries):
            quote.speaker_id = _person_named(entities, quote.speaker) \
                if _given_name_alone(quote.speaker) else ""
        if quote.speaker_id in misc and _demonym(quote.speaker) and not (
                text and quote.speaker_start > 0
                and _BODY_NOUN_BEFORE.search(text, 0, quote.speaker_start)):
            # "», a déclaré le Slovène": a nationality (a MISC entity) names no speaker of
            # its own; the noun refers back to the person named last before it (a
            # one-noun definite description, Poesio & Vieira 1998), else to no one
            # (with the article's text, :func:`demonym_referent` has given find_quotes
            # every person the noun may stand for: one left a noun is of no person
            # named, never the last one of another nationality, t-enrich22 E2)
            quote.speaker_id = "" if text else _person_before(
                entities, quote.speaker_start if quote.speaker_start >= 0 else quote.start)


def _role_of_person(speaker: str) -> bool:
    """Whether ``speaker`` is a role description headed by a person noun ("capitaine des
    Bleus", "le vice-président du Rassemblement national"): a lower-case head that may
    name a person (``quotes_refs.is_person_noun``), so the organisation of its complement
    is whose role it is, not who speaks. A spokesperson (:data:`SPOKESPERSON_NOUNS`: "le
    porte-parole de Renault", "une représentante de la CGT") speaks for the organisation:
    its words are the organisation's, and keep their link to it."""
    # (a determiner is a whole word: "Sa" of "Santé publique France" is none)
    words = re.sub(r"(?i)^(?:(?:le|la|les|un|une|son|sa|ce|cet|cette)\s+|l['’]\s*)", "",
                   speaker.strip()).split()
    return bool(words) and words[0][:1].islower() and is_person_noun(words[0]) \
        and words[0].lower() not in SPOKESPERSON_NOUNS


#: Heads of a speaker who speaks for an organisation, not for themself: the words of "le
#: porte-parole de la CGT" are the CGT's (its statement), unlike those of "le capitaine
#: des Bleus", which are the captain's.
SPOKESPERSON_NOUNS = frozenset({
    "porte-parole", "porte-paroles", "représentant", "représentante", "représentants",
    "représentantes", "spokesperson", "spokesman", "spokeswoman", "representative"})


def _given_name_alone(speaker: str) -> bool:
    """Whether ``speaker`` is one given name ("Hassan", "Marie"): a person, whatever
    place bears the same name."""
    words = speaker.split()
    return len(words) == 1 and bool(given_name_gender(words[0]))


def _country_speaking(quote: Quote, text: str, countries: frozenset[str] | None) -> bool:
    """Whether the place linked to ``quote``'s speaker may speak: a country (its id in
    ``countries``; any place when ``countries`` is None) standing for its government, a
    metonymy read only in the quote's own sentence ("selon Washington, « … »", "la
    France a annoncé : « … »"), outside any quote, and not a single given name."""
    if _given_name_alone(quote.speaker):
        return False
    if countries is None:
        return True
    if quote.speaker_id not in countries or quote.speaker_start < 0 or not text:
        return False
    low, high = sorted((quote.speaker_end, quote.start))
    between = text[low:high]
    return "\n" not in between and not re.search(r"[.!?…]\s+[A-ZÀ-Ý«“\"]", between) \
        and not any(s <= quote.speaker_start < e for s, e in quoted_spans(text))


_TITLED_SPEAKER = re.compile(r"^(?:M\.|MM\.|Mme|Mmes|Mlle|Me|Mgr|Dr|Pr)\s+(\S.*)$")
"""A speaker written with a person's title and a surname ("M. Paris", "Mme Lime"): a
person, whatever else the surname may name (newuser16a H2: "M. Paris" linked to the city)."""


def _whole_speaker(speaker: str, start: int, length: int) -> bool:
    """Whether a place's mention at ``start`` (``length`` characters) in ``speaker`` is the
    whole speaker but for a determiner: a place speaks only by metonymy, as its government
    ("Paris a répondu", "Washington estime"); one inside a longer speaker ("l'opérateur
    Lime", "le maire de Lyon") is some other speaker's name or complement (newuser16a H2:
    "l'opérateur Lime" linked to Lima)."""
    before = re.sub(r"(?i)^\s*(?:le|la|les|l['’])\s*", "", speaker[:start])
    return not before.strip() and not speaker[start + length:].strip(" ,.")


def _person_named(entities: Sequence[dict[str, object]], surname: str) -> str:
    """The id of the one person (PER) of the article whose name ends with ``surname``
    ("Jean Paris" for "M. Paris"), else ''."""
    wanted = surname.strip().casefold()
    found = {str(e["id"]) for e in entities if e.get("label") == "PER"
             and (str(e.get("name") or "").casefold() == wanted
                  or str(e.get("name") or "").casefold().endswith(" " + wanted))}
    return found.pop() if len(found) == 1 else ""


_BODY_NOUN_BEFORE = re.compile(
    r"(?i)(?<![\w'’])(?:(?:le|la|les|du|des|au|aux|un|une|cet|cette|ce)\s+|l['’]\s*)"
    r"(?:" + "|".join(ORGANISATION_NOUNS + (
        "collectif", "ONG", "fédération", "fondation", "coordination", "union",
        "mouvement", "comité", "confédération", "intersyndicale", "organisation",
        "coalition", "alliance", "conseil", "ligue", "amicale", "collectivité")) +
    r")s?(?:[ \t\u00a0]+(?-i:[a-zà-ÿ-]{3,}))?[ \t\u00a0]+$")
"""An article and a body's class noun (an organisation's, ``ORGANISATION_NOUNS``, or a
group's: "collectif", "ONG", "fédération"…), an adjective allowed ("l'ONG
britannique"), right before a name: French puts the body's name in apposition after its
class noun (Grevisse § 343), so the name is the body's, never a nationality noun ("le
Slovène" follows its determiner alone)."""


def _demonym(speaker: str) -> bool:
    """Whether a speaker's words are one nationality noun ("Slovène", "le Britannique",
    "l'Américaine"): a single capitalised word, after an optional determiner, that the
    lexicon files as an adjective (the French nationality nouns are the adjectives of
    nationality used as nouns, Grevisse § 555); "association Utopia 56", "Mediapart",
    "Telegram" are not."""
    words = re.sub(r"(?i)^(?:le|la|les|l['’])\s*", "", speaker.strip()).split()
    return len(words) == 1 and words[0][:1].isupper() and french().is_adjective(words[0])


MAX_DEMONYM_DISTANCE = 600
"""Most characters between a person's mention and a nationality noun referring back to
it ("Tadej Pogacar a remporté … « … », a déclaré le Slovène")."""


def _person_before(entities: Sequence[dict[str, object]], at: int) -> str:
    """The id of the person (PER) whose mention ends last before ``at``, within
    ``MAX_DEMONYM_DISTANCE`` characters, else ''."""
    best = (-1, "")
    for entity in entities:
        if entity.get("label") != "PER":
            continue
        for m in entity.get("mentions") or []:  # type: ignore[attr-defined]
            if at - MAX_DEMONYM_DISTANCE <= int(m[1]) <= at and int(m[1]) > best[0]:
                best = (int(m[1]), str(entity["id"]))
    return best[1]


MIN_UNQUOTED_QUESTIONS = 2
"""Fewest question lines, each followed by an answer line, that make a page an
interview whose answers are printed without quotation marks."""
_INTERVIEW_ANNOUNCED = re.compile(
    r"(?i)\b(?:répond(?:u|ait|ra)?\s+à\s+nos\s+questions|nous\s+a\s+répondu|"
    r"(?<![\w-])entretien\b|interview\b)")
"""What announces an interview before its first question ("Elle a répondu à nos
questions", "Entretien"): the questions then need not address the interviewee as "vous"
(issue 16, f-speakers22)."""
_NAME_LABEL = re.compile(r"[ \t\xa0]*[A-ZÀ-Ý][\w'’.-]*(?:[ \xa0][A-ZÀ-Ý][\w'’.-]*){0,3}"
                         r"[ \t\xa0]*:")
"""A speaker's label opening an answer line ("Patrice Gaudin : Non."): a labelled
interview, another layout than the unlabelled one an announcement vouches for."""
_ASK_LINE = re.compile(r"(?![ \t\xa0]*[«“\"])[^\n]{1," + str(MAX_QUESTION_LINE)
                       + r"}(?:\?|…|\.\.\.)[ \t\xa0]*")
"""An interviewer's line: a question ("?"), or a prompt left open ("Le gouvernement a
pourtant présenté un plan…"), words quoted in it allowed ("Vous écrivez que la France
« sous-estime » le risque. Pourquoi ?"), not opening with a quotation mark."""
_ANSWER_END = re.compile(r"(?i)^(?:propos recueillis|recueilli|interview réalisée|"
                         r"entretien réalisé|\(|\[|lire aussi|à lire)")
"""Lines after the last answer that are no answer: the interviewer's credit, a link."""
_HEADLINE_INTERVIEWEE = r"\s*({person})\s*(?:,[^:«»“”\"\n]{{0,120}})?\s*:\s*[«“\"]"
"""A headline naming its interviewee before the quote: "X, role : « … »" (``_PERSON_RUN``,
below, in place of {person})."""


_HEADLINE_INCISE = re.compile(r"[»”\"]\s*,\s*[a-zà-ÿ][\w'’-]*(?:-(?:t-)?(?:il|elle))?"
                              r"\s+(?:le|la|les|l['’]|un|une|[A-ZÀ-Ý])")
"""A headline's quote followed by its own incise ("Tramway de Québec : « … », assure le
maire"): the quote is that subject's, so the words before the colon are a kicker (the
topic), not the interviewee (t-enrich25 E3)."""


def _body_name(text: str, headline: str, start: int, before: int
               ) -> tuple[str, tuple[int, int]] | None:
    """The full name the body gives to a headline's titled surname ("Mayor Mamdani" →
    "Zohran Mamdani", from "New York City Mayor Zohran Mamdani spoke …"): an English title
    before the surname in the headline, the capitalised word before the same surname in
    the text from ``start`` to ``before`` no title; None otherwise (t-enrich21 E4)."""
    words = headline.split()
    if len(words) != 2 or fold(words[0]) not in ENGLISH_TITLES:
        return None
    for match in re.finditer(r"([A-ZÀ-Ý][\w'’-]+)[ \xa0]+" + re.escape(words[1]) + r"\b",
                             text[:before]):
        if match.start() >= start and fold(match.group(1)) not in ENGLISH_TITLES:
            return match.group(), match.span()
    return None


def _interviewee(text: str, before: int) -> tuple[str, tuple[int, int]]:
    """Who answers an interview's questions: the name opening a headline "X, role :
    « … »", else the first person named before the first question (the standfirst:
    "Chercheuse à …, Juliette Arnaud revient de …. Entretien."); ("", (-1, -1)) when no
    one is named."""
    headline = re.match(_HEADLINE_INTERVIEWEE.format(person=_PERSON_RUN), text)
    first_line = text[:text.find("\n")] if "\n" in text else text
    if headline is not None and "\n" not in text[:headline.start(1)] and \
            not _HEADLINE_INCISE.search(first_line, headline.end()):
        return _body_name(text, headline.group(1), headline.end(), before) or (
            headline.group(1), (headline.start(1), headline.end(1)))
    spans = quoted_spans(text)
    for match in re.finditer(_PERSON_RUN, text[:before]):
        if any(s <= match.start() < e for s, e in spans) or \
                fold(match.group().split()[0]) in LEADING_WORDS:
            continue
        if match.end() <= len(first_line) and re.match(r"\s*:", text[match.end():]) and \
                _HEADLINE_INCISE.search(first_line, match.end()):
            continue  # a headline's kicker ("Tramway de Québec : « … », assure le maire")
        return match.group(), (match.start(), match.end())
    return "", (-1, -1)


_TURN_LABEL = re.compile(
    r"[ \t\xa0]*(?:[—–-][ \t\xa0]*)?((?:Question|Q|Réponse|R)\.?|(?:(?:Le|La|Les|L['’])[ \xa0]*)?"
    r"[A-ZÀ-Ý][\w'’.-]*(?:[ \xa0](?:(?:de|du|des|d['’]|la|le|l['’])[ \xa0]*)?"
    r"[A-ZÀ-Ý][\w'’.-]*){0,4})[ \t\xa0]*[:—–][ \t\xa0]+(?=\S)")
"""A transcript's turn label opening a line: "Question :", "R. :", the outlet's name
("Le Monde :", "L'Écho du Berry :") or a person's ("Carine Vasseur :"), capitalised
words only (a narrative line, "Le ministre a déclaré : « … »", has lower-case ones)."""
_ASKING_LABELS = frozenset({"question", "q"})
_ANSWERING_LABELS = frozenset({"reponse", "r", "answer", "a"})
"""(English transcripts label the turns "Q:" and "A:", "Question:" and "Answer:":
t-enrich21 E4; "A" alone names no one.)"""
MIN_LABELLED_TURNS = 2
"""Fewest turns each of the two labels of a transcript interview needs."""


def _label_key(label: re.Match[str]) -> str:
    """A turn label's key: folded, "Question" and "Q" one ("q"), "Réponse" and "R" one
    ("r")."""
    key = fold(label.group(1).rstrip("."))
    words = label.group(1).split()
    if len(words) > 1 and not re.match(r"(?:Le|La|Les|L['’])(?![\w])", label.group(1)) and \
            re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ'’-]+", words[-1]):
        # "Jean-François Roberge :" then "J.-F. Roberge :": a person's label, given names
        # written in full or as initials, is one speaker by the surname (t-enrich24 E18)
        return "person " + fold(words[-1])
    return "q" if key in _ASKING_LABELS else "r" if key in _ANSWERING_LABELS else key


_TURN_GOES_ON = re.compile(r"[—–-][ \t\xa0]+\S")
"""A line opening with a dialogue dash: the last answer of an interview goes on there;
any other line after it is the journalist's closing narration (t-enrich25 E2)."""


def _new_paragraph(text: str, parts: Sequence[tuple[int, int]], at: int) -> bool:
    """Whether the line at ``at`` opens a new paragraph after the last of ``parts``: a
    blank line between them, or any line break in a text whose paragraphs have no blank
    line between them ("Non, j'ai appris beaucoup.\nEt je ne regrette rien." is one
    paragraph of a page whose paragraphs are blank-line separated)."""
    between = text[parts[-1][1]:at] if parts else ""
    return "\n\n" in between.replace("\r", "").replace(" ", "") or "\n\n" not in text


def _labelled_answers(text: str, lines: Sequence[tuple[int, int]]) -> list[Quote] | None:
    """The answers of an interview printed as a labelled transcript: each turn a line
    opening with its label, the interviewer's ("Question :", "Q :", or the outlet's
    name, "Le Monde :") and the interviewee's ("Réponse :", "R :", or the person's name,
    "Nicolas Hulot :"), two labels alternating, at least ``MIN_LABELLED_TURNS`` turns
    each, the headline (the first line) no turn (a press interview's
    "questions-réponses" layout, Agnès, *Manuel de journalisme*, ch. "L'interview").
    Each answer, its label cut and the unlabelled lines after it up to the next turn
    included, is a quote of the interviewee: the person its label names, else
    (:func:`_interviewee`) the person the page names before the first question; the
    questions are no one's quotes. The interviewer is the label "Question"/"Q", else the
    one whose turns end with a question mark most often, else the first turn's. An
    answer in quotation marks is left to the quoted rules. None for any other page."""
    turns = []
    for n, (s, e) in enumerate(lines):
        label = _TURN_LABEL.match(text, s, e) if n > 0 else None
        if label is not None and label.end() < e:
            turns.append((n, label))
    counts: dict[str, int] = {}
    for _, label in turns:
        counts[_label_key(label)] = counts.get(_label_key(label), 0) + 1
    labels = [k for k, c in counts.items() if c >= MIN_LABELLED_TURNS]
    if len(labels) != 2:
        return None
    turns = [(n, m) for n, m in turns if _label_key(m) in labels]
    sequence = [_label_key(m) for _, m in turns]
    if any(a == b for a, b in zip(sequence, sequence[1:], strict=False)) or \
            sequence[0] == "r":
        return None  # not alternating, or answering first: no interview
    asked = {k: sum(text[lines[n][1] - 1] == "?"
                    for (n, _), key in zip(turns, sequence, strict=True) if key == k)
             for k in labels}
    asking = "q" if "q" in labels else max(
        labels, key=lambda k: (asked[k], k == sequence[0]))
    if asking == "r":
        return None
    first_question = next(lines[n][0] for (n, _), key in zip(turns, sequence, strict=True)
                          if key == asking)
    fallback = _interviewee(text, first_question)
    found: list[Quote] = []
    for k, (n, label) in enumerate(turns):
        key = sequence[k]
        if key == asking:
            continue
        stop = turns[k + 1][0] if k + 1 < len(turns) else len(lines)
        parts: list[tuple[int, int]] = []
        for s, e in [(label.end(), lines[n][1]), *lines[n + 1:stop]]:
            line = text[s:e].strip()
            if _ANSWER_END.match(line) or (k + 1 == len(turns) and s != label.end()
                                           and _new_paragraph(text, parts, s)
                                           and not _TURN_GOES_ON.match(line)):
                break  # the last answer ends at its paragraph: what follows is the
                # journalist's, another person's quote included (t-enrich25 E2)
            if line[:1] in PAIRS:
                continue  # an answer in quotation marks: the quoted rules' (its label
                # introduces it, "Carine Vasseur : « … »")
            lead = len(text[s:e]) - len(text[s:e].lstrip())
            parts.append((s + lead, s + lead + len(line)))
        if not parts:
            continue
        fullest = max((m for (_, m), other in zip(turns, sequence, strict=True) if other == key),
                      key=lambda m: len(m.group(1)))  # the name in full, not "J.-F. Roberge"
        name, span = fallback if key == "r" else (fullest.group(1), fullest.span(1))
        found.append(Quote(parts[0][0], parts[-1][1],
                           " ".join(text[a:b] for a, b in parts), parts, speaker=name,
                           speaker_start=span[0], speaker_end=span[1], cue="answer"))
    return found

def _headline_to_interviewee(text: str, quotes: Sequence[Quote], first_question: int,
                             name: str, span: tuple[int, int]) -> None:
    """Give an interview's headline quote with no speaker of its own ("Entretien : « … »",
    verify17 Y9; "Urgences : « … »", a kicker) to the interviewee ``name`` (at ``span``),
    as the answers are, in place: a quote on the first line, before the first question
    (at ``first_question``)."""
    for quote in quotes:
        if name and not quote.speaker and quote.start < first_question and \
                "\n" not in text[:quote.start]:
            quote.speaker, quote.speaker_start, quote.speaker_end = name, *span


def _unquoted_answers(text: str, quotes: Sequence[Quote]) -> list[Quote]:
    """The answers of an interview printed without quotation marks (the usual layout of a
    French Q&A: the question on a line of its own, in bold or ending with "?", then the
    answer as plain paragraphs): in a page with at least ``MIN_UNQUOTED_QUESTIONS``
    question lines (``_QUESTION_LINE``: no quotation mark, at most ``MAX_QUESTION_LINE``
    characters, ending with "?"), one of them in the second person (the interviewer
    addressing the interviewee; ``_ASK_LINE``: a prompt ending with "…" counts as a
    question there), each followed by a line that is no question, the lines
    after each question up to the next one are one quote of the interviewee
    (:func:`_interviewee`), a part per line; a line that opens with a quotation mark, or
    holds a quote already given as an answer, is left to the quoted rules, and the
    interviewer's credit after the last answer ("Propos recueillis par …") is none.
    Only in a page shaped so (newuser16a H7); [] otherwise."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)
             if m.group().strip()]
    labelled = _labelled_answers(text, lines)
    if labelled is not None:
        if labelled:
            _headline_to_interviewee(text, quotes, labelled[0].start, labelled[0].speaker,
                                     (labelled[0].speaker_start, labelled[0].speaker_end))
        return labelled
    asked = [n for n, (s, e) in enumerate(lines)
             if n > 0 and _ASK_LINE.fullmatch(text, s, e) is not None]
    questions = [n for n in asked if n + 1 < len(lines) and n + 1 not in asked]
    if sum(text[lines[n][1] - 1] == "?" for n in questions) < MIN_UNQUOTED_QUESTIONS or \
            not (any(_SECOND_PERSON.search(text, *lines[n]) for n in questions) or (
                _INTERVIEW_ANNOUNCED.search(text, 0, lines[questions[0]][0]) is not None
                and not any(_NAME_LABEL.match(text, *lines[n + 1]) for n in questions))):
        return []
    name, span = _interviewee(text, lines[questions[0]][0])
    _headline_to_interviewee(text, quotes, lines[questions[0]][0], name, span)
    answered = [q for q in quotes if q.cue == "answer"]
    found: list[Quote] = []
    for k, n in enumerate(questions):
        stop = questions[k + 1] if k + 1 < len(questions) else len(lines)
        parts: list[tuple[int, int]] = []
        for s, e in lines[n + 1:stop]:
            line = text[s:e].strip()
            if _ANSWER_END.match(line) or (k + 1 == len(questions) and parts
                                           and _new_paragraph(text, parts, s)
                                           and not _TURN_GOES_ON.match(line)):
                break  # the last answer ends at its paragraph (t-enrich25 E2)
            if line[:1] in PAIRS or any(s <= q.start < e for q in answered):
                continue
            dash = re.match(r"[—–-][ \t\xa0]+(?=\S)", line)  # "— Oui, dès le 5 décembre."
            if dash is not None:  # a dialogue's dash opens the turn, no word of it
                line = line[dash.end():]
            lead = len(text[s:e]) - len(text[s:e].lstrip()) + (dash.end() if dash else 0)
            parts.append((s + lead, s + lead + len(line)))
        if not parts:
            continue
        answer = Quote(parts[0][0], parts[-1][1], " ".join(text[a:b] for a, b in parts),
                       parts, speaker=name, speaker_start=span[0], speaker_end=span[1],
                       cue="answer")
        found.append(answer)
    return found


_INNER_APPOSED = re.compile(r"[ \xa0]*((?:(?:M\.|Mme|Me|Dr)[ \xa0]+)?" + _PERSON_RUN
                            + r")[ \xa0]*(?:[.!?…](?=\s|$)|,)")
_INNER_COMPLEMENT = re.compile(
    r"(?i)[ \xa0]*(?:lors|en|dans|à|au|aux|devant|sur|depuis|pendant|après|avant|hier|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|ce|cette)\b(?:[^.!?«»“”\"\n]|\.(?!\s))*?"
    r"[.!?…](?=\s|$)")
"""What may follow an incise inside a quote and still be the incise's: its subject's
name in apposition (", Pierre Laborde."), a complement of time or place closing the
sentence (", lors d'une conversation informelle rapportée sur le site Le Monde.fr.",
", en juillet.")"""
