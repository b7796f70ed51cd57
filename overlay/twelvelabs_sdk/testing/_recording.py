"""The log of every request the fake received, so tests can count attempts.

Bodies are hashed as they stream in (never kept), and each uploaded file is
hashed from werkzeug's spooled copy: a test can check that a retry resent
exactly the same bytes.
"""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass, field
from typing import IO, Any

from werkzeug.datastructures import FileStorage

_CHUNK = 1 << 16
_HIDDEN_HEADERS = frozenset({"x-api-key"})


class HashingInput:
    """A read-only wrapper of ``wsgi.input`` that hashes and counts what is read."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self._hash = hashlib.sha256()
        self.size = 0

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(size)
        self._account(data)
        return data

    def readline(self, size: int = -1) -> bytes:
        data = self._stream.readline(size)
        self._account(data)
        return data

    def _account(self, data: bytes) -> None:
        self._hash.update(data)
        self.size += len(data)

    @property
    def sha256(self) -> str:
        return self._hash.hexdigest()


@dataclass(frozen=True)
class Upload:
    """One file part of a multipart request: its field, filename, content_type, size and sha256."""

    field: str
    filename: str
    content_type: str
    size: int
    sha256: str

    @classmethod
    def from_storage(cls, name: str, storage: FileStorage) -> Upload:
        """Hash a werkzeug upload in chunks, leaving its stream rewound."""
        digest, size = hashlib.sha256(), 0
        storage.stream.seek(0)
        while chunk := storage.stream.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
        storage.stream.seek(0)
        return cls(
            field=name,
            filename=storage.filename or "",
            content_type=storage.content_type or "application/octet-stream",
            size=size,
            sha256=digest.hexdigest(),
        )


@dataclass
class RecordedRequest:
    """A request as the fake received it (the API key header left out).

    ``path`` is the concrete path without the ``/v1.3`` base, ``route`` the
    spec's template (``/tasks/{task_id}``) or None when the path is not in the
    spec. ``status`` is the status answered (None for a dropped connection),
    ``fault`` the kind of injected fault that hit it, if any. ``received_at``
    is the wall-clock time (``time.time()``) its body had been read whole.
    ``method``, ``operation_id`` (the spec's, None when unknown), ``query``
    (each parameter's values), ``headers``, ``body_size`` and ``body_sha256``
    describe the request; ``form`` holds its multipart text fields, ``json``
    its JSON body and ``uploads`` its file parts (Upload).
    """

    method: str
    path: str
    route: str | None
    operation_id: str | None
    query: dict[str, list[str]]
    headers: dict[str, str]
    body_size: int
    body_sha256: str
    form: dict[str, list[str]] = field(default_factory=dict)
    json: Any = None
    uploads: tuple[Upload, ...] = ()
    status: int | None = None
    fault: str | None = None
    received_at: float = field(default_factory=time.time)


def visible_headers(headers: Any) -> dict[str, str]:
    """Request headers, lower-cased, without the API key."""
    return {k.lower(): v for k, v in headers.items() if k.lower() not in _HIDDEN_HEADERS}


class RequestLog:
    """Thread-safe list of RecordedRequest, with counting by method and path."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: list[RecordedRequest] = []

    def add(self, record: RecordedRequest) -> None:
        with self._lock:
            self._items.append(record)

    def snapshot(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._items)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def count(self, method: str | None = None, path: str | None = None) -> int:
        """Requests with this method (any if None) and path, concrete or template."""
        return sum(1 for r in self.snapshot() if _selects(r, method, path))


def _selects(record: RecordedRequest, method: str | None, path: str | None) -> bool:
    if method is not None and record.method != method.upper():
        return False
    return path is None or path in (record.path, record.route)
