"""Prepare openapi.yaml for the generator: the spec overlay, then normalisation, on a copy.

`make generate` and `make check-generated` run this first and generate from its
output; openapi.yaml itself stays the document as received, so a spec bump is
a plain file replacement. Two steps, in this order:

1. the spec overlay (below);
2. scripts/normalise_spec.py: the tags and operationIds generator-names.yml pins
   (by method and path), component responses inlined, inline models whose
   generated class names would collide given unique titles (see its docstring).

The overlay (openapi.overlay.yaml) is an OpenAPI Overlay 1.0 document: an
ordered list of actions, each a JSONPath `target` (RFC 9535, python-jsonpath in
strict mode) with either `update` (merged into every node the target selects)
or `remove: true` (every selected node is deleted). What `update` does:

- on an object: each key of the update is merged in; objects merge key by key,
  arrays are appended to (an item already there is not added twice), anything
  else replaces the value;
- on an array: the update is appended (a list update appends each of its items).

An action whose target selects nothing fails, naming the action: after a spec
bump, an overlay entry that no longer applies is a decision for a person, not
something to drop silently. So does a malformed overlay or target.

    python scripts/prepare_spec.py --spec openapi.yaml \
        --overlay openapi.overlay.yaml --out build/openapi.merged.yaml
"""

from __future__ import annotations

import argparse
import copy
import re
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "openapi.yaml"
OVERLAY = ROOT / "openapi.overlay.yaml"
NAMES = ROOT / "generator-names.yml"

Document = dict[str, Any]

_ACTION_KEYS = {"target", "description", "update", "remove"}
_OVERLAY_KEYS = {"overlay", "info", "extends", "actions"}


class PrepareError(Exception):
    """The spec or its overlay cannot be applied as written; the message says where."""


# -- the overlay ---------------------------------------------------------------


def action_name(index: int, action: Mapping[str, Any]) -> str:
    """How errors name an action: its position, description and target."""
    description = action.get("description")
    said = f" ({description!r})" if isinstance(description, str) and description else ""
    return f"overlay action {index}{said} target {action.get('target')!r}"


def check_overlay(overlay: Any) -> list[Mapping[str, Any]]:
    """The overlay's actions, once its shape is the Overlay 1.0 one.

    An empty `actions` list is accepted (the format's schema asks for one
    action at least) so the file can exist before anything needs saying.
    """
    if not isinstance(overlay, Mapping):
        raise PrepareError("the overlay must be a mapping (an OpenAPI Overlay 1.0 document)")
    version = overlay.get("overlay")
    if not isinstance(version, str) or not re.fullmatch(r"1\.0\.\d+", version):
        raise PrepareError(f"overlay: expected an Overlay version 1.0.x, found {version!r}")
    info = overlay.get("info")
    if not isinstance(info, Mapping) or not all(
        isinstance(info.get(key), str) for key in ("title", "version")
    ):
        raise PrepareError("overlay: `info` must have a string `title` and `version`")
    unknown = sorted(k for k in overlay if k not in _OVERLAY_KEYS and not str(k).startswith("x-"))
    if unknown:
        raise PrepareError(f"overlay: unknown top-level field(s) {unknown}")
    actions = overlay.get("actions")
    if actions is None:
        actions = []
    if not isinstance(actions, list):
        raise PrepareError("overlay: `actions` must be a list")
    for index, action in enumerate(actions):
        if not isinstance(action, Mapping):
            raise PrepareError(f"overlay action {index}: must be a mapping")
        name = action_name(index, action)
        target = action.get("target")
        if not isinstance(target, str) or not target.startswith("$"):
            raise PrepareError(f"{name}: `target` must be a JSONPath starting with `$`")
        unknown = sorted(k for k in action if k not in _ACTION_KEYS and not str(k).startswith("x-"))
        if unknown:
            raise PrepareError(f"{name}: unknown field(s) {unknown}")
        removes = action.get("remove", False)
        if not isinstance(removes, bool):
            raise PrepareError(f"{name}: `remove` must be true or false")
        if removes == ("update" in action):
            raise PrepareError(f"{name}: needs exactly one of `update` or `remove: true`")
    return actions


def apply_overlay(document: Document, overlay: Any) -> Document:
    """A copy of `document` with the overlay's actions applied, in order."""
    import jsonpath

    environment = jsonpath.JSONPathEnvironment(strict=True)
    result = copy.deepcopy(document)
    for index, action in enumerate(check_overlay(overlay)):
        name = action_name(index, action)
        try:
            query = environment.compile(action["target"])
        except jsonpath.JSONPathError as exc:
            raise PrepareError(f"{name}: not a valid JSONPath: {exc}") from None
        locations = [tuple(match.parts) for match in query.finditer(result)]
        if not locations:
            raise PrepareError(f"{name} matches nothing in the spec")
        if action.get("remove"):
            _remove(result, locations, name)
        else:
            for location in locations:
                _update(_node_at(result, location), action["update"], name, location)
    return result


def _node_at(document: Any, location: Sequence[str | int]) -> Any:
    node = document
    for part in location:
        node = node[part]
    return node


def _remove(document: Document, locations: list[tuple[str | int, ...]], name: str) -> None:
    if () in locations:
        raise PrepareError(f"{name}: cannot remove the whole document")
    # Deepest first, then the highest list index first: removing one node never
    # moves another that is still to be removed.
    ordered = sorted(
        locations,
        key=lambda loc: (len(loc), loc[-1] if isinstance(loc[-1], int) else 0),
        reverse=True,
    )
    for location in ordered:
        parent = _node_at(document, location[:-1])
        del parent[location[-1]]


def _update(node: Any, update: Any, name: str, location: Sequence[str | int]) -> None:
    where = "$" + "".join(f"[{part!r}]" for part in location)
    if isinstance(node, dict):
        if not isinstance(update, Mapping):
            raise PrepareError(f"{name}: {where} is an object, so `update` must be a mapping")
        _merge(node, update)
    elif isinstance(node, list):
        node.extend(copy.deepcopy(update) if isinstance(update, list) else [copy.deepcopy(update)])
    else:
        raise PrepareError(f"{name}: {where} is {node!r}; `update` needs an object or array")


def _merge(node: dict[str, Any], update: Mapping[str, Any]) -> None:
    for key, value in update.items():
        current = node.get(key)
        if isinstance(current, dict) and isinstance(value, Mapping):
            _merge(current, value)
        elif isinstance(current, list) and isinstance(value, list):
            current.extend(copy.deepcopy(item) for item in value if item not in current)
        else:
            node[key] = copy.deepcopy(value)


# -- the whole step ------------------------------------------------------------


def load_yaml(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise PrepareError(f"cannot read {path}: {exc}") from None


def prepare(document: Document, overlay: Any | None, names: Any | None = None) -> Document:
    """What the generator reads: `document` with the overlay applied, then
    normalised with the pinned operation `names` (a copy; `document` is left as it was)."""
    from normalise_spec import NormaliseError, normalise

    if not isinstance(document, dict) or "paths" not in document:
        raise PrepareError("the spec must be an OpenAPI document (a mapping with `paths`)")
    result = apply_overlay(document, overlay) if overlay is not None else copy.deepcopy(document)
    try:
        return normalise(result, names)
    except NormaliseError as exc:
        raise PrepareError(f"cannot normalise the spec: {exc}") from None


def prepare_file(
    spec: Path, overlay: Path | None, out: Path, names: Path | None = None
) -> Document:
    """Read `spec` (and `overlay` and `names`, unless None), write the prepared
    document to `out`."""
    overlay_doc = load_yaml(overlay) if overlay is not None else None
    names_doc = load_yaml(names) if names is not None else None
    prepared = prepare(load_yaml(spec), overlay_doc, names_doc)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        yaml.safe_dump(prepared, sort_keys=False, allow_unicode=True, width=100), encoding="utf-8"
    )
    return prepared


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=SPEC, help="the document as received")
    parser.add_argument("--overlay", type=Path, default=OVERLAY, help="the Overlay 1.0 file")
    parser.add_argument("--no-overlay", action="store_true", help="apply no overlay")
    parser.add_argument(
        "--names", type=Path, default=NAMES, help="the pinned operation names (tag, operationId)"
    )
    parser.add_argument("--no-names", action="store_true", help="pin no operation names")
    parser.add_argument("--out", type=Path, required=True, help="where the generator reads")
    options = parser.parse_args(argv)
    try:
        prepare_file(
            options.spec,
            None if options.no_overlay else options.overlay,
            options.out,
            None if options.no_names else options.names,
        )
    except PrepareError as exc:
        print(f"prepare_spec: {options.spec}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
