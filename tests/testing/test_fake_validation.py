"""Requests are checked against openapi.yaml: 401 without the key, then 400 naming the problem."""

from __future__ import annotations

import httpx
import pytest
from fake_helpers import MODELS, create_index, multipart

from twelvelabs_sdk.testing import FakeTwelveLabs


def test_missing_index_id_is_400_naming_it(api: httpx.Client) -> None:
    response = api.post(
        "/search", files=multipart({"search_options": ["visual"], "query_text": "x"})
    )

    assert response.status_code == 400
    assert response.json()["code"] == "parameter_not_provided"
    assert "'index_id' is a required property" in response.json()["message"]


def test_unknown_search_option_is_400_naming_the_value(api: httpx.Client) -> None:
    index_id = create_index(api)

    response = api.post(
        "/search",
        files=multipart({"index_id": index_id, "search_options": ["visuals"], "query_text": "x"}),
    )

    assert response.status_code == 400
    message = response.json()["message"]
    assert "search_options" in message
    assert "'visuals' is not one of ['visual', 'audio']" in message


def test_repeated_search_options_fields_validate_as_an_array(api: httpx.Client) -> None:
    index_id = create_index(api)

    response = api.post(
        "/search",
        files=multipart(
            {"index_id": index_id, "search_options": ["visual", "audio"], "query_text": "x"}
        ),
    )

    assert response.status_code == 200


def test_page_limit_over_the_maximum_is_400_in_query_and_form(api: httpx.Client) -> None:
    index_id = create_index(api)

    listed = api.get("/indexes", params={"page_limit": 51})
    searched = api.post(
        "/search",
        files=multipart(
            {"index_id": index_id, "search_options": "visual", "query_text": "x", "page_limit": 51}
        ),
    )

    for response in (listed, searched):
        assert response.status_code == 400
        assert response.json()["code"] == "parameter_invalid"
        assert "page_limit" in response.json()["message"]
        assert "51 is greater than the maximum of 50" in response.json()["message"]


def test_a_non_integer_form_field_is_400(api: httpx.Client) -> None:
    response = api.post(
        "/search",
        files=multipart(
            {"index_id": "i", "search_options": "visual", "query_text": "x", "page_limit": "ten"}
        ),
    )

    assert response.status_code == 400
    assert "'ten' is not of type 'integer'" in response.json()["message"]


def test_enum_violation_in_a_json_body_is_400(api: httpx.Client) -> None:
    response = api.post("/gist", json={"video_id": "v", "types": ["title", "summary"]})

    assert response.status_code == 400
    assert "types[1]" in response.json()["message"]


def test_out_of_range_number_is_400(api: httpx.Client) -> None:
    response = api.post("/analyze", json={"video_id": "v", "prompt": "p", "temperature": 1.5})

    assert response.status_code == 400
    assert "temperature" in response.json()["message"]


def test_invalid_json_is_400(api: httpx.Client) -> None:
    response = api.post(
        "/indexes", content=b'{"index_name": ', headers={"content-type": "application/json"}
    )

    assert response.status_code == 400
    assert response.json()["code"] == "parameter_invalid"


def test_a_url_encoded_form_where_the_spec_says_multipart_is_400(api: httpx.Client) -> None:
    response = api.post("/search", data={"index_id": "i", "search_options": "visual"})

    assert response.status_code == 400
    assert "multipart/form-data" in response.json()["message"]


def test_missing_api_key_is_401(fake: FakeTwelveLabs) -> None:
    response = httpx.get(f"{fake.url}/indexes")

    assert response.status_code == 401
    assert response.json()["code"] == "api_key_invalid"


def test_wrong_api_key_is_401(fake: FakeTwelveLabs) -> None:
    response = httpx.get(f"{fake.url}/indexes", headers={"x-api-key": "tlk_not_the_key"})

    assert response.status_code == 401
    assert response.json()["code"] == "api_key_invalid"


def test_auth_is_checked_before_the_body(fake: FakeTwelveLabs) -> None:
    response = httpx.post(f"{fake.url}/indexes", json={"nonsense": True})

    assert response.status_code == 401


@pytest.mark.twelvelabs_fake(api_key="tlk_chosen_for_this_test")
def test_the_accepted_key_can_be_chosen(fake: FakeTwelveLabs) -> None:
    response = httpx.get(f"{fake.url}/indexes", headers={"x-api-key": "tlk_chosen_for_this_test"})

    assert fake.api_key == "tlk_chosen_for_this_test"
    assert response.status_code == 200


def test_unknown_path_is_404_and_wrong_method_405(api: httpx.Client) -> None:
    unknown = api.get("/nothing-here")
    wrong_method = api.patch("/indexes", json={})
    outside = httpx.get(api.base_url.join("/v2/indexes"))

    assert unknown.status_code == 404
    assert wrong_method.status_code == 405
    assert outside.status_code == 404


def test_a_valid_request_still_gets_its_defaults(api: httpx.Client) -> None:
    create_index(api)
    response = api.post("/indexes", json={"index_name": "second", "models": MODELS})

    assert response.status_code == 201
    assert api.get("/indexes").json()["page_info"]["limit_per_page"] == 10
