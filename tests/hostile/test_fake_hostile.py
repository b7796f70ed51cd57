"""The fake server under inputs a careless or hostile client sends.

- A JSON body that is not UTF-8 gets 400 on every JSON-body route, not a 500.
- JSON nested too deeply, as a body or in a form field (search `filter`, task
  `user_metadata`), gets 400, not a 500.
- Uploaded files are closed after each request: a user's suite with warnings
  as errors sees no ResourceWarning from the fake, also when an upload breaks off.
- `inject()` and `--fault` refuse a method or path that can never match a route
  of the spec, saying what is allowed; a bad `--fault` shows the parser's message.
- A body field the spec does not declare (JSON or multipart) gets 400
  `parameter_unknown` naming it, as the API answers.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from twelvelabs_sdk.testing import FakeTwelveLabs, Fault
from twelvelabs_sdk.testing.__main__ import main as fake_cli

SPEC = Path(__file__).resolve().parents[2] / "openapi.yaml"


def body_routes(mimetype: str) -> list[tuple[str, str]]:
    """(METHOD, concrete path) of every operation taking a `mimetype` body."""
    doc = yaml.safe_load(SPEC.read_text())
    found = []
    for template, item in doc["paths"].items():
        for method, operation in item.items():
            content = (operation.get("requestBody") or {}).get("content", {})
            if mimetype in content:
                found.append((method.upper(), re.sub(r"\{\w+\}", "abc123", template)))
    return found


JSON_ROUTES = body_routes("application/json")
FORM_ROUTES = body_routes("multipart/form-data")


def test_the_spec_has_json_and_multipart_body_routes() -> None:
    assert len(JSON_ROUTES) >= 6
    assert len(FORM_ROUTES) >= 4


@pytest.fixture
def api(twelvelabs_fake: FakeTwelveLabs) -> Any:
    with httpx.Client(
        base_url=twelvelabs_fake.url, headers={"x-api-key": twelvelabs_fake.api_key}, timeout=10
    ) as client:
        yield client


@pytest.mark.parametrize(("method", "path"), JSON_ROUTES, ids=[" ".join(r) for r in JSON_ROUTES])
@pytest.mark.parametrize(
    "body",
    [b'{"index_name": "caf\xe9"}', b"\xff\xfe{}", b'{"a": "\xed\xa0\x80"}'],
    ids=["latin-1", "bom-like", "surrogate"],
)
def test_a_json_body_that_is_not_utf8_is_a_400(
    api: httpx.Client, method: str, path: str, body: bytes
) -> None:
    response = api.request(method, path, content=body, headers={"content-type": "application/json"})
    assert response.status_code == 400, response.text
    assert response.json()["code"] == "parameter_invalid"
    assert "UTF-8" in response.json()["message"]


@pytest.mark.parametrize(("method", "path"), JSON_ROUTES, ids=[" ".join(r) for r in JSON_ROUTES])
def test_a_json_body_nested_too_deeply_is_a_400(api: httpx.Client, method: str, path: str) -> None:
    body = b'{"a": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    response = api.request(method, path, content=body, headers={"content-type": "application/json"})
    assert response.status_code == 400, response.text


@pytest.mark.parametrize(
    ("path", "field", "fields"),
    [
        ("/search", "filter", {"query_text": "a", "search_options": "visual"}),
        ("/tasks", "user_metadata", {"video_url": "https://cdn.example/a.mp4"}),
    ],
)
def test_a_json_form_field_nested_too_deeply_is_a_400(
    api: httpx.Client, path: str, field: str, fields: dict[str, str]
) -> None:
    # The JSON-in-a-form-field parses (search filter, task user_metadata) answered
    # a RecursionError with a 500, which a client retries.
    index = api.post("/indexes", json={"index_name": "deep", "models": MODELS}).json()["_id"]
    deep = "[" * 100_000 + "]" * 100_000
    form = {"index_id": index, **fields, field: deep}
    response = api.post(path, files={k: (None, v) for k, v in form.items()})
    assert response.status_code == 400, response.text
    assert response.json()["code"] == "parameter_invalid"
    assert response.json()["message"].startswith(f"{field}: ")


# -- undeclared fields ---------------------------------------------------------

MODELS = [{"model_name": "marengo3.0", "model_options": ["visual"]}]
JSON_EXTRAS = [
    ("POST", "/indexes", {"index_name": "x", "models": MODELS, "index_nmae": "typo"}, "index_nmae"),
    ("POST", "/gist", {"video_id": "v1", "types": ["title"], "format": "md"}, "format"),
    ("POST", "/analyze", {"video_id": "v1", "prompt": "p", "stream": False, "seed": 3}, "seed"),
    ("POST", "/summarize", {"video_id": "v1", "type": "summary", "lang": "fr"}, "lang"),
    ("PUT", "/indexes/abc123", {"index_name": "x", "models": MODELS}, "models"),
    ("PUT", "/indexes/abc123/videos/v1", {"video_title": "t", "tags": ["a"]}, "tags"),
]


@pytest.mark.parametrize(
    ("method", "path", "body", "field"), JSON_EXTRAS, ids=[f"{m} {p}" for m, p, _, _ in JSON_EXTRAS]
)
def test_an_undeclared_json_field_is_refused_by_name(
    api: httpx.Client, method: str, path: str, body: dict[str, Any], field: str
) -> None:
    response = api.request(method, path, json=body)
    assert response.status_code == 400, response.text
    assert response.json()["code"] == "parameter_unknown"
    assert f"`{field}`" in response.json()["message"]


FORM_EXTRAS = [
    (
        "/tasks",
        {"index_id": "i1", "video_url": "https://x.test/a.mp4", "priority": "1"},
        {},
        "priority",
    ),
    ("/tasks", {"index_id": "i1"}, {"video_file": b"v", "thumbnail": b"t"}, "thumbnail"),
    (
        "/search",
        {"index_id": "i1", "search_options": "visual", "query_text": "q", "limit": "3"},
        {},
        "limit",
    ),
    (
        "/embed",
        {"model_name": "Marengo-retrieval-2.7", "text": "t", "text_truncate": "end"},
        {},
        "text_truncate",
    ),
    (
        "/embed/tasks",
        {
            "model_name": "Marengo-retrieval-2.7",
            "video_url": "https://x.test/a.mp4",
            "clip_length": "6",
        },
        {},
        "clip_length",
    ),
]


@pytest.mark.parametrize(
    ("path", "fields", "files", "field"), FORM_EXTRAS, ids=[f[3] for f in FORM_EXTRAS]
)
def test_an_undeclared_multipart_field_is_refused_by_name(
    api: httpx.Client,
    twelvelabs_fake: FakeTwelveLabs,
    path: str,
    fields: dict[str, str],
    files: dict[str, bytes],
    field: str,
) -> None:
    parts: list[tuple[str, Any]] = [(k, (None, v)) for k, v in fields.items()]
    parts += [(k, (f"{k}.bin", v, "application/octet-stream")) for k, v in files.items()]
    response = api.post(path, files=parts)
    assert response.status_code == 400, response.text
    assert response.json()["code"] == "parameter_unknown"
    assert f"`{field}`" in response.json()["message"]
    assert twelvelabs_fake.creations == dict.fromkeys(twelvelabs_fake.creations, 0)


def test_declared_fields_still_go_through(api: httpx.Client) -> None:
    response = api.post("/indexes", json={"index_name": "x", "models": MODELS, "addons": []})
    assert response.status_code == 201, response.text


# -- uploads are closed ----------------------------------------------------------

USER_SUITE = textwrap.dedent(
    """
    import gc
    import os
    import socket
    import time

    from twelvelabs_sdk import TwelveLabs
    from twelvelabs_sdk.testing import FakeTwelveLabs

    BIG = os.urandom(700 * 1024)  # past werkzeug's 500 KiB: spooled to a temporary file
    MODELS = [{"model_name": "marengo3.0", "model_options": ["visual"]}]


    def test_uploads_through_the_sdk(twelvelabs_fake):
        client = TwelveLabs(api_key=twelvelabs_fake.api_key, base_url=twelvelabs_fake.url)
        index = client.indexes.create("i", models=MODELS)
        for _ in range(3):
            client.tasks.create(index_id=index.id, video_file=BIG)
        client.embed.create(model_name="Marengo-retrieval-2.7", image_file=BIG)
        client.search.query(
            index_id=index.id, search_options=["visual"], query_media_file=BIG
        ).first_page()
        client.close()
        gc.collect()


    def test_an_upload_that_breaks_off(twelvelabs_fake):
        head = (
            b"--b\\r\\nContent-Disposition: form-data; name=\\"video_file\\"; "
            b"filename=\\"a.mp4\\"\\r\\n\\r\\n"
        )
        body = head + BIG
        request = (
            "POST /v1.3/tasks HTTP/1.1\\r\\nHost: x\\r\\n"
            f"x-api-key: {twelvelabs_fake.api_key}\\r\\n"
            "Content-Type: multipart/form-data; boundary=b\\r\\n"
            f"Content-Length: {len(body) + 1000}\\r\\n\\r\\n"  # more than is sent
        ).encode() + body
        with socket.create_connection((twelvelabs_fake.host, twelvelabs_fake.port), 5) as sock:
            sock.sendall(request)
            sock.shutdown(socket.SHUT_WR)  # the upload breaks off mid-part
            sock.settimeout(5)
            while sock.recv(65536):
                pass
        time.sleep(0.2)  # the fake answered (or hung up): let its handler thread end
        gc.collect()
    """
)


def test_a_suite_with_warnings_as_errors_sees_no_resource_warning(tmp_path: Path) -> None:
    (tmp_path / "test_user_suite.py").write_text(USER_SUITE)
    (tmp_path / "pytest.ini").write_text("[pytest]\nfilterwarnings =\n    error\n")
    env = {**os.environ, "PYTHONDEVMODE": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env=env,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert "2 passed" in done.stdout
    assert "ResourceWarning" not in done.stdout + done.stderr


# -- faults that can never fire ----------------------------------------------------

NEVER = [
    ("GET", "indexes", "must start with '/'"),
    ("GET", "/v1.3/indexes", "leave out the /v1.3 base path"),
    ("GET", "/indexes/", "must not end with '/'"),
    ("FETCH", "/indexes", "must be one of DELETE, GET, POST, PUT or '*'"),
    ("HEAD", "/indexes", "must be one of"),
    ("DELETE", "/search", "can never match a route"),
    ("GET", "/videos", "can never match a route"),
    (None, "/tasks/*/videos", "can never match a route"),
]


@pytest.mark.parametrize(
    ("method", "path", "message"), NEVER, ids=[f"{m} {p}" for m, p, _ in NEVER]
)
def test_inject_refuses_a_fault_that_can_never_match(
    twelvelabs_fake: FakeTwelveLabs, method: str | None, path: str, message: str
) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        twelvelabs_fake.inject(method, path, status=503)
    with pytest.raises(ValueError, match=re.escape(message)):
        twelvelabs_fake.add_fault(Fault(method=method, path=path, status=503))
    with pytest.raises(ValueError, match=re.escape(message)):
        FakeTwelveLabs(faults=[Fault(method=method, path=path, status=503)])
    assert twelvelabs_fake.faults == []


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/indexes"),
        ("get", "/indexes/{index_id}"),
        ("GET", "/indexes/65a1b2c3"),
        (None, "/tasks/*"),
        ("PUT", "/indexes/*/videos/*"),
        ("*", "*"),
        (None, None),
    ],
)
def test_inject_accepts_templates_concrete_paths_and_globs(
    twelvelabs_fake: FakeTwelveLabs, method: str | None, path: str | None
) -> None:
    twelvelabs_fake.inject(method, path, status=503)
    assert len(twelvelabs_fake.faults) == 1


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("GET /indexes:503:bogus=1", "unknown fault field 'bogus'; the fields are: body"),
        ("GET /indexes:sometimes", "cannot read 'sometimes'"),
        ("GET /v1.3/indexes:503", "leave out the /v1.3 base path"),
        ("FETCH /indexes:503", "must be one of DELETE, GET, POST, PUT"),
        ("DELETE /search:503", "can never match a route"),
    ],
)
def test_the_cli_prints_the_fault_parsers_own_message(
    spec: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        fake_cli(["--port", "0", "--fault", spec])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "argument --fault" in err
    assert message in err
    assert "invalid _fault value" not in err
