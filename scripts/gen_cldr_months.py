"""Write ``src/veille/extract/cldr_months.py``: the month names
:func:`veille.extract.dates.cldr_months` reads from CLDR through Babel, as a table, so that
importing :mod:`veille.extract.dates` does not walk Babel's locale data (some 300 ms of
every command's start-up, f-startup28). Run after a Babel upgrade:
``python scripts/gen_cldr_months.py``; ``tests/extract/test_cldr_months.py`` fails while
the table and Babel disagree."""

from __future__ import annotations

import json
from pathlib import Path

from veille.extract.dates import (
    CLDR_ABBREVIATED_LANGUAGES,
    CLDR_MONTH_LANGUAGES,
    CLDR_WEEKDAY_LANGUAGES,
    cldr_months,
    cldr_weekdays,
)

TARGET = Path(__file__).resolve().parent.parent / "src/veille/extract/cldr_months.py"


def render(months: dict[str, int], weekdays: dict[str, int]) -> str:
    """The module's text for ``months`` (name -> month number, 1-12), in its order (the
    order :data:`veille.extract.dates.MONTHS` takes them in)."""
    days = "".join(f"    {json.dumps(name, ensure_ascii=False)}: {number},\n"
                   for name, number in weekdays.items())
    rows = "".join(f"    {json.dumps(name, ensure_ascii=False)}: {number},\n"
                   for name, number in months.items())
    return (
        '"""Wide month names of CLDR (through Babel) in\n'
        + ", ".join(CLDR_MONTH_LANGUAGES) + ";\nabbreviated ones in "
        + ", ".join(CLDR_ABBREVIATED_LANGUAGES) + ";\nwide weekday names (Monday = 0) in "
        + ", ".join(CLDR_WEEKDAY_LANGUAGES) + ":\nwritten by ``scripts/gen_cldr_months.py`` "
        "from :func:`veille.extract.dates.cldr_months`\nand "
        ":func:`veille.extract.dates.cldr_weekdays` (in their order); do not edit.\"\"\"\n\n"
        "CLDR_MONTHS: dict[str, int] = {\n" + rows + "}\n\n"
        "CLDR_WEEKDAYS: dict[str, int] = {\n" + days + "}\n")


def main() -> None:
    TARGET.write_text(render(cldr_months(), cldr_weekdays()), encoding="utf-8")
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
