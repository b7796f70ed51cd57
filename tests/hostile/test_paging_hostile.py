"""Pagers against servers whose pages never end: each raises PaginationError after
a bounded number of requests, sync and async, instead of paging forever.

- search tokens that run in a cycle of any length (A, B, A; A, B, C, A);
- search tokens that are always new, past the results the first page announced;
- numbered lists whose `total_page` keeps growing;
- numbered lists that answer the same page whatever page is asked for.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from twelvelabs_sdk import AsyncTwelveLabs, PaginationError, TwelveLabs, TwelveLabsError

KEY = "tlk-hostile-paging-key"
MAX_REQUESTS = 200  # what any of these servers may see before the pager gives up


def as_json(body: Any) -> Response:
    return Response(json.dumps(body), content_type="application/json")


def clips(n: int) -> list[dict[str, Any]]:
    return [{"video_id": f"v{n}", "score": 50, "start": n, "end": n + 1}]


def search_all(mode: str, url: str) -> list[Any]:
    args: dict[str, Any] = {"index_id": "i1", "search_options": ["visual"], "query_text": "q"}
    if mode == "sync":
        with TwelveLabs(api_key=KEY, base_url=url) as client:
            return list(client.search.query(**args))

    async def run() -> list[Any]:
        async with AsyncTwelveLabs(api_key=KEY, base_url=url) as client:
            return [clip async for clip in client.search.query(**args)]

    return asyncio.run(run())


def list_all(mode: str, url: str) -> list[Any]:
    if mode == "sync":
        with TwelveLabs(api_key=KEY, base_url=url) as client:
            return list(client.indexes.list(page_limit=2))

    async def run() -> list[Any]:
        async with AsyncTwelveLabs(api_key=KEY, base_url=url) as client:
            return [index async for index in client.indexes.list(page_limit=2)]

    return asyncio.run(run())


CYCLES = {
    "A-B-A": ({"start": "A", "A": "B", "B": "A"}, 3),
    "A-B-C-A": ({"start": "A", "A": "B", "B": "C", "C": "A"}, 4),
    "A-A": ({"start": "A", "A": "A"}, 2),
    "back to a fetched one": ({"start": "A", "A": "B", "B": "C", "C": "B"}, 4),
}


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("cycle", sorted(CYCLES))
def test_a_cycle_of_search_tokens_raises_before_going_round_again(
    mode: str, cycle: str, httpserver: HTTPServer
) -> None:
    chain, requests = CYCLES[cycle]
    search_chain_exact(httpserver, chain)
    with pytest.raises(PaginationError, match=r"names itself|cycle"):
        search_all(mode, httpserver.url_for("/v1.3"))
    assert len(httpserver.log) == requests  # each token fetched once, then it stops


def search_chain_exact(httpserver: HTTPServer, chain: dict[str, str]) -> None:
    first = {
        "data": clips(0),
        "page_info": {"total_results": 50, "next_page_token": chain["start"]},
    }
    httpserver.expect_request("/v1.3/search", method="POST").respond_with_json(first)
    for n, token in enumerate(t for t in chain if t != "start"):
        body = {"data": clips(n + 1), "page_info": {"next_page_token": chain[token]}}
        httpserver.expect_request(f"/v1.3/search/{token}", method="GET").respond_with_json(body)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_ever_new_search_tokens_stop_past_the_announced_results(
    mode: str, httpserver: HTTPServer
) -> None:
    def handler(request: Request) -> Response:
        n = len(httpserver.log)
        if n > MAX_REQUESTS:
            return Response(status=418)
        info = {"total_results": 5, "next_page_token": f"tok-{n}"}
        return as_json({"data": clips(n), "page_info": info})

    httpserver.expect_request("/v1.3/search", method="POST").respond_with_handler(handler)
    for n in range(1, MAX_REQUESTS + 2):
        httpserver.expect_request(f"/v1.3/search/tok-{n - 1}").respond_with_handler(handler)
    with pytest.raises(PaginationError, match="far past the 5 results"):
        search_all(mode, httpserver.url_for("/v1.3"))
    assert len(httpserver.log) < MAX_REQUESTS


def numbered(httpserver: HTTPServer, answer: Callable[[int], dict[str, Any]]) -> None:
    def handler(request: Request) -> Response:
        if len(httpserver.log) > MAX_REQUESTS:
            return Response(status=418)
        return as_json(answer(int(request.args.get("page", "1"))))

    httpserver.expect_request("/v1.3/indexes", method="GET").respond_with_handler(handler)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_total_page_that_keeps_growing_is_bounded(mode: str, httpserver: HTTPServer) -> None:
    numbered(
        httpserver,
        lambda n: {
            "data": [{"_id": f"i{n}-a"}, {"_id": f"i{n}-b"}],
            "page_info": {"page": n, "limit_per_page": 2, "total_page": n + 1},
        },
    )
    with pytest.raises(PaginationError, match="first page announced"):
        list_all(mode, httpserver.url_for("/v1.3"))
    assert len(httpserver.log) <= 2 * 2 + 10  # twice the 2 pages first announced, plus slack


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_the_same_page_for_every_page_number_is_caught_at_once(
    mode: str, httpserver: HTTPServer
) -> None:
    numbered(
        httpserver,
        lambda n: {
            "data": [{"_id": "i1"}, {"_id": "i2"}],
            "page_info": {"page": 1, "limit_per_page": 2, "total_page": 1_000_000},
        },
    )
    with pytest.raises(PaginationError, match="repeats the page before it"):
        list_all(mode, httpserver.url_for("/v1.3"))
    assert len(httpserver.log) == 2


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_list_that_grows_a_little_while_paged_is_read_whole(
    mode: str, httpserver: HTTPServer
) -> None:
    # 3 pages announced, 4 served: a list may grow while it is paged.
    def answer(n: int) -> dict[str, Any]:
        return {
            "data": [{"_id": f"i{n}-a"}, {"_id": f"i{n}-b"}],
            "page_info": {"page": n, "limit_per_page": 2, "total_page": 3 if n == 1 else 4},
        }

    numbered(httpserver, answer)
    assert len(list_all(mode, httpserver.url_for("/v1.3"))) == 8


def test_pagination_error_is_a_twelvelabs_error() -> None:
    assert issubclass(PaginationError, TwelveLabsError)
