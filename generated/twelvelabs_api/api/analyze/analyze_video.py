from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.analyze_request import AnalyzeRequest
from ...models.analyze_response import AnalyzeResponse
from ...types import Response


def _get_kwargs(
    *,
    body: AnalyzeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/analyze",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnalyzeResponse | None:
    if response.status_code == 200:
        response_200 = AnalyzeResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AnalyzeResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AnalyzeRequest,
) -> Response[AnalyzeResponse]:
    """Sync analysis (open-ended text generation)

     Generates open-ended text from a video with the Pegasus model based on a prompt. Returns the result
    in a single response, or as an NDJSON stream when `stream` is true (default).

    Args:
        body (AnalyzeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyzeResponse]
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
    body: AnalyzeRequest,
) -> AnalyzeResponse | None:
    """Sync analysis (open-ended text generation)

     Generates open-ended text from a video with the Pegasus model based on a prompt. Returns the result
    in a single response, or as an NDJSON stream when `stream` is true (default).

    Args:
        body (AnalyzeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyzeResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AnalyzeRequest,
) -> Response[AnalyzeResponse]:
    """Sync analysis (open-ended text generation)

     Generates open-ended text from a video with the Pegasus model based on a prompt. Returns the result
    in a single response, or as an NDJSON stream when `stream` is true (default).

    Args:
        body (AnalyzeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyzeResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AnalyzeRequest,
) -> AnalyzeResponse | None:
    """Sync analysis (open-ended text generation)

     Generates open-ended text from a video with the Pegasus model based on a prompt. Returns the result
    in a single response, or as an NDJSON stream when `stream` is true (default).

    Args:
        body (AnalyzeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyzeResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
