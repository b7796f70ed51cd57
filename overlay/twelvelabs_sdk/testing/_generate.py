"""Deterministic stand-ins for what the models produce: text, gists, vectors.

Everything is a pure function of its inputs (hashes, never a clock or a global
random state), so a test sees the same answer for the same request, run after run.
"""

from __future__ import annotations

import hashlib
import json
import math
import random
import re
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit

_WORD = re.compile(r"[a-z0-9]+")
_PIECE_WORDS = 3
_OPENINGS = (
    "The video opens on a wide shot that sets the scene",
    "A short establishing sequence introduces the setting",
    "The first frames show the main subject in close-up",
)
_MIDDLES = (
    "the camera follows the action at a steady pace while the narration explains each step",
    "several cuts alternate between the speaker and the details being described",
    "the middle section slows down to show the key moments clearly",
)
_ENDINGS = (
    "It closes with a brief recap of what was shown.",
    "The final shot returns to the opening view.",
    "It ends on a summary of the main points.",
)


def stable_fraction(*parts: object) -> float:
    """A number in [0, 1) fixed by ``parts``."""
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def words(text: str) -> set[str]:
    """Lower-cased word tokens, for overlap scoring."""
    return set(_WORD.findall(text.lower()))


def filename_from_url(url: str) -> str:
    """``https://host/clips/Cat%20Video.mp4?x=1`` -> ``Cat Video.mp4``."""
    name = PurePosixPath(unquote(urlsplit(url).path)).name
    return name or "video.mp4"


def title_from_filename(filename: str) -> str:
    """The video title the API derives from an upload's filename (its stem)."""
    return PurePosixPath(filename).stem or filename


def duration_for(size: int | None, source: str) -> float:
    """Seconds of video: from the upload size (~1 Mbit/s), or from the URL when unknown."""
    if size is not None:
        return round(30.0 + size / 125_000, 2)
    return round(30.0 + 570.0 * stable_fraction("duration", source), 2)


@dataclass(frozen=True)
class Generation:
    """Generated text as tokens (words here), with the stop reason and prompt size."""

    tokens: tuple[str, ...]
    finish_reason: str
    input_tokens: int

    @property
    def text(self) -> str:
        return " ".join(self.tokens)

    @property
    def pieces(self) -> list[str]:
        """The text in the slices a stream sends (three words each); they join to ``text``."""
        groups = [
            self.tokens[i : i + _PIECE_WORDS] for i in range(0, len(self.tokens), _PIECE_WORDS)
        ]
        pieces = [" ".join(group) + " " for group in groups]
        if pieces:
            pieces[-1] = pieces[-1].rstrip()
        return pieces

    @property
    def usage(self) -> dict[str, int]:
        return {"input_tokens": self.input_tokens, "output_tokens": len(self.tokens)}


def analysis(
    prompt: str,
    title: str,
    max_tokens: int | None = None,
    response_format: dict[str, Any] | None = None,
) -> Generation:
    """The answer to ``prompt`` about the video titled ``title``.

    A word counts as a token, so ``max_tokens`` cuts the text and sets
    ``finish_reason`` to ``length``. With a ``json_schema`` response format the
    text is a JSON object filling the schema's top-level properties.
    """
    narrative = _narrative(prompt, title)
    text = f'Regarding "{prompt.strip()[:200]}" in the video "{title}": {narrative}'
    schema = (response_format or {}).get("json_schema")
    if isinstance(schema, dict) and isinstance(schema.get("properties"), dict):
        text = json.dumps({k: _sample(v, narrative) for k, v in schema["properties"].items()})
    tokens = text.split()
    finish = "stop"
    if max_tokens is not None and max_tokens < len(tokens):
        tokens, finish = tokens[: max(max_tokens, 0)], "length"
    return Generation(tuple(tokens), finish, input_tokens=len(prompt.split()) + 64)


def _sample(schema: Any, text: str) -> Any:
    """A value of the JSON-schema type ``schema`` names (a sentence for strings)."""
    kind = schema.get("type") if isinstance(schema, dict) else None
    samples: dict[str, Any] = {
        "integer": 1,
        "number": 1.0,
        "boolean": True,
        "array": [],
        "object": {},
    }
    return samples.get(str(kind), text)


def _narrative(prompt: str, title: str) -> str:
    """Three sentences about the video, picked by a hash of the prompt and title."""
    pick = stable_fraction("narrative", prompt, title)
    return (
        f"{_OPENINGS[int(pick * 3)]}, then {_MIDDLES[int(pick * 9) % 3]}. "
        f"{_ENDINGS[int(pick * 27) % 3]}"
    )


def gist(title: str, types: list[str]) -> dict[str, object]:
    """The title, topics and hashtags asked for in ``types``."""
    keywords = sorted(words(title)) or ["video"]
    out: dict[str, object] = {}
    if "title" in types:
        out["title"] = f"{title}: a closer look"
    if "topic" in types:
        out["topics"] = [k.capitalize() for k in keywords[:3]]
    if "hashtag" in types:
        out["hashtags"] = [f"#{k}" for k in keywords[:5]]
    return out


def summary(title: str, prompt: str | None) -> str:
    """A short summary of the video, shaped by the optional prompt."""
    focus = f", with a focus on {prompt.strip()[:200]}" if prompt else ""
    return f'A summary of "{title}"{focus}. {_narrative(prompt or "", title)}'


def chapters(title: str, duration: float) -> list[dict[str, object]]:
    """Three to five chapters covering the whole duration, in order."""
    count = 3 + int(stable_fraction("chapters", title) * 3)
    bounds = [round(duration * i / count, 2) for i in range(count + 1)]
    return [
        {
            "chapter_number": i + 1,
            "start": bounds[i],
            "end": bounds[i + 1],
            "chapter_title": f"Part {i + 1} of {title}",
            "chapter_summary": f"Part {i + 1} of {title}, from {bounds[i]}s to {bounds[i + 1]}s.",
        }
        for i in range(count)
    ]


def highlights(title: str, duration: float) -> list[dict[str, object]]:
    """Two or three short highlights inside the video."""
    count = 2 + int(stable_fraction("highlights", title) * 2)
    length = min(5.0, duration / (count * 2))
    out = []
    for i in range(count):
        start = round(duration * (i + 0.5) / count - length / 2, 2)
        out.append(
            {
                "start": start,
                "end": round(start + length, 2),
                "highlight": f"Highlight {i + 1} of {title}",
            }
        )
    return out


def unit_vector(dimension: int, *key: object) -> list[float]:
    """A unit-norm vector of ``dimension`` floats, the same for the same ``key``."""
    seed = int.from_bytes(hashlib.sha256("\x1f".join(map(str, key)).encode()).digest()[:8], "big")
    rng = random.Random(seed)
    values = [rng.gauss(0.0, 1.0) for _ in range(dimension)]
    norm = math.sqrt(sum(v * v for v in values)) or 1.0
    return [v / norm for v in values]


def clip_bounds(duration: float, length: float) -> list[tuple[float, float]]:
    """Consecutive ``length``-second segments covering ``duration``."""
    bounds, start = [], 0.0
    while start < duration:
        end = min(duration, start + length)
        bounds.append((round(start, 2), round(end, 2)))
        start = end
    return bounds or [(0.0, round(duration, 2))]
