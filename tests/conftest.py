"""Shared fixtures: a fake API key and SDK clients pointed at pytest-httpserver.

The key is obviously fake; tests that check it never leaks search for it verbatim.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytest_httpserver import HTTPServer

from twelvelabs_sdk import TwelveLabs

FAKE_API_KEY = "tlk-FAKE-test-key-0123456789"


@pytest.fixture
def api_key(monkeypatch: pytest.MonkeyPatch) -> str:
    """The fake key, with the SDK's environment variables cleared so only arguments count."""
    monkeypatch.delenv("TWELVELABS_API_KEY", raising=False)
    monkeypatch.delenv("TWELVELABS_BASE_URL", raising=False)
    return FAKE_API_KEY


@pytest.fixture
def base_url(httpserver: HTTPServer) -> str:
    """The local server, under the API's version prefix (which must be kept)."""
    return httpserver.url_for("/v1.3")


@pytest.fixture
def client(api_key: str, base_url: str) -> Iterator[TwelveLabs]:
    """A sync client on the local server with the default retry policy."""
    with TwelveLabs(api_key=api_key, base_url=base_url) as c:
        yield c
