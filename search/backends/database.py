"""Wagtail's database search backend: PostgreSQL with a configuration per language
(:mod:`search.backends.postgres`), or SQLite's FTS5 index (:mod:`search.backends.sqlite`)."""

from django.db import connection


def SearchBackend(params):  # noqa: N802 (Wagtail looks this name up in the module)
    if connection.vendor == "postgresql":
        # Each backend module imports its database driver: import only the one in use.
        from .postgres import MultilingualPostgresSearchBackend  # noqa: PLC0415

        return MultilingualPostgresSearchBackend(params)
    from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend  # noqa: PLC0415

    backend = DatabaseSearchBackend(params)
    if type(backend).__name__ == "SQLiteSearchBackend":  # FTS5 is available
        from .sqlite import PortalSQLiteSearchBackend  # noqa: PLC0415

        return PortalSQLiteSearchBackend(params)
    return backend
