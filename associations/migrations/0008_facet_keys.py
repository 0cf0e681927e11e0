from django.db import migrations, models


def fill_facet_keys(apps, schema_editor):
    """Every card's facet keys, a few thousand at a time (seconds at 100,000 cards)."""
    from associations.services import association_refresh_facet_keys

    Association = apps.get_model("associations", "Association")
    association_refresh_facet_keys(Association._base_manager.using(schema_editor.connection.alias))


class Migration(migrations.Migration):
    dependencies = [
        ("associations", "0007_moderation"),
    ]

    operations = [
        migrations.AddField(
            model_name="association",
            name="facet_keys",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.RunPython(fill_facet_keys, migrations.RunPython.noop, elidable=True),
    ]
