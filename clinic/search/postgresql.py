"""What full-text search needs of PostgreSQL: the Spanish configuration, and indexes that only
PostgreSQL builds (GIN for text-search vectors, GiST for trigram similarity), declared in
models' Meta.indexes like any other index.

On another database (SQLite, for development) such an index is left out and the search ranks
in Python instead (clinic.search.ranking).
"""

from django.contrib.postgres.indexes import GinIndex, GistIndex
from django.db import migrations
from django.db.backends.ddl_references import Statement

SPANISH_CONFIGURATION = """
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'spanish_unaccent') THEN
        CREATE TEXT SEARCH CONFIGURATION spanish_unaccent (COPY = spanish);
        ALTER TEXT SEARCH CONFIGURATION spanish_unaccent
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem;
    END IF;
END $$;
"""


def create_spanish_configuration(schema_editor):
    """Spanish stemming of unaccented words (needs the unaccent extension). Idempotent: more
    than one app's migrations need it, in whatever order they run."""
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(SPANISH_CONFIGURATION)


def _left_out(index):
    # Executed (and shown by sqlmigrate) in place of the index: a comment, which does nothing.
    return Statement("-- %(name)s: built on PostgreSQL only", name=index.name)


class PostgreSQLOnlyIndex:
    # Built on PostgreSQL only, so its limit on names applies rather than Django's portable 30.
    max_name_length = 63

    def create_sql(self, model, schema_editor, *args, **kwargs):
        if schema_editor.connection.vendor != "postgresql":
            return _left_out(self)
        return super().create_sql(model, schema_editor, *args, **kwargs)

    def remove_sql(self, model, schema_editor, *args, **kwargs):
        if schema_editor.connection.vendor != "postgresql":
            return _left_out(self)
        return super().remove_sql(model, schema_editor, *args, **kwargs)


class SearchVectorIndex(PostgreSQLOnlyIndex, GinIndex):
    """GIN on a tsvector column: finds the rows a text-search query matches."""


class TrigramIndex(PostgreSQLOnlyIndex, GistIndex):
    """GiST with trigram operators on a text column; GiST rather than GIN because it can return
    the nearest texts in order (ORDER BY ... <<-> ... LIMIT) and stop."""

    def __init__(self, *, fields, name):
        super().__init__(fields=fields, name=name, opclasses=["gist_trgm_ops"] * len(fields))

    def deconstruct(self):
        path, args, kwargs = super().deconstruct()
        kwargs.pop("opclasses")
        return path, args, kwargs


def vectors_kept_in_their_rows(table, *columns):
    """A migration operation: on PostgreSQL, these tsvector columns stay in their table's rows
    (compressed if need be: STORAGE MAIN) rather than going out to its TOAST table. Ranking
    reads the vector of every row a query matches, and fetching each from TOAST was most of
    the cost of a broad query (2,000 pages: 13 → 2.5 ms; 10,000 specialists: 18 → 6.5 ms).
    The vectors already stored are rewritten so that they move too."""

    def set_storage(storage):
        def run(apps, schema_editor):
            if schema_editor.connection.vendor != "postgresql":
                return
            quote = schema_editor.quote_name
            for column in columns:
                schema_editor.execute(
                    f"ALTER TABLE {quote(table)} ALTER COLUMN {quote(column)} SET STORAGE {storage}"
                )
                # A new value (the vector joined to an empty one) is stored the new way; an
                # unchanged one would keep its place.
                schema_editor.execute(
                    f"UPDATE {quote(table)} SET {quote(column)} = {quote(column)} || ''::tsvector"
                    f" WHERE {quote(column)} IS NOT NULL"
                )

        return run

    return migrations.RunPython(set_storage("MAIN"), set_storage("EXTENDED"))
