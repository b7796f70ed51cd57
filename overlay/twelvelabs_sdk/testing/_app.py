"""The WSGI application: every request goes record -> fault -> auth -> validate -> handle.

Faults come before authentication because, in real life, a proxy or load
balancer answers them before the API sees the request; authentication comes
before validation, as the API's own order is.
"""

from __future__ import annotations

import contextlib
import hmac
import json
import logging
import os
import socket
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any

from werkzeug.datastructures import FileStorage
from werkzeug.wrappers import Request, Response

from ._errors import ApiError
from ._faults import Fault, FaultSet
from ._handlers import HANDLERS, Call, Context, json_response
from ._recording import HashingInput, RecordedRequest, RequestLog, Upload, visible_headers
from ._validation import validate_request

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIEnvironment

    from ._spec import Route, Spec

logger = logging.getLogger("twelvelabs_sdk.testing")

_HTML_PAGE = (
    "<html><head><title>{status} Bad Gateway</title></head>"
    "<body><center><h1>{status} Bad Gateway</h1></center><hr><center>nginx</center></body></html>"
)
_FORM_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")
_DRAIN_CHUNK = 1 << 16


class _Request(Request):
    """A werkzeug Request that closes every file it spooled an upload to, also
    those of a body that broke off mid-parse (which never reach `files`)."""

    def __init__(self, environ: WSGIEnvironment) -> None:
        super().__init__(environ)
        self._spooled: list[IO[bytes]] = []

    def _get_file_stream(
        self,
        total_content_length: int | None,
        content_type: str | None,
        filename: str | None = None,
        content_length: int | None = None,
    ) -> IO[bytes]:
        stream = super()._get_file_stream(
            total_content_length, content_type, filename, content_length
        )
        self._spooled.append(stream)
        return stream

    def close(self) -> None:
        super().close()
        for stream in self._spooled:
            stream.close()


@dataclass
class _Parsed:
    """The body as read before anything else happens (so it can be logged)."""

    form: list[tuple[str, str]]
    files: dict[str, tuple[FileStorage, Upload]]
    json: Any = None


class FakeApp:
    """The fake API as a WSGI callable."""

    def __init__(
        self, spec: Spec, context: Context, faults: FaultSet, log: RequestLog, api_key: str
    ) -> None:
        self.spec = spec
        self.context = context
        self.faults = faults
        self.log = log
        self.api_key = api_key

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        return self.respond(environ)(environ, start_response)

    def respond(self, environ: WSGIEnvironment) -> Response:
        """The response for one request (raises ConnectionAbortedError to drop it)."""
        counted = HashingInput(environ["wsgi.input"])
        environ["wsgi.input"] = counted
        request = _Request(environ)
        try:
            return self._respond(request, environ, counted)
        finally:
            # Uploaded files are spooled to temporary files: close them now, not
            # when the garbage collector finds them (a ResourceWarning, which a
            # suite run with warnings as errors reports as a failure).
            request.close()

    def _respond(
        self, request: Request, environ: WSGIEnvironment, counted: HashingInput
    ) -> Response:
        api_path = self.spec.strip_base(request.path)
        route, path_known = (None, False)
        if api_path is not None:
            route, path_known = self.spec.route_for(request.method, api_path)
        parsed = _read_body(request)
        record = _record(request, api_path, route, parsed, counted)
        self.log.add(record)

        def answer() -> Response:
            return self._answer(request, api_path is not None, route, path_known, parsed)

        fault = self.faults.take(request.method, record.path, record.route)
        if fault is None:
            response = answer()
        else:
            record.fault = fault.kind
            logger.info("fault %s on %s %s", fault.kind, request.method, request.path)
            response = _disturb(fault, environ, answer)
        response.headers["x-request-id"] = os.urandom(12).hex()
        record.status = response.status_code
        logger.debug("%s %s -> %s", request.method, request.path, response.status_code)
        return response

    def _answer(
        self,
        request: Request,
        in_api: bool,
        route: Route | None,
        path_known: bool,
        parsed: _Parsed,
    ) -> Response:
        try:
            if not in_api:
                raise ApiError(404, "not_found", f"No such endpoint: {request.path}")
            self._authenticate(request)
            if route is None:
                if path_known:
                    raise ApiError(405, "method_not_allowed", f"{request.method} is not allowed.")
                raise ApiError(404, "not_found", f"No such endpoint: {request.path}")
            storages = {name: storage for name, (storage, _) in parsed.files.items()}
            valid = validate_request(self.spec, request, parsed.form, storages, route)
            call = Call(valid, parsed.files, route.path_names)
            return HANDLERS[route.operation_id](self.context, call)
        except ApiError as error:
            return json_response(error.body(), error.status)
        except Exception:
            logger.exception("fake server error on %s %s", request.method, request.path)
            return json_response({"code": "internal_error", "message": "Fake server error."}, 500)

    def _authenticate(self, request: Request) -> None:
        given = request.headers.get("x-api-key", "")
        if not hmac.compare_digest(given.encode(), self.api_key.encode()):
            problem = "is missing" if not given else "is not valid"
            raise ApiError(401, "api_key_invalid", f"The x-api-key header {problem}.")


def _read_body(request: Request) -> _Parsed:
    """Read the whole body: forms via werkzeug (files spooled to disk), else raw bytes."""
    if request.mimetype in _FORM_TYPES:
        form = [(k, v) for k, values in request.form.lists() for v in values]
        files = {
            name: (storage, Upload.from_storage(name, storage))
            for name, storage in request.files.items()
        }
        parsed = _Parsed(form, files)
    else:
        data = request.get_data(cache=True)
        parsed = _Parsed([], {}, _json_or_none(data) if data else None)
    # Whatever the parser left (an epilogue, a body on a GET) still counts in the hash.
    while request.stream.read(_DRAIN_CHUNK):
        pass
    return parsed


def _record(
    request: Request,
    api_path: str | None,
    route: Route | None,
    parsed: _Parsed,
    counted: HashingInput,
) -> RecordedRequest:
    return RecordedRequest(
        method=request.method,
        path=api_path if api_path is not None else request.path,
        route=route.template if route else None,
        operation_id=route.operation_id if route else None,
        query={k: request.args.getlist(k) for k in request.args},
        headers=visible_headers(request.headers),
        body_size=counted.size,
        body_sha256=counted.sha256,
        form=_group(parsed.form),
        json=parsed.json,
        uploads=tuple(upload for _, upload in parsed.files.values()),
    )


def _json_or_none(data: bytes) -> Any:
    try:
        return json.loads(data)
    except (ValueError, RecursionError):  # validation answers it with a 400
        return None


def _group(items: list[tuple[str, str]]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for key, value in items:
        grouped.setdefault(key, []).append(value)
    return grouped


def _disturb(fault: Fault, environ: WSGIEnvironment, answer: Callable[[], Response]) -> Response:
    """Apply ``fault``: wait, drop, answer in its place, or cut the real answer short."""
    if fault.delay:
        time.sleep(fault.delay)
    if fault.drop:
        _drop_connection(environ)
    response = _fault_response(fault) if fault.status is not None else answer()
    if fault.truncate_after is not None or fault.drop_after is not None:
        response = _cut(response, fault, environ)
    return response


def _fault_response(fault: Fault) -> Response:
    status = fault.status or 500
    if fault.html:
        body: str | bytes = fault.body or _HTML_PAGE.format(status=status)
        content_type = fault.content_type or "text/html; charset=utf-8"
    elif fault.body is not None:
        body, content_type = fault.body, fault.content_type or "application/json"
    else:
        body = json.dumps({"code": fault.error_code, "message": f"Injected fault: HTTP {status}."})
        content_type = fault.content_type or "application/json"
    response = Response(body, status=status, content_type=content_type)
    if fault.retry_after is not None:
        response.headers["Retry-After"] = fault.retry_after
    response.headers.update(fault.headers)
    response.headers["x-fake-fault"] = fault.kind
    return response


def _cut(response: Response, fault: Fault, environ: WSGIEnvironment) -> Response:
    """Let only the first N lines of the body through, then end or drop the connection."""
    limit = fault.drop_after if fault.drop_after is not None else (fault.truncate_after or 0)
    lines = response.iter_encoded()

    def body() -> Iterator[bytes]:
        for number, line in enumerate(lines):
            if number >= limit:
                break
            yield line
        if fault.drop_after is not None:
            _drop_connection(environ)

    headers = [(k, v) for k, v in response.headers if k.lower() != "content-length"]
    cut = Response(body(), status=response.status_code, headers=headers, direct_passthrough=True)
    cut.headers["x-fake-fault"] = fault.kind
    return cut


def _drop_connection(environ: WSGIEnvironment) -> None:
    """Close the client's socket with no (further) response bytes.

    Shutting the socket down makes the client see the connection end at once;
    the exception then tells werkzeug to write nothing more (it treats a
    ConnectionError as the peer having gone away).
    """
    sock = environ.get("werkzeug.socket")
    if isinstance(sock, socket.socket):
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
    raise ConnectionAbortedError("connection dropped by an injected fault")
