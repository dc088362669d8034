"""Wagtail's SQLite (FTS5) search backend, able to search named fields.

The FTS table has three columns (``title``, ``body``, ``autocomplete``), not one per field, so
Wagtail's backend fails when asked to search named fields (``search(fields=[…])``, as the
admin's listing views of the directory do): "no such column: summary". Here ``title`` is
searched in the title column and any other field in the body column, which holds them all (for
autocomplete too: the autocomplete column only has the fields marked for autocomplete).
"""

from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteAutocompleteQueryCompiler,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)


class FieldColumnsMixin:
    def fts_columns(self):
        return list(dict.fromkeys("title" if field == "title" else "body" for field in self.fields))

    def search(self, config, start, stop, score_field=None):
        if self.fields:
            self.fields = self.fts_columns()
        return super().search(config, start, stop, score_field=score_field)


class PortalSQLiteSearchQueryCompiler(FieldColumnsMixin, SQLiteSearchQueryCompiler):
    pass


class PortalSQLiteAutocompleteQueryCompiler(FieldColumnsMixin, SQLiteAutocompleteQueryCompiler):
    pass


class PortalSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = PortalSQLiteSearchQueryCompiler
    autocomplete_query_compiler_class = PortalSQLiteAutocompleteQueryCompiler


SearchBackend = PortalSQLiteSearchBackend
