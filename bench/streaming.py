"""Scenario 5: analyze as an NDJSON stream: delivery latency and throughput."""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable, Iterator

import httpx
from twelvelabs.types import VideoContext_AssetId

from bench import _clients
from bench._harness import OFFICIAL, OURS, RAW, LocalServer, Section, collect
from bench._payloads import VIDEO_ID

PROMPT = "Describe the match, play by play."
PACED_EVENTS, PACED_DELAY = 40, 0.010
BULK_EVENTS = 20_000
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


def run(quick: bool = False) -> Section:
    section = Section(
        "5. Streaming analyze",
        f"A local server in another process streams `POST /analyze` as chunked NDJSON. Latency: "
        f"{PACED_EVENTS} events {PACED_DELAY * 1e3:.0f} ms apart, one chunk each, each stamped "
        "with `time.perf_counter()` as it is written; the figure is the median over a stream of "
        "(arrival at the caller - stamp). Throughput: "
        f"a stream of {BULK_EVENTS:,} short text events ({OFFICIAL_BULK_EVENTS:,} for the "
        "official SDK, which needs ~0.5 ms an event) sent as fast as the socket takes them "
        "(64 KiB chunks), timed from the request to the last event, per event. `raw httpx` is "
        "`iter_lines` + `json.loads`.",
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
    section.add("event latency (median per stream)", latency, "ms", 1e3)
    section.add("throughput: time per event", bulk, "µs", 1e6)
    for name in texts:
        section.notes.append(
            f"{name}: worst single-event latency {max(worst[name]) * 1e3:.2f} ms; "
            f"first event before the server finished in {sum(early[name])}/{len(early[name])} runs"
        )
    ratio = section.ratio("throughput: time per event", OURS, RAW)
    section.goal(
        "no buffering: first event delivered before the server finishes",
        all(early[OURS]) and bool(early[OURS]),
        f"{sum(early[OURS])}/{len(early[OURS])} runs; median latency "
        f"{latency[OURS].median * 1e3:.2f} ms (raw {latency[RAW].median * 1e3:.2f} ms)",
    )
    section.goal(
        "throughput within 1.5x of iter_lines + json.loads",
        ratio <= 1.5,
        f"{1 / bulk[OURS].median:,.0f} events/s vs {1 / bulk[RAW].median:,.0f} events/s "
        f"= {ratio:.2f}x the time",
    )
    return section
