import pytest
from django.core.management import call_command

from core.geography import ascii_slug, name_sort_key
from core.models import Municipality, Region


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Etelä-Karjala", "etela-karjala"),
        ("Jyväskylä", "jyvaskyla"),
        ("Maarianhamina - Mariehamn", "maarianhamina-mariehamn"),
        ("Närpiö", "narpio"),
    ],
)
def test_ascii_slug(name, slug):
    assert ascii_slug(name) == slug


def test_nordic_letters_sort_after_z():
    names = ["Äänekoski", "Ylöjärvi", "Åbo", "Öja", "Aura", "Zeta"]
    assert sorted(names, key=name_sort_key) == [
        "Aura",
        "Ylöjärvi",
        "Zeta",
        "Åbo",
        "Äänekoski",
        "Öja",
    ]


@pytest.mark.django_db
def test_the_classification_is_loaded_and_reloading_changes_nothing():
    call_command("load_geography", stdout=None)

    assert Region.objects.count() == 19
    assert Municipality.objects.count() == 308
    kotka = Municipality.objects.get(slug="kotka")
    assert (kotka.code, kotka.name_sv, kotka.region.slug) == ("285", "Kotka", "kymenlaakso")
    assert Region.objects.get(slug="keski-suomi").name_sv == "Mellersta Finland"
