import pytest
from django.core.management import call_command
from stdnum.fi import ytunnus

from directory.organisations.demo import _demo_accounts
from directory.organisations.models import Activity, Organisation
from directory.taxonomy.models import Municipality
from portal.tests.support import assert_not_public

pytestmark = pytest.mark.django_db


def test_demo_directory_has_listings_in_five_regions(demo_site):
    assert Organisation.objects.filter(live=True).count() >= 30
    assert Activity.objects.filter(live=True).count() >= 60
    counties = set(
        Municipality.objects.filter(activities__live=True).values_list("county__slug", flat=True)
    )
    assert {
        "pohjois-savo",
        "pohjois-pohjanmaa",
        "etela-savo",
        "kymenlaakso",
        "etela-karjala",
    } <= counties
    assert Activity.objects.filter(live=True, translations__language="sv").exists()


def test_demo_has_pending_and_returned_listings_that_are_not_public(client, demo_site):
    pending = Activity.objects.get(title="Yhdistysten työpaja: tiedottaminen")
    returned = Activity.objects.get(title="Soutuvuoro")
    assert pending.current_workflow_state.status == "in_progress"
    assert returned.current_workflow_state.status == "needs_changes"
    assert_not_public(client, pending, pending.title)
    assert_not_public(client, Organisation.objects.get(name="Sulkavan Soutajat ry"))


def test_demo_accounts_exist_only_in_development(demo_site, django_user_model):
    assert not django_user_model.objects.filter(username__in=["edustaja", "moderaattori"]).exists()


def test_demo_representative_can_sign_in_on_the_public_site(client, demo_site, settings):
    settings.PORTAL_DEMO_ACCOUNTS = True
    _demo_accounts(Organisation.objects.get(name="Savonlinnan Seudun Kolomonen ry"))
    response = client.post(
        "/fi/account/login/", {"login": "edustaja@example.invalid", "password": "edustaja"}
    )
    assert response.status_code == 302
    my = client.get("/fi/my/").content.decode()
    assert "Savonlinnan Seudun Kolomonen ry" in my


def test_directory_demo_runs_twice_without_changes(demo_site):
    before = (Organisation.objects.count(), Activity.objects.count())
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert (Organisation.objects.count(), Activity.objects.count()) == before


def test_demo_organisations_show_the_whole_profile(client, demo_site):
    with_logo = Organisation.objects.exclude(logo=None)
    assert with_logo.count() >= 3 and all(o.logo_alt_text for o in with_logo)
    member = Organisation.objects.get(name="Savonlinnan Nuorisoseura ry")
    assert member.parent.name == "Savonlinnan Seudun Kolomonen ry"
    ids = list(Organisation.objects.exclude(business_id="").values_list("business_id", flat=True))
    assert len(ids) >= 20 and all(ytunnus.is_valid(number) for number in ids)
    html = client.get("/fi/toimintahakemisto/").content.decode()
    assert html  # the directory renders with the full profiles
    page = client.get(
        f"/fi/toimintahakemisto/jarjesto/{member.slug}/", follow=True
    ).content.decode()
    assert "Savonlinnan Seudun Kolomonen ry" in page and member.business_id in page


def test_a_phone_service_is_not_on_site(demo_site):
    helplines = Activity.objects.filter(title__startswith="Keskusteluapu puhelimessa")
    assert helplines.exists()
    assert set(helplines.values_list("channel", flat=True)) == {"phone"}
    assert not helplines.exclude(venue_name="").exists()


def test_demo_descriptions_do_not_repeat_the_summary(demo_site):
    for activity in Activity.objects.filter(live=True):
        assert not activity.description.startswith(activity.summary), activity.title
