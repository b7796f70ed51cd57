"""A client used before os.fork() works in the child and in the parent: the SDK
notices the new process and gives the child a fresh connection pool, so no pooled
connection is shared across the fork (parent and child would read each other's
answers) and a child forked while a parent thread was mid-request does not
block on a lock that thread held. The server tags every answer with its
connection; each request names its process and sequence number, so cross-talk
would show as a wrong answer or as one connection serving two processes."""

from __future__ import annotations

import asyncio
import json
import logging
import multiprocessing
import os
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from typing import Any

import httpx
import pytest
from _hostile import Conn, RawServer, Request, response

from twelvelabs_sdk import AsyncTwelveLabs, TwelveLabs

KEY = "tlk-hostile-fork-key"
CALLS = 20
CHILD_DEADLINE = 30.0
pytestmark = pytest.mark.filterwarnings("ignore:.*fork.*:DeprecationWarning")


def tagging(conn: Conn, request: Request) -> None:
    index_id = request.path.rsplit("/", 1)[-1]
    if index_id == "slow":
        conn.stopping.wait(1.5)
    body = {"_id": index_id, "index_name": f"conn-{conn.number}", "models": []}
    conn.send(response(200, body))


@pytest.fixture
def server() -> Iterator[RawServer]:
    with RawServer(tagging) as server:
        yield server


def pids_per_connection(server: RawServer) -> dict[int, set[str]]:
    seen: dict[int, set[str]] = defaultdict(set)
    for request in server.requests:
        seen[request.connection].add(request.path.rsplit("/", 1)[-1].split("-")[0])
    return seen


def calls(client: TwelveLabs, label: str) -> list[str]:
    """CALLS retrieves; the problems seen (an answer for another request)."""
    wrong = []
    for n in range(CALLS):
        asked = f"{os.getpid()}-{label}-{n}"
        got = client.indexes.retrieve(asked).id
        if got != asked:
            wrong.append(f"asked {asked}, got {got}")
    return wrong


def start_child(work: Callable[[], object]) -> tuple[int, int]:
    """Fork; run `work` in the child, which reports through a pipe and exits."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: report and leave without running any of pytest's code
        code = 0
        try:
            outcome: dict[str, Any] = {"result": work()}
        except BaseException as exc:  # reported to the parent, which asserts on it
            outcome, code = {"error": f"{type(exc).__name__}: {exc}"}, 1
        os.write(write_end, json.dumps(outcome).encode())
        os._exit(code)
    os.close(write_end)
    return pid, read_end


def finish_child(pid: int, read_end: int) -> dict[str, Any]:
    """What the child reported, or how it died; killed after CHILD_DEADLINE seconds."""
    deadline = time.monotonic() + CHILD_DEADLINE
    while time.monotonic() < deadline:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        time.sleep(0.05)
    else:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
        os.close(read_end)
        return {"error": f"child hung for {CHILD_DEADLINE}s"}
    with os.fdopen(read_end, "rb") as pipe:
        data = pipe.read()
    return json.loads(data) if data else {"error": "child died without a word"}


def run_child(work: Callable[[], object]) -> dict[str, Any]:
    return finish_child(*start_child(work))


def test_parent_and_child_never_share_a_connection(server: RawServer) -> None:
    with TwelveLabs(api_key=KEY, base_url=server.url) as client:
        # One idle keep-alive connection in the pool when the process forks.
        assert client.indexes.retrieve(f"{os.getpid()}-warmup").id.endswith("warmup")
        child = start_child(lambda: calls(client, "child"))
        parent_wrong = calls(client, "parent")
        child_outcome = finish_child(*child)
    assert child_outcome == {"result": []}
    assert parent_wrong == []
    shared = {c: pids for c, pids in pids_per_connection(server).items() if len(pids) > 1}
    assert shared == {}


def test_a_child_forked_mid_request_does_not_hang(server: RawServer) -> None:
    with TwelveLabs(api_key=KEY, base_url=server.url) as client:
        client.indexes.retrieve(f"{os.getpid()}-warmup")
        in_flight = threading.Thread(target=lambda: client.indexes.retrieve("slow"))
        in_flight.start()
        time.sleep(0.3)  # the parent thread is now waiting for its slow answer
        child = run_child(lambda: calls(client, "child"))
        in_flight.join(CHILD_DEADLINE)
        assert calls(client, "after") == []
    assert child == {"result": []}


def test_async_client_forked_with_a_loop_running_in_a_thread(server: RawServer) -> None:
    loop = asyncio.new_event_loop()
    runner = threading.Thread(target=loop.run_forever, daemon=True)
    runner.start()
    client = AsyncTwelveLabs(api_key=KEY, base_url=server.url)

    def in_parent_loop(label: str) -> list[str]:
        async def go() -> list[str]:
            wrong = []
            for n in range(CALLS):
                asked = f"{os.getpid()}-{label}-{n}"
                if (await client.indexes.retrieve(asked)).id != asked:
                    wrong.append(asked)
            return wrong

        future: Future[list[str]] = asyncio.run_coroutine_threadsafe(go(), loop)
        return future.result(CHILD_DEADLINE)

    async def in_child() -> list[str]:
        wrong = []
        for n in range(CALLS):
            asked = f"{os.getpid()}-child-{n}"
            if (await client.indexes.retrieve(asked)).id != asked:
                wrong.append(asked)
        return wrong

    try:
        assert in_parent_loop("parent") == []
        child = run_child(lambda: asyncio.run(in_child()))
        assert in_parent_loop("parentafter") == []
    finally:
        asyncio.run_coroutine_threadsafe(client.close(), loop).result(CHILD_DEADLINE)
        loop.call_soon_threadsafe(loop.stop)
        runner.join(CHILD_DEADLINE)
        loop.close()
    assert child == {"result": []}
    shared = {c: pids for c, pids in pids_per_connection(server).items() if len(pids) > 1}
    assert shared == {}


_POOL_CLIENT: TwelveLabs | None = None


def _pool_worker(label: str) -> list[str]:
    assert _POOL_CLIENT is not None
    return calls(_POOL_CLIENT, label)


def test_multiprocessing_fork_workers_get_their_own_connections(server: RawServer) -> None:
    global _POOL_CLIENT
    with TwelveLabs(api_key=KEY, base_url=server.url) as client:
        client.indexes.retrieve(f"{os.getpid()}-warmup")
        _POOL_CLIENT = client
        try:
            with multiprocessing.get_context("fork").Pool(2) as pool:
                results = pool.map_async(_pool_worker, ["w1", "w2", "w3"]).get(CHILD_DEADLINE)
        finally:
            _POOL_CLIENT = None
        assert calls(client, "parentafter") == []
    assert results == [[], [], []]
    shared = {c: pids for c, pids in pids_per_connection(server).items() if len(pids) > 1}
    assert shared == {}


class Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def test_a_callers_http_client_is_theirs_to_replace_after_a_fork(server: RawServer) -> None:
    with httpx.Client() as http:
        client = TwelveLabs(api_key=KEY, base_url=server.url, http_client=http)
        client.indexes.retrieve(f"{os.getpid()}-warmup")

        def in_child() -> list[str]:
            handler = Collect()
            logging.getLogger("twelvelabs_sdk").addHandler(handler)
            client.indexes.retrieve(f"{os.getpid()}-child")
            client.indexes.retrieve(f"{os.getpid()}-child-again")
            return handler.messages

        child = run_child(in_child)
    assert "result" in child, child
    assert len(child["result"]) == 1  # once per process
    assert "os.fork()" in child["result"][0]
