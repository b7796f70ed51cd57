"""The `twelvelabs` command line against the fake server: in-process through
click's CliRunner, and as a real process (`python -m twelvelabs_sdk`, the
console script)."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from twelvelabs_sdk._cli._commands import cli
from twelvelabs_sdk.testing import FakeTwelveLabs


@pytest.fixture
def env(fake: FakeTwelveLabs) -> dict[str, str]:
    return {"TWELVELABS_API_KEY": fake.api_key, "TWELVELABS_BASE_URL": fake.url}


def invoke(env: dict[str, str], *args: str) -> Result:
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=True)


def run(env: dict[str, str], cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "twelvelabs_sdk", *args],
        check=False,
        env={**os.environ, **env},
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


def json_lines(text: str) -> list[Any]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_upload_walks_directories_and_exits_zero_when_every_item_is_indexed(
    fake: FakeTwelveLabs,
    env: dict[str, str],
    index_id: str,
    make_videos: Callable[[int], list[Path]],
    tmp_path: Path,
) -> None:
    folder = make_videos(3)[0].parent
    (folder / "nested").mkdir()
    (folder / "nested" / "more.MOV").write_bytes(b"\0" * 64)
    (folder / "notes.txt").write_text("not a video")
    done = run(env, tmp_path, "upload", str(folder), "--index-id", index_id, "--json",
               "--poll-interval", "0.05")  # fmt: skip
    assert done.returncode == 0, done.stderr
    (summary,) = json_lines(done.stdout)
    assert summary["type"] == "summary"
    assert (summary["ready"], summary["total"], summary["ok"]) == (4, 4, True)
    assert fake.creations["tasks"] == 4
    # Not a terminal: plain progress lines on stderr, ending with the total.
    assert "progress: 4/4 done, 0 failed, 0 in flight" in done.stderr
    assert fake.api_key not in done.stdout + done.stderr
    # The default ledger is in the working directory: a rerun sends nothing.
    assert (tmp_path / f"twelvelabs-{index_id}.ledger").exists()
    again = run(env, tmp_path, "upload", str(folder), "--index-id", index_id, "--json")
    assert again.returncode == 0
    assert json_lines(again.stdout)[-1]["already_done"] == 4
    assert fake.request_count("POST", "/tasks") == 4


def test_upload_exits_nonzero_and_lists_failures_when_an_item_fails(
    fake: FakeTwelveLabs,
    env: dict[str, str],
    index_id: str,
    make_videos: Callable[[int], list[Path]],
    tmp_path: Path,
) -> None:
    videos = make_videos(3)
    fake.fail_tasks(filename="clip0001*")
    ledger = str(tmp_path / "l")
    result = invoke(env, "upload", *map(str, videos), "--index-id", index_id,
                    "--ledger", ledger, "--poll-interval", "0.05")  # fmt: skip
    assert result.exit_code == 1
    assert "task_failed" in result.stdout
    assert "Failures" in result.stdout


def test_upload_no_wait_exits_zero_once_accepted(
    fake: FakeTwelveLabs,
    env: dict[str, str],
    index_id: str,
    make_videos: Callable[[int], list[Path]],
    tmp_path: Path,
) -> None:
    videos = make_videos(2)
    result = invoke(env, "upload", *map(str, videos), "--index-id", index_id, "--no-wait",
                    "--json", "--ledger", str(tmp_path / "l"))  # fmt: skip
    assert result.exit_code == 0, result.output
    assert json_lines(result.stdout)[-1]["created"] == 2


def test_upload_refuses_a_missing_path(env: dict[str, str], index_id: str) -> None:
    result = invoke(env, "upload", "/no/such/dir", "--index-id", index_id)
    assert result.exit_code == 2
    assert "no such file or directory" in result.output


def test_indexes_videos_tasks_commands_as_json_and_tables(
    fake: FakeTwelveLabs, env: dict[str, str], index_id: str
) -> None:
    created = invoke(env, "indexes", "create", "clips", "--json")
    assert created.exit_code == 0, created.output
    new_id = json_lines(created.stdout)[0]["_id"]
    listed = invoke(env, "indexes", "list", "--json")
    assert {i["index_name"] for i in json_lines(listed.stdout)} == {"library", "clips"}
    table = invoke(env, "indexes", "list")
    assert "Indexes" in table.stdout
    assert "clips" in table.stdout
    assert invoke(env, "indexes", "delete", new_id).exit_code == 0
    assert fake.request_count("DELETE", f"/indexes/{new_id}") == 1

    video_id = fake.add_video(index_id, "beach.mp4")
    videos = invoke(env, "videos", "list", index_id, "--json")
    assert [v["_id"] for v in json_lines(videos.stdout)] == [video_id]
    assert "beach.mp4" in invoke(env, "videos", "list", index_id).stdout

    task = invoke(env, "tasks", "list", "--index-id", index_id, "--json")
    assert task.exit_code == 0
    assert json_lines(task.stdout) == []


def test_tasks_wait_search_analyze_embed(
    fake: FakeTwelveLabs, env: dict[str, str], index_id: str, client: Any
) -> None:
    task = client.tasks.create(index_id=index_id, video_url="https://example.com/v.mp4")
    waited = invoke(env, "tasks", "wait", str(task.id), "--json")
    assert waited.exit_code == 0, waited.output
    assert json_lines(waited.stdout)[0]["status"] == "ready"
    video_id = json_lines(waited.stdout)[0]["video_id"]

    found = invoke(env, "search", index_id, "a dog", "--limit", "2", "--json")
    assert found.exit_code == 0, found.output
    assert 1 <= len(json_lines(found.stdout)) <= 2
    assert "Results" in invoke(env, "search", index_id, "a dog").stdout

    answer = invoke(env, "analyze", video_id, "What happens?")
    assert answer.exit_code == 0
    assert answer.stdout.strip()
    streamed = invoke(env, "analyze", video_id, "What happens?", "--stream")
    assert streamed.stdout.strip() == answer.stdout.strip()
    events = json_lines(invoke(env, "analyze", video_id, "Go", "--stream", "--json").stdout)
    assert events[-1]["event_type"] == "stream_end"

    vectors = invoke(env, "embed", "--text", "a red car", "--json")
    (body,) = json_lines(vectors.stdout)
    assert len(body["text_embedding"]["segments"][0]["float"]) == 1024
    assert "1024" in invoke(env, "embed", "--text", "a red car").stdout


def test_errors_are_one_line_and_a_nonzero_status_without_traceback(
    env: dict[str, str], tmp_path: Path
) -> None:
    done = run(env, tmp_path, "tasks", "wait", "no-such-task")
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [done.stderr.strip()]
    assert done.stderr.startswith("Error: 404")
    assert "task_not_found" in done.stderr
    assert "Traceback" not in done.stderr
    debug = run(env, tmp_path, "--debug", "tasks", "wait", "no-such-task")
    assert debug.returncode == 1
    assert "Traceback" in debug.stderr
    assert "NotFoundError" in debug.stderr


def test_a_missing_key_is_one_clear_line(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TWELVELABS_")}
    done = subprocess.run(
        [sys.executable, "-m", "twelvelabs_sdk", "indexes", "list"],
        check=False,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert "TWELVELABS_API_KEY" in done.stderr
    assert "Traceback" not in done.stderr


def test_without_the_cli_extra_the_sdk_imports_and_the_command_names_the_extra() -> None:
    code = (
        "import sys; sys.modules['click'] = None; sys.modules['rich'] = None\n"
        "import twelvelabs_sdk, twelvelabs_sdk.bulk\n"
        "from twelvelabs_sdk._cli import main\n"
        "sys.exit(main(['indexes', 'list']))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], check=False, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 3
    assert "pip install 'twelvelabs-sdk[cli]'" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_console_script_is_installed() -> None:
    script = Path(sys.executable).with_name("twelvelabs")
    assert script.exists()
    done = subprocess.run(
        [str(script), "--help"], check=False, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0
    for command in ("upload", "indexes", "videos", "tasks", "search", "analyze", "embed"):
        assert command in done.stdout


def test_upload_draws_a_progress_bar_on_a_terminal(
    env: dict[str, str],
    index_id: str,
    make_videos: Callable[[int], list[Path]],
    tmp_path: Path,
) -> None:
    import pty

    folder = make_videos(3)[0].parent
    leader, follower = pty.openpty()
    child = subprocess.Popen(
        [sys.executable, "-m", "twelvelabs_sdk", "upload", str(folder), "--index-id", index_id,
         "--poll-interval", "0.05", "--ledger", str(tmp_path / "l")],
        env={**os.environ, **env}, stdin=follower, stdout=subprocess.PIPE, stderr=follower,
    )  # fmt: skip
    child.communicate(timeout=60)
    os.close(follower)
    screen = b""
    with contextlib.suppress(OSError):
        while chunk := os.read(leader, 65536):
            screen += chunk
    os.close(leader)
    assert child.returncode == 0
    assert "━".encode() in screen  # the bar
    assert b"3/3" in screen
    assert b"progress:" not in screen  # not the plain lines
