"""The web app and JSON API (``veille serve``); the core never imports this package."""

from veille.web.app import create_app

__all__ = ["create_app"]
