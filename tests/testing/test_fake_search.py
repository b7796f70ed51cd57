"""Search: deterministic scores, paging with tokens, grouping, filters, token expiry."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from fake_helpers import create_index, multipart

from twelvelabs_sdk.testing import FakeTwelveLabs


@pytest.fixture
def index_id(api: httpx.Client, fake: FakeTwelveLabs) -> str:
    """An index of eight videos: four news ("evening news ..."), four sport."""
    index_id = create_index(api, "library", addons=["thumbnail"])
    for i in range(8):
        category = "news" if i % 2 == 0 else "sport"
        fake.add_video(
            index_id,
            f"evening {category} {i}.mp4",
            size=1_000_000 * (i + 1),
            user_metadata={"category": category, "episode": i},
        )
    return index_id


def search(api: httpx.Client, index_id: str, **fields: Any) -> httpx.Response:
    form = {"index_id": index_id, "search_options": ["visual", "audio"], **fields}
    return api.post("/search", files=multipart(form))


def every_page(api: httpx.Client, first: dict[str, Any]) -> list[dict[str, Any]]:
    pages = [first]
    while token := pages[-1]["page_info"].get("next_page_token"):
        response = api.get(f"/search/{token}")
        assert response.status_code == 200
        pages.append(response.json())
    return pages


def test_every_video_gets_scored_clips_best_first(api: httpx.Client, index_id: str) -> None:
    result = search(api, index_id, query_text="news", page_limit=50).json()

    clips = result["data"]
    assert {c["video_id"] for c in clips} == {
        v["_id"] for v in api.get(f"/indexes/{index_id}/videos").json()["data"]
    }
    assert [c["score"] for c in clips] == sorted((c["score"] for c in clips), reverse=True)
    assert all(0 <= c["start"] < c["end"] for c in clips)
    assert all(c["confidence"] in {"high", "medium", "low"} for c in clips)
    assert all(c["thumbnail_url"].startswith("https://") for c in clips)
    assert result["search_pool"] == {
        "total_count": 8,
        "total_duration": sum(30.0 + 8.0 * (i + 1) for i in range(8)),
        "index_id": index_id,
    }


def test_words_of_the_query_in_titles_rank_first(api: httpx.Client, index_id: str) -> None:
    clips = search(api, index_id, query_text="evening news", page_limit=50).json()["data"]
    videos = {v["_id"]: v for v in api.get(f"/indexes/{index_id}/videos").json()["data"]}

    best_half = clips[: len(clips) // 2]
    news_share = sum(
        videos[c["video_id"]]["user_metadata"]["category"] == "news" for c in best_half
    )
    assert news_share / len(best_half) > 0.7


def test_same_query_gives_the_same_results(api: httpx.Client, index_id: str) -> None:
    first = search(api, index_id, query_text="a goal is scored").json()["data"]
    again = search(api, index_id, query_text="a goal is scored").json()["data"]

    assert first == again


def test_paging_through_every_page_with_tokens(api: httpx.Client, index_id: str) -> None:
    everything = search(api, index_id, query_text="news", page_limit=50).json()["data"]
    first = search(api, index_id, query_text="news", page_limit=3).json()

    pages = every_page(api, first)

    total = len(everything)
    assert len(pages) == first["page_info"]["total_page"] == -(-total // 3)
    assert [c for p in pages for c in p["data"]] == everything
    assert [p["page_info"]["page"] for p in pages] == list(range(1, len(pages) + 1))
    assert all(p["page_info"]["total_results"] == total for p in pages)
    assert "prev_page_token" not in pages[0]["page_info"]
    assert "next_page_token" not in pages[-1]["page_info"]
    back = api.get(f"/search/{pages[2]['page_info']['prev_page_token']}").json()
    assert back == pages[1]


def test_group_by_video_puts_clips_under_each_video(api: httpx.Client, index_id: str) -> None:
    result = search(api, index_id, query_text="news", group_by="video", page_limit=50).json()

    groups = result["data"]
    assert len(groups) == 8
    for group in groups:
        assert len(group["clips"]) >= 2
        assert {c["video_id"] for c in group["clips"]} == {group["video_id"]}
        assert group["score"] == max(c["score"] for c in group["clips"])
    assert result["page_info"]["total_results"] == 8


def test_sort_by_clip_count_puts_videos_with_more_clips_first(
    api: httpx.Client, index_id: str
) -> None:
    groups = search(
        api, index_id, query_text="news", group_by="video", sort_option="clip_count"
    ).json()["data"]

    counts = [len(g["clips"]) for g in groups]
    assert counts == sorted(counts, reverse=True)


def test_filter_keeps_videos_whose_metadata_matches(api: httpx.Client, index_id: str) -> None:
    videos = {v["_id"]: v for v in api.get(f"/indexes/{index_id}/videos").json()["data"]}

    clips = search(
        api, index_id, query_text="news", filter='{"category": "sport"}', page_limit=50
    ).json()["data"]
    ranged = search(
        api, index_id, query_text="news", filter='{"episode": {"gte": 6}}', page_limit=50
    ).json()["data"]

    assert {videos[c["video_id"]]["user_metadata"]["category"] for c in clips} == {"sport"}
    assert len({c["video_id"] for c in clips}) == 4
    assert {videos[c["video_id"]]["user_metadata"]["episode"] for c in ranged} == {6, 7}


def test_filter_that_is_not_a_json_object_is_400(api: httpx.Client, index_id: str) -> None:
    response = search(api, index_id, query_text="news", filter="category=news")

    assert response.status_code == 400
    assert "filter" in response.json()["message"]


def test_threshold_drops_low_confidence_clips(api: httpx.Client, index_id: str) -> None:
    everything = search(api, index_id, query_text="evening news", page_limit=50).json()["data"]
    confident = search(
        api, index_id, query_text="evening news", threshold="medium", page_limit=50
    ).json()["data"]

    assert {c["confidence"] for c in confident} <= {"high", "medium"}
    assert len(confident) == sum(c["confidence"] != "low" for c in everything)
    assert len(confident) < len(everything)


def test_an_image_query_is_accepted(api: httpx.Client, index_id: str) -> None:
    form = {"index_id": index_id, "search_options": ["visual"], "query_media_type": "image"}
    image = {"query_media_file": ("frame.png", b"\x89PNG fake image bytes")}

    response = api.post("/search", files=multipart(form, image))

    assert response.status_code == 200
    assert response.json()["page_info"]["total_results"] > 0


def test_a_search_needs_a_query(api: httpx.Client, index_id: str) -> None:
    response = search(api, index_id)

    assert response.status_code == 400
    assert "query_text" in response.json()["message"]


def test_searching_an_unknown_index_is_404(api: httpx.Client) -> None:
    response = search(api, "0123456789abcdef01234567", query_text="x")

    assert response.status_code == 404
    assert response.json()["code"] == "index_not_found"


def test_expired_tokens_answer_400_search_page_token_expired(
    api: httpx.Client, fake: FakeTwelveLabs, index_id: str
) -> None:
    token = search(api, index_id, query_text="news", page_limit=2).json()["page_info"][
        "next_page_token"
    ]
    assert api.get(f"/search/{token}").status_code == 200

    fake.expire_search_tokens()

    expired = api.get(f"/search/{token}")
    assert expired.status_code == 400
    assert expired.json()["code"] == "search_page_token_expired"
    fresh = search(api, index_id, query_text="news", page_limit=2).json()
    assert api.get(f"/search/{fresh['page_info']['next_page_token']}").status_code == 200


@pytest.mark.twelvelabs_fake(search_token_ttl=0.0)
def test_tokens_can_expire_after_a_ttl(api: httpx.Client, index_id: str) -> None:
    token = search(api, index_id, query_text="news", page_limit=2).json()["page_info"][
        "next_page_token"
    ]

    assert api.get(f"/search/{token}").json()["code"] == "search_page_token_expired"


def test_unknown_token_is_404(api: httpx.Client) -> None:
    response = api.get("/search/not-a-token")

    assert response.status_code == 404
    assert response.json()["code"] == "search_page_token_not_found"
