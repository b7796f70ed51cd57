"""File arguments (`video_file`, `image_file`, `audio_file`, `query_media_file`).

A file may be given as a path, an open binary file, or bytes. Paths and files
are streamed from disk by httpx's multipart encoder, never read whole into
memory; a reader wrapper reports progress and can rewind for a retry.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeAlias

from ._errors import InvalidParameterError, UploadChangedError

if TYPE_CHECKING:
    from twelvelabs_api.types import File

FileInput: TypeAlias = "str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes]"
ProgressCallback: TypeAlias = Callable[[int, "int | None"], None]
"""Called as `on_progress(bytes_sent, total)`; `total` is None when unknown."""


class Upload:
    """One file body: a progress-reporting reader over the caller's data.

    `rewind()` puts the reader back where it started, so a retry resends the
    file from its first byte; it returns False when the source cannot seek.
    `close()` closes the file only when the SDK opened it (a path).
    """

    def __init__(
        self,
        param: str,
        raw: IO[bytes],
        *,
        filename: str | None,
        owned: bool,
        on_progress: ProgressCallback | None,
    ) -> None:
        self.param = param
        self.filename = filename
        self._raw = raw
        self._owned = owned
        self._on_progress = on_progress
        self._sent = 0
        self._start = _start_position(raw)
        self.total = _remaining_size(raw, self._start)
        # The length httpx declared in Content-Length (its last SEEK_END probe):
        # the body must be exactly that long, or h11 raises mid-request.
        self._declared = self.total

    # The file-like surface httpx's multipart encoder uses. Positions count from
    # where the body starts, so httpx's length probe and its `seek(0)` before
    # sending see only what remains of a file handed over part-read. `fileno` is
    # left out on purpose: httpx would take the whole file's size from fstat.
    def read(self, size: int = -1) -> bytes:
        chunk = self._raw.read(size)
        self._check_size(chunk, size)
        if chunk:
            self._sent += len(chunk)
            if self._on_progress is not None:
                self._on_progress(self._sent, self.total)
        return chunk

    def _check_size(self, chunk: bytes, size: int) -> None:
        """Refuse a body that no longer matches its declared length: h11 would
        raise its own LocalProtocolError mid-request."""
        declared = self._declared if self._start is not None else None
        if declared is None:
            return
        read = self._sent + len(chunk)
        if read > declared or (not chunk and size != 0 and read < declared):
            raise UploadChangedError(self.param, declared, read)

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        start = self._seekable_start()
        position = (
            self._raw.seek(offset + start if whence == io.SEEK_SET else offset, whence) - start
        )
        if whence == io.SEEK_END and offset == 0:
            self._declared = position
        return position

    def tell(self) -> int:
        return self._raw.tell() - self._seekable_start()

    def _seekable_start(self) -> int:
        # UnsupportedOperation is what httpx expects from a body it cannot seek.
        if self._start is None:
            raise io.UnsupportedOperation(f"{self.param}: the source cannot seek")
        return self._start

    def rewind(self) -> bool:
        """Go back to the first byte for a retry; False if the source cannot seek."""
        if self._start is None:
            return False
        self._raw.seek(self._start)
        self._sent = 0
        return True

    def as_file(self) -> File:
        """The generated package's File, wrapping this reader."""
        from twelvelabs_api.types import File  # the generated package loads on first use

        return File(payload=self, file_name=self.filename)  # type: ignore[arg-type]

    def close(self) -> None:
        if self._owned:
            self._raw.close()


def open_upload(param: str, value: Any, on_progress: ProgressCallback | None = None) -> Upload:
    """Wrap a path, open binary file or bytes as an Upload; errors name `param`."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        return Upload(
            param, io.BytesIO(bytes(value)), filename=param, owned=True, on_progress=on_progress
        )
    if isinstance(value, (str, os.PathLike)):
        path = Path(value)
        if path.is_dir():
            raise InvalidParameterError(param, "a file, not a directory", str(path))
        try:
            fh = path.open("rb")
        except FileNotFoundError:
            raise InvalidParameterError(param, "the path of an existing file", str(path)) from None
        except OSError as exc:
            raise InvalidParameterError(
                param, f"a readable file ({exc.strerror})", str(path)
            ) from None
        return Upload(param, fh, filename=path.name, owned=True, on_progress=on_progress)
    if isinstance(value, io.TextIOBase):
        raise InvalidParameterError(
            param, "a file opened in binary mode ('rb'), not text mode", show_value=False
        )
    if callable(getattr(value, "read", None)):
        name = getattr(value, "name", None)
        filename = os.path.basename(name) if isinstance(name, str) else param
        return Upload(param, value, filename=filename, owned=False, on_progress=on_progress)
    raise InvalidParameterError(
        param, "a path, an open binary file, or bytes", type(value).__name__
    )


def _start_position(raw: IO[bytes]) -> int | None:
    """Where the body starts in `raw`, or None when it cannot seek back there
    (a pipe, a socket, a bare object with only `read`)."""
    try:
        return raw.tell() if raw.seekable() else None
    except (AttributeError, OSError, ValueError):
        return None


def _remaining_size(raw: IO[bytes], start: int | None) -> int | None:
    if start is None:
        return None
    try:
        end = raw.seek(0, io.SEEK_END)
        raw.seek(start)
    except (OSError, ValueError):
        return None
    return end - start
