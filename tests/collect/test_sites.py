"""Which hosts are one site, by the Public Suffix List shipped in the ``publicsuffixlist``
wheel (the registrable-domain test of a feed item's source, newuser6 M4, used to guess
the common second-level suffixes: ``x.gouv.fr`` and ``y.gouv.fr`` or two blogs of
``blogspot.com`` were one site, ``a.com.au`` and ``b.com.au`` two only by luck)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from veille.collect.poll import item_source
from veille.collect.sites import registrable_domain, same_site


@pytest.mark.parametrize("host,domain", [
    ("bbc.co.uk", "bbc.co.uk"), ("news.bbc.co.uk", "bbc.co.uk"),
    ("www.lemonde.fr", "lemonde.fr"), ("abonnes.lemonde.fr", "lemonde.fr"),
    ("x.gouv.fr", "x.gouv.fr"), ("www.interieur.gouv.fr", "interieur.gouv.fr"),
    ("foo.blogspot.com", "foo.blogspot.com"), ("sub.example.com.au", "example.com.au"),
    ("WWW.LeMonde.FR.", "lemonde.fr"), ("co.uk", "co.uk"), ("localhost", "localhost"),
    ("127.0.0.1", "127.0.0.1"), ("::1", "::1")])
def test_registrable_domain(host: str, domain: str) -> None:
    assert registrable_domain(host) == domain


def test_same_site_by_the_public_suffix_list() -> None:
    assert same_site("news.bbc.co.uk", "www.bbc.co.uk")
    assert same_site("sub.example.com.au", "example.com.au")
    assert not same_site("a.gouv.fr", "b.gouv.fr")  # "gouv.fr" is a public suffix
    assert not same_site("foo.blogspot.com", "bar.blogspot.com")  # a private suffix
    assert not same_site("a.example.com.au", "b.other.com.au")
    assert not same_site("bbc.co.uk", "co.uk")
    assert not same_site("", "")


def test_an_item_of_another_blog_of_one_host_is_another_source() -> None:
    """A planet feed on ``planet.blogspot.com`` listing ``foo.blogspot.com``: foo's post is
    foo's, not the planet's."""
    assert item_source("planet", listing="https://planet.blogspot.com/feed",
                       page="https://foo.blogspot.com/2026/12/post.html") == "foo.blogspot.com"
    assert item_source("interieur", listing="https://www.interieur.gouv.fr/rss",
                       page="https://www.justice.gouv.fr/actu") == "justice.gouv.fr"
    assert item_source("bbc", listing="https://feeds.bbc.co.uk/news/rss.xml",
                       page="https://www.bbc.co.uk/news/1") == "bbc"


def test_the_list_is_read_offline() -> None:
    """The list is the package's built-in copy: no socket is opened to read it."""
    code = ("import socket\n"
            "def refuse(*a, **k):\n    raise OSError('network used')\n"
            "socket.socket = refuse\nsocket.create_connection = refuse\n"
            "socket.getaddrinfo = refuse\n"
            "from veille.collect.sites import registrable_domain\n"
            "print(registrable_domain('news.bbc.co.uk'))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "bbc.co.uk"
