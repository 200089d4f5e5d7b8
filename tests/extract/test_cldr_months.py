"""The shipped CLDR month table (:mod:`veille.extract.cldr_months`) is what Babel gives
(:func:`veille.extract.dates.cldr_months`), in the same order; importing
:mod:`veille.extract.dates` no longer walks Babel's locale data (f-startup28)."""

from __future__ import annotations

import subprocess
import sys

from veille.extract.cldr_months import CLDR_MONTHS
from veille.extract.dates import MONTHS, cldr_months, find_dates


def test_the_table_is_babels() -> None:
    assert list(CLDR_MONTHS.items()) == list(cldr_months().items())


def test_cldr_names_are_read() -> None:
    assert CLDR_MONTHS["декабря"] == 12 and MONTHS["grudnia"] == 12
    assert MONTHS["mei"] == 5 and MONTHS["maj"] == 5
    found = find_dates("3 декабря 2026")
    assert [(f.value.month, f.value.day) for f in found] == [(12, 3)]


def test_importing_dates_loads_no_babel() -> None:
    code = "import sys, veille.extract.dates; print('babel' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"
