from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_embedding_task_body import CreateEmbeddingTaskBody
from ...models.create_embedding_task_response_201 import CreateEmbeddingTaskResponse201
from ...types import Response


def _get_kwargs(
    *,
    body: CreateEmbeddingTaskBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/embed/tasks",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateEmbeddingTaskResponse201 | None:
    if response.status_code == 201:
        response_201 = CreateEmbeddingTaskResponse201.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateEmbeddingTaskResponse201]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEmbeddingTaskBody,
) -> Response[CreateEmbeddingTaskResponse201]:
    """Create an async embedding task

     Creates an asynchronous embedding task for longer audio and video (up to several hours). Results are
    stored for seven days.

    Args:
        body (CreateEmbeddingTaskBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateEmbeddingTaskResponse201]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEmbeddingTaskBody,
) -> CreateEmbeddingTaskResponse201 | None:
    """Create an async embedding task

     Creates an asynchronous embedding task for longer audio and video (up to several hours). Results are
    stored for seven days.

    Args:
        body (CreateEmbeddingTaskBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateEmbeddingTaskResponse201
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEmbeddingTaskBody,
) -> Response[CreateEmbeddingTaskResponse201]:
    """Create an async embedding task

     Creates an asynchronous embedding task for longer audio and video (up to several hours). Results are
    stored for seven days.

    Args:
        body (CreateEmbeddingTaskBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateEmbeddingTaskResponse201]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEmbeddingTaskBody,
) -> CreateEmbeddingTaskResponse201 | None:
    """Create an async embedding task

     Creates an asynchronous embedding task for longer audio and video (up to several hours). Results are
    stored for seven days.

    Args:
        body (CreateEmbeddingTaskBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateEmbeddingTaskResponse201
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
