"""JSON nested 100,000 deep, from the server, surfaces as a typed SDK error.

`json.loads` raises RecursionError for such a document; the SDK decodes every
body through `twelvelabs_sdk._json.loads`, which makes it a malformed body like
any other: APIResponseValidationError for a 2xx answer, the status error (with
the body shown as text) for an error answer. Streams: test_streams_hostile.py.
"""

from __future__ import annotations

import asyncio

import pytest
from _scripted import Conn, Request, ScriptedServer, answer

from twelvelabs_sdk import (
    APIResponseValidationError,
    AsyncTwelveLabs,
    BadRequestError,
    TwelveLabs,
    TwelveLabsError,
)

KEY = "tlk-hostile-deep-key"
DEEP_OBJECT = ('{"_id": "i1", "deep": ' + "[" * 100_000 + "]" * 100_000 + "}").encode()
DEEP_LIST = ("[" * 100_000 + "]" * 100_000).encode()


def answering(status: int, body: bytes) -> ScriptedServer:
    def script(conn: Conn, request: Request) -> None:
        conn.send(answer(status, body))

    return ScriptedServer(script)


def retrieve(mode: str, url: str) -> object:
    if mode == "sync":
        with TwelveLabs(api_key=KEY, base_url=url, max_retries=0) as client:
            return client.indexes.retrieve("i1")

    async def run() -> object:
        async with AsyncTwelveLabs(api_key=KEY, base_url=url, max_retries=0) as client:
            return await client.indexes.retrieve("i1")

    return asyncio.run(run())


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("body", [DEEP_OBJECT, DEEP_LIST], ids=["object", "list"])
def test_a_deeply_nested_2xx_body_is_a_response_validation_error(mode: str, body: bytes) -> None:
    with answering(200, body) as server, pytest.raises(APIResponseValidationError) as caught:
        retrieve(mode, server.url)
    assert "nested too deeply" in str(caught.value)
    assert caught.value.status_code == 200


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("body", [DEEP_OBJECT, DEEP_LIST], ids=["object", "list"])
def test_a_deeply_nested_error_body_is_the_status_error(mode: str, body: bytes) -> None:
    with answering(400, body) as server, pytest.raises(BadRequestError) as caught:
        retrieve(mode, server.url)
    assert isinstance(caught.value, TwelveLabsError)
    assert caught.value.status_code == 400
    assert len(str(caught.value)) < 1000  # a snippet of the body, not all of it
