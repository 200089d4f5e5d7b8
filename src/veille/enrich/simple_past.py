"""The French passé simple in the third person, a past tense that looks like a future.

The written past of news and history ("Jean-François Copé déplora mardi", "le ministre
montra", "ils déclarèrent") ends in "-ra" for every verb whose infinitive ends in "-rer",
as the future of most verbs does ("déplorera", "prendra", "pourra"). The endings tell them
apart (Grevisse, *Le Bon Usage*, §§ 794-796: the future is the infinitive, or a stem in
"-r", plus "-a"; the passé simple of the first group is the stem plus "-a"):

- "-éra", "-ora", "-ara", "-bra", "-gra", "-fra", "-cra" (but "vaincra"), "-ura" (but
  "-clura", "aura", "saura"), "-tra" (but "-ttra", "-îtra", "-aitra"), "-vra" (but "-evra",
  "-uivra", "-vivra", "pleuvra" and "-mouvra", not "œuvra": r-lang54 saw "Il pleuvra ce
  week-end" dated the weekend gone by), "-rra" (but "-ourra", "-verra", "-querra"): the
  passé simple of a
  verb in "-rer" ("espéra", "déplora", "déclara", "célébra", "intégra", "chiffra",
  "consacra", "assura", "montra", "livra", "enterra");
- "-ira" is a future ("finira", "dira", "sortira") except for the verbs in "-irer"
  (:data:`IRER_STEMS`: "tira", "retira", "admira");
- "-era", "-dra", "-pra" are futures ("déplorera", "prendra", "rompra");
- "-ça", "-gea", "-qua", "-ssa", "-nna", "-tta" are the passé simple of the first group
  ("annonça", "jugea", "expliqua", "laissa", "donna", "quitta"), and so are its common
  verbs of saying and acting ("ajouta", "affirma", "présenta"); other words in "-a" may be
  nouns ("cinéma", "agenda", "cela") and are no marker.

Plural "-èrent" and the third persons of the irregular verbs most news uses ("fit",
"prit", "vint", "dut", "parut", "répondit") are passé simple only; "-irent" is one too
but for the present of the verbs in "-irer" ("tirent", "admirent"), and "-èrent" is one
but for the present of the verbs in "-érer", whose "é" turns "è" before the mute ending
("ils espèrent", "gèrent", "considèrent": Grevisse, *Le Bon Usage*, § 791 b; their passé
simple is "espérèrent"; :data:`ERER_STEMS`, t-final30 F4). Ambiguous forms (the
second group's "finit", "réunit"; "dit", "vit") are no marker.
"""

from __future__ import annotations

import re

IRER_STEMS = ("tir", "retir", "attir", "étir", "soutir", "admir", "inspir", "aspir",
              "respir", "expir", "soupir", "vir", "chavir", "désir", "conspir", "délir",
              "transpir", "empir")
"""Stems of the common verbs in "-irer", whose passé simple ends in "-ira" and whose present
plural in "-irent" (:func:`simple_past`)."""

_PAST_RA = re.compile(
    r"(?:éra|èra|ora|ara|bra|gra|fra|cra|ura|tra|vra|rra)$")
_FUTURE_RA = re.compile(
    r"(?:vaincra|clura|^aura|^saura|ttra|îtra|itra|evra|uivra|vivra|ourra|verra|querra|"
    r"(?<!o)euvra|mouvra)$")
_PAST_A = re.compile(r"(?:ça|gea|qua|ssa|nna|tta)$")
"""Endings in "-a" only the passé simple of a first-group verb has ("annonça", "jugea",
"expliqua", "laissa", "donna", "quitta")."""
_IRREGULAR = frozenset(
    # the first group's reporting verbs, whose "-a" no rule above tells from a noun's
    "ajouta affirma estima souligna précisa demanda rappela confirma présenta resta "
    "accepta refusa décida parla tenta arriva nomma visita appela alla "
    "fit firent prit prirent mit mirent naquit naquirent vint vinrent tint tinrent devint "
    "devinrent revint revinrent obtint obtinrent maintint soutint retint parvint intervint "
    "survint dut put purent sut surent eut eurent fut furent voulut voulurent parut parurent "
    "apparut disparut mourut vécut reçut reçurent connut connurent reconnut valut fallut "
    "résolut crut courut répondit répondirent rendit rendirent attendit entendit descendit "
    "vendit défendit perdit conduisit produisit construisit introduisit réduisit traduisit "
    "écrivit écrivirent suivit poursuivit reprit apprit comprit surprit entreprit permit "
    "promit admit commit soumit remit transmit ouvrit offrit couvrit découvrit souffrit "
    "sentit partit sortit mentit dormit servit".split())


ERER_STEMS = ("esp", "désesp", "g", "consid", "préf", "op", "coop", "exag", "accél", "récup",
              "tol", "mod", "lib", "gén", "dégén", "régén", "dig", "sugg", "ing", "réit", "délib",
              "énum", "alt", "ins", "diff", "conf", "réf", "transf", "prof", "interf", "adh",
              "légif", "vén", "lac", "vocif", "rémun", "pond", "exasp", "prosp", "incarc",
              "féd", "persév", "temp", "sid", "réverb", "vitup", "oblit", "ulc", "déf")
"""Stems of the common verbs in "-érer" (espérer, gérer, considérer, préférer, opérer…),
whose present plural ends in "-èrent" like a passé simple (:func:`simple_past`): the part
of "ils espèrent" before "èrent" ("temp" is tempérer, "déf" déférer)."""


def simple_past(word: str) -> bool:
    """Whether ``word`` is the passé simple of a verb in the third person ("déplora",
    "montra", "déclarèrent", "prit"), as the module's rules say; never raises."""
    word = word.lower()
    if word in _IRREGULAR:
        return True
    if word.endswith("èrent"):
        return word[:-5] not in ERER_STEMS
    if word.endswith("irent"):
        return word[:-3] not in IRER_STEMS
    if word.endswith("ira"):
        return word[:-1] in IRER_STEMS
    if len(word) >= 4 and _PAST_A.search(word):
        return True
    return len(word) >= 4 and bool(_PAST_RA.search(word)) and not _FUTURE_RA.search(word)


SIMPLE_PAST_CANDIDATE = re.compile(r"(?i)\b[^\W\d_]{2,}(?:a|ent|t)\b")
"""Words that may be a passé simple (:func:`simple_past` decides): ends in "-a", "-ent" or
"-t"."""
