"""Index a whole library on a Ray cluster, resumably.

    python examples/ray_bulk_index.py library.jsonl --index-id ID \
        [--address ADDR] [--ledger FILE] [--concurrency N] [--rpm N]

MANIFEST is JSON lines of {"key": ..., "video_file": ...} or
{"key": ..., "video_url": ...} (optionally "user_metadata": {...}). Without
--address a local Ray instance is started. The API key and base URL come from
TWELVELABS_API_KEY / TWELVELABS_BASE_URL and are handed to the workers through
Ray's runtime_env. This driver owns the ledger: kill it and run the same
command again, and it resumes where it stopped, sending nothing twice.
Prints the report as JSON lines; exits 0 only when every item is indexed.
"""

from __future__ import annotations

import argparse
import os
import sys

import ray

from twelvelabs_sdk.bulk import read_manifest
from twelvelabs_sdk.ray import index_on_ray


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("manifest", help="JSON lines: key and video_file or video_url")
    parser.add_argument("--index-id", required=True)
    parser.add_argument("--address", help="Ray cluster address (default: start a local one)")
    parser.add_argument("--ledger", help="ledger file (default: MANIFEST.ledger)")
    parser.add_argument("--concurrency", type=int, default=16, help="uploads in flight")
    parser.add_argument("--rpm", type=float, help="creates per minute, for the whole cluster")
    parser.add_argument("--no-wait", action="store_true", help="do not wait for indexing")
    parser.add_argument("--poll-interval", type=float, default=5.0)
    parser.add_argument("--num-cpus", type=int, default=2, help="local instance only")
    args = parser.parse_args(argv)

    env = {
        k: os.environ[k] for k in ("TWELVELABS_API_KEY", "TWELVELABS_BASE_URL") if k in os.environ
    }
    local = {} if args.address else {"num_cpus": args.num_cpus, "include_dashboard": False}
    ray.init(address=args.address, runtime_env={"env_vars": env}, log_to_driver=False, **local)
    try:
        report = index_on_ray(
            read_manifest(args.manifest),
            index_id=args.index_id,
            ledger=args.ledger or f"{args.manifest}.ledger",
            concurrency=args.concurrency,
            rpm=args.rpm,
            wait=not args.no_wait,
            poll_interval=args.poll_interval,
        )
    finally:
        ray.shutdown()
    for line in report.to_jsonl():
        print(line)
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
