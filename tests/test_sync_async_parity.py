"""The async client mirrors the sync one: the same methods in the same
namespaces, with the same parameters (names, kinds, defaults, annotations
modulo `Async*` names) and the same docstrings; pagers, streams and raw
responses offer the same kinds of attributes; an id is passed the same way
everywhere."""

from __future__ import annotations

import asyncio
import inspect
import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from twelvelabs_sdk import (
    AnalyzeStream,
    AnalyzeStreamManager,
    APIResponse,
    AsyncAnalyzeStream,
    AsyncAnalyzeStreamManager,
    AsyncAPIResponse,
    AsyncPager,
    AsyncSearchPager,
    AsyncTwelveLabs,
    SearchPager,
    SyncPager,
    TwelveLabs,
)

API_KEY = "tlk_test_parity_fake_key"
URL = "http://127.0.0.1:9"
SKIP = {"api", "close", "base_url", "timeout", "max_retries"}


def walk(obj: object, path: str = "") -> Iterator[tuple[str, Any]]:
    """(dotted path, bound method) for every public method under `obj`'s namespaces."""
    for name in sorted(dir(obj)):
        if name.startswith("_") or name in SKIP:
            continue
        value = getattr(obj, name)
        if type(value).__module__.startswith(("twelvelabs_sdk.resources", "twelvelabs_sdk._raw")):
            yield from walk(value, f"{path}{name}.")
        elif callable(value) and not inspect.isclass(value):
            yield path + name, value


def unasync(text: str) -> str:
    """Text with the async spelling taken out, to compare with the sync one."""
    text = re.sub(r"\b(Awaitable|Coroutine)\[(.*)\]", r"\2", text)
    text = re.sub(r"\bAsync(?=[A-Z])", "", text)
    text = re.sub(r"\bSync(?=Pager)", "", text)
    text = re.sub(r"\b(async|await) ", "", text)
    return " ".join(text.split())


SYNC = dict(walk(TwelveLabs(api_key=API_KEY, base_url=URL)))
ASYNC = dict(walk(AsyncTwelveLabs(api_key=API_KEY, base_url=URL)))


def test_both_clients_have_the_same_methods_in_the_same_namespaces() -> None:
    assert len(SYNC) > 40  # the walk reached the resources and with_raw_response
    assert set(SYNC) == set(ASYNC)


@pytest.mark.parametrize("path", sorted(SYNC))
def test_async_method_has_the_sync_signature_and_docstring(path: str) -> None:
    sync, asyn = inspect.signature(SYNC[path]), inspect.signature(ASYNC[path])

    def shape(sig: inspect.Signature) -> list[tuple[str, Any, Any, str]]:
        return [
            (p.name, p.kind, p.default, unasync(str(p.annotation))) for p in sig.parameters.values()
        ]

    assert shape(asyn) == shape(sync)
    assert unasync(str(asyn.return_annotation)) == unasync(str(sync.return_annotation))
    assert unasync(inspect.getdoc(ASYNC[path]) or "") == unasync(inspect.getdoc(SYNC[path]) or "")
    assert inspect.getdoc(SYNC[path]), f"{path} has no docstring"


TWINS = [
    (SyncPager, AsyncPager),
    (SearchPager, AsyncSearchPager),
    (AnalyzeStream, AsyncAnalyzeStream),
    (AnalyzeStreamManager, AsyncAnalyzeStreamManager),
    (APIResponse, AsyncAPIResponse),
]


def kinds(cls: type) -> dict[str, str]:
    """Each public attribute of `cls` and what kind of attribute it is."""
    found: dict[str, str] = {}
    for name, value in inspect.getmembers(cls):
        if name.startswith("_"):
            continue
        if isinstance(value, property):
            found[name] = "property"
        elif inspect.isfunction(value):
            found[name] = "method"
        else:
            found[name] = type(value).__name__
    return found


@pytest.mark.parametrize(("sync", "asyn"), TWINS, ids=[s.__name__ for s, _ in TWINS])
def test_pagers_streams_and_responses_offer_the_same_kinds_of_attributes(
    sync: type, asyn: type
) -> None:
    assert kinds(asyn) == kinds(sync)


def test_search_pool_is_a_method_on_both_search_pagers() -> None:
    assert kinds(SearchPager)["search_pool"] == kinds(AsyncSearchPager)["search_pool"] == "method"


ID_PARAMS = ("index_id", "video_id", "task_id")


@pytest.mark.parametrize("path", sorted(SYNC))
def test_an_id_parameter_is_positional_or_keyword_everywhere(path: str) -> None:
    for client in (SYNC, ASYNC):
        for param in inspect.signature(client[path]).parameters.values():
            if param.name in ID_PARAMS:
                assert param.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD, (path, param.name)


# -- analyze_stream's manager, used directly ------------------------------------------

LINES = [
    {"event_type": "stream_start"},
    {"event_type": "text_generation", "text": "Hi "},
    {"event_type": "text_generation", "text": "there"},
    {"event_type": "stream_end", "finish_reason": "stop"},
]


def serve_stream(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/analyze", method="POST").respond_with_data(
        "".join(json.dumps(x) + "\n" for x in LINES), content_type="application/x-ndjson"
    )


def test_iterating_analyze_stream_directly_works_on_both_clients(httpserver: HTTPServer) -> None:
    serve_stream(httpserver)
    url = httpserver.url_for("/")

    with TwelveLabs(api_key=API_KEY, base_url=url) as client:
        manager = client.analyze_stream("vid1", "p")
        sync_types = [e.event_type for e in manager]
        sync_text = "".join(client.analyze_stream("vid1", "p").text_stream)
    assert isinstance(manager, AnalyzeStreamManager)
    assert manager.text == "Hi there"
    assert manager.response is not None
    assert manager.response.is_closed

    async def main() -> tuple[list[str], str, AsyncAnalyzeStreamManager]:
        async with AsyncTwelveLabs(api_key=API_KEY, base_url=url) as aclient:
            amanager = aclient.analyze_stream("vid1", "p")
            types = [str(e.event_type) async for e in amanager]
            text = "".join([t async for t in aclient.analyze_stream("vid1", "p").text_stream])
            return types, text, amanager

    async_types, async_text, amanager = asyncio.run(main())
    assert async_types == [str(t) for t in sync_types]
    assert async_text == sync_text == "Hi there"
    assert amanager.finish_reason == "stop"
    assert amanager.response is not None
    assert amanager.response.is_closed
    assert len(httpserver.log) == 4


def test_with_and_async_with_on_analyze_stream_close_the_connection(
    httpserver: HTTPServer,
) -> None:
    serve_stream(httpserver)
    url = httpserver.url_for("/")

    with TwelveLabs(api_key=API_KEY, base_url=url) as client:
        manager = client.analyze_stream("vid1", "p")
        assert manager.response is None  # nothing sent yet
        with manager as stream:
            next(iter(stream))
        assert stream.response.is_closed

    async def main() -> bool:
        async with AsyncTwelveLabs(api_key=API_KEY, base_url=url) as aclient:
            async with aclient.analyze_stream("vid1", "p") as astream:
                await anext(aiter(astream))
            return astream.response.is_closed

    assert asyncio.run(main())
