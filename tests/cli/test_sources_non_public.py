"""f-cliux32 1: `veille sources add` of a URL the fetcher would never reach (cloud metadata,
private, loopback, a name resolving to one) was registered without a word, then failed at
every poll; it is refused at once, on one line naming the setting that opens it
(``fetch_allow``), as the fetcher's address guard refuses it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from capture_kit import err, run_veille
from veille.collect.netguard import AddressPolicy, blocked_address


@pytest.mark.parametrize("url", [
    "http://169.254.169.254/latest/meta-data/", "http://10.20.30.40/rss.xml",
    "http://192.168.1.12:8080/feed", "http://[::1]/feed", "http://[fe80::1]/feed",
    "http://localhost:8000/feed.xml", "http://2130706433/feed", "http://0x7f.1/feed",
])
def test_non_public_urls_are_refused_at_add(tmp_path: Path, url: str) -> None:
    data = tmp_path / "data"
    result = run_veille(["sources", "add", url], data_dir=data)
    said = err(result)
    assert result.returncode == 2, said
    assert len(said.strip().splitlines()) == 1, said
    if "169.254." in url or "fe80:" in url:  # link-local: no setting opens it (f-cliux33)
        assert "link-local address" in said and "FETCH_ALLOW" not in said, said
    else:
        assert "non-public address" in said and "VEILLE_FETCH_ALLOW=" in said, said
    if (data / "veille.db").exists():
        with sqlite3.connect(data / "veille.db") as db:
            assert db.execute("SELECT count(*) FROM sources").fetchone() == (0,)


def test_the_setting_named_opens_it(tmp_path: Path) -> None:
    data = tmp_path / "data"
    refused = run_veille(["sources", "add", "http://127.0.0.1:9/feed.xml"], data_dir=data)
    hint = err(refused).split("VEILLE_FETCH_ALLOW=")[1].split()[0].rstrip(")")
    added = run_veille(["sources", "add", "http://127.0.0.1:9/feed.xml", "--name", "own"],
                       data_dir=data, env={"VEILLE_FETCH_ALLOW": hint})
    assert added.returncode == 0, err(added)
    listed = run_veille(["sources", "list"], data_dir=data, env={"VEILLE_FETCH_ALLOW": hint})
    assert b"127.0.0.1:9" in listed.stdout


def test_a_name_is_judged_by_what_it_resolves_to() -> None:
    """``localhost`` resolves through the system resolver (/etc/hosts) to loopback; a name
    that does not resolve now passes (the fetcher checks it again at each connection)."""
    policy = AddressPolicy()
    assert blocked_address("localhost.", policy) is not None
    assert blocked_address("no-such-host.invalid", policy) is None
    assert blocked_address("93.184.216.34", policy) is None
    assert blocked_address("10.0.0.1", AddressPolicy.parse("10.0.0.0/8")) is None
