"""Analyze stream events by kind, for type checkers.

The spec describes one event object whose `event_type` says which kind it is
and which fields it carries; the generated `AnalyzeStreamEvent` types those
fields as optional. The guards below check the kind at run time and tell the
type checker what that kind always has, so no `Unset` check follows:

    for event in stream:
        if is_text_generation(event):
            print(event.text)            # str
        elif is_stream_end(event):
            print(event.finish_reason)   # str
"""

from __future__ import annotations

from typing import Protocol, TypeGuard

from twelvelabs_api.models.analyze_stream_event import AnalyzeStreamEvent
from twelvelabs_api.models.analyze_stream_event_event_type import AnalyzeStreamEventEventType
from twelvelabs_api.models.analyze_stream_event_metadata import AnalyzeStreamEventMetadata

__all__ = [
    "StreamEndEvent",
    "StreamStartEvent",
    "TextGenerationEvent",
    "is_stream_end",
    "is_stream_start",
    "is_text_generation",
]

_Kind = AnalyzeStreamEventEventType


class StreamStartEvent(Protocol):
    """A `stream_start` event: `metadata.generation_id` names the generation."""

    @property
    def event_type(self) -> AnalyzeStreamEventEventType: ...
    @property
    def metadata(self) -> AnalyzeStreamEventMetadata: ...


class TextGenerationEvent(Protocol):
    """A `text_generation` event: `text` is the next piece of the generated text."""

    @property
    def event_type(self) -> AnalyzeStreamEventEventType: ...
    @property
    def text(self) -> str: ...


class StreamEndEvent(Protocol):
    """A `stream_end` event: why generation stopped, and its `metadata` (usage)."""

    @property
    def event_type(self) -> AnalyzeStreamEventEventType: ...
    @property
    def finish_reason(self) -> str: ...
    @property
    def metadata(self) -> AnalyzeStreamEventMetadata: ...


def is_stream_start(event: AnalyzeStreamEvent) -> TypeGuard[StreamStartEvent]:
    """True for a `stream_start` `event` that carries its metadata."""
    return event.event_type == _Kind.STREAM_START and isinstance(
        event.metadata, AnalyzeStreamEventMetadata
    )


def is_text_generation(event: AnalyzeStreamEvent) -> TypeGuard[TextGenerationEvent]:
    """True for a `text_generation` `event` (its `text` a string)."""
    return event.event_type == _Kind.TEXT_GENERATION and isinstance(event.text, str)


def is_stream_end(event: AnalyzeStreamEvent) -> TypeGuard[StreamEndEvent]:
    """True for a `stream_end` `event` that says why generation stopped and carries metadata."""
    return (
        event.event_type == _Kind.STREAM_END
        and isinstance(event.finish_reason, str)
        and isinstance(event.metadata, AnalyzeStreamEventMetadata)
    )
