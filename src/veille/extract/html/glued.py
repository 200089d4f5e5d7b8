"""A page's notice glued inside a paragraph of an HTML page: cut it off, as captures do
(r-extract53, t-final52b A6).

Text captures cut a share label, a rights line or a "Lire aussi : …" link off the
paragraph they are glued to (:func:`~veille.extract.glued_notice.split_glued`); HTML pages
did not: ``<p>… par le pont Saint-Jean. Partager sur Facebook</p>`` kept the label in the
body, and ``<p>Le tramway A continuera de circuler normalement. Lire aussi : Bordeaux : la
rocade saturée …</p>`` was read whole as a notice and dropped with its sentence. One rule
serves both paths: each paragraph block of the walk is cut by the same function, the
notice pieces become blocks of their own (the body's rules refuse them as notices, and
:mod:`~veille.extract.html.dropped` lists them), the paragraph stays.
"""

from __future__ import annotations

from dataclasses import replace

from veille.extract.glued_notice import MIN_BLOCK_CHARS, split_glued
from veille.extract.html.walk import Block

__all__ = ["split_glued_blocks"]

#: The kinds of blocks a notice may be glued to: paragraphs and loose text.
_PARAGRAPH_KINDS = frozenset({"p", "loose"})


def _cut(block: Block) -> list[Block]:
    before, body, after = split_glued(block.text)
    if body is block.text or body == block.text:
        return [block]
    # Characters in links go to the notices first: a "Lire aussi" link, a share button.
    links = block.links
    pieces: list[Block] = []
    for text in (before, body, after):
        if not text:
            continue
        pieces.append(replace(block, text=text, links=0))
    for i, piece in enumerate(pieces):
        if piece.text is not body:
            taken = min(links, len(piece.text))
            pieces[i] = replace(piece, links=taken)
            links -= taken
    for i, piece in enumerate(pieces):
        if piece.text is body:
            pieces[i] = replace(piece, links=min(links, len(body)))
    return pieces


def split_glued_blocks(blocks: list[Block]) -> list[Block]:
    """``blocks`` with every paragraph that holds a glued notice cut in two or three
    blocks (notice before, paragraph, notice after; :func:`~veille.extract.glued_notice.
    split_glued`), in place of the one. The same list when none is cut."""
    out: list[Block] | None = None
    for i, block in enumerate(blocks):
        if block.kind not in _PARAGRAPH_KINDS or len(block.text) < MIN_BLOCK_CHARS:
            if out is not None:
                out.append(block)
            continue
        pieces = _cut(block)
        if len(pieces) > 1 and out is None:
            out = blocks[:i]
        if out is not None:
            out.extend(pieces)
    return blocks if out is None else out
