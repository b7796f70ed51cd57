"""Indexes: createIndex, listIndexes, retrieveIndex, updateIndex, deleteIndex."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

from twelvelabs_api.api.indexes import (
    create_index,
    delete_index,
    list_indexes,
    retrieve_index,
    update_index,
)
from twelvelabs_api.models.create_index_request import CreateIndexRequest
from twelvelabs_api.models.create_index_request_addons_item import CreateIndexRequestAddonsItem
from twelvelabs_api.models.create_index_response_201 import CreateIndexResponse201
from twelvelabs_api.models.index import Index
from twelvelabs_api.models.list_indexes_response_200 import ListIndexesResponse200
from twelvelabs_api.models.list_indexes_sort_by import ListIndexesSortBy
from twelvelabs_api.models.list_indexes_sort_option import ListIndexesSortOption
from twelvelabs_api.models.model_config import ModelConfig
from twelvelabs_api.models.model_config_model_options_item import ModelConfigModelOptionsItem
from twelvelabs_api.models.update_index_body import UpdateIndexBody
from twelvelabs_api.types import UNSET

from .._errors import InvalidParameterError
from .._operation import Operation, created, model, no_content
from .._options import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout, request_options
from .._pagination import AsyncPager, Page, PagePlan, SyncPager, numbered_plan, to_page
from .._retry import RetryKind
from .._validation import check_enum, check_enum_list, check_id, check_int, check_str, sequence_of
from ._common import AsyncResource, SyncResource, page_limit_or_unset

SortBy = Literal["created_at", "updated_at"]
SortOption = Literal["asc", "desc"]


def _model_config(i: int, value: ModelConfig | Mapping[str, Any]) -> ModelConfig:
    param = f"models[{i}]"
    name: object
    options: object
    if isinstance(value, ModelConfig):
        name, options = value.model_name, value.model_options
    elif isinstance(value, Mapping):
        name, options = value.get("model_name"), value.get("model_options")
    else:
        raise InvalidParameterError(
            param, "a ModelConfig or a dict with model_name and model_options", value
        )
    return ModelConfig(
        model_name=check_str(f"{param}.model_name", name),
        model_options=check_enum_list(
            f"{param}.model_options", options, ModelConfigModelOptionsItem
        ),
    )


def create_op(
    index_name: str, models: Sequence[ModelConfig | Mapping[str, Any]], addons: Sequence[str] | None
) -> Operation[CreateIndexResponse201]:
    configs = [_model_config(i, m) for i, m in enumerate(sequence_of("models", models))]
    if not configs:
        raise InvalidParameterError("models", "a non-empty list of model configurations", models)
    body = CreateIndexRequest(
        index_name=check_str("index_name", index_name),
        models=configs,
        addons=UNSET
        if addons is None
        else check_enum_list("addons", addons, CreateIndexRequestAddonsItem, min_items=0),
    )
    return Operation(
        "createIndex",
        create_index._get_kwargs(body=body),
        created(CreateIndexResponse201),
        RetryKind.CREATE,
    )


def list_plan(
    page: int | None,
    page_limit: int | None,
    sort_by: str | None,
    sort_option: str | None,
    index_name: str | None,
) -> PagePlan[Index]:
    limit = page_limit_or_unset(page_limit)
    by = UNSET if sort_by is None else check_enum("sort_by", sort_by, ListIndexesSortBy)
    order = (
        UNSET
        if sort_option is None
        else check_enum("sort_option", sort_option, ListIndexesSortOption)
    )
    name = UNSET if index_name is None else check_str("index_name", index_name)
    start = 1 if page is None else check_int("page", page, minimum=1)

    def build(n: int) -> Operation[Page[Index]]:
        kwargs = list_indexes._get_kwargs(
            page=n, page_limit=limit, sort_by=by, sort_option=order, index_name=name
        )
        parse = model(ListIndexesResponse200)
        return Operation("listIndexes", kwargs, lambda r: to_page(parse(r), n))

    return numbered_plan(build, start, page_limit)


def retrieve_op(index_id: str) -> Operation[Index]:
    return Operation(
        "retrieveIndex", retrieve_index._get_kwargs(check_id("index_id", index_id)), model(Index)
    )


def update_op(index_id: str, index_name: str) -> Operation[None]:
    body = UpdateIndexBody(index_name=check_str("index_name", index_name))
    return Operation(
        "updateIndex",
        update_index._get_kwargs(check_id("index_id", index_id), body=body),
        no_content,
    )


def delete_op(index_id: str) -> Operation[None]:
    return Operation(
        "deleteIndex", delete_index._get_kwargs(check_id("index_id", index_id)), no_content
    )


class Indexes(SyncResource):
    """`client.indexes`: the indexes of your account."""

    def create(
        self,
        index_name: str,
        models: Sequence[ModelConfig | Mapping[str, Any]],
        addons: Sequence[Literal["thumbnail"]] | None = None,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CreateIndexResponse201:
        """Create an index; returns an object whose `.id` is the new index's id.

        `models`: e.g. `[{"model_name": "marengo3.0", "model_options": ["visual", "audio"]}]`.

        `index_name`: the index's name.
        `addons`: index add-ons, e.g. ["thumbnail"].
        Request options, for this call only: `timeout`, `max_retries`, `total_timeout`,
            `extra_headers`, `extra_query`, `extra_body` (see the README's Per-call
            options).
        """
        return self._client._execute(
            (create_op(index_name, models, addons)).using(
                request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body, total_timeout
                )
            )
        )

    def list(
        self,
        *,
        page: int | None = None,
        page_limit: int | None = None,
        sort_by: SortBy | None = None,
        sort_option: SortOption | None = None,
        index_name: str | None = None,
        limit: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> SyncPager[Index]:
        """A lazy pager over every index (`limit` caps the items yielded).

        `page`: the page to start from (1 when None).
        `page_limit`: items per page, 1 to 50 (the API's default, 10, when None).
        `sort_by`: "created_at" or "updated_at".
        `sort_option`: the sort order or criterion the API documents for this list.
        `index_name`: the index's name.
        Request options, for every page request: `timeout`, `max_retries`, `total_timeout`,
            `extra_headers`, `extra_query`, `extra_body` (see the README's Per-call
            options).
        """
        plan = list_plan(page, page_limit, sort_by, sort_option, index_name)
        return SyncPager(
            self._client,
            plan,
            limit=limit,
            options=request_options(
                timeout, max_retries, extra_headers, extra_query, extra_body, total_timeout
            ),
        )

    def retrieve(
        self,
        index_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Index:
        """The index with this id.

        `index_id`: the index's id.
        Request options, for this call only: `timeout`, `max_retries`, `total_timeout`,
            `extra_headers`, `extra_query`, `extra_body` (see the README's Per-call
            options).
        """
        return self._client._execute(
            (retrieve_op(index_id)).using(
                request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body, total_timeout
                )
            )
        )

    def update(
        self,
        index_id: str,
        *,
        index_name: str,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> None:
        """Rename the index.

        `index_id`: the index's id.
        `index_name`: the index's name.
        Request options, for this call only: `timeout`, `max_retries`, `total_timeout`,
            `extra_headers`, `extra_query`, `extra_body` (see the README's Per-call
            options).
        """
        return self._client._execute(
            (update_op(index_id, index_name)).using(
                request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body, total_timeout
                )
            )
        )

    def delete(
        self,
        index_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> None:
        """Delete the index and its videos.

        `index_id`: the index's id.
        Request options, for this call only: `timeout`, `max_retries`, `total_timeout`,
            `extra_headers`, `extra_query`, `extra_body` (see the README's Per-call
            options).
        """
        return self._client._execute(
            (delete_op(index_id)).using(
                request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body, total_timeout
                )
            )
        )


class AsyncIndexes(AsyncResource):
    """`client.indexes` of the async client."""

    async def create(
        self,
        index_name: str,
        models: Sequence[ModelConfig | Mapping[str, Any]],
        addons: Sequence[Literal["thumbnail"]] | None = None,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CreateIndexResponse201:
        """Create an index; returns an object whose `.id` is the new index's id.

        `models`: e.g. `[{"model_name": "marengo3.0", "model_options": ["visual", "audio"]}]`.

        `index_name`: the index's name.
        `addons`: index add-ons, e.g. ["thumbnail"].
        Request options, for this call only: `timeout`, `max_retries`, `total_timeout`,
            `extra_headers`, `extra_query`, `extra_body` (see the README's Per-call
            options).
        """
        return await self._client._execute(
            (create_op(index_name, models, addons)).using(
                request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body, total_timeout
                )
            )
        )

    def list(
        self,
        *,
        page: int | None = None,
        page_limit: int | None = None,
        sort_by: SortBy | None = None,
        sort_option: SortOption | None = None,
        index_name: str | None = None,
        limit: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AsyncPager[Index]:
        """A lazy pager over every index (`limit` caps the items yielded).

        `page`: the page to start from (1 when None).
        `page_limit`: items per page, 1 to 50 (the API's default, 10, when None).
        `sort_by`: "created_at" or "updated_at".
        `sort_option`: the sort order or criterion the API documents for this list.
        `index_name`: the index's name.
        Request options, for every page request: `timeout`, `max_retries`, `total_timeout`,
            `extra_headers`, `extra_query`, `extra_body` (see the README's Per-call
            options).
        """
        plan = list_plan(page, page_limit, sort_by, sort_option, index_name)
        return AsyncPager(
            self._client,
            plan,
            limit=limit,
            options=request_options(
                timeout, max_retries, extra_headers, extra_query, extra_body, total_timeout
            ),
        )

    async def retrieve(
        self,
        index_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Index:
        """The index with this id.

        `index_id`: the index's id.
        Request options, for this call only: `timeout`, `max_retries`, `total_timeout`,
            `extra_headers`, `extra_query`, `extra_body` (see the README's Per-call
            options).
        """
        return await self._client._execute(
            (retrieve_op(index_id)).using(
                request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body, total_timeout
                )
            )
        )

    async def update(
        self,
        index_id: str,
        *,
        index_name: str,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> None:
        """Rename the index.

        `index_id`: the index's id.
        `index_name`: the index's name.
        Request options, for this call only: `timeout`, `max_retries`, `total_timeout`,
            `extra_headers`, `extra_query`, `extra_body` (see the README's Per-call
            options).
        """
        return await self._client._execute(
            (update_op(index_id, index_name)).using(
                request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body, total_timeout
                )
            )
        )

    async def delete(
        self,
        index_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> None:
        """Delete the index and its videos.

        `index_id`: the index's id.
        Request options, for this call only: `timeout`, `max_retries`, `total_timeout`,
            `extra_headers`, `extra_query`, `extra_body` (see the README's Per-call
            options).
        """
        return await self._client._execute(
            (delete_op(index_id)).using(
                request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body, total_timeout
                )
            )
        )
