"""The two clients and the request loops.

`TwelveLabs._send` and `AsyncTwelveLabs._send` are the only places requests are
sent: auth, redirects, retries, the call's deadline, body reading, error mapping
and logging happen there and nowhere else. Everything they share (configuration,
the backoff arithmetic, request building, the retry decision) is written once in
`_BaseClient` and `_retry`; reading a body within its cap and deadline is `_body`;
the httpx client itself (fork, close, event loop) is reached through `_pool`.
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import os
import time
from collections.abc import Generator, Mapping, Sequence
from datetime import timedelta
from functools import cached_property
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

import httpx

from ._body import (
    ACCEPT_ENCODING,
    DEFAULT_MAX_RESPONSE_BYTES,
    BodyTooLarge,
    BodyUndecodable,
    DeadlinePassed,
    detached,
    read_async,
    read_sync,
    read_whole_async,
    read_whole_sync,
)
from ._errors import (
    ERROR_BODY_LIMIT,
    SECRET_HEADERS,
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    InvalidParameterError,
    ResponseTooLargeError,
    TwelveLabsError,
    scrub_request,
    status_error,
)
from ._operation import _KNOWN_KEYS, Operation, request_arguments
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
    request_options,
)
from ._pool import CALL_DEADLINE, AsyncViewTransport, Pool, ViewTransport, sync_http_client
from ._response import APIResponse, AsyncAPIResponse, _BaseAPIResponse
from ._retry import (
    RETRY_COUNT_HEADER,
    retry_delay,
    retryable_exception,
    retryable_status,
)
from ._validation import check_bool, check_int, check_optional_seconds, check_timeout
from ._version import __version__

if TYPE_CHECKING:
    from twelvelabs_api import AuthenticatedClient
    from twelvelabs_api.models.analyze_response import AnalyzeResponse
    from twelvelabs_api.models.generate_gist_response_200 import GenerateGistResponse200
    from twelvelabs_api.models.summarize_video_response_200 import SummarizeVideoResponse200

    from ._raw import AsyncTwelveLabsWithRawResponse, TwelveLabsWithRawResponse
    from ._streaming import AnalyzeStreamManager, AsyncAnalyzeStreamManager
    from .bulk import AsyncBulk, Bulk
    from .resources._embed import AsyncEmbed, Embed
    from .resources._generate import GistType, SummarizeType
    from .resources._indexes import AsyncIndexes, Indexes
    from .resources._search import AsyncSearch, Search
    from .resources._tasks import AsyncTasks, Tasks
    from .resources._videos import AsyncVideos, Videos

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
    """Puts `api_key` in `x-api-key` for requests to the origin of `base_url` only.

    Applied to every hop of a redirect chain: a hop to another origin loses the
    header. The key never shows in `repr`.
    """

    def __init__(self, api_key: str, base_url: httpx.URL) -> None:
        self._api_key = api_key
        self._origin = _origin(base_url)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Add the key to `request` when it goes to the base URL's origin; strip it otherwise."""
        if _origin(request.url) == self._origin:
            request.headers[API_KEY_HEADER] = self._api_key
        else:
            request.headers.pop(API_KEY_HEADER, None)
        yield request

    def __repr__(self) -> str:
        return f"ApiKeyAuth(origin={self._origin[0]}://{self._origin[1]}:{self._origin[2]})"


# The first hop of every attempt goes to base_url, with the key already among the
# headers _build_request puts on it: no origin check to make, and no auth of the
# caller's httpx client may apply. ApiKeyAuth checks every redirect hop after it.
_FIRST_HOP_AUTH = httpx.Auth()

_warned_clear_text: set[str] = set()


def _warn_if_clear_text(url: httpx.URL) -> None:
    """Log a WARNING (once per origin) when the key would cross the network unencrypted:
    plain http to anything but this machine."""
    if url.scheme != "http" or _is_loopback(url.host):
        return
    origin = f"{url.scheme}://{url.netloc.decode('ascii')}"
    if origin in _warned_clear_text:
        return
    _warned_clear_text.add(origin)
    log.warning(
        "base_url %s uses plain http to a host that is not this machine: "
        "the API key travels in clear text; use https://",
        origin,
    )


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def cut_timeout(timeout: httpx.Timeout, deadline: float | None) -> httpx.Timeout:
    """`timeout` with every phase cut to the time left before `deadline`."""
    if deadline is None:
        return timeout
    left = max(deadline - time.monotonic(), 0.001)

    def cut(value: float | None) -> float:
        return left if value is None else min(value, left)

    return httpx.Timeout(
        connect=cut(timeout.connect),
        read=cut(timeout.read),
        write=cut(timeout.write),
        pool=cut(timeout.pool),
    )


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    port = url.port or {"http": 80, "https": 443}.get(url.scheme)
    return (url.scheme, url.host, port)


class _BaseClient:
    """Configuration and request building shared by the sync and async client."""

    _pool: Pool[Any]

    def __init__(
        self,
        api_key: str | None,
        *,
        base_url: str | httpx.URL | None,
        timeout: Timeout | NotGiven,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        http_client: httpx.Client | httpx.AsyncClient | None,
        total_timeout: float | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
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
        self.base_url: httpx.URL = httpx.URL(str(base or DEFAULT_BASE_URL).rstrip("/"))
        if self.base_url.scheme not in {"http", "https"} or not self.base_url.host:
            raise InvalidParameterError("base_url", "an absolute http(s) URL", str(self.base_url))
        _warn_if_clear_text(self.base_url)
        self.max_retries: int = check_int("max_retries", max_retries, minimum=0)
        if isinstance(timeout, NotGiven):
            timeout = http_client.timeout if http_client is not None else DEFAULT_TIMEOUT
        self.timeout: httpx.Timeout = check_timeout("timeout", timeout)
        self.total_timeout: float | None = check_optional_seconds("total_timeout", total_timeout)
        self.max_response_bytes: int = check_int(
            "max_response_bytes", max_response_bytes, minimum=1
        )
        self._api_key = api_key
        self._auth = ApiKeyAuth(api_key, self.base_url)
        self._base_str = str(self.base_url)
        self._headers: dict[str, str] = {
            "User-Agent": f"twelvelabs-sdk-python/{__version__} httpx/{httpx.__version__}",
            "Accept": "application/json",
            "Accept-Encoding": ACCEPT_ENCODING,
            **(default_headers or {}),
        }
        # Copies made by with_options share the pool but do not own it: closing a
        # copy leaves the original working.
        self._owns_http = http_client is None
        # Query parameters and body fields `with_options` adds to every call.
        self._defaults = NO_OPTIONS
        # Set on the copy behind `with_raw_response`: calls return APIResponse objects.
        self._raw_mode = False
        # What every first attempt sends, merged once (see _build_request): the
        # httpx client's own headers under ours, the key last.
        self._first_headers: dict[str, str] = {
            **self._headers,
            API_KEY_HEADER: api_key,
            RETRY_COUNT_HEADER: "0",
        }
        self._merged: tuple[list[tuple[bytes, bytes]], httpx.Headers, tuple[str, ...]] | None = None
        self._timeout_ext = self.timeout.as_dict()

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
        total_timeout: float | NotGiven | None,
        max_response_bytes: int | NotGiven | None,
    ) -> dict[str, Any]:
        """Constructor arguments for a copy sharing this client's pool (the
        constructor checks them, naming any bad one)."""
        headers = {
            **self._headers,
            **check_headers("default_headers", default_headers),
            **check_headers("extra_headers", extra_headers),
        }
        return {
            "api_key": self._api_key,
            "base_url": self.base_url if base_url is None else base_url,
            "timeout": self.timeout if isinstance(timeout, NotGiven) else timeout,
            "max_retries": self.max_retries
            if max_retries is None or isinstance(max_retries, NotGiven)
            else max_retries,
            "total_timeout": self.total_timeout
            if isinstance(total_timeout, NotGiven)
            else total_timeout,
            "max_response_bytes": self.max_response_bytes
            if max_response_bytes is None or isinstance(max_response_bytes, NotGiven)
            else max_response_bytes,
            "default_headers": headers,
            "http_client": self._pool.current,
        }

    def _adopt(self, parent: _BaseClient, defaults: RequestOptions, *, raw: bool) -> None:
        """Make this copy share `parent`'s pool, which `parent` (or its owner) closes."""
        self._owns_http = False
        self._pool = parent._pool
        self._defaults = parent._defaults.merged(defaults)
        self._raw_mode = raw

    def _deadline(self, op: Operation[Any]) -> float | None:
        """The call's absolute deadline (time.monotonic()): the operation's own (a
        wait's), or now plus `total_timeout` (the call's, else the client's),
        whichever comes first."""
        total = op.options.total_timeout
        if isinstance(total, NotGiven):
            total = self.total_timeout
        own = None if total is None else time.monotonic() + total
        if op.deadline is None or own is None:
            return op.deadline if own is None else own
        return min(op.deadline, own)

    def _build_request(
        self, op: Operation[Any], attempt: int, deadline: float | None
    ) -> tuple[httpx.Request, tuple[str, ...] | None]:
        """The attempt's request, and the credential headers it carries when known
        (None: look them up when redacting)."""
        kw = op.request
        options = op.options
        http = self._pool.get()
        if (
            attempt == 0
            and deadline is None
            and options is NO_OPTIONS
            and self._defaults is NO_OPTIONS
            and not kw.get("headers")
            and not kw.get("cookies")
            and _KNOWN_KEYS.issuperset(kw)
        ):
            plain = self._plain_headers(http)
            if plain is not None:
                first, secrets = plain
                # The common call: no per-call options, nothing per-request to
                # merge, no deadline to cut the timeout to. build_request would
                # merge the same headers again, copy the cookies and re-build the
                # Timeout.
                request = httpx.Request(
                    kw["method"],
                    self._base_str + kw["url"],
                    params=kw.get("params"),
                    json=kw.get("json"),
                    files=kw.get("files"),
                    data=kw.get("data"),
                    content=kw.get("content"),
                    headers=first,
                    extensions={"timeout": self._timeout_ext},
                )
                return request, secrets
        headers = {
            **self._headers,
            **kw.get("headers", {}),
            **options.extra_headers,
            RETRY_COUNT_HEADER: str(attempt),
            API_KEY_HEADER: self._api_key,
        }
        timeout = self.timeout if isinstance(options.timeout, NotGiven) else options.timeout
        request = http.build_request(
            kw["method"],
            self._base_str + kw["url"],
            **request_arguments(op, self._defaults),
            headers=headers,
            timeout=cut_timeout(timeout, deadline),
        )
        if deadline is not None and time.monotonic() >= deadline:
            raise self._deadline_error(op, request)
        return request, None

    def _plain_headers(
        self, http: httpx.Client | httpx.AsyncClient
    ) -> tuple[httpx.Headers, tuple[str, ...]] | None:
        """The first attempt's headers merged over the httpx client's, with the
        credential headers among them; None when that client adds what only its
        build_request knows how to merge (cookies, default query parameters).
        Re-merged when the httpx client's headers change."""
        if http.cookies or http.params:
            return None
        raw = http.headers.raw
        merged = self._merged
        if merged is None or merged[0] != raw:
            headers = httpx.Headers(http.headers)
            headers.update(self._first_headers)
            secrets = tuple(name for name in SECRET_HEADERS if name in headers)
            merged = self._merged = (raw, headers, secrets)
        return merged[1], merged[2]  # httpx.Request copies the headers

    def _deadline_error(self, op: Operation[Any], request: httpx.Request) -> APITimeoutError:
        return APITimeoutError(
            request, f"{op.name}: the call ran past its total deadline (total_timeout)"
        )

    def _transport_error(
        self,
        op: Operation[Any],
        exc: httpx.TransportError,
        request: httpx.Request,
        deadline: float | None,
    ) -> APIConnectionError:
        """The typed error for a failed attempt: a timeout at the call's deadline
        says so (the socket timeouts are cut to the time left)."""
        error = _wrap_transport_error(exc, request)
        past = deadline is not None and time.monotonic() >= deadline
        if past and isinstance(exc, httpx.TimeoutException):
            return self._deadline_error(op, request)
        return error

    def _body_error(
        self, op: Operation[Any], response: httpx.Response, error: Exception
    ) -> TwelveLabsError:
        """The typed error for a 2xx body that could not be read whole."""
        empty = detached(response, b"", response.request)
        if isinstance(error, BodyTooLarge):
            return ResponseTooLargeError(empty, error.limit)
        if isinstance(error, DeadlinePassed):
            return self._deadline_error(op, response.request)
        encoding = response.headers.get("content-encoding", "")
        return APIResponseValidationError(
            empty, f"response body could not be decoded (Content-Encoding {encoding!r}): {error}"
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
        self,
        op: Operation[Any],
        attempt: int,
        reason: str,
        retry_after: str | None,
        deadline: float | None = None,
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
        if deadline is not None and time.monotonic() + delay >= deadline:
            log.info("%s: not retried after %s: past the call's total deadline", op.name, reason)
            return None
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
        """The generated low-level client, sending with this client's key through its
        connection pool. An httpx client you passed in is not reconfigured: the
        generated functions go through a separate view of it (own base URL and auth)."""
        from twelvelabs_api import AuthenticatedClient

        api = AuthenticatedClient(
            base_url=self._base_str, token=self._api_key, prefix="", auth_header_name=API_KEY_HEADER
        )
        view: dict[str, Any] = {
            "base_url": self.base_url,
            "auth": self._auth,
            "headers": self._headers,
            "timeout": self.timeout,
        }
        if isinstance(self._pool.current, httpx.Client):
            return api.set_httpx_client(httpx.Client(transport=ViewTransport(self._pool), **view))
        return api.set_async_httpx_client(
            httpx.AsyncClient(transport=AsyncViewTransport(self._pool), **view)
        )


class _Chain:
    """One attempt's redirect chain: the hop being sent, and how many hops answered
    before it (any answer means the server has seen this attempt)."""

    __slots__ = ("hops", "request", "secrets")

    def __init__(self, built: tuple[httpx.Request, tuple[str, ...] | None]) -> None:
        self.request, self.secrets = built
        self.hops = 0

    def follow(self, request: httpx.Request) -> None:
        self.request = request
        self.secrets = None  # a hop httpx built: its credential headers are not known
        self.hops += 1


def _redirect_target(response: httpx.Response, hops: int) -> httpx.Request | None:
    """The next hop of a redirect, or None to answer with `response` itself: not a
    redirect, or one past MAX_REDIRECTS (left open, it becomes an APIStatusError)."""
    if hops >= MAX_REDIRECTS or not response.is_redirect:
        return None
    return response.next_request


def _wrap_transport_error(exc: httpx.TransportError, request: httpx.Request) -> APIConnectionError:
    # The failed request is not sent again (a retry builds a new one): take the key
    # off it, so the httpx error kept as __cause__ does not carry it either.
    scrub_request(request)
    with contextlib.suppress(RuntimeError):  # an httpx error raised without a request
        scrub_request(exc.request)
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request)
    return APIConnectionError(request, f"Connection error: {type(exc).__name__}: {exc}")


class TwelveLabs(_BaseClient):
    """Synchronous client for the TwelveLabs API v1.3.

    `api_key` falls back to `TWELVELABS_API_KEY`; `base_url` to
    `TWELVELABS_BASE_URL`, then the API's server. Use it as a context manager,
    or call `close()`; an `http_client` you pass in is yours to close.

    `timeout` is httpx's, per phase and per read; `total_timeout` bounds a whole
    call, retries included; `max_response_bytes` caps an answer read into memory.
    `max_retries` retries a failed call (see Retries in the README);
    `default_headers` are sent with every request. Each of these can be changed
    for one call (keyword options on every method) or for a copy (`with_options`).
    Safe to share between threads, and across `os.fork()` (the child gets a fresh
    connection pool).
    """

    _pool: Pool[httpx.Client]

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
        total_timeout: float | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        super().__init__(
            api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            total_timeout=total_timeout,
            max_response_bytes=max_response_bytes,
        )
        timeout = self.timeout
        self._pool = Pool(http_client, lambda: sync_http_client(timeout))

    @property
    def _http(self) -> httpx.Client:
        return self._pool.current

    def with_options(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        default_headers: Headers | None = None,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_response_bytes: int | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> TwelveLabs:
        """A copy with other settings for the calls made through it, sharing this
        client's connection pool (closing the copy leaves the pool open).

        `timeout`, `max_retries`, `total_timeout`, `max_response_bytes` and
        `base_url` replace this client's;
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
                total_timeout=total_timeout,
                max_response_bytes=max_response_bytes,
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
                total_timeout=NOT_GIVEN,
                max_response_bytes=NOT_GIVEN,
            )
        )
        raw._adopt(self, NO_OPTIONS, raw=True)
        return TwelveLabsWithRawResponse(raw)

    # -- resources ---------------------------------------------------------
    @cached_property
    def indexes(self) -> Indexes:
        """Create, list, retrieve, update and delete indexes."""
        from .resources._indexes import Indexes

        return Indexes(self)

    @cached_property
    def videos(self) -> Videos:
        """List, retrieve, update and delete the videos of an index."""
        from .resources._videos import Videos

        return Videos(self)

    @cached_property
    def tasks(self) -> Tasks:
        """Upload videos (indexing tasks) and wait for them."""
        from .resources._tasks import Tasks

        return Tasks(self)

    @cached_property
    def search(self) -> Search:
        """Any-to-video search with auto-paging results."""
        from .resources._search import Search

        return Search(self)

    @cached_property
    def embed(self) -> Embed:
        """Embeddings, and embedding tasks under `embed.tasks`."""
        from .resources._embed import Embed

        return Embed(self)

    @cached_property
    def bulk(self) -> Bulk:
        """Index a whole library: bounded, rate-limited, resumable (`bulk.index`)."""
        from .bulk import Bulk

        return Bulk(self)

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
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AnalyzeResponse:
        """Open-ended analysis of a video, returned whole (`.data` is the text).

        `video_id`: the video's id.
        `prompt`: what to ask of the video.
        `temperature`: sampling temperature, 0 to 1 (the API's default when None).
        `max_tokens`: the longest answer, in tokens (the API's default when None).
        `response_format`: a structured-output format, e.g. a `json_schema` dict.
        Request options, for this call only: `timeout`, `max_retries`, `total_timeout`,
            `extra_headers`, `extra_query`, `extra_body` (see the README's Per-call
            options).
        """
        from .resources._generate import analyze_op

        op = analyze_op(video_id, prompt, temperature, max_tokens, response_format)
        return self._execute(
            op.using(
                request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body, total_timeout
                )
            )
        )

    def analyze_stream(
        self,
        video_id: str,
        prompt: str,
        *,
        temperature: float | None = None,
        max_tokens: int | None = None,
        response_format: Mapping[str, Any] | None = None,
        keep_events: bool = False,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
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
        Events are not kept once handed out unless `keep_events=True` (then
        `stream.events` lists them).

        `video_id`: the video's id.
        `prompt`: what to ask of the video.
        `temperature`: sampling temperature, 0 to 1 (the API's default when None).
        `max_tokens`: the longest answer, in tokens (the API's default when None).
        `response_format`: a structured-output format, e.g. a `json_schema` dict.
        Request options, for this call only: `timeout`, `max_retries`, `total_timeout`,
            `extra_headers`, `extra_query`, `extra_body` (see the README's Per-call
            options).
        """
        from ._streaming import AnalyzeStream, AnalyzeStreamManager
        from .resources._generate import analyze_stream_op

        keep = check_bool("keep_events", keep_events)
        op = analyze_stream_op(
            video_id,
            prompt,
            temperature,
            max_tokens,
            response_format,
            lambda response: AnalyzeStream(
                response, keep_events=keep, max_line=self.max_response_bytes
            ),
        ).using(
            request_options(
                timeout, max_retries, extra_headers, extra_query, extra_body, total_timeout
            )
        )

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
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> GenerateGistResponse200:
        """Titles, topics and/or hashtags for a video (`types` from "title", "topic", "hashtag").

        `video_id`: the video's id.
        Request options, for this call only: `timeout`, `max_retries`, `total_timeout`,
            `extra_headers`, `extra_query`, `extra_body` (see the README's Per-call
            options).
        """
        from .resources._generate import gist_op

        return self._execute(
            gist_op(video_id, types).using(
                request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body, total_timeout
                )
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
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> SummarizeVideoResponse200:
        """A summary, chapters or highlights of a video (`type`), optionally guided by `prompt`.

        `video_id`: the video's id.
        `temperature`: sampling temperature, 0 to 1 (the API's default when None).
        Request options, for this call only: `timeout`, `max_retries`, `total_timeout`,
            `extra_headers`, `extra_query`, `extra_body` (see the README's Per-call
            options).
        """
        from .resources._generate import summarize_op

        op = summarize_op(video_id, type, prompt, temperature)
        return self._execute(
            op.using(
                request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body, total_timeout
                )
            )
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
        if self._raw_mode:
            return self._result(self._request(op))
        # The common call: the parsed result, without a raw response built around it.
        try:
            response = self._send(op, stream=False)
        finally:
            op.close_uploads()
        return op.parse(response)

    def _send(self, op: Operation[Any], *, stream: bool) -> httpx.Response:
        """Send `op`, following redirects and retrying per the rules; a 2xx response
        (open when `stream`, else read whole within `max_response_bytes`) or a
        typed exception. The deadline also bounds every socket operation of the
        call (the transport reads CALL_DEADLINE), headers included."""
        deadline = self._deadline(op)
        token = CALL_DEADLINE.set(deadline)
        try:
            return self._send_attempts(op, stream, deadline)
        finally:
            CALL_DEADLINE.reset(token)

    def _send_attempts(
        self, op: Operation[Any], stream: bool, deadline: float | None
    ) -> httpx.Response:
        attempt = 0
        while True:
            op.retries_taken = attempt
            chain = _Chain(self._build_request(op, attempt, deadline))
            started = time.monotonic()
            try:
                response = self._send_following_redirects(chain)
                if response.is_success and not stream:
                    response = self._read_body(op, response, deadline)
            except httpx.TransportError as exc:
                error = self._transport_error(op, exc, chain.request, deadline)
                delay = (
                    self._retry_plan(op, attempt, type(exc).__name__, None, deadline)
                    if retryable_exception(exc, op.retry, reached_server=chain.hops > 0)
                    else None
                )
                if delay is None:
                    raise error from exc
            else:
                self._log_response(chain.request, response, attempt, started)
                if response.is_success:
                    # Sent for good (a retry builds a new request): the key leaves it,
                    # so neither a stream's `.response.request` nor a parsed result's
                    # response carries it.
                    scrub_request(chain.request, chain.secrets)
                    return response
                delay = (
                    self._retry_plan(
                        op,
                        attempt,
                        f"HTTP {response.status_code}",
                        response.headers.get("retry-after"),
                        deadline,
                    )
                    if retryable_status(response.status_code, op.retry)
                    else None
                )
                if delay is None:
                    raise self._status_error(response, chain.request, deadline)
                response.close()
            time.sleep(delay)
            attempt += 1

    def _read_body(
        self, op: Operation[Any], response: httpx.Response, deadline: float | None
    ) -> httpx.Response:
        try:
            return read_whole_sync(response, limit=self.max_response_bytes, deadline=deadline)
        except (BodyTooLarge, BodyUndecodable, DeadlinePassed) as exc:
            raise self._body_error(op, response, exc) from None

    def _status_error(
        self, response: httpx.Response, request: httpx.Request, deadline: float | None
    ) -> APIStatusError:
        """The typed error for a non-2xx answer; reads no more than the beginning
        of its body, so a huge error page costs nothing."""
        try:
            content = read_sync(response, limit=ERROR_BODY_LIMIT, deadline=deadline, truncate=True)
        except (BodyUndecodable, DeadlinePassed):
            content = b""
        except httpx.TransportError as exc:
            raise _wrap_transport_error(exc, request) from exc
        return status_error(detached(response, content, request))

    def _send_following_redirects(self, chain: _Chain) -> httpx.Response:
        while True:
            response = self._pool.get().send(
                chain.request,
                stream=True,
                auth=self._auth if chain.hops else _FIRST_HOP_AUTH,
                follow_redirects=False,
            )
            next_request = _redirect_target(response, chain.hops)
            if next_request is None:
                return response
            response.close()
            chain.follow(next_request)

    # -- lifecycle ---------------------------------------------------------
    def close(self) -> None:
        """Close the httpx client if this client created it; calls made after this
        (through copies too) raise ClientClosedError."""
        if self._owns_http and (http := self._pool.close()) is not None:
            http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncTwelveLabs(_BaseClient):
    """Asynchronous client for the TwelveLabs API v1.3; mirrors `TwelveLabs`
    (`await` each call, `async for` over pagers and streams, `async with`).

    Takes the same arguments as `TwelveLabs`: `api_key`, `base_url`, `timeout`,
    `max_retries`, `default_headers`, `total_timeout`, `max_response_bytes`,
    and an `http_client` (an `httpx.AsyncClient`, yours to close). A client
    belongs to the event loop it first ran on.
    """

    _pool: Pool[httpx.AsyncClient]

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
        total_timeout: float | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        super().__init__(
            api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            total_timeout=total_timeout,
            max_response_bytes=max_response_bytes,
        )
        timeout = self.timeout
        self._pool = Pool(http_client, lambda: httpx.AsyncClient(timeout=timeout))

    @property
    def _http(self) -> httpx.AsyncClient:
        return self._pool.current

    def with_options(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        default_headers: Headers | None = None,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_response_bytes: int | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AsyncTwelveLabs:
        """A copy with other settings for the calls made through it, sharing this
        client's connection pool (closing the copy leaves the pool open).

        `timeout`, `max_retries`, `total_timeout`, `max_response_bytes` and
        `base_url` replace this client's;
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
                total_timeout=total_timeout,
                max_response_bytes=max_response_bytes,
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
                total_timeout=NOT_GIVEN,
                max_response_bytes=NOT_GIVEN,
            )
        )
        raw._adopt(self, NO_OPTIONS, raw=True)
        return AsyncTwelveLabsWithRawResponse(raw)

    @cached_property
    def indexes(self) -> AsyncIndexes:
        """Create, list, retrieve, update and delete indexes."""
        from .resources._indexes import AsyncIndexes

        return AsyncIndexes(self)

    @cached_property
    def videos(self) -> AsyncVideos:
        """List, retrieve, update and delete the videos of an index."""
        from .resources._videos import AsyncVideos

        return AsyncVideos(self)

    @cached_property
    def tasks(self) -> AsyncTasks:
        """Upload videos (indexing tasks) and wait for them."""
        from .resources._tasks import AsyncTasks

        return AsyncTasks(self)

    @cached_property
    def search(self) -> AsyncSearch:
        """Any-to-video search with auto-paging results."""
        from .resources._search import AsyncSearch

        return AsyncSearch(self)

    @cached_property
    def embed(self) -> AsyncEmbed:
        """Embeddings, and embedding tasks under `embed.tasks`."""
        from .resources._embed import AsyncEmbed

        return AsyncEmbed(self)

    @cached_property
    def bulk(self) -> AsyncBulk:
        """Index a whole library: bounded, rate-limited, resumable (`bulk.index`)."""
        from .bulk import AsyncBulk

        return AsyncBulk(self)

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
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AnalyzeResponse:
        """Open-ended analysis of a video, returned whole (`.data` is the text).

        `video_id`: the video's id.
        `prompt`: what to ask of the video.
        `temperature`: sampling temperature, 0 to 1 (the API's default when None).
        `max_tokens`: the longest answer, in tokens (the API's default when None).
        `response_format`: a structured-output format, e.g. a `json_schema` dict.
        Request options, for this call only: `timeout`, `max_retries`, `total_timeout`,
            `extra_headers`, `extra_query`, `extra_body` (see the README's Per-call
            options).
        """
        from .resources._generate import analyze_op

        op = analyze_op(video_id, prompt, temperature, max_tokens, response_format)
        return await self._execute(
            op.using(
                request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body, total_timeout
                )
            )
        )

    def analyze_stream(
        self,
        video_id: str,
        prompt: str,
        *,
        temperature: float | None = None,
        max_tokens: int | None = None,
        response_format: Mapping[str, Any] | None = None,
        keep_events: bool = False,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AsyncAnalyzeStreamManager:
        """Open-ended analysis as a stream of events, delivered as they arrive.

        Returns a stream manager; nothing is sent until it is used, and the
        arguments are checked here, before that. `with
        client.analyze_stream(...) as stream:` sends the request and closes the
        connection on exit; `for event in client.analyze_stream(...)`
        iterates the events directly. `.text_stream` gives the text pieces alone.
        Events are not kept once handed out unless `keep_events=True` (then
        `stream.events` lists them).

        `video_id`: the video's id.
        `prompt`: what to ask of the video.
        `temperature`: sampling temperature, 0 to 1 (the API's default when None).
        `max_tokens`: the longest answer, in tokens (the API's default when None).
        `response_format`: a structured-output format, e.g. a `json_schema` dict.
        Request options, for this call only: `timeout`, `max_retries`, `total_timeout`,
            `extra_headers`, `extra_query`, `extra_body` (see the README's Per-call
            options).
        """
        from ._streaming import AsyncAnalyzeStream, AsyncAnalyzeStreamManager
        from .resources._generate import analyze_stream_op

        keep = check_bool("keep_events", keep_events)
        op = analyze_stream_op(
            video_id,
            prompt,
            temperature,
            max_tokens,
            response_format,
            lambda response: AsyncAnalyzeStream(
                response, keep_events=keep, max_line=self.max_response_bytes
            ),
        ).using(
            request_options(
                timeout, max_retries, extra_headers, extra_query, extra_body, total_timeout
            )
        )

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
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> GenerateGistResponse200:
        """Titles, topics and/or hashtags for a video (`types` from "title", "topic", "hashtag").

        `video_id`: the video's id.
        Request options, for this call only: `timeout`, `max_retries`, `total_timeout`,
            `extra_headers`, `extra_query`, `extra_body` (see the README's Per-call
            options).
        """
        from .resources._generate import gist_op

        return await self._execute(
            gist_op(video_id, types).using(
                request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body, total_timeout
                )
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
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> SummarizeVideoResponse200:
        """A summary, chapters or highlights of a video (`type`), optionally guided by `prompt`.

        `video_id`: the video's id.
        `temperature`: sampling temperature, 0 to 1 (the API's default when None).
        Request options, for this call only: `timeout`, `max_retries`, `total_timeout`,
            `extra_headers`, `extra_query`, `extra_body` (see the README's Per-call
            options).
        """
        from .resources._generate import summarize_op

        op = summarize_op(video_id, type, prompt, temperature)
        return await self._execute(
            op.using(
                request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body, total_timeout
                )
            )
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
        if self._raw_mode:
            return self._result(await self._request(op))
        # The common call: the parsed result, without a raw response built around it.
        try:
            response = await self._send(op, stream=False)
        finally:
            op.close_uploads()
        return op.parse(response)

    async def _send(self, op: Operation[Any], *, stream: bool) -> httpx.Response:
        """Send `op`, following redirects and retrying per the rules; a 2xx response
        (open when `stream`, else read whole within `max_response_bytes`) or a
        typed exception."""
        import asyncio  # here, not at the top: sync users need not pay for importing it

        self._pool.get()  # first: a forked child forgets the parent's loop
        self._pool.bind_loop(asyncio.get_running_loop())
        deadline = self._deadline(op)
        attempt = 0
        while True:
            op.retries_taken = attempt
            chain = _Chain(self._build_request(op, attempt, deadline))
            started = time.monotonic()
            try:
                async with asyncio.timeout(None if deadline is None else deadline - started):
                    response = await self._send_following_redirects(chain)
                    if response.is_success and not stream:
                        response = await self._read_body(op, response, deadline)
            except TimeoutError:
                raise self._deadline_error(op, chain.request) from None
            except httpx.TransportError as exc:
                error = self._transport_error(op, exc, chain.request, deadline)
                delay = (
                    self._retry_plan(op, attempt, type(exc).__name__, None, deadline)
                    if retryable_exception(exc, op.retry, reached_server=chain.hops > 0)
                    else None
                )
                if delay is None:
                    raise error from exc
            else:
                self._log_response(chain.request, response, attempt, started)
                if response.is_success:
                    # Sent for good (a retry builds a new request): the key leaves it,
                    # so neither a stream's `.response.request` nor a parsed result's
                    # response carries it.
                    scrub_request(chain.request, chain.secrets)
                    return response
                delay = (
                    self._retry_plan(
                        op,
                        attempt,
                        f"HTTP {response.status_code}",
                        response.headers.get("retry-after"),
                        deadline,
                    )
                    if retryable_status(response.status_code, op.retry)
                    else None
                )
                if delay is None:
                    raise await self._status_error(response, chain.request, deadline)
                await response.aclose()
            await asyncio.sleep(delay)
            attempt += 1

    async def _read_body(
        self, op: Operation[Any], response: httpx.Response, deadline: float | None
    ) -> httpx.Response:
        try:
            return await read_whole_async(
                response, limit=self.max_response_bytes, deadline=deadline
            )
        except (BodyTooLarge, BodyUndecodable, DeadlinePassed) as exc:
            raise self._body_error(op, response, exc) from None

    async def _status_error(
        self, response: httpx.Response, request: httpx.Request, deadline: float | None
    ) -> APIStatusError:
        """The typed error for a non-2xx answer; reads no more than the beginning
        of its body, so a huge error page costs nothing."""
        try:
            content = await read_async(
                response, limit=ERROR_BODY_LIMIT, deadline=deadline, truncate=True
            )
        except (BodyUndecodable, DeadlinePassed):
            content = b""
        except httpx.TransportError as exc:
            raise _wrap_transport_error(exc, request) from exc
        return status_error(detached(response, content, request))

    async def _send_following_redirects(self, chain: _Chain) -> httpx.Response:
        while True:
            response = await self._pool.get().send(
                chain.request,
                stream=True,
                auth=self._auth if chain.hops else _FIRST_HOP_AUTH,
                follow_redirects=False,
            )
            next_request = _redirect_target(response, chain.hops)
            if next_request is None:
                return response
            await response.aclose()
            chain.follow(next_request)

    async def close(self) -> None:
        """Close the httpx client if this client created it; calls made after this
        (through copies too) raise ClientClosedError."""
        if self._owns_http and (http := self._pool.close()) is not None:
            await http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
