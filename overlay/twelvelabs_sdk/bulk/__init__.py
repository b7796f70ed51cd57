"""Bulk indexing: `client.bulk.index(items, index_id=...)` on both clients.

    from twelvelabs_sdk import TwelveLabs
    from twelvelabs_sdk.bulk import BulkItem

    with TwelveLabs() as client:
        report = client.bulk.index(
            ["videos/a.mp4", BulkItem(key="b", video_url="https://example.com/b.mp4")],
            index_id=index_id, concurrency=8, rpm=60, ledger="library.ledger",
        )
    print(report.ready, report.failed, report.failures)

Bounded concurrency, one rate limit for the run (a 429 pauses every upload),
a durable SQLite ledger (rerun after a crash and nothing is sent twice),
failures sorted by kind, one status poller per index, a typed report.
"""

from ._classify import FailureKind, classify
from ._items import BULK_KEY_FIELD, BulkItem, read_manifest
from ._ledger import Ledger, LedgerRow
from ._limiter import AsyncRateLimiter, Limiter, SlotClock
from ._report import BulkFailure, BulkProgress, BulkReport
from ._resource import AsyncBulk, Bulk

__all__ = [
    "BULK_KEY_FIELD",
    "AsyncBulk",
    "AsyncRateLimiter",
    "Bulk",
    "BulkFailure",
    "BulkItem",
    "BulkProgress",
    "BulkReport",
    "FailureKind",
    "Ledger",
    "LedgerRow",
    "Limiter",
    "SlotClock",
    "classify",
    "read_manifest",
]
