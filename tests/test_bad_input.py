"""Bad input is caught before any request: InvalidParameterError, a ValueError
whose message names the parameter and what it accepts."""

from __future__ import annotations

import asyncio
import inspect
import math
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from twelvelabs_sdk import AsyncTwelveLabs, InvalidParameterError, TwelveLabs

# Nothing is sent here, so one client of each kind serves the whole module.
KEY = "tlk-FAKE-bad-input-key"


@pytest.fixture(scope="module")
def sync_client(make_httpserver: HTTPServer) -> Iterator[TwelveLabs]:
    with TwelveLabs(api_key=KEY, base_url=make_httpserver.url_for("/v1.3")) as client:
        yield client


@pytest.fixture(scope="module")
def async_client(make_httpserver: HTTPServer) -> Iterator[AsyncTwelveLabs]:
    client = AsyncTwelveLabs(api_key=KEY, base_url=make_httpserver.url_for("/v1.3"))
    yield client
    asyncio.run(client.close())


MODELS = [{"model_name": "marengo3.0", "model_options": ["visual"]}]
URL = "https://example.com/v.mp4"

# (id, call, parameter named in the message, text naming what is allowed)
BAD_CALLS: list[tuple[str, Callable[[Any], Any], str, str]] = [
    # exactly one of video_file / video_url
    (
        "tasks.create both file and url",
        lambda c: c.tasks.create(index_id="idx1", video_file=b"v", video_url=URL),
        "video_file or video_url",
        "exactly one of video_file or video_url (got video_file, video_url)",
    ),
    (
        "tasks.create neither file nor url",
        lambda c: c.tasks.create(index_id="idx1"),
        "video_file or video_url",
        "exactly one of video_file or video_url (neither was given)",
    ),
    (
        "embed.tasks.create both",
        lambda c: c.embed.tasks.create(model_name="marengo3.0", video_file=b"v", video_url=URL),
        "video_file or video_url",
        "exactly one",
    ),
    (
        "embed.tasks.create neither",
        lambda c: c.embed.tasks.create(model_name="marengo3.0"),
        "video_file or video_url",
        "neither was given",
    ),
    (
        "embed.create image url and file",
        lambda c: c.embed.create(model_name="marengo3.0", image_url=URL, image_file=b"i"),
        "image_url or image_file",
        "at most one",
    ),
    (
        "search.query nothing to search with",
        lambda c: c.search.query(index_id="idx1", search_options=["visual"]),
        "query_text",
        "query_media_url / query_media_file",
    ),
    # page_limit: 1 to 50
    *[
        (
            f"{name} page_limit={limit}",
            call(limit),
            "page_limit",
            "an integer from 1 to 50",
        )
        for limit in (51, 0)
        for name, call in [
            ("indexes.list", lambda n: lambda c: c.indexes.list(page_limit=n)),
            ("videos.list", lambda n: lambda c: c.videos.list("idx1", page_limit=n)),
            ("tasks.list", lambda n: lambda c: c.tasks.list(page_limit=n)),
            ("embed.tasks.list", lambda n: lambda c: c.embed.tasks.list(page_limit=n)),
            (
                "search.query",
                lambda n: (
                    lambda c: c.search.query(
                        index_id="idx1", search_options=["visual"], query_text="cat", page_limit=n
                    )
                ),
            ),
        ]
    ],
    # temperature: 0 to 1
    *[
        (f"{name} temperature={t}", call(t), "temperature", "a number from 0 to 1")
        for t in (-0.1, 1.5, math.nan)
        for name, call in [
            ("analyze", lambda t: lambda c: c.analyze("vid1", "p", temperature=t)),
            ("analyze_stream", lambda t: lambda c: c.analyze_stream("vid1", "p", temperature=t)),
            ("summarize", lambda t: lambda c: c.summarize("vid1", "summary", temperature=t)),
        ]
    ],
    # enum values the spec does not list
    (
        "search_options typo",
        lambda c: c.search.query(index_id="idx1", search_options=["visuals"], query_text="cat"),
        "search_options[0]",
        "one of 'audio', 'visual'",
    ),
    (
        "search_options as a bare string",
        lambda c: c.search.query(index_id="idx1", search_options="visual", query_text="cat"),
        "search_options",
        "a list of values from 'audio', 'visual'",
    ),
    (
        "search_options empty",
        lambda c: c.search.query(index_id="idx1", search_options=[], query_text="cat"),
        "search_options",
        "a non-empty list",
    ),
    (
        "group_by",
        lambda c: c.search.query(
            index_id="idx1", search_options=["visual"], query_text="cat", group_by="videos"
        ),
        "group_by",
        "one of 'clip', 'video'",
    ),
    (
        "threshold",
        lambda c: c.search.query(
            index_id="idx1", search_options=["visual"], query_text="cat", threshold="highest"
        ),
        "threshold",
        "one of 'high', 'low', 'medium', 'none'",
    ),
    (
        "operator",
        lambda c: c.search.query(
            index_id="idx1", search_options=["visual", "audio"], query_text="c", operator="xor"
        ),
        "operator",
        "one of 'and', 'or'",
    ),
    (
        "search sort_option",
        lambda c: c.search.query(
            index_id="idx1", search_options=["visual"], query_text="cat", sort_option="date"
        ),
        "sort_option",
        "one of 'clip_count', 'score'",
    ),
    (
        "gist types",
        lambda c: c.gist("vid1", ["title", "topics"]),
        "types[1]",
        "one of 'hashtag', 'title', 'topic'",
    ),
    (
        "summarize type",
        lambda c: c.summarize("vid1", "summarise"),
        "type",
        "one of 'chapter', 'highlight', 'summary'",
    ),
    (
        "indexes.list sort_by",
        lambda c: c.indexes.list(sort_by="name"),
        "sort_by",
        "one of 'created_at', 'updated_at'",
    ),
    (
        "indexes.list sort_option",
        lambda c: c.indexes.list(sort_option="ascending"),
        "sort_option",
        "one of 'asc', 'desc'",
    ),
    (
        "videos.list sort_option",
        lambda c: c.videos.list("idx1", sort_option="up"),
        "sort_option",
        "one of 'asc', 'desc'",
    ),
    (
        "tasks.list status",
        lambda c: c.tasks.list(status="done"),
        "status",
        "'ready'",
    ),
    (
        "indexes.create model_options",
        lambda c: c.indexes.create("lib", [{"model_name": "m", "model_options": ["video"]}]),
        "models[0].model_options[0]",
        "one of 'audio', 'visual'",
    ),
    (
        "indexes.create addons",
        lambda c: c.indexes.create("lib", MODELS, addons=["thumbnails"]),
        "addons[0]",
        "one of 'thumbnail'",
    ),
    (
        "embed.tasks.create scopes",
        lambda c: c.embed.tasks.create(
            model_name="m", video_url=URL, video_embedding_scopes=["frame"]
        ),
        "video_embedding_scopes[0]",
        "one of 'clip', 'video'",
    ),
    # other values out of the spec's range
    (
        "max_tokens",
        lambda c: c.analyze("vid1", "p", max_tokens=0),
        "max_tokens",
        "an integer >= 1",
    ),
    (
        "enable_video_stream as a string",
        lambda c: c.tasks.create(index_id="idx1", video_url=URL, enable_video_stream="false"),
        "enable_video_stream",
        "True or False",
    ),
    (
        "user_metadata not JSON",
        lambda c: c.tasks.create(index_id="idx1", video_url=URL, user_metadata="{not json"),
        "user_metadata",
        "a dict or a JSON string",
    ),
    (
        "id with a slash",
        lambda c: c.indexes.retrieve("idx1/videos"),
        "index_id",
        "an id without '/'",
    ),
    ("empty id", lambda c: c.tasks.retrieve(""), "task_id", "a non-empty string id"),
    ("empty prompt", lambda c: c.analyze("vid1", ""), "prompt", "a non-empty string"),
    (
        "index_name empty",
        lambda c: c.indexes.create("", MODELS),
        "index_name",
        "a non-empty string",
    ),
    ("models empty", lambda c: c.indexes.create("lib", []), "models", "a non-empty list"),
    (
        "videos.update with nothing to change",
        lambda c: c.videos.update("idx1", "vid1"),
        "video_title or user_metadata",
        "at least one",
    ),
    ("pager limit", lambda c: c.tasks.list(limit=0), "limit", "an integer >= 1"),
    ("page", lambda c: c.indexes.list(page=0), "page", "an integer >= 1"),
]


@pytest.mark.parametrize(
    ("call", "param", "allowed"),
    [case[1:] for case in BAD_CALLS],
    ids=[case[0] for case in BAD_CALLS],
)
def test_bad_input_raises_before_any_request_naming_parameter_and_allowed_values(
    httpserver: HTTPServer,
    sync_client: TwelveLabs,
    call: Callable[[Any], Any],
    param: str,
    allowed: str,
) -> None:
    with pytest.raises(InvalidParameterError) as caught:
        call(sync_client)

    err = caught.value
    assert isinstance(err, ValueError)
    assert err.param == param
    assert str(err).startswith(f"{param}: must be ")
    assert allowed in str(err)
    assert httpserver.log == []


@pytest.mark.parametrize(
    ("call", "param", "allowed"),
    [case[1:] for case in BAD_CALLS],
    ids=[case[0] for case in BAD_CALLS],
)
def test_async_client_rejects_the_same_bad_input_before_any_request(
    httpserver: HTTPServer,
    async_client: AsyncTwelveLabs,
    call: Callable[[Any], Any],
    param: str,
    allowed: str,
) -> None:
    async def run() -> None:
        pending = call(async_client)
        if inspect.isawaitable(pending):
            await pending

    with pytest.raises(InvalidParameterError) as caught:
        asyncio.run(run())

    assert caught.value.param == param
    assert allowed in str(caught.value)
    assert httpserver.log == []


def test_message_shows_the_rejected_value(sync_client: TwelveLabs) -> None:
    with pytest.raises(ValueError, match=r"^page_limit: must be an integer from 1 to 50; got 51$"):
        sync_client.indexes.list(page_limit=51)


def test_a_typo_is_caught_client_side_with_the_valid_choices(sync_client: TwelveLabs) -> None:
    with pytest.raises(InvalidParameterError) as caught:
        sync_client.search.query(
            index_id="idx1", search_options=["visual", "audoi"], query_text="c"
        )

    assert str(caught.value) == "search_options[1]: must be one of 'audio', 'visual'; got 'audoi'"
