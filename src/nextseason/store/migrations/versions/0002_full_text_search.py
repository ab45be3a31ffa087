"""Full-text search: FTS5 tables kept by triggers on SQLite, GIN expression indexes on PostgreSQL.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 09:40:00.000000
"""

from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

# Claims come in many languages: no stemming, and accents folded so 'pokemon' finds 'Pokémon'.
TOKENIZER = 'unicode61 remove_diacritics 2'
# (full-text table, content table, indexed column): claim sentences, and alias keys for finding works.
SQLITE_TABLES = (('claims_fts', 'claims', 'sentence'), ('aliases_fts', 'aliases', 'key'))
# The search queries use exactly these expressions, or the planner cannot use the indexes.
POSTGRES_INDEXES = (('ix_claims_sentence_words', 'claims', 'sentence'), ('ix_aliases_key_words', 'aliases', 'key'))


def upgrade() -> None:
    """Create the full-text tables or indexes and fill them from the rows already stored."""
    if op.get_context().dialect.name == 'postgresql':
        for index, table, column in POSTGRES_INDEXES:
            op.execute(f"CREATE INDEX {index} ON {table} USING gin (to_tsvector('simple'::regconfig, {column}))")
        return
    for search, table, column in SQLITE_TABLES:
        op.execute(f"CREATE VIRTUAL TABLE {search} USING fts5({column}, content='{table}', content_rowid='id', "
                   f"tokenize='{TOKENIZER}')")
        # An external-content table stores only the index: these triggers keep it in step with its table.
        op.execute(f"CREATE TRIGGER {search}_insert AFTER INSERT ON {table} BEGIN "
                   f"INSERT INTO {search}(rowid, {column}) VALUES (new.id, new.{column}); END")
        op.execute(f"CREATE TRIGGER {search}_delete AFTER DELETE ON {table} BEGIN "
                   f"INSERT INTO {search}({search}, rowid, {column}) VALUES ('delete', old.id, old.{column}); END")
        # Only a change of the indexed column touches the index (the tracker updates claim outcomes often).
        op.execute(f"CREATE TRIGGER {search}_update AFTER UPDATE OF {column} ON {table} BEGIN "
                   f"INSERT INTO {search}({search}, rowid, {column}) VALUES ('delete', old.id, old.{column}); "
                   f"INSERT INTO {search}(rowid, {column}) VALUES (new.id, new.{column}); END")
        op.execute(f"INSERT INTO {search}({search}) VALUES ('rebuild')")


def downgrade() -> None:
    """Drop them again."""
    if op.get_context().dialect.name == 'postgresql':
        for index, _, _ in POSTGRES_INDEXES:
            op.execute(f"DROP INDEX {index}")
        return
    for search, _, _ in SQLITE_TABLES:
        for trigger in ('insert', 'delete', 'update'):
            op.execute(f"DROP TRIGGER {search}_{trigger}")
        op.execute(f"DROP TABLE {search}")
