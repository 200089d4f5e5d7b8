"""Score a veille build on the r-versions53 held-out set (README.md): who a copy is credited
to, which version it holds, one outlet written several ways, same-time pairs.

    python3 score.py /work/vbin-NAME      # one line per check, then "total N/M"

Each case is ingested, one file at a time in the order given, into its own fresh data dir
(text captures and pages, no --source: the masthead or the page names the outlet); the
checks read `latest --json`, `duplicates ID` and `stories --json`.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).parent / "cases"
CASES: dict[str, list[str]] = {
    "A": ["a1.txt", "a2.txt", "a3.txt", "a4.txt"],
    "B": ["b1.txt", "b2.txt", "b3.txt"],
    "C": ["c1.txt", "c2.txt", "c3.txt"],
    "D": ["d1.txt", "d2.txt"],
    "E": ["e1.html", "e2.html"],
    "F": ["f1.txt", "f2.txt"],
    "G": ["g1.txt", "g2.txt", "g3.txt"],
    "H": ["h1.txt", "h2.txt"],
}


def run(veille: str, data: str, *args: str) -> str:
    done = subprocess.run([veille, "--data-dir", data, *args], capture_output=True,
                          text=True, timeout=300, check=False)
    return done.stdout


class Case:
    """One case's store after its files: articles by the file of their current content."""

    def __init__(self, veille: str, name: str) -> None:
        self.veille, self.dir = veille, tempfile.mkdtemp(prefix=f"rv53-{name}-")
        for file in CASES[name]:
            run(veille, self.dir, "ingest", str(HERE / file))
        self.rows = [json.loads(line) for line in
                     run(veille, self.dir, "latest", "--json", "-n", "50").splitlines()
                     if line.startswith("{")]
        self.by_file = {Path(r["raw"]["origin"]).name: r for r in self.rows}
        self.stories = json.loads(run(veille, self.dir, "stories", "--json") or "[]")

    def dup(self, file: str) -> str:
        row = self.by_file.get(file)
        return run(self.veille, self.dir, "duplicates", row["id"]) if row else ""

    def credited(self, file: str) -> str:
        """The outlet shown on the "reprint of" line of ``file``'s article ('' for none)."""
        for line in self.dup(file).splitlines():
            m = re.match(r"\s*reprint of\s+[\d.]+\s+[0-9a-f]{16}\s+(.+?)\s+\d{4}-", line)
            if m:
                return m.group(1)
        return ""

    def versions(self, file: str) -> int:
        """How many versions ``file``'s article has (1 when no version table)."""
        rows = [line for line in self.dup(file).splitlines()
                if re.match(r"\s*(version|current)\s+\d+\s", line)]
        return max(1, len(rows))

    def sources(self) -> list[int]:
        return sorted(s["sources"] for s in self.stories)


def main() -> None:
    veille = sys.argv[1]
    checks: list[tuple[str, bool, str]] = []

    def check(name: str, ok: bool, got: object) -> None:
        checks.append((name, ok, str(got)))
        print(f"{'ok ' if ok else 'BAD'} {name}: {got}", flush=True)

    a = Case(veille, "A")
    check("A1 copy of an update credited to the outlet whose update it holds",
          a.credited("a4.txt") == "Nord Littoral", a.credited("a4.txt"))
    check("A2 the copy's line names the version it holds (version 2)",
          bool(re.search(r"version 2\b", a.dup("a4.txt"))),
          [ln for ln in a.dup("a4.txt").splitlines() if "reprint of" in ln])
    check("A3 the outlet's update is its article's version 2", a.versions("a3.txt") == 2,
          a.versions("a3.txt"))
    b = Case(veille, "B")
    check("B1 copy of the first version, read after the update: credited to its outlet",
          b.credited("b3.txt") == "Le Télégramme", b.credited("b3.txt"))
    check("B2 ... and to the version it holds (version 1)",
          bool(re.search(r"version 1\b", b.dup("b3.txt"))),
          [ln for ln in b.dup("b3.txt").splitlines() if "reprint of" in ln])
    c = Case(veille, "C")
    check("C1 one outlet, masthead in capitals: one article, 3 versions",
          len(c.rows) == 1 and c.versions("c3.txt") == 3,
          f"{len(c.rows)} articles, {c.versions('c3.txt')} versions")
    check("C2 its story counts 1 source", c.sources() == [1], c.sources())
    d = Case(veille, "D")
    check("D1 masthead 'Le Monde.fr' then 'Le Monde': one article, 2 versions",
          len(d.rows) == 1 and d.versions("d2.txt") == 2,
          f"{len(d.rows)} articles, {d.versions('d2.txt')} versions")
    check("D2 its story counts 1 source", d.sources() == [1], d.sources())
    e = Case(veille, "E")
    lines = [ln.strip() for f in ("e1.html", "e2.html") for ln in e.dup(f).splitlines()
             if re.match(r"\s*(reprint of|reprinted by|same .*as|shares? )", ln)]
    check("E1 same-time pair, both 'avec AFP': neither called a reprint of the other",
          not any(ln.startswith(("reprint of", "reprinted by")) for ln in lines), lines)
    check("E2 ... the pair is said to share AFP", any("AFP" in ln for ln in lines), lines)
    f = Case(veille, "F")
    check("F1 Nice-Matin and Var-Matin stay two articles and two sources",
          len(f.rows) == 2 and f.sources() == [2], f"{len(f.rows)} articles {f.sources()}")
    g = Case(veille, "G")
    check("G1 a copy of the original's text is credited to the original, not a copy",
          g.credited("g3.txt") == "Le Progrès" and g.credited("g2.txt") == "Le Progrès",
          (g.credited("g2.txt"), g.credited("g3.txt")))
    h = Case(veille, "H")
    check("H1 an outlet and its edition count as 1 source", h.sources() == [1], h.sources())
    print(f"total {sum(ok for _, ok, _ in checks)}/{len(checks)}")


if __name__ == "__main__":
    main()
