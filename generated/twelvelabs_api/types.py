"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar
from urllib.parse import quote

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    # UNSET is a singleton compared with `is`: copies and unpickled models must
    # hold the module's one UNSET, not a new Unset object.
    def __copy__(self) -> "Unset":
        return self

    def __deepcopy__(self, memo: dict[int, object]) -> "Unset":
        return self

    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()


class Missing:
    """The value of a field the API always sends that one answer lacked (or sent as null).

    Such a field is typed as always present, so the object still parses and
    only that field reads `MISSING`; `is_missing(value)` tells. It is falsy,
    and the SDK refuses it as an argument (an id read as MISSING is never sent).
    """

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "MISSING"

    def __reduce__(self) -> str:
        return "MISSING"  # copies and unpickled objects keep the one MISSING


MISSING: Missing = Missing()


def is_missing(value: object) -> bool:
    """True when `value` is a required field the API's answer lacked (MISSING)."""
    return value is MISSING


def has_missing(model: object) -> bool:
    """True when a parsed model lacks one of its required fields (one reads MISSING).

    A union's variants are told apart by this: the first that parses whole wins.
    """
    fields = getattr(type(model), "__attrs_attrs__", ())
    return any(getattr(model, field.name, None) is MISSING for field in fields)


class PathParameterError(ValueError):
    """A path parameter holds a missing value (None, UNSET, MISSING, the text `str()` makes
    of them, or an empty string): sent, it would address another resource
    (`/tasks/None`, `/tasks/UNSET`) or another route."""

    def __init__(self, param: str, value: object) -> None:
        super().__init__(
            f"{param}: must be a non-empty id, not a missing value; got {value!r}"
        )
        self.param = param


_MISSING_TEXT = frozenset({"", "None", "UNSET", "MISSING"})


def path_segment(param: str, value: object) -> str:
    """`value` as one percent-encoded path segment ("/" included): every path
    parameter of every operation goes through here, so a missing value never
    ends up in a URL (PathParameterError, before anything is sent)."""
    if (
        value is None
        or isinstance(value, Unset | Missing)
        or str(value) in _MISSING_TEXT
    ):
        raise PathParameterError(param, value)
    text = str(value)
    if text.isascii() and text.isalnum():
        return text  # an id as the API issues them: nothing to encode
    return quote(text, safe="")


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "MISSING",
    "UNSET",
    "File",
    "FileTypes",
    "Missing",
    "PathParameterError",
    "RequestFiles",
    "Response",
    "Unset",
    "has_missing",
    "is_missing",
    "path_segment",
]
