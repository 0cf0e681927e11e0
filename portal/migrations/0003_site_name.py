from django.conf import settings
from django.db import migrations


def name_site(apps, schema_editor):
    Site = apps.get_model("sites", "Site")
    Site.objects.update_or_create(
        id=settings.SITE_ID, defaults={"domain": "127.0.0.1:8000", "name": settings.SITE_NAME}
    )


class Migration(migrations.Migration):
    dependencies = [("portal", "0002_load_geography"), ("sites", "0002_alter_domain_unique")]

    operations = [migrations.RunPython(name_site, migrations.RunPython.noop)]
