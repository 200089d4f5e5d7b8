"""Blocks of a capture that are the printed page's layout inside an article, not its end.

Three shapes cut an article's run short when weighed as chrome (newuser13 h2-C3, h2-C4,
h2-C17), and are recognised from structure, not words:

- **print page breaks**: a page printed to text repeats, at each page's foot, a line
  ending with a page counter ("https://…/article.html 1/2", "Page 1 sur 3") and, at the
  next page's head, the print header (the date, the time and the page's title);
- **tables** drawn by a text browser (``w3m -dump``) with box-drawing characters or
  ``|``/``+`` rules: each row a block;
- **post stamps** of a live blog: a time line ("Il y a 12 minutes", "10h32") between two
  posts, repeated down the page.

The caller weighs these blocks like a photo's caption (a little, not a stretch of
chrome) and keeps none of them as text.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

#: A page counter at the end of a print footer: "1/2", "Page 1 sur 3", "2 of 4".
_COUNTER = re.compile(r"(?:^|\s)(?i:page\s+)?(\d{1,3})\s*(?:/|(?i:sur|of|de|von))\s*(\d{1,3})$")
#: A print header: a date and a time first ("01/12/2026 23:05 Title", "1/12/26, 23:05").
_PRINT_HEADER = re.compile(r"^\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}[:h]\d{2}\b")
_BOX = frozenset("─━│┃┌┐└┘├┤┬┴┼╭╮╯╰═║╔╗╚╝╠╣╦╩╬")
_ASCII_RULE = re.compile(r"^[+|](?:[-=+| ]{2,})[+|]$")
#: Rows of a table, at least, for its blocks to be one.
TABLE_ROWS = 3
#: Stamped posts in a row, at least, for time lines between prose to be a live blog's.
STAMPED_POSTS = 2


def print_page_breaks(blocks: Sequence[str]) -> set[int]:
    """The blocks of a printed page's breaks: each footer ending with a page counter
    ("<address> 1/2"), when two or more share their text and their page count, or one
    counts a single page ("1/1"); and the print header printed at the head of each page
    (the block right after a footer that is not the last, wherever else it repeats, and a
    first block opening with a date and a time when a footer is found)."""
    footers: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
    for i, block in enumerate(blocks):
        if len(block) > 300 or not block[-1:].isdigit():
            continue
        counter = _COUNTER.search(block)
        if counter is not None:
            prefix = block[:counter.start()].strip()
            footers[(prefix, counter.group(2))].append((i, counter.group(1)))
    marked: set[int] = set()
    for (_, total), found in footers.items():
        pages = {page for _, page in found}
        if any(int(page) > int(total) for page in pages):
            continue
        if len(pages) >= 2 or (total == "1" and pages == {"1"}):
            marked.update(i for i, _ in found)
    if not marked:
        return marked
    headers = {blocks[i + 1] for i in marked if i + 1 < len(blocks) and i + 1 not in marked
               and i + 1 != len(blocks) - 1}
    seen = Counter(blocks)
    headers = {h for h in headers if seen[h] >= 2}
    if blocks and _PRINT_HEADER.match(blocks[0]):
        headers.add(blocks[0])
    marked.update(i for i, block in enumerate(blocks) if block in headers)
    return marked


def _table_row(block: str) -> bool:
    if not block:
        return False
    if block[0] in _BOX or block[-1] in _BOX:
        return True
    return (block[0] == "|" and block[-1] == "|") or bool(_ASCII_RULE.match(block))


def table_rows(blocks: Sequence[str]) -> set[int]:
    """The blocks of tables: runs of :data:`TABLE_ROWS` or more rows that open or close
    with a box-drawing character or a ``|``, or are ``+---+`` rules."""
    marked: set[int] = set()
    run: list[int] = []
    for i, block in enumerate([*blocks, ""]):
        if i < len(blocks) and _table_row(block):
            run.append(i)
            continue
        if len(run) >= TABLE_ROWS:
            marked.update(run)
        run = []
    return marked


def post_stamps(kinds: Sequence[str]) -> set[int]:
    """The datelines between two prose blocks when :data:`STAMPED_POSTS` or more follow
    each other (prose, time, prose, time, prose): a live blog's post times."""
    between = [i for i in range(1, len(kinds) - 1)
               if kinds[i] == "dateline" and kinds[i - 1] == "prose" and kinds[i + 1] == "prose"]
    marked: set[int] = set()
    run: list[int] = []
    for i in between:
        if run and i - run[-1] != 2:
            if len(run) >= STAMPED_POSTS:
                marked.update(run)
            run = []
        run.append(i)
    if len(run) >= STAMPED_POSTS:
        marked.update(run)
    return marked
