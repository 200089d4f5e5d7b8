"""``agency_of_host`` looks hosts up in an index of the table (r-search50: the API's search
walked every agency's hosts for each hit's source, ~0.9 ms a request); it must answer as
the plain rule does: the first agency of the table owning the host or a parent domain."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.extract.agencies import Agency, agencies, agency_of_host


def plain_rule(host: str) -> Agency | None:
    host = host.lower().strip(".")
    for agency in agencies():
        if any(host == h or host.endswith("." + h) for h in agency.hosts):
            return agency
    return None


def table_hosts() -> list[str]:
    return [h for agency in agencies() for h in agency.hosts]


def test_every_host_of_the_table_and_its_subdomains() -> None:
    hosts = table_hosts()
    assert hosts
    for h in hosts:
        for host in (h, "www." + h, "a.b." + h, h.upper() + ".", "x" + h, h + ".x",
                     h.split(".", 1)[-1]):
            assert agency_of_host(host) is plain_rule(host), host


def test_first_agency_of_the_table_wins_over_a_later_ones_subdomain(monkeypatch) -> None:
    import veille.extract.agencies as module

    rows = (Agency("later-parent", "-", ("world",), ("Z",), (), ("example.org",)),
            Agency("first-child", "-", ("world",), ("Y",), (), ("news.example.org",)))
    monkeypatch.setattr(module, "agencies", lambda: rows)
    module._by_host.cache_clear()
    try:
        assert agency_of_host("live.news.example.org") is rows[0]
        assert agency_of_host("news.example.org") is rows[0]
        assert agency_of_host("example.org") is rows[0]
        rows = rows[::-1]
        monkeypatch.setattr(module, "agencies", lambda: rows)
        module._by_host.cache_clear()
        assert agency_of_host("live.news.example.org") is rows[0]
        assert agency_of_host("other.example.org") is rows[1]
    finally:
        module._by_host.cache_clear()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*table_hosts()[:30], "www", "example", "com", "fr", "",
                                 "AFP", "ap", "org", "x-y"]), min_size=1, max_size=4))
def test_any_dotted_name(parts: list[str]) -> None:
    host = ".".join(parts)
    assert agency_of_host(host) is plain_rule(host)
