"""Spec-bump rehearsal: does the SDK survive a new openapi.yaml without edits?

Plays the spec bumps the API is likely to make on a temporary copy of
openapi.yaml, regenerates the client from it into a temporary tree (the
Makefile's generator arguments), and runs the overlay's tests against that tree
(first on PYTHONPATH, so `twelvelabs_api` is the regenerated one):

- additive changes (a new optional Video field, a new Task status, a new
  endpoint under a new tag, a new optional query parameter) must pass;
- renames (every tag and operationId renamed as TwelveLabs' published document
  names them, the `index_id` path parameter spelled `index-id`; paths and
  payloads unchanged) must regenerate generated/ byte for byte (the operation
  names pinned in generator-names.yml hold), and pass the tests that read the
  spec: the contract tests and the fake server's (twelvelabs_sdk.testing reads
  openapi.yaml as received). The rehearsal also reports which overlay modules
  would have had to change without the pins;
- each breaking change (an operation the SDK calls removed, a field it reads
  removed) must fail, with a message naming the operation or field.

Each bumped spec is prepared as `make generate` prepares openapi.yaml (the spec
overlay, the pinned names, normalisation: scripts/prepare_spec.py); the contract
tests read the bumped openapi.yaml and prepare it the same way, as they do the
repository's.

The rehearsal passes only when both hold. Run it as `make spec-bump-check`;
`python scripts/spec_bump.py --show NAME` prints one mutated spec.
"""

from __future__ import annotations

import argparse
import ast
import copy
import os
import re
import shlex
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import prepare_spec  # scripts/prepare_spec.py, next to this file
import yaml

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "openapi.yaml"
OVERLAY = ROOT / "openapi.overlay.yaml"
NAMES = ROOT / "generator-names.yml"
GENERATED = ROOT / "generated" / "twelvelabs_api"
OVERLAY_PACKAGE = ROOT / "overlay" / "twelvelabs_sdk"
DEFAULT_GENERATOR_ARGS = (
    "--config generator-config.yml "
    "--custom-template-path generator-templates --meta none --fail-on-warning"
)
# The tests run against each bumped spec: the contract suite (the spec-surface
# check first: it names what a breaking change removed), then the overlay's
# quick behaviour tests that exist. Not run: tests of the repository itself
# (spec file, `make check-generated`, packaging, README), the fake-server suite
# (it serves the repository's own openapi.yaml) and the slow soak/reliability
# suites, so the rehearsal stays within a minute.
TESTS = (
    "tests/contract/test_spec_surface.py",
    "tests/contract/test_request_contract.py",
    "tests/contract/test_response_cases.py",
    "tests/contract/test_response_contract.py",
    "tests/test_generated.py",
    "tests/test_operations.py",
    "tests/test_pagination.py",
    "tests/test_polling.py",
    "tests/test_streaming.py",
    "tests/test_bad_input.py",
)


# The fake server's tests that go through every operation and the renamed path
# parameter, run against the bumped spec itself for the rename bump: the fake
# reads openapi.yaml as received, not the prepared copy.
FAKE_TESTS = (
    "tests/testing/test_fake_conformance.py",
    "tests/testing/test_fake_indexes.py",
    "tests/testing/test_fake_videos.py",
    "tests/testing/test_fake_faults.py",
)


def test_paths(fake: bool) -> list[str]:
    """The tests to run; for a rename (`fake`), only those that read the spec: the
    contract tests and the fake's. The others read nothing but the generated
    package, which the rename bump first proves identical to generated/."""
    chosen = (
        [t for t in TESTS if t.startswith("tests/contract/")] + list(FAKE_TESTS) if fake else TESTS
    )
    return [path for path in chosen if (ROOT / path).exists()]


Spec = dict[str, Any]


# -- the mutations -----------------------------------------------------------


def add_video_field(spec: Spec) -> str:
    spec["components"]["schemas"]["Video"]["properties"]["language"] = {
        "type": "string",
        "description": "Spoken language of the video (ISO 639-1).",
    }
    return "new optional field Video.language"


def add_task_status(spec: Spec) -> str:
    spec["components"]["schemas"]["Task"]["properties"]["status"]["enum"].append("archived")
    return "new Task.status value 'archived'"


def add_endpoint(spec: Spec) -> str:
    spec["tags"].append({"name": "Entities", "description": "Collections of known entities."})
    entity = {
        "type": "object",
        "properties": {"_id": {"type": "string"}, "name": {"type": "string"}},
    }
    spec["paths"]["/entity-collections"] = {
        "get": {
            "operationId": "listEntityCollections",
            "tags": ["Entities"],
            "summary": "List entity collections",
            "responses": {
                "200": {
                    "description": "OK",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "data": {"type": "array", "items": entity},
                                    "page_info": {"$ref": "#/components/schemas/PageInfo"},
                                },
                            }
                        }
                    },
                }
            },
        }
    }
    return "new endpoint GET /entity-collections (listEntityCollections, tag Entities)"


def add_query_parameter(spec: Spec) -> str:
    operation = spec["paths"]["/indexes/{index_id}/videos"]["get"]
    operation["parameters"].append(
        {
            "name": "filename",
            "in": "query",
            "schema": {"type": "string"},
            "description": "Filter by file name.",
        }
    )
    return "new optional query parameter listVideos?filename"


# Tags and operationIds renamed as TwelveLabs' published v1.3 document renames
# them: operationIds are verbs (`create`), prefixed by the tag where the verb is
# taken already (operationIds stay unique, as OpenAPI requires).
RENAMED_TAGS = {
    "Indexes": "Manage indexes",
    "Videos": "Manage videos",
    "Tasks": "Upload videos",
    "Search": "Any-to-video search",
    "Analyze": "Analyze videos",
    "Embed": "Create embeddings",
}
EMBEDDING_TASKS_TAG = "Create embeddings (tasks)"


def rename_operations(spec: Spec) -> str:
    renamed = 0
    taken: set[str] = set()
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            old_tag = operation["tags"][0]
            tag = (
                EMBEDDING_TASKS_TAG
                if path.startswith("/embed/tasks")
                else RENAMED_TAGS.get(old_tag, old_tag)
            )
            operation["tags"] = [tag]
            verb = re.match(r"[a-z]+", operation["operationId"].rsplit("-", 1)[-1])
            assert verb is not None, f"{method} {path}: operationId has no leading verb"
            new_id = verb.group(0)
            if new_id in taken:
                new_id = f"{tag.lower().replace(' ', '-')}-{new_id}"
            operation["operationId"] = new_id
            taken.add(new_id)
            renamed += 1
    spec["tags"] = [{**t, "name": RENAMED_TAGS.get(t["name"], t["name"])} for t in spec["tags"]]
    if EMBEDDING_TASKS_TAG not in {t["name"] for t in spec["tags"]}:
        spec["tags"].append({"name": EMBEDDING_TASKS_TAG})
    return (
        f"{renamed} operations renamed ('Manage indexes' / 'create' for 'Indexes' / 'createIndex')"
    )


def hyphenate_index_id(spec: Spec) -> str:
    spec["paths"] = {
        path.replace("{index_id}", "{index-id}"): item for path, item in spec["paths"].items()
    }
    spec["components"]["parameters"]["IndexId"]["name"] = "index-id"
    return "path parameter index_id spelled index-id"


def remove_list_videos(spec: Spec) -> str:
    del spec["paths"]["/indexes/{index_id}/videos"]["get"]
    return "operation listVideos removed"


def remove_task_status(spec: Spec) -> str:
    del spec["components"]["schemas"]["Task"]["properties"]["status"]
    return "property Task.status removed"


@dataclass(frozen=True)
class Bump:
    name: str
    mutations: tuple[Callable[[Spec], str], ...]
    # None: the tests must pass. A pattern: they must fail, with output matching it.
    must_fail_naming: str | None = None
    # The regenerated package must equal generated/ (a pure rename), and the fake
    # server must serve the bumped spec as it served the old one.
    same_package: bool = False


BUMPS = (
    Bump("additive", (add_video_field, add_task_status, add_endpoint, add_query_parameter)),
    Bump("rename", (rename_operations, hyphenate_index_id), same_package=True),
    Bump("remove-operation", (remove_list_videos,), r"listVideos|list_videos"),
    Bump(
        "remove-field",
        (remove_task_status,),
        r"(retrieveTask|createTask) response field status|'Task' object has no attribute 'status'"
        r"|cannot import name 'TaskStatus'",
    ),
)


def mutated(bump: Bump, spec: Spec) -> tuple[Spec, list[str]]:
    """A copy of `spec` with `bump` applied, and what was changed."""
    changed = copy.deepcopy(spec)
    return changed, [mutate(changed) for mutate in bump.mutations]


# -- running a bump ------------------------------------------------------------


TEST_TIMEOUT = 300  # seconds; a hung test run fails the rehearsal instead of hanging CI


def run(
    cmd: list[str], env: dict[str, str] | None = None, timeout: float | None = None
) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=False, timeout=timeout
        )
    except subprocess.TimeoutExpired as exc:
        output = (exc.stdout or b"").decode() if isinstance(exc.stdout, bytes) else exc.stdout
        return subprocess.CompletedProcess(
            cmd, 124, f"{output or ''}\n(stopped after {timeout:.0f}s)", ""
        )


def generator_args(raw: str, spec_path: Path, out: Path) -> list[str]:
    args = shlex.split(raw)
    if "--path" in args:
        args[args.index("--path") + 1] = str(spec_path)
    else:
        args += ["--path", str(spec_path)]
    return [*args, "--output-path", str(out)]


class GenerationFailed(Exception):
    """Preparing or generating from a bumped spec failed; the message says why."""


def regenerate(
    spec: Spec, workdir: Path, raw_args: str, names: Path | None = NAMES, label: str = "generated"
) -> Path:
    """Write `spec` as workdir/openapi.yaml, prepare it as `make generate` does
    (workdir/openapi.merged.yaml: the spec overlay, the pinned `names`,
    normalisation), generate the client from it; the directory to put on PYTHONPATH."""
    spec_path = workdir / "openapi.yaml"
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True))
    merged = workdir / f"openapi.{label}.merged.yaml"
    try:
        prepare_spec.prepare_file(spec_path, OVERLAY, merged, names)
    except prepare_spec.PrepareError as exc:
        raise GenerationFailed(f"preparing the bumped spec failed: {exc}") from None
    package = workdir / label / "twelvelabs_api"
    tool = Path(sys.executable).with_name("openapi-python-client")
    done = run([str(tool), "generate", *generator_args(raw_args, merged, package)], _venv_env())
    if done.returncode != 0:
        raise GenerationFailed(f"generation failed:\n{done.stdout}\n{done.stderr}")
    (package / "py.typed").touch()
    return package.parent


def _venv_env() -> dict[str, str]:
    """The environment with this venv's bin first: the generator's post-hooks call ruff."""
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    return env


def test_env(generated: Path, spec_path: Path) -> dict[str, str]:
    env = _venv_env()
    env["PYTHONPATH"] = os.pathsep.join(
        [str(generated), str(ROOT / "overlay"), env.get("PYTHONPATH", "")]
    ).rstrip(os.pathsep)
    env["TWELVELABS_CONTRACT_SPEC"] = str(spec_path)
    env["CONTRACT_EXAMPLES"] = "5"
    env["COLUMNS"] = "250"  # pytest's summary lines keep their messages whole
    return env


def check_resolution(env: dict[str, str], generated: Path) -> None:
    """The tests must import the regenerated package, not the repository's."""
    done = run([sys.executable, "-c", "import twelvelabs_api; print(twelvelabs_api.__file__)"], env)
    where = Path(done.stdout.strip() or "?").resolve()
    if not where.is_relative_to(generated.resolve()):
        raise SystemExit(f"twelvelabs_api resolves to {where}, not the regenerated {generated}")


def pytest_command(must_fail: bool, fake: bool = False) -> list[str]:
    stop = (
        ["--maxfail=5", "--tb=line", "--continue-on-collection-errors"]
        if must_fail
        else ["-x", "--tb=short"]
    )
    tests = test_paths(fake)
    return [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *stop, *tests]


def differences(tree: Path, reference: Path = GENERATED) -> list[str]:
    """Files that differ between two generated packages (relative paths)."""

    def files(root: Path) -> dict[str, bytes]:
        return {
            str(p.relative_to(root)): p.read_bytes()
            for p in root.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        }

    mine, theirs = files(tree), files(reference)
    return sorted(
        name for name in mine.keys() | theirs.keys() if mine.get(name) != theirs.get(name)
    )


def missing_imports(tree: Path, overlay: Path = OVERLAY_PACKAGE) -> dict[str, list[str]]:
    """Overlay module -> the `twelvelabs_api` names it imports that `tree` lacks.

    Read from the source (no import): a name is there when its module file exists
    and defines or imports it, or it is a submodule of the package it comes from.
    """
    found: dict[str, list[str]] = {}
    for source in sorted(overlay.rglob("*.py")):
        lacking: list[str] = []
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                "twelvelabs_api"
            ):
                lacking += [
                    f"{node.module}.{alias.name}"
                    for alias in node.names
                    if not _provides(tree, node.module or "", alias.name)
                ]
        if lacking:
            found[str(source.relative_to(overlay.parent))] = lacking
    return found


def _provides(tree: Path, module: str, name: str) -> bool:
    base = tree.parent.joinpath(*module.split("."))
    if (base / f"{name}.py").exists() or (base / name / "__init__.py").exists():
        return True
    path = base / "__init__.py" if base.is_dir() else base.with_suffix(".py")
    if not path.exists():
        return False
    return re.search(rf"\b{re.escape(name)}\b", path.read_text(encoding="utf-8")) is not None


def unpinned_report(spec: Spec, workdir: Path, raw_args: str) -> str:
    """Which overlay modules a bump would break without generator-names.yml."""
    try:
        tree = regenerate(spec, workdir, raw_args, names=None, label="unpinned")
    except GenerationFailed as exc:
        return f"without generator-names.yml the bumped spec does not even generate: {exc}"
    lacking = missing_imports(tree / "twelvelabs_api")
    if not lacking:
        return "without generator-names.yml no overlay module would have to change"
    lines = [f"without generator-names.yml, {len(lacking)} overlay modules would have to change:"]
    for module, names in lacking.items():
        shown = ", ".join(name.removeprefix("twelvelabs_api.") for name in names[:4])
        more = f" and {len(names) - 4} more" if len(names) > 4 else ""
        lines.append(f"     {module}: {shown}{more}")
    return "\n".join(lines)


def rehearse(bump: Bump, spec: Spec, raw_args: str) -> bool:
    """Apply `bump`, regenerate, run the tests; True when the outcome is the one required."""
    changed, what = mutated(bump, spec)
    started = time.monotonic()
    print(f"== {bump.name}: {'; '.join(what)}")
    changed_files: list[str] = []
    report = ""
    with tempfile.TemporaryDirectory(prefix=f"spec-bump-{bump.name}-") as tmp:
        workdir = Path(tmp)
        try:
            generated = regenerate(changed, workdir, raw_args)
        except GenerationFailed as exc:
            return _generation_failed(bump, str(exc), f"{time.monotonic() - started:.0f}s")
        if bump.same_package:
            changed_files = differences(generated / "twelvelabs_api")
            report = unpinned_report(changed, workdir, raw_args)
        env = test_env(generated, workdir / "openapi.yaml")
        if bump.same_package:
            env["TWELVELABS_FAKE_SPEC"] = str(workdir / "openapi.yaml")
        check_resolution(env, generated)
        command = pytest_command(bump.must_fail_naming is not None, fake=bump.same_package)
        done = run(command, env, TEST_TIMEOUT)
    output = done.stdout + done.stderr
    took = f"{time.monotonic() - started:.0f}s"
    summary = _summary(output)
    if bump.same_package:
        if changed_files:
            print(f"   FAILED: the regenerated package differs from generated/: {changed_files}")
            return False
        print("   ok: generated/ regenerates byte for byte (generator-names.yml pins the names)")
        print(f"   {report}")
        print(
            "   the tests that read the spec run on the bumped openapi.yaml (contract tests,"
            " the fake server's); the rest would run on the very same package"
        )
    if bump.must_fail_naming is None:
        if done.returncode == 0:
            print(f"   ok: the overlay's tests pass unchanged ({summary}, {took})")
            return True
        print(f"   FAILED: the {bump.name} bump broke the overlay's tests ({took}):\n{output}")
        return False
    named = [line for line in output.splitlines() if re.search(bump.must_fail_naming, line)]
    if done.returncode not in (0, 5) and named:
        print(f"   ok: the tests fail, naming it ({summary}, {took}):")
        # The summary lines (FAILED/ERROR ... - message) first: they say it best.
        named.sort(key=lambda line: not line.startswith(("FAILED", "ERROR")))
        for line in _unique(named)[:6]:
            print(f"     {line.strip()[:220]}")
        return True
    if done.returncode in (0, 5):
        print(f"   FAILED: the tests still pass; this breaking change would go unnoticed ({took})")
    else:
        print(
            f"   FAILED: the tests fail, but nothing names the change "
            f"(/{bump.must_fail_naming}/) ({took}):\n{output}"
        )
    return False


def _generation_failed(bump: Bump, message: str, took: str) -> bool:
    """A bumped spec that does not generate: required for a breaking bump only if
    the message names what broke."""
    pattern = bump.must_fail_naming
    if pattern is not None and re.search(pattern, message):
        print(f"   ok: the build fails before any test, naming it ({took}):")
        print(f"     {message.strip()[:400]}")
        return True
    print(f"   FAILED: the bumped spec does not generate ({took}):\n{message}")
    return False


def _summary(output: str) -> str:
    lines = [line for line in output.splitlines() if re.search(r"\d+ (passed|failed)", line)]
    return lines[-1].strip("= ") if lines else "no summary"


def _unique(lines: list[str]) -> list[str]:
    return list(dict.fromkeys(lines))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--generator-args",
        default=DEFAULT_GENERATOR_ARGS,
        help="openapi-python-client generate arguments (the Makefile's GEN_ARGS)",
    )
    parser.add_argument(
        "--only", choices=[b.name for b in BUMPS], action="append", help="run only these bumps"
    )
    parser.add_argument("--show", choices=[b.name for b in BUMPS], help="print a mutated spec")
    options = parser.parse_args(argv)
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    if options.show:
        bump = next(b for b in BUMPS if b.name == options.show)
        print(yaml.safe_dump(mutated(bump, spec)[0], sort_keys=False, allow_unicode=True))
        return 0
    bumps = [b for b in BUMPS if not options.only or b.name in options.only]
    results = [rehearse(bump, spec, options.generator_args) for bump in bumps]
    if all(results):
        print(f"spec-bump rehearsal passed ({', '.join(b.name for b in bumps)}): additive changes")
        print("and renames pass the overlay's tests unchanged, breaking changes fail them by name")
        return 0
    print("spec-bump rehearsal FAILED", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
