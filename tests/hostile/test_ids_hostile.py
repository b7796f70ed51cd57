"""A missing value never ends up in a URL, and a create answer without `_id` is an error.

- createIndex, createTask and createEmbeddingTask answered without `_id` raise
  APIResponseValidationError; `tasks.create_and_wait` then sends nothing more
  (before: it polled `GET /tasks/UNSET`).
- Every path parameter of every generated operation goes through one guard
  (`twelvelabs_api.types.path_segment`): None, UNSET, their text ("None",
  "UNSET") and "" are refused before anything is sent. The SDK's own id checks
  refuse the same, as InvalidParameterError naming the parameter.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import pkgutil
from collections.abc import Callable
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

import twelvelabs_api.api
from twelvelabs_api.types import UNSET, PathParameterError
from twelvelabs_sdk import (
    APIResponseValidationError,
    AsyncTwelveLabs,
    InvalidParameterError,
    TwelveLabs,
)

KEY = "tlk-hostile-ids-key"
MISSING = [None, UNSET, "None", "UNSET", ""]
MODELS = [{"model_name": "marengo3.0", "model_options": ["visual"]}]

Call = Callable[[Any], Any]
CREATES: dict[str, tuple[str, Call]] = {
    "indexes.create": ("/v1.3/indexes", lambda c: c.indexes.create("n", models=MODELS)),
    "tasks.create": (
        "/v1.3/tasks",
        lambda c: c.tasks.create(index_id="i1", video_url="https://x.test/v.mp4"),
    ),
    "tasks.create_and_wait": (
        "/v1.3/tasks",
        lambda c: c.tasks.create_and_wait(
            index_id="i1", video_url="https://x.test/v.mp4", poll_interval=0.01, timeout=5
        ),
    ),
    "embed.tasks.create": (
        "/v1.3/embed/tasks",
        lambda c: c.embed.tasks.create(
            model_name="Marengo-retrieval-2.7", video_url="https://x.test/v.mp4"
        ),
    ),
}


def run(mode: str, url: str, call: Call) -> Any:
    if mode == "sync":
        with TwelveLabs(api_key=KEY, base_url=url) as client:
            return call(client)

    async def main() -> Any:
        async with AsyncTwelveLabs(api_key=KEY, base_url=url) as client:
            return await call(client)

    return asyncio.run(main())


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("create", sorted(CREATES))
@pytest.mark.parametrize("answer", [{"status": "pending"}, {"_id": None}, {"_id": ""}])
def test_a_create_answer_without_an_id_raises_and_nothing_follows(
    mode: str, create: str, answer: dict[str, Any], httpserver: HTTPServer
) -> None:
    path, call = CREATES[create]
    httpserver.expect_request(path, method="POST").respond_with_json(answer, status=201)
    with pytest.raises(APIResponseValidationError, match="no `_id`"):
        run(mode, httpserver.url_for("/v1.3"), call)
    assert [(r.method, r.path) for r, _ in httpserver.log] == [("POST", path)]


# Operations addressed by id, as the SDK's callers reach them.
BY_ID: dict[str, Call] = {
    "indexes.retrieve": lambda c, v: c.indexes.retrieve(v),
    "indexes.update": lambda c, v: c.indexes.update(v, index_name="x"),
    "indexes.delete": lambda c, v: c.indexes.delete(v),
    "videos.retrieve (index)": lambda c, v: c.videos.retrieve(v, "v1"),
    "videos.retrieve (video)": lambda c, v: c.videos.retrieve("i1", v),
    "videos.delete": lambda c, v: c.videos.delete("i1", v),
    "tasks.retrieve": lambda c, v: c.tasks.retrieve(v),
    "tasks.delete": lambda c, v: c.tasks.delete(v),
    "tasks.wait": lambda c, v: c.tasks.wait(v, timeout=1),
    "embed.tasks.retrieve": lambda c, v: c.embed.tasks.retrieve(v),
    "embed.tasks.wait": lambda c, v: c.embed.tasks.wait(v, timeout=1),
    "search.retrieve_page": lambda c, v: c.search.retrieve_page(v),
}


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("value", MISSING, ids=repr)
@pytest.mark.parametrize("op", sorted(BY_ID))
def test_a_missing_id_is_refused_before_sending(
    mode: str, op: str, value: Any, httpserver: HTTPServer
) -> None:
    with pytest.raises(InvalidParameterError) as caught:
        run(mode, httpserver.url_for("/v1.3"), lambda c: BY_ID[op](c, value))
    assert caught.value.param.endswith("_id") or caught.value.param == "page_token"
    assert httpserver.log == []


def path_operations() -> list[tuple[str, Any, int]]:
    """(name, module, number of path parameters) for every generated operation
    whose path has parameters; they come first and positional in `_get_kwargs`."""
    found = []
    for info in pkgutil.walk_packages(twelvelabs_api.api.__path__, "twelvelabs_api.api."):
        module = importlib.import_module(info.name)
        get_kwargs = getattr(module, "_get_kwargs", None)
        if get_kwargs is None:
            continue
        params = inspect.signature(get_kwargs).parameters.values()
        positional = [p for p in params if p.kind is p.POSITIONAL_OR_KEYWORD]
        if positional:
            found.append((info.name.rsplit(".", 1)[-1], module, len(positional)))
    return found


def test_the_generated_operations_with_path_parameters_are_all_found() -> None:
    names = {name for name, _, _ in path_operations()}
    assert len(names) >= 10
    assert {"retrieve_task", "update_video", "retrieve_search_page"} <= names


@pytest.mark.parametrize("value", MISSING, ids=repr)
def test_every_generated_path_parameter_refuses_a_missing_value(value: Any) -> None:
    for name, module, count in path_operations():
        for slot in range(count):
            args: list[Any] = ["ok"] * count
            args[slot] = value
            sig = inspect.signature(module._get_kwargs)
            required = [p for p in sig.parameters.values() if p.default is p.empty]
            extra = {p.name: None for p in required if p.kind is p.KEYWORD_ONLY}
            with pytest.raises(PathParameterError) as caught:
                module._get_kwargs(*args, **extra)
            assert isinstance(caught.value, ValueError), name


def test_the_low_level_client_sends_nothing_for_a_missing_id(httpserver: HTTPServer) -> None:
    from twelvelabs_api.api.tasks import retrieve_task

    with TwelveLabs(api_key=KEY, base_url=httpserver.url_for("/v1.3")) as client:
        for value in MISSING:
            with pytest.raises(PathParameterError, match="task_id"):
                retrieve_task.sync_detailed(value, client=client.api)  # type: ignore[arg-type]
    assert httpserver.log == []
