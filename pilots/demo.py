"""Demo content of the guidance: the autumn 2022 sote-centre pilot and its guide, the association
workshop process, and sote- and family centres with invented NGO liaison persons.

Written from the facts of the seed documents (003: the autumn 2022 pilot instructions, 000: the
SOSTERI association workshops). Every person, e-mail address and phone number is invented.
"""

import datetime
import uuid

from directory.taxonomy.models import Municipality, WellbeingCounty
from home.models import HomePage
from portal.demo import DEMO_NAMESPACE, create_page, default_locale, other_languages, translate

from .models import (
    CentreIndexPage,
    CentrePage,
    CentreType,
    Contact,
    GuidanceIndexPage,
    GuidePage,
    PilotPage,
    PilotStatus,
)


def b(block_type, value):
    """A nested stream child (inside a section's content)."""
    return {"type": block_type, "value": value}


def p(fi, sv):
    return {"fi": fi, "sv": sv}


# --- Contacts -------------------------------------------------------------------------------

CONTACTS = {
    "coordinator": {
        "name": "Kaisa Virtanen-Esimerkki",
        "email": "kaisa.virtanen@example.fi",
        "phone": "040 000 0101",
        "title": p("Projektikoordinaattori", "Projektkoordinator"),
        "organisation": p("Järjestöyhteistyöhanke", "Projektet för organisationssamarbete"),
    },
    "workshops": {
        "name": "Olli Rantanen",
        "email": "olli.rantanen@example.fi",
        "phone": "040 000 0102",
        "title": p("Kansalaistoiminnan asiantuntija", "Sakkunnig inom medborgarverksamhet"),
        "organisation": p(
            "Savonlinnan seudun kattojärjestö", "Paraplyorganisationen i Nyslottsregionen"
        ),
    },
    "savonlinna": {
        "name": "Sanna Lehtola",
        "email": "sanna.lehtola@example.fi",
        "phone": "040 000 0201",
        "title": p("Sosiaaliohjaaja", "Socialhandledare"),
        "organisation": p("Savonlinnan sote-keskus", "Social- och hälsocentralen i Nyslott"),
    },
    "savonlinna_family": {
        "name": "Mikko Harju",
        "email": "mikko.harju@example.fi",
        "phone": "040 000 0202",
        "title": p("Perheohjaaja", "Familjehandledare"),
        "organisation": p("Savonlinnan perhekeskus", "Familjecentralen i Nyslott"),
    },
    "kuopio": {
        "name": "Leena Kivinen",
        "email": "leena.kivinen@example.fi",
        "phone": "040 000 0301",
        "title": p("Terveydenhoitaja", "Hälsovårdare"),
        "organisation": p(
            "Kuopion keskustan sote-keskus", "Social- och hälsocentralen i Kuopio centrum"
        ),
    },
    "oulu": {
        "name": "Jussi Rautio",
        "email": "jussi.rautio@example.fi",
        "phone": "040 000 0401",
        "title": p("Palveluohjaaja", "Servicehandledare"),
        "organisation": p("Oulun keskustan perhekeskus", "Familjecentralen i Uleåborg centrum"),
    },
    "kotka": {
        "name": "Helmi Saari",
        "email": "helmi.saari@example.fi",
        "phone": "040 000 0501",
        "title": p("Sosiaalityöntekijä", "Socialarbetare"),
        "organisation": p("Kotkan sote-keskus", "Social- och hälsocentralen i Kotka"),
    },
    "lappeenranta": {
        "name": "Tuomas Aalto",
        "email": "tuomas.aalto@example.fi",
        "phone": "040 000 0601",
        "title": p("Hyvinvointikoordinaattori", "Välfärdskoordinator"),
        "organisation": p(
            "Lappeenrannan sote-keskus", "Social- och hälsocentralen i Villmanstrand"
        ),
    },
}


def create_contacts():
    """The contacts in Finnish and Swedish, keyed as in ``CONTACTS``; existing ones are kept."""
    locale = default_locale()
    contacts = {}
    for key, spec in CONTACTS.items():
        translation_key = uuid.uuid5(DEMO_NAMESPACE, f"pilots:contact:{key}")
        contact, _created = Contact.objects.get_or_create(
            translation_key=translation_key,
            locale=locale,
            defaults={
                "name": spec["name"],
                "email": spec["email"],
                "phone": spec["phone"],
                "title": spec["title"]["fi"],
                "organisation": spec["organisation"]["fi"],
            },
        )
        for language in other_languages():
            translate(
                contact,
                language,
                {
                    "title": spec["title"].get(language, spec["title"]["fi"]),
                    "organisation": spec["organisation"].get(language, spec["organisation"]["fi"]),
                },
            )
        contacts[key] = contact
    return contacts


# --- Guidance index and centres -----------------------------------------------------------

GUIDANCE_INDEX = {
    "slug": p("ohjeet", "anvisningar"),
    "title": p("Ohjeet yhteistyöhön", "Anvisningar för samarbete"),
    "show_in_menus": True,
    "introduction": p(
        "Ohjeita järjestöille, yhdistyksille ja seurakunnille yhteistyöhön sote- ja "
        "perhekeskusten kanssa: pilotit, niiden ohjeet ja keskusten järjestöyhdyshenkilöt.",
        "Anvisningar för föreningar, organisationer och församlingar om samarbete med social- "
        "och hälsocentraler och familjecentraler: pilotprojekten, deras anvisningar och "
        "centralernas kontaktpersoner för organisationer.",
    ),
}

CENTRE_INDEX = {
    "slug": p("keskukset", "centraler"),
    "title": p("Sote- ja perhekeskukset", "Social- och hälsocentraler och familjecentraler"),
    "introduction": p(
        "Keskusten sivuilta löydät järjestöyhdyshenkilön yhteystiedot, keskuksen tarjoamat "
        "tilat ja viestintäkanavat sekä ohjeet yhteistyöstä sopimiseen.",
        "På centralernas sidor hittar du kontaktpersonen för organisationer, de lokaler och "
        "informationskanaler som centralen erbjuder och hur man kommer överens om samarbete.",
    ),
}

OPENING_HOURS = p("Ma–pe 8–16\nSuljettu arkipyhinä", "Mån–fre 8–16\nStängt på söckenhelger")

COOPERATION = p(
    "<p>Ota yhteyttä keskuksen järjestöyhdyshenkilöön sähköpostilla tai puhelimella ja kerro, "
    "mitä toimintaa tai yhteistyötä suunnittelette.</p>"
    "<ol><li>Kerro järjestösi toiminnasta ja kohderyhmästä.</li>"
    "<li>Sovi yhdessä ajankohta, tilat ja käytännön asiat.</li>"
    "<li>Toimita esitteet ja ilmoitukset keskuksen ilmoittamalla tavalla.</li></ol>",
    "<p>Kontakta centralens kontaktperson för organisationer per e-post eller telefon och "
    "berätta vilken verksamhet eller vilket samarbete ni planerar.</p>"
    "<ol><li>Berätta om er organisations verksamhet och målgrupp.</li>"
    "<li>Kom tillsammans överens om tidpunkt, lokaler och praktiska frågor.</li>"
    "<li>Leverera broschyrer och meddelanden på det sätt som centralen anger.</li></ol>",
)

INFO_SCREEN = (
    "facility",
    {
        "kind": "info_screen",
        "description": p(
            "Aulan sähköisellä infotaululla julkaistaan järjestöjen ja seurakuntien ilmoituksia "
            "yleishyödyllisestä toiminnasta. Lähetä aineisto yhdyshenkilölle viimeistään viikkoa "
            "ennen toivottua julkaisua.",
            "På den elektroniska infoskärmen i entréhallen publiceras föreningars och "
            "församlingars meddelanden om allmännyttig verksamhet. Skicka materialet till "
            "kontaktpersonen senast en vecka före önskad publicering.",
        ),
        "requirements": [
            p(
                "Kuva vaakasuunnassa, 1920 × 1080 pikseliä",
                "Bild i liggande format, 1920 × 1080 pixlar",
            ),
            p("Tiedostomuoto JPG tai PNG, enintään 2 Mt", "Filformat JPG eller PNG, högst 2 MB"),
            p(
                "Yksi dia näkyy 10 sekuntia: enintään 30 sanaa",
                "En bild visas i 10 sekunder: högst 30 ord",
            ),
            p("Selkokieli ja riittävä kontrasti", "Lättläst språk och tillräcklig kontrast"),
        ],
    },
)


def brochure_rack():
    return (
        "facility",
        {
            "kind": "brochure_rack",
            "description": p(
                "Esitetelineessä on tilaa järjestöjen esitteille. Toimija vastaa siitä, että "
                "esitteet ovat ajan tasalla.",
                "I broschyrstället finns plats för organisationernas broschyrer. Aktören ansvarar "
                "för att broschyrerna är aktuella.",
            ),
            "requirements": [],
        },
    )


def notice_board():
    return (
        "facility",
        {
            "kind": "notice_board",
            "description": p(
                "Odotustilan ilmoitustaululle voi tuoda A4-kokoisia ilmoituksia. Yhdyshenkilö "
                "huolehtii, että ilmoitukset kiinnitetään.",
                "På anslagstavlan i väntrummet kan man sätta upp meddelanden i A4-format. "
                "Kontaktpersonen ser till att de sätts upp.",
            ),
            "requirements": [],
        },
    )


def group_space(fi, sv):
    return (
        "facility",
        {"kind": "group_space", "description": p(fi, sv), "requirements": []},
    )


def presentation_slot(fi, sv):
    return (
        "facility",
        {"kind": "presentation_slot", "description": p(fi, sv), "requirements": []},
    )


def liaison(contact):
    return (
        "contact_card",
        {
            "role": p("Järjestöyhdyshenkilö", "Kontaktperson för organisationer"),
            "contact": contact.pk,
        },
    )


def term(model, slug):
    """A county or municipality of the directory's taxonomy (its Finnish row)."""
    return model.objects.default_locale().get(slug=slug)


def centres(contacts):
    return [
        (
            "savonlinna",
            {
                "slug": p("savonlinnan-sote-keskus", "social-och-halsocentralen-i-nyslott"),
                "title": p("Savonlinnan sote-keskus", "Social- och hälsocentralen i Nyslott"),
                "centre_type": CentreType.SOTE_CENTRE,
                "county": term(WellbeingCounty, "etela-savo"),
                "municipality": term(Municipality, "savonlinna"),
                "introduction": p(
                    "Terveys- ja sosiaalipalvelut samassa paikassa Savonlinnan keskustassa.",
                    "Hälso- och socialtjänster på samma ställe i Nyslotts centrum.",
                ),
                "street_address": p("Terveystie 1", "Terveystie 1"),
                "postal_code": "57100",
                "post_office": p("Savonlinna", "Nyslott"),
                "opening_hours": OPENING_HOURS,
                "liaison_contacts": [liaison(contacts["savonlinna"])],
                "offers": [
                    group_space(
                        "Ryhmähuone 12 hengelle arki-iltaisin klo 16–20. Avaimet ja "
                        "henkilökortit sovitaan yhdyshenkilön kanssa.",
                        "Grupprum för 12 personer vardagskvällar kl. 16–20. Nycklar och "
                        "id-kort avtalas med kontaktpersonen.",
                    ),
                    notice_board(),
                    brochure_rack(),
                    INFO_SCREEN,
                    presentation_slot(
                        "Järjestöt voivat esitellä toimintaansa henkilöstön kuukausikokouksessa "
                        "(15 minuuttia).",
                        "Organisationer kan presentera sin verksamhet på personalens månadsmöte "
                        "(15 minuter).",
                    ),
                ],
                "cooperation": COOPERATION,
            },
        ),
        (
            "savonlinna_family",
            {
                "slug": p("savonlinnan-perhekeskus", "familjecentralen-i-nyslott"),
                "title": p("Savonlinnan perhekeskus", "Familjecentralen i Nyslott"),
                "centre_type": CentreType.FAMILY_CENTRE,
                "county": term(WellbeingCounty, "etela-savo"),
                "municipality": term(Municipality, "savonlinna"),
                "introduction": p(
                    "Lapsiperheiden palvelut, neuvola ja perheiden kohtaamispaikka.",
                    "Tjänster för barnfamiljer, rådgivning och en mötesplats för familjer.",
                ),
                "street_address": p("Perhepolku 3", "Perhepolku 3"),
                "postal_code": "57130",
                "post_office": p("Savonlinna", "Nyslott"),
                "opening_hours": OPENING_HOURS,
                "liaison_contacts": [liaison(contacts["savonlinna_family"])],
                "offers": [
                    group_space(
                        "Perhetila vertaisryhmille ja kerhoille aamupäivisin.",
                        "Familjerum för kamratstödsgrupper och klubbar på förmiddagarna.",
                    ),
                    brochure_rack(),
                ],
                "cooperation": COOPERATION,
            },
        ),
        (
            "kuopio",
            {
                "slug": p("kuopion-keskustan-sote-keskus", "social-och-halsocentralen-i-kuopio"),
                "title": p(
                    "Kuopion keskustan sote-keskus", "Social- och hälsocentralen i Kuopio centrum"
                ),
                "centre_type": CentreType.SOTE_CENTRE,
                "county": term(WellbeingCounty, "pohjois-savo"),
                "municipality": term(Municipality, "kuopio"),
                "introduction": p(
                    "Pohjois-Savon hyvinvointialueen sote-keskus Kuopion keskustassa.",
                    "Norra Savolax välfärdsområdes social- och hälsocentral i Kuopio centrum.",
                ),
                "street_address": p("Hyvinvoinninkatu 10", "Hyvinvoinninkatu 10"),
                "postal_code": "70100",
                "post_office": p("Kuopio", "Kuopio"),
                "opening_hours": OPENING_HOURS,
                "liaison_contacts": [liaison(contacts["kuopio"])],
                "offers": [notice_board(), INFO_SCREEN],
                "cooperation": COOPERATION,
            },
        ),
        (
            "oulu",
            {
                "slug": p("oulun-keskustan-perhekeskus", "familjecentralen-i-uleaborg"),
                "title": p("Oulun keskustan perhekeskus", "Familjecentralen i Uleåborg centrum"),
                "centre_type": CentreType.FAMILY_CENTRE,
                "county": term(WellbeingCounty, "pohjois-pohjanmaa"),
                "municipality": term(Municipality, "oulu"),
                "introduction": p(
                    "Perhekeskus kokoaa lapsiperheiden palvelut ja järjestöjen perhetoiminnan.",
                    "Familjecentralen samlar tjänsterna för barnfamiljer och organisationernas "
                    "familjeverksamhet.",
                ),
                "street_address": p("Lapsitie 5", "Lapsitie 5"),
                "postal_code": "90100",
                "post_office": p("Oulu", "Uleåborg"),
                "opening_hours": OPENING_HOURS,
                "liaison_contacts": [liaison(contacts["oulu"])],
                "offers": [
                    group_space(
                        "Kohtaamispaikan tila vertaisryhmille tiistaisin ja torstaisin.",
                        "Mötesplatsens lokal för kamratstödsgrupper på tisdagar och torsdagar.",
                    ),
                    presentation_slot(
                        "Esittelypöytä aulassa kerran kuukaudessa.",
                        "Presentationsbord i entréhallen en gång i månaden.",
                    ),
                ],
                "cooperation": COOPERATION,
            },
        ),
        (
            "kotka",
            {
                "slug": p("kotkan-sote-keskus", "social-och-halsocentralen-i-kotka"),
                "title": p("Kotkan sote-keskus", "Social- och hälsocentralen i Kotka"),
                "centre_type": CentreType.SOTE_CENTRE,
                "county": term(WellbeingCounty, "kymenlaakso"),
                "municipality": term(Municipality, "kotka"),
                "introduction": p(
                    "Kymenlaakson hyvinvointialueen sote-keskus Kotkassa.",
                    "Kymmenedalens välfärdsområdes social- och hälsocentral i Kotka.",
                ),
                "street_address": p("Satamakatu 7", "Satamakatu 7"),
                "postal_code": "48100",
                "post_office": p("Kotka", "Kotka"),
                "opening_hours": OPENING_HOURS,
                "liaison_contacts": [liaison(contacts["kotka"])],
                "offers": [notice_board(), brochure_rack()],
                "cooperation": COOPERATION,
            },
        ),
        (
            "lappeenranta",
            {
                "slug": p("lappeenrannan-sote-keskus", "social-och-halsocentralen-i-villmanstrand"),
                "title": p(
                    "Lappeenrannan sote-keskus", "Social- och hälsocentralen i Villmanstrand"
                ),
                "centre_type": CentreType.SOTE_CENTRE,
                "county": term(WellbeingCounty, "etela-karjala"),
                "municipality": term(Municipality, "lappeenranta"),
                "introduction": p(
                    "Etelä-Karjalan hyvinvointialueen sote-keskus Lappeenrannassa.",
                    "Södra Karelens välfärdsområdes social- och hälsocentral i Villmanstrand.",
                ),
                "street_address": p("Kanavatie 2", "Kanavatie 2"),
                "postal_code": "53100",
                "post_office": p("Lappeenranta", "Villmanstrand"),
                "opening_hours": OPENING_HOURS,
                "liaison_contacts": [liaison(contacts["lappeenranta"])],
                "offers": [INFO_SCREEN, brochure_rack()],
                "cooperation": COOPERATION,
            },
        ),
    ]


# --- The autumn 2022 pilot and its guide ----------------------------------------------------

PILOT_2022 = {
    "slug": p("sote-keskuspilotti-syksy-2022", "pilot-hosten-2022"),
    "title": p(
        "Järjestöyhteistyön pilotti sote-keskuksissa, syksy 2022",
        "Pilot för organisationssamarbete vid social- och hälsocentraler, hösten 2022",
    ),
    "start_date": datetime.date(2022, 9, 1),
    "end_date": datetime.date(2022, 12, 31),
    "region": p(
        "Etelä-Savo, Pohjois-Savo, Pohjois-Pohjanmaa, Kymenlaakso ja Etelä-Karjala",
        "Södra Savolax, Norra Savolax, Norra Österbotten, Kymmenedalen och Södra Karelen",
    ),
    "status": PilotStatus.ENDED,
    "summary": p(
        "Syksyn 2022 pilotissa järjestöt, yhdistykset ja seurakunnat toivat toimintaansa "
        "sote- ja perhekeskuksiin: ne viestivät, esittelivät toimintaansa, pitivät ryhmiä ja "
        "kehittivät palveluja yhdessä keskusten kanssa. Jokaisessa keskuksessa oli "
        "järjestöyhdyshenkilö.",
        "Under pilotprojektet hösten 2022 förde föreningar, organisationer och församlingar in "
        "sin verksamhet i social- och hälsocentraler och familjecentraler: de informerade, "
        "presenterade sin verksamhet, höll grupper och utvecklade tjänster tillsammans med "
        "centralerna. Varje central hade en kontaktperson för organisationer.",
    ),
}

AGREE_ON_PRESENTATIONS = [
    {
        "text": p("Aika ja toteuttamistapa", "Tid och genomförande"),
        "explanation": p(
            "Ajankohta, kesto ja se, pidetäänkö tilaisuus paikan päällä vai etäyhteydellä.",
            "Tidpunkt, längd och om tillfället hålls på plats eller på distans.",
        ),
    },
    {
        "text": p("Käytännön asiat", "Praktiska frågor"),
        "explanation": p(
            "Tilat, tarjoilut sekä materiaalien jakaminen osallistujille ja muulle henkilökunnalle.",
            "Lokaler, servering och utdelning av material till deltagarna och övrig personal.",
        ),
    },
    {
        "text": p("Ohjelma", "Program"),
        "explanation": p(
            "Puheenvuorot, aika keskustelulle ja mahdollinen oheisohjelma.",
            "Anföranden, tid för diskussion och eventuellt sidoprogram.",
        ),
    },
    {
        "text": p(
            "Järjestön tai seurakunnan yhdyshenkilö",
            "Organisationens eller församlingens kontaktperson",
        ),
        "explanation": p(
            "Kenelle keskus soittaa tarkentavissa kysymyksissä ja ongelmatilanteissa.",
            "Vem centralen ringer vid frågor och problem.",
        ),
    },
]

AGREE_ON_GROUPS = [
    {
        "text": p("Aika", "Tid"),
        "explanation": p(
            "Ajankohta, kesto ja kuinka usein toiminta toistuu.",
            "Tidpunkt, längd och hur ofta verksamheten upprepas.",
        ),
    },
    {
        "text": p("Toteuttamistapa", "Genomförande"),
        "explanation": p(
            "Tullaanko paikalle ilman ajanvarausta vai varataanko aika tai ilmoittaudutaanko "
            "etukäteen – ja jos, niin mistä ja miten.",
            "Kommer man utan tidsbokning eller bokar man tid eller anmäler sig på förhand – och "
            "i så fall var och hur.",
        ),
    },
    {
        "text": p("Käytännön asiat", "Praktiska frågor"),
        "explanation": p(
            "Tilat, tarjoilut, avaimet sekä henkilökortit ja muut tunnisteet.",
            "Lokaler, servering, nycklar samt id-kort och andra identifikationer.",
        ),
    },
    {
        "text": p(
            "Järjestön tai seurakunnan yhdyshenkilö",
            "Organisationens eller församlingens kontaktperson",
        ),
        "explanation": p(
            "Kenelle keskus soittaa tarkentavissa kysymyksissä ja ongelmatilanteissa.",
            "Vem centralen ringer vid frågor och problem.",
        ),
    },
]


def pilot_guide(contacts):
    return {
        "slug": p("ohje-sote-keskusyhteistyohon", "anvisning-for-samarbete-med-centralerna"),
        "title": p(
            "Ohje järjestöille ja seurakunnille sote-keskusyhteistyöhön",
            "Anvisning för organisationer och församlingar om samarbete med centralerna",
        ),
        "introduction": p(
            "Näin järjestöt, yhdistykset ja seurakunnat voivat toimia sote- ja perhekeskuksissa "
            "pilotin aikana: viestintä, esittelyt, ryhmät ja yhteistyö ammattilaisten kanssa.",
            "Så här kan föreningar, organisationer och församlingar verka vid social- och "
            "hälsocentraler och familjecentraler under piloten: information, presentationer, "
            "grupper och samarbete med yrkesfolk.",
        ),
        "plain_language_summary": p(
            "<ul><li>Järjestö voi kertoa toiminnastaan sote-keskuksessa.</li>"
            "<li>Järjestö voi pitää keskuksessa ryhmiä ja tapahtumia.</li>"
            "<li>Jokaisessa keskuksessa on järjestöyhdyshenkilö.</li>"
            "<li>Sovi asioista aina ensin hänen kanssaan.</li></ul>",
            "<ul><li>En organisation kan berätta om sin verksamhet på centralen.</li>"
            "<li>En organisation kan ha grupper och evenemang på centralen.</li>"
            "<li>Varje central har en kontaktperson för organisationer.</li>"
            "<li>Kom alltid först överens med kontaktpersonen.</li></ul>",
        ),
        "last_reviewed": datetime.date(2022, 8, 29),
        "content_owner": p(
            "Järjestöyhteistyöhankkeen koordinaattori",
            "Koordinatorn för projektet för organisationssamarbete",
        ),
        "stream_fields": ["body"],
        "body": [
            (
                "section",
                {
                    "heading": p("Yhteistyön tavoitteet", "Målen för samarbetet"),
                    "content": [
                        b(
                            "paragraph",
                            p(
                                "<p>Sote-keskusten järjestöyhteistyöllä on kaksi tavoitetta:</p>"
                                "<ul><li>keskuksen henkilökunta, asiakkaat ja potilaat oppivat "
                                "tuntemaan järjestöjen, yhdistysten ja seurakuntien toiminnan</li>"
                                "<li>järjestöt, yhdistykset ja seurakunnat osallistuvat keskuksen "
                                "toimintaan ja sen kehittämiseen.</li></ul>",
                                "<p>Samarbetet med organisationer vid social- och hälsocentralerna "
                                "har två mål:</p>"
                                "<ul><li>centralens personal, klienter och patienter lär känna "
                                "föreningarnas, organisationernas och församlingarnas verksamhet</li>"
                                "<li>föreningar, organisationer och församlingar deltar i "
                                "centralens verksamhet och i att utveckla den.</li></ul>",
                            ),
                        ),
                    ],
                },
            ),
            (
                "section",
                {
                    "heading": p(
                        "Näin järjestöt voivat toimia keskuksissa",
                        "Så kan organisationerna verka vid centralerna",
                    ),
                    "content": [
                        b(
                            "paragraph",
                            p(
                                "<p>Järjestöt ja seurakunnat voivat esimerkiksi</p>"
                                "<ul><li>viestiä omasta toiminnastaan</li>"
                                "<li>järjestää tapahtumia</li>"
                                "<li>tehdä yhteistyötä keskuksen kanssa</li>"
                                "<li>toteuttaa omaa toimintaansa keskuksen tiloissa</li>"
                                "<li>osallistua keskuksen toiminnan kehittämiseen.</li></ul>",
                                "<p>Organisationer och församlingar kan till exempel</p>"
                                "<ul><li>informera om sin verksamhet</li>"
                                "<li>ordna evenemang</li>"
                                "<li>samarbeta med centralen</li>"
                                "<li>ha sin egen verksamhet i centralens lokaler</li>"
                                "<li>delta i att utveckla centralens verksamhet.</li></ul>",
                            ),
                        ),
                        b(
                            "callout",
                            {
                                "kind": "note",
                                "title": p(
                                    "Sovi ensin yhdyshenkilön kanssa",
                                    "Kom först överens med kontaktpersonen",
                                ),
                                "text": p(
                                    "<p>Kaikesta yhteistyöstä sovitaan sote-keskuksen "
                                    "järjestöyhdyshenkilön kanssa. Yhdyshenkilöt löytyvät keskusten "
                                    "sivuilta.</p>",
                                    "<p>Allt samarbete avtalas med centralens kontaktperson för "
                                    "organisationer. Kontaktpersonerna finns på centralernas sidor.</p>",
                                ),
                            },
                        ),
                    ],
                },
            ),
            (
                "section",
                {
                    "heading": p(
                        "Sote-keskuksen järjestöyhdyshenkilö",
                        "Centralens kontaktperson för organisationer",
                    ),
                    "content": [
                        b(
                            "role_card",
                            {
                                "role": p(
                                    "Sote-keskuksen järjestöyhdyshenkilö",
                                    "Social- och hälsocentralens kontaktperson för organisationer",
                                ),
                                "description": p(
                                    "Yhdyshenkilö on järjestöjen, yhdistysten ja seurakuntien "
                                    "kontakti, kun ne haluavat toimia keskuksessa tai tehdä "
                                    "yhteistyötä sen kanssa.",
                                    "Kontaktpersonen är föreningarnas, organisationernas och "
                                    "församlingarnas kontakt när de vill verka vid centralen eller "
                                    "samarbeta med den.",
                                ),
                                "tasks": [
                                    p(
                                        "Tutustuu alueen järjestöjen, yhdistysten ja seurakuntien toimintaan.",
                                        "Sätter sig in i verksamheten hos föreningar, organisationer och församlingar i området.",
                                    ),
                                    p(
                                        "Kannustaa toimijoita lisäämään toimintansa Lähellä.fi-palveluun.",
                                        "Uppmuntrar aktörerna att lägga in sin verksamhet i tjänsten Lähellä.fi.",
                                    ),
                                    p(
                                        "Huolehtii, että esitteet, julisteet ja sähköiset ilmoitukset päätyvät ilmoitustauluille ja infotauluille.",
                                        "Ser till att broschyrer, affischer och elektroniska meddelanden hamnar på anslagstavlorna och infoskärmarna.",
                                    ),
                                    p(
                                        "Välittää sähköpostilla tulleet tiedotteet niille työntekijöille, joita ne koskevat.",
                                        "Förmedlar meddelanden som kommit per e-post till de anställda som berörs.",
                                    ),
                                    p(
                                        "Kertoo toimijoille keskuksen toiminta- ja yhteistyömahdollisuuksista.",
                                        "Berättar för aktörerna om möjligheterna till verksamhet och samarbete vid centralen.",
                                    ),
                                    p(
                                        "Auttaa keskuksen henkilöstöä perehtymään järjestöjen toimintaan.",
                                        "Hjälper centralens personal att sätta sig in i organisationernas verksamhet.",
                                    ),
                                    p(
                                        "Koordinoi järjestöjen ja seurakuntien toimintaa keskuksessa.",
                                        "Samordnar organisationernas och församlingarnas verksamhet vid centralen.",
                                    ),
                                    p(
                                        "Vie yhdessä kunnan järjestöyhdyshenkilön kanssa sote-asioita kunnan järjestötapaamisiin.",
                                        "För tillsammans med kommunens kontaktperson social- och hälsofrågor till kommunens organisationsmöten.",
                                    ),
                                    p(
                                        "Seuraa ja arvioi toteutunutta yhteistyötä.",
                                        "Följer upp och utvärderar samarbetet.",
                                    ),
                                ],
                            },
                        ),
                    ],
                },
            ),
            (
                "section",
                {
                    "heading": p(
                        "Toiminnasta viestiminen keskuksessa",
                        "Att informera om verksamheten vid centralen",
                    ),
                    "content": [
                        b(
                            "paragraph",
                            p(
                                "<p>Järjestöt ja seurakunnat voivat kertoa yleishyödyllisestä "
                                "toiminnastaan keskuksen esitetelineissä, ilmoitustauluilla ja "
                                "sähköisillä infotauluilla sen mukaan, mitä keskuksessa on tarjolla.</p>"
                                "<ul><li>Toimita materiaali keskuksen ilmoittamalla tavalla.</li>"
                                "<li>Pidä toimittamasi materiaali ajan tasalla: se on toimijan vastuulla.</li>"
                                "<li>Voitte tehdä myös yhteistä koontimateriaalia, esimerkiksi tuesta "
                                "lapsiperheille tai ikääntyneille.</li>"
                                "<li>Kerro toiminnasta myös Lähellä.fi-palvelussa, jota ammattilaiset "
                                "käyttävät asiakkaiden ohjaamiseen.</li></ul>",
                                "<p>Organisationer och församlingar kan informera om sin "
                                "allmännyttiga verksamhet i centralens broschyrställ, på "
                                "anslagstavlor och på elektroniska infoskärmar, beroende på vad "
                                "centralen erbjuder.</p>"
                                "<ul><li>Leverera materialet på det sätt som centralen anger.</li>"
                                "<li>Håll ditt material aktuellt: det är aktörens ansvar.</li>"
                                "<li>Ni kan också göra gemensamt material, till exempel om stöd för "
                                "barnfamiljer eller äldre.</li>"
                                "<li>Berätta om verksamheten också i tjänsten Lähellä.fi, som "
                                "yrkesfolk använder för att hänvisa klienter.</li></ul>",
                            ),
                        ),
                        b(
                            "callout",
                            {
                                "kind": "warning",
                                "title": p("Infotaulujen aineisto", "Material för infoskärmar"),
                                "text": p(
                                    "<p>Sähköisten infotaulujen materiaalin on oltava selkokielistä ja "
                                    "saavutettavaa ja täytettävä keskuksen tekniset vaatimukset. "
                                    "Vaatimukset ovat keskuksen sivulla.</p>",
                                    "<p>Material för de elektroniska infoskärmarna ska vara lättläst "
                                    "och tillgängligt och uppfylla centralens tekniska krav. Kraven "
                                    "finns på centralens sida.</p>",
                                ),
                            },
                        ),
                    ],
                },
            ),
            (
                "section",
                {
                    "heading": p(
                        "Toiminnan esittely keskuksessa",
                        "Att presentera verksamheten vid centralen",
                    ),
                    "content": [
                        b(
                            "paragraph",
                            p(
                                "<p>Osassa keskuksista järjestöt ja seurakunnat voivat esitellä "
                                "yleishyödyllistä toimintaansa ja vapaaehtoistoimintaansa, "
                                "esimerkiksi</p>"
                                "<ul><li>henkilöstön kokouksessa tai kehittämispäivässä</li>"
                                "<li>omassa esittelyssä tai tapahtumassa keskuksessa</li>"
                                "<li>osallistumalla keskuksen oman tapahtuman toteuttamiseen.</li></ul>",
                                "<p>Vid en del centraler kan organisationer och församlingar "
                                "presentera sin allmännyttiga verksamhet och sin frivilligverksamhet, "
                                "till exempel</p>"
                                "<ul><li>på ett personalmöte eller en utvecklingsdag</li>"
                                "<li>vid en egen presentation eller ett eget evenemang på centralen</li>"
                                "<li>genom att delta i ett evenemang som centralen ordnar.</li></ul>",
                            ),
                        ),
                        b(
                            "checklist",
                            {
                                "title": p(
                                    "Sovi nämä etukäteen", "Kom överens om detta på förhand"
                                ),
                                "introduction": p(
                                    "Sovi esittelystä tai tapahtumasta keskuksen järjestöyhdyshenkilön kanssa.",
                                    "Avtala om presentationen eller evenemanget med centralens kontaktperson.",
                                ),
                                "items": AGREE_ON_PRESENTATIONS,
                            },
                        ),
                        b(
                            "callout",
                            {
                                "kind": "tip",
                                "title": p("Useita järjestäjiä", "Flera arrangörer"),
                                "text": p(
                                    "<p>Jos tapahtumaa järjestää monta toimijaa, miettikää hyvissä ajoin "
                                    "yhdyshenkilön kanssa kohderyhmä, toimijat, aikataulu ja toteutus – "
                                    "esimerkiksi hybridimalli, jotta henkilökuntakin pääsee mukaan.</p>",
                                    "<p>Om flera aktörer ordnar evenemanget, fundera i god tid med "
                                    "kontaktpersonen på målgrupp, aktörer, tidtabell och genomförande – "
                                    "till exempel hybridmodell, så att också personalen kan delta.</p>",
                                ),
                            },
                        ),
                        b(
                            "paragraph",
                            p(
                                "<p>Kerro esittelyistä ja tapahtumista myös keskuksen henkilöstölle, "
                                "jotta ammattilaiset osaavat ohjata asiakkaitaan niihin.</p>",
                                "<p>Berätta om presentationer och evenemang också för centralens "
                                "personal, så att yrkesfolket kan hänvisa sina klienter till dem.</p>",
                            ),
                        ),
                    ],
                },
            ),
            (
                "section",
                {
                    "heading": p(
                        "Asiakastyö ja ryhmätoiminta keskuksessa",
                        "Klientarbete och gruppverksamhet vid centralen",
                    ),
                    "content": [
                        b(
                            "paragraph",
                            p(
                                "<p>Järjestö tai seurakunta voi pitää omaa asiakastyötään tai "
                                "ryhmätoimintaansa niissä keskuksissa, joissa on siihen sopivia tiloja.</p>",
                                "<p>En organisation eller församling kan ha sitt eget klientarbete "
                                "eller sin gruppverksamhet vid de centraler som har lämpliga lokaler.</p>",
                            ),
                        ),
                        b(
                            "checklist",
                            {
                                "title": p(
                                    "Sovi nämä etukäteen", "Kom överens om detta på förhand"
                                ),
                                "introduction": p(
                                    "Sovi toiminnasta keskuksen järjestöyhdyshenkilön kanssa.",
                                    "Avtala om verksamheten med centralens kontaktperson.",
                                ),
                                "items": AGREE_ON_GROUPS,
                            },
                        ),
                        b(
                            "paragraph",
                            p(
                                "<p>Ammattilaiset voivat puolestaan tuoda asiantuntemustaan "
                                "järjestöjen vertaisryhmiin, kerhoihin ja tapahtumiin: kertoa "
                                "hyvinvointialueen palveluista ja kuulla käyttäjien kokemuksia "
                                "palvelujen toimivuudesta.</p>",
                                "<p>Yrkesfolk kan i sin tur bidra med sin sakkunskap i "
                                "organisationernas kamratstödsgrupper, klubbar och evenemang: "
                                "berätta om välfärdsområdets tjänster och höra användarnas "
                                "erfarenheter av hur tjänsterna fungerar.</p>",
                            ),
                        ),
                    ],
                },
            ),
            (
                "section",
                {
                    "heading": p(
                        "Miten ammattilaiset hyödyntävät järjestöjen osaamista",
                        "Hur yrkesfolk kan ta vara på organisationernas kunnande",
                    ),
                    "content": [
                        b(
                            "paragraph",
                            p(
                                "<p>Sote-ammattilainen voi</p>"
                                "<ul><li>sopia vierailusta järjestön tai seurakunnan toimintaan</li>"
                                "<li>osallistua toimijan järjestämään koulutukseen</li>"
                                "<li>kutsua toimijan edustajan työpaikkakokoukseen tai kehittämispäivään</li>"
                                "<li>pyytää edustajan mukaan asiakaskäynnille asiakkaan luvalla ja "
                                "toimijan suostumuksella</li>"
                                "<li>pyytää edustajan mukaan keskuksen ryhmään, kohtaamispaikkaan tai "
                                "tapahtumaan</li>"
                                "<li>ohjata keskuksen päättyvän ryhmän osallistujat jatkamaan "
                                "järjestön ryhmässä.</li></ul>",
                                "<p>En yrkesperson inom social- och hälsovården kan</p>"
                                "<ul><li>avtala om ett besök hos organisationen eller församlingen</li>"
                                "<li>delta i en utbildning som aktören ordnar</li>"
                                "<li>bjuda in en representant för aktören till ett personalmöte eller "
                                "en utvecklingsdag</li>"
                                "<li>be en representant delta i ett klientbesök med klientens lov och "
                                "aktörens samtycke</li>"
                                "<li>be en representant delta i centralens grupp, mötesplats eller "
                                "evenemang</li>"
                                "<li>hänvisa deltagarna i en grupp som avslutas vid centralen att "
                                "fortsätta i organisationens grupp.</li></ul>",
                            ),
                        ),
                    ],
                },
            ),
            (
                "section",
                {
                    "heading": p("Kuntien järjestötapaamiset", "Kommunernas organisationsmöten"),
                    "content": [
                        b(
                            "paragraph",
                            p(
                                "<p>Järjestöjen ja seurakuntien kannattaa osallistua kuntien "
                                "järjestötapaamisiin. Niissä sote-keskus</p>"
                                "<ul><li>tutustuu alueen toimijoihin ja niiden toimintaan</li>"
                                "<li>kertoo asiakkaidensa ja potilaidensa tuen tarpeista</li>"
                                "<li>kertoo palveluistaan ja yhteistyömahdollisuuksista</li>"
                                "<li>kerää palautetta ja kehittämisideoita ja kehittää palveluja "
                                "yhdessä toimijoiden kanssa.</li></ul>",
                                "<p>Det lönar sig för organisationer och församlingar att delta i "
                                "kommunernas organisationsmöten. Där</p>"
                                "<ul><li>lär centralen känna aktörerna i området och deras verksamhet</li>"
                                "<li>berättar centralen om sina klienters och patienters stödbehov</li>"
                                "<li>berättar centralen om sina tjänster och möjligheter till samarbete</li>"
                                "<li>samlar centralen in respons och idéer och utvecklar tjänster "
                                "tillsammans med aktörerna.</li></ul>",
                            ),
                        ),
                    ],
                },
            ),
            (
                "section",
                {
                    "heading": p("Pilotin aikataulu", "Pilotens tidtabell"),
                    "content": [
                        b(
                            "timeline",
                            {
                                "title": p("Syksy 2022", "Hösten 2022"),
                                "milestones": [
                                    {
                                        "date": "2022-08-29",
                                        "relative_label": "",
                                        "title": p(
                                            "Ohjeet julkaistaan", "Anvisningarna publiceras"
                                        ),
                                        "description": p(
                                            "Keskukset nimeävät järjestöyhdyshenkilönsä.",
                                            "Centralerna utser sina kontaktpersoner för organisationer.",
                                        ),
                                    },
                                    {
                                        "date": "2022-09-01",
                                        "relative_label": "",
                                        "title": p("Pilotti alkaa", "Piloten börjar"),
                                        "description": p(
                                            "Järjestöt voivat tuoda materiaalia ja sopia esittelyistä.",
                                            "Organisationerna kan lämna material och avtala om presentationer.",
                                        ),
                                    },
                                    {
                                        "date": "2022-10-15",
                                        "relative_label": "",
                                        "title": p(
                                            "Kuntien järjestötapaamiset",
                                            "Kommunernas organisationsmöten",
                                        ),
                                        "description": p(
                                            "Keskusten yhdyshenkilöt kertovat pilotista tapaamisissa.",
                                            "Centralernas kontaktpersoner berättar om piloten på mötena.",
                                        ),
                                    },
                                    {
                                        "date": "2022-12-31",
                                        "relative_label": "",
                                        "title": p("Pilotti päättyy", "Piloten avslutas"),
                                        "description": p(
                                            "Yhdyshenkilöt arvioivat toteutunutta yhteistyötä.",
                                            "Kontaktpersonerna utvärderar samarbetet.",
                                        ),
                                    },
                                    {
                                        "date": None,
                                        "relative_label": p("Pilotin jälkeen", "Efter piloten"),
                                        "title": p(
                                            "Kokemukset kootaan", "Erfarenheterna sammanställs"
                                        ),
                                        "description": p(
                                            "Ohjeet päivitetään kokemusten perusteella.",
                                            "Anvisningarna uppdateras utifrån erfarenheterna.",
                                        ),
                                    },
                                ],
                            },
                        ),
                    ],
                },
            ),
            (
                "section",
                {
                    "heading": p("Usein kysyttyä", "Vanliga frågor"),
                    "content": [
                        b(
                            "faq",
                            {
                                "title": "",
                                "items": [
                                    {
                                        "question": p(
                                            "Kuka pitää esitteet ja ilmoitukset ajan tasalla?",
                                            "Vem håller broschyrerna och meddelandena aktuella?",
                                        ),
                                        "answer": p(
                                            "<p>Materiaalin toimittanut järjestö tai seurakunta. "
                                            "Yhdyshenkilö huolehtii, että materiaali pääsee esille.</p>",
                                            "<p>Den organisation eller församling som lämnat materialet. "
                                            "Kontaktpersonen ser till att materialet kommer fram.</p>",
                                        ),
                                    },
                                    {
                                        "question": p(
                                            "Voiko toimintaa esitellä etäyhteydellä?",
                                            "Kan man presentera verksamheten på distans?",
                                        ),
                                        "answer": p(
                                            "<p>Voi. Sovi toteuttamistavasta yhdyshenkilön kanssa; "
                                            "myös hybridimalli on mahdollinen.</p>",
                                            "<p>Ja. Avtala om genomförandet med kontaktpersonen; "
                                            "också en hybridmodell är möjlig.</p>",
                                        ),
                                    },
                                    {
                                        "question": p(
                                            "Mistä löydän oman keskukseni yhdyshenkilön?",
                                            "Var hittar jag kontaktpersonen för min central?",
                                        ),
                                        "answer": p(
                                            "<p>Ohjeiden etusivun keskusluettelosta: jokaisen keskuksen "
                                            "sivulla on järjestöyhdyshenkilön yhteystiedot.</p>",
                                            "<p>I förteckningen över centraler på anvisningarnas "
                                            "förstasida: varje centrals sida har kontaktpersonens "
                                            "kontaktuppgifter.</p>",
                                        ),
                                    },
                                ],
                            },
                        ),
                    ],
                },
            ),
            (
                "section",
                {
                    "heading": p("Yhteystiedot", "Kontaktuppgifter"),
                    "content": [
                        b(
                            "contact_card",
                            {
                                "role": p("Pilotin koordinointi", "Samordning av piloten"),
                                "contact": contacts["coordinator"].pk,
                            },
                        ),
                    ],
                },
            ),
        ],
    }


# --- The association workshops (seed 000) ---------------------------------------------------

PILOT_WORKSHOPS = {
    "slug": p("yhdistystyopajat-savonlinnan-seudulla", "foreningsverkstader-i-nyslottsregionen"),
    "title": p("Yhdistystyöpajat Savonlinnan seudulla", "Föreningsverkstäder i Nyslottsregionen"),
    "start_date": datetime.date(2023, 1, 1),
    "end_date": None,
    "region": p("Etelä-Savo (Savonlinnan seutu)", "Södra Savolax (Nyslottsregionen)"),
    "status": PilotStatus.ONGOING,
    "summary": p(
        "Noin joka toinen kuukausi järjestettävissä yhdistystyöpajoissa SOSTERIn asiantuntijat "
        "ja alueen yhdistysten kokemusasiantuntijat kehittävät yhdessä asiakaslähtöisiä "
        "palvelupolkuja ja kansalaistoimintaa. Työpajat järjestetään yhdessä Savonlinnan Seudun "
        "Kolomonen ry:n kanssa.",
        "I föreningsverkstäderna, som ordnas ungefär varannan månad, utvecklar SOSTERIs "
        "sakkunniga och erfarenhetsexperter från föreningarna i regionen tillsammans "
        "klientorienterade servicekedjor och medborgarverksamhet. Verkstäderna ordnas tillsammans "
        "med Savonlinnan Seudun Kolomonen ry.",
    ),
}

PARTICIPANTS = p(
    "SOSTERIn henkilökunta ja asiakkaat, alueen yhdistykset, hankkeet, oppilaitokset ja muut "
    "kehittämisestä kiinnostuneet",
    "SOSTERIs personal och klienter, föreningar, projekt och läroanstalter i regionen och andra "
    "som är intresserade av utvecklingsarbete",
)


def step(fi, sv, responsible_fi="", responsible_sv=""):
    return {"text": p(fi, sv), "responsible": p(responsible_fi, responsible_sv)}


TEAM = ("SOSTERIn ja Kolomosen tiimi", "Teamet från SOSTERI och Kolomonen")


def workshop_guide(contacts):
    return {
        "slug": p("yhdistystyopajan-prosessi", "foreningsverkstadens-process"),
        "title": p(
            "Yhdistystyöpajan prosessi: ennen, aikana ja jälkeen",
            "Föreningsverkstadens process: före, under och efter",
        ),
        "introduction": p(
            "Miten yhdistystyöpaja valmistellaan, miten se kulkee ja miten työpajan tuloksia "
            "viedään eteenpäin – ja kuka vastaa mistäkin.",
            "Hur en föreningsverkstad förbereds, hur den går till och hur resultaten förs vidare "
            "– och vem som ansvarar för vad.",
        ),
        "plain_language_summary": "",
        "last_reviewed": datetime.date(2026, 10, 15),
        "content_owner": p("SOSTERIn ja Kolomosen tiimi", "Teamet från SOSTERI och Kolomonen"),
        "stream_fields": ["body"],
        "body": [
            (
                "section",
                {
                    "heading": p("Mikä yhdistystyöpaja on", "Vad en föreningsverkstad är"),
                    "content": [
                        b(
                            "paragraph",
                            p(
                                "<p>Yhdistystyöpaja kokoaa SOSTERIn asiantuntijat, alueen yhdistysten "
                                "kokemusasiantuntijat ja muita hyvinvointialan toimijoita. Työpajassa "
                                "on yhteisiä alustuksia ja ryhmätöitä, joissa asiantuntijat ja "
                                "yhdistystoimijat kohtaavat.</p>"
                                "<p>Teema voi koskea kaikkia yhdistyksiä, liittyä yhden sairauden tai "
                                "palvelun asiakas- ja potilaspolkuun tai johonkin ajankohtaiseen "
                                "hyvinvointiaiheeseen.</p>",
                                "<p>Föreningsverkstaden samlar SOSTERIs sakkunniga, erfarenhetsexperter "
                                "från föreningarna i regionen och andra aktörer inom välfärd. I "
                                "verkstaden finns gemensamma inledningar och grupparbeten där "
                                "sakkunniga och föreningsaktörer möts.</p>"
                                "<p>Temat kan gälla alla föreningar, höra till klient- och "
                                "patientvägen för en sjukdom eller tjänst eller till något aktuellt "
                                "välfärdstema.</p>",
                            ),
                        ),
                        b(
                            "callout",
                            {
                                "kind": "note",
                                "title": p("Tavoite", "Mål"),
                                "text": p(
                                    "<p>Työpajat ovat yhteiskehittämisen foorumi: asiantuntijat ja "
                                    "kokemusasiantuntijat työskentelevät tasavertaisina asiakaslähtöisten "
                                    "palvelupolkujen ja kansalaistoiminnan hyväksi. Pohjana ovat "
                                    "tilastot (esim. Sotkanet) ja sote-palautteet.</p>",
                                    "<p>Verkstäderna är ett forum för samutveckling: sakkunniga och "
                                    "erfarenhetsexperter arbetar jämlikt för klientorienterade "
                                    "servicekedjor och medborgarverksamhet. Underlaget är statistik "
                                    "(t.ex. Sotkanet) och respons om social- och hälsovården.</p>",
                                ),
                            },
                        ),
                    ],
                },
            ),
            (
                "section",
                {
                    "heading": p("Työpajan vaiheet", "Verkstadens faser"),
                    "content": [
                        b(
                            "process_phases",
                            {
                                "title": p("Ennen, aikana ja jälkeen", "Före, under och efter"),
                                "phases": [
                                    {
                                        "name": p("Ennen työpajaa", "Före verkstaden"),
                                        "description": p(
                                            "Aiheet valitaan yhdistysten palautteen, asukkaiden ideoiden ja "
                                            "asiakastyössä havaittujen haasteiden pohjalta.",
                                            "Temana väljs utifrån föreningarnas respons, invånarnas idéer "
                                            "och utmaningar som märkts i klientarbetet.",
                                        ),
                                        "participants": PARTICIPANTS,
                                        "steps": [
                                            step(
                                                "Kootaan kansalaispalautetta idealaatikoista, sähköisistä työkaluista, yleisönosastoilta ja kumppanuuspöydistä.",
                                                "Respons från invånarna samlas in från idélådor, digitala verktyg, insändare och partnerskapsbord.",
                                                "Kansalaistoiminnan asiantuntija",
                                                "Sakkunnig inom medborgarverksamhet",
                                            ),
                                            step(
                                                "Määritellään ja rajataan työpajan aihe; hoidetaan viestintä ja markkinointi.",
                                                "Verkstadens tema definieras och avgränsas; kommunikation och marknadsföring sköts.",
                                                *TEAM,
                                            ),
                                            step(
                                                "Lähetetään kutsut SOSTERIn henkilöstölle ja yhdistysten edustajille.",
                                                "Inbjudningar skickas till SOSTERIs personal och föreningarnas representanter.",
                                                "SOSTERI (henkilöstö), Kolomonen (yhdistykset)",
                                                "SOSTERI (personalen), Kolomonen (föreningarna)",
                                            ),
                                            step(
                                                "Kootaan ilmoittautumiset, muodostetaan työpajapöydät ja nimetään niille puheenjohtajat.",
                                                "Anmälningarna sammanställs, verkstadsborden bildas och ordförande utses för dem.",
                                                *TEAM,
                                            ),
                                            step(
                                                "Lähetetään ennakkomateriaali ja tulostetaan jokaiselle pöydälle A3-kehittämislomake.",
                                                "Förhandsmaterial skickas och en A3-utvecklingsblankett skrivs ut för varje bord.",
                                                "SOSTERIn asiantuntija",
                                                "Sakkunnig vid SOSTERI",
                                            ),
                                        ],
                                    },
                                    {
                                        "name": p("Työpajan aikana", "Under verkstaden"),
                                        "description": p(
                                            "Ryhmiä vetävät yleensä SOSTERIn asiantuntijat, jotka myös suunnittelevat työskentelyn kulun.",
                                            "Grupperna leds oftast av SOSTERIs sakkunniga, som också planerar hur arbetet går till.",
                                        ),
                                        "participants": PARTICIPANTS,
                                        "steps": [
                                            step(
                                                "Alustus, strateginen tausta ja orientaatio työskentelyyn.",
                                                "Inledning, strategisk bakgrund och orientering i arbetet.",
                                                "SOSTERIn asiantuntija",
                                                "Sakkunnig vid SOSTERI",
                                            ),
                                            step(
                                                "Osallistujat jaetaan pöytiin ja työskentely aikataulutetaan.",
                                                "Deltagarna delas in vid borden och arbetet tidsplaneras.",
                                                *TEAM,
                                            ),
                                            step(
                                                "Pöydissä määritellään kehittämistarpeet ja nimetään 1–3 kehitettävää asiaa.",
                                                "Vid borden definieras utvecklingsbehoven och 1–3 saker att utveckla namnges.",
                                                "Pöydän puheenjohtaja",
                                                "Bordets ordförande",
                                            ),
                                            step(
                                                "Ryhmät puretaan yhteisessä keskustelussa ja tuotoksia täydennetään.",
                                                "Grupperna redovisar i en gemensam diskussion och resultaten kompletteras.",
                                                *TEAM,
                                            ),
                                        ],
                                    },
                                    {
                                        "name": p("Työpajan jälkeen", "Efter verkstaden"),
                                        "description": p(
                                            "Kehittämisehdotukset viedään eteenpäin sovittuihin foorumeihin.",
                                            "Utvecklingsförslagen förs vidare till överenskomna forum.",
                                        ),
                                        "participants": PARTICIPANTS,
                                        "steps": [
                                            step(
                                                "Puheenjohtaja kirjoittaa pöydän muistion puhtaaksi sähköiseen muotoon.",
                                                "Ordföranden renskriver bordets minnesanteckningar i elektronisk form.",
                                                "Pöydän puheenjohtaja",
                                                "Bordets ordförande",
                                            ),
                                            step(
                                                "Ehdotukset viedään yhdistysryppäiden käsittelyyn ja rahoitusta vaativat Hankepooliin.",
                                                "Förslagen förs till föreningsgrupperna och de som kräver finansiering till Hankepooli.",
                                                *TEAM,
                                            ),
                                            step(
                                                "Osa ideoista viedään olemassa oleviin yhteistyöryhmiin, kuten hyvinvoinnin yhteistyöryhmään tai LAPE-työryhmään.",
                                                "En del idéer förs till befintliga samarbetsgrupper, som samarbetsgruppen för välfärd eller LAPE-arbetsgruppen.",
                                                "Kansalaistoiminnan asiantuntija",
                                                "Sakkunnig inom medborgarverksamhet",
                                            ),
                                            step(
                                                "Ryhmät tapaavat tarvittaessa omissa työpajoissaan; asiantuntijat voivat jatkaa vetäjinä.",
                                                "Grupperna träffas vid behov i egna verkstäder; de sakkunniga kan fortsätta som ledare.",
                                                "Ryhmät",
                                                "Grupperna",
                                            ),
                                            step(
                                                "Vetäjät pitävät yhteisiä palavereja päällekkäisen työn välttämiseksi ja osallistujat antavat palautetta.",
                                                "Ledarna håller gemensamma möten för att undvika dubbelarbete och deltagarna ger respons.",
                                                "Työpajojen vetäjät",
                                                "Verkstädernas ledare",
                                            ),
                                        ],
                                    },
                                ],
                            },
                        ),
                    ],
                },
            ),
            (
                "section",
                {
                    "heading": p("Työskentely työpajapöydässä", "Arbetet vid verkstadsbordet"),
                    "content": [
                        b(
                            "checklist",
                            {
                                "title": p("Pöydässä sovitaan", "Vid bordet kommer man överens om"),
                                "introduction": "",
                                "items": [
                                    {
                                        "text": p(
                                            "Nykytilan kehittämistarpeet ja niiden järjestys",
                                            "Utvecklingsbehoven i nuläget och deras ordning",
                                        ),
                                        "explanation": "",
                                    },
                                    {
                                        "text": p(
                                            "1–3 kehitettävää asiaa", "1–3 saker att utveckla"
                                        ),
                                        "explanation": p(
                                            "Tavoitteelliset ja konkreettiset.",
                                            "Målinriktade och konkreta.",
                                        ),
                                    },
                                    {
                                        "text": p("Jatkotyö", "Det fortsatta arbetet"),
                                        "explanation": p(
                                            "Menetelmät, vastuut ja aikataulut.",
                                            "Metoder, ansvar och tidtabeller.",
                                        ),
                                    },
                                    {
                                        "text": p("Kirjaaminen", "Dokumentation"),
                                        "explanation": p(
                                            "Asiat ja keskustelu kirjataan A3-lomakkeelle.",
                                            "Frågorna och diskussionen antecknas på A3-blanketten.",
                                        ),
                                    },
                                ],
                            },
                        ),
                        b(
                            "role_card",
                            {
                                "role": p(
                                    "Työpajapöydän puheenjohtaja", "Verkstadsbordets ordförande"
                                ),
                                "description": p(
                                    "Puheenjohtajat nimetään ilmoittautumisten perusteella.",
                                    "Ordförandena utses utifrån anmälningarna.",
                                ),
                                "tasks": [
                                    p(
                                        "Vetää pöydän keskustelua ja pitää aikataulun.",
                                        "Leder diskussionen vid bordet och håller tidtabellen.",
                                    ),
                                    p(
                                        "Huolehtii, että asiat kirjataan A3-lomakkeelle.",
                                        "Ser till att frågorna antecknas på A3-blanketten.",
                                    ),
                                    p(
                                        "Kirjoittaa muistion puhtaaksi työpajan jälkeen.",
                                        "Renskriver minnesanteckningarna efter verkstaden.",
                                    ),
                                ],
                            },
                        ),
                    ],
                },
            ),
            (
                "section",
                {
                    "heading": p("Tulosten seuranta", "Uppföljning av resultaten"),
                    "content": [
                        b(
                            "timeline",
                            {
                                "title": "",
                                "milestones": [
                                    {
                                        "date": None,
                                        "relative_label": p("Viikon kuluessa", "Inom en vecka"),
                                        "title": p(
                                            "Muistiot valmiina", "Minnesanteckningarna klara"
                                        ),
                                        "description": "",
                                    },
                                    {
                                        "date": None,
                                        "relative_label": p(
                                            "Seuraavina kuukausina", "Under de följande månaderna"
                                        ),
                                        "title": p(
                                            "Ryhmät tapaavat sovitusti",
                                            "Grupperna träffas enligt överenskommelse",
                                        ),
                                        "description": "",
                                    },
                                    {
                                        "date": None,
                                        "relative_label": p("Kerran vuodessa", "En gång om året"),
                                        "title": p("Prosessimessut", "Processmässan"),
                                        "description": p(
                                            "Ryhmät esittelevät, miten asiat ovat edenneet.",
                                            "Grupperna visar hur arbetet har framskridit.",
                                        ),
                                    },
                                ],
                            },
                        ),
                        b(
                            "contact_card",
                            {
                                "role": p(
                                    "Työpajojen yhteyshenkilö", "Kontaktperson för verkstäderna"
                                ),
                                "contact": contacts["workshops"].pk,
                            },
                        ),
                    ],
                },
            ),
        ],
    }


def load(command):
    home = HomePage.objects.filter(depth=2, locale=default_locale()).order_by("path").first()
    contacts = create_contacts()
    guidance = create_page(home, GuidanceIndexPage, dict(GUIDANCE_INDEX), "pilots:guidance")
    centre_index = create_page(guidance, CentreIndexPage, dict(CENTRE_INDEX), "pilots:centres")
    for key, spec in centres(contacts):
        spec["stream_fields"] = ["liaison_contacts", "offers"]
        create_page(centre_index, CentrePage, spec, f"pilots:centre:{key}")
    pilot = create_page(guidance, PilotPage, dict(PILOT_2022), "pilots:pilot-2022")
    create_page(pilot, GuidePage, pilot_guide(contacts), "pilots:guide-2022")
    workshops = create_page(guidance, PilotPage, dict(PILOT_WORKSHOPS), "pilots:workshops")
    create_page(workshops, GuidePage, workshop_guide(contacts), "pilots:guide-workshops")
    command.stdout.write("Guidance: pilots, guides, centres and contacts: ok")
