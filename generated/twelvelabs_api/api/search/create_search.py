from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_search_body import CreateSearchBody
from ...models.search_results import SearchResults
from ...types import Response


def _get_kwargs(
    *,
    body: CreateSearchBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/search",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SearchResults | None:
    if response.status_code == 200:
        response_200 = SearchResults.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SearchResults]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSearchBody,
) -> Response[SearchResults]:
    """Make any-to-video search request

     Searches an index using a text query and/or media (image) queries. Powered by Marengo. Returns
    paginated clip or video matches with relevance scores and timestamps.

    Args:
        body (CreateSearchBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SearchResults]
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
    body: CreateSearchBody,
) -> SearchResults | None:
    """Make any-to-video search request

     Searches an index using a text query and/or media (image) queries. Powered by Marengo. Returns
    paginated clip or video matches with relevance scores and timestamps.

    Args:
        body (CreateSearchBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchResults
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSearchBody,
) -> Response[SearchResults]:
    """Make any-to-video search request

     Searches an index using a text query and/or media (image) queries. Powered by Marengo. Returns
    paginated clip or video matches with relevance scores and timestamps.

    Args:
        body (CreateSearchBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SearchResults]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSearchBody,
) -> SearchResults | None:
    """Make any-to-video search request

     Searches an index using a text query and/or media (image) queries. Powered by Marengo. Returns
    paginated clip or video matches with relevance scores and timestamps.

    Args:
        body (CreateSearchBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchResults
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
