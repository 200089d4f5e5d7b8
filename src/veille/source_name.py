"""The one check of a source given for a batch of inputs (``veille ingest --source``, the
write API's ``?source=``, the Python API's ``ingest(source=)``): a domain or an outlet's
name, never junk (t-final28 F11: ``--source 'http://'`` stored an outlet "http://", and
``--source '   '`` a blank one, both then printed as "first published by …").

A given source is trimmed (its runs of white space made one space) and accepted when it
is

- a **domain** (``lemonde.fr``, ``www.ouest-france.fr``, ``actu.fr``): labels of letters,
  digits and inner dashes joined by dots, the last one a letter's (RFC 1035 section 2.3.1,
  the "preferred name syntax", letters read as Unicode letters for internationalised
  names), kept as given, lower-cased, without a leading ``www.`` (as a URL's host is:
  :func:`veille.record.source_from_url`); or
- an outlet's **name** (``Le Monde``, ``20 Minutes``, ``L'Équipe``, ``Var-Matin / Nice``,
  ``Le "Petit" Journal``): any text holding a letter, without control characters, at most
  :data:`MAX_CHARS` characters (names with slashes, quotes and ``&`` are stored and
  searched: newuser10 S10, verify10; the pages escape them).

A domain written as a fully qualified name (``lemonde.fr.``, RFC 1034 section 3.1: the
root's empty label) is the same domain, stored without the final dot, so one site is one
outlet.

Anything else is refused with :class:`veille.errors.ArgumentError`, one line saying what
to pass: an empty value, an address or a bare scheme (``http://``, ``https://lemonde.fr/x``,
``mailto:``: its domain is what to pass), a domain followed by a path
(``lemonde.fr/politique``: a page or a section, not an outlet), a host name reserved for
the machine itself (``localhost``, RFC 6761 section 6.3), a value with fewer than two
letters or digits (``---``, ``://``, ``a``), or markup (``<`` or ``>``: no outlet's name
holds them; t-final29 F11).
"""

from __future__ import annotations

import re
import unicodedata

from veille.errors import ArgumentError

MAX_CHARS = 100
"""The longest given source (as a declared site name: ``veille.extract.stage``)."""

_DOMAIN = re.compile(r"(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_](?:[\w-]*[^\W_])?")
_URL = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|(?:https?|ftp|file|mailto|data|javascript|urn):)",
                  re.IGNORECASE)
"""An address: a scheme and ``//``, or a scheme that never names an outlet (RFC 3986)."""

WHAT_TO_PASS = ("pass the outlet's domain (lemonde.fr) or its name (\"Le Monde\"), or "
                "leave the source out")


_PATHED = re.compile(r"^([^\s/]+)/\S*$")
"""A host followed by a path, with no scheme: ``lemonde.fr/politique``."""

_RESERVED = frozenset({"localhost", "localhost.localdomain"})
"""Host names that name the machine itself (RFC 6761 section 6.3)."""


def is_domain(source: str) -> bool:
    """Whether the checked ``source`` is a domain (``lemonde.fr``), not an outlet's name."""
    return bool(_DOMAIN.fullmatch(source))


def checked_source(value: str | None) -> str | None:
    """``value`` trimmed and checked as a given source (see the module's rules); ``None``
    when none is given. Raises :class:`~veille.errors.ArgumentError` (one line, with what
    to pass) when it is neither a domain nor an outlet's name."""
    if value is None:
        return None
    text = " ".join(value.split())
    if not text:
        raise ArgumentError("the given source is empty", hint=WHAT_TO_PASS)
    shown = text[:60] + ("…" if len(text) > 60 else "")
    scheme = _URL.match(text)
    if scheme:
        rest = text[scheme.end():].split("/", 1)[0].rpartition("@")[2]
        host = rest.split(":", 1)[0].lower().removeprefix("www.")
        better = f"its domain ({host})" if _DOMAIN.fullmatch(host) else "a domain"
        raise ArgumentError(f"the given source {shown!r} is an address, not a domain or "
                            "a name", hint=f"pass {better} or the outlet's name")
    if len(text) > MAX_CHARS:
        raise ArgumentError(f"the given source {shown!r} is longer than {MAX_CHARS} "
                            "characters", hint=WHAT_TO_PASS)
    lowered = text.lower()
    pathed = _PATHED.match(lowered)
    if pathed and _DOMAIN.fullmatch(pathed.group(1).rstrip(".")):
        host = pathed.group(1).rstrip(".").removeprefix("www.")
        raise ArgumentError(f"the given source {shown!r} is a page's address, not a domain "
                            "or a name", hint=f"pass its domain ({host}) or the outlet's name")
    if lowered.rstrip(".") in _RESERVED:
        raise ArgumentError(f"the given source {shown!r} names this machine, not an outlet",
                            hint=WHAT_TO_PASS)
    if lowered.endswith(".") and not lowered.endswith("..") and \
            _DOMAIN.fullmatch(lowered[:-1]):
        return lowered[:-1].removeprefix("www.")
    if _DOMAIN.fullmatch(lowered):
        return lowered.removeprefix("www.")
    if sum(c.isalnum() for c in text) >= 2 and any(c.isalpha() for c in text) and \
            "<" not in text and ">" not in text and not any(
            unicodedata.category(c) == "Cc" for c in text):
        return text
    raise ArgumentError(f"the given source {shown!r} is neither a domain nor an outlet's "
                        "name", hint=WHAT_TO_PASS)
