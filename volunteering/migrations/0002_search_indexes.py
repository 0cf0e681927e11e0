from django.db import migrations

from core.migration_operations import search_index_operations


class Migration(migrations.Migration):
    dependencies = [("volunteering", "0001_initial")]

    operations = search_index_operations(
        table="volunteering_opportunity", prefix="opp", name_column="title"
    )
