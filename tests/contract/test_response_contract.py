"""Whatever openapi.yaml lets the API answer, the SDK parses, and keeps.

For every operation with a JSON answer, hypothesis draws answers from the
spec's response schema (hypothesis-jsonschema; optional fields left out,
unknown extra fields added at every level, any timestamp RFC 3339 allows),
serves them, and reads them through the public API of the sync or the async
client. The parsed model's `to_dict()` must give back exactly what was served
(timestamps compared as the datetimes they parse to). The analyze stream gets
the same treatment, event by event.

$CONTRACT_EXAMPLES sets the examples per operation (25 by default).
"""

from __future__ import annotations

import functools
import os
from typing import Any

import pytest
from _clients import READS, Clients, with_id
from _contract import StubServer, assert_same_json, json_schema, ndjson, operations
from _surface import SENDS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

CONTRACT = settings(
    max_examples=int(os.environ.get("CONTRACT_EXAMPLES", "25")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)


@functools.cache
def answers(op_id: str, content_type: str = "application/json") -> st.SearchStrategy[Any]:
    schema = operations()[op_id].response_schema(content_type)
    return from_schema(json_schema(schema)).map(lambda answer: with_id(op_id, answer))


def test_every_sdk_operation_with_a_json_answer_is_read_here() -> None:
    with_json = {op_id for op_id in SENDS if operations()[op_id].response_schema() is not None}
    assert with_json == set(READS)


@pytest.mark.parametrize("op_id", sorted(READS))
@CONTRACT
@given(data=st.data())
def test_any_answer_the_spec_allows_parses_and_round_trips(
    op_id: str, data: st.DataObject, stub: StubServer, clients: Clients
) -> None:
    op = operations()[op_id]
    served = stub.serve(data.draw(answers(op_id), label="served"), status=op.success_status)
    mode = data.draw(st.sampled_from(["sync", "async"]), label="client")

    model = clients.read(op_id, mode)

    assert [m for m, _ in stub.requests] == [op.method.upper()]
    assert_same_json(served, model.to_dict(), json_schema(op.response_schema()))


def _stream_events() -> st.SearchStrategy[list[Any]]:
    event = answers("analyzeVideo", "application/x-ndjson")
    # stream_end ends the stream (nothing after it is read), and one carrying an
    # `error` raises: only the last event is a stream_end, a clean one.
    body = event.filter(lambda e: e.get("event_type") != "stream_end")
    end = event.map(
        lambda e: {**{k: v for k, v in e.items() if k != "error"}, "event_type": "stream_end"}
    )
    return st.tuples(st.lists(body, max_size=6), end).map(lambda t: [*t[0], t[1]])


@CONTRACT
@given(events=_stream_events())
def test_any_analyze_stream_the_spec_allows_parses_event_by_event(
    events: list[Any], stub: StubServer, clients: Clients
) -> None:
    stub.serve(ndjson(events), content_type="application/x-ndjson")

    with clients.sync.analyze_stream("vid-1", "Describe") as stream:
        received = list(stream)

    schema = json_schema(operations()["analyzeVideo"].response_schema("application/x-ndjson"))
    assert len(received) == len(events)
    for served, event in zip(events, received, strict=True):
        assert_same_json(served, event.to_dict(), schema)
    assert stream.text == "".join(
        e["text"] for e in events if e.get("event_type") == "text_generation" and "text" in e
    )
