"""The address guard: the fetcher never reaches a private, loopback or link-local address.

A URL a feed hands us is untrusted: ``http://169.254.169.254/`` reads a cloud's instance
secrets, ``http://10.0.0.1/`` an intranet. The check runs after DNS resolution, inside the
transport, so it holds on every redirect hop; and the connection goes to the very address
that was checked (the URL's host is swapped for it, the ``Host`` header and TLS server name
keep the real name), so a DNS answer that changes between check and connect (rebinding)
cannot slip through. ``fetch_allow`` (``VEILLE_FETCH_ALLOW``) opens chosen networks for
tests and intranets, never a link-local address (169.254.0.0/16, fe80::/10: where clouds
serve their instance metadata and credentials, :data:`NEVER_ALLOWED`), which no setting
opens (t-final32 #15).
"""

from __future__ import annotations

import asyncio
import ipaddress
import re
import socket
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import httpcore
import httpx

from veille.errors import ConfigError, FetchError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
SockOpt = Any


NEVER_ALLOWED: tuple[IPNetwork, ...] = (
    ipaddress.ip_network("169.254.0.0/16"),   # IPv4 link-local (RFC 3927): AWS, GCP, Azure
    ipaddress.ip_network("fe80::/10"),        # IPv6 link-local (RFC 4291)
    ipaddress.ip_network("fd00:ec2::254/128"),  # AWS's IPv6 instance metadata address
    ipaddress.ip_network("100.100.100.200/32"),  # Alibaba Cloud's instance metadata address
)
"""Addresses no ``fetch_allow`` entry opens: link-local networks, where cloud providers
serve instance metadata and credentials (169.254.169.254 on AWS, GCP, Azure, OpenStack),
and the two metadata addresses outside them (AWS's IPv6 one, Alibaba Cloud's). A news
source never lives there; a ``fetch_allow`` wide enough to cover them (``0.0.0.0/0``,
``169.254.0.0/16``) still leaves them refused. A closed list: the providers' documented
metadata endpoints."""


def never_allowed(ip: IPAddress) -> bool:
    """Whether ``ip`` (an IPv4-mapped IPv6 address as its IPv4 one) is in
    :data:`NEVER_ALLOWED`."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return any(ip in net for net in NEVER_ALLOWED if net.version == ip.version)


@dataclass(frozen=True, slots=True)
class AddressPolicy:
    """Which addresses may be fetched: public ones, plus the networks allowed explicitly."""

    allow: tuple[IPNetwork, ...] = ()

    @classmethod
    def parse(cls, text: str) -> AddressPolicy:
        """Read ``"127.0.0.1,10.0.0.0/8"`` (commas or spaces between entries)."""
        networks: list[IPNetwork] = []
        for item in text.replace(",", " ").split():
            try:
                networks.append(ipaddress.ip_network(item, strict=False))
            except ValueError as exc:
                raise ConfigError(f"fetch_allow: {item!r} is not an address or network",
                                  hint="write e.g. 127.0.0.1,10.0.0.0/8") from exc
        return cls(tuple(networks))

    def permits(self, ip: IPAddress) -> bool:
        """Public addresses, or addresses inside an allowed network; never a link-local
        or metadata address (:data:`NEVER_ALLOWED`)."""
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        if never_allowed(ip):
            return False
        if any(ip in net for net in self.allow if net.version == ip.version):
            return True
        return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_unspecified)

    def check(self, ip_text: str, *, url: str) -> IPAddress:
        ip = ipaddress.ip_address(ip_text.split("%", 1)[0])
        if not self.permits(ip):
            raise FetchError(
                f"refused to fetch a non-public address ({ip})", origin=url,
                reason="blocked-address",
                hint="" if never_allowed(ip) else
                "add it to fetch_allow (VEILLE_FETCH_ALLOW) if this is your own network")
        return ip


_NUMERIC_HOST = re.compile(r"(?i)(?:0x[0-9a-f]+|\d+)(?:\.(?:0x[0-9a-f]+|\d+)){0,3}")


def _inet_aton(host: str) -> ipaddress.IPv4Address | None:
    """The IPv4 address of a host written in one of inet_aton's numeric forms ("127.1",
    "0x7f000001", "2130706433", "0177.0.0.1": POSIX ``inet_addr``), which the resolver
    turns into that address (newuser8 Q14); None for a name. Local: no DNS."""
    if not _NUMERIC_HOST.fullmatch(host):
        return None
    try:
        return ipaddress.IPv4Address(socket.inet_aton(host))
    except OSError:
        return None


def literal_address(host: str) -> IPAddress | None:
    """The address a URL's host names without DNS: an IP literal (``[::1]``, its zone
    dropped), an inet_aton numeric form (:func:`_inet_aton`), or 127.0.0.1 for
    ``localhost`` and its subdomains (RFC 6761 section 6.3); None for another name."""
    host = host.strip("[]").rstrip(".").lower()
    try:
        return ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        pass
    if host == "localhost" or host.endswith(".localhost"):
        return ipaddress.ip_address("127.0.0.1")
    return _inet_aton(host)


LOOKUP_TIMEOUT = 5.0
"""Seconds :func:`blocked_address` waits for the system resolver (``sources add``, the web
sources form): ``getaddrinfo`` itself has no timeout, and a resolver that does not answer
held the command, or the web server's request, for as long as it liked."""


def _lookup(host: str, timeout: float) -> list[Any]:
    """``socket.getaddrinfo(host)`` in a thread waited for ``timeout`` seconds at most: a
    :class:`ConfigError` saying so when it does not answer in time (the thread, a daemon,
    is left to finish on its own); ``[]`` for a name that does not resolve."""
    found: list[Any] = []
    done = threading.Event()

    def run() -> None:
        try:
            found.extend(socket.getaddrinfo(host, None, type=socket.SOCK_STREAM))
        except (OSError, UnicodeError):
            pass  # no address now: the fetcher checks again at each connection
        finally:
            done.set()

    threading.Thread(target=run, name="veille-lookup", daemon=True).start()
    if not done.wait(timeout):
        raise ConfigError(f"the name {host} did not resolve within {timeout:g} s, so "
                          "veille cannot check which address it points at",
                          hint="check the host name and the network (DNS), then try again")
    return found


def blocked_address(host: str, policy: AddressPolicy, *, lookup: bool = True,
                    timeout: float | None = None) -> IPAddress | None:
    """The first address of ``host`` that ``policy`` does not permit, else None: the
    address it names literally (:func:`literal_address`), else, with ``lookup``, each
    address the system resolver gives it now (a name that resolves to one private
    address is refused, as :class:`GuardedBackend` refuses it at every fetch). A name
    that does not resolve now passes: the fetcher checks it again at each connection.
    The lookup waits ``timeout`` seconds at most (default :data:`LOOKUP_TIMEOUT`), then
    raises :class:`ConfigError`."""
    literal = literal_address(host)
    if literal is not None:
        return None if policy.permits(literal) else literal
    if not lookup or not host:
        return None
    for info in _lookup(host.rstrip("."), LOOKUP_TIMEOUT if timeout is None else timeout):
        ip = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        if not policy.permits(ip):
            return ip
    return None


async def resolve(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to (an IP literal resolves to itself)."""
    try:
        ipaddress.ip_address(host)
        return [host]
    except ValueError:
        pass
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve {host} ({exc})", origin=host, reason="dns",
                         hint="check the host name") from exc
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """The network backend under httpx: resolves, checks, then connects to the checked
    address. Connection pools stay keyed by host name and TLS verifies the real name;
    only the socket goes to the address that passed the check.

    Every address a name resolves to must be permitted: a name that resolves to one public
    and one private address is refused, since we cannot control which one a later lookup
    would pick.
    """

    def __init__(self, policy: AddressPolicy) -> None:
        self.policy = policy
        self.inner = httpcore.AnyIOBackend()

    async def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                          local_address: str | None = None,
                          socket_options: Iterable[SockOpt] | None = None,
                          ) -> httpcore.AsyncNetworkStream:
        addresses = await resolve(host, port)
        if not addresses:
            raise FetchError(f"{host} resolves to no address", origin=host, reason="dns",
                             hint="check the host name")
        checked = [self.policy.check(a, url=host) for a in addresses]
        return await self.inner.connect_tcp(str(checked[0]), port, timeout=timeout,
                                            local_address=local_address,
                                            socket_options=socket_options)

    async def connect_unix_socket(self, path: str, timeout: float | None = None,
                                  socket_options: Iterable[SockOpt] | None = None,
                                  ) -> httpcore.AsyncNetworkStream:
        raise FetchError("unix sockets are never fetched", origin=path, reason="bad-url")

    async def sleep(self, seconds: float) -> None:
        await self.inner.sleep(seconds)


def guarded_transport(policy: AddressPolicy, *, max_connections: int = 100
                      ) -> httpx.AsyncBaseTransport:
    """An httpx transport whose every connection goes through :class:`GuardedBackend`.

    httpx builds its connection pool itself; we build the same pool with our backend (the
    pool is httpx 0.28's ``_pool``; httpx is pinned, and ``tests/collect`` would catch a
    change).
    """
    transport = httpx.AsyncHTTPTransport(retries=0)
    transport._pool = httpcore.AsyncConnectionPool(
        ssl_context=httpx.create_ssl_context(),
        max_connections=max_connections,
        max_keepalive_connections=max(10, max_connections // 2),
        keepalive_expiry=5.0,
        network_backend=GuardedBackend(policy),
    )
    return transport
