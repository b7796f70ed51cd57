"""Text from video: analyzeVideo (JSON or NDJSON stream), generateGist, summarizeVideo.

Only operation builders live here; the clients expose them as the top-level
methods `analyze`, `analyze_stream`, `gist` and `summarize`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Literal, TypeVar

import httpx

from twelvelabs_api.api.analyze import analyze_video, generate_gist, summarize_video
from twelvelabs_api.models.analyze_request import AnalyzeRequest
from twelvelabs_api.models.analyze_request_response_format import AnalyzeRequestResponseFormat
from twelvelabs_api.models.analyze_response import AnalyzeResponse
from twelvelabs_api.models.generate_gist_body import GenerateGistBody
from twelvelabs_api.models.generate_gist_body_types_item import GenerateGistBodyTypesItem
from twelvelabs_api.models.generate_gist_response_200 import GenerateGistResponse200
from twelvelabs_api.models.summarize_video_body import SummarizeVideoBody
from twelvelabs_api.models.summarize_video_body_type import SummarizeVideoBodyType
from twelvelabs_api.models.summarize_video_response_200 import SummarizeVideoResponse200
from twelvelabs_api.types import UNSET

from .._errors import InvalidParameterError
from .._operation import Operation, model
from .._validation import check_enum, check_enum_list, check_id, check_int, check_number, check_str

S = TypeVar("S")

GistType = Literal["title", "topic", "hashtag"]
SummarizeType = Literal["summary", "chapter", "highlight"]


def _analyze_kwargs(
    video_id: str,
    prompt: str,
    stream: bool,
    temperature: float | None,
    max_tokens: int | None,
    response_format: Mapping[str, Any] | None,
) -> dict[str, Any]:
    if response_format is not None and not isinstance(response_format, Mapping):
        raise InvalidParameterError(
            "response_format", "a dict (e.g. a json_schema format)", response_format
        )
    body = AnalyzeRequest(
        video_id=check_id("video_id", video_id),
        prompt=check_str("prompt", prompt),
        stream=stream,
        temperature=UNSET
        if temperature is None
        else check_number("temperature", temperature, minimum=0, maximum=1),
        max_tokens=UNSET if max_tokens is None else check_int("max_tokens", max_tokens, minimum=1),
        response_format=UNSET
        if response_format is None
        else AnalyzeRequestResponseFormat.from_dict(dict(response_format)),
    )
    return analyze_video._get_kwargs(body=body)


def analyze_op(
    video_id: str,
    prompt: str,
    temperature: float | None,
    max_tokens: int | None,
    response_format: Mapping[str, Any] | None,
) -> Operation[AnalyzeResponse]:
    """analyzeVideo with `stream: false`: one JSON AnalyzeResponse."""
    kwargs = _analyze_kwargs(video_id, prompt, False, temperature, max_tokens, response_format)
    return Operation("analyzeVideo", kwargs, model(AnalyzeResponse))


def analyze_stream_op(
    video_id: str,
    prompt: str,
    temperature: float | None,
    max_tokens: int | None,
    response_format: Mapping[str, Any] | None,
    stream: Callable[[httpx.Response], S],
) -> Operation[S]:
    """analyzeVideo with `stream: true`: the body is NDJSON, read by `stream`
    (the sync or async stream class) from the open response."""
    kwargs = _analyze_kwargs(video_id, prompt, True, temperature, max_tokens, response_format)
    kwargs["headers"] = {**kwargs.get("headers", {}), "Accept": "application/x-ndjson"}
    return Operation("analyzeVideo", kwargs, stream)


def gist_op(video_id: str, types: Sequence[str]) -> Operation[GenerateGistResponse200]:
    body = GenerateGistBody(
        video_id=check_id("video_id", video_id),
        types=check_enum_list("types", types, GenerateGistBodyTypesItem),
    )
    return Operation(
        "generateGist", generate_gist._get_kwargs(body=body), model(GenerateGistResponse200)
    )


def summarize_op(
    video_id: str, type: str, prompt: str | None, temperature: float | None
) -> Operation[SummarizeVideoResponse200]:
    body = SummarizeVideoBody(
        video_id=check_id("video_id", video_id),
        type_=check_enum("type", type, SummarizeVideoBodyType),
        prompt=UNSET if prompt is None else check_str("prompt", prompt),
        temperature=UNSET
        if temperature is None
        else check_number("temperature", temperature, minimum=0, maximum=1),
    )
    return Operation(
        "summarizeVideo", summarize_video._get_kwargs(body=body), model(SummarizeVideoResponse200)
    )
