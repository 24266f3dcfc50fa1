"""Alembic environment: runs on the connection the app hands over, in batch mode for SQLite."""

from alembic import context
from sqlmodel import SQLModel

import s321_desk.store.models  # noqa: F401  (registers the tables)
from s321_desk.store.migrate import compared

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through s321_desk.store.migrate, which passes a connection")

context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,
    compare_type=True,
    include_name=compared,
)
with context.begin_transaction():
    context.run_migrations()
