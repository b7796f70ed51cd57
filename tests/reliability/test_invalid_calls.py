"""Bad input, across every operation: InvalidParameterError (a ValueError) naming
the parameter, raised before anything is sent — the fake counts no request.
Ids go into the path percent-encoded; one that would change the path (`/`,
`..`, whitespace) is refused."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from _reliability import report

from twelvelabs_sdk import AsyncTwelveLabs, InvalidParameterError, NotFoundError, TwelveLabs
from twelvelabs_sdk.testing import FakeTwelveLabs

MODELS = [{"model_name": "marengo3.0", "model_options": ["visual"]}]
URL = "https://cdn.example.com/v.mp4"
MISSING = "/nonexistent/dir/clip.mp4"
DIRECTORY = str(Path(__file__).parent)


def query(**kwargs: Any) -> Callable[[Any], Any]:
    """A search call, with valid defaults for whatever `kwargs` does not set."""
    args = {"index_id": "idx", "search_options": ["visual"], "query_text": "car", **kwargs}
    return lambda c: c.search.query(**{k: v for k, v in args.items() if v is not ...})


# (case, call, the parameter the error names)
CASES: list[tuple[str, Callable[[Any], Any], str]] = [
    # indexes
    ("indexes.create empty name", lambda c: c.indexes.create("", MODELS), "index_name"),
    ("indexes.create no models", lambda c: c.indexes.create("n", []), "models"),
    ("indexes.create models as a str", lambda c: c.indexes.create("n", "marengo3.0"), "models"),
    (
        "indexes.create unknown model option",
        lambda c: c.indexes.create("n", [{"model_name": "marengo3.0", "model_options": ["smell"]}]),
        "models[0].model_options[0]",
    ),
    (
        "indexes.create unknown addon",
        lambda c: c.indexes.create("n", MODELS, addons=["thumbnails"]),
        "addons[0]",
    ),
    ("indexes.list page_limit 0", lambda c: c.indexes.list(page_limit=0), "page_limit"),
    ("indexes.list page_limit 51", lambda c: c.indexes.list(page_limit=51), "page_limit"),
    ("indexes.list page_limit str", lambda c: c.indexes.list(page_limit="10"), "page_limit"),
    ("indexes.list page 0", lambda c: c.indexes.list(page=0), "page"),
    ("indexes.list unknown sort_by", lambda c: c.indexes.list(sort_by="name"), "sort_by"),
    ("indexes.retrieve empty id", lambda c: c.indexes.retrieve(""), "index_id"),
    ("indexes.retrieve id with ..", lambda c: c.indexes.retrieve("../tasks"), "index_id"),
    ("indexes.retrieve id is ..", lambda c: c.indexes.retrieve(".."), "index_id"),
    ("indexes.retrieve id with /", lambda c: c.indexes.retrieve("a/b"), "index_id"),
    ("indexes.retrieve id with a space", lambda c: c.indexes.retrieve("a b"), "index_id"),
    ("indexes.retrieve id is an int", lambda c: c.indexes.retrieve(123), "index_id"),
    ("indexes.update empty name", lambda c: c.indexes.update("idx", index_name=""), "index_name"),
    ("indexes.delete None id", lambda c: c.indexes.delete(None), "index_id"),
    # videos
    ("videos.list empty index id", lambda c: c.videos.list(""), "index_id"),
    (
        "videos.list unknown sort_option",
        lambda c: c.videos.list("i", sort_option="up"),
        "sort_option",
    ),
    ("videos.retrieve id with ..", lambda c: c.videos.retrieve("i", "v/../x"), "video_id"),
    (
        "videos.update nothing to update",
        lambda c: c.videos.update("i", "v"),
        "video_title or user_metadata",
    ),
    (
        "videos.update metadata as a str",
        lambda c: c.videos.update("i", "v", user_metadata="x"),
        "user_metadata",
    ),
    ("videos.delete blank id", lambda c: c.videos.delete("i", " "), "video_id"),
    # tasks
    (
        "tasks.create neither file nor url",
        lambda c: c.tasks.create(index_id="i"),
        "video_file or video_url",
    ),
    (
        "tasks.create both file and url",
        lambda c: c.tasks.create(index_id="i", video_file=b"v", video_url=URL),
        "video_file or video_url",
    ),
    (
        "tasks.create missing file",
        lambda c: c.tasks.create(index_id="i", video_file=MISSING),
        "video_file",
    ),
    (
        "tasks.create a directory",
        lambda c: c.tasks.create(index_id="i", video_file=DIRECTORY),
        "video_file",
    ),
    (
        "tasks.create file is an int",
        lambda c: c.tasks.create(index_id="i", video_file=12345),
        "video_file",
    ),
    (
        "tasks.create enable_video_stream str",
        lambda c: c.tasks.create(index_id="i", video_url=URL, enable_video_stream="yes"),
        "enable_video_stream",
    ),
    (
        "tasks.create metadata not JSON",
        lambda c: c.tasks.create(index_id="i", video_url=URL, user_metadata="{oops"),
        "user_metadata",
    ),
    (
        "tasks.create index id with /",
        lambda c: c.tasks.create(index_id="i/j", video_url=URL),
        "index_id",
    ),
    ("tasks.list unknown status", lambda c: c.tasks.list(status="done"), "status"),
    ("tasks.retrieve id with a tab", lambda c: c.tasks.retrieve("t\t1"), "task_id"),
    ("tasks.delete empty id", lambda c: c.tasks.delete(""), "task_id"),
    ("tasks.wait negative timeout", lambda c: c.tasks.wait("t", timeout=-1), "timeout"),
    (
        "tasks.wait NaN poll_interval",
        lambda c: c.tasks.wait("t", poll_interval=float("nan")),
        "poll_interval",
    ),
    ("tasks.wait id with ..", lambda c: c.tasks.wait("../t"), "task_id"),
    # search
    ("search unknown option", query(search_options=["smell"]), "search_options[0]"),
    ("search no options", query(search_options=[]), "search_options"),
    ("search options as a str", query(search_options="visual"), "search_options"),
    ("search nothing to search with", query(query_text=...), "query_text"),
    (
        "search both media url and file",
        query(query_media_url=URL, query_media_file=b"x"),
        "query_media_url or query_media_file",
    ),
    ("search page_limit 100", query(page_limit=100), "page_limit"),
    ("search unknown threshold", query(threshold="very"), "threshold"),
    ("search unknown group_by", query(group_by="scene"), "group_by"),
    ("search missing media file", query(query_media_file=MISSING), "query_media_file"),
    ("search filter not JSON", query(filter="{bad"), "filter"),
    ("search index id with /", query(index_id="a/b"), "index_id"),
    ("search limit 0", query(limit=0), "limit"),
    ("retrieve_page empty token", lambda c: c.search.retrieve_page(""), "page_token"),
    ("retrieve_page token ..", lambda c: c.search.retrieve_page(".."), "page_token"),
    # analyze, gist, summarize
    ("analyze empty prompt", lambda c: c.analyze("v", ""), "prompt"),
    ("analyze temperature 1.5", lambda c: c.analyze("v", "p", temperature=1.5), "temperature"),
    ("analyze temperature str", lambda c: c.analyze("v", "p", temperature="hot"), "temperature"),
    ("analyze max_tokens 0", lambda c: c.analyze("v", "p", max_tokens=0), "max_tokens"),
    ("analyze empty video id", lambda c: c.analyze("", "p"), "video_id"),
    (
        "analyze response_format str",
        lambda c: c.analyze("v", "p", response_format="json"),
        "response_format",
    ),
    (
        "analyze_stream temperature -0.1",
        lambda c: c.analyze_stream("v", "p", temperature=-0.1),
        "temperature",
    ),
    ("gist unknown type", lambda c: c.gist("v", ["titles"]), "types[0]"),
    ("gist no types", lambda c: c.gist("v", []), "types"),
    ("summarize unknown type", lambda c: c.summarize("v", "outline"), "type"),
    (
        "summarize temperature 2",
        lambda c: c.summarize("v", "summary", temperature=2),
        "temperature",
    ),
    # embeddings
    ("embed nothing to embed", lambda c: c.embed.create(model_name="m"), "text"),
    ("embed empty model name", lambda c: c.embed.create(model_name="", text="x"), "model_name"),
    (
        "embed both image url and file",
        lambda c: c.embed.create(model_name="m", image_url=URL, image_file=b"x"),
        "image_url or image_file",
    ),
    (
        "embed audio file is a directory",
        lambda c: c.embed.create(model_name="m", audio_file=DIRECTORY),
        "audio_file",
    ),
    (
        "embed task neither file nor url",
        lambda c: c.embed.tasks.create(model_name="m"),
        "video_file or video_url",
    ),
    (
        "embed task unknown scope",
        lambda c: c.embed.tasks.create(
            model_name="m", video_url=URL, video_embedding_scopes=["frame"]
        ),
        "video_embedding_scopes[0]",
    ),
    ("embed tasks.list page_limit -1", lambda c: c.embed.tasks.list(page_limit=-1), "page_limit"),
    ("embed tasks.retrieve id with /", lambda c: c.embed.tasks.retrieve("x/y"), "task_id"),
    (
        "embed tasks.wait negative max_poll_interval",
        lambda c: c.embed.tasks.wait("t", max_poll_interval=-1),
        "max_poll_interval",
    ),
    # client settings
    ("client base_url not http", lambda c: type(c)(api_key="k", base_url="ftp://x"), "base_url"),
    ("client max_retries -1", lambda c: type(c)(api_key="k", max_retries=-1), "max_retries"),
    ("with_options max_retries str", lambda c: c.with_options(max_retries="3"), "max_retries"),
]


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeTwelveLabs]:
    with FakeTwelveLabs() as fake:
        yield fake


# Nothing is sent, so one client of each kind serves every case.
@pytest.fixture(scope="module")
def client(fake: FakeTwelveLabs) -> Iterator[TwelveLabs]:
    with TwelveLabs(api_key=fake.api_key, base_url=fake.url, max_retries=0) as client:
        yield client


@pytest.fixture(scope="module")
def aclient(fake: FakeTwelveLabs) -> Iterator[AsyncTwelveLabs]:
    client = AsyncTwelveLabs(api_key=fake.api_key, base_url=fake.url)
    yield client
    asyncio.run(client.close())


def check(error: InvalidParameterError, param: str) -> None:
    assert isinstance(error, ValueError)
    assert error.param == param
    assert str(error).startswith(f"{param}: must be ")


def test_the_table_covers_at_least_40_calls_across_every_area() -> None:
    areas = {case.split()[0].split(".")[0] for case, _, _ in CASES}
    assert len(CASES) >= 40
    assert {
        "indexes",
        "videos",
        "tasks",
        "search",
        "analyze",
        "gist",
        "summarize",
        "embed",
    } <= areas
    report("bad input", invalid_calls=f"{len(CASES)} sync + {len(CASES)} async, 0 requests sent")


@pytest.mark.parametrize(("case", "call", "param"), CASES, ids=[c[0] for c in CASES])
def test_bad_input_is_refused_before_any_request(
    fake: FakeTwelveLabs, client: TwelveLabs, case: str, call: Callable[[Any], Any], param: str
) -> None:
    before = fake.request_count()
    with pytest.raises(InvalidParameterError) as caught:
        call(client)
    check(caught.value, param)
    assert fake.request_count() == before


@pytest.mark.parametrize(("case", "call", "param"), CASES, ids=[c[0] for c in CASES])
def test_async_bad_input_is_refused_before_any_request(
    fake: FakeTwelveLabs,
    aclient: AsyncTwelveLabs,
    case: str,
    call: Callable[[Any], Any],
    param: str,
) -> None:
    async def run() -> None:
        result = call(aclient)
        if inspect.isawaitable(result):
            await result

    before = fake.request_count()
    with pytest.raises(InvalidParameterError) as caught:
        asyncio.run(run())
    check(caught.value, param)
    assert fake.request_count() == before


@pytest.mark.parametrize(
    ("index_id", "raw_path"),
    [
        ("50%off", b"/v1.3/indexes/50%25off"),
        ("what?page=2", b"/v1.3/indexes/what%3Fpage%3D2"),
        ("a#fragment", b"/v1.3/indexes/a%23fragment"),
        ("a%2Fb", b"/v1.3/indexes/a%252Fb"),
        ("caf\u00e9", b"/v1.3/indexes/caf%C3%A9"),
    ],
)
def test_ids_are_percent_encoded_into_their_path_segment(
    fake: FakeTwelveLabs, client: TwelveLabs, index_id: str, raw_path: bytes
) -> None:
    with pytest.raises(NotFoundError) as caught:
        client.indexes.retrieve(index_id)
    assert caught.value.request.url.raw_path == raw_path
    received = fake.requests[-1]
    assert (received.path, received.query) == (f"/indexes/{index_id}", {})
    assert received.route == "/indexes/{index_id}"
    report(
        "bad input", ids_with_percent_question_hash_unicode="percent-encoded in one path segment"
    )
