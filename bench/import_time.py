"""Scenario 1: import time, each run in a fresh interpreter."""

from __future__ import annotations

from collections.abc import Callable

from bench._harness import OFFICIAL, OURS, RAW, Section, collect, run_python

# Times the import alone, not the interpreter's start-up.
_PROBE = """\
import time
start = time.perf_counter()
import {module}
print(time.perf_counter() - start)
"""

# Import, build a client and touch the namespaces a program would use: lazy imports
# deferred past `import` are paid here.
_READY_PROBE = """\
import time
start = time.perf_counter()
{code}
print(time.perf_counter() - start)
"""

MODULES = {OURS: "twelvelabs_sdk", OFFICIAL: "twelvelabs", RAW: "httpx"}
READY = {
    OURS: "import twelvelabs_sdk as t\n"
    "c = t.TwelveLabs(api_key='k')\n"
    "c.indexes, c.videos, c.tasks, c.search, c.embed.tasks",
    OFFICIAL: "import twelvelabs as t\n"
    "c = t.TwelveLabs(api_key='k')\n"
    "c.indexes, c.indexes.videos, c.tasks, c.search, c.embed.tasks",
    RAW: "import httpx\nc = httpx.Client()",
}


def _sampler(probe: str) -> Callable[[], float]:
    return lambda: float(run_python(probe))


def run(quick: bool = False) -> Section:
    section = Section(
        "1. Import time",
        "`import X` timed inside a fresh interpreter per run (start-up excluded), "
        "the three modules interleaved. `raw httpx` is `import httpx`, a floor for both SDKs. "
        "The second case also builds a client and touches the namespaces used below, "
        "so imports deferred to first use are counted too.",
    )
    repeats = 5 if quick else 10
    stats = collect(
        {client: _sampler(_PROBE.format(module=module)) for client, module in MODULES.items()},
        repeats=repeats,
    )
    section.add("import", stats, "ms", 1e3)
    ready = collect(
        {client: _sampler(_READY_PROBE.format(code=code)) for client, code in READY.items()},
        repeats=max(3, repeats // 3),
    )
    section.add("import + client + namespaces", ready, "ms", 1e3)
    ratio = section.ratio("import", OURS, OFFICIAL)
    section.goal(
        "import at most 1/4 of the official SDK's",
        ratio <= 0.25,
        f"{stats[OURS].median * 1e3:.0f} ms vs {stats[OFFICIAL].median * 1e3:.0f} ms "
        f"= {ratio:.2f}x",
    )
    return section
