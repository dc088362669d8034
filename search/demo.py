"""Demo promoted search results (``manage.py load_demo``). Safe to run again.

Staff promote pages for search terms in the admin (Settings → Promoted search results). A
promotion names the page in one language; readers of the other language get its translation.
"""

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page

from portal.demo import default_locale

# (search term, slug of the Finnish page, description in the term's language)
PROMOTIONS = [
    (
        "yhteistyö",
        "ohjeet",
        "Näin yhdistys ja sote- tai perhekeskus sopivat yhteistyöstä: pilotit, ohjeet ja "
        "keskusten yhdyshenkilöt.",
    ),
    (
        "samarbete",
        "ohjeet",
        "Så kommer en förening och en social- och hälsocentral eller familjecentral överens om "
        "samarbete: pilotprojekten, anvisningarna och centralernas kontaktpersoner.",
    ),
    ("sote-keskus", "keskukset", "Kaikki sote- ja perhekeskukset ja niiden yhdyshenkilöt."),
    ("vertaistuki", "toimintahakemisto", "Etsi vertaistukiryhmiä toimintahakemistosta."),
    ("kamratstöd", "toimintahakemisto", "Sök kamratstödsgrupper i verksamhetskatalogen."),
]


def load(command):
    created = 0
    for order, (term, slug, description) in enumerate(PROMOTIONS):
        page = Page.objects.filter(slug=slug, locale=default_locale()).first()
        if page is None:
            continue
        query = Query.get(term)
        _promotion, was_created = SearchPromotion.objects.get_or_create(
            query=query, page=page, defaults={"description": description, "sort_order": order}
        )
        created += was_created
    command.stdout.write(f"Search: {created} promoted results added")
