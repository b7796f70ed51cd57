"""Type-check code written the way users write it: examples/ and the README's snippets.

Both must pass `mypy --strict` and `basedpyright` in strict mode with no casts
and no `type: ignore`. The README's Python blocks are extracted the way
tests/test_readme.py runs them: the plain blocks concatenated, in order, as one
module; each block holding a pytest test as a module of its own.

    python scripts/check_user_code.py            # make typecheck runs this
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
EXAMPLES = ROOT / "examples"
# Examples that drive a third-party package whose own API is only partially
# typed: mypy --strict still checks them, pyright's strict "unknown type"
# rules would flag that package, not our SDK.
PYRIGHT_SKIP = {"ray_bulk_index.py": "Ray's API is partially typed (ray.init, ray.shutdown)"}
FORBIDDEN = (re.compile(r"#\s*type:\s*ignore"), re.compile(r"\bcast\("), re.compile(r"# pyright:"))


def readme_modules() -> dict[str, str]:
    """File name -> source for the README's Python blocks."""
    blocks = re.findall(r"^```python\n(.*?)^```", README.read_text(encoding="utf-8"), re.M | re.S)
    modules = {"readme_snippets.py": "\n\n".join(b for b in blocks if "def test_" not in b)}
    tests = [b for b in blocks if "def test_" in b]
    modules.update({f"readme_test_{i}.py": b for i, b in enumerate(tests)})
    return modules


def forbidden_constructs(sources: dict[str, str]) -> list[str]:
    """Casts and ignores user code should never need."""
    return [
        f"{name}:{number}: {line.strip()}"
        for name, text in sources.items()
        for number, line in enumerate(text.splitlines(), start=1)
        if any(p.search(line) for p in FORBIDDEN)
    ]


def run(paths: list[Path], workdir: Path) -> int:
    bindir = Path(sys.executable).parent
    failed = 0
    mypy = [str(bindir / "mypy"), "--strict", "--no-incremental", *map(str, paths)]
    print("$", " ".join(["mypy", "--strict", *[p.name for p in paths]]), flush=True)
    failed |= subprocess.run(mypy, cwd=ROOT, check=False).returncode
    config = workdir / "pyrightconfig.json"
    config.write_text(
        json.dumps(
            {
                "typeCheckingMode": "strict",
                "pythonVersion": "3.11",
                "include": [str(p) for p in paths if p.name not in PYRIGHT_SKIP],
                "reportMissingModuleSource": False,
                # The README's blocks each import what they use; run as one
                # module, the repeats are an artefact of the concatenation.
                "reportDuplicateImport": False,
            }
        )
    )
    env = {**os.environ, "PATH": f"{bindir}{os.pathsep}{os.environ.get('PATH', '')}"}
    env["VIRTUAL_ENV"] = sys.prefix
    checked = [p.name for p in paths if p.name not in PYRIGHT_SKIP]
    print("$ basedpyright (strict)", " ".join(checked), flush=True)
    pyright = [
        str(bindir / "basedpyright"),
        "--project",
        str(config),
        "--pythonpath",
        sys.executable,
    ]
    failed |= subprocess.run(pyright, cwd=ROOT, env=env, check=False).returncode
    return failed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args(argv)
    examples = sorted(EXAMPLES.glob("*.py"))
    with tempfile.TemporaryDirectory(prefix="user-code-") as tmp:
        workdir = Path(tmp)
        readme_dir = workdir / "readme"
        readme_dir.mkdir()
        modules = readme_modules()
        for name, source in modules.items():
            (readme_dir / name).write_text(source, encoding="utf-8")
        sources = {f"README.md ({n})": s for n, s in modules.items()}
        sources.update({str(p.relative_to(ROOT)): p.read_text(encoding="utf-8") for p in examples})
        bad = forbidden_constructs(sources)
        for line in bad:
            print(f"forbidden in user code: {line}")
        failed = run([*examples, readme_dir], workdir)
    if failed or bad:
        print("user code does not type-check strictly (examples/, README.md)", file=sys.stderr)
        return 1
    print("examples/ and README.md type-check under mypy --strict and basedpyright strict")
    return 0


if __name__ == "__main__":
    sys.exit(main())
