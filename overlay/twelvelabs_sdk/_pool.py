"""The httpx client behind a TwelveLabs client and its `with_options` copies.

`Pool.get()` is how the request loop reaches httpx, and where it notices what
would otherwise break silently:

- a new process: after `os.fork()` (gunicorn --preload, Celery prefork,
  multiprocessing's fork context) the child must not reuse the parent's pooled
  connections (both would read each other's answers) nor its locks (a parent
  thread that was mid-request holds them forever in the child). An httpx client
  the SDK created is replaced by a fresh one in the child; the parent's is left
  untouched (closing it would touch sockets and locks the parent still uses). An
  httpx client the caller passed in is the caller's to replace: the SDK logs a
  WARNING once.
- a closed client: ClientClosedError instead of httpx's RuntimeError.
- (async) another event loop: an AsyncClient's connections belong to the loop
  that opened them, so a client used from a second loop raises ClientClosedError.

The pid check is one `os.getpid()` call per request.

`sync_http_client` makes the sync httpx client: httpx's defaults, with a transport
that holds every socket operation to the call's deadline (`_transport`).
"""

from __future__ import annotations

import logging
import os
import urllib.request
import weakref
from collections.abc import Callable
from contextvars import ContextVar
from typing import Any, Generic, TypeVar

import httpx

from ._errors import ClientClosedError

log = logging.getLogger("twelvelabs_sdk")

H = TypeVar("H", httpx.Client, httpx.AsyncClient)

# The running sync call's deadline (time.monotonic()), set by the request loop;
# the transport of an httpx client the SDK created bounds every socket operation by
# it (see `_transport`). A context variable: each thread has its own call.
CALL_DEADLINE: ContextVar[float | None] = ContextVar("twelvelabs_call_deadline", default=None)

# httpx clients left behind in a forked child: kept referenced so that the garbage
# collector never finalizes sockets the parent process still uses.
_left_in_parent: list[Any] = []


class Pool(Generic[H]):
    """One httpx client (created by `factory` unless `given`), shared by copies."""

    def __init__(self, given: H | None, factory: Callable[[], H]) -> None:
        self.owned = given is None
        self._factory: Callable[[], H] = factory
        self._http: H = factory() if given is None else given
        self._pid = os.getpid()
        self._closed = False
        self._loop: weakref.ref[Any] | None = None

    @property
    def current(self) -> H:
        """The httpx client as it is, without the process and state checks."""
        return self._http

    def get(self) -> H:
        """The httpx client to send with in this process; raises ClientClosedError."""
        if self._pid != os.getpid():
            self._after_fork()
        if self._closed or self._http.is_closed:
            raise ClientClosedError(
                "the client was closed: create a new TwelveLabs client (or use one "
                "per `with` block)"
            )
        return self._http

    def _after_fork(self) -> None:
        self._pid = os.getpid()
        self._loop = None
        if self.owned:
            _left_in_parent.append(self._http)
            self._http = self._factory()
            log.debug("new process %d: fresh connection pool", self._pid)
        else:
            log.warning(
                "the http_client passed to the TwelveLabs client was created before "
                "os.fork(): its pooled connections are shared with the parent process; "
                "create a new httpx client in the child (process %d)",
                self._pid,
            )

    def bind_loop(self, loop: object) -> None:
        """Async: remember the event loop of the first request; refuse any other."""
        if self._loop is None:
            self._loop = weakref.ref(loop)
        elif self._loop() is not loop:
            raise ClientClosedError(
                "this AsyncTwelveLabs client is bound to the event loop it first ran "
                "on; create one client per event loop (e.g. inside each asyncio.run)"
            )

    def close(self) -> H | None:
        """Mark closed; the httpx client to close, when the SDK owns it."""
        self._closed = True
        return self._http if self.owned and self._pid == os.getpid() else None


def sync_http_client(timeout: httpx.Timeout) -> httpx.Client:
    """The httpx client a sync TwelveLabs client creates for itself.

    Its transport bounds each socket operation by `CALL_DEADLINE`. With a proxy
    configured in the environment (HTTP_PROXY, HTTPS_PROXY, ALL_PROXY), httpx's own
    transports are kept, so that the proxy is used: the deadline is then applied
    per read only, as with an httpx client passed in.
    """
    proxies = urllib.request.getproxies()
    if any(proxies.get(scheme) for scheme in ("http", "https", "all")):
        return httpx.Client(timeout=timeout)
    from ._transport import DeadlineTransport

    return httpx.Client(timeout=timeout, transport=DeadlineTransport())


class ViewTransport(httpx.BaseTransport):
    """Sends through the pool's current httpx client: `client.api` talks to the
    API through this, so the caller's httpx client is never reconfigured."""

    def __init__(self, pool: Pool[httpx.Client]) -> None:
        self._pool = pool

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        inner = self._pool.get().send(request, stream=True, auth=None, follow_redirects=False)
        return httpx.Response(
            inner.status_code,
            headers=inner.headers.raw,
            stream=inner.stream,
            extensions=inner.extensions,
        )


class AsyncViewTransport(httpx.AsyncBaseTransport):
    """Async twin of `ViewTransport`."""

    def __init__(self, pool: Pool[httpx.AsyncClient]) -> None:
        self._pool = pool

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        inner = await self._pool.get().send(request, stream=True, auth=None, follow_redirects=False)
        return httpx.Response(
            inner.status_code,
            headers=inner.headers.raw,
            stream=inner.stream,
            extensions=inner.extensions,
        )
