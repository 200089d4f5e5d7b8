"""One listening socket per server worker, bound to the same address (``SO_REUSEPORT``).

Why: uvicorn's workers share the one socket their parent bound, and the first worker to
wake accepts every connection waiting (its event loop accepts in a batch, up to the
backlog). A client that opens its connections at once (a load test, a proxy's pool of
upstream connections) then finds most or all of them on one worker, and a keep-alive
connection stays with the worker that accepted it: in bench/web.py, wrk's 20 connections
landed 20/0, 19/1 or 15/5 on two workers in a third of its rounds, one core serving and the
other idle (docs/benchmarks.md, Web). With a socket of its own per worker, all joined to one
``SO_REUSEPORT`` group, the kernel places each new connection on one of the group's sockets
by a hash of its addresses and ports, so the connections of one client spread as a coin
toss would (20 connections over 2 workers: 10/10 to 13/7 nine times in ten).

Linux 3.9 or later; where the option does not exist the workers share one socket as
before (:func:`reuse_port_supported`).
"""

from __future__ import annotations

import socket
from typing import Any


def reuse_port_supported() -> bool:
    """True when this system has ``SO_REUSEPORT`` (Linux, the BSDs, macOS; not Windows)."""
    return hasattr(socket, "SO_REUSEPORT")


def _bind_reusing_port(sock: socket.socket, host: str, port: int) -> None:
    """Set ``SO_REUSEADDR`` and ``SO_REUSEPORT`` on ``sock`` and bind it to ``host:port``;
    close it and raise :class:`OSError` when the address cannot be bound."""
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise


def _family(host: str) -> socket.AddressFamily:
    return socket.AF_INET6 if ":" in host else socket.AF_INET


def bound_reuse_port(host: str, port: int) -> socket.socket:
    """A TCP socket bound to ``host:port`` in the address's ``SO_REUSEPORT`` group, not yet
    listening (uvicorn's server calls ``listen`` with its backlog). Raises
    :class:`OSError` when the address cannot be bound."""
    sock = socket.socket(_family(host), socket.SOCK_STREAM)
    _bind_reusing_port(sock, host, port)
    return sock


class WorkerListener(socket.socket):
    """The address the workers serve, held by the parent process (bound, never listening:
    a socket that does not listen gets no connection), which becomes a listening socket of
    the worker's own when the supervisor hands it to a worker.

    uvicorn's supervisor sends its sockets to each worker process by pickling them
    (``multiprocessing``'s spawn); this one pickles as its address, so each worker unpickles
    a fresh socket bound to that address in the same ``SO_REUSEPORT`` group, rather than a
    copy of one shared socket. The parent's socket keeps the port (also a port of 0, which
    the kernel chose) for the workers a supervisor starts again later.
    """

    def __init__(self, host: str, port: int) -> None:
        super().__init__(_family(host), socket.SOCK_STREAM)
        _bind_reusing_port(self, host, port)
        self.host = host

    def __reduce__(self) -> tuple[Any, tuple[str, int]]:
        return bound_reuse_port, (self.host, int(self.getsockname()[1]))
