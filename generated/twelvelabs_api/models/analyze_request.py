from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Missing, Unset

if TYPE_CHECKING:
    from ..models.analyze_request_response_format import AnalyzeRequestResponseFormat


T = TypeVar("T", bound="AnalyzeRequest")


@_attrs_define
class AnalyzeRequest:
    """
    Attributes:
        video_id (str): Unique identifier of the video to analyze.
        prompt (str): The prompt guiding the analysis (up to 2,000 tokens).
        temperature (float | Unset):  Default: 0.2.
        stream (bool | Unset): When true, results are streamed as NDJSON events. Default: True.
        max_tokens (int | Unset): Maximum number of tokens in the generated text.
        response_format (AnalyzeRequestResponseFormat | Unset): Optional structured output format (json_schema).
    """

    video_id: str
    prompt: str
    temperature: float | Unset = 0.2
    stream: bool | Unset = True
    max_tokens: int | Unset = UNSET
    response_format: AnalyzeRequestResponseFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_id: Any = MISSING
        if not isinstance(self.video_id, Missing):
            video_id = self.video_id

        prompt: Any = MISSING
        if not isinstance(self.prompt, Missing):
            prompt = self.prompt

        temperature = self.temperature

        stream = self.stream

        max_tokens = self.max_tokens

        response_format: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video_id": video_id,
                "prompt": prompt,
            }
        )
        if MISSING in field_dict.values():
            field_dict = {k: v for k, v in field_dict.items() if v is not MISSING}
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if stream is not UNSET:
            field_dict["stream"] = stream
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if response_format is not UNSET:
            field_dict["response_format"] = response_format

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """This object as the API's JSON (what `to_dict()` returns, serialized)."""
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        _raw_video_id = get("video_id")
        if _raw_video_id is None:
            video_id = cast("str", MISSING)
        else:
            video_id = _raw_video_id

        _raw_prompt = get("prompt")
        if _raw_prompt is None:
            prompt = cast("str", MISSING)
        else:
            prompt = _raw_prompt

        temperature = get("temperature", UNSET)

        stream = get("stream", UNSET)

        max_tokens = get("max_tokens", UNSET)

        _response_format = get("response_format", UNSET)
        response_format: AnalyzeRequestResponseFormat | Unset
        if _response_format is None or _response_format is UNSET:
            response_format = UNSET
        else:
            response_format = AnalyzeRequestResponseFormat.from_dict(_response_format)

        analyze_request = cls(
            video_id,
            prompt,
            temperature,
            stream,
            max_tokens,
            response_format,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            extras = dict(src_dict)
            pop = extras.pop
            pop("video_id", None)
            pop("prompt", None)
            pop("temperature", None)
            pop("stream", None)
            pop("max_tokens", None)
            pop("response_format", None)
            analyze_request.additional_properties = extras
        return analyze_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: object) -> bool:
        return key in self.additional_properties


from ..models.analyze_request_response_format import AnalyzeRequestResponseFormat

_DECLARED_KEYS = frozenset(
    {
        "video_id",
        "prompt",
        "temperature",
        "stream",
        "max_tokens",
        "response_format",
    }
)
