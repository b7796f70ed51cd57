"""The commands. Each talks to the API through `TwelveLabs` (key and base URL
from TWELVELABS_API_KEY / TWELVELABS_BASE_URL), prints JSON with `--json` and
a table otherwise; an error is one line on stderr and a non-zero exit status,
with the traceback only under `--debug`."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import click

from .._client import TwelveLabs
from .._errors import TwelveLabsError
from . import _output as out

VIDEO_SUFFIXES = frozenset(
    {".mp4", ".mov", ".m4v", ".mkv", ".webm", ".avi", ".wmv", ".flv", ".mpg", ".mpeg", ".ts",
     ".mts", ".m2ts", ".3gp", ".ogv"}
)  # fmt: skip
FAILED = 1
USAGE = 2

json_option = click.option(
    "--json", "as_json", is_flag=True, help="Print JSON (lines) for scripts."
)


class _Group(click.Group):
    """Turns the SDK's errors (and any other) into one line and exit status 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as exc:
            if ctx.meta.get("twelvelabs.debug"):
                raise
            name = "" if isinstance(exc, TwelveLabsError) else f"{type(exc).__name__}: "
            raise click.ClickException(f"{name}{exc}") from None


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Show tracebacks and log requests.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """TwelveLabs API from the command line.

    The API key is read from TWELVELABS_API_KEY; TWELVELABS_BASE_URL overrides
    the API's address.
    """
    ctx.meta["twelvelabs.debug"] = debug
    if debug:
        logging.basicConfig(level=logging.DEBUG, format="%(name)s: %(message)s")


def _client(ctx: click.Context) -> TwelveLabs:
    client = TwelveLabs()
    ctx.call_on_close(client.close)
    return client


# -- upload -----------------------------------------------------------------
def _walk(paths: Sequence[str]) -> Iterator[str]:
    """URLs and files as given; directories walked (sorted) for video files."""
    for given in paths:
        if given.startswith(("http://", "https://")):
            yield given
            continue
        path = Path(given)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    if Path(name).suffix.lower() in VIDEO_SUFFIXES:
                        yield os.path.join(root, name)
        elif path.is_file():
            yield given
        else:
            raise click.BadParameter(f"no such file or directory: {given}", param_hint="PATH")


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--index-id", required=True, help="The index to upload into.")
@click.option(
    "--ledger",
    type=click.Path(dir_okay=False),
    help="Ledger file (default: twelvelabs-<index id>.ledger here); rerun to resume.",
)
@click.option("--concurrency", type=click.IntRange(1, 256), default=8, show_default=True)
@click.option("--rpm", type=click.FloatRange(min=0.001), help="Max creates per minute.")
@click.option("--no-wait", is_flag=True, help="Stop once uploaded; do not wait for indexing.")
@click.option("--poll-interval", type=click.FloatRange(min=0.01), default=5.0, hidden=True)
@json_option
@click.pass_context
def upload(
    ctx: click.Context,
    paths: tuple[str, ...],
    index_id: str,
    ledger: str | None,
    concurrency: int,
    rpm: float | None,
    no_wait: bool,
    poll_interval: float,
    as_json: bool,
) -> None:
    """Upload videos (files, directories, URLs) into an index, resumably.

    Exit status 0 only when every item is indexed (with --no-wait: accepted).
    """
    # Walked twice, to count and then to upload, rather than holding every path.
    total = sum(1 for _ in _walk(paths))
    client = _client(ctx)
    progress_cm: contextlib.AbstractContextManager[Any]
    if sys.stderr.isatty() and not as_json:
        progress_cm = _rich_progress(total)
    else:
        progress_cm = contextlib.nullcontext(out.PlainProgress())
    with progress_cm as on_progress:
        report = client.bulk.index(
            _walk(paths),
            index_id=index_id,
            total=total,
            concurrency=concurrency,
            rpm=rpm,
            ledger=ledger or f"twelvelabs-{index_id}.ledger",
            wait=not no_wait,
            poll_interval=poll_interval,
            on_progress=on_progress,
        )
    if as_json:
        for line in report.to_jsonl():
            sys.stdout.write(line + "\n")
    else:
        out.print_report(report)
    if not report.ok:
        ctx.exit(FAILED)


@contextlib.contextmanager
def _rich_progress(total: int) -> Iterator[Any]:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    columns = (
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=Console(stderr=True)) as bar:
        task = bar.add_task("uploading", total=total)

        def update(p: Any) -> None:
            bar.update(
                task,
                completed=p.done,
                description=f"{p.in_flight} in flight, {p.failed} failed, {p.throughput:.1f}/s",
            )

        yield update


# -- indexes ----------------------------------------------------------------
@cli.group()
def indexes() -> None:
    """List, create and delete indexes."""


@indexes.command("list")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many.")
@json_option
@click.pass_context
def indexes_list(ctx: click.Context, limit: int | None, as_json: bool) -> None:
    """List indexes, newest first."""
    found = _client(ctx).indexes.list(limit=limit)
    if as_json:
        out.print_json_lines(found)
        return
    out.print_table(
        "Indexes",
        ("id", "name", "videos", "created"),
        ((i.id, i.index_name, i.video_count, i.created_at) for i in found),
    )


@indexes.command("create")
@click.argument("name")
@click.option(
    "--model",
    "models",
    multiple=True,
    default=("marengo3.0",),
    show_default=True,
    help="Model name (repeatable).",
)
@click.option(
    "--option",
    "options",
    multiple=True,
    default=("visual", "audio"),
    show_default=True,
    help="Model option (repeatable).",
)
@json_option
@click.pass_context
def indexes_create(
    ctx: click.Context,
    name: str,
    models: tuple[str, ...],
    options: tuple[str, ...],
    as_json: bool,
) -> None:
    """Create an index NAME."""
    configs = [{"model_name": m, "model_options": list(options)} for m in models]
    created = _client(ctx).indexes.create(name, models=configs)
    if as_json:
        out.print_json_lines([created])
    else:
        click.echo(f"created index {created.id}")


@indexes.command("delete")
@click.argument("index_id")
@json_option
@click.pass_context
def indexes_delete(ctx: click.Context, index_id: str, as_json: bool) -> None:
    """Delete index INDEX_ID and its videos."""
    _client(ctx).indexes.delete(index_id)
    if as_json:
        out.print_json_lines([{"deleted": index_id}])
    else:
        click.echo(f"deleted index {index_id}")


# -- videos and tasks ---------------------------------------------------------
@cli.group()
def videos() -> None:
    """List the videos of an index."""


@videos.command("list")
@click.argument("index_id")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many.")
@json_option
@click.pass_context
def videos_list(ctx: click.Context, index_id: str, limit: int | None, as_json: bool) -> None:
    """List the videos of INDEX_ID."""
    found = _client(ctx).videos.list(index_id, limit=limit)
    if as_json:
        out.print_json_lines(found)
        return
    out.print_table(
        "Videos",
        ("id", "filename", "duration", "created"),
        (
            (
                v.id,
                getattr(v.system_metadata, "filename", None),
                getattr(v.system_metadata, "duration", None),
                v.created_at,
            )
            for v in found
        ),
    )


@cli.group()
def tasks() -> None:
    """List indexing tasks, or wait for one."""


@tasks.command("list")
@click.option("--index-id", help="Only this index's tasks.")
@click.option(
    "--status",
    type=click.Choice(["validating", "pending", "queued", "indexing", "ready", "failed"]),
)
@click.option("--limit", type=click.IntRange(min=1), help="At most this many.")
@json_option
@click.pass_context
def tasks_list(
    ctx: click.Context, index_id: str | None, status: Any, limit: int | None, as_json: bool
) -> None:
    """List indexing tasks, newest first."""
    found = _client(ctx).tasks.list(index_id=index_id, status=status, limit=limit)
    if as_json:
        out.print_json_lines(found)
        return
    out.print_table(
        "Tasks",
        ("id", "status", "video", "filename"),
        ((t.id, t.status, t.video_id, getattr(t.system_metadata, "filename", None)) for t in found),
    )


@tasks.command("wait")
@click.argument("task_id")
@click.option("--timeout", type=click.FloatRange(min=0), default=3600, show_default=True)
@json_option
@click.pass_context
def tasks_wait(ctx: click.Context, task_id: str, timeout: float, as_json: bool) -> None:
    """Wait until TASK_ID is ready (exit 1 if it fails or times out)."""
    task = _client(ctx).tasks.wait(task_id, timeout=timeout)
    if as_json:
        out.print_json_lines([task])
    else:
        click.echo(f"task {task.id} ready: video {task.video_id}")


# -- search, analyze, embed ---------------------------------------------------
@cli.command()
@click.argument("index_id")
@click.argument("query")
@click.option(
    "--option",
    "options",
    multiple=True,
    default=("visual",),
    show_default=True,
    help="Search option (repeatable): visual, audio...",
)
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True)
@json_option
@click.pass_context
def search(
    ctx: click.Context,
    index_id: str,
    query: str,
    options: tuple[str, ...],
    limit: int,
    as_json: bool,
) -> None:
    """Search INDEX_ID for QUERY (text)."""
    pager = _client(ctx).search.query(
        index_id=index_id,
        search_options=list(options),  # type: ignore[arg-type]
        query_text=query,
    )
    clips = []
    for clip in pager:
        clips.append(clip)
        if len(clips) >= limit:
            break
    if as_json:
        out.print_json_lines(clips)
        return
    out.print_table(
        "Results",
        ("video", "start", "end", "score"),
        ((c.video_id, c.start, c.end, getattr(c, "score", None)) for c in clips),
    )


@cli.command()
@click.argument("video_id")
@click.argument("prompt")
@click.option("--stream", is_flag=True, help="Print the text as it arrives.")
@json_option
@click.pass_context
def analyze(ctx: click.Context, video_id: str, prompt: str, stream: bool, as_json: bool) -> None:
    """Ask PROMPT about VIDEO_ID."""
    client = _client(ctx)
    if stream:
        with client.analyze_stream(video_id, prompt) as events:
            if as_json:
                out.print_json_lines(events)
                return
            for piece in events.text_stream:
                click.echo(piece, nl=False)
        click.echo()
        return
    answer = client.analyze(video_id, prompt)
    if as_json:
        out.print_json_lines([answer])
    else:
        click.echo(answer.data)


@cli.command()
@click.option("--text", help="Text to embed.")
@click.option("--image-url", help="An image to embed, by URL.")
@click.option("--model", default="marengo3.0", show_default=True)
@json_option
@click.pass_context
def embed(
    ctx: click.Context, text: str | None, image_url: str | None, model: str, as_json: bool
) -> None:
    """Embed --text and/or --image-url; prints the vectors' sizes (all of it with --json)."""
    if text is None and image_url is None:
        raise click.UsageError("give --text and/or --image-url")
    result = _client(ctx).embed.create(model_name=model, text=text, image_url=image_url)
    data = out.to_json(result)
    if as_json:
        out.print_json_lines([data])
        return
    rows = []
    for kind, value in data.items():
        if isinstance(value, dict):
            for segment in value.get("segments", []):
                vector = segment.get("float") or []
                head = ", ".join(f"{x:.4f}" for x in vector[:4])
                rows.append((kind, len(vector), f"[{head}, ...]"))
    out.print_table("Embeddings", ("input", "dimension", "vector"), rows)


def run(argv: Sequence[str] | None) -> int:
    """Run the command line; returns the exit status."""
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="twelvelabs")
    except SystemExit as exit_:
        code = exit_.code
        return code if isinstance(code, int) else (0 if code is None else FAILED)
    return 0
