"""``python -m twelvelabs_sdk.testing``: run the fake API until Ctrl-C.

Prints the base URL and the key to use, as shell assignments:

    TWELVELABS_BASE_URL=http://127.0.0.1:8000/v1.3
    TWELVELABS_API_KEY=tlk_fake_...
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import threading
from types import FrameType

from ._extra import require_testing_extra

require_testing_extra()  # a readable error before the server's imports fail

from ._faults import Fault, check_target  # noqa: E402
from ._server import FakeTwelveLabs  # noqa: E402
from ._spec import load_spec  # noqa: E402

__all__ = ["main"]


def _fault(text: str) -> Fault:
    """A --fault value: read by Fault.parse and checked against the spec's routes.

    argparse shows a generic "invalid value" for a ValueError; the parser's own
    message (an unknown field, a path no route has) says what to fix.
    """
    try:
        spec = load_spec()
        return check_target(Fault.parse(text), spec.routes, spec.base_path)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{exc} (in {text!r})") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m twelvelabs_sdk.testing",
        description="Serve an in-memory, spec-validating fake of the TwelveLabs API v1.3.",
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="interface to bind (default %(default)s)"
    )
    parser.add_argument(
        "--port", type=int, default=8000, help="port; 0 picks a free one (default %(default)s)"
    )
    parser.add_argument(
        "--api-key",
        default=os.environ.get("TWELVELABS_FAKE_API_KEY"),
        help="key to accept in x-api-key (default: $TWELVELABS_FAKE_API_KEY or a generated one)",
    )
    parser.add_argument(
        "--fault",
        action="append",
        default=[],
        type=_fault,
        metavar="SPEC",
        help="inject a fault, e.g. 'POST /tasks:503:retry_after=2:times=3', 'GET /tasks/*:drop', "
        "'POST /analyze:truncate_after=3', '*:502:html:probability=0.1:times=none' (repeatable)",
    )
    parser.add_argument(
        "--task-polls",
        type=int,
        default=1,
        metavar="N",
        help="task retrieves per status step; 0 makes tasks ready at once (default %(default)s)",
    )
    parser.add_argument(
        "--task-seconds",
        type=float,
        default=None,
        metavar="S",
        help="advance tasks every S seconds instead of by polls",
    )
    parser.add_argument(
        "--stream-delay",
        type=float,
        default=0.0,
        metavar="S",
        help="seconds between analyze stream lines (default %(default)s)",
    )
    parser.add_argument("--embedding-dimension", type=int, default=1024, metavar="N")
    parser.add_argument("--search-token-ttl", type=float, default=None, metavar="S")
    parser.add_argument("--seed", type=int, default=0, help="seed for probabilistic faults")
    parser.add_argument("--log-level", default="INFO", help="logging level (default %(default)s)")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the fake until interrupted; `argv` as on the command line (`--help`)."""
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(message)s"
    )
    fake = FakeTwelveLabs(
        host=args.host,
        port=args.port,
        api_key=args.api_key,
        task_polls_per_status=args.task_polls,
        task_seconds_per_status=args.task_seconds,
        stream_delay=args.stream_delay,
        embedding_dimension=args.embedding_dimension,
        search_token_ttl=args.search_token_ttl,
        seed=args.seed,
        faults=args.fault,
    )
    stopping = threading.Event()

    def _stop(signum: int, frame: FrameType | None) -> None:
        stopping.set()

    signal.signal(signal.SIGTERM, _stop)
    fake.start()
    print(f"TWELVELABS_BASE_URL={fake.url}", flush=True)
    print(f"TWELVELABS_API_KEY={fake.api_key}", flush=True)
    try:
        # A bounded wait keeps Ctrl-C responsive.
        while not stopping.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        fake.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
