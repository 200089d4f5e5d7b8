"""German and Italian event words, and English words for a structure's collapse, for kinds
of :data:`veille.dedup.event_kinds.KINDS`.

The lexicon named a building's collapse in French ("effondrement"), Spanish ("derrumbe")
and Portuguese ("desabamento") only, and no disaster, accident or opening in German or
Italian: "Four dead and 17 injured as apartment block collapses in Naples", "Crolla una
palazzina a Bologna", "Zwei Tote beim Einsturz einer Lagerhalle" named no kind, so a side
naming none agreed with the same mayor's metro or library opening the same day, which
joined the collapse's story by the town and the mayor's name (t-final61 #3, h-stories62).
These entries follow the lexicon's rules (folded; a single word matches as a prefix, a
trailing space asks for the whole word) and name the event with the words that fix its
sense: "collapse" alone also tells talks, a company, a government, so the English entries
name what collapsed ("roof collapses", "collapsed building"). They were written from the
IPTC families "disaster" and "accident" and the lexicon's "opening", not from any
benchmark's articles.
"""

from __future__ import annotations

_FALLEN = ("building", "buildings", "block", "blocks", "flats", "roof", "roofs", "bridge",
           "tower", "house", "houses", "ceiling", "stand", "warehouse", "hall", "structure",
           "wall", "balcony", "crane", "tunnel", "mine")
"""English nouns of what collapses, as a news headline writes them ("block of flats
collapses", "roof collapse", "collapsed building")."""

ENGLISH_COLLAPSES: tuple[str, ...] = tuple(
    f"{noun} {verb} " for noun in _FALLEN
    for verb in ("collapse", "collapses", "collapsed", "caved in", "caves in")
) + tuple(f"collapsed {noun} " for noun in _FALLEN)
"""English entries naming a structure's collapse: "roof collapses", "building collapsed",
"collapsed building"."""

MORE_KINDS: dict[str, tuple[str, ...]] = {
    "disaster": (
        # de: Hochwasser, Überschwemmung, Erdbeben, Unwetter, Erdrutsch, Lawine, Waldbrand
        "hochwasser", "uberschwemm", "erdbeben", "unwetter", "erdrutsch", "lawine",
        "waldbrand", "sturmflut",
        # it: alluvione, esondazione, frana, nubifragio, terremoto (iberian), scossa di
        # terremoto, maltempo, incendio boschivo, valanga
        "alluvion", "esondazion", "frana ", "frane ", "nubifragi", "maltempo",
        "incendio boschivo", "valanga",
    ),
    "accident": (
        # de: Einsturz, eingestürzt, stürzte ein, Brand, Großbrand, Unfall, Zugunglück,
        # Explosion (French and English already), Zusammenstoß
        "einsturz", "eingesturzt", "sturzte ein", "sturzten ein", "brand ", "grossbrand",
        "unfall", "zugungluck", "zusammenstoss", "entgleis",
        # it: crollo, crolla, crollata, esplosione, incidente, deragliamento, naufragio
        # (iberian), scontro
        "crollo", "crolla ", "crollat", "crollan", "esplosion", "incidente", "deragliament",
        *ENGLISH_COLLAPSES,
    ),
    "opening": (
        # de: eröffnet, Eröffnung, eingeweiht, Einweihung; it: inaugura, inaugurato,
        # inaugurazione
        "eroffnet", "eroffnung", "eingeweiht", "einweihung", "weiht ein", "inaugura",
    ),
}
"""Kind -> German, Italian and English entries, added to :data:`veille.dedup.event_kinds.
KINDS` (:data:`veille.dedup.event_kinds.MORE`)."""

MORE_VERBS: dict[str, tuple[str, ...]] = {
    "politics": (
        # an official presenting a plan, a budget or a project (IPTC "government policy"):
        # the event of a mayor's or a minister's press conference, which the lexicon named
        # no kind of ("La alcaldesa presenta un plan de carriles bici": its one sentence on
        # the morning's fire made it "tell" only the fire)
        "presente un plan", "presente son plan", "presente le plan", "a presente un plan",
        "a presente son plan", "a presente le plan", "devoile un plan", "devoile son plan",
        "a devoile un plan", "presente le budget", "presente son budget",
        "presenta un plan", "presenta el plan", "presenta su plan", "presento un plan",
        "presento el plan", "presento su plan", "presenta el presupuesto",
        "presenta un piano", "presenta il piano", "ha presentato un piano",
        "ha presentato il piano", "presenta il bilancio",
        "unveils a plan", "unveiled a plan", "unveils plans", "unveiled plans",
        "presents a plan", "presented a plan", "sets out plans", "set out plans",
        "stellt einen plan vor", "stellte einen plan vor", "legt einen plan vor",
    ),
}
"""Kind -> verbs of an official's announcement, added to :data:`veille.dedup.event_kinds.
EVENT_VERBS` (read for what an article says happened and for the kinds it tells, never
for :func:`veille.dedup.event_kinds.event_kinds`)."""
