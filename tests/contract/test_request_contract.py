"""Every request the SDK sends is one openapi.yaml accepts.

Each call below goes through the public API of the sync and the async client
to a local server that validates the request with openapi-core (parameters,
bodies, multipart parts, the x-api-key security scheme) and also refuses
parameters or fields the spec does not declare. Between them the calls send
every operation the SDK wraps with every parameter it can send
(`_surface.SENDS`), which the last tests check.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from _clients import API_KEY, Clients
from _contract import Answer, ContractServer, SeenRequest, ndjson, operations, spec_answer
from _surface import SENDS

from twelvelabs_sdk import AsyncTwelveLabs, BadRequestError

VIDEO = b"\x00\x00\x00\x18ftypmp42 contract video"
IMAGE = b"\x89PNG\r\n\x1a\n contract image"
AUDIO = b"ID3 contract audio"
MODELS = [
    {"model_name": "marengo3.0", "model_options": ["visual", "audio"]},
    {"model_name": "pegasus1.2", "model_options": ["visual"]},
]
RESPONSE_FORMAT = {
    "type": "json_schema",
    "json_schema": {"type": "object", "properties": {"title": {"type": "string"}}},
}
STREAM = [
    {"event_type": "stream_start", "metadata": {"generation_id": "gen-1"}},
    {"event_type": "text_generation", "text": "A dog."},
    {"event_type": "stream_end", "finish_reason": "stop", "metadata": {"generation_id": "gen-1"}},
]

# Answers that keep a call going (a task that is ready, a second search page);
# every other operation gets the smallest answer its spec allows.
ANSWERS: dict[str, Any] = {
    "createIndex": {"_id": "idx-1"},
    "createTask": {"_id": "task-1", "status": "pending"},
    "createEmbeddingTask": {"_id": "etask-1"},
    "retrieveTask": {"_id": "task-1", "status": "ready"},
    "retrieveEmbeddingTask": {"_id": "etask-1", "status": "ready"},
    "createSearch": {"data": [{"video_id": "v1"}], "page_info": {"next_page_token": "tok-2"}},
}


def answer(seen: SeenRequest) -> Answer:
    op = operations()[seen.operation_id or ""]
    if seen.operation_id == "analyzeVideo" and (seen.json_body or {}).get("stream"):
        return Answer(200, ndjson(STREAM), "application/x-ndjson")
    if seen.operation_id in ANSWERS:
        body = json.dumps(ANSWERS[seen.operation_id]).encode()
        return Answer(op.success_status, body)
    return spec_answer(op)


@dataclass(frozen=True)
class Call:
    """A public SDK call and the operations it must send, in order.

    `run(client)` works on both clients: on the async one it returns an awaitable.
    """

    name: str
    sends: tuple[str, ...]
    run: Callable[[Any], Any]


def _is_async(c: Any) -> bool:
    return isinstance(c, AsyncTwelveLabs)


def _stream(c: Any, **options: Any) -> Any:
    if _is_async(c):

        async def drain() -> str:
            stream = await c.analyze_stream("vid-1", "What happens?", **options)
            async with stream:
                return (await stream.until_done()).text

        return drain()
    with c.analyze_stream("vid-1", "What happens?", **options) as stream:
        return stream.until_done().text


def _calls(video_path: Path) -> list[Call]:
    """The calls; `video_path` is a file holding VIDEO (written by the fixture)."""
    progress: list[int] = []
    return [
        Call(
            "indexes.list with every filter",
            ("listIndexes",),
            lambda c: c.indexes.list(
                page=2, page_limit=5, sort_by="updated_at", sort_option="asc", index_name="lib 1"
            ).to_list(),
        ),
        Call("indexes.list", ("listIndexes",), lambda c: c.indexes.list().first_page()),
        Call(
            "indexes.create with addons",
            ("createIndex",),
            lambda c: c.indexes.create("lib", MODELS, addons=["thumbnail"]),
        ),
        Call("indexes.create", ("createIndex",), lambda c: c.indexes.create("lib", MODELS[:1])),
        Call("indexes.retrieve", ("retrieveIndex",), lambda c: c.indexes.retrieve("idx-1")),
        Call(
            "indexes.update",
            ("updateIndex",),
            lambda c: c.indexes.update("idx-1", index_name="renamed"),
        ),
        Call("indexes.delete", ("deleteIndex",), lambda c: c.indexes.delete("idx-1")),
        Call(
            "videos.list with every filter",
            ("listVideos",),
            lambda c: c.videos.list(
                "idx-1", page=3, page_limit=50, sort_by="created_at", sort_option="desc"
            ).to_list(),
        ),
        Call(
            "videos.retrieve",
            ("retrieveVideo",),
            lambda c: c.videos.retrieve("idx-1", "vid-1"),
        ),
        Call(
            "videos.update title and metadata",
            ("updateVideo",),
            lambda c: c.videos.update(
                "idx-1",
                "vid-1",
                video_title="Title",
                user_metadata={"tag": "x", "n": 1, "ok": True, "nested": {"a": [1, 2]}},
            ),
        ),
        Call(
            "videos.update metadata only",
            ("updateVideo",),
            lambda c: c.videos.update("idx-1", "vid-1", user_metadata={"n": 2}),
        ),
        Call("videos.delete", ("deleteVideo",), lambda c: c.videos.delete("idx-1", "vid-1")),
        Call(
            "tasks.create from bytes with every option",
            ("createTask",),
            lambda c: c.tasks.create(
                index_id="idx-1",
                video_file=VIDEO,
                enable_video_stream=False,
                user_metadata={"source": "contract", "n": 1},
                on_progress=lambda sent, total: progress.append(sent),
            ),
        ),
        Call(
            "tasks.create from a URL",
            ("createTask",),
            lambda c: c.tasks.create(
                index_id="idx-1",
                video_url="https://example.com/v.mp4",
                enable_video_stream=True,
                user_metadata='{"k": "v"}',
            ),
        ),
        Call(
            "tasks.create_and_wait from a path",
            ("createTask", "retrieveTask"),
            lambda c: c.tasks.create_and_wait(
                index_id="idx-1", video_file=video_path, poll_interval=0, timeout=2
            ),
        ),
        Call(
            "tasks.list with every filter",
            ("listTasks",),
            lambda c: c.tasks.list(
                index_id="idx-1", status="indexing", page=1, page_limit=10
            ).to_list(),
        ),
        Call("tasks.retrieve", ("retrieveTask",), lambda c: c.tasks.retrieve("task-1")),
        Call(
            "tasks.wait",
            ("retrieveTask",),
            lambda c: c.tasks.wait("task-1", poll_interval=0, timeout=2),
        ),
        Call("tasks.delete", ("deleteTask",), lambda c: c.tasks.delete("task-1")),
        Call(
            "search.query by text with every option, all pages",
            ("createSearch", "retrieveSearchPage"),
            lambda c: c.search.query(
                index_id="idx-1",
                search_options=["visual", "audio"],
                query_text="a dog on a beach",
                group_by="video",
                operator="and",
                page_limit=20,
                filter={"category": "pets", "duration": {"gte": 5}},
                threshold="medium",
                sort_option="clip_count",
            ).to_list(),
        ),
        Call(
            "search.query by image file",
            ("createSearch",),
            lambda c: c.search.query(
                index_id="idx-1",
                search_options=["visual"],
                query_media_type="image",
                query_media_file=IMAGE,
                threshold="none",
                filter='{"id": ["v1"]}',
            ).first_page(),
        ),
        Call(
            "search.query by image URL and text",
            ("createSearch",),
            lambda c: c.search.query(
                index_id="idx-1",
                search_options=["audio"],
                query_text="barking",
                query_media_url="https://example.com/dog.png",
                operator="or",
                group_by="clip",
                sort_option="score",
            ).first_page(),
        ),
        Call(
            "search.retrieve_page",
            ("retrieveSearchPage",),
            lambda c: c.search.retrieve_page("tok-2"),
        ),
        Call(
            "analyze with every option",
            ("analyzeVideo",),
            lambda c: c.analyze(
                "vid-1",
                "Describe it",
                temperature=0.7,
                max_tokens=256,
                response_format=RESPONSE_FORMAT,
            ),
        ),
        Call("analyze", ("analyzeVideo",), lambda c: c.analyze("vid-1", "Describe it")),
        Call(
            "analyze_stream with every option",
            ("analyzeVideo",),
            lambda c: _stream(c, temperature=0, max_tokens=1, response_format=RESPONSE_FORMAT),
        ),
        Call("analyze_stream", ("analyzeVideo",), _stream),
        Call(
            "gist of every type",
            ("generateGist",),
            lambda c: c.gist("vid-1", ["title", "topic", "hashtag"]),
        ),
        Call(
            "summarize chapters with prompt and temperature",
            ("summarizeVideo",),
            lambda c: c.summarize("vid-1", "chapter", prompt="For kids", temperature=1),
        ),
        Call(
            "summarize highlights",
            ("summarizeVideo",),
            lambda c: c.summarize("vid-1", "highlight"),
        ),
        Call(
            "embed.create text, image URL, audio file, video URL",
            ("createEmbeddings",),
            lambda c: c.embed.create(
                model_name="Marengo-retrieval-2.7",
                text="a dog",
                image_url="https://example.com/dog.png",
                audio_file=AUDIO,
                video_url="https://example.com/v.mp4",
            ),
        ),
        Call(
            "embed.create image file, audio URL, video file",
            ("createEmbeddings",),
            lambda c: c.embed.create(
                model_name="Marengo-retrieval-2.7",
                image_file=IMAGE,
                audio_url="https://example.com/a.mp3",
                video_file=video_path,
            ),
        ),
        Call(
            "embed.tasks.create from a file with scopes",
            ("createEmbeddingTask",),
            lambda c: c.embed.tasks.create(
                model_name="Marengo-retrieval-2.7",
                video_file=VIDEO,
                video_embedding_scopes=["clip", "video"],
            ),
        ),
        Call(
            "embed.tasks.create from a URL",
            ("createEmbeddingTask",),
            lambda c: c.embed.tasks.create(
                model_name="Marengo-retrieval-2.7", video_url="https://example.com/v.mp4"
            ),
        ),
        Call(
            "embed.tasks.list with paging",
            ("listEmbeddingTasks",),
            lambda c: c.embed.tasks.list(page=2, page_limit=25).to_list(),
        ),
        Call(
            "embed.tasks.retrieve",
            ("retrieveEmbeddingTask",),
            lambda c: c.embed.tasks.retrieve("etask-1"),
        ),
        Call(
            "embed.tasks.wait",
            ("retrieveEmbeddingTask",),
            lambda c: c.embed.tasks.wait("etask-1", poll_interval=0, timeout=2),
        ),
    ]


@pytest.fixture(scope="module")
def server() -> Iterator[ContractServer]:
    contract = ContractServer(answer)
    yield contract
    contract.stop()


@pytest.fixture(scope="module")
def calls(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Call]:
    video_path = tmp_path_factory.mktemp("contract-files") / "clip.mp4"
    video_path.write_bytes(VIDEO)
    return {call.name: call for call in _calls(video_path)}


@pytest.fixture(scope="module")
def clients(server: ContractServer) -> Iterator[Clients]:
    both = Clients(server.base_url)
    yield both
    both.close()


def run(call: Call, mode: str, server: ContractServer, clients: Clients) -> list[SeenRequest]:
    """Make `call` through the sync or async client; the requests the server saw.

    A request the spec does not accept fails here with the validator's message.
    """
    server.take()
    try:
        clients.call(call.run, mode)
    except BadRequestError as exc:
        pytest.fail(f"{call.name} ({mode}): the spec does not accept the request: {exc}")
    seen = server.take()
    problems = [f"{s.method} {s.path}: {p}" for s in seen for p in s.problems]
    assert not problems, f"{call.name} ({mode}) sent requests openapi.yaml rejects:\n" + "\n".join(
        problems
    )
    return seen


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("name", [c.name for c in _calls(Path("clip.mp4"))], ids=str)
def test_request_conforms_to_openapi_yaml(
    name: str, mode: str, calls: dict[str, Call], server: ContractServer, clients: Clients
) -> None:
    call = calls[name]
    seen = run(call, mode, server, clients)
    assert tuple(s.operation_id for s in seen) == call.sends


def test_every_operation_and_parameter_the_sdk_sends_is_exercised_sync_and_async(
    calls: dict[str, Call], server: ContractServer, clients: Clients
) -> None:
    sent: dict[tuple[str, str], set[str]] = {}
    for mode in ("sync", "async"):
        for call in calls.values():
            for seen in run(call, mode, server, clients):
                fields = sent.setdefault((seen.operation_id or "?", mode), set())
                fields |= seen.query.keys() | seen.body_fields.keys()
    for mode in ("sync", "async"):
        ops = {op for op, m in sent if m == mode}
        assert ops == set(SENDS), (
            f"{mode}: operations sent differ from _surface.SENDS: "
            f"never sent {sorted(set(SENDS) - ops)}, not listed {sorted(ops - set(SENDS))}"
        )
    for op, params in SENDS.items():
        together = sent[(op, "sync")] | sent[(op, "async")]
        assert together == params, (
            f"{op}: parameters sent differ from _surface.SENDS: never sent "
            f"{sorted(params - together)}, not listed {sorted(together - params)}"
        )


def test_the_validator_rejects_a_request_the_spec_does_not_accept(
    server: ContractServer,
) -> None:
    """Negative control: a raw request with search_options="visuals" is refused,
    with openapi-core's message naming the value."""
    server.take()
    response = httpx.post(
        f"{server.base_url}/search",
        headers={"x-api-key": API_KEY},
        files=[
            ("index_id", (None, b"idx-1")),
            ("search_options", (None, b"visuals")),
            ("query_text", (None, b"dog")),
        ],
    )
    assert response.status_code == 400
    (seen,) = server.take()
    assert seen.operation_id == "createSearch"
    assert any("'visuals' is not one of ['visual', 'audio']" in p for p in seen.problems), (
        seen.problems
    )


@pytest.mark.parametrize(
    ("request_kwargs", "problem"),
    [
        ({"method": "GET", "url": "/indexes", "headers": {}}, "Security not found"),
        (
            {"method": "GET", "url": "/indexes", "params": {"page_limit": "51"}},
            "51 is greater than the maximum of 50",
        ),
        (
            {"method": "GET", "url": "/indexes", "params": {"limit": "5"}},
            "query parameter 'limit' is not declared by listIndexes",
        ),
        (
            {"method": "POST", "url": "/gist", "json": {"video_id": "v", "types": ["titles"]}},
            "'titles' is not one of",
        ),
        (
            {"method": "POST", "url": "/gist", "json": {"video_id": "v", "type": ["title"]}},
            "'types' is a required property",
        ),
        (
            {
                "method": "POST",
                "url": "/tasks",
                "files": [("index_id", (None, b"i")), ("enable_video_stream", (None, b"False"))],
            },
            "'False' is not of type 'boolean'",
        ),
        (
            {
                "method": "POST",
                "url": "/tasks",
                "files": [("index_id", (None, b"i")), ("video_file", (None, b"not a file"))],
            },
            "multipart field 'video_file' must be sent as a file part",
        ),
        (
            {
                "method": "POST",
                "url": "/search",
                "files": [
                    ("index_id", (None, b"i")),
                    ("search_options", (None, b"visual")),
                    ("page_limit", (None, b"5.0")),
                ],
            },
            "'5.0' is not of type 'integer'",
        ),
        ({"method": "DELETE", "url": "/search"}, "Operation delete not found"),
    ],
    ids=[
        "no-api-key",
        "page_limit-over-max",
        "undeclared-query",
        "bad-enum-in-json",
        "missing-required",
        "python-bool-spelling",
        "file-as-text",
        "float-for-integer",
        "unknown-operation",
    ],
)
def test_the_validator_names_what_is_wrong(
    server: ContractServer, request_kwargs: dict[str, Any], problem: str
) -> None:
    server.take()
    kwargs = {"headers": {"x-api-key": API_KEY}, **request_kwargs}
    kwargs["url"] = server.base_url + kwargs["url"]
    response = httpx.request(**kwargs)
    assert response.status_code == 400
    (seen,) = server.take()
    assert any(problem in p for p in seen.problems), seen.problems
