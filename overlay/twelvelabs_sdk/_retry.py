"""Which failures are retried, and how long to wait: pure arithmetic, shared by
the sync and the async request loop."""

from __future__ import annotations

import email.utils
import enum
import math
import random
import time
from collections.abc import Callable

import httpx

INITIAL_BACKOFF = 0.5
MAX_BACKOFF = 8.0
MAX_RETRY_AFTER = 60.0
RETRY_COUNT_HEADER = "X-Retry-Count"

_RETRYABLE_STATUS = frozenset({408, 429, 500, 502, 503, 504})
# A create may have taken effect unless the server says it refused the request unprocessed.
_CREATE_RETRYABLE_STATUS = frozenset({429, 503})
# Raised before the request left this machine: the server cannot have acted on it.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


class RetryKind(enum.Enum):
    """How an operation may be repeated.

    SAFE: reads and read-only POSTs (search, analyze, embed...) retry on any
    transient failure. CREATE: calls that create something (createIndex,
    createTask, createEmbeddingTask) retry only when the request provably did
    not reach the server or was refused unprocessed (429, 503).
    """

    SAFE = "safe"
    CREATE = "create"


def retryable_status(status: int, kind: RetryKind) -> bool:
    """Whether an answer with `status` is worth another attempt."""
    allowed = _CREATE_RETRYABLE_STATUS if kind is RetryKind.CREATE else _RETRYABLE_STATUS
    return status in allowed


def retryable_exception(
    exc: httpx.TransportError, kind: RetryKind, *, reached_server: bool = False
) -> bool:
    """Whether a transport failure is worth another attempt.

    `reached_server` says this attempt already got an answer from some hop of
    its redirect chain: the server has seen the request, so a create that then
    fails to connect to the next hop is not sent again.
    """
    if kind is RetryKind.CREATE:
        return not reached_server and isinstance(exc, NOT_SENT)
    return isinstance(exc, (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError))


def parse_retry_after(
    value: str | None, now: float | None = None, *, cap: float | None = MAX_RETRY_AFTER
) -> float | None:
    """Seconds to wait from a Retry-After header (delay-seconds or HTTP-date),
    at most `cap` (None: as sent); None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        seconds = when.timestamp() - (time.time() if now is None else now)
    if math.isnan(seconds) or math.isinf(seconds):
        return None
    seconds = max(seconds, 0.0)
    return float(seconds if cap is None else min(seconds, cap))


def backoff(attempt: int, rand: Callable[[], float] = random.random) -> float:
    """Exponential backoff with jitter for retry number `attempt` (0-based).

    0.5s, 1s, 2s, 4s, 8s (capped), each shortened by up to 25% at random so
    that many clients do not retry in lockstep.
    """
    base = min(INITIAL_BACKOFF * 2.0**attempt, MAX_BACKOFF)
    return base * (1 - 0.25 * rand())


def retry_delay(attempt: int, retry_after: str | None) -> float:
    """How long to sleep before retry number `attempt`: the server's word, else backoff."""
    hinted = parse_retry_after(retry_after)
    return hinted if hinted is not None else backoff(attempt)
