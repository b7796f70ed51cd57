"""An Operation is one API call ready to send: the generated module's request
kwargs, how to parse the answer, and how it may be retried. Resources build
Operations with pure functions; the sync and async clients send them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar

import httpx

from . import _json
from ._errors import APIResponseValidationError
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
    `_get_kwargs(...)` output, `parse` turns the 2xx response into the result."""

    name: str
    request: dict[str, Any]
    parse: Callable[[httpx.Response], T]
    retry: RetryKind = RetryKind.SAFE
    uploads: list[Upload] = field(default_factory=list)
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
        except RecursionError:
            raise APIResponseValidationError(
                response, "response body is JSON nested too deeply to parse"
            ) from None
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
