"""What ``veille show`` says of an article's place among the others: the agency it uses
(:mod:`veille.wire_origin`), the article it copies or the ones copying it (the labels of
``veille duplicates``), its story's first publication (the words of ``veille stories``)
and its versions; the article page and the API say the same (r-ux55, issue 14: ``show``
said none of it, so the three could not be compared)."""

from __future__ import annotations

from veille.cli.render import one_line, ui_strings
from veille.cli.stories import _link_label, first_published_text, story_dict
from veille.outlet_names import names_of, shown
from veille.record import Article
from veille.store.base import outlets_known, relations_of
from veille.store.sqlite import SQLiteStore
from veille.wire_origin import origin_of, same_wire


def _credit(article: Article) -> str:
    return str(article.content.evidence.get("credit", "")) if article.content else ""


def link_meta(store: SQLiteStore, article: Article) -> list[tuple[str, str]]:
    """``(label, value)`` rows for ``show``'s metadata: ``origin`` ("with AFP", "AFP
    dispatch"), one ``copy of`` / ``copied by`` / ``same text`` row per link, ``story``
    (id, articles and who published first) when the story has other articles,
    ``versions`` when it has several. Empty for an article alone with no agency."""
    say = ui_strings()
    links = [lk for lk in store.links(article.id) if lk.relation != "exact"]
    others = store.get_many(lk.other_id for lk in links)
    outlets = names_of(store, (a.source for a in others.values()))
    kind = relations_of(store, [article.id])[article.id]
    wires = [lk.shared or same_wire(_credit(article), _credit(other), other.source or "",
                                    copies_this=lk.direction == "by")
             for lk in links if (other := others.get(lk.other_id)) is not None]
    rows: list[tuple[str, str]] = []
    found = origin_of(_credit(article), article.source or "",
                      article.content.paragraphs if article.content else (),
                      copy=bool(kind), same_dispatch=any(wires))
    if found is not None:
        rows.append(("origin", say("article_origin_" + found.kind, agency=found.agency)))
    for lk in links:
        other = others.get(lk.other_id)
        if other is None:
            continue
        # two runs of one dispatch, neither first (``Link.shared``): no direction
        label = "same text" if lk.shared is not None else \
            "copy of" if lk.direction == "of" else "copied by"
        known = outlets_known(other.source, article.source)  # h-copies66
        said = _link_label(lk, known)
        wire = same_wire(_credit(article), _credit(other), other.source or "",
                         copies_this=lk.direction == "by")
        if lk.relation == "reprint" and lk.shared is None and known and wire:
            # two carriers of one agency's dispatch: the agency is the source, the other
            # outlet one more carrier, earlier or later (t-final66 F6; the article page's
            # "same EFE dispatch, out earlier")
            label = "same text"
            said = say("cli_link_wire_" + ("earlier" if lk.direction == "of" else "later"),
                       agency=wire)
        rows.append((label, f"{said} {other.id} "
                            f"({one_line(shown(other.source, outlets) or '-')})"))
    story_id = article.dedup.story_id if article.dedup else None
    story_id = store.story_id_of(story_id) or story_id if story_id else None
    summary = next(iter(store.stories(limit=1, story_id=story_id)), None) if story_id \
        else None
    if summary is not None and summary.articles > 1:
        names = names_of(store, (summary.first_source, *summary.first_tied))
        rows.append(("story", f"{summary.story_id} ({summary.articles} articles), "
                              + first_published_text(story_dict(store, summary), summary,
                                                     names)))
    versions = store.versions(article.id)
    if versions:
        rows.append(("versions", f"{len(versions) + 1} (`veille duplicates {article.id}`)"))
    return rows
