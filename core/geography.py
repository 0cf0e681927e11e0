"""Loading Statistics Finland's classification of municipalities and regions."""

import csv
from pathlib import Path

from django.utils.text import slugify

MUNICIPALITIES_CSV = Path(__file__).resolve().parent / "data" / "finland_municipalities.csv"


def ascii_slug(name: str) -> str:
    """`Etelä-Karjala` → `etela-karjala`; `Maarianhamina - Mariehamn` → `maarianhamina-mariehamn`."""
    return slugify(name.replace("å", "a").replace("Å", "A"))


def load_geography(region_model, municipality_model, path: Path = MUNICIPALITIES_CSV) -> int:
    """Create or update every region and municipality in the CSV; returns the number of rows read.

    Takes the models as arguments so that a data migration can pass its historical models.
    """
    with path.open(encoding="utf-8", newline="") as csv_file:
        rows = list(csv.DictReader(csv_file))
    regions = {}
    for row in rows:
        code = row["region_code"]
        if code not in regions:
            regions[code], _ = region_model.objects.update_or_create(
                code=code,
                defaults={
                    "name_fi": row["region_name_fi"],
                    "name_sv": row["region_name_sv"],
                    "slug": ascii_slug(row["region_name_fi"]),
                },
            )
        municipality_model.objects.update_or_create(
            code=row["municipality_code"],
            defaults={
                "name_fi": row["name_fi"],
                "name_sv": row["name_sv"],
                "slug": ascii_slug(row["name_fi"]),
                "region": regions[code],
            },
        )
    return len(rows)


# Finnish and Swedish alphabets both end in å, ä, ö; map them past z so that a plain sort is right.
_NORDIC_ORDER = str.maketrans({"å": "{", "ä": "|", "ö": "}", "æ": "|", "ø": "}", "ü": "y"})


def name_sort_key(name: str) -> str:
    return name.lower().translate(_NORDIC_ORDER)


def sorted_by_name(places):
    """Regions or municipalities sorted by their name in the active language."""
    return sorted(places, key=lambda place: name_sort_key(place.name))
