"""Engines, sessions and migrations for SQLite (embedded) and PostgreSQL (scale-out)."""

from __future__ import annotations

import ast
import functools
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import CursorResult, Delete, Engine, Update, create_engine, event, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")

_lock = threading.Lock()
_engines: dict[str, Engine] = {}
_factories: dict[str, sessionmaker[Session]] = {}


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def get_engine(url: str) -> Engine:
    """One engine per database URL for the whole process."""
    with _lock:
        engine = _engines.get(url)
        if engine is None:
            if url.startswith("sqlite"):
                path = url.split("///", 1)[-1]
                if path and path != ":memory:":
                    Path(path).parent.mkdir(parents=True, exist_ok=True)
                engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
                event.listen(engine, "connect", _sqlite_pragmas)
            else:
                engine = create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)
            _engines[url] = engine
            _factories[url] = sessionmaker(engine, expire_on_commit=False)
        return engine


def session_factory(url: str) -> sessionmaker[Session]:
    get_engine(url)
    return _factories[url]


@contextmanager
def session_scope(url: str) -> Iterator[Session]:
    """A session that commits when the block ends and rolls back if it raises."""
    session = session_factory(url)()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def rows_changed(session: Session, statement: Update | Delete) -> int:
    """Run an UPDATE or DELETE in `session` and return how many rows it matched (a conditional write
    that matched its one row is the caller's claim)."""
    # The ORM answers a DML statement with the driver's cursor result, the one that carries rowcount.
    return cast("CursorResult[Any]", session.execute(statement)).rowcount


def alembic_config(url: str) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    config.attributes["engine"] = get_engine(url)
    return config


_REVISION_LINE = re.compile(r"^(revision|down_revision|depends_on)\s*(?::[^=]*)?=\s*(.+)$", re.MULTILINE)


@functools.cache
def migration_heads() -> frozenset[str] | None:
    """The revisions no migration builds on (what `alembic upgrade heads` ends at), read from the
    migration files' headers without importing Alembic; None when a header is not the plain form
    this reads (Alembic then decides)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        fields = dict(_REVISION_LINE.findall(path.read_text(encoding="utf-8")))
        try:
            revision = ast.literal_eval(fields["revision"].strip())
            down = ast.literal_eval(fields.get("down_revision", "None").strip())
            depends = ast.literal_eval(fields.get("depends_on", "None").strip())
        except (KeyError, ValueError, SyntaxError):
            return None
        down = (down,) if isinstance(down, str) else down or ()
        if not isinstance(revision, str) or depends is not None or not all(isinstance(d, str) for d in down):
            return None
        revisions.add(revision)
        parents.update(down)
    return frozenset(revisions - parents) or None


def schema_current(url: str) -> bool:
    """Whether the database at `url` already stands at every migration head: one query, no Alembic."""
    heads = migration_heads()
    if heads is None:
        return False
    try:
        with get_engine(url).connect() as connection:
            stamped = {row[0] for row in connection.execute(text("SELECT version_num FROM alembic_version"))}
    except DBAPIError:  # no alembic_version table yet: a new database
        return False
    return stamped == heads


def migrate(url: str) -> None:
    """Bring the database at `url` to the newest schema (every migration head). A database already
    there is only checked (one query): Alembic, with Mako and Pygments, is imported only to
    migrate, which keeps ~0.5 CPU s and ~8 MB out of each worker's and `storyloom generate`'s start."""
    if schema_current(url):
        return
    from alembic import command

    command.upgrade(alembic_config(url), "heads")


def dispose_all() -> None:
    """Close every pooled connection (tests, and before a worker process forks)."""
    with _lock:
        for engine in _engines.values():
            engine.dispose()
        _engines.clear()
        _factories.clear()
