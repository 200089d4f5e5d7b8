"""Regular expressions compiled on first use instead of at import.

Some modules hold hundreds of patterns, a few of them alternations of thousands of names,
and compiling them took most of every command's start-up (``veille search`` imports the
date and byline readers through the store, and compiled their patterns without ever using
them: f-startup28). :func:`lazy_compile` stands for :func:`re.compile` at module level: it
returns an object with the methods of a compiled pattern that compiles it at the first
attribute asked for, then serves that pattern's bound methods from its own ``__dict__``,
so a later call costs what a call on the compiled pattern costs.

It is no :class:`re.Pattern`: give it to the ``re`` module's functions (``re.sub(p, ...)``,
``re.compile(p)``) and they raise ``TypeError``; call its methods instead.
"""

from __future__ import annotations

import re
from typing import Any, cast

_DELEGATED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
              "scanner", "pattern", "flags", "groups", "groupindex")
"""The attributes of a compiled pattern copied onto the stand-in once it is compiled."""


class LazyPattern:
    """A pattern compiled at its first use; see the module docstring."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now on the first call)."""
        found = self.__dict__.get("_compiled")
        if found is None:
            found = re.compile(*self._source)
            for name in _DELEGATED:
                self.__dict__[name] = getattr(found, name)
            self.__dict__["_compiled"] = found
        return cast("re.Pattern[str]", found)

    def __getattr__(self, name: str) -> Any:
        # only for attributes not yet in __dict__: the first use
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"lazy_compile({self._source[0]!r}, {self._source[1]!r})"


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, done at the first use of the result (typed as the
    compiled pattern it stands for)."""
    return cast("re.Pattern[str]", LazyPattern(pattern, flags))
