"""`migrate`: a database already at every head is only checked, without importing Alembic; one that
is behind (or new) is upgraded by Alembic."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import text

from storyloom.db.session import (
    MIGRATIONS,
    alembic_config,
    get_engine,
    migrate,
    migration_heads,
    schema_current,
)
from storyloom.runtime import Runtime

ROOT = Path(__file__).resolve().parents[2]


def test_the_heads_read_from_the_migration_files_are_alembics() -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert migration_heads() == frozenset(ScriptDirectory.from_config(config).get_heads())


def test_a_migrated_database_is_current(runtime: Runtime) -> None:
    assert schema_current(runtime.database_url)


def test_a_database_behind_the_newest_migrations_is_upgraded(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    command.upgrade(alembic_config(url), "0001")  # as a database made before the later migrations
    assert not schema_current(url)

    migrate(url)

    assert schema_current(url)
    with get_engine(url).connect() as connection:
        stamped = {row[0] for row in connection.execute(text("SELECT version_num FROM alembic_version"))}
    assert stamped == migration_heads()


def test_a_new_database_is_not_current(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.db'}"
    assert not schema_current(url)
    migrate(url)
    assert schema_current(url)


def test_starting_on_a_current_database_does_not_import_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'storyloom.db'}"
    migrate(url)
    program = (
        "import sys\n"
        "from storyloom.db.session import migrate\n"
        f"migrate({url!r})\n"
        "print(sorted(name for name in ('alembic', 'mako') if name in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.strip() == "[]"
