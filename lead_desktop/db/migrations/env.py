"""Alembic environment: always run on a connection handed in by `lead_desktop.db.schema`."""

from alembic import context

from lead_desktop.db.schema import include_object
from lead_desktop.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
