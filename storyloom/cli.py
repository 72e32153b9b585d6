"""The command line: `storyloom serve`, `storyloom worker`, `storyloom generate`, `storyloom migrate`,
`storyloom doctor`."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeElapsedColumn

from storyloom.errors import ClientFacingError, ConfigurationError
from storyloom.logs import configure_logging
from storyloom.pipeline.queues import QUEUE_NAMES
from storyloom.story.appearance import EYE_COLOURS, HAIR_COLOURS, HAIR_STYLES, OUTFIT_COLOURS, SKIN_TONES
from storyloom.story.params import AGE_GROUPS, DEFAULT_PAGES, GENRES, LANGUAGES, STYLES, StoryParams

if TYPE_CHECKING:
    from storyloom.runtime import Runtime

app = typer.Typer(
    help="Storyloom: personalised picture books made by AI.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
console = Console(stderr=True)


def fail(message: str, code: int = 1) -> NoReturn:
    console.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def _runtime() -> Runtime:
    from storyloom.startup import current_runtime

    try:
        runtime = current_runtime()
        runtime.check()
    except ConfigurationError as exc:
        fail(exc.message, 2)
    return runtime


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[bool, typer.Option(help="Run every queue's workers in this process.")] = True,
) -> None:
    """Run the web app (and, by default, every queue's workers) in this process."""
    import uvicorn

    from storyloom.web.app import create_app

    runtime = _runtime()
    configure_logging(runtime.settings.web.log_level)
    runtime.migrate()
    console.print(f"Storyloom is at [bold]http://{host}:{port}/stories/new[/]")
    uvicorn.run(create_app(runtime, run_workers=workers), host=host, port=port, log_level="warning")


@app.command()
def worker(
    queue: Annotated[
        list[str] | None, typer.Option(help=f"Queue(s) to serve: {', '.join(QUEUE_NAMES)}.")
    ] = None,
    workers: Annotated[int, typer.Option(min=1, max=64, help="Worker threads per queue.")] = 2,
) -> None:
    """Serve one or more queues in this process (scale-out), until interrupted."""
    from storyloom.pipeline.workers import run_worker

    queues = queue or list(QUEUE_NAMES)
    unknown = [q for q in queues if q not in QUEUE_NAMES]
    if unknown:
        fail(f"--queue: unknown queue {', '.join(unknown)}; choose from {', '.join(QUEUE_NAMES)}", 2)
    runtime = _runtime()
    configure_logging(runtime.settings.web.log_level)
    runtime.migrate()
    run_worker(runtime, queues, workers)


@app.command()
def migrate() -> None:
    """Bring the database to the newest schema."""
    runtime = _runtime()
    runtime.migrate()
    console.print("database is up to date")


@app.command()
def doctor() -> None:
    """Check every provider the settings use with its key (cheap calls only, never a paid generation):
    key accepted, model exists and its shutdown date, voice, quota. Exits 1 when one will not work."""
    from storyloom.config import load_settings
    from storyloom.providers.doctor import diagnose

    try:
        settings = load_settings()
    except ConfigurationError as exc:
        fail(exc.message, 2)
    report = diagnose(settings)
    for line in report.lines():
        typer.echo(line)
    for warning in report.warnings():
        console.print(f"[bold yellow]warning:[/] {warning}", highlight=False, soft_wrap=True)
    raise typer.Exit(0 if report.ok else 1)


def parse_character(value: str) -> dict[str, str]:
    """`Name:kind:traits:look` (kind, traits and look optional) as a CharacterSpec's fields."""
    parts = [part.strip() for part in value.split(":")]
    fields = dict(zip(("name", "kind", "traits", "look"), parts, strict=False))
    return {key: text for key, text in fields.items() if text or key == "name"}


@app.command()
def generate(
    name: Annotated[str, typer.Option("--name", help="The child's name.")],
    age: Annotated[str, typer.Option("--age", help=f"Age group: {', '.join(AGE_GROUPS)}.")],
    moral: Annotated[str, typer.Option("--moral", help="The moral lesson.")],
    genre: Annotated[str, typer.Option(help=f"Genre: {', '.join(GENRES)}.")] = "adventure",
    language: Annotated[str, typer.Option(help=f"Language: {', '.join(LANGUAGES)}.")] = "en",
    pages: Annotated[int, typer.Option(help="Number of story pages (8 to 32).")] = DEFAULT_PAGES,
    style: Annotated[str, typer.Option(help=f"Illustration style: {', '.join(STYLES)}.")] = "watercolour",
    dedication: Annotated[str, typer.Option(help="A dedication for the title page.")] = "",
    pronouns: Annotated[str, typer.Option(help="she/her, he/him or they/them.")] = "they/them",
    setting: Annotated[str, typer.Option(help="Where the story happens (optional).")] = "",
    character: Annotated[
        list[str] | None,
        typer.Option(help="A further character as Name:kind:traits:look (repeatable, up to 4)."),
    ] = None,
    seed: Annotated[int | None, typer.Option(help="Fix the built-in providers' choices.")] = None,
    skin: Annotated[str | None, typer.Option(help=f"The child's skin tone: {', '.join(SKIN_TONES)}.")] = None,
    hair_colour: Annotated[str | None, typer.Option(help=f"Hair colour: {', '.join(HAIR_COLOURS)}.")] = None,
    hair_style: Annotated[
        str | None, typer.Option(help=f"Hair style or head covering: {', '.join(HAIR_STYLES)}.")
    ] = None,
    eyes: Annotated[str | None, typer.Option(help=f"Eye colour: {', '.join(EYE_COLOURS)}.")] = None,
    glasses: Annotated[bool, typer.Option("--glasses", help="The child wears glasses.")] = False,
    freckles: Annotated[bool, typer.Option("--freckles", help="The child has freckles.")] = False,
    hearing_aid: Annotated[
        bool, typer.Option("--hearing-aid", help="The child wears a hearing aid.")
    ] = False,
    wheelchair: Annotated[bool, typer.Option("--wheelchair", help="The child uses a wheelchair.")] = False,
    outfit_colour: Annotated[
        str | None, typer.Option(help=f"Favourite outfit colour: {', '.join(OUTFIT_COLOURS)}.")
    ] = None,
    out: Annotated[Path, typer.Option(help="Folder to write the book into.")] = Path("book"),
    quiet: Annotated[bool, typer.Option(help="No progress bar.")] = False,
) -> None:
    """Make a whole book from the command line and write its files into --out.

    The book is made by this command's own workers on private queues: it makes this book only, and
    leaves alone whatever else is queued in DATA_DIR (the book is still kept in DATA_DIR's library).
    It prints when the book became readable and when each PDF was written."""
    raw = {
        "child_name": name, "age_group": age, "moral_lesson": moral, "genre": genre, "language": language,
        "page_count": pages, "illustration_style": style, "dedication": dedication, "pronouns": pronouns,
        "setting": setting, "characters": [parse_character(c) for c in character or []], "seed": seed,
    }  # fmt: skip
    look = {
        "skin": skin, "hair_colour": hair_colour, "hair_style": hair_style, "eyes": eyes,
        "glasses": glasses, "freckles": freckles, "hearing_aid": hearing_aid, "wheelchair": wheelchair,
        "outfit_colour": outfit_colour,
    }  # fmt: skip
    if any(look.values()):
        raw["appearance"] = {key: value for key, value in look.items() if value}
    try:
        params = StoryParams.model_validate(raw)
    except ValidationError as exc:
        problem = exc.errors()[0]
        field = ".".join(str(p) for p in problem["loc"]) or "input"
        if field.startswith("appearance."):
            field = "--" + field.removeprefix("appearance.").replace("_", "-")
        message = str(problem["msg"]).removeprefix("Value error, ")
        fail(message if message.startswith(field) else f"{field}: {message}", 2)
    if out.exists() and not out.is_dir():
        fail(f"--out: {out} exists and is not a folder", 2)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        fail(f"--out: cannot create {out}: {exc.strerror}", 2)
    runtime = _private_runtime()
    configure_logging(runtime.settings.web.log_level, quiet=True)
    from storyloom.pipeline.workers import start_render_processes

    start_render_processes(runtime)  # they import in the background while the database is migrated
    runtime.migrate()
    story_id = _make_book(runtime, params, quiet=quiet)
    from storyloom.books.service import BookService

    written = BookService(runtime).export(story_id, out)
    console.print(f"wrote {len(written)} files to [bold]{out}[/]")


def _private_runtime() -> Runtime:
    """The process's runtime on queues of its own, so that `generate` works off its own book only."""
    import secrets

    from storyloom.runtime import set_runtime
    from storyloom.startup import build_runtime

    shared = _runtime()
    runtime = build_runtime(shared.settings, queue_channel=f"generate-{secrets.token_hex(6)}")
    set_runtime(runtime)
    return runtime


BAR_STEPS = 1000
# How often the CLI reads the book's progress: each read (the units, the estimate) costs about 12 ms
# of CPU, which every 0.1 s was a tenth of a 12-page book's CPU on this 2-core machine.
PROGRESS_POLL_SECONDS = 0.3


def bar_fraction(elapsed: float, eta: int | None, done: int, total: int, previous: float) -> float:
    """How far the bar is: the time spent over the time spent and the estimated time left (so it
    moves through a long unit such as the PDF), never going back; by units until there is an estimate."""
    if eta is not None and elapsed + eta > 0:
        fraction = elapsed / (elapsed + eta)
    else:
        fraction = done / total if total else 0.0
    return max(previous, min(fraction, 0.99))


def _make_book(runtime: Runtime, params: StoryParams, *, quiet: bool) -> str:
    from storyloom.books.service import BookService
    from storyloom.pipeline.workers import InProcessWorkers

    books = BookService(runtime)
    started_at = time.monotonic()
    try:
        started = books.start(params)
    except ClientFacingError as exc:
        from storyloom.pipeline.workers import stop_render_processes

        stop_render_processes(wait=True)  # the render processes starting meanwhile exit quietly
        fail(exc.message, 2)
    try:
        with InProcessWorkers(runtime, story_id=started.story_id):
            columns = (
                TextColumn("{task.description:<28}"),
                BarColumn(),
                TaskProgressColumn(),
                TimeElapsedColumn(),
            )
            with Progress(*columns, console=console, disable=quiet) as bar:
                task = bar.add_task("Starting", total=BAR_STEPS)
                milestones = _Milestones(runtime, started.story_id, started_at)
                fraction = 0.0
                while True:
                    progress = books.progress(started.story_id)
                    fraction = bar_fraction(
                        time.monotonic() - started_at,
                        progress.eta_seconds,
                        progress.done,
                        progress.total,
                        fraction,
                    )
                    if progress.status != "GENERATING":
                        fraction = 1.0 if progress.status == "COMPLETE" else fraction
                    bar.update(task, completed=round(BAR_STEPS * fraction), description=progress.step)
                    milestones.check(progress.readable, finished=progress.status != "GENERATING")
                    if progress.status != "GENERATING":
                        break
                    time.sleep(PROGRESS_POLL_SECONDS)
    finally:
        runtime.queues.flush()  # nothing of this book's may stay queued where no worker will look
    if progress.status != "COMPLETE":
        fail(progress.error or f"the book ended as {progress.status}")
    console.print(f"made the book in {time.monotonic() - started_at:.1f} s")
    return started.story_id


class _Milestones:
    """Prints, once each, when the book became readable and when each PDF was written."""

    def __init__(self, runtime: Runtime, story_id: str, started_at: float) -> None:
        from storyloom.storage import asset_key

        self.runtime = runtime
        self.started_at = started_at
        self.readable = False
        self.pdfs = {edition: asset_key(story_id, f"book-{edition}.pdf") for edition in ("screen", "print")}

    def check(self, readable: bool, *, finished: bool = False) -> None:
        elapsed = time.monotonic() - self.started_at
        if readable and not self.readable:
            self.readable = True
            console.print(f"readable after {elapsed:.1f} s; print files follow")
        # The PDFs follow the readable book, the screen PDF first: while the book is made, one look at
        # the store a poll, for the next PDF only (each look holds the GIL from the worker threads of
        # this process a while); every PDF is looked for once the book is finished.
        if not (self.readable or finished):
            return
        for edition, key in list(self.pdfs.items()):
            if self.runtime.store.exists(key):
                del self.pdfs[edition]
                console.print(f"{edition} PDF written after {elapsed:.1f} s")
            elif not finished:
                break


if __name__ == "__main__":
    app()
