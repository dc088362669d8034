"""Demo content of the project blog: the index, two (invented) authors, categories and posts
written from the facts of the seed blog of a North Savo peer-support project (2018–2020).

Idempotent: everything is looked up first and only what is missing is created. Images are drawn
with Pillow here, so no network is needed.
"""

import datetime
import io
import math

from django.apps import apps as django_apps
from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.images import get_image_model

from home.models import HomePage
from portal.demo import (
    create_page,
    default_locale,
    pick,
    stored_stream,
    stream,
    translate,
)

from .models import Author, BlogIndexPage, BlogPostAuthor, BlogPostPage, Category
from .workflow import set_up

# --- Images -----------------------------------------------------------------------------------

PALETTE = {
    "blue": (0, 80, 138),
    "teal": (0, 118, 112),
    "purple": (122, 46, 142),
    "orange": (214, 110, 20),
    "green": (46, 125, 50),
    "sand": (243, 236, 222),
    "sky": (226, 238, 247),
    "white": (255, 255, 255),
}


def _draw_hierarchy(draw, width, height):
    top = (width // 2, 140)
    middles = [(width // 4, 340), (width // 2, 340), (3 * width // 4, 340)]
    for middle in middles:
        draw.line([top, middle], fill=PALETTE["blue"], width=8)
        for offset in (-90, 90):
            leaf = (middle[0] + offset, 540)
            draw.line([middle, leaf], fill=PALETTE["teal"], width=6)
            draw.ellipse(
                [leaf[0] - 36, leaf[1] - 36, leaf[0] + 36, leaf[1] + 36], fill=PALETTE["teal"]
            )
        draw.ellipse(
            [middle[0] - 56, middle[1] - 56, middle[0] + 56, middle[1] + 56], fill=PALETTE["blue"]
        )
    draw.ellipse([top[0] - 76, top[1] - 76, top[0] + 76, top[1] + 76], fill=PALETTE["purple"])


def _draw_tray(draw, width, height):
    draw.rounded_rectangle([150, 330, width - 150, 470], radius=60, fill=PALETTE["blue"])
    for index, colour in enumerate(("orange", "green", "purple")):
        x = width // 2 + (index - 1) * 230
        draw.ellipse([x - 80, 170, x + 80, 330], fill=PALETTE[colour])


def _draw_workshop(draw, width, height):
    draw.rounded_rectangle([380, 250, width - 380, 430], radius=30, fill=PALETTE["sand"])
    seats = [
        (300, 340),
        (width - 300, 340),
        (520, 170),
        (width - 520, 170),
        (520, 510),
        (width - 520, 510),
    ]
    for index, (x, y) in enumerate(seats):
        colour = ("blue", "teal", "purple", "orange", "green", "blue")[index]
        draw.ellipse([x - 55, y - 55, x + 55, y + 55], fill=PALETTE[colour])


def _draw_calendar(draw, width, height):
    left, top, cell = 260, 140, 100
    for row in range(4):
        for column in range(7):
            box = [
                left + column * cell,
                top + row * cell,
                left + column * cell + 88,
                top + row * cell + 88,
            ]
            colour = "orange" if (row, column) in {(1, 2), (2, 5), (3, 1)} else "sky"
            draw.rounded_rectangle(
                box, radius=10, fill=PALETTE[colour], outline=PALETTE["blue"], width=3
            )


def _draw_council(draw, width, height):
    centre = (width // 2, 560)
    for index in range(9):
        angle = math.pi * (index + 0.5) / 9
        x = centre[0] - int(math.cos(angle) * 400)
        y = centre[1] - int(math.sin(angle) * 360)
        colour = ("teal", "blue", "purple")[index % 3]
        draw.ellipse([x - 45, y - 45, x + 45, y + 45], fill=PALETTE[colour])
    draw.rounded_rectangle(
        [centre[0] - 120, 420, centre[0] + 120, 520], radius=20, fill=PALETTE["orange"]
    )


def _draw_path(draw, width, height):
    points = [(120, 520), (360, 300), (560, 460), (800, 220), (1080, 360)]
    draw.line(points, fill=PALETTE["blue"], width=14, joint="curve")
    for index, (x, y) in enumerate(points):
        colour = "green" if index == len(points) - 1 else "orange"
        draw.ellipse([x - 40, y - 40, x + 40, y + 40], fill=PALETTE[colour])


def _draw_notes(draw, width, height):
    colours = ("orange", "green", "purple", "teal", "blue", "orange")
    for index, colour in enumerate(colours):
        x = 200 + (index % 3) * 300
        y = 140 + (index // 3) * 230
        draw.rectangle([x, y, x + 180, y + 180], fill=PALETTE[colour])


def _draw_portrait(draw, width, height):
    draw.ellipse([width // 2 - 110, 90, width // 2 + 110, 310], fill=PALETTE["teal"])
    draw.ellipse([width // 2 - 220, 340, width // 2 + 220, 780], fill=PALETTE["blue"])


IMAGES = {
    "structures": ("Blogikuvitus: järjestöjen rakenteet", "sky", _draw_hierarchy, (1200, 675)),
    "tray": ("Blogikuvitus: hyvinvointitarjotin", "sand", _draw_tray, (1200, 675)),
    "workshop": ("Blogikuvitus: työpaja", "sky", _draw_workshop, (1200, 675)),
    "calendar": ("Blogikuvitus: tapahtumakalenteri", "white", _draw_calendar, (1200, 675)),
    "council": ("Blogikuvitus: neuvosto", "sand", _draw_council, (1200, 675)),
    "path": ("Blogikuvitus: kuljettu polku", "sky", _draw_path, (1200, 675)),
    "notes": ("Blogikuvitus: muistilaput", "white", _draw_notes, (1200, 675)),
    "portrait": ("Kirjoittajakuva: Laura Kettunen", "sky", _draw_portrait, (600, 600)),
}


def demo_images():
    """The demo images by key, drawn and saved once."""
    Image = get_image_model()
    images = {}
    for key, (title, background, draw_motif, size) in IMAGES.items():
        image = Image.objects.filter(title=title).first()
        if image is None:
            picture = PillowImage.new("RGB", size, PALETTE[background])
            draw_motif(ImageDraw.Draw(picture), *size)
            buffer = io.BytesIO()
            picture.save(buffer, format="PNG", optimize=True)
            image = Image(title=title, file=ImageFile(buffer, name=f"blog-{key}.png"))
            image.save()
        images[key] = image
    return images


# --- Authors and categories -------------------------------------------------------------------

AUTHORS = {
    "laura": {
        "name": "Laura Kettunen",
        "role": {"fi": "projektikoordinaattori", "sv": "projektkoordinator"},
        "photo": "portrait",
    },
    "mikko": {
        "name": "Mikko Halonen",
        "role": {
            "fi": "viestintä- ja verkostotyöntekijä",
            "sv": "kommunikations- och nätverksarbetare",
        },
        "photo": None,
    },
}

CATEGORIES = {
    "organisations": {
        "name": {"fi": "Järjestöt", "sv": "Organisationer"},
        "slug": {"fi": "jarjestot", "sv": "organisationer"},
        "description": {
            "fi": "Millaisia sosiaali- ja terveysjärjestöt ovat ja miten ne toimivat.",
            "sv": "Hurdana social- och hälsoorganisationerna är och hur de fungerar.",
        },
    },
    "workshops": {
        "name": {"fi": "Työpajat", "sv": "Workshoppar"},
        "slug": {"fi": "tyopajat", "sv": "workshoppar"},
        "description": {
            "fi": "Työpajat, pienmarkkinat ja työkalut toiminnan kirkastamiseen.",
            "sv": "Workshoppar, småmarknader och verktyg för att förtydliga verksamheten.",
        },
    },
    "events": {
        "name": {"fi": "Tapahtumat", "sv": "Evenemang"},
        "slug": {"fi": "tapahtumat", "sv": "evenemang"},
        "description": {
            "fi": "Tulevat tapahtumat ja ilmoittautuminen.",
            "sv": "Kommande evenemang och anmälan.",
        },
    },
    "lessons": {
        "name": {"fi": "Opit", "sv": "Lärdomar"},
        "slug": {"fi": "opit", "sv": "lardomar"},
        "description": {
            "fi": "Mitä opimme matkan varrella, myös harha-askelista.",
            "sv": "Vad vi lärde oss på vägen, också av felstegen.",
        },
    },
    "tray": {
        "name": {"fi": "Hyvinvointitarjotin", "sv": "Välfärdsbrickan"},
        "slug": {"fi": "hyvinvointitarjotin", "sv": "valfardsbrickan"},
        "description": {
            "fi": "Järjestöjen toiminnan yhteinen hakemisto ja sen ylläpito.",
            "sv": "Den gemensamma katalogen över organisationernas verksamhet och dess underhåll.",
        },
    },
    "influence": {
        "name": {"fi": "Vaikuttaminen", "sv": "Påverkan"},
        "slug": {"fi": "vaikuttaminen", "sv": "paverkan"},
        "description": {
            "fi": "Neuvostot, kunnat ja järjestöjen ääni päätöksenteossa.",
            "sv": "Råden, kommunerna och organisationernas röst i beslutsfattandet.",
        },
    },
}

BLOG_INDEX = {
    "slug": {"fi": "blogi", "sv": "blogg"},
    "title": {"fi": "Blogi", "sv": "Blogg"},
    "show_in_menus": True,
    "introduction": {
        "fi": "Hankkeen työntekijät kertovat, mitä yhteistyöhankkeessa tapahtuu: järjestöistä, "
        "työpajoista, tapahtumista ja matkan varrella opitusta.",
        "sv": "Projektets medarbetare berättar vad som händer i samarbetsprojektet: om "
        "organisationer, workshoppar, evenemang och det vi har lärt oss på vägen.",
    },
}

# --- Posts ------------------------------------------------------------------------------------
# Translatable leaves are {"fi": …, "sv": …}; a post with a Swedish title is translated.

CREDIT = {"fi": "Kuvitus: hankkeen viestintä", "sv": "Illustration: projektets kommunikation"}

POSTS = [
    {
        "key": "structures",
        "slug": {"fi": "liitto-piiri-vai-yhdistys", "sv": "forbund-distrikt-eller-forening"},
        "title": {
            "fi": "Liitto, piiri vai yhdistys? Toiminta ratkaisee",
            "sv": "Förbund, distrikt eller förening? Verksamheten avgör",
        },
        "date": datetime.date(2020, 9, 28),
        "authors": ["laura"],
        "categories": ["organisations"],
        "tags": ["vertaistuki", "vapaaehtoistoiminta", "Pohjois-Savo"],
        "image": "structures",
        "hero_alt_text": {
            "fi": "Piirros: yksi violetti ympyrä, josta viivat haarautuvat kolmeen sinisen ja "
            "edelleen kuuteen vihreään ympyrään.",
            "sv": "Teckning: en lila cirkel från vilken linjer grenar ut till tre blå och vidare "
            "till sex gröna cirklar.",
        },
        "hero_caption": {
            "fi": "Kehyksiä on monta, mutta kaikissa syntyy arjen tukea.",
            "sv": "Det finns många ramar, men i alla växer stöd i vardagen fram.",
        },
        "hero_credit": CREDIT,
        "introduction": {
            "fi": "Sosiaali- ja terveysjärjestöjen kenttä voi näyttää sekavalta: on liittoja, "
            "piirejä, osastoja, kerhoja ja ryhmiä. Kuntalaisen kannalta rakenteella on vähemmän "
            "väliä kuin sillä, mitä toimintaa rakenteen sisällä syntyy.",
            "sv": "Fältet av social- och hälsoorganisationer kan verka rörigt: det finns förbund, "
            "distrikt, avdelningar, klubbar och grupper. För invånaren betyder strukturen mindre "
            "än den verksamhet som växer fram inom den.",
        },
        "body": [
            (
                "paragraph",
                {
                    "fi": "<p>Liitto, piiri, yhdistys, alaosasto, jaosto, toimikunta, kerho, ryhmä. "
                    "Luettelo on pitkä, ja moni kunnan työntekijä on kertonut meille, ettei tiedä, "
                    "mihin oveen koputtaa. Hyvä uutinen on, ettei kaikkea tarvitse tietää. "
                    "Rakenteet ovat kehyksiä, joiden ansiosta kunnassa voi kokoontua "
                    "vertaistukiryhmiä, avoimia kohtaamispaikkoja, liikuntaryhmiä ja "
                    "vaikuttamistyön ryhmiä.</p>",
                    "sv": "<p>Förbund, distrikt, förening, underavdelning, sektion, kommitté, klubb, "
                    "grupp. Listan är lång, och många kommunanställda har berättat för oss att de "
                    "inte vet vilken dörr de ska knacka på. Den goda nyheten är att man inte behöver "
                    "veta allt. Strukturerna är ramar som gör det möjligt för kamratstödsgrupper, "
                    "öppna mötesplatser, motionsgrupper och påverkansgrupper att samlas i "
                    "kommunen.</p>",
                },
            ),
            (
                "heading",
                {"text": {"fi": "Kolme erilaista kehystä", "sv": "Tre olika ramar"}, "level": "h2"},
            ),
            (
                "paragraph",
                {
                    "fi": "<ul><li><b>Valtakunnallinen yhdistys ilman paikallisyhdistyksiä.</b> "
                    "Toimintaa on kymmenillä paikkakunnilla. Kaksi aluesuunnittelijaa tukee "
                    "paikallisia vapaaehtoisia ohjaajia, jotka jakavat vastuut keskenään.</li>"
                    "<li><b>Maakunnallinen yhdistys, jolla on paikallisosastoja.</b> Muutama "
                    "työntekijä kouluttaa vapaaehtoisia ja huolehtii heidän jaksamisestaan; "
                    "osastoissa vapaaehtoiset pitävät vertaisryhmät käynnissä.</li>"
                    "<li><b>Paikallinen yhdistys, joka kuuluu valtakunnalliseen liittoon.</b> "
                    "Toiminta pyörii vapaaehtoisvoimin, ja liiton aluetyöntekijät auttavat "
                    "suunnittelussa ja edunvalvonnassa.</li></ul>",
                    "sv": "<ul><li><b>En riksomfattande förening utan lokalföreningar.</b> "
                    "Verksamhet finns på tiotals orter. Två regionplanerare stöder de lokala "
                    "frivilliga ledarna, som delar ansvaret sinsemellan.</li>"
                    "<li><b>En landskapsförening med lokalavdelningar.</b> Några anställda utbildar "
                    "frivilliga och ser till att de orkar; i avdelningarna håller de frivilliga "
                    "kamratgrupperna igång.</li>"
                    "<li><b>En lokal förening som hör till ett riksförbund.</b> Verksamheten drivs "
                    "av frivilliga, och förbundets regionarbetare hjälper till med planering och "
                    "intressebevakning.</li></ul>",
                },
            ),
            (
                "pull_quote",
                {
                    "text": {
                        "fi": "Rakenne ei määrittele kuntalaisen hyvinvointia. Toiminta määrittelee.",
                        "sv": "Strukturen avgör inte invånarens välbefinnande. Verksamheten gör det.",
                    },
                    "attribution": "",
                },
            ),
            (
                "heading",
                {
                    "text": {"fi": "Mitä kunta voi tehdä?", "sv": "Vad kan kommunen göra?"},
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                {
                    "fi": "<p>Kunnat tukevat järjestöjä monin tavoin: avustuksin, tiloin, yhteisillä "
                    "illoilla ja viestinnällä. Niukat resurssit eivät estä tutustumista. Kun "
                    "kehyksiä kulkee läpi, vastaan tulee aina joku, joka tuntee toiminnan: "
                    "työntekijä tai kokenut vapaaehtoinen, joka tilastoi, arvioi ja kehittää. "
                    "Kysy häneltä.</p>",
                    "sv": "<p>Kommunerna stöder organisationerna på många sätt: med bidrag, "
                    "lokaler, gemensamma kvällar och kommunikation. Knappa resurser hindrar ingen "
                    "från att bekanta sig. När man går igenom ramarna möter man alltid någon som "
                    "känner verksamheten: en anställd eller en erfaren frivillig som för statistik, "
                    "utvärderar och utvecklar. Fråga hen.</p>",
                },
            ),
        ],
    },
    {
        "key": "tray",
        "slug": {"fi": "hyvinvointitarjotin-yksi-luukku", "sv": "valfardsbrickan-en-lucka"},
        "title": {
            "fi": "Hyvinvointitarjotin: yksi luukku ja kolme klikkausta",
            "sv": "Välfärdsbrickan: en lucka och tre klick",
        },
        "date": datetime.date(2019, 12, 10),
        "authors": ["mikko", "laura"],
        "categories": ["tray"],
        "tags": ["hyvinvointitarjotin", "VeKe"],
        "image": "tray",
        "hero_alt_text": {
            "fi": "Piirros: sininen tarjotin, jolla on oranssi, vihreä ja violetti pallo.",
            "sv": "Teckning: en blå bricka med en orange, en grön och en lila boll.",
        },
        "hero_caption": {"fi": "", "sv": ""},
        "hero_credit": CREDIT,
        "introduction": {
            "fi": "Hyvinvointitarjotin kokoaa järjestöjen toiminnan yhteen paikkaan, josta asukas "
            "tai ammattilainen löytää sopivan ryhmän muutamalla klikkauksella. Teimme "
            "tarjottimesta uuden kokonaiskuvan, jota kaikki saavat käyttää omassa viestinnässään.",
            "sv": "Välfärdsbrickan samlar organisationernas verksamhet på ett ställe där en invånare "
            "eller en yrkesperson hittar en lämplig grupp med några klick. Vi gjorde en ny "
            "helhetsbild av brickan som alla får använda i sin egen kommunikation.",
        },
        "body": [
            (
                "paragraph",
                {
                    "fi": "<p>Tarjottimen kehitys on ollut yhtä aikaa vauhdikasta ja hidasta. Yhden "
                    "luukun ja kolmen klikkauksen ideasta on työstetty, koodattu, testattu, "
                    "pilotoitu ja muokattu työväline, jonka käyttöönottoa nyt laajennetaan. "
                    "Tarjotinta esittelemme kaikkialla, minne meidät kutsutaan.</p>",
                    "sv": "<p>Utvecklingen av brickan har varit både snabb och långsam. Idén om en "
                    "lucka och tre klick har blivit ett verktyg som har bearbetats, kodats, testats, "
                    "prövats och ändrats, och som nu tas i bruk i större skala. Vi presenterar "
                    "brickan överallt dit vi blir inbjudna.</p>",
                },
            ),
            (
                "heading",
                {
                    "text": {"fi": "Kuva, joka kertoo idean", "sv": "En bild som berättar idén"},
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                {
                    "fi": "<p>Ensimmäinen kokonaiskuva tarjottimesta piirrettiin keväällä 2018. Siitä "
                    "jäi kaksi muistiinpanoa itselle: älä yritä piirtää kuvaa asiasta, jota et itse "
                    "vielä ymmärrä, äläkä anna sitä kumppanin tehtäväksi. Syksyllä 2019 teimme uuden "
                    "kuvan yhdessä tarjottimella mukana olevien järjestöjen ja suunnittelutoimiston "
                    "kanssa. Siitä näkee yhdellä silmäyksellä, mikä tarjotin on ja mitä hyötyä siitä "
                    "on ammattilaiselle.</p>",
                    "sv": "<p>Den första helhetsbilden av brickan ritades våren 2018. Den lämnade två "
                    "anteckningar till oss själva: försök inte rita en bild av något du ännu inte "
                    "själv förstår, och ge inte heller uppgiften åt en partner. Hösten 2019 gjorde vi "
                    "en ny bild tillsammans med organisationerna på brickan och en designbyrå. Den "
                    "visar med en blick vad brickan är och vilken nytta en yrkesperson har av "
                    "den.</p>",
                },
            ),
            (
                "pull_quote",
                {
                    "text": {
                        "fi": "Älä yritä piirtää kokonaiskuvaa asiasta, jota et vielä itse ymmärrä.",
                        "sv": "Försök inte rita en helhetsbild av något du ännu inte själv förstår.",
                    },
                    "attribution": {
                        "fi": "Muistiinpano itselle",
                        "sv": "Anteckning till oss själva",
                    },
                },
            ),
            ("heading", {"text": {"fi": "Käytä vapaasti", "sv": "Använd fritt"}, "level": "h2"}),
            (
                "paragraph",
                {
                    "fi": "<p>Kuvat on lähetetty kaikille tarjottimella mukana oleville järjestöille. "
                    "Niitä saa käyttää vapaasti esimerkiksi yhteistyökumppaneille, sidosryhmille ja "
                    "omalle kohderyhmälle kerrottaessa. Jos haluat kuvat käyttöösi, ota yhteyttä "
                    "hankkeeseen.</p>",
                    "sv": "<p>Bilderna har skickats till alla organisationer på brickan. De får "
                    "användas fritt, till exempel när man berättar om brickan för "
                    "samarbetspartner, intressenter och den egna målgruppen. Om du vill använda "
                    "bilderna, kontakta projektet.</p>",
                },
            ),
        ],
    },
    {
        "key": "upkeep",
        "slug": "kuka-paivittaa-mita-yllapito-maksaa",
        "title": "Kuka päivittää ja mitä ylläpito maksaa?",
        "date": datetime.date(2020, 1, 21),
        "authors": ["laura"],
        "categories": ["tray", "lessons"],
        "tags": ["hyvinvointitarjotin", "ylläpito"],
        "image": "notes",
        "hero_alt_text": "Piirros: kuusi värikästä muistilappua kahdessa rivissä.",
        "hero_caption": "",
        "hero_credit": "Kuvitus: hankkeen viestintä",
        "introduction": "Hyvinvointitarjottimen juurruttamista on suunniteltu syksystä 2017 asti. "
        "Samat kantapääkysymykset toistuvat jokaisessa esittelyssä – tässä vastaukset, jotka "
        "meillä nyt on.",
        "body": [
            (
                "table",
                {
                    "caption": "Tarjottimen ylläpidon kysymykset ja vastaukset",
                    "first_row_is_header": True,
                    "first_column_is_header": True,
                    "rows": [
                        ["Kysymys", "Vastaus"],
                        [
                            "Kuka tietoja päivittää?",
                            "Järjestöt päivittävät omat tietonsa itse. Meidän tehtävämme on näyttää, mitä hyötyä siitä on.",
                        ],
                        ["Maksaako tarjottimen käyttö?", "Ei. Käyttäjille tarjotin on maksuton."],
                        [
                            "Pitääkö järjestön maksaa päästäkseen mukaan?",
                            "Ei. Liittyminen on maksutonta.",
                        ],
                        [
                            "Mitä ylläpito maksaa?",
                            "Hanke vastaa kustannuksista vuoden 2020 loppuun. Tulevaa maksua ei voi vielä arvioida, koska emme tiedä, kuinka paljon nykyisestä käsityöstä saadaan automatisoitua.",
                        ],
                        [
                            "Kuka ylläpitää tarjotinta hankkeen jälkeen?",
                            "Vielä auki. Keskusteluja käydään valtakunnallisten toimijoiden kanssa.",
                        ],
                    ],
                },
            ),
            ("heading", {"text": "Käsityö, joka pitää tiedot ajan tasalla", "level": "h2"}),
            (
                "paragraph",
                "<p>Tällä hetkellä hankkeen työntekijät hyväksyvät uudet toimijat ja pyytävät "
                "täydentämään puutteellisia tietoja. Se on työtä, joka ei näy kenellekään, mutta "
                "ilman sitä tieto vanhenee nopeasti. Kun ylläpitäjää etsitään, tämä työ on "
                "laskettava mukaan.</p>",
            ),
            ("heading", {"text": "Mihin toiminta juurtuu?", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>Järjestöjen arkeen: tarjotin on yhteinen väline, jolla järjestöjen "
                "monipuolinen toiminta tulee näkyviin.</li><li>Sote-palveluihin: asiakkaita "
                "kohtaavat ammattilaiset käyttävät ajantasaista tietoa ohjatessaan.</li>"
                "<li>Organisaatioon, joka vastaa ylläpidon kustannuksista ja koordinoi "
                "jatkokehitystä.</li></ul>",
            ),
        ],
    },
    {
        "key": "workshops",
        "slug": {"fi": "kahden-tunnin-tyopaja", "sv": "workshop-pa-tva-timmar"},
        "title": {
            "fi": "Kahden tunnin työpaja omalle porukalle",
            "sv": "En workshop på två timmar för er egen grupp",
        },
        "date": datetime.date(2020, 6, 16),
        "authors": ["laura"],
        "categories": ["workshops"],
        "tags": ["palvelumuotoilu", "vapaaehtoistoiminta"],
        "image": "workshop",
        "hero_alt_text": {
            "fi": "Piirros: kuusi värikästä hahmoa pöydän ympärillä.",
            "sv": "Teckning: sex färgglada figurer runt ett bord.",
        },
        "hero_caption": {
            "fi": "Työpaja kootaan aina ryhmän omasta tarpeesta.",
            "sv": "Workshoppen byggs alltid upp utifrån gruppens eget behov.",
        },
        "hero_credit": CREDIT,
        "introduction": {
            "fi": "Kun kokoontumisrajoitukset peruivat kevään tapaamiset, muutimme suunnitelmaa: "
            "järjestöt voivat tilata räätälöidyn kahden tunnin työpajan hallitukselleen, "
            "vapaaehtoisilleen tai työntekijöilleen.",
            "sv": "När begränsningarna för sammankomster ställde in vårens träffar ändrade vi "
            "planen: organisationerna kan beställa en skräddarsydd workshop på två timmar för "
            "styrelsen, de frivilliga eller de anställda.",
        },
        "body": [
            (
                "paragraph",
                {
                    "fi": "<p>Alun perin tarkoitus oli järjestää kolmella paikkakunnalla tapaamiset, "
                    "joissa käytäisiin läpi työpohjia ja niiden käyttöä. Uusi suunnitelma on "
                    "osoittautunut paremmaksi: kahden tunnin työpajat ovat olleet poikkeuskevään "
                    "kohokohtia.</p>",
                    "sv": "<p>Ursprungligen var tanken att ordna träffar på tre orter där vi skulle "
                    "gå igenom arbetsmallar och hur de används. Den nya planen har visat sig vara "
                    "bättre: workshopparna på två timmar har varit höjdpunkterna under "
                    "undantagsvåren.</p>",
                },
            ),
            (
                "heading",
                {
                    "text": {"fi": "Näin työpaja rakentuu", "sv": "Så byggs workshoppen upp"},
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                {
                    "fi": "<ol><li>Pohdimme tarpeen etukäteen yhdessä ryhmän kanssa.</li><li>Kokoamme "
                    "pienmarkkinoilla käytetyistä materiaaleista, kuten voimapuusta ja "
                    "yhdistyspersoonasta, tiiviin kokonaisuuden.</li><li>Työskentelemme kaksi tuntia "
                    "ryhmän omassa porukassa: vapaaehtoiset, hallitus, työntekijät tai sekoitus "
                    "näitä.</li></ol>",
                    "sv": "<ol><li>Vi funderar på behovet i förväg tillsammans med gruppen.</li><li>Vi "
                    "sätter ihop en tät helhet av material från småmarknaderna, som kraftträdet och "
                    "föreningspersonan.</li><li>Vi arbetar två timmar i gruppen: frivilliga, "
                    "styrelse, anställda eller en blandning av dem.</li></ol>",
                },
            ),
            (
                "gallery",
                {
                    "title": {"fi": "Työpajan välineitä", "sv": "Verktyg i workshoppen"},
                    "images": [
                        {
                            "image": "notes",
                            "alt_text": {
                                "fi": "Kuusi värikästä muistilappua kahdessa rivissä.",
                                "sv": "Sex färgglada lappar i två rader.",
                            },
                            "caption": {"fi": "Ideat lapuille", "sv": "Idéerna på lappar"},
                            "credit": "",
                        },
                        {
                            "image": "structures",
                            "alt_text": {
                                "fi": "Kaavio, jossa yhdestä ympyrästä haarautuu useita pienempiä.",
                                "sv": "Ett diagram där flera mindre cirklar grenar ut från en cirkel.",
                            },
                            "caption": {"fi": "Voimapuun runko", "sv": "Kraftträdets stomme"},
                            "credit": "",
                        },
                        {
                            "image": "path",
                            "alt_text": {
                                "fi": "Mutkitteleva viiva, jonka varrella on pisteitä.",
                                "sv": "En slingrande linje med punkter längs vägen.",
                            },
                            "caption": {"fi": "Seuraavat askeleet", "sv": "Nästa steg"},
                            "credit": "",
                        },
                    ],
                },
            ),
            (
                "pull_quote",
                {
                    "text": {
                        "fi": "Parasta on ollut etukäteen yhdessä pohdittu tarve.",
                        "sv": "Det bästa har varit behovet som vi har funderat på tillsammans i förväg.",
                    },
                    "attribution": "",
                },
            ),
            (
                "heading",
                {"text": {"fi": "Tilaa työpaja", "sv": "Beställ en workshop"}, "level": "h2"},
            ),
            (
                "paragraph",
                {
                    "fi": "<p>Kerro, millaista haastetta tai ideaa porukkanne haluaa työstää. Kaksi "
                    "ryhmää on jo ehdottanut teemaa valmiiden vaihtoehtojen ulkopuolelta – sekin "
                    "käy. Syksyn työpajoista on sovittu alustavasti.</p>",
                    "sv": "<p>Berätta vilken utmaning eller idé er grupp vill arbeta med. Två grupper "
                    "har redan föreslagit ett tema utanför de färdiga alternativen – också det går "
                    "bra. Höstens workshoppar har preliminärt avtalats.</p>",
                },
            ),
        ],
    },
    {
        "key": "small-markets",
        "slug": "pienmarkkinoilla-yhteiskehittamisen-jaljilla",
        "title": "Pienmarkkinoilla yhteiskehittämisen jäljillä",
        "date": datetime.date(2019, 3, 5),
        "authors": ["mikko"],
        "categories": ["workshops"],
        "tags": ["pienmarkkinat", "palvelumuotoilu"],
        "image": "notes",
        "hero_alt_text": "Piirros: kuusi värikästä muistilappua kahdessa rivissä.",
        "hero_caption": "",
        "hero_credit": "",
        "introduction": "Tammi- ja helmikuun pienmarkkinoilla järjestöt tutustuivat "
        "palvelumuotoiluun. Yhteiskehittäminen ei ollut kenellekään uutta – sitä vain harvoin "
        "sanoitetaan.",
        "body": [
            (
                "paragraph",
                "<p>Kysyimme, millaista yhteiskehittämistä järjestöissä jo tehdään. Lista kasvoi "
                "nopeasti: muistikahvilat, kerhot ja talkoot, jäsenkyselyt, puhelimitse kokoontuvat "
                "vertaisryhmät, vapaaehtoisten vuosittainen ideariihi ja ryhmät, jotka suunnittelevat "
                "oman ohjelmansa.</p>",
            ),
            ("heading", {"text": "Kolme kohokohtaa", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>Säännöllisyys</li><li>Yhteenkuuluvuuden tunne</li><li>Yhdessä olemme "
                "enemmän</li></ul>",
            ),
            (
                "quote",
                {
                    "quote": "Sote-järjestöissä on pitkä ja vahva yhteiskehittämisen kulttuuri. Se "
                    "pitää vain sanoittaa.",
                    "attribution": "Pienmarkkinoiden kouluttaja",
                },
            ),
            ("heading", {"text": "Mihin työkaluja voi käyttää?", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>jäsenhankintaan ja jäsenten tarpeiden kartoittamiseen</li><li>vapaaehtoisten "
                "aktivointiin ja tukemiseen</li><li>viestintään ja uusien osallistujien "
                "tavoittamiseen</li><li>tavoitteiden ja toiminnan kirkastamiseen</li><li>yhteistyöhön "
                "muiden järjestöjen kanssa</li></ul>",
            ),
        ],
    },
    {
        "key": "councils",
        "slug": "vanhus-ja-vammaisneuvostot-mukaan",
        "title": "Vanhus- ja vammaisneuvostot mukaan suunnitteluun",
        "date": datetime.date(2020, 3, 10),
        "authors": ["laura"],
        "categories": ["influence"],
        "tags": ["vanhus- ja vammaisneuvostot", "Pohjois-Savo"],
        "image": "council",
        "hero_alt_text": "Piirros: yhdeksän värikästä ympyrää puoliympyrän muodossa oranssin "
        "pöydän ympärillä.",
        "hero_caption": "",
        "hero_credit": "Kuvitus: hankkeen viestintä",
        "introduction": "Kuntien vanhus- ja vammaisneuvostot ovat lakisääteisiä toimielimiä, "
        "joiden pitäisi päästä vaikuttamaan suunnitteluun, päätöksiin ja seurantaan. Olemme "
        "tehneet yhteistyötä neuvostojen kanssa keväästä 2018.",
        "body": [
            (
                "paragraph",
                "<p>Monessa kunnassa kaksi neuvostoa on yhdistetty yhdeksi vanhus- ja "
                "vammaisneuvostoksi. Neuvostot haluavat kehittää toimintaansa, mutta prosesseissa "
                "ei aina ole niille tilaa. Kunnan on huolehdittava, että neuvosto kytkeytyy "
                "toimintaan, jossa se voi saavuttaa tavoitteensa – se ei synny itsestään.</p>",
            ),
            ("heading", {"text": "Koulutus vaikuttamisen tasoista", "level": "h2"}),
            (
                "paragraph",
                "<p>Syksyn 2019 koulutuksessa työstimme vaikuttamisen kolmiportaista mallia "
                "esimerkkien avulla. Kokemusasiantuntijat kertoivat, miten vaikuttaminen on "
                "onnistunut kullakin tasolla. Tärkeintä oli katsoa eteenpäin: miten neuvostot voivat "
                "tehdä enemmän yhdessä ja omassa kunnassaan.</p>",
            ),
            (
                "pull_quote",
                {
                    "text": "Neuvosto on lakisääteinen syystä: sen kautta kuuluu ääni, joka ei muuten "
                    "kuulu.",
                    "attribution": "",
                },
            ),
            ("heading", {"text": "Huomionosoitus yhdenvertaisesta kohtaamisesta", "level": "h2"}),
            (
                "paragraph",
                "<p>Neuvostot jakavat yhdessä huomionosoituksen. Ehdottaa voi kauppaa tai yritystä "
                "sen esteettömyyden vuoksi, työntekijää, joka palveli hyvin, tai kokonaista "
                "asiointikokemusta. Ehdotuksissa nostetaan esiin tilanteita, joissa sinut tai "
                "läheisesi kohdattiin niin kuin kaikki pitäisi kohdata: yhdenvertaisesti.</p>",
            ),
        ],
    },
    {
        "key": "autumn-events",
        "slug": {"fi": "syksyn-tapahtumat", "sv": "hostens-evenemang"},
        "title": {
            "fi": "Syksyn tapahtumat – ilmoittaudu mukaan",
            "sv": "Höstens evenemang – anmäl dig",
        },
        "date": datetime.date(2020, 8, 10),
        "authors": ["mikko"],
        "categories": ["events"],
        "tags": ["ilmoittautuminen", "vanhus- ja vammaisneuvostot"],
        "image": "calendar",
        "hero_alt_text": {
            "fi": "Piirros: kuukausikalenteri, jossa kolme päivää on korostettu oranssilla.",
            "sv": "Teckning: en månadskalender där tre dagar är markerade med orange.",
        },
        "hero_caption": {"fi": "", "sv": ""},
        "hero_credit": CREDIT,
        "introduction": {
            "fi": "Hankkeen viimeinen syksy on täynnä tapaamisia. Kokosimme tähän päivämäärät; "
            "useimpiin tapahtumiin ilmoittaudutaan etukäteen.",
            "sv": "Projektets sista höst är full av möten. Här har vi samlat datumen; till de "
            "flesta evenemangen anmäler man sig i förväg.",
        },
        "body": [
            (
                "table",
                {
                    "caption": {"fi": "Syksyn 2020 tapahtumat", "sv": "Evenemang hösten 2020"},
                    "first_row_is_header": True,
                    "first_column_is_header": True,
                    "rows": [
                        [
                            {"fi": "Päivä", "sv": "Dag"},
                            {"fi": "Tapahtuma", "sv": "Evenemang"},
                            {"fi": "Ilmoittautuminen", "sv": "Anmälan"},
                        ],
                        [
                            {"fi": "14.8. klo 9–11", "sv": "14.8 kl. 9–11"},
                            {
                                "fi": "Hankkeen tuotokset verkkolähetyksenä",
                                "sv": "Projektets resultat i en webbsändning",
                            },
                            {"fi": "Ei tarvita", "sv": "Behövs inte"},
                        ],
                        [
                            {"fi": "2.9. klo 12–15", "sv": "2.9 kl. 12–15"},
                            {
                                "fi": "Vanhus- ja vammaisneuvostojen työkokous, Varkaus",
                                "sv": "Arbetsmöte för äldre- och handikappråden, Varkaus",
                            },
                            {"fi": "Avoinna", "sv": "Öppen"},
                        ],
                        [
                            {"fi": "21.9.", "sv": "21.9"},
                            {
                                "fi": "Hyvinvointitarjottimen kehittämistyöpaja",
                                "sv": "Utvecklingsworkshop för välfärdsbrickan",
                            },
                            {"fi": "Avoinna", "sv": "Öppen"},
                        ],
                        [
                            {"fi": "1.10. klo 12–16", "sv": "1.10 kl. 12–16"},
                            {
                                "fi": "Vanhus- ja vammaisfoorumi, Kuopio",
                                "sv": "Forum för äldre och personer med funktionsnedsättning, Kuopio",
                            },
                            {"fi": "Avoinna", "sv": "Öppen"},
                        ],
                        [
                            {"fi": "22.10. klo 9.30–13", "sv": "22.10 kl. 9.30–13"},
                            {
                                "fi": "Hankkeen päätöstilaisuus, Kuopio",
                                "sv": "Projektets avslutning, Kuopio",
                            },
                            {"fi": "Avoinna", "sv": "Öppen"},
                        ],
                    ],
                },
            ),
            (
                "paragraph",
                {
                    "fi": "<p>Kerro ilmoittautuessasi myös erityistarpeista, kuten ruokavaliosta, "
                    "tulkkauksesta tai avustajan mukanaolosta. Tapahtumapaikat ovat esteettömiä.</p>",
                    "sv": "<p>Berätta när du anmäler dig också om särskilda behov, till exempel "
                    "specialkost, tolkning eller om en assistent följer med. Evenemangsplatserna är "
                    "tillgängliga.</p>",
                },
            ),
            (
                "heading",
                {"text": {"fi": "Syksyn työn alla", "sv": "På gång i höst"}, "level": "h2"},
            ),
            (
                "paragraph",
                {
                    "fi": "<ul><li>Miten sote-keskus ja järjestöt kehittävät yhteistyötä tarjottimen "
                    "avulla – esimerkkinä yksi kunta.</li><li>Toiminnan kirkastamisen työkalut "
                    "kootaan yhdeksi paketiksi.</li><li>Loppuraportissa käydään avoimesti läpi "
                    "harha-askeleet, onnistumiset ja se, mitä niistä seurasi.</li></ul>",
                    "sv": "<ul><li>Hur social- och hälsocentralen och organisationerna utvecklar "
                    "samarbetet med hjälp av brickan – med en kommun som exempel.</li><li>Verktygen "
                    "för att förtydliga verksamheten samlas i ett paket.</li><li>I slutrapporten går "
                    "vi öppet igenom felstegen, framgångarna och vad de ledde till.</li></ul>",
                },
            ),
        ],
    },
    {
        "key": "year-2019",
        "slug": "vuosi-2019-karikot-ja-kohtaamiset",
        "title": "Vuosi 2019: karikot ja kohtaamisten arvo",
        "date": datetime.date(2020, 2, 4),
        "authors": ["laura", "mikko"],
        "categories": ["lessons"],
        "tags": ["VeKe", "Pohjois-Savo"],
        "image": "path",
        "hero_alt_text": "Piirros: mutkitteleva sininen viiva, jonka varrella on oransseja "
        "pisteitä ja lopussa vihreä piste.",
        "hero_caption": "Suunta on oikea, vaikka reitti mutkittelee.",
        "hero_credit": "Kuvitus: hankkeen viestintä",
        "introduction": "Sote-uudistuksen kaatuminen vei mukanaan useita suunnitelmiamme. Silti "
        "vuoden päällimmäinen tunne on, että suunta on oikea: tapahtumissamme kohtasimme 305 "
        "osallistujaa.",
        "body": [
            ("heading", {"text": "Karikot", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>Tarjottimen suunniteltu juurtuminen osaksi sote-keskusten vaatimuksia "
                "kariutui uudistuksen mukana.</li><li>Ehdotuksesta maakunnalliseksi "
                "vammaisneuvostoksi jäi loppuraporttiin yksi lause.</li><li>Järjestöavustusten "
                "jakamisen valmistelu ajettiin alas.</li></ul>",
            ),
            ("heading", {"text": "Kohtaamisten arvo", "level": "h2"}),
            (
                "paragraph",
                "<p>Rakensimme toimenpiteet prosessimaiseksi kokonaisuudeksi, ja jokaiselle "
                "toimenpiteelle asetettiin oma tavoitteensa. Näin työ pysyi lähellä konkretiaa, ja "
                "karikon tullen oli helpompi suunnitella vaihtoehto. Vuoden aikana kohtasimme 305 "
                "osallistujaa omissa tapahtumissamme – sen lisäksi lukuisissa tilaisuuksissa, joihin "
                "meidät kutsuttiin puhumaan.</p>",
            ),
            (
                "pull_quote",
                {
                    "text": "Kun yksi ovi sulkeutuu, voi olla tarpeen koputtaa samaan oveen yhä "
                    "uudelleen.",
                    "attribution": "Oppikoulun puhuja, tammikuu 2018",
                },
            ),
            (
                "paragraph",
                "<p>Vuodelle 2020 meillä on selkeät suunnitelmat. Reagoimme ja teemme "
                "korjausliikkeitä – ja kerromme niistä mielellämme kahvikupin äärellä.</p>",
            ),
        ],
    },
    {
        "key": "visits",
        "slug": "kylassa-yhdistysten-luona",
        "title": "Kylässä yhdistysten luona",
        "date": datetime.date(2019, 5, 20),
        "authors": ["mikko"],
        "categories": ["organisations", "workshops"],
        "tags": ["vapaaehtoistoiminta", "palvelumuotoilu"],
        "image": "workshop",
        "hero_alt_text": "Piirros: kuusi värikästä hahmoa pöydän ympärillä.",
        "hero_caption": "",
        "hero_credit": "",
        "introduction": "Keväällä tarjosimme yhdistyksille mahdollisuutta kutsua meidät kuuntelemaan "
        "ja kyselemään. Vierailimme muun muassa mielenterveys-, seniori- ja "
        "omaishoitajayhdistysten luona.",
        "body": [
            (
                "paragraph",
                "<p>Kohtaamisissa työstimme voimapuuta ja yhdistyspersoonaa – pienmarkkinoilla "
                "kokeiltuja pohjia, jotka ovat osoittautuneet toimiviksi. Joskus rohkeus kokeilla "
                "uutta tarvitsee vain jonkun, joka kysyy ja kuuntelee.</p>",
            ),
            ("heading", {"text": "Tapaus: arvot sanoiksi", "level": "h2"}),
            (
                "paragraph",
                "<p>Yhden yhdistyksen hallituksessa oli sekä uusia jäseniä että pitkän linjan "
                "konkareita. Toive oli tavoittaa se osa kohderyhmästä, joka ei vielä ole mukana. "
                "Toimintaa ja voimavaroja osattiin kuvata selkeästi, mutta arvot jäivät lähes "
                "työstämättä. Kotitehtäväksi jäi sanoittaa ne: ilman yhteistä arvopohjaa toiminta "
                "ei olisi kukoistanut.</p>",
            ),
            ("heading", {"text": "Parasta kohtaamisissa", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>Valmiita vastauksia ei tarvitse antaa.</li><li>Saa kysyä ja ihmetellä "
                "ääneen.</li><li>Saa heittää ideoita.</li><li>Tunne luottamuksesta.</li></ul>",
            ),
        ],
    },
]


def _translated_languages(spec):
    title = spec["title"]
    return [code for code in title if code != "fi"] if isinstance(title, dict) else []


def _snippet(model, spec, fields, images, locale):
    values = {name: pick(spec[name], "fi") for name in fields}
    lookup = {"slug": values["slug"]} if "slug" in values else {"name": values["name"]}
    obj = model.objects.filter(locale=locale, **lookup).first()
    if obj is None:
        extra = {}
        if spec.get("photo"):
            extra["photo"] = images[spec["photo"]]
        obj = model.objects.create(locale=locale, **values, **extra)
    for language in ("sv",):
        translated = {
            name: pick(spec[name], language)
            for name in fields
            if isinstance(spec[name], dict) and language in spec[name]
        }
        if translated:
            translate(obj, language, translated)
    return obj


def _resolve_images(value, images):
    """Replace image keys in gallery specs with image ids."""
    if isinstance(value, dict):
        return {
            key: images[item].pk if key == "image" else _resolve_images(item, images)
            for key, item in value.items()
        }
    if isinstance(value, list | tuple):
        return [_resolve_images(item, images) for item in value]
    return value


def create_post(index, spec, authors, categories, images):
    """The post of ``spec`` under ``index``, created, published and translated if missing."""
    body_spec = _resolve_images(spec["body"], images)
    key = f"blog:{spec['key']}"
    stream_block = BlogPostPage._meta.get_field("body").stream_block
    text_fields = ("title", "introduction", "hero_alt_text", "hero_caption", "hero_credit")
    slug = pick(spec["slug"], "fi")
    existing = index.get_children().filter(slug=slug).first()
    if existing is None:
        post = BlogPostPage(
            slug=slug,
            date=spec["date"],
            hero_image=images[spec["image"]],
            body=stored_stream(stream_block, stream(key, body_spec, "fi")),
            **{name: pick(spec[name], "fi") for name in text_fields},
        )
        post.categories = [categories[name] for name in spec["categories"]]
        post.post_authors = [BlogPostAuthor(author=authors[name]) for name in spec["authors"]]
        post.tags.add(*spec["tags"])
        index.add_child(instance=post)
        post.save_revision().publish()
        post.refresh_from_db()
    else:
        post = existing.specific
    for language in _translated_languages(spec):
        values = {name: pick(spec[name], language) for name in text_fields}
        values["slug"] = pick(spec["slug"], language)
        values["body"] = stream(key, body_spec, language)
        translate(post, language, values)
    return post


def load(command):
    set_up(django_apps)  # the workflow and permissions, also after tests emptied the database
    locale = default_locale()
    home = HomePage.objects.filter(depth=2, locale=locale).order_by("path").first()
    images = demo_images()
    authors = {
        key: _snippet(Author, spec, ("name", "role"), images, locale)
        for key, spec in AUTHORS.items()
    }
    categories = {
        key: _snippet(Category, spec, ("name", "slug", "description"), images, locale)
        for key, spec in CATEGORIES.items()
    }
    index = create_page(home, BlogIndexPage, dict(BLOG_INDEX), "blog-index")
    for spec in POSTS:
        create_post(index, spec, authors, categories, images)
    translated = sum(1 for spec in POSTS if _translated_languages(spec))
    command.stdout.write(
        f"Blog: {len(POSTS)} posts ({translated} in Swedish), {len(authors)} authors, "
        f"{len(categories)} categories: ok"
    )
