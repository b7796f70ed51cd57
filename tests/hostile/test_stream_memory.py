"""A long analyze stream read by a consumer that keeps nothing stays flat in memory.

Events are not kept unless `keep_events=True`: only the text so far and the
`stream_end` results are. The client runs in a fresh interpreter
(`_stream_memory_probe.py`) so its resident memory is its own; the server here
X
figure is from a run with 1,000,000). Memory is measured as the peak after the
first tenth of the stream, minus the resident size at that tenth, so imports
and connection set-up do not count; and the growth between 20% and 100% of the
stream must be a small fraction of the events read in between.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from _scripted import Conn, Request, ScriptedServer, head

EVENTS = int(os.environ.get("STREAM_MEMORY_EVENTS", "1000000"))
PROBE = Path(__file__).with_name("_stream_memory_probe.py")
BATCH = 10_000
LIMIT_MIB = 20.0
PIECE = b'{"event_type":"text_generation","text":"ab"}\n'
START = b'{"event_type":"stream_start","metadata":{"generation_id":"g"}}\n'
END = (
    b'{"event_type":"stream_end","finish_reason":"stop",'
    b'"metadata":{"generation_id":"g","usage":{"input_tokens":1,"output_tokens":7}}}\n'
)


def stream_of(events: int) -> ScriptedServer:
    def script(conn: Conn, request: Request) -> None:
        if not conn.send(head(200, {"Content-Type": "application/x-ndjson"}) + START):
            return
        for sent in range(0, events, BATCH):
            if not conn.send(PIECE * min(BATCH, events - sent)):
                return
        conn.send(END)

    return ScriptedServer(script)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_long_stream_read_without_keeping_events_stays_flat(mode: str) -> None:
    with stream_of(EVENTS) as server:
        run = subprocess.run(
            [sys.executable, str(PROBE), server.url, str(EVENTS), mode],
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
    assert run.returncode == 0, run.stderr
    figures = json.loads(run.stdout.strip().splitlines()[-1])
    print(f"stream memory ({mode}): {figures}")
    assert figures["events"] == EVENTS
    assert (figures["finish_reason"], figures["output_tokens"]) == ("stop", 7)
    assert figures["text_length"] == 2 * EVENTS
    growth = figures["peak"] - figures["baseline"]
    assert growth < LIMIT_MIB, figures
    # Per event: what the last 80% of the stream added, over those events. Kept
    # events cost ~200 bytes each; the text kept costs 2 bytes per event.
    late_bytes = (figures["at_end"] - figures["at_20pct"]) * 1024 * 1024
    assert late_bytes / (0.8 * EVENTS) < 16, figures
