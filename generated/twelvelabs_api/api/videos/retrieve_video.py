from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.video import Video
from ...types import Response, path_segment


def _get_kwargs(
    index_id: str,
    video_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/indexes/{index_id}/videos/{video_id}".format(
            index_id=path_segment("index_id", index_id),
            video_id=path_segment("video_id", video_id),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Video | None:
    if response.status_code == 200:
        response_200 = Video.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Video]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    index_id: str,
    video_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Video]:
    """Retrieve video information

    Args:
        index_id (str):
        video_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Video]
    """

    kwargs = _get_kwargs(
        index_id=index_id,
        video_id=video_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    index_id: str,
    video_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Video | None:
    """Retrieve video information

    Args:
        index_id (str):
        video_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Video
    """

    return sync_detailed(
        index_id=index_id,
        video_id=video_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    index_id: str,
    video_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Video]:
    """Retrieve video information

    Args:
        index_id (str):
        video_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Video]
    """

    kwargs = _get_kwargs(
        index_id=index_id,
        video_id=video_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    index_id: str,
    video_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Video | None:
    """Retrieve video information

    Args:
        index_id (str):
        video_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Video
    """

    return (
        await asyncio_detailed(
            index_id=index_id,
            video_id=video_id,
            client=client,
        )
    ).parsed
