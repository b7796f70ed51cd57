"""An Operation is one API call ready to send: the generated module's request
kwargs, how to parse the answer, and how it may be retried. Resources build
Operations with pure functions; the sync and async clients send them."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar

import httpx

from . import _json
from ._errors import APIResponseValidationError, InvalidParameterError, TwelveLabsError
from ._options import NO_OPTIONS, RequestOptions
from ._retry import RetryKind
from ._uploads import Upload
from ._validation import check_json_body

T = TypeVar("T")
M_co = TypeVar("M_co", covariant=True)


class _FromDict(Protocol[M_co]):
    def from_dict(self, src_dict: Any, /) -> M_co: ...


@dataclass(slots=True)
class Operation(Generic[T]):
    """One API call: `name` is the spec's operationId, `request` the generated
    `_get_kwargs(...)` output, `parse` turns the 2xx response into the result,
    `options` the caller's per-call options. `retries_taken` is kept by the
    request loop: the retries this call has made so far (final once it returns
    or raises)."""

    name: str
    request: dict[str, Any]
    parse: Callable[[httpx.Response], T]
    retry: RetryKind = RetryKind.SAFE
    uploads: list[Upload] = field(default_factory=list)
    options: RequestOptions = NO_OPTIONS
    retries_taken: int = 0

    def using(self, options: RequestOptions) -> Operation[T]:
        """This operation, sent with `options` (returns self, for chaining)."""
        self.options = options
        return self

    # An absolute time.monotonic() past which the call gives up (a wait's deadline);
    # the client's total_timeout may set an earlier one.
    deadline: float | None = None

    def __post_init__(self) -> None:
        # One check for every JSON body: Python would write NaN/Infinity, which
        # is not JSON, and the API would refuse (or misread) the request.
        if "json" in self.request:
            check_json_body(self.request["json"])

    def close_uploads(self) -> None:
        for upload in self.uploads:
            upload.close()


# What the generated `_get_kwargs` may produce, and httpx's `build_request` takes.
_BODY_KEYS = ("json", "files", "data", "content")
_KNOWN_KEYS = frozenset({"method", "url", "params", "headers", "cookies", *_BODY_KEYS})


def request_arguments(op: Operation[Any], defaults: RequestOptions) -> dict[str, Any]:
    """The keyword arguments for `httpx.Client.build_request` (bar url, headers
    and timeout, which the client adds): every argument the generated
    `_get_kwargs` produced, with the per-call `extra_query` and `extra_body`
    merged in. An argument this function does not know fails loudly rather than
    being dropped: a body the SDK silently left out would be a wrong request."""
    unknown = set(op.request) - _KNOWN_KEYS
    if unknown:
        raise TwelveLabsError(
            f"{op.name}: the generated request has arguments the SDK does not know how "
            f"to send: {', '.join(sorted(unknown))}"
        )
    options = defaults.merged(op.options)
    args: dict[str, Any] = {k: op.request.get(k) for k in ("params", "cookies", *_BODY_KEYS)}
    if options.extra_query:
        args["params"] = {**(args["params"] or {}), **options.extra_query}
    if options.extra_body:
        _merge_body(op.name, args, options.extra_body)
    return args


def _merge_body(name: str, args: dict[str, Any], extra: Mapping[str, object]) -> None:
    """`extra_body` into the JSON body, or as form fields of a multipart body."""
    if args["files"] is not None:
        files = list(args["files"].items() if isinstance(args["files"], Mapping) else args["files"])
        args["files"] = files + [
            (k, (None, _form_value(v), "text/plain")) for k, v in extra.items()
        ]
    elif args["data"] is not None and isinstance(args["data"], Mapping):
        args["data"] = {**args["data"], **{k: _form_text(v) for k, v in extra.items()}}
    elif args["content"] is not None or args["data"] is not None:
        raise InvalidParameterError(
            "extra_body", f"not given: {name} sends a binary body", show_value=False
        )
    elif args["json"] is None or isinstance(args["json"], Mapping):
        args["json"] = {**(args["json"] or {}), **extra}
    else:
        raise InvalidParameterError(
            "extra_body",
            f"not given: {name} sends a JSON body that is not an object",
            show_value=False,
        )


def _form_text(value: object) -> str:
    return value if isinstance(value, str) else json.dumps(value)


def _form_value(value: object) -> bytes:
    return _form_text(value).encode()


def model(cls: _FromDict[T]) -> Callable[[httpx.Response], T]:
    """Parser for a JSON body into the generated model `cls`."""

    def parse(response: httpx.Response) -> T:
        try:
            data = _json.loads(response.content)
        except _json.JSONNestingError as exc:
            raise APIResponseValidationError(
                response, f"response body is not JSON: {exc}"
            ) from None
        except ValueError:
            raise APIResponseValidationError(response, "response body is not JSON") from None
        if not isinstance(data, dict):
            raise APIResponseValidationError(
                response, f"expected a JSON object, got {type(data).__name__}"
            )
        try:
            return cls.from_dict(data)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise APIResponseValidationError(
                response, f"unexpected response shape: {exc!r}"
            ) from exc

    return parse


def created(cls: _FromDict[T]) -> Callable[[httpx.Response], T]:
    """Parser for a create's answer into `cls`, which must carry the new object's
    `_id`: without it the object cannot be addressed, and a later call would
    otherwise put a missing value into its URL."""
    parse = model(cls)

    def parse_created(response: httpx.Response) -> T:
        result = parse(response)
        ident = getattr(result, "id", None)
        if not isinstance(ident, str) or not ident.strip():
            raise APIResponseValidationError(
                response,
                "the create answer carries no `_id` (the object may have been created, "
                "but it cannot be addressed)",
            )
        return result

    return parse_created


def no_content(response: httpx.Response) -> None:
    """Parser for answers whose body carries nothing the caller needs."""
    return
