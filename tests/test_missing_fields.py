"""A field the API always sends but one answer lacks (or sends null) does not
lose the object or its page: it parses, and that field reads MISSING."""

from __future__ import annotations

import asyncio
import copy
import pickle
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from twelvelabs_sdk import (
    MISSING,
    AsyncTwelveLabs,
    Index,
    InvalidParameterError,
    ModelConfig,
    TwelveLabs,
    is_missing,
)

INDEX: dict[str, Any] = {
    "_id": "idx1",
    "index_name": "n",
    "models": [
        {"model_name": "marengo2.7"},  # no model_options
        {"model_name": "pegasus1.2", "model_options": None},  # null
        {"model_name": "marengo3.0", "model_options": ["visual"]},
    ],
}
PAGE = {
    "data": [INDEX, {**INDEX, "_id": "idx2"}],
    "page_info": {"page": 1, "limit_per_page": 10, "total_page": 1, "total_results": 2},
}


def _check_index(index: Index) -> None:
    assert isinstance(index, Index)
    assert isinstance(index.models, list)
    first, second, third = index.models
    assert is_missing(first.model_options)
    assert is_missing(second.model_options)
    assert first.model_options is MISSING
    assert not first.model_options
    assert [o.value for o in third.model_options] == ["visual"]
    assert first.model_name == "marengo2.7"
    # to_dict leaves the missing field out rather than sending a sentinel.
    assert first.to_dict() == {"model_name": "marengo2.7"}
    assert "model_options" not in second.to_dict()
    assert repr(first).count("MISSING") == 1


def test_index_with_models_lacking_model_options_parses_sync(
    httpserver: HTTPServer, api_key: str, base_url: str
) -> None:
    httpserver.expect_request("/v1.3/indexes/idx1").respond_with_json(INDEX)
    httpserver.expect_request("/v1.3/indexes").respond_with_json(PAGE)
    with TwelveLabs(api_key=api_key, base_url=base_url) as client:
        _check_index(client.indexes.retrieve("idx1"))
        listed = list(client.indexes.list())
    assert [i.id for i in listed] == ["idx1", "idx2"]
    for index in listed:
        _check_index(index)


def test_index_with_models_lacking_model_options_parses_async(
    httpserver: HTTPServer, api_key: str, base_url: str
) -> None:
    httpserver.expect_request("/v1.3/indexes/idx1").respond_with_json(INDEX)
    httpserver.expect_request("/v1.3/indexes").respond_with_json(PAGE)

    async def run() -> list[Index]:
        async with AsyncTwelveLabs(api_key=api_key, base_url=base_url) as client:
            _check_index(await client.indexes.retrieve("idx1"))
            return [i async for i in client.indexes.list()]

    listed = asyncio.run(run())
    assert [i.id for i in listed] == ["idx1", "idx2"]


def test_missing_survives_copy_and_pickle_and_compares() -> None:
    config = ModelConfig.from_dict({"model_name": "m"})
    assert pickle.loads(pickle.dumps(config)).model_options is MISSING
    assert copy.deepcopy(config).model_options is MISSING
    assert config == ModelConfig.from_dict({"model_name": "m", "model_options": None})


def test_a_missing_id_is_refused_as_an_argument(api_key: str) -> None:
    config = ModelConfig.from_dict({"model_options": ["visual"]})
    with (
        TwelveLabs(api_key=api_key, base_url="http://127.0.0.1:9/v1.3") as client,
        pytest.raises(InvalidParameterError, match="index_id"),
    ):
        client.indexes.retrieve(config.model_name)
