"""Embeddings: createEmbeddings (sync), and embedding tasks for long media
(createEmbeddingTask, listEmbeddingTasks, retrieveEmbeddingTask, waiting)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cached_property
from typing import Literal

from twelvelabs_api.api.embed import (
    create_embedding_task,
    create_embeddings,
    list_embedding_tasks,
    retrieve_embedding_task,
)
from twelvelabs_api.models.create_embedding_task_body import CreateEmbeddingTaskBody
from twelvelabs_api.models.create_embedding_task_body_video_embedding_scopes_item import (
    CreateEmbeddingTaskBodyVideoEmbeddingScopesItem,
)
from twelvelabs_api.models.create_embedding_task_response_201 import CreateEmbeddingTaskResponse201
from twelvelabs_api.models.create_embeddings_body import CreateEmbeddingsBody
from twelvelabs_api.models.embedding_response import EmbeddingResponse
from twelvelabs_api.models.embedding_task import EmbeddingTask
from twelvelabs_api.models.list_embedding_tasks_response_200 import ListEmbeddingTasksResponse200
from twelvelabs_api.types import UNSET

from .._errors import InvalidParameterError
from .._operation import Operation, created, model
from .._options import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout, request_options
from .._pagination import AsyncPager, Page, PagePlan, SyncPager, numbered_plan, to_page
from .._polling import (
    DEFAULT_MAX_POLL_INTERVAL,
    DEFAULT_POLL_INTERVAL,
    DEFAULT_WAIT_TIMEOUT,
    wait_async,
    wait_sync,
)
from .._retry import RetryKind
from .._uploads import FileInput, ProgressCallback, Upload, open_upload
from .._validation import at_most_one, check_enum_list, check_id, check_int, check_str, exactly_one
from ._common import AsyncResource, SyncResource, page_limit_or_unset
from ._tasks import waiter

EmbeddingScope = Literal["clip", "video"]
OnUpdate = Callable[[EmbeddingTask], None]


def create_op(
    model_name: str,
    text: str | None,
    media: dict[str, tuple[str | None, FileInput | None]],
    on_progress: ProgressCallback | None,
) -> Operation[EmbeddingResponse]:
    given = [kind for kind, (url, file) in media.items() if url is not None or file is not None]
    if text is None and not given:
        raise InvalidParameterError(
            "text",
            "given, or one of image_url/image_file, audio_url/audio_file, video_url/video_file",
            show_value=False,
        )
    body = CreateEmbeddingsBody(
        model_name=check_str("model_name", model_name),
        text=UNSET if text is None else check_str("text", text),
    )
    uploads: list[Upload] = []
    for kind, (url, file) in media.items():
        at_most_one({f"{kind}_url": url, f"{kind}_file": file})
        if url is not None:
            setattr(body, f"{kind}_url", check_str(f"{kind}_url", url))
        if file is not None:
            upload = open_upload(f"{kind}_file", file, on_progress)
            setattr(body, f"{kind}_file", upload.as_file())
            uploads.append(upload)
    return Operation(
        "createEmbeddings",
        create_embeddings._get_kwargs(body=body),
        model(EmbeddingResponse),
        uploads=uploads,
    )


def task_create_op(
    model_name: str,
    video_url: str | None,
    video_file: FileInput | None,
    video_embedding_scopes: Sequence[str] | None,
    on_progress: ProgressCallback | None,
) -> Operation[CreateEmbeddingTaskResponse201]:
    exactly_one({"video_file": video_file, "video_url": video_url})
    body = CreateEmbeddingTaskBody(
        model_name=check_str("model_name", model_name),
        video_url=UNSET if video_url is None else check_str("video_url", video_url),
        video_embedding_scopes=UNSET
        if video_embedding_scopes is None
        else check_enum_list(
            "video_embedding_scopes",
            video_embedding_scopes,
            CreateEmbeddingTaskBodyVideoEmbeddingScopesItem,
        ),
    )
    uploads = []
    if video_file is not None:
        upload = open_upload("video_file", video_file, on_progress)
        body.video_file = upload.as_file()
        uploads.append(upload)
    kwargs = create_embedding_task._get_kwargs(body=body)
    return Operation(
        "createEmbeddingTask",
        kwargs,
        created(CreateEmbeddingTaskResponse201),
        RetryKind.CREATE,
        uploads,
    )


def task_list_plan(page: int | None, page_limit: int | None) -> PagePlan[EmbeddingTask]:
    limit = page_limit_or_unset(page_limit)
    start = 1 if page is None else check_int("page", page, minimum=1)

    def build(n: int) -> Operation[Page[EmbeddingTask]]:
        parse = model(ListEmbeddingTasksResponse200)
        kwargs = list_embedding_tasks._get_kwargs(page=n, page_limit=limit)
        return Operation("listEmbeddingTasks", kwargs, lambda r: to_page(parse(r), n))

    return numbered_plan(build, start, page_limit)


def task_retrieve_op(task_id: str) -> Operation[EmbeddingTask]:
    kwargs = retrieve_embedding_task._get_kwargs(check_id("task_id", task_id))
    return Operation("retrieveEmbeddingTask", kwargs, model(EmbeddingTask))


def _media(
    image_url: str | None,
    image_file: FileInput | None,
    audio_url: str | None,
    audio_file: FileInput | None,
    video_url: str | None,
    video_file: FileInput | None,
) -> dict[str, tuple[str | None, FileInput | None]]:
    return {
        "image": (image_url, image_file),
        "audio": (audio_url, audio_file),
        "video": (video_url, video_file),
    }


class EmbeddingTasks(SyncResource):
    """`client.embed.tasks`: embeddings of long audio and video, computed asynchronously."""

    def create(
        self,
        *,
        model_name: str,
        video_url: str | None = None,
        video_file: FileInput | None = None,
        video_embedding_scopes: Sequence[EmbeddingScope] | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CreateEmbeddingTaskResponse201:
        """Start an embedding task; returns an object whose `.id` is the task's id.

        `model_name`: the embedding model, e.g. "marengo3.0".
        `video_url`: a public URL of the video, instead of `video_file`.
        `video_file`: the video as a path, a binary file or bytes (streamed from disk).
        `video_embedding_scopes`: "clip" and/or "video": which embeddings to compute.
        `on_progress`: `on_progress(bytes_sent, total)`, called as the upload proceeds.
        Request options, for this call only: `timeout`, `max_retries`, `total_timeout`,
            `extra_headers`, `extra_query`, `extra_body` (see the README's Per-call
            options).
        """
        return self._client._execute(
            (
                task_create_op(
                    model_name, video_url, video_file, video_embedding_scopes, on_progress
                )
            ).using(
                request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body, total_timeout
                )
            )
        )

    def list(
        self,
        *,
        page: int | None = None,
        page_limit: int | None = None,
        limit: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> SyncPager[EmbeddingTask]:
        """A lazy pager over embedding tasks.

        `page`: the page to start from (1 when None).
        `page_limit`: items per page, 1 to 50 (the API's default, 10, when None).
        `limit`: stop after this many items (None: every item).
        Request options, for every page request: `timeout`, `max_retries`, `total_timeout`,
            `extra_headers`, `extra_query`, `extra_body` (see the README's Per-call
            options).
        """
        return SyncPager(
            self._client,
            task_list_plan(page, page_limit),
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
    ) -> EmbeddingTask:
        """The task's status and, once ready, its `video_embedding`.

        `task_id`: the task's id.
        Request options, for this call only: `timeout`, `max_retries`, `total_timeout`,
            `extra_headers`, `extra_query`, `extra_body` (see the README's Per-call
            options).
        """
        return self._client._execute(
            (task_retrieve_op(task_id)).using(
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
    ) -> EmbeddingTask:
        """Poll until the task is `ready` and return it (TaskFailedError, WaitTimeoutError).

        Each poll is an ordinary call, retried by the client's rules; `max_retries`,
        `total_timeout` (per poll) and the `extra_*` options apply to every poll.

        `task_id`: the task's id.
        `timeout`: seconds for the whole wait (None: no limit); each poll's request timeout
            is cut to the time left.
        `poll_interval`: seconds before the second poll; each gap grows by half.
        `max_poll_interval`: the longest gap between polls, in seconds.
        `on_update`: `on_update(task)`, called with the first task and every status change.
        Request options, for every poll: `max_retries`, `total_timeout`, `extra_headers`,
            `extra_query`, `extra_body` (see the README's Per-call options).
        """
        poll = task_retrieve_op(task_id)  # checks the id before anything is sent
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


class Embed(SyncResource):
    """`client.embed`: multimodal embeddings in one vector space."""

    def create(
        self,
        *,
        model_name: str,
        text: str | None = None,
        image_url: str | None = None,
        image_file: FileInput | None = None,
        audio_url: str | None = None,
        audio_file: FileInput | None = None,
        video_url: str | None = None,
        video_file: FileInput | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> EmbeddingResponse:
        """Embed text and/or one image, audio or short video (a URL or a file each).

        `model_name`: the embedding model, e.g. "marengo3.0".
        `image_url`: a public URL of an image to embed.
        `image_file`: an image to embed, as a path, a binary file or bytes.
        `audio_url`: a public URL of audio to embed.
        `audio_file`: audio to embed, as a path, a binary file or bytes.
        `video_url`: a public URL of the video, instead of `video_file`.
        `video_file`: the video as a path, a binary file or bytes (streamed from disk).
        `on_progress`: `on_progress(bytes_sent, total)`, called as the upload proceeds.
        Request options, for this call only: `timeout`, `max_retries`, `total_timeout`,
            `extra_headers`, `extra_query`, `extra_body` (see the README's Per-call
            options).
        """
        media = _media(image_url, image_file, audio_url, audio_file, video_url, video_file)
        return self._client._execute(
            (create_op(model_name, text, media, on_progress)).using(
                request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body, total_timeout
                )
            )
        )

    @cached_property
    def tasks(self) -> EmbeddingTasks:
        """Embedding tasks for long media."""
        return EmbeddingTasks(self._client)


class AsyncEmbeddingTasks(AsyncResource):
    """`client.embed.tasks` of the async client."""

    async def create(
        self,
        *,
        model_name: str,
        video_url: str | None = None,
        video_file: FileInput | None = None,
        video_embedding_scopes: Sequence[EmbeddingScope] | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CreateEmbeddingTaskResponse201:
        """Start an embedding task; returns an object whose `.id` is the task's id.

        `model_name`: the embedding model, e.g. "marengo3.0".
        `video_url`: a public URL of the video, instead of `video_file`.
        `video_file`: the video as a path, a binary file or bytes (streamed from disk).
        `video_embedding_scopes`: "clip" and/or "video": which embeddings to compute.
        `on_progress`: `on_progress(bytes_sent, total)`, called as the upload proceeds.
        Request options, for this call only: `timeout`, `max_retries`, `total_timeout`,
            `extra_headers`, `extra_query`, `extra_body` (see the README's Per-call
            options).
        """
        return await self._client._execute(
            (
                task_create_op(
                    model_name, video_url, video_file, video_embedding_scopes, on_progress
                )
            ).using(
                request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body, total_timeout
                )
            )
        )

    def list(
        self,
        *,
        page: int | None = None,
        page_limit: int | None = None,
        limit: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AsyncPager[EmbeddingTask]:
        """A lazy pager over embedding tasks.

        `page`: the page to start from (1 when None).
        `page_limit`: items per page, 1 to 50 (the API's default, 10, when None).
        `limit`: stop after this many items (None: every item).
        Request options, for every page request: `timeout`, `max_retries`, `total_timeout`,
            `extra_headers`, `extra_query`, `extra_body` (see the README's Per-call
            options).
        """
        return AsyncPager(
            self._client,
            task_list_plan(page, page_limit),
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
    ) -> EmbeddingTask:
        """The task's status and, once ready, its `video_embedding`.

        `task_id`: the task's id.
        Request options, for this call only: `timeout`, `max_retries`, `total_timeout`,
            `extra_headers`, `extra_query`, `extra_body` (see the README's Per-call
            options).
        """
        return await self._client._execute(
            (task_retrieve_op(task_id)).using(
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
    ) -> EmbeddingTask:
        """Poll until the task is `ready` and return it (TaskFailedError, WaitTimeoutError).

        Each poll is an ordinary call, retried by the client's rules; `max_retries`,
        `total_timeout` (per poll) and the `extra_*` options apply to every poll.

        `task_id`: the task's id.
        `timeout`: seconds for the whole wait (None: no limit); each poll's request timeout
            is cut to the time left.
        `poll_interval`: seconds before the second poll; each gap grows by half.
        `max_poll_interval`: the longest gap between polls, in seconds.
        `on_update`: `on_update(task)`, called with the first task and every status change.
        Request options, for every poll: `max_retries`, `total_timeout`, `extra_headers`,
            `extra_query`, `extra_body` (see the README's Per-call options).
        """
        poll = task_retrieve_op(task_id)  # checks the id before anything is sent
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


class AsyncEmbed(AsyncResource):
    """`client.embed` of the async client."""

    async def create(
        self,
        *,
        model_name: str,
        text: str | None = None,
        image_url: str | None = None,
        image_file: FileInput | None = None,
        audio_url: str | None = None,
        audio_file: FileInput | None = None,
        video_url: str | None = None,
        video_file: FileInput | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> EmbeddingResponse:
        """Embed text and/or one image, audio or short video (a URL or a file each).

        `model_name`: the embedding model, e.g. "marengo3.0".
        `image_url`: a public URL of an image to embed.
        `image_file`: an image to embed, as a path, a binary file or bytes.
        `audio_url`: a public URL of audio to embed.
        `audio_file`: audio to embed, as a path, a binary file or bytes.
        `video_url`: a public URL of the video, instead of `video_file`.
        `video_file`: the video as a path, a binary file or bytes (streamed from disk).
        `on_progress`: `on_progress(bytes_sent, total)`, called as the upload proceeds.
        Request options, for this call only: `timeout`, `max_retries`, `total_timeout`,
            `extra_headers`, `extra_query`, `extra_body` (see the README's Per-call
            options).
        """
        media = _media(image_url, image_file, audio_url, audio_file, video_url, video_file)
        return await self._client._execute(
            (create_op(model_name, text, media, on_progress)).using(
                request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body, total_timeout
                )
            )
        )

    @cached_property
    def tasks(self) -> AsyncEmbeddingTasks:
        """Embedding tasks for long media."""
        return AsyncEmbeddingTasks(self._client)
