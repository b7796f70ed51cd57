"""Type completeness of twelvelabs_sdk's public API, as `pyright --verifytypes` counts it.

Runs basedpyright (the dev extra) against the installed package and fails when
the score is under `--minimum` (default 95%), printing the symbols it found
ambiguous or unknown. Unknown types from other packages (httpx, attrs) are
ignored: they are not ours to fix.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "twelvelabs_sdk"


def measure(package: str = PACKAGE) -> tuple[float, list[str]]:
    """The completeness score in percent, and the problems basedpyright reported."""
    bindir = Path(sys.executable).parent
    # verifytypes resolves the package through the python on PATH: make it ours.
    env = {**os.environ, "PATH": f"{bindir}{os.pathsep}{os.environ.get('PATH', '')}"}
    env["VIRTUAL_ENV"] = sys.prefix
    done = subprocess.run(
        [
            str(bindir / "basedpyright"),
            "--verifytypes",
            package,
            "--ignoreexternal",
            "--outputjson",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    report = json.loads(done.stdout)
    completeness = report["typeCompleteness"]
    problems = [
        f"{d.get('file', '')}:{d.get('range', {}).get('start', {}).get('line', 0) + 1}: "
        f"{d['message']}"
        for d in report.get("generalDiagnostics", [])
        if d.get("severity") == "error"
    ]
    if completeness["exportedSymbolCounts"]["withKnownType"] == 0:
        problems.append(f"no exported symbol found: is {package} installed in this venv?")
    return float(completeness["completenessScore"]) * 100, problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minimum", type=float, default=95.0, help="lowest passing score (%%)")
    options = parser.parse_args(argv)
    score, problems = measure()
    for problem in problems:
        print(problem)
    print(f"type completeness of {PACKAGE}: {score:.1f}% (minimum {options.minimum:g}%)")
    return 0 if score >= options.minimum and not any("no exported" in p for p in problems) else 1


if __name__ == "__main__":
    sys.exit(main())
