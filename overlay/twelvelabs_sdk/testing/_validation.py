"""Request validation against openapi.yaml with openapi-core.

A request that does not conform becomes a 400 whose message names the field
and the rule it breaks. Two adaptations make openapi-core fit a multipart API:

- openapi-core reads every multipart field as text, so integer and boolean
  fields (``page_limit``, ``enable_video_stream``) would never validate; the
  unmarshaller below casts them with openapi-core's own schema casters first.
- uploaded files are spooled to disk by werkzeug, never held in memory; the
  validator is given the form rebuilt with large file parts left empty, since
  a ``format: binary`` schema says nothing about the bytes (small ones are
  kept: a client may send a text field as a file part).
"""

from __future__ import annotations

import contextlib
import json
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from jsonschema_path import SchemaPath
from openapi_core.casting.schemas.exceptions import CastError
from openapi_core.datatypes import RequestParameters
from openapi_core.exceptions import OpenAPIError
from openapi_core.schema.schemas import get_properties
from openapi_core.unmarshalling.request.unmarshallers import V30RequestUnmarshaller
from openapi_core.validation.request.exceptions import (
    MissingRequiredParameter,
    MissingRequiredRequestBody,
    ParameterValidationError,
)
from werkzeug.datastructures import Headers, ImmutableMultiDict

from ._errors import ApiError

if TYPE_CHECKING:
    from werkzeug.datastructures import FileStorage
    from werkzeug.wrappers import Request

    from ._spec import Route, Spec

_CASTABLE_TYPES = ("integer", "number", "boolean")
_MAX_MESSAGE = 400
_INLINE_LIMIT = 64 * 1024


class FormCastingRequestUnmarshaller(V30RequestUnmarshaller):
    """openapi-core's 3.0 request unmarshaller, plus casting of typed multipart fields."""

    def _get_content_schema_value_and_schema(
        self, raw: bytes, content: SchemaPath, mimetype: str | None = None
    ) -> tuple[Any, SchemaPath | None]:
        value, schema = super()._get_content_schema_value_and_schema(raw, content, mimetype)
        if schema is None or not (mimetype or "").startswith("multipart/"):
            return value, schema
        fields = dict(value)
        for name, prop in get_properties(schema).items():
            if name in fields and (prop / "type").read_str(None) in _CASTABLE_TYPES:
                caster = self.schema_casters_factory.create(self.spec, prop)
                # A value that does not cast stays text, so validation names it.
                with contextlib.suppress(CastError):
                    fields[name] = caster.cast(fields[name])
        return fields, schema


@dataclass
class ValidRequest:
    """What the spec made of a conforming request (defaults filled in)."""

    path: dict[str, Any] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    body: Any = None


@dataclass
class _SpecRequest:
    """The openapi-core Request protocol, seen at the spec's own server URL.

    The fake listens on 127.0.0.1:<port>, while the spec's server is
    https://api.twelvelabs.io/v1.3; presenting the spec's origin lets
    openapi-core match paths without rewriting the document.
    """

    host_url: str
    path: str
    method: str
    parameters: RequestParameters
    body: bytes | None
    content_type: str


def validate_request(
    spec: Spec,
    request: Request,
    form: Iterable[tuple[str, str]],
    files: Mapping[str, FileStorage],
    route: Route | None = None,
) -> ValidRequest:
    """Validate ``request``; return its unmarshalled parts or raise a 400 ApiError.

    Before openapi-core sees it: a JSON body must be UTF-8 JSON, and (with
    ``route``) a JSON or multipart body may hold only the fields the spec declares.
    """
    form = list(form)
    names: list[str] | None = None
    if _is_json(request.mimetype):
        body_json = _decode_json_body(request.get_data(cache=True))
        names = list(body_json) if isinstance(body_json, dict) else None
    elif request.mimetype == "multipart/form-data":
        names = [name for name, _ in form] + list(files)
    if route is not None and names:
        _refuse_undeclared(spec, route, request.mimetype, names)
    content_type = request.content_type or ""
    if request.mimetype == "multipart/form-data":
        body, content_type = _encode_form(form, files)
    elif request.mimetype == "application/x-www-form-urlencoded":
        # werkzeug consumed the body while parsing; hand the validator the same fields.
        body = urlencode(list(form)).encode()
    else:
        body = request.get_data(cache=True)
    spec_request = _SpecRequest(
        host_url=spec.server_origin,
        path=request.path,
        method=request.method.lower(),
        parameters=RequestParameters(
            query=ImmutableMultiDict(request.args),
            header=Headers(request.headers),
            cookie=ImmutableMultiDict(request.cookies),
        ),
        body=body or None,
        content_type=content_type or "application/octet-stream",
    )
    result = spec.openapi.unmarshal_request(spec_request)
    if result.errors:
        raise _as_api_error(list(result.errors))
    params = result.parameters
    return ValidRequest(path=dict(params.path), query=dict(params.query), body=result.body)


def _is_json(mimetype: str) -> bool:
    return mimetype == "application/json" or mimetype.endswith("+json")


def _decode_json_body(data: bytes) -> Any:
    """The JSON body, or a 400 naming what is wrong with it (the API reads UTF-8 JSON)."""
    if not data:
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ApiError(
            400,
            "parameter_invalid",
            f"The request body is not valid UTF-8 (byte 0x{data[exc.start]:02x} at "
            f"position {exc.start}); send JSON encoded as UTF-8.",
        ) from None
    try:
        return json.loads(text)
    except RecursionError:
        raise ApiError(400, "parameter_invalid", "The request body nests too deeply.") from None
    except ValueError as exc:
        raise ApiError(400, "parameter_invalid", f"The request body is not JSON: {exc}.") from None


def _refuse_undeclared(spec: Spec, route: Route, mimetype: str, names: Iterable[str]) -> None:
    """A 400 ``parameter_unknown`` naming the first body field the spec does not
    declare for this operation, as the API answers (a typo is not ignored)."""
    declared = declared_fields(spec, route, mimetype)
    if declared is None:
        return
    for name in names:
        if name not in declared:
            allowed = ", ".join(sorted(declared))
            raise ApiError(
                400,
                "parameter_unknown",
                f"`{name}` is not a parameter of {route.method} {route.template}; "
                f"the body takes: {allowed}.",
            )


def declared_fields(spec: Spec, route: Route, mimetype: str) -> frozenset[str] | None:
    """The body fields the spec declares for ``route`` and ``mimetype``; None when
    the body's schema takes any field (``additionalProperties``) or is unknown."""
    key = (route.method, route.template, mimetype)
    if key not in _DECLARED:
        _DECLARED[key] = _declared_fields(spec, route, mimetype)
    return _DECLARED[key]


_DECLARED: dict[tuple[str, str, str], frozenset[str] | None] = {}


def _declared_fields(spec: Spec, route: Route, mimetype: str) -> frozenset[str] | None:
    operation = spec.openapi.spec / "paths" / route.template / route.method.lower()
    content = operation / "requestBody" / "content"
    if "requestBody" not in operation or mimetype not in content:
        return None
    schema = content / mimetype / "schema"
    if "additionalProperties" in schema and (schema / "additionalProperties").read_value():
        return None
    return frozenset(get_properties(schema))


def _as_api_error(errors: list[OpenAPIError]) -> ApiError:
    missing = any(
        isinstance(e, (MissingRequiredParameter, MissingRequiredRequestBody)) for e in errors
    )
    problems = [problem for error in errors for problem in _describe(error)]
    if any("is a required property" in p for p in problems):
        missing = True
    message = "; ".join(problems)
    if len(message) > _MAX_MESSAGE:
        message = message[: _MAX_MESSAGE - 3] + "..."
    code = "parameter_not_provided" if missing else "parameter_invalid"
    return ApiError(400, code, message)


def _describe(error: OpenAPIError) -> list[str]:
    """Human-readable problems behind one openapi-core error, naming the field."""
    try:
        return _describe_error(error)
    except UnicodeDecodeError:  # openapi-core quotes the raw body in some messages
        return ["request body: not valid UTF-8"]


def _describe_error(error: OpenAPIError) -> list[str]:
    where = "request body"
    if isinstance(error, ParameterValidationError):
        where = f"{error.location} parameter {error.name!r}"
    cause: BaseException | None = error
    while cause is not None:
        schema_errors = getattr(cause, "schema_errors", None)
        if schema_errors:
            return [_schema_problem(where, e) for e in schema_errors]
        cause = cause.__cause__
    return [str(error)]


def _schema_problem(where: str, error: Any) -> str:
    """``request body field search_options[0]: 'visuals' is not one of [...]``."""
    location = ""
    for part in getattr(error, "path", ()):
        location += f"[{part}]" if isinstance(part, int) else f".{part}"
    if location:
        where = f"{where} field {location.lstrip('.')}"
    return f"{where}: {error.message}"


def _encode_form(
    form: Iterable[tuple[str, str]], files: Mapping[str, FileStorage]
) -> tuple[bytes, str]:
    """The form as a small multipart body: text fields as sent, big files as empty parts."""
    boundary = secrets.token_hex(16)
    chunks: list[bytes] = []
    for name, value in form:
        chunks.append(_part(boundary, name) + value.encode("utf-8") + b"\r\n")
    for name, storage in files.items():
        chunks.append(_part(boundary, name, filename="upload") + _small_content(storage) + b"\r\n")
    chunks.append(f"--{boundary}--\r\n".encode())
    return b"".join(chunks), f"multipart/form-data; boundary={boundary}"


def _small_content(storage: FileStorage) -> bytes:
    storage.stream.seek(0)
    head = storage.stream.read(_INLINE_LIMIT + 1)
    storage.stream.seek(0)
    return head if len(head) <= _INLINE_LIMIT else b""


def _part(boundary: str, name: str, filename: str | None = None) -> bytes:
    disposition = f'form-data; name="{_quote(name)}"'
    if filename is not None:
        disposition += f'; filename="{filename}"'
    head = f"--{boundary}\r\nContent-Disposition: {disposition}\r\n"
    if filename is not None:
        head += "Content-Type: application/octet-stream\r\n"
    return (head + "\r\n").encode("utf-8")


def _quote(name: str) -> str:
    return name.replace('"', "%22").replace("\r", "").replace("\n", "")
