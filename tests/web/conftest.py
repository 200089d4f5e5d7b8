"""Fixtures of the web tests: one demo data directory and real servers on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from web_kit import BODY_LIMIT, TOKEN, LiveServer, build_data_dir, serve


@pytest.fixture(scope="session")
def web_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_data_dir(tmp_path_factory.mktemp("web"))


@pytest.fixture(scope="session")
def live(web_data: Path) -> Iterator[LiveServer]:
    """The app with a write token and a small body limit, so 413 is cheap to provoke."""
    with serve(web_data, api_token=TOKEN, max_input_bytes=BODY_LIMIT) as server:
        yield server


@pytest.fixture(scope="session")
def live_readonly(web_data: Path) -> Iterator[LiveServer]:
    """The same data without a token: there must be no write endpoint at all."""
    with serve(web_data) as server:
        yield server


@pytest.fixture
def client(live: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live.url, timeout=30) as http:
        yield http


@pytest.fixture(scope="session")
def search_available(live: LiveServer) -> bool:
    return bool(httpx.get(f"{live.url}/api/v1/stats").json()["search_available"])
