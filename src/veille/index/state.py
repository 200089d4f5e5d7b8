"""What the index records about itself: the id of its state document, and the digest of
an indexed document that ``veille check`` compares with the store."""

from __future__ import annotations

import hashlib
import json

from veille.index.base import IndexDoc

STATE_ID = "_veille_state"
"""The id of the one document that holds the last applied change (never an article id:
those are 16 hexadecimal digits)."""


def doc_hash(doc: IndexDoc) -> int:
    """A 63-bit digest (BLAKE2b) of everything the index keeps of an article; the same in
    the store and in the index when they agree."""
    canonical = json.dumps([doc.id, doc.title, doc.body, doc.source, doc.language,
                            doc.date.isoformat(),
                            doc.published.isoformat() if doc.published else None,
                            doc.url]
                           + ([list(doc.entities), list(doc.places)]
                              if doc.entities or doc.places else [])
                           + (["day"] if doc.published_precision == "day" else [])
                           + (["authors", *doc.authors] if doc.authors else [])
                           + (["site", doc.site_name] if doc.site_name else []),
                           ensure_ascii=False, separators=(",", ":"))
    digest = hashlib.blake2b(canonical.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1
