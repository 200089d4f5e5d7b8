"""``veille serve``: the web app and JSON API on the store of ``--data-dir``.

It binds 127.0.0.1 by default: exposing the app to a network is a decision (``--host
0.0.0.0``), not a default. FastAPI and uvicorn are imported here, inside the command, so the
other commands never load the web stack.
"""

from __future__ import annotations

import os
import socket
import threading
from dataclasses import replace
from typing import Any

import click

from veille.cli.context import app
from veille.errors import ConfigError, VeilleError
from veille.settings import Settings

WORKER_HEALTHCHECK_S = 60
"""Seconds a worker may take to answer uvicorn's health check (its default, 5, is too short
for a worker starting or busy on a machine shared with other work)."""


FREE_PORT_TRIES = 50
"""How many ports after a busy one :func:`free_port_after` tries before it gives up."""


def free_port_after(host: str, port: int) -> int | None:
    """The first port after ``port`` that ``host`` can listen on now (tried by binding it
    and letting it go, within :data:`FREE_PORT_TRIES`), or None: a suggestion, which
    another program may still take before the user types it (t-final31 U5: the next port
    suggested was busy too)."""
    for candidate in range(port + 1, min(port + 1 + FREE_PORT_TRIES, 65536)):
        try:
            family = socket.AF_INET6 if ":" in host else socket.AF_INET
            with socket.socket(family, socket.SOCK_STREAM) as probe:
                probe.bind((host, candidate))
        except OSError:
            continue
        return candidate
    return None


def port_hint(port: int, host: str = "127.0.0.1") -> str:
    """What to do when ``port`` is taken (``veille serve`` and ``make demo`` alike): a port
    free now on ``host`` to pick instead, when one is near."""
    free = free_port_after(host, port)
    if free is None:
        return ("another program uses this port: stop it, or pick a free one with --port "
                "(or the setting VEILLE_PORT, which `make demo` reads too)")
    return (f"another program uses this port: stop it, or pick another one with --port "
            f"{free} (free now; or the setting VEILLE_PORT={free}, which `make demo` reads "
            f"too)")


def busy_port(host: str, port: int, exc: OSError) -> ConfigError:
    """The one clear error for a port that cannot be listened on."""
    return ConfigError(f"cannot listen on {host}:{port}: {exc.strerror or exc}",
                       hint=port_hint(port, host))


def listening_socket(host: str, port: int) -> socket.socket:
    """A socket bound to ``host:port`` and listening, held until the server takes it, so a
    busy port is one clear error before anything says "serving" and no other program can
    take the port in between. Checking it by binding once and letting it go left a race:
    ``make demo`` started with another session's veille on port 8000 said "serving" and
    then printed uvicorn's raw "[Errno 98] … address already in use" (t-reader22 R11).
    Raises :class:`ConfigError` (what, why, what to do)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(2048)  # uvicorn's backlog
    except OSError as exc:
        sock.close()
        raise busy_port(host, port, exc) from None
    return sock


def check_port(host: str, port: int) -> None:
    """Whether ``host:port`` can be listened on now (:func:`listening_socket`, let go)."""
    listening_socket(host, port).close()


def start_watcher(settings: Settings) -> threading.Thread:
    """``veille watch`` in a daemon thread with its own service (its own store connection):
    it polls the sources and sends alerts until the server stops."""
    from veille.cli.saved import say_no_smtp_once
    from veille.service import Veille

    def run() -> None:
        with Veille(settings) as service:
            say_no_smtp_once(service)
            try:
                service.watch()
            except VeilleError as exc:
                click.echo(f"veille: the watcher stopped: {exc.one_line()}", err=True)

    thread = threading.Thread(target=run, name="veille-watch", daemon=True)
    thread.start()
    return thread


def catch_up_index(ctx: click.Context) -> None:
    """Bring the search index up to the store before serving: the web app only reads it,
    so an index of an older format (an upgrade) would make every search "unavailable"
    until some other command wrote; it is rebuilt here (:meth:`IndexKeeper.live`), and
    what the store holds beyond it is applied. A data directory veille cannot write is
    served as it is, with a warning."""
    service = app(ctx).service
    try:
        status = service.sync()
    except VeilleError as exc:
        click.echo(f"veille: the search index was not brought up to date: {exc.one_line()}",
                   err=True)
        return
    finally:
        service.release()  # the writer goes back: `veille ingest` may run beside the server
    if status.error:
        click.echo(f"veille: the search index was not brought up to date: {status.error}",
                   err=True)


@click.command("serve")
@click.option("--host", default=None, help="Address to bind [default: setting host, 127.0.0.1].")
@click.option("--port", default=None, type=click.IntRange(0, 65535),
              help="Port to listen on [default: setting port, 8000].")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Server processes; use one per core for heavy search traffic.")
@click.option("--watch", "also_watch", is_flag=True,
              help="Also poll the registered sources and send alerts, in this process "
                   "(what `veille watch` does; one process for a laptop).")
@click.pass_context
def serve_command(ctx: click.Context, host: str | None, port: int | None,
                  workers: int, also_watch: bool) -> None:
    """Serve the web app and the JSON API (docs at /docs)."""
    settings = app(ctx).settings
    bind_host = host or settings.host
    settings = replace(settings, host=bind_host)  # the app answers to the address it binds
    bind_port = settings.port if port is None else port
    shown = f"[{bind_host}]" if ":" in bind_host else bind_host
    sock = listening_socket(bind_host, bind_port)
    try:
        _serve(ctx, settings, sock, workers=workers, also_watch=also_watch, shown=shown)
    finally:
        sock.close()


def _serve(ctx: click.Context, settings: Settings, sock: socket.socket, *, workers: int,
           also_watch: bool, shown: str) -> None:
    """Serve on ``sock`` (bound and listening) once the index has caught up."""
    import uvicorn

    from veille.web.app import create_app
    from veille.web.listeners import reuse_port_supported
    from veille.web.search import warm

    bind_host, bind_port = settings.host, int(sock.getsockname()[1])
    catch_up_index(ctx)  # first: it refuses a data directory with no store (AppContext.service)
    if also_watch:
        start_watcher(settings)
    noun = "worker" if workers == 1 else "workers"
    click.echo(f"veille: serving {settings.data_dir} on http://{shown}:{bind_port}/ "
               f"with {workers} {noun} (Ctrl-C to stop)", err=True)
    if bind_host in ("0.0.0.0", "::") and not settings.allowed_hosts:
        click.echo("veille: only requests for localhost are answered; name the host readers "
                   "use with VEILLE_ALLOWED_HOSTS=news.example.org (see docs/web.md)", err=True)
    if workers == 1:
        served = create_app(settings)
        warm()  # what the first search would load (app_from_environment does it per worker)
        config = uvicorn.Config(served, host=bind_host, port=bind_port, log_level="warning",
                                proxy_headers=False, server_header=False)
        uvicorn.Server(config).run(sockets=[sock])  # the socket held since the check
        return
    sock.close()  # the workers listen on sockets of their own (or uvicorn's)
    # Worker processes build their own app from the environment: hand them the data
    # directory the way every other setting travels, as VEILLE_* variables.
    os.environ["VEILLE_DATA_DIR"] = str(settings.data_dir)
    os.environ["VEILLE_HOST"] = bind_host
    # uvicorn kills a worker that does not answer its health check within 5 s by default:
    # on a loaded machine a starting worker (imports, the index opening) misses that and is
    # killed and restarted forever, so the server never answers (bench/web.py at load ~15).
    options: dict[str, Any] = {
        "factory": True, "workers": workers, "host": bind_host, "port": bind_port,
        "log_level": "warning", "proxy_headers": False, "server_header": False,
        "timeout_worker_healthcheck": WORKER_HEALTHCHECK_S}
    if not reuse_port_supported():
        try:
            uvicorn.run("veille.web.app:app_from_environment", **options)
        except SystemExit:
            # Another program took the port in the instant between: the same hint.
            check_port(bind_host, bind_port)
            raise
        return
    serve_workers(uvicorn.Config("veille.web.app:app_from_environment", **options))


def serve_workers(config: Any) -> None:
    """Run uvicorn's worker supervisor (``config.workers`` processes, restarted when one dies)
    with a listening socket of each worker's own on the same address
    (:class:`veille.web.listeners.WorkerListener`): the kernel spreads the connections over
    the workers, where a shared socket gave them to whichever woke first."""
    from uvicorn.supervisors import Multiprocess

    from veille.web.listeners import WorkerListener

    try:
        address = WorkerListener(config.host, config.port)
    except OSError as exc:
        raise busy_port(config.host, config.port, exc) from None
    with address:
        try:
            Multiprocess(config, sockets=[address]).run()
        except KeyboardInterrupt:
            pass
