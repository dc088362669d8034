"""The embeddable widgets and their configurator (docs/widgets.md)."""

import pytest
from django.contrib.staticfiles import finders

from directory.events.factories import EventFactory
from directory.organisations.factories import ActivityFactory, OrganisationFactory
from directory.organisations.models import Representation
from opendata.widgets import contrast
from portal.tests.support import assert_not_public

pytestmark = pytest.mark.django_db


def test_contrast_ratio_follows_wcag():
    assert contrast.ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast.ratio("#ffffff", "#ffffff") == pytest.approx(1)
    assert contrast.ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast.meets_aa("#767676", "#ffffff")
    assert not contrast.meets_aa("#777777", "#ffffff")
    assert contrast.parse("ABCDEF") == "#abcdef"
    assert contrast.parse("red") is None


@pytest.fixture
def listings(calendar_page):
    ours = OrganisationFactory(name="Kuopion Kävelijät", slug="kavelijat")
    other = OrganisationFactory(name="Muu yhdistys", slug="muu")
    return {
        "ours": ActivityFactory(organisation=ours, title="Kävelyryhmä"),
        "theirs": ActivityFactory(organisation=other, title="Lukupiiri"),
        "event": EventFactory(organisation=ours, title="Syysretki"),
        "draft": ActivityFactory(organisation=ours, title="Salainen luonnos", live=False),
    }


def test_widget_shows_only_the_chosen_public_listings_and_can_be_framed(client, listings):
    response = client.get("/fi/widget/?show=both&organisation=kavelijat&layout=cards")
    body = response.content.decode()
    assert response.status_code == 200
    assert "Kävelyryhmä" in body and "Syysretki" in body
    assert "Lukupiiri" not in body and "Salainen luonnos" not in body
    assert 'target="_top"' in body and "avautuu portaaliin" in body
    assert "http://testserver/fi/hakemisto/" in body
    # "See all": the organisation's own page (the directory has no organisation filter).
    assert "/kavelijat/" in body.split('class="more"')[1]
    # Framed by any site, no cookies, cached, nothing from elsewhere.
    assert "frame-ancestors *" in response["Content-Security-Policy"]
    assert "X-Frame-Options" not in response
    assert "Set-Cookie" not in response and not response.cookies
    assert "Cookie" not in response.get("Vary", "")
    assert "public" in response["Cache-Control"] and "max-age=300" in response["Cache-Control"]
    assert "https://" not in body.replace("http://testserver", "")


def test_widget_in_swedish_and_its_size(client, listings):
    organisation = listings["ours"].organisation
    ActivityFactory.create_batch(19, organisation=organisation, summary="x" * 300)
    response = client.get("/sv/widget/?organisation=kavelijat&count=20&layout=cards")
    body = response.content.decode()
    assert 'lang="sv"' in body and "/sv/katalog/" in body and "Kävelyryhmä" in body
    assert body.count("<li>") == 20
    script = finders.find("opendata/widget-frame.js")
    with open(script, "rb") as file:
        size = len(response.content) + len(file.read())
    assert size < 30_000


def test_other_pages_still_refuse_framing(client, calendar_page):
    response = client.get("/fi/widget/configure/")
    assert response["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]


def test_bad_colours_are_refused_in_the_readers_language(client, calendar_page):
    response = client.get("/fi/widget/configure/?text=%23cccccc&background=%23ffffff")
    body = response.content.decode()
    assert "4.5:1" in body and "kontrasti" in body.lower()
    assert 'role="alert"' in body
    # The preview and the code keep the default colours, the other settings as chosen.
    code = client.get("/fi/widget/configure/?text=%23cccccc&layout=compact").content.decode()
    code = code.split('id="widget-embed-code"')[1]
    assert "cccccc" not in code and "layout=compact" in code
    swedish = client.get("/sv/widget/configure/?link=%23ffff00").content.decode()
    assert "kontrast" in swedish.lower()
    # A widget asked for poor colours directly shows the defaults.
    widget = client.get("/fi/widget/?text=%23eeeeee").content.decode()
    assert "#eeeeee" not in widget


def test_configurator_gives_an_embed_code(client, listings):
    response = client.get("/fi/widget/configure/?show=events&organisation=kavelijat&lang=sv")
    body = response.content.decode()
    assert response.status_code == 200
    assert "http://testserver/sv/widget/?show=events&amp;organisation=kavelijat" in body
    assert "/static/opendata/widget-embed.js" in body
    assert "http://testserver/sv/kalender/?organiser=kavelijat" in body
    assert "data-widget-copy" in body


def test_no_leaks_through_widgets(client, listings):
    assert_not_public(client, listings["draft"])


def test_my_listings_gives_each_organisation_a_widget_code(client, django_user_model, listings):
    user = django_user_model.objects.create_user(username="edustaja", email="e@example.fi")
    organisation = listings["ours"].organisation
    Representation.objects.create(
        organisation=organisation, user=user, status=Representation.Status.APPROVED
    )
    client.force_login(user)
    body = client.get("/sv/my/").content.decode()
    assert "Visa vår verksamhet på vår egen webbplats" in body
    # In the textarea, the embed code's own "&amp;" is escaped once more.
    assert "http://testserver/sv/widget/?show=both&amp;amp;organisation=kavelijat" in body
    assert "/sv/widget/configure/?show=both&amp;organisation=kavelijat" in body


def test_widget_filters_by_theme_free_and_centre(client, directory_page):
    from home.models import HomePage  # noqa: PLC0415 - only this test builds pages
    from pilots.factories import (  # noqa: PLC0415 - only this test builds pages
        CentreIndexPageFactory,
        CentrePageFactory,
        GuidanceIndexPageFactory,
    )

    home = HomePage.objects.get(depth=2, locale__language_code="fi")
    guidance = GuidanceIndexPageFactory(parent=home, slug="ohjeet")
    index = CentreIndexPageFactory(parent=guidance, slug="keskukset")
    centre = CentrePageFactory(parent=index, slug="kuopion-keskus", title="Kuopion keskus")
    ActivityFactory(title="Maksuton liikunta", themes=["leisure"], is_free=True)
    ActivityFactory(title="Maksullinen liikunta", themes=["leisure"], is_free=False)
    ActivityFactory(title="Keskuksen ryhmä", centre=centre)
    body = client.get("/fi/widget/?theme=leisure&free=1").content.decode()
    assert "Maksuton liikunta" in body and "Maksullinen" not in body
    body = client.get("/fi/widget/?centre=kuopion-keskus").content.decode()
    assert "Keskuksen ryhmä" in body and "liikunta" not in body
    configurator = client.get("/fi/widget/configure/").content.decode()
    assert 'value="kuopion-keskus"' in configurator


@pytest.mark.parametrize(
    "query",
    [
        "municipality=%00&theme=x%00y&count=-1&layout=%00",
        "organisation=" + "a" * 5000 + "&centre=%C3%28&count=99999999999999999999",
        "show=%00&text=%23zzzzzz&background=red&link=&free=%00&language=%00&lang=%00",
    ],
)
def test_hostile_settings_give_a_default_widget(client, calendar_page, query):
    assert client.get(f"/fi/widget/?{query}").status_code == 200
    assert client.get(f"/fi/widget/configure/?{query}").status_code == 200
