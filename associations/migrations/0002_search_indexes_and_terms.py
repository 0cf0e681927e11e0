from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

from associations.terms import seed_terms

SEARCH_INDEXES = [
    # Full-text search over the weighted vector.
    "CREATE INDEX IF NOT EXISTS assoc_search_vector_idx "
    "ON associations_association USING gin (search_vector)",
    # Typo-tolerant matching of names (word similarity, pg_trgm).
    "CREATE INDEX IF NOT EXISTS assoc_name_trgm_idx "
    "ON associations_association USING gin (name gin_trgm_ops)",
]


def create_search_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in SEARCH_INDEXES:
            schema_editor.execute(statement)


def drop_search_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS assoc_search_vector_idx")
        schema_editor.execute("DROP INDEX IF EXISTS assoc_name_trgm_idx")


def seed(apps, schema_editor):
    seed_terms(
        apps.get_model("associations", "Category"),
        apps.get_model("associations", "TargetGroup"),
        apps.get_model("associations", "ActivityLanguage"),
    )


class Migration(migrations.Migration):
    dependencies = [("associations", "0001_initial")]

    operations = [
        TrigramExtension(),
        migrations.RunPython(create_search_indexes, drop_search_indexes),
        migrations.RunPython(seed, migrations.RunPython.noop),
    ]
