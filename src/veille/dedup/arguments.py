"""An event's distinguishing arguments: who strikes, the score, the person, the charge, the
law voted or judged, the figure that defines it.

Two events of one kind close in time share the kind, its words and often the place: the
SNCF strike and the air-traffic controllers' strike two days later, one club's two
matches, two trials at one court (newuser14b S1). What tells them apart is what a news desk
writes right after the event's noun: **who** strikes ("grève des contrôleurs aériens",
"grève à la SNCF", "les dockers en grève"), the **score** of a match ("(2-1)"), the
**person** a crime or a trial is about, written as French crime and court news writes a
victim or a defendant ("Lucas, 17 ans", "Mehdi B."), and the **charge** ("jugée pour la
mort de son bébé", "accusé du meurtre du snack de la Joliette"); and (issue #14's
thirteenth round) the **law** a vote, a decision or a debate is about ("la proposition de loi
sur l'aide à mourir", "la loi immigration", "la réforme des retraites": :data:`BILL`), a
vote's tally as its score ("305 voix contre 199"), and the **figure** that defines a
natural event or a seizure (an earthquake's magnitude, the tonnes of cocaine seized:
:data:`MEASURE`). :func:`arguments` reads them from the headline and the lead
(:data:`LEAD_CHARS`) as keys with a group prefix (:data:`STRIKE`, :data:`SCORE`,
:data:`WHO`, :data:`CHARGE`, :data:`BILL`, :data:`MEASURE`); the same readers over the whole
text give what an article names at all.

A key is a few folded words (at most :data:`KEY_WORDS`), the words a story term is made of
(:func:`key_words`): an argument is **named** by the other side when all its words are among
that side's words (:func:`named_in`), so "grève des contrôleurs aériens" is named by an
article writing "les contrôleurs aériens" anywhere, not by one writing "contrôleurs" alone
(SNCF's ticket inspectors). A score or a measure is named only by the same figures.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from veille.dedup.reading import plain_lower
from veille.extract.bare_byline import known_given_name
from veille.extract.textshape import fold

STRIKE = "arg:strike:"
"""Who strikes: the words after "grève des / de la / à la / chez…", or before "en grève"."""
SCORE = "arg:score:"
"""A match's score, its two figures in order ("arg:score:1-2" for "(2-1)" and "(1-2)")."""
WHO = "arg:who:"
"""A person written as crime and court news writes a victim or a defendant: a given name
with an age ("Lucas, 17 ans") or a surname's initial ("Mehdi B.")."""
CHARGE = "arg:charge:"
"""What a defendant is tried or charged for ("jugée pour la mort…", "accusé du meurtre…")."""
BILL = "arg:bill:"
"""What a law, a bill or a reform is about: the words after "loi sur / relative à / visant
à / de…", "projet (proposition) de loi…", "réforme des…", or the one word set right after
"loi" ("loi immigration", "loi Travail"). Two votes of the Assemblée the same week, two
decisions of the Conseil constitutionnel, share the institution and the vote's words; the
law tells them apart (issue #14's thirteenth round)."""
MEASURE = "arg:measure:"
"""The figure that defines an event of nature or a seizure, whatever outlet tells it: an
earthquake's magnitude ("magnitude 6,8": "arg:measure:magnitude 6.8") and a quantity of a
drug seized ("2,1 tonnes de cocaïne": "arg:measure:2.1 tonne cocaine"). A toll or a count
of people is not one: it changes as the event is followed."""
GROUPS = (STRIKE, SCORE, WHO, CHARGE, BILL, MEASURE)
LEAD_CHARS = 500
"""Characters of the body read with the headline for the event's own arguments."""
MAX_CHARS = 20_000
"""Characters of the body read for the arguments an article names at all (as story terms
are: :data:`veille.dedup.stories.MAX_TERM_CHARS`)."""
KEY_WORDS = 2
"""Words of an argument's phrase kept as its key: "contrôleurs aériens", "aiguilleurs
ciel", "meurtre snack"; the rest of the phrase ("français", "de la Joliette") is told
differently by each outlet."""

_STOP = frozenset(
    "les des une dans pour par sur avec sans chez aux est sont ont été etre être qui que "
    "son ses leur leurs cette ces ce cet nos vos mon mes ton tes notre votre the and "
    "lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai "
    "juin juillet aout septembre octobre novembre decembre hier demain aujourd'hui soir "
    "matin nuit semaine mois fin debut nouvelle nouveau nouvel premiere premier "
    "illimitee reconductible generale nationale massive avoir "
    "deux trois quatre cinq six sept huit neuf dix onze douze quinze vingt trente cent "
    "mille plusieurs".split())
"""Words never part of a key: function words, days and months (a strike "de lundi" is its
day, not its strikers), what qualifies a strike rather than naming who holds it, and counts
("accusé d'avoir empoisonné quatre patients" is "empoisonne patients": another outlet
writes the count otherwise)."""
_BREAK = frozenset(
    "a à au aux pour contre en sur dans depuis qui et ou avec par selon apres après avant "
    "jusqu devant lors".split())
"""Words that end an argument's phrase: "grève des cheminots à l'appel de la CGT" is the
railway workers'; "du" and "de" do not ("aiguilleurs du ciel")."""
_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
_PHRASE = r"((?:[^\W\d_][\w'’-]*[ ]?){1,4})"
_STRIKE_AFTER = re.compile(
    r"\bgr[èe]ves?\s+(?:des|de\s+la|du|de\s+l['’]|d['’]|à\s+la|à\s+l['’]|au|aux|chez|dans\s+"
    r"les|dans\s+la|dans\s+le)\s*" + _PHRASE, re.IGNORECASE)
_CONVENING = frozenset({"appel", "initiative", "invitation", "demande", "instigation"})
"""First words of a phrase after "grève à l'…" that name who **calls** the strike, not who
holds it: "en grève à l'appel de la CGT" is the union's call, the strikers are the firm's
staff; one union calls strikes at two employers of one town the same week (f-stories24)."""
_STRIKE_NAME = re.compile(r"\b[Gg]r[èe]ves?\s+([A-Z][A-Z0-9-]{1,9})\b")
_STRIKE_BEFORE = re.compile(
    r"\b(?:les|des)\s+((?:[^\W\d_][\w'’-]*\s+){1,3}?)(?:(?:se\s+sont\s+mis(?:es)?|sont|"
    r"restent|entrent|entreront|seront)\s+)?en\s+gr[èe]ve\b", re.IGNORECASE)
_SCORE = re.compile(r"\((\d{1,3})\s*[-–]\s*(\d{1,3})\)")
_SCORE_BARE = re.compile(
    r"\b(?:victoire|défaite|nul|battue?s?|bat|battent|s['’]impos\w*|s['’]est\s+imposée?s?|"
    r"dominée?s?|remport\w*|concédée?s?|l['’]emport\w*|chutée?s?|chute|score\s+de)\b[^.!?]{0,60}?"
    r"(?<![\d,.])(\d{1,3})\s*[-–]\s*(\d{1,3})(?![\d%])", re.IGNORECASE)
_VOTES = re.compile(r"\b(\d{1,3})\s+voix\s+contre\s+(\d{1,3})\b", re.IGNORECASE)
"""A vote's tally, its score ("par 305 voix contre 199")."""
_BILL_HEAD = (r"\b(?:(?:projets?|propositions?)\s+de\s+lois?|lois?|r[ée]formes?)\s+")
_BILL = re.compile(
    _BILL_HEAD + r"(?:sur|relatives?\s+(?:à|au|aux)|visant\s+(?:à|a)|portant\s+sur|pour|"
    r"contre|de|du|des|d['’])\s*" + _PHRASE, re.IGNORECASE)
_BILL_NAME = re.compile(_BILL_HEAD + r"([^\W\d_][\w'’-]*)", re.IGNORECASE)
"""A law named by the one word after "loi": "loi immigration", "loi Travail"."""
_NOT_A_NAME = ("é", "ée", "és", "ées", "ant", "ait", "aient", "ent", "era", "ont")
"""Endings of a word after "loi" that is its verb, not its name ("la loi adoptée", "la loi
prévoyant", "la loi entrera")."""
_NAME_ENDINGS = ("tion", "sion", "ite", "isme", "age", "ance", "ence")
"""Endings (folded) of a noun that names a law set right after "loi" ("loi immigration",
"loi sécurité"); any other word names one only capitalised ("loi Leonetti", "loi Travail")
or alone before a punctuation mark or the end ("Loi climat : …"): "la loi change" is a
verb."""
_LAW_GATE = re.compile(r"\b(?:lois?|r[ée]formes?)\b")
"""In lower case, what every match of :data:`_BILL` and :data:`_BILL_NAME` holds (their
gate; "loi" alone is in "emploi", "forme" in "plateforme")."""
_ALONE = re.compile(r"\s*(?:[:.,;!?)»]|$)")
_MAGNITUDE = re.compile(r"\bmagnitude\s+(?:de\s+)?(\d{1,2}(?:[,.]\d)?)(?![\d,.]\d)",
                        re.IGNORECASE)
_SEIZED = re.compile(
    r"(?<![\d,.])(\d{1,4}(?:[,.]\d{1,3})?)\s+(tonnes?|kilos?|kg|kilogrammes?)\s+(?:de\s+|d['’])"
    r"(coca[ïi]ne|cannabis|r[ée]sine|h[ée]ro[ïi]ne|drogue|stup[ée]fiants|crack|ecstasy|"
    r"amph[ée]tamines?|m[ée]thamph[ée]tamine|ivoire|tabac|cigarettes)", re.IGNORECASE)
_SEIZED_WORDS = ("tonne", "kilo", "kg")
"""In lower case, what every match of :data:`_SEIZED` holds one of (its gate); "voix",
"magnitude" and :data:`_LAW_GATE` gate :data:`_VOTES`, :data:`_MAGNITUDE` and the laws'
patterns."""
_GIVEN = r"([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?)"
_WHO_AGE = re.compile(
    _GIVEN + r"(?:\s+([A-ZÀ-ÖØ-Þ])\.|\s+([A-ZÀ-ÖØ-Þ][\w-]+))?,\s+(\d{1,3})\s+ans\b")
_WHO_APPOSED = re.compile(r"\bde\s+\d{1,3}\s+ans,\s+" + _GIVEN + r"(?:\s+([A-ZÀ-ÖØ-Þ])\.)?,")
"""A given name set after the age ("un homme de 23 ans, Sofiane, a été tué")."""
_WHO_INITIAL = re.compile(_GIVEN + r"\s+([A-ZÀ-ÖØ-Þ])\.(?!\w)(?!\s+[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])")
"""A given name and a surname's initial ("Mehdi B."), not a middle initial before the
surname ("George W. Bush": a public figure)."""
_OFFENCES = (
    "meurtre", "assassinat", "homicide", "viol", "vol", "vols", "braquage", "cambriolage",
    "trafic", "escroquerie", "fraude", "abus", "detournement", "violence", "agression",
    "corruption", "favoritisme", "harcelement", "incendie", "tentative", "complicite",
    "recel", "blanchiment", "extorsion", "sequestration", "enlevement", "terroris",
    "malfaiteurs", "prise", "faux", "diffamation", "injure", "mort", "deces", "attouchement",
    "exhibition", "contrefacon", "plagiat", "apologie", "outrage", "rebellion", "menace",
    "delit", "stupefiant", "infanticide", "feminicide", "torture", "pedopornograph",
    "fraudes", "emploi", "conduite", "trafics", "tuerie", "double", "triple", "coups",
    "blessures", "empoisonnement", "maltraitance", "travail",
    # the offence as a past participle, after "accusé d'avoir" (f-stories22: "accusé
    # d'avoir empoisonné quatre patients"; before, that branch read only "vol" and "viol")
    "tue", "assassine", "empoisonne", "escroque", "agresse", "poignarde", "abattu",
    "etrangle", "egorge", "sequestre", "enleve", "detourne", "blanchi", "harcele",
    "cambriole", "braque", "corrompu")
"""The first word of a charge (folded, a prefix): an offence as French court news writes
it ("jugé pour le meurtre…", "accusé d'escroquerie", "poursuivie pour abus de confiance",
"jugée pour la mort de son bébé"), or as the verb of "accusé d'avoir tué…" ("tue",
"empoisonne"); "accusée de manquer de cohérence" is no charge."""
_CHARGE = re.compile(
    r"\b(?:(?:jugée?s?|poursuivie?s?|condamnée?s?|mise?s?\s+en\s+examen|comparaî?t|"
    r"comparaissent)(?:\s+[^.,;:!?]{0,40}?)??\s+pour|accusée?s?\s+(?:du|de\s+la|"
    r"de\s+l['’]|d['’]avoir|de)|procès\s+(?:du|de\s+la|de\s+l['’]|pour))\s*" + _PHRASE,
    re.IGNORECASE)


def _folded(word: str) -> str:
    word = word.replace("’", "'")
    key = word.lower() if word.isascii() else fold(word)
    return key.rsplit("'", 1)[-1]


def key_words(phrase: str, limit: int = KEY_WORDS) -> tuple[str, ...]:
    """The folded content words of ``phrase`` a key is made of: a story term's folding
    (:func:`veille.extract.textshape.fold`), an elision dropped ("d'EDF" is "edf"), words
    of 3 letters or more that are not in :data:`_STOP`, the first ``limit``."""
    out: list[str] = []
    for match in _WORD.finditer(phrase):
        if match.group().lower() in _BREAK:
            break
        key = _folded(match.group())
        if len(key) >= 3 and key not in _STOP:
            out.append(key)
            if len(out) == limit:
                break
    return tuple(out)


_STRIKE_WORDS = ("grève", "greve")
"""What every match of the strike patterns holds, in lower case (their gate)."""
_DIGITS_DASH = re.compile(r"\d\s*[-–]\s*\d")
"""What every match of :data:`_SCORE` and :data:`_SCORE_BARE` holds (their gate)."""
_AGE = re.compile(r"\d\s+ans\b")
"""What every match of :data:`_WHO_AGE` and :data:`_WHO_APPOSED` holds (their gate)."""
_INITIAL = re.compile(r"[A-ZÀ-ÖØ-Þ]\.")
"""What every match of :data:`_WHO_INITIAL` holds (its gate)."""
_CHARGE_HEADS = ("jug", "poursu", "condamn", "exam", "compar")
"""In lower case, what every match of :data:`_CHARGE`'s first branch holds one of ("jugé",
"poursuivi", "condamné", "mis en examen", "comparaît"), with "pour"; its two other branches
hold "accu" ("accusé") or "procè" ("procès")."""


def _strikes(text: str, lowered: str | None = None) -> set[str]:
    found: set[str] = set()
    if lowered is not None and not any(map(lowered.__contains__, _STRIKE_WORDS)):
        return found
    for pattern in (_STRIKE_AFTER, _STRIKE_NAME, _STRIKE_BEFORE):
        for match in pattern.finditer(text):
            words = key_words(match.group(1))
            if words and words[0] not in _CONVENING:
                found.add(STRIKE + " ".join(words))
    return found


def _scores(text: str) -> set[str]:
    found: set[str] = set()
    if _DIGITS_DASH.search(text) is None:
        return found
    for pattern in (_SCORE, _SCORE_BARE):
        for match in pattern.finditer(text):
            a, b = sorted((int(match.group(1)), int(match.group(2))))
            if b <= 200:
                found.add(f"{SCORE}{a}-{b}")
    return found


def _votes(text: str, lowered: str | None = None) -> set[str]:
    found: set[str] = set()
    if lowered is not None and "voix" not in lowered:
        return found
    for match in _VOTES.finditer(text):
        a, b = sorted((int(match.group(1)), int(match.group(2))))
        found.add(f"{SCORE}{a}-{b}")
    return found


def _bills(text: str, lowered: str | None = None) -> set[str]:
    found: set[str] = set()
    if lowered is not None and _LAW_GATE.search(lowered) is None:
        return found
    for match in _BILL.finditer(text):
        words = key_words(match.group(1))
        if words:
            found.add(BILL + " ".join(words))
    for match in _BILL_NAME.finditer(text):
        word = match.group(1)
        if word.lower() in _BREAK or word.lower().endswith(_NOT_A_NAME) or not (
                word[0].isupper() or fold(word).endswith(_NAME_ENDINGS) or
                _ALONE.match(text, match.end()) is not None):
            continue
        words = key_words(word, 1)
        if words and words[0] not in {"sur", "relative", "relatif", "visant", "portant"}:
            found.add(BILL + words[0])
    return found


def _figure(text: str) -> str:
    return text.replace(",", ".")


def _measures(text: str, lowered: str | None = None) -> set[str]:
    found: set[str] = set()
    if lowered is None or "magnitude" in lowered:
        for match in _MAGNITUDE.finditer(text):
            found.add(f"{MEASURE}magnitude {_figure(match.group(1))}")
    if lowered is None or any(map(lowered.__contains__, _SEIZED_WORDS)):
        for match in _SEIZED.finditer(text):
            unit = "kilo" if match.group(2).lower().startswith("k") else "tonne"
            what = fold(match.group(3)).rstrip("s")
            found.add(f"{MEASURE}{_figure(match.group(1))} {unit} {what}")
    return found


def _who(text: str) -> set[str]:
    found: set[str] = set()
    if _AGE.search(text) is not None:
        for match in _WHO_AGE.finditer(text):
            given = match.group(1)
            if known_given_name(given.split("-")[0]):
                found.add(WHO + fold(given))
        for match in _WHO_APPOSED.finditer(text):  # the form itself says a person: no names
            found.add(WHO + fold(match.group(1)))
    if _INITIAL.search(text) is not None:
        for match in _WHO_INITIAL.finditer(text):
            given = match.group(1)
            if known_given_name(given.split("-")[0]):
                found.add(WHO + fold(given))
    return found


def _may_charge(lowered: str) -> bool:
    """A necessary condition for :data:`_CHARGE` to match, from substring tests on the
    text's lower case (:func:`veille.extract.textshape.plain_lower`)."""
    return "accu" in lowered or "procè" in lowered or (
        "pour" in lowered and any(map(lowered.__contains__, _CHARGE_HEADS)))


def _charges(text: str, lowered: str | None = None) -> set[str]:
    found: set[str] = set()
    if lowered is not None and not _may_charge(lowered):
        return found
    for match in _CHARGE.finditer(text):
        words = key_words(match.group(1))
        if words and words[0].startswith(_OFFENCES):
            found.add(CHARGE + " ".join(words))
    return found


def read(text: str, laws: bool = True) -> set[str]:
    """Every argument key ``text`` writes (see the module; the laws, :data:`BILL`, only with
    ``laws``). Each group's patterns run only
    where a substring or a one-class pattern that all their matches hold is found (issue
    #13: each pattern is tried at every position, ~50–200 µs on a 4,000-character body)."""
    lowered = plain_lower(text)
    found = _strikes(text, lowered) | _scores(text) | _who(text) | _charges(text, lowered) | \
        _votes(text, lowered) | _measures(text, lowered)
    return found | _bills(text, lowered) if laws else found


def arguments(title: str, body: str, lead_chars: int = LEAD_CHARS,
              max_chars: int = MAX_CHARS) -> tuple[frozenset[str], frozenset[str]]:
    """``(lead, all)``: the argument keys the headline and first ``lead_chars`` characters
    of ``body`` write (the event's own; a law, :data:`BILL`, only the headline's: a lead
    discusses laws in passing, "la loi Leonetti" in a debate on "une loi pour encadrer
    l'euthanasie"), and those the headline and first ``max_chars`` write (a superset).
    Linear in what it reads."""
    title = title[:max_chars]
    lead = read(f"{title}.\n{body[:lead_chars]}", laws=False) | \
        _bills(title, plain_lower(title))
    return frozenset(lead), frozenset(lead | read(body[:max_chars]))


def group_of(key: str) -> str:
    """The group prefix of an argument key, "" for a key of no argument group."""
    return next((g for g in GROUPS if key.startswith(g)), "")


def named_in(key: str, mentions: Iterable[str], words: Iterable[str]) -> bool:
    """Whether the other side names the argument ``key``: one of its ``mentions`` (argument
    keys) is ``key``, or is of the same group and one's words are all the other's
    ("contrôleurs aériens" and "contrôleurs aériens français"), or, but for a score or a
    measure (the same figures only), all of ``key``'s words are among ``words`` (the other
    side's story terms, an elision dropped); one of them for a law (:data:`BILL`: "la
    réforme de l'audiovisuel public" is named by "le projet de loi sur l'audiovisuel", as
    outlets name one law several ways)."""
    group = group_of(key)
    mine = set(key[len(group):].split())
    exact = group in (SCORE, MEASURE)
    for other in mentions:
        if other == key:
            return True
        if not exact and other.startswith(group):
            theirs = set(other[len(group):].split())
            if mine <= theirs or theirs <= mine:
                return True
    if exact:
        return False
    seen = {w.replace("’", "'").rsplit("'", 1)[-1] for w in words}
    return not mine.isdisjoint(seen) if group == BILL else mine <= seen
