"""One outlet's editions, counted once: which of a story's sources are one outlet's network
and its local editions, for the story's count of sources (docs/dedup.md, *Sources and
editions*).

t-final29 F2: "France Bleu" (``francebleu.fr``) and its local station "France Bleu Isère"
(a name given with ``--source``) were counted as two independent sources of one story:
one newsroom's editions inflated the count that says how many outlets covered it. The
sources of a story are one **group** when

0. they are one outlet written two ways (:func:`veille.outlet_identity.outlet_key`: the
   outlet table's names and host, a name in capitals or with its site's suffix:
   "OUEST-FRANCE", "Ouest-France", ``ouest-france.fr``; "Le Monde.fr", "Le Monde";
   t-final52b A8: one outlet's update captured under its masthead in capitals made its
   story count "3 sources");
1. they are hosts of one **registrable domain** (the Public Suffix List:
   :func:`veille.collect.sites.registrable_domain`): ``france3-regions.francetvinfo.fr``
   and ``francetvinfo.fr`` are one group; two blogs of ``blogspot.com`` (a private
   suffix) and ``lematin.ch`` / ``lematin.ma`` (two countries' papers) are not;
2. a name is a host's own name (:func:`veille.extract.record_source.names_site`: "Le
   Figaro" given with ``--source`` and ``lefigaro.fr``), or an **edition** of it: the
   name minus a trailing place names the host ("France Bleu Isère" and ``francebleu.fr``,
   "20 Minutes Lyon" and ``20minutes.fr``);
3. two names are editions of one masthead: both are that masthead, or it followed by a
   place ("France 3 Bretagne" and "France 3 Normandie"; "France Bleu" and "France Bleu
   Isère").

An **edition's place** is the last words of the name, one to four, naming in the shipped
gazetteer (:func:`veille.enrich.places.shipped`) a region, a département or province, a
country, or a town (commune, city, capital) of :data:`MIN_EDITION_TOWN` inhabitants or more
(editions are named after regions, départements and cities), after the word "édition" when
the name says it (:data:`_EDITION_WORD`); the masthead before it must end in a capitalised
word or a number, and be two words or more or one hyphenated word: "La Voix du Nord"
is no edition "Nord" of a masthead "La Voix du" (which ends in a lowercase word), and
"Le Monde diplomatique" no edition of "Le Monde" ("diplomatique" is no place). Titles of
one press group with their own mastheads and domains ("Nice-Matin", "Var-Matin") stay
two outlets: a group is never guessed from ownership.

4. (f-b2-32) a name is published on a host's site: the caller knows the URLs of the
   story's articles (``sites``: source -> the registrable domains its articles are on),
   and a name whose articles are all on one registrable domain is that domain's outlet,
   whatever its name says: "France Bleu Breizh Izel" (Breizh Izel, Lower Brittany, is
   no gazetteer place) and "ici Armorique" on ``francebleu.fr``, two actu.fr titles on
   ``actu.fr``, are one network's editions. Rules 2 and 3 guess an edition from the
   shape of its name and miss every edition not named after a place; the site it is
   published on is the network's own evidence. A news agency's name (``AFP`` on a
   paper's site: the paper carries the dispatch, the agency is another outlet;
   :func:`veille.extract.agencies.agency_named`) is never grouped by the site.

A group is counted once in a story's sources, and among those with their own article when
any of its sources has one; each source is still listed and shown by its own name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from veille.collect.sites import registrable_domain
from veille.extract.agencies import agency_named
from veille.extract.record_source import names_site
from veille.extract.textshape import fold
from veille.outlet_identity import outlet_key
from veille.outlet_names import spells_host

MIN_EDITION_TOWN = 20_000
"""The fewest inhabitants of a commune an edition is named after (a city's edition)."""
MAX_PLACE_WORDS = 4
"""The most words of an edition's place ("Provence-Alpes-Côte d'Azur" is one word)."""
_HOST = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)+")
_PLACE_KINDS = frozenset({"region", "department", "province", "state", "country"})
_TOWN_KINDS = frozenset({"commune", "city", "capital"})
"""Kinds of the gazetteer that are towns (a capital is a city: "Paris" is a ``capital``)."""
_ARTICLE = re.compile(r"^(?:(?:le|la|les|the)\s+|l['’]\s*)", re.IGNORECASE)
_EDITION_WORD = re.compile(
    r"^[^\w(]*\(?\s*(?:[ée]dition|[ée]d\.)(?:\s+(?:de\s+la\s+|de\s+l['’]\s*|des\s+|du\s+|de\s+"
    r"|d['’]\s*|l['’]\s*)|\s+)|\s+edition\W*$", re.IGNORECASE)
"""The word "édition" ("edition") naming an edition, before its place with the French
preposition ("Le Parisien – édition de l'Essonne", "La Dépêche du Midi – édition du Tarn")
or after it ("Daily Record – Ayrshire edition"): a closed class, the word itself."""


def _squeezed(text: str) -> str:
    """``text`` folded, its leading article and every sign but letters and digits gone."""
    return re.sub(r"[\W_]+", "", fold(_ARTICLE.sub("", text.strip())))


def edition_place(words: str) -> bool:
    """Whether ``words`` name an edition's place (see the module's rule): a region, a
    département or province, a country, or a town of :data:`MIN_EDITION_TOWN`
    inhabitants or more, in the shipped gazetteer."""
    return _is_place(words)


def _is_place(words: str) -> bool:
    """Whether ``words`` name an edition's place (see the module's rule)."""
    from veille.enrich.places import loose, shipped  # the gazetteer: only when needed

    words = _EDITION_WORD.sub("", words.replace("’", "'")).strip()
    by_name = shipped().by_name
    # The gazetteer's keys are its names folded, hyphens kept or not ("Hauts de France",
    # "Val d'Oise"): the name is looked up loose (no punctuation), folded, and folded with
    # hyphens as spaces, so "Val-d'Oise" and "Côtes-d'Armor" are found (r-stories35).
    folded = fold(re.sub(r"^[^\w]+|[^\w]+$", "", words))
    keys = dict.fromkeys((loose(words), folded, re.sub(r"[\s-]+", " ", folded)))
    return any(p.kind in _PLACE_KINDS or
               (p.kind in _TOWN_KINDS and p.population >= MIN_EDITION_TOWN)
               for key in keys for p in by_name.get(key, ()))


def _masthead_ok(words: list[str]) -> bool:
    """Whether ``words`` can be an edition's masthead: its last word capitalised or a
    number, two words or more or one hyphenated word."""
    last = words[-1] if words else ""
    return bool(last) and (last[0].isupper() or last[0].isdigit()) and (
        len(words) >= 2 or "-" in last.strip("-"))


def _mastheads(name: str, partners: Iterable[str]) -> list[str]:
    """The squeezed mastheads ``name`` may be an edition of, among ``partners`` (the
    squeezed names and host labels of the story's other sources): the names its first
    words spell when the words after them are a place."""
    words = name.split()
    wanted = set(partners)
    out: list[str] = []
    for cut in range(max(1, len(words) - MAX_PLACE_WORDS - 2), len(words)):
        # the masthead with its article left out ("Le Parisien" as "parisien") or kept, as
        # a site's label keeps it ("leparisien" of leparisien.fr; r-stories35)
        for head in dict.fromkeys((_squeezed(" ".join(words[:cut])),
                                   re.sub(r"[\W_]+", "", fold(" ".join(words[:cut]))))):
            if head in wanted and _masthead_ok(words[:cut]) and \
                    _is_place(" ".join(words[cut:])):
                out.append(head)
    return out


Sites = Mapping[str, Iterable[str]]
"""``source -> the registrable domains of its articles' URLs`` (:func:`sites_of`)."""


def site_of(url: str | None) -> str:
    """The registrable domain of ``url``'s host ("" for none)."""
    from urllib.parse import urlsplit

    host = (urlsplit(url).hostname or "") if url else ""
    return registrable_domain(host.removeprefix("www.")) if host else ""


def sites_of(pairs: Iterable[tuple[str, str | None]]) -> dict[str, set[str]]:
    """``source -> registrable domains`` of ``(source, article URL)`` pairs (rule 4)."""
    found: dict[str, set[str]] = {}
    for source, url in pairs:
        if source and (site := site_of(url)):
            found.setdefault(source, set()).add(site)
    return found


def outlet_groups(sources: Iterable[str], sites: Sites | None = None
                  ) -> list[frozenset[str]]:
    """``sources`` (a story's sources: hosts and names; "" left out) partitioned into
    groups of one outlet's editions (see the module's rules), each source in one group;
    ``sites``, when the caller knows its articles' URLs, for rule 4."""
    names = sorted({s for s in sources if s})
    parent = {s: s for s in names}

    def root(s: str) -> str:
        while parent[s] != s:
            parent[s] = parent[parent[s]]
            s = parent[s]
        return s

    def union(a: str, b: str) -> None:
        parent[root(a)] = root(b)

    by_key: dict[str, str] = {}
    for s in names:  # rule 0: one outlet written two ways ("OUEST-FRANCE", "Ouest-France")
        union(s, by_key.setdefault(outlet_key(s), s))
    hosts = [s for s in names if _HOST.fullmatch(s)]
    others = [s for s in names if s not in hosts]
    by_domain: dict[str, str] = {}
    for host in hosts:
        union(host, by_domain.setdefault(registrable_domain(host), host))
    for name in names if sites else ():  # rule 4: the site a name is published on
        if name in hosts or agency_named(name) is not None:
            continue
        domains = set((sites or {}).get(name, ()))
        if len(domains) == 1:  # a name seen on several sites is no one site's edition
            union(name, by_domain.setdefault(domains.pop(), name))
    labels: dict[str, list[str]] = {}
    for host in hosts:
        label = registrable_domain(host).split(".")[0]
        labels.setdefault(re.sub(r"[\W_]+", "", fold(label)), []).append(host)
    squeezed = {s: _squeezed(s) for s in others}
    for name in others:
        for host in hosts:
            if names_site(name, host) or spells_host(name, host):
                union(name, host)  # "Los Angeles Times" and latimes.com (r-sources35)
    partners: dict[str, list[str]] = {}
    for name in others:
        partners.setdefault(squeezed[name], []).append(name)
    for name in others:  # the cheap test first: a partner's name opens this one's
        keys = set(labels) | set(partners)
        whole = re.sub(r"[\W_]+", "", fold(name))  # with its article, as a site's label
        if not any((squeezed[name].startswith(k) and squeezed[name] != k) or
                   (whole.startswith(k) and whole != k) for k in keys):
            continue
        for head in _mastheads(name, keys):
            for other in labels.get(head, []) + partners.get(head, []):
                union(name, other)
    mastheads: dict[str, list[str]] = {}
    for name in others:  # two editions of one masthead that is no source of the story
        if len(name.split()) >= 3:
            for cut in range(max(2, len(name.split()) - MAX_PLACE_WORDS),
                             len(name.split())):
                words = name.split()
                mastheads.setdefault(_squeezed(" ".join(words[:cut])), []).append(name)
    for head, named in mastheads.items():
        if len(named) < 2:
            continue
        editions = [n for n in named if head in _mastheads(n, [head])]
        for one in editions[1:]:
            union(one, editions[0])
    groups: dict[str, set[str]] = {}
    for s in names:
        groups.setdefault(root(s), set()).add(s)
    return [frozenset(g) for g in groups.values()]


def group_counts(sources: Mapping[str, bool], sites: Sites | None = None
                 ) -> tuple[int, int]:
    """``(sources, independent)`` of a story whose sources are ``sources`` (``source ->
    whether it has an article of its own`` there): its groups (:func:`outlet_groups`), and
    those with an article of their own in any of their sources."""
    groups = outlet_groups(sources, sites)
    return len(groups), sum(1 for g in groups if any(sources[s] for s in g))


def other_outlets(sources: Iterable[str], own: str, sites: Sites | None = None) -> int:
    """How many outlets among ``sources`` are not ``own``'s (its group's): the groups
    (:func:`outlet_groups`) of ``sources`` and ``own`` that do not hold ``own`` ("" is no
    outlet). The "N other sources" of a row standing for several articles, so that it
    plus one is the story's count (t-final30 F3: the home page said "7 other sources"
    of a story of 7 sources, France 3's two editions counted apart)."""
    return sum(1 for group in outlet_groups([*sources, own], sites) if own not in group)


def grouped_sources(counts: Mapping[str, int], sites: Sites | None = None
                    ) -> list[list[str]]:
    """``counts`` (``source -> articles``) as its outlet groups (:func:`outlet_groups`),
    each a list of sources with the most articles first, the groups with the most
    articles first (ties by name): one line of a story's sources per group, so the list
    holds as many lines as the story counts sources (t-final30 U7). ``""`` (no source) is
    a group of its own when present."""
    groups = [sorted(g, key=lambda s: (-counts[s], s))
              for g in outlet_groups(counts, sites)]
    if "" in counts:
        groups.append([""])
    return sorted(groups, key=lambda g: (-sum(counts[s] for s in g), g[0]))


def new_outlets(before: Iterable[str], fresh: Iterable[str], sites: Sites | None = None
                ) -> tuple[str, ...]:
    """The sources of ``fresh`` (in order) that bring a new outlet to a story whose
    earlier sources are ``before``: one per group (:func:`outlet_groups`) holding none
    of ``before`` ("" is no outlet). A story alert counts these, so a network's two
    editions joining are one new source, as the story counts them (t-final30 F3)."""
    old = set(before)
    fresh = [s for s in dict.fromkeys(fresh) if s]
    taken: set[frozenset[str]] = set()
    out: list[str] = []
    groups = outlet_groups([*old, *fresh], sites)
    for source in fresh:
        group = next(g for g in groups if source in g)
        if group & old or group in taken:
            continue
        taken.add(group)
        out.append(source)
    return tuple(out)


def editions_label(names: Iterable[str]) -> str:
    """One line naming a group's shown ``names``: their common first words and, in
    brackets, what follows them ("France 3 Bretagne", "France 3 Pays de la Loire" ->
    "France 3 (Bretagne, Pays de la Loire)"); a name that is the common words alone is
    left out of the brackets. Without common first words, the names joined by ", "."""
    shown = list(dict.fromkeys(n for n in names if n))
    split = [n.split() for n in shown]
    common = 0
    while split and all(len(w) > common and w[common] == split[0][common] for w in split):
        common += 1
    if not common or len(shown) < 2:
        return ", ".join(shown)
    rest = [" ".join(w[common:]) for w in split if len(w) > common]
    head = " ".join(split[0][:common])
    return f"{head} ({', '.join(rest)})" if rest else head
