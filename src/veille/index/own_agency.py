"""The agency whose own dispatch an article is, for ``author:`` (t-reader22 R4:
``author:AFP`` found outlets' reprints crediting AFP but none of AFP's own dispatches).

An agency signs its dispatches with its name in the dateline ("LYON (AFP) - ..."), not in a
byline, and its own site or wire is no "credit" of another outlet: the record of an
afp.com dispatch has no ``evidence["credit"]``. Its dispatches are still by it: the
agency is one of the names ``author:`` searches when

- the article's source is the agency's (its host, ``afp.com``, or its name given as a
  source, "AFP": :func:`veille.dedup.credit_order.outlet_agency`), or
- a dateline naming an agency opens its text ("LYON (AFP) - ...", "BERNE (ats) - ...":
  :func:`veille.extract.datelines.dateline_credit`), which HTML pages already read into their
  credit and JSON records did not.
"""

from __future__ import annotations

from collections.abc import Sequence

from veille.dedup.credit_order import outlet_agency
from veille.extract.datelines import dateline_credit

#: The first paragraphs where a dateline may open the text (a lead may come first), as
#: the HTML extraction reads them (``extract/html`` ``DATELINE_PARAGRAPHS``).
OPENING_PARAGRAPHS = 3


def own_agencies(source: str, paragraphs: Sequence[str]) -> tuple[str, ...]:
    """The agency names that sign an article of ``source`` whose text opens with
    ``paragraphs``: the agency owning the source (its first written form, "AFP"), then
    the one a dateline opening the text credits, as written ("ats"); each once."""
    names: list[str] = []
    agency = outlet_agency(source)
    if agency is not None and agency.forms:
        names.append(agency.forms[0])
    for paragraph in paragraphs[:OPENING_PARAGRAPHS]:
        found = dateline_credit(paragraph)
        if found is not None:
            names.append(found[0])
            break
    return tuple(dict.fromkeys(names))
