"""Alembic environment: the connection comes from the caller (mt_core.schema.upgrade)."""

from alembic import context

from mt_core.glossary_store import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata)
with context.begin_transaction():
    context.run_migrations()
