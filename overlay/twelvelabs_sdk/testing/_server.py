"""FakeTwelveLabs: the fake API on a real local HTTP server, in a background thread."""

from __future__ import annotations

import logging
import secrets
import threading
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

from ._app import FakeApp
from ._faults import Fault, FaultSet, check_target
from ._handlers import Context
from ._recording import RecordedRequest, RequestLog
from ._spec import load_spec
from ._state import FakeState, Media, Options

logger = logging.getLogger("twelvelabs_sdk.testing")


class _QuietRequestHandler(WSGIRequestHandler):
    """werkzeug's handler, logging to our logger at DEBUG instead of to stderr."""

    def log(self, type: str, message: str, *args: Any) -> None:
        logger.debug("%s " + message, self.address_string(), *args)


class FakeTwelveLabs:
    """A stateful, spec-validating fake of the TwelveLabs API v1.3.

    ``with FakeTwelveLabs() as fake:`` serves the API at ``fake.url`` (with the
    ``/v1.3`` base path) and accepts only ``fake.api_key`` in ``x-api-key``.

    Options:
        host, port: where to listen; port 0 (the default) picks a free port.
        api_key: the key to accept; a fresh fake key by default.
        task_polls_per_status: retrieves of a task (or embedding task) before it
            moves to its next status; 0 makes tasks ready at once.
        task_seconds_per_status: move tasks on by time instead of by polls.
        stream_delay: seconds between the lines of an analyze NDJSON stream.
        embedding_dimension: length of every embedding vector.
        search_token_ttl: seconds before search page tokens expire (None: never).
        seed: seeds the randomness of faults given a ``probability``.
        faults: faults active from the start.
        spec_path: the openapi.yaml to obey, if not the packaged or repo one.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        api_key: str | None = None,
        task_polls_per_status: int = 1,
        task_seconds_per_status: float | None = None,
        stream_delay: float = 0.0,
        embedding_dimension: int = 1024,
        search_token_ttl: float | None = None,
        seed: int | None = 0,
        faults: Iterable[Fault] = (),
        spec_path: str | Path | None = None,
    ) -> None:
        self.host: str = host
        self.api_key: str = api_key or f"tlk_fake_{secrets.token_hex(16)}"
        self._requested_port = port
        self._spec = load_spec(Path(spec_path) if spec_path else None)
        self._state = FakeState(
            Options(
                task_polls_per_status=task_polls_per_status,
                task_seconds_per_status=task_seconds_per_status,
                embedding_dimension=embedding_dimension,
                search_token_ttl=search_token_ttl,
            )
        )
        self._context = Context(self._state, stream_delay)
        self._faults = FaultSet(seed, [self._checked(fault) for fault in faults])
        self._log = RequestLog()
        self._server: BaseWSGIServer | None = None
        self._thread: threading.Thread | None = None

    def __repr__(self) -> str:
        where = self.url if self._server else "stopped"
        return f"<FakeTwelveLabs {where}>"

    # Lifecycle

    def start(self) -> Self:
        """Start serving in a daemon thread; returns self. Idempotent."""
        if self._server is not None:
            return self
        app = FakeApp(self._spec, self._context, self._faults, self._log, self.api_key)
        self._server = make_server(
            self.host,
            self._requested_port,
            app,
            threaded=True,
            request_handler=_QuietRequestHandler,
        )
        # A short poll interval keeps stop() quick.
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"twelvelabs-fake:{self.port}",
            daemon=True,
        )
        self._thread.start()
        logger.info("fake TwelveLabs API serving at %s", self.url)
        return self

    def stop(self) -> None:
        """Stop serving and free the port. Idempotent."""
        server, thread = self._server, self._thread
        self._server = self._thread = None
        if server is None:
            return
        server.shutdown()
        server.server_close()
        if thread is not None:
            thread.join(timeout=5)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def port(self) -> int:
        """The port being served (the one picked when started with port 0)."""
        if self._server is None:
            raise RuntimeError("the fake server is not running; call start() first")
        return int(self._server.server_port)

    @property
    def url(self) -> str:
        """The API base URL, e.g. ``http://127.0.0.1:54321/v1.3``."""
        host = {"0.0.0.0": "127.0.0.1", "::": "::1", "": "127.0.0.1"}.get(self.host, self.host)
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{self.port}{self._spec.base_path}"

    @property
    def stream_delay(self) -> float:
        """Seconds between the lines of an analyze NDJSON stream (settable)."""
        return self._context.stream_delay

    @stream_delay.setter
    def stream_delay(self, seconds: float) -> None:
        self._context.stream_delay = seconds

    # Faults

    def inject(
        self,
        method: str | None = None,
        path: str | None = None,
        *,
        status: int | None = None,
        retry_after: str | int | float | None = None,
        body: str | bytes | None = None,
        content_type: str | None = None,
        headers: Mapping[str, str] | None = None,
        delay: float = 0.0,
        drop: bool = False,
        html: bool = False,
        truncate_after: int | None = None,
        drop_after: int | None = None,
        times: int | None = 1,
        probability: float = 1.0,
    ) -> Fault:
        """Add a fault for matching requests and return it (its ``hits`` count).

        ``fake.inject("POST", "/tasks", status=503, retry_after=2, times=3)``
        answers the next three createTask calls 503 with ``Retry-After: 2``.
        ``method``, ``path``, ``status``, ``retry_after``, ``body``,
        ``content_type``, ``headers``, ``delay``, ``drop``, ``html``,
        ``truncate_after``, ``drop_after``, ``times`` and ``probability`` are
        the Fault's fields, described there.
        """
        fault = Fault(
            method=method,
            path=path,
            status=status,
            retry_after=None if retry_after is None else str(retry_after),
            body=body,
            content_type=content_type,
            headers=dict(headers or {}),
            delay=delay,
            drop=drop,
            html=html,
            truncate_after=truncate_after,
            drop_after=drop_after,
            times=times,
            probability=probability,
        )
        return self._faults.add(self._checked(fault))

    def add_fault(self, fault: Fault) -> Fault:
        """Add a ready-made ``fault`` (e.g. from ``Fault.parse``) and return it."""
        return self._faults.add(self._checked(fault))

    def _checked(self, fault: Fault) -> Fault:
        """``fault``, if it can match a route of the spec (ValueError otherwise)."""
        return check_target(fault, self._spec.routes, self._spec.base_path)

    def clear_faults(self) -> None:
        """Remove every fault and reset ``fault_hits``."""
        self._faults.clear()

    @property
    def faults(self) -> list[Fault]:
        return self._faults.all()

    @property
    def fault_hits(self) -> int:
        """How many requests injected faults have affected, in total."""
        return self._faults.total_hits

    # What was received and created

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received so far, oldest first (faulted ones included)."""
        return self._log.snapshot()

    def request_count(self, method: str | None = None, path: str | None = None) -> int:
        """How many requests matched ``method`` (any if None) and ``path``.

        ``path`` is a spec template (``/tasks/{task_id}``) or a concrete path
        (``/tasks/65a...``), with or without the ``/v1.3`` base path.
        """
        if path is not None:
            path = self._spec.strip_base(path) or path
        return self._log.count(method, path)

    @property
    def creations(self) -> dict[str, int]:
        """How many indexes, tasks and embedding_tasks were created (deleted ones included)."""
        with self._state.lock:
            counts = self._state.creations
            return {k: counts[k] for k in ("indexes", "tasks", "embedding_tasks")}

    # Steering the world

    def fail_next_task(self, count: int = 1) -> None:
        """Make the next ``count`` indexing tasks end ``failed`` instead of ``ready``."""
        with self._state.lock:
            self._state.fail_next_tasks += count

    def fail_tasks(self, *, filename: str | None = None, index_id: str | None = None) -> None:
        """Make every task for this ``filename`` (a glob) and/or ``index_id`` end ``failed``."""
        self._state.fail_tasks(filename, index_id)

    def fail_next_embedding_task(self, count: int = 1) -> None:
        """Make the next ``count`` embedding tasks end ``failed``."""
        with self._state.lock:
            self._state.fail_next_embedding_tasks += count

    def expire_search_tokens(self) -> None:
        """Expire every search page token issued so far (later ones stay valid)."""
        self._state.expire_search_tokens()

    def create_index(
        self,
        index_name: str,
        models: list[dict[str, Any]] | None = None,
        addons: Iterable[str] = (),
    ) -> str:
        """Create an index without a request; returns its id.

        ``index_name`` as in createIndex; ``models`` defaults to Marengo with
        visual and audio; ``addons`` such as ``["thumbnail"]``.
        """
        models = models or [{"model_name": "marengo2.7", "model_options": ["visual", "audio"]}]
        return self._state.create_index(index_name, models, list(addons))

    def add_video(
        self,
        index_id: str,
        filename: str = "video.mp4",
        *,
        size: int = 1_000_000,
        user_metadata: Mapping[str, Any] | None = None,
    ) -> str:
        """Put a ready video into an index without a task; returns its id.

        ``index_id`` is the index to add to; ``filename`` and ``size`` (bytes)
        become its system metadata; ``user_metadata`` its free-form metadata.
        """
        media = Media(filename, size, None, None)
        return self._state.add_video(index_id, media, dict(user_metadata or {})).id

    def reset(self) -> None:
        """Forget all objects, requests, faults and failure rules; keep serving."""
        self._state.reset()
        self._log.clear()
        self._faults.clear()
