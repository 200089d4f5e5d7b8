"""One code per language, whatever a page, a feed or a detector calls it.

veille stores an article's language as an ISO 639-1 code. Some languages reach it under
several: a legacy code (CLD2 and old pages write ``iw`` for Hebrew, ``in`` for
Indonesian, ``jw`` for Javanese, ``ji`` for Yiddish; ISO 639 withdrew them in 1989), or a
written standard of a macrolanguage (Norwegian pages declare ``nb`` Bokmål or ``nn``
Nynorsk, CLD2 detects ``no``). Stored or searched under both, one language is two facet
entries and ``lang:`` finds half of it (newuser16b C7). :func:`canonical_language` gives
the one code, for the stored record and for the ``lang:`` filter alike.
"""

from __future__ import annotations

ONE_CODE = {"iw": "he", "in": "id", "jw": "jv", "ji": "yi", "nb": "no", "nn": "no"}
"""Code → the code veille stores: ISO 639's withdrawn codes (ISO 639-1 changes of 1989),
and Norwegian's two written standards → the macrolanguage ``no`` (ISO 639-3 ``nor``)."""


def canonical_language(code: str) -> str:
    """``code`` (a lower-case primary subtag: "nb", "iw", "fr") as veille stores it: "no",
    "he", "fr"."""
    return ONE_CODE.get(code, code)
