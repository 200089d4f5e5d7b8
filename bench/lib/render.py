"""Turn benchmark HTML pages into "captures": the plain text a person gets by selecting a page
and pasting it, or that a crawler's text dump holds.

Why text-mode browsers: veille's text-capture extractor never sees HTML, so the bench needs
realistic whole-page text -- menus, cookie banners, related links and all -- not an article
already cleaned up. ``w3m`` and ``lynx`` lay a page out the way a screen shows it (blocks on
their own lines, tables as columns, lynx with a left margin), which is close to a browser's
copy-paste. The third mode, ``flat``, is a w3m dump whose line breaks were lost (common in crawl
dumps and some clipboard paths): blocks survive only as runs of spaces.

Charset: both tools guess badly on their own (w3m falls back to the locale and drops accents;
lynx follows ``<meta charset>`` over any command-line hint). So the charset is decided once here,
like a browser would (BOM, then ``<meta>``/XML declaration, then UTF-8 if the bytes are valid
UTF-8, else windows-1252), the page is transcoded to UTF-8 with its declarations rewritten, and
both tools are told "input UTF-8, output UTF-8".

Renders are cached on disk under ``bench/.cache/captures/<set>/<renderer>/<id>.txt``; delete the
directory (or pass ``refresh=True``) after changing a renderer.
"""

from __future__ import annotations

import codecs
import os
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

__all__ = [
    "RENDERERS",
    "RenderError",
    "RenderStats",
    "cache_root",
    "flatten",
    "prepare_html",
    "render",
    "render_many",
    "renderer_version",
]

RENDERERS = ("w3m", "lynx", "flat")
DEFAULT_TIMEOUT = 60.0
DEFAULT_WORKERS = 2
# Browsers look for <meta charset> in the first 1024 bytes; real pages often put it later, and
# lynx honours it anywhere in <head>, so look further.
_PRESCAN = 64 * 1024

_META_RE = re.compile(rb"<meta\b[^>]*>", re.IGNORECASE)
_CHARSET_IN_META_RE = re.compile(rb"""(charset\s*=\s*["']?)([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_DECL_RE = re.compile(rb"""^(\s*<\?xml[^>]*encoding\s*=\s*["'])([A-Za-z0-9_.:-]+)""", re.I)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# WHATWG: these labels mean windows-1252 in every browser.
_AS_WINDOWS_1252 = {"ascii", "us-ascii", "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1"}


class RenderError(RuntimeError):
    """A renderer failed, timed out, or is not installed."""


@dataclass
class RenderStats:
    """What one ``render_many`` call did; printed by the bench so slow or failing renders show."""

    renderer: str
    rendered: int = 0
    cached: int = 0
    failed: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0


# ---------------------------------------------------------------------------------------------
# charset


def detect_charset(html: bytes) -> str:
    """Python codec name for ``html``, decided the way a browser would (see module docstring)."""
    for bom, name in _BOMS:
        if html.startswith(bom):
            return name
    head = html[:_PRESCAN]
    declared: list[bytes] = []
    xml = _XML_DECL_RE.match(head)
    if xml:
        declared.append(xml.group(2))
    for meta in _META_RE.findall(head):
        found = _CHARSET_IN_META_RE.search(meta)
        if found:
            declared.append(found.group(2))
    for label in declared:
        name = label.decode("ascii", "ignore").lower()
        if name in _AS_WINDOWS_1252:
            return "cp1252"
        if name in {"utf-16", "utf-16le", "utf-16be"}:
            return "utf-8"  # a declaration read as ASCII cannot be UTF-16: browsers assume UTF-8
        try:
            return codecs.lookup(name).name
        except LookupError:
            continue
    try:
        html.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


def prepare_html(html: bytes) -> bytes:
    """Return ``html`` as UTF-8 with its charset declarations saying so, so both renderers read
    the same characters whatever the page declared."""
    charset = detect_charset(html)
    for bom, _ in _BOMS:
        if html.startswith(bom):
            html = html[len(bom) :]
            break
    text = html.decode(charset, errors="replace").encode("utf-8")

    def _fix_meta(match: re.Match[bytes]) -> bytes:
        return _CHARSET_IN_META_RE.sub(rb"\1utf-8", match.group(0))

    text = _META_RE.sub(_fix_meta, text)
    return _XML_DECL_RE.sub(rb"\1utf-8", text, count=1)


# ---------------------------------------------------------------------------------------------
# renderers


def _command(renderer: str, path: str) -> list[str]:
    if renderer == "w3m":
        # -I/-O: the file is UTF-8 (prepare_html) and we want UTF-8 out whatever the locale.
        return [
            "w3m",
            "-dump",
            "-T",
            "text/html",
            "-cols",
            "200",
            "-I",
            "UTF-8",
            "-O",
            "UTF-8",
            path,
        ]
    if renderer == "lynx":
        # -assume_*: only used when no <meta> says otherwise; prepare_html made them agree.
        return [
            "lynx",
            "-dump",
            "-nolist",
            "-width",
            "200",
            "-display_charset=utf-8",
            "-assume_charset=utf-8",
            "-assume_local_charset=utf-8",
            "-force_html",
            path,
        ]
    raise ValueError(f"not a subprocess renderer: {renderer!r}")


def _run(renderer: str, html: bytes, timeout: float) -> str:
    """Render through a temp file: both tools sniff type from the name and neither reads HTML
    from stdin reliably with our options."""
    if shutil.which(renderer) is None:
        raise RenderError(f"{renderer} not installed (apt-get install -y {renderer})")
    env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", TERM="dumb")
    with tempfile.TemporaryDirectory(prefix="veille-render-") as tmp:
        page = Path(tmp) / "page.html"
        page.write_bytes(prepare_html(html))
        env["HOME"] = tmp  # keep ~/.w3m and lynx cookies out of the real home
        try:
            done = subprocess.run(
                _command(renderer, str(page)),
                capture_output=True,
                timeout=timeout,
                env=env,
                cwd=tmp,
                stdin=subprocess.DEVNULL,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise RenderError(f"{renderer} timed out after {timeout:g}s") from exc
    if done.returncode != 0:
        raise RenderError(
            f"{renderer} exited {done.returncode}: {done.stderr.decode(errors='replace')[:200]}"
        )
    return done.stdout.decode("utf-8", errors="replace")


def flatten(text: str) -> str:
    """Simulate lost line breaks: lines of a block joined by one space, blocks (separated by
    blank lines) joined by three spaces. Lines are stripped first so that the only runs of
    several spaces left between blocks are the three-space separators and whatever the layout
    put *inside* a line (table columns)."""
    blocks: list[list[str]] = [[]]
    for line in text.splitlines():
        stripped = line.strip()
        if stripped:
            blocks[-1].append(stripped)
        elif blocks[-1]:
            blocks.append([])
    return "   ".join(" ".join(lines) for lines in blocks if lines)


def render(html: bytes, renderer: str, timeout: float = DEFAULT_TIMEOUT) -> str:
    """Render one page with ``renderer`` (``w3m``, ``lynx`` or ``flat``). Uncached."""
    if renderer == "flat":
        return flatten(_run("w3m", html, timeout))
    if renderer in ("w3m", "lynx"):
        return _run(renderer, html, timeout)
    raise ValueError(f"unknown renderer {renderer!r}; expected one of {RENDERERS}")


@cache
def renderer_version(renderer: str) -> str:
    """Short version string for reports, e.g. ``w3m 0.5.3+git20230121``."""
    tool = "w3m" if renderer == "flat" else renderer
    if shutil.which(tool) is None:
        return f"{tool} (not installed)"
    out = subprocess.run([tool, "-version"], capture_output=True, text=True, check=False).stdout
    first = out.splitlines()[0] if out else ""
    if tool == "w3m":
        match = re.search(r"w3m/(\S+?),?\s", first + " ")
    else:
        match = re.search(r"Version (\S+)", first)
    version = f"{tool} {match.group(1) if match else '?'}"
    return f"{version}, line breaks removed" if renderer == "flat" else version


# ---------------------------------------------------------------------------------------------
# cache + pool


def cache_root() -> Path:
    """``bench/.cache/captures`` -- next to the bench, ignored by git."""
    return Path(__file__).resolve().parents[1] / ".cache" / "captures"


def _cache_path(set_name: str, renderer: str, page_id: str) -> Path:
    return cache_root() / set_name / renderer / f"{page_id}.txt"


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def _render_job(job: tuple[str, str, str, bytes, float]) -> tuple[str, str | None, str | None]:
    """Pool worker: render + cache one page. Returns (id, text, error)."""
    set_name, renderer, page_id, html, timeout = job
    try:
        text = render(html, renderer, timeout)
    except (RenderError, OSError) as exc:
        return page_id, None, str(exc)
    _write_atomic(_cache_path(set_name, renderer, page_id), text)
    return page_id, text, None


def render_many(
    set_name: str,
    renderer: str,
    pages: Sequence[tuple[str, bytes]],
    *,
    workers: int = DEFAULT_WORKERS,
    timeout: float = DEFAULT_TIMEOUT,
    refresh: bool = False,
) -> tuple[dict[str, str], RenderStats]:
    """Render ``(id, html)`` pages, using the cache when possible.

    A pool of ``workers`` processes (default 2: these machines have 2 cores and the bench must
    not starve the rest); every render is bounded by ``timeout`` seconds. Pages that fail are
    left out of the result and listed in ``stats.failed`` rather than scored as empty captures,
    because a renderer crash says nothing about the extractor.
    """
    if renderer not in RENDERERS:
        raise ValueError(f"unknown renderer {renderer!r}; expected one of {RENDERERS}")
    if renderer == "flat":
        # flat is a pure function of the w3m dump: reuse (or fill) the w3m cache, then flatten.
        # The flat files are written too, only so a person can look at them.
        base, stats = render_many(
            set_name, "w3m", pages, workers=workers, timeout=timeout, refresh=refresh
        )
        stats.renderer = "flat"
        flat = {page_id: flatten(text) for page_id, text in base.items()}
        for page_id, text in flat.items():
            _write_atomic(_cache_path(set_name, "flat", page_id), text)
        return flat, stats
    started = time.perf_counter()
    stats = RenderStats(renderer)
    texts: dict[str, str] = {}
    todo: list[tuple[str, str, str, bytes, float]] = []
    for page_id, html in pages:
        path = _cache_path(set_name, renderer, page_id)
        if not refresh and path.is_file():
            texts[page_id] = path.read_text(encoding="utf-8")
            stats.cached += 1
        else:
            todo.append((set_name, renderer, page_id, html, timeout))
    if todo:
        with ProcessPoolExecutor(max_workers=max(1, workers)) as pool:
            for page_id, rendered, error in pool.map(_render_job, todo, chunksize=4):
                if rendered is None:
                    stats.failed[page_id] = error or "unknown error"
                else:
                    texts[page_id] = rendered
                    stats.rendered += 1
    stats.seconds = time.perf_counter() - started
    order = {page_id: i for i, (page_id, _) in enumerate(pages)}
    return dict(sorted(texts.items(), key=lambda kv: order[kv[0]])), stats
