"""Demo calendar: the seed documents' events, moved to the coming months, in Finnish and Swedish.

From seed 000: the association workshops every other month (registration on the portal; the
first one full, with a waiting list). From seed 001: the working meeting of the municipal councils
for the elderly and disabled, the joint event for health-centre staff, the development workshop
of the well-being tray, the forum and the closing seminar. From seed 004: the regional network
meeting. Also a weekly peer-support group (a recurring event) and one cancelled event. Every
participant is invented (example.invalid addresses).
"""

import datetime

from django.conf import settings
from django.utils import timezone

from directory.organisations.models import Organisation
from directory.taxonomy.models import Municipality, ServiceLanguage, TargetGroup, Theme
from home.models import HomePage
from pilots.models import CentrePage
from portal.demo import create_page

from .models import CalendarPage, Event, EventTranslation
from .recurrence import HELSINKI

CALENDAR_PAGE = {
    "slug": {"fi": "tapahtumat", "sv": "evenemang"},
    "title": {"fi": "Tapahtumat", "sv": "Evenemang"},
    "show_in_menus": True,
    "introduction": {
        "fi": "Yhdistysten, seurakuntien ja hankkeen tapahtumat: työpajat, foorumit, "
        "vertaistapaamiset ja avoimet ovet. Tilaa kalenteri omaan sovellukseesi.",
        "sv": "Evenemang som föreningar, församlingar och projektet ordnar: verkstäder, forum, "
        "kamratträffar och öppet hus. Prenumerera på kalendern i din egen app.",
    },
}


def _at(date, hour, minute=0):
    return datetime.datetime.combine(date, datetime.time(hour, minute), tzinfo=HELSINKI)


def _weekday_after(start, weekday, weeks=0):
    days = (weekday - start.weekday()) % 7
    return start + datetime.timedelta(days=days + 7 * weeks)


def _events(today, organisations):
    """(fields, Swedish texts or None, theme slugs, target slugs, language codes)."""
    kolomonen = organisations.get("kolomonen")
    first_workshop = _weekday_after(today + datetime.timedelta(days=10), 1)  # a Tuesday
    workshop = {
        "summary": "Yhdistykset ja hyvinvointialueen ammattilaiset kehittävät yhdessä "
        "asukkaiden palautteesta nousseita aiheita.",
        "description": "Työpaja järjestetään joka toinen kuukausi. Aiheet valitaan asukkaiden "
        "palautteista, ja jokaisella pöydällä on puheenjohtaja ja kirjuri. Työskentelyssä "
        "käytetään A3-lomaketta, ja muistio lähetetään osallistujille viikon kuluessa. Tulokset "
        "viedään eteenpäin olemassa oleviin foorumeihin.",
        "organisation": kolomonen,
        "venue_name": "Kulttuurikellari",
        "street_address": "Olavinkatu 10",
        "postal_code": "57130",
        "municipality": "savonlinna",
        "registration": "portal",
        "ask_needs": True,
        "ask_organisation": True,
        "wheelchair_accessible": True,
        "accessible_toilet": True,
        "induction_loop": True,
        "contact_name": "Yhdistystyöpajojen koordinaattori",
        "contact_email": "tyopajat@kolomonen.example.fi",
    }
    workshop_sv = {
        "summary": "Föreningar och välfärdsområdets yrkespersoner utvecklar tillsammans frågor "
        "som invånarnas respons har lyft fram.",
        "description": "Verkstaden ordnas varannan månad. Ämnena väljs utifrån invånarnas "
        "respons, och vid varje bord finns en ordförande och en sekreterare. Minnesanteckningar "
        "skickas till deltagarna inom en vecka.",
    }
    events = []
    for number, (topic_fi, topic_sv) in enumerate(
        [
            ("tiedottaminen sote-keskuksessa", "information på social- och hälsocentralen"),
            ("vapaaehtoisten jaksaminen", "frivilligas ork"),
            ("yhteiset tilat", "gemensamma lokaler"),
        ]
    ):
        date = first_workshop + datetime.timedelta(weeks=9 * number)
        events.append(
            (
                {
                    **workshop,
                    "title": f"Yhdistystyöpaja: {topic_fi}",
                    "start": _at(date, 17),
                    "end": _at(date, 19, 30),
                    "capacity": 12 if number == 0 else 30,
                    "waitlist_capacity": 5,
                    "registration_opens": timezone.now() - datetime.timedelta(days=14),
                    "registration_closes": _at(date - datetime.timedelta(days=2), 23, 59),
                },
                {**workshop_sv, "title": f"Föreningsverkstad: {topic_sv}"},
                ["society", "services"],
                ["everyone"],
                ["fi"],
            )
        )
    council_day = _weekday_after(today + datetime.timedelta(days=21), 2)
    events.append(
        (
            {
                "title": "Vanhus- ja vammaisneuvostojen työkokous",
                "summary": "Kuntien vanhus- ja vammaisneuvostot kokoontuvat sopimaan yhteisistä "
                "vaikuttamisen tavoitteista.",
                "description": "Työkokouksessa neuvostojen jäsenet jakavat kokemuksia "
                "vaikuttamisesta kunnissa ja hyvinvointialueella ja valmistelevat yhteisen "
                "huomionosoituksen. Mukaan ovat tervetulleita kaikkien alueen kuntien "
                "neuvostojen jäsenet ja sihteerit.",
                "venue_name": "Kaupungintalon valtuustosali",
                "street_address": "Relanderinkatu 5",
                "postal_code": "78200",
                "municipality": "varkaus",
                "start": _at(council_day, 12),
                "end": _at(council_day, 15),
                "registration": "email",
                "registration_email": "neuvostot@hanke.example.fi",
                "wheelchair_accessible": True,
                "rollator_accessible": True,
                "induction_loop": True,
                "accessible_toilet": True,
                "parking": True,
            },
            {
                "title": "Arbetsmöte för äldre- och handikappråden",
                "summary": "Kommunernas äldre- och handikappråd samlas för att komma överens om "
                "gemensamma mål för påverkansarbetet.",
                "description": "På arbetsmötet delar rådens medlemmar erfarenheter av "
                "påverkansarbete i kommunerna och välfärdsområdet.",
            },
            ["society"],
            ["older-people", "disabled-people"],
            ["fi"],
        )
    )
    staff_day = _weekday_after(today + datetime.timedelta(days=28), 3)
    events.append(
        (
            {
                "title": "Järjestöt esittäytyvät terveyskeskuksen henkilökunnalle",
                "summary": "Alueen sote-järjestöt kertovat toiminnastaan terveyskeskuksen "
                "työntekijöille: mihin asiakkaan voi ohjata?",
                "description": "Yhteinen tapahtuma terveyskeskuksen ammattilaisille. Järjestöt "
                "esittelevät vertaisryhmiään ja neuvontaansa pisteillä, ja lopuksi sovitaan, "
                "miten tieto järjestöjen toiminnasta pidetään ajan tasalla.",
                "venue_name": "Sote-keskuksen auditorio",
                "street_address": "Tulliportinkatu 1",
                "postal_code": "70100",
                "municipality": "kuopio",
                "centre": "Kuopio",
                "start": _at(staff_day, 13),
                "end": _at(staff_day, 15, 30),
                "registration": "none",
                "wheelchair_accessible": True,
                "accessible_toilet": True,
            },
            None,
            ["services"],
            ["working-age"],
            ["fi"],
        )
    )
    tray_day = _weekday_after(today + datetime.timedelta(days=35), 0)
    events.append(
        (
            {
                "title": "Hyvinvointitarjottimen kehittämistyöpaja",
                "summary": "Miten järjestöjen toimintatiedot pysyvät ajan tasalla? Kehitetään "
                "tarjotinta yhdessä käyttäjien kanssa.",
                "description": "Työpajassa käydään läpi, kuka päivittää tiedot, miten uudet "
                "järjestöt hyväksytään ja miten ammattilainen löytää asiakkaalle sopivan "
                "toiminnan muutamalla klikkauksella. Osallistua voi paikan päällä tai verkossa.",
                "channel": "hybrid",
                "online_url": "https://kokous.example.fi/tarjotin",
                "venue_name": "Järjestötalo",
                "street_address": "Minna Canthin katu 20",
                "postal_code": "70100",
                "municipality": "kuopio",
                "start": _at(tray_day, 9),
                "end": _at(tray_day, 11),
                "registration": "portal",
                "capacity": 25,
                "waitlist_capacity": 10,
                "wheelchair_accessible": True,
            },
            {
                "title": "Utvecklingsverkstad för välmåendebrickan",
                "summary": "Hur hålls föreningarnas uppgifter aktuella? Vi utvecklar brickan "
                "tillsammans med användarna.",
                "description": "Verkstaden går igenom vem som uppdaterar uppgifterna och hur nya "
                "föreningar godkänns. Man kan delta på plats eller på distans.",
            },
            ["services", "society"],
            ["everyone"],
            ["fi", "sv"],
        )
    )
    forum_day = _weekday_after(today + datetime.timedelta(days=49), 3)
    events.append(
        (
            {
                "title": "Vanhus- ja vammaisfoorumi",
                "summary": "Avoin foorumi ikääntyneiden ja vammaisten ihmisten arjesta, "
                "palveluista ja osallisuudesta.",
                "description": "Foorumissa kuullaan puheenvuoroja neuvostoilta, järjestöiltä ja "
                "hyvinvointialueelta. Iltapäivän keskusteluryhmissä kootaan ehdotuksia, jotka "
                "viedään päättäjille.",
                "venue_name": "Musiikkikeskus",
                "street_address": "Kuopionlahdenkatu 23",
                "postal_code": "70100",
                "municipality": "kuopio",
                "start": _at(forum_day, 12),
                "end": _at(forum_day, 16),
                "registration": "link",
                "registration_url": "https://ilmoittautuminen.example.fi/foorumi",
                "wheelchair_accessible": True,
                "rollator_accessible": True,
                "induction_loop": True,
                "accessible_toilet": True,
            },
            {
                "title": "Äldre- och handikappforum",
                "summary": "Ett öppet forum om vardagen, tjänsterna och delaktigheten för äldre "
                "och personer med funktionsnedsättning.",
                "description": "På forumet talar råden, föreningarna och välfärdsområdet.",
            },
            ["society", "services"],
            ["older-people", "disabled-people", "carers"],
            ["fi", "sv"],
        )
    )
    closing_day = _weekday_after(today + datetime.timedelta(days=70), 4)
    events.append(
        (
            {
                "title": "Hankkeen päätösseminaari",
                "summary": "Mitä kolmessa vuodessa opittiin järjestöjen ja sote-keskusten "
                "yhteistyöstä? Tulokset, harha-askeleet ja jatko.",
                "description": "Seminaarissa kootaan hankkeen tuotokset: työkalut toiminnan "
                "kirkastamiseen, hyvinvointitarjotin ja yhdistystyöpajojen malli. Loppuraportti "
                "julkaistaan tilaisuudessa.",
                "venue_name": "Valtuustosali",
                "street_address": "Suokatu 42",
                "postal_code": "70100",
                "municipality": "kuopio",
                "start": _at(closing_day, 9, 30),
                "end": _at(closing_day, 13),
                "registration": "portal",
                "capacity": 80,
                "waitlist_capacity": 20,
                "wheelchair_accessible": True,
                "induction_loop": True,
                "accessible_toilet": True,
            },
            {
                "title": "Projektets avslutningsseminarium",
                "summary": "Vad lärde vi oss om samarbetet mellan föreningar och social- och "
                "hälsocentraler? Resultat, felsteg och fortsättning.",
                "description": "Seminariet samlar projektets resultat. Slutrapporten publiceras "
                "vid tillfället.",
            },
            ["society"],
            ["everyone"],
            ["fi"],
        )
    )
    network_day = _weekday_after(today + datetime.timedelta(days=17), 4)
    events.append(
        (
            {
                "title": "Kaakkois-Suomen sote-järjestöverkoston tapaaminen",
                "summary": "Verkoston jäsenet kokoontuvat verkossa: kyselyn tulokset, yhteinen "
                "palvelutarjotin ja tiedonkulku.",
                "description": "Tapaamisessa käydään läpi verkostokyselyn tulokset ja sovitaan, "
                "miten verkoston jäsenten toimintaa tuodaan näkyväksi yhteisellä tarjottimella.",
                "channel": "online",
                "online_url": "https://kokous.example.fi/verkosto",
                "municipality": "kouvola",
                "start": _at(network_day, 10),
                "end": _at(network_day, 12),
                "registration": "email",
                "registration_email": "verkosto@hanke.example.fi",
            },
            {
                "title": "Träff för nätverket för social- och hälsoorganisationer "
                "i Sydöstra Finland",
                "summary": "Nätverkets medlemmar träffas på distans: enkätresultat, gemensam "
                "tjänstebricka och informationsgång.",
                "description": "På träffen går vi igenom nätverksenkätens resultat.",
            },
            ["society"],
            ["working-age"],
            ["fi", "sv"],
        )
    )
    group_start = _weekday_after(today - datetime.timedelta(days=14), 1)
    peer_org = organisations.get("peer")
    events.append(
        (
            {
                "title": "Omaishoitajien vertaisryhmä",
                "summary": "Viikoittainen vertaisryhmä omaishoitajille: jaetaan arjen kokemuksia "
                "ja levähdetään hetki.",
                "description": "Ryhmä kokoontuu tiistaisin. Kahvitarjoilu. Ryhmään voi tulla "
                "ilman ilmoittautumista, myös kesken kauden. Joulutauon aikana ryhmä ei kokoonnu.",
                "organisation": peer_org,
                "venue_name": "Seurakuntakeskuksen takkahuone",
                "street_address": "Kauppakatu 3",
                "postal_code": "78200",
                "municipality": "varkaus",
                "start": _at(group_start, 18),
                "end": _at(group_start, 19, 30),
                "frequency": "weekly",
                "weekdays": "1",
                "repeat_count": 20,
                "excluded_dates": _christmas_tuesdays(group_start),
                "registration": "none",
                "wheelchair_accessible": True,
                "rollator_accessible": True,
            },
            {
                "title": "Kamratgrupp för närståendevårdare",
                "summary": "En kamratgrupp varje vecka för närståendevårdare: vi delar "
                "erfarenheter och vilar en stund.",
                "description": "Gruppen träffas på tisdagar. Kaffe serveras. Ingen anmälan.",
            },
            ["relationships", "mental-physical-health"],
            ["carers"],
            ["fi"],
        )
    )
    live_day = _weekday_after(today + datetime.timedelta(days=12), 3)
    events.append(
        (
            {
                "title": "Hankkeen tuotokset: suora lähetys",
                "summary": "Hanketiimi esittelee tuotokset suorassa verkkolähetyksessä.",
                "description": "Lähetyksessä käydään läpi hankkeen työkalut ja kuullaan "
                "yhdistysten kokemuksia.",
                "channel": "online",
                "online_url": "https://lahetys.example.fi/tuotokset",
                "start": _at(live_day, 9),
                "end": _at(live_day, 11),
                "status": "cancelled",
                "status_note": "Lähetys on peruttu esiintyjän sairastumisen vuoksi. Tallenne "
                "julkaistaan myöhemmin blogissa.",
                "registration": "none",
            },
            {
                "title": "Projektets resultat: direktsändning",
                "summary": "Projektteamet presenterar resultaten i en direktsändning.",
                "description": "Sändningen går igenom projektets verktyg.",
                "status_note": "Sändningen är inställd på grund av sjukdom.",
            },
            ["society"],
            ["everyone"],
            ["fi"],
        )
    )
    return events


def _christmas_tuesdays(start):
    """The Tuesdays of the Christmas break after ``start``, as the form takes them."""
    dates = [
        datetime.date(year, 12, day)
        for year in (start.year, start.year + 1)
        for day in range(22, 32)
    ]
    breaks = [d for d in dates if d.weekday() == 1 and d > start][:2]
    return "\n".join(d.strftime("%d.%m.%Y") for d in breaks)


def load(command):
    home = HomePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    create_page(home, CalendarPage, dict(CALENDAR_PAGE), "calendar")
    if Event.objects.exists():
        command.stdout.write("Events: already loaded")
        return

    today = timezone.localdate()
    organisations = {
        "kolomonen": Organisation.objects.filter(name__startswith="Savonlinnan Seudun").first(),
        "peer": Organisation.objects.filter(
            name__startswith="Varkauden seudun omaishoitajat"
        ).first(),
    }
    municipalities = {m.slug: m for m in Municipality.objects.default_locale()}
    centres = {
        centre.municipality: centre
        for centre in CentrePage.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .order_by("-title")
    }
    themes = {t.slug: t for t in Theme.objects.default_locale()}
    targets = {t.slug: t for t in TargetGroup.objects.default_locale()}
    languages = {language.code: language for language in ServiceLanguage.objects.all()}
    created = []
    for fields, swedish, theme_slugs, target_slugs, language_codes in _events(today, organisations):
        fields = dict(fields)
        fields["municipality"] = municipalities.get(fields.get("municipality"))
        if "centre" in fields:
            fields["centre"] = centres.get(fields["centre"])
        event = Event(live=True, last_confirmed=today, **fields)
        event.full_clean(exclude=["slug"])
        event.save()
        event.themes.set([themes[slug] for slug in theme_slugs])
        event.target_groups.set([targets[slug] for slug in target_slugs])
        event.languages.set([languages[code] for code in language_codes])
        if swedish:
            EventTranslation.objects.create(event=event, language="sv", **swedish)
        event.save_revision().publish()
        created.append(event)
    command.stdout.write(f"Events: {len(created)} events")
