"""Videos of an index: listVideos, retrieveVideo, updateVideo, deleteVideo."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from twelvelabs_api.api.videos import delete_video, list_videos, retrieve_video, update_video
from twelvelabs_api.models.list_videos_response_200 import ListVideosResponse200
from twelvelabs_api.models.list_videos_sort_by import ListVideosSortBy
from twelvelabs_api.models.list_videos_sort_option import ListVideosSortOption
from twelvelabs_api.models.update_video_body import UpdateVideoBody
from twelvelabs_api.models.update_video_body_user_metadata import UpdateVideoBodyUserMetadata
from twelvelabs_api.models.video import Video
from twelvelabs_api.types import UNSET

from .._errors import InvalidParameterError
from .._operation import Operation, model, no_content
from .._pagination import AsyncPager, Page, PagePlan, SyncPager, numbered_plan, to_page
from .._validation import check_enum, check_id, check_int, check_str
from ._common import AsyncResource, SyncResource, page_limit_or_unset

SortBy = Literal["created_at", "updated_at"]
SortOption = Literal["asc", "desc"]


def list_plan(
    index_id: str,
    page: int | None,
    page_limit: int | None,
    sort_by: str | None,
    sort_option: str | None,
) -> PagePlan[Video]:
    index_id = check_id("index_id", index_id)
    limit = page_limit_or_unset(page_limit)
    by = UNSET if sort_by is None else check_enum("sort_by", sort_by, ListVideosSortBy)
    order = (
        UNSET
        if sort_option is None
        else check_enum("sort_option", sort_option, ListVideosSortOption)
    )
    start = 1 if page is None else check_int("page", page, minimum=1)

    def build(n: int) -> Operation[Page[Video]]:
        kwargs = list_videos._get_kwargs(
            index_id, page=n, page_limit=limit, sort_by=by, sort_option=order
        )
        parse = model(ListVideosResponse200)
        return Operation("listVideos", kwargs, lambda r: to_page(parse(r), n))

    return numbered_plan(build, start, page_limit)


def retrieve_op(index_id: str, video_id: str) -> Operation[Video]:
    kwargs = retrieve_video._get_kwargs(
        check_id("index_id", index_id), check_id("video_id", video_id)
    )
    return Operation("retrieveVideo", kwargs, model(Video))


def update_op(
    index_id: str, video_id: str, video_title: str | None, user_metadata: Mapping[str, Any] | None
) -> Operation[None]:
    if video_title is None and user_metadata is None:
        raise InvalidParameterError(
            "video_title or user_metadata",
            "at least one of video_title, user_metadata",
            show_value=False,
        )
    if user_metadata is not None and not isinstance(user_metadata, Mapping):
        raise InvalidParameterError("user_metadata", "a dict", user_metadata)
    body = UpdateVideoBody(
        video_title=UNSET if video_title is None else check_str("video_title", video_title),
        user_metadata=UNSET
        if user_metadata is None
        else UpdateVideoBodyUserMetadata.from_dict(dict(user_metadata)),
    )
    kwargs = update_video._get_kwargs(
        check_id("index_id", index_id), check_id("video_id", video_id), body=body
    )
    return Operation("updateVideo", kwargs, no_content)


def delete_op(index_id: str, video_id: str) -> Operation[None]:
    kwargs = delete_video._get_kwargs(
        check_id("index_id", index_id), check_id("video_id", video_id)
    )
    return Operation("deleteVideo", kwargs, no_content)


class Videos(SyncResource):
    """`client.videos`: the videos of an index."""

    def list(
        self,
        index_id: str,
        *,
        page: int | None = None,
        page_limit: int | None = None,
        sort_by: SortBy | None = None,
        sort_option: SortOption | None = None,
        limit: int | None = None,
    ) -> SyncPager[Video]:
        """A lazy pager over every video in the index (`limit` caps the items yielded)."""
        return SyncPager(
            self._client, list_plan(index_id, page, page_limit, sort_by, sort_option), limit=limit
        )

    def retrieve(self, index_id: str, video_id: str) -> Video:
        """The video's details: system and user metadata, HLS, timestamps."""
        return self._client._execute(retrieve_op(index_id, video_id))

    def update(
        self,
        index_id: str,
        video_id: str,
        *,
        video_title: str | None = None,
        user_metadata: Mapping[str, Any] | None = None,
    ) -> None:
        """Set the video's title and/or user metadata."""
        self._client._execute(update_op(index_id, video_id, video_title, user_metadata))

    def delete(self, index_id: str, video_id: str) -> None:
        """Delete the video from the index."""
        self._client._execute(delete_op(index_id, video_id))


class AsyncVideos(AsyncResource):
    """`client.videos` of the async client."""

    def list(
        self,
        index_id: str,
        *,
        page: int | None = None,
        page_limit: int | None = None,
        sort_by: SortBy | None = None,
        sort_option: SortOption | None = None,
        limit: int | None = None,
    ) -> AsyncPager[Video]:
        """A lazy async pager over every video in the index."""
        return AsyncPager(
            self._client, list_plan(index_id, page, page_limit, sort_by, sort_option), limit=limit
        )

    async def retrieve(self, index_id: str, video_id: str) -> Video:
        """The video's details: system and user metadata, HLS, timestamps."""
        return await self._client._execute(retrieve_op(index_id, video_id))

    async def update(
        self,
        index_id: str,
        video_id: str,
        *,
        video_title: str | None = None,
        user_metadata: Mapping[str, Any] | None = None,
    ) -> None:
        """Set the video's title and/or user metadata."""
        await self._client._execute(update_op(index_id, video_id, video_title, user_metadata))

    async def delete(self, index_id: str, video_id: str) -> None:
        """Delete the video from the index."""
        await self._client._execute(delete_op(index_id, video_id))
