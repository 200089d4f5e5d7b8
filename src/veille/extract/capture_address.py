"""A text capture's own address, printed as its first line.

A page copied with its address bar, or saved by a tool that writes the address first
(``https://www.lesechos.fr/…`` over the masthead), opens on one line that is one web
address and nothing else. That line is the article's address (t-final54 A1, B7): never its
headline, never a line lost; it names the page (its versions share it) and its host gives
the outlet's country, hence the clock of the times it prints (an rfi.fr capture is written
in Paris time: t-final54 A3).

A capture may print it on its last line instead (a page's footer, or a tool that writes
the address after the text; t-final61 #10: every capture of a tester's set did): read the
same way (:func:`footer_address`) when it names a page below the site's home and no
line ending on a colon introduces it ("The full report can be read here:" over a
document's address is the text's link, not the page's).

Only an absolute ``http``/``https`` address counts, alone on its line (no space), with a
host that holds a dot, at most :data:`MAX_ADDRESS_CHARS` characters: a URL inside a
sentence, a bare host ("lesechos.fr") or a path is no such line.
"""

from __future__ import annotations

from urllib.parse import urlsplit

#: The longest line read as an address (longer: text, or a tracking link; browsers and
#: the sitemaps protocol bound an address near this length).
MAX_ADDRESS_CHARS = 2048


def address_line(block: str) -> str:
    """``block`` when it is one absolute web address alone on its line, else "".

    >>> address_line("https://www.rfi.fr/fr/afrique/20260703-niger")
    'https://www.rfi.fr/fr/afrique/20260703-niger'
    >>> address_line("Lire sur https://www.rfi.fr/")
    ''
    """
    text = block.strip()
    if not text or len(text) > MAX_ADDRESS_CHARS or any(c.isspace() for c in text):
        return ""
    if not text.lower().startswith(("http://", "https://")):
        return ""
    try:
        host = urlsplit(text).hostname or ""
    except ValueError:  # "https://[bad" : an unclosed IPv6 bracket
        return ""
    return text if "." in host.strip(".") else ""


def names_a_page(url: str) -> bool:
    """Whether ``url`` names a page below its site's home (a path past "/"): a source's
    home page says which site, a page's address which article."""
    try:
        return urlsplit(url).path not in ("", "/")
    except ValueError:
        return False


def footer_address(blocks: list[str]) -> str:
    """The page's address when the capture's last block (``blocks``: its blocks, in
    order; at least two) is one (:func:`address_line`), naming a page below its site's
    home (:func:`names_a_page`), and the block above it does not end on a colon (a link
    the text introduces); else ""."""
    if len(blocks) < 2 or blocks[-2].rstrip().endswith(":"):
        return ""
    address = address_line(blocks[-1])
    return address if address and names_a_page(address) else ""
