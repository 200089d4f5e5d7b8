"""Where a recogniser's span ends (verify14 V7, newuser14a E17): a name never ends on a
preposition or an article ("Groupe de", "Jeux olympiques de", "Festival … d'"), and never
runs past a name the alias table knows into lower-case common nouns ("l'Union européenne
de droits de douane supplémentaires"). French capitalises a name's words, its particles
aside, so a particle at a span's end belongs either to the name that follows it or to the
sentence."""

from __future__ import annotations

import re
from collections.abc import Callable

Span = tuple[int, int, str]

_PARTICLE = r"(?:de|du|des|au|aux|à|la|le|les|en|pour|et|d|l)"
_DANGLING = re.compile(r"(?:[ \t\u00a0]+(?:" + _PARTICLE + r"|[dl]['’]))+[ \t\u00a0'’]*$")
"""Lower-case particles at a name's end (" de", " d'", " l'", " pour"…); capitalised
ones ("Jean Le", "Van De") are surnames' and stay."""
_ENDS_ON_PARTICLE = re.compile(r"(?:^|[ \t\u00a0])" + _PARTICLE + r"[ \t\u00a0]*$|"
                               r"(?:^|[ \t\u00a0'’])[dl]['’][ \t\u00a0]*$")
_LOWER_RUN_TO_ACRONYM = re.compile(
    r"[ \t\u00a0]*((?:[a-zà-ÿ'’-]+(?:[ \t\u00a0]*,[ \t\u00a0]*|[ \t\u00a0]+))*?[a-zà-ÿ-]+)"
    r"[ \t\u00a0]*\([ \t\u00a0]*([A-ZÀ-Þ][\w-]{1,9}\+?)[ \t\u00a0]*[),;]")
"""Lower-case words, commas between them, then an acronym in parentheses: "soutien à
l'islam et aux musulmans (GSIM,", "de l'environnement et du travail (Anses)". Each word
ends on a space or a comma, so the words are read one way only (no backtracking over the
ways of cutting "ville" into "vil" + "le"). "OPEP+" (the name and its allies) keeps its
plus."""
_NAMED_RUN_TO_ACRONYM = re.compile(
    r"[ \t\u00a0]*((?:[\w'’-]+(?:[ \t\u00a0]*,[ \t\u00a0]*|[ \t\u00a0]+))*?[\w-]+)"
    r"[ \t\u00a0]*\([ \t\u00a0]*([A-ZÀ-Þ][\w-]{1,9}\+?)[ \t\u00a0]*[),;]")
"""As :data:`_LOWER_RUN_TO_ACRONYM`, capitalised words allowed ("Syndicat mixte de gestion
de l'eau" + " et de l'assainissement de Guadeloupe (SMGEAG)"): taken only when the
acronym's letters are exactly the whole name's initials (``initials``)."""
_THEN_PARTICLE = re.compile(r"(?:,[ \t\u00a0]*|[ \t\u00a0]+)(?:(?:de|du|des|et|à|au|aux|pour|en)"
                            r"(?!\w)|d['’])")
"""A particle, maybe after a comma, right after a span: a long name goes on in lower case
("Agence nationale de sécurité sanitaire de l'alimentation" + ", de l'environnement et du
travail (Anses)", "Front de libération du Macina" + " et des deux rives (KMB)", "Groupe
d'appui" + " aux peuples du fleuve (KTB)")."""
_LOWER_RUN_MAX = 80
_OF_LOWER = re.compile(r"[ \t\u00a0]+(?:(?:de|du|des)[ \t\u00a0]+|d['’][ \t\u00a0]*)[a-zà-ÿ]")
"""A known name's end, then "de" and a lower-case word: the verb's complement, not the
name ("menacé l'Union européenne de droits de douane")."""


def cut_dangling(name: str) -> str:
    """``name`` without the lower-case particles at its end ("Jeux olympiques de" once
    its year is cut: "Jeux olympiques"); "" when nothing else is left. A head noun and its
    particle alone ("État de", "Cour de") is left whole: the model cut the name before
    its complement, which the place rules read after it ("l'État de New York")."""
    cut = _DANGLING.sub("", name)
    if cut != name and " " not in cut.strip():
        return name
    return cut if any(ch.isalpha() for ch in cut) else ""


def continue_at_particles(text: str, found: list[Span],
                          acronym_of: Callable[[str, str], bool],
                          defines: Callable[[str, str, str], bool] | None = None,
                          initials: Callable[[str, str], bool] | None = None
                          ) -> list[Span]:
    """Spans that end on a particle, or before a particle (after a comma too), run on over the
    lower-case words (and commas) up to an acronym in parentheses that abbreviates the
    whole ("Groupe de" + "soutien à l'islam et aux musulmans (GSIM)"; ``acronym_of(acronym,
    name)`` decides), or that ``defines(acronym, name, label)`` accepts as the short name
    the press defines so whatever its letters ("Groupe de" + "soutien … (JNIM)", "Agence
    nationale … de l'alimentation" + ", de l'environnement et du travail (Anses)"; verify17
    R8, newuser16a H16). Other spans are left as they are; :func:`cut_dangling` drops
    their particle at cleaning. A span is not joined to the model's next span ("Cour de" +
    "Poitiers", "Festival … d'" + "Angoulême"): measured, that cost Europeana places
    annotated apart (bench/ner.py)) unless the acronym after it is exactly the initials of
    the whole (``initials(acronym, name)``: "Syndicat mixte de gestion de l'eau" + " et de
    l'assainissement de Guadeloupe (SMGEAG)", t-enrich21 E16)."""
    out: list[Span] = []
    for s, e, label in sorted(found):
        particle = _ENDS_ON_PARTICLE.search(text, s, e) is not None
        if particle or _THEN_PARTICLE.match(text, e):
            run = _LOWER_RUN_TO_ACRONYM.match(
                text, e + (1 if not particle and text[e:e + 1] == "," else 0))
            if run is not None and run.end(1) - e <= _LOWER_RUN_MAX and (
                    acronym_of(run.group(2), text[s:run.end(1)])
                    or (defines is not None
                        and defines(run.group(2), text[s:run.end(1)], label))):
                e = run.end(1)
            elif run is None and initials is not None:
                named = _NAMED_RUN_TO_ACRONYM.match(
                    text, e + (1 if not particle and text[e:e + 1] == "," else 0))
                if named is not None and named.end(1) - e <= _LOWER_RUN_MAX and \
                        initials(named.group(2), text[s:named.end(1)]):
                    e = named.end(1)
        out.append((s, e, label))
    # a span run on over a capitalised word holds the model's span of it ("Guadeloupe")
    return outermost(out)


def outermost(spans: list[Span]) -> list[Span]:
    """``spans`` without those another, different span holds (``o[0] <= s[0]`` and
    ``s[1] <= o[1]``), in their order, identical spans kept alike. One sort, not a
    comparison of every pair (a transcript of 2,000 named quotes cost n², t-enrich22
    E14)."""
    by_start: dict[int, list[tuple[int, str]]] = {}
    for start, end, label in spans:
        by_start.setdefault(start, []).append((end, label))
    reach_before: dict[int, int] = {}
    reach = -1
    for start in sorted(by_start):
        reach_before[start] = reach
        reach = max(reach, *(end for end, _ in by_start[start]))

    def held(span: Span) -> bool:
        start, end, label = span
        return reach_before[start] >= end or any(
            other_end > end or (other_end == end and other_label != label)
            for other_end, other_label in by_start[start])
    return [span for span in spans if not held(span)]


def known_prefix(name: str, lookup: Callable[[str], object | None],
                 institution: Callable[[str], bool]) -> str:
    """A span that runs past a name the alias table knows into "de" and lower-case words
    ("Union européenne de droits de douane supplémentaires"): the known name. Not when
    the whole is known, nor after a one-word known name ("Union des pêcheurs": "Union"
    is a town too) or an institution's head, whose complement is lower-case ("Conseil
    d'orientation des retraites"); ``lookup`` is the alias table's and
    ``institution`` says whether a name opens with such a head."""
    if lookup(name) is not None:
        return name
    for match in _OF_LOWER.finditer(name):
        head = name[:match.start()]
        if len(head.split()) > 1 and lookup(head) is not None and not institution(head):
            return head
    return name


def whole_mention(start: int, end: int, entities: list[dict[str, object]]
                  ) -> tuple[int, int, str] | None:
    """The entity mention ``[start, end, text]`` that holds a span of another reader (a
    quote's speaker) and runs further: the speaker "Droit" of "L'association Droit au
    logement a dénoncé" cut the name at its lower-case words, which the entity stage read
    whole (verify14 V7); the speaker "France" of "Selon Santé publique France, « … »" is
    the end of the agency's name, never the country (t-enrich20 E9). ``entities`` are
    the stage's dicts (``mentions`` a list of ``[start, end, text]``); None when no
    mention is longer, and for an empty span: a kicker taken from a headline quote's
    speaker leaves one ("Médias : « … »", no speaker), which no name holds (t-final53b
    A2: the kicker came back as the speaker)."""
    best: tuple[int, int, str] | None = None
    if end <= start:
        return None
    for entity in entities:
        mentions = entity.get("mentions")
        if not isinstance(mentions, list):
            continue
        for s, e, name in mentions:
            if s <= start and e >= end and e - s > end - start and (
                    best is None or e - s > best[1] - best[0]):
                best = int(s), int(e), str(name)
    return best


_LOWER_HEAD = re.compile(r"(?<![\w'’-])([a-zà-ÿ]{3,}[ \t\u00a0]+(?:de[ \t\u00a0]+|d['’]))$")
"""A lower-case head noun and its "de" right before a name ("la bande de Gaza")."""


def with_lower_head(text: str, start: int, name: str, known: Callable[[str], bool]
                    ) -> tuple[str, int]:
    """``name`` (at ``start``) with the lower-case head noun and "de" before it when the
    gazetteer knows the whole as a place of its own (``known``): "la bande de Gaza" is the
    Gaza Strip, a region, not Gaza City, which the model's span "Gaza" names (newuser14a
    E20). Else ``(name, start)``: "la ville de Gaza" stays the city, the gazetteer knowing
    no "ville de Gaza"."""
    head = _LOWER_HEAD.search(text, max(0, start - 30), start)
    if head is None:
        return name, start
    whole = head.group(1) + name
    return (whole, head.start(1)) if known(whole) else (name, start)
