from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_tasks_response_200 import ListTasksResponse200
from ...models.list_tasks_status import ListTasksStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    index_id: str | Unset = UNSET,
    status: ListTasksStatus | Unset = UNSET,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["index_id"] = index_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["page"] = page

    params["page_limit"] = page_limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tasks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListTasksResponse200 | None:
    if response.status_code == 200:
        response_200 = ListTasksResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListTasksResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    index_id: str | Unset = UNSET,
    status: ListTasksStatus | Unset = UNSET,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
) -> Response[ListTasksResponse200]:
    """List video indexing tasks

    Args:
        index_id (str | Unset):
        status (ListTasksStatus | Unset):
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListTasksResponse200]
    """

    kwargs = _get_kwargs(
        index_id=index_id,
        status=status,
        page=page,
        page_limit=page_limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    index_id: str | Unset = UNSET,
    status: ListTasksStatus | Unset = UNSET,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
) -> ListTasksResponse200 | None:
    """List video indexing tasks

    Args:
        index_id (str | Unset):
        status (ListTasksStatus | Unset):
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListTasksResponse200
    """

    return sync_detailed(
        client=client,
        index_id=index_id,
        status=status,
        page=page,
        page_limit=page_limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    index_id: str | Unset = UNSET,
    status: ListTasksStatus | Unset = UNSET,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
) -> Response[ListTasksResponse200]:
    """List video indexing tasks

    Args:
        index_id (str | Unset):
        status (ListTasksStatus | Unset):
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListTasksResponse200]
    """

    kwargs = _get_kwargs(
        index_id=index_id,
        status=status,
        page=page,
        page_limit=page_limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    index_id: str | Unset = UNSET,
    status: ListTasksStatus | Unset = UNSET,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
) -> ListTasksResponse200 | None:
    """List video indexing tasks

    Args:
        index_id (str | Unset):
        status (ListTasksStatus | Unset):
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListTasksResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            index_id=index_id,
            status=status,
            page=page,
            page_limit=page_limit,
        )
    ).parsed
