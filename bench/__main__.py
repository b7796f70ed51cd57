"""`python -m bench [SCENARIO ...] [--quick] [--output PATH]`: run, then write the report.

A full run writes BENCHMARKS.md at the repo root; a partial or quick run prints the
report unless --output is given.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from bench import (
    async_concurrency,
    call_overhead,
    import_time,
    large_parse,
    pagination,
    streaming,
    upload,
)
from bench._harness import (
    ROOT,
    Section,
    load_average,
    machine,
    progress,
    render_goals,
    render_table,
)

SCENARIOS: dict[str, Callable[[bool], Section]] = {
    "import_time": import_time.run,
    "call_overhead": call_overhead.run,
    "large_parse": large_parse.run,
    "pagination": pagination.run,
    "streaming": streaming.run,
    "upload": upload.run,
    "async_concurrency": async_concurrency.run,
}

FINDINGS = Path(__file__).with_name("findings.md")

_HEADER = """\
# Benchmarks

`twelvelabs-sdk` against the official `twelvelabs` SDK and hand-written `httpx` calls, all
three side by side in the same run on the same machine. Produced by `make bench`, which
installs the official SDK into a separate `.bench-venv/` (it is never a dependency of this
project) and runs `python -m bench`; the code is in `bench/`, one module per scenario.
"""

_READING = """\
Every figure is a cost: lower is better. Median, min and max are over the repeated runs of
each case. The contenders run interleaved, round by round (one sample each per round), so
the drift of a shared machine falls on all of them. The ratio columns are paired: in every
round, this row's sample divided by the `raw httpx` (or official SDK) sample taken right
next to it; the table gives the median of those per-round ratios and, in brackets, their
minimum. The goals are judged on the median of the paired ratios.
"""


def render(sections: list[Section], failures: dict[str, str], quick: bool, load: list[str]) -> str:
    parts = [_HEADER, "## Machine\n"]
    parts += [f"- {key}: {value}" for key, value in machine().items()]
    parts.append(f"- Load average (1, 5, 15 min) at start and end: {'; '.join(load)}")
    if quick:
        parts.append("- Mode: `--quick` (fewer repeats, smaller inputs): not for comparison")
    parts += ["", "## Results\n", _READING, render_table(sections), ""]
    parts += ["## Goals\n", render_goals(sections), ""]
    if FINDINGS.exists():  # written by hand: what the profiles showed, what was done
        parts += [FINDINGS.read_text().rstrip(), ""]
    parts.append("## Method\n")
    for section in sections:
        parts += [f"### {section.title}\n", section.method, ""]
        parts += [f"- {note}" for note in section.notes]
        if section.notes:
            parts.append("")
    for name, error in failures.items():
        parts += [f"### {name}: failed\n", "```", error.rstrip(), "```", ""]
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("scenarios", nargs="*", metavar="SCENARIO", help=", ".join(SCENARIOS))
    parser.add_argument("--quick", action="store_true", help="fewer repeats, smaller inputs")
    parser.add_argument("--output", type=Path, help="where to write the report")
    args = parser.parse_args(argv)
    names = args.scenarios or list(SCENARIOS)
    unknown = sorted(set(names) - set(SCENARIOS))
    if unknown:
        parser.error(
            f"unknown scenario(s) {', '.join(unknown)}; choose from {', '.join(SCENARIOS)}"
        )
    # The official SDK lets this variable override the base_url it is given.
    os.environ.pop("TWELVELABS_BASE_URL", None)

    sections: list[Section] = []
    failures: dict[str, str] = {}
    load = [load_average()]
    for name in names:
        progress(f"{name} ...")
        started = time.perf_counter()
        try:
            sections.append(SCENARIOS[name](args.quick))
        except Exception:
            failures[name] = traceback.format_exc()
            progress(f"{name} failed:\n{failures[name]}")
        progress(f"{name} done in {time.perf_counter() - started:.0f} s")

    load.append(load_average())
    report = render(sections, failures, args.quick, load)
    output = args.output
    if output is None and len(names) == len(SCENARIOS) and not args.quick:
        output = ROOT / "BENCHMARKS.md"
    if output is None:
        print(report)
    else:
        output.write_text(report)
        progress(f"wrote {output}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
