"""Write one bench's section of docs/benchmarks.md, leaving the others alone.

Why a helper: several benches share that file and several engineers edit it at once, so
each bench owns only the text between its markers ``<!-- bench/NAME.py: start -->`` and
``<!-- bench/NAME.py: end -->``, and the file is re-read right before writing.
"""

from __future__ import annotations

from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[2] / "docs" / "benchmarks.md"


def markers(bench: str) -> tuple[str, str]:
    """The start and end markers of a bench's section (``bench`` like ``extraction``)."""
    return f"<!-- bench/{bench}.py: start -->", f"<!-- bench/{bench}.py: end -->"


def write_section(bench: str, section: str, path: Path = BENCHMARKS) -> None:
    """Replace the bench's section (markers included), or append it when absent."""
    start, end = markers(bench)
    current = path.read_text("utf-8") if path.exists() else "# Benchmarks\n"
    block = f"{start}\n{section.rstrip()}\n{end}"
    if start in current and end in current:
        head, rest = current.split(start, 1)
        current = head + block + rest.split(end, 1)[1]
    else:
        current = current.rstrip("\n") + "\n\n" + block + "\n"
    path.write_text(current, "utf-8")
