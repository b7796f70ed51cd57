from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_videos_response_200 import ListVideosResponse200
from ...models.list_videos_sort_by import ListVideosSortBy
from ...models.list_videos_sort_option import ListVideosSortOption
from ...types import UNSET, Response, Unset, path_segment


def _get_kwargs(
    index_id: str,
    *,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
    sort_by: ListVideosSortBy | Unset = ListVideosSortBy.CREATED_AT,
    sort_option: ListVideosSortOption | Unset = ListVideosSortOption.DESC,
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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/indexes/{index_id}/videos".format(
            index_id=path_segment("index_id", index_id),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListVideosResponse200 | None:
    if response.status_code == 200:
        response_200 = ListVideosResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListVideosResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    index_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
    sort_by: ListVideosSortBy | Unset = ListVideosSortBy.CREATED_AT,
    sort_option: ListVideosSortOption | Unset = ListVideosSortOption.DESC,
) -> Response[ListVideosResponse200]:
    """List videos

     Returns the videos indexed within the specified index.

    Args:
        index_id (str):
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.
        sort_by (ListVideosSortBy | Unset):  Default: ListVideosSortBy.CREATED_AT.
        sort_option (ListVideosSortOption | Unset):  Default: ListVideosSortOption.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListVideosResponse200]
    """

    kwargs = _get_kwargs(
        index_id=index_id,
        page=page,
        page_limit=page_limit,
        sort_by=sort_by,
        sort_option=sort_option,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    index_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
    sort_by: ListVideosSortBy | Unset = ListVideosSortBy.CREATED_AT,
    sort_option: ListVideosSortOption | Unset = ListVideosSortOption.DESC,
) -> ListVideosResponse200 | None:
    """List videos

     Returns the videos indexed within the specified index.

    Args:
        index_id (str):
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.
        sort_by (ListVideosSortBy | Unset):  Default: ListVideosSortBy.CREATED_AT.
        sort_option (ListVideosSortOption | Unset):  Default: ListVideosSortOption.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListVideosResponse200
    """

    return sync_detailed(
        index_id=index_id,
        client=client,
        page=page,
        page_limit=page_limit,
        sort_by=sort_by,
        sort_option=sort_option,
    ).parsed


async def asyncio_detailed(
    index_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
    sort_by: ListVideosSortBy | Unset = ListVideosSortBy.CREATED_AT,
    sort_option: ListVideosSortOption | Unset = ListVideosSortOption.DESC,
) -> Response[ListVideosResponse200]:
    """List videos

     Returns the videos indexed within the specified index.

    Args:
        index_id (str):
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.
        sort_by (ListVideosSortBy | Unset):  Default: ListVideosSortBy.CREATED_AT.
        sort_option (ListVideosSortOption | Unset):  Default: ListVideosSortOption.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListVideosResponse200]
    """

    kwargs = _get_kwargs(
        index_id=index_id,
        page=page,
        page_limit=page_limit,
        sort_by=sort_by,
        sort_option=sort_option,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    index_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
    sort_by: ListVideosSortBy | Unset = ListVideosSortBy.CREATED_AT,
    sort_option: ListVideosSortOption | Unset = ListVideosSortOption.DESC,
) -> ListVideosResponse200 | None:
    """List videos

     Returns the videos indexed within the specified index.

    Args:
        index_id (str):
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.
        sort_by (ListVideosSortBy | Unset):  Default: ListVideosSortBy.CREATED_AT.
        sort_option (ListVideosSortOption | Unset):  Default: ListVideosSortOption.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListVideosResponse200
    """

    return (
        await asyncio_detailed(
            index_id=index_id,
            client=client,
            page=page,
            page_limit=page_limit,
            sort_by=sort_by,
            sort_option=sort_option,
        )
    ).parsed
