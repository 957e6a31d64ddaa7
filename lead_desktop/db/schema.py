"""Schema versions through alembic: which revision a database is at, and upgrading it."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None, "no migrations found"
    return head


def known_revisions() -> list[str]:
    """Oldest first."""
    return [rev.revision for rev in reversed(list(script_directory().walk_revisions()))]


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection, target: str = "head") -> None:
    command.upgrade(alembic_config(connection), target)


def include_object(obj, name, type_, reflected, compare_to) -> bool:  # noqa: ANN001
    """Leave engine-specific objects alone when comparing the schema with the models:
    SQLite's FTS5 search table and its shadow tables are made by a migration, not a model."""
    return not (type_ == "table" and name and name.startswith("person_search"))
