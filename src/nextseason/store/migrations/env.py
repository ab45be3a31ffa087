"""Alembic environment: run by `nextseason.store.database.migrate` with an open connection."""

from alembic import context

from nextseason.store.schema import Base, declared_name

config = context.config


def run_online() -> None:
    """Apply migrations on the connection the store handed over."""
    connection = config.attributes["connection"]
    # Batch mode lets later migrations alter tables on SQLite too.
    context.configure(connection=connection, target_metadata=Base.metadata,
                      render_as_batch=True, compare_type=True, include_name=declared_name)
    with context.begin_transaction():
        context.run_migrations()


def run_offline() -> None:
    """Print the SQL for a URL instead of running it (`alembic upgrade --sql`)."""
    context.configure(url=config.get_main_option("sqlalchemy.url"),
                      target_metadata=Base.metadata, literal_binds=True, include_name=declared_name)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
