"""An accessible line chart drawn on the server, as SVG (no script, nothing from a CDN).

``role="img"`` with a ``<title>`` and a ``<desc>`` naming what is drawn; lines differ by
dash pattern as well as colour (WCAG 1.4.1: colour is not the only means); the numbers are
in the table the page shows beside it. Every text is escaped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from markupsafe import Markup, escape

WIDTH, HEIGHT = 720, 300
LEFT, RIGHT, TOP, BOTTOM = 56, 16, 16, 48
COLOURS = ("#1f5fa8", "#b3401b", "#2e7d32", "#6a3d9a", "#8a6d00", "#00838f", "#c2185b")
MARKED_POINTS = 40
"""Series this short get a marker on each point (circles of a size per series)."""
LABEL_CHAR_WIDTH = 6
"""The width of a character of a period label (font-size 10) in the drawing's units, an
upper estimate for Latin text: how far apart the labels are written."""
DASHES = ("", "6 3", "2 3", "8 3 2 3", "1 2", "10 4", "4 2 1 2")


def _plain_number(value: float) -> str:
    return f"{value:g}"


def _plain_percent(share: float) -> str:
    return f"{share * 100:.1f} %"


def _plain_series_max(name: str, value: str) -> str:
    return f"{name}: max {value}"


def line_chart(labels: Sequence[str],
               series: Sequence[tuple[str, Sequence[float | None]]], *,
               title: str, percent: bool,
               number: Callable[[float], str] = _plain_number,
               share: Callable[[float], str] = _plain_percent,
               series_max: Callable[[str, str], str] = _plain_series_max,
               separator: str = "; ") -> Markup:
    """An SVG of ``series`` (name, one value per label) over ``labels``. ``number`` and
    ``share`` write an axis value and a percentage, ``series_max`` a series' name and
    highest value in the description, which ``separator`` joins (a page passes its
    language's: :meth:`~veille.web.i18n.Translator.number`, ``percent``, and the catalogue's
    ``chart_series_max`` and ``chart_series_separator``: "articles : max 1 ; mentions : max
    2" in French, t-reader20 R11). A value of ``None`` is no data (a share of 0 articles):
    a gap in the line, never drawn as 0 (newuser15a W20). Period labels are spaced so
    they do not overlap ("semaine 27 de 2012" is wider than "2012-W27")."""
    top = max((v for _, values in series for v in values if v is not None), default=0.0) or 1.0
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    step = plot_w / max(1, len(labels) - 1)

    def x(i: int) -> float:
        return LEFT + i * step

    def y(v: float) -> float:
        return TOP + plot_h - (v / top) * plot_h

    def fmt(v: float) -> str:
        return share(v) if percent else number(round(v, 2))

    desc = separator.join(
        series_max(name, fmt(max((v for v in values if v is not None), default=0.0)))
        for name, values in series)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
             f'role="img" aria-labelledby="chart-title chart-desc" class="chart">',
             f'<title id="chart-title">{escape(title)}</title>',
             f'<desc id="chart-desc">{escape(desc)}</desc>',
             f'<line x1="{LEFT}" y1="{TOP + plot_h}" x2="{WIDTH - RIGHT}" y2="{TOP + plot_h}" '
             'stroke="#555"/>',
             f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{TOP + plot_h}" stroke="#555"/>']
    for frac in (0.0, 0.5, 1.0):
        parts.append(f'<text x="{LEFT - 6}" y="{y(top * frac) + 4:.1f}" text-anchor="end" '
                     f'font-size="11">{escape(fmt(top * frac))}</text>')
    widest = max((len(label) for label in labels), default=0) * LABEL_CHAR_WIDTH + 8
    every = max(1, len(labels) // 8, -(-len(labels) * widest // plot_w))
    last = len(labels) - 1
    for i, label in enumerate(labels):  # the last always, and none too close before it
        if i == last or (i % every == 0 and last - i >= every):
            parts.append(f'<text x="{x(i):.1f}" y="{TOP + plot_h + 16}" text-anchor="middle" '
                         f'font-size="10">{escape(label)}</text>')
    for n, (name, values) in enumerate(series):
        colour, dash = COLOURS[n % len(COLOURS)], DASHES[n % len(DASHES)]
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        for run in _runs(values):  # one line per run of periods with data
            points = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in run)
            parts.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2"'
                         f'{dash_attr} points="{points}"><title>{escape(name)}</title>'
                         "</polyline>")
            if len(values) <= MARKED_POINTS or len(run) == 1:  # a lone point still shows
                parts.extend(f'<circle cx="{x(i):.1f}" cy="{y(v):.1f}" r="{3 + n}" '
                             f'fill="none" stroke="{colour}" stroke-width="2"/>'
                             for i, v in run)
        ly = HEIGHT - 14
        lx = LEFT + n * 150
        parts.append(f'<line x1="{lx}" y1="{ly - 4}" x2="{lx + 24}" y2="{ly - 4}" '
                     f'stroke="{colour}" stroke-width="2"{dash_attr}/>'
                     f'<text x="{lx + 28}" y="{ly}" font-size="11">'
                     f'{escape(name[:22])}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _runs(values: Sequence[float | None]) -> list[list[tuple[int, float]]]:
    """``(index, value)`` runs of consecutive values that are not ``None``."""
    runs: list[list[tuple[int, float]]] = []
    previous = -2
    for i, value in enumerate(values):
        if value is None:
            continue
        if i != previous + 1:
            runs.append([])
        runs[-1].append((i, value))
        previous = i
    return runs
