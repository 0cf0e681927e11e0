"""Synthetic association cards for load tests: `manage.py generate_bench_data --associations 20000`.

The cards look like real Finnish (and, in Swedish-speaking municipalities, Swedish) association
cards, spread over every municipality. They are written with bulk inserts, and their search
vectors are computed in one UPDATE, so 20 000 cards take seconds, not minutes.

Generated cards are marked by a slug starting with `bench-` and a contact address at
`bench.example.invalid`; `--clear` deletes only those.
"""

import datetime
import itertools
import random
import re
import time
from dataclasses import dataclass
from functools import lru_cache

import pyvoikko
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify

from associations.models import (
    ActivityLanguage,
    Association,
    Category,
    MeetingTime,
    TargetGroup,
)
from associations.services import SEARCH_WEIGHTS
from core.models import Municipality
from core.schedule import runs_in_evening
from core.search import build_search_text, refresh_search_vectors

SLUG_PREFIX = "bench-"
EMAIL_DOMAIN = "bench.example.invalid"
BATCH_SIZE = 2000
M2M_FIELDS = ("categories", "target_groups", "languages", "municipalities")


def bench_associations():
    """The cards this command generated (and only those)."""
    return Association.objects.filter(
        slug__startswith=SLUG_PREFIX, contact_email__endswith=f"@{EMAIL_DOMAIN}"
    )


# --- Place names -------------------------------------------------------------------------------

# Official names that read badly inside an association name.
DISPLAY_NAMES = {
    "Koski Tl": "Koski",
    "Maarianhamina - Mariehamn": "Maarianhamina",
    "Pedersören kunta": "Pedersöre",
}

# Genitives the rules below get wrong (consonant gradation, plurals, compounds).
GENITIVE_EXCEPTIONS = {
    "Hailuoto": "Hailuodon",
    "Harjavalta": "Harjavallan",
    "Iitti": "Iitin",
    "Juuka": "Juuan",
    "Kauniainen": "Kauniaisten",
    "Lahti": "Lahden",
    "Lieto": "Liedon",
    "Liminka": "Limingan",
    "Loppi": "Lopen",
    "Luhanka": "Luhangan",
    "Luoto": "Luodon",
    "Outokumpu": "Outokummun",
    "Parainen": "Paraisten",
    "Pedersöre": "Pedersören",
    "Pihtipudas": "Pihtiputaan",
    "Punkalaidun": "Punkalaitumen",
    "Puolanka": "Puolangan",
    "Pyhäntä": "Pyhännän",
    "Toholampi": "Toholammin",
    "Uusikaarlepyy": "Uudenkaarlepyyn",
    "Uusikaupunki": "Uudenkaupungin",
    "Varkaus": "Varkauden",
    "Vesanto": "Vesannon",
    "Virrat": "Virtain",
}

# Candidate genitive endings, tried in order; Voikko confirms the first one it knows.
GENITIVE_RULES = [
    ("järvi", "järven"),
    ("joki", "joen"),
    ("koski", "kosken"),
    ("lahti", "lahden"),
    ("niemi", "niemen"),
    ("mäki", "mäen"),
    ("salmi", "salmen"),
    ("saari", "saaren"),
    ("lampi", "lammen"),
    ("vesi", "veden"),
    ("ranta", "rannan"),
    ("virta", "virran"),
    ("nki", "ngin"),
    ("nko", "ngon"),
    ("nen", "sen"),
    ("s", "ksen"),
    ("e", "een"),
    ("i", "en"),
    ("ti", "din"),
    ("ku", "un"),
]


def _is_genitive_of(candidate: str, name: str) -> bool:
    return any(
        analysis.SIJAMUOTO == "omanto" and analysis.BASEFORM.lower() == name.lower()
        for analysis in pyvoikko.analyse(candidate.lower())
    )


@lru_cache(maxsize=1024)
def genitive(name: str) -> str:
    """`Kouvola` → `Kouvolan`, `Helsinki` → `Helsingin`: good enough for generated names."""
    if name in GENITIVE_EXCEPTIONS:
        return GENITIVE_EXCEPTIONS[name]
    candidates = [
        name[: -len(ending)] + replacement
        for ending, replacement in GENITIVE_RULES
        if name.lower().endswith(ending)
    ]
    candidates.append(name + ("n" if name[-1] in "aeiouyäöå" else "in"))
    for candidate in candidates:
        if _is_genitive_of(candidate, name):
            return candidate
    return candidates[0]


# Municipalities where Swedish is the majority language (all of Åland among them), and
# bilingual ones with a large Swedish-speaking minority.
SWEDISH_MAJORITY = {
    "Inkoo",
    "Kemiönsaari",
    "Korsnäs",
    "Kristiinankaupunki",
    "Kruunupyy",
    "Luoto",
    "Maalahti",
    "Mustasaari",
    "Närpiö",
    "Parainen",
    "Pedersören kunta",
    "Pietarsaari",
    "Raasepori",
    "Uusikaarlepyy",
    "Vöyri",
}
SWEDISH_REGIONS = {"21"}  # Ahvenanmaa – Åland
BILINGUAL = {
    "Espoo",
    "Hanko",
    "Helsinki",
    "Kaskinen",
    "Kauniainen",
    "Kirkkonummi",
    "Kokkola",
    "Lapinjärvi",
    "Loviisa",
    "Porvoo",
    "Siuntio",
    "Sipoo",
    "Turku",
    "Vaasa",
    "Vantaa",
}

# Bigger towns get more cards; every other municipality weighs 1.
TOWN_WEIGHTS = {
    "Helsinki": 30,
    "Espoo": 14,
    "Tampere": 13,
    "Vantaa": 12,
    "Oulu": 11,
    "Turku": 10,
    "Jyväskylä": 8,
    "Kuopio": 7,
    "Lahti": 7,
    "Pori": 5,
    "Kouvola": 5,
    "Joensuu": 5,
    "Lappeenranta": 5,
    "Hämeenlinna": 4,
    "Vaasa": 4,
    "Seinäjoki": 4,
    "Rovaniemi": 4,
    "Mikkeli": 3,
    "Kotka": 3,
    "Salo": 3,
    "Porvoo": 3,
    "Kokkola": 3,
    "Lohja": 3,
    "Hyvinkää": 3,
    "Nurmijärvi": 3,
    "Järvenpää": 3,
    "Rauma": 2,
    "Kirkkonummi": 2,
    "Tuusula": 2,
    "Kajaani": 2,
    "Kerava": 2,
    "Savonlinna": 2,
    "Imatra": 2,
    "Hamina": 2,
}

VILLAGES = [
    "Kirkonkylän",
    "Myllykylän",
    "Rantakylän",
    "Alakylän",
    "Yläkylän",
    "Haapamäen",
    "Koivumäen",
    "Kankaan",
    "Harjun",
    "Lehtolan",
    "Salmen",
    "Niemen",
    "Kuusiston",
    "Mäntylän",
    "Asemanseudun",
    "Järvenpään",
    "Koskenkylän",
    "Peltolan",
    "Vaaran",
    "Hiekkalan",
]


@dataclass(frozen=True)
class Place:
    municipality_id: int
    region_id: int
    name: str  # Finnish, as used in running text
    name_gen: str
    name_sv: str
    search_names: str  # the official Finnish and Swedish names, for the search document
    swedish: str  # "majority", "bilingual" or ""


# --- Kinds of association ----------------------------------------------------------------------


@dataclass(frozen=True)
class Kind:
    weight: int
    names_fi: tuple[str, ...]  # {gen} = the place in the genitive, {village} = a village's genitive
    names_sv: tuple[str, ...]  # {sv} = the Swedish name of the place; empty: Finnish only
    categories: tuple[str, ...]  # the first is always used, the rest sometimes
    target_groups: tuple[str, ...]
    shorts: tuple[str, ...]
    about: tuple[str, ...]
    meetings: tuple[str, ...]
    shorts_sv: tuple[str, ...] = ()
    uses_topic: bool = False  # categories come from the topic (TOPIC_CLUBS)


TOPIC_CLUBS = [
    # (name part, categories)
    ("Liikunta", ("sports-outdoors",)),
    ("Hiihto", ("sports-outdoors",)),
    ("Suunnistus", ("sports-outdoors",)),
    ("Pyöräily", ("sports-outdoors",)),
    ("Melonta", ("sports-outdoors", "environment-animals")),
    ("Sulkapallo", ("sports-outdoors",)),
    ("Lentopallo", ("sports-outdoors",)),
    ("Shakki", ("hobbies",)),
    ("Kamera", ("hobbies", "culture-arts")),
    ("Luonto", ("environment-animals", "sports-outdoors")),
    ("Lintu", ("environment-animals",)),
    ("Kalastus", ("hobbies", "environment-animals")),
    ("Sukututkimus", ("hobbies", "culture-arts")),
    ("Kotiseutu", ("culture-arts", "village-residents")),
    ("Teatteri", ("culture-arts",)),
    ("Tanssi", ("culture-arts", "sports-outdoors")),
    ("Kirjallisuus", ("culture-arts", "education")),
]

COMMON_MEETINGS = ("Kokoontuminen", "Jäsenilta", "Avoin ilta", "Hallituksen kokous")

KINDS = [
    Kind(
        weight=6,
        names_fi=("{gen} Nuorisoseura ry", "{village} Nuorisoseura ry"),
        names_sv=("{sv} Ungdomsförening r.f.",),
        categories=("youth", "culture-arts", "village-residents"),
        target_groups=("youth", "children"),
        shorts=(
            "Nuorten harrastuksia, teatteria ja tanssia {gen} seurantalolla.",
            "Nuorisoseura tarjoaa nuorille harrastuksia ja yhteisiä iltoja.",
        ),
        shorts_sv=("Teater, dans och gemenskap för unga i {sv}.",),
        about=(
            "Nuorisoseura järjestää nuorten iltoja, teatteria ja kansantanssia.",
            "Nuorten teatteriryhmä harjoittelee kerran viikossa ja esiintyy kesäjuhlilla.",
        ),
        meetings=("Nuorten ilta", "Teatteriryhmä", "Kansantanssi"),
    ),
    Kind(
        weight=5,
        names_fi=("{gen} Partiolaiset ry", "{gen} Metsänkävijät ry", "{village} Eräveikot ry"),
        names_sv=("{sv} Scoutkår r.f.",),
        categories=("youth", "children-families", "sports-outdoors"),
        target_groups=("children", "youth"),
        shorts=(
            "Partiota lapsille ja nuorille: retkiä, leirejä ja taitoja luonnossa.",
            "Partiolippukunta, jossa lapset ja nuoret oppivat retkeilemään.",
        ),
        shorts_sv=("Scouting för barn och unga: hajker, läger och friluftsliv.",),
        about=(
            "Partiossa lapset ja nuoret oppivat retkeilemään, toimimaan ryhmässä ja kantamaan vastuuta.",
            "Viikoittaisten kokousten lisäksi teemme retkiä ja kesäisin leirejä.",
        ),
        meetings=("Sudenpentujen kokous", "Seikkailijat", "Vaeltajat", "Johtajakokous"),
    ),
    Kind(
        weight=5,
        names_fi=("{village} kyläyhdistys ry", "{gen} kyläyhdistys ry", "{village} Kyläseura ry"),
        names_sv=("{sv} Byaförening r.f.",),
        categories=("village-residents", "culture-arts"),
        target_groups=("everyone", "families"),
        shorts=(
            "Kylän yhteisiä tapahtumia, talkoita ja kylätalon toimintaa.",
            "Kyläyhdistys pitää kylätalon auki ja järjestää tapahtumia koko kylälle.",
        ),
        shorts_sv=("Byns gemensamma evenemang, talkon och byagården.",),
        about=(
            "Kyläyhdistys ylläpitää kylätaloa ja järjestää talkoita, kesäjuhlia ja joulumyyjäisiä.",
            "Kylätalolla on avoimet ovet, kahvia ja seuraa kerran viikossa.",
        ),
        meetings=("Kylätalon avoimet ovet", "Talkoot", "Kyläkahvila"),
    ),
    Kind(
        weight=3,
        names_fi=(
            "{gen} Mielenterveysyhdistys Tuki ry",
            "{gen} seudun mielenterveysseura ry",
            "{gen} Mielenterveysyhdistys Virta ry",
        ),
        names_sv=(),
        categories=("mental-health-substance", "social-health"),
        target_groups=("everyone", "youth", "unemployed"),
        shorts=(
            "Vertaistukea, keskusteluryhmiä ja matalan kynnyksen toimintaa.",
            "Matalan kynnyksen kohtaamispaikka ja vertaistukiryhmiä.",
        ),
        about=(
            "Yhdistys tarjoaa vertaistukea ja keskusteluryhmiä mielenterveyden haasteiden kanssa eläville ja heidän läheisilleen.",
            "Kohtaamispaikkaan voi tulla ilman ajanvarausta juttelemaan ja juomaan kahvit.",
        ),
        meetings=("Vertaistukiryhmä", "Olohuone", "Keskusteluryhmä"),
    ),
    Kind(
        weight=8,
        names_fi=("{gen} {topic}seura ry", "{village} {topic}kerho ry"),
        names_sv=("{sv} Idrottsförening r.f.", "{sv} Hembygdsförening r.f."),
        categories=("hobbies",),
        uses_topic=True,
        target_groups=("everyone", "youth", "families"),
        shorts=(
            "{topic}harrastusta kaikenikäisille {gen} alueella.",
            "Seura tarjoaa harrastuksen, jossa aloittelijat ovat tervetulleita.",
        ),
        shorts_sv=("Motion och hobbyer för alla åldrar i {sv}.",),
        about=(
            "Seuran harrastus sopii sekä aloittelijoille että kokeneille.",
            "Järjestämme kursseja, kilpailuja ja retkiä, ja välineitä voi lainata seuralta.",
        ),
        meetings=("Harjoitukset", "Kerhoilta", "Kurssi", "Yhteislenkki"),
    ),
    Kind(
        weight=4,
        names_fi=("{gen} Eläkeläiset ry", "{gen} Seniorit ry", "{gen} Ikäihmisten Ystävät ry"),
        names_sv=("{sv} Pensionärer r.f.",),
        categories=("seniors", "social-health", "hobbies"),
        target_groups=("seniors",),
        shorts=(
            "Ikäihmisten kerhoja, retkiä ja liikuntaa.",
            "Eläkeläisten yhteistä toimintaa: kerhot, matkat ja kuntoliikunta.",
        ),
        shorts_sv=("Klubbar, resor och motion för pensionärer.",),
        about=(
            "Viikoittaisessa kerhossa on esitelmiä, laulua ja kahvit.",
            "Teemme teatterimatkoja ja retkiä, ja tuolijumppa sopii kaikille.",
        ),
        meetings=("Kerho", "Tuolijumppa", "Lauluryhmä"),
    ),
    Kind(
        weight=3,
        names_fi=("{gen} Marttayhdistys ry", "{village} Martat ry"),
        names_sv=("{sv} Marthaförening r.f.",),
        categories=("hobbies", "children-families", "education"),
        target_groups=("everyone", "families"),
        shorts=("Ruokaa, kädentaitoja ja yhdessäoloa marttailtojen merkeissä.",),
        shorts_sv=("Mat, handarbete och gemenskap på marthaträffar.",),
        about=(
            "Marttailloissa kokataan, neulotaan ja opitaan arjen taitoja yhdessä.",
            "Järjestämme ruokakursseja perheille ja myyjäisiä.",
        ),
        meetings=("Marttailta", "Ruokakurssi"),
    ),
    Kind(
        weight=3,
        names_fi=("{gen} 4H-yhdistys ry",),
        names_sv=("{sv} 4H r.f.",),
        categories=("youth", "employment", "environment-animals"),
        target_groups=("youth", "children"),
        shorts=("Kerhoja, kursseja ja ensimmäisiä työkokemuksia nuorille.",),
        shorts_sv=("Klubbar och sommarjobb för unga.",),
        about=(
            "4H-yhdistys tarjoaa nuorille kerhoja ja ensimmäisiä työpaikkoja.",
            "Kesäisin nuoret pääsevät töihin pihoihin ja puutarhoihin.",
        ),
        meetings=("Kokkikerho", "Eläinkerho", "Metsäkerho"),
    ),
    Kind(
        weight=2,
        names_fi=("{gen} seudun Omaishoitajat ry",),
        names_sv=(),
        categories=("social-health", "seniors"),
        target_groups=("seniors", "everyone"),
        shorts=("Tukea ja virkistystä omaishoitajille.",),
        about=(
            "Omaishoitajien vertaisryhmässä jaetaan kokemuksia ja saadaan tukea.",
            "Järjestämme virkistyspäiviä ja tietoa omaishoidon tuista.",
        ),
        meetings=("Vertaisryhmä", "Virkistysilta"),
    ),
    Kind(
        weight=3,
        names_fi=("MLL:n {gen} paikallisyhdistys ry", "{gen} Perhekerho ry"),
        names_sv=("Folkhälsan i {sv} r.f.",),
        categories=("children-families",),
        target_groups=("families", "children"),
        shorts=(
            "Perhekahvila, vertaistukea ja tapahtumia lapsiperheille.",
            "Toimintaa perheille: perhekahvila, muskari ja retkiä.",
        ),
        shorts_sv=("Familjecafé och evenemang för barnfamiljer.",),
        about=(
            "Perhekahvilassa vanhemmat tapaavat toisiaan ja lapset leikkivät yhdessä.",
            "Järjestämme perheille retkiä, muskaria ja lastenhoitoapua.",
        ),
        meetings=("Perhekahvila", "Muskari", "Vauvakerho"),
    ),
    Kind(
        weight=2,
        names_fi=("{gen} Monikulttuurinen yhdistys ry", "{gen} Kansainvälinen kohtaamispaikka ry"),
        names_sv=(),
        categories=("multicultural", "education"),
        target_groups=("immigrants", "families"),
        shorts=("Suomen kielen kerhoja, kohtaamisia ja apua arjen asioihin.",),
        about=(
            "Kielikahvilassa harjoitellaan suomea rennosti ja tutustutaan uusiin ihmisiin.",
            "Neuvomme arjen asioissa ja järjestämme yhteisiä juhlia.",
        ),
        meetings=("Kielikahvila", "Läksykerho", "Naisten ryhmä"),
    ),
    Kind(
        weight=4,
        names_fi=("{gen} Urheilijat ry", "{gen} Kisa-Veikot ry", "{village} Pallo ry"),
        names_sv=("{sv} Idrottsklubb r.f.",),
        categories=("sports-outdoors", "youth"),
        target_groups=("children", "youth", "everyone"),
        shorts=(
            "Yleisurheilua, palloilua ja liikuntaa lapsille ja aikuisille.",
            "Urheiluseura, jossa liikunta on hauskaa kaikille.",
        ),
        shorts_sv=("Idrott och bollspel för barn och vuxna.",),
        about=(
            "Seuran junioriryhmissä liikunta on leikinomaista ja kaikki pääsevät mukaan.",
            "Aikuisille on kuntoryhmiä ja tapahtumia ympäri vuoden.",
        ),
        meetings=("Junioriharjoitukset", "Kuntoryhmä", "Pelivuoro"),
    ),
    Kind(
        weight=2,
        names_fi=("{gen} Invalidit ry", "{gen} seudun Näkövammaiset ry", "{gen} Kuulo ry"),
        names_sv=(),
        categories=("disability", "social-health"),
        target_groups=("people-with-disabilities", "everyone"),
        shorts=("Vertaistukea, edunvalvontaa ja virkistystä.",),
        about=(
            "Yhdistys valvoo jäsentensä etuja ja järjestää vertaistukea.",
            "Esteettömät retket ja soveltava liikunta ovat toimintamme suosituimpia.",
        ),
        meetings=("Soveltava liikunta", "Vertaistukiryhmä"),
    ),
    Kind(
        weight=2,
        names_fi=("{gen} Mieskuoro ry", "{gen} Kamarikuoro ry", "{gen} Soittokunta ry"),
        names_sv=("{sv} Sångkör r.f.",),
        categories=("culture-arts",),
        target_groups=("everyone",),
        shorts=("Laulua ja musiikkia yhdessä, konsertteja ympäri vuoden.",),
        shorts_sv=("Sång och musik tillsammans, konserter året runt.",),
        about=(
            "Harjoittelemme kerran viikossa ja esiinnymme konserteissa ja juhlissa.",
            "Uudet laulajat ja soittajat ovat tervetulleita koelauluun.",
        ),
        meetings=("Harjoitukset", "Stemmaharjoitus"),
    ),
    Kind(
        weight=2,
        names_fi=("{gen} Reserviläiset ry", "{gen} Asukasyhdistys ry", "{gen} Yrittäjät ry"),
        names_sv=(),
        categories=("civic-advocacy", "village-residents"),
        target_groups=("everyone",),
        shorts=("Paikallista vaikuttamista ja yhteisiä tapahtumia.",),
        about=(
            "Yhdistys tuo jäsentensä äänen kuuluviin paikallisissa asioissa.",
            "Järjestämme yleisötilaisuuksia ja teemme yhteistyötä kunnan kanssa.",
        ),
        meetings=("Jäsenilta", "Hallituksen kokous"),
    ),
    Kind(
        weight=2,
        names_fi=("{gen} Työttömät ry", "{gen} Työnhakijat ry"),
        names_sv=(),
        categories=("employment", "social-health"),
        target_groups=("unemployed",),
        shorts=("Yhteisöllistä toimintaa, apua työnhakuun ja edullinen lounas.",),
        about=(
            "Työnhakupajassa saa apua hakemuksiin ja ansioluetteloon.",
            "Yhdistyksen lounaskahvila tarjoaa edullisen lounaan ja seuraa.",
        ),
        meetings=("Työnhakupaja", "Lounas"),
    ),
    Kind(
        weight=2,
        names_fi=("{gen} Luonnonsuojeluyhdistys ry", "{gen} Eläinsuojeluyhdistys ry"),
        names_sv=("{sv} Naturskyddsförening r.f.",),
        categories=("environment-animals",),
        target_groups=("everyone", "families"),
        shorts=("Luontoretkiä, talkoita ja ympäristön puolustamista.",),
        shorts_sv=("Naturutflykter, talkon och miljöarbete.",),
        about=(
            "Teemme luontoretkiä ja vieraslajitalkoita koko perheelle.",
            "Eläinsuojelun vapaaehtoiset hoitavat löytöeläimiä ja etsivät niille koteja.",
        ),
        meetings=("Luontoretki", "Talkoot"),
    ),
    Kind(
        weight=2,
        names_fi=("{gen} Rauhanyhdistys ry", "{gen} NNKY ry", "{gen} Nuorten Ystävät ry"),
        names_sv=(),
        categories=("religion-worldview", "youth"),
        target_groups=("youth", "families", "everyone"),
        shorts=("Nuorten iltoja, leirejä ja yhteisöllisyyttä.",),
        about=(
            "Nuorten illoissa pelataan, jutellaan ja syödään iltapalaa.",
            "Kesäisin järjestämme leirejä lapsille ja nuorille.",
        ),
        meetings=("Nuorten ilta", "Kerho"),
    ),
    Kind(
        weight=2,
        names_fi=("{gen} Kaveritoiminta ry", "{gen} Vapaaehtoiskeskus ry"),
        names_sv=(),
        categories=("social-health", "youth", "seniors"),
        target_groups=("youth", "seniors", "everyone"),
        shorts=(
            "Kaveritoimintaa ja vapaaehtoistyötä: ystävä yksinäiselle.",
            "Vapaaehtoistyötä, ystävätoimintaa ja kaveritoimintaa {gen} alueella.",
        ),
        about=(
            "Koulutamme vapaaehtoisia kavereiksi nuorille ja ystäviksi ikäihmisille.",
            "Vapaaehtoistyö sopii kaikille, ja perehdytys on maksuton.",
        ),
        meetings=("Vapaaehtoisten ilta", "Ryhmätapaaminen"),
    ),
]

GENERAL_SENTENCES = (
    "Uudet jäsenet ovat aina tervetulleita, eikä aiempaa kokemusta tarvita.",
    "Vapaaehtoistyö on meillä joustavaa: voit auttaa tapahtumissa silloin, kun sinulle sopii.",
    "Järjestämme myös kaveritoimintaa, jossa kukaan ei jää yksin.",
    "Harrastus sopii kaikenikäisille, ja perheille on omia ryhmiä.",
    "Liikunta ja yhdessäolo ovat toimintamme ytimessä.",
    "Tule kokeilemaan – ensimmäinen kerta on aina maksuton.",
    "Teemme yhteistyötä kunnan ja muiden yhdistysten kanssa.",
    "Haemme uusia vapaaehtoisia erityisesti viikonlopun tapahtumiin.",
    "Toimintamme rahoitetaan jäsenmaksuilla ja avustuksilla.",
    "Tapahtumistamme kerromme verkkosivuilla ja sosiaalisessa mediassa.",
)
# Only for cards whose target groups include young people.
YOUTH_SENTENCE = "Nuorten ääni kuuluu toiminnassamme: nuoret suunnittelevat itse osan tapahtumista."
GENERAL_SENTENCES_SV = (
    "Nya medlemmar är alltid välkomna, ingen tidigare erfarenhet behövs.",
    "Frivilligarbete hos oss är flexibelt: du hjälper till när det passar dig.",
    "Vi ordnar också verksamhet för familjer och unga.",
    "Kom och prova – första gången är alltid gratis.",
    "Vi samarbetar med kommunen och andra föreningar.",
    "Verksamheten finansieras med medlemsavgifter och understöd.",
)

MEETING_PLACES = (
    "Nuorisotalo",
    "Seurakuntatalo",
    "Kylätalo",
    "Koulun liikuntasali",
    "Kirjaston kokoushuone",
    "Seurantalo",
    "Järjestötalo",
    "Palvelukeskus",
)
STREETS = ("Koulukatu", "Kirkkotie", "Asematie", "Rantatie", "Myllytie", "Puistokatu", "Kylätie")
FEES = (
    "Maksuton",
    "10 € vuodessa",
    "15 € vuodessa",
    "20 € vuodessa",
    "25 € vuodessa, alle 18-vuotiaille maksuton",
    "30 €/vuosi, perhejäsenyys 45 €",
)
HOW_TO_JOIN = (
    "Tule mukaan mihin tahansa kokoontumiseen tai lähetä viesti.",
    "Ilmoittaudu sähköpostilla tai tule paikan päälle.",
    "Lähetä liittymispyyntö portaalin kautta, niin otamme yhteyttä.",
)
FIRST_NAMES = ("Anna", "Mikko", "Sari", "Jussi", "Aino", "Eero", "Liisa", "Timo", "Kaisa", "Olli")
LAST_NAMES = ("Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Laine", "Heikkinen", "Koskinen")
SV_FIRST_NAMES = ("Anders", "Maria", "Johan", "Sofia", "Erik", "Linnea")
SV_LAST_NAMES = ("Lindholm", "Nyström", "Sjöberg", "Holmström", "Ekman")

# (start hour, start minute, weight): many evening times, some daytime.
START_TIMES = (
    (9, 30, 1),
    (10, 0, 2),
    (12, 0, 1),
    (13, 0, 2),
    (14, 0, 1),
    (15, 0, 1),
    (16, 30, 2),
    (17, 0, 4),
    (17, 30, 3),
    (18, 0, 6),
    (18, 30, 4),
    (19, 0, 4),
    (19, 30, 2),
    (20, 0, 1),
)
DURATIONS = (60, 90, 90, 120, 180)


class Command(BaseCommand):
    help = (
        "Generate realistic synthetic association cards for load tests "
        f"(marked with the slug prefix {SLUG_PREFIX!r} and the domain {EMAIL_DOMAIN})."
    )

    def add_arguments(self, parser):
        parser.add_argument("--associations", type=int, default=20000, help="How many cards.")
        parser.add_argument("--seed", type=int, default=1, help="Random seed (default 1).")
        parser.add_argument(
            "--clear", action="store_true", help="Delete earlier generated cards first."
        )

    def handle(self, *args, associations, seed, clear, **options):
        if associations < 0:
            raise CommandError("--associations must be zero or more.")
        started = time.monotonic()
        phase = Phases(self.stdout if options["verbosity"] >= 2 else None)
        if clear:
            deleted = self.clear()
            self.stdout.write(f"Deleted {deleted} earlier generated cards.")
            phase.done("clear")
        generator = Generator(random.Random(seed))
        phase.done("load places and terms")
        with transaction.atomic():
            first_number = next_slug_number()
            ids = []
            for start in range(0, associations, BATCH_SIZE):
                count = min(BATCH_SIZE, associations - start)
                ids += generator.create_batch(first_number + start, count, phase)
            if ids:
                refresh_search_vectors(
                    bench_associations().filter(pk__gte=min(ids), pk__lte=max(ids)),
                    *SEARCH_WEIGHTS,
                )
                phase.done("search vectors")
        if connection.vendor == "postgresql":
            # Fresh statistics, so that the planner sees the new row counts at once.
            tables = [Association._meta.db_table, MeetingTime._meta.db_table] + [
                getattr(Association, field).through._meta.db_table for field in M2M_FIELDS
            ]
            # VACUUM too: writing the search vectors updated every new row, leaving a dead copy
            # of each that would make scans twice as long. It cannot run inside a transaction
            # (as in the tests); ANALYZE alone does there.
            command = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
            with connection.cursor() as cursor:
                cursor.execute(f"{command} " + ", ".join(map(connection.ops.quote_name, tables)))
            phase.done("analyze")
        elapsed = time.monotonic() - started
        self.stdout.write(
            self.style.SUCCESS(
                f"Generated {len(ids)} association cards in {elapsed:.1f} s "
                f"({bench_associations().count()} generated cards in the database)."
            )
        )
        phase.summary()

    def clear(self) -> int:
        with transaction.atomic():
            cards = bench_associations()
            # Delete the dependent rows in set-based statements first; the cards then go fast.
            for field in M2M_FIELDS:
                through = getattr(Association, field).through
                through.objects.filter(association__in=cards).delete()
            MeetingTime.objects.filter(association__in=cards).delete()
            # Only the keys are needed to cascade to anything else that refers to a card.
            deleted = cards.count()
            cards.only("pk").delete()
        return deleted


class Phases:
    """Time spent per phase, summed over batches; printed with --verbosity 2."""

    def __init__(self, out):
        self.out = out
        self.totals: dict[str, float] = {}
        self.mark = time.monotonic()

    def done(self, name: str) -> None:
        now = time.monotonic()
        self.totals[name] = self.totals.get(name, 0.0) + now - self.mark
        self.mark = now

    def summary(self) -> None:
        if self.out is not None:
            for name, seconds in self.totals.items():
                self.out.write(f"  {name:<24} {seconds:6.2f} s")


def next_slug_number() -> int:
    """1 + the largest number at the end of an existing generated slug, so slugs stay unique."""
    numbers = [
        int(match.group(1))
        for slug in bench_associations().values_list("slug", flat=True).iterator()
        if (match := re.search(r"-(\d+)$", slug))
    ]
    return max(numbers, default=0) + 1


class Generator:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.now = timezone.now()
        self.places = self._load_places()
        if not self.places:
            raise CommandError("No municipalities: run `manage.py migrate` first.")
        by_region: dict[int, list[Place]] = {}
        for place in self.places:
            by_region.setdefault(place.region_id, []).append(place)
        self.neighbours = {
            place: [other for other in by_region[place.region_id] if other is not place]
            for place in self.places
        }
        self.place_cum_weights = list(
            itertools.accumulate(TOWN_WEIGHTS.get(place.name, 1) for place in self.places)
        )
        # Every municipality gets a card first (in random order), then bigger towns get more.
        self.first_round = list(self.places)
        rng.shuffle(self.first_round)
        self.categories = dict(Category.objects.values_list("slug", "pk"))
        self.target_groups = dict(TargetGroup.objects.values_list("slug", "pk"))
        self.languages = dict(ActivityLanguage.objects.values_list("slug", "pk"))
        self.category_names = {
            pk: f"{fi} {sv} {en}"
            for pk, fi, sv, en in Category.objects.values_list(
                "pk", "name_fi", "name_sv", "name_en"
            )
        }
        self.start_times = [datetime.time(h, m) for h, m, _ in START_TIMES]
        self.start_weights = [w for _, _, w in START_TIMES]
        self.used_names: set[str] = set()
        self.count = 0

    @staticmethod
    def _load_places() -> list[Place]:
        places = []
        rows = Municipality.objects.select_related("region").order_by("code")
        for municipality in rows:
            name = DISPLAY_NAMES.get(municipality.name_fi, municipality.name_fi)
            if (
                municipality.region.code in SWEDISH_REGIONS
                or municipality.name_fi in SWEDISH_MAJORITY
            ):
                swedish = "majority"
            elif municipality.name_fi in BILINGUAL:
                swedish = "bilingual"
            else:
                swedish = ""
            places.append(
                Place(
                    municipality_id=municipality.pk,
                    region_id=municipality.region_id,
                    name=name,
                    name_gen=genitive(name),
                    name_sv=DISPLAY_NAMES.get(municipality.name_sv, municipality.name_sv),
                    search_names=f"{municipality.name_fi} {municipality.name_sv}",
                    swedish=swedish,
                )
            )
        return places

    def pick_place(self) -> Place:
        if self.count < len(self.first_round):
            return self.first_round[self.count]
        return self.rng.choices(self.places, cum_weights=self.place_cum_weights)[0]

    def create_batch(self, first_number: int, count: int, phase: Phases) -> list[int]:
        cards, relations = [], []
        for number in range(first_number, first_number + count):
            card, related = self.make_card(number)
            cards.append(card)
            relations.append(related)
            self.count += 1
        phase.done("build cards in Python")
        Association.objects.bulk_create(cards, batch_size=BATCH_SIZE)
        phase.done("insert cards")
        through_rows = {field: [] for field in M2M_FIELDS}
        meetings = []
        for card, related in zip(cards, relations, strict=True):
            for pk in related["categories"]:
                through_rows["categories"].append(
                    Association.categories.through(association_id=card.pk, category_id=pk)
                )
            for pk in related["target_groups"]:
                through_rows["target_groups"].append(
                    Association.target_groups.through(association_id=card.pk, targetgroup_id=pk)
                )
            for pk in related["languages"]:
                through_rows["languages"].append(
                    Association.languages.through(association_id=card.pk, activitylanguage_id=pk)
                )
            for pk in related["municipalities"]:
                through_rows["municipalities"].append(
                    Association.municipalities.through(association_id=card.pk, municipality_id=pk)
                )
            for meeting in related["meetings"]:
                meeting.association_id = card.pk
                meetings.append(meeting)
        for field, rows in through_rows.items():
            getattr(Association, field).through.objects.bulk_create(rows, batch_size=5000)
        MeetingTime.objects.bulk_create(meetings, batch_size=5000)
        phase.done("insert related rows")
        return [card.pk for card in cards]

    def make_card(self, number: int):
        rng = self.rng
        place = self.pick_place()
        swedish_share = {"majority": 0.75, "bilingual": 0.12}.get(place.swedish, 0.0)
        swedish_card = rng.random() < swedish_share
        kinds = [kind for kind in KINDS if kind.names_sv] if swedish_card else KINDS
        weights = [kind.weight for kind in kinds]
        kind = rng.choices(kinds, weights=weights)[0]
        topic, topic_categories = rng.choice(TOPIC_CLUBS)

        values = {
            "gen": place.name_gen,
            "place": place.name,
            "sv": place.name_sv,
            "village": rng.choice(VILLAGES),
            "topic": topic,
        }
        name = self.unique_name(kind, swedish_card, values)
        group_slugs = rng.sample(
            kind.target_groups, k=min(len(kind.target_groups), rng.randint(1, 2))
        )
        group_ids = [self.target_groups[slug] for slug in group_slugs if slug in self.target_groups]
        if swedish_card:
            short = rng.choice(kind.shorts_sv or kind.shorts).format(**values)
            parts = rng.sample(GENERAL_SENTENCES_SV, k=rng.randint(2, 3))
        else:
            short = rng.choice(kind.shorts).format(**values)
            wanted = rng.randint(2, 3)
            parts = [rng.choice(kind.about).format(**values)]
            if rng.random() < 0.4:
                parts.append(f"Toimimme {place.name_gen} alueella ja lähikunnissa.")
            pool = GENERAL_SENTENCES + ((YOUTH_SENTENCE,) if "youth" in group_slugs else ())
            parts += rng.sample(pool, k=max(0, wanted - len(parts)))
        description = " ".join(parts)

        # Categories: the kind's main one, and sometimes one or two more of its own.
        kind_categories = (*topic_categories, "hobbies") if kind.uses_topic else kind.categories
        kind_categories = list(dict.fromkeys(kind_categories))
        category_slugs = [kind_categories[0]]
        for slug in kind_categories[1:]:
            if len(category_slugs) < 3 and rng.random() < 0.55:
                category_slugs.append(slug)
        category_ids = [self.categories[slug] for slug in category_slugs if slug in self.categories]

        language_slugs = ["sv"] if swedish_card else ["fi"]
        roll = rng.random()
        if place.swedish and roll < 0.35:
            language_slugs.append("fi" if swedish_card else "sv")
        elif roll < 0.08:
            language_slugs.append("en")
        elif roll < 0.1:
            language_slugs.append("other")
        language_ids = [self.languages[slug] for slug in language_slugs if slug in self.languages]

        neighbours = self.neighbours[place]
        others = rng.sample(neighbours, k=min(len(neighbours), rng.choice((0, 0, 1, 1, 2))))
        municipality_ids = [place.municipality_id] + [p.municipality_id for p in others]

        meetings = []
        for _ in range(rng.choice((0, 1, 1, 2, 2, 3))):
            start = rng.choices(self.start_times, weights=self.start_weights)[0]
            end = None
            if rng.random() < 0.8:
                end_dt = datetime.datetime.combine(datetime.date(2000, 1, 3), start)
                end = (end_dt + datetime.timedelta(minutes=rng.choice(DURATIONS))).time()
            meetings.append(
                MeetingTime(
                    weekday=rng.randrange(7),
                    start_time=start,
                    end_time=end,
                    description=rng.choice(kind.meetings + COMMON_MEETINGS[:1]),
                )
            )

        roll = rng.random()
        if roll < 0.88:
            status = Association.Status.PUBLISHED
        elif roll < 0.95:
            status = Association.Status.DRAFT
        elif roll < 0.98:
            status = Association.Status.PENDING
        else:
            status = Association.Status.HIDDEN
        created_at = self.now - datetime.timedelta(days=rng.randint(30, 5 * 365))
        published_at = None
        verified = False
        verified_at = None
        if status in (Association.Status.PUBLISHED, Association.Status.HIDDEN):
            published_at = created_at + datetime.timedelta(days=rng.randint(0, 20))
            verified = rng.random() < 0.8
            if verified:
                verified_at = published_at + datetime.timedelta(days=rng.randint(0, 10))

        slug = f"{SLUG_PREFIX}{slugify(name)[:150].strip('-')}-{number}"
        if swedish_card:
            contact = f"{rng.choice(SV_FIRST_NAMES)} {rng.choice(SV_LAST_NAMES)}"
        else:
            contact = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        category_text = " ".join(self.category_names[pk] for pk in category_ids)
        place_text = " ".join(p.search_names for p in [place, *others])
        card = Association(
            name=name,
            slug=slug,
            short_description=short[:300],
            description=description,
            home_municipality_id=place.municipality_id,
            meeting_place=rng.choice(MEETING_PLACES) if rng.random() < 0.8 else "",
            street_address=f"{rng.choice(STREETS)} {rng.randint(1, 40)}",
            postal_code=f"{rng.randint(100, 99999):05d}",
            post_office=place.name.upper(),
            step_free_access=rng.choice((True, True, False, None)),
            membership_fee=rng.choice(FEES),
            how_to_join=rng.choice(HOW_TO_JOIN),
            contact_name=contact,
            contact_email=f"yhdistys{number}@{EMAIL_DOMAIN}",
            contact_phone=f"040 {rng.randint(1000000, 9999999)}",
            contact_language="sv" if swedish_card else "fi",
            founded_year=rng.randint(1890, 2024),
            status=status,
            is_verified=verified,
            verified_at=verified_at,
            has_evening_activity=any(runs_in_evening(m.start_time, m.end_time) for m in meetings),
            created_at=created_at,
            published_at=published_at,
            search_text=build_search_text(name, short, description, category_text, place_text),
        )
        related = {
            "categories": category_ids,
            "target_groups": group_ids,
            "languages": language_ids,
            "municipalities": municipality_ids,
            "meetings": meetings,
        }
        return card, related

    def unique_name(self, kind: Kind, swedish: bool, values: dict) -> str:
        patterns = kind.names_sv if swedish else kind.names_fi
        name = ""
        for _ in range(4):
            values["village"] = self.rng.choice(VILLAGES)
            name = self.rng.choice(patterns).format(**values)
            if name not in self.used_names:
                break
        self.used_names.add(name)
        return name
