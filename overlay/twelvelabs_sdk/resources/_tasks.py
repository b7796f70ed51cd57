"""Video indexing tasks: createTask, listTasks, retrieveTask, deleteTask, and waiting."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Literal

from twelvelabs_api.api.tasks import create_task, delete_task, list_tasks, retrieve_task
from twelvelabs_api.models.create_task_body import CreateTaskBody
from twelvelabs_api.models.list_tasks_response_200 import ListTasksResponse200
from twelvelabs_api.models.list_tasks_status import ListTasksStatus
from twelvelabs_api.models.task import Task
from twelvelabs_api.types import UNSET

from .._operation import Operation, created, model, no_content
from .._options import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout, request_options
from .._pagination import AsyncPager, Page, PagePlan, SyncPager, numbered_plan, to_page
from .._polling import (
    DEFAULT_MAX_POLL_INTERVAL,
    DEFAULT_POLL_INTERVAL,
    DEFAULT_WAIT_TIMEOUT,
    Waiter,
    wait_async,
    wait_sync,
)
from .._retry import RetryKind
from .._uploads import FileInput, ProgressCallback, open_upload
from .._validation import (
    check_bool,
    check_enum,
    check_id,
    check_int,
    check_str,
    exactly_one,
    json_text,
)
from ._common import AsyncResource, SyncResource, page_limit_or_unset

TaskStatusFilter = Literal["validating", "pending", "queued", "indexing", "ready", "failed"]
OnUpdate = Callable[[Task], None]


def create_op(
    index_id: str,
    video_file: FileInput | None,
    video_url: str | None,
    enable_video_stream: bool | None,
    user_metadata: Mapping[str, Any] | str | None,
    on_progress: ProgressCallback | None,
) -> Operation[Task]:
    index_id = check_id("index_id", index_id)
    exactly_one({"video_file": video_file, "video_url": video_url})
    body = CreateTaskBody(
        index_id=index_id,
        video_url=UNSET if video_url is None else check_str("video_url", video_url),
        enable_video_stream=UNSET
        if enable_video_stream is None
        else check_bool("enable_video_stream", enable_video_stream),
        user_metadata=UNSET if user_metadata is None else json_text("user_metadata", user_metadata),
    )
    uploads = []
    if video_file is not None:
        upload = open_upload("video_file", video_file, on_progress)
        body.video_file = upload.as_file()
        uploads.append(upload)
    return Operation(
        "createTask", create_task._get_kwargs(body=body), created(Task), RetryKind.CREATE, uploads
    )


def list_plan(
    index_id: str | None, status: str | None, page: int | None, page_limit: int | None
) -> PagePlan[Task]:
    index = UNSET if index_id is None else check_id("index_id", index_id)
    state = UNSET if status is None else check_enum("status", status, ListTasksStatus)
    limit = page_limit_or_unset(page_limit)
    start = 1 if page is None else check_int("page", page, minimum=1)

    def build(n: int) -> Operation[Page[Task]]:
        kwargs = list_tasks._get_kwargs(index_id=index, status=state, page=n, page_limit=limit)
        parse = model(ListTasksResponse200)
        return Operation("listTasks", kwargs, lambda r: to_page(parse(r), n))

    return numbered_plan(build, start, page_limit)


def retrieve_op(task_id: str) -> Operation[Task]:
    return Operation(
        "retrieveTask", retrieve_task._get_kwargs(check_id("task_id", task_id)), model(Task)
    )


def delete_op(task_id: str) -> Operation[None]:
    return Operation(
        "deleteTask", delete_task._get_kwargs(check_id("task_id", task_id)), no_content
    )


def waiter(
    timeout: float | None,
    poll_interval: float,
    max_poll_interval: float,
    on_update: Callable[[Any], None] | None,
) -> Waiter:
    return Waiter(
        timeout=timeout,
        poll_interval=poll_interval,
        max_poll_interval=max_poll_interval,
        on_update=on_update,
    )


class Tasks(SyncResource):
    """`client.tasks`: upload videos into an index and follow their indexing."""

    def create(
        self,
        index_id: str,
        *,
        video_file: FileInput | None = None,
        video_url: str | None = None,
        enable_video_stream: bool | None = None,
        user_metadata: Mapping[str, Any] | str | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Task:
        """Start indexing a video given as `video_file` (path, binary file or bytes,
        streamed from disk) or `video_url`; returns the new task (`.id`, `.status`).

        `user_metadata` may be a dict (sent as JSON) or a JSON string;
        `on_progress(bytes_sent, total)` follows the upload.

        `index_id`: the index's id.
        `enable_video_stream`: ask the API to keep an HLS stream of the video.
        Request options, for this call only: `timeout`, `max_retries`, `total_timeout`,
            `extra_headers`, `extra_query`, `extra_body` (see the README's Per-call
            options).
        """
        op = create_op(
            index_id, video_file, video_url, enable_video_stream, user_metadata, on_progress
        )
        return self._client._execute(
            (op).using(
                request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body, total_timeout
                )
            )
        )

    def list(
        self,
        index_id: str | None = None,
        *,
        status: TaskStatusFilter | None = None,
        page: int | None = None,
        page_limit: int | None = None,
        limit: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> SyncPager[Task]:
        """A lazy pager over indexing tasks, optionally of one index or status.

        `index_id`: the index's id.
        `page`: the page to start from (1 when None).
        `page_limit`: items per page, 1 to 50 (the API's default, 10, when None).
        `limit`: stop after this many items (None: every item).
        Request options, for every page request: `timeout`, `max_retries`, `total_timeout`,
            `extra_headers`, `extra_query`, `extra_body` (see the README's Per-call
            options).
        """
        return SyncPager(
            self._client,
            list_plan(index_id, status, page, page_limit),
            limit=limit,
            options=request_options(
                timeout, max_retries, extra_headers, extra_query, extra_body, total_timeout
            ),
        )

    def retrieve(
        self,
        task_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Task:
        """The task's current state.

        `task_id`: the task's id.
        Request options, for this call only: `timeout`, `max_retries`, `total_timeout`,
            `extra_headers`, `extra_query`, `extra_body` (see the README's Per-call
            options).
        """
        return self._client._execute(
            (retrieve_op(task_id)).using(
                request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body, total_timeout
                )
            )
        )

    def delete(
        self,
        task_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> None:
        """Delete the task.

        `task_id`: the task's id.
        Request options, for this call only: `timeout`, `max_retries`, `total_timeout`,
            `extra_headers`, `extra_query`, `extra_body` (see the README's Per-call
            options).
        """
        return self._client._execute(
            (delete_op(task_id)).using(
                request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body, total_timeout
                )
            )
        )

    def wait(
        self,
        task_id: str,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_update: OnUpdate | None = None,
        max_retries: int | NotGiven = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Task:
        """Poll until the task is `ready` and return it.

        Raises TaskFailedError (with `.task`) if it fails and WaitTimeoutError
        (with the last `.task` seen) after `timeout` seconds (None: no limit).
        `on_update(task)` sees the first task and every status change. Each
        poll is an ordinary call, retried by the client's rules; `max_retries`,
        `total_timeout` (per poll) and the `extra_*` options apply to every poll.

        `task_id`: the task's id.
        `poll_interval`: seconds before the second poll; each gap grows by half.
        `max_poll_interval`: the longest gap between polls, in seconds.
        Request options, for every poll: `max_retries`, `total_timeout`, `extra_headers`,
            `extra_query`, `extra_body` (see the README's Per-call options).
        """
        poll = retrieve_op(task_id)  # checks the id before anything is sent
        wait = waiter(timeout, poll_interval, max_poll_interval, on_update)
        response = wait_sync(
            self._client,
            poll,
            wait,
            request_options(
                NOT_GIVEN, max_retries, extra_headers, extra_query, extra_body, total_timeout
            ),
        )
        return self._client._result(response)

    def create_and_wait(
        self,
        index_id: str,
        *,
        video_file: FileInput | None = None,
        video_url: str | None = None,
        enable_video_stream: bool | None = None,
        user_metadata: Mapping[str, Any] | str | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_update: OnUpdate | None = None,
        max_retries: int | NotGiven = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Task:
        """`create(...)` then `wait(...)`: upload, index, and return the ready task.

        `timeout` bounds the wait; the other request options apply to the upload
        and to every poll.

        `index_id`: the index's id.
        `video_file`: the video as a path, a binary file or bytes (streamed from disk).
        `video_url`: a public URL of the video, instead of `video_file`.
        `enable_video_stream`: ask the API to keep an HLS stream of the video.
        `user_metadata`: user metadata: a dict (sent as JSON) or a JSON string.
        `on_progress`: `on_progress(bytes_sent, total)`, called as the upload proceeds.
        `poll_interval`: seconds before the second poll; each gap grows by half.
        `max_poll_interval`: the longest gap between polls, in seconds.
        `on_update`: `on_update(task)`, called with the first task and every status change.
        Request options, for the upload and every poll: `max_retries`, `total_timeout`, `extra_headers`,
            `extra_query`, `extra_body` (see the README's Per-call options).
        """
        options = request_options(
            NOT_GIVEN, max_retries, extra_headers, extra_query, extra_body, total_timeout
        )
        wait = waiter(timeout, poll_interval, max_poll_interval, on_update)
        op = create_op(
            index_id, video_file, video_url, enable_video_stream, user_metadata, on_progress
        )
        created = self._client._request(op.using(options))
        task = created.parse()
        if wait.observe(task):
            return self._client._result(created)
        poll = retrieve_op(str(task.id))
        response = wait_sync(self._client, poll, wait, options)
        return self._client._result(response)


class AsyncTasks(AsyncResource):
    """`client.tasks` of the async client."""

    async def create(
        self,
        index_id: str,
        *,
        video_file: FileInput | None = None,
        video_url: str | None = None,
        enable_video_stream: bool | None = None,
        user_metadata: Mapping[str, Any] | str | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Task:
        """Start indexing a video given as `video_file` (path, binary file or bytes,
        streamed from disk) or `video_url`; returns the new task (`.id`, `.status`).

        `user_metadata` may be a dict (sent as JSON) or a JSON string;
        `on_progress(bytes_sent, total)` follows the upload.

        `index_id`: the index's id.
        `enable_video_stream`: ask the API to keep an HLS stream of the video.
        Request options, for this call only: `timeout`, `max_retries`, `total_timeout`,
            `extra_headers`, `extra_query`, `extra_body` (see the README's Per-call
            options).
        """
        op = create_op(
            index_id, video_file, video_url, enable_video_stream, user_metadata, on_progress
        )
        return await self._client._execute(
            (op).using(
                request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body, total_timeout
                )
            )
        )

    def list(
        self,
        index_id: str | None = None,
        *,
        status: TaskStatusFilter | None = None,
        page: int | None = None,
        page_limit: int | None = None,
        limit: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AsyncPager[Task]:
        """A lazy pager over indexing tasks, optionally of one index or status.

        `index_id`: the index's id.
        `page`: the page to start from (1 when None).
        `page_limit`: items per page, 1 to 50 (the API's default, 10, when None).
        `limit`: stop after this many items (None: every item).
        Request options, for every page request: `timeout`, `max_retries`, `total_timeout`,
            `extra_headers`, `extra_query`, `extra_body` (see the README's Per-call
            options).
        """
        return AsyncPager(
            self._client,
            list_plan(index_id, status, page, page_limit),
            limit=limit,
            options=request_options(
                timeout, max_retries, extra_headers, extra_query, extra_body, total_timeout
            ),
        )

    async def retrieve(
        self,
        task_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Task:
        """The task's current state.

        `task_id`: the task's id.
        Request options, for this call only: `timeout`, `max_retries`, `total_timeout`,
            `extra_headers`, `extra_query`, `extra_body` (see the README's Per-call
            options).
        """
        return await self._client._execute(
            (retrieve_op(task_id)).using(
                request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body, total_timeout
                )
            )
        )

    async def delete(
        self,
        task_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> None:
        """Delete the task.

        `task_id`: the task's id.
        Request options, for this call only: `timeout`, `max_retries`, `total_timeout`,
            `extra_headers`, `extra_query`, `extra_body` (see the README's Per-call
            options).
        """
        return await self._client._execute(
            (delete_op(task_id)).using(
                request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body, total_timeout
                )
            )
        )

    async def wait(
        self,
        task_id: str,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_update: OnUpdate | None = None,
        max_retries: int | NotGiven = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Task:
        """Poll until the task is `ready` and return it.

        Raises TaskFailedError (with `.task`) if it fails and WaitTimeoutError
        (with the last `.task` seen) after `timeout` seconds (None: no limit).
        `on_update(task)` sees the first task and every status change. Each
        poll is an ordinary call, retried by the client's rules; `max_retries`,
        `total_timeout` (per poll) and the `extra_*` options apply to every poll.

        `task_id`: the task's id.
        `poll_interval`: seconds before the second poll; each gap grows by half.
        `max_poll_interval`: the longest gap between polls, in seconds.
        Request options, for every poll: `max_retries`, `total_timeout`, `extra_headers`,
            `extra_query`, `extra_body` (see the README's Per-call options).
        """
        poll = retrieve_op(task_id)  # checks the id before anything is sent
        wait = waiter(timeout, poll_interval, max_poll_interval, on_update)
        response = await wait_async(
            self._client,
            poll,
            wait,
            request_options(
                NOT_GIVEN, max_retries, extra_headers, extra_query, extra_body, total_timeout
            ),
        )
        return self._client._result(response)

    async def create_and_wait(
        self,
        index_id: str,
        *,
        video_file: FileInput | None = None,
        video_url: str | None = None,
        enable_video_stream: bool | None = None,
        user_metadata: Mapping[str, Any] | str | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_update: OnUpdate | None = None,
        max_retries: int | NotGiven = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Task:
        """`create(...)` then `wait(...)`: upload, index, and return the ready task.

        `timeout` bounds the wait; the other request options apply to the upload
        and to every poll.

        `index_id`: the index's id.
        `video_file`: the video as a path, a binary file or bytes (streamed from disk).
        `video_url`: a public URL of the video, instead of `video_file`.
        `enable_video_stream`: ask the API to keep an HLS stream of the video.
        `user_metadata`: user metadata: a dict (sent as JSON) or a JSON string.
        `on_progress`: `on_progress(bytes_sent, total)`, called as the upload proceeds.
        `poll_interval`: seconds before the second poll; each gap grows by half.
        `max_poll_interval`: the longest gap between polls, in seconds.
        `on_update`: `on_update(task)`, called with the first task and every status change.
        Request options, for the upload and every poll: `max_retries`, `total_timeout`, `extra_headers`,
            `extra_query`, `extra_body` (see the README's Per-call options).
        """
        options = request_options(
            NOT_GIVEN, max_retries, extra_headers, extra_query, extra_body, total_timeout
        )
        wait = waiter(timeout, poll_interval, max_poll_interval, on_update)
        op = create_op(
            index_id, video_file, video_url, enable_video_stream, user_metadata, on_progress
        )
        created = await self._client._request(op.using(options))
        task = await created.parse()
        if wait.observe(task):
            return self._client._result(created)
        poll = retrieve_op(str(task.id))
        response = await wait_async(self._client, poll, wait, options)
        return self._client._result(response)
