"""Full-text and trigram indexes for directory search, on PostgreSQL only.

SQLite (development) has no GIN indexes and ranks in Python, so these are skipped there.
"""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

INDEXES = {
    "specialist_search_vector_gin": "USING gin (search_vector)",
    # GiST, not GIN: it can return the nearest names in order (ORDER BY ... <<-> ... LIMIT).
    "specialist_search_name_trgm": "USING gist (search_name gist_trgm_ops)",
}


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, method in INDEXES.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON specialists_specialist {method}"
        )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("specialists", "0001_initial")]

    operations = [
        TrigramExtension(),
        migrations.RunPython(create_indexes, drop_indexes),
    ]
