"""A person's long title before the name: where the name starts.

French sets a title in apposition before a name with no comma: "la ministre de
l'Agriculture et de la Souveraineté alimentaire Annie Genevard", "le ministre néerlandais
des Infrastructures et de la Gestion de l'eau Pieter van Houten", "la ministre
bruxelloise de la Mobilité, des Travaux publics et de la Sécurité routière Elke Van den
Bosch" (Grevisse § 343, the apposition; a portfolio's words are capitalised, Lexique des
règles typographiques en usage à l'Imprimerie nationale, "ministère"). A title is a role
noun, then adjectives (a nationality: "italienne"), then complements, each opening with a
preposition ("de", "des", "du", "d'", "aux", "à", "chargé de") and joined by "et" or a
comma; the person is the capitalised run closing it. A complement's capitalised words
belong to the title ("des Transports", "de la CGSP Cheminots et Transports"), so the name
starts at its given name when one is known, else it is the run's last two words
(f-speakers23, t-final22 F5: "Transports Carla Benedetti" was a person, and titles of
more than ten words gave no speaker or the previous one).
"""

from __future__ import annotations

import re

from veille.enrich.body_holders import BODY_CLASS_NOUNS, territory_name
from veille.enrich.gender import given_name_gender
from veille.enrich.lexicon import french
from veille.enrich.name_particles import name_word_at
from veille.enrich.organisation_heads import is_organisation_head
from veille.enrich.party_labels import is_party_label
from veille.enrich.quotes_refs import is_body
from veille.enrich.speaker_adjuncts import adjunct_start
from veille.enrich.text import TITLE_NOUNS, fold

_DETERMINER = re.compile(r"(?i)(?:le|la|les|l['’]|son|sa|ses|leur|leurs|notre|un|une|ce|cet|"
                         r"cette)\s*|(?:el|il|lo|gli|los|las|o|os|as|a)\s+")
"""A determiner opening a title: French, and the it/es/ca/pt articles ("el president de
la Generalitat Salvador Illa", t-final65 A4)."""
_PREPOSITION = frozenset("de des du d' d’ aux au à a chargé chargée chargés délégué "
                         "déléguée et en pour sur "
                         # it/es/pt/ca: "il presidente di", "della", "o presidente da",
                         # "del", "dels" (the same complement of a title, t-check63 #4)
                         "di del della dello dei degli delle da do das dos dels "
                         # the portfolio's other prepositions: "l'assessore ai Lavori
                         # Pubblici X", "alla Sanità", "per gli Affari Regionali", "ao
                         # Ambiente", "para a Igualdade" (h-speakers67: the portfolio's
                         # words were read as the name's)
                         "ai al alla alle allo agli per ao aos às para".split())
_ELIDED = re.compile(r"(?:[dl]|dell|dall|all|nell|sull)['’]\S+")
"""A complement's elided article or preposition glued to its word: "l'Agriculture",
"d'Arcy", the Italian "dell'Associazione" (the complement of a title)."""
_ARTICLE = frozenset("la le les l' l’".split())
_PARTICLES = frozenset("van von der den de da del di do dos du ter zu al el ben bin ibn "
                       "bou abou abu la le".split())
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*[^\W\d_]|[^\W\d_]|,")
_CLAUSE_WORDS = frozenset("qui que dont a ont est sont était étaient avait avaient été "
                          "sera seront fut ne pas se il elle ils elles on".split())
"""Words of a clause (auxiliaries, pronouns, negation): never inside a title."""
MAX_TITLE_WORDS = 24
"""Most words in a title before its holder's name."""
ROLE_NOUNS = TITLE_NOUNS | frozenset(
    "porte-parole secretaire-general secretaire-generale patron patronne dirigeant "
    "dirigeante responsable chef commandant commandante lieutenant-colonel colonel general "
    "generale capitaine gouverneur gouverneure senateur senatrice depute deputee "
    "eurodepute eurodeputee "
    "vice-president vice-presidente premier premiere haut haute ancien ancienne "
    "rapporteur rapporteure recteur rectrice bourgmestre echevin echevine inspecteur "
    "inspectrice administrateur administratrice coordinateur coordinatrice entraineur "
    "entraineuse selectionneur selectionneuse questeur questeure "
    # it/es/ca/pt offices before a holder's name ("l'assessora della Regione Monia
    # Monni", "la consellera de Salut", "o vereador da Câmara": t-final65 A4)
    "assessore assessora consigliere consigliera sindaco sindaca alcalde alcaldesa "
    "consejero consejera conseller consellera presidenta vereador vereadora autarca "
    "ministra ministro governatore governatrice prefetto".split())
"""Nouns (folded) that open a person's title."""


def _given(word: str) -> bool:
    """Whether ``word`` is a known given name, or a compound of them ("Jean-Noël")."""
    return bool(given_name_gender(word)) or (
        "-" in word and all(given_name_gender(p) for p in word.split("-") if p))


_HONORIFICS = frozenset("M Mme Mlle Me Dr MM Mgr Pr".split())
"""Honorifics (as :data:`_TOKEN` reads them, without their period) before a surname."""


def surname_after_title(word: str, complement_word: str, text: str) -> bool:
    """Whether ``word``, one capitalised word closing a title after its complement's word
    ``complement_word`` ("Culture" in "la ministre de la Culture Hamon", "" when a
    lower-case word stands between: "de l'Aménagement du territoire Gatel"), is the
    holder's surname rather than the complement's last word: the surname of a person
    ``text`` names in full ("Claire Hamon"), else a word that is no French common word
    nor a nationality (a portfolio's words are: "Transports", "Culture"; "Madrid",
    "Saint-Germain" close a club's name, "du Real Madrid", "du Paris Saint-Germain": the
    complement's own word must then be a common word, as a portfolio's are)."""
    if len(word) < 3 or word.isupper() or not word[:1].isupper() or \
            re.match(r"(?i)(?:saint|sainte|st|ste)\b", word) or (
                complement_word and _given(complement_word)
                and not french().is_word(complement_word)):
        return False  # ("sa réponse à Ségolène Royal": a given name, then the surname)
    if text and re.search(re.escape(word) + r"[ \xa0]*,?[ \xa0]*[A-ZÀ-Ý][a-zà-ÿ'’-]+[ \xa0]+"
                          r"[A-ZÀ-Ý]|(?:\b(?:en|à|au|aux)[ \xa0]+)" + re.escape(word) + r"\b",
                          text):
        return False  # "de Santé publique France, Sonia Ferrand", "en France": a title's
        # word before another person's name, or a place
    if complement_word in _HONORIFICS:
        return False  # "le conseiller de M. Sarkozy": the role's complement is a person
    if text and any(_given(m.group(1)) for m in re.finditer(
            r"(?<![\w'’-])([A-ZÀ-Ý][a-zà-ÿ'’-]+)[ \xa0]+" + re.escape(word) + r"(?![\w'’-])",
            text)):
        return True  # "la ministre Claire Hamon … la ministre de la Culture Hamon"
    lexicon = french()
    if lexicon.is_word(word) or lexicon.is_adjective(word):
        return False  # "ministre de la Santé publique Nord"? a common word: not a name
    return not complement_word or lexicon.is_word(complement_word)


_PORTFOLIO_OFFICE = re.compile(
    r"(?i)(?:vice-?|sub|sotto)?(?:ministr[oae]s?|minister|secret[aá]ri[oa]s?|"
    r"sottosegretari[oa]|consejer[oa]s?|conseller(?:a|s|es)?|conselleir[oa]s?|"
    r"assessor[ea]?s?|assessora|consiglier[ea]|conseill(?:er|ère)|concejal(?:a|es)?|"
    r"vereador(?:a|es)?)")
"""Office nouns whose complement is a portfolio, never a body named by its holder's
title: "il ministro della Protezione Civile Nello Musumeci" holds the portfolio
("Protezione Civile", an organisation's head noun) then the holder's name, so the run
after the complement is cut before its last two words even with no known given name
(stop65 "Speakers/entities": "Civile Nello Musumeci"; h-speakers67)."""


def titled_name(phrase: str, text: str = "") -> tuple[int, int] | None:
    """Where the holder's name lies in ``phrase``, a whole noun phrase "[determiner] role
    [adjectives] [complements] Name Surname" (offsets in ``phrase``); None when the
    phrase is no such title then name (no role noun opening it, a word that belongs to
    neither, or fewer than two capitalised words closing it). One surname alone closes
    a title after its complement ("le ministre des Transports Tabarot", "la ministre de
    l'Aménagement du territoire Gatel") when :func:`surname_after_title` holds, ``text``
    (the article) naming the person in full or the word being no common word
    (f-speakers24)."""
    lead = _DETERMINER.match(phrase)
    at = lead.end() if lead is not None else 0
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(phrase, at)]
    if len(tokens) < 3 or fold(tokens[0][0]) not in ROLE_NOUNS or len(tokens) > MAX_TITLE_WORDS:
        return None
    # the closing run: capitalised words and particles, up to the end
    n = len(tokens)
    run = n
    words = [t[0] for t in tokens]
    while run > 1 and (tokens[run - 1][0][:1].isupper() or (
            tokens[run - 1][0].lower() in _PARTICLES and run < n
            and tokens[run - 2][0][:1].isupper()) or name_word_at(words, run - 1)):
        run -= 1  # (a lower-case particle or surname tail: "Luc Van de walle", r-quotes60)
    if not phrase[tokens[-1][2]:].strip(" \xa0") == "":
        return None
    while run < n and is_party_label(tokens[run][0]):
        run += 1  # "la députée LFI Mathilde Panot": the party's acronym is the title's
    if run < n and not tokens[run][0][:1].isupper():
        return None  # "le maire PS de Lille": a title and its complement, no name
    single = n - run == 1 and _single_surname(tokens, run, text)
    if n - run < 2 and not single:
        return None
    # the title's body: lower-case words, commas before a complement, and capitalised
    # words inside a complement (after a preposition or an article)
    in_complement = False
    lower_run = 0
    for k in range(1, run):
        word = tokens[k][0]
        low = word.lower()
        if low in _CLAUSE_WORDS or re.search(r"['’]", word) and not _ELIDED.fullmatch(word):
            return None  # "Le patron pêcheur s'est exprimé … au micro de France Bleu X":
            # a verb, a clitic or a relative pronoun: a clause, no title
        lower_run = lower_run + 1 if word[:1].islower() and low not in _PREPOSITION \
            and low not in _ARTICLE and not _ELIDED.fullmatch(word) else 0
        if lower_run > (2 if not in_complement else 3):
            return None  # a title's adjectives are few ("européen", "italienne")
        if word == ",":
            if k + 1 >= len(tokens) or tokens[k + 1][0].lower() not in _PREPOSITION:
                return None
            continue
        if low in _PREPOSITION or low in _ARTICLE or _ELIDED.fullmatch(word):
            in_complement = True  # "de", "la", "l'Agriculture": a complement opens
            continue
        if word[:1].isupper() and not in_complement and not is_party_label(word):
            return None  # a capitalised word before any complement: no title's
    start = run
    if not in_complement and run > 1 and tokens[run - 1][0][:1].isupper() and \
            not is_party_label(tokens[run - 1][0]):
        return None
    given = next((k for k in range(run, n) if _given(tokens[k][0])), None)
    if given == run and n - run == 2 and in_complement and french().is_word(tokens[run][0]) \
            and (tokens[run - 1][0].lower() in _PREPOSITION | _ARTICLE):
        given = None  # "de la Santé Pelvoux": a portfolio's word, also a given name
    if given is not None and n - given >= 2 and not (
            fold(tokens[run][0]) in BODY_CLASS_NOUNS and given == run + 1
            and territory_name(phrase[tokens[given][1]:tokens[-1][2]])):
        start = given
    elif in_complement and n - run >= 3 and body_head(tokens[run][0]) and \
            not _PORTFOLIO_OFFICE.fullmatch(tokens[0][0]) and (
            fold(tokens[run][0]) not in BODY_CLASS_NOUNS
            or territory_name(phrase[tokens[run + 1][1]:tokens[-1][2]])):
        return None  # "o presidente da Associação Comercial Bracarense": the run is the
        # body's name, and no given name opens a holder's name in it ("de la" +
        # "Generalitat Salvador Illa": a body named by its class noun alone is no
        # longer name, the holder's follows, t-final65 A4)
    elif in_complement and n - run >= 3:
        start = n - 2
        if re.fullmatch(r"(?:al|el|ad|ar|as|ash|bin|ibn|ben|abu|abou)-\S+", tokens[-1][0]) \
                and start > run:
            start -= 1  # "Rami Abd al-Rahman": the article joined to the last name is no
            # name of its own (r-quotes60)
        while start > run and tokens[start - 1][0].lower() in _PARTICLES:
            start -= 1
    elif single:
        start = run
    elif in_complement and n - run == 2 and (
            tokens[run - 1][0].lower() in _PREPOSITION | _ARTICLE) and surname_after_title(
            tokens[-1][0], tokens[-2][0], text):
        start = n - 1  # "ministre des Transports Tabarot": a surname after a portfolio
    elif in_complement:
        return None  # "ministre du Real Madrid": the title's word or the name?
    if not tokens[start][0][:1].isupper():
        return None
    return tokens[start][1], tokens[-1][2]


_BODY_HEAD_WORDS = frozenset(
    "associazione associacao asociacion associacio association federazione federacao "
    "federacion federacio federation consorzio consorcio cooperativa cooperative "
    "confederazione confederacao confederacion confederacio sindacato sindicato sindicat "
    "fondazione fundacao fundacion fundacio fondation istituto instituto institut unione "
    "uniao union unio camera camara cambra chambre ordine ordem orden ordre".split())
"""Head nouns (folded) of associations', federations', chambers' and institutes' names
in fr/it/es/pt/ca: "Associação Comercial Bracarense", "Federación Berciana de Montaña"
(each language's common noun for such a body; never a given name)."""
_HEAD_LANGUAGES = ("fr", "it", "es", "pt", "ca", "de", "en")


def body_head(word: str) -> bool:
    """Whether ``word``, the first capitalised word of a title's complement, heads a body's
    name (:data:`_BODY_HEAD_WORDS`, :func:`~veille.enrich.quotes_refs.is_body`, or an
    organisation head of ``data/organisation_heads.tsv`` in a language veille reads): the
    capitalised run it opens is that body's name, not its name then a holder's."""
    folded = fold(word)
    return folded in _BODY_HEAD_WORDS or is_body(folded) or any(
        is_organisation_head(word, language) for language in _HEAD_LANGUAGES)


def _single_surname(tokens: list[tuple[str, int, int]], run: int, text: str) -> bool:
    """Whether the one capitalised word closing ``tokens`` (at ``run``) is a surname after
    a title's complement: after a lower-case word that is no preposition nor article
    ("du territoire Gatel", "de l'Éducation nationale Geffray"), or after an elided
    complement's capitalised word ("de l'Industrie Lescure"), when
    :func:`surname_after_title` holds."""
    if run < 2 or not any(t[0].lower() in _PREPOSITION or _ELIDED.fullmatch(t[0])
                          for t in tokens[1:run]):
        return False  # no complement: "le ministre Hamon" is no long title
    before = tokens[run - 1][0]
    elided = re.fullmatch(r"[dlDL]['’]([A-ZÀ-Ý]\S*)", before)
    if elided is not None:
        return surname_after_title(tokens[run][0], elided.group(1), text)
    if before[:1].islower() and before.lower() not in _PREPOSITION and \
            before.lower() not in _ARTICLE and before.lower() not in _PARTICLES and \
            not is_body(before) and not _given(tokens[run][0]) and text:
        # (not "la Commission Ursula von der Leyen", a particle; not "de Santé publique
        # France", a body's name whose last word is a given name or a country's: only
        # with the article to read, ``surname_after_title``; not "de la région
        # Auvergne-Rhône-Alpes": a body's or a territory's noun takes its own name in
        # apposition, Grevisse § 343, t-final28 F4)
        return surname_after_title(tokens[run][0], "", text)
    return False


_SUBJECT_TAIL = re.compile(r"(?:(?<=\s)|(?<=['’]))(?:a|ont|avait|avaient|est|sont|était|étaient|"
                           r"ne|n['’]|l['’]|s['’]|se|en|y|le|la|les|lui|leur|m['’]|me|nous|"
                           r"vous)\s*$")


def titled_subject(subject: str) -> tuple[str, int, int] | None:
    """The holder named at the end of the words before a speech verb when they close with
    a title then a name ("Le secrétaire général de la CGSP Cheminots et Transports Marc
    Delvaux l'a annoncé", its clitics and auxiliary apart): the name and its offsets in
    ``subject``; None otherwise."""
    trimmed = subject.rstrip()
    while (tail := _SUBJECT_TAIL.search(trimmed)) is not None and tail.start() > 0:
        trimmed = trimmed[:tail.start()].rstrip()
    for det in re.finditer(r"(?i)(?<![\w'’-])(?:le|la|les|l['’]|son|sa|leur)\s*(?=\w)", trimmed):
        found = titled_name(trimmed[det.start():])
        if found is not None:
            begin, end = det.start() + found[0], det.start() + found[1]
            return trimmed[begin:end], begin, end
    return None


_INCISE_END = re.compile(r"[.;:!?«»“”\"()\n]|\s[-–—]\s")


def titled_incise(text: str, at: int, limit: int) -> tuple[str, int, int] | None:
    """The holder named by an inverted subject with a long title after an incise's verb
    at ``at`` ("», a assuré le ministre de l'Agriculture, de l'Alimentation et de la Forêt
    Hervé Lemarchand."): the longest run of the incise up to a comma or its end that is
    a title then a name; its name and offsets in ``text``. None otherwise."""
    stop = _INCISE_END.search(text, at, limit)
    window = text[at:stop.start() if stop is not None else limit]
    adjunct = adjunct_start(window)
    if adjunct is not None:  # "», a promis le préfet devant Lille Demain": the
        window = window[:adjunct]  # association is no holder of the title (f-places32)
    lead = len(window) - len(window.lstrip())
    ends = [m.start() for m in re.finditer(",", window)] + [len(window.rstrip())]
    for end in reversed(ends):
        found = titled_name(window[lead:end], text)
        if found is not None:
            begin = at + lead + found[0]
            apposed = _APPOSED_HOLDER.match(window, end) if end < ends[-1] else None
            if apposed is not None and window[apposed.end():].strip(" \xa0")[:1] not in ("", ","):
                apposed = None  # (the name closes the incise or an adjunct follows it)
            if apposed is not None and given_name_gender(apposed.group(1).split()[0]) and (
                    not given_name_gender(window[lead + found[0]:].split()[0])
                    or _cut_from_name(window[lead:lead + found[0]])):
                # "a souligné le président de Valence Romans Agglo, Nicolas Daragon": the
                # run before the comma is the title and its body's name ("Romans Agglo" is
                # no person: no given name opens it); the name in apposition after it,
                # opened by a given name, holds the title (Grevisse § 343, t-final31 F4),
                # an adjunct after it or not ("…, Nicolas Daragon, lors de la séance",
                # t-check63 #4)
                return apposed.group(1), at + apposed.start(1), at + apposed.end(1)
            return text[begin:at + lead + found[1]], begin, at + lead + found[1]
    return None


_CAPITALISED_END = re.compile(r"(?<![\w'’-])[A-ZÀ-Ý][\w'’-]*[ \xa0]*$")


def _cut_from_name(before: str) -> bool:
    """Whether the words ``before`` a title's holder end with a capitalised word: the run
    read as the holder is the tail of a longer capitalised name ("o presidente da Câmara
    de Vila Nova de Foz Côa": "Nova de Foz Côa" is no person though "Nova" is a given
    name; the town is "Vila Nova de Foz Côa"), so a name in apposition after the comma is
    the holder (h-speakers66b, t-final66 F2)."""
    return _CAPITALISED_END.search(before) is not None


_APPOSED_HOLDER = re.compile(r",[ \xa0]*([A-ZÀ-Ý][\w'’-]+(?:[ \xa0]+(?:[A-ZÀ-Ý][\w'’-]+|"
                             r"(?:de|du|des|d['’]|le|la|van|von|al|el|ben)))*"
                             r"[ \xa0]+[A-ZÀ-Ý][\w'’-]+)[ \xa0]*")
"""A name in apposition closing an incise (", Nicolas Daragon"): capitalised words, the
particles of a surname between them."""


def title_words(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, the words an entity mention adds before a speaker's
    name, are a title's: a complement's words right after its preposition or article
    ("Armées" of "la ministre des Armées Vautrin", "Éducation nationale" of "le ministre
    de l'Éducation nationale Geffray"), or a role noun ("Premier ministre" of "le Premier
    ministre Lecornu"). A model's mention running over them is no longer name: the
    speaker stays the surname the quote rules cut (f-speakers24)."""
    if start >= end:
        return False
    if re.search(r"(?i)(?:(?<![\w'’])(?:de|des|du|aux?)[ \xa0]+(?:la[ \xa0]+)?|"
                 r"(?<![\w'’])[dl]['’])$", text[max(0, start - 8):start]):
        return True
    return any(fold(w) in ROLE_NOUNS for w in text[start:end].split())


_PORTFOLIO_OPENER = re.compile(
    r"(?i)(?<![\w'’-])(?:ministres?|secrétaires?[ \xa0]+d['’][ \xa0]*[ÉE]tat|"
    r"haute?s?-commissaires?|commissaires?|déléguée?s?)(?![\w'’-])"
    r"[^.;:!?«»“”\"\n()]{0,90}?(?<![\w'’-])(?:de|des|du|d['’]|à|aux|au)[ \xa0]*"
    r"(?:la[ \xa0]+|l['’][ \xa0]*)?$")
"""The end of a portfolio title before a capitalised run: an office noun ("ministre",
"secrétaire d'État", "commissaire") and, in the same clause, the preposition of its
portfolio ("des Armées", "de l'Économie et des Finances", "à la Consommation",
"chargée de la Mer")."""


def portfolio_holder(text: str, start: int, name: str) -> int | None:
    """Where the holder's name begins in ``name`` (a capitalised run at ``start`` in
    ``text``) that a portfolio title's complement opens: "la ministre des" + "Armées
    Vautrin" → "Vautrin", "le ministre de la" + "Transition écologique Gayraud" →
    "Gayraud", "la secrétaire d'État à la" + "Consommation Étienne" → "Étienne". After
    the portfolio's preposition (:data:`_PORTFOLIO_OPENER`), the run's leading French
    common words and adjectives are the portfolio's (capitalised by the Imprimerie
    nationale's rule for ministries), never a name; the first word that is no common word
    or is a known given name ("Pierre Moreau") opens the name, unless a preposition or an
    article stands right before it ("des Transports du Québec": the portfolio's own
    complement) (t-enrich24, q-speakers24:
    "Armées Vautrin" was a person). None when the run opens with no common word, when
    the whole run is common words, or when no portfolio precedes it."""
    words = list(re.finditer(r"\S+", name))
    if len(words) < 2 or not _PORTFOLIO_OPENER.search(text, max(0, start - 140), start):
        return None
    lexicon = french()
    index = 0
    while index < len(words):
        word = words[index].group().strip(",")
        if word.lower() in ("et", "de", "des", "du", "la", "le", "l'", "l’", "d'", "d’") or (
                not _given(word) and (lexicon.is_word(word) or lexicon.is_adjective(word))
                and not word.isupper()):
            index += 1
            continue
        break
    if index == 0 or index >= len(words) or not words[index].group()[:1].isupper() or \
            words[index - 1].group().lower() in ("et", "de", "des", "du", "la", "le", "l'",
                                                 "l’", "d'", "d’"):
        return None  # ("des Transports du Québec": a complement of the portfolio, no
        # holder, t-enrich24 d05)
    return words[index].start()
