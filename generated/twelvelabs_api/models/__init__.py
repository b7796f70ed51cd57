"""Contains all the data models used in inputs/outputs"""

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
from .create_search_body_search_options_item import CreateSearchBodySearchOptionsItem
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
