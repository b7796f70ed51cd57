"""Rewrite the constructs vendors publish that openapi-python-client 0.29.1 drops.

scripts/prepare_spec.py runs `normalise()` on the copy of openapi.yaml the
generator reads (after the spec overlay). Each rewrite keeps the meaning of the
document and is made only where the generator would otherwise fail:

- Response `$ref`s to `#/components/responses/...` are replaced by the response
  they point to, following chains (a component response that is itself a
  `$ref`, which the generator rejects). A Reference Object's own `description`
  or `summary` (OpenAPI 3.1 allows them) override the target's.
- Inline object schemas whose generated class names would collide (two `oneOf`
  or `anyOf` variants titled alike under one parent, or an inline object named
  like a component schema) get a `title` that makes the name unique and stable:
  derived from where the schema sits (`EmbeddingResult.query`'s variant titled
  `Text` becomes `EmbeddingResultQueryText`), numbered (`..._2`) only when even
  that name is taken. Component schemas are never renamed: their names are the API's.
- OpenAPI 3.1 file content (`type: string` with a binary `contentMediaType`)
  gets the 3.0 `format: binary` the generator knows: sent as a file, not text.
- Operations listed in generator-names.yml get the tag and operationId pinned
  there, found by method and path: a vendor renaming its tags and operationIds
  changes nothing in the generated package (see pin_operation_names).

What it cannot handle fails with `NormaliseError`, naming the place: a `$ref` to
another file or URL (bundle the document first), a `$ref` that resolves to
nothing, a cycle of component responses, component schemas whose names collide.
The generator runs with --fail-on-warning after this, so whatever else it cannot
read fails the build too; nothing is dropped silently.

The class names are predicted with the generator's own naming functions
(`openapi_python_client.strings`), following its parser (parser/properties/:
model_property.py, union.py, list_property.py, enum_property.py; parser/
responses.py, bodies.py). tests/test_spec_constructs.py pins the predictions
against what the pinned generator produces, for generated/ and each test spec.
"""

from __future__ import annotations

import copy
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from openapi_python_client.strings import ClassName, PythonIdentifier, pascal_case

Document = dict[str, Any]
Location = tuple[str | int, ...]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# The prefix generator-config.yml gives names that are not identifiers.
FIELD_PREFIX = ""


class NormaliseError(Exception):
    """The document uses a construct the normaliser cannot rewrite; the message says where."""


def normalise(document: Document, names: Any | None = None) -> Document:
    """`document` (changed in place, and returned) with the rewrites above made;
    `names` is generator-names.yml's content (see pin_operation_names)."""
    check_refs(document)
    if names is not None:
        pin_operation_names(document, names)
    inline_component_responses(document)
    mark_binary_strings(document)
    retitle_colliding_models(document)
    return document


def mark_binary_strings(document: Document) -> list[str]:
    """OpenAPI 3.1 spells file content `type: string` + `contentMediaType` (3.0:
    `format: binary`); the generator only knows the 3.0 spelling, and would send
    a file as a text part. Such strings get `format: binary`; text media types and
    base64 (`contentEncoding`) stay strings. Returns the places changed."""
    changed = []
    for location, node in _walk(document):
        media = node.get("contentMediaType") if isinstance(node, dict) else None
        if (
            isinstance(media, str)
            and node.get("type") == "string"
            and "format" not in node
            and "contentEncoding" not in node
            and not media.startswith("text/")
            and media.split(";")[0].strip() not in ("application/json", "application/x-ndjson")
        ):
            node["format"] = "binary"
            changed.append(pointer(location))
    return changed


def pointer(location: Location) -> str:
    """A JSON Pointer for `location`, as `$ref`s and error messages spell it."""
    escaped = (str(part).replace("~", "~0").replace("/", "~1") for part in location)
    return "#/" + "/".join(escaped)


# -- operation names -------------------------------------------------------------


def path_shape(path: str) -> str:
    """`path` with its parameter names left out: /indexes/{index-id} is /indexes/{}."""
    return re.sub(r"\{[^}]*\}", "{}", path)


def pin_operation_names(document: Document, names: Any) -> None:
    """Give each operation generator-names.yml lists its pinned tag and operationId.

    The generator names modules after tags and operationIds, and request, response
    and parameter models after operationIds; pinning them by method and path keeps
    the generated package (and the SDK code importing it) the same when the vendor
    renames them. Paths match whatever their parameters are called. An entry whose
    operation the spec no longer has fails, naming it.
    """
    entries = names.get("operations") if isinstance(names, dict) else None
    if not isinstance(entries, dict):
        raise NormaliseError("generator-names.yml: expected a mapping under `operations`")
    by_shape: dict[str, list[str]] = defaultdict(list)
    for path in document.get("paths", {}):
        by_shape[path_shape(path)].append(path)
    for key, pinned in entries.items():
        where = f"generator-names.yml: {key}"
        method, _, path = str(key).partition(" ")
        if method.lower() not in HTTP_METHODS or not path.startswith("/"):
            raise NormaliseError(f"{where}: keys are 'METHOD /path'")
        if not isinstance(pinned, dict) or not all(
            isinstance(pinned.get(field), str) for field in ("tag", "operationId")
        ):
            raise NormaliseError(f"{where}: needs a string `tag` and `operationId`")
        said = f"{where} ({pinned['tag']}/{pinned['operationId']})"
        found = by_shape.get(path_shape(path), [])
        if len(found) > 1:
            raise NormaliseError(f"{said}: several paths have this shape: {found}")
        item = document["paths"][found[0]] if found else {}
        operation = item.get(method.lower()) if isinstance(item, dict) else None
        if not isinstance(operation, dict):
            raise NormaliseError(
                f"{said}: the spec has no such operation (removed, or moved to another "
                "path): update the entry, or delete it and the SDK code that calls it"
            )
        operation["operationId"] = pinned["operationId"]
        operation["tags"] = [pinned["tag"]]


# -- references ----------------------------------------------------------------


def _walk(node: Any, location: Location = ()) -> Iterator[tuple[Location, Any]]:
    yield location, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _walk(value, (*location, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, (*location, index))


def resolve(document: Document, ref: str) -> Any:
    """What the local `ref` points to; NormaliseError when it points nowhere."""
    if not ref.startswith("#/"):
        raise NormaliseError(f"$ref {ref!r} is not local to the document (bundle it first)")
    node: Any = document
    for raw in ref[2:].split("/"):
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            raise NormaliseError(f"$ref {ref!r} resolves to nothing")
    return node


def check_refs(document: Document) -> None:
    """Every `$ref` is local and resolves."""
    for location, node in _walk(document):
        if isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if not isinstance(ref, str):
                raise NormaliseError(f"{pointer(location)}: $ref must be a string")
            try:
                resolve(document, ref)
            except NormaliseError as exc:
                raise NormaliseError(f"{pointer(location)}: {exc}") from None


def _response(document: Document, node: Any, where: str) -> Any:
    """`node` with its `$ref` chain to component responses followed."""
    seen: list[str] = []
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if not ref.startswith("#/components/responses/"):
            raise NormaliseError(
                f"{where}: $ref {ref!r} in a response must name a component response"
            )
        if ref in seen:
            raise NormaliseError(f"{where}: component responses refer in a cycle: {[*seen, ref]}")
        seen.append(ref)
        overrides = {key: node[key] for key in ("description", "summary") if key in node}
        node = {**copy.deepcopy(resolve(document, ref)), **overrides}
    if isinstance(node, dict):
        node.pop("summary", None)  # a Reference Object's; a Response Object has none
    return node


def inline_component_responses(document: Document) -> None:
    """Every response `$ref` replaced by the response it names."""
    components = document.get("components", {}).get("responses", {})
    for name in list(components):
        where = pointer(("components", "responses", name))
        components[name] = _response(document, components[name], where)
    for path, item in document.get("paths", {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if not isinstance(operation, dict):
                continue
            responses = operation.get("responses", {})
            for status in list(responses):
                where = pointer(("paths", path, method, "responses", status))
                responses[status] = _response(document, responses[status], where)


# -- class names -----------------------------------------------------------------


@dataclass(frozen=True)
class Model:
    """An object model the generator will write a class for."""

    name: str  # the predicted class name
    location: Location  # where its schema is in the document
    inline: bool  # False for components/schemas entries (never renamed)
    parent: str  # the class or endpoint name it is prefixed with ("" for components)
    naming: str  # the name it is derived from when it has no title of its own


def class_name(parent: str, title: str) -> str:
    """The generator's class name for `title` inside `parent` (model_property.py)."""
    string = f"{pascal_case(parent)}{pascal_case(title)}" if parent else title
    return ClassName(string.rsplit("/", 1)[-1], FIELD_PREFIX)


def _schema_models(
    schema: Any, name: str, parent: str, location: Location, inline: bool = True
) -> Iterator[Model]:
    """The models `schema` makes, in the order property_from_data() reaches them."""
    if not isinstance(schema, dict) or "$ref" in schema:
        return
    parts = [*schema.get("allOf", []), *schema.get("anyOf", []), *schema.get("oneOf", [])]
    if len(parts) == 1 and isinstance(parts[0], dict) and "$ref" in parts[0]:
        return
    kind = schema.get("type")
    if kind == "boolean" or schema.get("enum"):
        return
    if schema.get("anyOf") or schema.get("oneOf") or isinstance(kind, list):
        yield from _union_models(schema, name, parent, location)
        return
    if "const" in schema:
        return
    if kind == "array":
        yield from _schema_models(schema.get("items"), f"{name}_item", parent, (*location, "items"))
        return
    if kind == "object" or schema.get("allOf") or (kind is None and schema.get("properties")):
        model = Model(
            class_name(parent, schema.get("title") or name), location, inline, parent, name
        )
        yield model
        properties = [(location, schema.get("properties") or {})]
        for index, part in enumerate(schema.get("allOf", [])):
            if isinstance(part, dict) and "$ref" not in part:
                properties.append(((*location, "allOf", index), part.get("properties") or {}))
        for where, found in properties:
            for key, value in found.items():
                yield from _schema_models(value, key, model.name, (*where, "properties", key))
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            where = (*location, "additionalProperties")
            yield from _schema_models(extra, "AdditionalProperty", model.name, where)


def _union_models(
    schema: dict[str, Any], name: str, parent: str, location: Location
) -> Iterator[Model]:
    variants: list[tuple[Any, Location]] = []
    for keyword in ("anyOf", "oneOf"):
        variants += [(v, (*location, keyword, i)) for i, v in enumerate(schema.get(keyword, []))]
    kind = schema.get("type")
    if isinstance(kind, list):
        # The generator makes one copy of the schema per listed type (union.py).
        variants += [({**schema, "type": t, "default": None}, location) for t in kind]
    for index, (variant, where) in enumerate(variants):
        title = variant.get("title") if isinstance(variant, dict) else None
        subscript = title if title is not None and title != schema.get("title") else f"type_{index}"
        yield from _schema_models(variant, f"{name}_{subscript}", parent, where)


def _first_supported(content: Any) -> tuple[str, Any] | None:
    """The response media type the generator reads (responses.py: the first it knows)."""
    for media_type, value in (content or {}).items():
        plain = media_type.split(";")[0].strip().lower()
        known = plain in ("application/json", "application/octet-stream")
        if known or plain.startswith("text/") or plain.endswith("+json"):
            return media_type, value
    return None


def _body_type(media_type: str) -> str | None:
    plain = media_type.split(";", maxsplit=1)[0].strip().lower()
    if plain == "application/json" or plain.endswith("+json"):
        return "json"
    return {
        "application/x-www-form-urlencoded": "data",
        "multipart/form-data": "files",
        "application/octet-stream": "content",
    }.get(plain)


def predict_models(document: Document) -> list[Model]:
    """Every object model the generator will make from `document`, with its class name."""
    models: list[Model] = []
    schemas = document.get("components", {}).get("schemas", {})
    for key, schema in schemas.items():
        where: Location = ("components", "schemas", key)
        models += _schema_models(schema, key, "", where, inline=False)
    for path, item in document.get("paths", {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if not isinstance(operation, dict):
                continue
            models += _operation_models(operation, path, method)
    return models


def _endpoint_name(operation: dict[str, Any], path: str, method: str) -> str:
    """openapi.py's Endpoint.from_data() / generate_operation_id()."""
    if operation.get("operationId"):
        return PythonIdentifier(operation["operationId"], FIELD_PREFIX)
    unsafe = path.replace("{", "").replace("}", "").replace("/", "_").strip("_")
    return PythonIdentifier(f"{method}_{unsafe}", FIELD_PREFIX)


def _operation_models(operation: dict[str, Any], path: str, method: str) -> Iterator[Model]:
    endpoint = _endpoint_name(operation, path, method)
    base: Location = ("paths", path, method)
    body = operation.get("requestBody")
    content = body.get("content", {}) if isinstance(body, dict) else {}
    for media_type, value in content.items():
        body_type = _body_type(media_type)
        if body_type is None or not isinstance(value, dict):
            continue
        parent = f"{endpoint}_{body_type}" if len(content) > 1 else endpoint
        where = (*base, "requestBody", "content", media_type, "schema")
        yield from _schema_models(value.get("schema"), "body", parent, where)
    for status, response in (operation.get("responses") or {}).items():
        chosen = _first_supported(response.get("content") if isinstance(response, dict) else None)
        if chosen is not None and isinstance(chosen[1], dict):
            where = (*base, "responses", status, "content", chosen[0], "schema")
            yield from _schema_models(
                chosen[1].get("schema"), f"response_{status}", endpoint, where
            )


def _duplicates(models: list[Model]) -> dict[str, list[Model]]:
    by_name: dict[str, list[Model]] = defaultdict(list)
    for model in models:
        by_name[model.name].append(model)
    return {name: found for name, found in by_name.items() if len(found) > 1}


def _node(document: Document, location: Location) -> Any:
    node: Any = document
    for part in location:
        node = node[part]
    return node


def retitle_colliding_models(document: Document) -> list[tuple[str, str]]:
    """Give each inline model whose class name is taken a `title` that makes it unique.

    Returns (old class name, new class name) pairs, in document order.
    """
    models = predict_models(document)
    taken = {model.name for model in models}
    renamed: list[tuple[str, str]] = []
    for name, found in _duplicates(models).items():
        fixed = [model for model in found if not model.inline]
        if len(fixed) > 1:
            places = ", ".join(pointer(model.location) for model in fixed)
            raise NormaliseError(f"component schemas share the class name {name!r}: {places}")
        for model in (model for model in found if model.inline):
            title = _unique_title(model, taken)
            _node(document, model.location)["title"] = title
            taken.add(class_name(model.parent, title))
            renamed.append((name, class_name(model.parent, title)))
    left = _duplicates(predict_models(document))
    if left:
        still = {name: [pointer(m.location) for m in found] for name, found in left.items()}
        raise NormaliseError(f"generated class names still collide after retitling: {still}")
    return renamed


def _unique_title(model: Model, taken: set[str]) -> str:
    """`model.naming` (its property and variant name: stable across bumps), numbered
    only if even that is taken."""
    title = model.naming
    number = 1
    while class_name(model.parent, title) in taken:
        number += 1
        title = f"{model.naming}_{number}"
    return title
