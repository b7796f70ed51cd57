"""`client.bulk` on both clients: the async one does the work, the sync one
drives it on an event loop of its own with an async client built from the
same settings (never sharing the sync client's connection pool)."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .._errors import InvalidParameterError, TwelveLabsError
from .._validation import check_bool, check_id, check_int, check_number
from ._create import CreateOptions
from ._items import ItemInput
from ._limiter import Limiter
from ._report import BulkReport
from ._run import ProgressCallback, RunOptions, run_bulk

if TYPE_CHECKING:
    from .._client import AsyncTwelveLabs, TwelveLabs

__all__ = ["AsyncBulk", "Bulk"]

DEFAULT_CONCURRENCY = 8
DEFAULT_POLL_INTERVAL = 5.0
DEFAULT_WAIT_TIMEOUT = 6 * 3600.0


def run_options(
    *,
    index_id: str,
    concurrency: int,
    rpm: float | None,
    ledger: str | os.PathLike[str] | None,
    wait: bool,
    wait_timeout: float | None,
    poll_interval: float,
    max_attempts: int,
    on_progress: ProgressCallback | None,
    total: int | None,
    enable_video_stream: bool | None,
    reconcile_grace: float = 2.0,
) -> RunOptions:
    """The checked options of a run; bad input raises before anything is sent."""
    if ledger is not None and not isinstance(ledger, (str, os.PathLike)):
        raise InvalidParameterError("ledger", "a file path or None", ledger)
    return RunOptions(
        create=CreateOptions(
            index_id=check_id("index_id", index_id),
            max_attempts=check_int("max_attempts", max_attempts, minimum=1, maximum=100),
            reconcile_grace=check_number(
                "reconcile_grace", reconcile_grace, minimum=0, maximum=600
            ),
            enable_video_stream=None
            if enable_video_stream is None
            else check_bool("enable_video_stream", enable_video_stream),
        ),
        ledger=":memory:" if ledger is None else os.fspath(ledger),
        concurrency=check_int("concurrency", concurrency, minimum=1, maximum=256),
        rpm=None if rpm is None else check_number("rpm", rpm, minimum=0.001, maximum=100_000),
        wait=check_bool("wait", wait),
        wait_timeout=None
        if wait_timeout is None
        else check_number("wait_timeout", wait_timeout, minimum=0, maximum=30 * 86400),
        poll_interval=check_number("poll_interval", poll_interval, minimum=0.01, maximum=3600),
        on_progress=on_progress,
        total=None if total is None else check_int("total", total, minimum=0),
    )


class AsyncBulk:
    """`client.bulk`: index a whole library, resumably."""

    def __init__(self, client: AsyncTwelveLabs) -> None:
        self._client = client

    async def index(
        self,
        items: Iterable[ItemInput],
        *,
        index_id: str,
        concurrency: int = DEFAULT_CONCURRENCY,
        rpm: float | None = None,
        ledger: str | os.PathLike[str] | None = None,
        wait: bool = True,
        wait_timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_attempts: int = 10,
        on_progress: ProgressCallback | None = None,
        total: int | None = None,
        enable_video_stream: bool | None = None,
        reconcile_grace: float = 2.0,
        limiter: Limiter | None = None,
    ) -> BulkReport:
        """Upload every item into `index_id` and (with `wait`) until indexed.

        `items` (paths, http(s) URLs, `BulkItem`s or `{"key", "video_file" |
        "video_url", "user_metadata"}` mappings) is read as a stream. At most
        `concurrency` uploads run at once and at most `rpm` creates are sent a
        minute; a 429 pauses every upload. With a `ledger` file the run is
        resumable: rerun with the same file after a crash and nothing created
        is sent again. Failures are classified: bad videos and parameters are
        recorded, transient errors retried (`max_attempts` tries per item and run,
        lookups of an in-doubt create included), and a usage-limit
        or authentication error stops the run (`report.stopped`). Readiness is
        followed by one poller for the index (`poll_interval`, `wait_timeout`).
        `on_progress(BulkProgress)` is called as items finish; `total` gives it
        the item count when `items` has no length. A create whose answer was
        lost is looked up `reconcile_grace` seconds after it was sent, before
        anything is re-sent. `limiter` replaces the run's own rate limiter
        (one shared across runs or machines).
        """
        options = run_options(
            index_id=index_id,
            concurrency=concurrency,
            rpm=rpm,
            ledger=ledger,
            wait=wait,
            wait_timeout=wait_timeout,
            poll_interval=poll_interval,
            max_attempts=max_attempts,
            on_progress=on_progress,
            total=total,
            enable_video_stream=enable_video_stream,
            reconcile_grace=reconcile_grace,
        )
        return await run_bulk(self._client, items, options, limiter)


class Bulk:
    """`client.bulk` of the sync client; see `AsyncBulk.index`."""

    def __init__(self, client: TwelveLabs) -> None:
        self._client = client

    def index(
        self,
        items: Iterable[ItemInput],
        *,
        index_id: str,
        concurrency: int = DEFAULT_CONCURRENCY,
        rpm: float | None = None,
        ledger: str | os.PathLike[str] | None = None,
        wait: bool = True,
        wait_timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_attempts: int = 10,
        on_progress: ProgressCallback | None = None,
        total: int | None = None,
        enable_video_stream: bool | None = None,
        reconcile_grace: float = 2.0,
        limiter: Limiter | None = None,
    ) -> BulkReport:
        """Upload every item into `index_id` and (with `wait`) until indexed.

        Runs `AsyncTwelveLabs.bulk.index` on an event loop of its own; see it
        for every option. Not callable from inside a running event loop (use
        the async client there).
        """
        options = run_options(
            index_id=index_id,
            concurrency=concurrency,
            rpm=rpm,
            ledger=ledger,
            wait=wait,
            wait_timeout=wait_timeout,
            poll_interval=poll_interval,
            max_attempts=max_attempts,
            on_progress=on_progress,
            total=total,
            enable_video_stream=enable_video_stream,
            reconcile_grace=reconcile_grace,
        )
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            pass
        else:
            raise TwelveLabsError(
                "bulk.index cannot run inside a running event loop; "
                "use AsyncTwelveLabs and `await client.bulk.index(...)`"
            )
        return asyncio.run(self._run(items, options, limiter))

    async def _run(
        self, items: Iterable[Any], options: RunOptions, limiter: Limiter | None
    ) -> BulkReport:
        async with async_twin(self._client) as client:
            return await run_bulk(client, items, options, limiter)


def async_twin(client: TwelveLabs) -> AsyncTwelveLabs:
    """An AsyncTwelveLabs with `client`'s key, base URL, timeout, retries and headers."""
    from .._client import AsyncTwelveLabs

    return AsyncTwelveLabs(
        api_key=client._api_key,
        base_url=client.base_url,
        timeout=client.timeout,
        max_retries=client.max_retries,
        default_headers=client._headers,
    )
