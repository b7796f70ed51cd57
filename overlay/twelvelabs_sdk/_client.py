"""The two clients and the request loops.

`TwelveLabs._send` and `AsyncTwelveLabs._send` are the only places requests are
sent: auth, redirects, retries, error mapping and logging happen there and
nowhere else. Everything they share (configuration, the backoff arithmetic,
request building, the retry decision) is written once in `_BaseClient` and
`_retry`.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Generator, Mapping, Sequence
from datetime import timedelta
from functools import cached_property
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

import httpx

from ._errors import (
    APIConnectionError,
    APITimeoutError,
    InvalidParameterError,
    TwelveLabsError,
    status_error,
)
from ._operation import Operation, request_arguments
from ._options import (
    NO_OPTIONS,
    NOT_GIVEN,
    Body,
    Headers,
    NotGiven,
    Query,
    RequestOptions,
    Timeout,
    check_headers,
    check_max_retries,
    check_timeout,
    request_options,
)
from ._response import APIResponse, AsyncAPIResponse, _BaseAPIResponse
from ._retry import (
    RETRY_COUNT_HEADER,
    retry_delay,
    retryable_exception,
    retryable_status,
)
from ._validation import check_int
from ._version import __version__

if TYPE_CHECKING:
    from twelvelabs_api import AuthenticatedClient
    from twelvelabs_api.models.analyze_response import AnalyzeResponse
    from twelvelabs_api.models.generate_gist_response_200 import GenerateGistResponse200
    from twelvelabs_api.models.summarize_video_response_200 import SummarizeVideoResponse200

    from ._raw import AsyncTwelveLabsWithRawResponse, TwelveLabsWithRawResponse
    from ._streaming import AnalyzeStreamManager, AsyncAnalyzeStreamManager
    from .resources.embed import AsyncEmbed, Embed
    from .resources.generate import GistType, SummarizeType
    from .resources.indexes import AsyncIndexes, Indexes
    from .resources.search import AsyncSearch, Search
    from .resources.tasks import AsyncTasks, Tasks
    from .resources.videos import AsyncVideos, Videos

__all__ = ["DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT", "AsyncTwelveLabs", "TwelveLabs"]

log = logging.getLogger("twelvelabs_sdk")
T = TypeVar("T")

DEFAULT_BASE_URL = "https://api.twelvelabs.io/v1.3"
# Reads may take a while (analysis, large uploads' final answer); connecting may not.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
MAX_REDIRECTS = 5
API_KEY_HEADER = "x-api-key"


class ApiKeyAuth(httpx.Auth):
    """Puts the key in `x-api-key` for requests to the API's origin only.

    Applied to every hop of a redirect chain: a hop to another origin loses the
    header. The key never shows in `repr`.
    """

    def __init__(self, api_key: str, base_url: httpx.URL) -> None:
        self._api_key = api_key
        self._origin = _origin(base_url)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if _origin(request.url) == self._origin:
            request.headers[API_KEY_HEADER] = self._api_key
        else:
            request.headers.pop(API_KEY_HEADER, None)
        yield request

    def __repr__(self) -> str:
        return f"ApiKeyAuth(origin={self._origin[0]}://{self._origin[1]}:{self._origin[2]})"


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    port = url.port or {"http": 80, "https": 443}.get(url.scheme)
    return (url.scheme, url.host, port)


class _BaseClient:
    """Configuration and request building shared by the sync and async client."""

    _http: httpx.Client | httpx.AsyncClient

    def __init__(
        self,
        api_key: str | None,
        *,
        base_url: str | httpx.URL | None,
        timeout: Timeout | NotGiven,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        http_client: httpx.Client | httpx.AsyncClient | None,
    ) -> None:
        api_key = api_key if api_key is not None else os.environ.get("TWELVELABS_API_KEY")
        # A key read from a file or a secret often ends in a newline: drop it, since
        # the HTTP layer would refuse the header and quote the key in its error.
        api_key = (api_key or "").strip()
        if not api_key:
            raise TwelveLabsError(
                "No API key: pass api_key=... or set the TWELVELABS_API_KEY environment variable."
            )
        if not (api_key.isascii() and api_key.isprintable()):
            raise InvalidParameterError(
                "api_key", "printable ASCII, without control characters", show_value=False
            )
        base = base_url if base_url is not None else os.environ.get("TWELVELABS_BASE_URL")
        self.base_url = httpx.URL(str(base or DEFAULT_BASE_URL).rstrip("/"))
        if self.base_url.scheme not in {"http", "https"} or not self.base_url.host:
            raise InvalidParameterError("base_url", "an absolute http(s) URL", str(self.base_url))
        self.max_retries = check_int("max_retries", max_retries, minimum=0)
        if isinstance(timeout, NotGiven):
            timeout = http_client.timeout if http_client is not None else DEFAULT_TIMEOUT
        self.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self._api_key = api_key
        self._auth = ApiKeyAuth(api_key, self.base_url)
        self._base_str = str(self.base_url)
        self._headers: dict[str, str] = {
            "User-Agent": f"twelvelabs-sdk-python/{__version__} httpx/{httpx.__version__}",
            "Accept": "application/json",
            **(default_headers or {}),
        }
        self._owns_http = http_client is None
        # Query parameters and body fields `with_options` adds to every call.
        self._defaults = NO_OPTIONS
        # Set on the copy behind `with_raw_response`: calls return APIResponse objects.
        self._raw_mode = False

    def __repr__(self) -> str:
        name = type(self).__name__
        return f"{name}(base_url={self._base_str!r}, api_key='***', max_retries={self.max_retries})"

    def _copy_kwargs(
        self,
        *,
        base_url: str | httpx.URL | None,
        timeout: Timeout | NotGiven,
        max_retries: int | NotGiven | None,
        default_headers: Headers | None,
        extra_headers: Headers | None,
    ) -> dict[str, Any]:
        """Checked constructor arguments for a copy sharing this client's pool."""
        headers = {
            **self._headers,
            **check_headers("default_headers", default_headers),
            **check_headers("extra_headers", extra_headers),
        }
        if max_retries is None or isinstance(max_retries, NotGiven):
            max_retries = self.max_retries
        return {
            "api_key": self._api_key,
            "base_url": self.base_url if base_url is None else base_url,
            "timeout": self.timeout
            if isinstance(timeout, NotGiven)
            else check_timeout("timeout", timeout),
            "max_retries": check_max_retries("max_retries", max_retries),
            "default_headers": headers,
            "http_client": self._http,
        }

    def _adopt(self, parent: _BaseClient, defaults: RequestOptions, *, raw: bool) -> None:
        """Make this copy share `parent`'s pool, which `parent` (or its owner) closes."""
        self._owns_http = False
        self._defaults = parent._defaults.merged(defaults)
        self._raw_mode = raw

    def _build_request(self, op: Operation[Any], attempt: int) -> httpx.Request:
        kw = op.request
        options = op.options
        headers = {
            **self._headers,
            **kw.get("headers", {}),
            **options.extra_headers,
            RETRY_COUNT_HEADER: str(attempt),
        }
        timeout = self.timeout if isinstance(options.timeout, NotGiven) else options.timeout
        return self._http.build_request(
            kw["method"],
            self._base_str + kw["url"],
            **request_arguments(op, self._defaults),
            headers=headers,
            timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
        )

    def _max_retries(self, op: Operation[Any]) -> int:
        retries = op.options.max_retries
        return self.max_retries if isinstance(retries, NotGiven) else retries

    def _result(self, response: _BaseAPIResponse[T]) -> T:
        """What a method returns for `response`: its parsed result, or on the
        `with_raw_response` copy the raw response itself (typed by `_raw`)."""
        return cast("T", response) if self._raw_mode else response._parse()

    @staticmethod
    def _response_kwargs(op: Operation[T], started: float) -> dict[str, Any]:
        """What a raw response records besides the httpx response."""
        return {
            "parser": op.parse,
            "operation": op.name,
            "retries_taken": op.retries_taken,
            "elapsed": timedelta(seconds=time.monotonic() - started),
        }

    def _retry_plan(
        self, op: Operation[Any], attempt: int, reason: str, retry_after: str | None
    ) -> float | None:
        """Seconds to sleep before the next attempt, or None when no retry is due."""
        max_retries = self._max_retries(op)
        if attempt >= max_retries:
            return None
        stuck = [u.param for u in op.uploads if not u.rewind()]
        if stuck:
            log.info(
                "%s: not retried after %s: the file body (%s) cannot be rewound",
                op.name,
                reason,
                ", ".join(stuck),
            )
            return None
        delay = retry_delay(attempt, retry_after)
        log.info(
            "%s: retrying in %.2fs after %s (retry %d of %d)",
            op.name,
            delay,
            reason,
            attempt + 1,
            max_retries,
        )
        return delay

    def _log_response(
        self, request: httpx.Request, response: httpx.Response, attempt: int, started: float
    ) -> None:
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "%s %s -> %d (attempt %d, %.3fs)",
                request.method,
                request.url.path,
                response.status_code,
                attempt + 1,
                time.monotonic() - started,
            )

    @cached_property
    def api(self) -> AuthenticatedClient:
        """The generated low-level client, sharing this client's httpx client and key."""
        from twelvelabs_api import AuthenticatedClient

        # The generated functions send paths relative to the httpx client's
        # base_url and rely on it for auth; give it ours where it has none.
        if self._http.auth is None:
            self._http.auth = self._auth
        if self._http.base_url == httpx.URL(""):
            self._http.base_url = self.base_url
        api = AuthenticatedClient(
            base_url=self._base_str, token=self._api_key, prefix="", auth_header_name=API_KEY_HEADER
        )
        if isinstance(self._http, httpx.Client):
            return api.set_httpx_client(self._http)
        return api.set_async_httpx_client(self._http)


def _redirect_target(response: httpx.Response, hops: int) -> httpx.Request | None:
    """The next hop of a redirect, or None to answer with `response` itself: not a
    redirect, or one past MAX_REDIRECTS (left open, it becomes an APIStatusError)."""
    if hops >= MAX_REDIRECTS or not response.is_redirect:
        return None
    return response.next_request


def _wrap_transport_error(exc: httpx.TransportError, request: httpx.Request) -> APIConnectionError:
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request)
    return APIConnectionError(request, f"Connection error: {type(exc).__name__}: {exc}")


class TwelveLabs(_BaseClient):
    """Synchronous client for the TwelveLabs API v1.3.

    `api_key` falls back to `TWELVELABS_API_KEY`; `base_url` to
    `TWELVELABS_BASE_URL`, then the API's server. Use it as a context manager,
    or call `close()`; an `http_client` you pass in is yours to close.
    """

    _http: httpx.Client

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
        )
        self._http = http_client if http_client is not None else httpx.Client(timeout=self.timeout)

    def with_options(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        default_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> TwelveLabs:
        """A copy with other settings for the calls made through it, sharing this
        client's connection pool (closing the copy leaves the pool open).

        `timeout`, `max_retries` and `base_url` replace this client's;
        `default_headers` and `extra_headers` are added to its headers;
        `extra_query` and `extra_body` are added to every call. Bad values raise
        InvalidParameterError naming the parameter. `copy()` is the same method.
        """
        defaults = request_options(extra_query=extra_query, extra_body=extra_body)
        copy = TwelveLabs(
            **self._copy_kwargs(
                base_url=base_url,
                timeout=timeout,
                max_retries=max_retries,
                default_headers=default_headers,
                extra_headers=extra_headers,
            )
        )
        copy._adopt(self, defaults, raw=self._raw_mode)
        return copy

    copy = with_options

    @cached_property
    def with_raw_response(self) -> TwelveLabsWithRawResponse:
        """The same methods, returning the raw response (status, headers, request
        id, rate-limit info, retries taken) with `.parse()` for the typed result."""
        from ._raw import TwelveLabsWithRawResponse

        raw = TwelveLabs(
            **self._copy_kwargs(
                base_url=None,
                timeout=NOT_GIVEN,
                max_retries=NOT_GIVEN,
                default_headers=None,
                extra_headers=None,
            )
        )
        raw._adopt(self, NO_OPTIONS, raw=True)
        return TwelveLabsWithRawResponse(raw)

    # -- resources ---------------------------------------------------------
    @cached_property
    def indexes(self) -> Indexes:
        """Create, list, retrieve, update and delete indexes."""
        from .resources.indexes import Indexes

        return Indexes(self)

    @cached_property
    def videos(self) -> Videos:
        """List, retrieve, update and delete the videos of an index."""
        from .resources.videos import Videos

        return Videos(self)

    @cached_property
    def tasks(self) -> Tasks:
        """Upload videos (indexing tasks) and wait for them."""
        from .resources.tasks import Tasks

        return Tasks(self)

    @cached_property
    def search(self) -> Search:
        """Any-to-video search with auto-paging results."""
        from .resources.search import Search

        return Search(self)

    @cached_property
    def embed(self) -> Embed:
        """Embeddings, and embedding tasks under `embed.tasks`."""
        from .resources.embed import Embed

        return Embed(self)

    # -- text from video ---------------------------------------------------
    def analyze(
        self,
        video_id: str,
        prompt: str,
        *,
        temperature: float | None = None,
        max_tokens: int | None = None,
        response_format: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AnalyzeResponse:
        """Open-ended analysis of a video, returned whole (`.data` is the text)."""
        from .resources.generate import analyze_op

        op = analyze_op(video_id, prompt, temperature, max_tokens, response_format)
        return self._execute(
            op.using(request_options(timeout, max_retries, extra_headers, extra_query, extra_body))
        )

    def analyze_stream(
        self,
        video_id: str,
        prompt: str,
        *,
        temperature: float | None = None,
        max_tokens: int | None = None,
        response_format: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AnalyzeStreamManager:
        """Open-ended analysis as a stream of events, delivered as they arrive.

        Returns a stream manager; nothing is sent until it is used, and the
        arguments are checked here, before that. `with
        client.analyze_stream(...) as stream:` sends the request and closes the
        connection on exit; `for event in client.analyze_stream(...)`
        iterates the events directly. `.text_stream` gives the text pieces alone.
        """
        from ._streaming import AnalyzeStream, AnalyzeStreamManager
        from .resources.generate import analyze_stream_op

        op = analyze_stream_op(
            video_id, prompt, temperature, max_tokens, response_format, AnalyzeStream
        ).using(request_options(timeout, max_retries, extra_headers, extra_query, extra_body))

        def start() -> APIResponse[AnalyzeStream]:
            return self._request(op, stream=True)

        return AnalyzeStreamManager(start)

    def gist(
        self,
        video_id: str,
        types: Sequence[GistType],
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> GenerateGistResponse200:
        """Titles, topics and/or hashtags for a video (`types` from "title", "topic", "hashtag")."""
        from .resources.generate import gist_op

        return self._execute(
            gist_op(video_id, types).using(
                request_options(timeout, max_retries, extra_headers, extra_query, extra_body)
            )
        )

    def summarize(
        self,
        video_id: str,
        type: SummarizeType,
        *,
        prompt: str | None = None,
        temperature: float | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> SummarizeVideoResponse200:
        """A summary, chapters or highlights of a video (`type`), optionally guided by `prompt`."""
        from .resources.generate import summarize_op

        op = summarize_op(video_id, type, prompt, temperature)
        return self._execute(
            op.using(request_options(timeout, max_retries, extra_headers, extra_query, extra_body))
        )

    # -- the request loop --------------------------------------------------
    def _request(self, op: Operation[T], *, stream: bool = False) -> APIResponse[T]:
        """Send `op`; its final answer as a raw response (body read unless `stream`)."""
        started = time.monotonic()
        try:
            response = self._send(op, stream=stream)
        finally:
            op.close_uploads()
        return APIResponse(response, **self._response_kwargs(op, started))

    def _execute(self, op: Operation[T]) -> T:
        """Send `op`: its parsed result, or on the `with_raw_response` copy its raw response."""
        response = self._request(op)
        return self._result(response)

    def _send(self, op: Operation[Any], *, stream: bool) -> httpx.Response:
        """Send `op`, following redirects and retrying per the rules; a 2xx response
        (open when `stream`) or a typed exception."""
        attempt = 0
        while True:
            request = self._build_request(op, attempt)
            started = time.monotonic()
            try:
                response = self._send_following_redirects(request, stream)
            except httpx.TransportError as exc:
                error = _wrap_transport_error(exc, request)
                delay = (
                    self._retry_plan(op, attempt, type(exc).__name__, None)
                    if retryable_exception(exc, op.retry)
                    else None
                )
                if delay is None:
                    raise error from exc
            else:
                self._log_response(request, response, attempt, started)
                if response.is_success:
                    op.retries_taken = attempt
                    return response
                delay = (
                    self._retry_plan(
                        op,
                        attempt,
                        f"HTTP {response.status_code}",
                        response.headers.get("retry-after"),
                    )
                    if retryable_status(response.status_code, op.retry)
                    else None
                )
                if delay is None:
                    try:
                        response.read()
                    except httpx.TransportError as exc:
                        raise _wrap_transport_error(exc, request) from exc
                    finally:
                        response.close()
                    raise status_error(response)
                response.close()
            time.sleep(delay)
            attempt += 1

    def _send_following_redirects(self, request: httpx.Request, stream: bool) -> httpx.Response:
        hops = 0
        while True:
            response = self._http.send(
                request, stream=stream, auth=self._auth, follow_redirects=False
            )
            next_request = _redirect_target(response, hops)
            if next_request is None:
                return response
            response.close()
            request, hops = next_request, hops + 1

    # -- lifecycle ---------------------------------------------------------
    def close(self) -> None:
        """Close the httpx client if this client created it."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncTwelveLabs(_BaseClient):
    """Asynchronous client for the TwelveLabs API v1.3; mirrors `TwelveLabs`
    (`await` each call, `async for` over pagers and streams, `async with`)."""

    _http: httpx.AsyncClient

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
        )
        self._http = (
            http_client if http_client is not None else httpx.AsyncClient(timeout=self.timeout)
        )

    def with_options(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        default_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AsyncTwelveLabs:
        """A copy with other settings for the calls made through it, sharing this
        client's connection pool (closing the copy leaves the pool open).

        `timeout`, `max_retries` and `base_url` replace this client's;
        `default_headers` and `extra_headers` are added to its headers;
        `extra_query` and `extra_body` are added to every call. Bad values raise
        InvalidParameterError naming the parameter. `copy()` is the same method.
        """
        defaults = request_options(extra_query=extra_query, extra_body=extra_body)
        copy = AsyncTwelveLabs(
            **self._copy_kwargs(
                base_url=base_url,
                timeout=timeout,
                max_retries=max_retries,
                default_headers=default_headers,
                extra_headers=extra_headers,
            )
        )
        copy._adopt(self, defaults, raw=self._raw_mode)
        return copy

    copy = with_options

    @cached_property
    def with_raw_response(self) -> AsyncTwelveLabsWithRawResponse:
        """The same methods, returning the raw response (status, headers, request
        id, rate-limit info, retries taken) with `.parse()` for the typed result."""
        from ._raw import AsyncTwelveLabsWithRawResponse

        raw = AsyncTwelveLabs(
            **self._copy_kwargs(
                base_url=None,
                timeout=NOT_GIVEN,
                max_retries=NOT_GIVEN,
                default_headers=None,
                extra_headers=None,
            )
        )
        raw._adopt(self, NO_OPTIONS, raw=True)
        return AsyncTwelveLabsWithRawResponse(raw)

    @cached_property
    def indexes(self) -> AsyncIndexes:
        """Create, list, retrieve, update and delete indexes."""
        from .resources.indexes import AsyncIndexes

        return AsyncIndexes(self)

    @cached_property
    def videos(self) -> AsyncVideos:
        """List, retrieve, update and delete the videos of an index."""
        from .resources.videos import AsyncVideos

        return AsyncVideos(self)

    @cached_property
    def tasks(self) -> AsyncTasks:
        """Upload videos (indexing tasks) and wait for them."""
        from .resources.tasks import AsyncTasks

        return AsyncTasks(self)

    @cached_property
    def search(self) -> AsyncSearch:
        """Any-to-video search with auto-paging results."""
        from .resources.search import AsyncSearch

        return AsyncSearch(self)

    @cached_property
    def embed(self) -> AsyncEmbed:
        """Embeddings, and embedding tasks under `embed.tasks`."""
        from .resources.embed import AsyncEmbed

        return AsyncEmbed(self)

    # -- text from video ---------------------------------------------------
    async def analyze(
        self,
        video_id: str,
        prompt: str,
        *,
        temperature: float | None = None,
        max_tokens: int | None = None,
        response_format: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AnalyzeResponse:
        """Open-ended analysis of a video, returned whole (`.data` is the text)."""
        from .resources.generate import analyze_op

        op = analyze_op(video_id, prompt, temperature, max_tokens, response_format)
        return await self._execute(
            op.using(request_options(timeout, max_retries, extra_headers, extra_query, extra_body))
        )

    def analyze_stream(
        self,
        video_id: str,
        prompt: str,
        *,
        temperature: float | None = None,
        max_tokens: int | None = None,
        response_format: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AsyncAnalyzeStreamManager:
        """Open-ended analysis as a stream of events, delivered as they arrive.

        Returns a stream manager; nothing is sent until it is used, and the
        arguments are checked here, before that. `async with
        client.analyze_stream(...) as stream:` sends the request and closes the
        connection on exit; `async for event in client.analyze_stream(...)`
        iterates the events directly. `.text_stream` gives the text pieces alone.
        """
        from ._streaming import AsyncAnalyzeStream, AsyncAnalyzeStreamManager
        from .resources.generate import analyze_stream_op

        op = analyze_stream_op(
            video_id, prompt, temperature, max_tokens, response_format, AsyncAnalyzeStream
        ).using(request_options(timeout, max_retries, extra_headers, extra_query, extra_body))

        async def start() -> AsyncAPIResponse[AsyncAnalyzeStream]:
            return await self._request(op, stream=True)

        return AsyncAnalyzeStreamManager(start)

    async def gist(
        self,
        video_id: str,
        types: Sequence[GistType],
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> GenerateGistResponse200:
        """Titles, topics and/or hashtags for a video (`types` from "title", "topic", "hashtag")."""
        from .resources.generate import gist_op

        return await self._execute(
            gist_op(video_id, types).using(
                request_options(timeout, max_retries, extra_headers, extra_query, extra_body)
            )
        )

    async def summarize(
        self,
        video_id: str,
        type: SummarizeType,
        *,
        prompt: str | None = None,
        temperature: float | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> SummarizeVideoResponse200:
        """A summary, chapters or highlights of a video (`type`), optionally guided by `prompt`."""
        from .resources.generate import summarize_op

        op = summarize_op(video_id, type, prompt, temperature)
        return await self._execute(
            op.using(request_options(timeout, max_retries, extra_headers, extra_query, extra_body))
        )

    # -- the request loop --------------------------------------------------
    async def _request(self, op: Operation[T], *, stream: bool = False) -> AsyncAPIResponse[T]:
        """Send `op`; its final answer as a raw response (body read unless `stream`)."""
        started = time.monotonic()
        try:
            response = await self._send(op, stream=stream)
        finally:
            op.close_uploads()
        return AsyncAPIResponse(response, **self._response_kwargs(op, started))

    async def _execute(self, op: Operation[T]) -> T:
        """Send `op`: its parsed result, or on the `with_raw_response` copy its raw response."""
        response = await self._request(op)
        return self._result(response)

    async def _send(self, op: Operation[Any], *, stream: bool) -> httpx.Response:
        """Async twin of `TwelveLabs._send`."""
        import asyncio  # here, not at the top: sync users need not pay for importing it

        attempt = 0
        while True:
            request = self._build_request(op, attempt)
            started = time.monotonic()
            try:
                response = await self._send_following_redirects(request, stream)
            except httpx.TransportError as exc:
                error = _wrap_transport_error(exc, request)
                delay = (
                    self._retry_plan(op, attempt, type(exc).__name__, None)
                    if retryable_exception(exc, op.retry)
                    else None
                )
                if delay is None:
                    raise error from exc
            else:
                self._log_response(request, response, attempt, started)
                if response.is_success:
                    op.retries_taken = attempt
                    return response
                delay = (
                    self._retry_plan(
                        op,
                        attempt,
                        f"HTTP {response.status_code}",
                        response.headers.get("retry-after"),
                    )
                    if retryable_status(response.status_code, op.retry)
                    else None
                )
                if delay is None:
                    try:
                        await response.aread()
                    except httpx.TransportError as exc:
                        raise _wrap_transport_error(exc, request) from exc
                    finally:
                        await response.aclose()
                    raise status_error(response)
                await response.aclose()
            await asyncio.sleep(delay)
            attempt += 1

    async def _send_following_redirects(
        self, request: httpx.Request, stream: bool
    ) -> httpx.Response:
        hops = 0
        while True:
            response = await self._http.send(
                request, stream=stream, auth=self._auth, follow_redirects=False
            )
            next_request = _redirect_target(response, hops)
            if next_request is None:
                return response
            await response.aclose()
            request, hops = next_request, hops + 1

    async def close(self) -> None:
        """Close the httpx client if this client created it."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
