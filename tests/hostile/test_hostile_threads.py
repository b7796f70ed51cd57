"""One client shared by 32 threads (or 32 asyncio tasks) keeps working: every
call gets its own answer and none fails."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator

import pytest
from _hostile import Conn, RawServer, Request, response

from twelvelabs_sdk import AsyncTwelveLabs, TwelveLabs

KEY = "tlk-hostile-threads-key"
WORKERS = 32
CALLS = 10


def echo_index(conn: Conn, request: Request) -> None:
    index_id = request.path.rsplit("/", 1)[-1]
    conn.send(response(200, {"_id": index_id, "index_name": f"conn-{conn.number}", "models": []}))


@pytest.fixture
def server() -> Iterator[RawServer]:
    with RawServer(echo_index) as server:
        yield server


def test_32_threads_share_one_client(server: RawServer) -> None:
    wrong: list[str] = []
    errors: list[BaseException] = []
    lock = threading.Lock()
    start = threading.Barrier(WORKERS, timeout=30)

    def work(client: TwelveLabs, worker: int) -> None:
        try:
            start.wait()
            for n in range(CALLS):
                asked = f"w{worker}-{n}"
                got = client.indexes.retrieve(asked).id
                if got != asked:
                    with lock:
                        wrong.append(f"{asked} -> {got}")
        except BaseException as exc:  # collected and asserted below
            with lock:
                errors.append(exc)

    with TwelveLabs(api_key=KEY, base_url=server.url) as client:
        threads = [threading.Thread(target=work, args=(client, w)) for w in range(WORKERS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert not any(thread.is_alive() for thread in threads)
        assert client.indexes.retrieve("after").id == "after"
    assert errors == []
    assert wrong == []
    assert len(server.requests) == WORKERS * CALLS + 1


def test_32_tasks_share_one_async_client(server: RawServer) -> None:
    async def run() -> list[str]:
        async with AsyncTwelveLabs(api_key=KEY, base_url=server.url) as client:

            async def work(worker: int) -> list[str]:
                wrong = []
                for n in range(CALLS):
                    asked = f"w{worker}-{n}"
                    if (await client.indexes.retrieve(asked)).id != asked:
                        wrong.append(asked)
                return wrong

            results = await asyncio.gather(*(work(w) for w in range(WORKERS)))
            return [item for result in results for item in result]

    assert asyncio.run(run()) == []
    assert len(server.requests) == WORKERS * CALLS
