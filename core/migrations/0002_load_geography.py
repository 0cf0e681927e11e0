from django.db import migrations

from core.geography import load_geography


def load(apps, schema_editor):
    load_geography(apps.get_model("portal", "Region"), apps.get_model("portal", "Municipality"))


class Migration(migrations.Migration):
    dependencies = [("portal", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
