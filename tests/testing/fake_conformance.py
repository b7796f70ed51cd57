"""Response conformance: every answer of the fake, checked with openapi-core on openapi.yaml.

Independent of the fake's own code, so a fake that drifted from the spec fails here.
The document is read under the operation names generator-names.yml pins
(scripts/prepare_spec.py, without the spec overlay, whose required fields are a
typing choice, not a claim every answer meets), so a spec that renames its
operationIds is checked under the names the fake and the SDK use.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.templating.paths.exceptions import OperationNotFound, PathNotFound
from openapi_core.templating.paths.finders import APICallPathFinder
from openapi_core.validation.schemas import oas30_read_schema_validators_factory
from werkzeug.datastructures import Headers, ImmutableMultiDict

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi.yaml"
NDJSON = "application/x-ndjson"


def _prepared(path: Path) -> dict[str, Any]:
    from build_scripts import load

    prepare_spec = load("prepare_spec")
    names = prepare_spec.load_yaml(prepare_spec.NAMES)
    return dict(prepare_spec.prepare(prepare_spec.load_yaml(path), None, names))


@dataclass
class _Request:
    host_url: str
    path: str
    method: str
    parameters: RequestParameters
    body: bytes | None = None
    content_type: str = "application/json"


@dataclass
class _Response:
    status_code: int
    content_type: str
    headers: Any
    data: bytes


class SpecChecker:
    """Validates the fake's responses with openapi-core; remembers which operations passed."""

    def __init__(self) -> None:
        config = Config(extra_media_type_deserializers={NDJSON: lambda data, **_: json.loads(data)})
        self.openapi = OpenAPI.from_dict(_prepared(SPEC_PATH), config=config)
        server = urlsplit((self.openapi.spec / "servers" / 0 / "url").read_str())
        self.origin, self.base = f"{server.scheme}://{server.netloc}", server.path
        self.finder = APICallPathFinder(self.openapi.spec)
        self.checked: set[str] = set()

    def operation_ids(self) -> set[str]:
        methods = {"get", "put", "post", "delete"}
        return {
            (item / method / "operationId").read_str()
            for _, item in (self.openapi.spec / "paths").str_items()
            for method in methods
            if method in item
        }

    def check(self, response: httpx.Response, ndjson_lines: list[bytes] | None = None) -> str:
        """Assert ``response`` conforms; returns its operationId ("" off the spec's paths).

        A status the operation declares is validated with openapi-core's
        response validation (each line on its own for an NDJSON stream); any
        other status must carry the Error schema with ``code`` and ``message``.
        """
        request = response.request
        url = urlsplit(str(request.url))
        assert url.path.startswith(self.base), url.path
        spec_request = _Request(
            host_url=self.origin,
            path=url.path,
            method=request.method.lower(),
            parameters=RequestParameters(
                query=ImmutableMultiDict(parse_qsl(url.query)), header=Headers()
            ),
        )
        try:
            found = self.finder.find(spec_request.method, self.origin + url.path)
        except (PathNotFound, OperationNotFound):
            self._check_error(response)  # not an operation: only the Error schema applies
            return ""
        operation_id = (found.operation / "operationId").read_str()
        content_type = response.headers.get("content-type", "")
        if str(response.status_code) not in (found.operation / "responses").str_keys():
            self._check_error(response)
            return operation_id
        if content_type.startswith(NDJSON):
            lines = ndjson_lines if ndjson_lines is not None else response.content.splitlines()
            assert lines, "an NDJSON response with no events"
        else:
            lines = [response.content]
        for line in lines:
            data = _Response(response.status_code, content_type, response.headers, line)
            self.openapi.validate_response(spec_request, data)
        self.checked.add(operation_id)
        return operation_id

    def _check_error(self, response: httpx.Response) -> None:
        assert response.headers["content-type"].startswith("application/json")
        body = response.json()
        schema = self.openapi.spec / "components" / "schemas" / "Error"
        oas30_read_schema_validators_factory.create(self.openapi.spec, schema).validate(body)
        assert set(body) == {"code", "message"}, body
        assert body["code"]
        assert body["message"]
