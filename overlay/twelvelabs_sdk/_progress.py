"""A ready-made progress display for people watching an upload or a task.

`on_progress` and `on_update` are all code needs; `ProgressPrinter` turns them
into one updating line on a text stream (stderr by default). It is a display
the caller opts into, not library logging: the SDK itself never prints.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any, Self, TextIO

__all__ = ["ProgressPrinter"]

# Upload callbacks come once per chunk read; the line is redrawn at most this often.
MIN_REDRAW_INTERVAL = 0.1
# Off a terminal, an upload of unknown size gets a line per this many bytes.
_LINE_MODE_UNKNOWN_STEP = 10 * 1024 * 1024


class ProgressPrinter:
    """One updating line showing an upload's progress, then a task's status.

        with ProgressPrinter() as progress:
            task = client.tasks.create_and_wait(
                index_id=index_id,
                video_file="clip.mp4",
                on_progress=progress.upload,  # "Uploading: 42% (21.0 MiB of 50.0 MiB)"
                on_update=progress.task,  # "Task 6651f0: indexing (1m05s)"
            )

    `stream` is any text stream (default `sys.stderr`). On a terminal the line
    is redrawn in place with a carriage return; the upload's line is ended
    before the task's begins, and `close()` (or leaving the `with` block) ends
    the last one. When the stream is not a terminal (a log file, CI output) it
    gets whole lines instead, one per change worth reading: every 10% of an
    upload (every 10 MiB when the size is unknown) and every task status.
    `redraw` forces one behaviour or the other (default: `stream.isatty()`).
    `use_tqdm=True` draws tqdm bars instead when tqdm is installed (it is not a
    dependency), and falls back to the plain line when it is not. `clock`
    (seconds, monotonic) exists so tests can control elapsed times.
    """

    def __init__(
        self,
        stream: TextIO | None = None,
        *,
        use_tqdm: bool = False,
        redraw: bool | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """Write to `stream` (default `sys.stderr`); see the class for `use_tqdm`, `redraw`, `clock`."""
        self._stream = stream
        self._redraw = redraw
        self._logged: object = None  # in line mode: what the last line said, coarsely
        self._clock = clock
        self._tqdm = _tqdm_class() if use_tqdm else None
        self._bar: Any = None
        self._kind: str | None = None  # what the current line shows: "upload" or "task"
        self._line = ""
        self._drawn_at: float | None = None
        self._task_started: float | None = None

    @property
    def stream(self) -> TextIO:
        """Where the line is written (resolved late, so a swapped sys.stderr is honoured)."""
        return self._stream if self._stream is not None else sys.stderr

    # -- callbacks ---------------------------------------------------------
    def upload(self, bytes_sent: int, total: int | None) -> None:
        """Show upload progress; usable as `on_progress`.

        `bytes_sent` so far of `total` (None when the size is unknown).
        """
        now = self._clock()
        done = total is not None and bytes_sent >= total
        recent = self._drawn_at is not None and now - self._drawn_at < MIN_REDRAW_INTERVAL
        if self._kind == "upload" and recent and not done:
            return
        self._switch("upload")
        self._drawn_at = now
        if self._tqdm is not None:
            if self._bar is None:
                self._bar = self._tqdm(
                    total=total,
                    unit="B",
                    unit_scale=True,
                    unit_divisor=1024,
                    desc="Uploading",
                    file=self.stream,
                    leave=True,
                )
            self._bar.update(bytes_sent - self._bar.n)
            return
        if total:
            percent = min(100, bytes_sent * 100 // total)
            text = f"Uploading: {percent}% ({_size(bytes_sent)} of {_size(total)})"
            self._draw(text, key=("upload", percent // 10))
        else:
            text = f"Uploading: {_size(bytes_sent)} sent"
            self._draw(text, key=("upload", bytes_sent // _LINE_MODE_UNKNOWN_STEP))

    def task(self, task: Any) -> None:
        """Show a task's status and the time since the first one; usable as `on_update`."""
        now = self._clock()
        if self._task_started is None:
            self._task_started = now
        self._switch("task")
        status = getattr(task, "status", None)
        task_id = getattr(task, "id", None)
        label = f"Task {task_id}" if isinstance(task_id, str) else "Task"
        state = str(status) if isinstance(status, str) else "unknown"
        if self._tqdm is not None:
            if self._bar is None:
                self._bar = self._tqdm(
                    total=None, bar_format="{desc} [{elapsed}]", file=self.stream, leave=True
                )
            self._bar.set_description_str(f"{label}: {state}")
            return
        text = f"{label}: {state} ({_duration(now - self._task_started)})"
        self._draw(text, key=("task", label, state))

    # -- the line ----------------------------------------------------------
    def close(self) -> None:
        """End the current line (safe to call more than once)."""
        if self._bar is not None:
            self._bar.close()
            self._bar = None
        elif self._line and self._redrawing():
            self.stream.write("\n")
            self.stream.flush()
        self._line = ""
        self._logged = None
        self._kind = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _switch(self, kind: str) -> None:
        if self._kind not in (None, kind):
            self.close()
        self._kind = kind

    def _redrawing(self) -> bool:
        if self._redraw is not None:
            return self._redraw
        isatty = getattr(self.stream, "isatty", None)
        try:
            return bool(isatty()) if callable(isatty) else False
        except (OSError, ValueError):  # a closed or detached stream
            return False

    def _draw(self, text: str, key: object) -> None:
        if text == self._line:
            return
        if not self._redrawing():
            # Not a terminal: a carriage return would leave every redraw in the
            # file, so write a whole line only when `key` (the coarse state) moves.
            if key != self._logged:
                self.stream.write(text + "\n")
                self.stream.flush()
                self._logged = key
            self._line = text
            return
        # Blank out what is left of a longer previous line.
        padding = " " * max(0, len(self._line) - len(text))
        self.stream.write("\r" + text + padding)
        self.stream.flush()
        self._line = text


def _tqdm_class() -> Any:
    """tqdm's bar class if tqdm is installed, else None (it is an optional extra)."""
    import importlib

    try:
        return importlib.import_module("tqdm").tqdm
    except ImportError:
        return None


def _size(n: float) -> str:
    if n < 1024:
        return f"{int(n)} B"
    for unit in ("KiB", "MiB", "GiB"):
        n /= 1024
        if n < 1024 or unit == "GiB":
            break
    return f"{n:.1f} {unit}"


def _duration(seconds: float) -> str:
    whole = int(seconds)
    if whole < 60:
        return f"{whole}s"
    minutes, secs = divmod(whole, 60)
    if minutes < 60:
        return f"{minutes}m{secs:02d}s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m"
