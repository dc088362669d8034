"""Demo content of the home page and the general pages (About, accessibility, privacy)."""

import datetime

from portal.demo import create_page, other_languages, translate
from portal.models import PortalSettings

from .models import ContentPage, HomePage

HOME_INTRODUCTION = {
    "fi": (
        "<p>Portaali tuo yhteen järjestöt, yhdistykset ja seurakunnat sekä sote- ja "
        "perhekeskukset. Täältä löydät paikallisen toiminnan, tapahtumat ja ohjeet "
        "yhteistyöhön – asukkaille, ammattilaisille ja vapaaehtoisille.</p>"
    ),
    "sv": (
        "<p>Portalen för samman föreningar, organisationer och församlingar med social- och "
        "hälsocentraler och familjecentraler. Här hittar du lokal verksamhet, evenemang och "
        "anvisningar för samarbete – för invånare, yrkesfolk och frivilliga.</p>"
    ),
}

ABOUT = {
    "slug": {"fi": "tietoa-portaalista", "sv": "om-portalen"},
    "title": {"fi": "Tietoa portaalista", "sv": "Om portalen"},
    "show_in_menus": True,
    "introduction": {
        "fi": "Portaali on alueellisen yhteistyöhankkeen työväline: yksi paikka, josta järjestöjen "
        "toiminta löytyy ja jossa järjestöt pitävät omat tietonsa ajan tasalla.",
        "sv": "Portalen är ett verktyg för ett regionalt samarbetsprojekt: ett ställe där "
        "organisationernas verksamhet finns samlad och där organisationerna själva håller sina "
        "uppgifter aktuella.",
    },
    "stream_fields": ["body"],
    "body": [
        (
            "heading",
            {
                "text": {"fi": "Miksi portaali on tehty", "sv": "Varför portalen finns"},
                "level": "h2",
            },
        ),
        (
            "paragraph",
            {
                "fi": "<p>Järjestöt, yhdistykset ja seurakunnat järjestävät vertaisryhmiä, "
                "kohtaamispaikkoja, kerhoja ja vapaaehtoistoimintaa, joihin sote-ammattilaiset "
                "haluaisivat ohjata asiakkaitaan. Tieto toiminnasta on kuitenkin hajallaan ja "
                "vanhenee nopeasti. Aiemmissa hankkeissa tavoitteeksi asetettiin, että toiminta "
                "löytyy yhdestä luukusta kolmella klikkauksella.</p>",
                "sv": "<p>Föreningar, organisationer och församlingar ordnar kamratstödsgrupper, "
                "mötesplatser, klubbar och frivilligverksamhet som yrkesfolk inom social- och "
                "hälsovården gärna skulle hänvisa sina klienter till. Informationen är dock "
                "utspridd och föråldras snabbt. I tidigare projekt var målet att verksamheten "
                "ska hittas via en lucka med tre klick.</p>",
            },
        ),
        ("heading", {"text": {"fi": "Kenelle", "sv": "För vem"}, "level": "h2"}),
        (
            "paragraph",
            {
                "fi": "<ul><li>Asukkaille, jotka etsivät toimintaa itselleen tai läheiselleen.</li>"
                "<li>Sote-ammattilaisille, jotka ohjaavat asiakkaita järjestöjen toimintaan.</li>"
                "<li>Järjestöille, jotka haluavat toimintansa näkyviin ja yhteistyöhön "
                "sote-keskusten kanssa.</li></ul>",
                "sv": "<ul><li>Invånare som söker verksamhet för sig själva eller en närstående.</li>"
                "<li>Yrkesfolk som hänvisar klienter till organisationernas verksamhet.</li>"
                "<li>Organisationer som vill synliggöra sin verksamhet och samarbeta med "
                "social- och hälsocentralerna.</li></ul>",
            },
        ),
        (
            "quote",
            {
                "quote": {
                    "fi": "Tieto järjestöjen toiminnasta pysyy ajan tasalla vain, jos järjestöt "
                    "voivat päivittää sen itse helposti.",
                    "sv": "Informationen om organisationernas verksamhet hålls aktuell bara om "
                    "organisationerna själva enkelt kan uppdatera den.",
                },
                "attribution": {"fi": "Hankkeen oppi", "sv": "Projektets lärdom"},
            },
        ),
        (
            "table",
            {
                "caption": {"fi": "Portaalin osat", "sv": "Portalens delar"},
                "first_row_is_header": True,
                "first_column_is_header": True,
                "rows": [
                    [{"fi": "Osa", "sv": "Del"}, {"fi": "Kenelle", "sv": "För vem"}],
                    [{"fi": "Blogi", "sv": "Blogg"}, {"fi": "Kaikille", "sv": "Alla"}],
                    [
                        {"fi": "Ohjeet", "sv": "Anvisningar"},
                        {"fi": "Järjestöt ja ammattilaiset", "sv": "Organisationer och yrkesfolk"},
                    ],
                    [
                        {"fi": "Toimintahakemisto", "sv": "Verksamhetskatalog"},
                        {"fi": "Asukkaat ja ammattilaiset", "sv": "Invånare och yrkesfolk"},
                    ],
                ],
            },
        ),
    ],
}

ACCESSIBILITY = {
    "slug": {"fi": "saavutettavuusseloste", "sv": "tillganglighetsutlatande"},
    "title": {"fi": "Saavutettavuusseloste", "sv": "Tillgänglighetsutlåtande"},
    "introduction": {
        "fi": "Tämä seloste koskee portaalin julkisia sivuja. Tavoitteemme on, että jokainen voi "
        "käyttää palvelua vaivatta.",
        "sv": "Detta utlåtande gäller portalens offentliga sidor. Vårt mål är att alla ska kunna "
        "använda tjänsten utan hinder.",
    },
    "last_reviewed": datetime.date(2026, 11, 1),
    "stream_fields": ["body"],
    "body": [
        (
            "heading",
            {"text": {"fi": "Saavutettavuuden tila", "sv": "Tillgänglighetsstatus"}, "level": "h2"},
        ),
        (
            "paragraph",
            {
                "fi": "<p>Palvelu täyttää lain digitaalisten palvelujen tarjoamisesta vaatimat "
                "WCAG 2.1 -ohjeistuksen AA-tason saavutettavuusvaatimukset. Sivut toimivat "
                "näppäimistöllä ja ruudunlukijalla, tekstiä voi suurentaa, ja sisältö on luettavissa "
                "ilman JavaScriptiä.</p>",
                "sv": "<p>Tjänsten uppfyller de tillgänglighetskrav på nivå AA i WCAG 2.1 som lagen "
                "om tillhandahållande av digitala tjänster förutsätter. Sidorna fungerar med "
                "tangentbord och skärmläsare, texten kan förstoras och innehållet kan läsas utan "
                "JavaScript.</p>",
            },
        ),
        ("heading", {"text": {"fi": "Näin testasimme", "sv": "Så här testade vi"}, "level": "h2"}),
        (
            "paragraph",
            {
                "fi": "<p>Jokainen sivutyyppi tarkistetaan automaattisesti axe-työkalulla suomeksi "
                "ja ruotsiksi ennen julkaisua. Lisäksi sivuja on käytetty pelkällä näppäimistöllä "
                "ja 320 pikselin levyisellä näytöllä.</p>",
                "sv": "<p>Varje sidtyp kontrolleras automatiskt med verktyget axe på finska och "
                "svenska innan den publiceras. Dessutom har sidorna använts med enbart tangentbord "
                "och på en 320 pixlar bred skärm.</p>",
            },
        ),
        ("heading", {"text": {"fi": "Anna palautetta", "sv": "Ge respons"}, "level": "h2"}),
        (
            "paragraph",
            {
                "fi": "<p>Huomasitko puutteen? Kerro siitä portaalin palauteosoitteeseen. Vastaamme "
                "14 päivän kuluessa. Jos et ole tyytyväinen vastaukseen, voit tehdä ilmoituksen "
                "valvontaviranomaiselle (Etelä-Suomen aluehallintovirasto, saavutettavuusvaatimusten "
                "valvonta).</p>",
                "sv": "<p>Har du upptäckt en brist? Berätta om den till portalens responsadress. Vi "
                "svarar inom 14 dagar. Om du inte är nöjd med svaret kan du anmäla saken till "
                "tillsynsmyndigheten (Regionförvaltningsverket i Södra Finland, tillsynen av "
                "tillgänglighetskraven).</p>",
            },
        ),
    ],
}

PRIVACY = {
    "slug": {"fi": "tietosuojaseloste", "sv": "dataskyddsbeskrivning"},
    "title": {"fi": "Tietosuojaseloste", "sv": "Dataskyddsbeskrivning"},
    "introduction": {
        "fi": "Kerromme tässä, mitä henkilötietoja portaali käsittelee, miksi ja kuinka kauan.",
        "sv": "Här berättar vi vilka personuppgifter portalen behandlar, varför och hur länge.",
    },
    "last_reviewed": datetime.date(2026, 11, 1),
    "stream_fields": ["body"],
    "body": [
        (
            "heading",
            {
                "text": {"fi": "Mitä tietoja käsittelemme", "sv": "Vilka uppgifter vi behandlar"},
                "level": "h2",
            },
        ),
        (
            "paragraph",
            {
                "fi": "<p>Alla oleva luettelo tulee suoraan portaalin ohjelmakoodista: siinä on "
                "jokainen henkilötietoja sisältävä tieto, sen käyttötarkoitus, säilytysaika ja "
                "tapa poistaa se.</p>",
                "sv": "<p>Förteckningen nedan kommer direkt från portalens programkod: den visar "
                "alla uppgifter som innehåller personuppgifter, varför de behandlas, hur länge de "
                "sparas och hur de raderas.</p>",
            },
        ),
        ("personal_data_register", None),
        ("heading", {"text": {"fi": "Evästeet", "sv": "Kakor"}, "level": "h2"}),
        (
            "paragraph",
            {
                "fi": "<p>Portaali käyttää vain toiminnan kannalta välttämättömiä evästeitä "
                "(kirjautuminen, lomakkeiden suojaus ja kielivalinta). Emme käytä seuranta- tai "
                "mainosevästeitä.</p>",
                "sv": "<p>Portalen använder endast kakor som är nödvändiga för funktionen "
                "(inloggning, skydd av formulär och språkval). Vi använder inga spårnings- eller "
                "reklamkakor.</p>",
            },
        ),
        ("heading", {"text": {"fi": "Oikeutesi", "sv": "Dina rättigheter"}, "level": "h2"}),
        (
            "paragraph",
            {
                "fi": "<p>Sinulla on oikeus tarkastaa tietosi, pyytää niiden korjaamista tai "
                "poistamista ja tehdä valitus tietosuojavaltuutetulle. Kirjautunut käyttäjä voi "
                "ladata kaikki tietonsa ja poistaa käyttäjätilinsä Omat tiedot -sivulla; "
                "järjestön ilmoitukset jäävät hakemistoon järjestön nimissä.</p>",
                "sv": "<p>Du har rätt att granska dina uppgifter, be att de rättas eller raderas och "
                "att lämna klagomål till dataombudsmannen. Den som är inloggad kan ladda ner alla "
                "sina uppgifter och radera sitt konto på sidan Mina uppgifter; organisationens "
                "annonser blir kvar i katalogen i organisationens namn.</p>",
            },
        ),
    ],
}


def load(command):
    home = HomePage.objects.filter(depth=2).order_by("path").first()
    if home.live_revision is None:
        home.introduction = HOME_INTRODUCTION["fi"]
        home.save_revision().publish()
        home.refresh_from_db()
    for language in other_languages():
        translate(
            home,
            language,
            {
                "title": "Föreningar och social- och hälsocentraler"
                if language == "sv"
                else home.title,
                "introduction": HOME_INTRODUCTION.get(language, HOME_INTRODUCTION["fi"]),
            },
        )

    create_page(home, ContentPage, dict(ABOUT), "about")
    accessibility = create_page(home, ContentPage, dict(ACCESSIBILITY), "accessibility")
    privacy = create_page(home, ContentPage, dict(PRIVACY), "privacy")

    portal_settings = PortalSettings.load()
    if portal_settings.accessibility_statement_id is None:
        portal_settings.accessibility_statement = accessibility
        portal_settings.privacy_notice = privacy
        portal_settings.contact_email = "palaute@portaali.example.fi"
        portal_settings.save()
    command.stdout.write("Home page, About, accessibility statement and privacy notice: ok")
