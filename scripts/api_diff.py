"""Public-API diff of twelvelabs_sdk (overlay) and twelvelabs_api (generated)
between a git revision and the working tree.

Prints the public names added, removed and changed (signatures, attribute
types and values), and the breaking changes griffe finds
(`griffe.find_breaking_changes`). It fails when a public name is removed, or a
signature changes incompatibly, unless CHANGELOG.md marks it as intended:

    ## [Unreleased]
    ### Removed
    - `twelvelabs_sdk.resources.videos.Videos.update`: why, and what replaces it.
    ### Changed
    - `twelvelabs_sdk.TwelveLabs.__init__`: why (breaking).

A dotted path in backticks in a bullet of the Unreleased section's "Removed" or
"Changed" list acknowledges that object and everything inside it.

The revision compared with is `--against REF`, else the last tag, else HEAD~1;
with no such revision (a single commit, a shallow clone) there is nothing to
compare and the diff passes. Public means what users can reach: modules and
names without a leading underscore (a module's `__all__` where it has one),
class members likewise, plus `__init__`. Loading is static: no code is imported.
"""

from __future__ import annotations

import argparse
import io
import re
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import griffe

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = {"twelvelabs_sdk": "overlay", "twelvelabs_api": "generated"}
CHANGELOG = ROOT / "CHANGELOG.md"
# Breakages that fail the diff; the others (a new default, a changed annotation or
# value) are printed as changes but do not break a caller's code by themselves.
FAILING = {
    griffe.BreakageKind.OBJECT_REMOVED,
    griffe.BreakageKind.OBJECT_CHANGED_KIND,
    griffe.BreakageKind.PARAMETER_REMOVED,
    griffe.BreakageKind.PARAMETER_MOVED,
    griffe.BreakageKind.PARAMETER_CHANGED_KIND,
    griffe.BreakageKind.PARAMETER_CHANGED_REQUIRED,
    griffe.BreakageKind.PARAMETER_ADDED_REQUIRED,
    griffe.BreakageKind.CLASS_REMOVED_BASE,
}


# -- git -----------------------------------------------------------------------


def git(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False)


def default_base() -> tuple[str | None, str]:
    """The revision to compare with, and why; None when there is none."""
    tag = git("describe", "--tags", "--abbrev=0")
    if tag.returncode == 0 and tag.stdout.strip():
        return tag.stdout.strip(), "the last tag"
    if git("rev-parse", "--verify", "--quiet", "HEAD~1^{commit}").returncode == 0:
        return "HEAD~1", "no tag yet: the previous commit"
    shallow = git("rev-parse", "--is-shallow-repository").stdout.strip() == "true"
    why = "a shallow clone" if shallow else "a single commit"
    return None, f"no tag and no previous commit ({why})"


def export(ref: str, dest: Path) -> None:
    """The package folders as they were at `ref`, written under `dest`."""
    present = [d for d in PACKAGES.values() if git("cat-file", "-e", f"{ref}:{d}").returncode == 0]
    if not present:
        return
    archive = subprocess.run(
        ["git", "archive", "--format=tar", ref, *present], cwd=ROOT, capture_output=True, check=True
    )
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(dest, filter="data")


# -- the public surface ----------------------------------------------------------


def load(package: str, root: Path) -> griffe.Object | None:
    folder = root / PACKAGES[package]
    if not (folder / package).is_dir():
        return None
    loaded = griffe.load(
        package,
        search_paths=[folder],
        try_relative_path=False,
        allow_inspection=False,
        resolve_aliases=True,
        resolve_external=False,
    )
    return loaded if isinstance(loaded, griffe.Object) else loaded.final_target


@dataclass
class Surface:
    """Public dotted path -> a one-line description of what is there; and where
    each public object is defined (its canonical path) -> its public paths."""

    found: dict[str, str]
    public_paths: dict[str, list[str]]


def surface(package: griffe.Object) -> Surface:
    result = Surface({}, {})
    _module(package, result)
    return result


def _module(module: griffe.Object, found: Surface) -> None:
    for name, member in module.members.items():
        if not _public(name, member):
            continue
        path = f"{module.path}.{name}"
        target = _target(member)
        if target is None:
            found.found[path] = f"alias of {getattr(member, 'target_path', '?')}"
        elif target.is_module:
            if not member.is_alias:  # a submodule; imported modules are not re-described
                _module(target, found)
        else:
            _describe(path, target, found)


def _public(name: str, member: Any) -> bool:
    if name.startswith("_"):
        return False
    try:
        return bool(member.is_public)
    except (griffe.AliasResolutionError, griffe.CyclicAliasError):
        return False


def _target(member: Any) -> griffe.Object | None:
    if not member.is_alias:
        return member  # type: ignore[no-any-return]
    try:
        return member.final_target  # type: ignore[no-any-return]
    except (griffe.AliasResolutionError, griffe.CyclicAliasError):
        return None


def _describe(path: str, obj: griffe.Object, found: Surface) -> None:
    found.public_paths.setdefault(obj.path, []).append(path)
    if isinstance(obj, griffe.Function):
        found.found[path] = signature(obj)
    elif isinstance(obj, griffe.Class):
        bases = ", ".join(str(base) for base in obj.bases)
        found.found[path] = f"class({bases})"
        for name, member in obj.members.items():
            if name == "__init__" or _public(name, member):
                target = _target(member)
                if target is not None and not target.is_module:
                    _describe(f"{path}.{name}", target, found)
    elif isinstance(obj, griffe.Attribute):
        annotation = f": {obj.annotation}" if obj.annotation is not None else ""
        at_module_level = obj.parent is not None and obj.parent.is_module
        value = f" = {obj.value}" if obj.value is not None and at_module_level else ""
        found.found[path] = f"attribute{annotation}{value}"


def signature(function: griffe.Function) -> str:
    parts: list[str] = []
    star_done = False
    for param in function.parameters:
        kind = param.kind
        if kind is griffe.ParameterKind.keyword_only and not star_done:
            parts.append("*")
            star_done = True
        prefix = {"var_positional": "*", "var_keyword": "**"}.get(kind.name, "")
        star_done |= kind is griffe.ParameterKind.var_positional
        text = prefix + param.name
        if param.annotation is not None:
            text += f": {param.annotation}"
        if param.default is not None:
            text += f" = {param.default}"
        parts.append(text)
    returns = f" -> {function.returns}" if function.returns is not None else ""
    return f"({', '.join(parts)}){returns}"


# -- the CHANGELOG convention -------------------------------------------------------


def acknowledged(changelog: str) -> set[str]:
    """Dotted paths named in backticks under Unreleased's Removed or Changed lists."""
    unreleased = re.search(r"^## \[Unreleased\][^\n]*\n(.*?)(?=^## |\Z)", changelog, re.M | re.S)
    if unreleased is None:
        return set()
    names: set[str] = set()
    for section in re.finditer(
        r"^### (Removed|Changed)[^\n]*\n(.*?)(?=^### |\Z)", unreleased.group(1), re.M | re.S
    ):
        for bullet in re.findall(r"^\s*[-*] (.*)$", section.group(2), re.M):
            names.update(re.findall(r"`((?:twelvelabs_sdk|twelvelabs_api)[\w.]*)`", bullet))
    return names


def is_acknowledged(path: str, names: set[str]) -> bool:
    return any(path == name or path.startswith(name + ".") for name in names)


# -- the diff ---------------------------------------------------------------------


@dataclass
class Diff:
    added: dict[str, str]
    removed: dict[str, str]
    changed: dict[str, tuple[str, str]]
    breakages: list[tuple[str, str, bool]]  # (path, explanation, fails)


def diff(old: griffe.Object | None, new: griffe.Object | None) -> Diff:
    was = surface(old) if old is not None else Surface({}, {})
    now = surface(new) if new is not None else Surface({}, {})
    before, after = was.found, now.found
    result = Diff(
        added={p: after[p] for p in sorted(after.keys() - before.keys())},
        removed={p: before[p] for p in sorted(before.keys() - after.keys())},
        changed={
            p: (before[p], after[p])
            for p in sorted(before.keys() & after.keys())
            if before[p] != after[p]
        },
        breakages=[],
    )
    if old is None or new is None:
        return result
    for breakage in _breakages(old, new):
        # griffe names where an object is defined; report it where users reach it,
        # and not at all when they cannot (a private module's private helper).
        canonical = breakage.obj.path
        for path in now.public_paths.get(canonical) or was.public_paths.get(canonical) or []:
            result.breakages.append((path, explain(path, breakage), breakage.kind in FAILING))
    return result


def explain(path: str, breakage: Any) -> str:
    """`path(param): what broke (old -> new)`, without griffe's terminal colours."""
    param = getattr(breakage.old_value, "name", None) or getattr(breakage.new_value, "name", None)
    where = f"{path}({param})" if "PARAMETER" in breakage.kind.name and param else path
    text = f"{where}: {breakage.kind.value}"
    if breakage.kind.name in {
        "ATTRIBUTE_CHANGED_TYPE",
        "ATTRIBUTE_CHANGED_VALUE",
        "RETURN_CHANGED_TYPE",
        "PARAMETER_CHANGED_DEFAULT",
    }:
        old = getattr(breakage.old_value, "default", breakage.old_value)
        new = getattr(breakage.new_value, "default", breakage.new_value)
        text += f" ({old} -> {new})"
    return text


def _breakages(old: griffe.Object, new: griffe.Object) -> Iterator[Any]:
    try:
        yield from griffe.find_breaking_changes(old, new)
    except (griffe.AliasResolutionError, griffe.CyclicAliasError) as exc:
        print(f"  (griffe could not compare everything: {exc})")


def report(package: str, result: Diff, names: set[str]) -> list[str]:
    """Print the diff of one package; the paths that fail it."""
    print(f"\n{package}:")
    if not (result.added or result.removed or result.changed or result.breakages):
        print("  no changes to the public API")
    for path, what in result.added.items():
        print(f"  + {path} {what}")
    failures: list[str] = []
    for path, what in result.removed.items():
        ok = is_acknowledged(path, names)
        print(f"  - {path} {what}{'  (intended: CHANGELOG)' if ok else '  REMOVED'}")
        if not ok:
            failures.append(f"{path} was removed")
    for path, (was, now) in result.changed.items():
        print(f"  ~ {path}\n      was {was}\n      now {now}")
    removed_roots = set(result.removed)
    for path, explanation, fails in result.breakages:
        if path in removed_roots or any(path.startswith(r + ".") for r in removed_roots):
            continue  # reported above
        ok = is_acknowledged(path, names)
        mark = "  (intended: CHANGELOG)" if ok else ("  BREAKING" if fails else "")
        print(f"  ! {explanation}{mark}")
        if fails and not ok:
            failures.append(explanation)
    return failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", help="git revision to compare with (default: last tag)")
    options = parser.parse_args(argv)
    base, why = (options.against, "as asked") if options.against else default_base()
    if base is None:
        print(f"api-diff: {why}; nothing to compare the public API with.")
        return 0
    if git("rev-parse", "--verify", "--quiet", f"{base}^{{commit}}").returncode != 0:
        if options.against:
            print(f"api-diff: {base} is not a revision of this repository", file=sys.stderr)
            return 2
        print(f"api-diff: {base} is not a revision here ({why}); nothing to compare with.")
        return 0
    commit = git("rev-parse", "--short", base).stdout.strip()
    print(f"api-diff: public API of the working tree against {base} ({commit}, {why})")
    names = acknowledged(CHANGELOG.read_text(encoding="utf-8")) if CHANGELOG.exists() else set()
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="api-diff-") as tmp:
        export(base, Path(tmp))
        for package in PACKAGES:
            result = diff(load(package, Path(tmp)), load(package, ROOT))
            failures += report(package, result, names)
    if failures:
        print(
            "\napi-diff FAILED: breaking changes to the public API not marked as intended.\n"
            "Name each one in CHANGELOG.md under ## [Unreleased] / ### Removed (or ### Changed),\n"
            "as a bullet with its dotted path in backticks:",
            file=sys.stderr,
        )
        for failure in failures:
            print(f"  {failure}", file=sys.stderr)
        return 1
    print("\napi-diff passed: no unintended breaking change")
    return 0


if __name__ == "__main__":
    sys.exit(main())
