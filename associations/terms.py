"""The starting taxonomy of categories, target groups and languages: (slug, fi, sv, en)."""

CATEGORIES = [
    ("sports-outdoors", "Liikunta ja ulkoilu", "Idrott och friluftsliv", "Sports and outdoors"),
    ("culture-arts", "Kulttuuri ja taide", "Kultur och konst", "Culture and arts"),
    ("hobbies", "Harrastukset", "Hobbyer", "Hobbies"),
    ("social-health", "Sosiaali ja terveys", "Social- och hälsovård", "Social and health"),
    (
        "mental-health-substance",
        "Mielenterveys- ja päihdetyö",
        "Mental hälsa och missbruksarbete",
        "Mental health and substance work",
    ),
    ("disability", "Vammaisuus", "Funktionsnedsättning", "Disability"),
    ("children-families", "Lapset ja perheet", "Barn och familjer", "Children and families"),
    ("youth", "Nuoret", "Unga", "Youth"),
    ("seniors", "Ikäihmiset", "Äldre", "Seniors"),
    ("multicultural", "Monikulttuurisuus", "Mångkultur", "Multicultural"),
    ("environment-animals", "Ympäristö ja eläimet", "Miljö och djur", "Environment and animals"),
    (
        "village-residents",
        "Kylä- ja asukastoiminta",
        "By- och invånarverksamhet",
        "Village and residents",
    ),
    (
        "civic-advocacy",
        "Yhteiskunta ja edunvalvonta",
        "Samhälle och intressebevakning",
        "Civic and advocacy",
    ),
    (
        "religion-worldview",
        "Uskonto ja katsomus",
        "Religion och livsåskådning",
        "Religion and worldview",
    ),
    ("education", "Koulutus ja opiskelu", "Utbildning och studier", "Education"),
    ("employment", "Työllisyys", "Sysselsättning", "Employment"),
]

TARGET_GROUPS = [
    ("youth", "Nuoret", "Unga", "Youth"),
    ("children", "Lapset", "Barn", "Children"),
    ("families", "Perheet", "Familjer", "Families"),
    ("seniors", "Ikäihmiset", "Äldre", "Seniors"),
    (
        "people-with-disabilities",
        "Vammaiset henkilöt",
        "Personer med funktionsnedsättning",
        "People with disabilities",
    ),
    ("immigrants", "Maahanmuuttajat", "Invandrare", "Immigrants"),
    (
        "unemployed",
        "Työttömät ja osatyökykyiset",
        "Arbetslösa och partiellt arbetsföra",
        "Unemployed and partially able to work",
    ),
    ("everyone", "Kaikki", "Alla", "Everyone"),
]

LANGUAGES = [
    ("fi", "suomi", "finska", "Finnish"),
    ("sv", "ruotsi", "svenska", "Swedish"),
    ("en", "englanti", "engelska", "English"),
    ("other", "muu kieli", "annat språk", "Other languages"),
]


def seed_terms(category_model, target_group_model, language_model) -> None:
    """Create the starting terms; terms already there keep any edits made to them."""
    for model, rows in (
        (category_model, CATEGORIES),
        (target_group_model, TARGET_GROUPS),
        (language_model, LANGUAGES),
    ):
        for position, (slug, fi, sv, en) in enumerate(rows):
            model.objects.get_or_create(
                slug=slug,
                defaults={"name_fi": fi, "name_sv": sv, "name_en": en, "position": position},
            )
