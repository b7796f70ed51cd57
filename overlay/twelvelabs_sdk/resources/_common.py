"""Small helpers the resource modules share."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twelvelabs_api.types import UNSET, Unset

if TYPE_CHECKING:
    from .._client import AsyncTwelveLabs, TwelveLabs


class SyncResource:
    """Base of the sync resource namespaces: holds the client that sends their calls."""

    def __init__(self, client: TwelveLabs) -> None:
        self._client = client


class AsyncResource:
    """Base of the async resource namespaces: holds the client that sends their calls."""

    def __init__(self, client: AsyncTwelveLabs) -> None:
        self._client = client


def page_limit_or_unset(value: Any) -> int | Unset:
    from .._validation import check_page_limit

    return UNSET if value is None else check_page_limit(value)
