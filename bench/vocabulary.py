"""The words of generated association cards: place names and their genitives, kinds of
association with their names, descriptions and meetings, and the odds of each choice."""

from dataclasses import dataclass
from functools import lru_cache

import pyvoikko

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
