"""Videos within an index: list, retrieve, update, delete; index totals follow."""

from __future__ import annotations

import httpx
from fake_helpers import create_index

from twelvelabs_sdk.testing import FakeTwelveLabs


def test_list_and_retrieve_show_system_and_user_metadata(
    api: httpx.Client, fake: FakeTwelveLabs
) -> None:
    index_id = create_index(api)
    video_id = fake.add_video(
        index_id, "beach day.mp4", size=2_500_000, user_metadata={"category": "travel"}
    )

    listed = api.get(f"/indexes/{index_id}/videos").json()
    video = api.get(f"/indexes/{index_id}/videos/{video_id}").json()

    assert [v["_id"] for v in listed["data"]] == [video_id]
    assert listed["page_info"]["total_results"] == 1
    assert video["video_title"] == "beach day"
    assert video["system_metadata"]["filename"] == "beach day.mp4"
    assert video["system_metadata"]["size"] == 2_500_000
    assert video["system_metadata"]["duration"] == 50.0
    assert video["user_metadata"] == {"category": "travel"}
    assert video["hls"]["status"] == "COMPLETE"


def test_videos_page_and_sort(api: httpx.Client, fake: FakeTwelveLabs) -> None:
    index_id = create_index(api)
    ids = [fake.add_video(index_id, f"clip{i}.mp4") for i in range(5)]

    page = api.get(
        f"/indexes/{index_id}/videos", params={"page_limit": 2, "page": 2, "sort_option": "asc"}
    ).json()

    assert [v["_id"] for v in page["data"]] == ids[2:4]
    assert page["page_info"]["total_page"] == 3


def test_update_sets_title_and_merges_metadata(api: httpx.Client, fake: FakeTwelveLabs) -> None:
    index_id = create_index(api)
    video_id = fake.add_video(index_id, user_metadata={"category": "news", "lang": "en"})

    response = api.put(
        f"/indexes/{index_id}/videos/{video_id}",
        json={"video_title": "Evening news", "user_metadata": {"lang": "fr", "year": 2024}},
    )

    assert response.status_code == 200
    video = api.get(f"/indexes/{index_id}/videos/{video_id}").json()
    assert video["video_title"] == "Evening news"
    assert video["user_metadata"] == {"category": "news", "lang": "fr", "year": 2024}


def test_delete_removes_the_video_and_updates_the_index(
    api: httpx.Client, fake: FakeTwelveLabs
) -> None:
    index_id = create_index(api)
    keep = fake.add_video(index_id, "keep.mp4", size=1_000_000)
    gone = fake.add_video(index_id, "gone.mp4", size=1_000_000)
    assert api.get(f"/indexes/{index_id}").json()["video_count"] == 2

    assert api.delete(f"/indexes/{index_id}/videos/{gone}").status_code == 204

    index = api.get(f"/indexes/{index_id}").json()
    assert index["video_count"] == 1
    assert index["total_duration"] == 38.0
    assert api.get(f"/indexes/{index_id}/videos/{keep}").status_code == 200
    missing = api.get(f"/indexes/{index_id}/videos/{gone}")
    assert missing.status_code == 404
    assert missing.json()["code"] == "video_not_found"


def test_video_of_another_index_is_not_found(api: httpx.Client, fake: FakeTwelveLabs) -> None:
    first, second = create_index(api, "first"), create_index(api, "second")
    video_id = fake.add_video(first)

    response = api.get(f"/indexes/{second}/videos/{video_id}")

    assert response.status_code == 404
    assert response.json()["code"] == "video_not_found"


def test_videos_of_unknown_index_is_index_not_found(api: httpx.Client) -> None:
    response = api.get("/indexes/0123456789abcdef01234567/videos")

    assert response.status_code == 404
    assert response.json()["code"] == "index_not_found"
