"""The API's rate-limit headers (`X-Ratelimit-Limit`, `-Remaining`, `-Used`,
`-Reset`), read into one small typed object. A header that is missing or not a
number reads as None: reading rate-limit information never raises."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

__all__ = ["RateLimitInfo"]


@dataclass(frozen=True, slots=True)
class RateLimitInfo:
    """The rate-limit headers of one response.

    `limit`: requests allowed in the current window; `remaining`: requests left
    in it; `used`: requests made in it; `reset`: when the window resets, in UTC
    epoch seconds, as the API sends it (`reset_at` is the same as a datetime).
    Each is None when the response did not carry it, or carried something
    that is not a number.
    """

    limit: int | None = None
    remaining: int | None = None
    used: int | None = None
    reset: float | None = None

    @property
    def reset_at(self) -> datetime | None:
        """`reset` as an aware UTC datetime, or None."""
        if self.reset is None:
            return None
        try:
            return datetime.fromtimestamp(self.reset, tz=UTC)
        except (OverflowError, OSError, ValueError):
            return None

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> RateLimitInfo:
        """Read the four headers from a (case-insensitive) header mapping."""
        return cls(
            limit=_count(headers.get("x-ratelimit-limit")),
            remaining=_count(headers.get("x-ratelimit-remaining")),
            used=_count(headers.get("x-ratelimit-used")),
            reset=_number(headers.get("x-ratelimit-reset")),
        )


def _count(value: str | None) -> int | None:
    """A non-negative whole number of requests; anything else is None."""
    if value is None:
        return None
    text = value.strip()
    if not text.isascii() or not text.isdigit() or len(text) > 18:
        return None
    return int(text)


def _number(value: str | None) -> float | None:
    """A finite, non-negative number; anything else is None."""
    if value is None:
        return None
    try:
        number = float(value.strip())
    except ValueError:
        return None
    return number if math.isfinite(number) and number >= 0 else None
