"""The contenders, each built over an httpx client the benchmark configures."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from twelvelabs_sdk import AsyncTwelveLabs, TwelveLabs

if TYPE_CHECKING:
    import twelvelabs

API_KEY = "bench-not-a-real-key"
HEADERS = {"x-api-key": API_KEY}


def ours(http: httpx.Client, base_url: str, **options: Any) -> TwelveLabs:
    return TwelveLabs(api_key=API_KEY, base_url=base_url, http_client=http, **options)


def ours_async(http: httpx.AsyncClient, base_url: str) -> AsyncTwelveLabs:
    return AsyncTwelveLabs(api_key=API_KEY, base_url=base_url, http_client=http)


# The official SDK is imported on first use: it takes most of a second, which the
# upload scenario's fresh interpreters for the other clients need not pay.
def official(http: httpx.Client, base_url: str) -> twelvelabs.TwelveLabs:
    from twelvelabs import TwelveLabs as Official

    return Official(api_key=API_KEY, base_url=base_url, httpx_client=http)


def official_async(http: httpx.AsyncClient, base_url: str) -> twelvelabs.AsyncTwelveLabs:
    from twelvelabs import AsyncTwelveLabs as AsyncOfficial

    return AsyncOfficial(api_key=API_KEY, base_url=base_url, httpx_client=http)


def mock_http(routes: dict[tuple[str, str], bytes]) -> httpx.Client:
    """An httpx client answering from memory: (method, path) -> JSON body, no network.

    The handler reads each request body, as a real transport would send it, so
    request encoding (multipart forms included) stays part of the measured cost.
    """

    def handle(request: httpx.Request) -> httpx.Response:
        request.read()
        body = routes[(request.method, request.url.path)]
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    return httpx.Client(transport=httpx.MockTransport(handle))
