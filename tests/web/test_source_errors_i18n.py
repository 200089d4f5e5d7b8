"""A source's last error in the user's language (t-final25 S13): the French
/manage/sources showed "http://10.0.0.1/feed.xml: refused to fetch a non-public address
(10.0.0.1) (add it to fetch_allow …)" and "not a feed (no element at all)" in English.
The errors are made by the collector's own code here (no copy of their wording), and each
must come out wholly French (no English word left) and unchanged in English."""

from __future__ import annotations

import re

import pytest

from veille.collect.feeds import parse_listing
from veille.collect.fetch import status_failure
from veille.collect.netguard import AddressPolicy
from veille.errors import FetchError, InputError, ItemProblem
from veille.web.i18n import load_locales

URL = "https://ex.org/feed.xml"
ENGLISH = re.compile(r"\b(?:or|and|not|the|is|an|to|fetch|check|feed|no|it|if|your|page is)\b")


def _feed_errors() -> list[str]:
    lines = []
    for data in (b'<?xml version="1.0"?>', b"<html><body>x</body></html>", b"<foo/>",
                 b'{"a": 1}', b"{"):
        with pytest.raises(InputError) as caught:
            parse_listing(data, url=URL)
        lines.append(caught.value.one_line())
    return lines


def _blocked() -> str:
    with pytest.raises(FetchError) as caught:
        AddressPolicy().check("10.0.0.1", url="http://10.0.0.1/feed.xml")
    return caught.value.one_line()


def _http_errors() -> list[str]:
    out = []
    for status in (400, 403, 404, 410, 429, 503):
        message, reason, hint = status_failure(status)
        out.append(ItemProblem(origin=URL, reason=reason, message=message,
                               hint=hint).one_line())
    return out


def _without_quoted(text: str) -> str:
    """The French with what is quoted from the input or the command line removed (a URL,
    a command in backquotes, a parser's own words in parentheses after "cassé")."""
    text = re.sub(r"`[^`]*`|https?://\S+|<[^>]*>|\([^()]*\bline \d+[^()]*\)", " ", text)
    return text.replace("fetch_allow", "").replace("VEILLE_FETCH_ALLOW", "")


def test_every_collector_error_is_wholly_french() -> None:
    fr, en = load_locales()["fr"], load_locales()["en"]
    for line in [*_feed_errors(), _blocked(), *_http_errors()]:
        origin = line.split(": ", 1)[0]
        french = fr.problem(line, origin)
        assert french.startswith(f"{origin} : "), french
        left = ENGLISH.findall(_without_quoted(french[len(origin):]))
        assert not left, (line, french, left)
        assert en.problem(line, origin) == line


def test_the_tester_s_two_errors() -> None:
    fr = load_locales()["fr"]
    assert fr.problem(_blocked(), "http://10.0.0.1/feed.xml") == (
        "http://10.0.0.1/feed.xml : refus de télécharger une adresse non publique (10.0.0.1) "
        "(ajoutez-la à fetch_allow (VEILLE_FETCH_ALLOW) s'il s'agit de votre propre réseau)")
    assert fr.problem(f"{URL}: not a feed (no element at all) (check that the URL is a feed "
                      "or a sitemap)", URL) == (
        f"{URL} : pas un flux (aucun élément) (vérifiez que l'URL est un flux ou un plan de "
        "site (sitemap))")


def test_an_unknown_message_stays_as_written() -> None:
    fr = load_locales()["fr"]
    assert fr.problem("something new (with a hint)") == "something new (with a hint)"
    assert fr.problem("unbalanced ) (") == "unbalanced ) ("
