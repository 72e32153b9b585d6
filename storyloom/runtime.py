"""The runtime: one object that holds what a process needs to make books (settings, database,
file store, providers, cache), and the stage table, queues and sweeps it is given. It imports no
pipeline: `storyloom.startup` assembles a whole runtime (`build_runtime`), and the web app, the
workers and the CLI each use the process's current one; tests build their own and install it."""

from __future__ import annotations

import os
import secrets
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import cached_property
from typing import TYPE_CHECKING, Literal, overload

from sqlalchemy.orm import Session

from storyloom.cache import StoryCache
from storyloom.config import Settings
from storyloom.db.models import UnitKind
from storyloom.db.session import migrate, session_factory, session_scope
from storyloom.providers.image.base import ImageProvider
from storyloom.providers.printing.base import PrintService
from storyloom.providers.registry import provider_class
from storyloom.providers.speech.base import SpeechProvider
from storyloom.providers.text.base import TextProvider
from storyloom.storage import AssetStore, open_store

if TYPE_CHECKING:
    from storyloom.pipeline.queues import Queues
    from storyloom.pipeline.stages import Stage

ProviderKind = Literal["text", "image", "speech", "printing"]
AnyProvider = TextProvider | ImageProvider | SpeechProvider | PrintService
# The protocol a provider of each kind must have.
PROTOCOLS: dict[ProviderKind, type] = {
    "text": TextProvider,
    "image": ImageProvider,
    "speech": SpeechProvider,
    "printing": PrintService,
}

# A periodic sweep the reaper runs besides its own (Shopify webhooks, print jobs: see storyloom.startup).
Sweep = Callable[["Runtime"], object]


class Runtime:
    """Settings plus the services built from them, shared by every thread of a process."""

    def __init__(
        self,
        settings: Settings,
        *,
        store: AssetStore | None = None,
        queue_channel: str | None = None,
        stages: Mapping[UnitKind, Stage] | None = None,
        queues: Callable[..., Queues] | None = None,
        sweeps: Sequence[Sweep] = (),
    ) -> None:
        """`stages`, `queues` (the Queues class, called as `queues(runtime, channel=...)`) and
        `sweeps` (what the reaper runs on each pass besides its own) come from `storyloom.startup`;
        a runtime without them reads settings, database, files and providers only."""
        self.settings = settings
        self.queue_channel = queue_channel
        self.database_url = settings.storage.resolved_database_url
        self._store = store
        self._providers: dict[tuple[str, str], AnyProvider] = {}
        self._lock = threading.Lock()
        self.stages: dict[UnitKind, Stage] = dict(stages or {})
        self._make_queues = queues
        self.sweeps: tuple[Sweep, ...] = tuple(sweeps)

    # database
    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: commits when the block ends, rolls back if it raises."""
        with session_scope(self.database_url) as session:
            yield session

    def new_session(self) -> Session:
        return session_factory(self.database_url)()

    def migrate(self) -> None:
        migrate(self.database_url)

    # files
    @property
    def store(self) -> AssetStore:
        if self._store is None:
            with self._lock:
                if self._store is None:
                    self._store = open_store(self.settings.storage)
        return self._store

    # queues
    @cached_property
    def queues(self) -> Queues:
        if self._make_queues is None:
            raise RuntimeError("this runtime has no queues; build it with storyloom.startup.build_runtime")
        return self._make_queues(self, channel=self.queue_channel)

    # secrets
    @cached_property
    def secret_key(self) -> str:
        """SECRET_KEY, or a random one kept in DATA_DIR so sessions, signed links and callback URLs
        survive restarts of one machine (several machines must share SECRET_KEY)."""
        configured = self.settings.web.secret_key.get_secret_value()
        if configured:
            return configured
        path = self.settings.storage.data_dir / "secret_key"
        if path.exists():
            return path.read_text().strip()
        path.parent.mkdir(parents=True, exist_ok=True)
        secret = secrets.token_urlsafe(48)
        try:
            with os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w") as handle:
                handle.write(secret)
        except FileExistsError:  # another process of this machine wrote it first
            return path.read_text().strip()
        return secret

    # cache
    @cached_property
    def cache(self) -> StoryCache:
        return StoryCache(self.settings.storage.redis_url, self.settings.storage.redis_prefix)

    def invalidate_story(self, story_id: str) -> None:
        """Drop a story's cached entries after a write (from any thread without a running loop)."""
        self.cache.invalidate_sync(story_id)

    # providers
    @overload
    def provider(self, kind: Literal["text"], name: str) -> TextProvider: ...
    @overload
    def provider(self, kind: Literal["image"], name: str) -> ImageProvider: ...
    @overload
    def provider(self, kind: Literal["speech"], name: str) -> SpeechProvider: ...
    @overload
    def provider(self, kind: Literal["printing"], name: str) -> PrintService: ...

    def provider(self, kind: ProviderKind, name: str) -> AnyProvider:
        """The provider instance for (kind, name), made once per runtime, typed by its kind's protocol
        (`providers/<kind>/base.py`); a class registered under a kind whose protocol it lacks is refused."""
        key = (kind, name)
        with self._lock:
            instance = self._providers.get(key)
            if instance is None:
                instance = provider_class(kind, name)(self.settings)
                if not _has_protocol(instance, kind):
                    raise TypeError(
                        f"the {kind} provider {name!r} ({type(instance).__name__}) lacks "
                        f"{PROTOCOLS[kind].__name__}'s members"
                    )
                self._providers[key] = instance
            return instance

    def text_providers(self) -> list[TextProvider]:
        """The chosen text provider followed by its configured fallbacks (TEXT_PROVIDER_FALLBACK)."""
        return [self.provider("text", name) for name in self.settings.providers.chain("text")]

    def image_providers(self) -> list[ImageProvider]:
        return [self.provider("image", name) for name in self.settings.providers.chain("image")]

    def speech_providers(self) -> list[SpeechProvider]:
        return [self.provider("speech", name) for name in self.settings.providers.chain("speech")]

    def check(self) -> None:
        """Build every chosen provider now, so a missing key stops start-up with a clear message."""
        self.text_providers()
        self.image_providers()
        self.speech_providers()


def _has_protocol(instance: object, kind: ProviderKind) -> bool:
    return isinstance(instance, PROTOCOLS[kind])


_current: Runtime | None = None
_current_lock = threading.Lock()


def get_runtime(build: Callable[[], Runtime] | None = None) -> Runtime:
    """The process's runtime; without one installed, `build()`'s (see `storyloom.startup.current_runtime`)."""
    global _current
    with _current_lock:
        if _current is None:
            if build is None:
                raise RuntimeError("no runtime is installed; use storyloom.startup.current_runtime()")
            _current = build()
        return _current


def set_runtime(runtime: Runtime | None) -> None:
    """Install `runtime` as the process's current one (the CLI and tests)."""
    global _current
    with _current_lock:
        _current = runtime
