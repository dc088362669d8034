"""Demo directory: organisations of the project's regions and their activities.

Organisation names come from the seed documents or are invented; every contact detail is invented
(example.fi addresses, no real people). Some listings carry Swedish texts, two wait for
moderation and one has changes requested, so the moderation queue has something to show.
"""

import datetime
import io

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PillowImage
from PIL import ImageDraw
from stdnum.fi import ytunnus
from wagtail.images import get_image_model

from directory.taxonomy.models import Municipality, ServiceLanguage, TargetGroup, Theme
from home.models import HomePage
from pilots.models import CentrePage
from portal.demo import create_page

from .models import (
    Activity,
    ActivityTranslation,
    DirectoryPage,
    Organisation,
    OrganisationTranslation,
    Representation,
    WeeklySlot,
)

DIRECTORY_PAGE = {
    "slug": {"fi": "toimintahakemisto", "sv": "verksamhetskatalog"},
    "title": {"fi": "Toimintahakemisto", "sv": "Verksamhetskatalog"},
    "show_in_menus": True,
    "introduction": {
        "fi": "Järjestöjen, yhdistysten ja seurakuntien vertaisryhmät, kohtaamispaikat, kerhot, "
        "neuvonta ja vapaaehtoistoiminta. Rajaa kunnan, teeman tai kohderyhmän mukaan.",
        "sv": "Kamratstödsgrupper, mötesplatser, klubbar, rådgivning och frivilligverksamhet "
        "som föreningar och församlingar ordnar. Avgränsa efter kommun, tema eller målgrupp.",
    },
}

# (name, abbreviation, type, municipality slug, county slug, description fi, description sv or "")
ORGANISATIONS = [
    (
        "Savonlinnan Seudun Kolomonen ry",
        "Kolomonen",
        "association",
        "savonlinna",
        "etela-savo",
        "Savonlinnan seudun yhdistysten kattojärjestö, joka kokoaa yhdistykset yhteisiin työpajoihin ja tukee niiden yhteistyötä hyvinvointialueen kanssa.",
        "Paraplyorganisation för föreningarna i Nyslottsregionen. Samlar föreningarna till gemensamma verkstäder och stöder samarbetet med välfärdsområdet.",
    ),
    (
        "Iisalmen kehitysvammaisten tuki ry",
        "",
        "association",
        "iisalmi",
        "pohjois-savo",
        "Kehitysvammaisten ihmisten ja heidän läheistensä paikallisyhdistys: vertaistukea, virkistystä ja edunvalvontaa.",
        "",
    ),
    (
        "Varkauden seudun omaishoitajat ry",
        "",
        "association",
        "varkaus",
        "pohjois-savo",
        "Omaishoitajien ja heidän hoidettaviensa yhdistys. Järjestämme vertaisryhmiä, virkistyspäiviä ja neuvontaa.",
        "Förening för närståendevårdare och dem de vårdar. Vi ordnar kamratgrupper, rekreationsdagar och rådgivning.",
    ),
    (
        "Saimaan Syöpäyhdistys ry",
        "",
        "association",
        "lappeenranta",
        "etela-karjala",
        "Tukea syöpään sairastuneille ja heidän läheisilleen Etelä-Karjalassa ja Etelä-Savossa.",
        "",
    ),
    (
        "Oulun seudun omaishoitajat ry",
        "",
        "association",
        "oulu",
        "pohjois-pohjanmaa",
        "Oulun seudun omaishoitajien yhdistys: vertaistukiryhmiä, koulutusta ja yhteistä tekemistä.",
        "Närståendevårdarnas förening i Uleåborgsregionen: kamratgrupper, utbildning och gemensam verksamhet.",
    ),
    (
        "Oulun kuurojen yhdistys ry",
        "",
        "association",
        "oulu",
        "pohjois-pohjanmaa",
        "Viittomakielisten kuurojen kohtaamispaikka ja harrastusyhdistys Oulussa.",
        "",
    ),
    (
        "Leppävirran MT-tuki ry",
        "",
        "association",
        "leppavirta",
        "pohjois-savo",
        "Mielenterveyskuntoutujien ja heidän läheistensä yhdistys, jonka olohuone on avoinna arkipäivisin.",
        "",
    ),
    (
        "Kymenlaakson Sydänpiiri ry",
        "",
        "district",
        "kotka",
        "kymenlaakso",
        "Sydänyhdistysten alueellinen piiri, joka järjestää terveysneuvontaa ja liikuntaryhmiä Kymenlaaksossa.",
        "Regionalt distrikt för hjärtföreningarna i Kymmenedalen. Ordnar hälsorådgivning och motionsgrupper.",
    ),
    (
        "Kuopion reippaat seniorit ry",
        "",
        "association",
        "kuopio",
        "pohjois-savo",
        "Eläkeikäisten liikunta- ja harrastusyhdistys Kuopiossa.",
        "",
    ),
    (
        "Kuopion Pelastakaa Lapset ry",
        "",
        "local_branch",
        "kuopio",
        "pohjois-savo",
        "Paikallisosasto, joka tukee lapsiperheitä ja kouluttaa vapaaehtoisia tukihenkilöiksi.",
        "",
    ),
    (
        "Kouvolan Vammaisjärjestöjen Yhdistys ry",
        "KVJ",
        "association",
        "kouvola",
        "kymenlaakso",
        "Kouvolan vammaisjärjestöjen yhteistyöyhdistys, joka vaikuttaa esteettömyyteen ja järjestää yhteisiä tapahtumia.",
        "",
    ),
    (
        "Pohjanmaan kylät ry",
        "",
        "association",
        "kalajoki",
        "pohjois-pohjanmaa",
        "Kyläyhdistysten yhteistyöjärjestö, joka tukee kylien yhteisöllisyyttä ja kohtaamispaikkoja.",
        "",
    ),
    (
        "Kuivasjärven yhdistys ry",
        "",
        "club",
        "oulu",
        "pohjois-pohjanmaa",
        "Asukasyhdistys, joka ylläpitää kerhotilaa ja järjestää kaikille avointa toimintaa.",
        "",
    ),
    (
        "Mikkelin seudun mielenterveysseura ry",
        "",
        "association",
        "mikkeli",
        "etela-savo",
        "Kriisi- ja keskusteluapua sekä vertaisryhmiä Mikkelin seudulla.",
        "Kris- och samtalshjälp samt kamratgrupper i S:t Michelsregionen.",
    ),
    (
        "Lappeenrannan ev.-lut. seurakunta",
        "",
        "parish",
        "lappeenranta",
        "etela-karjala",
        "Seurakunnan diakoniatyö tarjoaa keskusteluapua, ruoka-apua ja kohtaamispaikan kaikille.",
        "Församlingens diakoniarbete erbjuder samtalshjälp, mathjälp och en mötesplats för alla.",
    ),
    (
        "Kotkan seudun muistiyhdistys ry",
        "",
        "association",
        "kotka",
        "kymenlaakso",
        "Muistisairaiden ihmisten ja heidän läheistensä tukea Kotkan seudulla.",
        "",
    ),
    (
        "Imatran työttömät ry",
        "",
        "association",
        "imatra",
        "etela-karjala",
        "Työttömien yhdistys: ruokailu, retket ja tukea työnhakuun.",
        "",
    ),
    (
        "Hengitysyhdistys Kuopio ry",
        "",
        "local_branch",
        "kuopio",
        "pohjois-savo",
        "Hengityssairaiden paikallisyhdistys: liikuntaryhmiä ja vertaistukea.",
        "",
    ),
    (
        "Savonlinnan Nuorisoseura ry",
        "",
        "association",
        "savonlinna",
        "etela-savo",
        "Nuorten harrastus- ja kulttuuritoimintaa Savonlinnassa.",
        "",
    ),
    (
        "Raahen Mielenterveysyhdistys Helmi ry",
        "Helmi",
        "association",
        "raahe",
        "pohjois-pohjanmaa",
        "Mielenterveyskuntoutujien yhdistys, joka pitää avointa kohtaamispaikkaa Raahen keskustassa.",
        "",
    ),
    (
        "Haminan Kansainvälinen Kerho ry",
        "",
        "club",
        "hamina",
        "kymenlaakso",
        "Maahanmuuttajien ja kantasuomalaisten yhteinen kerho: kielikahvila, retket ja ruokailta.",
        "Gemensam klubb för invandrare och infödda finländare: språkcafé, utfärder och matkvällar.",
    ),
    (
        "Siilinjärven Eläkkeensaajat ry",
        "",
        "local_branch",
        "siilinjarvi",
        "pohjois-savo",
        "Eläkeläisten paikallisyhdistys: kerhoja, matkoja ja liikuntaa.",
        "",
    ),
    (
        "Pieksämäen Vapaaehtoiskeskus ry",
        "",
        "association",
        "pieksamaki",
        "etela-savo",
        "Välittää vapaaehtoistehtäviä ja kouluttaa vapaaehtoisia Pieksämäellä.",
        "",
    ),
    (
        "Kempeleen Perheet ry",
        "",
        "association",
        "kempele",
        "pohjois-pohjanmaa",
        "Lapsiperheiden yhdistys, joka järjestää perhekahviloita ja vertaisryhmiä.",
        "",
    ),
    (
        "Etelä-Karjalan Allergia- ja Astmayhdistys ry",
        "",
        "association",
        "lappeenranta",
        "etela-karjala",
        "Allergia- ja astmaneuvontaa sekä vertaistukea Etelä-Karjalassa.",
        "",
    ),
    (
        "Iisalmen seudun Näkövammaiset ry",
        "",
        "association",
        "iisalmi",
        "pohjois-savo",
        "Näkövammaisten yhdistys: harrastuksia, apuvälineneuvontaa ja vertaistukea.",
        "",
    ),
    (
        "Kouvolan Kuuloyhdistys ry",
        "",
        "association",
        "kouvola",
        "kymenlaakso",
        "Huonokuuloisten yhdistys: kuulolähipalvelu ja vertaistapaamisia.",
        "",
    ),
    (
        "Oulun Aivoyhdistys ry",
        "",
        "association",
        "oulu",
        "pohjois-pohjanmaa",
        "Aivoverenkiertohäiriöön sairastuneiden ja heidän läheistensä yhdistys.",
        "",
    ),
    (
        "Mikkelin Omaiset ry",
        "",
        "association",
        "mikkeli",
        "etela-savo",
        "Mielenterveyskuntoutujien omaisten yhdistys Mikkelissä.",
        "",
    ),
    (
        "Juvan Kylätalo ry",
        "",
        "club",
        "juva",
        "etela-savo",
        "Kylätalon yhdistys, joka ylläpitää avointa kohtaamispaikkaa ja kerhotiloja.",
        "",
    ),
]

# (kind, themes, targets, languages, title fi, summary fi, title sv, summary sv, weekday, hour)
ACTIVITY_TEMPLATES = [
    (
        "peer_support",
        ["mental-physical-health", "relationships"],
        ["mental-health-recovery"],
        ["fi"],
        "Vertaistukiryhmä",
        "Keskustelua ja tukea samassa tilanteessa olevien kanssa kahden viikon välein.",
        "Kamratstödsgrupp",
        "Samtal och stöd med andra i samma situation varannan vecka.",
        1,
        17,
    ),
    (
        "meeting_place",
        ["relationships", "everyday-life"],
        ["everyone"],
        ["fi", "plain"],
        "Avoin olohuone",
        "Tule kahville ja juttelemaan – ei ilmoittautumista, ei maksua.",
        "Öppet vardagsrum",
        "Kom på kaffe och prat – ingen anmälan, ingen avgift.",
        2,
        10,
    ),
    (
        "club",
        ["leisure", "lifestyle"],
        ["older-people"],
        ["fi"],
        "Tuolijumppa",
        "Kevyttä liikuntaa istuen ja seisten ohjaajan johdolla.",
        "Stolgympa",
        "Lätt motion sittande och stående med handledare.",
        0,
        13,
    ),
    (
        "counselling",
        ["mental-physical-health", "everyday-life"],
        ["everyone"],
        ["fi", "sv"],
        "Keskusteluapu puhelimessa",
        "Luottamuksellista keskusteluapua arki-iltaisin, nimettömänä.",
        "Samtalshjälp per telefon",
        "Konfidentiell samtalshjälp på vardagskvällar, anonymt.",
        3,
        18,
    ),
    (
        "volunteering",
        ["society", "relationships"],
        ["working-age", "older-people"],
        ["fi"],
        "Vapaaehtoiseksi ystävätoimintaan",
        "Tule ystäväksi yksinäiselle – saat koulutuksen ja tukea.",
        "Bli frivillig vän",
        "Bli vän till en ensam människa – du får utbildning och stöd.",
        1,
        18,
    ),
    (
        "peer_support",
        ["relationships", "everyday-life"],
        ["carers"],
        ["fi"],
        "Omaishoitajien vertaisryhmä",
        "Vertaistukea ja tietoa omaishoitajille; hoidettavalle järjestetään tarvittaessa hoito.",
        "Kamratgrupp för närståendevårdare",
        "Kamratstöd och information för närståendevårdare.",
        3,
        13,
    ),
    (
        "club",
        ["leisure"],
        ["children-families"],
        ["fi"],
        "Perhekahvila",
        "Vauvaperheiden ja leikki-ikäisten kohtaamispaikka aamupäivisin.",
        "Familjecafé",
        "Mötesplats för familjer med små barn på förmiddagar.",
        4,
        9,
    ),
    (
        "course",
        ["study", "lifestyle"],
        ["working-age"],
        ["fi"],
        "Arjen hallinnan kurssi",
        "Kuuden kerran kurssi jaksamisesta, unesta ja ravinnosta.",
        "Kurs i vardagshantering",
        "Kurs på sex träffar om ork, sömn och kost.",
        2,
        17,
    ),
    (
        "meeting_place",
        ["livelihood", "everyday-life"],
        ["unemployed", "everyone"],
        ["fi"],
        "Yhteinen lounas",
        "Edullinen kotiruokalounas ja seuraa arkipäivisin.",
        "Gemensam lunch",
        "Förmånlig hemlagad lunch och sällskap på vardagar.",
        0,
        11,
    ),
    (
        "counselling",
        ["livelihood", "services"],
        ["everyone"],
        ["fi"],
        "Talous- ja velkaneuvonta",
        "Apua laskujen, tukien ja velkojen selvittelyyn ajanvarauksella.",
        "Ekonomi- och skuldrådgivning",
        "Hjälp med räkningar, stöd och skulder med tidsbokning.",
        1,
        12,
    ),
    (
        "club",
        ["leisure", "relationships"],
        ["immigrants", "everyone"],
        ["fi", "en", "ar"],
        "Kielikahvila",
        "Harjoittele suomea rennosti kahvikupin ääressä.",
        "Språkcafé",
        "Öva finska avslappnat över en kopp kaffe.",
        3,
        16,
    ),
    (
        "peer_support",
        ["mental-physical-health"],
        ["long-term-illness"],
        ["fi"],
        "Sairastuneiden vertaisilta",
        "Kokemusten jakamista ja asiantuntijavieraita kerran kuussa.",
        "Kamratkväll för insjuknade",
        "Erfarenhetsutbyte och sakkunniga gäster en gång i månaden.",
        2,
        18,
    ),
]


def _by_slug(model, slugs):
    return list(model.objects.default_locale().filter(slug__in=slugs))


# Member organisations of an umbrella organisation (child name -> parent name).
PARENTS = {
    "Savonlinnan Nuorisoseura ry": "Savonlinnan Seudun Kolomonen ry",
    "Juvan Kylätalo ry": "Savonlinnan Seudun Kolomonen ry",
    "Kouvolan Kuuloyhdistys ry": "Kouvolan Vammaisjärjestöjen Yhdistys ry",
}
# Organisations with a demo logo: (background, foreground) colours.
LOGOS = {
    "Savonlinnan Seudun Kolomonen ry": ("#0b5cad", "#ffd54f"),
    "Kouvolan Vammaisjärjestöjen Yhdistys ry": ("#1e6b35", "#ffffff"),
    "Raahen Mielenterveysyhdistys Helmi ry": ("#6a1b9a", "#f8bbd0"),
    "Kymenlaakson Sydänpiiri ry": ("#b00020", "#ffffff"),
}


def demo_business_id(index):
    """An invented but valid business ID (Y-tunnus) from a range not given to real ones."""
    number = 9_900_000 + index * 7
    while True:
        for digit in range(10):
            candidate = f"{number:07d}-{digit}"
            if ytunnus.is_valid(candidate):
                return candidate
        number += 1


def demo_logo(name, colours):
    """A simple drawn logo (three overlapping circles), saved once."""
    Image = get_image_model()
    title = f"Logo: {name}"
    image = Image.objects.filter(title=title).first()
    if image is None:
        background, foreground = colours
        picture = PillowImage.new("RGB", (400, 400), background)
        draw = ImageDraw.Draw(picture)
        for x, y in ((130, 150), (270, 150), (200, 260)):
            draw.ellipse((x - 80, y - 80, x + 80, y + 80), outline=foreground, width=18)
        buffer = io.BytesIO()
        picture.save(buffer, format="PNG", optimize=True)
        image = Image(title=title, file=ImageFile(buffer, name="logo.png"))
        image.save()
    return image


def load(command):
    home = HomePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    create_page(home, DirectoryPage, dict(DIRECTORY_PAGE), "directory")

    if Organisation.objects.exists():
        command.stdout.write("Directory: already loaded")
        return

    today = timezone.localdate()
    languages = {language.code: language for language in ServiceLanguage.objects.all()}
    municipalities = {m.slug: m for m in Municipality.objects.default_locale()}
    organisations = []
    for index, (name, abbreviation, org_type, municipality, _county, text_fi, text_sv) in enumerate(
        ORGANISATIONS
    ):
        slug_base = name.lower().split(" ry")[0]
        organisation = Organisation(
            name=name,
            abbreviation=abbreviation,
            type=org_type,
            description=text_fi,
            website=f"https://{index + 1}.yhdistys.example.fi/",
            email=f"info{index + 1}@yhdistys.example.fi",
            phone=f"040 000 {1000 + index}",
            street_address=f"Järjestökatu {index + 1}",
            postal_code="00000",
            post_office=municipalities[municipality].name,
            wellbeing_county=municipalities[municipality].county,
            last_confirmed=today - datetime.timedelta(days=20 + index * 13),
            # Registered associations have a business ID; clubs and parishes here do not.
            business_id=demo_business_id(index) if org_type not in ("club", "parish") else "",
            live=True,
        )
        if name in LOGOS:
            organisation.logo = demo_logo(name, LOGOS[name])
            organisation.logo_alt_text = f"{name}: logo"
        if name in PARENTS:
            organisation.parent = Organisation.objects.get(name=PARENTS[name])
        organisation.save()
        organisation.municipalities.set([municipalities[municipality]])
        organisation.languages.set([languages["fi"]] + ([languages["sv"]] if text_sv else []))
        if text_sv:
            OrganisationTranslation.objects.create(
                organisation=organisation, language="sv", description=text_sv
            )
        organisation.save_revision().publish()
        organisations.append((organisation, municipalities[municipality], slug_base))
    kolomonen = organisations[0][0]

    # One activity in each municipality that has a demo sote-centre is held at the centre.
    centres = {
        centre.municipality: centre
        for centre in CentrePage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE)
    }
    themes = {t.slug: t for t in Theme.objects.default_locale()}
    targets = {t.slug: t for t in TargetGroup.objects.default_locale()}
    count = 0
    for org_index, (organisation, municipality, _slug) in enumerate(organisations):
        for offset in (0, 5):
            template = ACTIVITY_TEMPLATES[(org_index + offset) % len(ACTIVITY_TEMPLATES)]
            (
                kind,
                theme_slugs,
                target_slugs,
                lang_codes,
                title_fi,
                summary_fi,
                title_sv,
                summary_sv,
                weekday,
                hour,
            ) = template
            count += 1
            with_swedish = count % 4 == 0
            activity = Activity(
                organisation=organisation,
                title=f"{title_fi}: {municipality.name}",
                summary=summary_fi,
                description=f"{organisation.name} järjestää toimintaa yhdessä paikallisten "
                "toimijoiden kanssa. Voit tulla mukaan yksin tai läheisen kanssa.\n\n"
                "Kysy lisää yhteyshenkilöltä tai tule tutustumaan.",
                kind=kind,
                # A helpline is by phone, never "on site".
                channel="phone" if "puhelim" in title_fi else "place",
                venue_name=f"{organisation.abbreviation or organisation.name.split(' ry')[0]} – kerhotila",
                street_address=f"Järjestökatu {org_index + 1}",
                postal_code="00000",
                municipality=municipality,
                centre=centres.pop(municipality.name, None) if kind != "counselling" else None,
                schedule_note="Ei heinäkuussa." if count % 3 == 0 else "",
                registration="none" if kind in ("meeting_place", "club") else "email",
                registration_email="" if kind in ("meeting_place", "club") else organisation.email,
                is_free=kind != "course",
                fee_description="" if kind != "course" else "20 € koko kurssi",
                wheelchair_accessible=count % 2 == 0,
                rollator_accessible=count % 2 == 0,
                induction_loop=count % 5 == 0,
                accessible_toilet=count % 3 == 0,
                parking=count % 4 != 0,
                accessibility_details="Sisäänkäynti pihan puolelta." if count % 5 == 0 else "",
                contact_name="Toiminnan vastuuhenkilö",
                contact_email=organisation.email,
                min_age=18 if "older-people" not in target_slugs else 60,
                status="paused" if count % 17 == 0 else "active",
                featured=count in (1, 6, 11, 22, 33, 44),
                last_confirmed=today - datetime.timedelta(days=(count * 11) % 420),
                live=True,
            )
            if activity.channel == "phone":
                activity.venue_name = ""
                activity.street_address = ""
            activity.save()
            activity.themes.set([themes[s] for s in theme_slugs])
            activity.target_groups.set([targets[s] for s in target_slugs])
            activity.languages.set([languages[c] for c in lang_codes])
            WeeklySlot.objects.create(
                activity=activity,
                weekday=weekday,
                start_time=datetime.time(hour, 0),
                end_time=datetime.time(hour + 2, 0),
            )
            if with_swedish:
                ActivityTranslation.objects.create(
                    activity=activity,
                    language="sv",
                    title=f"{title_sv}: {municipality.localized.name}",
                    summary=summary_sv,
                    description=f"{organisation.name} ordnar verksamheten tillsammans med lokala "
                    "aktörer. Du kan komma ensam eller med en närstående.",
                )
            activity.save_revision().publish()

    _pending_listings(kolomonen, municipalities, themes)
    _demo_accounts(kolomonen)
    command.stdout.write(f"Directory: {len(organisations)} organisations, {count} activities")


def _pending_listings(organisation, municipalities, themes):
    """A new organisation and an activity awaiting moderation, and one with changes requested."""
    workflow = Organisation().get_workflow()  # the directory's workflow, whatever its name
    pending_org = Organisation(
        name="Sulkavan Soutajat ry",
        type="club",
        description="Kirkkovenesoudun harrastajien seura, joka järjestää soutuvuoroja kaikille.",
        email="info@soutajat.example.fi",
        live=False,
    )
    pending_org.save()
    pending_org.save_revision()
    workflow.start(pending_org, user=None)

    pending = Activity(
        organisation=organisation,
        title="Yhdistysten työpaja: tiedottaminen",
        summary="Työpajassa suunnitellaan yhdessä, miten yhdistykset tiedottavat toiminnastaan sote-keskuksissa.",
        description="Työpaja järjestetään joka toinen kuukausi. Aiheet nousevat asukkaiden palautteista.",
        kind="course",
        municipality=municipalities["savonlinna"],
        registration="email",
        registration_email="tyopajat@kolomonen.example.fi",
        is_free=True,
        live=False,
    )
    pending.save()
    pending.themes.set([themes["society"]])
    pending.save_revision()
    workflow.start(pending, user=None)

    returned = Activity(
        organisation=organisation,
        title="Soutuvuoro",
        summary="Soudetaan.",
        description="Soudetaan yhdessä.",
        kind="club",
        municipality=municipalities["sulkava"],
        live=False,
    )
    returned.save()
    revision = returned.save_revision()
    state = workflow.start(returned, user=None)
    task_state = state.current_task_state
    task_state.specific.reject(
        user=None,
        comment="Kerro tarkemmin, missä ja milloin soudetaan ja tarvitaanko ilmoittautumista.",
    )
    del revision


# Development only: the accounts exist only with PORTAL_DEMO_ACCOUNTS (the dev settings).
DEMO_STAFF = [
    # username (and password), group
    ("moderaattori", "Moderators"),
    ("toimittaja", "Editors"),
]


def _demo_accounts(organisation):
    """A representative, a moderator and an editor for trying the site, in development only."""
    if not getattr(settings, "PORTAL_DEMO_ACCOUNTS", False):
        return
    User = get_user_model()
    for username, group in DEMO_STAFF:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "email": f"{username}@example.invalid",
                "first_name": "Demo",
                "last_name": username.capitalize(),
            },
        )
        if created:
            user.set_password(username)
            user.save()
            user.groups.add(Group.objects.get(name=group))
    representative, created = User.objects.get_or_create(
        username="edustaja",
        defaults={
            "email": "edustaja@example.invalid",
            "first_name": "Demo",
            "last_name": "Edustaja",
        },
    )
    if created:
        representative.set_password("edustaja")
        representative.save()
    # Signing in on the public site needs a verified address (ACCOUNT_EMAIL_VERIFICATION).
    EmailAddress.objects.get_or_create(
        user=representative,
        email=representative.email,
        defaults={"verified": True, "primary": True},
    )
    Representation.objects.get_or_create(
        organisation=organisation,
        user=representative,
        defaults={"status": Representation.Status.APPROVED, "decided_at": timezone.now()},
    )
