"""Alembic migrations shipped in the package, applied on unlock."""

from __future__ import annotations

from functools import lru_cache

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect, text

SCRIPT_LOCATION = "kodoku_desk.store:migrations"


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", SCRIPT_LOCATION)
    return cfg


@lru_cache(maxsize=1)
def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    return script_directory().get_current_head()


def known_revisions() -> list[str]:
    """Revision ids from the first to head."""
    revs = [r.revision for r in script_directory().walk_revisions()]
    return list(reversed(revs))


def current_revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


class MigrationFailed(RuntimeError):
    pass


def upgrade(engine: Engine, target: str = "head") -> None:
    """Apply migrations in one transaction, with foreign keys off while tables are rebuilt.

    SQLite rebuilds a table to alter it (Alembic batch mode); with foreign keys on,
    dropping the old table would cascade-delete child rows. The pragma only takes
    effect outside a transaction, so it is set on the driver connection first, and
    the foreign keys are checked before commit.
    """
    cfg = _config()
    with engine.connect() as conn:
        driver = conn.connection.driver_connection
        driver.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, target)
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise MigrationFailed(f"foreign key violations after migration: {problems[:5]}")
        finally:
            driver.execute("PRAGMA foreign_keys = ON")
