"""Wagtail's database search backend: PostgreSQL with a configuration per language
(:mod:`search.backends.postgres`), or SQLite's FTS5 index as Wagtail sets it up."""

from django.db import connection


def SearchBackend(params):  # noqa: N802 (Wagtail looks this name up in the module)
    if connection.vendor == "postgresql":
        from .postgres import MultilingualPostgresSearchBackend

        return MultilingualPostgresSearchBackend(params)
    from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend

    return DatabaseSearchBackend(params)
