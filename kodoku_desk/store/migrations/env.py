"""Alembic environment: always run on a connection handed in by kodoku_desk.store.migrate."""

from alembic import context

from kodoku_desk.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - the app never runs alembic without a connection
    raise RuntimeError("kodoku_desk migrations must be run through kodoku_desk.store.migrate")

context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
