"""`client.with_raw_response`: every method, returning the raw response.

Nothing here sends a request or repeats a method's logic. `with_raw_response`
is a copy of the client (sharing its pool) in raw mode: there `_execute`
returns the call's `APIResponse` instead of parsing it, and waits return the
final poll's. The classes below only give those methods their raw return
types, one line per method, so `client.with_raw_response.videos.retrieve(...)`
type-checks as `APIResponse[Video]`. Pager methods fetch the first page and
answer with its response, whose `parse()` is the pager; `analyze_stream` sends
the request and answers with a response whose `parse()` is the open stream.
test_raw_response.py checks that every public method has its raw twin here.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar, cast

from ._pagination import AsyncPager, SyncPager
from ._response import APIResponse, AsyncAPIResponse
from ._streaming import (
    AnalyzeStream,
    AnalyzeStreamManager,
    AsyncAnalyzeStream,
    AsyncAnalyzeStreamManager,
)

if TYPE_CHECKING:
    from ._client import AsyncTwelveLabs, TwelveLabs
    from .resources._embed import AsyncEmbed, AsyncEmbeddingTasks, Embed, EmbeddingTasks
    from .resources._indexes import AsyncIndexes, Indexes
    from .resources._search import AsyncSearch, Search
    from .resources._tasks import AsyncTasks, Tasks
    from .resources._videos import AsyncVideos, Videos

__all__ = ["AsyncTwelveLabsWithRawResponse", "TwelveLabsWithRawResponse"]

P = ParamSpec("P")
R = TypeVar("R")
PagerT = TypeVar("PagerT", bound=SyncPager[Any])
AsyncPagerT = TypeVar("AsyncPagerT", bound=AsyncPager[Any])


def _raw(method: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    """A method of a raw-mode resource: it already returns the APIResponse."""
    return cast("Callable[P, APIResponse[R]]", method)


def _async_raw(method: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[AsyncAPIResponse[R]]]:
    """An async method of a raw-mode resource: it already returns the AsyncAPIResponse."""
    return cast("Callable[P, Awaitable[AsyncAPIResponse[R]]]", method)


def _raw_pager(method: Callable[P, PagerT]) -> Callable[P, APIResponse[PagerT]]:
    """A pager method: fetch the first page; its response, parsing to the pager."""

    @functools.wraps(method)
    def call(*args: P.args, **kwargs: P.kwargs) -> APIResponse[PagerT]:
        pager = method(*args, **kwargs)
        response = pager.first_page().raw_response
        assert isinstance(response, APIResponse)
        return cast("APIResponse[PagerT]", response._with_result(pager))

    return call


def _async_raw_pager(
    method: Callable[P, AsyncPagerT],
) -> Callable[P, Awaitable[AsyncAPIResponse[AsyncPagerT]]]:
    """Async twin of `_raw_pager`."""

    @functools.wraps(method)
    async def call(*args: P.args, **kwargs: P.kwargs) -> AsyncAPIResponse[AsyncPagerT]:
        pager = method(*args, **kwargs)
        response = (await pager.first_page()).raw_response
        assert isinstance(response, AsyncAPIResponse)
        return cast("AsyncAPIResponse[AsyncPagerT]", response._with_result(pager))

    return call


def _raw_stream(
    method: Callable[P, AnalyzeStreamManager],
) -> Callable[P, APIResponse[AnalyzeStream]]:
    """`analyze_stream`: send the request; its response, parsing to the open stream."""

    @functools.wraps(method)
    def call(*args: P.args, **kwargs: P.kwargs) -> APIResponse[AnalyzeStream]:
        return method(*args, **kwargs)._raw()

    return call


def _async_raw_stream(
    method: Callable[P, AsyncAnalyzeStreamManager],
) -> Callable[P, Awaitable[AsyncAPIResponse[AsyncAnalyzeStream]]]:
    """Async twin of `_raw_stream`."""

    @functools.wraps(method)
    async def call(*args: P.args, **kwargs: P.kwargs) -> AsyncAPIResponse[AsyncAnalyzeStream]:
        return await method(*args, **kwargs)._raw()

    return call


# -- sync ----------------------------------------------------------------------


class IndexesWithRawResponse:
    """`client.with_raw_response.indexes`."""

    def __init__(self, indexes: Indexes) -> None:
        self.create = _raw(indexes.create)
        self.list = _raw_pager(indexes.list)
        self.retrieve = _raw(indexes.retrieve)
        self.update = _raw(indexes.update)
        self.delete = _raw(indexes.delete)


class VideosWithRawResponse:
    """`client.with_raw_response.videos`."""

    def __init__(self, videos: Videos) -> None:
        self.list = _raw_pager(videos.list)
        self.retrieve = _raw(videos.retrieve)
        self.update = _raw(videos.update)
        self.delete = _raw(videos.delete)


class TasksWithRawResponse:
    """`client.with_raw_response.tasks`; `wait` answers with the final poll's response."""

    def __init__(self, tasks: Tasks) -> None:
        self.create = _raw(tasks.create)
        self.list = _raw_pager(tasks.list)
        self.retrieve = _raw(tasks.retrieve)
        self.delete = _raw(tasks.delete)
        self.wait = _raw(tasks.wait)
        self.create_and_wait = _raw(tasks.create_and_wait)


class SearchWithRawResponse:
    """`client.with_raw_response.search`."""

    def __init__(self, search: Search) -> None:
        self.query = _raw_pager(search.query)
        self.retrieve_page = _raw(search.retrieve_page)


class EmbeddingTasksWithRawResponse:
    """`client.with_raw_response.embed.tasks`."""

    def __init__(self, tasks: EmbeddingTasks) -> None:
        self.create = _raw(tasks.create)
        self.list = _raw_pager(tasks.list)
        self.retrieve = _raw(tasks.retrieve)
        self.wait = _raw(tasks.wait)


class EmbedWithRawResponse:
    """`client.with_raw_response.embed`."""

    def __init__(self, embed: Embed) -> None:
        self.create = _raw(embed.create)
        self.tasks = EmbeddingTasksWithRawResponse(embed.tasks)


class TwelveLabsWithRawResponse:
    """`client.with_raw_response`: the client's methods, each returning an
    `APIResponse` whose `parse()` gives what the plain method returns."""

    def __init__(self, client: TwelveLabs) -> None:
        self.indexes = IndexesWithRawResponse(client.indexes)
        self.videos = VideosWithRawResponse(client.videos)
        self.tasks = TasksWithRawResponse(client.tasks)
        self.search = SearchWithRawResponse(client.search)
        self.embed = EmbedWithRawResponse(client.embed)
        self.analyze = _raw(client.analyze)
        self.analyze_stream = _raw_stream(client.analyze_stream)
        self.gist = _raw(client.gist)
        self.summarize = _raw(client.summarize)


# -- async ---------------------------------------------------------------------


class AsyncIndexesWithRawResponse:
    """`client.with_raw_response.indexes` of the async client."""

    def __init__(self, indexes: AsyncIndexes) -> None:
        self.create = _async_raw(indexes.create)
        self.list = _async_raw_pager(indexes.list)
        self.retrieve = _async_raw(indexes.retrieve)
        self.update = _async_raw(indexes.update)
        self.delete = _async_raw(indexes.delete)


class AsyncVideosWithRawResponse:
    """`client.with_raw_response.videos` of the async client."""

    def __init__(self, videos: AsyncVideos) -> None:
        self.list = _async_raw_pager(videos.list)
        self.retrieve = _async_raw(videos.retrieve)
        self.update = _async_raw(videos.update)
        self.delete = _async_raw(videos.delete)


class AsyncTasksWithRawResponse:
    """`client.with_raw_response.tasks` of the async client."""

    def __init__(self, tasks: AsyncTasks) -> None:
        self.create = _async_raw(tasks.create)
        self.list = _async_raw_pager(tasks.list)
        self.retrieve = _async_raw(tasks.retrieve)
        self.delete = _async_raw(tasks.delete)
        self.wait = _async_raw(tasks.wait)
        self.create_and_wait = _async_raw(tasks.create_and_wait)


class AsyncSearchWithRawResponse:
    """`client.with_raw_response.search` of the async client."""

    def __init__(self, search: AsyncSearch) -> None:
        self.query = _async_raw_pager(search.query)
        self.retrieve_page = _async_raw(search.retrieve_page)


class AsyncEmbeddingTasksWithRawResponse:
    """`client.with_raw_response.embed.tasks` of the async client."""

    def __init__(self, tasks: AsyncEmbeddingTasks) -> None:
        self.create = _async_raw(tasks.create)
        self.list = _async_raw_pager(tasks.list)
        self.retrieve = _async_raw(tasks.retrieve)
        self.wait = _async_raw(tasks.wait)


class AsyncEmbedWithRawResponse:
    """`client.with_raw_response.embed` of the async client."""

    def __init__(self, embed: AsyncEmbed) -> None:
        self.create = _async_raw(embed.create)
        self.tasks = AsyncEmbeddingTasksWithRawResponse(embed.tasks)


class AsyncTwelveLabsWithRawResponse:
    """`client.with_raw_response` of the async client: each method returns an
    `AsyncAPIResponse` (`await response.parse()` for the typed result)."""

    def __init__(self, client: AsyncTwelveLabs) -> None:
        self.indexes = AsyncIndexesWithRawResponse(client.indexes)
        self.videos = AsyncVideosWithRawResponse(client.videos)
        self.tasks = AsyncTasksWithRawResponse(client.tasks)
        self.search = AsyncSearchWithRawResponse(client.search)
        self.embed = AsyncEmbedWithRawResponse(client.embed)
        self.analyze = _async_raw(client.analyze)
        self.analyze_stream = _async_raw_stream(client.analyze_stream)
        self.gist = _async_raw(client.gist)
        self.summarize = _async_raw(client.summarize)
