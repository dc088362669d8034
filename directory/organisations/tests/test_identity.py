"""Each directory view names itself (canonical, alternates, switcher, localized addresses with
the old English ones redirected), and an organisation's page carries schema.org data."""

import json
import re

import pytest
from django.test import override_settings

from directory.organisations.factories import ActivityFactory, OrganisationFactory
from directory.organisations.models import (
    ActivityTranslation,
    Organisation,
    OrganisationTranslation,
)
from directory.taxonomy.models import Municipality, WellbeingCounty

pytestmark = pytest.mark.django_db

BASE = "https://portaali.example.fi"


def head_links(html):
    canonical = re.search(r'<link rel="canonical" href="([^"]+)">', html)
    alternate = r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">'
    return canonical.group(1) if canonical else None, dict(re.findall(alternate, html))


def switcher(html):
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    links = re.findall(r'<a href="([^"]+)" hreflang="(\w+)"', nav)
    return {language: url.replace("&amp;", "&") for url, language in links}


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


@pytest.fixture
def activity(directory_page):
    activity = ActivityFactory(title="Lukupiiri")
    ActivityTranslation.objects.create(
        activity=activity, language="sv", title="Läscirkel", summary="Vi läser"
    )
    OrganisationTranslation.objects.create(
        organisation=activity.organisation, language="sv", description="En förening"
    )
    return activity


def views(activity):
    organisation = activity.organisation.slug
    return {
        "activity": (
            f"/fi/hakemisto/toiminta/{activity.slug}/",
            f"/sv/katalog/verksamhet/{activity.slug}/",
        ),
        "organisation": (
            f"/fi/hakemisto/jarjesto/{organisation}/",
            f"/sv/katalog/organisation/{organisation}/",
        ),
        "browse": ("/fi/hakemisto/", "/sv/katalog/"),
    }


@override_settings(PORTAL_BASE_URL=BASE)
def test_every_view_is_its_own_canonical_with_alternates_in_both_languages(client, activity):
    for kind, (finnish, swedish) in views(activity).items():
        for url in (finnish, swedish):
            response = client.get(url)
            assert response.status_code == 200, (kind, url)
            canonical, alternates = head_links(response.content.decode())
            assert canonical == BASE + url, kind
            assert alternates == {
                "fi": BASE + finnish,
                "sv": BASE + swedish,
                "x-default": BASE + finnish,
            }, kind


def test_the_switcher_leads_to_the_same_view_with_its_filters(client, activity):
    query = "?municipality=kuopio&sort=title"
    for finnish, swedish in views(activity).values():
        assert switcher(client.get(finnish + query).content.decode()) == {"sv": swedish + query}
        assert switcher(client.get(swedish + query).content.decode()) == {"fi": finnish + query}


def test_a_listing_without_a_swedish_text_has_only_its_own_language_as_alternate(
    client, directory_page
):
    activity = ActivityFactory(title="Vain suomeksi")
    finnish = f"/fi/hakemisto/toiminta/{activity.slug}/"
    swedish = f"/sv/katalog/verksamhet/{activity.slug}/"
    for url in (finnish, swedish):
        canonical, alternates = head_links(client.get(url).content.decode())
        assert canonical == "http://testserver" + url
        assert alternates == {"fi": "http://testserver" + finnish, "x-default": alternates["fi"]}
    assert switcher(client.get(finnish).content.decode()) == {"sv": swedish}


def test_the_old_english_addresses_redirect_permanently(client, activity):
    organisation = activity.organisation.slug
    old_and_new = {
        f"/fi/hakemisto/activity/{activity.slug}/": f"/fi/hakemisto/toiminta/{activity.slug}/",
        f"/sv/katalog/activity/{activity.slug}/": f"/sv/katalog/verksamhet/{activity.slug}/",
        f"/fi/hakemisto/organisation/{organisation}/": f"/fi/hakemisto/jarjesto/{organisation}/",
        f"/sv/katalog/toiminta/{activity.slug}/": f"/sv/katalog/verksamhet/{activity.slug}/",
    }
    for old, new in old_and_new.items():
        response = client.get(old + "?utm_source=x")
        assert response.status_code == 301, old
        assert response["Location"] == new + "?utm_source=x", old
        assert client.get(new).status_code == 200, new
    # Swedish uses the English word for organisations: it is the page itself.
    assert client.get(f"/sv/katalog/organisation/{organisation}/").status_code == 200


@override_settings(PORTAL_BASE_URL=BASE)
def test_organisation_json_ld(client, directory_page):
    parent = OrganisationFactory(name="Keskusliitto ry", type=Organisation.Type.FEDERATION)
    hidden_parent = OrganisationFactory(name="Piilotettu liitto", live=False)
    organisation = OrganisationFactory(
        name="Kuopion Kävelijät ry",
        abbreviation="KK",
        business_id="1234567-1",
        street_address="Kauppakatu 1",
        postal_code="70100",
        post_office="Kuopio",
        phone="017 123 4567",
        website="https://kavelijat.example.fi",
        parent=parent,
        wellbeing_county=WellbeingCounty.objects.default_locale().get(slug="pohjois-savo"),
    )
    organisation.municipalities.set(Municipality.objects.default_locale().filter(slug="kuopio"))
    organisation.save()
    html = client.get(f"/fi/hakemisto/jarjesto/{organisation.slug}/").content.decode()
    (data,) = json_ld(html)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NGO"
    assert data["name"] == "Kuopion Kävelijät ry"
    assert data["alternateName"] == "KK"
    assert data["url"] == f"{BASE}/fi/hakemisto/jarjesto/{organisation.slug}/"
    assert data["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "Kauppakatu 1",
        "postalCode": "70100",
        "addressLocality": "Kuopio",
        "addressCountry": "FI",
    }
    assert data["identifier"] == {
        "@type": "PropertyValue",
        "propertyID": "FI:Y-tunnus",
        "value": "1234567-1",
    }
    assert data["taxID"] == "1234567-1"
    assert data["parentOrganization"] == {
        "@type": "NGO",
        "name": "Keskusliitto ry",
        "url": f"{BASE}/fi/hakemisto/jarjesto/{parent.slug}/",
    }
    assert {"@type": "AdministrativeArea", "name": "Kuopio"} in data["areaServed"]
    assert len(data["areaServed"]) == 2
    assert data["sameAs"] == "https://kavelijat.example.fi"
    # Only what the public page shows: no empty values, no representatives or moderation data.
    allowed = {
        "@context", "@type", "name", "url", "alternateName", "description", "logo", "sameAs",
        "email", "telephone", "address", "identifier", "taxID", "parentOrganization",
        "areaServed",
    }  # fmt: skip
    assert set(data) <= allowed
    assert "" not in data.values() and None not in data.values()

    # A parish is an Organization; a hidden parent and blank fields are left out.
    parish = OrganisationFactory(
        name="Seurakunta", type=Organisation.Type.PARISH, parent=hidden_parent, email=""
    )
    html = client.get(f"/sv/katalog/organisation/{parish.slug}/").content.decode()
    (data,) = json_ld(html)
    assert data["@type"] == "Organization"
    assert data["url"] == f"{BASE}/sv/katalog/organisation/{parish.slug}/"
    for absent in ("parentOrganization", "address", "identifier", "taxID", "email", "logo"):
        assert absent not in data
    assert "Piilotettu" not in html
