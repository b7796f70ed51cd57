"""``python -m twelvelabs_sdk.testing``: serves until stopped, with faults from flags."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest

from twelvelabs_sdk.testing.__main__ import main


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def server() -> Iterator[tuple[subprocess.Popen[str], dict[str, str]]]:
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "twelvelabs_sdk.testing",
            "--port",
            str(port),
            "--task-polls",
            "0",
            "--fault",
            "GET /indexes:503:retry_after=1:times=1",
            "--log-level",
            "WARNING",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        settings = dict(process.stdout.readline().strip().split("=", 1) for _ in range(2))
        yield process, settings
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=10)  # waits, and closes the pipes


def test_cli_serves_the_api_until_terminated(
    server: tuple[subprocess.Popen[str], dict[str, str]],
) -> None:
    process, settings = server
    url, key = settings["TWELVELABS_BASE_URL"], settings["TWELVELABS_API_KEY"]
    headers = {"x-api-key": key}

    faulted = httpx.get(f"{url}/indexes", headers=headers)
    answered = httpx.get(f"{url}/indexes", headers=headers)

    assert url.startswith("http://127.0.0.1:")
    assert url.endswith("/v1.3")
    assert (faulted.status_code, faulted.headers["retry-after"]) == (503, "1")
    assert answered.status_code == 200
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=10) == 0


def test_cli_refuses_an_unreadable_fault(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--fault", "GET /indexes:sometimes"])

    assert exit_info.value.code == 2
    assert "--fault" in capsys.readouterr().err
