"""Demo opportunities for trying the portal out. Product content, not test fixtures.

The tasks are fictional but plausible and belong to the published demo associations in the
featured regions (Etelä-Karjala, Kymenlaakso, Keski-Suomi). Every date is counted from the day
the demo is loaded, so the listings never go stale: tasks start within the next four months and
their application deadlines are still ahead. On purpose, one task is past its deadline (it is
hidden from the listings) and one is closed. A few small tasks are filled by demo sign-ups, so
that the next person goes to the waiting list.
"""

import datetime
from dataclasses import dataclass
from decimal import Decimal
from inspect import cleandoc

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.utils import timezone, translation

from associations.models import ActivityLanguage, Association, Category
from core.models import Municipality
from core.schedule import Weekday
from demo.accounts import DEMO_PASSWORD
from volunteering import services
from volunteering.models import Opportunity, OpportunityTime

MO, TU, WE, TH, FR, SA, SU = (
    Weekday.MONDAY,
    Weekday.TUESDAY,
    Weekday.WEDNESDAY,
    Weekday.THURSDAY,
    Weekday.FRIDAY,
    Weekday.SATURDAY,
    Weekday.SUNDAY,
)

VOLUNTEER = Opportunity.Type.VOLUNTEER
BUDDY = Opportunity.Type.BUDDY
EVENT_HELP = Opportunity.Type.EVENT_HELP
PLACEMENT = Opportunity.Type.PLACEMENT
TRYOUT = Opportunity.Type.TRYOUT
JOB = Opportunity.Type.JOB
GROUP = Opportunity.Type.GROUP

ONE_OFF = Opportunity.Schedule.ONE_OFF
RECURRING = Opportunity.Schedule.RECURRING
FLEXIBLE = Opportunity.Schedule.FLEXIBLE

ORIENTATION = Opportunity.Benefit.ORIENTATION
TRAINING = Opportunity.Benefit.TRAINING
CERTIFICATE = Opportunity.Benefit.CERTIFICATE
INSURANCE = Opportunity.Benefit.INSURANCE
MEALS = Opportunity.Benefit.MEALS
TRAVEL = Opportunity.Benefit.TRAVEL
PAY = Opportunity.Benefit.PAY

PUBLISHED = Opportunity.Status.PUBLISHED
CLOSED = Opportunity.Status.CLOSED

CRIMINAL_RECORD = """
    Olet vähintään 18-vuotias. Toimit lasten ja nuorten kanssa, joten pyydämme nähtäväksi
    rikostaustaotteen. Vapaaehtoiselle ote on maksuton, ja yhdistys antaa sinulle sen
    tilaamiseen tarvittavan todistuksen.
"""
JOB_CRIMINAL_RECORD = """
    Olet vähintään 18-vuotias. Lain mukaan lasten kanssa työskentelevän on näytettävä
    rikostaustaote ennen työsuhteen alkua. Autamme otteen tilaamisessa.
"""


@dataclass(frozen=True, kw_only=True)
class DemoOpportunity:
    slug: str
    association: str  # slug of a published demo association
    title: str
    type: str
    short_description: str
    description: str  # Markdown; indentation is removed with inspect.cleandoc
    plain_language_summary: str = ""
    municipality: str = ""  # municipality slug; the association's home municipality if empty
    address: str = ""
    is_remote: bool = False
    schedule: str = FLEXIBLE
    # One-off: the first day is `start` days from today, moved on to the next `on` weekday;
    # it lasts `days` days. Recurring: the period starts so, and lasts `period` days (or goes on).
    start: int | None = None
    on: int | None = None
    days: int = 1
    period: int | None = None
    start_time: str = ""  # "HH:MM", one-off tasks
    end_time: str = ""
    # Recurring: (weekday, start "HH:MM", end "HH:MM" or None)
    times: tuple[tuple[int, str, str | None], ...] = ()
    hours_per_week: str = ""
    total_days: int | None = None
    min_age: int | None = None
    max_age: int | None = None
    beginner_friendly: bool = False
    requirements: str = ""
    benefits: tuple[str, ...] = ()
    accessibility_notes: str = ""
    places: int | None = None
    deadline: int | None = None  # days from today
    categories: tuple[str, ...] = ()  # the association's categories if empty
    languages: tuple[str, ...] = ("fi",)
    contact_name: str = ""
    contact_email: str = ""
    contact_language: str = "fi"
    status: str = PUBLISHED
    # Demo people signed up when the task is created; when this is places or more, it is full.
    signups: int = 0


DEMO_OPPORTUNITIES = [
    # ---------------------------------------------------------------- Etelä-Karjala
    DemoOpportunity(
        slug="kipina-junioreiden-apuvalmentaja",
        association="lappeenrannan-kipina",
        title="Apuvalmentajaksi 7–12-vuotiaiden salibandyryhmään",
        type=VOLUNTEER,
        short_description=(
            "Auta junioriryhmän harjoituksissa maanantai-iltaisin Kimpisen liikuntahallissa. "
            "Salibandytaitoja ei tarvita, innostus riittää."
        ),
        description="""
            Junioriryhmässämme on noin 25 pelaajaa, ja kaipaamme pääohjaajan rinnalle
            apuvalmentajia. Tehtäviisi kuuluu harjoitusten rastien vetäminen, välineiden
            kantaminen ja lasten kannustaminen.

            Saat seuralta valmentajan peruskoulutuksen ja seuran asun. Harjoitukset ovat
            maanantaisin klo 17–18.30.
        """,
        address="Kimpisen liikuntahalli, Kimpisenkatu 12",
        schedule=RECURRING,
        start=10,
        period=120,
        times=((MO, "17:00", "18:30"),),
        hours_per_week="1.5",
        min_age=18,
        beginner_friendly=True,
        requirements=CRIMINAL_RECORD,
        benefits=(ORIENTATION, TRAINING, INSURANCE),
        accessibility_notes="Halliin pääsee pääovesta ilman portaita.",
        places=3,
        deadline=8,
        contact_name="Jenni Kärkkäinen",
        contact_email="kipina@example.fi",
        signups=4,  # full, and one on the waiting list
    ),
    DemoOpportunity(
        slug="kipina-perhesahlyturnauksen-talkoot",
        association="lappeenrannan-kipina",
        title="Talkoolaiseksi perhesählyturnaukseen",
        type=EVENT_HELP,
        short_description=(
            "Perhesählyturnauksessa tarvitaan kioskin myyjiä, ajanottajia ja järjestyksen "
            "pitäjiä. Tule yhdeksi päiväksi tai puoleksi päiväksi."
        ),
        description="""
            Järjestämme koko perheen salibandyturnauksen, johon tulee noin 30 joukkuetta.
            Tarvitsemme apua kioskissa, ottelupöydässä ja pysäköinnin ohjauksessa.

            Voit valita vuoron aamupäivälle tai iltapäivälle. Talkoolaiset saavat ruoan ja
            kahvit. Perehdytämme tehtävään aamulla ennen ensimmäistä ottelua.
        """,
        address="Kimpisen liikuntahalli, Kimpisenkatu 12",
        schedule=ONE_OFF,
        start=24,
        on=SA,
        start_time="09:00",
        end_time="15:00",
        min_age=15,
        beginner_friendly=True,
        benefits=(ORIENTATION, MEALS),
        places=10,
        deadline=20,
        contact_name="Jenni Kärkkäinen",
        contact_email="kipina@example.fi",
        signups=2,
    ),
    DemoOpportunity(
        slug="kipina-jtet-seuratyo",
        association="lappeenrannan-kipina",
        title="Tutustu urheiluseuran työhön (JTET, 2 päivää)",
        type=TRYOUT,
        short_description=(
            "Kaksi päivää urheiluseuran toimistossa ja hallilla: näet, miten harjoitusvuorot, "
            "viestintä ja tapahtumat suunnitellaan."
        ),
        description="""
            Järjestöjen työelämään tutustuminen (JTET) on lyhyt jakso, jossa pääset
            näkemään järjestön arkea. Kahden päivän aikana olet mukana seuran
            toiminnanjohtajan työssä: suunnittelet somepäivityksen, autat hallivuorojen
            kanssa ja seuraat illan harjoituksia.

            Jakson lopuksi saat todistuksen, jota voit käyttää työnhaussa.
        """,
        plain_language_summary="""
            Tule tutustumaan urheiluseuran työhön kahdeksi päiväksi.
            Et tarvitse kokemusta.
            Saat todistuksen.
        """,
        address="Kimpisen liikuntahalli, Kimpisenkatu 12",
        schedule=ONE_OFF,
        start=30,
        on=TU,
        days=2,
        start_time="09:00",
        end_time="15:00",
        total_days=2,
        min_age=15,
        max_age=29,
        beginner_friendly=True,
        benefits=(ORIENTATION, CERTIFICATE, INSURANCE),
        places=2,
        deadline=25,
        contact_name="Jenni Kärkkäinen",
        contact_email="kipina@example.fi",
    ),
    DemoOpportunity(
        slug="kipina-paivaleirin-ohjaaja",
        association="lappeenrannan-kipina",
        title="Päiväleirin ohjaaja (palkallinen)",
        type=JOB,
        short_description=(
            "Ohjaa 7–12-vuotiaiden liikuntaleiriä viiden päivän ajan Lemillä. Työstä "
            "maksetaan palkkaa, ja saat ruoan leirin aikana."
        ),
        description="""
            Haemme neljää ohjaajaa viiden päivän päiväleirille. Leirillä pelataan, uidaan ja
            ulkoillaan. Ohjaajat vetävät pienryhmiä pääohjaajan johdolla.

            Palkka on 95 € päivältä. Ennen leiriä pidetään ilmainen ohjaajakoulutus, jossa
            käydään läpi turvallisuus ja ensiapu.
        """,
        municipality="lemi",
        address="Lemin urheilukenttä",
        schedule=ONE_OFF,
        start=58,
        on=MO,
        days=5,
        start_time="09:00",
        end_time="16:00",
        min_age=18,
        requirements=JOB_CRIMINAL_RECORD,
        benefits=(PAY, TRAINING, MEALS, INSURANCE),
        places=4,
        deadline=35,
        contact_name="Jenni Kärkkäinen",
        contact_email="kipina@example.fi",
    ),
    DemoOpportunity(
        slug="tyyni-kahvilavuorot",
        association="imatran-mielenterveysyhdistys-tyyni",
        title="Kahvilavuoroja kohtaamispaikassa",
        type=VOLUNTEER,
        short_description=(
            "Keitä kahvia, ota vieraat vastaan ja ole läsnä. Vuoroja on tiistaisin ja "
            "torstaisin, ja voit tulla niin usein kuin sinulle sopii."
        ),
        description="""
            Kohtaamispaikka Tyyni on avoinna kaikille. Kahvilavuorossa keität kahvia, myyt
            pullaa ja juttelet kävijöiden kanssa. Rauhallinen ja ystävällinen ote on
            tärkeämpää kuin kokemus.

            Uusi vapaaehtoinen tekee ensimmäiset vuorot kokeneen kanssa.
        """,
        plain_language_summary="""
            Keität kahvia ja juttelet ihmisten kanssa.
            Voit tulla tiistaina tai torstaina.
            Sinulla on aina työpari.
        """,
        address="Kohtaamispaikka Tyyni, Koskenparras 4",
        schedule=RECURRING,
        start=3,
        times=((TU, "10:00", "14:00"), (TH, "10:00", "14:00")),
        hours_per_week="4",
        beginner_friendly=True,
        benefits=(ORIENTATION, INSURANCE, MEALS),
        accessibility_notes="Sisäänkäynti on kadun tasossa, ja tiloissa on esteetön WC.",
        contact_name="Marja Pulkkinen",
        contact_email="tyyni@example.fi",
    ),
    DemoOpportunity(
        slug="kehitysvammaisten-tuki-vapaaehtoinen-kaveri",
        association="imatran-seudun-kehitysvammaisten-tuki",
        title="Vapaaehtoiseksi kaveriksi kehitysvammaiselle aikuiselle",
        type=BUDDY,
        short_description=(
            "Tapaa kaverisi pari kertaa kuukaudessa: kahvilla, kävelyllä tai elokuvissa. "
            "Sovitte ajat yhdessä."
        ),
        description="""
            Moni kehitysvammainen aikuinen toivoo kaveria, jonka kanssa tehdä tavallisia
            asioita. Yhdistys etsii sinulle kaverin, jolla on samanlaisia kiinnostuksen
            kohteita.

            Ennen aloittamista käyt lyhyen kaverikoulutuksen (kaksi iltaa). Yhdistys korvaa
            kohtuulliset matkakulut ja pääsyliput.
        """,
        plain_language_summary="""
            Sinusta tulee kaveri ihmiselle, jolla on kehitysvamma.
            Tapaatte kaksi kertaa kuukaudessa.
            Saat koulutuksen ennen kuin aloitat.
        """,
        municipality="imatra",
        schedule=FLEXIBLE,
        hours_per_week="1",
        min_age=18,
        beginner_friendly=True,
        benefits=(TRAINING, INSURANCE, TRAVEL),
        places=5,
        deadline=45,
        contact_name="Sari Laukkanen",
        contact_email="imatran-tuki@example.fi",
    ),
    DemoOpportunity(
        slug="parikkalan-4h-nuorten-tyoviikko",
        association="parikkalan-4h-yhdistys",
        title="Nuorten työviikko: piha- ja puutarhatyöt",
        type=JOB,
        short_description=(
            "Viikon palkallinen työjakso 15–29-vuotiaille: haravointia, istutuksia ja pieniä "
            "korjaustöitä kotitalouksissa Parikkalassa."
        ),
        description="""
            4H-yhdistys välittää nuorille lyhyitä töitä kotitalouksiin. Työskentelet
            parin kanssa, ja työnohjaaja käy kohteissa päivittäin.

            Työ kestää viisi arkipäivää klo 9–14. Palkka maksetaan työehtosopimuksen mukaan,
            ja saat työtodistuksen.
        """,
        plain_language_summary="""
            Viikon työ nuorelle.
            Teet pihatöitä parin kanssa.
            Saat palkan ja työtodistuksen.
        """,
        schedule=ONE_OFF,
        start=40,
        on=MO,
        days=5,
        start_time="09:00",
        end_time="14:00",
        min_age=15,
        max_age=29,
        beginner_friendly=True,
        benefits=(PAY, ORIENTATION, CERTIFICATE, INSURANCE),
        places=6,
        deadline=28,
        contact_name="Anni Rautiainen",
        contact_email="parikkala4h@example.fi",
    ),
    DemoOpportunity(
        slug="savitaipale-tuolijumpan-apuohjaaja",
        association="savitaipaleen-elakkeensaajat",
        title="Tuolijumpan apuohjaaja",
        type=VOLUNTEER,
        short_description=(
            "Auta ohjaajaa maanantaiaamun tuolijumpassa: jaa välineet, näytä liikkeitä ja "
            "auta tarvittaessa."
        ),
        description="""
            Tuolijumppaan tulee joka viikko noin 20 eläkeläistä. Ohjaaja toivoo rinnalleen
            apuohjaajaa, joka kiertää ryhmässä ja auttaa liikkeissä.

            Tehtävä sopii kenelle tahansa, joka pitää liikunnasta ja ihmisistä.
        """,
        plain_language_summary="""
            Autat jumpassa maanantaiaamuisin.
            Et tarvitse kokemusta.
        """,
        address="Savitaipaleen seurakuntatalo, Kirkkotie 3",
        schedule=RECURRING,
        start=7,
        times=((MO, "10:00", "11:00"),),
        hours_per_week="1",
        beginner_friendly=True,
        benefits=(ORIENTATION, INSURANCE),
        places=2,
        contact_name="Raili Kuukka",
        contact_email="savitaipale.elakkeensaajat@example.fi",
    ),
    DemoOpportunity(
        # Past its application deadline on purpose: it is not shown in the listings.
        slug="luumaen-luonto-luontopolun-talkoot",
        association="luumaen-luonto",
        title="Luontopolun kunnostustalkoot",
        type=EVENT_HELP,
        short_description=(
            "Korjaamme pitkospuita ja merkitsemme luontopolun uudelleen. Ilmoittautuminen on "
            "jo päättynyt."
        ),
        description="""
            Kylän luontopolku on kulunut, ja osa pitkospuista on lahonnut. Talkoissa
            vaihdetaan lankut, raivataan polun reunat ja maalataan uudet merkit.

            Työkalut saat yhdistykseltä, ja työt opetetaan paikan päällä. Talkoolaisille
            tarjotaan keittolounas.
        """,
        address="Lähtö Taavetin torilta, Taavetintie 10",
        schedule=ONE_OFF,
        start=5,
        on=SA,
        start_time="09:00",
        end_time="14:00",
        beginner_friendly=True,
        benefits=(MEALS, TRAVEL),
        places=15,
        deadline=-3,
        contact_name="Ilkka Toivonen",
        contact_email="luumaenluonto@example.fi",
    ),
    DemoOpportunity(
        slug="kuutit-sudenpentulauman-johtaja",
        association="taipalsaaren-kuutit",
        title="Sudenpentulauman johtajaksi",
        type=VOLUNTEER,
        short_description=(
            "Vedä 7–9-vuotiaiden partiolaisten koloiltaa tiistaisin yhdessä toisen johtajan "
            "kanssa. Partiotaustaa ei tarvita."
        ),
        description="""
            Sudenpennut kokoontuvat kolossa tiistaisin klo 17.30–19. Illoissa askarrellaan,
            leikitään ja opetellaan retkeilytaitoja. Valmiit ohjelmat löytyvät
            partio-ohjelmasta, joten suunnittelu on helppoa.

            Saat maksuttoman johtajakoulutuksen ja pääset mukaan lippukunnan retkille.
        """,
        address="Partiokolo, Kirkonkylän vanha paloasema, Kirkonkyläntie 22",
        schedule=RECURRING,
        start=14,
        period=100,
        times=((TU, "17:30", "19:00"),),
        hours_per_week="2",
        min_age=18,
        beginner_friendly=True,
        requirements=CRIMINAL_RECORD,
        benefits=(TRAINING, INSURANCE),
        places=2,
        deadline=12,
        contact_name="Elina Vainikka",
        contact_email="kuutit@example.fi",
    ),
    DemoOpportunity(
        slug="kuutit-retken-keittioapu",
        association="taipalsaaren-kuutit",
        title="Keittiöapuun lippukunnan viikonloppuretkelle",
        type=EVENT_HELP,
        short_description=(
            "Retkikeittiössä tarvitaan kolme aikuista tai nuorta auttamaan ruoanlaitossa "
            "perjantaista sunnuntaihin."
        ),
        description="""
            Lähdemme noin 40 partiolaisen kanssa retkelle Saimaan rannalle. Keittiötiimi
            valmistaa aamupalat, lounaat ja iltapalat isossa retkikeittiössä.

            Retki alkaa perjantaina klo 17 ja päättyy sunnuntaina iltapäivällä. Voit tulla
            koko viikonlopuksi tai yhdeksi päiväksi. Majoitus on leirikeskuksen mökeissä.
        """,
        address="Leirikeskus Kuutinranta",
        schedule=ONE_OFF,
        start=45,
        on=FR,
        days=3,
        min_age=16,
        benefits=(MEALS, INSURANCE, TRAVEL),
        places=3,
        deadline=38,
        contact_name="Elina Vainikka",
        contact_email="kuutit@example.fi",
    ),
    DemoOpportunity(
        slug="lemin-nuorisoseura-lavastusryhma",
        association="lemin-nuorisoseura",
        title="Lavastus- ja puvustusryhmä",
        type=GROUP,
        short_description=(
            "Rakenna lavasteita ja ompele pukuja harrastajateatterin seuraavaan näytelmään. "
            "Ryhmä kokoontuu keskiviikkoiltaisin."
        ),
        description="""
            Kaikki eivät halua lavalle – ja hyvä niin. Lavastus- ja puvustusryhmässä
            tehdään näytelmän maailma: maalataan, nikkaroidaan ja ommellaan.

            Ryhmään voi tulla ilman kokemusta. Työkalut ja materiaalit tulevat seuralta.
        """,
        address="Lemin seurantalo, Seurantalontie 4",
        schedule=RECURRING,
        start=9,
        period=90,
        times=((WE, "18:00", "20:30"),),
        hours_per_week="2.5",
        beginner_friendly=True,
        benefits=(ORIENTATION,),
        places=8,
        contact_name="Tuomas Kettunen",
        contact_email="leminnuorisoseura@example.fi",
    ),
    DemoOpportunity(
        slug="lemin-nuorisoseura-ensi-illan-lipunmyynti",
        association="lemin-nuorisoseura",
        title="Lipunmyyjäksi ja narikkaan ensi-iltaan",
        type=EVENT_HELP,
        short_description=(
            "Myy lippuja, opasta katsojat paikoilleen ja hoida narikkaa ensi-illan aikana "
            "lauantai-iltana."
        ),
        description="""
            Ensi-iltaan odotetaan täysi sali. Tarvitsemme kolme iloista ihmistä ovelle,
            lipunmyyntiin ja narikkaan.

            Pääset katsomaan esityksen väliajan jälkeen, ja saat kaksi vapaalippua
            myöhempään näytökseen.
        """,
        address="Lemin seurantalo, Seurantalontie 4",
        schedule=ONE_OFF,
        start=33,
        on=SA,
        start_time="17:00",
        end_time="21:00",
        min_age=16,
        beginner_friendly=True,
        benefits=(ORIENTATION, MEALS),
        places=3,
        deadline=30,
        contact_name="Tuomas Kettunen",
        contact_email="leminnuorisoseura@example.fi",
    ),
    DemoOpportunity(
        slug="rautjarvi-jtet-kierratyspaja",
        association="rautjarven-tyottomat",
        title="Kolmen päivän työelämään tutustuminen kierrätyspajassa (JTET)",
        type=TRYOUT,
        short_description=(
            "Korjaa huonekaluja ja lajittele lahjoituksia kolmen päivän ajan. Sopii, jos "
            "mietit, millainen työ sinulle sopisi."
        ),
        description="""
            Kierrätyspajassa kunnostetaan lahjoitettuja huonekaluja ja tavaroita myyntiin.
            Kolmen päivän aikana kokeilet eri tehtäviä: lajittelua, hiontaa ja myymälän
            järjestämistä.

            Lounas kuuluu päiviin. Saat lopuksi todistuksen ja palautteen.
        """,
        plain_language_summary="""
            Kolme päivää kierrätyspajassa.
            Kokeilet eri töitä.
            Saat ruoan ja todistuksen.
        """,
        address="Yhdistyksen olohuone, Simpeleentie 18",
        schedule=ONE_OFF,
        start=19,
        on=WE,
        days=3,
        start_time="09:00",
        end_time="14:00",
        total_days=3,
        beginner_friendly=True,
        benefits=(ORIENTATION, MEALS, CERTIFICATE, INSURANCE),
        places=2,
        deadline=14,
        contact_name="Reijo Pesonen",
        contact_email="rautjarventyottomat@example.fi",
    ),
    DemoOpportunity(
        # Closed on purpose: the place has been filled.
        slug="rautjarvi-harjoittelu-lounaskeittio",
        association="rautjarven-tyottomat",
        title="Harjoittelupaikka kokkiopiskelijalle lounaskeittiössä",
        type=PLACEMENT,
        short_description=(
            "Työssäoppimisen paikka ravintola-alan opiskelijalle yhdistyksen lounaskeittiössä. "
            "Paikka on jo täytetty."
        ),
        description="""
            Valmistamme arkipäivisin edullisen lounaan noin 60 ruokailijalle. Harjoittelija
            osallistuu ruoan suunnitteluun, valmistukseen ja hygieniasta huolehtimiseen.

            Harjoittelun pituus sovitaan oppilaitoksen kanssa, tavallisesti 4–8 viikkoa.
        """,
        address="Yhdistyksen olohuone, Simpeleentie 18",
        schedule=FLEXIBLE,
        hours_per_week="30",
        benefits=(ORIENTATION, MEALS, CERTIFICATE),
        places=1,
        deadline=30,
        contact_name="Reijo Pesonen",
        contact_email="rautjarventyottomat@example.fi",
        status=CLOSED,
    ),
    DemoOpportunity(
        slug="saimaan-silta-kielikahvilan-keskustelija",
        association="saimaan-silta",
        title="Keskustelijaksi kielikahvilaan",
        type=VOLUNTEER,
        short_description=(
            "Juttele suomea maahan muuttaneiden kanssa tiistai-iltaisin. Opettajaksi ei "
            "tarvitse osata – tavallinen keskustelu riittää."
        ),
        description="""
            Kielikahvilassa harjoitellaan arjen suomea: kaupassa asiointia, säästä
            puhumista ja harrastuksista kertomista. Vapaaehtoinen istuu pöytään ja pitää
            keskustelua yllä.

            Voit tulla joka viikko tai silloin tällöin. Kahvi ja tee ovat talon puolesta.
        """,
        plain_language_summary="""
            Puhut suomea ihmisten kanssa, jotka opettelevat kieltä.
            Kahvila on tiistaina illalla.
            Voit tulla, kun sinulle sopii.
        """,
        address="Kansalaistalo, kerhohuone 2, Valtakatu 37",
        schedule=RECURRING,
        start=2,
        times=((TU, "17:00", "19:00"),),
        hours_per_week="2",
        beginner_friendly=True,
        benefits=(ORIENTATION, MEALS),
        languages=("fi", "en"),
        contact_name="Amina Hassan",
        contact_email="saimaansilta@example.fi",
    ),
    DemoOpportunity(
        slug="kulma-aani-ja-valoryhma",
        association="nuorisokulttuuriyhdistys-kulma",
        title="Ääni- ja valoryhmä nuorille",
        type=GROUP,
        short_description=(
            "Opettele miksaamaan ääntä ja ohjelmoimaan valoja oikeilla keikoilla. Ryhmä "
            "15–29-vuotiaille torstai-iltaisin."
        ),
        description="""
            Kulman tekniikkaryhmä hoitaa keikkojen äänet ja valot. Kokenut äänimies
            opettaa perusteet, ja sen jälkeen pääset vastuuseen omista keikoista.

            Ryhmä sopii täysin aloittelijoille. Kurssin lopuksi saat todistuksen
            osaamisestasi.
        """,
        address="Kulttuuritila Kulma, Brahenkatu 9",
        schedule=RECURRING,
        start=8,
        period=84,
        times=((TH, "17:00", "20:00"),),
        hours_per_week="3",
        min_age=15,
        max_age=29,
        beginner_friendly=True,
        benefits=(TRAINING, CERTIFICATE),
        places=8,
        deadline=6,
        categories=("youth", "culture-arts"),
        contact_name="Veera Tukiainen",
        contact_email="kulma@example.fi",
    ),
    DemoOpportunity(
        slug="kulma-keikkaillan-jarjestajat",
        association="nuorisokulttuuriyhdistys-kulma",
        title="Keikkaillan järjestäjäksi",
        type=EVENT_HELP,
        short_description=(
            "Ovella, kahviossa tai lavan takana: auta nuorten päihteettömän keikkaillan "
            "järjestämisessä perjantai-iltana."
        ),
        description="""
            Kulman keikkaillassa soittaa kolme nuorta bändiä. Tarvitsemme järjestäjiä
            ovelle, kahvioon ja roudaukseen.

            Vuoro kestää koko illan. Järjestäjät saavat ruokaa ja tapahtuman paidan.
        """,
        address="Kulttuuritila Kulma, Brahenkatu 9",
        schedule=ONE_OFF,
        start=16,
        on=FR,
        start_time="17:30",
        end_time="23:00",
        min_age=15,
        max_age=29,
        beginner_friendly=True,
        benefits=(ORIENTATION, MEALS),
        places=5,
        deadline=14,
        contact_name="Veera Tukiainen",
        contact_email="kulma@example.fi",
        signups=1,
    ),
    DemoOpportunity(
        slug="sammonlahti-pihatalkoot",
        association="sammonlahden-asukasyhdistys",
        title="Sammonlahden pihatalkoot ja makkaranpaisto",
        type=EVENT_HELP,
        short_description=(
            "Siivotaan yhdessä puistoa ja leikkipaikkoja keskiviikkoiltana. Lopuksi "
            "paistetaan makkaraa."
        ),
        description="""
            Asukasyhdistys järjestää talkoot, joissa siistitään lähipuisto ja
            leikkipaikat. Hanskat, pihdit ja jätesäkit saa yhdistykseltä.

            Talkoisiin voi tulla koko perheen kanssa, eikä ilmoittautumista tarvita –
            mutta ilmoittautuneille varataan makkarat.
        """,
        address="Sammonlahden asukastupa, Ojahaanrinne 3",
        schedule=ONE_OFF,
        start=12,
        on=WE,
        start_time="17:00",
        end_time="20:00",
        beginner_friendly=True,
        benefits=(MEALS,),
        deadline=11,
        contact_name="Heikki Ruuth",
        contact_email="sammonlahti@example.fi",
    ),
    DemoOpportunity(
        slug="tassu-koirien-ulkoiluttaja",
        association="etela-karjalan-elainsuojelu-tassu",
        title="Löytökoirien ulkoiluttajaksi sunnuntaisin",
        type=VOLUNTEER,
        short_description=(
            "Ulkoiluta löytökoiria sunnuntain ulkoilutuspäivänä. Perehdytys pidetään kuun "
            "ensimmäisenä tiistaina."
        ),
        description="""
            Löytökoirat odottavat uutta kotia, ja jokainen lenkki auttaa niitä pysymään
            hyvässä kunnossa. Ulkoilutuspäivänä lenkkeilet yhden tai kahden koiran kanssa.

            Ensimmäisellä kerralla kuljet kokeneen ulkoiluttajan mukana. Sopii
            16 vuotta täyttäneille.
        """,
        address="Tassun toimitila, Myllymäenkatu 14",
        schedule=RECURRING,
        start=4,
        times=((SU, "12:00", "15:00"),),
        hours_per_week="2",
        min_age=16,
        beginner_friendly=True,
        benefits=(ORIENTATION, INSURANCE),
        places=6,
        categories=("environment-animals",),
        contact_name="Kaija Nikkanen",
        contact_email="tassu@example.fi",
    ),
    DemoOpportunity(
        slug="tassu-someviestija-etana",
        association="etela-karjalan-elainsuojelu-tassu",
        title="Someviestijäksi etänä: kerro kotia etsivistä eläimistä",
        type=VOLUNTEER,
        short_description=(
            "Kirjoita esittelyjä kotia etsivistä eläimistä ja julkaise ne yhdistyksen "
            "somessa. Työn voi tehdä kotoa omaan tahtiin."
        ),
        description="""
            Hyvä kuva ja lämmin esittely auttavat eläintä löytämään kodin. Saat
            sijaiskodeilta kuvat ja tiedot, ja sinä teet niistä julkaisut.

            Tehtävään kuluu noin kaksi tuntia viikossa. Perehdytys pidetään
            videopuhelulla.
        """,
        is_remote=True,
        schedule=FLEXIBLE,
        hours_per_week="2",
        min_age=16,
        beginner_friendly=True,
        benefits=(ORIENTATION, CERTIFICATE),
        places=2,
        deadline=40,
        categories=("environment-animals",),
        contact_name="Kaija Nikkanen",
        contact_email="tassu@example.fi",
    ),
    DemoOpportunity(
        slug="tassu-harjoittelu-elaintenhoito",
        association="etela-karjalan-elainsuojelu-tassu",
        title="Harjoittelupaikka eläintenhoidon opiskelijalle",
        type=PLACEMENT,
        short_description=(
            "Työssäoppimisen jakso löytöeläinten hoidossa ja sijaiskotien tukena Lappeenrannassa "
            "ja Imatralla."
        ),
        description="""
            Harjoittelija osallistuu löytöeläinten päivittäiseen hoitoon, eläinten
            kuljetuksiin eläinlääkärille ja sijaiskotien neuvontaan.

            Jakson pituus ja tavoitteet sovitaan oppilaitoksen kanssa. Aloitusajankohta
            on joustava.
        """,
        schedule=FLEXIBLE,
        hours_per_week="30",
        min_age=16,
        benefits=(ORIENTATION, CERTIFICATE, TRAVEL),
        places=1,
        deadline=60,
        categories=("environment-animals", "education"),
        contact_name="Kaija Nikkanen",
        contact_email="tassu@example.fi",
    ),
    DemoOpportunity(
        slug="vuoksen-aanet-tenorit-ja-bassot",
        association="kuoroyhdistys-vuoksen-aanet",
        title="Uusia laulajia kuoroon – erityisesti miesääniä",
        type=GROUP,
        short_description=(
            "Sekakuoro ottaa uusia laulajia. Nuotinlukutaitoa ei tarvita, ja ensimmäiset "
            "kerrat voit vain kuunnella."
        ),
        description="""
            Laulamme kevyttä musiikkia ja kansanlauluja tiistai-iltaisin. Uusi laulaja
            pääsee oman äänialansa ryhmään ja saa harjoitusäänitteet kotiin.

            Kuoroon ei ole koelaulua. Tenorit ja bassot ovat erityisen tervetulleita!
        """,
        address="Imatran musiikkiopisto, sali, Virastokatu 1",
        schedule=RECURRING,
        start=6,
        times=((TU, "18:30", "20:30"),),
        hours_per_week="2",
        beginner_friendly=True,
        benefits=(TRAINING,),
        accessibility_notes="Musiikkiopistolla on hissi ja esteetön WC.",
        contact_name="Liisa Repo",
        contact_email="vuoksenaanet@example.fi",
    ),
    # ---------------------------------------------------------------- Kymenlaakso
    DemoOpportunity(
        slug="kiito-futiskoulun-apuvalmentaja",
        association="fc-kiito-kouvola",
        title="Futiskoulun apuvalmentaja sunnuntaisin",
        type=VOLUNTEER,
        short_description=(
            "Leiki ja pelaa 5–7-vuotiaiden kanssa sunnuntain futiskoulussa. Tunti viikossa "
            "– ja paljon iloa."
        ),
        description="""
            Futiskoulussa opetellaan pallon kanssa liikkumista leikkien avulla.
            Apuvalmentaja vetää yhtä rastia ja auttaa lapsia ryhmissä.

            Seura kouluttaa kaikki valmentajansa ja maksaa vakuutuksen.
        """,
        address="Kouvolan keskuskentän tekonurmi, Urheilupuistontie 4",
        schedule=RECURRING,
        start=5,
        period=110,
        times=((SU, "11:00", "12:00"),),
        hours_per_week="1",
        min_age=18,
        beginner_friendly=True,
        requirements=CRIMINAL_RECORD,
        benefits=(TRAINING, INSURANCE),
        places=2,
        deadline=4,
        contact_name="Antti Hirvonen",
        contact_email="kiito@example.fi",
        signups=2,  # full
    ),
    DemoOpportunity(
        slug="kiito-kotiottelun-kioskivuoro",
        association="fc-kiito-kouvola",
        title="Kioskivuoroon kotiotteluun",
        type=EVENT_HELP,
        short_description=(
            "Myy kahvia, pullaa ja makkaraa naisten joukkueen kotiottelussa lauantaina. "
            "Tuotto menee junioreiden harrastusrahastoon."
        ),
        description="""
            Kioskivuorossa on kolme myyjää. Maksut otetaan kortilla ja mobiilimaksulla, ja
            kassan käyttö opetetaan paikan päällä.

            Vuoron jälkeen voit jäädä katsomaan ottelua.
        """,
        address="Kouvolan keskuskentän tekonurmi, Urheilupuistontie 4",
        schedule=ONE_OFF,
        start=17,
        on=SA,
        start_time="12:00",
        end_time="16:00",
        min_age=15,
        beginner_friendly=True,
        benefits=(ORIENTATION, MEALS),
        places=6,
        deadline=15,
        contact_name="Antti Hirvonen",
        contact_email="kiito@example.fi",
    ),
    DemoOpportunity(
        slug="kiito-kentanhoitaja-tuntityo",
        association="fc-kiito-kouvola",
        title="Kentänhoitaja iltaisin (tuntityö)",
        type=JOB,
        short_description=(
            "Palkallinen tuntityö nuorelle: merkitse kentät, kokoa maalit ja pidä välineet "
            "kunnossa harjoitusiltoina."
        ),
        description="""
            Kentänhoitaja huolehtii, että kenttä ja välineet ovat valmiina, kun
            harjoitukset alkavat. Työtä on maanantaisin ja keskiviikkoisin noin kaksi ja
            puoli tuntia kerrallaan.

            Palkka on 11,50 € tunnilta. Tehtävä sopii hyvin koulun tai opiskelun ohelle.
        """,
        address="Kouvolan keskuskentän tekonurmi, Urheilupuistontie 4",
        schedule=RECURRING,
        start=14,
        period=90,
        times=((MO, "16:30", "19:00"), (WE, "16:30", "19:00")),
        hours_per_week="5",
        min_age=16,
        benefits=(PAY, ORIENTATION, CERTIFICATE),
        places=2,
        deadline=10,
        contact_name="Antti Hirvonen",
        contact_email="kiito@example.fi",
    ),
    DemoOpportunity(
        slug="pikseli-pelitreenien-apuohjaaja",
        association="kouvolan-e-urheiluseura-pikseli",
        title="Pelitreenien apuohjaaja 12–15-vuotiaille",
        type=VOLUNTEER,
        short_description=(
            "Auta ohjaajaa tiistai-illan pelitreeneissä: pidä huolta reilusta pelistä ja "
            "vedä taukojumppa."
        ),
        description="""
            Pelitreeneissä pelataan joukkuepelejä ja puhutaan hyvästä pelikäytöksestä.
            Apuohjaaja kiertää koneilla, auttaa teknisissä ongelmissa ja huolehtii, että
            kaikki pääsevät mukaan.

            Pelikokemuksesta on hyötyä, mutta tärkeintä on kiinnostus nuoriin.
        """,
        address="Nuorisotalo Kaakko, pelisali, Salpausselänkatu 28",
        schedule=RECURRING,
        start=8,
        times=((TU, "17:00", "19:30"),),
        hours_per_week="2.5",
        min_age=18,
        requirements=CRIMINAL_RECORD,
        benefits=(ORIENTATION, TRAINING, INSURANCE),
        places=2,
        deadline=20,
        contact_name="Joonas Aalto",
        contact_email="pikseli@example.fi",
    ),
    DemoOpportunity(
        slug="pikseli-lan-paivan-jarjestajat",
        association="kouvolan-e-urheiluseura-pikseli",
        title="LAN-päivän järjestäjäksi",
        type=EVENT_HELP,
        short_description=(
            "Kokoa koneet, pyöritä turnausta ja myy kahviossa koko perheen LAN-päivänä. "
            "Järjestäjiksi 15–29-vuotiaita."
        ),
        description="""
            Kuukauden LAN-päivään tulee noin 80 pelaajaa. Järjestäjät hoitavat
            ilmoittautumisen, turnauskaavion, kahvion ja siivouksen.

            Saat ruoan ja voit itsekin pelata vuorosi jälkeen.
        """,
        address="Nuorisotalo Kaakko, pelisali, Salpausselänkatu 28",
        schedule=ONE_OFF,
        start=26,
        on=SA,
        start_time="11:00",
        end_time="19:00",
        min_age=15,
        max_age=29,
        beginner_friendly=True,
        benefits=(ORIENTATION, MEALS),
        places=8,
        deadline=22,
        contact_name="Joonas Aalto",
        contact_email="pikseli@example.fi",
    ),
    DemoOpportunity(
        slug="selvin-pain-lauantain-ruokailu",
        association="kouvolan-selvin-pain",
        title="Lauantain yhteisen ruokailun valmistaja",
        type=VOLUNTEER,
        short_description=(
            "Kokkaa ja kattaa lauantain yhteinen ateria päihteettömässä kohtaamispaikassa. "
            "Kokemusta ruoanlaitosta ei tarvita."
        ),
        description="""
            Lauantain ruokailu kokoaa yhteen noin 30 ihmistä. Vapaaehtoiset valmistavat
            keiton tai laatikkoruoan yhdessä ohjaajan kanssa.

            Tärkeintä on ystävällinen ja tuomitsematon asenne. Syöt tietysti itsekin.
        """,
        plain_language_summary="""
            Teet ruokaa yhdessä muiden kanssa lauantaina.
            Et tarvitse kokemusta.
            Syöt myös itse.
        """,
        address="Kohtaamispaikka Selvin Päin, Kauppalankatu 7",
        schedule=RECURRING,
        start=4,
        times=((SA, "11:00", "15:00"),),
        hours_per_week="4",
        beginner_friendly=True,
        benefits=(ORIENTATION, MEALS, INSURANCE),
        contact_name="Kari Mäkelä",
        contact_email="selvinpain@example.fi",
    ),
    DemoOpportunity(
        slug="selvin-pain-iltapaivystaja-kotka",
        association="kouvolan-selvin-pain",
        title="Iltapäivystäjäksi Kotkan kohtaamispaikkaan",
        type=VOLUNTEER,
        short_description=(
            "Ota vastaan kävijöitä ja keitä kahvit keskiviikkoiltaisin Kotkan "
            "kohtaamispaikassa. Saat koulutuksen päihdetyön perusteista."
        ),
        description="""
            Avaamme kohtaamispaikan myös Kotkaan. Iltapäivystäjä on paikalla toisen
            vapaaehtoisen kanssa, ottaa kävijät vastaan ja kuuntelee.

            Ennen aloitusta käyt kahden illan koulutuksen. Omakohtainen kokemus
            toipumisesta on eduksi, mutta ei välttämätön.
        """,
        municipality="kotka",
        address="Järjestötalo Kotkansaari, Kotkankatu 9",
        schedule=RECURRING,
        start=21,
        times=((WE, "17:00", "19:30"),),
        hours_per_week="2.5",
        min_age=18,
        benefits=(TRAINING, INSURANCE, TRAVEL),
        places=4,
        deadline=18,
        contact_name="Kari Mäkelä",
        contact_email="selvinpain@example.fi",
    ),
    DemoOpportunity(
        slug="selvin-pain-harjoittelu-sosionomi",
        association="kouvolan-selvin-pain",
        title="Harjoittelupaikka sosionomiopiskelijalle",
        type=PLACEMENT,
        short_description=(
            "Ammattikorkeakoulun harjoittelu päihdetyön järjestössä: vertaisryhmät, "
            "kohtaamispaikka ja läheisten tuki."
        ),
        description="""
            Harjoittelija osallistuu vertaisryhmien ohjaamiseen, kohtaamispaikan arkeen ja
            tapahtumien suunnitteluun. Harjoittelussa on nimetty ohjaaja.

            Harjoittelun ajankohta ja pituus sovitaan oppilaitoksen kanssa.
        """,
        schedule=FLEXIBLE,
        hours_per_week="37.5",
        benefits=(ORIENTATION, CERTIFICATE),
        places=1,
        deadline=55,
        categories=("mental-health-substance", "education"),
        contact_name="Kari Mäkelä",
        contact_email="selvinpain@example.fi",
    ),
    DemoOpportunity(
        slug="valokeila-ensi-illan-jarjestyksenvalvojat",
        association="kouvolan-nuorisoteatteri-valokeila",
        title="Ensi-illan järjestäjiksi perjantai-iltana",
        type=EVENT_HELP,
        short_description=(
            "Opasta katsojia, myy ohjelmalehtisiä ja auta väliaikakahviossa nuorisoteatterin "
            "ensi-illassa."
        ),
        description="""
            Nuorisoteatterin ensi-ilta on vuoden kohokohta. Tarvitsemme kuusi järjestäjää
            aulaan, saliin ja kahvioon.

            Järjestäjät saavat iltapalan ja pääsevät katsomaan esityksen.
        """,
        address="Kouvolan teatterin harjoitussali, Varuskuntakatu 11",
        schedule=ONE_OFF,
        start=38,
        on=FR,
        start_time="17:30",
        end_time="21:30",
        min_age=16,
        beginner_friendly=True,
        benefits=(ORIENTATION, MEALS),
        places=6,
        deadline=34,
        contact_name="Hanna Leinonen",
        contact_email="valokeila@example.fi",
    ),
    DemoOpportunity(
        slug="valokeila-improryhma-15-29",
        association="kouvolan-nuorisoteatteri-valokeila",
        title="Improryhmä 15–29-vuotiaille",
        type=GROUP,
        short_description=(
            "Uusi improvisaatioteatterin ryhmä keskiviikkoiltaisin. Ei käsikirjoituksia, ei "
            "ulkoa opettelua – vain hauskaa yhdessä."
        ),
        description="""
            Improssa opitaan kuuntelemaan, heittäytymään ja tekemään kohtauksia yhdessä.
            Ryhmä on tarkoitettu 15–29-vuotiaille, eikä aiempaa teatterikokemusta tarvita.

            Kauden lopuksi ryhmä esiintyy halutessaan omassa illassa.
        """,
        address="Kouvolan teatterin harjoitussali, Varuskuntakatu 11",
        schedule=RECURRING,
        start=15,
        period=84,
        times=((WE, "18:00", "20:00"),),
        hours_per_week="2",
        min_age=15,
        max_age=29,
        beginner_friendly=True,
        benefits=(TRAINING,),
        places=12,
        deadline=13,
        contact_name="Hanna Leinonen",
        contact_email="valokeila@example.fi",
    ),
    DemoOpportunity(
        slug="valokeila-jtet-teatteritekniikka",
        association="kouvolan-nuorisoteatteri-valokeila",
        title="Tutustu teatteritekniikkaan (JTET, 3 päivää)",
        type=TRYOUT,
        short_description=(
            "Kolme päivää teatterin tekniikassa: valot, ääni ja lavastus ensi-iltaa "
            "edeltävällä viikolla."
        ),
        description="""
            Ensi-iltaviikolla tekniikkatiimillä on kiire, ja pääset mukaan näkemään, miten
            esitys rakennetaan. Päivät ovat iltapainotteisia, koska harjoitukset ovat
            koulupäivän jälkeen.

            Jakson lopuksi saat todistuksen järjestöjen työelämään tutustumisesta.
        """,
        address="Kouvolan teatterin harjoitussali, Varuskuntakatu 11",
        schedule=ONE_OFF,
        start=31,
        on=MO,
        days=3,
        start_time="14:00",
        end_time="20:00",
        total_days=3,
        min_age=15,
        max_age=29,
        beginner_friendly=True,
        benefits=(ORIENTATION, CERTIFICATE, MEALS),
        places=1,
        deadline=24,
        contact_name="Hanna Leinonen",
        contact_email="valokeila@example.fi",
        signups=1,  # full
    ),
    DemoOpportunity(
        slug="ksu-laxhjalpare",
        association="kotka-svenska-ungdomsforening",
        title="Läxhjälpare på svenska",
        type=VOLUNTEER,
        short_description=(
            "Hjälp barn och unga med läxorna på torsdagseftermiddagar i föreningshuset. "
            "Du behöver inte vara lärare."
        ),
        description="""
            Många elever i de svenska skolorna i Kotka har finska som hemspråk och behöver
            stöd med läxorna. Som läxhjälpare sitter du med en liten grupp och hjälper
            till med matte, svenska och andra ämnen.

            Vi bjuder på mellanmål och ordnar en introduktion för nya frivilliga.
        """,
        address="Föreningshuset, Kirkkokatu 7",
        schedule=RECURRING,
        start=6,
        period=100,
        times=((TH, "15:30", "17:00"),),
        hours_per_week="1.5",
        min_age=18,
        requirements="""
            Du har fyllt 18 år. Eftersom du arbetar med barn ber vi dig visa ett utdrag ur
            straffregistret. Utdraget är avgiftsfritt för frivilliga.
        """,
        benefits=(ORIENTATION, MEALS, INSURANCE),
        places=4,
        deadline=10,
        categories=("youth", "children-families", "education"),
        languages=("sv",),
        contact_name="Linnea Holmström",
        contact_email="ksu@example.fi",
        contact_language="sv",
    ),
    DemoOpportunity(
        slug="ksu-teaterkvall-funktionarer",
        association="kotka-svenska-ungdomsforening",
        title="Funktionärer till barnteaterns föreställning",
        type=EVENT_HELP,
        short_description=(
            "Sälj biljetter, sköt garderoben och hjälp till i kaféet när barnteatern spelar "
            "sin föreställning en lördagskväll."
        ),
        description="""
            Barnteatern har arbetat hela terminen med sin pjäs. Nu behöver vi funktionärer
            som tar emot publiken och håller kaféet öppet under pausen.

            Alla funktionärer får mat och en biljett till föreställningen.
        """,
        address="Föreningshuset, Kirkkokatu 7",
        schedule=ONE_OFF,
        start=36,
        on=SA,
        start_time="16:00",
        end_time="20:00",
        min_age=15,
        beginner_friendly=True,
        benefits=(ORIENTATION, MEALS),
        places=5,
        deadline=32,
        languages=("sv", "fi"),
        contact_name="Linnea Holmström",
        contact_email="ksu@example.fi",
        contact_language="sv",
    ),
    DemoOpportunity(
        slug="ksu-lagerledare-skargardslager",
        association="kotka-svenska-ungdomsforening",
        title="Lägerledare till skärgårdslägret (avlönad)",
        type=JOB,
        short_description=(
            "Avlönat jobb som lägerledare för 10–14-åringar under fyra dagar i skärgården. "
            "Mat och logi ingår."
        ),
        description="""
            Vi söker tre lägerledare till vårt läger tillsammans med de andra
            svenskspråkiga föreningarna i Kymmenedalen. Du leder aktiviteter, ansvarar för
            en stuga och ser till att alla trivs.

            Lönen är 100 € per dag. Före lägret hålls en utbildning i säkerhet och
            första hjälpen.
        """,
        address="Lägergården, Kaunissaari",
        municipality="pyhtaa",
        schedule=ONE_OFF,
        start=70,
        on=MO,
        days=4,
        start_time="09:00",
        end_time="15:00",
        min_age=18,
        requirements="""
            Du har fyllt 18 år. Enligt lagen ska den som arbetar med barn visa ett utdrag
            ur straffregistret innan anställningen börjar.
        """,
        benefits=(PAY, TRAINING, MEALS, INSURANCE),
        places=3,
        deadline=45,
        categories=("youth", "children-families"),
        languages=("sv",),
        contact_name="Linnea Holmström",
        contact_email="ksu@example.fi",
        contact_language="sv",
    ),
    DemoOpportunity(
        slug="ankkuri-sudenpentujen-apujohtaja",
        association="kotkan-meripartiolaiset-ankkuri",
        title="Sudenpentujen apujohtajaksi meripartioon",
        type=VOLUNTEER,
        short_description=(
            "Auta sudenpentujen koloillassa maanantaisin: solmuja, leikkejä ja meriaiheisia "
            "tehtäviä 7–9-vuotiaille."
        ),
        description="""
            Meripartiossa opetellaan vesillä liikkumista turvallisesti. Sudenpentujen
            koloilloissa harjoitellaan solmuja, pelataan ja valmistaudutaan retkiin.

            Apujohtaja työskentelee kokeneen johtajan kanssa. Lippukunta maksaa
            peruskoulutuksesi.
        """,
        address="Partiokolo Ankkuri, Satamakatu 16",
        schedule=RECURRING,
        start=11,
        times=((MO, "17:30", "19:00"),),
        hours_per_week="1.5",
        min_age=18,
        beginner_friendly=True,
        requirements=CRIMINAL_RECORD,
        benefits=(TRAINING, INSURANCE),
        places=2,
        deadline=25,
        contact_name="Oskari Virtanen",
        contact_email="ankkuri@example.fi",
    ),
    DemoOpportunity(
        slug="kohtaamo-laksyapu",
        association="monikulttuurinen-kohtaamo-kotka",
        title="Läksyavuksi koululaisille",
        type=VOLUNTEER,
        short_description=(
            "Auta alakoululaisia läksyissä tiistai-iltapäivisin Kohtaamossa. Riittää, että "
            "osaat peruskoulun asiat."
        ),
        description="""
            Läksyavussa käy joka viikko 10–15 lasta, joista monen kotikieli on muu kuin
            suomi. Vapaaehtoinen auttaa läksyissä ja lukee lasten kanssa.

            Voit tulla joka viikko tai joka toinen viikko. Välipala kuuluu asiaan.
        """,
        plain_language_summary="""
            Autat lapsia läksyissä.
            Läksyapu on tiistaina iltapäivällä.
            Saat välipalan.
        """,
        address="Kohtaamo, Keskuskatu 22",
        schedule=RECURRING,
        start=5,
        times=((TU, "15:00", "17:00"),),
        hours_per_week="2",
        min_age=16,
        beginner_friendly=True,
        benefits=(ORIENTATION, MEALS),
        places=6,
        contact_name="Noor Al-Sayed",
        contact_email="kohtaamo@example.fi",
        signups=1,
    ),
    DemoOpportunity(
        slug="kohtaamo-suomen-kielen-kaveri",
        association="monikulttuurinen-kohtaamo-kotka",
        title="Kielikaveriksi Suomeen muuttaneelle",
        type=BUDDY,
        short_description=(
            "Tapaa kielikaveriasi kerran viikossa ja puhukaa suomea arjen tilanteissa: "
            "kaupassa, kirjastossa tai kävelyllä."
        ),
        description="""
            Kielikaveri auttaa harjoittelemaan suomea oikeissa tilanteissa. Te sovitte
            itse, missä ja milloin tapaatte.

            Kohtaamo yhdistää kaverit ja järjestää kerran kuukaudessa yhteisen illan
            kaikille kielikavereille.
        """,
        plain_language_summary="""
            Tapaat ihmisen, joka opettelee suomea.
            Puhutte suomea yhdessä.
            Sovitte ajat itse.
        """,
        schedule=FLEXIBLE,
        hours_per_week="1",
        beginner_friendly=True,
        benefits=(ORIENTATION,),
        places=8,
        deadline=50,
        languages=("fi", "en", "other"),
        contact_name="Noor Al-Sayed",
        contact_email="kohtaamo@example.fi",
    ),
    DemoOpportunity(
        slug="kohtaamo-jtet-nuorisotyo",
        association="monikulttuurinen-kohtaamo-kotka",
        title="Kaksi päivää monikulttuurisessa nuorisotyössä (JTET)",
        type=TRYOUT,
        short_description=(
            "Tutustu järjestön nuorisotyöhön torstaina ja perjantaina: suunnittelua päivällä, "
            "nuorten ilta illalla."
        ),
        description="""
            Ensimmäisenä päivänä suunnittelet ohjaajan kanssa nuorten illan ohjelman ja
            olet mukana illassa. Toisena päivänä tutustut järjestön hanketyöhön ja
            viestintään.

            Jakso sopii esimerkiksi nuorisotyöstä kiinnostuneelle tai opiskelupaikkaa
            miettivälle.
        """,
        address="Kohtaamo, Keskuskatu 22",
        schedule=ONE_OFF,
        start=22,
        on=TH,
        days=2,
        start_time="12:00",
        end_time="19:30",
        total_days=2,
        min_age=15,
        max_age=29,
        beginner_friendly=True,
        benefits=(ORIENTATION, CERTIFICATE, MEALS),
        places=2,
        deadline=18,
        contact_name="Noor Al-Sayed",
        contact_email="kohtaamo@example.fi",
    ),
    DemoOpportunity(
        slug="nakovammaiset-naeva-opas",
        association="kotkan-seudun-nakovammaiset",
        title="Näkeväksi oppaaksi näkövammaiselle",
        type=BUDDY,
        short_description=(
            "Opasta näkövammaista ihmistä kävelylenkillä, kaupassa tai tapahtumassa. "
            "Opastamisen perusteet opit lyhyellä kurssilla."
        ),
        description="""
            Näkevä opas auttaa liikkumaan vieraissa paikoissa. Sovit tapaamiset itse
            opastettavan kanssa, esimerkiksi kerran viikossa tai pari kertaa kuussa.

            Yhdistys järjestää opaskurssin ja korvaa matkakulut.
        """,
        municipality="kotka",
        schedule=FLEXIBLE,
        hours_per_week="2",
        beginner_friendly=True,
        benefits=(TRAINING, INSURANCE, TRAVEL),
        deadline=60,
        contact_name="Seppo Kinnunen",
        contact_email="kotkannakovammaiset@example.fi",
    ),
    DemoOpportunity(
        slug="pesapuu-lastenhoitoapu-perhekahvilaan",
        association="haminan-perheyhdistys-pesapuu",
        title="Lastenhoitoapu perhekahvilaan",
        type=VOLUNTEER,
        short_description=(
            "Leiki pienten lasten kanssa perhekahvilassa tiistaiaamupäivisin, kun vanhemmat "
            "juovat kahvinsa rauhassa."
        ),
        description="""
            Perhekahvilaan tulee vanhempia vauvojen ja leikki-ikäisten kanssa. Vapaaehtoinen
            leikkii lasten kanssa leikkihuoneessa – vanhemmat ovat koko ajan paikalla.

            Kokemus lastenhoidosta on plussaa, mutta ei välttämätön.
        """,
        address="Perhetalo Pesäpuu, Raatihuoneentori 4",
        schedule=RECURRING,
        start=9,
        times=((TU, "09:30", "11:30"),),
        hours_per_week="2",
        min_age=18,
        requirements=CRIMINAL_RECORD,
        benefits=(ORIENTATION, INSURANCE),
        places=2,
        contact_name="Katja Saarinen",
        contact_email="pesapuu@example.fi",
    ),
    DemoOpportunity(
        slug="senioritanssijat-tanssikaveri",
        association="haminan-seudun-senioritanssijat",
        title="Tanssikaveriksi ikäihmiselle",
        type=BUDDY,
        short_description=(
            "Tule tanssimaan keskiviikon senioritanssiin ja ota uusi tanssija mukaan "
            "porukkaan. Tanssitaitoa ei tarvita."
        ),
        description="""
            Moni ikäihminen jättää tanssit väliin, jos ei tunne ketään. Tanssikaveri
            tervehtii, tanssii ja juttelee uuden tulijan kanssa.

            Tanssit ovat keskiviikkoisin klo 13–14.30. Askeleet opetetaan joka kerta
            alusta.
        """,
        plain_language_summary="""
            Tanssit ikäihmisten kanssa keskiviikkona.
            Et tarvitse tanssitaitoa.
        """,
        address="Haminan palvelukeskus, juhlasali, Pappilansaarentie 2",
        schedule=RECURRING,
        start=3,
        times=((WE, "13:00", "14:30"),),
        hours_per_week="1.5",
        beginner_friendly=True,
        benefits=(ORIENTATION,),
        places=4,
        contact_name="Pirjo Kotilainen",
        contact_email="senioritanssijat@example.fi",
    ),
    DemoOpportunity(
        slug="siltakyla-kyla-avustaja",
        association="siltakylan-kylayhdistys",
        title="Kyläavustajaksi ikäihmisille",
        type=BUDDY,
        short_description=(
            "Auta kylän ikäihmisiä asioinnissa, pienissä kotitöissä ja kyläkävelyillä. Sovit "
            "käynnit itse."
        ),
        description="""
            Kyläavustaja käy tutustumassa ikäihmiseen ja auttaa pienissä asioissa:
            kauppakassien kantamisessa, lumitöissä tai lääkärikäynnillä saattajana.

            Saat perehdytyksen ja vakuutuksen, ja yhdistys korvaa ajokilometrit.
        """,
        schedule=FLEXIBLE,
        hours_per_week="2",
        min_age=18,
        beginner_friendly=True,
        benefits=(ORIENTATION, INSURANCE, TRAVEL),
        places=4,
        deadline=45,
        contact_name="Markku Lepistö",
        contact_email="siltakyla@example.fi",
    ),
    DemoOpportunity(
        slug="siltakyla-kylapaiva-talkoolaiset",
        association="siltakylan-kylayhdistys",
        title="Talkoolaiseksi kyläpäivään",
        type=EVENT_HELP,
        short_description=(
            "Kyläpäivässä tarvitaan käsiä kahvioon, arpajaisiin ja lasten leikkeihin. "
            "Tule koko päiväksi tai pariksi tunniksi."
        ),
        description="""
            Kyläpäivä kokoaa koko Siltakylän kylätalolle. Ohjelmassa on
            myyjäiset, arpajaiset ja lasten leikkejä.

            Talkoolaiset saavat ruokaa ja kahvit. Ilmoittaudu, niin jaamme vuorot
            etukäteen.
        """,
        address="Siltakylän kylätalo, Kuninkaantie 1120",
        schedule=ONE_OFF,
        start=48,
        on=SA,
        start_time="10:00",
        end_time="15:00",
        beginner_friendly=True,
        benefits=(MEALS,),
        deadline=44,
        contact_name="Markku Lepistö",
        contact_email="siltakyla@example.fi",
    ),
    DemoOpportunity(
        slug="kaviokas-tallityontekija-viikonloppuisin",
        association="pyhtaan-ratsastusseura-kaviokas",
        title="Tallityöntekijä viikonloppuaamuisin (tuntityö)",
        type=JOB,
        short_description=(
            "Ruoki hevoset, siivoa karsinat ja vie hevoset tarhaan lauantai- ja "
            "sunnuntaiaamuisin. Palkallinen tuntityö."
        ),
        description="""
            Seuran tallilla on 14 hevosta. Viikonloppuaamuisin tarvitaan tallityöntekijä,
            joka hoitaa aamutallin toisen työntekijän kanssa.

            Hevoskokemusta tarvitaan jonkin verran. Palkka maksetaan tuntipalkkana, ja
            työ perehdytetään huolellisesti.
        """,
        address="Kaviokkaan talli, Hirvikoskentie 45",
        schedule=RECURRING,
        start=13,
        times=((SA, "07:00", "11:00"), (SU, "07:00", "11:00")),
        hours_per_week="8",
        min_age=16,
        benefits=(PAY, ORIENTATION, INSURANCE),
        places=1,
        deadline=9,
        contact_name="Emma Rantanen",
        contact_email="kaviokas@example.fi",
    ),
    DemoOpportunity(
        slug="kaviokas-harjoittelu-hevostenhoitaja",
        association="pyhtaan-ratsastusseura-kaviokas",
        title="Harjoittelupaikka hevostenhoitajaopiskelijalle",
        type=PLACEMENT,
        short_description=(
            "Työssäoppimisen jakso ratsastusseuran tallilla: hevosten hoito, ruokinta ja "
            "tallikerhon ohjaaminen."
        ),
        description="""
            Harjoittelija osallistuu tallin päivittäisiin töihin ja pääsee ohjaamaan
            lasten tallikerhoa. Ohjaajana toimii seuran päätoiminen tallimestari.

            Jakson aikataulu sovitaan oppilaitoksen kanssa.
        """,
        schedule=FLEXIBLE,
        hours_per_week="35",
        min_age=16,
        benefits=(ORIENTATION, CERTIFICATE, MEALS),
        places=2,
        deadline=70,
        categories=("environment-animals", "education"),
        contact_name="Emma Rantanen",
        contact_email="kaviokas@example.fi",
    ),
    DemoOpportunity(
        slug="salpalinja-kavelyjen-opas",
        association="miehikkalan-salpalinjan-perinneyhdistys",
        title="Opastettujen kävelyjen oppaaksi",
        type=VOLUNTEER,
        short_description=(
            "Kerro vierailijoille Salpalinjan historiasta sunnuntain opastetuilla kävelyillä. "
            "Koulutamme uudet oppaat."
        ),
        description="""
            Sunnuntaikävelyillä kierretään korsuja ja panssariesteitä noin kahden tunnin
            ajan. Uusi opas kulkee ensin kokeneen mukana ja saa oppaan käsikirjan.

            Historian harrastus on eduksi, mutta tärkeintä on halu kertoa tarinoita.
        """,
        address="Kylätalo Muurikkala, Muurikkalantie 51",
        schedule=RECURRING,
        start=10,
        period=90,
        times=((SU, "13:00", "15:00"),),
        hours_per_week="2",
        benefits=(TRAINING, TRAVEL),
        places=3,
        deadline=8,
        contact_name="Aulis Pekkanen",
        contact_email="salpaperinne@example.fi",
    ),
    DemoOpportunity(
        slug="virolahden-latu-sauvakavelyn-vetaja",
        association="virolahden-latu",
        title="Sauvakävelyn vetäjäksi maanantai-iltoihin",
        type=VOLUNTEER,
        short_description=(
            "Vedä maanantain sauvakävelyporukkaa Virojoella. Reitti ja tahti sovitaan "
            "porukan mukaan."
        ),
        description="""
            Sauvakävelyyn tulee joka viikko 10–20 kävelijää. Vetäjä pitää alkulämmittelyn,
            valitsee reitin ja huolehtii, ettei kukaan jää jälkeen.

            Latu kouluttaa vetäjät ja maksaa vakuutuksen.
        """,
        address="Virojoen urheilukentän parkkipaikka, Virolahdentie 3",
        schedule=RECURRING,
        start=7,
        times=((MO, "18:00", "19:30"),),
        hours_per_week="1.5",
        beginner_friendly=True,
        benefits=(TRAINING, INSURANCE),
        places=2,
        contact_name="Tarja Hietala",
        contact_email="virolahdenlatu@example.fi",
    ),
    DemoOpportunity(
        slug="karhula-ruoka-avun-jakaja",
        association="karhulan-asukasyhdistys",
        title="Ruoka-avun jakajaksi perjantaisin",
        type=VOLUNTEER,
        short_description=(
            "Lajittele ja jaa lahjoitusruokaa asukastuvalla perjantaisin. Työ on kevyttä ja "
            "tehdään porukalla."
        ),
        description="""
            Kauppojen lahjoittama ruoka jaetaan perjantaisin noin sadalle ihmiselle.
            Vapaaehtoiset lajittelevat ruoan ja jakavat kassit jonossa odottaville.

            Hygieniapassia ei tarvita, ohjeet saat paikan päällä.
        """,
        plain_language_summary="""
            Jaat ruokaa perjantaina.
            Teet työtä muiden kanssa.
            Et tarvitse kokemusta.
        """,
        address="Karhulan asukastupa, Karhulantie 30",
        schedule=RECURRING,
        start=4,
        times=((FR, "11:30", "14:00"),),
        hours_per_week="2.5",
        beginner_friendly=True,
        benefits=(ORIENTATION, MEALS, INSURANCE),
        places=6,
        contact_name="Ritva Laine",
        contact_email="karhula@example.fi",
    ),
    DemoOpportunity(
        slug="karhula-jtet-asukastupa",
        association="karhulan-asukasyhdistys",
        title="Tutustu asukastuvan työhön (JTET)",
        type=TRYOUT,
        short_description=(
            "Kahden päivän tutustuminen asukastuvan arkeen: kahvila, neuvonta ja tapahtumien "
            "suunnittelu. Päivät sovitaan yhdessä."
        ),
        description="""
            Asukastuvalla tavataan naapureita, autetaan lomakkeiden kanssa ja suunnitellaan
            yhteisiä tapahtumia. Kahden päivän aikana olet mukana kaikessa tästä.

            Sovitaan päivät yhdessä – tupa on auki maanantaisin ja perjantaisin.
        """,
        plain_language_summary="""
            Tutustut asukastupaan kahtena päivänä.
            Sovitaan päivät yhdessä.
            Saat todistuksen.
        """,
        schedule=FLEXIBLE,
        total_days=2,
        beginner_friendly=True,
        benefits=(ORIENTATION, CERTIFICATE, MEALS),
        places=2,
        deadline=40,
        contact_name="Ritva Laine",
        contact_email="karhula@example.fi",
    ),
    # ---------------------------------------------------------------- Keski-Suomi
    DemoOpportunity(
        slug="international-club-kielikahvilan-isanta",
        association="jyvaskyla-international-club",
        title="Kielikahvilan isännäksi tai emännäksi",
        type=VOLUNTEER,
        short_description=(
            "Ota vieraat vastaan keskiviikon kielikahvilassa ja auta heitä löytämään "
            "keskustelupöytä. Puhut suomea tai englantia."
        ),
        description="""
            Kielikahvilaan tulee joka viikko opiskelijoita, työntekijöitä ja perheitä eri
            maista. Isäntä tai emäntä toivottaa tervetulleeksi, esittelee ihmisiä
            toisilleen ja pitää huolen, ettei kukaan jää yksin.

            Voit ottaa vuoroja kerran kuussa tai useammin.
        """,
        address="Kaupunginkirjasto, kokoushuone Sointu, Vapaudenkatu 39",
        schedule=RECURRING,
        start=2,
        times=((WE, "18:00", "20:00"),),
        hours_per_week="2",
        beginner_friendly=True,
        benefits=(ORIENTATION,),
        languages=("fi", "en"),
        contact_name="Daniel Okafor",
        contact_email="international@example.fi",
        contact_language="en",
    ),
    DemoOpportunity(
        slug="international-club-kotoutumiskaveri",
        association="jyvaskyla-international-club",
        title="Kotoutumiskaveriksi uudelle jyväskyläläiselle",
        type=BUDDY,
        short_description=(
            "Näytä kaupunkia, auta arjen asioissa ja tutustukaa toisiinne. Tapaatte muutaman "
            "kerran kuussa."
        ),
        description="""
            Moni Jyväskylään muuttanut toivoo paikallista ystävää. Kotoutumiskaveri auttaa
            esimerkiksi kirjastokortin hankkimisessa, bussireittien kanssa tai
            harrastuksen löytämisessä.

            Tapaamisten kieli voi olla suomi tai englanti. Saat lyhyen koulutuksen.
        """,
        schedule=FLEXIBLE,
        hours_per_week="1",
        beginner_friendly=True,
        benefits=(TRAINING,),
        places=6,
        deadline=30,
        languages=("fi", "en"),
        contact_name="Daniel Okafor",
        contact_email="international@example.fi",
        contact_language="en",
    ),
    DemoOpportunity(
        slug="sateenkaarinuoret-chat-paivystaja",
        association="keski-suomen-sateenkaarinuoret",
        title="Chat-päivystäjäksi etänä",
        type=VOLUNTEER,
        short_description=(
            "Vastaa nuorten viesteihin nimettömässä chatissa maanantai- tai "
            "keskiviikkoiltaisin. Päivystys tehdään kotoa."
        ),
        description="""
            Chatissa nuoret voivat kysyä mitä tahansa seksuaalisuudesta, sukupuolesta tai
            jaksamisesta. Päivystäjä kuuntelee ja ohjaa tarvittaessa eteenpäin.

            Saat kolmen illan koulutuksen ja työnohjausta kerran kuussa. Tarvitset oman
            tietokoneen ja rauhallisen paikan.
        """,
        is_remote=True,
        schedule=RECURRING,
        start=20,
        times=((MO, "18:00", "21:00"), (WE, "18:00", "21:00")),
        hours_per_week="3",
        min_age=18,
        benefits=(TRAINING, CERTIFICATE),
        places=4,
        deadline=15,
        contact_name="Alex Niemi",
        contact_email="sateenkaarinuoret@example.fi",
    ),
    DemoOpportunity(
        slug="sateenkaarinuoret-nuorten-illan-ohjaaja",
        association="keski-suomen-sateenkaarinuoret",
        title="Nuorten illan vapaaehtoinen ohjaaja",
        type=VOLUNTEER,
        short_description=(
            "Ole turvallinen aikuinen torstain nuorten illassa: pelejä, keskustelua ja yhdessäoloa."
        ),
        description="""
            Nuorten ilta on turvallisempi tila 13–20-vuotiaille. Vapaaehtoinen ohjaaja
            on mukana ohjelmassa ja keskusteluissa yhdessä nuorisotyöntekijän kanssa.

            Perehdytämme turvallisemman tilan periaatteisiin ennen aloitusta.
        """,
        address="Nuorisotila Kompassi, Kilpisenkatu 8",
        schedule=RECURRING,
        start=9,
        period=100,
        times=((TH, "17:00", "20:00"),),
        hours_per_week="3",
        min_age=18,
        requirements=CRIMINAL_RECORD,
        benefits=(ORIENTATION, TRAINING, INSURANCE),
        places=3,
        deadline=7,
        contact_name="Alex Niemi",
        contact_email="sateenkaarinuoret@example.fi",
    ),
    DemoOpportunity(
        slug="sateenkaarinuoret-jtet-jarjestotyo",
        association="keski-suomen-sateenkaarinuoret",
        title="Järjestöjen työelämään tutustuminen nuorisojärjestössä",
        type=TRYOUT,
        short_description=(
            "Kaksi päivää nuorisojärjestön arjessa: viestintää, vaikuttamistyötä ja nuorten "
            "illan valmistelua. Ajankohta sovitaan yhdessä."
        ),
        description="""
            Järjestöjen työelämään tutustuminen (JTET) on lyhyt jakso, jossa näet, mitä
            järjestössä oikeasti tehdään. Päivien sisältö rakennetaan kiinnostuksesi
            mukaan.

            Jakso on tarkoitettu 15–29-vuotiaille. Saat lopuksi todistuksen.
        """,
        schedule=FLEXIBLE,
        total_days=2,
        min_age=15,
        max_age=29,
        beginner_friendly=True,
        benefits=(ORIENTATION, CERTIFICATE),
        places=2,
        deadline=35,
        contact_name="Alex Niemi",
        contact_email="sateenkaarinuoret@example.fi",
    ),
    DemoOpportunity(
        slug="kuurojen-viittomakielinen-kaveri",
        association="jyvaskylan-kuurojen-yhdistys",
        title="Viittomakieliseksi kaveriksi kuurolle ikäihmiselle",
        type=BUDDY,
        short_description=(
            "Tapaa kuuroa ikäihmistä ja viittoilkaa yhdessä. Sopii myös viittomakieltä "
            "opiskelevalle."
        ),
        description="""
            Moni kuuro ikäihminen on yksinäinen, koska lähellä ei ole ketään, joka osaa
            viittomakieltä. Kaveri käy kylässä, ulkoilee tai lähtee mukaan yhdistyksen
            tapahtumiin.

            Viittomakielen perustaidot riittävät – kaverisi opettaa lisää.
        """,
        schedule=FLEXIBLE,
        hours_per_week="1.5",
        benefits=(ORIENTATION, TRAVEL),
        places=4,
        deadline=50,
        languages=("other", "fi"),
        contact_name="Hannu Lehtinen",
        contact_email="jkl-kuurot@example.fi",
    ),
    DemoOpportunity(
        slug="huhtasuo-nuorten-illan-apuohjaaja",
        association="huhtasuon-asukasyhdistys",
        title="Nuorten illan apuohjaaja",
        type=VOLUNTEER,
        short_description=(
            "Pelaa, juttele ja ole läsnä 12–17-vuotiaiden nuorten illassa tiistaisin Huhtiksessa."
        ),
        description="""
            Nuorten illassa pelataan pingistä ja konsolipelejä, leivotaan ja jutellaan.
            Apuohjaaja tukee palkattua ohjaajaa.

            Tehtävään otetaan yksi uusi vapaaehtoinen tälle kaudelle.
        """,
        address="Asukasolohuone Huhtis, Huhtasuonkatu 7",
        schedule=RECURRING,
        start=12,
        period=100,
        times=((TU, "17:00", "20:00"),),
        hours_per_week="3",
        min_age=18,
        requirements=CRIMINAL_RECORD,
        benefits=(ORIENTATION, INSURANCE),
        places=1,
        deadline=10,
        contact_name="Tiina Salonen",
        contact_email="huhtasuo@example.fi",
        signups=2,  # full, and one on the waiting list
    ),
    DemoOpportunity(
        slug="huhtasuo-pihajuhlan-talkoot",
        association="huhtasuon-asukasyhdistys",
        title="Pihajuhlan talkoolaiseksi",
        type=EVENT_HELP,
        short_description=(
            "Huhtasuon pihajuhlassa tarvitaan apua grillillä, lasten pisteillä ja "
            "siivouksessa. Tule pariksi tunniksi."
        ),
        description="""
            Pihajuhla on koko kaupunginosan yhteinen tapahtuma. Ohjelmassa on musiikkia,
            lasten leikkejä ja kirpputori.

            Talkoolaiset saavat ruoan ja juhlan t-paidan.
        """,
        address="Asukasolohuone Huhtis, Huhtasuonkatu 7",
        schedule=ONE_OFF,
        start=27,
        on=SA,
        start_time="11:00",
        end_time="16:00",
        beginner_friendly=True,
        benefits=(MEALS,),
        places=15,
        deadline=24,
        contact_name="Tiina Salonen",
        contact_email="huhtasuo@example.fi",
    ),
    DemoOpportunity(
        slug="huhtasuo-nuorten-tyojakso",
        association="huhtasuon-asukasyhdistys",
        title="Nuorten työjakso asukastalolla",
        type=JOB,
        short_description=(
            "Viikon palkallinen työjakso 15–29-vuotiaalle: pihatöitä, kahvilaa ja lasten "
            "kerhon avustamista."
        ),
        description="""
            Asukasyhdistys palkkaa nuoria viikon työjaksoille. Teet vaihtelevia töitä
            asukastalolla ja pihoilla työnohjaajan kanssa.

            Palkka maksetaan alan työehtojen mukaan, ja lounas kuuluu työpäivään.
            Saat työtodistuksen.
        """,
        plain_language_summary="""
            Viikon työ nuorelle.
            Saat palkan.
            Saat työtodistuksen.
        """,
        address="Asukasolohuone Huhtis, Huhtasuonkatu 7",
        schedule=ONE_OFF,
        start=52,
        on=MO,
        days=5,
        start_time="09:00",
        end_time="14:00",
        min_age=15,
        max_age=29,
        beginner_friendly=True,
        benefits=(PAY, ORIENTATION, CERTIFICATE, MEALS),
        places=3,
        deadline=30,
        contact_name="Tiina Salonen",
        contact_email="huhtasuo@example.fi",
    ),
    DemoOpportunity(
        slug="korisnuoret-turnausviikonlopun-toimitsija",
        association="jyvaskylan-korisnuoret",
        title="Toimitsijaksi junioriturnaukseen",
        type=EVENT_HELP,
        short_description=(
            "Pidä pöytäkirjaa ja kelloa junioreiden koripalloturnauksessa lauantaina ja "
            "sunnuntaina. Koulutamme toimitsijat."
        ),
        description="""
            Turnaukseen tulee 24 joukkuetta eri puolilta Suomea. Toimitsijat pitävät
            ottelupöytäkirjaa, ajanottoa ja tulostaulua.

            Toimitsijakoulutus pidetään viikkoa ennen turnausta. Saat ruoan ja
            todistuksen toimitsijana toimimisesta.
        """,
        address="Kuokkalan koulun liikuntasali, Syöttäjänkatu 2",
        schedule=ONE_OFF,
        start=42,
        on=SA,
        days=2,
        start_time="09:00",
        end_time="18:00",
        min_age=15,
        beginner_friendly=True,
        benefits=(TRAINING, MEALS, CERTIFICATE),
        places=12,
        deadline=34,
        contact_name="Mikael Honkanen",
        contact_email="korisnuoret@example.fi",
    ),
    DemoOpportunity(
        slug="korisnuoret-harrasteryhman-ohjaaja",
        association="jyvaskylan-korisnuoret",
        title="Harrasteryhmän ohjaaja 6–10-vuotiaille (palkallinen)",
        type=JOB,
        short_description=(
            "Ohjaa maanantain harrasteryhmää Kuokkalassa. Palkallinen osa-aikatyö, johon "
            "saat valmentajakoulutuksen."
        ),
        description="""
            Harrasteryhmässä ei kilpailla, vaan liikutaan ja opetellaan koripallon
            perustaitoja leikkien. Ohjaaja suunnittelee harjoitukset seuran
            harjoituspankin avulla.

            Palkka on 15 € tunnilta. Seura maksaa valmentajan peruskurssin.
        """,
        address="Kuokkalan koulun liikuntasali, Syöttäjänkatu 2",
        schedule=RECURRING,
        start=16,
        period=110,
        times=((MO, "16:30", "18:00"),),
        hours_per_week="2",
        min_age=18,
        requirements=JOB_CRIMINAL_RECORD,
        benefits=(PAY, TRAINING, INSURANCE),
        places=1,
        deadline=12,
        contact_name="Mikael Honkanen",
        contact_email="korisnuoret@example.fi",
    ),
    DemoOpportunity(
        slug="treenikamppa-bandikoulun-apuohjaaja",
        association="treenikamppa",
        title="Bändikoulun apuohjaaja",
        type=VOLUNTEER,
        short_description=(
            "Auta 12–15-vuotiaiden bändikoulussa tiistaisin: soittimien virittämistä, "
            "kappaleiden sovittamista ja kannustamista."
        ),
        description="""
            Bändikoulussa nuoret soittavat yhdessä ensimmäistä kertaa. Apuohjaaja auttaa
            ohjaajaa ja voi itsekin soittaa mukana.

            Sinun pitää osata soittaa jotakin bändisoitinta perustasolla.
        """,
        address="Treenikämppä, Lutakon kulttuurikortteli, Satamakatu 9",
        schedule=RECURRING,
        start=6,
        times=((TU, "17:00", "19:00"),),
        hours_per_week="2",
        min_age=18,
        requirements=CRIMINAL_RECORD,
        benefits=(ORIENTATION, INSURANCE),
        places=2,
        deadline=20,
        contact_name="Riikka Mäkinen",
        contact_email="treenikamppa@example.fi",
    ),
    DemoOpportunity(
        slug="treenikamppa-keikan-roudarit",
        association="treenikamppa",
        title="Roudariksi ja järjestäjäksi nuorten keikalle",
        type=EVENT_HELP,
        short_description=(
            "Kanna kamat, auta äänitarkistuksessa ja pidä ovi lauantain päihteettömällä "
            "keikalla. Mukaan 15–29-vuotiaita."
        ),
        description="""
            Kerran kuussa järjestettävällä keikalla soittaa neljä nuorten bändiä.
            Tarvitsemme roudareita, ovimiehiä ja kahvion pitäjiä.

            Ilta päättyy klo 23, ja saat ruoan ennen keikan alkua.
        """,
        address="Treenikämppä, Lutakon kulttuurikortteli, Satamakatu 9",
        schedule=ONE_OFF,
        start=20,
        on=SA,
        start_time="16:00",
        end_time="23:00",
        min_age=15,
        max_age=29,
        beginner_friendly=True,
        benefits=(ORIENTATION, MEALS),
        places=6,
        deadline=17,
        contact_name="Riikka Mäkinen",
        contact_email="treenikamppa@example.fi",
    ),
    DemoOpportunity(
        slug="treenikamppa-harjoittelu-aanitekniikka",
        association="treenikamppa",
        title="Harjoittelupaikka äänitekniikan opiskelijalle",
        type=PLACEMENT,
        short_description=(
            "Työssäoppimisen jakso nuorten musiikkiyhdistyksessä: äänitykset, keikkatekniikka "
            "ja bändikoulun tuki."
        ),
        description="""
            Harjoittelija osallistuu treenikämpän äänitysprojekteihin ja keikkojen
            tekniikkaan. Työaika painottuu iltapäiviin ja iltoihin.

            Ohjaajana toimii yhdistyksen tekniikkavastaava.
        """,
        schedule=FLEXIBLE,
        hours_per_week="30",
        min_age=16,
        benefits=(ORIENTATION, CERTIFICATE),
        places=1,
        deadline=65,
        categories=("culture-arts", "education"),
        contact_name="Riikka Mäkinen",
        contact_email="treenikamppa@example.fi",
    ),
    DemoOpportunity(
        slug="luontoretkeilijat-rannan-siivoustalkoot",
        association="jyvaskylan-luontoretkeilijat",
        title="Rannan siivoustalkoot Jyväsjärvellä",
        type=EVENT_HELP,
        short_description=(
            "Kerätään roskat Jyväsjärven rannalta tiistai-iltana. Välineet saat meiltä, "
            "ja lopuksi juodaan nokipannukahvit."
        ),
        description="""
            Rannoille kertyy muovia ja tumpeja, jotka päätyvät järveen. Siivoamme
            rantaraitin yhdessä parissa tunnissa.

            Talkoisiin ovat tervetulleita kaikenikäiset, myös lapsiperheet.
        """,
        address="Lähtö Lutakon aukiolta",
        schedule=ONE_OFF,
        start=9,
        on=TU,
        start_time="17:00",
        end_time="19:30",
        beginner_friendly=True,
        benefits=(MEALS,),
        deadline=8,
        contact_name="Paula Rinne",
        contact_email="luontoretkeilijat@example.fi",
    ),
    DemoOpportunity(
        slug="luontoretkeilijat-aloittelijoiden-retkiryhma",
        association="jyvaskylan-luontoretkeilijat",
        title="Aloittelijoiden retkiryhmä",
        type=GROUP,
        short_description=(
            "Lauantain retkiryhmä niille, jotka haluavat oppia retkeilemään. Opettelemme "
            "reitit, varusteet ja retkiruoan."
        ),
        description="""
            Ryhmä tekee lauantaisin lyhyitä retkiä Jyväskylän lähimaastoihin. Jokaisella
            kerralla opetellaan yksi taito: kartanluku, tulenteko tai retkikeittimen
            käyttö.

            Varusteita voi lainata yhdistykseltä.
        """,
        address="Ympäristötalo, Kauppakatu 14",
        schedule=RECURRING,
        start=11,
        period=70,
        times=((SA, "09:00", "13:00"),),
        hours_per_week="4",
        beginner_friendly=True,
        benefits=(TRAINING, INSURANCE),
        places=14,
        deadline=9,
        contact_name="Paula Rinne",
        contact_email="luontoretkeilijat@example.fi",
    ),
    DemoOpportunity(
        slug="soniashnyk-lasten-koulun-apuopettaja",
        association="soniashnyk-jyvaskyla",
        title="Apuopettajaksi lasten lauantaikouluun",
        type=VOLUNTEER,
        short_description=(
            "Auta ukrainankielisen lauantaikoulun opettajaa: askartelua, leikkejä ja "
            "välipalan jakamista."
        ),
        description="""
            Lauantaikoulussa lapset oppivat ukrainan kieltä ja kulttuuria. Apuopettaja
            auttaa tuntien käytännön järjestelyissä.

            Ukrainan kielen taito on hyödyksi, mutta ei välttämätön.
        """,
        address="Monikulttuurikeskus, luokka 3, Gummeruksenkatu 6",
        schedule=RECURRING,
        start=4,
        times=((SA, "10:00", "13:00"),),
        hours_per_week="3",
        min_age=18,
        requirements=CRIMINAL_RECORD,
        benefits=(ORIENTATION, INSURANCE),
        places=3,
        languages=("other", "fi"),
        contact_name="Olena Kovalenko",
        contact_email="soniashnyk@example.fi",
    ),
    DemoOpportunity(
        slug="soniashnyk-suomen-kielen-etakeskustelija",
        association="soniashnyk-jyvaskyla",
        title="Suomen kielen keskustelija etänä",
        type=VOLUNTEER,
        short_description=(
            "Keskustele suomeksi videopuhelussa ukrainalaisten aikuisten kanssa "
            "keskiviikkoiltaisin. Voit osallistua kotoa."
        ),
        description="""
            Keskusteluryhmä kokoontuu myös verkossa, jotta mukaan pääsevät Äänekoskella ja
            Laukaassa asuvat. Vapaaehtoinen johtaa pienryhmän keskustelua valmiin aiheen
            pohjalta.

            Tarvitset tietokoneen tai puhelimen, jossa on kamera.
        """,
        plain_language_summary="""
            Puhut suomea videopuhelussa.
            Voit olla kotona.
            Keskiviikkona illalla.
        """,
        is_remote=True,
        schedule=RECURRING,
        start=2,
        times=((WE, "17:30", "19:00"),),
        hours_per_week="1.5",
        beginner_friendly=True,
        benefits=(ORIENTATION,),
        languages=("fi",),
        contact_name="Olena Kovalenko",
        contact_email="soniashnyk@example.fi",
    ),
    DemoOpportunity(
        slug="senioriliikkujat-kavelykaveri",
        association="jyvaskylan-senioriliikkujat",
        title="Kävelykaveriksi ikäihmiselle",
        type=BUDDY,
        short_description=(
            "Lähde perjantain kävelyryhmään ja kulje rinnalla niiden kanssa, jotka "
            "tarvitsevat tukea tai seuraa."
        ),
        description="""
            Kävelyryhmässä on mukana ihmisiä, jotka kulkevat rollaattorin tai kepin
            kanssa. Kävelykaveri kävelee heidän tahdissaan ja juttelee.

            Kävelyn jälkeen juodaan kahvit palvelukeskuksessa.
        """,
        plain_language_summary="""
            Kävelet ikäihmisen kanssa perjantaina.
            Kävelette hitaasti ja juttelette.
        """,
        address="AALTO-uimahalli ja kuntosali, Kuntoportti 3",
        schedule=RECURRING,
        start=5,
        times=((FR, "10:00", "11:30"),),
        hours_per_week="1.5",
        beginner_friendly=True,
        benefits=(ORIENTATION, INSURANCE),
        places=6,
        contact_name="Eila Kangas",
        contact_email="senioriliikkujat@example.fi",
    ),
    DemoOpportunity(
        slug="kinkomaa-lentopallovuoro",
        association="kinkomaan-kylayhdistys",
        title="Kylän lentopallovuoro – tule mukaan",
        type=GROUP,
        short_description=(
            "Rento lentopallovuoro kylätalolla keskiviikkoiltaisin. Kaikki tasot ja ikäiset "
            "ovat tervetulleita."
        ),
        description="""
            Pelaamme leppoisaa lentopalloa kylätalon salissa. Joukkueet arvotaan joka
            kerta, eikä tuloksella ole väliä.

            Ota mukaan sisäpelikengät ja juomapullo.
        """,
        address="Kinkomaan kylätalo, Kinkomaantie 120",
        schedule=RECURRING,
        start=3,
        times=((WE, "19:00", "21:00"),),
        hours_per_week="2",
        beginner_friendly=True,
        contact_name="Jari Kemppainen",
        contact_email="kinkomaa@example.fi",
    ),
    DemoOpportunity(
        slug="karvakamut-kaverikoiratoiminta",
        association="laukaan-koirakerho-karvakamut",
        title="Kaverikoiran ohjaajaksi palvelutaloihin",
        type=VOLUNTEER,
        short_description=(
            "Vie oma koirasi ilahduttamaan palvelutalon asukkaita. Koira testataan ja "
            "ohjaaja koulutetaan ennen ensimmäistä käyntiä."
        ),
        description="""
            Kaverikoirakäynnit tuovat iloa palvelutalojen asukkaille. Käynti kestää noin
            tunnin, ja sovit käyntiajat itse palvelutalon kanssa.

            Koiran pitää olla vähintään vuoden ikäinen ja tottunut vieraisiin ihmisiin.
        """,
        schedule=FLEXIBLE,
        hours_per_week="1",
        min_age=16,
        benefits=(TRAINING, INSURANCE),
        places=5,
        deadline=60,
        contact_name="Minna Hyvönen",
        contact_email="karvakamut@example.fi",
    ),
    DemoOpportunity(
        slug="karvakamut-nuorten-koiranohjaajat",
        association="laukaan-koirakerho-karvakamut",
        title="Nuorten koiranohjaajien treeniryhmä",
        type=GROUP,
        short_description=(
            "Treenaa omaa koiraasi muiden nuorten kanssa sunnuntaisin. Agilityä, "
            "tottelevaisuutta ja temppuja 15–29-vuotiaille."
        ),
        description="""
            Ryhmässä opitaan koirankäsittelyä leikin ja palkan avulla. Koirasi voi olla
            minkä rotuinen ja ikäinen tahansa.

            Jos sinulla ei ole omaa koiraa, voit kysyä lainakoiraa kerhon jäseniltä.
        """,
        address="Karvakamujen koirakenttä, Vihtavuorentie 15",
        schedule=RECURRING,
        start=4,
        period=84,
        times=((SU, "11:00", "12:30"),),
        hours_per_week="1.5",
        min_age=15,
        max_age=29,
        beginner_friendly=True,
        benefits=(TRAINING,),
        places=10,
        deadline=3,
        contact_name="Minna Hyvönen",
        contact_email="karvakamut@example.fi",
    ),
    DemoOpportunity(
        slug="aanekoski-jtet-kahvila-ja-lounas",
        association="aanekosken-seudun-tyottomat",
        title="Kolme päivää kahvila- ja lounastyössä (JTET)",
        type=TRYOUT,
        short_description=(
            "Kokeile kahvilan ja lounaskeittiön töitä kolmena aamupäivänä. Sopii alan "
            "opiskelua harkitsevalle."
        ),
        description="""
            Yhdistyksen kahvila ja lounas palvelevat päivittäin noin 50 asiakasta.
            Kolmen päivän aikana olet mukana kassalla, keittiössä ja tiskissä.

            Lounas kuuluu päiviin, ja saat lopuksi todistuksen.
        """,
        plain_language_summary="""
            Kolme päivää kahvilassa ja keittiössä.
            Saat ruoan ja todistuksen.
        """,
        address="Yhdistyksen toimitila, Hämeenlinnantie 6",
        schedule=ONE_OFF,
        start=25,
        on=MO,
        days=3,
        start_time="09:00",
        end_time="13:00",
        total_days=3,
        beginner_friendly=True,
        benefits=(ORIENTATION, MEALS, CERTIFICATE),
        places=2,
        deadline=20,
        contact_name="Jouko Lahtinen",
        contact_email="aanekoskentyottomat@example.fi",
    ),
    DemoOpportunity(
        slug="aanekoski-harjoittelu-ohjaustyo",
        association="aanekosken-seudun-tyottomat",
        title="Harjoittelupaikka ohjaus- ja neuvontatyöhön",
        type=PLACEMENT,
        short_description=(
            "Harjoittelu sosionomi- tai yhteisöpedagogiopiskelijalle: työnhakupaja, "
            "etuusneuvonta ja nuorten ryhmä."
        ),
        description="""
            Harjoittelija ohjaa työnhakupajaa, auttaa asiakkaita lomakkeissa ja on mukana
            nuorten ryhmässä. Harjoittelun tavoitteet sovitaan oppilaitoksen kanssa.
        """,
        schedule=FLEXIBLE,
        hours_per_week="37.5",
        benefits=(ORIENTATION, CERTIFICATE, MEALS),
        places=2,
        deadline=75,
        categories=("employment", "education"),
        contact_name="Jouko Lahtinen",
        contact_email="aanekoskentyottomat@example.fi",
    ),
    DemoOpportunity(
        slug="aanekoski-nuorten-ryhma",
        association="aanekosken-seudun-tyottomat",
        title="Nuorten ryhmä: tekemistä ja tukea työnhakuun",
        type=GROUP,
        short_description=(
            "Ryhmä 16–29-vuotiaille, jotka eivät juuri nyt opiskele tai ole töissä. "
            "Keskiviikkoisin yhdessä tekemistä ja apua työnhakuun."
        ),
        description="""
            Ryhmässä tehdään CV:t kuntoon, käydään tutustumassa työpaikkoihin ja
            tehdään mukavia asioita yhdessä. Ryhmään voi tulla ilman ilmoittautumista.

            Osallistuminen on maksutonta, ja saat lounaan.
        """,
        plain_language_summary="""
            Ryhmä nuorille, joilla ei ole työtä tai opiskelupaikkaa.
            Tapaamme keskiviikkona.
            Saat apua ja ruokaa.
        """,
        address="Yhdistyksen toimitila, Hämeenlinnantie 6",
        schedule=RECURRING,
        start=2,
        times=((WE, "13:00", "15:00"),),
        hours_per_week="2",
        min_age=16,
        max_age=29,
        beginner_friendly=True,
        benefits=(MEALS,),
        contact_name="Jouko Lahtinen",
        contact_email="aanekoskentyottomat@example.fi",
    ),
    DemoOpportunity(
        slug="valo-luova-paja-nuorille-aikuisille",
        association="aanekosken-mielenterveysyhdistys-valo",
        title="Luova paja nuorille aikuisille",
        type=GROUP,
        short_description=(
            "Maalaa, kirjoita tai valokuvaa torstai-iltaisin. Pieni ryhmä 18–29-vuotiaille, "
            "jossa kenenkään ei tarvitse osata."
        ),
        description="""
            Pajassa tehdään luovia harjoituksia omaan tahtiin. Ohjaaja tuo joka kerta
            uuden idean, mutta voit tehdä myös omaa projektia.

            Ryhmä on pieni ja rauhallinen, ja sinne voi tulla vain katsomaan.
        """,
        address="Järjestötalo, Koulukatu 10",
        schedule=RECURRING,
        start=8,
        period=84,
        times=((TH, "17:30", "19:00"),),
        hours_per_week="1.5",
        min_age=18,
        max_age=29,
        beginner_friendly=True,
        places=8,
        deadline=6,
        contact_name="Susanna Koskinen",
        contact_email="valo@example.fi",
    ),
]

# Demo people who sign up for the tasks above: (email, first name, last name, age, municipality)
DEMO_PARTICIPANTS = [
    ("demo.osallistuja1@example.fi", "Aino", "Aaltonen", 19, "lappeenranta"),
    ("demo.osallistuja2@example.fi", "Eetu", "Kivelä", 21, "kouvola"),
    ("demo.osallistuja3@example.fi", "Sara", "Mustonen", 23, "jyvaskyla"),
    ("demo.osallistuja4@example.fi", "Miro", "Heinonen", 25, "kotka"),
]


def _time(value: str) -> datetime.time | None:
    return datetime.time.fromisoformat(value) if value else None


def _first_on_or_after(day: datetime.date, weekday: int | None) -> datetime.date:
    if weekday is None:
        return day
    return day + datetime.timedelta(days=(weekday - day.weekday()) % 7)


def _dates(data: DemoOpportunity, today: datetime.date):
    """(first day, last day, application deadline) counted from today."""
    deadline = today + datetime.timedelta(days=data.deadline) if data.deadline is not None else None
    if data.start is None:
        return None, None, deadline
    start = _first_on_or_after(today + datetime.timedelta(days=data.start), data.on)
    if data.schedule == ONE_OFF:
        return start, start + datetime.timedelta(days=data.days - 1), deadline
    end = start + datetime.timedelta(days=data.period) if data.period else None
    return start, end, deadline


def _create_opportunity(data: DemoOpportunity, association, municipalities, today):
    start_date, end_date, deadline = _dates(data, today)
    opportunity = Opportunity(
        association=association,
        title=data.title,
        slug=data.slug,
        type=data.type,
        short_description=data.short_description,
        description=cleandoc(data.description),
        plain_language_summary=cleandoc(data.plain_language_summary),
        municipality=(
            municipalities[data.municipality]
            if data.municipality
            else association.home_municipality
        ),
        address=data.address,
        is_remote=data.is_remote,
        schedule=data.schedule,
        start_date=start_date,
        end_date=end_date,
        start_time=_time(data.start_time),
        end_time=_time(data.end_time),
        hours_per_week=Decimal(data.hours_per_week) if data.hours_per_week else None,
        total_days=data.total_days,
        min_age=data.min_age,
        max_age=data.max_age,
        beginner_friendly=data.beginner_friendly,
        requirements=cleandoc(data.requirements),
        benefits=list(data.benefits),
        accessibility_notes=cleandoc(data.accessibility_notes),
        places=data.places,
        application_deadline=deadline,
        contact_name=data.contact_name,
        contact_email=data.contact_email,
        contact_language=data.contact_language,
    )
    opportunity.full_clean()
    opportunity.save()
    if data.categories:
        opportunity.categories.set(Category.objects.filter(slug__in=data.categories))
    else:
        opportunity.categories.set(association.categories.all())
    opportunity.languages.set(ActivityLanguage.objects.filter(slug__in=data.languages))
    OpportunityTime.objects.bulk_create(
        OpportunityTime(
            opportunity=opportunity,
            weekday=weekday,
            start_time=_time(start),
            end_time=_time(end) if end else None,
        )
        for weekday, start, end in data.times
    )
    services.opportunity_refresh_derived_fields(opportunity=opportunity)
    if data.status == CLOSED:
        # It was published first, then closed when the place was filled.
        services.opportunity_set_status(opportunity=opportunity, status=PUBLISHED)
    services.opportunity_set_status(opportunity=opportunity, status=data.status)
    return opportunity


def _demo_participants(municipalities) -> list[tuple]:
    """The demo people who sign up, with verified email addresses; existing ones are kept."""
    User = get_user_model()
    people = []
    for email, first_name, last_name, age, municipality in DEMO_PARTICIPANTS:
        user, created = User.objects.get_or_create(
            email=email,
            defaults={"first_name": first_name, "last_name": last_name, "language": "fi"},
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        people.append((user, age, municipalities[municipality]))
    return people


def create_demo_opportunities() -> int:
    """Create the demo opportunities; one whose slug already exists is left as it is.

    The small tasks marked with `signups` get demo sign-ups when they are created, so that they
    are full and the next person goes to the waiting list. Returns the number of demo
    opportunities.
    """
    today = timezone.localdate()
    existing = set(
        Opportunity.objects.filter(slug__in=[data.slug for data in DEMO_OPPORTUNITIES]).values_list(
            "slug", flat=True
        )
    )
    associations = Association.objects.select_related("home_municipality").in_bulk(
        {data.association for data in DEMO_OPPORTUNITIES}, field_name="slug"
    )
    municipalities = Municipality.objects.in_bulk(
        {data.municipality for data in DEMO_OPPORTUNITIES if data.municipality}
        | {municipality for *_, municipality in DEMO_PARTICIPANTS},
        field_name="slug",
    )
    to_fill = []
    for data in DEMO_OPPORTUNITIES:
        association = associations.get(data.association)
        if data.slug in existing or association is None:
            continue
        opportunity = _create_opportunity(data, association, municipalities, today)
        if data.signups:
            to_fill.append((opportunity, data.signups))

    if to_fill:
        people = _demo_participants(municipalities)
        with translation.override("fi"):
            for opportunity, count in to_fill:
                for user, age, municipality in people[:count]:
                    services.signup_create(
                        user=user,
                        opportunity=opportunity,
                        birth_year=today.year - age,
                        home_municipality=municipality,
                        consent=True,
                    )
    return len(DEMO_OPPORTUNITIES)
