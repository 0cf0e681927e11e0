from django.db import migrations

from associations.terms import seed_terms
from core.migration_operations import search_index_operations


def seed(apps, schema_editor):
    seed_terms(
        apps.get_model("associations", "Category"),
        apps.get_model("associations", "TargetGroup"),
        apps.get_model("associations", "ActivityLanguage"),
    )


class Migration(migrations.Migration):
    dependencies = [("associations", "0001_initial")]

    operations = [
        *search_index_operations(
            table="associations_association", prefix="assoc", name_column="name"
        ),
        migrations.RunPython(seed, migrations.RunPython.noop),
    ]
