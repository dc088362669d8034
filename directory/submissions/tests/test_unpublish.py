"""Unpublishing asks first, and an unchanged listing can be published again (issue 14)."""

import datetime

import pytest
from wagtail.actions.unpublish import UnpublishAction
from wagtail.models import WorkflowState

from directory.organisations.factories import ActivityFactory
from directory.organisations.models import Activity, Organisation
from portal.tests.support import assert_not_public

from .support import activity_data, approve, organisation_data

pytestmark = pytest.mark.django_db


def approved_activity(client, representative, moderator, title="Kävelyryhmä"):
    """An activity sent through the form and approved by a moderator, as in real life."""
    organisation = representative.represented_organisations.get()
    client.force_login(representative)
    assert (
        client.post("/fi/my/activity/new/", activity_data(organisation, title=title)).status_code
        == 302
    )
    activity = Activity.objects.get(title=title)
    approve(client, moderator, activity)
    activity.refresh_from_db()
    assert activity.live
    client.force_login(representative)
    return activity


@pytest.mark.parametrize(
    ("language", "question", "button"),
    [
        ("fi", "Poistetaanko ”Kävelyryhmä” julkaisusta?", "Kyllä, poista julkaisusta"),
        ("sv", "Avpublicera ”Kävelyryhmä”?", "Ja, avpublicera"),
    ],
)
def test_unpublishing_asks_first_in_the_users_language(
    client, directory_page, representative, moderator, language, question, button
):
    activity = approved_activity(client, representative, moderator)
    my = client.get(f"/{language}/my/").content.decode()
    url = f"/{language}/my/activity/{activity.pk}/unpublish/"
    # My listings links to the question; it does not unpublish with one click.
    assert f'href="{url}"' in my
    assert f'action="{url}"' not in my
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert question in html and button in html and '<form method="post">' in html
    activity.refresh_from_db()
    assert activity.live
    response = client.post(url)
    assert response.status_code == 302
    activity.refresh_from_db()
    assert not activity.live
    assert_not_public(client, activity, "Kävelyryhmä")


def test_an_unchanged_listing_is_published_again_without_moderation(
    client, directory_page, representative, moderator
):
    activity = approved_activity(client, representative, moderator)
    Activity.objects.filter(pk=activity.pk).update(last_confirmed=datetime.date(2026, 1, 2))
    client.post(f"/fi/my/activity/{activity.pk}/unpublish/")
    my = client.get("/fi/my/").content.decode()
    assert "Ei julkinen" in my and "Julkaise uudelleen" in my
    revisions = activity.revisions.count()
    response = client.post(f"/fi/my/activity/{activity.pk}/republish/", follow=True)
    assert "Ilmoitus on taas julkinen." in response.content.decode()
    activity.refresh_from_db()
    assert activity.live and activity.title == "Kävelyryhmä"
    assert activity.current_workflow_state is None or (
        activity.current_workflow_state.status != WorkflowState.STATUS_IN_PROGRESS
    )
    assert activity.revisions.count() == revisions  # the approved version itself
    assert activity.last_confirmed == datetime.date(2026, 1, 2)  # the row's own bookkeeping
    assert "Kävelyryhmä" in client.get("/fi/hakemisto/").content.decode()


def test_a_changed_listing_goes_through_moderation_again(
    client, directory_page, representative, moderator
):
    activity = approved_activity(client, representative, moderator)
    organisation = activity.organisation
    client.post(
        f"/fi/my/activity/{activity.pk}/",
        activity_data(
            organisation, title="Kävelyryhmä", summary="Uusi tiivistelmä.", action="draft"
        ),
    )
    client.post(f"/fi/my/activity/{activity.pk}/unpublish/")
    my = client.get("/fi/my/").content.decode()
    assert "Julkaise uudelleen" not in my
    assert "Moderaattorit tarkistavat sen ennen kuin se on taas julkinen." in my
    response = client.post(f"/fi/my/activity/{activity.pk}/republish/", follow=True)
    assert "Moderaattorit tarkistavat ilmoituksen" in response.content.decode()
    activity.refresh_from_db()
    assert not activity.live
    assert activity.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert_not_public(client, activity, "Uusi tiivistelmä.")
    approve(client, moderator, activity)
    activity.refresh_from_db()
    assert activity.live and activity.summary == "Uusi tiivistelmä."


def test_a_listing_a_moderator_unpublished_needs_moderation(
    client, directory_page, representative, moderator
):
    activity = approved_activity(client, representative, moderator)
    UnpublishAction(activity, user=moderator).execute(skip_permission_checks=True)
    client.force_login(representative)
    assert "Julkaise uudelleen" not in client.get("/fi/my/").content.decode()
    client.post(f"/fi/my/activity/{activity.pk}/republish/")
    activity.refresh_from_db()
    assert not activity.live
    assert activity.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert_not_public(client, activity, "Kävelyryhmä")


def test_a_listing_never_approved_in_moderation_needs_it(client, directory_page, representative):
    """Without a version the moderators approved, there is nothing to publish again."""
    activity = ActivityFactory(organisation=representative.represented_organisations.get())
    activity.first_published_at = activity.created_at
    activity.save()
    client.force_login(representative)
    client.post(f"/fi/my/activity/{activity.pk}/unpublish/")
    client.post(f"/fi/my/activity/{activity.pk}/republish/")
    activity.refresh_from_db()
    assert not activity.live
    assert activity.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS


def test_an_unchanged_organisation_is_published_again(
    client, directory_page, representative, moderator
):
    client.force_login(representative)
    client.post("/fi/my/organisation/new/", organisation_data())
    organisation = Organisation.objects.get(name="Uusi Yhdistys ry")
    approve(client, moderator, organisation)
    client.force_login(representative)
    html = client.get(f"/fi/my/organisation/{organisation.pk}/unpublish/").content.decode()
    assert "eivät myöskään sen toiminnot ja tapahtumat ole julkisia" in html
    client.post(f"/fi/my/organisation/{organisation.pk}/unpublish/")
    organisation.refresh_from_db()
    assert not organisation.live
    client.post(f"/fi/my/organisation/{organisation.pk}/republish/")
    organisation.refresh_from_db()
    assert organisation.live


def test_republishing_is_for_unpublished_listings_only(client, representative):
    activity = ActivityFactory(organisation=representative.represented_organisations.get())
    client.force_login(representative)
    assert client.get(f"/fi/my/activity/{activity.pk}/republish/").status_code == 405
    assert client.post(f"/fi/my/activity/{activity.pk}/republish/").status_code == 302
    activity.refresh_from_db()
    assert activity.live and activity.current_workflow_state is None
    other = ActivityFactory(live=False)
    assert client.post(f"/fi/my/activity/{other.pk}/republish/").status_code == 404
    assert client.get(f"/fi/my/activity/{other.pk}/unpublish/").status_code == 404
