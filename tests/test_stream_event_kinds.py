"""Analyze stream events by kind: guards that check the kind at run time and
narrow the type to what that kind always carries."""

from __future__ import annotations

import asyncio

from twelvelabs_sdk import (
    AnalyzeStreamEvent,
    AsyncTwelveLabs,
    TwelveLabs,
    is_stream_end,
    is_stream_start,
    is_text_generation,
)
from twelvelabs_sdk.testing import FakeTwelveLabs


def _kinds(events: list[AnalyzeStreamEvent]) -> tuple[list[str], str, str, str]:
    kinds: list[str] = []
    text, finish, generation = "", "", ""
    for event in events:
        if is_stream_start(event):
            kinds.append("start")
            generation = str(event.metadata.generation_id)
        elif is_text_generation(event):
            kinds.append("text")
            text += event.text
        elif is_stream_end(event):
            kinds.append("end")
            finish = event.finish_reason
    return kinds, text, finish, generation


def test_guards_sort_a_real_stream_by_kind_sync() -> None:
    with FakeTwelveLabs() as fake:
        video_id = fake.add_video(fake.create_index("kinds"))
        with (
            TwelveLabs(api_key=fake.api_key, base_url=fake.url) as client,
            client.analyze_stream(video_id, "describe") as stream,
        ):
            events = list(stream)
            whole = stream.text
    kinds, text, finish, generation = _kinds(events)
    assert kinds[0] == "start"
    assert kinds[-1] == "end"
    assert set(kinds[1:-1]) == {"text"}
    assert text == whole
    assert finish == "stop"
    assert generation


def test_guards_sort_a_real_stream_by_kind_async() -> None:
    async def run() -> list[AnalyzeStreamEvent]:
        with FakeTwelveLabs() as fake:
            video_id = fake.add_video(fake.create_index("kinds"))
            async with (
                AsyncTwelveLabs(api_key=fake.api_key, base_url=fake.url) as client,
                client.analyze_stream(video_id, "describe") as stream,
            ):
                return [event async for event in stream]

    kinds, text, finish, _ = _kinds(asyncio.run(run()))
    assert kinds[0] == "start"
    assert kinds[-1] == "end"
    assert text
    assert finish == "stop"


def test_guards_refuse_events_of_another_kind_or_missing_their_fields() -> None:
    text_without_text = AnalyzeStreamEvent.from_dict({"event_type": "text_generation"})
    end_without_reason = AnalyzeStreamEvent.from_dict({"event_type": "stream_end", "metadata": {}})
    unknown = AnalyzeStreamEvent.from_dict({"event_type": "progress", "text": "x"})
    assert not is_text_generation(text_without_text)
    assert not is_stream_end(end_without_reason)
    assert not any(g(unknown) for g in (is_stream_start, is_text_generation, is_stream_end))
    assert is_text_generation(
        AnalyzeStreamEvent.from_dict({"event_type": "text_generation", "text": ""})
    )
