"""Indexes: create, list with paging and sorting, retrieve, update, delete."""

from __future__ import annotations

import re

import httpx
from fake_helpers import MODELS, create_index

from twelvelabs_sdk.testing import FakeTwelveLabs

OBJECT_ID = re.compile(r"[0-9a-f]{24}")


def test_create_returns_an_object_id_and_retrieve_shows_the_index(api: httpx.Client) -> None:
    index_id = create_index(api, "news", addons=["thumbnail"])
    assert OBJECT_ID.fullmatch(index_id)

    index = api.get(f"/indexes/{index_id}").json()

    assert index["_id"] == index_id
    assert index["index_name"] == "news"
    assert index["models"] == MODELS
    assert index["addons"] == ["thumbnail"]
    assert index["video_count"] == 0
    assert index["created_at"].endswith("Z")


def test_list_pages_with_page_info_newest_first(api: httpx.Client) -> None:
    ids = [create_index(api, f"index-{i}") for i in range(5)]

    first = api.get("/indexes", params={"page_limit": 2}).json()
    last = api.get("/indexes", params={"page_limit": 2, "page": 3}).json()

    assert [i["_id"] for i in first["data"]] == [ids[4], ids[3]]
    assert first["page_info"] == {
        "limit_per_page": 2,
        "page": 1,
        "total_page": 3,
        "total_results": 5,
    }
    assert [i["_id"] for i in last["data"]] == [ids[0]]


def test_list_sorts_ascending_and_by_updated_at(api: httpx.Client) -> None:
    ids = [create_index(api, f"index-{i}") for i in range(3)]
    assert api.put(f"/indexes/{ids[0]}", json={"index_name": "renamed"}).status_code == 200

    ascending = api.get("/indexes", params={"sort_option": "asc"}).json()["data"]
    by_update = api.get("/indexes", params={"sort_by": "updated_at"}).json()["data"]

    assert [i["_id"] for i in ascending] == ids
    assert by_update[0]["_id"] == ids[0]


def test_list_filters_by_index_name(api: httpx.Client) -> None:
    create_index(api, "alpha")
    wanted = create_index(api, "beta")

    data = api.get("/indexes", params={"index_name": "beta"}).json()["data"]

    assert [i["_id"] for i in data] == [wanted]


def test_update_renames_and_delete_removes(api: httpx.Client) -> None:
    index_id = create_index(api, "before")

    updated = api.put(f"/indexes/{index_id}", json={"index_name": "after"})
    assert updated.status_code == 200
    assert api.get(f"/indexes/{index_id}").json()["index_name"] == "after"

    deleted = api.delete(f"/indexes/{index_id}")
    assert deleted.status_code == 204
    assert deleted.content == b""
    assert api.get(f"/indexes/{index_id}").status_code == 404


def test_unknown_index_is_404_index_not_found(api: httpx.Client) -> None:
    for response in (
        api.get("/indexes/0123456789abcdef01234567"),
        api.put("/indexes/0123456789abcdef01234567", json={"index_name": "x"}),
        api.delete("/indexes/0123456789abcdef01234567"),
    ):
        assert response.status_code == 404
        assert response.json()["code"] == "index_not_found"


def test_duplicate_index_name_is_409(api: httpx.Client) -> None:
    create_index(api, "same")

    response = api.post("/indexes", json={"index_name": "same", "models": MODELS})

    assert response.status_code == 409
    assert response.json()["code"] == "index_name_already_exists"


def test_creations_count_indexes_even_after_delete(api: httpx.Client, fake: FakeTwelveLabs) -> None:
    index_id = create_index(api)
    api.delete(f"/indexes/{index_id}")

    assert fake.creations == {"indexes": 1, "tasks": 0, "embedding_tasks": 0}
