"""openapi.yaml as the contract tests read it.

- `load_document()` / `operations()`: the spec's operations, with their query
  parameters, request body properties and response schemas, `$ref`s resolved.
- `json_schema()`: an OpenAPI 3.0 schema as JSON Schema (for hypothesis-jsonschema).
- `ContractServer`: a local HTTP server that holds every request it receives
  against the spec with openapi-core, and answers as the test says.
- `StubServer`: a local HTTP server that answers whatever a test serves.
- `assert_same_json()`: what a model's `to_dict()` gives back equals what was
  served, timestamps compared as parsed datetimes.

The spec read is `openapi.yaml` at the repository root, or the file named by
`$TWELVELABS_CONTRACT_SPEC` (the spec-bump rehearsal points it at a mutated copy),
under the operation names generator-names.yml pins (scripts/prepare_spec.py,
without the spec overlay: the contract is the document as received), so a spec
that renames its operationIds is checked under the names the SDK uses.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import io
import json
import os
import re
import threading
import traceback
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml
from jsonschema_path import SchemaPath
from openapi_core import Config, OpenAPI
from openapi_core.contrib.werkzeug import WerkzeugOpenAPIRequest
from openapi_core.schema.schemas import get_properties
from openapi_core.unmarshalling.request.unmarshallers import V30RequestUnmarshaller
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

SPEC_ENV = "TWELVELABS_CONTRACT_SPEC"
ROOT = Path(__file__).resolve().parents[2]
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
# OpenAPI-only keywords that JSON Schema does not know (or would misread).
_OPENAPI_ONLY = {"nullable", "example", "discriminator", "xml", "externalDocs", "deprecated"}
_OPENAPI_ONLY |= {"readOnly", "writeOnly"}


def spec_path() -> Path:
    override = os.environ.get(SPEC_ENV)
    return Path(override) if override else ROOT / "openapi.yaml"


@functools.cache
def raw_document() -> dict[str, Any]:
    """The spec under the pinned operation names, `$ref`s kept (shared: copy before changing)."""
    from build_scripts import load

    prepare_spec = load("prepare_spec")
    names = prepare_spec.load_yaml(prepare_spec.NAMES)
    spec = yaml.safe_load(spec_path().read_text(encoding="utf-8"))
    return dict(prepare_spec.prepare(spec, None, names))


@functools.cache
def load_document() -> dict[str, Any]:
    """The spec as plain data, every `$ref` replaced by what it points to."""
    raw = copy.deepcopy(raw_document())
    return resolve_refs(raw, raw)


def resolve_refs(node: Any, root: Mapping[str, Any], seen: tuple[str, ...] = ()) -> Any:
    """`node` with every local `$ref` inlined (a cycle is an error: this spec has none)."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            if ref in seen:
                raise ValueError(f"recursive $ref {ref} (via {' -> '.join(seen)})")
            target: Any = root
            for part in ref.removeprefix("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            return resolve_refs(target, root, (*seen, ref))
        return {key: resolve_refs(value, root, seen) for key, value in node.items()}
    if isinstance(node, list):
        return [resolve_refs(item, root, seen) for item in node]
    return node


@dataclass(frozen=True)
class SpecOperation:
    """One operation of the spec, as far as requests and responses are concerned."""

    operation_id: str
    method: str
    template: str
    tags: tuple[str, ...]
    path_params: tuple[str, ...]
    query_params: tuple[str, ...]
    body_type: str | None
    body_schema: dict[str, Any] | None
    success_status: int
    responses: dict[str, Any] = field(repr=False)

    @property
    def body_properties(self) -> tuple[str, ...]:
        return tuple((self.body_schema or {}).get("properties", {}))

    @property
    def binary_properties(self) -> frozenset[str]:
        props = (self.body_schema or {}).get("properties", {})
        return frozenset(n for n, s in props.items() if s.get("format") == "binary")

    def response_schema(self, content_type: str = "application/json") -> dict[str, Any] | None:
        """The success response's schema for `content_type`, or None if it has no body."""
        content = self.responses.get(str(self.success_status), {}).get("content", {})
        media = content.get(content_type)
        return None if media is None else media.get("schema", {})

    def matches(self, method: str, path: str) -> dict[str, str] | None:
        if method.lower() != self.method:
            return None
        pattern, names = _template_regex(self.template)
        found = pattern.fullmatch(path)
        return None if found is None else dict(zip(names, found.groups(), strict=True))


@functools.cache
def _template_regex(template: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """A regex for the path `template`, and its parameter names in order (any
    name, `index-id` included: published specs use hyphens)."""
    parts, names, pos = [], [], 0
    for found in re.finditer(r"\{([^{}/]+)\}", template):
        parts += [re.escape(template[pos : found.start()]), "([^/]+)"]
        names.append(found.group(1))
        pos = found.end()
    parts.append(re.escape(template[pos:]))
    return re.compile("".join(parts)), tuple(names)


def operations() -> dict[str, SpecOperation]:
    """Every operation of the spec, by operationId."""
    found: dict[str, SpecOperation] = {}
    for template, item in load_document()["paths"].items():
        shared = item.get("parameters", [])
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            params = [*shared, *op.get("parameters", [])]
            content = op.get("requestBody", {}).get("content", {})
            body_type = next(iter(content), None)
            statuses = sorted(int(code) for code in op["responses"] if code.startswith("2"))
            found[op["operationId"]] = SpecOperation(
                operation_id=op["operationId"],
                method=method,
                template=template,
                tags=tuple(op.get("tags", ())),
                path_params=tuple(p["name"] for p in params if p["in"] == "path"),
                query_params=tuple(p["name"] for p in params if p["in"] == "query"),
                body_type=body_type,
                body_schema=None if body_type is None else content[body_type].get("schema"),
                success_status=statuses[0] if statuses else 200,
                responses=op["responses"],
            )
    return found


def base_path() -> str:
    """The path of the spec's first server URL (`/v1.3`)."""
    return urlsplit(load_document()["servers"][0]["url"]).path.rstrip("/")


def schema_property(schema: Mapping[str, Any] | None, *path: str) -> Mapping[str, Any] | None:
    """The schema at `path` (property names; "[]" steps into array items), or None."""
    node: Mapping[str, Any] | None = schema
    for step in path:
        if node is None:
            return None
        node = node.get("items") if step == "[]" else node.get("properties", {}).get(step)
    return node


# -- OpenAPI 3.0 -> JSON Schema ----------------------------------------------


def json_schema(schema: Any) -> Any:
    """A resolved OpenAPI 3.0 schema as JSON Schema: `nullable` becomes a "null"
    type, OpenAPI-only keywords go."""
    if isinstance(schema, list):
        return [json_schema(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key in _OPENAPI_ONLY:
            continue
        if key == "properties":
            out[key] = {name: json_schema(sub) for name, sub in value.items()}
        elif key in {"items", "additionalProperties", "not"} or key in {"allOf", "anyOf", "oneOf"}:
            out[key] = json_schema(value)
        else:
            out[key] = copy.deepcopy(value)
    if schema.get("nullable") is True:
        if "type" in out:
            out["type"] = [out["type"], "null"]
        if "enum" in out:
            out["enum"] = [*out["enum"], None]
    return out


# -- comparing what was served with what the models give back ---------------


def assert_same_json(
    served: Any, dumped: Any, schema: Mapping[str, Any] | None, where: str = "$"
) -> None:
    """`dumped` (a model's `to_dict()`) is `served`, value for value and type for type;
    `format: date-time` strings are compared as the datetimes they parse to."""
    schema = schema or {}
    if schema.get("format") == "date-time" and isinstance(served, str):
        assert isinstance(dumped, str), f"{where}: served {served!r}, model gives {dumped!r}"
        assert _wall_and_offset(served) == _wall_and_offset(dumped), (
            f"{where}: served timestamp {served!r} came back as {dumped!r}"
        )
        return
    if isinstance(served, dict):
        assert isinstance(dumped, dict), f"{where}: served an object, model gives {dumped!r}"
        assert served.keys() == dumped.keys(), (
            f"{where}: keys differ: served only {sorted(served.keys() - dumped.keys())}, "
            f"model only {sorted(dumped.keys() - served.keys())}"
        )
        props = schema.get("properties", {})
        extra = schema.get("additionalProperties")
        for key, value in served.items():
            sub = props.get(key, extra if isinstance(extra, dict) else None)
            assert_same_json(value, dumped[key], sub, f"{where}.{key}")
        return
    if isinstance(served, list):
        assert isinstance(dumped, list), f"{where}: served a list, model gives {dumped!r}"
        assert len(served) == len(dumped), f"{where}: served {len(served)} items, got {len(dumped)}"
        for i, (a, b) in enumerate(zip(served, dumped, strict=True)):
            assert_same_json(a, b, schema.get("items"), f"{where}[{i}]")
        return
    message = (
        f"{where}: served {served!r} ({type(served).__name__}), "
        f"model gives {dumped!r} ({type(dumped).__name__})"
    )
    assert type(served) is type(dumped), message
    assert served == dumped, message


def _wall_and_offset(stamp: str) -> tuple[dt.datetime, dt.timedelta | None]:
    """Wall-clock time and UTC offset: equal only if nothing was shifted or dropped."""
    parsed = dt.datetime.fromisoformat(stamp)
    return parsed.replace(tzinfo=None), parsed.utcoffset()


# -- request validation ----------------------------------------------------

_INT = re.compile(r"-?[0-9]+")
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?")


def _cast_form_value(value: Any, schema: Mapping[str, Any]) -> Any:
    """A multipart text field as the type its schema declares, if it is written
    exactly as that type is written in JSON; else left as text, so validation fails
    naming the value ("True" is not a boolean, "5.0" not an integer)."""
    kind = schema.get("type")
    if isinstance(value, list):
        items = schema.get("items", {})
        return [_cast_form_value(v, items) for v in value] if kind == "array" else value
    if not isinstance(value, str):
        return value
    if kind == "integer" and _INT.fullmatch(value):
        return int(value)
    if kind == "number" and _NUMBER.fullmatch(value):
        return float(value)
    if kind == "boolean" and value in {"true", "false"}:
        return value == "true"
    return value


class StrictFormUnmarshaller(V30RequestUnmarshaller):
    """openapi-core's request unmarshaller; multipart text fields are cast to the
    schema's integer/number/boolean first (openapi-core reads every part as text),
    accepting only the JSON spelling of each."""

    def _get_content_schema_value_and_schema(
        self, raw: bytes, content: SchemaPath, mimetype: str | None = None
    ) -> tuple[Any, SchemaPath | None]:
        value, schema = super()._get_content_schema_value_and_schema(raw, content, mimetype)
        if schema is None or not (mimetype or "").startswith("multipart/"):
            return value, schema
        props = get_properties(schema)
        cast = {
            name: _cast_form_value(text, _plain(props[name])) if name in props else text
            for name, text in dict(value).items()
        }
        return cast, schema


def _plain(schema: SchemaPath) -> dict[str, Any]:
    """A property's schema as data, with its `items` (what casting looks at)."""
    plain = dict(schema.read_value())
    if "items" in schema:
        plain["items"] = (schema / "items").read_value()
    return plain


@dataclass
class SeenRequest:
    """One request the server received, and whether it conforms."""

    method: str
    path: str
    operation_id: str | None
    query: dict[str, list[str]]
    body_fields: dict[str, list[str]]  # field -> ["text"] / ["file"] per part, or ["json"]
    json_body: Any
    problems: list[str]


@dataclass
class Answer:
    status: int = 200
    body: bytes = b"{}"
    content_type: str = "application/json"


AnswerFor = Callable[[SeenRequest], Answer]


class ContractServer:
    """A local server at the spec's base path that validates every request against
    openapi.yaml (openapi-core, plus: no parameter or body field the spec does not
    declare, binary fields as file parts and others as text). A request that does
    not conform is answered 400 with the problems; `seen` keeps every request."""

    def __init__(self, answer_for: AnswerFor) -> None:
        self.http = HTTPServer()
        self.http.start()
        self.base_url = self.http.url_for(base_path())
        local = copy.deepcopy(raw_document())
        local["servers"] = [{"url": self.base_url}]
        config = Config(request_unmarshaller_cls=StrictFormUnmarshaller)
        self.openapi = OpenAPI.from_dict(local, config=config)
        self.operations = operations()
        self.answer_for = answer_for
        self.seen: list[SeenRequest] = []
        self._lock = threading.Lock()
        self.http.expect_request(re.compile(".*")).respond_with_handler(self._handle)

    def stop(self) -> None:
        self.http.clear()
        if self.http.is_running():
            self.http.stop()

    def take(self) -> list[SeenRequest]:
        """The requests seen since the last call."""
        with self._lock:
            seen, self.seen = self.seen, []
        return seen

    def _handle(self, request: Request) -> Response:
        try:
            seen = self.check(request)
        except Exception:  # the check itself broke: report it as a problem, do not hide it
            seen = SeenRequest(request.method, request.full_path, None, {}, {}, None, [])
            seen.problems.append(f"contract check raised {traceback.format_exc()}")
        with self._lock:
            self.seen.append(seen)
        if seen.problems:
            message = f"{seen.method} {seen.path}: " + "; ".join(seen.problems)
            body = json.dumps({"code": "contract_violation", "message": message})
            return Response(body, status=400, content_type="application/json")
        answer = self.answer_for(seen)
        return Response(answer.body, status=answer.status, content_type=answer.content_type)

    def check(self, request: Request) -> SeenRequest:
        raw = request.get_data(cache=True, parse_form_data=False)
        path = request.path.removeprefix(base_path())
        op_id = next(
            (
                o.operation_id
                for o in self.operations.values()
                if o.matches(request.method, path) is not None
            ),
            None,
        )
        seen = SeenRequest(
            method=request.method,
            path=request.full_path.rstrip("?"),
            operation_id=op_id,
            query={k: request.args.getlist(k) for k in request.args},
            body_fields=_body_fields(request, raw),
            json_body=_json_or_none(raw) if request.mimetype == "application/json" else None,
            problems=[],
        )
        result = self.openapi.unmarshal_request(WerkzeugOpenAPIRequest(request))
        seen.problems += [problem for error in result.errors for problem in describe(error)]
        if op_id is not None:
            seen.problems += _undeclared(self.operations[op_id], seen)
        return seen


def _body_fields(request: Request, raw: bytes) -> dict[str, list[str]]:
    if not raw:
        return {}
    if request.mimetype == "multipart/form-data":
        parsed = Request.from_values(
            method=request.method,
            input_stream=io.BytesIO(raw),
            content_length=len(raw),
            content_type=request.content_type,
        )
        fields: dict[str, list[str]] = {}
        for name in parsed.form:
            fields.setdefault(name, []).extend("text" for _ in parsed.form.getlist(name))
        for name in parsed.files:
            fields.setdefault(name, []).extend("file" for _ in parsed.files.getlist(name))
        parsed.close()  # file parts are spooled to temporary files: close them now
        return fields
    body = _json_or_none(raw) if request.mimetype == "application/json" else None
    return {k: ["json"] for k in body} if isinstance(body, dict) else {}


def _json_or_none(raw: bytes) -> Any:
    try:
        return json.loads(raw)
    except ValueError:
        return None


def _undeclared(op: SpecOperation, seen: SeenRequest) -> list[str]:
    """What openapi-core lets through but the API would not expect."""
    problems = [
        f"query parameter {name!r} is not declared by {op.operation_id}"
        for name in seen.query
        if name not in op.query_params
    ]
    declared = op.body_properties
    binary = op.binary_properties
    for name, kinds in seen.body_fields.items():
        if name not in declared:
            problems.append(f"body field {name!r} is not declared by {op.operation_id}")
        elif op.body_type == "multipart/form-data":
            want = "file" if name in binary else "text"
            if any(kind != want for kind in kinds):
                problems.append(f"multipart field {name!r} must be sent as a {want} part")
    return problems


def describe(error: BaseException) -> list[str]:
    """openapi-core's message for one error, with the schema errors behind it."""
    head = str(error) or type(error).__name__
    cause: BaseException | None = error
    while cause is not None:
        schema_errors = getattr(cause, "schema_errors", None)
        if schema_errors:
            return [f"{head}: {_schema_error(e)}" for e in schema_errors]
        cause = cause.__cause__
    return [head]


def _schema_error(error: Any) -> str:
    location = "".join(
        f"[{part}]" if isinstance(part, int) else f".{part}" for part in getattr(error, "path", ())
    )
    message = getattr(error, "message", str(error))
    return f"{location.lstrip('.')}: {message}" if location else message


def spec_answer(op: SpecOperation) -> Answer:
    """The smallest answer the spec allows for `op`: its success status, `{}` when
    the response has a JSON body, nothing otherwise."""
    if op.success_status == 204 or op.response_schema() is None:
        return Answer(op.success_status, b"", "application/json")
    return Answer(op.success_status, b"{}", "application/json")


def ndjson(events: Iterable[Any]) -> bytes:
    """Events as NDJSON, UTF-8 and unescaped as a server would write them."""
    return b"".join(_json_bytes(e) + b"\n" for e in events)


class StubServer:
    """A local server at the spec's base path that answers what a test set with
    `serve` (per test, or per hypothesis example) and keeps what was asked."""

    def __init__(self) -> None:
        self.http = HTTPServer()
        self.http.start()
        self.base_url = self.http.url_for(base_path())
        self.answers = [Answer()]
        self.requests: list[tuple[str, str]] = []
        self.http.expect_request(re.compile(".*")).respond_with_handler(self._handle)

    def serve(self, *bodies: Any, status: int = 200, content_type: str = "application/json") -> Any:
        """Answer with each of `bodies` in turn, then the last one again; a body is
        JSON-encoded unless bytes. Returns the first body."""
        self.answers = [
            Answer(status, b if isinstance(b, bytes) else _json_bytes(b), content_type)
            for b in bodies
        ]
        self.requests.clear()
        return bodies[0]

    def stop(self) -> None:
        self.http.clear()
        if self.http.is_running():
            self.http.stop()

    def _handle(self, request: Request) -> Response:
        self.requests.append((request.method, request.path.removeprefix(base_path())))
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        return Response(answer.body, status=answer.status, content_type=answer.content_type)


def _json_bytes(value: Any) -> bytes:
    """JSON as a server writes it: UTF-8, nothing escaped that need not be."""
    return json.dumps(value, ensure_ascii=False).encode()
