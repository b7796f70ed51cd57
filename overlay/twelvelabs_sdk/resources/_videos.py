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
from .._options import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout, request_options
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
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> SyncPager[Video]:
        """A lazy pager over every video in the index (`limit` caps the items yielded).

        `index_id`: the index's id.
        `page`: the page to start from (1 when None).
        `page_limit`: items per page, 1 to 50 (the API's default, 10, when None).
        `sort_by`: "created_at" or "updated_at".
        `sort_option`: the sort order or criterion the API documents for this list.
        Request options, for every page request: `timeout`, `max_retries`, `total_timeout`,
            `extra_headers`, `extra_query`, `extra_body` (see the README's Per-call
            options).
        """
        return SyncPager(
            self._client,
            list_plan(index_id, page, page_limit, sort_by, sort_option),
            limit=limit,
            options=request_options(
                timeout, max_retries, extra_headers, extra_query, extra_body, total_timeout
            ),
        )

    def retrieve(
        self,
        index_id: str,
        video_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Video:
        """The video's details: system and user metadata, HLS, timestamps.

        `index_id`: the index's id.
        `video_id`: the video's id.
        Request options, for this call only: `timeout`, `max_retries`, `total_timeout`,
            `extra_headers`, `extra_query`, `extra_body` (see the README's Per-call
            options).
        """
        return self._client._execute(
            (retrieve_op(index_id, video_id)).using(
                request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body, total_timeout
                )
            )
        )

    def update(
        self,
        index_id: str,
        video_id: str,
        *,
        video_title: str | None = None,
        user_metadata: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> None:
        """Set the video's title and/or user metadata.

        `index_id`: the index's id.
        `video_id`: the video's id.
        `video_title`: the new title.
        `user_metadata`: user metadata: a dict (sent as JSON) or a JSON string.
        Request options, for this call only: `timeout`, `max_retries`, `total_timeout`,
            `extra_headers`, `extra_query`, `extra_body` (see the README's Per-call
            options).
        """
        return self._client._execute(
            (update_op(index_id, video_id, video_title, user_metadata)).using(
                request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body, total_timeout
                )
            )
        )

    def delete(
        self,
        index_id: str,
        video_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> None:
        """Delete the video from the index.

        `index_id`: the index's id.
        `video_id`: the video's id.
        Request options, for this call only: `timeout`, `max_retries`, `total_timeout`,
            `extra_headers`, `extra_query`, `extra_body` (see the README's Per-call
            options).
        """
        return self._client._execute(
            (delete_op(index_id, video_id)).using(
                request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body, total_timeout
                )
            )
        )


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
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AsyncPager[Video]:
        """A lazy pager over every video in the index (`limit` caps the items yielded).

        `index_id`: the index's id.
        `page`: the page to start from (1 when None).
        `page_limit`: items per page, 1 to 50 (the API's default, 10, when None).
        `sort_by`: "created_at" or "updated_at".
        `sort_option`: the sort order or criterion the API documents for this list.
        Request options, for every page request: `timeout`, `max_retries`, `total_timeout`,
            `extra_headers`, `extra_query`, `extra_body` (see the README's Per-call
            options).
        """
        return AsyncPager(
            self._client,
            list_plan(index_id, page, page_limit, sort_by, sort_option),
            limit=limit,
            options=request_options(
                timeout, max_retries, extra_headers, extra_query, extra_body, total_timeout
            ),
        )

    async def retrieve(
        self,
        index_id: str,
        video_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Video:
        """The video's details: system and user metadata, HLS, timestamps.

        `index_id`: the index's id.
        `video_id`: the video's id.
        Request options, for this call only: `timeout`, `max_retries`, `total_timeout`,
            `extra_headers`, `extra_query`, `extra_body` (see the README's Per-call
            options).
        """
        return await self._client._execute(
            (retrieve_op(index_id, video_id)).using(
                request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body, total_timeout
                )
            )
        )

    async def update(
        self,
        index_id: str,
        video_id: str,
        *,
        video_title: str | None = None,
        user_metadata: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> None:
        """Set the video's title and/or user metadata.

        `index_id`: the index's id.
        `video_id`: the video's id.
        `video_title`: the new title.
        `user_metadata`: user metadata: a dict (sent as JSON) or a JSON string.
        Request options, for this call only: `timeout`, `max_retries`, `total_timeout`,
            `extra_headers`, `extra_query`, `extra_body` (see the README's Per-call
            options).
        """
        return await self._client._execute(
            (update_op(index_id, video_id, video_title, user_metadata)).using(
                request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body, total_timeout
                )
            )
        )

    async def delete(
        self,
        index_id: str,
        video_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> None:
        """Delete the video from the index.

        `index_id`: the index's id.
        `video_id`: the video's id.
        Request options, for this call only: `timeout`, `max_retries`, `total_timeout`,
            `extra_headers`, `extra_query`, `extra_body` (see the README's Per-call
            options).
        """
        return await self._client._execute(
            (delete_op(index_id, video_id)).using(
                request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body, total_timeout
                )
            )
        )
