"""Reference resolution of quote speakers given by their role ("a ajouté le ministre",
"selon la préfète", "a indiqué le président").

A news text introduces a person once with a role, in one of the two appositions of French
(Grevisse, *Le Bon Usage* § 343-346, l'apposition; Riegel, Pellat & Rioul, *Grammaire
méthodique du français*, ch. VII, 4.5, le nom en apposition):

- the name, then the role in apposition: "Gérald Darmanin, ministre de l'Intérieur",
  "Christine Lagarde, la présidente du FMI";
- the role, then the name (as apposition after a comma, or juxtaposed, the "nom propre
  épithète" construction): "le ministre de l'Intérieur Gérald Darmanin", "la maire de
  Paris, Anne Hidalgo", "le premier secrétaire fédéral sortant, Alain Anziani".

A later definite description with the same head noun ("le ministre", "la maire de Paris",
"le président") refers back to the most recent person so introduced (a definite
description is anaphoric when a referent with that head was introduced before: Poesio &
Vieira 1998, "direct anaphora", the head-matching rule; recency: the most recent
antecedent, Hobbs 1978, Lappin & Leass 1994). Agreement: the determiner of the
description ("la ministre") and the one or the title of the introduction ("Mme X", "le
ministre X") must not mark different genders (French marks gender on the determiner of a
role noun, Grevisse § 487; a role noun with no mark, "ministre", agrees with either). A
description with a complement ("le ministre de l'Économie") takes only an introduction
whose role holds that complement.

Pure functions on the text; nothing here loads a model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from veille.enrich.lexicon import french
from veille.enrich.party_labels import PARTY_LABEL, is_party_label
from veille.enrich.text import fold

_NAME_WORD = (r"(?:(?:de|du|van|von|der|le|la|d['’])\s)?[A-ZÀ-Ý][a-zà-ÿ'’]+"
              r"(?:-[A-ZÀ-Ýa-zà-ÿ][a-zà-ÿ'’]+)*")
_PERSON = (r"(?:(?:M\.|Mme|Mlle|MM\.)\s+" + _NAME_WORD + r"(?:\s" + _NAME_WORD + r")*|"
           r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)*(?:\s" + _NAME_WORD + r")+|"
           r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)*\s(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|Ier|Ire)"
           r"(?![\w'’-]))")
"""A person's name: a title and a name ("M. Sarkozy", "Mme Royal"), two or more
capitalised words ("Gérald Darmanin", "Jean-Pierre Mustier", "Augustin de Romanet"), or a
given name and a regnal number ("Albert II", "Charles III", "Napoléon Ier"; Grevisse
§ 598, the ordinal of sovereigns written in Roman numerals, t-final50 A7)."""
_FUNCTION_WORD = (r"(?:le|la|les|l|un|une|des|du|de|d|à|au|aux|en|et|ou|qui|que|dont|a|ont|"
                  r"est|sont|se|s|ne|n|y|il|elle|ils|elles|on|lui|leur|son|sa|ses|ce|cette|"
                  r"ces|pour|par|sur|avec|dans|selon|mais|met|fait|va|vient)")
_COMPLEMENT = (r"(?:[ \xa0]+(?:et[ \xa0]+)?(?:(?:de[ \xa0]+la|à[ \xa0]+la|de|du|des|au|aux|à|"
               r"en)[ \xa0]+|(?:de[ \xa0]+l|à[ \xa0]+l|d)['’])(?!" + _FUNCTION_WORD
               + r"\b)[\wÀ-ÿ'’-]+(?:[ \xa0]+(?:(?-i:[A-ZÀ-Ý])[\w'’-]+|(?-i:[a-zà-ÿ]+)"
               r"(?=[ \xa0]+(?-i:[A-ZÀ-Ý])[\w'’-]+(?:[ \xa0]*,|$))))*)")
"""A role's complement: a preposition (after "et" for a second portfolio: "ministre de
l'Europe et des Affaires étrangères") and a noun, then capitalised words ("de la
Défense nationale"), a lower-case word among them when one capitalised word ending the
role follows, before its comma ("de Santé publique France, Caroline Semaille"; not "des
Affaires étrangères Hor Namhong", a name)."""
_ADJECTIVE = r"(?:[ \xa0]+(?!" + _FUNCTION_WORD + r"\b)(?-i:[a-zà-ÿ][a-zà-ÿ-]+))"
_ROLE = (r"((?-i:[a-zà-ÿœ][a-zà-ÿœ-]{2,}|Premi(?:er|ère)[ \xa0]+ministre)(?:" + _ADJECTIVE
         + r"|" + _COMPLEMENT + r"|" + PARTY_LABEL + r"){0,4}?)")
"""A role noun phrase: a lower-case head and up to five adjectives or complements
("ministre cambodgien des Affaires étrangères", "premier secrétaire fédéral sortant"), or
the head of a government, capitalised by French usage ("le Premier ministre", Lexique
des règles typographiques en usage à l'Imprimerie nationale, "majuscules")."""
ROLE = _ROLE
_ROLE_THEN_NAME = re.compile(
    r"(?i)(?<![\w'’])((?:le|la|du|au|son|sa|leur|ce|cette|cet|l['’]actuel|l['’]actuelle)"
    r"(?=[ \xa0])|l['’])"
    r"[ \xa0]*"
    + _ROLE + r"[ \xa0]*,?[ \xa0]+(?-i:(" + _PERSON + r"|[A-ZÀ-Ý][\w'’-]+(?=[,.;:!?)]|[ \xa0]+"
    r"(?!(?:de|du|des|d['’]|à|au|aux|en)\b)[a-zà-ÿ])))")
_AGE = r"\d{1,3}[ \xa0]+ans"
_NAME_THEN_ROLE = re.compile(
    r"(?-i:(" + _PERSON + r"))\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*" + _AGE + r")?,\s+"
    r"(?i:(le|la|l['’]|son|sa)\s*)?"
    + _ROLE + r"(?=\s*[,.;:!?)]|[ \xa0]*\r?\n|\s*$|\s+(?:qui|ayant|dont)\b|"
    r"\s+depuis\s+[^,;:.!?()]{1,30}[,.;:!?)])")
"""The name, then its role in apposition, closed by punctuation, by a relative or
participial clause on the role ("Nick Leeson, le trader britannique ayant causé …") or by
a time complement ("Martine Aubry, maire de Lille depuis 2001,"); an
age may stand between them ("Jean Dupont, 23 ans, grimpeur originaire de Chamonix,")."""
_NOT_ROLE_HEAD = frozenset(
    "a ont est sont était qui que dont et ou mais selon pour avec dans sur par en le la les "
    "un une des du de il elle ils elles on se s ne n y lui leur ce cette ces son sa ses "
    "nous vous avait avaient sera seront fut également aussi lors depuis après avant alors "
    "puis qu".split())
_QUALIFIERS = frozenset(
    "premier premiere nouveau nouvelle ancien ancienne actuel actuelle ex futur future jeune "
    "vice sous haut haute grand grande".split())
"""Adjectives before a role's head noun ("premier secrétaire", "ancien ministre"): not the
head."""
_FORMER = frozenset("ancien ancienne ex former".split())
"""Qualifiers of a role no longer held ("l'ancien président", "l'ex-ministre", "former"):
the holder of a past office is not its current holder, so a description without one of
them ("le chef de l'État", "le président") never refers back to a person introduced with
one (Grevisse, *Le Bon Usage*, "ancien" before the noun: "qui a été", no longer is)."""


def _former(role: str) -> bool:
    """Whether a role phrase (any case or accents) names an office no longer held: one of
    :data:`_FORMER` before its head, or the prefix "ex-" ("ex-ministre")."""
    words = fold(role).replace("ex-", "ex ").split()
    return any(w in _FORMER for w in words[:3])


MAX_ROLE_CHARS = 70
"""Longest role phrase kept: an apposition is short; a longer match runs into a clause."""


@dataclass(frozen=True, slots=True)
class Introduction:
    """A person introduced with a role: the name and its span, the role's words (folded),
    the gender its determiner or title marks ("m", "f" or "")."""

    name: str
    start: int
    end: int
    role: str
    heads: frozenset[str]
    gender: str


def _heads(role: str) -> frozenset[str]:
    """The role's head words: its lower-case words before its first complement, less the
    qualifiers ("premier secrétaire fédéral sortant" → secrétaire, fédéral, sortant)."""
    words = [fold(w) for w in role.split() if not is_party_label(w)]
    if words[:2] in (["premier", "ministre"], ["premiere", "ministre"]):
        return frozenset({"premier ministre"})  # a head of government, not "le ministre"
    out = []
    for word in words:
        if word in ("de", "du", "des", "d", "a", "au", "aux", "en", "pour") or "'" in word:
            break
        if word not in _QUALIFIERS:
            out.append(word.split("-")[-1] if word.startswith("ex-") else word)
    return frozenset(out)


def _gender_of(determiner: str, name: str) -> str:
    det = fold(determiner).strip()
    if name.startswith(("Mme", "Mlle")) or det in ("la", "cette", "sa", "l'actuelle", "une"):
        return "f"
    if name.startswith("M.") or det in ("le", "du", "au", "ce", "cet", "l'actuel", "un"):
        return "m"
    return ""


_MINISTRY = (r"minist[èe]re[ \xa0]+((?:de[ \xa0]+la|de[ \xa0]+l['’]|du|des|de)[ \xa0]*"
             r"(?-i:[A-ZÀ-Ý][\w'’-]*)(?:[ \xa0]+(?:et[ \xa0]+)?(?:de[ \xa0]+la|de[ \xa0]+l['’]|"
             r"du|des|de|d['’])?[ \xa0]*(?-i:[A-ZÀ-Ý][\w'’-]*)){0,3})")
_HEADS_MINISTRY = re.compile(
    r"(?-i:(" + _PERSON + r"))[ \xa0]*,[ \xa0]*(?:qui[ \xa0]+(?:dirige|dirigeait|pilote|"
    r"occupe|a[ \xa0]+pris[ \xa0]+la[ \xa0]+tête[ \xa0]+d(?=u\b|e\b)|est[ \xa0]+à[ \xa0]+la"
    r"[ \xa0]+tête[ \xa0]+d(?=u\b|e\b))|à[ \xa0]+la[ \xa0]+tête[ \xa0]+d(?=u\b|e\b)|"
    r"(nommée?)[ \xa0]+(?:à[ \xa0]+la[ \xa0]+tête[ \xa0]+d(?=u\b|e\b)|a(?=u\b)))"
    r"(?:u|e)?[ \xa0]*(?:(?:le[ \xa0]+|l['’])[ \xa0]*)?" + _MINISTRY)
_MINISTRY_OPENING = re.compile(
    r"(?:^|(?<=[.!?][ \xa0])|(?<=\n))(Nommée?|Arrivée?)[ \xa0]+(?:à[ \xa0]+la[ \xa0]+tête"
    r"[ \xa0]+du|au)[ \xa0]+" + _MINISTRY + r"[^,.;:!?«»\n]{0,40},[ \xa0]+(" + _PERSON + r")")
"""A person said to head a ministry, whom "le ministre de …" names later: "X, qui a pris
la tête du ministère du Travail en janvier", "X, à la tête du ministère de l'Intérieur",
"Nommée au ministère de la Santé en mai, X" (t-enrich20: an office named a paragraph after
its holder). The ministry's complement gives the role, "ministre du Travail"; a ministry's
seat ("place Beauvau") or a meeting there names no holder: no introduction."""


def _ministry_holders(text: str, before: int) -> list[Introduction]:
    """The introductions :data:`_HEADS_MINISTRY` and :data:`_MINISTRY_OPENING` find in
    ``text[:before]``: the role "ministre" and the ministry's complement."""
    found = []
    for match in _HEADS_MINISTRY.finditer(text, 0, before):
        role = f"ministre {match.group(3)}"
        gender = "f" if (match.group(2) or "").endswith("e") else ""
        found.append(Introduction(match.group(1), match.start(1), match.end(1), role,
                                  _heads(role), gender or _gender_of("", match.group(1))))
    for match in _MINISTRY_OPENING.finditer(text, 0, before):
        role = f"ministre {match.group(2)}"
        gender = "f" if match.group(1).endswith("e") else "m"
        found.append(Introduction(match.group(3), match.start(3), match.end(3), role,
                                  _heads(role), gender))
    return found


def introductions(text: str, before: int) -> list[Introduction]:
    """The persons introduced with a role in ``text[:before]``, in text order. Shapes:
    "NAME, [le|la] ROLE" and "le|la ROLE[,] NAME" (module docstring)."""
    found: dict[int, Introduction] = {}
    for match in _ROLE_THEN_NAME.finditer(text, 0, before):
        role, name, name_start = match.group(2), match.group(3), match.start(3)
        name_end = match.end(3)
        apposed = re.compile(r",[ \xa0]*(" + _PERSON + r")(?=[ \xa0]*[,.;:!?)])").match(
            text, name_end) if " " not in name else None
        if apposed is not None:
            # "la directrice générale de Santé publique France, Caroline Semaille": the
            # single capitalised word ends the body's name in the role (newuser16a H5);
            # the person's name comes after its comma
            role, name, name_start, name_end = f"{role} {name}", apposed.group(1), \
                apposed.start(1), apposed.end(1)
        first = re.search(r"[ \xa0]([A-ZÀ-Ý][\w'’-]*)$", role)
        if " " not in name and first is not None:
            # "le ministre de l'Intérieur Gérald Darmanin": the name's first word was taken
            # into the complement; "sa réponse à Ségolène Royal": a complement, no name
            if re.search(r"(?i)(?:\b(?:de|du|des|à|au|aux|en|la|le|les)|['’])[ \xa0]*$",
                         role[:first.start()]):
                from veille.enrich.quotes_titles import surname_after_title  # (a cycle)

                if not surname_after_title(name, first.group(1), text):
                    continue
                # "la ministre des Armées Vautrin": one surname after the portfolio
                # (f-speakers24); the role keeps its complement
                first = None
        if " " not in name and first is not None:
            role, name, name_start = role[:first.start()], f"{first.group(1)} {name}", \
                match.start(2) + first.start(1)
        heads = _heads(role)
        if not heads or len(role) > MAX_ROLE_CHARS or fold(role.split()[0]) in _NOT_ROLE_HEAD:
            continue
        found[name_start] = Introduction(name, name_start, name_end, role, heads,
                                             _gender_of(match.group(1), name))
    for match in _NAME_THEN_ROLE.finditer(text, 0, before):
        name, role = match.group(1), match.group(3)
        heads = _heads(role)
        if not heads or len(role) > MAX_ROLE_CHARS or fold(role.split()[0]) in _NOT_ROLE_HEAD:
            continue
        intro = Introduction(name, match.start(1), match.end(1), role, heads,
                             _gender_of(match.group(2) or "", name))
        earlier = found.get(match.start(1))
        if earlier is not None and re.search(
                r"(?i)(?<![\w'’])(?:du|au)[ \xa0]+" + re.escape(earlier.role) + r"[ \xa0]*,",
                text[max(0, match.start(1) - len(earlier.role) - 12):match.start(1)]):
            # "En tête du cortège, Nadia Roux, sa mère, …": a prepositional phrase
            # opening the sentence ("du cortège") is no role; the apposition after the
            # name is (f-speakers26)
            found[match.start(1)] = intro
        found.setdefault(match.start(1), intro)
    for match in _ROLE_OPENING.finditer(text, 0, before):
        # "Infirmière à l'hôpital de Brest depuis vingt ans, Anne Roy a témoigné": a role
        # detached before the subject (Grevisse § 343, l'apposition détachée)
        role = match.group(1)[0].lower() + match.group(1)[1:]
        head = role.split()[0]
        if fold(head) in _NOT_ROLE_HEAD or not _noun(head) or len(role) > MAX_ROLE_CHARS or \
                (re.fullmatch(r"[\w-]+(?:ée?s?|ie?s?|ue?s?)", head) is not None
                 and head not in french().lemmas["noun"]):
            continue  # "Interrogée, X", "Âgé de 45 ans, X", "Selon X": no role
        earlier = found.get(match.start(2))
        if earlier is None or fold(earlier.role) in fold(match.group()):
            # (over "l'hôpital de Brest, Anne Roy", a complement of the role read as one)
            found[match.start(2)] = Introduction(
                match.group(2), match.start(2), match.end(2), role, _heads(role), "")
    for match in _NAME_IS_ROLE.finditer(text, 0, before):
        # "Paul Morel est agriculteur dans la Somme": the role as the subject's attribute
        role = match.group(3)
        heads = _heads(role)
        if not heads or fold(role.split()[0]) in _NOT_ROLE_HEAD or \
                french().is_verb_form(role.split()[0]):
            continue
        found.setdefault(match.start(1), Introduction(
            match.group(1), match.start(1), match.end(1), role, heads,
            _gender_of(match.group(2) or "", match.group(1))))
    for intro in _ministry_holders(text, before):
        found.setdefault(intro.start, intro)
    from veille.enrich.romance_introductions import romance_introductions  # (a cycle)

    for romance in romance_introductions(text, before):
        # "A ministra da Saúde, Ana Paula Martins," (es/pt/it articles and contracted
        # prepositions the French shapes above do not read; t-final66 F2)
        heads = _heads(romance.role.split()[0])  # (its complement's words are no heads)
        if heads and len(romance.role) <= MAX_ROLE_CHARS:
            found.setdefault(romance.start, Introduction(
                romance.name, romance.start, romance.end, romance.role, heads,
                romance.gender))
    return _counterparts([found[k] for k in sorted(found)])


def _counterparts(found: list[Introduction]) -> list[Introduction]:
    """``found`` with each counterpart given the role it mirrors: "son homologue
    brésilien, Eduardo Santana" after "le président américain, Robert Hale" holds the
    same office in another country, "président brésilien" (an "homologue" is a person
    holding the same office as another, Larousse), so "le président brésilien" refers to
    him."""
    out: list[Introduction] = []
    for intro in found:
        words = intro.role.split()
        if words and fold(words[0]) in ("homologue", "homologues") and out:
            mirrored = out[-1].role.split()[0]
            role = " ".join([mirrored, *words[1:]])
            intro = Introduction(intro.name, intro.start, intro.end, role,
                                 _heads(role) | _heads(intro.role), intro.gender)
            # (and still "son homologue": "Son homologue a été plus prudent", t-enrich21
            # E10)
        out.append(intro)
    return out


def _noun(word: str) -> bool:
    """Whether a word (any case) is a form of a noun of the lexicon ("Infirmière"; not
    "Âgé", an adjective)."""
    lexicon = french()
    return any(lemma in lexicon.lemmas["noun"] for lemma in lexicon.lemmas_of(word.lower()))


_ROLE_OPENING = re.compile(
    r"(?:^|(?<=[.!?][ \xa0])|(?<=\n))((?-i:[A-ZÀ-Ý][a-zà-ÿ-]{2,})(?:" + _ADJECTIVE + r"|"
    + _COMPLEMENT + r"){0,4}?)(?:[ \xa0]+depuis[ \xa0]+[^,;:.!?()]{1,30})?,[ \xa0]+("
    + _PERSON + r")(?=[ \xa0]+(?-i:[a-zà-ÿ]))")
"""A role opening the sentence, detached before its subject's name ("Infirmière à
l'hôpital de Brest depuis vingt ans, Anne Roy a témoigné")."""
_NAME_IS_ROLE = re.compile(
    r"(?-i:(" + _PERSON + r"))(?:,[ \xa0]*" + _AGE + r",)?[ \xa0]+(?:est|était)[ \xa0]+"
    r"(?:(un|une)[ \xa0]+)?" + _ROLE + r"(?=\s*[,.;:!?)]|[ \xa0]+(?:dans|à|au|en|depuis)\b)")
"""A name, then its role as the attribute of "être" ("Paul Morel est agriculteur dans la
Somme", "X est une ancienne infirmière")."""


_DESCRIPTION = re.compile(
    r"(?i)^(?:(le|la|ce|cet|cette)\s+|(l['’])\s*)?(" + r"(?-i:[a-zà-ÿœ][a-zà-ÿœ-]{2,})"
    r"(?:" + _ADJECTIVE + r"|" + _COMPLEMENT + r"){0,5})$")


GENERIC_PERSON_NOUNS = frozenset(
    "elu elue responsable dirigeant dirigeante homme femme personnalite patron patronne "
    "intervenant intervenante orateur oratrice invite invitee leader diplomate "
    "syndicaliste".split())
"""Person nouns (folded) that name the holder of any office ("l'élue" for a mayor, "le
responsable" for a director, "la diplomate" for a trade representative, "le syndicaliste"
for a union's secretary general): hypernyms of the roles, so a role given before never
rules them out (Poesio & Vieira 1998: a description refers back by hyponymy too); with an
adjective ("la dirigeante socialiste") they name the person whose role holds it
(:func:`resolve_role`)."""


def resolve_role(text: str, description: str, start: int, determiner: str = "", *,
                 forward: bool = False) -> tuple[str, tuple[int, int]] | None:
    """The person a role description at ``start`` ("ministre", "présidente du FMI", with
    ``determiner`` "la" before it) refers back to: the most recent introduction before it
    (:func:`introductions`) whose role has the description's head noun, whose gender does
    not disagree, and whose role holds the description's complement if it has one. None
    when no introduction matches (the description then stays the speaker). ``forward``:
    the first such introduction after ``start`` instead (a headline's description, "la
    ministre dénonce un « recul »", names the person the body introduces, "La ministre de
    la Santé, Stéphanie Rist, a déclaré"), with no fallback."""
    shape = _DESCRIPTION.match(description.strip())
    if shape is None:
        return None
    # (a determiner is a word of its own: "leader socialiste" is no "le" + "ader")
    determiner = shape.group(1) or shape.group(2) or determiner
    phrase = shape.group(3)
    heads = _heads(phrase)
    if not heads:
        return None
    head = sorted(heads, key=lambda w: fold(phrase).split().index(w.split()[0]))[0]
    after_head = fold(phrase)[fold(phrase).find(head) + len(head):]
    preposition = re.search(r"(?:^|\s)(?:de|du|des|d'|a|au|aux|en)(?:\s|(?<=')|$)", after_head)
    complement = after_head[preposition.start():].strip() if preposition else ""
    age = re.match(r"d(?:e\s+|')(\d{1,3})\s+ans\b", complement)
    if age is not None:
        # "le grimpeur de 23 ans": the age qualifies the person, no part of the role; an
        # introduction that gives an age ("Jean Dupont, 23 ans, grimpeur") must give it
        complement = complement[age.end():].strip()
    gender = _gender_of(determiner, "") or ("f" if head in FEMININE_HYPERNYMS else "")
    # ("l'élue": the elided article marks no gender, the noun's feminine form does;
    # Grevisse § 487)
    candidates = [i for i in introductions(text, len(text)) if i.start > start] if forward \
        else list(reversed(introductions(text, start)))
    from veille.enrich.quotes_guards import nationality_of  # (guards import this module)

    standing_for, qualifiers = _standing_for(phrase)
    former = _former(phrase)
    for intro in candidates:
        if not former and _former(intro.role):
            continue  # "le chef de l'État" is not "l'ancien président X"
        if standing_for and head not in intro.heads:
            # (a description of the introduced role's own head is that role first:
            # "le défenseur brésilien" after "le défenseur brésilien X" is X, whatever
            # else "défenseur" may stand for, a lawyer)
            role = fold(intro.role)
            held = next((r for r in standing_for if _holds(role, r)), None)
            if held is None and role in ("president", "presidente") and any(
                    r.startswith(role + " du tribunal") for r in standing_for) and \
                    _COURT.search(text, 0, start):
                held = role  # "le président X" of a court report presides the court
            if held is None:
                continue
            if qualifiers and not qualifiers & set(role.split()) and any(
                    french().is_adjective(w) and (nationality_of(w) or not any(
                        nationality_of(q) for q in qualifiers))
                    for w in intro.role.lower().split()[1:]
                    if fold(w) not in held.split()):
                continue  # "le chef de l'État français" is not "le président brésilien X"
                # (the title's own adjectives, "étrangères", qualify nothing; a nationality
                # of the description never disagrees with a party's adjective of the
                # role: "l'eurodéputée espagnole" after "Le chef de file des socialistes")
            if gender and _intro_gender(intro) not in ("", gender) or \
                    _other_town(phrase, intro.role):
                continue
            return intro.name, (intro.start, intro.end)
        if head not in intro.heads:
            continue
        if gender and intro.gender and gender != intro.gender or \
                _other_town(phrase, intro.role):
            continue
        if complement and complement not in fold(intro.role) and \
                not _possessor_named(text, intro, complement) and \
                not _same_nationality_bare(phrase, intro):
            continue
        if age is not None and _age_of(text, intro) not in ("", age.group(1)):
            continue
        if not forward:
            unnamed = _indefinite_since(text, head, intro.end, start)
            if unnamed is not None:
                # "X, le conseiller … . « … », admet un autre conseiller élyséen … ajoute
                # ce conseiller": the last one of that head introduced is unnamed
                return unnamed
        return intro.name, (intro.start, intro.end)
    if forward:
        return None
    qualified = _qualified_hypernym(phrase, head, gender, candidates)
    if qualified is not None:
        return qualified
    sided = _of_political_side(text, complement, start)
    if sided is not None:
        return sided
    if head in DEFENDANT_NOUNS and not complement:
        tried = _defendant(text, start, gender)
        if tried is not None:
            return tried
    word = next((w for w in phrase.split() if fold(w) == head), head)
    return _continued_subject(text, word, gender, start) or (
        _only_woman(text, start) if head in FEMININE_HYPERNYMS and not complement
        and gender != "m" else None)


def _intro_gender(intro: Introduction) -> str:
    """The gender an introduction marks by its determiner or title, else by its given name
    ("Son premier adjoint, Bruno Salmon": a possessive marks none, "Bruno" does; f-speakers24's
    "l'élue" is no man)."""
    if intro.gender:
        return intro.gender
    from veille.enrich.gender import given_name_gender  # (gender reads this module)

    return given_name_gender(intro.name.split()[0]) if " " in intro.name else ""


def _same_nationality_bare(phrase: str, intro: Introduction) -> bool:
    """Whether an introduction whose role has no complement of its own ("son homologue
    allemand Boris Pistorius", mirrored "ministre allemand") shares a nationality
    adjective with a description that has one ("le ministre allemand de la Défense"):
    the complement then adds what the introduction left unsaid and contradicts nothing,
    and the nationality picks the person (f-speakers24)."""
    from veille.enrich.quotes_guards import nationality_of  # (guards import this module)

    if re.search(r"(?:^|\s)(?:de|du|des|d'|a|au|aux|en)(?:\s|(?<=')|$)", fold(intro.role)):
        return False
    wanted = {n for w in phrase.split()[1:] for n in nationality_of(w)}
    mine = {n for w in intro.role.split()[1:] for n in nationality_of(w)}
    return bool(wanted & mine)


FEMININE_HYPERNYMS = frozenset(
    "elue dirigeante patronne invitee intervenante oratrice candidate".split())
"""Feminine person nouns (folded) a text uses for a woman it named before whatever her
office ("la dirigeante" for "le PDG d'Hydro-Québec, Claudine Bouchard", "la nouvelle
candidate" for the "tête de liste" just designated): hypernyms, as
``GENERIC_PERSON_NOUNS``, and a candidate for any election."""


def _only_woman(text: str, start: int) -> tuple[str, tuple[int, int]] | None:
    """The one woman named before ``start`` (by a woman's given name or "Mme"), her first
    full mention; None when none or several women are named: a feminine hypernym ("la
    dirigeante") refers back to a woman (agreement in gender, Grevisse § 653), and when
    the text names one woman only, to her (issue 16, f-speakers22; t-enrich21 E11)."""
    from veille.enrich.gender import given_name_gender  # (gender reads this module)

    women: dict[str, tuple[str, tuple[int, int]]] = {}
    for match in re.finditer(r"(?<![\w'’-])" + _PERSON, text[:start]):
        name = match.group()
        first = name.split()[0]
        if first in ("Mme", "Mlle") or (not first.endswith(".")
                                       and given_name_gender(first) == "f"):
            women.setdefault(fold(name.split()[-1]), (name, (match.start(), match.end())))
    return next(iter(women.values())) if len(women) == 1 else None


MAX_POSSESSOR_CHARS = 400
"""How far before a possessive introduction ("Sa directrice générale, X") its possessor is
looked for: the sentence before and its own."""


def _possessor_named(text: str, intro: Introduction, complement: str) -> bool:
    """Whether a role introduced with a possessive ("L'ARS a confirmé … . Sa directrice
    générale, Hélène Corbière, …") has as its possessor the ``complement`` of a later
    description ("la directrice de l'ARS"): the possessive stands for that complement
    (Grevisse § 611, the possessive determiner as a noun complement), named just before
    the introduction (issue 16, f-speakers22)."""
    role_at = text.rfind(intro.role, max(0, intro.start - MAX_ROLE_CHARS - 10), intro.start)
    if role_at < 0 or not re.search(r"(?i)(?:^|[\s(])(?:son|sa|ses|leur|leurs)[ \xa0]+$",
                                    text[max(0, role_at - 8):role_at]):
        return False
    words = [w for w in re.split(r"[\s']+", complement)
             if w and w not in _LINKS and w not in ("a", "au", "aux", "en", "l", "d")]
    if not words:
        return False
    before = fold(text[max(0, role_at - MAX_POSSESSOR_CHARS):role_at])
    return re.search(r"(?:^|[\s'(])" + r"\s+".join(map(re.escape, words)) + r"\b",
                     before) is not None


def _qualified_hypernym(phrase: str, head: str, gender: str,
                        candidates: list[Introduction]) -> tuple[str, tuple[int, int]] | None:
    """The person a hypernym with adjectives ("la dirigeante socialiste", "le leader
    syndical", ``GENERIC_PERSON_NOUNS``) refers to: the most recent introduction (first
    of ``candidates``) whose role holds every adjective, as written or in another form of
    its word ("socialiste" in "première secrétaire du Parti socialiste", "américaine" in
    "représentant américain"), of no other gender; None otherwise (a hypernym names the
    holder of a role through what it keeps of it: Poesio & Vieira 1998)."""
    words = fold(phrase).split()
    if head not in GENERIC_PERSON_NOUNS or words[:1] != [head]:
        return None
    qualifiers = [w for w in words[1:] if w not in _LINKS and len(w) > 3]
    if not qualifiers or len(qualifiers) != len(words) - 1:
        return None  # a complement ("le responsable de la sécurité") is a role of its own
    stems = [re.escape(re.sub(r"(?:es|e|s)$", "", w)) for w in qualifiers]
    for intro in candidates:
        if gender and intro.gender and gender != intro.gender or \
                not any(is_person_noun(h) for h in intro.heads):
            continue  # ("l'agence de presse russe Interfax" is no "responsable russe")
        role = fold(intro.role)
        if all(re.search(r"\b" + stem + r"(?:es|e|s)?\b", role) for stem in stems):
            return intro.name, (intro.start, intro.end)
    return None


PARTY_SIDES: dict[str, str] = {
    **dict.fromkeys(["lr", "les republicains", "ump", "rpr", "udi", "dvd", "divers droite",
                     "debout la france", "dlf", "cnip"], "droite"),
    **dict.fromkeys(["rn", "fn", "rassemblement national", "front national", "reconquete",
                     "ext. d", "extreme droite"], "extreme droite"),
    **dict.fromkeys(["ps", "parti socialiste", "lfi", "la france insoumise", "pcf",
                     "parti communiste", "eelv", "les ecologistes", "europe ecologie",
                     "dvg", "divers gauche", "prg", "generation.s", "place publique",
                     "union de la gauche", "nupes", "nfp"], "gauche"),
    **dict.fromkeys(["npa", "lo", "lutte ouvriere", "extreme gauche"], "extreme gauche"),
    **dict.fromkeys(["modem", "renaissance", "lrem", "horizons", "ensemble", "divers centre",
                     "dvc"], "centre")}
"""French parties' labels (folded, as printed in parentheses after a candidate's name,
"Fabrice Gauthier (LR)") and the side of the political spectrum the press calls them
("la droite", "la gauche", "l'extrême droite", "le centre"; the Ministry of the
Interior's nuances politiques, which class LR and DVD as "droite", LFI, PS, PCF, EELV
and DVG as "gauche", RN and Reconquête as "extrême droite")."""
_SIDE_COMPLEMENT = re.compile(r"(?:de|du)\s+(?:la\s+|l'\s*)?(droite|gauche|centre|"
                              r"extreme\s+droite|extreme\s+gauche)")
_NAME_WITH_PARTY = re.compile(r"(?-i:(" + _PERSON + r"))[ \xa0]*\(([^()]{1,40})\)")


def _of_political_side(text: str, complement: str, start: int
                       ) -> tuple[str, tuple[int, int]] | None:
    """The person a description of a political side refers to ("le candidat de la
    droite", "la candidate de gauche": ``complement`` folded, "de la droite"): the last
    person named before ``start`` with a party label of that side in parentheses
    (:data:`PARTY_SIDES`: "Fabrice Gauthier (LR)"), when no other person named with a
    label of that side stands between; None otherwise (f-quotes21, written set X)."""
    side = _SIDE_COMPLEMENT.fullmatch(complement.strip())
    if side is None:
        return None
    wanted = re.sub(r"\s+", " ", side.group(1))
    found = [m for m in _NAME_WITH_PARTY.finditer(text, 0, start)
             if PARTY_SIDES.get(fold(m.group(2)).strip()) == wanted]
    if not found or len({fold(m.group(1)) for m in found}) > 1:
        return None  # no one of that side named, or two: the description picks no one
    return found[-1].group(1), found[-1].span(1)


_COURT = re.compile(r"(?i)\b(?:tribunal|cour d['’]assises|cour d['’]appel|audience|"
                    r"proc[èe]s)\b")
"""Words that make a text a court report: its bare "le président" is the court's
("magistrat" stands for "président du tribunal": :data:`STANDS_FOR`; written set Y)."""


DEFENDANT_NOUNS = frozenset({"prevenu", "prevenue", "accuse", "accusee"})
"""The defendant's nouns of a court report (folded): "le prévenu" before a tribunal
correctionnel, "l'accusé" before an assize court."""
_TRIED = re.compile(
    r"(?i)\bproc[èe]s[ \xa0]+(?:de|d['’])[ \xa0]*(?-i:(" + _PERSON + r"))|"
    r"(?-i:(" + _PERSON + r"))(?:[ \xa0]*,[ \xa0]*\d{1,3}[ \xa0]+ans)?[ \xa0]*,[ \xa0]*"
    r"(?:jugée?s?|poursuivie?s?|accusée?s?|renvoyée?s?|soupçonnée?s?)\b|"
    r"(?-i:(" + _PERSON + r"))[ \xa0]+(?:comparaissait|compara[îi]t|comparaîtra|"
    r"(?:est|était|sera)[ \xa0]+jugée?)\b|"
    r"\b(?:a|ont|avait|avaient)[ \xa0]+(?:condamné|relaxé|acquitté|jugé)[ \xa0]+"
    r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|soir|matin|"
    r"après-midi)[ \xa0]+){0,2}(?-i:(" + _PERSON + r"))|"
    r"\brequis\b[^.;«»\n]{0,100}?\bcontre[ \xa0]+(?-i:(" + _PERSON + r"))")
"""A court report's defendant: "le procès de Gérard Lasserre", "Kevin Marchetti, 31 ans,
jugé pour …", "Thierry Gobin comparaissait mardi", "le tribunal a condamné mercredi
Romain Lefebvre", "le parquet a requis vingt ans contre Mehdi Saïdi" (the object of a
verdict or of a prosecutor's submissions)."""


def _defendant(text: str, start: int, gender: str) -> tuple[str, tuple[int, int]] | None:
    """The person "le prévenu" or "l'accusé" at ``start`` refers to when no introduction
    gave that role: the defendant the report named before it (:data:`_TRIED`), when it
    names one person only (not "le procès de X et de Y"), of no other gender; None
    otherwise. A court report names its defendant once by name, in the trial's name or
    as the subject of "être jugé", then by the procedural role (f-quotes21, set Z)."""
    from veille.enrich.gender import given_name_gender  # (gender imports this module)

    spans = [next((m.start(i), m.end(i)) for i in (1, 2, 3, 4, 5) if m.group(i))
             for m in _TRIED.finditer(text, 0, start)]
    if len({fold(text[a:b]) for a, b in spans}) != 1 or any(
            _ANOTHER_DEFENDANT.match(text, b) for _, b in spans):
        return None
    a, b = spans[-1]
    own = _gender_of("", text[a:b]) or given_name_gender(text[a:b].split()[0])
    if gender and own and own != gender:
        return None
    return text[a:b], (a, b)


_ANOTHER_DEFENDANT = re.compile(r"[ \xa0]+(?:et|and)[ \xa0]+(?:de[ \xa0]+|d['’])?"
                                r"(?:M\.|Mme|[A-ZÀ-Ý])")


def _indefinite_since(text: str, head: str, after: int, before: int
                      ) -> tuple[str, tuple[int, int]] | None:
    """The last indefinite noun phrase with the folded ``head`` between ``after`` and
    ``before`` ("un autre conseiller élyséen", "une autre avocate"): a new, unnamed person
    a later definite description of that head refers to (Poesio & Vieira 1998: the most
    recent antecedent with the same head). None when there is none."""
    found = None
    for match in re.finditer(r"(?i)\b(?:un|une)\s+(?:autre\s+)?([\w'’-]+)(?:\s+[a-zà-ÿ-]+)?",
                             text[after:before]):
        if fold(match.group(1)) == head:
            found = match
    if found is None:
        return None
    at = after + found.start()
    phrase = text[at:after + found.end()]
    return phrase, (at, at + len(phrase))


def _age_of(text: str, intro: Introduction) -> str:
    """The age an introduction gives in apposition right after the name ("Jean Dupont, 23
    ans, grimpeur" → "23"), else ""."""
    given = re.match(r"\s*,\s*(\d{1,3})[ \xa0]+ans\b", text[intro.end:intro.end + 16])
    return given.group(1) if given is not None else ""


_LINKS = frozenset("de du des d' la le l' et".split())


def _holds(role: str, title: str) -> bool:
    """Whether a folded ``role`` is the folded ``title``: as written ("ministre des
    affaires etrangeres"), or with the title's words in order among others ("ministre de
    l'europe et des affaires etrangeres", a portfolio joined to another one)."""
    if re.search(r"(?:^|\s)" + re.escape(title) + r"\b", role):
        return True
    words = [w for w in title.split() if w not in _LINKS]
    return len(words) > 1 and re.search(
        r"(?:^|\s)" + r"\b.*?\b".join(map(re.escape, words)) + r"\b", role) is not None


_ELECTED = (
    "maire", "adjoint", "adjointe", "depute", "deputee", "senateur", "senatrice",
    "eurodepute", "eurodeputee", "conseiller municipal", "conseillere municipale",
    "conseiller regional", "conseillere regionale", "conseiller departemental",
    "conseillere departementale", "conseiller de paris", "conseillere de paris",
    "conseiller general", "conseillere generale", "bourgmestre", "echevin", "echevine",
    "syndic", "parlementaire", "edile", "elu", "elue",
    *(f"{head} {body}" for head in ("president", "presidente") for body in (
        "de la region", "du conseil regional", "du conseil departemental", "du departement",
        "de la metropole", "de l'agglomeration", "de la communaute", "de la republique")))
"""Elective offices (folded): what "l'élu" and "l'élue" stand for (:data:`STANDS_FOR`);
a president of a region, a département or a metropolis is elected by its council, a
president of a firm is not."""

_MONARCHS = ("roi", "reine", "prince", "princesse", "grand-duc", "grande-duchesse",
             "empereur", "imperatrice", "emir", "emira", "sultan", "sultane")
"""The titles of a reigning monarch (folded), masculine then feminine: the closed class
"souverain" and "monarque" stand for (:data:`STANDS_FOR`)."""

STANDS_FOR: dict[str, tuple[str, ...]] = {
    "chef de l'etat": ("president", "presidente", "roi", "reine", "monarque", "souverain",
                       "souveraine", "emir", "sultan"),
    "cheffe de l'etat": ("presidente",),
    "chef du gouvernement": ("premier ministre", "premiere ministre", "chancelier",
                             "chanceliere"),
    "cheffe du gouvernement": ("premiere ministre", "chanceliere"),
    "chef de la diplomatie": ("ministre des affaires etrangeres",),
    "cheffe de la diplomatie": ("ministre des affaires etrangeres",),
    "garde des sceaux": ("ministre de la justice",),
    "locataire de l'elysee": ("president",),
    "locataire de matignon": ("premier ministre", "premiere ministre"),
    "locataire de la maison-blanche": ("president",),
    # the ministries' seats, as the press names their ministers
    "locataire de la place beauvau": ("ministre de l'interieur",),
    "locataire de beauvau": ("ministre de l'interieur",),
    "locataire de bercy": ("ministre de l'economie", "ministre des finances"),
    "locataire du quai d'orsay": ("ministre des affaires etrangeres",),
    "locataire de la place vendome": ("ministre de la justice",),
    "locataire de l'hotel de brienne": ("ministre des armees",),
    "patron des patrons": ("president du medef", "presidente du medef"),
    "patronne des patrons": ("presidente du medef",),
    "representant de l'etat": ("prefet",),
    "representante de l'etat": ("prefete",),
    "edile": ("maire",),
    # a mayor as the town's "premier magistrat", a minister as a "membre du
    # gouvernement" (f-speakers26; t-enrich25 E11)
    # a member of parliament leading a group or a list ("Le chef de file des
    # socialistes, X … L'eurodéputée espagnole", t-enrich24 d40)
    **dict.fromkeys(["depute", "deputee", "eurodepute", "eurodeputee", "senateur",
                     "senatrice"], ("chef de file", "tete de liste")),
    # (not "président du groupe": a firm's too, "président du groupe France
    # Télévisions" is no "eurodéputé", rpm2 T18_C2_01)
    # an elected official ("l'élu", "l'élue") is the holder of an elective office, never
    # a prefect, a judge or a director, who are appointed (Code électoral; f-speakers27:
    # "l'élu" after "le maire de Dax, X" and "le préfet des Landes, Y" is X)
    **dict.fromkeys(["elu", "elue"], _ELECTED),
    "premier magistrat": ("maire",),
    "premiere magistrate": ("maire",),
    "membre du gouvernement": ("ministre", "secretaire d'etat"),
    "parlementaire": ("depute", "deputee", "senateur", "senatrice", "eurodepute",
                      "eurodeputee"),
    "magistrat": ("juge", "procureur", "president du tribunal", "avocat general",
                  "substitut"),
    "magistrate": ("juge", "procureure", "presidente du tribunal", "avocate generale",
                   "substitute"),
    "technicien": ("entraineur", "selectionneur"),
    # a goalkeeper by the press's synonym ("le portier italien" after "le gardien
    # italien X", f-speakers24)
    "portier": ("gardien",),
    "portiere": ("gardienne",),
    "technicienne": ("entraineuse", "selectionneuse"),
    "coach": ("entraineur", "entraineuse", "selectionneur", "selectionneuse"),
    "artiste": ("chanteur", "chanteuse", "comedien", "comedienne", "acteur", "actrice",
                "peintre", "musicien", "musicienne", "realisateur", "realisatrice",
                "rappeur", "rappeuse", "sculpteur", "sculptrice", "danseur", "danseuse",
                "cineaste", "plasticien", "plasticienne", "photographe", "auteur"),
    # a lawyer by the field of law, an officer by the rank (f-speakers23, t-enrich22's
    # "le pénaliste"; "commandant des pompiers, le lieutenant-colonel X … l'officier")
    "penaliste": ("avocat", "avocate"),
    "defenseur": ("avocat",),
    "avocat": ("avocate",),
    "juriste": ("avocat", "avocate"),
    "officier": ("colonel", "lieutenant-colonel", "commandant", "capitaine", "lieutenant",
                 "general", "amiral", "chef d'escadron", "chef de bataillon"),
    "militaire": ("colonel", "lieutenant-colonel", "commandant", "capitaine", "lieutenant",
                  "general", "amiral", "sergent", "adjudant", "caporal"),
    "haut fonctionnaire": ("prefet", "prefete", "directeur general", "directrice generale"),
    "comedien": ("acteur",),
    "comedienne": ("actrice",),
    "cineaste": ("realisateur", "realisatrice"),
    "romancier": ("ecrivain", "auteur"),
    "romanciere": ("ecrivaine", "autrice", "auteure"),
    # a reigning monarch by the press's hypernym (Larousse, "souverain": "personne qui
    # exerce le pouvoir suprême : roi, empereur, prince, etc."; "monarque": "chef
    # souverain d'une monarchie"): "a déclaré le souverain" after "le prince Albert II",
    # "a confié le monarque" after "le roi Philippe" (t-final50 A7)
    **dict.fromkeys(["souverain", "monarque"], _MONARCHS),
    "souveraine": _MONARCHS[1::2],
    # the Portuguese, Spanish and Italian press's substitutes (t-final66 F2: "A ministra da
    # Saúde, Ana Paula Martins, … «…», afirmou a governante em Viana do Castelo"): a
    # minister as "o/a governante" (Priberam, "governante": "membro do governo"), a
    # mayor as "o autarca" (Priberam: "presidente de uma autarquia", the Câmara's or the
    # Junta's), "el/la edil", "el regidor" (RAE: "edil", "concejal"; "regidor",
    # "alcalde" in some countries), "il primo cittadino" (Treccani: "il sindaco")
    "governante": ("ministro", "ministra", "secretario de estado", "secretaria de estado",
                   "primeiro-ministro", "primeira-ministra"),
    "autarca": ("presidente da camara", "presidente da junta", "presidente do municipio",
                "vereador", "vereadora"),
    **dict.fromkeys(["edil", "edila", "regidor", "regidora", "primer edil"],
                    ("alcalde", "alcaldesa", "concejal", "concejala")),
    "primo cittadino": ("sindaco", "sindaca"),
    "prima cittadina": ("sindaca", "sindaco"),
}
"""Role descriptions standing for another role's holder (folded, determiner dropped): a
later "le chef de l'État" names the person introduced as "le président américain X",
"l'artiste" the one introduced as "la chanteuse X", "le technicien" a coach. A
description refers back to an antecedent with the same head or with a head it is a
synonym or a hypernym of (Poesio & Vieira 1998, "bridging" by synonymy and hyponymy,
resolved there with WordNet; here a short list of the press's usual substitutes:
"chef de l'État" for a head of state, "garde des Sceaux" for the minister of Justice,
"l'édile" for a mayor, "le technicien" for a coach, "le parlementaire" for a member of
parliament). Each value lists the role words (folded) the introduction must hold."""


def _standing_for(phrase: str) -> tuple[tuple[str, ...], set[str]]:
    """The roles a description stands for (:data:`STANDS_FOR`), with or without a
    qualifier before it ("l'ancien garde des Sceaux"), and the words after the phrase
    ("français" in "le chef de l'État français"), which the introduction's role must hold
    one of when it has an adjective of its own: two different nationalities are two
    people ("le président brésilien X" is not "le chef de l'État français"). ((), set())
    when it stands only for its own head."""
    written = fold(phrase).split()
    for size in range(len(written), 1, -1):  # "premier magistrat": a qualifier in the key
        found = STANDS_FOR.get(" ".join(written[:size]))
        if found is not None:
            return found, set(written[size:])
    words = [w for w in written if w not in _QUALIFIERS]
    for size in range(len(words), 0, -1):
        found = STANDS_FOR.get(" ".join(words[:size]))
        if found is not None:
            return found, set(words[size:])
    return (), set()


def roles_stood_for(phrase: str) -> tuple[str, ...]:
    """The roles (folded) a description stands for, its qualifiers apart ("l'élu landais"
    → the elective offices; :func:`_standing_for`); () when only for its own head."""
    return _standing_for(phrase)[0]


_DEMONYM = re.compile(r"[a-z]{3,}(?:ien|ienne|ais|aise|ois|oise|in|ine|ain|aine|an|ane)s?")
"""The endings of French demonyms ("ajaccien", "bastiais", "lillois", "angevin",
"toulousain"; Grevisse § 169, the suffixes of the "gentilés")."""


def _other_town(phrase: str, role: str) -> bool:
    """Whether a description's demonym ("le premier magistrat ajaccien", folded words
    after its head) names another town than the one its candidate's role holds ("maire
    de Bastia"): the role names a capitalised place after "de"/"d'" and no demonym of
    the description shares its first four letters with it (a demonym is derived from
    the town's name: Ajaccio → ajaccien, Bastia → bastiais). False when either names no
    town (f-speakers26; t-enrich25 E11)."""
    towns = [fold(t) for t in re.findall(r"(?:\bde|\bdu|\bd['’])[ \xa0]*((?-i:[A-ZÀ-Ý])[\w-]+)",
                                          role)]
    demonyms = [w for w in fold(phrase).split()[1:] if _DEMONYM.fullmatch(w)
                and not french().is_verb_form(w)]
    if not towns or not demonyms:
        return False
    return not any(t.replace(" ", "")[:4] == d[:4] for t in towns for d in demonyms)


_SENTENCE_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:(?:Le|La|L['’])\s*)?(" + _PERSON + r")(?=\s*,|\s+[a-zà-ÿ])")


INSTITUTIONS = frozenset(
    "agence commission gouvernement ministere parquet tribunal cour conseil societe groupe "
    "entreprise banque parti syndicat federation association journal quotidien hebdomadaire "
    "magazine chaine radio television office autorite comite assemblee senat police "
    "gendarmerie armee etat ville mairie region departement prefecture ambassade "
    "organisation union alliance coalition direction cabinet equipe club fondation institut "
    "ecole universite hopital opposition majorite justice presse "
    "marque enseigne firme filiale multinationale laboratoire constructeur fabricant".split())
"""Nouns of bodies, not persons (folded): a description with one of these heads is the
body itself, never a person named in the sentence before. Firms are bodies whatever the
noun's form ("la marque", "l'enseigne", "le constructeur", "le fabricant": an agent
suffix names the firm that makes, not a person, in the business pages)."""
FOREIGN_BODIES = frozenset(
    # Italian
    "azienda societa compagnia impresa ditta gruppo comune regione provincia ministero "
    "governo prefettura questura procura direzione sindacato associazione federazione "
    "agenzia autorita ente fondazione ospedale universita scuola polizia "
    # Spanish
    "empresa compania sociedad ayuntamiento consistorio diputacion gobierno ministerio "
    "consejeria delegacion subdelegacion direccion sindicato asociacion federacion agencia "
    "autoridad fundacion hospital universidad confederacion "
    # Portuguese
    "companhia sociedade transportadora operadora camara autarquia governo ministerio "
    "direcao sindicato associacao federacao agencia autoridade fundacao universidade "
    # Catalan
    "empresa companyia ajuntament consell generalitat govern conselleria departament "
    "sindicat associacio federacio agencia autoritat fundacio universitat "
    # German
    "firma unternehmen konzern gesellschaft stadt gemeinde stadtverwaltung regierung "
    "ministerium behorde polizei verband gewerkschaft bahn "
    # English
    "company firm group council government ministry department agency authority union "
    "association federation police".split())
"""Nouns of bodies (folded) of the Italian, Spanish, Portuguese, Catalan, German and
English press, read by the same rules as French (no model for them): "secondo l'azienda",
"según la empresa", "a transportadora" are the body, never the person quoted before
(t-final64 #4, h-speakers65: "«…», secondo l'azienda" gave the previous speaker)."""
_COLLECTIVE_SUFFIX = re.compile(r"(?:ariat|orat|onat|icat|ulat)$")
"""The suffix -at of French nouns of collectivities and offices, never of agents
(Grevisse, *Le Bon Usage*, the suffix -at: "patronat", "syndicat", "électorat",
"secrétariat", "consulat"); "avocat", "candidat", "magistrat" end in "-at" after other
letters."""
_ABSTRACT_SUFFIX = re.compile(r"(?:ment|[tsx]ion|isme|[ae]nce|ense|erie|ture)$")
"""Suffixes of nouns of actions, states, places and institutions, never of agents
("gouvernement", "direction", "présidence", "gendarmerie", "préfecture", but also
"agression", "harcèlement"): agent nouns take -eur, -ier, -iste, -ant/-ent, -aire (Riegel,
Pellat & Rioul, *Grammaire méthodique du français*, la dérivation suffixale); "-eure"
("procureure") is no "-ture"."""


def _head(noun: str) -> str:
    words = [w for w in fold(noun).split() if w not in _QUALIFIERS]  # "nouveau gouvernement"
    return words[0] if words else ""


def is_body(noun: str) -> bool:
    """Whether a common noun (its head word, any case or accents) names a body that may
    speak, not a person: one of ``INSTITUTIONS`` or ``COLLECTIVES``, or a noun in -at of a
    collectivity (``_COLLECTIVE_SUFFIX``): "Le patronat a dénoncé", "le syndicat", "la
    direction"."""
    head = _head(noun)
    return bool(head) and (head in INSTITUTIONS or head in COLLECTIVES
                           or head in FOREIGN_BODIES
                           or _COLLECTIVE_SUFFIX.search(head) is not None)


def is_person_noun(noun: str) -> bool:
    """Whether a common noun may name a person: not a body (:func:`is_body`) and not a
    noun with a suffix of actions, states or institutions (``_ABSTRACT_SUFFIX``). A
    description whose head is no person noun never stands for a person named before."""
    head = _head(noun)
    return bool(head) and not is_body(head) and _ABSTRACT_SUFFIX.search(head) is None


COLLECTIVES = frozenset(
    "entourage camp clan famille personnel collectif intersyndicale patronat syndicats "
    "comite societe municipalite communaute collectivite universite academie compagnie "
    "executif conseil parlement presidence administration confederation magistrature "
    "mouvement rectorat staff encadrement etat-major".split())
"""Collective nouns and bodies (folded) beside ``INSTITUTIONS``: "l'entourage du ministre",
"le camp Sarkozy", "l'exécutif", "la présidence"; a team's "staff", "encadrement",
"état-major" (a group of people speaking as one: never the player it speaks of,
t-enrich21 E2)."""
LEADING_WORDS = frozenset(
    "mais et or donc car puis alors ainsi enfin aussi comment pourquoi quand quel quelle quels "
    "quelles combien ou selon pour avec sans chez contre apres avant depuis pendant si".split())
"""Capitalised words opening a sentence or a headline that are no part of the name after
them ("Mais Paul Martin a dit", "Comment Sarkozy veut …": an interrogative, a preposition
or a conjunction, never a given name)."""


def _continued_subject(text: str, head: str, gender: str, start: int
                       ) -> tuple[str, tuple[int, int]] | None:
    """The person an earlier definite description with the same head named when it opened
    the sentence after one whose subject is a name: "Nicolas Sarkozy a présenté … . Le
    président de la République a saisi …" (the subject of a sentence continues the
    previous sentence's subject, centering theory: Grosz, Joshi & Weinstein 1995), so a
    later "le président" is Nicolas Sarkozy (same head: Poesio & Vieira 1998). The
    description's determiner must not mark another gender than the name's title."""
    if not is_person_noun(head):
        return None
    head_pattern = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(Le|La|L['’])\s*(?:\w+\s+)?"
                              + re.escape(head) + r"\b", re.IGNORECASE)
    for mention in reversed(list(head_pattern.finditer(text, 0, start))):
        own = _gender_of(mention.group(1), "")
        if gender and own and own != gender:
            continue
        sentence_start = max(text.rfind(". ", 0, mention.start() - 1),
                             text.rfind("\n", 0, mention.start() - 1)) + 1
        subject = _SENTENCE_SUBJECT.match(text, sentence_start + (
            1 if text[sentence_start:sentence_start + 1] == " " else 0))
        if subject is None or mention.start() - sentence_start > 400:
            continue
        name, name_start = subject.group(1), subject.start(1)
        if fold(name.split()[0]) in LEADING_WORDS:  # "Mais Paul Martin a dit"
            name = name.split(" ", 1)[1] if " " in name else ""
            name_start = subject.end(1) - len(name)
            if " " not in name:
                continue
        if gender and _gender_of("", name) not in ("", gender):
            continue
        return name, (name_start, subject.end(1))
    return None
