"""The languages whose dates veille reads by name, one list for extraction and enrichment.

The publication-date reader of extraction (:mod:`veille.extract.dates`) and the reader of
the dates an article mentions (:mod:`veille.enrich.dates`, :mod:`veille.enrich.date_foreign`)
used to hold two month and weekday tables: the enrichment's, from CLDR, read Catalan
"desembre"; the extraction's, typed by hand, did not, and every Catalan article with a
written dateline ("Dilluns 7 de desembre de 2026 · 10:15") was "date unknown" (t-check66
F1). Both now take the names of these languages from CLDR (through Babel): extraction
through the table :mod:`veille.extract.cldr_months` generated from it, enrichment from
Babel itself; ``tests/extract/test_date_languages_67.py`` checks that every name the
enrichment reads is a name extraction reads.
"""

from __future__ import annotations

NAMED_DATE_LANGUAGES = ("fr", "en", "es", "it", "de", "pt", "ca")
"""The languages (ISO 639-1) whose dates mentioned in an article the enrichment reads with
their month and weekday names (French and English by :mod:`veille.enrich.dates`, the
others by :mod:`veille.enrich.date_foreign`), and whose publication lines extraction
reads: the engine claims these."""
