"""Bounded decompression: gzip files of many members, and HTTP content-encodings.

Every inflater here stops at a byte limit it is given (``max_input_bytes`` for files,
``fetch_max_bytes`` for HTTP bodies) and runs in time linear in its input:

- :func:`inflate_gzip` reads the members of a gzip file (``cat a.gz b.gz`` is one valid gzip
  file) from a moving offset, feeding each member in chunks that start small and double. The
  usual loop, ``rest = inflater.unused_data``, copies the rest of the file once per member:
  8 MB of tiny members took 74 s (issue #11). Here each member costs at most twice its own
  size plus :data:`FIRST_CHUNK` bytes of copying.
- :class:`BodyDecoder` decodes an HTTP body as it streams in (``gzip``, ``deflate``, ``br``,
  with ``zstd`` refused), asking each decompressor for no more than the bytes still allowed,
  so a 100 kB body cannot become 100 MB before anyone counts.
"""

from __future__ import annotations

import zlib
from typing import Protocol

from veille.errors import InputError

FIRST_CHUNK = 256
MAX_CHUNK = 1024 * 1024
TOO_LARGE_HINT = "raise max_input_bytes (VEILLE_MAX_INPUT_BYTES) if it is genuine"
ACCEPT_ENCODING = "gzip, deflate, br"


def _too_large(limit: int, origin: str, hint: str) -> InputError:
    return InputError(f"compressed data inflates past the limit of {limit} bytes",
                      origin=origin, reason="too-large", hint=hint)


def _broken(detail: str, origin: str) -> InputError:
    return InputError(f"broken gzip data ({detail})", origin=origin, reason="bad-gzip",
                      hint="re-download or re-compress the file")


def inflate_gzip(data: bytes, *, limit: int, origin: str, hint: str = TOO_LARGE_HINT) -> bytes:
    """Every member of a gzip file, inflated, at most ``limit`` bytes in all.

    Trailing bytes that do not start a member are ignored, as gzip(1) does with padding.
    Raises :class:`InputError`: ``too-large`` past ``limit``, ``bad-gzip`` for damaged or
    cut-short data."""
    out, damage = inflate_gzip_prefix(data, limit=limit, origin=origin, hint=hint)
    if damage is not None:
        raise damage
    return out


def inflate_gzip_prefix(data: bytes, *, limit: int, origin: str,
                        hint: str = TOO_LARGE_HINT) -> tuple[bytes, InputError | None]:
    """What a gzip file inflates to up to where it is damaged or cut short, and the
    ``bad-gzip`` error saying so (None for a whole file): what a cut file held before
    the cut is good data (``zcat`` gives it too), and a file of many records keeps the
    records it holds whole (t-scale19 P3: a JSON Lines file gzipped then cut in half
    stored none of its 334 complete records). Raises :class:`InputError` ``too-large``
    past ``limit``."""
    view = memoryview(data)
    out = bytearray()
    position = 0
    while data[position:position + 2] == b"\x1f\x8b":
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        step = FIRST_CHUNK
        while not inflater.eof:
            chunk = view[position:position + step]
            if not chunk:
                return bytes(out), _broken("the file is cut short", origin)
            try:
                out += inflater.decompress(chunk, limit + 1 - len(out))
            except zlib.error as exc:
                return bytes(out), _broken(str(exc), origin)
            if len(out) > limit or inflater.unconsumed_tail:
                raise _too_large(limit, origin, hint)
            position += len(chunk) - len(inflater.unused_data)
            step = min(step * 2, MAX_CHUNK)
    if position == 0:
        return b"", _broken("no gzip header", origin)
    return bytes(out), None


class _Stream(Protocol):
    def feed(self, chunk: bytes, room: int) -> bytes: ...

    def finished(self) -> bool: ...


class _Zlib:
    """gzip or deflate; ``deflate`` is zlib-wrapped by the RFC and raw in practice too."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        wbits = 16 + zlib.MAX_WBITS if encoding == "gzip" else zlib.MAX_WBITS
        self.inflater = zlib.decompressobj(wbits)
        self.started = False

    def feed(self, chunk: bytes, room: int) -> bytes:
        if self.inflater.eof:  # one member; what follows is ignored, as browsers do
            return b""
        try:
            out = self.inflater.decompress(chunk, room + 1)
        except zlib.error:
            if self.started or self.encoding != "deflate":
                raise
            self.inflater = zlib.decompressobj(-zlib.MAX_WBITS)
            out = self.inflater.decompress(chunk, room + 1)
        self.started = True
        return out  # with input left over, ``out`` is room + 1 bytes: over the limit

    def finished(self) -> bool:
        return bool(self.inflater.eof)


class _Brotli:
    def __init__(self) -> None:
        import brotli

        self.inflater = brotli.Decompressor()

    def feed(self, chunk: bytes, room: int) -> bytes:
        return bytes(self.inflater.process(chunk, output_buffer_limit=room + 1))

    def finished(self) -> bool:
        return bool(self.inflater.is_finished())


class BodyDecoder:
    """Decodes an HTTP body chunk by chunk under a byte limit.

    ``encoding`` is the ``Content-Encoding`` header (``identity``, ``gzip``, ``x-gzip``,
    ``deflate``, ``br``, or a list of them, applied in order). Raises :class:`ValueError` for
    an encoding it does not decode (the fetcher never asks for one), and
    :class:`OverflowError` once the decoded body would pass ``limit``."""

    def __init__(self, encoding: str, *, limit: int) -> None:
        self.limit = limit
        self.size = 0
        self.stages: list[_Stream] = []
        for name in (n.strip().lower() for n in encoding.split(",")):
            if name in ("", "identity"):
                continue
            if name in ("gzip", "x-gzip", "deflate"):
                self.stages.append(_Zlib("gzip" if name == "x-gzip" else name))
            elif name == "br":
                self.stages.append(_Brotli())
            else:
                raise ValueError(f"unsupported content-encoding {name!r}")
        self.stages.reverse()  # the last encoding applied is undone first

    def feed(self, chunk: bytes) -> bytes:
        """The decoded bytes of ``chunk``; raises as the class says."""
        for stage in self.stages:
            try:
                chunk = stage.feed(chunk, self.limit - self.size)
            except Exception as exc:  # zlib.error, brotli.error
                raise ValueError(f"broken compressed body ({exc})") from None
        self.size += len(chunk)
        if self.size > self.limit:
            raise OverflowError(f"decoded body is over the limit of {self.limit} bytes")
        return chunk

    def finish(self) -> None:
        """Check the end of the body: a compressed body that gave nothing and did not end
        is broken (:class:`ValueError`); one cut short after some output is kept, as
        browsers show it."""
        if self.size == 0 and not all(stage.finished() for stage in self.stages):
            raise ValueError("broken compressed body (it ends before its data)")
