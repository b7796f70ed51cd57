"""Scenario 1: import time, each run in a fresh interpreter."""

from __future__ import annotations

import compileall
import importlib.util
from collections.abc import Callable
from pathlib import Path

from bench._harness import OFFICIAL, OURS, RAW, Section, collect, run_python

# Times the import alone, not the interpreter's start-up.
_PROBE = """\
import time
start = time.process_time()
import {module}
print(time.process_time() - start)
"""

# Import, build a client and touch the namespaces a program would use: lazy imports
# deferred past `import` are paid here.
_READY_PROBE = """\
import time
start = time.process_time()
{code}
print(time.process_time() - start)
"""

MODULES = {OURS: "twelvelabs_sdk", OFFICIAL: "twelvelabs", RAW: "httpx"}
READY = {
    OURS: "import twelvelabs_sdk as t\n"
    "c = t.TwelveLabs(api_key='k')\n"
    "c.indexes, c.videos, c.tasks, c.search, c.embed, c.embed.tasks",
    OFFICIAL: "import twelvelabs as t\n"
    "c = t.TwelveLabs(api_key='k')\n"
    "c.indexes, c.indexes.videos, c.tasks, c.search, c.embed, c.embed.tasks",
    RAW: "import httpx\nc = httpx.Client()",
}


def _sampler(probe: str) -> Callable[[], float]:
    return lambda: float(run_python(probe))


def _compile(packages: tuple[str, ...]) -> None:
    """Write the bytecode of `packages`, as `pip install` does for an installed one.

    An editable install under PYTHONDONTWRITEBYTECODE=1 (as on CI machines) would
    otherwise compile every module from source in every fresh interpreter, which
    no installed copy of a package pays and `import httpx` (compiled by pip) does not.
    """
    for package in packages:
        spec = importlib.util.find_spec(package)
        assert spec is not None, package
        assert spec.origin is not None, package
        compileall.compile_dir(Path(spec.origin).parent, quiet=1)


def run(quick: bool = False) -> Section:
    section = Section(
        "1. Import time",
        "`import X` timed (CPU time: `time.process_time`, which a busy disk or scheduler does not inflate) inside a fresh interpreter per run (start-up excluded), "
        "the three modules interleaved. `raw httpx` is `import httpx`, a floor for both SDKs. "
        "The second case also builds a client and touches every API namespace (indexes, "
        "videos, tasks, search, embed, embed.tasks; `raw httpx` builds an `httpx.Client`), so "
        "imports deferred to first use are counted too. The SDK's bytecode is written first, as "
        "`pip install` writes it (an editable install under PYTHONDONTWRITEBYTECODE=1 would "
        "compile from source on every run). `client.bulk` (the bulk indexer, with "
        "its SQLite ledger) is a workflow rather than an API area and is left out.",
    )
    _compile(("twelvelabs_sdk", "twelvelabs_api"))
    repeats = 7 if quick else 21
    stats = collect(
        {client: _sampler(_PROBE.format(module=module)) for client, module in MODULES.items()},
        repeats=repeats,
        budget=8,
    )
    section.add("import", stats, "ms", 1e3)
    ready = collect(
        {client: _sampler(_READY_PROBE.format(code=code)) for client, code in READY.items()},
        repeats=repeats,
        budget=8,
    )
    section.add("import + client + namespaces", ready, "ms", 1e3)
    section.ratio_goal("import at most 1.3x `import httpx`", "import", 1.3)
    section.ratio_goal(
        "import + client + every namespace at most 1.6x `import httpx` + a client",
        "import + client + namespaces",
        1.6,
    )
    return section
