from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_embeddings_body import CreateEmbeddingsBody
from ...models.embedding_response import EmbeddingResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateEmbeddingsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/embed",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmbeddingResponse | None:
    if response.status_code == 200:
        response_200 = EmbeddingResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmbeddingResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEmbeddingsBody,
) -> Response[EmbeddingResponse]:
    """Create sync embeddings

     Creates Marengo embeddings for text, image, audio, or short video in a single shared multimodal
    vector space. For longer audio/video, use the asynchronous embedding task endpoints.

    Args:
        body (CreateEmbeddingsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmbeddingResponse]
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
    body: CreateEmbeddingsBody,
) -> EmbeddingResponse | None:
    """Create sync embeddings

     Creates Marengo embeddings for text, image, audio, or short video in a single shared multimodal
    vector space. For longer audio/video, use the asynchronous embedding task endpoints.

    Args:
        body (CreateEmbeddingsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmbeddingResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEmbeddingsBody,
) -> Response[EmbeddingResponse]:
    """Create sync embeddings

     Creates Marengo embeddings for text, image, audio, or short video in a single shared multimodal
    vector space. For longer audio/video, use the asynchronous embedding task endpoints.

    Args:
        body (CreateEmbeddingsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmbeddingResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEmbeddingsBody,
) -> EmbeddingResponse | None:
    """Create sync embeddings

     Creates Marengo embeddings for text, image, audio, or short video in a single shared multimodal
    vector space. For longer audio/video, use the asynchronous embedding task endpoints.

    Args:
        body (CreateEmbeddingsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmbeddingResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
