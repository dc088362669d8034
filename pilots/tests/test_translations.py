"""Finnish and Swedish: pages and contacts through wagtail-localize, the interface by gettext."""

from pathlib import Path

import polib
import pytest
from django.core.management import call_command
from django.utils import translation
from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation

from pilots.models import CentrePage, Contact, GuidePage

pytestmark = pytest.mark.django_db


def SWEDISH():  # noqa: N802
    return Locale.objects.get(language_code="sv")


GUIDE_SV = "/sv/anvisningar/pilot-hosten-2022/anvisning-for-samarbete-med-centralerna/"


def test_demo_in_swedish_and_idempotent(client, demo_site):
    # Pages: the Swedish tree is made of translations (not aliases) of the Finnish pages.
    fi_guide = GuidePage.objects.get(
        locale__language_code="fi", slug="ohje-sote-keskusyhteistyohon"
    )
    sv_guide = fi_guide.get_translation(SWEDISH())
    assert sv_guide.specific.alias_of_id is None
    assert sv_guide.url == GUIDE_SV
    assert StringTranslation.objects.filter(
        locale__language_code="sv", data="Pilotens tidtabell"
    ).exists()

    html = client.get(GUIDE_SV).content.decode()
    assert '<html lang="sv">' in html
    assert "Innehåll" in html and "På lättläst svenska" in html and "Senast granskad" in html
    assert '<h2 id="pilotens-tidtabell"' in html
    assert "(genomförd)" in html
    assert "Länk till avsnittet ”Pilotens tidtabell”" in html
    assert "Samordning av piloten" in html and "Projektkoordinator" in html  # contact in Swedish

    # Contacts are translatable snippets: name, e-mail and phone synchronised.
    for contact in Contact.objects.filter(locale__language_code="fi"):
        swedish = contact.get_translation_or_none(SWEDISH())
        assert swedish is not None
        assert (swedish.name, swedish.email, swedish.phone) == (
            contact.name,
            contact.email,
            contact.phone,
        )
        assert contact.email.endswith("@example.fi") and contact.phone.startswith("040 000")

    # Centres: the Swedish page points at the Swedish contact and names the municipality in
    # Swedish; the filter offers the Swedish names.
    centre = CentrePage.objects.get(slug="social-och-halsocentralen-i-nyslott")
    with translation.override("sv"):
        assert centre.municipality_name == "Nyslott"
    assert centre.liaison_contacts[0].value["contact"].locale.language_code == "sv"
    html = client.get("/sv/anvisningar/centraler/").content.decode()
    assert '<option value="savonlinna">Nyslott</option>' in html
    assert '<option value="etela-savo">Södra Savolax välfärdsområde</option>' in html
    html = client.get(centre.url).content.decode()
    assert "Kontaktpersoner för organisationer" in html and "Socialhandledare" in html
    assert "Elektronisk infoskärm" in html and "Tekniska krav" in html
    assert len(CentrePage.objects.filter(locale__language_code="fi")) >= 4

    # Running the demo again creates nothing.
    before = (Page.objects.count(), Contact.objects.count(), StringTranslation.objects.count())
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    after = (Page.objects.count(), Contact.objects.count(), StringTranslation.objects.count())
    assert after == before


def test_every_interface_string_is_translated():

    for language in ("fi", "sv"):
        path = Path(__file__).parents[1] / "locale" / language / "LC_MESSAGES" / "django.po"
        catalogue = polib.pofile(str(path))
        assert catalogue.percent_translated() == 100, language
        assert not catalogue.fuzzy_entries(), language
