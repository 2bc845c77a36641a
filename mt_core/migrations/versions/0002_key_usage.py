"""Characters used per API key, in the database, so a quota survives restarts and holds across replicas.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    with op.batch_alter_table("api_keys") as table:  # batch mode: SQLite cannot alter tables in place
        table.add_column(sa.Column("characters_used", sa.BigInteger, nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("api_keys") as table:
        table.drop_column("characters_used")
