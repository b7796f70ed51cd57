"""What a bulk run indexes: paths, URLs or BulkItem records, read as a stream.

Every item has a stable `key` (the ledger's primary key) and a short `tag`
derived from it. File uploads carry the tag in their filename
(`clip.tl-3f2a9c1b7d04.mp4`) and every upload carries it in `user_metadata`,
so an upload whose answer was lost can be found again before anything is
re-sent.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, Any, TypeAlias
from urllib.parse import unquote, urlsplit

from .. import _json
from .._errors import InvalidParameterError

__all__ = ["BULK_KEY_FIELD", "BulkItem", "ItemInput", "read_manifest", "to_item"]

# The user_metadata field every bulk upload carries, holding the item's tag.
BULK_KEY_FIELD = "twelvelabs_bulk_tag"
_TAG_MARK = ".tl-"


@dataclass(frozen=True, slots=True)
class BulkItem:
    """One video to index: a stable `key`, exactly one of `video_file` (a path)
    or `video_url`, and optional `user_metadata` (a JSON object).

    The key identifies the item across runs: a rerun with the same ledger skips
    keys already indexed. Paths and URLs given bare get their absolute path or
    the URL itself as key.
    """

    key: str
    video_file: str | os.PathLike[str] | None = None
    video_url: str | None = None
    user_metadata: Mapping[str, Any] | None = field(default=None, hash=False)

    def __post_init__(self) -> None:
        if not isinstance(self.key, str) or not self.key:
            raise InvalidParameterError("key", "a non-empty string", self.key)
        if (self.video_file is None) == (self.video_url is None):
            raise InvalidParameterError(
                "video_file/video_url", f"exactly one of the two (item {self.key!r})"
            )
        if self.video_url is not None and not isinstance(self.video_url, str):
            raise InvalidParameterError("video_url", "a string", self.video_url)
        if self.user_metadata is not None and not isinstance(self.user_metadata, Mapping):
            raise InvalidParameterError("user_metadata", "a mapping (a JSON object)")

    @property
    def tag(self) -> str:
        """A short digest of the key, attached to the upload so it can be found again."""
        return item_tag(self.key)

    @property
    def upload_name(self) -> str:
        """The filename the server records for this item's task.

        For a file: its own name with the tag before the suffix. For a URL: the
        URL's last path segment, as the server derives it.
        """
        if self.video_file is not None:
            path = PurePosixPath(Path(self.video_file).name)
            return f"{path.stem}{_TAG_MARK}{self.tag}{path.suffix}"
        return url_filename(str(self.video_url))

    def metadata_json(self) -> str:
        """`user_metadata` as sent: the caller's fields plus the bulk tag."""
        return json.dumps({**(self.user_metadata or {}), BULK_KEY_FIELD: self.tag})


ItemInput: TypeAlias = "BulkItem | str | os.PathLike[str] | Mapping[str, Any]"


def item_tag(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


def url_filename(url: str) -> str:
    """The last path segment of a URL (what the API records as the filename)."""
    name = PurePosixPath(unquote(urlsplit(url).path)).name
    return name or "video"


def to_item(value: object) -> BulkItem:
    """A BulkItem from a path, a URL, a mapping (`{"key", "video_file"|"video_url",
    "user_metadata"}`) or a BulkItem."""
    if isinstance(value, BulkItem):
        return value
    if isinstance(value, str) and value.startswith(("http://", "https://")):
        return BulkItem(key=value, video_url=value)
    if isinstance(value, (str, os.PathLike)):
        path = Path(value)
        return BulkItem(key=str(path.resolve()), video_file=path)
    if isinstance(value, Mapping):
        unknown = set(value) - {"key", "video_file", "video_url", "user_metadata"}
        if unknown:
            raise InvalidParameterError(
                "items", "records with key, video_file or video_url, user_metadata", sorted(unknown)
            )
        source = value.get("video_file") or value.get("video_url")
        return BulkItem(
            key=str(value.get("key") or source or ""),
            video_file=value.get("video_file"),
            video_url=value.get("video_url"),
            user_metadata=value.get("user_metadata"),
        )
    raise InvalidParameterError(
        "items", "paths, http(s) URLs, mappings or BulkItem records", type(value).__name__
    )


def read_manifest(source: str | os.PathLike[str] | IO[str]) -> Iterator[BulkItem]:
    """BulkItems from a JSON-lines manifest, one at a time (blank lines skipped).

    Each line is `{"key": ..., "video_file": ...}` or `{"key": ..., "video_url": ...}`,
    optionally with `"user_metadata": {...}`.
    """
    if isinstance(source, io.TextIOBase) or hasattr(source, "readline"):
        yield from _parse_lines(source)  # type: ignore[arg-type]
        return
    with open(source, encoding="utf-8") as fh:
        yield from _parse_lines(fh)


def _parse_lines(lines: IO[str]) -> Iterator[BulkItem]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = _json.loads(line)
        except ValueError as exc:  # JSONNestingError included
            raise InvalidParameterError(
                "manifest", f"JSON lines (line {number}: {exc})", show_value=False
            ) from None
        if not isinstance(record, dict):
            raise InvalidParameterError("manifest", f"a JSON object per line (line {number})")
        yield to_item(record)
