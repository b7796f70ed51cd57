from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_video_body import UpdateVideoBody
from ...types import Response, path_segment


def _get_kwargs(
    index_id: str,
    video_id: str,
    *,
    body: UpdateVideoBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/indexes/{index_id}/videos/{video_id}".format(
            index_id=path_segment("index_id", index_id),
            video_id=path_segment("video_id", video_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | None:
    if response.status_code == 200:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any]:
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
    body: UpdateVideoBody,
) -> Response[Any]:
    """Update video information

     Updates the title and user metadata of the specified video.

    Args:
        index_id (str):
        video_id (str):
        body (UpdateVideoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        index_id=index_id,
        video_id=video_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    index_id: str,
    video_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateVideoBody,
) -> Response[Any]:
    """Update video information

     Updates the title and user metadata of the specified video.

    Args:
        index_id (str):
        video_id (str):
        body (UpdateVideoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        index_id=index_id,
        video_id=video_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
