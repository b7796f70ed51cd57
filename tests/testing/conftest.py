"""Shared fixtures: the fake (through the plugin's fixture) and an httpx client on it
that checks every answer against the spec."""

from __future__ import annotations

import ssl
from collections.abc import Iterator

import httpx
import pytest
from fake_conformance import NDJSON, SpecChecker

from twelvelabs_sdk.testing import FakeTwelveLabs

# Building an SSL context costs ~50 ms; one for the whole session keeps tests quick.
SSL_CONTEXT = ssl.create_default_context()


@pytest.fixture(scope="session")
def spec_checker() -> SpecChecker:
    return SpecChecker()


@pytest.fixture
def fake(twelvelabs_fake: FakeTwelveLabs) -> FakeTwelveLabs:
    """The plugin's fixture under a short name."""
    return twelvelabs_fake


@pytest.fixture
def api(fake: FakeTwelveLabs, spec_checker: SpecChecker) -> Iterator[httpx.Client]:
    """An httpx client on the fake, with the key, checking every non-stream answer."""

    def check(response: httpx.Response) -> None:
        if response.headers.get("x-fake-fault"):
            return  # an injected fault is meant to break the contract
        if response.headers.get("content-type", "").startswith(NDJSON):
            return  # streamed: the test reads and checks the lines itself
        response.read()
        spec_checker.check(response)

    headers = {"x-api-key": fake.api_key}
    with httpx.Client(
        base_url=fake.url,
        headers=headers,
        timeout=10,
        verify=SSL_CONTEXT,
        event_hooks={"response": [check]},
    ) as client:
        yield client
