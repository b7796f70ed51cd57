"""Every operation, sync and async: the request on the wire and the typed result.

The table of operations lives in operation_cases.py; each is called through the
namespace and method name the design's table gives it, against a real local
server, and the request it sends (method, path, query, headers, body) is
checked field by field.
"""

from __future__ import annotations

import asyncio
import inspect
import json
from pathlib import Path
from typing import Any

import pytest
from operation_cases import OPERATION_IDS, OPERATIONS, VIDEO_BYTES, Case
from pytest_httpserver import HTTPServer
from werkzeug import Request

from twelvelabs_api.models.task import Task
from twelvelabs_sdk import AsyncTwelveLabs, BadRequestError, TwelveLabs, __version__


def serve(httpserver: HTTPServer, case: Case) -> None:
    handler = httpserver.expect_request(case.path, method=case.method)
    if case.answer is None:
        handler.respond_with_data("", status=case.status)
    else:
        handler.respond_with_json(case.answer, status=case.status)


def only_request(httpserver: HTTPServer) -> Request:
    httpserver.check_assertions()
    assert len(httpserver.log) == 1, [r.url for r, _ in httpserver.log]
    return httpserver.log[0][0]


def multipart_fields(request: Request) -> tuple[dict[str, list[str]], dict[str, bytes]]:
    """The text fields (repeated names keep every value) and file parts of a form body."""
    assert request.mimetype == "multipart/form-data"
    files = {name: part.read() for name, part in request.files.items(multi=True)}
    request.close()  # the parts were spooled to temporary files: close them now
    return request.form.to_dict(flat=False), files


def assert_request_matches(request: Request, case: Case, api_key: str) -> None:
    assert request.method == case.method
    assert request.path == case.path
    assert request.args.to_dict(flat=False) == case.query
    assert request.headers["x-api-key"] == api_key
    assert request.headers["User-Agent"].startswith(f"twelvelabs-sdk-python/{__version__} ")
    assert request.headers["X-Retry-Count"] == "0"
    if case.json is not None:
        assert request.mimetype == "application/json"
        assert json.loads(request.get_data()) == case.json
    elif case.form is not None or case.files:
        assert multipart_fields(request) == (case.form or {}, case.files)
    else:
        assert request.get_data() == b""


@pytest.mark.parametrize("case", OPERATIONS, ids=OPERATION_IDS)
def test_sync_operation_sends_its_request_and_returns_the_generated_model(
    httpserver: HTTPServer, client: TwelveLabs, api_key: str, case: Case
) -> None:
    serve(httpserver, case)

    result = case.call(client)

    assert_request_matches(only_request(httpserver), case, api_key)
    assert case.check(result), result


@pytest.mark.parametrize("case", OPERATIONS, ids=OPERATION_IDS)
def test_async_operation_sends_its_request_and_returns_the_generated_model(
    httpserver: HTTPServer, api_key: str, base_url: str, case: Case
) -> None:
    serve(httpserver, case)

    async def run() -> Any:
        async with AsyncTwelveLabs(api_key=api_key, base_url=base_url) as client:
            pending = case.call(client)
            assert inspect.isawaitable(pending), "async methods must be awaited"
            return await pending

    result = asyncio.run(run())

    assert_request_matches(only_request(httpserver), case, api_key)
    assert case.check(result), result


def test_the_table_covers_all_22_operations_of_the_spec() -> None:
    assert len(set(OPERATION_IDS)) == len(OPERATIONS) == 22


def test_async_client_mirrors_every_public_method_of_the_sync_client(client: TwelveLabs) -> None:
    def surface(obj: object, prefix: str = "") -> set[str]:
        names = set()
        for name in dir(obj):
            if name.startswith("_") or name in {"api", "base_url", "timeout", "max_retries"}:
                continue
            value = getattr(obj, name)
            if name in {"indexes", "videos", "tasks", "search", "embed"} or (
                prefix == "embed." and name == "tasks"
            ):
                names |= surface(value, f"{prefix}{name}.")
            elif callable(value):
                names.add(prefix + name)
        return names

    sync_names = surface(client)
    async_client = AsyncTwelveLabs(api_key="tlk-FAKE-other", base_url="http://127.0.0.1:9")
    assert surface(async_client) == sync_names
    assert {"indexes.create", "tasks.wait", "search.query", "embed.tasks.wait"} <= sync_names
    asyncio.run(async_client.close())


def test_create_task_from_url_sends_enable_video_stream_true_and_no_file_part(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    httpserver.expect_request("/v1.3/tasks", method="POST").respond_with_json(
        {"_id": "task2", "status": "validating"}, status=201
    )

    task = client.tasks.create(
        index_id="idx1",
        video_url="https://example.com/v.mp4",
        enable_video_stream=True,
        user_metadata='{"already": "json"}',
    )

    assert task.id == "task2"
    assert multipart_fields(only_request(httpserver)) == (
        {
            "index_id": ["idx1"],
            "video_url": ["https://example.com/v.mp4"],
            "enable_video_stream": ["true"],
            "user_metadata": ['{"already": "json"}'],
        },
        {},
    )


def test_search_by_image_file_sends_the_file_part_and_media_type(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    httpserver.expect_request("/v1.3/search", method="POST").respond_with_json(
        {"data": [], "page_info": {"total_results": 0}}
    )

    assert (
        client.search.query(
            index_id="idx1", search_options=["visual"], query_media_file=VIDEO_BYTES
        ).to_list()
        == []
    )

    form, files = multipart_fields(only_request(httpserver))
    assert form == {
        "index_id": ["idx1"],
        "search_options": ["visual"],
        "query_media_type": ["image"],
    }
    assert files == {"query_media_file": VIDEO_BYTES}


def test_search_by_image_path_can_be_iterated_again_after_a_failed_first_request(
    httpserver: HTTPServer, client: TwelveLabs, tmp_path: Path
) -> None:
    image = tmp_path / "query.jpg"
    image.write_bytes(VIDEO_BYTES)
    httpserver.expect_ordered_request("/v1.3/search", method="POST").respond_with_json(
        {"code": "parameter_invalid", "message": "try again"}, status=400
    )
    httpserver.expect_ordered_request("/v1.3/search", method="POST").respond_with_json(
        {"data": [{"video_id": "v1", "score": 1.0}], "page_info": {"total_results": 1}}
    )
    results = client.search.query(
        index_id="idx1", search_options=["visual"], query_media_file=image
    )

    with pytest.raises(BadRequestError):
        results.to_list()
    assert [clip.video_id for clip in results] == ["v1"]

    assert [multipart_fields(req)[1] for req, _ in httpserver.log] == [
        {"query_media_file": VIDEO_BYTES}
    ] * 2


def test_unknown_fields_are_kept_and_a_new_enum_value_does_not_break_parsing(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    httpserver.expect_request("/v1.3/tasks/task1").respond_with_json(
        {"_id": "task1", "status": "transcoding", "shiny_new_field": {"a": 1}}
    )

    task = client.tasks.retrieve("task1")

    assert isinstance(task, Task)
    assert task.status == "transcoding"
    assert task.additional_properties == {"shiny_new_field": {"a": 1}}
