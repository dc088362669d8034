"""``/api/hsds/``: HSDS 3.0 answers, validated against the official (vendored) schemas."""

import datetime
import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from directory.organisations.factories import ActivityFactory, OrganisationFactory
from directory.organisations.models import WeeklySlot
from directory.taxonomy.models import ServiceLanguage, TargetGroup, Theme
from home.models import HomePage
from opendata.hsds import ids
from pilots.factories import CentreIndexPageFactory, CentrePageFactory, GuidanceIndexPageFactory
from portal.tests.support import NOT_FOUND

from .hsds_schemas import EXAMPLES, assert_valid, assert_valid_page, errors, load_json
from .surfaces_hsds import surfaces

API = "/api/hsds/"


# --- the validator itself -----------------------------------------------------------------------
@pytest.mark.parametrize(("example", "schema"), EXAMPLES.items())
def test_the_official_examples_are_valid(example, schema):
    assert_valid(schema, load_json(f"examples/{example}"))


def test_the_validator_refuses_what_is_wrong():
    service = load_json("examples/service_full")
    service.pop("name")
    service["schedules"][0]["freq"] = "HOURLY"
    service["surprise"] = 1
    found = " ".join(errors("compiled/service", service))
    assert "'name' is a required property" in found
    assert "HOURLY" in found
    assert "surprise" in found
    location = load_json("examples/location")
    location["id"] = "not-a-uuid"
    location["addresses"][0].pop("city")  # a $ref'd sibling schema
    found = " ".join(errors("location", location))
    assert "uuid" in found
    assert "'city' is a required property" in found


# --- data ---------------------------------------------------------------------------------------
@pytest.fixture
def centre(db):
    home = HomePage.objects.get(depth=2, locale__language_code="fi")
    guidance = GuidanceIndexPageFactory(parent=home, slug="ohjeet")
    index = CentreIndexPageFactory(parent=guidance, slug="keskukset")
    return CentrePageFactory(parent=index, title="Kuopion sote-keskus", opening_hours="ma–pe 8–16")


@pytest.fixture
def data(directory_page, centre):
    parent = OrganisationFactory(name="Kattoliitto ry")
    organisation = OrganisationFactory(
        name="Kuopion Yhdistys ry",
        business_id="1234567-8",
        phone="+358 40 123 4567",
        street_address="Kauppakatu 1",
        postal_code="70100",
        post_office="Kuopio",
        parent=parent,
    )
    activity = ActivityFactory(
        organisation=organisation,
        title="Lukupiiri",
        venue_name="Kirjasto",
        street_address="Kirjastokatu 2",
        postal_code="70100",
        is_free=False,
        fee_description="5 €",
        wheelchair_accessible=True,
        accessibility_details="Hissi pihalta",
        contact_name="Maija",
        contact_email="maija@example.fi",
        contact_phone="+358 40 765 4321",
        schedule_note="Ei heinäkuussa",
        valid_from=datetime.date(2026, 1, 1),
        min_age=18,
        centre=centre,
    )
    activity.themes.set(Theme.objects.default_locale()[:2])
    activity.target_groups.set(TargetGroup.objects.default_locale()[:1])
    activity.languages.set(ServiceLanguage.objects.filter(code__in=["fi", "fse", "plain"]))
    activity.translations.create(
        language="sv", title="Läscirkel", description="Vi läser", fee_description="5 euro"
    )
    activity.save()  # parental relations (clusters) are written on save
    WeeklySlot.objects.create(
        activity=activity, weekday=1, start_time=datetime.time(18), end_time=datetime.time(20)
    )
    WeeklySlot.objects.create(activity=activity, weekday=3, start_time=datetime.time(10))
    hidden_organisation = OrganisationFactory(name="Piiloyhdistys", live=False)
    hidden_activity = ActivityFactory(organisation=organisation, title="Luonnosryhmä", live=False)
    under_hidden = ActivityFactory(organisation=hidden_organisation, title="Piilon kerho")
    online = ActivityFactory(organisation=parent, title="Verkkoryhmä", channel="online")
    return {
        "organisation": organisation,
        "parent": parent,
        "activity": activity,
        "online": online,
        "hidden": [hidden_organisation, hidden_activity, under_hidden],
    }


def get(client, path, status=200, **params):
    response = client.get(API + path, params)
    assert response.status_code == status, (path, params, response.content[:500])
    return response.json()


def hsds_id(obj):
    kind = ids.ORGANISATION if obj._meta.model_name == "organisation" else ids.ACTIVITY
    return ids.hsds_id(kind, obj.pk)


# --- every endpoint follows the schemas ---------------------------------------------------------
LISTS = {
    "organizations": "compiled/organization_list",
    "services": "compiled/service_list",
    "service_at_locations": "compiled/service_at_location_list",
    "locations": "location",
    "taxonomies": "taxonomy",
    "taxonomy_terms": "taxonomy_term",
}
FULL_LISTS = {
    "organizations": "compiled/organization",
    "services": "compiled/service",
    "service_at_locations": "compiled/service_at_location",
}
DETAILS = {
    "organizations": "compiled/organization",
    "services": "compiled/service",
    "service_at_locations": "compiled/service_at_location",
    "locations": "location",
    "taxonomies": "taxonomy",
    "taxonomy_terms": "taxonomy_term",
}


def check_schemas(client, data):
    root = get(client, "")
    assert root["version"] == "3.0"
    for path, schema in LISTS.items():
        for language in ("fi", "sv"):
            answer = get(client, path, lang=language)
            assert answer["total_items"] > 0, path
            assert_valid_page(schema, answer)
            for item in answer["contents"] if language == "fi" else []:
                assert_valid(DETAILS[path], get(client, f"{path}/{item['id']}"))
    for path, schema in FULL_LISTS.items():
        assert_valid_page(schema, get(client, path, full="true"))
    organisation = get(client, f"organizations/{hsds_id(data['organisation'])}", full_service="1")
    assert_valid("compiled/organization", organisation)
    assert_valid_page("compiled/organization", get(client, "organizations", full_service="true"))


def check_service(client, data):
    activity = data["activity"]
    service = get(client, f"services/{hsds_id(activity)}")
    assert service["id"] == str(uuid.uuid5(ids.NAMESPACE, f"activity:{activity.pk}"))
    assert service["name"] == "Lukupiiri"
    assert service["organization_id"] == hsds_id(data["organisation"])
    assert service["url"].startswith("http") and "/hakemisto/" in service["url"]
    assert [(row["byday"], row["opens_at"], row.get("closes_at")) for row in service["schedules"]]
    assert {row["byday"] for row in service["schedules"]} == {"TU", "TH"}
    slot = next(row for row in service["schedules"] if row["byday"] == "TU")
    assert slot | {"id": None, "service_id": None} == {
        "id": None,
        "service_id": None,
        "freq": "WEEKLY",
        "wkst": "MO",
        "interval": 1,
        "byday": "TU",
        "opens_at": "18:00",
        "closes_at": "20:00",
        "valid_from": "2026-01-01",
        "description": "Ei heinäkuussa",
    }
    assert service["cost_options"][0]["option"] == "fee"
    assert service["cost_options"][0]["amount_description"] == "5 €"
    assert [row.get("code") for row in service["languages"]] == ["fi", "fse", None]
    assert service["contacts"][0]["name"] == "Maija"
    assert service["contacts"][0]["phones"][0]["number"] == "+358 40 765 4321"
    assert service["service_areas"][0]["name"] == "Kuopio"
    assert service["minimum_age"] == 18
    kinds = {row["link_type"] for row in service["attributes"]}
    assert kinds == {"text_language", "themes", "target-groups"}
    places = {row["location"]["name"]: row["location"] for row in service["service_at_locations"]}
    assert set(places) == {"Kirjasto", "Kuopion sote-keskus"}
    venue = places["Kirjasto"]
    assert venue["addresses"][0]["address_1"] == "Kirjastokatu 2"
    assert venue["addresses"][0]["country"] == "FI"
    assert venue["accessibility"][0]["details"] == "Hissi pihalta"
    assert places["Kuopion sote-keskus"]["schedules"][0]["description"] == "ma–pe 8–16"


def check_organisation(client, data):
    organisation = get(client, f"organizations/{hsds_id(data['organisation'])}")
    assert organisation["organization_identifiers"][0] | {"id": 0} == {
        "id": 0,
        "organization_id": hsds_id(data["organisation"]),
        "identifier_scheme": "FI-YTUNNUS",
        "identifier_type": "Y-tunnus",
        "identifier": "1234567-8",
    }
    assert organisation["parent_organization_id"] == hsds_id(data["parent"])
    assert [service["name"] for service in organisation["services"]] == ["Lukupiiri"]
    data["parent"].live = False
    data["parent"].save()
    organisation = get(client, f"organizations/{hsds_id(data['organisation'])}")
    assert "parent_organization_id" not in organisation


def check_swedish(client, data):
    service = get(client, f"services/{hsds_id(data['activity'])}", lang="sv")
    assert service["name"] == "Läscirkel"
    assert service["description"].endswith("Vi läser")
    assert service["fees_description"] == "5 euro"
    assert service["schedules"][0]["description"] == "Ei heinäkuussa"  # no Swedish note
    language = next(row for row in service["attributes"] if row["link_type"] == "text_language")
    assert language["value"] == "sv"
    assert "/sv/" in service["url"]
    online = get(client, f"services/{hsds_id(data['online'])}", lang="sv")
    assert online["name"] == "Verkkoryhmä"
    language = next(row for row in online["attributes"] if row["link_type"] == "text_language")
    assert language["value"] == "fi"
    terms = get(client, "taxonomy_terms", lang="sv")["contents"]
    assert any(term["language"] == "sv" for term in terms)
    assert get(client, "taxonomies", lang="sv")["contents"][0]["name"] == "Teman"


# --- nothing unpublished ------------------------------------------------------------------------
@pytest.mark.django_db
def test_the_answers(client, data):
    """One test (one set of rows: the CI budget is tight) for what the endpoints answer: the
    schemas, a service, Swedish, the filters and paging, an organisation."""
    check_schemas(client, data)
    check_service(client, data)
    check_filters(client, data)
    check_swedish(client, data)
    check_organisation(client, data)  # unpublishes the parent: last


@pytest.mark.django_db
def test_nothing_unpublished_shows_anywhere(client, data, centre):
    """Counts, details and every address in ``surfaces_hsds`` (lists too)."""
    hidden_organisation, hidden_activity, under_hidden = data["hidden"]
    check_surfaces(client, data)
    assert get(client, "organizations")["total_items"] == 2
    assert get(client, "services")["total_items"] == 2
    assert get(client, "service_at_locations")["total_items"] == 2
    assert get(client, "locations")["total_items"] == 2  # the centre and one venue
    for obj in data["hidden"]:
        path = "organizations" if obj._meta.model_name == "organisation" else "services"
        get(client, f"{path}/{hsds_id(obj)}", status=404)
    for kind in (ids.AT_VENUE, ids.AT_CENTRE):
        get(client, f"service_at_locations/{ids.hsds_id(kind, under_hidden.pk)}", status=404)
    get(client, f"locations/{ids.hsds_id(ids.VENUE, hidden_activity.pk)}", status=404)
    answer = get(client, "services", organization_id=hsds_id(hidden_organisation))
    assert answer["total_items"] == 0 and answer["empty"]
    centre.unpublish()
    assert get(client, "locations")["total_items"] == 1
    get(client, f"locations/{ids.hsds_id(ids.CENTRE, centre.translation_key)}", status=404)
    service = get(client, f"services/{hsds_id(data['activity'])}")
    assert [row["location"]["name"] for row in service["service_at_locations"]] == ["Kirjasto"]


# --- filters ------------------------------------------------------------------------------------
def check_filters(client, data):
    activity = data["activity"]
    names = lambda answer: [row["name"] for row in answer["contents"]]  # noqa: E731
    assert names(get(client, "services", search="lukupiir")) == ["Lukupiiri"]
    assert names(get(client, "services", search="läscirkel")) == ["Lukupiiri"]
    theme = activity.themes.first()
    term_id = ids.hsds_id(ids.THEME, theme.pk)
    assert names(get(client, "services", taxonomy_term_id=term_id)) == ["Lukupiiri"]
    themes = ids.hsds_id(ids.TAXONOMY, "themes")
    assert names(get(client, "services", taxonomy_id=themes)) == ["Lukupiiri"]
    assert get(client, "taxonomy_terms", taxonomy_id=themes)["contents"][0]["taxonomy"] == "themes"
    assert names(get(client, "services", organization_id=hsds_id(data["parent"]))) == [
        "Verkkoryhmä"
    ]
    assert get(client, "services", taxonomy_term_id=str(uuid.uuid4()))["total_items"] == 0
    future = "2999-01-01T00:00:00+00:00"
    assert get(client, "services", modified_after=future)["total_items"] == 0
    assert get(client, "services", modified_after="2000-01-01T00:00:00Z")["total_items"] == 2
    assert get(client, "services", modified_after="2000-01-01T00:00")["total_items"] == 2
    assert names(get(client, "organizations", search="kuopion")) == ["Kuopion Yhdistys ry"]
    page = get(client, "services", per_page=1, page=2)
    assert page | {"contents": None} == {
        "total_items": 2,
        "total_pages": 2,
        "page_number": 2,
        "size": 1,
        "first_page": False,
        "last_page": True,
        "empty": False,
        "contents": None,
    }


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "params", "status"),
    [
        ("services", {"page": "abc"}, 400),
        ("services", {"page": "0"}, 400),
        ("services", {"page": "99"}, 404),
        ("services", {"page": "9" * 30}, 400),
        ("services", {"per_page": "9" * 5000}, 400),
        ("services", {"per_page": "-1"}, 400),
        ("services", {"per_page": "x"}, 400),
        ("services", {"lang": "de"}, 400),
        ("services", {"format": "ndjson"}, 400),
        ("services", {"full": "maybe"}, 400),
        ("services", {"taxonomy_term_id": "12"}, 400),
        ("services", {"organization_id": "x" * 100}, 400),
        ("services", {"modified_after": "yesterday"}, 400),
        ("services", {"modified_after": "2026-13-45T99:00"}, 400),
        ("taxonomy_terms", {"parent_id": "nope"}, 400),
        ("services/12", {}, 404),
        ("services/" + "9" * 40, {}, 404),
        ("services/00000000-0000-0000-0000-000000000000", {}, 404),
        ("organizations/%00", {}, 404),
        ("service_at_locations/abc", {}, 404),
        ("locations/abc", {}, 404),
        ("taxonomies/abc", {}, 404),
        ("taxonomy_terms/abc", {}, 404),
    ],
)
def test_bad_parameters_are_refused_not_errors(client, path, params, status):
    response = client.get(API + path, params)
    assert response.status_code == status, response.content[:300]
    assert response["Content-Type"].startswith("application/json")


# --- a page costs the same queries whatever its size --------------------------------------------
def queries_for(client, path, **params):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(API + path, params)
    assert response.status_code == 200
    assert response.json()["size"] > 0
    return len(captured)


@pytest.mark.django_db
def test_query_count_does_not_grow_with_the_page(client, data, centre):
    theme = Theme.objects.default_locale().first()
    # The nested forms read all that the one-to-one forms read, and more.
    paths = [
        ("organizations", {"full": "true", "full_service": "true"}),
        ("services", {"full": "true"}),
        ("service_at_locations", {"full": "true"}),
        ("locations", {}),
    ]

    def more(count):
        for number in range(count):
            activity = ActivityFactory(
                title=f"Ryhmä {number}", venue_name="Talo", street_address="Tie 1", centre=centre
            )
            activity.themes.set([theme])
            activity.translations.create(language="sv", title=f"Grupp {number}")
            activity.save()
            WeeklySlot.objects.create(activity=activity, weekday=0, start_time=datetime.time(9))

    more(1)
    queries_for(client, "organizations")  # the first answer also reads the site and caches it
    few = {path + str(params): queries_for(client, path, **params) for path, params in paths}
    more(9)
    many = {path + str(params): queries_for(client, path, **params) for path, params in paths}
    assert many == few


def check_surfaces(client, data):
    """``surfaces_hsds.surfaces`` (for the portal's no-leak helper) on the hidden rows."""
    for obj in data["hidden"][:2]:  # the third is under the first
        outputs = surfaces(obj)
        assert outputs
        for url, check in outputs:
            response = client.get(url)
            if check == NOT_FOUND:
                assert response.status_code == 404, url
            else:
                assert response.status_code == 200, url
                assert str(obj) not in response.content.decode(), url
