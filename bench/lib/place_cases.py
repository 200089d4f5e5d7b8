"""Scorer shared by the place held-out benches (``bench/places_context_65.py``,
``bench/places_context_65b.py``, ``bench/places_context_66.py``; issue 16).

A case is ``(id, language, source, text, expectations)``: ``text`` is a title, a blank
line, then paragraphs. An expectation is one of

- ``+CC:Name``: a place of country ``CC`` mentioned as ``Name`` is among the places;
- ``-CC:Name``: no place of country ``CC`` mentioned as ``Name``;
- ``-Name``: no place mentioned as ``Name``;
- ``?Name``: a place mentioned as ``Name`` is there and says ``ambiguous: true``
  (h-places66: a reading chosen among namesakes on weak evidence says its doubt);
- ``!Name``: a place mentioned as ``Name`` is there and says ``ambiguous: false``;
- ``~Name``: no place mentioned as ``Name``, or one that says ``ambiguous: true``.

:func:`score` prints each failing case and returns (cases whose every expectation holds,
cases)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

Case = tuple[str, str, str, str, list[str]]


def places_of(run: object, language: str, source: str, text: str) -> list[dict[str, object]]:
    """The ``places`` the enrichment ``run`` (a :func:`veille.enrich.stage.pipeline`)
    gives an article of ``text`` in ``language`` from ``source``."""
    from veille.record import Article, Content, RawInput

    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    article = Article(raw=RawInput(data=text.encode(), origin="bench", media_type="text/plain",
                                   source=source),
                      content=Content(title=paragraphs[0], paragraphs=paragraphs[1:],
                                      published=datetime(2026, 11, 30, 10, tzinfo=UTC),
                                      language=language))
    out = run.run_one(article)  # type: ignore[attr-defined]
    assert out.article is not None and out.article.enrichment is not None
    return list(out.article.enrichment["places"])


def failures(places: list[dict[str, object]], expect: Sequence[str]) -> list[str]:
    """The expectations (module docstring) ``places`` does not meet."""
    got = [(str(p["country"]), str(p["mentioned_as"])) for p in places]
    bad = []
    for e in expect:
        kind, body = e[0], e[1:]
        if kind == "+":
            cc, name = body.split(":", 1)
            if (cc, name) not in got:
                bad.append(e)
        elif kind == "-" and ":" in body:
            if tuple(body.split(":", 1)) in got:
                bad.append(e)
        elif kind == "-":
            if any(n == body for _, n in got):
                bad.append(e)
        elif kind == "~":
            if any(str(p["mentioned_as"]) == body and not p.get("ambiguous") for p in places):
                bad.append(e)
        elif kind in "?!":
            hits = [p for p in places if str(p["mentioned_as"]) == body]
            if not hits or any(bool(p.get("ambiguous")) != (kind == "?") for p in hits):
                bad.append(e)
        else:
            raise ValueError(f"expectation {e!r}: starts with none of + - ? ! ~")
    return bad


def score(cases: Sequence[Case]) -> tuple[int, int]:
    """Run every case through the default enrichment; print each failure (``FAIL id:
    [expectations] got [(country, mentioned_as, ambiguous)]``) and return (passed, total)."""
    from veille.enrich.defaults import default_resources
    from veille.enrich.stage import pipeline

    run = pipeline(default_resources(None))
    ok = 0
    for cid, lang, source, text, expect in cases:
        places = places_of(run, lang, source, text)
        bad = failures(places, expect)
        if bad:
            got = [(str(p["country"]), str(p["mentioned_as"]), bool(p.get("ambiguous")))
                   for p in places]
            print(f"FAIL {cid}: {bad} got {got}")
        else:
            ok += 1
    return ok, len(cases)
