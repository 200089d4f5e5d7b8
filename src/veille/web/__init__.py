"""The web app and JSON API (``veille serve``); the core never imports this package.

``create_app`` is imported on first use (PEP 562): the CLI's terminal output reads
:mod:`veille.web.i18n`, which must not load the web app and its framework (start-up time,
f-startup28)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from veille.web.app import create_app

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    """``create_app``, imported now; AttributeError for any other name."""
    if name != "create_app":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from veille.web.app import create_app

    return create_app
