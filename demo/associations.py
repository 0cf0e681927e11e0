"""Demo association cards for trying the portal out. Product content, not test fixtures.

The associations are fictional but plausible: names, people, street numbers and phone numbers
are made up, email addresses and websites use the reserved example.fi and example.com domains,
and the business IDs (Y-tunnus) have valid check digits but belong to no real organisation.
"""

import datetime
from dataclasses import dataclass
from inspect import cleandoc

from accounts.models import RegionCoordinator
from associations import services
from associations.models import (
    ActivityLanguage,
    Association,
    Category,
    MeetingTime,
    Membership,
    TargetGroup,
)
from core.models import Municipality, Region
from core.schedule import Weekday

MO, TU, WE, TH, FR, SA, SU = (
    Weekday.MONDAY,
    Weekday.TUESDAY,
    Weekday.WEDNESDAY,
    Weekday.THURSDAY,
    Weekday.FRIDAY,
    Weekday.SATURDAY,
    Weekday.SUNDAY,
)

# The regions the demo coordinator looks after.
COORDINATOR_REGIONS = ("etela-karjala", "kymenlaakso", "keski-suomi")

PUBLISHED = Association.Status.PUBLISHED
DRAFT = Association.Status.DRAFT
HIDDEN = Association.Status.HIDDEN


@dataclass(frozen=True, kw_only=True)
class DemoAssociation:
    slug: str
    name: str
    short_description: str
    description: str  # Markdown; indentation is removed with inspect.cleandoc
    home: str  # municipality slug
    also_in: tuple[str, ...] = ()  # other municipalities where it is active
    categories: tuple[str, ...] = ()
    target_groups: tuple[str, ...] = ()
    languages: tuple[str, ...] = ("fi",)
    # (weekday, start "HH:MM", end "HH:MM" or None, what happens)
    meetings: tuple[tuple[int, str, str | None, str], ...] = ()
    meeting_place: str = ""
    street_address: str = ""
    postal_code: str = ""
    post_office: str = ""
    step_free_access: bool | None = None
    accessibility_notes: str = ""
    membership_fee: str = ""
    how_to_join: str = ""
    contact_name: str = ""
    contact_email: str
    contact_phone: str = ""
    contact_language: str = "fi"
    website: str = ""
    social_links: tuple[str, ...] = ()
    business_id: str = ""
    register_number: str = ""
    founded_year: int | None = None
    status: str = PUBLISHED
    verified: bool = True
    # The demo staff user (yhdistys@example.fi) is an owner of the card.
    staff_owner: bool = False


DEMO_ASSOCIATIONS = [
    # ---------------------------------------------------------------- Etelä-Karjala
    DemoAssociation(
        slug="lappeenrannan-kipina",
        name="Lappeenrannan Kipinä ry",
        short_description=(
            "Salibandyseura lapsille, nuorille ja aikuisille Lappeenrannassa. Harjoitukset ovat "
            "arki-iltaisin, ja uusi pelaaja pääsee kokeilemaan maksutta."
        ),
        description="""
            Lappeenrannan Kipinä on salibandyseura, jossa jokainen pääsee pelaamaan omalla
            tasollaan. Meillä on joukkueet 7–18-vuotiaille ja harrastesarja aikuisille.
            Kilpailemaan ei ole pakko lähteä.

            Harjoitukset ovat arki-iltaisin Kimpisen liikuntahallissa. Nuorten ryhmiä vetävät
            koulutetut vapaaehtoiset valmentajat. Mailan ja suojalasit saa lainaksi seuralta
            ensimmäisiksi kerroiksi.

            Lisäksi järjestämme:

            - perhesählyä lauantaisin – koko perhe samaan peliin
            - kesäleirin Lemillä kesäkuussa
            - harrastustukea, jos kausimaksu on perheelle liian suuri

            Lue lisää joukkueista [seuran sivuilta](https://example.fi/kipina).
        """,
        home="lappeenranta",
        also_in=("lemi", "taipalsaari"),
        categories=("sports-outdoors", "youth"),
        target_groups=("children", "youth", "families"),
        meetings=(
            (MO, "17:00", "18:30", "Juniorit 7–12 v."),
            (WE, "18:30", "20:00", "Nuoret 13–18 v."),
            (TH, "20:00", "21:30", "Aikuisten harrastesarja"),
            (SA, "10:00", "11:30", "Perhesähly"),
        ),
        meeting_place="Kimpisen liikuntahalli",
        street_address="Kimpisenkatu 12",
        postal_code="53130",
        post_office="Lappeenranta",
        step_free_access=True,
        accessibility_notes="""
            Halliin pääsee pääovesta ilman portaita. Esteetön WC ja pukuhuone ovat
            ensimmäisessä kerroksessa.
        """,
        membership_fee="40 € / kausi (lisäksi pelaajalisenssi)",
        how_to_join="""
            1. Valitse ikäsi mukainen ryhmä seuran sivuilta.
            2. Tule kokeilemaan kaksi kertaa maksutta – ilmoittautumista ei tarvita.
            3. Täytä jäsenlomake, kun haluat jatkaa.
        """,
        contact_name="Jenni Kärkkäinen",
        contact_email="kipina@example.fi",
        contact_phone="040 712 3481",
        website="https://example.fi/kipina",
        social_links=(
            "https://www.instagram.com/example_kipina",
            "https://www.facebook.com/example.kipina",
        ),
        business_id="2187634-3",
        register_number="201.456",
        founded_year=2006,
        staff_owner=True,
    ),
    DemoAssociation(
        slug="imatran-mielenterveysyhdistys-tyyni",
        name="Imatran Mielenterveysyhdistys Tyyni ry",
        short_description=(
            "Vertaistukea ja yhdessäoloa mielenterveyden kanssa kamppaileville ja heidän "
            "läheisilleen Imatralla. Ryhmiin voi tulla ilman lähetettä."
        ),
        description="""
            Tyyni on mielenterveysyhdistys, jossa voit tavata ihmisiä, joilla on samanlaisia
            kokemuksia. Toiminta perustuu vertaistukeen: kukaan ei ole täällä asiakas tai
            potilas, vaan kaikki ovat samalla viivalla.

            Päiväsaikaan kohtaamispaikka on avoinna kaikille. Torstai-iltaisin kokoontuu nuorten
            aikuisten vertaisryhmä 18–30-vuotiaille. Ryhmää ohjaa koulutettu vertaisohjaaja.

            Voit tulla paikalle myös vain juomaan kahvia ja tutustumaan. Mitään ei tarvitse
            kertoa itsestään, jos ei halua. Vapaaehtoistyö on mahdollista esimerkiksi
            kahvilavuoroissa.
        """,
        home="imatra",
        also_in=("ruokolahti", "rautjarvi"),
        categories=("mental-health-substance", "social-health"),
        target_groups=("everyone", "youth", "unemployed"),
        meetings=(
            (TU, "10:00", "14:00", "Kohtaamispaikka avoinna"),
            (TH, "10:00", "14:00", "Kohtaamispaikka avoinna"),
            (TH, "17:00", "18:30", "Nuorten aikuisten vertaisryhmä"),
        ),
        meeting_place="Kohtaamispaikka Tyyni",
        street_address="Koskenparras 4",
        postal_code="55100",
        post_office="Imatra",
        step_free_access=True,
        accessibility_notes="""
            Sisäänkäynti on kadun tasossa. Tiloissa on esteetön WC. Induktiosilmukka on
            ryhmähuoneessa.
        """,
        membership_fee="10 € / vuosi",
        how_to_join="""
            Tule kohtaamispaikkaan aukioloaikana tai soita ohjaajalle. Vertaisryhmään
            ilmoittaudutaan etukäteen, koska ryhmässä on enintään kymmenen osallistujaa.
        """,
        contact_name="Marja Pulkkinen",
        contact_email="tyyni@example.fi",
        contact_phone="044 215 7830",
        website="https://example.fi/tyyni",
        business_id="1124590-0",
        register_number="142.877",
        founded_year=1997,
    ),
    DemoAssociation(
        slug="imatran-seudun-kehitysvammaisten-tuki",
        name="Imatran Seudun Kehitysvammaisten Tuki ry",
        short_description=(
            "Kaveritoimintaa, kerhoja ja retkiä kehitysvammaisille lapsille, nuorille ja "
            "aikuisille sekä heidän perheilleen. Etsimme myös uusia vapaaehtoisia kavereita."
        ),
        description="""
            Yhdistys tukee kehitysvammaisia ihmisiä ja heidän perheitään Imatralla ja
            lähikunnissa. Järjestämme harrastuksia, joihin jokainen voi osallistua omien
            voimiensa mukaan.

            Kaveritoiminnassa vapaaehtoinen ja kehitysvammainen ihminen tapaavat noin kaksi
            kertaa kuukaudessa. Yhdessä voi käydä esimerkiksi kahvilla, elokuvissa tai
            keilaamassa. Vapaaehtoiset saavat lyhyen koulutuksen ja tukea yhdistykseltä.

            Keskiviikkoisin on kerhoilta, jossa pelataan, lauletaan ja tehdään käsitöitä.
            Kesällä teemme retken Saimaalle.

            Selkokielinen esite löytyy [yhdistyksen sivuilta](https://example.fi/imatran-tuki).
        """,
        home="imatra",
        also_in=("ruokolahti",),
        categories=("disability", "social-health"),
        target_groups=("people-with-disabilities", "youth", "families"),
        meetings=((WE, "17:30", "19:30", "Kerhoilta"),),
        meeting_place="Järjestötalo Vuoksi",
        street_address="Tainionkoskentie 68",
        postal_code="55120",
        post_office="Imatra",
        step_free_access=True,
        accessibility_notes="""
            Tilat ovat esteettömät: luiska ulko-ovella, hissi ja esteetön WC. Avustaja tai
            omainen pääsee mukaan maksutta.
        """,
        membership_fee="15 € / vuosi",
        how_to_join="""
            1. Soita tai lähetä sähköpostia yhteyshenkilölle.
            2. Sovimme tutustumiskäynnin kerhoiltaan.
            3. Jos haluat vapaaehtoiseksi kaveriksi, ilmoittaudu kevään tai syksyn
               kaverikoulutukseen.
        """,
        contact_name="Sari Laukkanen",
        contact_email="imatran-tuki@example.fi",
        contact_phone="050 463 1129",
        website="https://example.fi/imatran-tuki",
        business_id="0563921-7",
        register_number="58.214",
        founded_year=1968,
    ),
    DemoAssociation(
        slug="rasilan-kylayhdistys",
        name="Rasilan Kyläyhdistys ry",
        short_description=(
            "Kyläyhdistys Ruokolahden Rasilassa. Pidämme kylätaloa, järjestämme talkoita ja "
            "tapahtumia ja ajamme kylän asioita yhdessä kunnan kanssa."
        ),
        description="""
            Rasilan kyläyhdistys pitää kylän elävänä. Ylläpidämme vanhaa koulurakennusta
            kylätalona, jota kyläläiset voivat vuokrata juhliin ja kokouksiin.

            Torstai-iltaisin kylätalolla on avoin ilta: kahvia, lehtiä ja juttuseuraa.
            Kesällä järjestämme kyläjuhlat ja uimarannan talkoot. Talvella kunnostamme
            latu- ja retkiluistelureitin järven jäälle.

            Uudet asukkaat ja kesäasukkaat ovat erityisen tervetulleita mukaan.
        """,
        home="ruokolahti",
        categories=("village-residents",),
        target_groups=("everyone", "families", "seniors"),
        meetings=((TH, "18:00", "20:00", "Kylätalon avoin ilta"),),
        meeting_place="Rasilan kylätalo (vanha koulu)",
        street_address="Rasilantie 215",
        postal_code="56100",
        post_office="Ruokolahti",
        step_free_access=False,
        accessibility_notes="""
            Kylätalon pääovelle on kolme porrasta, eikä luiskaa vielä ole. Luiskan
            rakentaminen on suunnitteilla. WC on samassa kerroksessa.
        """,
        membership_fee="10 € / talous / vuosi",
        how_to_join="Tule avoimeen iltaan tai maksa jäsenmaksu yhdistyksen tilille. Kerro viestissä nimesi ja osoitteesi.",
        contact_name="Pertti Hämäläinen",
        contact_email="rasila@example.fi",
        contact_phone="040 881 2093",
        register_number="176.302",
        founded_year=2001,
    ),
    DemoAssociation(
        slug="parikkalan-4h-yhdistys",
        name="Parikkalan 4H-yhdistys ry",
        short_description=(
            "4H-kerhoja lapsille ja ensimmäisiä työkokemuksia nuorille Parikkalassa ja "
            "Rautjärvellä. Opit kädentaitoja, ruoanlaittoa ja yrittäjyyttä."
        ),
        description="""
            4H-yhdistys tarjoaa lapsille ja nuorille harrastuksia ja mahdollisuuden tienata
            omaa rahaa. Kerhoissa opitaan tekemällä: leivotaan, rakennetaan linnunpönttöjä ja
            hoidetaan eläimiä.

            13–28-vuotiaat nuoret voivat tehdä kauttamme pieniä töitä, kuten pihatöitä,
            lumitöitä ja lastenhoitoa. 4H-yrityksen voi perustaa jo yläkoulussa, ja
            neuvomme alkuun.

            Kesällä järjestämme päiväleirin ja kesätyöseteleitä yhdessä kunnan kanssa.
        """,
        home="parikkala",
        also_in=("rautjarvi",),
        categories=("youth", "children-families", "employment"),
        target_groups=("children", "youth"),
        meetings=(
            (TU, "15:00", "16:30", "Kokkikerho 8–12 v."),
            (WE, "15:00", "16:30", "Puutyö- ja luontokerho"),
        ),
        meeting_place="Parikkalan koulukeskus, kotitalousluokka",
        street_address="Koulukatu 5",
        postal_code="59100",
        post_office="Parikkala",
        step_free_access=True,
        accessibility_notes="Koulukeskuksessa on hissi ja esteetön WC.",
        membership_fee="12 € / vuosi",
        how_to_join="""
            1. Ilmoittaudu kerhoon yhdistyksen verkkosivuilla.
            2. Kerhot alkavat syyskuussa ja tammikuussa; mukaan pääsee kesken kauden, jos
               tilaa on.
        """,
        contact_name="Anni Rautiainen",
        contact_email="parikkala4h@example.fi",
        contact_phone="045 672 0318",
        website="https://example.fi/parikkala4h",
        business_id="0885412-3",
        register_number="88.460",
        founded_year=1952,
    ),
    DemoAssociation(
        slug="savitaipaleen-elakkeensaajat",
        name="Savitaipaleen Eläkkeensaajat ry",
        short_description=(
            "Jumppaa, kerhoja ja matkoja eläkeläisille Savitaipaleella. Kokoonnumme "
            "päiväsaikaan seurakuntatalolla."
        ),
        description="""
            Eläkkeensaajien yhdistys tarjoaa ikäihmisille liikuntaa, seuraa ja tekemistä.
            Maanantaisin on tuolijumppa ja torstaisin kerho, jossa on vaihtuva ohjelma:
            esitelmiä, laulua ja bingoa.

            Teemme muutaman kerran vuodessa päivämatkoja teatteriin ja kylpylään. Yhdistys
            auttaa myös etuuksien hakemisessa: vertaisneuvojamme neuvovat esimerkiksi
            eläkkeensaajan asumistuessa.
        """,
        home="savitaipale",
        categories=("seniors", "sports-outdoors"),
        target_groups=("seniors",),
        meetings=(
            (MO, "10:00", "11:00", "Tuolijumppa"),
            (TH, "12:00", "14:00", "Torstaikerho"),
        ),
        meeting_place="Savitaipaleen seurakuntatalo",
        street_address="Kirkkotie 3",
        postal_code="54800",
        post_office="Savitaipale",
        step_free_access=True,
        accessibility_notes="Sisäänkäynnillä on luiska. Esteetön WC löytyy eteisaulasta.",
        membership_fee="15 € / vuosi",
        how_to_join="Tule torstaikerhoon ja kysy lisää puheenjohtajalta. Jäseneksi voit liittyä paikan päällä.",
        contact_name="Raili Kuukka",
        contact_email="savitaipale.elakkeensaajat@example.fi",
        contact_phone="040 553 8012",
        register_number="95.118",
        founded_year=1973,
    ),
    DemoAssociation(
        slug="luumaen-luonto",
        name="Luumäen Luonto ry",
        short_description=(
            "Luontoretkiä, lintujen laskentaa ja perinnemaisemien hoitoa Luumäellä. "
            "Lauantairetkille voi tulla kuka tahansa."
        ),
        description="""
            Luumäen Luonto on paikallinen luonnonsuojeluyhdistys. Retkeilemme lähiseudun
            metsissä ja soilla, opettelemme tunnistamaan kasveja ja lintuja ja hoidamme
            niittyjä talkoilla.

            Kesäkaudella lauantaisin on opastettu retki. Retket sopivat myös lapsiperheille.
            Talvella järjestämme luentoja ja osallistumme pihabongaukseen.

            Talkoisiin ja muuhun vapaaehtoistyöhön ei tarvita aiempaa kokemusta.
        """,
        home="luumaki",
        also_in=("savitaipale",),
        categories=("environment-animals", "sports-outdoors"),
        target_groups=("everyone", "families"),
        meetings=((SA, "09:00", "12:00", "Opastettu luontoretki (touko–syyskuu)"),),
        meeting_place="Lähtö Taavetin torilta",
        street_address="Taavetintie 10",
        postal_code="54500",
        post_office="Taavetti",
        step_free_access=None,
        accessibility_notes="""
            Retkien maasto vaihtelee. Kerromme retkikuvauksessa, sopiiko reitti
            pyörätuolille tai lastenrattaille.
        """,
        membership_fee="8 € / vuosi, alle 18-vuotiaille ilmainen",
        how_to_join="Tule retkelle sovittuun lähtöpaikkaan. Jäseneksi voit liittyä verkkosivujen lomakkeella.",
        contact_name="Ilkka Toivonen",
        contact_email="luumaenluonto@example.fi",
        contact_phone="050 389 4472",
        website="https://example.fi/luumaenluonto",
        register_number="133.905",
        founded_year=1989,
    ),
    DemoAssociation(
        slug="taipalsaaren-kuutit",
        name="Taipalsaaren Kuutit ry",
        short_description=(
            "Partiolippukunta Taipalsaarella. Viikoittaiset koloillat, retkiä Saimaan "
            "saaristoon ja leirejä – mukaan pääsee 7-vuotiaasta alkaen."
        ),
        description="""
            Kuutit on partiolippukunta, jossa lapset ja nuoret oppivat retkeilyä,
            tulentekoa, ensiapua ja yhdessä toimimista. Ryhmiä ohjaavat vähän vanhemmat
            nuoret, joita aikuiset tukevat.

            Koloillat pidetään tiistaisin ja torstaisin. Kerran kuussa lähdemme retkelle,
            usein meloen tai veneellä Saimaan saariin. Kesäleirille osallistuu koko
            lippukunta.

            Partio sopii kaikille, eikä varusteita tarvitse ostaa heti. Lainaamme
            telttoja, makuupusseja ja kanootteja.
        """,
        home="taipalsaari",
        also_in=("lappeenranta",),
        categories=("youth", "sports-outdoors", "children-families"),
        target_groups=("children", "youth"),
        meetings=(
            (TU, "17:30", "19:00", "Sudenpennut 7–9 v."),
            (TH, "18:00", "19:30", "Seikkailijat ja tarpojat 10–14 v."),
        ),
        meeting_place="Partiokolo, Kirkonkylän vanha paloasema",
        street_address="Kirkonkyläntie 22",
        postal_code="54920",
        post_office="Taipalsaari",
        step_free_access=False,
        accessibility_notes="Kolo on toisessa kerroksessa, eikä rakennuksessa ole hissiä.",
        membership_fee="55 € / vuosi (sisältää Suomen Partiolaisten jäsenmaksun)",
        how_to_join="""
            1. Ilmoittaudu jonoon lippukunnan verkkosivuilla.
            2. Otamme yhteyttä, kun ryhmässä on tilaa.
            3. Tule kokeilemaan koloiltaan – kaksi ensimmäistä kertaa ovat maksuttomia.
        """,
        contact_name="Elina Vainikka",
        contact_email="kuutit@example.fi",
        contact_phone="044 730 5516",
        website="https://example.fi/kuutit",
        social_links=("https://www.instagram.com/example_kuutit",),
        register_number="161.042",
        founded_year=1994,
    ),
    DemoAssociation(
        slug="lemin-nuorisoseura",
        name="Lemin Nuorisoseura ry",
        short_description=(
            "Harrastajateatteri Lemillä: nuorten ja aikuisten näytelmäryhmät ja kesäteatteri "
            "seurantalolla. Lavalle tai lavan taakse!"
        ),
        description="""
            Lemin Nuorisoseura on vuonna 1906 perustettu yhdistys, jonka tärkein toiminta on
            teatteri. Teemme joka kesä kesäteatteriesityksen ja talvella pienemmän
            näytelmän nuorten ryhmän kanssa.

            Mukaan tarvitaan näyttelijöiden lisäksi lavastajia, puvustajia, valo- ja
            äänitekniikasta kiinnostuneita ja lipunmyyjiä. Aiempaa kokemusta ei tarvita.

            Nuorten teatteriryhmä on 12–19-vuotiaille. Harjoitukset ovat maanantai- ja
            keskiviikkoiltaisin seurantalolla.
        """,
        home="lemi",
        categories=("culture-arts", "youth"),
        target_groups=("youth", "everyone"),
        meetings=(
            (MO, "18:00", "20:30", "Nuorten teatteriryhmä"),
            (WE, "18:00", "20:30", "Aikuisten näytelmäharjoitukset"),
        ),
        meeting_place="Lemin seurantalo",
        street_address="Seurantalontie 4",
        postal_code="54710",
        post_office="Lemi",
        step_free_access=None,
        accessibility_notes="Saliin on sivuovesta luiska, mutta lava ja pukuhuoneet ovat portaiden takana.",
        membership_fee="20 € / vuosi, nuoret 10 €",
        how_to_join="Tule harjoituksiin ja kerro ohjaajalle, että haluat mukaan. Uusia jäseniä otetaan erityisesti syys- ja tammikuussa.",
        contact_name="Tuomas Kettunen",
        contact_email="leminnuorisoseura@example.fi",
        contact_phone="040 294 6671",
        website="https://example.fi/leminns",
        social_links=("https://www.facebook.com/example.leminnuorisoseura",),
        business_id="0214587-9",
        register_number="3.118",
        founded_year=1906,
    ),
    DemoAssociation(
        slug="rautjarven-tyottomat",
        name="Rautjärven Työttömät ry",
        short_description=(
            "Työttömien yhdistys Simpeleellä: edullinen lounas, olohuone, neuvontaa ja "
            "kuntouttavaa työtoimintaa arkipäivisin."
        ),
        description="""
            Työttömien yhdistys on paikka, jonne voi tulla arkipäivisin syömään, juttelemaan
            ja tekemään jotain hyödyllistä. Tarjoamme edullisen lounaan ja kahvin.

            Autamme hakemuksissa ja lomakkeissa, esimerkiksi työttömyysetuuden ja
            toimeentulotuen hakemisessa. Kuntouttavaa työtoimintaa voi tehdä kierrätyspajassa
            ja keittiössä.

            Yhdistykseen voivat liittyä työttömät, osatyökykyiset ja kaikki muut, jotka
            haluavat tukea toimintaa.
        """,
        home="rautjarvi",
        categories=("employment", "social-health"),
        target_groups=("unemployed", "everyone"),
        meetings=(
            (MO, "09:00", "14:00", "Olohuone ja lounas klo 11–12"),
            (TU, "09:00", "14:00", "Olohuone ja lounas klo 11–12"),
            (WE, "09:00", "14:00", "Olohuone ja lounas, kierrätyspaja"),
            (TH, "09:00", "14:00", "Olohuone ja lounas klo 11–12"),
        ),
        meeting_place="Yhdistyksen olohuone",
        street_address="Simpeleentie 18",
        postal_code="56800",
        post_office="Simpele",
        step_free_access=True,
        accessibility_notes="Tilat ovat katutasossa. Esteetön WC on käytössä.",
        membership_fee="5 € / vuosi",
        how_to_join="Tule käymään aukioloaikana. Jäseneksi liitytään paikan päällä.",
        contact_name="Reijo Pesonen",
        contact_email="rautjarventyottomat@example.fi",
        contact_phone="045 118 9024",
        business_id="1220456-1",
        register_number="150.661",
        founded_year=1993,
    ),
    DemoAssociation(
        slug="saimaan-silta",
        name="Monikulttuurinen yhdistys Saimaan Silta ry",
        short_description=(
            "Kielikahvila, lasten kerho ja juhlia Lappeenrannassa. Tuomme yhteen maahan "
            "muuttaneita ja paikallisia – kaikki ovat tervetulleita."
        ),
        description="""
            Saimaan Silta tuo yhteen Lappeenrantaan muuttaneita ja täällä pitkään asuneita.
            Jäseniämme on yli kahdestakymmenestä maasta.

            Tiistai-iltaisin on kielikahvila, jossa harjoitellaan suomea rennosti.
            Lauantaisin lapsille on kerho, jossa leikitään ja askarrellaan. Vanhemmat voivat
            sillä aikaa jutella kahvin äärellä.

            Tarjoamme myös:

            - apua arjen asioihin, kuten Kelan ja koulun lomakkeisiin
            - vapaaehtoistyötä ystävätoiminnassa
            - yhteisiä juhlia eri kulttuurien juhlapyhinä
        """,
        home="lappeenranta",
        categories=("multicultural", "children-families"),
        target_groups=("immigrants", "families", "everyone"),
        languages=("fi", "en", "other"),
        meetings=(
            (TU, "17:00", "19:00", "Kielikahvila"),
            (SA, "11:00", "13:00", "Lasten kerho"),
        ),
        meeting_place="Kansalaistalo, kerhohuone 2",
        street_address="Valtakatu 37",
        postal_code="53100",
        post_office="Lappeenranta",
        step_free_access=True,
        accessibility_notes="Hissi ja esteetön WC. Kerhohuoneessa on induktiosilmukka.",
        membership_fee="Ilmainen",
        how_to_join="""
            Tule kielikahvilaan – ilmoittautumista ei tarvita. Jos haluat
            vapaaehtoiseksi, lähetä viesti yhteyshenkilölle.
        """,
        contact_name="Amina Hassan",
        contact_email="saimaansilta@example.fi",
        contact_phone="041 509 7734",
        website="https://example.fi/saimaansilta",
        social_links=("https://www.facebook.com/example.saimaansilta",),
        business_id="2552906-6",
        register_number="215.908",
        founded_year=2013,
    ),
    DemoAssociation(
        slug="nuorisokulttuuriyhdistys-kulma",
        name="Nuorisokulttuuriyhdistys Kulma ry",
        short_description=(
            "Nuorten omia keikkoja, bänditreenejä ja katutaidetta Lappeenrannassa. Nuoret "
            "suunnittelevat ja tekevät itse – aikuiset auttavat."
        ),
        description="""
            Kulma on nuorten kulttuuriyhdistys, jonka toimintaa suunnittelevat 15–25-vuotiaat
            itse. Järjestämme päihteettömiä keikkoja, open mic -iltoja ja graffitityöpajoja.

            Treenikämpällä on soittimet ja äänentoisto, joita jäsenet voivat käyttää. Bändi
            voi varata oman treenivuoron. Torstaisin on avoin ilta, jolloin kuka tahansa voi
            tulla soittamaan tai vain hengailemaan.

            Haluatko järjestää oman tapahtuman? Tule kertomaan ideasi. Autamme
            budjetissa, luvissa ja markkinoinnissa.
        """,
        home="lappeenranta",
        categories=("youth", "culture-arts"),
        target_groups=("youth",),
        meetings=(
            (TH, "17:00", "21:00", "Avoin treeni-ilta"),
            (FR, "18:00", "22:00", "Keikat ja open mic (joka toinen viikko)"),
        ),
        meeting_place="Kulttuuritila Kulma",
        street_address="Brahenkatu 9",
        postal_code="53100",
        post_office="Lappeenranta",
        step_free_access=False,
        accessibility_notes="Tila on kellarissa, ja sinne johtaa yhdeksän porrasta. Hissiä ei ole.",
        membership_fee="5 € / vuosi",
        how_to_join="Tule torstain avoimeen iltaan tai laita viestiä Instagramissa.",
        contact_name="Veera Tukiainen",
        contact_email="kulma@example.fi",
        contact_phone="044 861 2207",
        website="https://example.fi/kulma",
        social_links=(
            "https://www.instagram.com/example_kulma",
            "https://www.tiktok.com/@example_kulma",
        ),
        register_number="224.517",
        founded_year=2017,
    ),
    DemoAssociation(
        slug="sammonlahden-asukasyhdistys",
        name="Sammonlahden Asukasyhdistys ry",
        short_description=(
            "Asukastupa, pihatalkoot ja kaupunginosan tapahtumat Lappeenrannan "
            "Sammonlahdessa. Vaikutamme yhdessä oman asuinalueen asioihin."
        ),
        description="""
            Asukasyhdistys toimii Sammonlahden asukkaiden hyväksi. Pidämme asukastupaa, jossa
            voi lukea lehtiä, käyttää tietokonetta ja tavata naapureita.

            Järjestämme kevät- ja syystalkoot sekä kaupunginosan kesäjuhlan. Kuulemme
            asukkaiden toiveita ja viemme niitä kaupungille, esimerkiksi leikkipaikkojen ja
            kevyen liikenteen väylien kunnostamisesta.
        """,
        home="lappeenranta",
        categories=("village-residents", "civic-advocacy"),
        target_groups=("everyone", "seniors", "families"),
        meetings=(
            (MO, "10:00", "13:00", "Asukastupa avoinna"),
            (WE, "17:00", "19:00", "Asukastupa avoinna"),
        ),
        meeting_place="Sammonlahden asukastupa",
        street_address="Ojahaanrinne 3",
        postal_code="53850",
        post_office="Lappeenranta",
        step_free_access=True,
        accessibility_notes="Asukastupa on katutasossa, ovi aukeaa painikkeesta.",
        membership_fee="Ilmainen",
        how_to_join="Tule asukastuvalle tai kevätkokoukseen. Jäseneksi pääsee jokainen alueen asukas.",
        contact_name="Heikki Ruuth",
        contact_email="sammonlahti@example.fi",
        contact_phone="050 227 6649",
        register_number="171.284",
        founded_year=1999,
    ),
    DemoAssociation(
        slug="etela-karjalan-elainsuojelu-tassu",
        name="Etelä-Karjalan Eläinsuojeluyhdistys Tassu ry",
        short_description=(
            "Löytöeläinten sijaiskodit, kotikäynnit ja eläinsuojeluneuvonta Lappeenrannassa "
            "ja Imatralla. Etsimme vapaaehtoisia ulkoiluttajia ja sijaiskoteja."
        ),
        description="""
            Tassu auttaa kodittomia ja hädässä olevia eläimiä. Vapaaehtoiset sijaiskodit
            hoitavat kissoja ja koiria, kunnes niille löytyy uusi koti.

            Vapaaehtoistyötä on monenlaista: koirien ulkoilutusta, kuljetuksia
            eläinlääkäriin, varainkeruuta ja myyjäisiä. Ennen ensimmäistä vuoroa käyt
            perehdytyksessä.

            Sunnuntaisin on ulkoilutuspäivä, johon voi tulla mukaan myös alaikäinen
            huoltajan luvalla.
        """,
        home="lappeenranta",
        also_in=("imatra",),
        categories=("environment-animals",),
        target_groups=("everyone", "youth"),
        meetings=(
            (SU, "12:00", "15:00", "Koirien ulkoilutuspäivä"),
            (TU, "18:00", "19:30", "Vapaaehtoisten perehdytys (kuun 1. tiistai)"),
        ),
        meeting_place="Tassun toimitila",
        street_address="Myllymäenkatu 14",
        postal_code="53600",
        post_office="Lappeenranta",
        step_free_access=True,
        membership_fee="20 € / vuosi",
        how_to_join="""
            1. Täytä vapaaehtoisen lomake verkkosivuilla.
            2. Tule perehdytykseen kuukauden ensimmäisenä tiistaina.
            3. Valitse itsellesi sopivat vuorot.
        """,
        contact_name="Kaija Nikkanen",
        contact_email="tassu@example.fi",
        contact_phone="040 615 3390",
        website="https://example.fi/tassu",
        social_links=("https://www.instagram.com/example_tassu",),
        business_id="2241907-2",
        register_number="203.771",
        founded_year=2008,
        verified=False,
    ),
    DemoAssociation(
        slug="nuorisoyhdistys-majakka",
        name="Lappeenrannan Kristillinen Nuorisoyhdistys Majakka ry",
        short_description=(
            "Seurakuntien nuorten kanssa yhteistyössä toimiva kristillinen nuorteniltojen "
            "yhdistys Lappeenrannassa. Perjantain nuortenillat ovat avoimia kaikille 13–20-vuotiaille."
        ),
        description="""
            Majakka järjestää nuortenilloissa yhdessäoloa, musiikkia ja keskustelua. Illat
            päättyvät lyhyeen hartauteen, mutta kenenkään ei tarvitse olla uskossa
            tullakseen mukaan.

            Nuortenillassa on tarjolla iltapalaa, pelejä ja bändi. Isosiksi koulutetut nuoret
            ja nuorisotyönohjaaja ovat paikalla koko illan.

            Kesällä järjestämme yhdessä seurakunnan kanssa leirin ja vapaaehtoistyön
            leiriviikon.
        """,
        home="lappeenranta",
        categories=("religion-worldview", "youth"),
        target_groups=("youth",),
        meetings=((FR, "18:00", "21:00", "Nuortenilta"),),
        meeting_place="Seurakuntakeskus, nuorisotila",
        street_address="Kirkkokatu 11",
        postal_code="53100",
        post_office="Lappeenranta",
        step_free_access=True,
        accessibility_notes="Nuorisotilaan pääsee hissillä. Esteetön WC on samassa kerroksessa.",
        membership_fee="Ilmainen",
        how_to_join="Tule perjantain nuortenillaan. Ilmoittautumista ei tarvita.",
        contact_name="Samuel Lintunen",
        contact_email="majakka@example.fi",
        contact_phone="050 342 1876",
        website="https://example.fi/majakka",
        register_number="188.390",
        founded_year=2003,
    ),
    DemoAssociation(
        slug="kuoroyhdistys-vuoksen-aanet",
        name="Kuoroyhdistys Vuoksen Äänet ry",
        short_description=(
            "Sekakuoro Imatralla. Laulamme kevyttä musiikkia, kansanlauluja ja joululauluja. "
            "Uudet laulajat, erityisesti tenorit ja bassot, ovat tervetulleita."
        ),
        description="""
            Vuoksen Äänet on noin 30 laulajan sekakuoro. Harjoittelemme tiistai-iltaisin, ja
            esiinnymme konserteissa, kirkoissa ja kaupungin tapahtumissa.

            Nuotinlukutaitoa ei vaadita. Kuoronjohtaja kuuntelee uuden laulajan lyhyesti,
            jotta löydämme sinulle sopivan äänialan.

            Laulaminen on hyvää liikuntaa myös mielelle. Kuorossa laulaa kaikenikäisiä
            lukiolaisista eläkeläisiin.
        """,
        home="imatra",
        categories=("culture-arts", "hobbies"),
        target_groups=("everyone",),
        meetings=((TU, "18:30", "20:30", "Kuoroharjoitukset"),),
        meeting_place="Imatran musiikkiopisto, sali",
        street_address="Virastokatu 1",
        postal_code="55100",
        post_office="Imatra",
        step_free_access=True,
        accessibility_notes="Pääovella luiska, saliin hissi.",
        membership_fee="60 € / lukukausi, opiskelijat 30 €",
        how_to_join="""
            1. Ota yhteyttä kuoronjohtajaan.
            2. Tule kuuntelemaan yksiin harjoituksiin.
            3. Lyhyen äänenavauksen jälkeen pääset mukaan harjoituksiin.
        """,
        contact_name="Liisa Repo",
        contact_email="vuoksenaanet@example.fi",
        contact_phone="044 390 6612",
        website="https://example.fi/vuoksenaanet",
        register_number="156.903",
        founded_year=1995,
    ),
    DemoAssociation(
        slug="taavetin-nuorisokahvila",
        name="Taavetin Nuorisokahvila ry",
        short_description=(
            "Nuorisokahvila Luumäen Taavetissa. Toiminta on tauolla, kunnes löydämme uudet tilat."
        ),
        description="""
            Nuorisokahvila oli avoinna yläkouluikäisille perjantai-iltaisin. Toiminta on nyt
            tauolla tilojen remontin vuoksi.

            Kerromme uusista tiloista ja aukioloajoista täällä, kun ne varmistuvat.
        """,
        home="luumaki",
        categories=("youth",),
        target_groups=("youth",),
        meetings=((FR, "17:00", "21:00", "Nuorisokahvila (tauolla)"),),
        meeting_place="Taavetin nuorisotila",
        street_address="Kouvolantie 6",
        postal_code="54500",
        post_office="Taavetti",
        membership_fee="Ilmainen",
        contact_name="Mikko Sallinen",
        contact_email="taavetinkahvila@example.fi",
        contact_phone="040 776 2154",
        register_number="209.655",
        founded_year=2010,
        status=HIDDEN,
        verified=False,
    ),
    # ---------------------------------------------------------------- Kymenlaakso
    DemoAssociation(
        slug="fc-kiito-kouvola",
        name="FC Kiito Kouvola ry",
        short_description=(
            "Jalkapalloseura Kouvolassa tytöille ja pojille 5-vuotiaista alkaen. Harrastejoukkueet, "
            "futiskoulu ja iltatreenit."
        ),
        description="""
            FC Kiito on kouvolalainen jalkapalloseura, jonka tavoitteena on, että mahdollisimman
            moni lapsi ja nuori liikkuu. Meillä on sekä kilpajoukkueita että harrastejoukkueita.

            Futiskoulu 5–7-vuotiaille kokoontuu sunnuntaisin. Tyttöjen ja poikien joukkueet
            harjoittelevat arki-iltaisin kesällä tekonurmella ja talvella hallissa.

            Varusteita saa seuran kierrätyshyllystä. Jos maksut ovat esteenä harrastamiselle,
            ota rohkeasti yhteyttä – meillä on harrastusrahasto.

            Aikuiset voivat tulla mukaan vapaaehtoisiksi valmentajiksi tai joukkueenjohtajiksi.
        """,
        home="kouvola",
        categories=("sports-outdoors", "youth"),
        target_groups=("children", "youth"),
        meetings=(
            (MO, "17:00", "18:30", "Tytöt 8–12 v."),
            (WE, "17:00", "18:30", "Pojat 8–12 v."),
            (TH, "18:30", "20:00", "Nuorten joukkue 13–17 v."),
            (SU, "11:00", "12:00", "Futiskoulu 5–7 v."),
        ),
        meeting_place="Kouvolan keskuskentän tekonurmi",
        street_address="Urheilupuistontie 4",
        postal_code="45100",
        post_office="Kouvola",
        step_free_access=True,
        accessibility_notes="Katsomoon ja pukuhuoneisiin pääsee ilman portaita.",
        membership_fee="Jäsenmaksu 25 € / vuosi + kausimaksu joukkueen mukaan",
        how_to_join="""
            1. Katso oman ikäluokan joukkue seuran sivuilta.
            2. Tule kahteen ilmaiseen kokeilutreeniin.
            3. Ilmoittaudu jäseneksi seuran verkkopalvelussa.
        """,
        contact_name="Antti Hirvonen",
        contact_email="kiito@example.fi",
        contact_phone="040 507 9386",
        website="https://example.fi/kiito",
        social_links=(
            "https://www.instagram.com/example_fckiito",
            "https://www.youtube.com/@example_fckiito",
        ),
        business_id="2034178-5",
        register_number="196.224",
        founded_year=2005,
    ),
    DemoAssociation(
        slug="kouvolan-e-urheiluseura-pikseli",
        name="Kouvolan E-urheiluseura Pikseli ry",
        short_description=(
            "Ohjattua pelaamista ja e-urheilua nuorille Kouvolassa. Joukkuepelejä, "
            "pelitaukojumppaa ja reilua peliseuraa arki-iltaisin."
        ),
        description="""
            Pikseli on e-urheiluseura, jossa nuoret pelaavat yhdessä turvallisessa ympäristössä.
            Ohjaajat huolehtivat hyvästä pelikäytöksestä ja siitä, että jokainen pääsee mukaan.

            Pelaamme muun muassa joukkueena tiimipelejä ja ajopelejä. Jokaisessa treenissä on
            myös taukojumppa, ja puhumme peliajan hallinnasta ja netin turvallisuudesta.

            Seuran pelikoneita saa käyttää treeneissä, joten omaa tietokonetta ei tarvita.
            Lauantaisin kerran kuussa on LAN-tapahtuma koko perheelle.
        """,
        home="kouvola",
        categories=("hobbies", "youth"),
        target_groups=("youth",),
        meetings=(
            (TU, "17:00", "19:30", "Pelitreenit 12–15 v."),
            (TH, "17:30", "20:30", "Pelitreenit 16–20 v."),
            (SA, "12:00", "18:00", "LAN-päivä (kuun viimeinen lauantai)"),
        ),
        meeting_place="Nuorisotalo Kaakko, pelisali",
        street_address="Salpausselänkatu 28",
        postal_code="45100",
        post_office="Kouvola",
        step_free_access=True,
        accessibility_notes="""
            Pelisaliin pääsee hissillä. Pöydät ovat säädettäviä, ja tarjolla on myös
            yhden käden ohjaimia.
        """,
        membership_fee="30 € / kausi",
        how_to_join="Ilmoittaudu kokeilutreeniin verkkosivuilla. Alle 15-vuotiailta pyydämme huoltajan luvan.",
        contact_name="Joonas Aalto",
        contact_email="pikseli@example.fi",
        contact_phone="045 340 7719",
        website="https://example.fi/pikseli",
        social_links=(
            "https://discord.gg/example-pikseli",
            "https://www.twitch.tv/example_pikseli",
        ),
        register_number="228.041",
        founded_year=2019,
    ),
    DemoAssociation(
        slug="kouvolan-selvin-pain",
        name="Kouvolan Selvin Päin ry",
        short_description=(
            "Päihteetön kohtaamispaikka ja vertaisryhmät Kouvolassa ihmisille, jotka haluavat "
            "vähentää tai lopettaa päihteiden käytön, sekä heidän läheisilleen."
        ),
        description="""
            Selvin Päin on raittiustyötä ja päihdetyötä tekevä yhdistys. Tarjoamme
            turvallisen, päihteettömän paikan olla, syödä ja tavata muita.

            Maanantai-iltaisin on vertaisryhmä, jota ohjaa kokemusasiantuntija. Läheisten
            ryhmä kokoontuu kerran kuussa. Lauantaisin kohtaamispaikassa on yhteinen
            ruokailu.

            Apua saa nimettömästi. Voit tulla sellaisena kuin olet, kunhan tulet selvin päin.
        """,
        home="kouvola",
        also_in=("kotka", "hamina"),
        categories=("mental-health-substance", "social-health"),
        target_groups=("everyone", "unemployed"),
        meetings=(
            (MO, "18:00", "19:30", "Vertaisryhmä"),
            (WE, "17:00", "18:30", "Läheisten ryhmä (kuun 2. keskiviikko)"),
            (SA, "12:00", "15:00", "Päihteetön kohtaamispaikka ja ruokailu"),
        ),
        meeting_place="Kohtaamispaikka Selvin Päin",
        street_address="Kauppalankatu 7",
        postal_code="45100",
        post_office="Kouvola",
        step_free_access=True,
        accessibility_notes="Sisäänkäynti pihan puolelta ilman portaita.",
        membership_fee="Ilmainen",
        how_to_join="Tule paikalle aukioloaikana tai soita. Ilmoittautumista ei tarvita.",
        contact_name="Kari Mäkelä",
        contact_email="selvinpain@example.fi",
        contact_phone="050 911 3045",
        business_id="1634251-5",
        register_number="168.552",
        founded_year=2000,
    ),
    DemoAssociation(
        slug="kouvolan-lautapeliseura-nappula",
        name="Kouvolan Lautapeliseura Nappula ry",
        short_description=(
            "Lautapeli-iltoja nuorille ja aikuisille Kouvolan keskustassa. Yhdistys on vasta "
            "perustettu, ja ensimmäiset pelit-illat alkavat pian."
        ),
        description="""
            Nappula on uusi yhdistys kaikille, jotka pitävät lauta- ja korttipeleistä.
            Pelikirjastossamme on jo yli sata peliä, ja opetamme säännöt uusille pelaajille.

            Peli-illat ovat keskiviikkoisin kirjaston kokoushuoneessa. Nuorille 13–17-vuotiaille
            suunnittelemme oman illan yhdessä nuorisopalvelujen kanssa.
        """,
        home="kouvola",
        categories=("hobbies",),
        target_groups=("youth", "everyone"),
        meetings=((WE, "17:30", "21:00", "Peli-ilta"),),
        meeting_place="Kouvolan pääkirjasto, kokoushuone",
        street_address="Salpausselänkatu 33",
        postal_code="45100",
        post_office="Kouvola",
        step_free_access=True,
        membership_fee="10 € / vuosi",
        how_to_join="Tule peli-iltaan. Jäseneksi voi liittyä paikan päällä.",
        contact_name="Yrjö Yhdistysaktiivi",
        contact_email="nappula@example.fi",
        contact_phone="040 263 5180",
        founded_year=2025,
        status=DRAFT,
        verified=False,
        staff_owner=True,
    ),
    DemoAssociation(
        slug="kouvolan-nuorisoteatteri-valokeila",
        name="Kouvolan Nuorisoteatteri Valokeila ry",
        short_description=(
            "Teatteria 10–20-vuotiaille Kouvolassa: improa, näytelmiä ja oma ensi-ilta joka kevät."
        ),
        description="""
            Valokeila on nuorisoteatteri, jossa nuoret tekevät teatteria ammattilaisohjaajan
            kanssa. Ryhmät on jaettu iän mukaan, ja jokainen ryhmä tekee kevääksi oman esityksen.

            Harjoituksissa leikitään, improtaan ja harjoitellaan esiintymistä. Moni nuori kertoo
            saaneensa teatterista rohkeutta myös kouluun.

            Kulissien takana tarvitaan vapaaehtoisia vanhempia ja muita aikuisia esimerkiksi
            pukujen ompeluun ja lipunmyyntiin.
        """,
        home="kouvola",
        categories=("culture-arts", "youth"),
        target_groups=("youth", "children"),
        meetings=(
            (TU, "16:30", "18:00", "Ryhmä 10–13 v."),
            (TU, "18:15", "20:15", "Ryhmä 14–20 v."),
        ),
        meeting_place="Kouvolan teatterin harjoitussali",
        street_address="Varuskuntakatu 11",
        postal_code="45100",
        post_office="Kouvola",
        step_free_access=False,
        accessibility_notes="Harjoitussaliin on portaat, hissi ei ole käytössä remontin aikana.",
        membership_fee="120 € / lukukausi, sisarusalennus 20 %",
        how_to_join="Ryhmiin haetaan elokuussa verkkosivujen lomakkeella. Kesken kauden voi kysyä vapaita paikkoja.",
        contact_name="Hanna Leinonen",
        contact_email="valokeila@example.fi",
        contact_phone="044 772 0461",
        website="https://example.fi/valokeila",
        business_id="2112895-1",
        register_number="199.012",
        founded_year=2007,
    ),
    DemoAssociation(
        slug="kotka-svenska-ungdomsforening",
        name="Kotka Svenska Ungdomsförening rf",
        short_description=(
            "Svenskspråkig ungdomsförening i Kotka med teater, musik och läxhjälp för barn och "
            "unga. Vi träffas på kvällarna i föreningshuset."
        ),
        description="""
            Kotka Svenska Ungdomsförening samlar barn och unga som vill göra saker tillsammans
            på svenska. Du behöver inte tala perfekt svenska – det viktigaste är att du vill
            vara med.

            Vi har:

            - barnteater för 7–12-åringar
            - ungdomskvällar för 13–18-åringar med musik, spel och utflykter
            - läxhjälp på svenska en gång i veckan

            Föreningen ordnar också ett sommarläger i skärgården tillsammans med andra
            svenskspråkiga föreningar i Kymmenedalen. Frivilliga vuxna är alltid välkomna att
            hjälpa till.
        """,
        home="kotka",
        also_in=("pyhtaa",),
        categories=("youth", "culture-arts", "children-families"),
        target_groups=("youth", "children"),
        languages=("sv",),
        meetings=(
            (MO, "17:30", "19:00", "Barnteater (7–12 år)"),
            (WE, "18:00", "20:30", "Ungdomskväll (13–18 år)"),
            (TH, "15:30", "17:00", "Läxhjälp på svenska"),
        ),
        meeting_place="Föreningshuset",
        street_address="Kirkkokatu 7",
        postal_code="48100",
        post_office="Kotka",
        step_free_access=True,
        accessibility_notes="""
            Lokalen ligger i gatuplanet. Det finns en låg tröskel vid ytterdörren men inga
            trappor. Tillgänglig toalett finns.
        """,
        membership_fee="10 € / år",
        how_to_join="""
            1. Kom och prova på en kväll – ingen anmälan behövs.
            2. Fyll i medlemsblanketten på vår webbplats.
            3. Betala medlemsavgiften när du fått fakturan.
        """,
        contact_name="Linnea Holmström",
        contact_email="ksu@example.fi",
        contact_phone="040 318 2265",
        contact_language="sv",
        website="https://example.fi/ksu",
        social_links=("https://www.instagram.com/example_ksu",),
        business_id="0731648-9",
        register_number="4.812",
        founded_year=1921,
    ),
    DemoAssociation(
        slug="kotkan-meripartiolaiset-ankkuri",
        name="Kotkan Meripartiolaiset Ankkuri ry",
        short_description=(
            "Meripartiota Kotkassa: purjehdusta, melontaa ja retkiä saaristoon. Koloillat "
            "arkisin ja retkiä viikonloppuisin."
        ),
        description="""
            Ankkuri on meripartiolippukunta, jossa opitaan veneilyä, solmuja, merenkulun
            perusteita ja retkeilyä. Kesäisin purjehdimme lippukunnan veneillä Kotkan
            saaristossa.

            Talvella koloillat pidetään Sapokan lähellä olevalla kololla. Silloin korjaamme
            veneitä, harjoittelemme ensiapua ja suunnittelemme kesän retkiä.

            Partio on avoin kaikille 7–22-vuotiaille. Aikuiset voivat tulla mukaan
            vapaaehtoisiksi johtajiksi tai veneiden huoltoon.
        """,
        home="kotka",
        also_in=("pyhtaa", "hamina"),
        categories=("youth", "sports-outdoors"),
        target_groups=("children", "youth"),
        meetings=(
            (MO, "17:30", "19:00", "Sudenpennut"),
            (TH, "18:00", "20:00", "Seikkailijat, tarpojat ja samoajat"),
        ),
        meeting_place="Partiokolo Ankkuri",
        street_address="Satamakatu 16",
        postal_code="48100",
        post_office="Kotka",
        step_free_access=False,
        accessibility_notes="Kololle on kaksi porrasta. Laituriin pääsee pyörätuolilla.",
        membership_fee="50 € / vuosi",
        how_to_join="""
            1. Täytä ilmoittautuminen lippukunnan sivuilla.
            2. Saat kutsun kokeilemaan ryhmään, jossa on tilaa.
        """,
        contact_name="Oskari Virtanen",
        contact_email="ankkuri@example.fi",
        contact_phone="050 614 2288",
        website="https://example.fi/ankkuri",
        social_links=("https://www.facebook.com/example.ankkuri",),
        register_number="118.447",
        founded_year=1948,
        staff_owner=True,
    ),
    DemoAssociation(
        slug="monikulttuurinen-kohtaamo-kotka",
        name="Monikulttuurinen Kohtaamo Kotka ry",
        short_description=(
            "Kohtaamispaikka, suomen kielen kerhot ja läksyapu Kotkassa. Tukea kotoutumiseen "
            "ja yhteistä tekemistä eri kulttuureista tuleville."
        ),
        description="""
            Kohtaamo on olohuone Kotkan keskustassa, jossa eri kulttuureista tulevat ihmiset
            tapaavat toisiaan. Työntekijät ja vapaaehtoiset neuvovat arjen asioissa.

            Tarjoamme:

            - suomen kielen keskusteluryhmiä aloittelijoille
            - läksyapua koululaisille
            - naisten liikuntaryhmän
            - nuorten illan 13–18-vuotiaille

            Neuvontaa saa suomeksi, englanniksi, arabiaksi ja dariksi.
        """,
        home="kotka",
        categories=("multicultural", "education"),
        target_groups=("immigrants", "youth", "families"),
        languages=("fi", "en", "other"),
        meetings=(
            (MO, "10:00", "12:00", "Suomen kielen keskusteluryhmä"),
            (TU, "15:00", "17:00", "Läksyapu"),
            (TH, "17:00", "19:30", "Nuorten ilta"),
        ),
        meeting_place="Kohtaamo",
        street_address="Keskuskatu 22",
        postal_code="48100",
        post_office="Kotka",
        step_free_access=True,
        accessibility_notes="Ovi on katutasossa. Esteetön WC ja lastenhoitotila.",
        membership_fee="Ilmainen",
        how_to_join="Tule käymään aukioloaikana. Kaikki toiminta on maksutonta.",
        contact_name="Noor Al-Sayed",
        contact_email="kohtaamo@example.fi",
        contact_phone="041 446 0917",
        website="https://example.fi/kohtaamo",
        business_id="2704128-3",
        register_number="220.368",
        founded_year=2015,
    ),
    DemoAssociation(
        slug="kotkan-seudun-nakovammaiset",
        name="Kotkan Seudun Näkövammaiset ry",
        short_description=(
            "Vertaistukea, opastettua liikuntaa ja tietotekniikkaneuvontaa näkövammaisille "
            "Kotkassa ja Haminassa. Mukana myös vapaaehtoisia näkeviä oppaita."
        ),
        description="""
            Yhdistys kokoaa yhteen näkövammaiset ihmiset ja heidän läheisensä. Kerhoissa
            jaetaan kokemuksia ja tietoa apuvälineistä.

            Vapaaehtoiset oppaat lähtevät mukaan kävelylle, kauppaan tai tapahtumiin. Tämä
            kaveritoiminta on maksutonta. Järjestämme oppaille koulutuksen kahdesti vuodessa.

            Tietotekniikkaneuvonnassa opetellaan käyttämään puhelimen ruudunlukijaa ja
            tietokoneen suurennusohjelmia.
        """,
        home="kotka",
        also_in=("hamina", "pyhtaa"),
        categories=("disability", "social-health"),
        target_groups=("people-with-disabilities", "seniors"),
        meetings=(
            (TU, "12:00", "14:00", "Kerho ja vertaistuki"),
            (TH, "10:00", "12:00", "Tietotekniikkaneuvonta"),
        ),
        meeting_place="Järjestötalo Kotkansaari",
        street_address="Kotkankatu 9",
        postal_code="48100",
        post_office="Kotka",
        step_free_access=True,
        accessibility_notes="""
            Reitti bussipysäkiltä on merkitty huomioraidoin. Hissin painikkeissa on
            pistekirjoitus.
        """,
        membership_fee="18 € / vuosi",
        how_to_join="Soita toimistolle arkisin klo 9–12. Voit tulla myös suoraan kerhoon.",
        contact_name="Seppo Kinnunen",
        contact_email="kotkannakovammaiset@example.fi",
        contact_phone="040 829 1653",
        business_id="0947215-1",
        register_number="71.209",
        founded_year=1959,
    ),
    DemoAssociation(
        slug="haminan-perheyhdistys-pesapuu",
        name="Haminan Perheyhdistys Pesäpuu ry",
        short_description=(
            "Perhekahvila, isä–lapsi-illat ja lastenhoitoapua lapsiperheille Haminassa. "
            "Tukea vanhemmuuteen ja seuraa toisista perheistä."
        ),
        description="""
            Pesäpuu on lapsiperheiden yhdistys. Perhekahvilaan voi tulla vauvan tai
            leikki-ikäisen kanssa juttelemaan muiden vanhempien kanssa.

            Torstai-iltaisin on isä–lapsi-ilta, jossa liikutaan ja leikitään. Koulutetut
            vapaaehtoiset lastenhoitajat auttavat perheitä tilapäisessä lastenhoidossa.

            Järjestämme myös tukihenkilötoimintaa nuorille ja kaveritoimintaa
            yksinhuoltajaperheiden lapsille.
        """,
        home="hamina",
        also_in=("virolahti", "miehikkala"),
        categories=("children-families",),
        target_groups=("families", "children"),
        meetings=(
            (TU, "09:30", "11:30", "Perhekahvila"),
            (TH, "17:00", "18:30", "Isä–lapsi-ilta"),
        ),
        meeting_place="Perhetalo Pesäpuu",
        street_address="Raatihuoneentori 4",
        postal_code="49400",
        post_office="Hamina",
        step_free_access=True,
        accessibility_notes="Tilassa on rattaille parkkipaikka ja esteetön WC, jossa on hoitopöytä.",
        membership_fee="15 € / perhe / vuosi",
        how_to_join="Perhekahvilaan voi tulla kuka tahansa. Lastenhoitoapua tilataan puhelimitse.",
        contact_name="Katja Saarinen",
        contact_email="pesapuu@example.fi",
        contact_phone="044 508 3326",
        website="https://example.fi/pesapuu",
        social_links=("https://www.facebook.com/example.pesapuu",),
        business_id="1087345-4",
        register_number="137.620",
        founded_year=1985,
    ),
    DemoAssociation(
        slug="haminan-seudun-senioritanssijat",
        name="Haminan Seudun Senioritanssijat ry",
        short_description=(
            "Seniori- ja linjatanssia ikäihmisille Haminassa. Tanssimme päivisin ilman "
            "paria – tervetuloa myös yksin."
        ),
        description="""
            Senioritanssi on iloinen tapa pitää huolta kunnosta ja muistista. Tansseissa
            ei tarvita paria, sillä ne tanssitaan piirissä tai riveissä.

            Keskiviikkoisin tanssitaan senioritansseja ja perjantaisin linjatanssia. Ohjaaja
            näyttää askeleet rauhallisesti, ja jokainen tanssii omaan tahtiinsa.
        """,
        home="hamina",
        categories=("seniors", "sports-outdoors"),
        target_groups=("seniors",),
        meetings=(
            (WE, "13:00", "14:30", "Senioritanssi"),
            (FR, "10:00", "11:30", "Linjatanssi"),
        ),
        meeting_place="Haminan palvelukeskus, juhlasali",
        street_address="Pappilansaarentie 2",
        postal_code="49400",
        post_office="Hamina",
        step_free_access=True,
        membership_fee="20 € / vuosi + 3 € / kerta",
        how_to_join="Tule mukaan tanssituntiin. Jäsenlomakkeen saa ohjaajalta.",
        contact_name="Pirjo Kotilainen",
        contact_email="senioritanssijat@example.fi",
        contact_phone="040 339 7720",
        register_number="172.946",
        founded_year=2001,
        verified=False,
    ),
    DemoAssociation(
        slug="siltakylan-kylayhdistys",
        name="Siltakylän Kyläyhdistys ry",
        short_description=(
            "Kyläyhdistys Pyhtään Siltakylässä: kylätalo, kesätorit, kyläkävelyt ja "
            "vapaaehtoisten kyläavustajien apu ikäihmisille."
        ),
        description="""
            Siltakylän kyläyhdistys järjestää kylän yhteisiä tapahtumia ja ylläpitää
            kylätaloa. Kesällä kylätalon pihalla on lauantaisin kesätori.

            Kyläavustajat ovat vapaaehtoisia, jotka auttavat ikäihmisiä esimerkiksi
            kauppa-asioissa ja pihatöissä. Vapaaehtoistyöhön voi tulla mukaan, vaikka ehtisi
            vain muutaman tunnin kuussa.

            Yhdistys tekee myös aloitteita kunnalle esimerkiksi kevyen liikenteen
            väylistä ja bussivuoroista.
        """,
        home="pyhtaa",
        categories=("village-residents", "seniors"),
        target_groups=("everyone", "seniors"),
        meetings=(
            (TU, "18:00", "20:00", "Kylätoimikunta ja avoin ilta"),
            (SA, "10:00", "13:00", "Kesätori (kesä–elokuu)"),
        ),
        meeting_place="Siltakylän kylätalo",
        street_address="Kuninkaantie 1120",
        postal_code="49220",
        post_office="Siltakylä",
        step_free_access=True,
        accessibility_notes="Kylätaloon on rakennettu luiska vuonna 2022.",
        membership_fee="10 € / vuosi",
        how_to_join="Maksa jäsenmaksu yhdistyksen tilille tai tule avoimeen iltaan tiistaina.",
        contact_name="Markku Lepistö",
        contact_email="siltakyla@example.fi",
        contact_phone="050 762 4013",
        website="https://example.fi/siltakyla",
        register_number="180.559",
        founded_year=2002,
    ),
    DemoAssociation(
        slug="pyhtaan-ratsastusseura-kaviokas",
        name="Pyhtään Ratsastusseura Kaviokas ry",
        short_description=(
            "Ratsastusta, hevostenhoitoa ja tallikerho lapsille ja nuorille Pyhtäällä. "
            "Omaa hevosta ei tarvita."
        ),
        description="""
            Kaviokas on ratsastusseura, joka tekee yhteistyötä paikallisen ratsastuskoulun
            kanssa. Tallikerhossa opitaan hevosten hoitoa, ruokintaa ja turvallista
            käsittelyä.

            Seura järjestää harjoituskisoja ja kesäleirin. Nuoret voivat kouluttautua
            seuran kautta vapaaehtoisiksi leiriohjaajiksi.
        """,
        home="pyhtaa",
        also_in=("kotka",),
        categories=("sports-outdoors", "environment-animals", "youth"),
        target_groups=("children", "youth"),
        meetings=(
            (WE, "16:30", "18:00", "Tallikerho 8–14 v."),
            (SU, "10:00", "13:00", "Seuran harjoituspäivä"),
        ),
        meeting_place="Kaviokkaan talli",
        street_address="Hirvikoskentie 45",
        postal_code="49270",
        post_office="Pyhtää",
        step_free_access=None,
        accessibility_notes="Tallin pihalla on soraa. Kysy etukäteen, jos tarvitset apua liikkumiseen.",
        membership_fee="25 € / vuosi",
        how_to_join="Ilmoittaudu tallikerhoon sähköpostilla. Kerhoon otetaan uusia jäseniä syksyisin.",
        contact_name="Emma Rantanen",
        contact_email="kaviokas@example.fi",
        contact_phone="045 223 8760",
        register_number="206.318",
        founded_year=2009,
    ),
    DemoAssociation(
        slug="miehikkalan-salpalinjan-perinneyhdistys",
        name="Miehikkälän Salpalinjan Perinneyhdistys ry",
        short_description=(
            "Salpalinjan historian ja paikallisen perinteen vaalimista Miehikkälässä. "
            "Opastettuja kävelyjä, talkoita ja muistelutuokioita."
        ),
        description="""
            Perinneyhdistys vaalii Salpalinjan puolustuslinjan ja Miehikkälän kylien
            historiaa. Keräämme muistitietoa, valokuvia ja esineitä.

            Kesällä järjestämme sunnuntaisin opastettuja kävelyjä linnoitteilla.
            Talvella kokoonnumme muistelutuokioihin, joissa kuunnellaan tarinoita ja
            tunnistetaan vanhoja valokuvia.

            Nuoret ovat tervetulleita mukaan esimerkiksi digitoimaan kuvia.
        """,
        home="miehikkala",
        also_in=("virolahti",),
        categories=("culture-arts", "village-residents"),
        target_groups=("everyone", "seniors"),
        meetings=((SU, "13:00", "15:00", "Opastettu kävely (kesä–elokuu)"),),
        meeting_place="Kylätalo Muurikkala",
        street_address="Muurikkalantie 51",
        postal_code="49700",
        post_office="Miehikkälä",
        step_free_access=False,
        accessibility_notes="Linnoitteiden polut ovat kivisiä eivätkä sovi pyörätuolille.",
        membership_fee="12 € / vuosi",
        how_to_join="Soita puheenjohtajalle tai tule mukaan kävelylle.",
        contact_name="Aulis Pekkanen",
        contact_email="salpaperinne@example.fi",
        contact_phone="040 902 6615",
        register_number="164.733",
        founded_year=1996,
    ),
    DemoAssociation(
        slug="virolahden-latu",
        name="Virolahden Latu ry",
        short_description=(
            "Ulkoilua ja liikuntaa kaikenikäisille Virolahdella: sauvakävelyä, "
            "hiihtoa, melontaa ja retkiä."
        ),
        description="""
            Virolahden Latu on ulkoiluyhdistys, joka kannustaa liikkumaan luonnossa omaan
            tahtiin. Maanantai-iltaisin lähdemme yhteiselle sauvakävelylle.

            Talvella ylläpidämme latuja yhdessä kunnan kanssa ja pidämme hiihtokoulun
            lapsille. Kesällä melomme Virolahden saaristossa. Lainaamme kanootteja
            jäsenille.
        """,
        home="virolahti",
        also_in=("miehikkala", "hamina"),
        categories=("sports-outdoors",),
        target_groups=("everyone", "families", "seniors"),
        meetings=(
            (MO, "18:00", "19:30", "Sauvakävely"),
            (SA, "10:00", "12:00", "Hiihtokoulu lapsille (tammi–maaliskuu)"),
        ),
        meeting_place="Virojoen urheilukentän parkkipaikka",
        street_address="Virolahdentie 3",
        postal_code="49900",
        post_office="Virolahti",
        step_free_access=None,
        membership_fee="26 € / vuosi, perhejäsenyys 42 €",
        how_to_join="Tule yhteiselle lenkille. Liittyä voi verkkosivujen lomakkeella.",
        contact_name="Tarja Hietala",
        contact_email="virolahdenlatu@example.fi",
        contact_phone="044 618 2047",
        website="https://example.fi/virolahdenlatu",
        business_id="1376512-5",
        register_number="126.015",
        founded_year=1979,
    ),
    DemoAssociation(
        slug="karhulan-asukasyhdistys",
        name="Karhulan Asukasyhdistys ry",
        short_description=(
            "Asukastupa, ruoka-apu ja yhteiset tapahtumat Kotkan Karhulassa. Tule "
            "tapaamaan naapureita!"
        ),
        description="""
            Karhulan asukasyhdistys pitää asukastupaa, jossa voi käydä kahvilla, lainata
            kirjoja ja saada apua tietokoneen käytössä.

            Perjantaisin jaamme ruoka-apua yhdessä seurakunnan kanssa. Järjestämme myös
            kirpputoreja ja pihatalkoita. Vapaaehtoiseksi voi tulla jakoon tai tuvan
            kahvioon.
        """,
        home="kotka",
        categories=("village-residents", "social-health"),
        target_groups=("everyone", "unemployed", "seniors"),
        meetings=(
            (MO, "10:00", "14:00", "Asukastupa"),
            (FR, "12:00", "14:00", "Ruoka-apu"),
        ),
        meeting_place="Karhulan asukastupa",
        street_address="Karhulantie 30",
        postal_code="48600",
        post_office="Kotka",
        step_free_access=True,
        membership_fee="Ilmainen",
        how_to_join="Tule asukastupaan. Jäseneksi liitytään paikan päällä.",
        contact_name="Ritva Laine",
        contact_email="karhula@example.fi",
        contact_phone="050 317 8826",
        register_number="189.204",
        founded_year=2003,
    ),
    # ---------------------------------------------------------------- Keski-Suomi
    DemoAssociation(
        slug="jyvaskyla-international-club",
        name="Jyväskylä International Club ry",
        short_description=(
            "A friendly club for internationals and locals in Jyväskylä: language cafés, "
            "walks, board games and help with settling in. Everyone is welcome."
        ),
        description="""
            Jyväskylä International Club brings together people who have moved to Central
            Finland from abroad and locals who want to meet them. Many of our members are
            students, researchers and families who have just arrived.

            Every Wednesday we hold a language café: practise Finnish, English or any other
            language over a cup of coffee. Once a month we go on a walk or a trip to the
            nature around Jyväskylä.

            Volunteers help newcomers with everyday questions, for example:

            - how to find a doctor or a day-care place
            - where to learn Finnish
            - how associations and hobbies work in Finland

            You don't need to be a member to come to the language café. Read more on
            [our website](https://example.com/jyvaskyla-international).
        """,
        home="jyvaskyla",
        categories=("multicultural", "hobbies"),
        target_groups=("immigrants", "everyone"),
        languages=("en", "fi"),
        meetings=(
            (WE, "18:00", "20:00", "Language café"),
            (SU, "14:00", "17:00", "Walk or trip (first Sunday of the month)"),
        ),
        meeting_place="City library, meeting room Sointu",
        street_address="Vapaudenkatu 39",
        postal_code="40100",
        post_office="Jyväskylä",
        step_free_access=True,
        accessibility_notes="""
            The meeting room is on the second floor; there is a lift. An accessible
            toilet is on the same floor.
        """,
        membership_fee="Free (supporting members 10 € a year)",
        how_to_join="""
            1. Come to the language café on any Wednesday – no registration needed.
            2. Join our mailing list on the website to hear about trips.
            3. If you want to volunteer, talk to us at the café.
        """,
        contact_name="Daniel Okafor",
        contact_email="international@example.com",
        contact_phone="044 902 1187",
        contact_language="en",
        website="https://example.com/jyvaskyla-international",
        social_links=(
            "https://www.instagram.com/example_jyvaskyla_international",
            "https://www.meetup.com/example-jyvaskyla-international",
        ),
        register_number="218.734",
        founded_year=2012,
    ),
    DemoAssociation(
        slug="keski-suomen-sateenkaarinuoret",
        name="Keski-Suomen Sateenkaarinuoret ry",
        short_description=(
            "Turvallisempi tila ja vertaistukea sateenkaarinuorille Jyväskylässä. "
            "Nuorten illat torstaisin ja chat-päivystys."
        ),
        description="""
            Sateenkaarinuoret järjestää toimintaa 13–29-vuotiaille seksuaali- ja
            sukupuolivähemmistöihin kuuluville nuorille ja heistä kiinnostuneille.

            Torstaisin on nuorten ilta, jossa pelataan, jutellaan ja tehdään yhdessä.
            Iltoja ohjaavat nuorisotyöntekijä ja koulutetut vapaaehtoiset. Toiminnassa
            noudatetaan turvallisemman tilan periaatteita.

            Teemme myös vaikuttamistyötä, jotta Keski-Suomen koulut ja harrastukset olisivat
            turvallisia kaikille nuorille.
        """,
        home="jyvaskyla",
        also_in=("laukaa", "muurame"),
        categories=("youth", "civic-advocacy"),
        target_groups=("youth",),
        languages=("fi", "en"),
        meetings=((TH, "17:00", "20:00", "Nuorten ilta"),),
        meeting_place="Nuorisotila Kompassi",
        street_address="Kilpisenkatu 8",
        postal_code="40100",
        post_office="Jyväskylä",
        step_free_access=True,
        accessibility_notes="Esteetön sisäänkäynti ja sukupuolineutraali esteetön WC.",
        membership_fee="Ilmainen",
        how_to_join="Tule nuorten iltaan. Ensimmäisellä kerralla voit tulla myös kaverin kanssa.",
        contact_name="Alex Niemi",
        contact_email="sateenkaarinuoret@example.fi",
        contact_phone="045 781 3392",
        website="https://example.fi/sateenkaarinuoret",
        social_links=("https://www.instagram.com/example_ks_sateenkaarinuoret",),
        business_id="2856197-7",
        register_number="226.180",
        founded_year=2016,
    ),
    DemoAssociation(
        slug="jyvaskylan-kuurojen-yhdistys",
        name="Jyväskylän Kuurojen Yhdistys ry",
        short_description=(
            "Viittomakielisten yhdistys Jyväskylässä: kerhoja, tapahtumia ja viittomakielistä "
            "kaveritoimintaa. Tervetuloa myös viittomakieltä opiskelevat."
        ),
        description="""
            Yhdistys on kuurojen ja viittomakielisten kohtaamispaikka. Toimintamme kieli on
            suomalainen viittomakieli.

            Perjantai-iltaisin kerhotalolla on klubi-ilta. Päiväkerho kokoontuu tiistaisin.
            Kaveritoiminnassa nuori tai aikuinen viittomakielinen saa kaverin yhteisiin
            harrastuksiin.

            Viittomakieltä opiskelevat voivat tulla harjoittelemaan klubi-iltaan.
        """,
        home="jyvaskyla",
        categories=("disability", "culture-arts"),
        target_groups=("people-with-disabilities", "everyone"),
        languages=("other", "fi"),
        meetings=(
            (TU, "12:00", "14:00", "Päiväkerho"),
            (FR, "17:00", "21:00", "Klubi-ilta"),
        ),
        meeting_place="Kuurojen kerhotalo",
        street_address="Yliopistonkatu 24",
        postal_code="40100",
        post_office="Jyväskylä",
        step_free_access=True,
        accessibility_notes="Tiloissa on valomerkinannot ovikellossa ja palohälyttimissä.",
        membership_fee="20 € / vuosi",
        how_to_join="""
            Tule klubi-iltaan tai lähetä sähköpostia. Puhelinnumeroon voi lähettää
            tekstiviestin tai viittomakielisen videoviestin.
        """,
        contact_name="Hannu Lehtinen",
        contact_email="jkl-kuurot@example.fi",
        contact_phone="040 230 5541",
        business_id="1032567-7",
        register_number="32.904",
        founded_year=1929,
    ),
    DemoAssociation(
        slug="huhtasuon-asukasyhdistys",
        name="Huhtasuon Asukasyhdistys ry",
        short_description=(
            "Asukastoimintaa Jyväskylän Huhtasuolla: olohuone, pihatapahtumat, kerhot "
            "lapsille ja nuorille sekä asukkaiden yhteinen ääni kaupungin suuntaan."
        ),
        description="""
            Huhtasuon asukasyhdistys tekee alueesta viihtyisämmän yhdessä asukkaiden kanssa.
            Asukasolohuoneessa on avoimet ovet arkipäivinä, ja iltaisin tilassa kokoontuu
            kerhoja.

            Nuorten ilta on tiistaisin, ja lapsille on kerho keskiviikkoisin. Järjestämme
            kesäisin pihakirppiksiä ja grilli-iltoja. Vapaaehtoistyö on tärkeä osa
            toimintaa: moni asukas on mukana kahviovuoroissa tai tapahtumien järjestämisessä.

            Asukasyhdistys on mukana kaupungin lähiöohjelmassa ja välittää asukkaiden toiveita
            eteenpäin.
        """,
        home="jyvaskyla",
        categories=("village-residents", "youth"),
        target_groups=("everyone", "youth", "families"),
        languages=("fi", "other"),
        meetings=(
            (MO, "10:00", "14:00", "Asukasolohuone"),
            (TU, "17:00", "20:00", "Nuorten ilta 12–17 v."),
            (WE, "15:00", "16:30", "Lasten kerho"),
        ),
        meeting_place="Asukasolohuone Huhtis",
        street_address="Huhtasuonkatu 7",
        postal_code="40340",
        post_office="Jyväskylä",
        step_free_access=True,
        accessibility_notes="Tila on katutasossa. Ulko-ovessa on automaattiavaaja.",
        membership_fee="Ilmainen",
        how_to_join="Tule käymään olohuoneessa. Vapaaehtoiseksi voi ilmoittautua paikan päällä.",
        contact_name="Tiina Salonen",
        contact_email="huhtasuo@example.fi",
        contact_phone="041 730 2268",
        website="https://example.fi/huhtasuo",
        business_id="1452390-2",
        register_number="158.407",
        founded_year=1996,
    ),
    DemoAssociation(
        slug="jyvaskylan-korisnuoret",
        name="Jyväskylän Korisnuoret ry",
        short_description=(
            "Koripalloseura Jyväskylässä: harrasteryhmät ja juniorijoukkueet 6–19-vuotiaille. "
            "Iltaharjoitukset Kuokkalan ja Keltinmäen kouluilla."
        ),
        description="""
            Korisnuoret on koripalloseura, jossa harrastetaan ilman kilpailupaineita.
            Tarjoamme myös kilpajoukkueet niille, jotka haluavat pelata sarjassa.

            Harjoitukset ovat arki-iltaisin koulujen saleissa. Jokaiseen ryhmään mahtuu
            aloittelijoita, ja valmentajat huomioivat eri taitotasot.

            Seuran vapaaehtoiset järjestävät kesäisin ulkokorisiltoja Jyväskylän puistoissa.
        """,
        home="jyvaskyla",
        also_in=("muurame",),
        categories=("sports-outdoors", "youth"),
        target_groups=("children", "youth"),
        meetings=(
            (MO, "16:30", "18:00", "Harrasteryhmä 6–10 v."),
            (WE, "18:00", "19:30", "Nuorten harrasteryhmä 13–19 v."),
            (FR, "17:00", "18:30", "Juniorijoukkueet"),
        ),
        meeting_place="Kuokkalan koulun liikuntasali",
        street_address="Syöttäjänkatu 2",
        postal_code="40520",
        post_office="Jyväskylä",
        step_free_access=True,
        accessibility_notes="Saliin pääsee ilman portaita. Pyörätuolikoris on mahdollista sopia etukäteen.",
        membership_fee="20 € / vuosi + kausimaksu 90–180 €",
        how_to_join="""
            1. Valitse ryhmä seuran sivuilta.
            2. Tule kokeilemaan kahdesti ilmaiseksi.
            3. Ilmoittaudu jäseneksi seuran verkkopalvelussa.
        """,
        contact_name="Mikael Honkanen",
        contact_email="korisnuoret@example.fi",
        contact_phone="050 441 8827",
        website="https://example.fi/korisnuoret",
        social_links=("https://www.instagram.com/example_korisnuoret",),
        business_id="2319856-6",
        register_number="207.753",
        founded_year=2009,
    ),
    DemoAssociation(
        slug="treenikamppa",
        name="Nuorten Musiikkiyhdistys Treenikämppä ry",
        short_description=(
            "Treenikämppä nuorille bändeille Jyväskylässä. Soittimet, bändikoulu ja "
            "mahdollisuus keikkailla päihteettömissä tapahtumissa."
        ),
        description="""
            Treenikämppä on nuorten musiikkiyhdistys. Jäsenbändit voivat varata
            treenivuoron kämpältä, jossa on rummut, vahvistimet ja PA-laitteet.

            Bändikoulussa 12–18-vuotiaat muodostavat bändin ohjaajan avulla, vaikka
            soittokokemusta olisi vähän. Kerran kuussa järjestämme nuorten keikan, jossa
            jäsenbändit pääsevät lavalle.

            Myös äänitekniikasta ja keikkajärjestämisestä kiinnostuneet ovat tervetulleita.
        """,
        home="jyvaskyla",
        categories=("youth", "culture-arts"),
        target_groups=("youth",),
        meetings=(
            (TU, "17:00", "19:00", "Bändikoulu 12–15 v."),
            (TH, "17:00", "19:00", "Bändikoulu 16–18 v."),
            (SA, "18:00", "22:00", "Nuorten keikka (kerran kuussa)"),
        ),
        meeting_place="Treenikämppä, Lutakon kulttuurikortteli",
        street_address="Satamakatu 9",
        postal_code="40100",
        post_office="Jyväskylä",
        step_free_access=False,
        accessibility_notes="Treenitilaan on portaat. Keikkasaliin pääsee luiskaa pitkin.",
        membership_fee="15 € / vuosi, bändikoulu 50 € / lukukausi",
        how_to_join="Ilmoittaudu bändikouluun verkkosivuilla tai varaa tutustumiskäynti sähköpostilla.",
        contact_name="Riikka Mäkinen",
        contact_email="treenikamppa@example.fi",
        contact_phone="044 675 0139",
        website="https://example.fi/treenikamppa",
        social_links=(
            "https://www.instagram.com/example_treenikamppa",
            "https://www.youtube.com/@example_treenikamppa",
        ),
        register_number="223.096",
        founded_year=2014,
    ),
    DemoAssociation(
        slug="jyvaskylan-luontoretkeilijat",
        name="Jyväskylän Luontoretkeilijät ry",
        short_description=(
            "Retkiä, lintuharrastusta ja luonnonsuojelua Jyväskylän seudulla. Aloittelijat "
            "ja perheet ovat tervetulleita retkille."
        ),
        description="""
            Luontoretkeilijät retkeilevät Keski-Suomen metsissä, soilla ja järvillä.
            Retkien vetäjät kertovat kasveista, linnuista ja eläinten jäljistä.

            Järjestämme myös kunnostustalkoita, kuten vieraslajien torjuntaa ja
            pesäpönttöjen rakentamista. Talkoot ovat hyvä tapa kokeilla vapaaehtoistyötä.

            Talvikaudella pidämme luontoiltoja, joissa kuullaan esitelmiä ja katsotaan
            jäsenten retkikuvia.
        """,
        home="jyvaskyla",
        also_in=("laukaa", "muurame"),
        categories=("environment-animals", "sports-outdoors"),
        target_groups=("everyone", "families"),
        meetings=(
            (SA, "09:00", "13:00", "Luontoretki"),
            (TU, "18:00", "20:00", "Luontoilta (loka–maaliskuu)"),
        ),
        meeting_place="Luontoillat: Ympäristötalo",
        street_address="Kauppakatu 14",
        postal_code="40100",
        post_office="Jyväskylä",
        step_free_access=True,
        accessibility_notes="""
            Ympäristötalo on esteetön. Retkikuvauksissa kerrotaan maaston vaikeus, ja osa
            retkistä kulkee esteettömiä pitkospuita pitkin.
        """,
        membership_fee="15 € / vuosi, perheet 25 €",
        how_to_join="Tule retkelle – ilmoittautuminen sähköpostilla viimeistään edellisenä päivänä.",
        contact_name="Paula Rinne",
        contact_email="luontoretkeilijat@example.fi",
        contact_phone="040 582 3306",
        website="https://example.fi/luontoretkeilijat",
        business_id="1178823-5",
        register_number="145.312",
        founded_year=1991,
    ),
    DemoAssociation(
        slug="soniashnyk-jyvaskyla",
        name="Ukrainalaisten yhdistys Soniashnyk ry",
        short_description=(
            "Ukrainalaisten ja heidän ystäviensä yhdistys Jyväskylässä: kielikerhot, lasten "
            "ukrainan kielen koulu ja vertaistukea Suomeen muuttaneille."
        ),
        description="""
            Soniashnyk (auringonkukka) on yhdistys Jyväskylään muuttaneille ukrainalaisille
            ja kaikille, jotka haluavat tukea heitä.

            Lauantaisin lapsille on ukrainan kielen ja kulttuurin koulu. Aikuisille on
            suomen kielen keskusteluryhmä ja vertaistukiryhmä. Vapaaehtoiset auttavat asunnon,
            työn ja koulupaikan etsimisessä.

            Järjestämme myös juhlia ja konsertteja, joihin kaikki jyväskyläläiset ovat
            tervetulleita.
        """,
        home="jyvaskyla",
        also_in=("aanekoski", "laukaa"),
        categories=("multicultural", "children-families"),
        target_groups=("immigrants", "families", "children"),
        languages=("other", "fi", "en"),
        meetings=(
            (WE, "17:30", "19:00", "Suomen kielen keskusteluryhmä"),
            (SA, "10:00", "13:00", "Lasten ukrainan kielen koulu"),
        ),
        meeting_place="Monikulttuurikeskus, luokka 3",
        street_address="Gummeruksenkatu 6",
        postal_code="40100",
        post_office="Jyväskylä",
        step_free_access=True,
        membership_fee="Ilmainen",
        how_to_join="Lähetä viesti tai tule lauantaina koululle. Palvelemme ukrainaksi, suomeksi ja englanniksi.",
        contact_name="Olena Kovalenko",
        contact_email="soniashnyk@example.fi",
        contact_phone="045 906 2251",
        social_links=("https://www.facebook.com/example.soniashnyk",),
        business_id="3217705-4",
        register_number="231.462",
        founded_year=2022,
        verified=False,
    ),
    DemoAssociation(
        slug="jyvaskylan-senioriliikkujat",
        name="Jyväskylän Senioriliikkujat ry",
        short_description=(
            "Kuntosali-, vesijumppa- ja kävelyryhmiä yli 60-vuotiaille Jyväskylässä. "
            "Ryhmät kokoontuvat aamupäivisin."
        ),
        description="""
            Senioriliikkujat järjestää ohjattua liikuntaa ikäihmisille. Ryhmiä vetävät
            vapaaehtoiset liikuntaohjaajat, jotka on koulutettu ikäihmisten liikuntaan.

            Kuntosaliryhmässä harjoitellaan lihasvoimaa ja tasapainoa. Vesijumppa sopii
            myös niille, joilla on nivelvaivoja. Kävelyryhmä lähtee liikkeelle säällä kuin
            säällä.
        """,
        home="jyvaskyla",
        categories=("seniors", "sports-outdoors"),
        target_groups=("seniors",),
        meetings=(
            (MO, "09:30", "10:30", "Kuntosaliryhmä"),
            (WE, "10:00", "11:00", "Vesijumppa"),
            (FR, "10:00", "11:30", "Kävelyryhmä"),
        ),
        meeting_place="AALTO-uimahalli ja kuntosali",
        street_address="Kuntoportti 3",
        postal_code="40700",
        post_office="Jyväskylä",
        step_free_access=True,
        accessibility_notes="Uimahallissa on allasnostin ja esteettömät pukuhuoneet.",
        membership_fee="25 € / vuosi",
        how_to_join="Ilmoittaudu ryhmään puhelimitse. Vesijumppaan tarvitset uimahallin sarjakortin.",
        contact_name="Eila Kangas",
        contact_email="senioriliikkujat@example.fi",
        contact_phone="040 117 4480",
        register_number="174.591",
        founded_year=2002,
    ),
    DemoAssociation(
        slug="kinkomaan-kylayhdistys",
        name="Kinkomaan Kyläyhdistys ry",
        short_description=(
            "Kyläyhdistys Muuramen Kinkomaalla: kylätalo, lentopallovuoro, talkoot ja "
            "koko kylän tapahtumat."
        ),
        description="""
            Kinkomaan kyläyhdistys kokoaa kyläläiset yhteen. Kylätalossa on kerran viikossa
            liikuntavuoro, jossa pelataan lentopalloa ja sulkapalloa kaikenikäisten kesken.

            Järjestämme kyläjuhlat, pikkujoulut ja uimarannan kevättalkoot. Kylän nuoret
            ovat mukana suunnittelemassa omia tapahtumiaan.
        """,
        home="muurame",
        also_in=("jyvaskyla",),
        categories=("village-residents", "sports-outdoors"),
        target_groups=("everyone", "families"),
        meetings=((WE, "19:00", "21:00", "Liikuntavuoro kylätalolla"),),
        meeting_place="Kinkomaan kylätalo",
        street_address="Kinkomaantie 120",
        postal_code="40950",
        post_office="Muurame",
        step_free_access=False,
        accessibility_notes="Kylätalon ovelle on neljä porrasta, ei luiskaa.",
        membership_fee="10 € / vuosi",
        how_to_join="Tule liikuntavuorolle tai kylän tapahtumiin ja kysy hallituksen jäseniltä.",
        contact_name="Jari Kemppainen",
        contact_email="kinkomaa@example.fi",
        contact_phone="050 670 2294",
        register_number="183.640",
        founded_year=1998,
    ),
    DemoAssociation(
        slug="laukaan-koirakerho-karvakamut",
        name="Laukaan Koirakerho Karvakamut ry",
        short_description=(
            "Koiraharrastusta Laukaassa: pentukurssit, arjen tottelevaisuus, agility ja "
            "kaverikoiratoiminta palvelutaloissa."
        ),
        description="""
            Karvakamut on koiraharrastajien yhdistys. Pidämme kursseja pennuille ja
            aikuisille koirille ja harjoittelemme agilityä kentällä Laukaan kirkonkylässä.

            Kaverikoirat vierailevat vapaaehtoisten omistajiensa kanssa palvelutaloissa ja
            kouluissa. Kaverikoirakoulutukseen pääsevät hyvähermoiset koirat.

            Nuoret koiranohjaajat saavat oman treeniryhmän.
        """,
        home="laukaa",
        also_in=("jyvaskyla",),
        categories=("environment-animals", "hobbies"),
        target_groups=("everyone", "youth"),
        meetings=(
            (TU, "18:00", "19:30", "Agility"),
            (TH, "17:30", "18:30", "Pentukurssi"),
            (SU, "11:00", "12:30", "Nuorten koiranohjaajien treenit"),
        ),
        meeting_place="Karvakamujen koirakenttä",
        street_address="Vihtavuorentie 15",
        postal_code="41340",
        post_office="Laukaa",
        step_free_access=None,
        accessibility_notes="Kenttä on hiekkapohjainen. Parkkipaikalta on lyhyt sorapolku.",
        membership_fee="30 € / vuosi",
        how_to_join="Ilmoittaudu kurssille verkkosivuilla. Kentällä voi käydä katsomassa treenejä ennen liittymistä.",
        contact_name="Minna Hyvönen",
        contact_email="karvakamut@example.fi",
        contact_phone="044 551 0872",
        website="https://example.fi/karvakamut",
        business_id="2617844-8",
        register_number="217.855",
        founded_year=2011,
    ),
    DemoAssociation(
        slug="aanekosken-seudun-tyottomat",
        name="Äänekosken Seudun Työttömät ry",
        short_description=(
            "Työttömien yhdistys Äänekoskella: kahvila, edullinen lounas, kuntosali ja "
            "apua työnhakuun sekä etuuksien hakemiseen."
        ),
        description="""
            Työttömien yhdistys tarjoaa arkeen rytmiä ja seuraa. Yhdistyksen kahvila ja
            lounas ovat avoinna arkipäivisin, ja pienellä kuntosalilla voi käydä
            jäsenmaksulla.

            Työnhakupajassa saat apua CV:n tekemiseen ja työpaikkojen etsimiseen. Nuoret
            työttömät voivat tulla keskiviikkoisin nuorten ryhmään, jossa tutustutaan
            koulutusvaihtoehtoihin ja työpaikkoihin Äänekoskella.
        """,
        home="aanekoski",
        categories=("employment", "social-health"),
        target_groups=("unemployed", "youth"),
        meetings=(
            (MO, "09:00", "13:00", "Kahvila ja lounas"),
            (WE, "09:00", "13:00", "Kahvila, lounas ja työnhakupaja"),
            (WE, "13:00", "15:00", "Nuorten ryhmä"),
            (FR, "09:00", "12:00", "Kahvila"),
        ),
        meeting_place="Yhdistyksen toimitila",
        street_address="Hämeenlinnantie 6",
        postal_code="44100",
        post_office="Äänekoski",
        step_free_access=True,
        membership_fee="8 € / vuosi",
        how_to_join="Tule käymään aukioloaikana. Jäseneksi voi liittyä kahvilan kassalla.",
        contact_name="Jouko Lahtinen",
        contact_email="aanekoskentyottomat@example.fi",
        contact_phone="040 760 3391",
        business_id="1523467-8",
        register_number="152.099",
        founded_year=1994,
    ),
    DemoAssociation(
        slug="aanekosken-mielenterveysyhdistys-valo",
        name="Äänekosken Mielenterveysyhdistys Valo ry",
        short_description=(
            "Mielenterveyden vertaistukea ja toimintaa Äänekoskella ja Laukaassa: "
            "keskusteluryhmät, retket ja luovat pajat."
        ),
        description="""
            Valo on mielenterveysyhdistys, jossa toipumista tuetaan yhdessä tekemällä.
            Keskusteluryhmät kokoontuvat kerran viikossa, ja luovassa pajassa maalataan ja
            tehdään käsitöitä.

            Nuorille aikuisille on oma iltaryhmä, jossa jutellaan jaksamisesta,
            opiskelusta ja arjesta. Kaikki ryhmät ovat maksuttomia.
        """,
        home="aanekoski",
        also_in=("laukaa",),
        categories=("mental-health-substance",),
        target_groups=("everyone", "youth"),
        meetings=(
            (TU, "13:00", "15:00", "Keskusteluryhmä"),
            (TH, "17:30", "19:00", "Nuorten aikuisten iltaryhmä"),
        ),
        meeting_place="Järjestötalo",
        street_address="Koulukatu 10",
        postal_code="44100",
        post_office="Äänekoski",
        step_free_access=True,
        membership_fee="10 € / vuosi",
        how_to_join="Ryhmiin voi tulla ilman ilmoittautumista. Voit soittaa etukäteen, jos jännittää.",
        contact_name="Susanna Koskinen",
        contact_email="valo@example.fi",
        contact_phone="045 612 7043",
        register_number="167.218",
        founded_year=1999,
    ),
    DemoAssociation(
        slug="jyvaskylan-kaupunkiviljelijat",
        name="Jyväskylän Kaupunkiviljelijät ry",
        short_description=(
            "Yhteisöpuutarha ja viljelypalstoja Jyväskylän keskustan tuntumassa. Yhdistys on "
            "perusteilla, ja kortti julkaistaan, kun palstat ovat valmiina."
        ),
        description="""
            Kaupunkiviljelijät perustaa yhteisöpuutarhan, jossa kaupunkilaiset voivat
            kasvattaa vihanneksia ja yrttejä lavakauluksissa.

            Etsimme mukaan ihmisiä, jotka haluavat oppia viljelyä tai jakaa omaa
            osaamistaan. Ensimmäiset talkoot pidetään keväällä.
        """,
        home="jyvaskyla",
        categories=("environment-animals", "hobbies"),
        target_groups=("everyone",),
        meetings=((SU, "12:00", "15:00", "Puutarhatalkoot"),),
        meeting_place="Yhteisöpuutarha",
        street_address="Rautpohjankatu 2",
        postal_code="40700",
        post_office="Jyväskylä",
        membership_fee="Ilmainen, palstamaksu 20 € / kesä",
        contact_name="Laura Heikkilä",
        contact_email="kaupunkiviljelijat@example.fi",
        founded_year=2025,
        status=DRAFT,
        verified=False,
    ),
]


def _time(value: str) -> datetime.time:
    return datetime.time.fromisoformat(value)


def _create_association(data: DemoAssociation, municipalities: dict) -> Association:
    association = Association(
        name=data.name,
        slug=data.slug,
        short_description=data.short_description,
        description=cleandoc(data.description),
        home_municipality=municipalities[data.home],
        meeting_place=data.meeting_place,
        street_address=data.street_address,
        postal_code=data.postal_code,
        post_office=data.post_office,
        step_free_access=data.step_free_access,
        accessibility_notes=cleandoc(data.accessibility_notes),
        membership_fee=data.membership_fee,
        how_to_join=cleandoc(data.how_to_join),
        contact_name=data.contact_name,
        contact_email=data.contact_email,
        contact_phone=data.contact_phone,
        contact_language=data.contact_language,
        website=data.website,
        social_links="\n".join(data.social_links),
        business_id=data.business_id,
        register_number=data.register_number,
        founded_year=data.founded_year,
    )
    association.full_clean()
    association.save()
    association.categories.set(Category.objects.filter(slug__in=data.categories))
    association.target_groups.set(TargetGroup.objects.filter(slug__in=data.target_groups))
    association.languages.set(ActivityLanguage.objects.filter(slug__in=data.languages))
    association.municipalities.set([municipalities[slug] for slug in (data.home, *data.also_in)])
    MeetingTime.objects.bulk_create(
        MeetingTime(
            association=association,
            weekday=weekday,
            start_time=_time(start),
            end_time=_time(end) if end else None,
            description=description,
        )
        for weekday, start, end, description in data.meetings
    )
    services.association_refresh_derived_fields(association=association)
    if data.status != Association.Status.DRAFT:
        services.association_set_status(association=association, status=data.status)
    if data.verified:
        services.association_set_verified(association=association, verified=True)
    return association


def create_demo_associations(staff_user, coordinator_user) -> int:
    """Create the demo association cards; a card whose slug already exists is left as it is.

    The staff user becomes an owner of the cards marked `staff_owner` when they are created, and
    the coordinator coordinates the featured regions. Returns the number of demo associations.
    """
    municipalities = Municipality.objects.in_bulk(
        {slug for data in DEMO_ASSOCIATIONS for slug in (data.home, *data.also_in)},
        field_name="slug",
    )
    existing = set(
        Association.objects.filter(slug__in=[data.slug for data in DEMO_ASSOCIATIONS]).values_list(
            "slug", flat=True
        )
    )
    for data in DEMO_ASSOCIATIONS:
        if data.slug in existing:
            continue
        association = _create_association(data, municipalities)
        if data.staff_owner:
            Membership.objects.get_or_create(
                association=association,
                user=staff_user,
                defaults={"role": Membership.Role.OWNER},
            )
    for region in Region.objects.filter(slug__in=COORDINATOR_REGIONS):
        RegionCoordinator.objects.get_or_create(user=coordinator_user, region=region)
    return len(DEMO_ASSOCIATIONS)
