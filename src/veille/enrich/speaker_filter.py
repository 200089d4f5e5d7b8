"""Which quotes a speaker filter selects: ``veille quotes --speaker`` and the API's
``/api/v1/quotes?speaker=`` read a speaker the same way (h-api65).

A speaker is an entity id the store knows, else the one entity whose name or alias holds
the text as whole words (t-enrich20 E16: ``--speaker "Marine Tondelier"`` printed
nothing), and also the name itself, which matches the quotes given to it with no entity
("sexagénaire", "Tramway de Québec": t-enrich25 E13)."""

from __future__ import annotations

from veille.enrich import aliases as alias_table
from veille.enrich.text import fold
from veille.errors import ArgumentError, NotFound
from veille.store.base import EnrichStore


def speaker_filter(store: EnrichStore, table: alias_table.AliasTable, speaker: str, *,
                   several: str = "give one entity id as the speaker"
                   ) -> tuple[str | None, str | None]:
    """``(entity id, speaker name)`` to filter quotes on (:meth:`EnrichStore.quotes`):
    the entity ``speaker`` names (:func:`speaker_entity`) and, unless ``speaker`` is that
    id, the name itself; a name that is no entity's is matched as a speaker's name alone.
    Raises :class:`~veille.errors.NotFound` when neither an entity nor a quote's speaker
    is so named, :class:`~veille.errors.ArgumentError` when several entities are
    (``several``: its hint)."""
    try:
        entity_id = speaker_entity(store, table, speaker, several=several)
    except NotFound:
        if not store.quotes(speaker=speaker, limit=1):
            raise
        return None, speaker
    return entity_id, None if entity_id == speaker else speaker


def speaker_entity(store: EnrichStore, table: alias_table.AliasTable, speaker: str, *,
                   several: str = "give one entity id as the speaker") -> str:
    """The entity id ``speaker`` names: an id the store knows, else the one entity whose
    name or alias is it or holds it as whole words ("EI" is no entity of
    "Seine-Saint-Denis": t-final31 U3). Raises :class:`~veille.errors.NotFound` when no
    entity matches, :class:`~veille.errors.ArgumentError` when several do, naming them."""
    if store.entity(speaker) is not None:
        return speaker
    ids = alias_table.ids_named(table, speaker)
    key = fold(speaker)
    found = [e for e in store.entities(limit=50, name=speaker, ids=ids)
             if e.id in ids or alias_table.names_words(fold(e.name), key)]
    found_ids = {e.id for e in found}
    exact = {e.id for e in found if fold(e.name) == key} | \
        {row.id for row in table.rows if row.id in found_ids and fold(row.alias) == key}
    if len(exact) == 1:
        return next(iter(exact))
    if len(found) == 1:
        return found[0].id
    if not found:
        raise NotFound(f"no entity named {speaker!r}", hint="give an id or a name "
                       "`veille entities --name` lists")
    listed = ", ".join(f"{e.id} ({e.name})" for e in found[:5])
    raise ArgumentError(f"{speaker!r} names several entities: {listed}",
                        hint=several)
