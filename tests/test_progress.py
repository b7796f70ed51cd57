"""ProgressPrinter: one updating line for an upload and a task, on a text stream."""

from __future__ import annotations

import io
import json
import sys
import types
from typing import Any, ClassVar

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from twelvelabs_api.models.embedding_task import EmbeddingTask
from twelvelabs_api.models.task import Task
from twelvelabs_sdk import ProgressPrinter, TwelveLabs

MiB = 1024 * 1024


class Terminal(io.StringIO):
    """A text stream that says it is a terminal, so the line is redrawn in place."""

    def isatty(self) -> bool:
        return True


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def screen(output: str) -> list[str]:
    """What a terminal shows for `output`: each \\r returns to the line's start
    and later characters overwrite earlier ones."""
    lines = []
    for raw in output.split("\n"):
        cells: list[str] = []
        pos = 0
        for char in raw:
            if char == "\r":
                pos = 0
                continue
            if pos < len(cells):
                cells[pos] = char
            else:
                cells.append(char)
            pos += 1
        lines.append("".join(cells).rstrip())
    return lines


def task(status: str | None, task_id: str | None = "task1") -> Task:
    data: dict[str, Any] = {}
    if task_id is not None:
        data["_id"] = task_id
    if status is not None:
        data["status"] = status
    return Task.from_dict(data)


def test_upload_progress_redraws_one_line_with_percent_and_sizes() -> None:
    out, clock = Terminal(), Clock()
    progress = ProgressPrinter(out, clock=clock)

    for sent in (0, 25 * MiB, 50 * MiB, 100 * MiB):
        progress.upload(sent, 100 * MiB)
        clock.now += 1
    progress.close()

    assert out.getvalue().count("\n") == 1
    assert out.getvalue().count("\r") == 4
    assert "\rUploading: 25% (25.0 MiB of 100.0 MiB)" in out.getvalue()
    assert screen(out.getvalue()) == ["Uploading: 100% (100.0 MiB of 100.0 MiB)", ""]


def test_upload_redraws_at_most_ten_times_a_second_but_always_shows_the_end() -> None:
    out, clock = Terminal(), Clock()
    progress = ProgressPrinter(out, clock=clock)

    for sent in range(0, 1001, 10):  # 101 chunk callbacks within 50 ms
        progress.upload(sent, 1000)
        clock.now += 0.0005
    clock.now += 0.2

    assert out.getvalue().count("\r") == 2  # the first call and the completed upload
    assert screen(out.getvalue()) == ["Uploading: 100% (1000 B of 1000 B)"]


def test_upload_of_unknown_size_shows_bytes_sent() -> None:
    out, clock = Terminal(), Clock()
    progress = ProgressPrinter(out, clock=clock)

    progress.upload(512, None)
    clock.now += 1
    progress.upload(3 * MiB + MiB // 2, None)

    assert screen(out.getvalue()) == ["Uploading: 3.5 MiB sent"]


def test_task_line_shows_status_and_elapsed_time_and_blanks_leftovers() -> None:
    out, clock = Terminal(), Clock()

    with ProgressPrinter(out, clock=clock) as progress:
        progress.task(task("validating"))
        clock.now += 65
        progress.task(task("postprocessing"))
        assert screen(out.getvalue()) == ["Task task1: postprocessing (1m05s)"]
        clock.now += 3600
        progress.task(task("ready"))
        assert screen(out.getvalue()) == ["Task task1: ready (1h01m)"]

    assert out.getvalue().endswith("\n")
    assert out.getvalue().count("\n") == 1


def test_task_line_accepts_embedding_tasks_and_tasks_without_id_or_status() -> None:
    out = Terminal()

    with ProgressPrinter(out, clock=Clock()) as progress:
        progress.task(EmbeddingTask.from_dict({"_id": "emb1", "status": "processing"}))
        assert screen(out.getvalue()) == ["Task emb1: processing (0s)"]
        progress.task(task(None, task_id=None))

    assert screen(out.getvalue()) == ["Task: unknown (0s)", ""]


def test_the_upload_line_is_ended_before_the_task_line_begins() -> None:
    out, clock = Terminal(), Clock()

    with ProgressPrinter(out, clock=clock) as progress:
        progress.upload(2048, 2048)
        progress.task(task("validating"))
        clock.now += 12
        progress.task(task("ready"))

    assert screen(out.getvalue()) == [
        "Uploading: 100% (2.0 KiB of 2.0 KiB)",
        "Task task1: ready (12s)",
        "",
    ]


def test_close_is_idempotent_and_writes_nothing_when_nothing_was_shown() -> None:
    out = Terminal()
    progress = ProgressPrinter(out)

    progress.close()
    progress.task(task("ready"))
    progress.close()
    progress.close()

    assert out.getvalue().count("\n") == 1
    assert ProgressPrinter(out).close() is None


def test_default_stream_is_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    with ProgressPrinter() as progress:
        progress.task(task("indexing"))

    captured = capsys.readouterr()
    assert captured.out == ""
    assert screen(captured.err) == ["Task task1: indexing (0s)", ""]


def test_drives_a_real_upload_and_wait(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/tasks", method="POST").respond_with_json(
        {"_id": "task9", "video_id": "vid9"}, status=201
    )
    polls = iter(["validating", "indexing", "ready"])

    def poll(request: Request) -> Response:
        body = {"_id": "task9", "status": next(polls, "ready")}
        return Response(json.dumps(body), content_type="application/json")

    httpserver.expect_request("/tasks/task9").respond_with_handler(poll)
    out = Terminal()

    with (
        TwelveLabs(api_key="tlk_test_progress_fake_key", base_url=httpserver.url_for("/")) as c,
        ProgressPrinter(out) as progress,
    ):
        c.tasks.create_and_wait(
            index_id="idx1",
            video_file=b"\x00" * (300 * 1024),
            on_progress=progress.upload,
            on_update=progress.task,
            poll_interval=0.01,
        )

    shown = screen(out.getvalue())
    assert shown[0] == "Uploading: 100% (300.0 KiB of 300.0 KiB)"
    assert shown[1].startswith("Task task9: ready (")
    assert "Task task9: indexing (" in out.getvalue()


class FakeTqdm:
    """Stands in for tqdm.tqdm, recording how it is driven."""

    bars: ClassVar[list[FakeTqdm]] = []

    def __init__(self, **kwargs: Any) -> None:
        self.kwargs = kwargs
        self.n = 0
        self.descriptions: list[str] = []
        self.closed = False
        FakeTqdm.bars.append(self)

    def update(self, n: int) -> None:
        self.n += n

    def set_description_str(self, text: str) -> None:
        self.descriptions.append(text)

    def close(self) -> None:
        self.closed = True


def test_use_tqdm_draws_tqdm_bars_when_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    FakeTqdm.bars = []
    monkeypatch.setitem(sys.modules, "tqdm", types.SimpleNamespace(tqdm=FakeTqdm))
    out, clock = Terminal(), Clock()

    with ProgressPrinter(out, use_tqdm=True, clock=clock) as progress:
        for sent in (0, 400, 1000):
            progress.upload(sent, 1000)
            clock.now += 1
        progress.task(task("indexing"))
        progress.task(task("ready"))

    upload, status = FakeTqdm.bars
    assert upload.kwargs["total"] == 1000
    assert upload.kwargs["file"] is out
    assert (upload.n, upload.closed) == (1000, True)
    assert status.descriptions == ["Task task1: indexing", "Task task1: ready"]
    assert status.closed
    assert out.getvalue() == ""


def test_use_tqdm_falls_back_to_the_plain_line_without_tqdm(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)  # import tqdm raises ImportError
    out = Terminal()

    with ProgressPrinter(out, use_tqdm=True) as progress:
        progress.upload(10, 10)

    assert screen(out.getvalue()) == ["Uploading: 100% (10 B of 10 B)", ""]


def test_off_a_terminal_writes_whole_lines_at_every_tenth_and_status_change() -> None:
    out, clock = io.StringIO(), Clock()  # a StringIO is not a terminal
    with ProgressPrinter(out, clock=clock) as progress:
        for sent in range(0, 100 * MiB + 1, MiB):
            progress.upload(sent, 100 * MiB)
            clock.now += 1
        for status in ["validating", "validating", "pending", "indexing", "indexing", "ready"]:
            progress.task(task(status))
            clock.now += 5
    output = out.getvalue()
    assert "\r" not in output
    lines = output.splitlines()
    uploads = [line for line in lines if line.startswith("Uploading")]
    assert [u.split("%")[0] for u in uploads] == [f"Uploading: {p}" for p in range(0, 101, 10)]
    assert [line for line in lines if line.startswith("Task")] == [
        "Task task1: validating (0s)",
        "Task task1: pending (10s)",
        "Task task1: indexing (15s)",
        "Task task1: ready (25s)",
    ]
    assert output.endswith("\n")
    assert "\n\n" not in output


def test_redraw_argument_overrides_the_terminal_check() -> None:
    plain = io.StringIO()
    with ProgressPrinter(plain, redraw=True, clock=Clock()) as progress:
        progress.task(task("pending"))
    assert plain.getvalue().startswith("\r")
    term = Terminal()
    with ProgressPrinter(term, redraw=False, clock=Clock()) as progress:
        progress.task(task("pending"))
    assert term.getvalue() == "Task task1: pending (0s)\n"
