"""Contains all the data models used in inputs/outputs

Models load on first use (module `__getattr__`), so importing one model does
not import all of them.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .analyze_request import AnalyzeRequest
    from .analyze_request_response_format import AnalyzeRequestResponseFormat
    from .analyze_response import AnalyzeResponse
    from .analyze_stream_event import AnalyzeStreamEvent
    from .analyze_stream_event_event_type import AnalyzeStreamEventEventType
    from .analyze_stream_event_metadata import AnalyzeStreamEventMetadata
    from .create_embedding_task_body import CreateEmbeddingTaskBody
    from .create_embedding_task_body_video_embedding_scopes_item import (
        CreateEmbeddingTaskBodyVideoEmbeddingScopesItem,
    )
    from .create_embedding_task_response_201 import CreateEmbeddingTaskResponse201
    from .create_embeddings_body import CreateEmbeddingsBody
    from .create_index_request import CreateIndexRequest
    from .create_index_request_addons_item import CreateIndexRequestAddonsItem
    from .create_index_response_201 import CreateIndexResponse201
    from .create_search_body import CreateSearchBody
    from .create_search_body_group_by import CreateSearchBodyGroupBy
    from .create_search_body_operator import CreateSearchBodyOperator
    from .create_search_body_query_media_type import CreateSearchBodyQueryMediaType
    from .create_search_body_search_options_item import (
        CreateSearchBodySearchOptionsItem,
    )
    from .create_search_body_sort_option import CreateSearchBodySortOption
    from .create_search_body_threshold import CreateSearchBodyThreshold
    from .create_task_body import CreateTaskBody
    from .embedding_response import EmbeddingResponse
    from .embedding_segments import EmbeddingSegments
    from .embedding_segments_segments_item import EmbeddingSegmentsSegmentsItem
    from .embedding_segments_segments_item_embedding_scope import (
        EmbeddingSegmentsSegmentsItemEmbeddingScope,
    )
    from .embedding_task import EmbeddingTask
    from .embedding_task_status import EmbeddingTaskStatus
    from .error import Error
    from .generate_gist_body import GenerateGistBody
    from .generate_gist_body_types_item import GenerateGistBodyTypesItem
    from .generate_gist_response_200 import GenerateGistResponse200
    from .index import Index
    from .list_embedding_tasks_response_200 import ListEmbeddingTasksResponse200
    from .list_indexes_response_200 import ListIndexesResponse200
    from .list_indexes_sort_by import ListIndexesSortBy
    from .list_indexes_sort_option import ListIndexesSortOption
    from .list_tasks_response_200 import ListTasksResponse200
    from .list_tasks_status import ListTasksStatus
    from .list_videos_response_200 import ListVideosResponse200
    from .list_videos_sort_by import ListVideosSortBy
    from .list_videos_sort_option import ListVideosSortOption
    from .model_config import ModelConfig
    from .model_config_model_options_item import ModelConfigModelOptionsItem
    from .page_info import PageInfo
    from .search_clip import SearchClip
    from .search_clip_clips_item import SearchClipClipsItem
    from .search_clip_confidence import SearchClipConfidence
    from .search_results import SearchResults
    from .search_results_search_pool import SearchResultsSearchPool
    from .summarize_video_body import SummarizeVideoBody
    from .summarize_video_body_type import SummarizeVideoBodyType
    from .summarize_video_response_200 import SummarizeVideoResponse200
    from .summarize_video_response_200_chapters_item import (
        SummarizeVideoResponse200ChaptersItem,
    )
    from .summarize_video_response_200_highlights_item import (
        SummarizeVideoResponse200HighlightsItem,
    )
    from .task import Task
    from .task_status import TaskStatus
    from .task_system_metadata import TaskSystemMetadata
    from .update_index_body import UpdateIndexBody
    from .update_video_body import UpdateVideoBody
    from .update_video_body_user_metadata import UpdateVideoBodyUserMetadata
    from .usage import Usage
    from .video import Video
    from .video_hls import VideoHls
    from .video_system_metadata import VideoSystemMetadata
    from .video_user_metadata import VideoUserMetadata

_MODULES = {
    "AnalyzeRequest": ".analyze_request",
    "AnalyzeRequestResponseFormat": ".analyze_request_response_format",
    "AnalyzeResponse": ".analyze_response",
    "AnalyzeStreamEvent": ".analyze_stream_event",
    "AnalyzeStreamEventEventType": ".analyze_stream_event_event_type",
    "AnalyzeStreamEventMetadata": ".analyze_stream_event_metadata",
    "CreateEmbeddingTaskBody": ".create_embedding_task_body",
    "CreateEmbeddingTaskBodyVideoEmbeddingScopesItem": ".create_embedding_task_body_video_embedding_scopes_item",
    "CreateEmbeddingTaskResponse201": ".create_embedding_task_response_201",
    "CreateEmbeddingsBody": ".create_embeddings_body",
    "CreateIndexRequest": ".create_index_request",
    "CreateIndexRequestAddonsItem": ".create_index_request_addons_item",
    "CreateIndexResponse201": ".create_index_response_201",
    "CreateSearchBody": ".create_search_body",
    "CreateSearchBodyGroupBy": ".create_search_body_group_by",
    "CreateSearchBodyOperator": ".create_search_body_operator",
    "CreateSearchBodyQueryMediaType": ".create_search_body_query_media_type",
    "CreateSearchBodySearchOptionsItem": ".create_search_body_search_options_item",
    "CreateSearchBodySortOption": ".create_search_body_sort_option",
    "CreateSearchBodyThreshold": ".create_search_body_threshold",
    "CreateTaskBody": ".create_task_body",
    "EmbeddingResponse": ".embedding_response",
    "EmbeddingSegments": ".embedding_segments",
    "EmbeddingSegmentsSegmentsItem": ".embedding_segments_segments_item",
    "EmbeddingSegmentsSegmentsItemEmbeddingScope": ".embedding_segments_segments_item_embedding_scope",
    "EmbeddingTask": ".embedding_task",
    "EmbeddingTaskStatus": ".embedding_task_status",
    "Error": ".error",
    "GenerateGistBody": ".generate_gist_body",
    "GenerateGistBodyTypesItem": ".generate_gist_body_types_item",
    "GenerateGistResponse200": ".generate_gist_response_200",
    "Index": ".index",
    "ListEmbeddingTasksResponse200": ".list_embedding_tasks_response_200",
    "ListIndexesResponse200": ".list_indexes_response_200",
    "ListIndexesSortBy": ".list_indexes_sort_by",
    "ListIndexesSortOption": ".list_indexes_sort_option",
    "ListTasksResponse200": ".list_tasks_response_200",
    "ListTasksStatus": ".list_tasks_status",
    "ListVideosResponse200": ".list_videos_response_200",
    "ListVideosSortBy": ".list_videos_sort_by",
    "ListVideosSortOption": ".list_videos_sort_option",
    "ModelConfig": ".model_config",
    "ModelConfigModelOptionsItem": ".model_config_model_options_item",
    "PageInfo": ".page_info",
    "SearchClip": ".search_clip",
    "SearchClipClipsItem": ".search_clip_clips_item",
    "SearchClipConfidence": ".search_clip_confidence",
    "SearchResults": ".search_results",
    "SearchResultsSearchPool": ".search_results_search_pool",
    "SummarizeVideoBody": ".summarize_video_body",
    "SummarizeVideoBodyType": ".summarize_video_body_type",
    "SummarizeVideoResponse200": ".summarize_video_response_200",
    "SummarizeVideoResponse200ChaptersItem": ".summarize_video_response_200_chapters_item",
    "SummarizeVideoResponse200HighlightsItem": ".summarize_video_response_200_highlights_item",
    "Task": ".task",
    "TaskStatus": ".task_status",
    "TaskSystemMetadata": ".task_system_metadata",
    "UpdateIndexBody": ".update_index_body",
    "UpdateVideoBody": ".update_video_body",
    "UpdateVideoBodyUserMetadata": ".update_video_body_user_metadata",
    "Usage": ".usage",
    "Video": ".video",
    "VideoHls": ".video_hls",
    "VideoSystemMetadata": ".video_system_metadata",
    "VideoUserMetadata": ".video_user_metadata",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})


__all__ = (
    "AnalyzeRequest",
    "AnalyzeRequestResponseFormat",
    "AnalyzeResponse",
    "AnalyzeStreamEvent",
    "AnalyzeStreamEventEventType",
    "AnalyzeStreamEventMetadata",
    "CreateEmbeddingTaskBody",
    "CreateEmbeddingTaskBodyVideoEmbeddingScopesItem",
    "CreateEmbeddingTaskResponse201",
    "CreateEmbeddingsBody",
    "CreateIndexRequest",
    "CreateIndexRequestAddonsItem",
    "CreateIndexResponse201",
    "CreateSearchBody",
    "CreateSearchBodyGroupBy",
    "CreateSearchBodyOperator",
    "CreateSearchBodyQueryMediaType",
    "CreateSearchBodySearchOptionsItem",
    "CreateSearchBodySortOption",
    "CreateSearchBodyThreshold",
    "CreateTaskBody",
    "EmbeddingResponse",
    "EmbeddingSegments",
    "EmbeddingSegmentsSegmentsItem",
    "EmbeddingSegmentsSegmentsItemEmbeddingScope",
    "EmbeddingTask",
    "EmbeddingTaskStatus",
    "Error",
    "GenerateGistBody",
    "GenerateGistBodyTypesItem",
    "GenerateGistResponse200",
    "Index",
    "ListEmbeddingTasksResponse200",
    "ListIndexesResponse200",
    "ListIndexesSortBy",
    "ListIndexesSortOption",
    "ListTasksResponse200",
    "ListTasksStatus",
    "ListVideosResponse200",
    "ListVideosSortBy",
    "ListVideosSortOption",
    "ModelConfig",
    "ModelConfigModelOptionsItem",
    "PageInfo",
    "SearchClip",
    "SearchClipClipsItem",
    "SearchClipConfidence",
    "SearchResults",
    "SearchResultsSearchPool",
    "SummarizeVideoBody",
    "SummarizeVideoBodyType",
    "SummarizeVideoResponse200",
    "SummarizeVideoResponse200ChaptersItem",
    "SummarizeVideoResponse200HighlightsItem",
    "Task",
    "TaskStatus",
    "TaskSystemMetadata",
    "UpdateIndexBody",
    "UpdateVideoBody",
    "UpdateVideoBodyUserMetadata",
    "Usage",
    "Video",
    "VideoHls",
    "VideoSystemMetadata",
    "VideoUserMetadata",
)
