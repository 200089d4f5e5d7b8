"""``veille_fold(text)`` on PostgreSQL: the entity-name fold the SQLite store registers as a
Python function (:func:`veille.enrich.text.fold`), as a server function.

Without it the PostgreSQL store matched entity names as written: "federation" did not
find "Fédération", nor "PÉRIGORD" "Périgord" (t-final49b A3, h-fold49: issue 16). The
server cannot run Python, so the fold is spelled in SQL, step for step as Python's: the
apostrophes straightened, Unicode NFKD (``normalize``: PostgreSQL ≥ 13, a UTF-8
database), the combining diacritics (U+0300–U+036F) removed, lower case by ICU's root
locale (``"und-x-icu"``, so that the database's own locale does not matter; a server
built without ICU lowers by its locale), hyphens and runs of white space to one space,
trimmed. Where Python's ``casefold`` and a lower case differ (``ß`` → ``ss``), the text
asked for goes through the same server function (:attr:`PostgresStore.FOLDED_ARG`), so
the two sides of ``LIKE`` still agree.

Cost, measured on 200,000 names (half accented, a local server): 1.5 s against 0.17 s for
``lower(name)``; ``translate()`` over a table generated from the Python fold, tried
first, took 19.8 s (its cost grows with the table). No extension is needed
(``unaccent`` may not be installable by the store's role); the digest of the function's
text is kept in its comment, so that a newer veille replaces an older one
(:func:`install`).
"""

from __future__ import annotations

import hashlib
from typing import Any

FOLD_LOCK = 0x7665696C6C6601
"""The advisory lock two processes installing the function at once take."""

APOSTROPHES = "’`ʼ"
"""The characters :func:`~veille.enrich.text.fold` straightens to ``'``."""

COMBINING = "[\\u0300-\\u036f]"
"""The combining diacritical marks, as a PostgreSQL regular expression."""


def function_sql(*, icu: bool = True) -> tuple[str, str]:
    """``(CREATE statement, digest)`` of ``veille_fold(text)``; ``icu``: lower case by
    ICU's root collation (else by the database's locale)."""
    quotes = "''" * len(APOSTROPHES)
    straight = f"translate($1, '{APOSTROPHES}', '{quotes}')"
    stripped = f"regexp_replace(normalize({straight}, NFKD), '{COMBINING}', '', 'g')"
    collate = ' COLLATE "und-x-icu"' if icu else ""
    # An ASCII name (as many bytes as characters) needs no normalisation.
    body = ("SELECT btrim(regexp_replace(CASE WHEN octet_length($1) = char_length($1) "
            f"THEN lower({straight}) ELSE lower({stripped}{collate}) END, "
            "'[[:space:]-]+', ' ', 'g'))")
    digest = hashlib.blake2b(body.encode(), digest_size=8).hexdigest()
    return ("CREATE OR REPLACE FUNCTION veille_fold(text) RETURNS text LANGUAGE sql "
            f"IMMUTABLE STRICT PARALLEL SAFE AS $fold$ {body} $fold$", digest)


def install(conn: Any) -> None:
    """Create or replace ``veille_fold(text)`` on the psycopg connection ``conn`` unless
    the one there has this text (its comment holds the digest). Under an advisory lock:
    two processes opening one store do not both replace it."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (FOLD_LOCK,))
        icu = bool(conn.execute("SELECT count(*) FROM pg_collation "
                                "WHERE collname = 'und-x-icu'").fetchone()[0])
        create, digest = function_sql(icu=icu)
        there = conn.execute(
            "SELECT obj_description(to_regprocedure('veille_fold(text)'), 'pg_proc')"
        ).fetchone()
        if there and there[0] == f"veille {digest}":
            return
        conn.execute(create)
        conn.execute(f"COMMENT ON FUNCTION veille_fold(text) IS 'veille {digest}'")


def installed(conn: Any) -> bool:
    """Whether ``veille_fold(text)`` exists (a replica has it once its primary made it)."""
    row = conn.execute("SELECT to_regprocedure('veille_fold(text)') IS NOT NULL").fetchone()
    return bool(row and row[0])
