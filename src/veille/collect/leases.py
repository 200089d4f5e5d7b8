"""Who holds a poller's lease, and whether that poller still runs.

A poller claims a source (``source:NAME``) or a page it revisits (``revisit:URL``) in the
store's ``leases`` table until an expiry (:data:`veille.collect.watch.POLL_LEASE`), so that
two pollers of one store do not fetch the same feed twice. A poller killed (``kill -9``,
a crash, a power cut) cannot give its leases back: its restart waited for their expiry,
15 minutes of silent blindness on one laptop (t-final67 R1). The holder therefore names
its process: ``HOST:PID:START:TOKEN``, ``START`` the process's start time in clock ticks
since boot (``/proc/PID/stat`` field 22, proc(5)), so that a pid the system gave again to
another process is not taken for the poller. A lease whose holder is a process of this host
that no longer runs (``os.kill(pid, 0)`` finds none, or the pid now names a process
started at another time) is taken over at once; a lease held on another host keeps its
expiry (its process cannot be checked from here). Holders written before this change
(``HOST:PID:TOKEN``) are checked by their pid alone.
"""

from __future__ import annotations

import os
import socket
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from veille.store.sqlite import SQLiteStore


@dataclass(frozen=True, slots=True)
class Holder:
    """A lease holder read back: its host, pid and start time ("" when unknown)."""

    host: str
    pid: int
    start: str


def process_start(pid: int) -> str:
    """The start time of process ``pid`` in clock ticks since boot (``/proc/PID/stat``
    field 22), or "" when it cannot be read (no ``/proc``, no such process)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text("ascii", "replace")
    except OSError:
        return ""
    # the command name (field 2) is in parentheses and may hold spaces or parentheses
    fields = stat[stat.rfind(")") + 2:].split()
    return fields[19] if len(fields) > 19 else ""


def this_holder() -> str:
    """A new holder name for this process: ``HOST:PID:START:TOKEN``."""
    pid = os.getpid()
    return f"{socket.gethostname()}:{pid}:{process_start(pid)}:{uuid.uuid4().hex[:8]}"


def parse_holder(holder: str) -> Holder | None:
    """The host, pid and start time a holder name gives (:func:`this_holder`, or the
    older ``HOST:PID:TOKEN``), or None for a name of neither shape."""
    parts = holder.rsplit(":", 3)
    if len(parts) == 4 and parts[1].isdigit():
        return Holder(parts[0], int(parts[1]), parts[2])
    parts = holder.rsplit(":", 2)
    if len(parts) == 3 and parts[1].isdigit():
        return Holder(parts[0], int(parts[1]), "")
    return None


def stopped(holder: str) -> bool:
    """Whether ``holder`` is a process of this host that no longer runs: no process has
    its pid, or the one that has started at another time (the pid was given again).
    False for another host's holder, a running process, or a name not understood."""
    who = parse_holder(holder)
    if who is None or who.host != socket.gethostname() or who.pid <= 0:
        return False
    if who.pid == os.getpid():
        return False
    try:
        os.kill(who.pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:  # alive, another user's
        pass
    except OSError:
        return False
    start = process_start(who.pid)
    return bool(who.start and start and start != who.start)


def claim(store: SQLiteStore, key: str, *, holder: str, now: datetime,
          until: datetime) -> bool:
    """Take the lease ``key`` for ``holder`` until ``until`` (:meth:`SQLiteStore.claim`),
    or, when a poller of this host that stopped holds it (:func:`stopped`), take it over at
    once (t-final67 R1). True when taken."""
    if store.claim(key, holder=holder, now=now, until=until):
        return True
    held = store.lease(key)
    if held is None or not stopped(held[0]):
        return False
    return store.take_over(key, holder=holder, stale=held[0], until=until)


def describe(holder: str, until: datetime) -> str:
    """What ``sources list`` says of a lease held past now: "held by a poller that
    stopped (pid N) until …" (taken over at the next poll) or "held by pid N on HOST
    until …". ``until`` is shown to the minute, in UTC."""
    when = until.strftime("%Y-%m-%d %H:%M UTC")
    who = parse_holder(holder)
    if who is None:
        return f"held by {holder} until {when}"
    if stopped(holder):
        return (f"held by a poller that stopped (pid {who.pid}) until {when}; the next poll "
                "takes it over")
    return f"held by pid {who.pid} on {who.host} until {when}"
