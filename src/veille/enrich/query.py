"""Aliases applied on the query side: what ``entity:Daech`` and the plain word "Daech"
look for, resolved against the alias table *at query time*.

The index keeps, for each article, its entities' ids, names and mention texts (see
:func:`veille.index.base.enrichment_terms`), so a name the user adds to the alias table
(``veille aliases add Daech Q2429253 ORG``) finds the articles already indexed with that
entity's id at once, without a reindex: the query is rewritten before it is compiled.

- ``entity:X`` / ``place:X`` become ``entity:X OR entity:<id of X>``; ``place:"Name
  (Area)"``, the label the pages show a place with namesakes, also its place's id.
- ``place:`` naming one of France's overseas territories ("La Réunion", "Mayotte",
  "Nouvelle-Calédonie") also looks for its ISO code, which every place resolved there
  carries (:mod:`veille.enrich.overseas_regions`): ``place:"La Réunion"`` finds the
  articles on Saint-Denis (974), as ``place:RE`` did (t-final29 F8).
- A word or phrase (or a run of words, "Etat islamique") that is an alias also matches
  the articles naming its entity: ``X OR entity:<id>``.

Re-enrichment (``veille reenrich``) still applies edits to stored articles (a new alias
for a name spaCy found but the table did not know gives that mention the entity's id).
"""

from __future__ import annotations

from veille.enrich.aliases import SHORT, Alias, AliasTable
from veille.enrich.place_labels import labelled_shipped, split_label
from veille.enrich.short_words import is_short_word
from veille.enrich.text import strip_leading
from veille.index.analysis import FRENCH_FUNCTION_WORDS
from veille.index.query import And, Filter, Node, Not, Or, Phrase, Word
from veille.index.variants import with_variants


def filter_clause(field: str, entity_id: str) -> str:
    """The query-language clause selecting one entity or place: ``entity:"per:x-y"``."""
    return f'{field}:"{entity_id.replace(chr(34), " ")}"'


def resolve_aliases(node: Node, table: AliasTable, *, labels: bool = True) -> Node:
    """``node`` with aliases expanded to their entity ids (see the module docstring), then
    each word and phrase OR-ed with its other French spellings
    (:func:`veille.index.variants.with_variants`: ``feux`` → ``feux OR feu``); nodes with
    nothing to expand are returned as they are. ``labels``: place labels are read here
    (else the caller read them against its store: :mod:`veille.search.place_names`)."""
    return with_variants(_resolved(node, table, labels))


def entity_terms(node: Node, table: AliasTable) -> list[Phrase]:
    """The names of the entities and places ``node`` asks for outside a ``NOT``, as phrases
    to highlight: every alias the table has for an ``entity:``/``place:`` id (its name among
    them). A hit found through an alias ("Daech" finding an article that says "l'EI") shows
    the words that made it match, not an unmarked passage that reads as a false hit
    (newuser15a W5)."""
    if isinstance(node, Filter) and node.field in ("entity", "place"):
        row = query_lookup(node.value, table)
        entity_id = row.id if row is not None else node.value
        names = table.names.get(entity_id, [])
        return [Phrase(name) for name in dict.fromkeys(names)]
    if isinstance(node, And | Or):
        return list(dict.fromkeys(t for item in node.items for t in entity_terms(item, table)))
    return []


def _resolved(node: Node, table: AliasTable, labels: bool = True) -> Node:
    if isinstance(node, Filter) and node.field in ("entity", "place"):
        row = query_lookup(node.value, table)
        if row is None and node.field == "place" and split_label(node.value) is not None:
            return _labelled(node) if labels else node
        if row is None or row.id == node.value:
            return node
        alternatives = [node, Filter(node.field, row.id)]
        territory = overseas_code(row.id) if node.field == "place" else None
        if territory is not None:
            alternatives.append(Filter("place", territory))
        return Or(tuple(alternatives))
    if isinstance(node, Word) and node.field is None and not node.prefix or \
            isinstance(node, Phrase) and node.field is None:
        return _or_entity(node, node.text, table)
    if isinstance(node, And):
        return And(_runs(tuple(_resolved(i, table, labels) if not isinstance(i, Word)
                               else i for i in node.items), table))
    if isinstance(node, Or):
        return Or(tuple(_resolved(i, table, labels) for i in node.items))
    if isinstance(node, Not):
        return Not(_resolved(node.item, table, labels))
    return node


def overseas_code(place_id: str) -> str | None:
    """The ISO 3166-1 code ("RE") of the French overseas territory whose subdivision id
    ``place_id`` is ("iso3166-2:FR-974", "iso3166-2:FR-NC"); None for any other id. The
    codes: :data:`veille.enrich.places.OVERSEAS` and ``COLLECTIVITY_CODES`` (INSEE code →
    ISO code)."""
    prefix = "iso3166-2:FR-"
    if not place_id.startswith(prefix):
        return None  # before the import: the gazetteer module costs every place: query
    from veille.enrich.places import COLLECTIVITY_CODES, OVERSEAS  # ~70 ms (r-search53)

    code = place_id[len(prefix):]
    codes = {**OVERSEAS, **COLLECTIVITY_CODES}
    if code in codes:
        return codes[code]
    return code if code in codes.values() else None


def _labelled(node: Filter) -> Node:
    """``place:"Saint-Denis (La Réunion)"``, the label the pages show, as the place's id
    (:func:`~veille.enrich.place_labels.labelled_shipped`, from the shipped label table;
    t-enrich19 E17, t-final27 F9)."""
    place_id = labelled_shipped(node.value)
    return node if place_id is None else Or((node, Filter("place", place_id)))


def query_lookup(text: str, table: AliasTable) -> Alias | None:
    """The entity a query's ``text`` names (:meth:`AliasTable.lookup`), whatever its case:
    a short alias (``EI``, ``UE``, ``OM``) needs its own capitals in an article's text, where
    "ei" or "om" written so is no acronym, but a query is case-blind (the words match in any
    case), so ``ei`` and ``l'ei`` mean ``EI`` as ``EI`` does (newuser12b D10). An
    short word not in capitals that is a French word or function word (``eu``, ``un``,
    ``lot``: :mod:`veille.enrich.short_words`, the lexicon's answers shipped as a file, so
    no query imports spaCy: t-final51b B5) is read as that word, never as the acronym; one
    that is none is read in capitals (``ei`` → ``EI``), then capitalised (``ain`` → ``Ain``).
    English words are not checked: ``who`` is read as ``WHO``."""
    row = table.lookup(text)
    if row is not None:
        return row
    bare = strip_leading(text)[0]
    if len(bare) > SHORT or not bare.isalpha() or bare.isupper():
        return None
    lower = bare.lower()
    if lower in FRENCH_FUNCTION_WORDS or is_short_word(lower):
        return None
    return table.lookup(lower.upper()) or table.lookup(lower.capitalize())


def _or_entity(node: Node, text: str, table: AliasTable) -> Node:
    row = query_lookup(text, table)
    return node if row is None else Or((node, Filter("entity", row.id)))


def _plain(node: Node) -> bool:
    return isinstance(node, Word) and node.field is None and not node.prefix


def _runs(items: tuple[Node, ...], table: AliasTable) -> tuple[Node, ...]:
    """Runs of plain words of an AND that together are an alias (longest first), each
    replaced by ``(words) OR entity:<id>``; other words alone."""
    out: list[Node] = []
    i = 0
    while i < len(items):
        item = items[i]
        if not _plain(item):
            out.append(item)
            i += 1
            continue
        longest = min(table.max_words, len(items) - i)
        for size in range(longest, 0, -1):
            run = items[i:i + size]
            if not all(_plain(w) for w in run):
                continue
            text = " ".join(w.text for w in run if isinstance(w, Word))
            row = query_lookup(text, table)
            if row is not None:
                words: Node = run[0] if size == 1 else And(run)
                out.append(Or((words, Filter("entity", row.id))))
                i += size
                break
        else:
            out.append(item)
            i += 1
    return tuple(out)
