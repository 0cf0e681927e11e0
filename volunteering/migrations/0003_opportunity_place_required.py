"""Every opportunity says where it happens (a municipality, or remote), and the search text of
cards and opportunities holds every form without ä, ö and å too.

Rows saved before the place rule without either get their association's home municipality as
a placeholder and go back to draft, so that no page shows the guessed place before someone has
checked it in the admin and published the opportunity again. The migration names them.

The folded search text of association cards is written here too, not in a migration of its
own in associations/, because both tables need it at the same time as the search code.
"""

from django.db import migrations, models

from core.search import search_vector, with_folded_forms

# The weighted fields of each table's search vector, as in the services when this was written.
SEARCH_WEIGHTS = {
    ("associations", "Association"): (
        ("name", "A"),
        ("short_description", "B"),
        ("description", "C"),
    ),
    ("volunteering", "Opportunity"): (
        ("title", "A"),
        ("short_description", "B"),
        ("description", "C"),
    ),
}


def place_unplaced(apps, schema_editor):
    Opportunity = apps.get_model("volunteering", "Opportunity")
    unplaced = Opportunity.objects.filter(is_remote=False, municipality__isnull=True)
    for opportunity in unplaced.select_related("association"):
        opportunity.municipality_id = opportunity.association.home_municipality_id
        if opportunity.status in ("published", "pending"):
            opportunity.status = "draft"
        opportunity.save(update_fields=["municipality", "status"])
        print(
            f"\n  Opportunity {opportunity.slug!r} had no place: it is now a draft in the "
            "home municipality of its association. Check it in the admin.",
            end="",
        )
    if schema_editor.connection.vendor == "postgresql":
        # Check the new foreign keys now: PostgreSQL alters no table with checks pending.
        schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")


def fold_search_texts(apps, schema_editor):
    for (app_label, model_name), weights in SEARCH_WEIGHTS.items():
        model = apps.get_model(app_label, model_name)
        rows = model.objects.only("search_text")
        for row in rows.iterator(chunk_size=2000):
            folded = with_folded_forms(row.search_text.split())
            if folded != row.search_text:
                model.objects.filter(pk=row.pk).update(search_text=folded)
        if schema_editor.connection.vendor == "postgresql":
            model.objects.update(search_vector=search_vector(*weights))


class Migration(migrations.Migration):
    dependencies = [
        ("associations", "0003_social_links_are_web_addresses"),
        ("portal", "0002_load_geography"),
        ("volunteering", "0002_search_indexes"),
    ]

    operations = [
        migrations.RunPython(place_unplaced, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="opportunity",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("is_remote", True), ("municipality__isnull", False), _connector="OR"
                ),
                name="volunteering_opportunity_has_place",
                violation_error_message=(
                    "Choose the municipality where this happens, or mark it as remote."
                ),
            ),
        ),
        migrations.RunPython(fold_search_texts, migrations.RunPython.noop),
    ]
