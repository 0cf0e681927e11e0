"""Migration operations shared by the apps whose rows are searchable."""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


def search_index_operations(*, table: str, prefix: str, name_column: str) -> list:
    """GIN indexes for full-text search and typo-tolerant names. PostgreSQL only: on SQLite the
    search falls back to LIKE and these are skipped."""
    statements = [
        # Full-text search over the weighted vector.
        f"CREATE INDEX IF NOT EXISTS {prefix}_search_vector_idx ON {table} USING gin (search_vector)",
        # Typo-tolerant matching of names (word similarity, pg_trgm).
        f"CREATE INDEX IF NOT EXISTS {prefix}_name_trgm_idx ON {table} "
        f"USING gin ({name_column} gin_trgm_ops)",
    ]

    def create(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    def drop(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(f"DROP INDEX IF EXISTS {prefix}_search_vector_idx")
            schema_editor.execute(f"DROP INDEX IF EXISTS {prefix}_name_trgm_idx")

    return [TrigramExtension(), migrations.RunPython(create, drop)]
