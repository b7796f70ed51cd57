"""Search: createSearch, then retrieveSearchPage for the following pages."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Literal

from twelvelabs_api.api.search import create_search, retrieve_search_page
from twelvelabs_api.models.create_search_body import CreateSearchBody
from twelvelabs_api.models.create_search_body_group_by import CreateSearchBodyGroupBy
from twelvelabs_api.models.create_search_body_operator import CreateSearchBodyOperator
from twelvelabs_api.models.create_search_body_query_media_type import CreateSearchBodyQueryMediaType
from twelvelabs_api.models.create_search_body_search_options_item import (
    CreateSearchBodySearchOptionsItem,
)
from twelvelabs_api.models.create_search_body_sort_option import CreateSearchBodySortOption
from twelvelabs_api.models.create_search_body_threshold import CreateSearchBodyThreshold
from twelvelabs_api.models.search_clip import SearchClip
from twelvelabs_api.models.search_results import SearchResults
from twelvelabs_api.types import UNSET

from .._errors import InvalidParameterError
from .._operation import Operation, model
from .._options import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout, request_options
from .._pagination import (
    AsyncSearchPager,
    Page,
    PagePlan,
    SearchPager,
    Trail,
    next_page_token,
    to_page,
)
from .._uploads import FileInput, open_upload
from .._validation import (
    at_most_one,
    check_enum,
    check_enum_list,
    check_id,
    check_str,
    check_token,
    json_text,
)
from ._common import AsyncResource, SyncResource, page_limit_or_unset

SearchOption = Literal["visual", "audio"]
GroupBy = Literal["clip", "video"]
Operator = Literal["or", "and"]
Threshold = Literal["high", "medium", "low", "none"]
SortOption = Literal["score", "clip_count"]


def create_op(
    index_id: str,
    search_options: Sequence[str],
    query_text: str | None,
    query_media_type: str | None,
    query_media_url: str | None,
    query_media_file: FileInput | None,
    group_by: str | None,
    operator: str | None,
    page_limit: int | None,
    filter: Mapping[str, Any] | str | None,
    threshold: str | None,
    sort_option: str | None,
) -> Operation[Page[SearchClip]]:
    media = at_most_one({"query_media_url": query_media_url, "query_media_file": query_media_file})
    if query_text is None and media is None:
        raise InvalidParameterError(
            "query_text",
            "given, or a query_media_url / query_media_file to search with",
            show_value=False,
        )
    body = CreateSearchBody(
        index_id=check_id("index_id", index_id),
        search_options=check_enum_list(
            "search_options", search_options, CreateSearchBodySearchOptionsItem
        ),
        query_text=UNSET if query_text is None else check_str("query_text", query_text),
        query_media_type=UNSET
        if query_media_type is None and media is None
        else check_enum(
            "query_media_type", query_media_type or "image", CreateSearchBodyQueryMediaType
        ),
        query_media_url=UNSET
        if query_media_url is None
        else check_str("query_media_url", query_media_url),
        group_by=UNSET
        if group_by is None
        else check_enum("group_by", group_by, CreateSearchBodyGroupBy),
        operator=UNSET
        if operator is None
        else check_enum("operator", operator, CreateSearchBodyOperator),
        page_limit=page_limit_or_unset(page_limit),
        filter_=UNSET if filter is None else json_text("filter", filter),
        threshold=UNSET
        if threshold is None
        else check_enum("threshold", threshold, CreateSearchBodyThreshold),
        sort_option=UNSET
        if sort_option is None
        else check_enum("sort_option", sort_option, CreateSearchBodySortOption),
    )
    uploads = []
    if query_media_file is not None:
        upload = open_upload("query_media_file", query_media_file)
        body.query_media_file = upload.as_file()
        uploads.append(upload)
    parse = model(SearchResults)
    return Operation(
        "createSearch",
        create_search._get_kwargs(body=body),
        lambda r: to_page(parse(r)),
        uploads=uploads,
    )


def page_op(page_token: str) -> Operation[Page[SearchClip]]:
    parse = model(SearchResults)
    kwargs = retrieve_search_page._get_kwargs(check_token("page_token", page_token))
    return Operation("retrieveSearchPage", kwargs, lambda r: to_page(parse(r), token=page_token))


def plan(build_first: Callable[[], Operation[Page[SearchClip]]]) -> PagePlan[SearchClip]:
    """Search paging. The first operation is built at once, so bad input fails at
    the call; should that request fail, a later iteration builds it anew (its file
    part was closed after the attempt)."""
    built = [build_first()]

    def first() -> Operation[Page[SearchClip]]:
        return built.pop() if built else build_first()

    def after(page: Page[SearchClip], trail: Trail) -> Operation[Page[SearchClip]] | None:
        token = next_page_token(page, trail)
        return None if token is None else page_op(token)

    return PagePlan(first, after)


def retrieve_page_op(page_token: str) -> Operation[SearchResults]:
    kwargs = retrieve_search_page._get_kwargs(check_token("page_token", page_token))
    return Operation("retrieveSearchPage", kwargs, model(SearchResults))


class Search(SyncResource):
    """`client.search`: any-to-video search over an index."""

    def query(
        self,
        index_id: str,
        *,
        search_options: Sequence[SearchOption],
        query_text: str | None = None,
        query_media_type: Literal["image"] | None = None,
        query_media_url: str | None = None,
        query_media_file: FileInput | None = None,
        group_by: GroupBy | None = None,
        operator: Operator | None = None,
        page_limit: int | None = None,
        filter: Mapping[str, Any] | str | None = None,
        threshold: Threshold | None = None,
        sort_option: SortOption | None = None,
        limit: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> SearchPager[SearchClip]:
        """Search the index; a lazy pager over every matching clip (or video with
        `group_by="video"`, each holding its `clips`) across all result pages.

        `filter` may be a dict (sent as JSON) or a JSON string. The pager's
        `search_pool` is the first page's; `.pages()` gives each page with `page_info`.

        `index_id`: the index's id.
        `search_options`: the modalities to search: "visual" and/or "audio".
        `query_text`: the text to search for.
        `query_media_type`: "image" (the default when a query medium is given).
        `query_media_url`: a public URL of the image to search with.
        `query_media_file`: the image to search with, as a path, a binary file or bytes.
        `operator`: "or" or "and", combining the search options.
        `page_limit`: items per page, 1 to 50 (the API's default, 10, when None).
        `threshold`: the lowest confidence returned: "high", "medium", "low" or "none".
        `sort_option`: the sort order or criterion the API documents for this list.
        `limit`: stop after this many items (None: every item).
        Request options, for every page request: `timeout`, `max_retries`, `total_timeout`,
            `extra_headers`, `extra_query`, `extra_body` (see the README's Per-call
            options).
        """
        search = plan(
            lambda: create_op(
                index_id,
                search_options,
                query_text,
                query_media_type,
                query_media_url,
                query_media_file,
                group_by,
                operator,
                page_limit,
                filter,
                threshold,
                sort_option,
            )
        )
        return SearchPager(
            self._client,
            search,
            limit=limit,
            options=request_options(
                timeout, max_retries, extra_headers, extra_query, extra_body, total_timeout
            ),
        )

    def retrieve_page(
        self,
        page_token: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> SearchResults:
        """One page of results by its `next_page_token` / `prev_page_token`.

        `page_token`: a `next_page_token` or `prev_page_token` from a results page.
        Request options, for this call only: `timeout`, `max_retries`, `total_timeout`,
            `extra_headers`, `extra_query`, `extra_body` (see the README's Per-call
            options).
        """
        return self._client._execute(
            (retrieve_page_op(page_token)).using(
                request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body, total_timeout
                )
            )
        )


class AsyncSearch(AsyncResource):
    """`client.search` of the async client."""

    def query(
        self,
        index_id: str,
        *,
        search_options: Sequence[SearchOption],
        query_text: str | None = None,
        query_media_type: Literal["image"] | None = None,
        query_media_url: str | None = None,
        query_media_file: FileInput | None = None,
        group_by: GroupBy | None = None,
        operator: Operator | None = None,
        page_limit: int | None = None,
        filter: Mapping[str, Any] | str | None = None,
        threshold: Threshold | None = None,
        sort_option: SortOption | None = None,
        limit: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AsyncSearchPager[SearchClip]:
        """Search the index; a lazy pager over every matching clip (or video with
        `group_by="video"`, each holding its `clips`) across all result pages.

        `filter` may be a dict (sent as JSON) or a JSON string. The pager's
        `search_pool` is the first page's; `.pages()` gives each page with `page_info`.

        `index_id`: the index's id.
        `search_options`: the modalities to search: "visual" and/or "audio".
        `query_text`: the text to search for.
        `query_media_type`: "image" (the default when a query medium is given).
        `query_media_url`: a public URL of the image to search with.
        `query_media_file`: the image to search with, as a path, a binary file or bytes.
        `operator`: "or" or "and", combining the search options.
        `page_limit`: items per page, 1 to 50 (the API's default, 10, when None).
        `threshold`: the lowest confidence returned: "high", "medium", "low" or "none".
        `sort_option`: the sort order or criterion the API documents for this list.
        `limit`: stop after this many items (None: every item).
        Request options, for every page request: `timeout`, `max_retries`, `total_timeout`,
            `extra_headers`, `extra_query`, `extra_body` (see the README's Per-call
            options).
        """
        search = plan(
            lambda: create_op(
                index_id,
                search_options,
                query_text,
                query_media_type,
                query_media_url,
                query_media_file,
                group_by,
                operator,
                page_limit,
                filter,
                threshold,
                sort_option,
            )
        )
        return AsyncSearchPager(
            self._client,
            search,
            limit=limit,
            options=request_options(
                timeout, max_retries, extra_headers, extra_query, extra_body, total_timeout
            ),
        )

    async def retrieve_page(
        self,
        page_token: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> SearchResults:
        """One page of results by its `next_page_token` / `prev_page_token`.

        `page_token`: a `next_page_token` or `prev_page_token` from a results page.
        Request options, for this call only: `timeout`, `max_retries`, `total_timeout`,
            `extra_headers`, `extra_query`, `extra_body` (see the README's Per-call
            options).
        """
        return await self._client._execute(
            (retrieve_page_op(page_token)).using(
                request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body, total_timeout
                )
            )
        )
