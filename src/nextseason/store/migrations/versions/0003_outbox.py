"""Outbox of status changes and webhook cursors: changes recorded by any process reach the webhooks.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 14:05:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the outbox and the webhook cursors; changes recorded before stay out of the outbox."""
    op.create_table('outbox',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('installment_id', sa.Integer(), nullable=False),
    sa.Column('due', sa.Date(), nullable=False),
    sa.Column('change', sa.Text(), nullable=False),
    sa.Column('created', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['installment_id'], ['installments.id'], name=op.f('fk_outbox_installment_id_installments')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outbox')),
    sqlite_autoincrement=True
    )
    op.create_index('ix_outbox_due', 'outbox', ['due'], unique=False)
    op.create_table('webhook_cursors',
    sa.Column('url', sa.String(length=2000), nullable=False),
    sa.Column('last_id', sa.Integer(), nullable=False),
    sa.Column('through', sa.Date(), nullable=False),
    sa.PrimaryKeyConstraint('url', name=op.f('pk_webhook_cursors'))
    )


def downgrade() -> None:
    """Drop them again."""
    op.drop_table('webhook_cursors')
    op.drop_index('ix_outbox_due', table_name='outbox')
    op.drop_table('outbox')
