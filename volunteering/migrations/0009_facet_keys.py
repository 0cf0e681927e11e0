from django.db import migrations, models


def fill_facet_keys(apps, schema_editor):
    """Every opportunity's facet keys, a few thousand at a time (seconds at 100,000)."""
    from volunteering.services import opportunity_refresh_facet_keys

    Opportunity = apps.get_model("volunteering", "Opportunity")
    opportunity_refresh_facet_keys(Opportunity._base_manager.using(schema_editor.connection.alias))


class Migration(migrations.Migration):
    dependencies = [
        ("volunteering", "0008_moderation"),
        ("associations", "0008_facet_keys"),
    ]

    operations = [
        migrations.AddField(
            model_name="opportunity",
            name="facet_keys",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.RunPython(fill_facet_keys, migrations.RunPython.noop, elidable=True),
    ]
