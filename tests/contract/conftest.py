"""Fixtures the response contract modules share: one stub server and a pair of
clients (sync and async) per test module."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from _clients import Clients
from _contract import StubServer


@pytest.fixture(scope="module")
def stub() -> Iterator[StubServer]:
    server = StubServer()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def clients(stub: StubServer) -> Iterator[Clients]:
    both = Clients(stub.base_url)
    yield both
    both.close()
