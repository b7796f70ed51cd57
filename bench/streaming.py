"""Scenario 5: analyze as an NDJSON stream: delivery latency and throughput."""

from __future__ import annotations

import json
import statistics
import time
import tracemalloc
from collections.abc import Callable, Iterator

import httpx
from twelvelabs.types import VideoContext_AssetId

from bench import _clients, _payloads
from bench._harness import OFFICIAL, OURS, RAW, LocalServer, Section, collect
from bench._payloads import VIDEO_ID

PROMPT = "Describe the match, play by play."
PACED_EVENTS, PACED_DELAY = 40, 0.010
BULK_EVENTS = 20_000
LONG_EVENTS = 100_000
MEMORY_EVENTS = (10_000, LONG_EVENTS)
# The official SDK spends ~0.5 ms an event; a tenth of the stream gives its rate in seconds.
OFFICIAL_BULK_EVENTS = 2_000


def _texts(server: LocalServer) -> dict[str, Callable[[], Iterator[str]]]:
    """contender -> a function streaming one analysis, yielding each text piece on arrival."""
    ours = _clients.ours(httpx.Client(), server.url)
    official = _clients.official(httpx.Client(), server.url)
    raw = httpx.Client()

    def ours_texts() -> Iterator[str]:
        with ours.analyze_stream(VIDEO_ID, PROMPT) as stream:
            for event in stream:
                if event.event_type == "text_generation":
                    yield event.text

    def official_texts() -> Iterator[str]:
        video = VideoContext_AssetId(asset_id=VIDEO_ID)
        for event in official.analyze_stream(video=video, prompt=PROMPT):
            if event.event_type == "text_generation":
                yield event.text

    def raw_texts() -> Iterator[str]:
        body = {"video_id": VIDEO_ID, "prompt": PROMPT, "stream": True}
        with raw.stream("POST", f"{server.url}/analyze", json=body, headers=_clients.HEADERS) as r:
            for line in r.iter_lines():
                if line:
                    event = json.loads(line)
                    if event["event_type"] == "text_generation":
                        yield event["text"]

    return {OURS: ours_texts, OFFICIAL: official_texts, RAW: raw_texts}


def _latency(
    texts: Callable[[], Iterator[str]], early: list[bool], worst: list[float]
) -> Callable[[], float]:
    """Median send-to-caller delay over one paced stream. The server stamps each line with
    time.perf_counter() (a system-wide monotonic clock) as it writes it."""

    def sample() -> float:
        arrivals = [(time.perf_counter(), float(text)) for text in texts()]
        assert len(arrivals) == PACED_EVENTS, len(arrivals)
        delays = [received - sent for received, sent in arrivals]
        # Delivered before the server had even written the last event: not buffered.
        early.append(arrivals[0][0] < arrivals[-1][1])
        worst.append(max(delays))
        return statistics.median(delays)

    return sample


def _throughput(
    server: LocalServer, texts: Callable[[], Iterator[str]], events: int
) -> Callable[[], float]:
    """Seconds per event over one `events`-long stream, from the request to the last event."""

    def sample() -> float:
        server.configure(stream_events=events, stream_delay=0)
        start = time.perf_counter()
        count = sum(1 for _ in texts())
        elapsed = time.perf_counter() - start
        assert count == events, count
        return elapsed / events

    return sample


def _peak_memory(server: LocalServer, texts: Callable[[], Iterator[str]], events: int) -> int:
    """Peak traced Python memory (bytes) while consuming one `events`-long stream."""
    server.configure(stream_events=events, stream_delay=0)
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        count = sum(1 for _ in texts())
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == events, count
    return peak


def run(quick: bool = False) -> Section:
    section = Section(
        "5. Streaming analyze",
        f"A local server in another process streams `POST /analyze` as chunked NDJSON. Latency: "
        f"{PACED_EVENTS} events {PACED_DELAY * 1e3:.0f} ms apart, one chunk each, each stamped "
        "with `time.perf_counter()` as it is written; the figure is the median over a stream of "
        "(arrival at the caller - stamp). Throughput: "
        f"a stream of {BULK_EVENTS:,} short text events ({OFFICIAL_BULK_EVENTS:,} for the "
        "official SDK, which needs ~0.5 ms an event), and one of "
        f"{LONG_EVENTS:,} (this SDK and raw httpx), sent as fast as the socket takes them "
        "(64 KiB chunks), timed from the request to the last event, per event. `raw httpx` is "
        "`iter_lines` + `json.loads`. Memory: peak traced Python memory (tracemalloc) while "
        f"consuming {MEMORY_EVENTS[0]:,} and {MEMORY_EVENTS[1]:,}-event streams, untimed.",
    )
    early: dict[str, list[bool]] = {OURS: [], OFFICIAL: [], RAW: []}
    worst: dict[str, list[float]] = {OURS: [], OFFICIAL: [], RAW: []}
    with LocalServer() as server:
        texts = _texts(server)
        server.configure(stream_events=PACED_EVENTS, stream_delay=PACED_DELAY)
        latency = collect(
            {name: _latency(fn, early[name], worst[name]) for name, fn in texts.items()},
            repeats=3 if quick else 5,
        )
        # The latency runs warmed up the clients and their connections.
        bulk = collect(
            {
                name: _throughput(
                    server, fn, OFFICIAL_BULK_EVENTS if name == OFFICIAL else BULK_EVENTS
                )
                for name, fn in texts.items()
            },
            repeats=3 if quick else 9,
            warmup=0,
        )
        long = collect(
            {name: _throughput(server, texts[name], LONG_EVENTS) for name in (OURS, RAW)},
            repeats=3 if quick else 9,
            warmup=0,
        )
        peaks = {
            name: [_peak_memory(server, texts[name], events) for events in MEMORY_EVENTS]
            for name in (OURS, RAW)
        }
    section.add("event latency (median per stream)", latency, "ms", 1e3)
    section.add(f"time per event, {BULK_EVENTS:,}-event stream", bulk, "µs", 1e6)
    long_case = f"time per event, {LONG_EVENTS:,}-event stream"
    section.add(long_case, long, "µs", 1e6)
    for name in texts:
        section.notes.append(
            f"{name}: worst single-event latency {max(worst[name]) * 1e3:.2f} ms; "
            f"first event before the server finished in {sum(early[name])}/{len(early[name])} runs"
        )
    for name, (short_peak, long_peak) in peaks.items():
        section.notes.append(
            f"{name}: peak traced memory {short_peak / 1024:,.0f} KiB over {MEMORY_EVENTS[0]:,} "
            f"events, {long_peak / 1024:,.0f} KiB over {MEMORY_EVENTS[1]:,}"
        )
    section.goal(
        "no buffering: first event delivered before the server finishes",
        all(early[OURS]) and bool(early[OURS]),
        f"{sum(early[OURS])}/{len(early[OURS])} runs; median latency "
        f"{latency[OURS].median * 1e3:.2f} ms (raw {latency[RAW].median * 1e3:.2f} ms)",
    )
    section.ratio_goal(
        f"per event at {LONG_EVENTS:,} events: at most 1.3x iter_lines + json.loads",
        long_case,
        1.3,
    )
    short_peak, long_peak = peaks[OURS]
    growth = long[OURS].median / bulk[OURS].median
    # The stream keeps its text (`stream.text`, by design): that much growth is expected.
    text_growth = _payloads.text_length(MEMORY_EVENTS[1]) - _payloads.text_length(MEMORY_EVENTS[0])
    section.goal(
        "flat: per-event cost and memory (beyond the text kept) do not grow with length",
        long_peak - short_peak <= text_growth + 128 * 1024 and growth <= 1.15,
        f"peak memory {short_peak / 1024:,.0f} KiB at {MEMORY_EVENTS[0]:,} events, "
        f"{long_peak / 1024:,.0f} KiB at {MEMORY_EVENTS[1]:,}, of which the longer text "
        f"`stream.text` keeps accounts for {text_growth / 1024:,.0f} KiB; time per event "
        f"{growth:.2f}x at {LONG_EVENTS:,} vs {BULK_EVENTS:,} events",
    )
    return section
