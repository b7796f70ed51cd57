"""Auto-paging: numbered lists (indexes, videos, tasks, embedding tasks) and
search's token chain, sync and async, against a real local HTTP server.

Every test counts the requests the server saw (`httpserver.log`): a pager must
fetch lazily, stop on `total_page` without a wasted request, and stop at the
first short or empty page when the server leaves `total_page` out.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from twelvelabs_api.types import UNSET
from twelvelabs_sdk import (
    AsyncTwelveLabs,
    BadRequestError,
    InternalServerError,
    InvalidParameterError,
    NotFoundError,
    TwelveLabs,
    TwelveLabsError,
)

API_KEY = "tlk_test_pagination_fake_key"


@pytest.fixture
def client(httpserver: HTTPServer) -> Iterator[TwelveLabs]:
    with TwelveLabs(api_key=API_KEY, base_url=httpserver.url_for("/")) as c:
        yield c


def aclient(httpserver: HTTPServer) -> AsyncTwelveLabs:
    return AsyncTwelveLabs(api_key=API_KEY, base_url=httpserver.url_for("/"))


def serve_numbered(
    httpserver: HTTPServer,
    path: str,
    items: list[dict[str, Any]],
    *,
    page_size: int,
    total_page: bool = True,
) -> None:
    """Serve `items` in pages of `page_size` by `page`, like the list endpoints."""

    def handler(request: Request) -> Response:
        page = int(request.args.get("page", "1"))
        chunk = items[(page - 1) * page_size : page * page_size]
        info: dict[str, Any] = {
            "page": page,
            "limit_per_page": page_size,
            "total_results": len(items),
        }
        if total_page:
            info["total_page"] = max(1, -(-len(items) // page_size))
        return Response(
            json.dumps({"data": chunk, "page_info": info}), content_type="application/json"
        )

    httpserver.expect_request(path, method="GET").respond_with_handler(handler)


def requested_pages(httpserver: HTTPServer) -> list[int]:
    return [int(req.args.get("page", "0")) for req, _ in httpserver.log]


def indexes(n: int) -> list[dict[str, Any]]:
    return [{"_id": f"idx{i}", "index_name": f"index {i}"} for i in range(n)]


# -- numbered lists ------------------------------------------------------------


def test_iterates_every_item_across_pages_and_stops_on_total_page(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    serve_numbered(httpserver, "/indexes", indexes(5), page_size=2)

    ids = [index.id for index in client.indexes.list(page_limit=2)]

    assert ids == ["idx0", "idx1", "idx2", "idx3", "idx4"]
    assert requested_pages(httpserver) == [1, 2, 3]  # total_page=3: no fourth request
    assert all(req.args["page_limit"] == "2" for req, _ in httpserver.log)


def test_nothing_is_fetched_until_iteration_and_items_come_lazily(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    serve_numbered(httpserver, "/indexes", indexes(4), page_size=2)

    pager = client.indexes.list(page_limit=2)
    assert httpserver.log == []
    items = iter(pager)
    next(items), next(items)
    assert requested_pages(httpserver) == [1]
    next(items)
    assert requested_pages(httpserver) == [1, 2]


def test_empty_first_page_yields_nothing_after_one_request(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    serve_numbered(httpserver, "/indexes", [], page_size=10)

    assert list(client.indexes.list()) == []
    assert requested_pages(httpserver) == [1]


def test_single_item_single_page(httpserver: HTTPServer, client: TwelveLabs) -> None:
    serve_numbered(httpserver, "/indexes", indexes(1), page_size=10)

    assert [i.index_name for i in client.indexes.list()] == ["index 0"]
    assert requested_pages(httpserver) == [1]


def test_many_pages_of_many_items(httpserver: HTTPServer, client: TwelveLabs) -> None:
    serve_numbered(httpserver, "/indexes", indexes(237), page_size=50)

    assert len(client.indexes.list(page_limit=50).to_list()) == 237
    assert requested_pages(httpserver) == [1, 2, 3, 4, 5]


def test_pages_yield_each_page_with_its_page_info(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    serve_numbered(httpserver, "/indexes", indexes(5), page_size=2)

    pages = list(client.indexes.list(page_limit=2).pages())

    assert [len(p.data) for p in pages] == [2, 2, 1]
    assert [p.page_info.page for p in pages if p.page_info] == [1, 2, 3]
    assert all(p.page_info is not None and p.page_info.total_results == 5 for p in pages)


def test_starts_at_the_requested_page(httpserver: HTTPServer, client: TwelveLabs) -> None:
    serve_numbered(httpserver, "/indexes", indexes(5), page_size=2)

    assert [i.id for i in client.indexes.list(page=2, page_limit=2)] == ["idx2", "idx3", "idx4"]
    assert requested_pages(httpserver) == [2, 3]


def test_without_total_page_a_short_page_is_the_last(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    videos = [{"_id": f"vid{i}"} for i in range(5)]
    serve_numbered(httpserver, "/indexes/idx1/videos", videos, page_size=2, total_page=False)

    assert [v.id for v in client.videos.list("idx1", page_limit=2)] == [v["_id"] for v in videos]
    assert requested_pages(httpserver) == [1, 2, 3]


def test_without_total_page_a_full_last_page_is_followed_by_one_empty_page(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    tasks = [{"_id": f"task{i}", "status": "ready"} for i in range(4)]
    serve_numbered(httpserver, "/tasks", tasks, page_size=2, total_page=False)

    assert [t.id for t in client.tasks.list(page_limit=2)] == ["task0", "task1", "task2", "task3"]
    assert requested_pages(httpserver) == [1, 2, 3]


def test_without_page_info_at_all_the_default_page_size_decides(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    httpserver.expect_request("/tasks").respond_with_json({"data": [{"_id": "t"}] * 3})

    assert len(list(client.tasks.list())) == 3
    assert len(httpserver.log) == 1


def test_next_page_follows_the_page_asked_for_not_a_stale_echo(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    def handler(request: Request) -> Response:
        n = int(request.args["page"])
        items = [{"_id": f"idx{n}-{i}"} for i in range(2)]
        info = {"page": 1, "limit_per_page": 2}  # always "page 1", never a total_page
        return Response(
            json.dumps({"data": items, "page_info": info}), content_type="application/json"
        )

    httpserver.expect_request("/indexes").respond_with_handler(handler)

    assert len(client.indexes.list(page_limit=2, limit=7).to_list()) == 7
    assert requested_pages(httpserver) == [1, 2, 3, 4]


def test_limit_stops_fetching_once_reached(httpserver: HTTPServer, client: TwelveLabs) -> None:
    serve_numbered(httpserver, "/indexes", indexes(10), page_size=2)

    assert [i.id for i in client.indexes.list(page_limit=2, limit=3)] == ["idx0", "idx1", "idx2"]
    assert requested_pages(httpserver) == [1, 2]


def test_limit_on_a_page_boundary_fetches_no_further_page(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    serve_numbered(httpserver, "/indexes", indexes(10), page_size=2)

    assert len(client.indexes.list(page_limit=2, limit=4).to_list()) == 4
    assert requested_pages(httpserver) == [1, 2]


def test_limit_larger_than_the_results_yields_them_all(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    serve_numbered(httpserver, "/indexes", indexes(3), page_size=2)

    assert len(client.indexes.list(page_limit=2, limit=100).to_list()) == 3


def test_embedding_tasks_list_pages(httpserver: HTTPServer, client: TwelveLabs) -> None:
    tasks = [{"_id": f"emb{i}", "status": "processing"} for i in range(3)]
    serve_numbered(httpserver, "/embed/tasks", tasks, page_size=2)

    assert [t.id for t in client.embed.tasks.list(page_limit=2)] == ["emb0", "emb1", "emb2"]
    assert requested_pages(httpserver) == [1, 2]


def test_every_page_request_carries_the_api_key(httpserver: HTTPServer, client: TwelveLabs) -> None:
    serve_numbered(httpserver, "/indexes", indexes(5), page_size=2)

    list(client.indexes.list(page_limit=2))

    assert [req.headers.get("x-api-key") for req, _ in httpserver.log] == [API_KEY] * 3


def test_a_failing_page_raises_the_typed_error_after_the_earlier_items(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    pages = {
        "1": {"data": indexes(2), "page_info": {"page": 1, "total_page": 2}},
        "2": None,
    }

    def handler(request: Request) -> Response:
        body = pages[request.args["page"]]
        if body is None:
            return Response('{"code": "index_not_found", "message": "gone"}', status=404)
        return Response(json.dumps(body), content_type="application/json")

    httpserver.expect_request("/indexes").respond_with_handler(handler)

    items = iter(client.indexes.list(page_limit=2))
    assert [next(items).id, next(items).id] == ["idx0", "idx1"]
    with pytest.raises(NotFoundError) as info:
        next(items)
    assert info.value.code == "index_not_found"


def test_async_pager_is_iterated_directly_with_async_for(httpserver: HTTPServer) -> None:
    serve_numbered(httpserver, "/indexes", indexes(5), page_size=2)

    async def main() -> list[str]:
        async with aclient(httpserver) as client:
            return [str(index.id) async for index in client.indexes.list(page_limit=2)]

    assert asyncio.run(main()) == ["idx0", "idx1", "idx2", "idx3", "idx4"]
    assert requested_pages(httpserver) == [1, 2, 3]


def test_async_pages_limit_and_missing_total_page(httpserver: HTTPServer) -> None:
    videos = [{"_id": f"vid{i}"} for i in range(4)]
    serve_numbered(httpserver, "/indexes/idx1/videos", videos, page_size=2, total_page=False)

    async def main() -> tuple[list[int], list[str], list[str]]:
        async with aclient(httpserver) as client:
            sizes = [len(p.data) async for p in client.videos.list("idx1", page_limit=2).pages()]
            capped = await client.videos.list("idx1", page_limit=2, limit=3).to_list()
            tasks = [str(t.id) async for t in client.embed.tasks.list(page_limit=2)]
            return sizes, [str(v.id) for v in capped], tasks

    serve_numbered(httpserver, "/embed/tasks", [{"_id": "e0"}], page_size=2)
    sizes, capped, tasks = asyncio.run(main())
    assert sizes == [2, 2, 0]  # a full last page, then the empty page that ends the list
    assert capped == ["vid0", "vid1", "vid2"]
    assert tasks == ["e0"]
    assert requested_pages(httpserver) == [1, 2, 3, 1, 2, 1]


def test_async_empty_list_and_tasks_list(httpserver: HTTPServer) -> None:
    serve_numbered(httpserver, "/tasks", [], page_size=10)

    async def main() -> list[Any]:
        async with aclient(httpserver) as client:
            return [t async for t in client.tasks.list()]

    assert asyncio.run(main()) == []
    assert requested_pages(httpserver) == [1]


# -- search --------------------------------------------------------------------


def clip(video: str, n: int) -> dict[str, Any]:
    return {"video_id": video, "score": 90 - n, "start": n * 5.0, "end": n * 5.0 + 5}


def search_page(clips: list[dict[str, Any]], next_token: str | None, **info: Any) -> Any:
    page_info: dict[str, Any] = {"limit_per_page": 2, "total_results": 5, **info}
    if next_token is not None:
        page_info["next_page_token"] = next_token
    return {"data": clips, "page_info": page_info}


def serve_search_chain(httpserver: HTTPServer, key: str = API_KEY) -> None:
    """createSearch answers page 1; tok-2 and tok-3 follow through GET /search/{token}."""
    first = search_page([clip("v1", 0), clip("v1", 1)], "tok-2")
    first["search_pool"] = {"total_count": 7, "total_duration": 420.5, "index_id": "idx1"}
    headers = {"x-api-key": key}
    httpserver.expect_request("/search", method="POST", headers=headers).respond_with_json(first)
    httpserver.expect_request("/search/tok-2", method="GET", headers=headers).respond_with_json(
        search_page([clip("v2", 2), clip("v2", 3)], "tok-3", prev_page_token="tok-1")
    )
    httpserver.expect_request("/search/tok-3", method="GET", headers=headers).respond_with_json(
        search_page([clip("v3", 4)], None, prev_page_token="tok-2")
    )


def test_search_follows_the_token_chain_with_the_api_key_on_every_page(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    serve_search_chain(httpserver)

    results = client.search.query(index_id="idx1", search_options=["visual"], query_text="dog")
    starts = [c.start for c in results]

    assert starts == [0.0, 5.0, 10.0, 15.0, 20.0]
    assert [(r.method, r.path) for r, _ in httpserver.log] == [
        ("POST", "/search"),
        ("GET", "/search/tok-2"),
        ("GET", "/search/tok-3"),
    ]
    assert [r.headers.get("x-api-key") for r, _ in httpserver.log] == [API_KEY] * 3


def test_search_page_naming_itself_as_next_raises_instead_of_looping(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    httpserver.expect_request("/search", method="POST").respond_with_json(
        search_page([clip("v1", 0)], "tok-2")
    )
    httpserver.expect_request("/search/tok-2", method="GET").respond_with_json(
        search_page([clip("v1", 1)], "tok-2")
    )

    results = client.search.query(index_id="idx1", search_options=["visual"], query_text="dog")
    seen = []
    with pytest.raises(TwelveLabsError, match="names itself as the next page"):
        seen.extend(c.start for c in results)

    assert seen == [0.0, 5.0]
    assert len(httpserver.log) == 2


def test_search_exposes_the_search_pool_and_each_pages_page_info(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    serve_search_chain(httpserver)

    results = client.search.query(index_id="idx1", search_options=["visual"], query_text="dog")
    assert results.search_pool().total_count == 7
    assert results.search_pool().index_id == "idx1"
    pages = list(results.pages())

    assert [p.page_info.next_page_token for p in pages if p.page_info] == ["tok-2", "tok-3", UNSET]
    assert [len(p.data) for p in pages] == [2, 2, 1]
    assert len(httpserver.log) == 3  # the first page was fetched once for both uses


def test_search_grouped_by_video_yields_videos_with_their_clips(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    video = {"id": "v1", "clips": [clip("v1", 0), clip("v1", 1)]}
    httpserver.expect_request("/search", method="POST").respond_with_json(
        search_page([video], None)
    )

    results = client.search.query(
        index_id="idx1", search_options=["visual", "audio"], query_text="dog", group_by="video"
    )
    videos = list(results)

    assert [len(v.clips) for v in videos] == [2]
    assert httpserver.log[0][0].form["group_by"] == "video"


def test_search_expired_token_raises_bad_request(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    httpserver.expect_request("/search", method="POST").respond_with_json(
        search_page([clip("v1", 0)], "expired-token")
    )
    httpserver.expect_request("/search/expired-token").respond_with_json(
        {"code": "token_expired", "message": "The page token has expired."}, status=400
    )

    items = iter(client.search.query(index_id="i", search_options=["visual"], query_text="q"))
    assert next(items).video_id == "v1"
    with pytest.raises(BadRequestError) as info:
        next(items)
    assert info.value.code == "token_expired"
    assert len(httpserver.log) == 2  # a 400 is not retried


def test_search_page_answering_503_is_retried(httpserver: HTTPServer, client: TwelveLabs) -> None:
    httpserver.expect_request("/search", method="POST").respond_with_json(
        search_page([clip("v1", 0)], "tok-2")
    )
    httpserver.expect_oneshot_request("/search/tok-2").respond_with_data(
        "busy", status=503, headers={"Retry-After": "0"}
    )
    httpserver.expect_request("/search/tok-2").respond_with_json(search_page([clip("v2", 1)], None))

    results = client.search.query(index_id="i", search_options=["visual"], query_text="q")

    assert [c.video_id for c in results] == ["v1", "v2"]
    assert [r.path for r, _ in httpserver.log] == ["/search", "/search/tok-2", "/search/tok-2"]
    assert [r.headers["x-retry-count"] for r, _ in httpserver.log[1:]] == ["0", "1"]


def test_search_page_failing_past_the_retries_raises(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/search", method="POST").respond_with_json(
        search_page([clip("v1", 0)], "tok-2")
    )
    httpserver.expect_request("/search/tok-2").respond_with_data(
        "down", status=503, headers={"Retry-After": "0"}
    )

    with (
        TwelveLabs(api_key=API_KEY, base_url=httpserver.url_for("/"), max_retries=1) as client,
        pytest.raises(InternalServerError),
    ):
        list(client.search.query(index_id="i", search_options=["visual"], query_text="q"))
    assert len(httpserver.log) == 3


def test_search_limit_stops_before_the_next_token_is_followed(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    serve_search_chain(httpserver)

    results = client.search.query(
        index_id="i", search_options=["visual"], query_text="q", limit=2
    ).to_list()

    assert len(results) == 2
    assert len(httpserver.log) == 1


def test_search_token_with_reserved_characters_is_sent_percent_encoded(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    # Page tokens are opaque: a base64 token may hold "/", "+" and "=".
    token = "a1/b2+c3=="
    httpserver.expect_request("/search", method="POST").respond_with_json(
        search_page([clip("v1", 0)], token)
    )
    httpserver.expect_request(re.compile(r"^/search/.+")).respond_with_json(
        search_page([clip("v2", 1)], None)
    )

    results = client.search.query(index_id="i", search_options=["visual"], query_text="q")

    assert [c.video_id for c in results] == ["v1", "v2"]
    assert httpserver.log[1][0].environ["RAW_URI"] == "/search/a1%2Fb2%2Bc3%3D%3D"


def test_retrieve_page_refuses_a_dot_segment_token_before_sending(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    with pytest.raises(InvalidParameterError, match="page_token"):
        client.search.retrieve_page("..")
    assert httpserver.log == []


def test_async_search_pager_follows_tokens_and_exposes_the_pool(httpserver: HTTPServer) -> None:
    serve_search_chain(httpserver)

    async def main() -> tuple[Any, list[float], list[str | None]]:
        async with aclient(httpserver) as client:
            results = client.search.query(index_id="i", search_options=["visual"], query_text="q")
            pool = await results.search_pool()
            starts = [c.start async for c in results]
            tokens = [
                p.page_info.next_page_token or None if p.page_info else None
                async for p in results.pages()
            ]
            return pool, starts, tokens

    pool, starts, tokens = asyncio.run(main())
    assert pool.total_count == 7
    assert starts == [0.0, 5.0, 10.0, 15.0, 20.0]
    assert tokens == ["tok-2", "tok-3", None]
    assert [r.headers.get("x-api-key") for r, _ in httpserver.log] == [API_KEY] * 5


def test_async_search_expired_token_raises_bad_request(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/search", method="POST").respond_with_json(
        search_page([clip("v1", 0)], "old")
    )
    httpserver.expect_request("/search/old").respond_with_json(
        {"code": "token_expired", "message": "expired"}, status=400
    )

    async def main() -> None:
        async with aclient(httpserver) as client:
            async for _ in client.search.query(
                index_id="i", search_options=["visual"], query_text="q"
            ):
                pass

    with pytest.raises(BadRequestError):
        asyncio.run(main())
