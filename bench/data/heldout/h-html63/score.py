"""Score veille on the h-html63 held-out set (issue 14, t-check62 #7: an HTML page's short
headline vanishes; a broken page is "(untitled)" though it has an ``<h1>``, a ``<title>``
or an ``og:title``). Run as ``python score.py VEILLE_CLI [WORK_DIR]``: each page of
``gold.jsonl`` is ingested alone into its own store and read back with ``veille export``
(:mod:`lib.exported_cases`, which prints "ok"/"MISS" a check and "total: R/N").

Two checks a page: ``title``, the stored headline ("" for the controls, whose only heading
is a site's name or a section label), and ``body_has``, a phrase of the article's text the
store must hold (the page was read, not refused).
"""

import sys
from pathlib import Path

SET = Path(__file__).parent
sys.path.insert(0, str(SET.parents[2]))
from lib import exported_cases as cases  # noqa: E402


def headline_checks(case, rows):  # type: ignore[no-untyped-def]
    """The stored headline against the gold's, then whether the text holds its phrase."""
    content = rows[0]["content"] if rows else {}
    text = " ".join(content.get("paragraphs") or [])
    return [*cases.field_checks(case, content, ["title"]),
            (case["file"], "body_has", True, case["body_has"] in text)]


sys.exit(cases.score_cases(SET, sys.argv[1:], "/tmp/h-html63/heldout", headline_checks))
