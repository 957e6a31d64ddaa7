"""Schema versions through alembic: which revision a database is at, and upgrading it.

Alembic (with mako and pygments) is imported only when a migration runs: at every start
the revision chain is read from the migration files' own `revision` / `down_revision`
lines and the database's revision from its `alembic_version` table, which costs
nothing, while importing alembic cost a tenth of a second before the first window.
"""

from __future__ import annotations

import ast
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> "Config":
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def script_directory() -> "ScriptDirectory":
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def _assigned(path: Path, name: str) -> str | None:
    """The value of a module-level `name = '...'` (or None) in a migration file."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id == name for t in targets):
                return ast.literal_eval(node.value)
    raise ValueError(f"{path.name} has no {name}")


@lru_cache(maxsize=1)
def known_revisions_tuple() -> tuple[str, ...]:
    """The revision chain, oldest first, read from the migration files (one line each)."""
    down_of = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        down_of[_assigned(path, "revision")] = _assigned(path, "down_revision")
    after = {down: rev for rev, down in down_of.items()}
    assert len(after) == len(down_of), "the migrations must form one line (one head)"
    chain, current = [], after.get(None)
    while current is not None:
        chain.append(current)
        current = after.get(current)
    assert len(chain) == len(down_of), "the migrations must form one line"
    return tuple(chain)


def head_revision() -> str:
    return known_revisions_tuple()[-1]


def known_revisions() -> list[str]:
    """Oldest first."""
    return list(known_revisions_tuple())


def current_revision(connection: Connection) -> str | None:
    """The database's revision, as alembic keeps it (None for a database without one)."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(connection: Connection, target: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(connection), target)


def include_object(obj, name, type_, reflected, compare_to) -> bool:  # noqa: ANN001
    """Leave engine-specific objects alone when comparing the schema with the models:
    SQLite's FTS5 search table and its shadow tables are made by a migration, not a model;
    so is the server's partial index of searchable people (0042)."""
    if type_ == "index" and name == "ix_persons_searchable":
        return False
    return not (type_ == "table" and name and name.startswith("person_search"))
