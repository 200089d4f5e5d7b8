"""Whether a source given for a batch (``veille ingest --source``, the Python API's
``ingest(source=)``, the write API's ``?source=``, a folder source's name) applies to one
input: only to an input that names no outlet of its own (t-final25 S2: ``veille ingest
18-citations-2.jsonl 19-afp-depeche.txt --source afp.com`` stored Ouest-France's records,
each with its own ``url`` and ``source``, as ``afp.com``: a false outlet).

An input names its outlet when it is

- a JSON record (or a line of ``veille export``) that declares one (``source``,
  ``site_name``: :func:`veille.extract.record_source.record_source`; an export line's own
  ``source``) or whose ``url`` is on a real host (not a placeholder such as
  ``example.org``: :func:`veille.extract.record_source.placeholder`);
- a saved HTML page (a file: no fetched URL) whose canonical URL is on a real host;
- a wire item (NewsML-G2, ninjs, NITF) whose guid, provider or credit names its agency
  or a real host (:func:`veille.extract.wire.wire_source`).

A text capture, a record with neither, or a page with no canonical URL names none: the
given source is its outlet, as before. An input that keeps its own outlet is noted in its
evidence (:data:`KEPT`), one line the ingest summary counts
(:attr:`veille.ingest.IngestSummary.own_source`).
"""

from __future__ import annotations

from veille.extract.record_source import names_site, placeholder, record_source
from veille.record import source_from_url

KEPT = "own_source"
"""The evidence key of an input that kept its own outlet over the given source: what it
names and the source not applied."""


def named_outlet(declared: str, url: str | None, evidence: dict[str, str]) -> str:
    """The outlet an input names by its declared site name and URL ("" when none): the
    declared outlet when its host does not spell it (:func:`record_source`), else the
    URL's host unless it is a placeholder."""
    return record_source(declared, url, evidence) or page_outlet(url)


def page_outlet(url: str | None) -> str:
    """The outlet a saved page names: its canonical URL's host, unless a placeholder ("")."""
    host = source_from_url(url) or ""
    return host if host and not placeholder(host) else ""


def applied_source(given: str | None, own: str, evidence: dict[str, str]) -> str:
    """The source an input is stored under, given the batch's ``given`` source and the
    outlet it names itself (``own``, "" when none): ``own`` when it names another outlet
    than ``given`` (noted in ``evidence[KEPT]``), else ``given`` (the same outlet, or
    none named), else ``own`` or ""."""
    if not own or not given:
        return own or given or ""
    if given == own or names_site(given, own):  # the same outlet: stored as it was
        return given
    evidence[KEPT] = (f"names its own outlet {own}: the given source {given} "
                      "was not applied")
    return own
