from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.search_results import SearchResults
from ...types import Response, path_segment


def _get_kwargs(
    page_token: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/search/{page_token}".format(
            page_token=path_segment("page_token", page_token),
        ),
    }

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
    page_token: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[SearchResults]:
    """Retrieve a specific page of search results

     Retrieves a subsequent page of search results using the `next_page_token` returned by a prior search
    request.

    Args:
        page_token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SearchResults]
    """

    kwargs = _get_kwargs(
        page_token=page_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    page_token: str,
    *,
    client: AuthenticatedClient | Client,
) -> SearchResults | None:
    """Retrieve a specific page of search results

     Retrieves a subsequent page of search results using the `next_page_token` returned by a prior search
    request.

    Args:
        page_token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchResults
    """

    return sync_detailed(
        page_token=page_token,
        client=client,
    ).parsed


async def asyncio_detailed(
    page_token: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[SearchResults]:
    """Retrieve a specific page of search results

     Retrieves a subsequent page of search results using the `next_page_token` returned by a prior search
    request.

    Args:
        page_token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SearchResults]
    """

    kwargs = _get_kwargs(
        page_token=page_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    page_token: str,
    *,
    client: AuthenticatedClient | Client,
) -> SearchResults | None:
    """Retrieve a specific page of search results

     Retrieves a subsequent page of search results using the `next_page_token` returned by a prior search
    request.

    Args:
        page_token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchResults
    """

    return (
        await asyncio_detailed(
            page_token=page_token,
            client=client,
        )
    ).parsed
