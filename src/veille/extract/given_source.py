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
- a saved HTML page (a file: no fetched URL) whose canonical URL is on a real host, or
  that declares its site's name (``og:site_name``, JSON-LD ``publisher.name``, the other
  sources of :func:`veille.extract.html.metadata` ``site_name``: f-outlet27, a page naming
  its outlet only so was stored under ``--source`` with no note): :func:`saved_page_outlet`;
- a wire item (NewsML-G2, ninjs, NITF) whose guid, provider or credit names its agency
  or a real host (:func:`veille.extract.wire.wire_source`).

A text capture, a record with neither, or a page with no canonical URL nor site name names none: the
given source is its outlet, as before. An input that keeps its own outlet is noted in its
evidence (:data:`KEPT`), one line the ingest summary counts
(:attr:`veille.ingest.IngestSummary.own_source`).
"""

from __future__ import annotations

import re

from veille.extract.record_source import names_site, placeholder, record_source
from veille.extract.textshape import fold
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


def saved_page_outlet(site_name: str, url: str | None) -> tuple[str, str]:
    """``(outlet, where it is named)`` of a saved page: its canonical URL's host unless a
    placeholder (:func:`page_outlet`), else the site name it declares, as the page is
    stored without a given source (``veille.extract.stage.declared_source``: its words
    joined by single spaces, at most 100 characters); ``("", "")`` when it names none."""
    host = page_outlet(url)
    if host:
        return host, "its canonical URL"
    name = " ".join(site_name.split())[:100].strip()
    return (name, "its declared site name") if name else ("", "")


def same_outlet(given: str, own: str) -> bool:
    """Whether the given source and an input's own outlet name one outlet: equal, or one
    is the other's site name spelt out ("lemonde.fr" and "Le Monde", either way round:
    :func:`~veille.extract.record_source.names_site`)."""
    return (given == own or names_site(given, own) or names_site(own, given)
            or _label_opens_name(given, own))


_WORD = re.compile(r"[^\W_]+")
_LEADING_ARTICLES = ("le", "la", "les", "the", "l")


def _label_opens_name(given: str, own: str) -> bool:
    """Whether the given source is a host whose registrable label, of two words or more
    joined by dashes, spells the first words of the outlet's name, articles aside:
    ``agence-regionale.example`` for "Agence Régionale de Presse" (bug case 16: the
    agency's page declares its full name, the batch its domain). A one-word label never
    does ("lemonde.fr" is not "Le Monde diplomatique")."""
    host = given.strip().lower().removeprefix("www.")
    labels = host.split(".")
    if len(labels) < 2 or " " in host:
        return False
    words = [w for w in labels[-2].split("-") if w]
    if len(words) < 2:
        return False
    name = _WORD.findall(fold(own))
    while name and name[0] in _LEADING_ARTICLES:
        name = name[1:]
    return [fold(w) for w in words] == name[:len(words)]


def applied_source(given: str | None, own: str, evidence: dict[str, str],
                   where: str = "") -> str:
    """The source an input is stored under, given the batch's ``given`` source and the
    outlet it names itself (``own``, "" when none; ``where``: what names it, for the
    note, e.g. "its declared site name"): ``own`` when it names another outlet than
    ``given`` (noted in ``evidence[KEPT]``, one line saying why), else ``given`` (the same
    outlet: :func:`same_outlet`, or none named), else ``own`` or ""."""
    if not own or not given:
        return own or given or ""
    if same_outlet(given, own):  # the same outlet: stored under the given name
        return given
    by = f" ({where})" if where else ""
    evidence[KEPT] = (f"names its own outlet {own}{by}: the given source {given} "
                      "was not applied (a given source names only inputs that name none)")
    return own
