"""Bad configuration is refused where it is written, naming the parameter: at
construction and in with_options, never later as a TypeError at the first call."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from twelvelabs_sdk import AsyncTwelveLabs, InvalidParameterError, TwelveLabs

KEY = "tlk-hostile-config-key"
URL = "http://127.0.0.1:9/v1.3"

BAD: list[tuple[str, Any]] = [
    ("timeout", "30"),
    ("timeout", -1),
    ("timeout", float("nan")),
    ("timeout", float("inf")),
    ("timeout", True),
    ("timeout", [30]),
    ("max_retries", "2"),
    ("max_retries", -1),
    ("max_retries", 2.5),
    ("max_retries", float("nan")),
    ("total_timeout", "5"),
    ("total_timeout", 0),
    ("total_timeout", -1),
    ("total_timeout", float("nan")),
    ("max_response_bytes", 0),
    ("max_response_bytes", "1000"),
    ("max_response_bytes", 1e6),
]


@pytest.mark.parametrize("cls", [TwelveLabs, AsyncTwelveLabs])
@pytest.mark.parametrize(("param", "value"), BAD)
def test_bad_values_are_refused_at_construction(
    cls: type[TwelveLabs], param: str, value: Any
) -> None:
    with pytest.raises(InvalidParameterError) as caught:
        cls(api_key=KEY, base_url=URL, **{param: value})
    assert caught.value.param == param
    assert param in str(caught.value)


@pytest.mark.parametrize("cls", [TwelveLabs, AsyncTwelveLabs])
@pytest.mark.parametrize(("param", "value"), BAD)
def test_bad_values_are_refused_by_with_options(
    cls: type[TwelveLabs], param: str, value: Any
) -> None:
    client = cls(api_key=KEY, base_url=URL)
    with pytest.raises(InvalidParameterError) as caught:
        client.with_options(**{param: value})
    assert caught.value.param == param


def test_a_timeout_object_with_a_bad_phase_names_the_phase() -> None:
    with pytest.raises(InvalidParameterError) as caught:
        TwelveLabs(api_key=KEY, base_url=URL, timeout=httpx.Timeout(10, read=-5))
    assert caught.value.param == "timeout.read"


@pytest.mark.parametrize(
    "good",
    [
        {"timeout": None},
        {"timeout": 0},
        {"timeout": 2.5},
        {"timeout": httpx.Timeout(10, connect=None)},
        {"total_timeout": None},
        {"total_timeout": 30},
        {"max_response_bytes": 1},
        {"max_retries": 0},
    ],
)
def test_good_values_are_kept(good: dict[str, Any]) -> None:
    client = TwelveLabs(api_key=KEY, base_url=URL, **good)
    copy = client.with_options(**good)
    for name, value in good.items():
        kept = getattr(copy, name)
        if name == "timeout":
            assert isinstance(kept, httpx.Timeout)
        else:
            assert kept == value
