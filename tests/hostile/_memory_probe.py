"""Run as a script by test_hostile_bodies: calls against hostile answers (a gzip
bomb, a huge error page, a gzip bomb as an analyze stream), then the process's
peak RSS growth (VmHWM) as JSON on stdout.

    python _memory_probe.py BASE_URL sync|async
"""

from __future__ import annotations

import asyncio
import json
import sys


def peak_kib() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    raise RuntimeError("no VmHWM")


def main() -> None:
    from twelvelabs_sdk import AsyncTwelveLabs, TwelveLabs, TwelveLabsError

    url, mode = sys.argv[1], sys.argv[2]
    outcome: dict[str, object] = {}

    def record(name: str, error: TwelveLabsError) -> None:
        response = getattr(error, "response", None)
        outcome[name] = {
            "error": type(error).__name__,
            "message": str(error),
            "kept_body": None if response is None else len(response.content),
        }

    before = peak_kib()
    if mode == "sync":
        with TwelveLabs(api_key="tlk-probe", base_url=url, max_retries=0) as client:
            for name in ("bomb", "huge-error-page"):
                try:
                    client.indexes.retrieve(name)
                except TwelveLabsError as error:
                    record(name, error)
            try:
                with client.analyze_stream("v1", "p") as stream:
                    stream.until_done()
            except TwelveLabsError as error:
                record("stream-bomb", error)
    else:

        async def run() -> None:
            async with AsyncTwelveLabs(api_key="tlk-probe", base_url=url, max_retries=0) as c:
                for name in ("bomb", "huge-error-page"):
                    try:
                        await c.indexes.retrieve(name)
                    except TwelveLabsError as error:
                        record(name, error)
                try:
                    async with c.analyze_stream("v1", "p") as stream:
                        await stream.until_done()
                except TwelveLabsError as error:
                    record("stream-bomb", error)

        asyncio.run(run())
    outcome["growth_kib"] = peak_kib() - before
    sys.stdout.write(json.dumps(outcome))


if __name__ == "__main__":
    main()
