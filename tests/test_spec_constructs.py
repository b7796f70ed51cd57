"""Specs shaped like the ones vendors publish generate cleanly (tests/data/specs/).

Each spec goes through what `make generate` does (scripts/prepare_spec.py, then
openapi-python-client with the Makefile's arguments, --fail-on-warning
included) into a temporary tree, which must import and pass mypy --strict.
constructs-3.1.yaml holds every construct in one OpenAPI 3.1 document; its
usage script runs against a local server. The two small 3.0 documents are the
cases the normaliser exists for, each alone.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from build_scripts import load
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

ROOT = Path(__file__).resolve().parents[1]
SPECS = ROOT / "tests" / "data" / "specs"
BIN = Path(sys.executable).parent
USAGE = SPECS / "constructs_3_1_usage.py"
TIMEOUT = 120  # seconds for one generator, mypy or usage run

prepare_spec = load("prepare_spec")
normalise_spec = load("normalise_spec")
spec_bump = load("spec_bump")


def _run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, check=False, timeout=TIMEOUT
    )
    output = done.stdout + done.stderr
    assert done.returncode == 0, f"{shlex.join(command)} failed:\n{output}"
    return output


def _env(tree: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(BIN), env.get("PATH", "")])  # the generator's ruff hooks
    env["PYTHONPATH"] = str(tree)
    env["MYPYPATH"] = str(tree)
    return env


def generate(spec: Path, tree: Path) -> str:
    """`make generate` for `spec` into `tree`; the generator's output."""
    merged = tree / "openapi.merged.yaml"
    prepare_spec.prepare_file(spec, None, merged)
    args = spec_bump.generator_args(
        spec_bump.DEFAULT_GENERATOR_ARGS, merged, tree / "twelvelabs_api"
    )
    output = _run([str(BIN / "openapi-python-client"), "generate", *args], ROOT, _env(tree))
    (tree / "twelvelabs_api" / "py.typed").touch()
    return output


@pytest.fixture(scope="module")
def trees(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    """Every spec in tests/data/specs generated once, each in its own tree."""
    if not (BIN / "openapi-python-client").exists():
        pytest.skip("needs the dev virtualenv (make setup)")
    made: dict[str, Path] = {}
    for spec in sorted(SPECS.glob("*.yaml")):
        tree = tmp_path_factory.mktemp(spec.stem)
        output = generate(spec, tree)
        assert "warning" not in output.lower(), output
        made[spec.stem] = tree
    yield made
    for tree in made.values():
        shutil.rmtree(tree, ignore_errors=True)


def _classes(package: Path) -> set[str]:
    """The attrs model classes a generated tree defines."""
    found = set()
    for module in (package / "models").glob("*.py"):
        found |= set(re.findall(r"@_attrs_define\nclass (\w+)", module.read_text()))
    return found


def test_the_specs_cover_every_construct() -> None:
    assert {spec.stem for spec in SPECS.glob("*.yaml")} == {
        "constructs-3.1",
        "component-responses-3.0",
        "colliding-variants-3.0",
    }
    doc = prepare_spec.load_yaml(SPECS / "constructs-3.1.yaml")
    index = doc["components"]["schemas"]["Index"]["properties"]
    paths = doc["paths"]
    assert doc["openapi"] == "3.1.0"
    assert index["deleted_at"]["type"] == ["string", "null"]  # nullable type arrays
    assert index["kind"] == {"const": "index"}
    assert "examples" in index["_id"]
    assert {"$ref", "description"} <= set(index["expires_at"])  # $ref with a sibling
    assert {"$ref": "#/components/schemas/Owner"} in index["owner"]["anyOf"]
    assert paths["/indexes/{index-id}"]["get"]["responses"]["404"] == {
        "$ref": "#/components/responses/NotFound"
    }
    assert "$ref" in doc["components"]["responses"]["TooManyRequests"]  # a chain
    embedding = doc["components"]["schemas"]["EmbeddingResult"]["properties"]
    assert [v["title"] for v in embedding["query"]["oneOf"]] == ["Text", "Media"]
    assert [v["title"] for v in embedding["result"]["oneOf"]] == ["Text", "Media"]
    assert (
        "text/event-stream" in paths["/streams/{stream_id}"]["get"]["responses"]["200"]["content"]
    )
    upload = paths["/uploads"]["post"]["requestBody"]["content"]["multipart/form-data"]
    assert upload["schema"]["properties"]["video_file"] == {
        "type": "string",
        "contentMediaType": "video/mp4",
    }
    two = paths["/generate"]["post"]["responses"]["200"]["content"]
    assert list(two) == ["application/json", "application/x-ndjson"]


@pytest.mark.parametrize("spec", ["component-responses-3.0", "colliding-variants-3.0"])
def test_without_the_normaliser_the_generator_drops_something(spec: str, tmp_path: Path) -> None:
    """The small specs are real cases: generated as received, the generator fails."""
    args = spec_bump.generator_args(
        spec_bump.DEFAULT_GENERATOR_ARGS, SPECS / f"{spec}.yaml", tmp_path / "twelvelabs_api"
    )
    command = [str(BIN / "openapi-python-client"), "generate", *args]
    done = subprocess.run(
        command, env=_env(tmp_path), capture_output=True, text=True, check=False, timeout=TIMEOUT
    )
    assert done.returncode != 0
    assert "WARNING" in done.stdout + done.stderr


def test_every_spec_generates_imports_and_type_checks(trees: dict[str, Path]) -> None:
    for name, tree in trees.items():
        imports = "import twelvelabs_api.models, twelvelabs_api.api, pkgutil, importlib\n"
        imports += "for m in pkgutil.walk_packages(twelvelabs_api.__path__, 'twelvelabs_api.'):\n"
        imports += "    importlib.import_module(m.name)\n"
        _run([sys.executable, "-c", imports], tree, _env(tree))
        checked = [str(tree / "twelvelabs_api")]
        if name == "constructs-3.1":
            shutil.copy(USAGE, tree / USAGE.name)
            checked.append(str(tree / USAGE.name))
        mypy = [str(BIN / "mypy"), "--strict", "--no-incremental", "--python-version", "3.11"]
        mypy += ["--config-file", os.devnull, *checked]
        assert "Success" in _run(mypy, tree, _env(tree)), name


def test_the_normaliser_predicts_the_generators_class_names(trees: dict[str, Path]) -> None:
    """The collision check is only as good as its prediction of the generator's names."""
    for name, tree in trees.items():
        prepared = prepare_spec.load_yaml(tree / "openapi.merged.yaml")
        predicted = {model.name for model in normalise_spec.predict_models(prepared)}
        assert predicted == _classes(tree / "twelvelabs_api"), name


def test_the_repository_spec_predictions_match_generated(tmp_path: Path) -> None:
    merged = tmp_path / "merged.yaml"
    prepared = prepare_spec.prepare_file(
        ROOT / "openapi.yaml", ROOT / "openapi.overlay.yaml", merged
    )
    predicted = {model.name for model in normalise_spec.predict_models(prepared)}
    assert predicted == _classes(ROOT / "generated" / "twelvelabs_api")


def test_colliding_variants_get_names_from_where_they_are(trees: dict[str, Path]) -> None:
    classes = _classes(trees["colliding-variants-3.0"] / "twelvelabs_api")
    assert {"SearchBodyQueryText", "SearchBodyFilterText"} <= classes
    assert {"SearchBodyQueryMedia", "SearchBodyFilterMedia"} <= classes
    assert {"SearchResponse200Item", "SearchResponse200Item2"} <= classes
    # The component keeps its name; the inline variant named like it moves.
    assert {"PageCursorType0", "PageCursorType02"} <= classes


def test_component_responses_are_parsed_not_dropped(trees: dict[str, Path]) -> None:
    module = trees["component-responses-3.0"] / "twelvelabs_api/api/default/delete_thing.py"
    source = module.read_text()
    for status in (404, 409):
        assert f"if response.status_code == {status}:" in source
        assert f"response_{status} = Error.from_dict(response.json())" in source


def test_the_31_client_works_against_a_server(
    trees: dict[str, Path], httpserver: HTTPServer
) -> None:
    index = {
        "_id": "idx-1",
        "index_name": "n",
        "kind": "index",
        "deleted_at": None,
        "video_count": 3,
        "owner": None,
        "expires_at": "2026-01-02T03:04:05Z",
    }
    error = {"code": "index_not_found", "message": "no such index"}
    httpserver.expect_request("/v1/indexes/idx-1", method="GET").respond_with_json(index)
    httpserver.expect_request("/v1/indexes/gone", method="GET").respond_with_json(error, 404)
    httpserver.expect_request("/v1/indexes/idx-1", method="PATCH").respond_with_data(status=204)
    httpserver.expect_request(
        "/v1/generate", method="POST", json={"prompt": "p", "stream": True}
    ).respond_with_json({"code": "too_many_requests", "message": "slow down"}, 429)
    httpserver.expect_request(
        "/v1/generate", method="POST", json={"prompt": "p", "stream": False}
    ).respond_with_json({"id": "g", "data": "hello"})
    httpserver.expect_request("/v1/streams/s-1").respond_with_response(
        Response("event: ping\ndata: 1\n\n", content_type="text/event-stream")
    )

    def uploaded(request: Request) -> Response:
        files = [f"{k}: {v.filename}, {len(v.read())} bytes" for k, v in request.files.items()]
        texts = [f"{k}: {v}" for k, v in request.form.items()]
        return Response(json.dumps({"id": "u", "data": "; ".join(files + texts)}), 201)

    httpserver.expect_request("/v1/uploads", method="POST").respond_with_handler(uploaded)
    embedding = {"query": {"text": "t"}, "result": {"segments": 2}}
    httpserver.expect_request("/v1/embed", method="POST").respond_with_json(embedding)
    tree = trees["constructs-3.1"]
    shutil.copy(USAGE, tree / USAGE.name)

    output = _run([sys.executable, USAGE.name, httpserver.url_for("/v1")], tree, _env(tree))

    assert output.strip() == "ok"
    assert len(httpserver.log) == 8
