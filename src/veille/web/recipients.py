"""Who may read a saved search's alert recipients (its e-mail addresses and webhook URL).

The read API and pages are open to whoever can reach the web app (docs/security.md), but a
saved search's recipients are no news: an e-mail address is personal data, and a webhook
URL often carries its receiver's credential (``?token=…``, which the API accepts). Until
t-final25 S6 ``GET /api/v1/saved-searches`` gave both whole to anyone. Now they are shown
whole only to a request that could change them: one with the API token as its bearer
token, or from a logged-in account (the pages' edit form). Anyone else reads a mask that
says an alert exists and where it goes, without the secret: ``r…@example.org`` and the
webhook's scheme and host (``https://hooks.example.org/…``).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from fastapi import Request

from veille.web.auth import current_user
from veille.web.write import token_matches


def may_read_recipients(request: Request) -> bool:
    """Whether ``request`` carries the API token (``Authorization: Bearer``) or comes from a
    logged-in account."""
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() == "bearer" and token_matches(request, token.strip()):
        return True
    return current_user(request) is not None


def masked_email(addresses: str) -> str:
    """``"redac@example.org, b@x.fr"`` -> ``"r…@example.org, b…@x.fr"``; "" stays ""."""
    out = []
    for address in (part.strip() for part in addresses.split(",")):
        if address:
            local, at, domain = address.rpartition("@")
            out.append(f"{local[:1]}…@{domain}" if at else "…")
    return ", ".join(out)


def masked_webhook(url: str) -> str:
    """``"https://h.example/x?token=s"`` -> ``"https://h.example/…"``; "" stays ""."""
    if not url:
        return ""
    parts = urlsplit(url)
    host = (parts.hostname or "").strip()
    if parts.port:
        host = f"{host}:{parts.port}"
    return f"{parts.scheme}://{host}/…" if parts.scheme and host else "…"
