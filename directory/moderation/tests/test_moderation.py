"""Moderation through Wagtail's workflow, and the no-leak guarantee for unapproved listings."""

import pytest
from django.urls import reverse
from wagtail.models import Workflow

from directory.organisations.factories import ActivityFactory, OrganisationFactory
from directory.organisations.models import Activity, Organisation
from directory.taxonomy.models import Municipality
from portal.tests.support import assert_not_public

pytestmark = pytest.mark.django_db


@pytest.fixture
def representative(django_user_model):
    return django_user_model.objects.create_user(
        username="edustaja", email="edustaja@example.fi", password="x"
    )


def submit(listing, user):
    """What the submission forms do: a new revision, sent into the workflow."""
    listing.save_revision(user=user)
    return listing.get_workflow().start(listing, user)


def workflow_action(client, listing, action, **data):
    task_state = listing.current_workflow_task_state
    name = listing.snippet_viewset.get_url_name("workflow_action")
    url = reverse(name, args=[listing.pk, action, task_state.pk])
    return client.post(url, data)


def test_directory_moderation_workflow_applies_to_listings():
    workflow = Workflow.objects.get(name="Hakemiston tarkastus")
    assert Activity().get_workflow() == workflow
    assert Organisation().get_workflow() == workflow
    task = workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == ["Moderators"]


def test_a_new_listing_is_nowhere_public_until_approved(
    client, directory_page, representative, moderator
):
    organisation = OrganisationFactory(name="Hyväksytty yhdistys ry")
    activity = ActivityFactory.build(
        organisation=organisation, title="Odottava kävelyryhmä", live=False
    )
    activity.save()
    submit(activity, representative)
    assert_not_public(client, activity, "Odottava kävelyryhmä")

    client.force_login(moderator)
    response = workflow_action(client, activity, "approve")
    assert response.status_code in (200, 302)
    activity.refresh_from_db()
    assert activity.live
    client.logout()
    html = client.get("/fi/hakemisto/").content.decode()
    assert "Odottava kävelyryhmä" in html
    assert client.get(f"/sv/katalog/verksamhet/{activity.slug}/").status_code == 200


def test_an_edit_stays_unpublished_until_approved(
    client, directory_page, representative, moderator
):
    activity = ActivityFactory(title="Vanha nimi")
    activity.save_revision().publish()
    activity.title = "Uusi nimi"
    submit(activity, representative)

    assert Activity.objects.get(pk=activity.pk).title == "Vanha nimi"
    html = client.get("/fi/hakemisto/").content.decode()
    assert "Vanha nimi" in html
    for url in ("/fi/hakemisto/", f"/fi/hakemisto/toiminta/{activity.slug}/", "/sv/katalog/"):
        assert "Uusi nimi" not in client.get(url).content.decode()

    client.force_login(moderator)
    workflow_action(client, activity, "approve")
    client.logout()
    assert "Uusi nimi" in client.get(f"/fi/hakemisto/toiminta/{activity.slug}/").content.decode()


def test_requested_changes_keep_the_listing_hidden_and_record_the_comment(
    client, directory_page, representative, moderator
):
    activity = ActivityFactory.build(
        organisation=OrganisationFactory(), title="Puutteellinen ryhmä", live=False
    )
    activity.save()
    submit(activity, representative)
    client.force_login(moderator)
    workflow_action(client, activity, "reject", comment="Lisää kokoontumispaikka.")
    activity.refresh_from_db()
    assert not activity.live
    state = activity.workflow_states.latest("created_at")
    assert state.status == state.STATUS_NEEDS_CHANGES
    assert state.task_states.latest("started_at").comment == "Lisää kokoontumispaikka."
    assert_not_public(client, activity, "Puutteellinen ryhmä")


def test_an_unpublished_organisation_hides_its_activities(client, directory_page):
    activity = ActivityFactory(title="Piilotettu toiminta")
    activity.organisation.unpublish()
    activity.refresh_from_db()
    assert_not_public(client, activity, "Piilotettu toiminta")
    assert_not_public(client, activity.organisation, activity.organisation.name)


def test_moderation_queue_lists_and_filters_waiting_listings(client, moderator, representative):

    oulu = Municipality.objects.default_locale().get(slug="oulu")
    waiting = ActivityFactory.build(organisation=OrganisationFactory(), title="Jonossa", live=False)
    waiting.save()
    submit(waiting, representative)
    elsewhere = ActivityFactory.build(
        organisation=OrganisationFactory(), title="Oulussa", municipality=oulu, live=False
    )
    elsewhere.save()
    submit(elsewhere, representative)
    returned = ActivityFactory.build(
        organisation=OrganisationFactory(), title="Palautettu", live=False
    )
    returned.save()
    submit(returned, representative)
    client.force_login(moderator)
    workflow_action(client, returned, "reject", comment="Täydennä.")

    html = client.get("/admin/directory/queue/").content.decode()
    assert "Jonossa" in html and "Oulussa" in html and "Palautettu" in html
    html = client.get("/admin/directory/queue/", {"municipality": oulu.pk}).content.decode()
    assert "Oulussa" in html and "Jonossa" not in html
    html = client.get("/admin/directory/queue/", {"state": "needs_changes"}).content.decode()
    assert "Palautettu" in html and "Jonossa" not in html
    html = client.get("/admin/directory/queue/", {"type": "organisation"}).content.decode()
    assert "Jonossa" not in html
    html = client.get("/admin/directory/queue/", {"age": "7"}).content.decode()
    assert "Jonossa" not in html


def test_moderation_queue_is_for_moderators_only(client, representative):
    client.force_login(representative)
    assert client.get("/admin/directory/queue/").status_code in (302, 403)


def test_pending_listings_show_on_the_moderators_dashboard(client, moderator, representative):
    activity = ActivityFactory.build(
        organisation=OrganisationFactory(), title="Kojelaudalla odottava", live=False
    )
    activity.save()
    submit(activity, representative)
    client.force_login(moderator)
    html = client.get("/admin/").content.decode()
    assert "Kojelaudalla odottava" in html
