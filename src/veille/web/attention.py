"""``/attention`` (chart and table), ``/api/v1/attention`` (JSON) and ``/attention.csv``:
attention over time for one to five queries (see :mod:`veille.monitor.attention`)."""

from __future__ import annotations

import csv
import io
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, Field, StringConstraints
from starlette.responses import HTMLResponse, Response

from veille.monitor.attention import MAX_QUERIES, Attention, attention, csv_rows
from veille.search.types import SearchRequest, SearchResponse
from veille.web.api import ERRORS, MAX_QUERY_CHARS, MAX_QUERY_INPUT_CHARS
from veille.web.chart import line_chart
from veille.web.context import render, web
from veille.web.exports import warnings_header
from veille.web.params import unknown_parameters

router = APIRouter(tags=["attention"], responses=ERRORS)
pages = APIRouter(include_in_schema=False)
QueryText = Annotated[str, StringConstraints(min_length=1, max_length=MAX_QUERY_INPUT_CHARS,
                                             pattern=r"[^\s\x00-\x1f\x7f-\x9f]")]
"""At least one character that is neither a space nor a control character: the schema's
regex engine (Rust's) does not count U+001C-U+001F as spaces, Python's ``str.strip``
does, so a query of those alone passed the schema and was then refused (schemathesis);
likewise U+0085 (NEL), a space to one engine and not to the other: the C1 controls
U+0080-U+009F are excluded by name."""
Queries = Annotated[list[QueryText], Query(min_length=1, max_length=MAX_QUERIES,
                                           description="One to five queries (repeat q=).")]
Interval = Annotated[str, Query(pattern="^(day|week|month)$")]
Split = Annotated[str, Query(pattern="^(none|source|group)$")]


class SeriesModel(BaseModel):
    query: str
    split: str
    counts: list[int]
    independent: list[int]
    totals: list[int]
    values: list[float]
    undated: int
    warnings: list[str] = []


class AttentionModel(BaseModel):
    interval: str
    normalised: bool
    periods: list[str]
    series: list[SeriesModel]
    warnings: list[str] = Field(
        default_factory=list, description="About the request: parameters ignored "
                                          "(each series has its query's own warnings).")
    localized_warnings: list[str] = Field(
        default_factory=list, description="`warnings` in the request's language.")


def _compute(request: Request, q: list[str], interval: str, raw: bool, split: str
             ) -> Attention:
    context = web(request)
    cleaned = [text[:MAX_QUERY_CHARS] for text in q]
    with context.stores.reader() as store:
        def run(search_request: SearchRequest) -> SearchResponse:
            return context.search.search(search_request, store=store)

        return attention(cleaned, store=store, run=run, interval=interval,
                         normalised=not raw, split=split)


def _model(result: Attention) -> AttentionModel:
    return AttentionModel(interval=result.interval, normalised=result.normalised,
                          periods=result.periods, series=[SeriesModel(
                              query=s.query, split=s.split, counts=s.counts,
                              independent=s.independent, totals=s.totals,
                              values=s.values(result.normalised), undated=s.undated,
                              warnings=s.warnings)
                              for s in result.series])


@router.get("/api/v1/attention", response_model=AttentionModel,
            summary="Attention over time for one to five queries")
def attention_api(request: Request, q: Queries, interval: Interval = "day", raw: bool = False,
                  split: Split = "none") -> AttentionModel:
    """Counts per period; ``values`` are shares of the same sources' articles unless
    ``raw``; ``undated`` articles are counted apart."""
    model = _model(_compute(request, q, interval, raw, split))
    model.warnings = unknown_parameters(request)
    t = web(request).translator(request)
    model.localized_warnings = [t.message(w) for w in model.warnings]
    return model


@router.get("/attention.csv", summary="Attention over time as CSV",
            responses={200: {"content": {"text/csv": {"schema": {"type": "string"}}}}})
def attention_csv(request: Request, q: Queries, interval: Interval = "day",
                  raw: bool = False, split: Split = "none") -> Response:
    result = _compute(request, q, interval, raw, split)
    rows = csv_rows(result)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]) if rows else ["query"],
                            lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return Response(buffer.getvalue().encode("utf-8"), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="attention.csv"',
                             **warnings_header(_warnings(result))})


def _warnings(result: Attention) -> list[str]:
    """Each query's search warnings once, in query order (series of one query share them)."""
    return list(dict.fromkeys(w for s in result.series for w in s.warnings))


@pages.get("/attention", name="attention_page")
def attention_page(request: Request, q: Annotated[list[str] | None, Query()] = None,
                   interval: Interval = "day", raw: bool = False,
                   split: Split = "none") -> HTMLResponse:
    given = [text for text in (q or []) if text.strip()]
    queries = given[:MAX_QUERIES]
    # more than the chart draws: say which were left out (newuser9 R21: a sixth query
    # vanished without a word, as if it had no attention)
    values: dict[str, Any] = {"queries": queries, "interval": interval, "raw": raw,
                              "split": split, "result": None, "chart": None,
                              "left_out": given[MAX_QUERIES:], "most": MAX_QUERIES}
    if queries:
        result = _model(_compute(request, queries, interval, raw, split))
        t = web(request).translator(request)
        names = [s.query + (f" · {s.split}" if s.split else "") for s in result.series]
        values["result"] = result
        values["warnings"] = list(dict.fromkeys(w for s in result.series for w in s.warnings))
        values["names"] = names
        values["chart"] = line_chart(
            [t.period(p) for p in result.periods],
            [(n, _shown(s.values, s.totals, result.normalised))
             for n, s in zip(names, result.series, strict=True)],
            title=t("attention_chart_title"), percent=result.normalised, number=t.number,
            share=t.percent, series_max=t.series_max,
            separator=t("chart_series_separator"))
        values["csv"] = str(request.url).replace("/attention?", "/attention.csv?", 1)
        values["json_twin"] = str(request.url).replace("/attention?", "/api/v1/attention?", 1)
    return render(request, "attention.html", **values)


def _shown(values: list[float], totals: list[int], normalised: bool) -> list[float | None]:
    """A series' values as the chart draws them: a share of a period with no article at
    all is no data (``None``, a gap), not 0 % (newuser15a W20: "0,0 % (0/0)" drawn as a
    flat line that read as "nobody wrote about it")."""
    if not normalised:
        return list(values)
    return [None if total == 0 else value for value, total in zip(values, totals, strict=True)]
