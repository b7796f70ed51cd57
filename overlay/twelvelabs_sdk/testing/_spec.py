"""Finding and loading openapi.yaml, the single source of truth the fake obeys.

The wheel carries a copy next to this module (hatch force-include); a source
checkout has it at the repository root. The document is loaded once per
process, because openapi-core takes a noticeable fraction of a second to build it.

Routes take the operationIds and path parameter names generator-names.yml pins
(found by method and path, as `make generate` does), so a spec that renames
them (`create` for `createIndex`, `{index-id}` for `{index_id}`) reaches the same
handlers, and records and fault routes keep their names.
"""

from __future__ import annotations

import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from openapi_core import OpenAPI

SPEC_ENV_VAR = "TWELVELABS_FAKE_SPEC"
_HTTP_METHODS = ("get", "put", "post", "delete", "patch")
_PARAM = re.compile(r"\{([^{}/]+)\}")
NAMES_FILE = "generator-names.yml"


def find_spec_path() -> Path:
    """The openapi.yaml to use: ``$TWELVELABS_FAKE_SPEC``, the packaged copy, or the repo root's."""
    override = os.environ.get(SPEC_ENV_VAR)
    if override:
        if not Path(override).is_file():
            raise FileNotFoundError(f"{SPEC_ENV_VAR} names {override}, which is not a file")
        return Path(override)
    here = Path(__file__).resolve().parent
    # overlay/twelvelabs_sdk/testing -> repository root is three levels up.
    candidates = [here / "openapi.yaml", here.parents[2] / "openapi.yaml"]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    tried = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"openapi.yaml not found (tried {tried}); set {SPEC_ENV_VAR}")


@dataclass(frozen=True)
class Route:
    """One operation of the spec: method, path template (without base path), operationId."""

    method: str
    template: str
    operation_id: str
    pattern: re.Pattern[str]
    # The spec's path parameter name -> the pinned one the handlers read.
    path_names: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Spec:
    """The loaded document: the openapi-core app, the server URL, and its routes."""

    path: Path
    openapi: OpenAPI
    server_origin: str
    base_path: str
    routes: tuple[Route, ...]

    def route_for(self, method: str, path: str) -> tuple[Route | None, bool]:
        """Resolve ``path`` (without base path): the route, and whether the path
        exists at all (a 405 rather than a 404 when only the method is wrong)."""
        path_known = False
        for route in self.routes:
            if route.pattern.fullmatch(path) is None:
                continue
            path_known = True
            if route.method == method.upper():
                return route, True
        return None, path_known

    def strip_base(self, path: str) -> str | None:
        """``/v1.3/tasks`` -> ``/tasks``; None when the path is outside the API."""
        if path == self.base_path or path.startswith(self.base_path + "/"):
            return path[len(self.base_path) :] or "/"
        return None


_lock = threading.Lock()
_loaded: dict[Path, Spec] = {}


def load_spec(path: Path | None = None) -> Spec:
    """The parsed spec, built once per file and shared by every fake in the process."""
    path = (path or find_spec_path()).resolve()
    with _lock:
        if path not in _loaded:
            _loaded[path] = _build(path)
        return _loaded[path]


def _build(path: Path) -> Spec:
    from openapi_core import Config, OpenAPI

    from ._validation import FormCastingRequestUnmarshaller

    config = Config(request_unmarshaller_cls=FormCastingRequestUnmarshaller)
    openapi = OpenAPI.from_file_path(str(path), config=config)
    server = urlsplit((openapi.spec / "servers" / 0 / "url").read_str())
    pinned = _pinned_names(path)
    routes = []
    for template, item in (openapi.spec / "paths").str_items():
        for method in _HTTP_METHODS:
            if method not in item:
                continue
            operation_id = (item / method / "operationId").read_str()
            ours, operation_id = pinned.get(
                (method.upper(), _shape(template)), (template, operation_id)
            )
            renamed = tuple(zip(_PARAM.findall(template), _PARAM.findall(ours), strict=True))
            routes.append(Route(method.upper(), ours, operation_id, _regex(ours), renamed))
    # Literal paths first, so "/embed/tasks" never reads as a parameter value.
    routes.sort(key=lambda r: (r.template.count("{"), r.template))
    return Spec(
        path=path,
        openapi=openapi,
        server_origin=f"{server.scheme}://{server.netloc}",
        base_path=server.path.rstrip("/"),
        routes=tuple(routes),
    )


def _shape(template: str) -> str:
    """``/indexes/{index-id}`` -> ``/indexes/{}``: a path, whatever its parameters are called."""
    return _PARAM.sub("{}", template)


def _pinned_names(spec_path: Path) -> dict[tuple[str, str], tuple[str, str]]:
    """(METHOD, path shape) -> (our path template, our operationId), from the
    generator-names.yml next to the spec, this module or the repository root."""
    import yaml

    here = Path(__file__).resolve().parent
    for candidate in (
        spec_path.parent / NAMES_FILE,
        here / NAMES_FILE,
        here.parents[2] / NAMES_FILE,
    ):
        if candidate.is_file():
            entries = yaml.safe_load(candidate.read_text(encoding="utf-8"))["operations"]
            break
    else:
        return {}
    pinned = {}
    for key, names in entries.items():
        method, _, template = key.partition(" ")
        pinned[(method.upper(), _shape(template))] = (template, names["operationId"])
    return pinned


def _regex(template: str) -> re.Pattern[str]:
    """``/tasks/{task_id}`` -> a pattern matching one path segment for each parameter."""
    parts, pos = [], 0
    for found in _PARAM.finditer(template):
        parts += [re.escape(template[pos : found.start()]), "[^/]+"]
        pos = found.end()
    parts.append(re.escape(template[pos:]))
    return re.compile("".join(parts))
