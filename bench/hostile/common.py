"""What a hostile-input case is, and how one is measured.

A case module (``bench/hostile/cases_*.py``) exposes ``CASES: list[Case]``. Each case makes
its input at a scale (1, 10, 100...) and runs veille on it; ``peer`` optionally runs what
the same input costs elsewhere (veille 0.1's code path, or the library it used) for the
table. :func:`measure` runs one case at one scale in a forked child, so the peak memory
(``VmHWM``, reset once the input is made, minus the resident size then) of one run
does not leak into the next, and a peer that blows up is
stopped by ``timeout`` and an address-space cap instead of stopping the bench.
"""

from __future__ import annotations

import gc
import multiprocessing
import resource
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass
class Case:
    """One hostile input class: ``make(scale) -> input``, ``run(input) -> None``."""

    name: str
    make: Callable[[int], Any]
    run: Callable[[Any], None]
    peer: Callable[[Any], None] | None = None
    peer_name: str = ""
    unit: str = ""  # what one unit of scale is, for the table
    peer_scales: tuple[int, ...] = (1, 10)  # where the peer is affordable


@dataclass
class Measure:
    """Seconds and peak memory above the input's own (MB) of one run; ``error`` when it
    did not finish (``timeout``, ``memory``)."""

    seconds: float = 0.0
    peak_mb: float = 0.0
    error: str = ""


def _status_kb(field: str) -> int:
    """A ``/proc/self/status`` figure in kB (Linux), or 0."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _reset_peak() -> bool:
    """Reset the peak resident size (``VmHWM``; Linux 4.0+, ``clear_refs`` 5)."""
    try:
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")
        return True
    except OSError:
        return False


def _child(target: Callable[[Any], None], make: Callable[[int], Any], scale: int,
           memory_cap_mb: int, pipe: Any) -> None:
    if memory_cap_mb:
        cap = memory_cap_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    try:
        data = make(scale)
        gc.collect()
        if _reset_peak():  # the peak of the run alone, above the input's resident size
            before = _status_kb("VmRSS")
        else:  # elsewhere: above the peak reached while making the input
            before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        start = time.perf_counter()
        target(data)
        seconds = time.perf_counter() - start
        after = _status_kb("VmHWM") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        pipe.send(Measure(seconds, max(0, after - before) / 1024))
    except MemoryError:
        pipe.send(Measure(error="memory"))


def measure(target: Callable[[Any], None], make: Callable[[int], Any], scale: int, *,
            timeout: float = 120.0, memory_cap_mb: int = 4096) -> Measure:
    """``target(make(scale))`` in a forked child: seconds, and the peak resident memory the
    run added above the resident size once the input was made."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(target, make, scale, memory_cap_mb, send))
    child.start()
    if receive.poll(timeout):
        result: Measure = receive.recv()
    else:
        result = Measure(seconds=timeout, error="timeout")
    child.kill()
    child.join()
    return result


def cell(result: Measure) -> str:
    if result.error == "timeout":
        return f"> {result.seconds:.0f} s"
    if result.error:
        return f"({result.error})"
    return f"{result.seconds:.3f} s, {result.peak_mb:.0f} MB"


def table(cases: list[Case], scales: tuple[int, ...] = (1, 10, 100), *,
          timeout: float = 120.0) -> str:
    """A Markdown table: each case (veille, then its peer) at each scale."""
    head = "| case | unit | run | " + " | ".join(f"{s}x" for s in scales) + " |"
    lines = [head, "|" + " --- |" * (3 + len(scales))]
    for case in cases:
        row = [cell(measure(case.run, case.make, s, timeout=timeout)) for s in scales]
        lines.append(f"| {case.name} | {case.unit} | veille | " + " | ".join(row) + " |")
        if case.peer is not None:
            peer = case.peer
            cells = [cell(measure(peer, case.make, s, timeout=timeout)) if s in case.peer_scales
                     else "not run" for s in scales]
            lines.append(f"| | | {case.peer_name} | " + " | ".join(cells) + " |")
        print(lines[-1] if case.peer is None else "\n".join(lines[-2:]), flush=True)
    return "\n".join(lines)
