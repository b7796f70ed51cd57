"""Every one of the spec's 22 operations answers as openapi.yaml says, checked by openapi-core."""

from __future__ import annotations

import httpx
from fake_conformance import SpecChecker
from fake_helpers import MODELS, multipart

from twelvelabs_sdk.testing import FakeTwelveLabs


def test_every_operation_answers_per_the_spec(fake: FakeTwelveLabs) -> None:
    checker = SpecChecker()
    api = httpx.Client(base_url=fake.url, headers={"x-api-key": fake.api_key})
    fake.stream_delay = 0.0

    def call(method: str, path: str, **kwargs: object) -> httpx.Response:
        response = api.request(method, path, **kwargs)  # type: ignore[arg-type]
        assert response.status_code < 300, response.text
        checker.check(response)
        return response

    index_id = call("POST", "/indexes", json={"index_name": "all", "models": MODELS}).json()["_id"]
    call("GET", "/indexes", params={"page_limit": 5, "sort_by": "updated_at"})
    call("GET", f"/indexes/{index_id}")
    call("PUT", f"/indexes/{index_id}", json={"index_name": "renamed"})

    form = {"index_id": index_id, "user_metadata": '{"category": "news"}'}
    task = call(
        "POST", "/tasks", files=multipart(form, {"video_file": ("news.mp4", b"\x00" * 4096)})
    ).json()
    call("GET", "/tasks", params={"index_id": index_id})
    for _ in range(3):
        call("GET", f"/tasks/{task['_id']}")
    video_id = task["video_id"]

    call("GET", f"/indexes/{index_id}/videos")
    call("GET", f"/indexes/{index_id}/videos/{video_id}")
    call("PUT", f"/indexes/{index_id}/videos/{video_id}", json={"video_title": "News"})

    search = {"index_id": index_id, "search_options": ["visual", "audio"], "query_text": "news"}
    first = call("POST", "/search", files=multipart({**search, "page_limit": 1})).json()
    call("GET", f"/search/{first['page_info']['next_page_token']}")
    call("POST", "/search", files=multipart({**search, "group_by": "video"}))

    call("POST", "/analyze", json={"video_id": video_id, "prompt": "Go", "stream": False})
    with api.stream("POST", "/analyze", json={"video_id": video_id, "prompt": "Go"}) as stream:
        lines = [line.encode() for line in stream.iter_lines()]
    checker.check(stream, lines)
    call("POST", "/gist", json={"video_id": video_id, "types": ["title", "topic", "hashtag"]})
    for kind in ("summary", "chapter", "highlight"):
        call("POST", "/summarize", json={"video_id": video_id, "type": kind})

    call("POST", "/embed", files=multipart({"model_name": "Marengo-retrieval-2.7", "text": "x"}))
    embed_form = {"model_name": "Marengo-retrieval-2.7", "video_url": "https://x.test/v.mp4"}
    embedding = call("POST", "/embed/tasks", files=multipart(embed_form)).json()
    call("GET", "/embed/tasks")
    call("GET", f"/embed/tasks/{embedding['_id']}")

    call("DELETE", f"/indexes/{index_id}/videos/{video_id}")
    call("DELETE", f"/tasks/{task['_id']}")
    call("DELETE", f"/indexes/{index_id}")
    api.close()

    assert checker.checked == checker.operation_ids()
    assert len(checker.checked) == 22


def test_error_answers_carry_the_error_schema(api: httpx.Client, spec_checker: SpecChecker) -> None:
    for response in (
        api.get("/indexes/0123456789abcdef01234567"),
        api.get("/indexes", params={"page_limit": 51}),
        httpx.get(api.base_url.join("indexes")),
    ):
        assert response.status_code >= 400
        spec_checker.check(response)
