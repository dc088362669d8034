"""Nothing unpublished, pending or private is ever found; publishing, unpublishing and approving
change the results at once; ``update_index`` rebuilds the index."""

import re

import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail.actions.unpublish import UnpublishAction
from wagtail.models import PageViewRestriction

from directory.organisations.models import Activity
from portal.tests.support import assert_not_public, public_outputs

from .helpers import add_page, make_activity, make_organisation

pytestmark = pytest.mark.django_db


def found(client, query, language="fi"):
    html = client.get(f"/{language}/search/", {"q": query}).content.decode()
    results = html.split('class="search-results"', 1)[-1]
    return re.findall(r'<h3 class="listing-card__title"[^>]*><a href="[^"]*">([^<]*)</a>', results)


def suggested(client, query, language="fi"):
    data = client.get(f"/{language}/search/suggest/", {"q": query}).json()
    return [suggestion["title"] for suggestion in data["suggestions"]]


@pytest.fixture
def representative(django_user_model):
    return django_user_model.objects.create_user(username="edustaja", password="x")


def submit(listing, user):
    """What the submission forms do: a new revision, sent into the workflow."""
    listing.save_revision(user=user)
    return listing.get_workflow().start(listing, user)


def approve(listing, moderator):
    listing.current_workflow_task_state.approve(user=moderator)
    listing.refresh_from_db()


def test_search_is_one_of_the_public_surfaces_of_listings_and_pages(home, listing_pages):
    activity = make_activity("Pinnat")
    page = add_page(home, "Pintasivu", slug="pintasivu")
    for obj in (activity, page):
        urls = [url for url, _check in public_outputs(obj)]
        for prefix in ("/fi/search/", "/sv/search/", "/fi/search/suggest/", "/sv/search/suggest/"):
            assert any(url.startswith(prefix + "?q=") for url in urls), (obj, prefix)


def test_a_pending_listing_is_never_found_until_approved(
    client, listing_pages, representative, moderator
):
    organisation = make_organisation("Hyväksytty yhdistys ry")
    activity = Activity(
        organisation=organisation,
        title="Odottava sieniretki",
        summary="Sieniä.",
        description="Metsään.",
        kind=Activity.Kind.CLUB,
        live=False,
    )
    activity.save()
    submit(activity, representative)
    assert_not_public(client, activity, "Odottava sieniretki")
    assert found(client, "sieniretki") == []
    assert suggested(client, "sieniretki") == []

    approve(activity, moderator)
    assert activity.live
    assert found(client, "sieniretki") == ["Odottava sieniretki"]
    assert suggested(client, "sieniret") == ["Odottava sieniretki"]
    assert found(client, "sienitetki") == []  # (a typo finds nothing, of course)


def test_an_edit_waiting_for_approval_is_not_searchable(
    client, listing_pages, representative, moderator
):
    activity = make_activity("Vanha kuoro")
    activity.save_revision().publish()
    activity.title = "Uusi lauluryhmä"
    activity.translations.create(language="sv", title="Ny sånggrupp", summary="Vi sjunger.")
    submit(activity, representative)

    assert found(client, "kuoro") == ["Vanha kuoro"]
    assert found(client, "lauluryhmä") == []
    assert found(client, "sånggrupp", "sv") == []
    assert suggested(client, "lauluryh") == []

    approve(activity, moderator)
    # At once: the new title and the Swedish translation that came with it.
    assert found(client, "lauluryhmä") == ["Uusi lauluryhmä"]
    assert found(client, "kuoro") == []
    assert found(client, "sånggrupp", "sv") == ["Ny sånggrupp"]
    assert suggested(client, "sånggr", "sv") == ["Ny sånggrupp"]


def test_rejected_and_unpublished_listings_disappear_at_once(
    client, listing_pages, representative, moderator
):
    activity = make_activity("Näkyvä kävelykerho", organisation=make_organisation("Kävelijät ry"))
    assert found(client, "kävelykerho") == ["Näkyvä kävelykerho"]
    UnpublishAction(activity, user=moderator).execute(skip_permission_checks=True)
    assert found(client, "kävelykerho") == []
    assert_not_public(client, activity, "Näkyvä kävelykerho")

    # An unpublished organisation hides its activities, in search as everywhere.
    other = make_activity("Toinen kerho", organisation=make_organisation("Piilotettava ry"))
    assert set(found(client, "piilotettava")) == {"Piilotettava ry", "Toinen kerho"}
    UnpublishAction(other.organisation, user=moderator).execute(skip_permission_checks=True)
    assert found(client, "piilotettava") == []
    assert_not_public(client, other, "Toinen kerho")


def test_ended_activities_are_not_found(client, listing_pages):
    make_activity("Päättynyt kerho", status=Activity.Status.ENDED)
    assert found(client, "päättynyt") == []


def test_page_publishing_and_unpublishing_update_results_at_once(client, home, listing_pages):
    page = add_page(home, "Keväinen tiedote", "Kevään uutiset.", slug="tiedote")
    assert found(client, "keväinen") == ["Keväinen tiedote"]

    # A draft of a new version is not searchable; publishing it is, at once.
    page.title = "Kesäinen tiedote"
    revision = page.save_revision()
    assert found(client, "kesäinen") == []
    assert found(client, "keväinen") == ["Keväinen tiedote"]
    revision.publish()
    assert found(client, "kesäinen") == ["Kesäinen tiedote"]
    assert found(client, "keväinen") == []

    page.refresh_from_db()
    page.unpublish()
    assert found(client, "kesäinen") == []
    assert_not_public(client, page, "Kesäinen tiedote")


def test_drafts_and_private_pages_are_never_found(client, home, listing_pages):
    draft = add_page(home, "Luonnos salaisuus", slug="luonnos")
    draft.unpublish()
    private = add_page(home, "Yksityinen salaisuus", slug="yksityinen")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    assert found(client, "salaisuus") == []
    assert suggested(client, "salaisuus") == []
    assert_not_public(client, draft, "Luonnos salaisuus")
    assert_not_public(client, private, "Yksityinen salaisuus")


def test_renaming_an_organisation_updates_its_activities(client, listing_pages):
    organisation = make_organisation("Vanhanimi ry")
    make_activity("Jumppa", organisation=organisation)
    organisation.name = "Uusinimi ry"
    organisation.save()
    assert set(found(client, "uusinimi")) == {"Uusinimi ry", "Jumppa"}


def test_update_index_rebuilds_the_index(client, home, listing_pages):
    page = add_page(home, "Ennen muutosta", slug="muutos")
    activity = make_activity("Ennen toimintaa")
    # Changes that bypass Wagtail (bulk updates, imports) are not in the index…
    type(page).objects.filter(pk=page.pk).update(title="Jälkeen muutoksen")
    Activity.objects.filter(pk=activity.pk).update(title="Jälkeen toiminnan")
    assert found(client, "jälkeen") == []
    # …until update_index.
    call_command("update_index", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert set(found(client, "jälkeen")) == {"Jälkeen muutoksen", "Jälkeen toiminnan"}


def test_the_admin_searches_with_the_same_backends(admin_client, home, listing_pages):
    add_page(home, "Hallinnon yhdistyssivu", slug="hallinto")
    make_activity("Hallinnon kerho")
    pages = admin_client.get(reverse("wagtailadmin_pages:search"), {"q": "yhdistyssivu"})
    assert pages.status_code == 200
    assert "Hallinnon yhdistyssivu" in pages.content.decode()
    snippets = admin_client.get(reverse("wagtailsnippets_directory_activity:list"), {"q": "kerho"})
    assert snippets.status_code == 200
    assert "Hallinnon kerho" in snippets.content.decode()
    # The directory's admin views search named fields (title, summary, description).
    by_summary = admin_client.get(
        reverse("wagtailsnippets_directory_activity:list"), {"q": "kuvaus"}
    )
    assert "Hallinnon kerho" in by_summary.content.decode()
