"""The 22 API operations as data: how to call each through the SDK, the request
the API must receive, a canned answer and what the caller gets back.

`call(client)` works for both clients: on `TwelveLabs` it returns the result, on
`AsyncTwelveLabs` an awaitable of the same result (pagers are drained with
`to_list()`, which is sync on one and async on the other). Used by
test_operations.py (requests and results) and test_errors.py (every operation
raises typed errors).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from twelvelabs_api.models.analyze_response import AnalyzeResponse
from twelvelabs_api.models.create_embedding_task_response_201 import CreateEmbeddingTaskResponse201
from twelvelabs_api.models.create_index_response_201 import CreateIndexResponse201
from twelvelabs_api.models.embedding_response import EmbeddingResponse
from twelvelabs_api.models.embedding_task import EmbeddingTask
from twelvelabs_api.models.generate_gist_response_200 import GenerateGistResponse200
from twelvelabs_api.models.index import Index
from twelvelabs_api.models.search_clip import SearchClip
from twelvelabs_api.models.search_results import SearchResults
from twelvelabs_api.models.summarize_video_response_200 import SummarizeVideoResponse200
from twelvelabs_api.models.task import Task
from twelvelabs_api.models.video import Video

VIDEO_BYTES = b"\x00\x00\x00\x18ftypmp42-fake-video-bytes"
IMAGE_BYTES = b"\x89PNG\r\n\x1a\n-fake-image-bytes"
ONE_PAGE = {"page": 1, "total_page": 1, "limit_per_page": 5, "total_results": 1}


@dataclass(frozen=True)
class Case:
    """One operation: the call, the request expected, the answer, the result check."""

    op: str
    call: Callable[[Any], Any]
    method: str
    path: str
    answer: Any = None
    status: int = 200
    query: dict[str, list[str]] = field(default_factory=dict)
    json: Any = None
    form: dict[str, list[str]] | None = None
    files: dict[str, bytes] = field(default_factory=dict)
    check: Callable[[Any], bool] = lambda result: result is None


def _is(cls: type, **attrs: Any) -> Callable[[Any], bool]:
    return lambda r: isinstance(r, cls) and all(getattr(r, k) == v for k, v in attrs.items())


def _items(cls: type, *ids: str) -> Callable[[Any], bool]:
    return lambda r: all(isinstance(x, cls) for x in r) and [x.id for x in r] == list(ids)


OPERATIONS = [
    Case(
        "listIndexes",
        lambda c: c.indexes.list(
            page_limit=5, sort_by="updated_at", sort_option="asc", index_name="lib"
        ).to_list(),
        "GET",
        "/v1.3/indexes",
        {"data": [{"_id": "idx1", "index_name": "lib"}], "page_info": ONE_PAGE},
        query={
            "page": ["1"],
            "page_limit": ["5"],
            "sort_by": ["updated_at"],
            "sort_option": ["asc"],
            "index_name": ["lib"],
        },
        check=_items(Index, "idx1"),
    ),
    Case(
        "createIndex",
        lambda c: c.indexes.create(
            "lib",
            [{"model_name": "marengo3.0", "model_options": ["visual", "audio"]}],
            addons=["thumbnail"],
        ),
        "POST",
        "/v1.3/indexes",
        {"_id": "idx1"},
        status=201,
        json={
            "index_name": "lib",
            "models": [{"model_name": "marengo3.0", "model_options": ["visual", "audio"]}],
            "addons": ["thumbnail"],
        },
        check=_is(CreateIndexResponse201, id="idx1"),
    ),
    Case(
        "retrieveIndex",
        lambda c: c.indexes.retrieve("idx1"),
        "GET",
        "/v1.3/indexes/idx1",
        {"_id": "idx1", "index_name": "lib", "video_count": 3},
        check=_is(Index, id="idx1", index_name="lib", video_count=3),
    ),
    Case(
        "updateIndex",
        lambda c: c.indexes.update("idx1", index_name="renamed"),
        "PUT",
        "/v1.3/indexes/idx1",
        json={"index_name": "renamed"},
    ),
    Case(
        "deleteIndex",
        lambda c: c.indexes.delete("idx1"),
        "DELETE",
        "/v1.3/indexes/idx1",
        status=204,
    ),
    Case(
        "listVideos",
        lambda c: c.videos.list(
            "idx1", page_limit=5, sort_by="created_at", sort_option="desc"
        ).to_list(),
        "GET",
        "/v1.3/indexes/idx1/videos",
        {"data": [{"_id": "vid1"}], "page_info": ONE_PAGE},
        query={
            "page": ["1"],
            "page_limit": ["5"],
            "sort_by": ["created_at"],
            "sort_option": ["desc"],
        },
        check=_items(Video, "vid1"),
    ),
    Case(
        "retrieveVideo",
        lambda c: c.videos.retrieve("idx1", "vid1"),
        "GET",
        "/v1.3/indexes/idx1/videos/vid1",
        {"_id": "vid1", "video_title": "Cats"},
        check=_is(Video, id="vid1", video_title="Cats"),
    ),
    Case(
        "updateVideo",
        lambda c: c.videos.update(
            "idx1", "vid1", video_title="Dogs", user_metadata={"team": "a", "n": 2}
        ),
        "PUT",
        "/v1.3/indexes/idx1/videos/vid1",
        json={"video_title": "Dogs", "user_metadata": {"team": "a", "n": 2}},
    ),
    Case(
        "deleteVideo",
        lambda c: c.videos.delete("idx1", "vid1"),
        "DELETE",
        "/v1.3/indexes/idx1/videos/vid1",
        status=204,
    ),
    Case(
        "createTask",
        lambda c: c.tasks.create(
            index_id="idx1",
            video_file=VIDEO_BYTES,
            enable_video_stream=False,
            user_metadata={"team": "a", "n": 2},
        ),
        "POST",
        "/v1.3/tasks",
        {"_id": "task1", "status": "pending"},
        status=201,
        form={
            "index_id": ["idx1"],
            "enable_video_stream": ["false"],
            "user_metadata": [json.dumps({"team": "a", "n": 2}, separators=(",", ":"))],
        },
        files={"video_file": VIDEO_BYTES},
        check=_is(Task, id="task1"),
    ),
    Case(
        "listTasks",
        lambda c: c.tasks.list(index_id="idx1", status="ready", page_limit=5).to_list(),
        "GET",
        "/v1.3/tasks",
        {"data": [{"_id": "task1", "status": "ready"}], "page_info": ONE_PAGE},
        query={"index_id": ["idx1"], "status": ["ready"], "page": ["1"], "page_limit": ["5"]},
        check=_items(Task, "task1"),
    ),
    Case(
        "retrieveTask",
        lambda c: c.tasks.retrieve("task1"),
        "GET",
        "/v1.3/tasks/task1",
        {"_id": "task1", "status": "indexing", "video_id": "vid1"},
        check=_is(Task, id="task1", video_id="vid1"),
    ),
    Case(
        "deleteTask",
        lambda c: c.tasks.delete("task1"),
        "DELETE",
        "/v1.3/tasks/task1",
        status=204,
    ),
    Case(
        "createSearch",
        lambda c: c.search.query(
            index_id="idx1",
            search_options=["visual", "audio"],
            query_text="a cat on a sofa",
            group_by="clip",
            operator="or",
            page_limit=5,
            filter={"duration": {"gte": 10}},
            threshold="medium",
            sort_option="score",
        ).to_list(),
        "POST",
        "/v1.3/search",
        {
            "data": [{"video_id": "vid1", "score": 83.5, "start": 1.0, "end": 4.0}],
            "page_info": {"limit_per_page": 5, "total_results": 1},
        },
        form={
            "index_id": ["idx1"],
            "search_options": ["visual", "audio"],
            "query_text": ["a cat on a sofa"],
            "group_by": ["clip"],
            "operator": ["or"],
            "page_limit": ["5"],
            "filter": ['{"duration":{"gte":10}}'],
            "threshold": ["medium"],
            "sort_option": ["score"],
        },
        check=lambda r: [(type(x), x.video_id, x.score) for x in r] == [(SearchClip, "vid1", 83.5)],
    ),
    Case(
        "retrieveSearchPage",
        lambda c: c.search.retrieve_page("tok-2"),
        "GET",
        "/v1.3/search/tok-2",
        {"data": [{"video_id": "vid2"}], "page_info": {"prev_page_token": "tok-1"}},
        check=lambda r: isinstance(r, SearchResults) and r.data[0].video_id == "vid2",
    ),
    Case(
        "analyzeVideo",
        lambda c: c.analyze(
            "vid1",
            "What happens?",
            temperature=0.2,
            max_tokens=100,
            response_format={"type": "json_schema", "json_schema": {"type": "object"}},
        ),
        "POST",
        "/v1.3/analyze",
        {"id": "gen1", "data": "A cat sleeps.", "finish_reason": "stop"},
        json={
            "video_id": "vid1",
            "prompt": "What happens?",
            "stream": False,
            "temperature": 0.2,
            "max_tokens": 100,
            "response_format": {"type": "json_schema", "json_schema": {"type": "object"}},
        },
        check=_is(AnalyzeResponse, id="gen1", data="A cat sleeps."),
    ),
    Case(
        "generateGist",
        lambda c: c.gist("vid1", ["title", "hashtag"]),
        "POST",
        "/v1.3/gist",
        {"id": "g1", "title": "Cats", "hashtags": ["cat"]},
        json={"video_id": "vid1", "types": ["title", "hashtag"]},
        check=_is(GenerateGistResponse200, title="Cats", hashtags=["cat"]),
    ),
    Case(
        "summarizeVideo",
        lambda c: c.summarize("vid1", "summary", prompt="Be brief.", temperature=0.3),
        "POST",
        "/v1.3/summarize",
        {"id": "s1", "summary": "Cats."},
        json={"video_id": "vid1", "type": "summary", "prompt": "Be brief.", "temperature": 0.3},
        check=_is(SummarizeVideoResponse200, summary="Cats."),
    ),
    Case(
        "createEmbeddings",
        lambda c: c.embed.create(model_name="marengo3.0", text="a cat", image_file=IMAGE_BYTES),
        "POST",
        "/v1.3/embed",
        {"model_name": "marengo3.0", "text_embedding": {"segments": [{"float": [0.1, 0.2]}]}},
        form={"model_name": ["marengo3.0"], "text": ["a cat"]},
        files={"image_file": IMAGE_BYTES},
        check=_is(EmbeddingResponse, model_name="marengo3.0"),
    ),
    Case(
        "createEmbeddingTask",
        lambda c: c.embed.tasks.create(
            model_name="marengo3.0",
            video_url="https://example.com/v.mp4",
            video_embedding_scopes=["clip", "video"],
        ),
        "POST",
        "/v1.3/embed/tasks",
        {"_id": "et1"},
        status=201,
        form={
            "model_name": ["marengo3.0"],
            "video_url": ["https://example.com/v.mp4"],
            "video_embedding_scopes": ["clip", "video"],
        },
        check=_is(CreateEmbeddingTaskResponse201, id="et1"),
    ),
    Case(
        "listEmbeddingTasks",
        lambda c: c.embed.tasks.list(page_limit=5).to_list(),
        "GET",
        "/v1.3/embed/tasks",
        {"data": [{"_id": "et1", "status": "processing"}], "page_info": ONE_PAGE},
        query={"page": ["1"], "page_limit": ["5"]},
        check=_items(EmbeddingTask, "et1"),
    ),
    Case(
        "retrieveEmbeddingTask",
        lambda c: c.embed.tasks.retrieve("et1"),
        "GET",
        "/v1.3/embed/tasks/et1",
        {"_id": "et1", "status": "ready", "model_name": "marengo3.0"},
        check=_is(EmbeddingTask, id="et1", model_name="marengo3.0"),
    ),
]

OPERATION_IDS = [case.op for case in OPERATIONS]
