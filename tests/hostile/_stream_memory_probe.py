"""Run in a fresh interpreter by test_stream_memory.py: read an analyze stream of
small events from URL with a consumer that keeps nothing, and print one JSON line
with the resident memory (VmRSS, MiB) at checkpoints and the peak (VmHWM).

    python _stream_memory_probe.py URL EVENTS [sync|async]
"""

from __future__ import annotations

import asyncio
import json
import sys
import time


def rss_mib(field: str = "VmRSS") -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    raise RuntimeError(f"{field} not in /proc/self/status")


def main() -> None:
    url, events, mode = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    from twelvelabs_sdk import AsyncTwelveLabs, TwelveLabs

    marks = {events // 10: "baseline", events // 5: "at_20pct", events: "at_end"}
    figures: dict[str, float] = {}
    seen = 0

    def observe() -> None:
        nonlocal seen
        seen += 1
        name = marks.get(seen)
        if name is not None:
            figures[name] = rss_mib()

    started = time.monotonic()
    if mode == "sync":
        with TwelveLabs(api_key="tlk-probe", base_url=url, max_retries=0) as client:
            with client.analyze_stream("vid", "p") as stream:
                for _ in stream.text_stream:
                    observe()
            result = (stream.finish_reason, stream.usage.output_tokens, len(stream.text))
    else:

        async def run() -> tuple[object, object, int]:
            async with AsyncTwelveLabs(api_key="tlk-probe", base_url=url, max_retries=0) as client:
                async with client.analyze_stream("vid", "p") as stream:
                    async for _ in stream.text_stream:
                        observe()
                return (stream.finish_reason, stream.usage.output_tokens, len(stream.text))

        result = asyncio.run(run())
    figures["peak"] = rss_mib("VmHWM")
    print(
        json.dumps(
            {
                "events": seen,
                "seconds": round(time.monotonic() - started, 2),
                "finish_reason": result[0],
                "output_tokens": result[1],
                "text_length": result[2],
                **{k: round(v, 1) for k, v in figures.items()},
            }
        )
    )


if __name__ == "__main__":
    main()
