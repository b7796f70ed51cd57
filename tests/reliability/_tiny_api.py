"""A minimal HTTP/1.1 keep-alive server for resource measurements, run as its own
process so that its sockets, threads and memory stay out of the figures.

Every request gets the same small Index as JSON. Prints the port, then serves
until its stdin closes.
"""

from __future__ import annotations

import asyncio
import json
import sys

BODY = json.dumps(
    {
        "_id": "65f0c0ffee0000000000beef",
        "index_name": "resources",
        "models": [{"model_name": "marengo3.0", "model_options": ["visual", "audio"]}],
        "video_count": 1,
        "total_duration": 12.5,
        "created_at": "2025-01-01T00:00:00Z",
        "updated_at": "2025-01-01T00:00:00Z",
    }
).encode()
RESPONSE = (
    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
    + f"content-length: {len(BODY)}\r\n\r\n".encode()
    + BODY
)


async def serve_connection(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    await reader.readexactly(int(line.split(b":")[1]))
            writer.write(RESPONSE)
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError, asyncio.CancelledError):
        pass
    finally:
        writer.close()


async def main() -> None:
    server = await asyncio.start_server(serve_connection, "127.0.0.1", 0, backlog=1024)
    print(server.sockets[0].getsockname()[1], flush=True)
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, sys.stdin.read)  # until the parent closes our stdin
    server.close()


if __name__ == "__main__":
    asyncio.run(main())
