"""The SDK's two clients side by side, and the public call that reads each
operation's answer.

`READS[op] = (call, holder)`: `call(client)` makes the call (on the async
client it returns an awaitable); `holder(result)` is the generated model that
holds the whole answer (for pagers, the first page's `raw`).
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable
from typing import Any

from twelvelabs_sdk import AsyncTwelveLabs, Page, TwelveLabs

API_KEY = "contract-test-key"
MODELS = [{"model_name": "marengo3.0", "model_options": ["visual"]}]


def _page_raw(page: Page[Any]) -> Any:
    """The whole answer of a list or search page; its items are the answer's `data`."""
    data = page.raw.data
    assert page.data == (data if isinstance(data, list) else [])
    return page.raw


# operationId -> (the public call, which works on either client; what holds the answer)
READS: dict[str, tuple[Callable[[Any], Any], Callable[[Any], Any]]] = {
    "listIndexes": (lambda c: c.indexes.list().first_page(), _page_raw),
    "createIndex": (lambda c: c.indexes.create("lib", MODELS), lambda r: r),
    "retrieveIndex": (lambda c: c.indexes.retrieve("idx-1"), lambda r: r),
    "listVideos": (lambda c: c.videos.list("idx-1").first_page(), _page_raw),
    "retrieveVideo": (lambda c: c.videos.retrieve("idx-1", "vid-1"), lambda r: r),
    "listTasks": (lambda c: c.tasks.list().first_page(), _page_raw),
    "createTask": (
        lambda c: c.tasks.create(index_id="idx-1", video_url="https://example.com/v.mp4"),
        lambda r: r,
    ),
    "retrieveTask": (lambda c: c.tasks.retrieve("task-1"), lambda r: r),
    "createSearch": (
        lambda c: c.search.query(
            index_id="idx-1", search_options=["visual"], query_text="dog"
        ).first_page(),
        _page_raw,
    ),
    "retrieveSearchPage": (lambda c: c.search.retrieve_page("tok-1"), lambda r: r),
    "analyzeVideo": (lambda c: c.analyze("vid-1", "Describe"), lambda r: r),
    "generateGist": (lambda c: c.gist("vid-1", ["title", "topic"]), lambda r: r),
    "summarizeVideo": (lambda c: c.summarize("vid-1", "chapter"), lambda r: r),
    "createEmbeddings": (
        lambda c: c.embed.create(model_name="Marengo-retrieval-2.7", text="dog"),
        lambda r: r,
    ),
    "createEmbeddingTask": (
        lambda c: c.embed.tasks.create(
            model_name="Marengo-retrieval-2.7", video_url="https://example.com/v.mp4"
        ),
        lambda r: r,
    ),
    "listEmbeddingTasks": (lambda c: c.embed.tasks.list().first_page(), _page_raw),
    "retrieveEmbeddingTask": (lambda c: c.embed.tasks.retrieve("etask-1"), lambda r: r),
}


class Clients:
    """A sync and an async client on one server, used as a caller would use them.

    The async client lives on one event loop for its whole life, so both keep
    their connection pools from call to call.
    """

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.sync = TwelveLabs(api_key=API_KEY, base_url=base_url, max_retries=0)
        self._loop = asyncio.new_event_loop()
        self.async_ = AsyncTwelveLabs(api_key=API_KEY, base_url=base_url, max_retries=0)

    def call(self, fn: Callable[[Any], Any], mode: str) -> Any:
        """`fn(client)` on the sync client, or on the async client, awaited."""
        if mode == "sync":
            return fn(self.sync)

        async def go() -> Any:
            result = fn(self.async_)
            return await result if inspect.isawaitable(result) else result

        return self._loop.run_until_complete(go())

    def read(self, op_id: str, mode: str) -> Any:
        """The model holding the answer to `op_id`'s public call."""
        fn, holder = READS[op_id]
        return holder(self.call(fn, mode))

    def close(self) -> None:
        self.sync.close()
        self._loop.run_until_complete(self.async_.close())
        self._loop.close()


# operationId -> the public call, for operations whose answer carries nothing (None back).
NO_ANSWER: dict[str, Callable[[Any], Any]] = {
    "updateIndex": lambda c: c.indexes.update("idx-1", index_name="renamed"),
    "deleteIndex": lambda c: c.indexes.delete("idx-1"),
    "updateVideo": lambda c: c.videos.update("idx-1", "vid-1", video_title="t"),
    "deleteVideo": lambda c: c.videos.delete("idx-1", "vid-1"),
    "deleteTask": lambda c: c.tasks.delete("task-1"),
}

# Creates whose answer must carry the new object's `_id` (the API always sends it;
# openapi.yaml leaves it optional): the SDK raises APIResponseValidationError
# without it, so drawn answers for these always hold one.
CREATES_WITH_ID = frozenset({"createIndex", "createTask", "createEmbeddingTask"})


def with_id(op_id: str, answer: Any) -> Any:
    """`answer`, given a usable `_id` if `op_id` is one of CREATES_WITH_ID."""
    if op_id not in CREATES_WITH_ID or not isinstance(answer, dict):
        return answer
    ident = answer.get("_id")
    if isinstance(ident, str) and ident.strip():
        return answer
    return {**answer, "_id": "new-id-1"}
