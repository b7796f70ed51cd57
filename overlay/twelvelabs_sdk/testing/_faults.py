"""Injected faults: what can go wrong between a client and the API, on demand.

A fault matches requests by method and path and replaces (or disturbs) the
fake's answer: an error status with an optional Retry-After, a proxy's HTML
page, a delay, a connection dropped before any response, an NDJSON stream cut
short cleanly (``truncate_after``) or by a dropped connection (``drop_after``).
"""

from __future__ import annotations

import fnmatch
import random
import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._spec import Route

_FLAGS = {"drop", "html"}
_HTTP_DATE_START = re.compile(r"[A-Za-z]{3}, \d")
_PARAM = re.compile(r"\{\w+\}")
_INT_FIELDS = {"status", "truncate_after", "drop_after"}
_FLOAT_FIELDS = {"delay", "probability"}
_STR_FIELDS = {"retry_after", "body", "content_type", "method", "path"}

_ERROR_CODES = {
    400: "bad_request",
    401: "api_key_invalid",
    403: "forbidden",
    404: "not_found",
    408: "request_timeout",
    409: "conflict",
    413: "payload_too_large",
    422: "unprocessable_entity",
    429: "too_many_requests",
    500: "internal_error",
    502: "bad_gateway",
    503: "service_unavailable",
    504: "gateway_timeout",
}


@dataclass(eq=False)
class Fault:
    """One injected fault; ``hits`` counts the requests it affected.

    ``method``/``path`` select requests (None or ``"*"`` for any); ``path`` is
    a spec template (``/tasks/{task_id}``), a concrete path (``/tasks/65a...``)
    or a glob (``/tasks/*``), without the ``/v1.3`` base path. ``times`` bounds
    how many requests it affects (None: every one); ``probability`` makes it
    fire on a seeded random share of the matching requests.

    Effects: ``status`` answers with that status (an API error body, or
    ``body`` with ``content_type`` and extra ``headers``); ``retry_after`` adds
    a Retry-After header (status 503 unless given); ``html`` answers a proxy's
    HTML page (502 unless given); ``delay`` waits that many seconds first;
    ``drop`` closes the connection without an answer; ``truncate_after`` cuts
    an analyze stream after that many lines and ``drop_after`` drops the
    connection after that many.
    """

    method: str | None = None
    path: str | None = None
    status: int | None = None
    retry_after: str | None = None
    body: str | bytes | None = None
    content_type: str | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    delay: float = 0.0
    drop: bool = False
    html: bool = False
    truncate_after: int | None = None
    drop_after: int | None = None
    times: int | None = 1
    probability: float = 1.0
    hits: int = 0

    def __post_init__(self) -> None:
        if self.html and self.status is None:
            self.status = 502
        if self.retry_after is not None and self.status is None:
            self.status = 503
        if self.status is not None and not 100 <= self.status <= 599:
            raise ValueError(f"status must be an HTTP status code, got {self.status}")
        if not 0.0 <= self.probability <= 1.0:
            raise ValueError(f"probability must be within [0, 1], got {self.probability}")
        if self.times is not None and self.times < 0:
            raise ValueError(f"times must be >= 0 or None, got {self.times}")
        if self.delay < 0:
            raise ValueError(f"delay must be >= 0, got {self.delay}")
        if self.status is None and not (
            self.drop
            or self.delay
            or self.truncate_after is not None
            or self.drop_after is not None
        ):
            raise ValueError(
                "a fault needs an effect: status, html, drop, delay, truncate_after or drop_after"
            )
        if self.method is not None:
            self.method = self.method.upper()

    @property
    def kind(self) -> str:
        """A short name for what the fault does: status, html, drop, truncate, drop_after, delay."""
        if self.drop:
            return "drop"
        if self.html:
            return "html"
        if self.status is not None:
            return "status"
        if self.drop_after is not None:
            return "drop_after"
        if self.truncate_after is not None:
            return "truncate"
        return "delay"

    @property
    def exhausted(self) -> bool:
        """True once the fault has affected ``times`` requests."""
        return self.times is not None and self.hits >= self.times

    @property
    def error_code(self) -> str:
        """The Error ``code`` sent with a status fault's default JSON body."""
        status = self.status or 500
        return _ERROR_CODES.get(status, f"http_{status}")

    def matches(self, method: str, path: str, route: str | None) -> bool:
        """Whether a request for ``method`` ``path`` (spec ``route``) is selected."""
        if self.method not in (None, "*") and self.method != method.upper():
            return False
        wanted = self.path
        if wanted is None or wanted == "*":
            return True
        return wanted in (path, route) or fnmatch.fnmatchcase(path, wanted)

    @classmethod
    def parse(cls, text: str) -> Fault:
        """A fault from the command line's compact form.

        ``"POST /tasks:503:retry_after=2:times=3"``, ``"GET /tasks/*:drop"``,
        ``"*:502:html:probability=0.2:times=none"``, ``"POST /analyze:truncate_after=3"``,
        ``"/search:delay=1.5"``. Fields: a status number, ``drop``, ``html``,
        and ``key=value`` for any constructor argument.
        """
        target, *tokens = text.split(":")
        fields: dict[str, Any] = _parse_target(target.strip())
        last_key: str | None = None
        for token in (t.strip() for t in tokens):
            if last_key == "retry_after" and _HTTP_DATE_START.match(fields[last_key]):
                # An HTTP date's clock ("07:28:00") was split at its colons: rejoin it.
                fields[last_key] = f"{fields[last_key]}:{token}"
            elif token.isdigit():
                fields["status"], last_key = int(token), None
            elif token in _FLAGS:
                fields[token], last_key = True, None
            elif "=" in token:
                key, value = token.split("=", 1)
                fields[key.strip()], last_key = _convert(key.strip(), value.strip()), key.strip()
            else:
                raise ValueError(f"cannot read {token!r} in fault {text!r}")
        return cls(**fields)


def _parse_target(target: str) -> dict[str, Any]:
    if target in ("", "*"):
        return {}
    if target.startswith("/"):
        return {"path": target}
    method, _, path = target.partition(" ")
    fields: dict[str, Any] = {"method": method}
    if path.strip():
        fields["path"] = path.strip()
    return fields


def _convert(key: str, value: str) -> Any:
    if key == "times":
        return None if value.lower() in ("none", "inf", "forever") else int(value)
    if key in _INT_FIELDS:
        return int(value)
    if key in _FLOAT_FIELDS:
        return float(value)
    if key in _FLAGS:
        return value.lower() in ("1", "true", "yes")
    if key in _STR_FIELDS:
        return value
    known = sorted(_INT_FIELDS | _FLOAT_FIELDS | _STR_FIELDS | _FLAGS | {"times"})
    raise ValueError(f"unknown fault field {key!r}; the fields are: {', '.join(known)}")


def check_target(fault: Fault, routes: Sequence[Route], base_path: str) -> Fault:
    """``fault``, if its method and path can match some route of the spec; else a
    ValueError saying what is allowed. A fault that can never fire is a mistake
    (``/v1.3/tasks``, ``tasks``, ``/tasks/``, ``FETCH``), not a fault to keep."""
    methods = sorted({route.method for route in routes})
    if fault.method not in (None, "*") and fault.method not in methods:
        raise ValueError(
            f"fault method must be one of {', '.join(methods)} or '*' (any method); "
            f"got {fault.method!r}"
        )
    path = fault.path
    if path is None or path == "*":
        return fault
    example = "/tasks, /tasks/{task_id}, /tasks/65a1b2c3 or a glob such as /tasks/*"
    if not path.startswith("/"):
        raise ValueError(f"fault path must start with '/' (e.g. {example}); got {path!r}")
    if base_path and (path == base_path or path.startswith(base_path + "/")):
        raise ValueError(
            f"fault path must leave out the {base_path} base path "
            f"({path[len(base_path) :] or '/'!r}); got {path!r}"
        )
    if path != "/" and path.endswith("/"):
        raise ValueError(f"fault path must not end with '/' (e.g. {example}); got {path!r}")
    candidates = [r for r in routes if fault.method in (None, "*") or r.method == fault.method]
    if not any(_could_match(path, route) for route in candidates):
        listing = ", ".join(f"{r.method} {r.template}" for r in routes)
        target = f"{fault.method} {path}" if fault.method not in (None, "*") else path
        raise ValueError(f"fault {target!r} can never match a route of the spec: {listing}")
    return fault


def _could_match(path: str, route: Route) -> bool:
    """Whether a request selected by ``path`` (template, concrete path or glob)
    can be one for ``route``."""
    sample = _PARAM.sub("x", route.template)
    return (
        path == route.template
        or route.pattern.fullmatch(path) is not None
        or fnmatch.fnmatchcase(route.template, path)
        or fnmatch.fnmatchcase(sample, path)
    )


class FaultSet:
    """The active faults, consulted in the order they were added; thread-safe."""

    def __init__(self, seed: int | None = 0, faults: Iterable[Fault] = ()) -> None:
        self._lock = threading.Lock()
        self._rng = random.Random(seed)
        self._faults: list[Fault] = list(faults)
        self.total_hits = 0

    def add(self, fault: Fault) -> Fault:
        with self._lock:
            self._faults.append(fault)
        return fault

    def clear(self) -> None:
        """Forget every fault and the hit count."""
        with self._lock:
            self._faults.clear()
            self.total_hits = 0

    def all(self) -> list[Fault]:
        with self._lock:
            return list(self._faults)

    def take(self, method: str, path: str, route: str | None) -> Fault | None:
        """The fault that applies to this request, with its hit already counted."""
        with self._lock:
            for fault in self._faults:
                if fault.exhausted or not fault.matches(method, path, route):
                    continue
                if fault.probability < 1.0 and self._rng.random() >= fault.probability:
                    continue
                fault.hits += 1
                self.total_hits += 1
                return fault
        return None
