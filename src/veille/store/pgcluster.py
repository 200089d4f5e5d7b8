"""A throwaway PostgreSQL cluster on 127.0.0.1, for tests and benches.

It runs the server binaries of the machine (``initdb``, ``pg_ctl``, ``pg_basebackup``:
PATH first, then ``/usr/lib/postgresql/<version>/bin``) in a temporary directory, on a free
port, with trust authentication for 127.0.0.1 only. PostgreSQL refuses to run as root, so
when this process is root the binaries run as an unprivileged user (``postgres``, else
``nobody``) through ``runuser``. Nothing here is used by veille in production: a deployment
points ``store_url`` at a server its operators run (docs/deploy.md).
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

SUPERUSER = "veille"
START_TIMEOUT_S = 60


def binaries() -> Path | None:
    """The directory holding ``initdb`` and ``pg_ctl``, or None when PostgreSQL is not
    installed here."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(os.path.realpath(found)).parent
    for candidate in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (candidate / "initdb").is_file() and (candidate / "pg_ctl").is_file():
            return candidate
    return None


def _run_as() -> str | None:
    """The unprivileged user to run the server as (None: this user, not root)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            pwd.getpwnam(name)
            return name
    raise RuntimeError("running as root and no 'postgres' or 'nobody' user to run PostgreSQL")


def unavailable_reason() -> str | None:
    """Why a cluster cannot start here (None when it can)."""
    if binaries() is None:
        return ("PostgreSQL server binaries (initdb, pg_ctl) are not installed: "
                "install postgresql-15 (scripts/system-deps.sh)")
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        return "running as root without runuser to start PostgreSQL as an unprivileged user"
    return None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Cluster:
    """One running server: ``url(db)`` gives a connection string for a database."""

    root: Path
    port: int
    bin_dir: Path
    user: str | None
    databases: set[str] = field(default_factory=set)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    @property
    def data(self) -> Path:
        return self.root / "data"

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        command = list(args)
        if self.user is not None:
            command = ["runuser", "-u", self.user, "--", *command]
        return subprocess.run(command, check=check, capture_output=True, text=True,
                              cwd=self.root, timeout=300)

    def create_database(self, name: str) -> str:
        """Create database ``name`` (once) and return its URL."""
        import psycopg

        if name not in self.databases:
            with psycopg.connect(self.url(), autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
                conn.execute(f'CREATE DATABASE "{name}"')
            self.databases.add(name)
        return self.url(name)

    def stop(self) -> None:
        self.run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                 "stop", check=False)

    def replica(self) -> Cluster:
        """A streaming replica of this cluster (``pg_basebackup -R``), started on its own
        port in its own directory."""
        other = Cluster(root=_make_root(self.user), port=free_port(), bin_dir=self.bin_dir,
                        user=self.user)
        basebackup = shutil.which("pg_basebackup") or str(self.bin_dir / "pg_basebackup")
        other.run(basebackup, "-h", "127.0.0.1", "-p", str(self.port), "-U", SUPERUSER,
                  "-D", str(other.data), "-R", "-X", "stream", "-c", "fast")
        _start(other, extra=(*FAST, "-c hot_standby=on"))
        return other


def _make_root(user: str | None) -> Path:
    root = Path(tempfile.mkdtemp(prefix="veille-pg-"))
    if user is not None:
        shutil.chown(root, user=user)
    return root


FAST = ("-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off")
"""Test settings: durability off (a test cluster is thrown away)."""


def _start(cluster: Cluster, *, extra: tuple[str, ...] = ()) -> None:
    options = " ".join(["-c listen_addresses=127.0.0.1", f"-p {cluster.port}",
                        f"-c unix_socket_directories={cluster.root}",
                        "-c wal_level=replica", "-c max_wal_senders=4", *extra])
    cluster.run(str(cluster.bin_dir / "pg_ctl"), "-D", str(cluster.data), "-l",
                str(cluster.root / "server.log"), "-o", options, "-w", "-t",
                str(START_TIMEOUT_S), "start")
    _wait_ready(cluster)


def _wait_ready(cluster: Cluster) -> None:
    import psycopg

    deadline = time.monotonic() + START_TIMEOUT_S
    while True:
        try:
            psycopg.connect(cluster.url(), connect_timeout=2).close()
            return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def start(*, durable: bool = False, shared_buffers: str = "64MB") -> Cluster:
    """initdb a new cluster in a temporary directory and start it on a free port;
    ``durable``: keep fsync and synchronous commits on (benches), as a server would."""
    reason = unavailable_reason()
    if reason:
        raise RuntimeError(reason)
    bin_dir = binaries()
    assert bin_dir is not None
    user = _run_as()
    cluster = Cluster(root=_make_root(user), port=free_port(), bin_dir=bin_dir, user=user)
    cluster.run(str(bin_dir / "initdb"), "-D", str(cluster.data), "-U", SUPERUSER,
                "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
    with (cluster.data / "pg_hba.conf").open("a") as hba:
        hba.write("host replication all 127.0.0.1/32 trust\n")
    _start(cluster, extra=(() if durable else FAST) + (f"-c shared_buffers={shared_buffers}",))
    return cluster


@contextlib.contextmanager
def running(*, durable: bool = False, shared_buffers: str = "64MB") -> Iterator[Cluster]:
    """A cluster for the duration of the block, removed afterwards."""
    cluster = start(durable=durable, shared_buffers=shared_buffers)
    try:
        yield cluster
    finally:
        cluster.stop()
        shutil.rmtree(cluster.root, ignore_errors=True)
