"""Result types under the names a person would choose.

The SDK's results are the generated models of `twelvelabs_api`; their class
names follow the spec (`GenerateGistResponse200`,
`SummarizeVideoResponse200ChaptersItem`). Import them from here (or from
`twelvelabs_sdk`) under these names instead; each is the generated class
itself, so `isinstance` and type checkers see one type under either name.

    from twelvelabs_sdk.types import Gist, Summary, Chapter

`Unset` and `UNSET` mark a field the API did not send (the truly optional
ones); check with `isinstance(value, Unset)` or `value is UNSET`.

Fields the API always sends (ids, statuses, timestamps, `data`...) are typed
as always present. Should one answer lack such a field (or send it null),
the object still parses and that field alone reads `MISSING` (falsy,
`is_missing(value)` is True, left out of `to_dict()`); the SDK refuses it as
an argument, so a missing id is never sent as a string.
"""

from __future__ import annotations

from typing import TypeAlias

from twelvelabs_api.models.analyze_response import AnalyzeResponse
from twelvelabs_api.models.analyze_stream_event import AnalyzeStreamEvent
from twelvelabs_api.models.analyze_stream_event_event_type import AnalyzeStreamEventEventType
from twelvelabs_api.models.analyze_stream_event_metadata import AnalyzeStreamEventMetadata
from twelvelabs_api.models.create_embedding_task_response_201 import (
    CreateEmbeddingTaskResponse201,
)
from twelvelabs_api.models.create_index_response_201 import CreateIndexResponse201
from twelvelabs_api.models.embedding_response import EmbeddingResponse
from twelvelabs_api.models.embedding_segments import EmbeddingSegments
from twelvelabs_api.models.embedding_segments_segments_item import EmbeddingSegmentsSegmentsItem
from twelvelabs_api.models.embedding_task import EmbeddingTask
from twelvelabs_api.models.embedding_task_status import EmbeddingTaskStatus
from twelvelabs_api.models.generate_gist_response_200 import GenerateGistResponse200
from twelvelabs_api.models.index import Index
from twelvelabs_api.models.model_config import ModelConfig
from twelvelabs_api.models.page_info import PageInfo
from twelvelabs_api.models.search_clip import SearchClip
from twelvelabs_api.models.search_clip_clips_item import SearchClipClipsItem
from twelvelabs_api.models.search_clip_confidence import SearchClipConfidence
from twelvelabs_api.models.search_results import SearchResults
from twelvelabs_api.models.search_results_search_pool import SearchResultsSearchPool
from twelvelabs_api.models.summarize_video_response_200 import SummarizeVideoResponse200
from twelvelabs_api.models.summarize_video_response_200_chapters_item import (
    SummarizeVideoResponse200ChaptersItem,
)
from twelvelabs_api.models.summarize_video_response_200_highlights_item import (
    SummarizeVideoResponse200HighlightsItem,
)
from twelvelabs_api.models.task import Task
from twelvelabs_api.models.task_status import TaskStatus
from twelvelabs_api.models.task_system_metadata import TaskSystemMetadata
from twelvelabs_api.models.usage import Usage
from twelvelabs_api.models.video import Video
from twelvelabs_api.models.video_hls import VideoHls
from twelvelabs_api.models.video_system_metadata import VideoSystemMetadata
from twelvelabs_api.models.video_user_metadata import VideoUserMetadata
from twelvelabs_api.types import MISSING, UNSET, Missing, Unset, is_missing

from ._events import (
    StreamEndEvent,
    StreamStartEvent,
    TextGenerationEvent,
    is_stream_end,
    is_stream_start,
    is_text_generation,
)

__all__ = [
    "MISSING",
    "UNSET",
    "AnalyzeResponse",
    "AnalyzeStreamEvent",
    "Chapter",
    "Clip",
    "ClipInVideo",
    "Confidence",
    "CreatedEmbeddingTask",
    "CreatedIndex",
    "Embedding",
    "EmbeddingSegment",
    "EmbeddingSegments",
    "EmbeddingTask",
    "EmbeddingTaskStatus",
    "Gist",
    "Highlight",
    "Index",
    "Missing",
    "ModelConfig",
    "PageInfo",
    "SearchClip",
    "SearchPool",
    "SearchResults",
    "StreamEndEvent",
    "StreamEventMetadata",
    "StreamEventType",
    "StreamStartEvent",
    "Summary",
    "Task",
    "TaskStatus",
    "TaskSystemMetadata",
    "TextGenerationEvent",
    "Unset",
    "Usage",
    "Video",
    "VideoHls",
    "VideoSystemMetadata",
    "VideoUserMetadata",
    "is_missing",
    "is_stream_end",
    "is_stream_start",
    "is_text_generation",
]

# indexes.create and embed.tasks.create answer with the new object's id only.
CreatedIndex: TypeAlias = CreateIndexResponse201
CreatedEmbeddingTask: TypeAlias = CreateEmbeddingTaskResponse201

# search: the pager yields clips (or, with group_by="video", videos with `clips`).
Clip: TypeAlias = SearchClip
ClipInVideo: TypeAlias = SearchClipClipsItem
Confidence: TypeAlias = SearchClipConfidence
SearchPool: TypeAlias = SearchResultsSearchPool

# analyze_stream events (by kind: is_text_generation() etc., from ._events).
StreamEventType: TypeAlias = AnalyzeStreamEventEventType
StreamEventMetadata: TypeAlias = AnalyzeStreamEventMetadata

# gist and summarize.
Gist: TypeAlias = GenerateGistResponse200
Summary: TypeAlias = SummarizeVideoResponse200
Chapter: TypeAlias = SummarizeVideoResponse200ChaptersItem
Highlight: TypeAlias = SummarizeVideoResponse200HighlightsItem

# embed.create.
Embedding: TypeAlias = EmbeddingResponse
EmbeddingSegment: TypeAlias = EmbeddingSegmentsSegmentsItem
