"""The one refusal of a JSON document nested past what the parser can read.

Python's :func:`json.loads` recurses once per nested array or object and raises
:class:`RecursionError` near the interpreter's recursion limit (about 1,000 levels). That
error's text ("maximum recursion depth exceeded while decoding a JSON array from a unicode
string") speaks of Python, not of the input (t-scale19 P9), so every JSON reader turns it
into this :class:`~veille.errors.InputError` instead: reason ``too-deep``, one line, with
what to do. No article record or ninjs item is nested more than a few levels.
"""

from __future__ import annotations

from veille.errors import InputError

TOO_DEEP_HINT = "an article record is a flat object; check what wrote it"


def too_deep(what: str, *, origin: str) -> InputError:
    """The error for ``what`` ("JSON", "JSON line", "ninjs JSON") nested too deeply to
    read, from ``origin``."""
    return InputError(f"{what} nested too deeply to read", origin=origin, reason="too-deep",
                      hint=TOO_DEEP_HINT)
