from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_indexes_response_200 import ListIndexesResponse200
from ...models.list_indexes_sort_by import ListIndexesSortBy
from ...models.list_indexes_sort_option import ListIndexesSortOption
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
    sort_by: ListIndexesSortBy | Unset = ListIndexesSortBy.CREATED_AT,
    sort_option: ListIndexesSortOption | Unset = ListIndexesSortOption.DESC,
    index_name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_limit"] = page_limit

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sort_by"] = json_sort_by

    json_sort_option: str | Unset = UNSET
    if not isinstance(sort_option, Unset):
        json_sort_option = sort_option.value

    params["sort_option"] = json_sort_option

    params["index_name"] = index_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/indexes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListIndexesResponse200 | None:
    if response.status_code == 200:
        response_200 = ListIndexesResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListIndexesResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
    sort_by: ListIndexesSortBy | Unset = ListIndexesSortBy.CREATED_AT,
    sort_option: ListIndexesSortOption | Unset = ListIndexesSortOption.DESC,
    index_name: str | Unset = UNSET,
) -> Response[ListIndexesResponse200]:
    """List indexes

     Returns a list of the indexes in your account, with pagination.

    Args:
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.
        sort_by (ListIndexesSortBy | Unset):  Default: ListIndexesSortBy.CREATED_AT.
        sort_option (ListIndexesSortOption | Unset):  Default: ListIndexesSortOption.DESC.
        index_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListIndexesResponse200]
    """

    kwargs = _get_kwargs(
        page=page,
        page_limit=page_limit,
        sort_by=sort_by,
        sort_option=sort_option,
        index_name=index_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
    sort_by: ListIndexesSortBy | Unset = ListIndexesSortBy.CREATED_AT,
    sort_option: ListIndexesSortOption | Unset = ListIndexesSortOption.DESC,
    index_name: str | Unset = UNSET,
) -> ListIndexesResponse200 | None:
    """List indexes

     Returns a list of the indexes in your account, with pagination.

    Args:
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.
        sort_by (ListIndexesSortBy | Unset):  Default: ListIndexesSortBy.CREATED_AT.
        sort_option (ListIndexesSortOption | Unset):  Default: ListIndexesSortOption.DESC.
        index_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListIndexesResponse200
    """

    return sync_detailed(
        client=client,
        page=page,
        page_limit=page_limit,
        sort_by=sort_by,
        sort_option=sort_option,
        index_name=index_name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
    sort_by: ListIndexesSortBy | Unset = ListIndexesSortBy.CREATED_AT,
    sort_option: ListIndexesSortOption | Unset = ListIndexesSortOption.DESC,
    index_name: str | Unset = UNSET,
) -> Response[ListIndexesResponse200]:
    """List indexes

     Returns a list of the indexes in your account, with pagination.

    Args:
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.
        sort_by (ListIndexesSortBy | Unset):  Default: ListIndexesSortBy.CREATED_AT.
        sort_option (ListIndexesSortOption | Unset):  Default: ListIndexesSortOption.DESC.
        index_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListIndexesResponse200]
    """

    kwargs = _get_kwargs(
        page=page,
        page_limit=page_limit,
        sort_by=sort_by,
        sort_option=sort_option,
        index_name=index_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
    sort_by: ListIndexesSortBy | Unset = ListIndexesSortBy.CREATED_AT,
    sort_option: ListIndexesSortOption | Unset = ListIndexesSortOption.DESC,
    index_name: str | Unset = UNSET,
) -> ListIndexesResponse200 | None:
    """List indexes

     Returns a list of the indexes in your account, with pagination.

    Args:
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.
        sort_by (ListIndexesSortBy | Unset):  Default: ListIndexesSortBy.CREATED_AT.
        sort_option (ListIndexesSortOption | Unset):  Default: ListIndexesSortOption.DESC.
        index_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListIndexesResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_limit=page_limit,
            sort_by=sort_by,
            sort_option=sort_option,
            index_name=index_name,
        )
    ).parsed
