"""Answers the API is known to give, or may give after a spec bump, parse through
the public API of both clients: extra fields at every level, enum values the
spec does not list yet, fields left out, `null`s, and the timestamp spellings
RFC 3339 allows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from _clients import CREATES_WITH_ID, NO_ANSWER, READS, Clients
from _contract import StubServer, assert_same_json, json_schema, ndjson, operations

from twelvelabs_sdk import APIResponseValidationError, TwelveLabs

MODES = ["sync", "async"]
FUTURE = "added_later"  # an extra field's name, as a newer API would send it
STAMP = "2024-05-01T10:00:00Z"


def full_example(schema: dict[str, Any]) -> Any:
    """Every property filled in, and an unknown extra field on every object."""
    kind = schema.get("type")
    if "enum" in schema:
        return schema["enum"][0]
    if kind == "object" or "properties" in schema:
        value = {name: full_example(sub) for name, sub in schema.get("properties", {}).items()}
        return {**value, FUTURE: {"nested": [1, "two", None], "flag": True}}
    if kind == "array":
        return [full_example(schema.get("items", {})), full_example(schema.get("items", {}))]
    if schema.get("format") == "date-time":
        return STAMP
    return {"string": "text ✓", "integer": 7, "number": 2.5, "boolean": True}.get(kind, "any")


def models_in(value: Any) -> Iterator[Any]:
    """Every generated model object inside `value` (a model, a list, or neither)."""
    if isinstance(value, list):
        for item in value:
            yield from models_in(item)
    elif attrs.has(type(value)) and hasattr(value, "additional_properties"):
        yield value
        for field in attrs.fields(type(value)):
            yield from models_in(getattr(value, field.name))


def serve_and_read(stub: StubServer, clients: Clients, op_id: str, mode: str, body: Any) -> Any:
    stub.serve(body, status=operations()[op_id].success_status)
    return clients.read(op_id, mode)


def schema_of(op_id: str) -> dict[str, Any]:
    return json_schema(operations()[op_id].response_schema())


# -- extra fields ----------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("op_id", sorted(READS))
def test_unknown_fields_at_every_level_are_kept(
    op_id: str, mode: str, stub: StubServer, clients: Clients
) -> None:
    served = full_example(operations()[op_id].response_schema() or {})
    model = serve_and_read(stub, clients, op_id, mode, served)

    assert_same_json(served, model.to_dict(), schema_of(op_id))
    found = list(models_in(model))
    assert found
    for obj in found:
        assert obj.additional_properties.get(FUTURE) == {"nested": [1, "two", None], "flag": True}


@pytest.mark.parametrize("mode", MODES)
def test_unknown_fields_in_stream_events_are_kept(
    mode: str, stub: StubServer, clients: Clients
) -> None:
    schema = operations()["analyzeVideo"].response_schema("application/x-ndjson") or {}
    event = {**full_example(schema), "event_type": "text_generation", "text": "Hi"}
    end = {**full_example(schema), "event_type": "stream_end"}
    stub.serve(ndjson([event, end]), content_type="application/x-ndjson")

    events = clients.call(_drain_stream, mode)

    assert [e.to_dict() for e in events] == [event, end]
    assert events[0].metadata.usage[FUTURE] == {"nested": [1, "two", None], "flag": True}


def _drain_stream(c: Any) -> Any:
    if isinstance(c, TwelveLabs):
        with c.analyze_stream("vid-1", "Describe") as stream:
            return list(stream)

    async def drain() -> Any:
        stream = await c.analyze_stream("vid-1", "Describe")
        async with stream:
            return [e async for e in stream]

    return drain()


# -- enum values the spec does not list yet --------------------------------

NEW_ENUM_VALUES = [
    pytest.param(
        "retrieveTask",
        {"_id": "t1", "status": "canceled"},
        lambda task: task.status,
        "canceled",
        id="task-status-canceled",
    ),
    pytest.param(
        "listTasks",
        {"data": [{"status": "canceled"}]},
        lambda page: page.data[0].status,
        "canceled",
        id="listed-task-status",
    ),
    pytest.param(
        "retrieveIndex",
        {"models": [{"model_name": "marengo3.0", "model_options": ["visual", "text_in_video"]}]},
        lambda index: index.models[0].model_options[1],
        "text_in_video",
        id="model-option-text_in_video",
    ),
    pytest.param(
        "createSearch",
        {"data": [{"confidence": "very_high", "clips": [{"confidence": "very_high"}]}]},
        lambda page: page.data[0].confidence,
        "very_high",
        id="search-confidence-very_high",
    ),
    pytest.param(
        "retrieveEmbeddingTask",
        {"status": "queued", "video_embedding": {"segments": [{"embedding_scope": "frame"}]}},
        lambda task: (task.status, task.video_embedding.segments[0].embedding_scope),
        ("queued", "frame"),
        id="embedding-task-status-and-scope",
    ),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("op_id", "served", "pick", "expected"), NEW_ENUM_VALUES)
def test_enum_values_the_spec_does_not_list_parse_and_round_trip(
    op_id: str,
    served: dict[str, Any],
    pick: Any,
    expected: Any,
    mode: str,
    stub: StubServer,
    clients: Clients,
) -> None:
    model = serve_and_read(stub, clients, op_id, mode, served)

    assert_same_json(served, model.to_dict(), schema_of(op_id))
    assert pick(model) == expected


@pytest.mark.parametrize("mode", MODES)
def test_a_stream_event_type_the_spec_does_not_list_passes_through(
    mode: str, stub: StubServer, clients: Clients
) -> None:
    events = [
        {"event_type": "stream_start", "metadata": {"generation_id": "g"}},
        {"event_type": "text_generation", "text": "A "},
        {"event_type": "stream_pause", "reason": "thinking"},
        {"event_type": "text_generation", "text": "dog."},
        {"event_type": "stream_end", "finish_reason": "stop"},
    ]
    stub.serve(ndjson(events), content_type="application/x-ndjson")

    received = clients.call(_drain_stream, mode)

    assert [e.event_type for e in received] == [e["event_type"] for e in events]
    assert received[2].to_dict() == events[2]
    assert "".join(e.text for e in received if e.event_type == "text_generation") == "A dog."


def test_tasks_wait_keeps_polling_through_a_status_the_spec_does_not_list(
    stub: StubServer, clients: Clients
) -> None:
    stub.serve({"_id": "t1", "status": "transcoding"}, {"_id": "t1", "status": "ready"})
    seen: list[str] = []

    task = clients.sync.tasks.wait(
        "t1", poll_interval=0, timeout=5, on_update=lambda t: seen.append(str(t.status))
    )

    assert seen == ["transcoding", "ready"]
    assert task.status == "ready"


# -- fields left out -------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("op_id", sorted(set(READS) - CREATES_WITH_ID))
def test_an_empty_object_parses_with_every_field_unset(
    op_id: str, mode: str, stub: StubServer, clients: Clients
) -> None:
    model = serve_and_read(stub, clients, op_id, mode, {})

    assert model.to_dict() == {}
    assert [method for method, _ in stub.requests] == [operations()[op_id].method.upper()]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("op_id", sorted(CREATES_WITH_ID))
def test_a_create_answer_without_its_id_is_a_validation_error(
    op_id: str, mode: str, stub: StubServer, clients: Clients
) -> None:
    with pytest.raises(APIResponseValidationError, match="no `_id`"):
        serve_and_read(stub, clients, op_id, mode, {})
    assert [method for method, _ in stub.requests] == [operations()[op_id].method.upper()]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("op_id", sorted(NO_ANSWER))
@pytest.mark.parametrize(("status", "body"), [(200, b""), (200, b"{}"), (204, b"")])
def test_operations_without_an_answer_return_none_whatever_the_body(
    op_id: str, mode: str, status: int, body: bytes, stub: StubServer, clients: Clients
) -> None:
    stub.serve(body, status=status)

    assert clients.call(NO_ANSWER[op_id], mode) is None
    assert len(stub.requests) == 1


# -- nulls where the API sends them ----------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_null_video_fields_read_as_unset(mode: str, stub: StubServer, clients: Clients) -> None:
    served = {
        "_id": "v1",
        "created_at": STAMP,
        "indexed_at": None,
        "hls": None,
        "user_metadata": None,
        "system_metadata": None,
        "video_title": None,
    }
    video = serve_and_read(stub, clients, "retrieveVideo", mode, served)

    assert not video.indexed_at
    assert not video.hls
    assert not video.user_metadata
    assert not video.system_metadata
    assert video.video_title is None  # a plain string field keeps the null as None
    assert video.to_dict() == {
        "_id": "v1",
        "created_at": "2024-05-01T10:00:00+00:00",
        "video_title": None,
    }


@pytest.mark.parametrize("mode", MODES)
def test_null_task_fields_read_as_unset(mode: str, stub: StubServer, clients: Clients) -> None:
    served = {"_id": "t1", "status": "pending", "estimated_time": None, "system_metadata": None}
    task = serve_and_read(stub, clients, "retrieveTask", mode, served)

    assert not task.estimated_time
    assert not task.system_metadata
    assert task.to_dict() == {"_id": "t1", "status": "pending"}


@pytest.mark.parametrize("mode", MODES)
def test_null_lists_and_objects_in_pages_read_as_empty(
    mode: str, stub: StubServer, clients: Clients
) -> None:
    served = {"data": None, "page_info": None}
    raw = serve_and_read(stub, clients, "listVideos", mode, served)

    assert not raw.data
    assert not raw.page_info
    assert len(stub.requests) == 1


@pytest.mark.parametrize("mode", MODES)
def test_a_null_next_page_token_ends_the_search(
    mode: str, stub: StubServer, clients: Clients
) -> None:
    served = {
        "data": [{"video_id": "v1", "score": 0.9}],
        "page_info": {"next_page_token": None, "prev_page_token": None, "total_results": 1},
    }
    stub.serve(served)

    def search_all(c: Any) -> Any:
        return c.search.query(index_id="idx-1", search_options=["visual"], query_text="q").to_list()

    clips = clients.call(search_all, mode)

    assert [clip.video_id for clip in clips] == ["v1"]
    assert len(stub.requests) == 1


@pytest.mark.parametrize("mode", MODES)
def test_null_index_models_and_embedding_fields_read_as_unset(
    mode: str, stub: StubServer, clients: Clients
) -> None:
    index = serve_and_read(
        stub, clients, "retrieveIndex", mode, {"_id": "i", "models": None, "created_at": None}
    )
    assert not index.models
    assert not index.created_at
    task = serve_and_read(
        stub,
        clients,
        "retrieveEmbeddingTask",
        mode,
        {"_id": "e", "status": None, "video_embedding": None, "created_at": None},
    )
    assert not task.status
    assert not task.video_embedding
    assert task.to_dict() == {"_id": "e"}


# -- timestamps ------------------------------------------------------------

UTC = dt.UTC
TIMESTAMPS = [
    ("2024-05-01T10:00:00Z", dt.datetime(2024, 5, 1, 10, tzinfo=UTC)),
    ("2024-05-01T10:00:00.5Z", dt.datetime(2024, 5, 1, 10, 0, 0, 500000, tzinfo=UTC)),
    ("2024-05-01T10:00:00.123Z", dt.datetime(2024, 5, 1, 10, 0, 0, 123000, tzinfo=UTC)),
    ("2024-05-01T10:00:00.123456Z", dt.datetime(2024, 5, 1, 10, 0, 0, 123456, tzinfo=UTC)),
    ("2024-05-01T10:00:00.123456789Z", dt.datetime(2024, 5, 1, 10, 0, 0, 123456, tzinfo=UTC)),
    (
        "2024-05-01T10:00:00+02:00",
        dt.datetime(2024, 5, 1, 10, tzinfo=dt.timezone(dt.timedelta(hours=2))),
    ),
    (
        "2024-05-01T10:00:00.250-07:30",
        dt.datetime(2024, 5, 1, 10, 0, 0, 250000, tzinfo=dt.timezone(-dt.timedelta(hours=7.5))),
    ),
    ("2024-05-01T10:00:00+00:00", dt.datetime(2024, 5, 1, 10, tzinfo=UTC)),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("stamp", "expected"), TIMESTAMPS, ids=[s for s, _ in TIMESTAMPS])
def test_timestamps_parse_with_or_without_fraction_and_with_z_or_an_offset(
    stamp: str, expected: dt.datetime, mode: str, stub: StubServer, clients: Clients
) -> None:
    video = serve_and_read(
        stub, clients, "retrieveVideo", mode, {"created_at": stamp, "indexed_at": stamp}
    )
    task = serve_and_read(stub, clients, "retrieveTask", mode, {"estimated_time": stamp})
    etask = serve_and_read(stub, clients, "retrieveEmbeddingTask", mode, {"created_at": stamp})

    for parsed in (video.created_at, video.indexed_at, task.estimated_time, etask.created_at):
        assert parsed == expected
        assert parsed.utcoffset() == expected.utcoffset()
    assert dt.datetime.fromisoformat(video.to_dict()["created_at"]) == expected
