"""Bylines and author lists: people are authors, agencies and newsrooms are not.

docs/record.md: ``Content.authors`` holds people only. A wire agency named in a byline
("Le Monde avec AFP", "By MARIA GONZALEZ Associated Press") or listed as an author (a
JSON-LD ``Organization``, a NewsML-G2 ``<creator>`` "AFP") is a *credit*, kept in
``evidence["credit"]``; a newsroom ("la rédaction", "Staff"), a job title ("Economics
Correspondent") and the publication itself ("Le Monde", "Ouest-France") are neither.

The agencies are the table of :mod:`veille.extract.agencies` (EANA and MINDS members and
the main world agencies, with their written forms); the newsroom and job-title words are
a short multilingual list (English, French, German, Spanish, Italian, Dutch), the titles
newspapers print after a byline's name.
"""

from __future__ import annotations

import html
import re
from collections.abc import Collection
from importlib import resources

from veille.collector import built_once
from veille.enrich.gender import given_name_gender
from veille.extract.agencies import (
    agencies,
    agency_named,
    folded_words,
    names_pattern,
    tail_pattern,
    written_pattern,
)
from veille.lazy_re import lazy_compile

#: The formulas that open a byline before the name(s): "Par", "By", and the French press's
#: other credit formulas, each a house style of francophone papers: "Propos recueillis par"
#: (interviews), "Entretien réalisé par", "Repéré par" (Slate.fr's short format), "Édité
#: par" (RTBF's "Par Belga, édité par X"), and the correspondent's formulas "De notre
#: correspondant à Dakar," / "Avec notre envoyée spéciale à Kiev," (RFI, Le Monde). The
#: first three are :data:`_LONG_FORMULAS`, also read at the start of a byline's later
#: parts. Matched without regard to case.
_LONG_FORMULAS = (
    r"(?:de|avec)\s+(?:notre|nos|son|sa|leur)\s+(?:correspondante?s?|envoyée?s?\s+"
    r"spéciale?s?|envoyée?s?)(?:\s+(?:permanente?s?|régionale?s?))?"
    r"(?:\s+(?:à|au|aux|en|dans)\s+[^,]{1,40})?\s*,",
    r"(?:propos|texte|interview|entretien)s?\s+(?:recueillis|réalisée?s?|traduits?)\s+par",
    r"(?:repérée?|éditée?|adaptée?|traduite?)\s+par",
)
CREDIT_FORMULAS = (*_LONG_FORMULAS, r"written by", r"reporting by", r"texte", r"text",
                   # "Écrit par X" (France Télévisions' la1ere and franceinfo regions'
                   # byline; newuser13a C6, h2 C8), "Rédigé par X", "Article rédigé
                   # par X" (franceinfo's signature block)
                   r"(?:article\s+)?(?:écrite?|rédigée?)s?\s+par",
                   r"par", r"by", r"von", r"por", r"di", r"door", r"de",
                   # Arabic "بقلم" ("by the pen of") and "كتب/كتبت" ("wrote"), Chinese
                   # "记者" ("reporter"), as Arabic and Chinese papers open a byline
                   # (newuser12 W7: they stayed in the author's name)
                   r"بقلم", r"كتبت?", r"(?:本报)?记者",
                   # Russian and Ukrainian "Автор:", Hebrew "מאת", Persian "نوشته"
                   # (verify12 X7)
                   r"автор", r"מאת", r"نوشته")
#: The op-ed formulas: "Une opinion de X" (La Libre Belgique), "Tribune de X", "Une
#: chronique de X", "Analyse de X", "Carte blanche de X" (Le Soir). Their words also open
#: titles and names ("Tribune de Genève", "Analyse de la situation"), so they open a byline
#: only when a person's name follows (:func:`opinion_byline`).
_OPINION = lazy_compile(
    r"^(?i:(?:une?\s+)?(?:opinion|tribune|chronique|analyse|reportage|carte\s+blanche|"
    r"texte)\s+(?:de|par)\s+|(?:une?\s+)?(?:opinion|tribune|chronique|analyse|reportage|"
    r"carte\s+blanche|texte)\s+d['’]\s*)")
_FORMULA = "(?:" + "|".join(CREDIT_FORMULAS) + ")"
_BYLINE_PREFIX = lazy_compile(
    rf"^(?:(?i:{_FORMULA})(?:\s*:?\s+|(?<=[,'’])\s*)"
    # Glued to the name when the page set "Par" and the name in two elements with no
    # space between them ("Par<span>Sébastien Farcis</span>" reads "ParSébastien
    # Farcis"): only "Par"/"By" before a capitalised word ("DiCaprio" stays whole).
    r"|(?:Par|By|PAR|BY)(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]))")
#: A formula opening one part of a byline after another ("Par Belga, édité par Julie
#: Masset"): only the longer formulas, never a bare "de" or "par" (a name's own word).
_PART_FORMULA = lazy_compile(rf"^(?i:{'|'.join(_LONG_FORMULAS)})\s*:?\s*")
#: Name particles written in lower case inside a surname ("Sophie de La Tour du Pin").
PARTICLES = ("de|da|das|do|dos|van|von|der|den|del|della|le|la|du|di|bin|ibn|ter|ten|af|"
             "zu")
#: A capitalised word, Latin or Cyrillic ("Иван Петров": r-mast51, a Russian byline's
#: author was no person's name).
_CAP = r"[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’\-]*\.?"
#: A person's name: capitalised words, with lower-case particles between them and elided
#: ones before them ("Frances d'Emilio").
_NAME = lazy_compile(rf"^{_CAP}(?:\s+(?:(?:{PARTICLES})\s+){{0,3}}(?:d['’])?{_CAP}){{1,5}}$")

#: News agencies (:mod:`veille.extract.agencies`, a sourced table): credited with a
#: byline ("Le Monde avec AFP"), never its authors. ``_AGENCY_NAMES`` matches every form,
#: the strict ones (common words elsewhere: "TT", "MAP") as written; ``_LOOSE_NAMES`` only
#: the others, for a line that is only a credit ("Belga -", "Source : Belga").
_AGENCY_NAMES = names_pattern()
_LOOSE_NAMES = names_pattern(strict=False)
_AGENCY = lazy_compile(rf"^(?i:l['’]\s*)?{_AGENCY_NAMES}\.?$")
#: A byline opening with "Avec AFP" / "With Reuters": a credit alone ("Con Coughlin" is a
#: name: only an agency's name after the word makes it a credit).
_WITH_AGENCY = lazy_compile(rf"^(?i:avec|with|mit|con)\s+(?=(?i:l['’]\s*)?{_AGENCY_NAMES}\b)")
#: An agency's name ending a byline with no separator: "By MARIA GONZALEZ Associated Press"
#: (:func:`veille.extract.agencies.tail_pattern`: no one-word name that is also a surname).
_AGENCY_TAIL = lazy_compile(
    rf"^(?P<name>.+?)\s*[,/(]?\s*\(?(?<!\w)(?P<agency>{tail_pattern()})\)?\.?$")
#: A line that is only an agency's credit, in the forms news sites print it near the
#: headline: "Par Belga", "(Belga)", "Belga -", "avec Belga", "Source : Belga", "Sources :
#: AFP et Belga", "Belga/AFP". The strict names only after "Par"/"By" or in parentheses
#: ("Source : MAP" may credit a map).
_LIST_SEP = r"\s*(?:[,/&]|\s(?i:et|and|und|y|e|en)\s)\s*"
_ELIDED = r"(?i:l['’]\s*)?"
_CREDIT_LIST = (rf"{_ELIDED}(?:{{names}})(?:{_LIST_SEP}{_ELIDED}(?:{{names}}))*")
#: The longer ways a paper says a dispatch went into its text, before the agency's name:
#: "Con información de EFE" (El País, La Vanguardia), "con informazioni di ANSA", "Mit
#: Material von dpa" (Der Spiegel, Die Zeit), "With files from The Canadian Press"
#: (t-final55b A15: "Con información de EFE." was no credit). A regex alternation.
CONTRIBUTION_PHRASES = (r"con\s+informaci[oó]n(?:es)?\s+de(?:\s+la)?|con\s+informazioni\s+d[ia]"
                        r"|mit\s+material\s+(?:von|der)|with\s+files\s+from"
                        r"|met\s+informatie\s+van|com\s+informaç(?:ões|ão)\s+d[aeo]")
_CREDIT_LINE = lazy_compile(
    r"^(?:(?i:sources?|quelle|quellen|fuentes?|fonti?|bron|bronnen|crédits?|credits?)\s*:\s*"
    r"|(?i:avec|with|mit|con|" + CONTRIBUTION_PHRASES + r")\s+)?"
    rf"\(?\s*(?P<list>{_CREDIT_LIST.format(names=_LOOSE_NAMES)})\s*\)?\s*[-–—.]?$")
_CREDIT_LINE_STRICT = lazy_compile(
    r"^(?:(?i:par|by|von|por|di|door|de)\s+(?P<by>{list})\s*\.?|\(\s*(?P<paren>{list})\s*\))$"
    .format(list=_CREDIT_LIST.format(names=_AGENCY_NAMES)))
#: "avec AFP", "with Reuters": what follows is a credit, not a co-author.
_WITH = lazy_compile(r"\s+(?:avec|with|mit|con)\s+", re.IGNORECASE)
#: A name opening with an article is a publication's ("Le Monde", "The Guardian").
ARTICLE_WORDS = frozenset("le la les l the der die das el los".split())
#: Newsrooms and job titles: a part holding one of these words names no person.
_ROLE_WORDS = frozenset("""
    rédaction redaction rédac newsroom staff desk team équipe equipe service redaktion
    redacción redaccion redazione redactie redação redacção redacao redacció redaccio
    correspondent correspondant correspondante corresponsal corrispondente korrespondent
    korrespondentin reporter reporters journalist journalists journaliste journalistes
    periodista giornalista editor editors éditeur rédacteur rédactrice redacteur redactrice
    writer writers columnist columnists chroniqueur chroniqueuse chroniqueurs
    envoyé envoyée envoyee envoye envoyés envoyées envoyes envoyees
    correspondents correspondants correspondantes corresponsales corrispondenti
    rédacteurs rédactrices redacteurs redactrices reporteur reporteuse reporteurs
    critic critics critique critiques pigiste pigistes stringer freelance freelancer
    chef adjoint adjointe
    photographer photographers photographe photographes contributor contributors analyst
    producer chief
    redakteur redakteurin autor autorin
    contribution contributions externe externes opinion opinions tribune tribunes invité
    invitée invités chronique éditorial édito collectif partenaire partenaires
    editorial editorials leitartikel
    redactor redactora redactores redactoras enviado enviada enviados enviadas cronista
    cronistas columnista columnistas editorialista fotógrafo fotógrafa
    inviato inviata inviati inviate redattore redattrice redattori redattrici caporedattore
    caporedattrice editorialisti fotografo fotografa
    redakteure redakteurinnen korrespondenten korrespondentinnen reporterin reporterinnen
    journalistin journalistinnen fotograf fotografin kolumnist kolumnistin
    correspondente correspondentes jornalista jornalistas repórter redator redatora
    """.split())
"""The newsroom and job-title words, and the labels sites print where a name would be
("Contribution externe", La Libre Belgique's op-eds; "Opinion", "Tribune", "Invité",
"Collectif", "Partenaire"): a part holding one of these names no person. The job titles
are a closed class per language, in each gender and number: the grades and titles the
journalists' collective agreements name (Italy's CNLG FNSI–FIEG: redattore, inviato,
corrispondente, caporedattore; Spain's press agreements: redactor, redactor jefe,
corresponsal, enviado especial, fotógrafo; Germany's Manteltarifvertrag für Redakteure
an Tageszeitungen: Redakteur/in, Korrespondent/in; France's Convention collective des
journalistes: rédacteur, reporter, envoyé spécial, pigiste), plus the English newsroom's
(writer, editor, correspondent, reporter, columnist)."""
#: A one-word name made of capitalised parts joined by a hyphen is a publication's
#: ("Ouest-France", "Nice-Matin", "Sud-Ouest"), not a person's.
HYPHENATED_TITLE = lazy_compile(r"^[A-ZÀ-ÖØ-Þ][\w’']+(?:-[A-ZÀ-ÖØ-Þ][\w’']+)+$")
#: Where a byline's names end: a separator, or the date after them ("le 3 mars", "Posted
#: on"); "le" and "on" only in lower case ("Marine Le Pen").
_CUT = lazy_compile(r"\s+[-|–—]\s+|\s*[|•]\s*|\s+(?:le|on|(?i:publié|published|posted|updated|"
                  r"mis à jour))\s"
                  # A date right after the name, with or without "Le" ("Par Jean Dupont Le
                  # 01/12/2026 à 14h32": a byline box holding the name and the date).
                  r"|\s+(?:(?:Le|On)\s+)?(?=\d{1,2}(?:er)?[\s/.\-]\s*\d{1,2}[/.\-]\d{2,4}\b"
                  r"|\d{1,2}(?:er)?\s+[a-zéû]{3,9}\.?\s+\d{4}\b)")
#: What separates a byline's parts: commas, "et"/"and", "&", "avec", and a slash, which
#: joins an agency and the publication ("Belga/Le Soir", "AFP / Le Figaro": the agency
#: credited, the publication no author; verify11a V19) or a person and an agency.
#: The conjunctions in lower case or in capitals ("MARIA GONZALEZ AND JOHN SMITH"), never
#: capitalised: "And", "En", "Y" begin names.
_PARTS = lazy_compile(r",|;|\s+(?:et|and|und|y|e|en|ET|AND|UND|Y|E|EN)\s+|\s*&\s*|\s*/\s*|"
                    r"(?i:" + _WITH.pattern + ")")
_LOWER_PARTICLES = frozenset(PARTICLES.split("|")) - {"le", "la", "y"}
#: The names' end, the separators between them and the lower-case particles of a name,
#: for :mod:`veille.extract.byline_names` (whether a block after a formula names people).
NAMES_END = _CUT
NAME_PARTS = _PARTS
LOWER_PARTICLES = _LOWER_PARTICLES
#: A parenthesised aside in a byline: "Cécile Ducourtieux (Bruxelles, bureau européen)".
_ASIDE = lazy_compile(r"\s*\(([^()]*)\)?")


#: A correspondent's place after the name, joined by a preposition of place: "Kim Willsher
#: in Paris" (the Guardian's byline form), "Jean Dupont à Bruxelles", "Marie Curie au
#: Caire"; the place is one to four capitalised words, with lower-case particles between
#: them ("Saint-Martin-de-Ré", "Rio de Janeiro"). Like a parenthesised aside, it is where
#: the journalist writes from, no part of the name (newuser9 R9).
_PLACE_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’\-]*"
_PLACE = (rf"(?:[lL]['’]\s*)?{_PLACE_WORD}"
          rf"(?:\s+(?:(?:de|du|des|la|le|del|do|da)\s+)?(?:[dl]['’]\s*)?{_PLACE_WORD}){{0,3}}")
_AT = r"(?:in|à|au|aux)\s+"
_AT_PLACE = lazy_compile(rf"^(?P<name>.+?)\s+{_AT}{_PLACE}\.?$")
#: The same place alone, after a comma: "Jean Dupont, à Paris".
_PLACE_ASIDE = lazy_compile(rf"^{_AT}{_PLACE}$")


def without_place(text: str) -> str:
    """``text`` without a correspondent's place written after the name ("Kim Willsher in
    Paris" -> "Kim Willsher", "Jean Dupont à Bruxelles" -> "Jean Dupont"), when what is
    left is shaped like a person's name (:func:`is_person`); ``text`` itself otherwise
    ("Le Monde à Paris", "Manifestation à Paris")."""
    match = _AT_PLACE.match(text.strip())
    if match is None:
        return text
    name = restore_case(match.group("name").strip(" ,"))
    return name if is_person(name) else text


def drop_asides(text: str) -> tuple[str, list[str]]:
    """(``text`` without its parenthesised asides, the agencies credited in them).

    An aside is no part of a name: a place, a desk or a role ("Cécile Ducourtieux
    (Bruxelles, bureau européen)", "Jean Dupont (envoyé spécial)") is dropped; an agency
    ("Jean Dupont (AFP)") is a credit; co-authors introduced by "avec"/"with" ("Martin
    Untersinger (avec Damien Leloup)") stay in the text, as "Martin Untersinger avec
    Damien Leloup". An unclosed "(" drops the rest of the line.

    The rule is the typographic one: parentheses enclose an incidental remark about what
    precedes them (Imprimerie nationale, *Lexique des règles typographiques*,
    "Parenthèses"; The Chicago Manual of Style, 6.95)."""
    agencies: list[str] = []

    def keep(match: re.Match[str]) -> str:
        inner = " ".join(match.group(1).split())
        if is_agency(inner):
            agencies.append(re.sub(r"^[lL]['’]\s*", "", inner).rstrip("."))
        elif re.match(r"(?i)(?:avec|with|mit|con)\s", inner):
            return f" {inner} "
        return " "

    return " ".join(_ASIDE.sub(keep, text).split()), agencies


_WORD_RUN = lazy_compile(r"\w+")
"""Runs of word characters, compiled once: :func:`credit_line` runs on most short blocks of
every capture (a call through ``re.findall`` looks the pattern up in ``re``'s cache)."""


@built_once
def _signature_forms() -> dict[str, str]:
    """The agencies' one-word forms as a signature writes them, in lower case ("ats",
    "afp", "belga", "keystone-ats"), each mapped to its form in the table ("ATS"). Strict
    forms ("TT", "MAP": words elsewhere) are left out."""
    forms: dict[str, str] = {}
    for agency in agencies():
        for form in agency.forms:
            if re.fullmatch(r"[\w\-]+", form) and len(form) >= 3:
                forms.setdefault(form.lower(), form)
    return forms


_SIGNATURE_TOKEN = lazy_compile(r"[a-zà-ÿ\-]{2,12}")
_SIGNATURE_SEP = lazy_compile(r"\s*/\s*|\s+(?:avec|et|with|and)\s+|\s*,\s*|\s*\+\s*")


def signature_credit(text: str) -> list[str]:
    """The agencies of a closing signature in lower case: the journalist's initials and the
    agency's abbreviation joined by slashes or "avec" ("ats/jpr", "sjaq avec ats",
    "afp/ats/vkiss"), the house style of RTS, Le Temps and the Swiss and Belgian papers
    that rewrite a dispatch; [] for any other line. Every token is lower case, at most
    twelve letters, at least one an agency's form (:func:`_signature_forms`), at most six
    tokens."""
    text = text.strip().rstrip(".")
    if not text or len(text) > 60 or text != text.lower():
        return []
    tokens = _SIGNATURE_SEP.split(text)
    if len(tokens) > 6 or not all(_SIGNATURE_TOKEN.fullmatch(t) for t in tokens):
        return []
    forms = _signature_forms()
    return list(dict.fromkeys(forms[t] for t in tokens if t in forms))


#: How many blocks after an article's text its closing signature may sit: a score table,
#: a list of results or a photo may come between (RTS's sports briefs).
SIGNATURE_REACH = 12


#: Characters of a line, whitespace collapsed, beyond which neither a credit line (120,
#: :func:`credit_line`, its parentheses and their spaces aside: 4 more) nor a signature (60,
#: :func:`signature_credit`) can be read in it.
_LONGEST_SIGNED = 124


def closing_signatures(texts: list[str]) -> list[str]:
    """The agencies of the closing signatures (:func:`signature_credit`: "ats/jpr") among
    ``texts``, the blocks that end an article's text and the :data:`SIGNATURE_REACH`
    after it."""
    found: list[str] = []
    for text in texts:
        # A signature, or a line that is only a credit ("Avec AFP", "(ats)", "AFP/Belga",
        # "(Avec AFP)": verify11a V20), in the table's spelling. Both tests strip the text
        # themselves, so a line in no parentheses is asked once.
        bare = text.strip()
        if len(bare) > _LONGEST_SIGNED and len(" ".join(
                bare[:_LONGEST_SIGNED + 1].split())) > _LONGEST_SIGNED:
            continue  # a paragraph: neither test can answer (most of the blocks asked)
        if bare.startswith("(") and bare.endswith(")"):
            inner = bare[1:-1].strip()
            agencies = (signature_credit(bare) or signature_credit(inner)
                        or credit_line(bare) or credit_line(inner))
        else:
            agencies = signature_credit(bare) or credit_line(bare)
        found.extend(a for a in agencies if a not in found)
    return found


#: Characters of a long line whose collapsed whitespace :func:`credit_line` reads first: a
#: prefix longer than a credit line once collapsed is a whole line longer than one (the
#: rest is never read: 0.1 ms a page of HTML, on the article's paragraphs).
_CREDIT_PREFIX = 256


def credit_line(text: str) -> list[str]:
    """The agencies of a line that is only a credit ("Par Belga", "(Belga)", "Belga -",
    "avec Belga", "Source : Belga", "Sources : AFP et Belga", "Belga/AFP", "(TT)"), or []
    for any other line. A strict name (:mod:`veille.extract.agencies`: "TT", "MAP") counts
    only after "Par"/"By" or alone in parentheses."""
    if len(text) > _CREDIT_PREFIX and len(" ".join(text[:_CREDIT_PREFIX].split())) > 120:
        return []  # the whole line, its whitespace collapsed, is longer still
    text = " ".join(text.split())
    if len(text) > 120 or folded_words().isdisjoint(_WORD_RUN.findall(text.lower())):
        return []
    signed = signature_credit(text) if text.islower() else []
    if signed:
        return signed
    match = _CREDIT_LINE.match(text)
    listed = match.group("list") if match else ""
    if not listed:
        strict = _CREDIT_LINE_STRICT.match(text)
        listed = (strict.group("by") or strict.group("paren")) if strict else ""
    # In the table's spelling: "(ats)" credits ATS, not "ats" beside it (verify11a V20).
    forms = _signature_forms()
    names = [re.sub(r"^[lL]['’]\s*", "", name.strip())
             for name in re.split(_LIST_SEP, listed) if name.strip()]
    if text[:1].isupper() and any(name.islower() and forms.get(name) != name
                                  for name in names):
        # "Par ap.", "By efe.": a capitalised formula then, in lower case, an agency the
        # table spells otherwise is a sentence, not a credit ("Par dpa" is dpa's own
        # spelling); lower-case signatures come alone ("(ats)", "ats/afp").
        return []
    return [forms.get(name.lower(), name) if name.islower() else name for name in names]


#: An agency named as such: "Agence QMI", "Agence Ecofin", "Agencia Andes", "Agenzia
#: Nova", "Agência Lusa" (the word "agence" and its siblings, then one to five words, the
#: first capitalised or "de presse ..."); credited like the agencies of the table.
_AGENCY_WORD = lazy_compile(
    r"^(?:[lL]['’]\s*)?(?i:agence|agencia|agenzia|agência|agentschap|agentur)\s+"
    r"(?:(?i:de\s+presse|d['’]information|nationale?|de\s+noticias)\b.{0,40}"
    r"|[A-ZÀ-ÖØ-Þ][\w'’.\-]*(?:\s+[\w'’.\-]+){0,4})$")


#: What separates a byline from the rest of its line: a bar or bullet, or a slash between
#: spaces ("OLJ / Par Rania Haddad, le ...", L'Orient-Le Jour's outlet tag; "Publié le
#: 01/12/2026 à 14:32 | Par Aminata Sow").
_LINE_PARTS = lazy_compile(r"\s*[|•·]\s*|\s+/\s+")


#: The names may be followed by the station or the outlet after a comma ("Mardi 1
#: décembre 2026 à 17:40 - Par Sophie Ricaud, ici Occitanie", ici/France Bleu; newuser13a
#: h2 C8): :func:`split_byline` keeps the parts that name a person.
_BYLINE_AFTER_DATE = lazy_compile(r"\d[^|•·]*?\s(?:-\s+)?(?i:par|by)\s+([^|•·]{3,80}?)\s*$")


def byline_after_date(text: str) -> str:
    """The byline of a line that prints the date first and the byline after it ("Publié le
    05/03/2026 à 10:15 par Samir Benali", "Le 05/03/2026 - Par X": WordPress's "Posted on
    … by …"), as "Par X"; "" when the line has none (verify11a V15, in pages and
    captures)."""
    if len(text) > 300 or not _PAR_OR_BY.search(text):
        return ""  # a meta line is short: a long one is text (and the search, linear)
    found = _BYLINE_AFTER_DATE.search(text)
    return f"Par {found.group(1)}" if found else ""


_PAR_OR_BY = lazy_compile(r"(?i)\s(?:par|by)\s")

#: Link and emphasis marks that text tools leave around a byline's name: lynx -dump's
#: link numbers ("Par [11]Sébastien Marti"), Markdown's links ("Par [Nicolas
#: Stiel](https://…)") and bold or italics ("Par **Alain Verdevoye**", html2text and the
#: read-later exports; newuser13a C6, h2 C5). Each pattern is bounded, so linear.
_LINK_NUMBER = lazy_compile(r"\[\d{1,4}\](?=\S)")
_MARKDOWN_LINK = lazy_compile(r"\[([^\[\]]{1,120})\]\([^()\s]{0,500}\)")
_MARKDOWN_EMPHASIS = lazy_compile(r"(\*{1,2}|_{1,2})(?=[^\s*_])([^*_]{1,120}?)(?<=[^\s*_])\1")
#: A line longer than this is no byline's: it is left as it is.
_MARKED_LINE = 300


def unmarked(text: str) -> str:
    """``text`` without the link numbers and Markdown marks around its words (see
    :data:`_LINK_NUMBER`): "Par [11]Sébastien Marti" and "Par **Sébastien Marti**" read
    "Par Sébastien Marti"; a text longer than :data:`_MARKED_LINE` characters, or with
    no "[" "*" "_", is returned unchanged."""
    if len(text) > _MARKED_LINE or not ("[" in text or "*" in text or "_" in text):
        return text
    text = _MARKDOWN_LINK.sub(r"\1", _LINK_NUMBER.sub("", text))
    return _MARKDOWN_EMPHASIS.sub(r"\2", text)


def byline_part(text: str) -> str:
    """The byline of a line that also holds a date or an outlet's tag: the first part,
    between bars, bullets or spaced slashes, that opens with a credit formula
    (:data:`CREDIT_FORMULAS`: "OLJ / Par X, le 01 décembre" gives "Par X, le 01 décembre",
    whose date :func:`split_byline` cuts off) or is only an agency's credit; "" when the
    line has no such part, or is one part only."""
    parts = [p for p in _LINE_PARTS.split(" ".join(text.split())) if p]
    if len(parts) < 2 or len(text) > 300:
        return ""
    for part in parts:
        if _BYLINE_PREFIX.match(part) or credit_line(part):
            return part
    return ""


def organisation_credits(names: list[str], sites: Collection[str] = ()) -> list[str]:
    """The credits of authors given as organisations (JSON-LD ``Organization`` authors):
    an agency is credited ("AFP"); a publisher crediting an agency ("Le HuffPost avec
    AFP") credits the agency alone; the site itself or a known publication
    (:func:`is_publication`: "DNA" on www.dna.fr) credits no one; any other organisation is
    kept as written."""
    credits: list[str] = []
    for name in names:
        agencies = split_byline(name)[1]
        if not agencies and not is_publication(name, sites):
            agencies = [name]
        credits.extend(a for a in agencies if a not in credits)
    return credits


def is_agency(name: str) -> bool:
    """A wire agency's name ("AFP", "l'AFP", "Associated Press"), or a name that calls
    itself one ("Agence QMI", "Agence Ecofin": :data:`_AGENCY_WORD`)."""
    name = name.strip()
    return bool(_AGENCY.match(name) or _AGENCY_WORD.match(name))


def _key(name: str) -> str:
    """A name compared with the publications': case-folded, hyphens and apostrophes
    unified, spaces collapsed, a trailing dot dropped ("Nice-Matin" = "nice matin")."""
    folded = name.casefold().replace("’", "'").replace("-", " ")
    return " ".join(folded.split()).rstrip(".")


@built_once
def publications() -> frozenset[str]:
    """The names of ``veille/extract/data/news_publications.txt`` (:func:`_key` form)."""
    text = resources.files("veille.extract").joinpath("data/news_publications.txt").read_text(
        "utf-8")
    return frozenset(_key(line) for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


_HOST_AFFIXES = lazy_compile(r"^www\d?\.|\.(?:[a-z]{2}|com|net|org|info)$")


def site_keys(*names: str) -> frozenset[str]:
    """The :func:`_key` forms of a site's names (its declared name, its host): "www.dna.fr"
    gives "www.dna.fr" and "dna", "Le Soir" gives "le soir"."""
    keys: set[str] = set()
    for name in names:
        key = _key(name)
        if key:
            keys.add(key)
            keys.add(_HOST_AFFIXES.sub("", key))
    keys.discard("")
    return frozenset(keys)


def is_publication(name: str, sites: Collection[str] = ()) -> bool:
    """A news publication's name, no person's: one of the shipped list
    (``data/news_publications.txt``: "Jeune Afrique", "Paris Match", "DNA"), or the site's
    own (``sites``: :func:`site_keys`), equal, or an acronym opening it ("RTS" of "RTS
    Info")."""
    key = _key(name)
    if not key:
        return False
    if key in publications() or key in sites:
        return True
    return name.strip().isupper() and " " not in name.strip() and any(
        site.split(" ", 1)[0] == key for site in sites)


_EDITION_PLACE = re.compile(
    r"^[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:(?:de|du|des|d['’]|la|le|les|et|sur|en)\s+|d['’])?"
    r"[A-ZÀ-Ý][\w'’.-]*){0,3}$")
"""An edition's place after an outlet's name: one to four capitalised words, particles
between ("Isère", "Val-d'Oise", "Provence-Alpes-Côte d'Azur", "Pays de la Loire")."""


_HYPHENATED_OUTLET = re.compile(r"[A-ZÀ-Ý][\w'’]+(?:-[A-ZÀ-Ý][\w'’]+)+")
"""One hyphenated word of capitalised parts, the shape of outlets' names ("Ouest-France",
"Nice-Matin", "Paris-Normandie"), a person's when a part is a given name ("Jean-Pierre")
or a given name follows it ("Dupont-Aignan Nicolas", a surname first)."""


def is_edition(name: str, sites: Collection[str] = ()) -> bool:
    """A regional or local edition of an outlet: a publication's name
    (:func:`is_publication`, or one hyphenated word shaped as outlets' names are,
    ``_HYPHENATED_OUTLET``) then a place's capitalised words (``_EDITION_PLACE``): "France
    Bleu Isère", "Ouest-France Rennes", "Le Monde Afrique". An edition is the outlet, no
    person (docs/record.md: "Par France Bleu Isère avec AFP" names no author, t-final28
    F5). A one-word publication that is also a given name ("Marianne") opens a person's
    name ("Marianne Dupont"), no edition."""
    words = name.split()
    for k in range(len(words) - 1, 0, -1):
        opener, place = " ".join(words[:k]), " ".join(words[k:])
        if _EDITION_PLACE.match(place) is None:
            continue
        if is_publication(opener, sites):
            return k > 1 or not given_name_gender(opener)
        if k == 1 and _HYPHENATED_OUTLET.fullmatch(opener) and not any(
                given_name_gender(part) for part in [*opener.split("-"), words[1]]):
            return True  # "Ouest-France Rennes", "Nice-Matin Cannes"
    return False


def is_role(text: str) -> bool:
    """A newsroom or a job title ("la rédaction", "Staff Writer", "Economics
    Correspondent"), not a person's name."""
    return any(w.lower() in _ROLE_WORDS for w in _WORD_RUN.findall(text))


#: The role words that name a group of people, a newsroom or a desk, no one's job.
_GROUP_WORDS = frozenset("""
    rédaction redaction rédac newsroom staff desk team équipe equipe service redaktion
    redacción redaccion redazione redactie redação redacção redacao collectif
    redacció redaccio
    """.split())


def job_title(text: str) -> bool:
    """A role that is one person's job ("AP Auto Writer", "redactora de Local", "Staff
    Writer"), not only a group's name ("Team Snopes", "Prairie Ledger Staff", "La
    rédaction": the outlet or its newsroom, printed or declared where a role would be;
    h-roles49): a role word (:func:`is_role`) that is not a group word."""
    return any(w.lower() in _ROLE_WORDS and w.lower() not in _GROUP_WORDS
               for w in _WORD_RUN.findall(text))


#: The word for an outlet's newsroom, as it signs an article none of its journalists signs:
#: "Redacción Levante-EMV", "Redazione Gazzetta del Lario", "Redação", "Rédaction X",
#: "Redaktion X", "Ledger Newsroom" (h-capture62), "Redacció Diari de Girona" (Catalan:
#: t-check62 #8).
_NEWSROOM_WORDS = frozenset("""rédaction redaction redacción redaccion redazione redaktion
    redação redacção redacao redactie newsroom redacció redaccio""".split())
# every newsroom word is a group's role word too (tests/extract/test_capture_controls_66.py):
# a credit "Redacció À Punt" names no one (t-final66 R3: the Catalan word was a newsroom's
# only, not a role's, and the credit was the author)
#: The words of such a credit line, at most (the word and the outlet's name).
NEWSROOM_LINE_WORDS = 6
#: An article before the word ("La Redazione", "The Newsroom") or joining the outlet's
#: name ("Diário do Mondego", "L'Écho du Vercors").
_NAME_JOINERS = frozenset("la le les l the el il lo die der das a o de del di do da du des "
                          "von".split())


def newsroom_line(text: str) -> bool:
    """Whether ``text`` is an outlet's newsroom credit alone on its line: the newsroom's
    word (:data:`_NEWSROOM_WORDS`) first or last (an article before it aside), the other
    words capitalised (the outlet's name: "Redacción Levante-EMV", "Ledger Newsroom") or
    joining it ("do", "del"), at most :data:`NEWSROOM_LINE_WORDS` words, no digit, colon
    or sentence punctuation. A byline that names no one (:func:`is_role`): left unread, it
    was a menu's link and the headline over it went with it (t-final61 #2)."""
    words = text.split()
    if not words or len(words) > NEWSROOM_LINE_WORDS or any(c.isdigit() for c in text) \
            or any(c in text for c in ":;!?.»«\"()"):
        return False
    folded = [w.lower() for w in words]
    if folded[0] in _NAME_JOINERS and len(folded) > 1:
        folded, words = folded[1:], words[1:]
    at = 0 if folded[0] in _NEWSROOM_WORDS else len(folded) - 1 \
        if folded[-1] in _NEWSROOM_WORDS else -1
    if at < 0:
        return False
    return all(w[0].isupper() or f in _NAME_JOINERS or f.split("'")[0] in _NAME_JOINERS
               or f.split("’")[0] in _NAME_JOINERS
               for k, (w, f) in enumerate(zip(words, folded, strict=True)) if k != at)


#: A newsroom's word, then an agency's name as written after a slash, a bar, a dash or
#: "and" ("Redacción / EFE", "Redacció - Europa Press", "Rédaction avec AFP", "Newsroom
#: and AP"): a byline crediting the agency (:func:`newsroom_agency`).
_NEWSROOM_AGENCY = lazy_compile(
    r"^(?:(?i:la|le|the|l['’])\s*)?(?P<room>[^\W\d_]+)\s*(?:[/|·•–—-]|\s(?i:y|i|e|et|and|"
    r"avec|with|con|com|mit|und)\s)\s*"
    rf"(?P<list>{written_pattern()}(?:\s*(?:/|,|y|i|e|et|and|und)\s*{written_pattern()})?)"
    r"\s*\.?$")
_AGENCY_IN_LIST = lazy_compile(rf"{written_pattern()}")


def newsroom_agency(text: str) -> list[str]:
    """The agencies a newsroom's credit line names ("Redacción / EFE", "Redacció / EFE",
    "Rédaction / AFP", "Redazione - ANSA", "Redação / Lusa", "Redaktion / dpa",
    "Newsroom / AP", "La Redacción y EFE"), as written; [] for any other line. Such a
    line has the shape of a photo's credit ("X / AGENCY") but is the article's byline:
    read as a credit, it made the headline above it a caption and the agency was never
    credited (h-copies67: El Periòdic's and Levante-EMV's layouts)."""
    if len(text) > 80:
        return []
    found = _NEWSROOM_AGENCY.match(" ".join(text.split()))
    if found is None or found.group("room").lower() not in _NEWSROOM_WORDS:
        return []
    return _AGENCY_IN_LIST.findall(found.group("list"))


#: A word written in capitals that is a surname, not an initial ("J.") or a regnal or
#: generational number ("III"): two letters or more, hyphens and apostrophes allowed.
_CAPS_WORD = lazy_compile(r"^(?![IVX]+$)[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]*[A-ZÀ-ÖØ-Þ]$")


def is_author_line(text: str, authors: list[str]) -> bool:
    """A line printed between the headline and the text that is one of the article's
    ``authors`` followed only by a job title ("Helena Horton Environment reporter",
    theguardian.com; newuser6 M12): at most five words after the name, one of them a job
    title (:data:`_ROLE_WORDS`), no digit and no sentence punctuation. Byline furniture,
    not prose."""
    words = text.split()
    for author in authors:
        size = len(author.split())
        if not size or [w.lower() for w in words[:size]] != author.lower().split():
            continue
        rest = words[size:]
        if (0 < len(rest) <= 5 and not re.search(r"[\d.!?:;«»\"]", " ".join(rest))
                and any(w.lower().strip(",") in _ROLE_WORDS for w in rest)):
            return True
    return False


#: Words of a byline block read as one line (names, desks, dates glued), at most.
BYLINE_BLOCK_WORDS = 25
_CREDIT_WORD = lazy_compile(r"^(?:by|par|von|por|door|di|de)\s+", re.IGNORECASE)


def opens_with_author(text: str, authors: list[str]) -> bool:
    """A byline block printed above the text, read as one line: it opens with one of the
    article's ``authors`` (maybe after "By", "Par", "Von"…), holds at most
    :data:`BYLINE_BLOCK_WORDS` words and ends no sentence. The BBC's byline block
    (``<span>Jenny Walrond</span><span>BBC News, Devon</span>``) reads "Jenny WalrondBBC
    News, Devon", Reuters' "By X and YDecember 2, 2026 10:12 AM GMT+1Updated 2 hours ago":
    the names, their desks and dates glued by the markup, no prose (newuser17b X2)."""
    if len(text.split()) > BYLINE_BLOCK_WORDS or ends_sentence_mark(text):
        return False
    opening = _CREDIT_WORD.sub("", text.strip(), count=1).lower()
    return any(author and opening.startswith(author.lower()) for author in authors)


def ends_sentence_mark(text: str) -> bool:
    """``text`` ends with a sentence's final mark (maybe before a closing quote)."""
    return text.rstrip(" \"'»”’)").endswith((".", "!", "?", "…"))


def restore_case(name: str) -> str:
    """"MARIA GONZALEZ" -> "Maria Gonzalez", and the surname in capitals of "Prénom NOM"
    ("Sophie LAUBIE" -> "Sophie Laubie", "Jean-Pierre CLATOT" -> "Jean-Pierre Clatot"):
    French typography sets surnames in capitals (Imprimerie nationale, *Lexique des règles
    typographiques*, "Noms de personnes"), and AFP, Le Monde and Belga sign so; the same
    person must not have two spellings. Particles after the first word are lower-cased
    ("Jean DE LA FONTAINE"); other names are unchanged."""
    words = name.split()
    caps = [bool(_CAPS_WORD.match(w)) for w in words]
    if name.isupper():
        words = name.title().split()
    elif caps[-1:] == [True] and not caps[0]:  # "Prénom NOM": "BBC News" is no surname
        words = [w.title() if upper else w for w, upper in zip(words, caps, strict=True)]
    else:
        return name
    return " ".join([words[0]] + [w.lower() if w.lower() in _LOWER_PARTICLES else w
                                  for w in words[1:]])


def is_person(name: str) -> bool:
    """Shaped like a person's name: capitalised words (and particles), not an article's
    publication, a newsroom, a job title or an agency; in Arabic, which has no capitals,
    two to five words opening on a known given name (:func:`arabic_person`)."""
    if _ARABIC_WORDS.match(name):
        return arabic_person(name)
    first_word = re.split(r"[\s'’]", name, maxsplit=1)[0].lower()
    return (bool(_NAME.match(name)) and first_word not in ARTICLE_WORDS
            and not is_role(name) and not is_agency(name) and not is_publication(name)
            and not is_edition(name))


_ARABIC_WORDS = lazy_compile(r"^[\u0621-\u064a\u064b-\u0652\u0670\u0640]+"
                            r"(?: [\u0621-\u064a\u064b-\u0652\u0670\u0640]+)*$")
_ARABIC_MARKS = lazy_compile(r"[\u064b-\u0652\u0670\u0640]")


#: Prepositions and particles no name holds ("كتب أحمد على فيسبوك": Ahmed wrote on
#: Facebook, a sentence): in, on, to, from, about, that, with, and, or, not, this.
_ARABIC_PARTICLES = frozenset({"في", "على", "إلى", "الى", "من", "عن", "أن", "ان", "إن",
                               "مع", "أو", "لا", "لم", "لن", "قد", "هذا", "هذه", "التي",
                               "الذي", "ثم", "حتى", "منذ", "بعد", "قبل"})


def arabic_person(name: str) -> bool:
    """Whether ``name``, Arabic letters only, is a person's name by its evidence: two to
    five words, the first a given name of Faker's Arabic locales
    (``enrich/data/arabic_given_names.txt``, MIT) or "عبد" ("servant of", opening a
    compound given name: "عبد الرحمن يوسف") before two more words; not a publication
    ("كتب محمد الخطيب": h-capture64, the author lost)."""
    from veille.enrich.given_names import given_names

    words = name.split()
    if not 2 <= len(words) <= 5 or not _ARABIC_WORDS.match(name) or \
            any(word in _ARABIC_PARTICLES for word in words):
        return False
    first = _ARABIC_MARKS.sub("", words[0])
    return ((first in given_names("arabic") or first == "عبد" and len(words) >= 3)
            and not is_publication(name))


def opinion_byline(text: str) -> list[str]:
    """The people an op-ed formula credits ("Une opinion de Sophie Marchal, chercheuse à
    l'ULB." gives Sophie Marchal; :data:`_OPINION`), or [] when none opens ``text`` or no
    person's name follows it ("Tribune de Genève", "Analyse de la situation")."""
    match = _OPINION.match(text.strip())
    return split_byline(text.strip()[match.end():])[0] if match else []


_FORMULA_ALONE = lazy_compile(rf"^(?i:{_FORMULA})\s*:?$")


def formula_line(text: str) -> bool:
    """A line that is a credit formula and nothing else ("Article rédigé par", "Par",
    "By:"): the name is on the next line (franceinfo's signature block)."""
    return len(text) <= 40 and _FORMULA_ALONE.match(" ".join(text.split())) is not None


def place_line(text: str) -> bool:
    """A line that is only the place a correspondent writes from: "à Québec", "au Caire",
    "in Brussels" (:data:`_PLACE_ASIDE`; Le Devoir prints it under its regional reporters'
    names, verify11a V10)."""
    return len(text) <= 60 and _PLACE_ASIDE.match(" ".join(text.split()).rstrip(".")) is not None


def split_byline(text: str) -> tuple[list[str], list[str]]:
    """(people, agencies) from a byline: "Par Laura Bénichou et Jean Dupont" gives two
    people; "Le Monde avec AFP et Reuters" gives no one and the agencies AFP and Reuters
    ("Le Monde" is the publisher, not an author: docs/record.md); "By Emma Clarke,
    Economics Correspondent" gives Emma Clarke (a job title is no author); "By MARIA
    GONZALEZ Associated Press" gives Maria Gonzalez, credit Associated Press."""
    text = east_asian_byline(text)
    credited = credit_line(text)
    if credited:
        return [], list(dict.fromkeys(credited))
    if _OPINION.match(text.strip()):
        return opinion_byline(text), []
    body = _BYLINE_PREFIX.sub("", _WITH_AGENCY.sub("", text.strip(), count=1), count=1)
    partners = outlet_partners(body)
    if partners:
        return [], partners
    body, agencies = drop_asides(_CUT.split(body, maxsplit=1)[0])
    names: list[str] = []
    for part in _PARTS.split(body):
        part = _PART_FORMULA.sub("", part.strip(" .()"), count=1)
        part = capitals_before_role(part)[0] or part
        tail = _AGENCY_TAIL.match(part)
        tail_agency = ""
        if tail is not None and not is_agency(part):
            tail_agency, part = tail.group("agency"), tail.group("name").strip(" .(),/")
        if is_agency(part):
            agencies.append(re.sub(r"^[lL]['’]\s*", "", part).rstrip("."))
            part = ""
        if tail_agency:
            agencies.append(tail_agency)
        person = without_place(restore_case(part))
        if is_person(person) and person not in names:
            names.append(person)
    return names, list(dict.fromkeys(agencies))


def capitals_before_role(text: str) -> tuple[str, str]:
    """(name, role) of a byline part that prints the name in capitals and the role after
    it with no separator, in another case: "MARCUS FELDMAN AP Transportation Writer"
    (the Associated Press's "By NAME" line joined to its role line); ("", "") for any
    other part. The name: two to four words in capitals; the role: the rest, a job title
    (:func:`is_role`) with a lower-case letter."""
    words = text.split()
    for k in range(2, min(4, len(words) - 1) + 1):
        if not _CAPS_WORD.match(words[k - 1]):
            break
        role = " ".join(words[k:])
        if (all(_CAPS_WORD.match(w) for w in words[:k]) and re.search(r"[a-zß-ÿ]", role)
                and is_role(role) and len(words) - k <= 6 and not re.search(r"\d", role)):
            return restore_case(" ".join(words[:k])), role
    return "", ""


def agency_capitals(role: str) -> str:
    """``role`` with an agency's name spelled as the agency writes it: "Ap Auto Writer"
    (a page that title-cased its byline) -> "AP Auto Writer"; any other word unchanged."""
    words = role.split(" ")
    for i, word in enumerate(words):
        if 2 <= len(word) <= 6 and word[:1].isupper() and word[1:].islower():
            agency = agency_named(word)  # a strict form ("MAP", "AA") only as written
            form = next((f for f in agency.forms if f.casefold() == word.casefold()),
                        "") if agency else ""
            if form:
                words[i] = form
    return " ".join(words)


def _outlet(name: str) -> bool:
    """A byline's opener that names an outlet, no person: a known publication
    (:func:`is_publication`: "franceinfo", "BFMTV"), or a name no person's shape fits
    that is written as outlets are (lower-case first letter: "franceinfo", "lemonde.fr";
    an article first: "La Dépêche du Midi"; a hyphen or capitals only: "Ouest-France",
    "RMC"), or a newsroom ("la rédaction")."""
    name = drop_asides(name)[0].strip(" .,;")
    words = name.split()
    if not words or is_person(restore_case(name)):
        return False
    return is_publication(name) or is_role(name) or name[:1].islower() or \
        words[0].lower().strip("'’") in ARTICLE_WORDS or "-" in name or name.isupper()


def outlet_partners(body: str) -> list[str]:
    """The partners an outlet credits in "X avec Y" (X an outlet, :func:`_outlet`):
    "franceinfo avec France Bleu Paris" gives ["France Bleu Paris"], "Ouest-France avec
    France 3 Bretagne et RCF" gives ["France 3 Bretagne", "RCF"]; [] when there is no
    "avec" or the opener is a person ("Martin Untersinger avec Damien Leloup": co-authors).
    An outlet writing with a station, an agency or another outlet credits it; it names no
    journalist, and ``authors`` holds people only (docs/record.md; t-final27 F5)."""
    parts = _WITH.split(body, maxsplit=1)
    if len(parts) != 2 or not _outlet(parts[0]):
        return []
    opener, rest = parts
    partners = [re.sub(r"^[lL]['’]\s*", "", p.strip(" .()")) for p in _PARTS.split(rest)
                if p.strip(" .()")]
    return [p for p in dict.fromkeys(partners) if p.casefold() != opener.strip().casefold()]


#: An e-mail address printed after the byline's name ("By Ellen Crabtree
#: ellen.crabtree@…", t-final33 #8): the link to write to the author, no part of the name.
_TRAILING_EMAIL = lazy_compile(r"\s+[\w.+-]+@[\w.-]*(?:…|\.\.\.)?\s*$")
#: A label naming the writer's role before a colon ("Reporter: Winnie Cheung",
#: "Auteur : X", "Journaliste : X", "Автор: X"): the byline of sites that print the role as a field
#: name. A closed class of role words, the colon required (a role before a name without
#: it is a job title: "Reporter Jane Doe" is not read).
_ROLE_LABEL = lazy_compile(
    r"^(?i:reporters?|reported\s+by|authors?|writers?|words|auteure?s?|autrices?|"
    r"journalistes?|rédaction|texte|autor(?:in)?|redakteur(?:in)?|periodista|"
    # Russian: "Автор:", "Авторы:", "Текст:", "Корреспондент:" (r-mast51)
    r"авторы?|текст|корреспондент)\s*:\s*(?=\S)")
#: An outlet's name then its journalist's, apart ("Ouest-France  Cédric Le Goff.",
#: Ouest-France's byline block: the two were separate elements).
_OUTLET_APART = lazy_compile(r"\s{2,}|\s+[|–—·•]\s+")


def plain_byline(text: str) -> str:
    """``text`` rewritten as a "By X" byline when it is one of the byline shapes
    :func:`~veille.extract.textshape.is_byline` does not read (t-final33 #8): a byline
    followed by the author's e-mail address ("By Ellen Crabtree ellen.crabtree@…"), a
    role label before a colon ("Reporter: Winnie Cheung", :data:`_ROLE_LABEL`), an
    outlet's name then a person's, set apart ("Ouest-France  Cédric Le Goff.",
    :func:`_outlet`); "" otherwise. What remains must be a person's name
    (:func:`is_person`)."""
    line = _TRAILING_EMAIL.sub("", text.strip())
    if len(line) > 120:
        return ""
    if line != text.strip() and _BYLINE_PREFIX.match(line):
        return line
    labelled = _ROLE_LABEL.match(line)
    if labelled:
        name = line[labelled.end():].strip(" .")
        return f"By {name}" if is_person(restore_case(name)) else ""
    parts = _OUTLET_APART.split(line, maxsplit=1)
    if len(parts) == 2 and _outlet(parts[0].strip()):
        name = parts[1].strip(" .")
        if not _OUTLET_APART.search(name) and not is_agency(name) and is_person(restore_case(name)):
            return f"By {name}"
    return ""


def whole_name(text: str) -> str:
    """A byline element's text kept whole when the name pattern reads no one in it (one
    name, a script without capitals: "Ferdinand", "김민수"), or "" when it reads as a
    publication, a newsroom or a phrase ("Ouest-France", "Par la rédaction", "The
    Russian defense ministry"). A parenthesised aside is no part of the name
    (:func:`drop_asides`)."""
    # The formula alone ("Par", its agency struck as the site's credit) names no one.
    body = _BYLINE_PREFIX.sub("", drop_asides(east_asian_byline(text))[0] + " ",
                              count=1).strip()
    words = body.split()
    if not 0 < len(words) <= 5 or words[0].lower().strip("'’") in ARTICLE_WORDS:
        return ""
    if (is_role(body) or is_agency(body) or HYPHENATED_TITLE.match(body)
            or _WITH_AGENCY.match(body) or is_publication(body)):
        return ""
    return body


_FULL_WIDTH = str.maketrans("（）：，", "():,")
"""East Asian full-width punctuation read as its ASCII form ("（共同）" is "(共同)")."""
_TITLES_AFTER = ("특파원", "기자", "特派記者", "特派记者", "特派員", "記者")
"""The job title Korean, Japanese and Chinese papers write after the name ("김민수 기자",
"佐藤健記者"): no part of it (verify12 X7)."""
_DESK_BEFORE = lazy_compile(r"^\S{1,6}部[\s\u3000]+")
"""A Japanese or Chinese desk before the name ("政治部　佐藤健": politics desk)."""


def east_asian_byline(text: str) -> str:
    """``text`` with full-width punctuation in ASCII, and without a desk before the name or
    a reporter's title after it, as Chinese, Japanese and Korean papers write them; the
    text itself when it has none of these (one scan)."""
    if text.isascii():
        return text
    text = _DESK_BEFORE.sub("", text.translate(_FULL_WIDTH), count=1)
    stripped = text.rstrip()
    title = next((t for t in _TITLES_AFTER if stripped.endswith(t)), "")
    return stripped[:-len(title)].rstrip() if title else text


_MARKUP_TAG = lazy_compile(r"<[^<>]{0,500}>")
"""An HTML tag, bounded (one pass, no backtracking over unbounded runs)."""


def plain_name(name: str) -> str:
    """An author value as text: HTML markup in it read as HTML, tags dropped and entities
    decoded (once more for a value escaped twice: ``Marie &lt;i&gt;Martin&lt;/i&gt;`` in
    a JSON record), whitespace collapsed, as a headline's (docs/collect.md). A name holds
    no tag: ``<meta name="author" content="Marie &lt;i&gt;Martin&lt;/i&gt;">`` and a
    record's ``"authors": "Jean <b>Dupont</b>"`` were shown as "Par Marie <i>Martin</i>"
    (t-reader20 R5)."""
    if "<" in name or "&" in name:
        name = _MARKUP_TAG.sub(" ", html.unescape(_MARKUP_TAG.sub(" ", name)))
    return " ".join(name.split())


def people_of(names: list[str]) -> tuple[list[str], list[str]]:
    """(people, agencies) among author values each written as a byline ("By MARIA GONZALEZ
    Associated Press", "Claire Martin et Jean Dupont", "AFP"): each is read with
    :func:`split_byline`, and kept whole when the name pattern reads no one in it (one
    name, another script: :func:`whole_name`). Newsrooms and job titles are dropped."""
    people: list[str] = []
    credits: list[str] = []
    for name in map(plain_name, names):
        found, agencies = split_byline(name)
        if not found and not agencies and whole_name(name):
            found = [whole_name(name)]
        people.extend(p for p in found if p not in people)
        credits.extend(a for a in agencies if a not in credits)
    return people, credits


def person_before_aside(name: str) -> str:
    """The person of "Britta Sandberg, Paris" or "Emma Clarke, Economics Correspondent":
    a person's name followed, after commas, only by one-word asides (the correspondent's
    city, a desk) or job titles, which are no part of the name (newuser9 R30; the rule of
    :func:`drop_asides` for the comma form); "" for any other name ("Dupont, Jean")."""
    head, *rest = name.split(",")
    person = restore_case(head.strip())
    if not rest or not is_person(person):
        return ""
    for aside in (part.strip(" .") for part in rest):
        if not (is_role(aside) or (len(aside.split()) == 1 and aside[:1].isupper()
                                   and not is_agency(aside)) or _PLACE_ASIDE.match(aside)):
            return ""
    return person


def _aside_part(part: str) -> bool:
    """A part of a byline after its names that is no name: a job title or newsroom
    ("Senior Reporter", "Staff Writers", "envoyés spéciaux"), the place written from
    ("à Kiev"), a publication ("The Daily Planet", "Le Figaro")."""
    words = part.split()
    return bool(words) and len(words) <= 6 and (
        is_role(part) or place_line(part) or is_publication(part)
        or (words[0].lower() in ARTICLE_WORDS and all(w[:1].isupper() for w in words)))


def _people_and_asides(name: str) -> bool:
    """Whether an author value is a byline's names, each part a person's name or, after the
    first, an aside (:func:`_aside_part`), two parts or more, up to the byline's end (a
    date after a bar: :data:`_CUT`): "Jane Doe and John Roe, Staff Writers", "Jane Doe,
    Business Reporter, The Daily Planet", "Jane Doe, Senior Reporter | December 1, 2026".
    "Zone Justice et faits divers" is none ("faits divers" is neither)."""
    head = _CUT.split(_BYLINE_PREFIX.sub("", name.strip(), count=1), maxsplit=1)[0]
    parts = [p.strip(" .") for p in _PARTS.split(drop_asides(head)[0]) if p.strip(" .")]
    if len(parts) < 2 or not is_person(without_place(restore_case(parts[0]))):
        return False
    return all(is_person(without_place(restore_case(p))) or _aside_part(p) for p in parts[1:])


#: The credit word opening an author value ("Par X", "By X", "Por X"), before a
#: capitalised word: no part of the name. The Italian, German, Dutch and Portuguese
#: ones ("di Marco Bellini", "Von Anna Berg", "door Els Peeters", "da Ana Costa"; and a
#: lower-case French "de") are also a name's particle ("Di Maio", "von der Leyen"): a
#: credit only before two capitalised words, the first no particle (t-final60 #7: "di
#: Marco Bellini" was an author).
_AUTHOR_CREDIT_WORD = lazy_compile(
    r"^(?:(?i:par|by|por)\s*:?\s+(?=[A-ZÀ-ÖØ-Þ])|(?:(?i:von|di|door|da)|de|van)\s+"
    r"(?=(?!(?:De|Di|Da|Der|Den|Del|Della|La|Le|Los|Las|Van|Von|Dos|Das)\s)"
    r"[A-ZÀ-ÖØ-Þ][\w'’-]+\s+[A-ZÀ-ÖØ-Þ]))")


def people_and_credits(names: list[str], site: str = "") -> tuple[list[str], list[str]]:
    """An author list split into (people, credits): an agency ("AFP") is a credit; the
    publication's own name (``site``), a one-word hyphenated title ("Ouest-France") and
    newsrooms are dropped; a parenthesised aside is no part of a name
    (:func:`drop_asides`), except co-authors: "Martin Untersinger (avec Damien Leloup)"
    gives two people; a name that credits an agency, or whose every part is a person's
    name, is a byline, read as one ("Le Figaro et AFP": no one, AFP credited; "Jean
    Dupont et Marie Curie": two people; :func:`split_byline`). "Zone Justice et faits
    divers" stays whole."""
    people: list[str] = []
    credits: list[str] = []
    sites = site_keys(site)
    for aside_name in map(plain_name, names):
        # "Propos recueillis par Léa Favre" as a meta author: the formula is no name.
        name, agencies = drop_asides(_PART_FORMULA.sub("", aside_name.strip(), count=1))
        # "Par Mohamed Chakir Alaoui" as a JSON-LD author string: the credit word is no
        # part of the name (newuser17b X14).
        name = _AUTHOR_CREDIT_WORD.sub("", name, count=1)
        # A separator left at an end when the outlet was cut off ("Jessica Tremblay ·
        # CBC News", verify11a V7) is no part of the name.
        name = without_place(name).strip(" \t·•|–—-/,;:")
        credits.extend(agencies)
        if not name:
            continue
        opinion = opinion_byline(name)  # "Une opinion de X" as an author value
        if opinion:
            people.extend(p for p in opinion if p not in people)
            continue
        parts = [p for p in _PARTS.split(name) if p.strip()]
        found, agencies = split_byline(name) if len(parts) > 1 else ([], [])
        if agencies or (found and _people_and_asides(name)):
            # A byline given as one name: "Le Figaro et AFP" (no one, AFP credited),
            # "A (avec B et C)" or "A et B" (every part a person's name), "A and B,
            # Staff Writers" (the people, then their role, desk or place).
            credits.extend(agencies)
            people.extend(p for p in found if p not in people)
        elif person_before_aside(name):
            person = person_before_aside(name)
            if person not in people:
                people.append(person)
        elif is_agency(name):
            credits.append(re.sub(r"^[lL]['’]\s*", "", name.strip()).rstrip("."))
        elif (is_publication(name, sites) or is_role(name)
              or HYPHENATED_TITLE.match(name.strip())):
            continue
        elif restore_case(name) not in people:
            people.append(restore_case(name))
    return people, list(dict.fromkeys(credits))


_ORGANIZATION_TYPES = frozenset({"Organization", "NewsMediaOrganization", "Corporation",
                                 "NGO", "GovernmentOrganization", "NewsAgency"})


def json_ld_authors(value: object, limit: int = 20) -> tuple[list[str], list[str]]:
    """(names, organisations) of a JSON-LD ``author`` value (a string, a ``Person`` or an
    ``Organization`` object, a list of them): an ``Organization`` author is a credit, not
    a person (schema.org types; URLs are no names)."""
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    organisations: list[str] = []
    for item in items[:limit]:
        kinds: object = None
        if isinstance(item, dict):
            name, kinds = item.get("name"), item.get("@type")
            if isinstance(name, list):
                name = name[0] if name else ""
        else:
            name = item
        if not isinstance(name, str):
            continue
        name = plain_name(name)
        if not name or name.startswith(("http://", "https://")):
            continue
        kind_set = {k for k in (kinds if isinstance(kinds, list) else [kinds])
                    if isinstance(k, str)}
        target = organisations if kind_set & _ORGANIZATION_TYPES else names
        if name not in target:
            target.append(name)
    return names, organisations


#: The longest ``jobTitle`` kept as a role: a longer one is a biography, no role.
MAX_JOB_TITLE_CHARS = 80

#: A ``jobTitle`` that only says the person is the article's author (a CMS's default:
#: Le Parisien's "Author") says no role: the word "author" in the languages veille
#: reads dates in (a closed class: that one word, translated).
_AUTHOR_WORDS = frozenset({"author", "auteur", "auteure", "autrice", "autor", "autora",
                           "autore"})


def json_ld_roles(value: object, limit: int = 20) -> dict[str, str]:
    """The role each person of a JSON-LD ``author`` value declares (a ``Person``'s
    ``jobTitle``, schema.org: "Midlands correspondent"), by name as
    :func:`json_ld_authors` reads it; a title that is empty, a URL, longer than
    :data:`MAX_JOB_TITLE_CHARS` or a whole sentence is none."""
    items = value if isinstance(value, list) else [value]
    roles: dict[str, str] = {}
    for item in items[:limit]:
        if not isinstance(item, dict):
            continue
        name, title = item.get("name"), item.get("jobTitle")
        if isinstance(name, list):
            name = name[0] if name else ""
        if isinstance(title, list):
            title = next((t for t in title if isinstance(t, str) and t.strip()), "")
        if isinstance(title, dict):  # a DefinedTerm / Occupation: its name
            title = title.get("name")
        if not isinstance(name, str) or not isinstance(title, str):
            continue
        name, title = plain_name(name), " ".join(html.unescape(title).split()).strip(" ,;·|")
        if (name and title and len(title) <= MAX_JOB_TITLE_CHARS and "://" not in title
                and not title.endswith((".", "!", "?"))
                and title.casefold() not in _AUTHOR_WORDS
                and (job_title(title) or not is_role(title))):
            roles.setdefault(name, title)
    return roles
