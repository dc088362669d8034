"""Guidance pages go through the "Guidance review" workflow ("Ohjeiden tarkastus"); roles on
contacts."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Locale, Workflow, WorkflowPage

from home.models import HomePage
from pilots.factories import (
    CentreIndexPageFactory,
    CentrePageFactory,
    ContactFactory,
    GuidanceIndexPageFactory,
    GuidePageFactory,
    PilotPageFactory,
)

GUIDANCE_WORKFLOW_NAME = "Ohjeiden tarkastus"  # "Guidance review" in the default language

pytestmark = pytest.mark.django_db


def member_of(django_user_model, group_name):
    user = django_user_model.objects.create_user(username=group_name.lower(), password="x")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def guide(db):
    index = GuidanceIndexPageFactory(parent=HomePage.objects.get(depth=2), slug="ohjeet")
    return GuidePageFactory(parent=PilotPageFactory(parent=index))


def test_new_guidance_index_gets_the_guidance_workflow(guide):
    index = guide.get_parent().get_parent()
    assert WorkflowPage.objects.get(page=index).workflow.name == GUIDANCE_WORKFLOW_NAME
    workflow = guide.get_workflow()
    assert workflow.name == GUIDANCE_WORKFLOW_NAME
    task = workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == ["Moderators"]


def test_workflow_is_created_by_the_migration(db):

    assert Workflow.objects.filter(name=GUIDANCE_WORKFLOW_NAME, active=True).exists()


def test_a_translated_guidance_index_gets_the_workflow_too(guide):

    index = guide.get_parent().get_parent()
    swedish = index.copy_for_translation(Locale.objects.get(language_code="sv"), copy_parents=True)
    assert WorkflowPage.objects.get(page=swedish).workflow.name == GUIDANCE_WORKFLOW_NAME


def test_editor_submission_goes_to_guidance_review(client, django_user_model, guide):
    editor = member_of(django_user_model, "Editors")
    assert not guide.permissions_for_user(editor).can_publish()
    client.force_login(editor)
    response = client.post(
        f"/admin/pages/{guide.pk}/edit/",
        {
            "title": "Muokattu ohje",
            "slug": guide.slug,
            "introduction": "Uusi johdanto",
            "body-count": "0",
            "last_reviewed": "",
            "content_owner": "",
            "action-submit": "Submit",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    guide.refresh_from_db()
    assert guide.title != "Muokattu ohje"
    assert guide.workflow_in_progress
    assert guide.current_workflow_state.workflow.name == GUIDANCE_WORKFLOW_NAME


def test_roles_manage_contacts(django_user_model):
    editor = member_of(django_user_model, "Editors")
    moderator = member_of(django_user_model, "Moderators")
    assert editor.has_perm("pilots.add_contact") and editor.has_perm("pilots.change_contact")
    assert not editor.has_perm("pilots.delete_contact")
    assert moderator.has_perm("pilots.delete_contact")


def test_admin_lists_contacts(client, django_user_model):

    ContactFactory(name="Testi Yhteyshenkilö")
    client.force_login(member_of(django_user_model, "Editors"))
    html = client.get("/admin/snippets/pilots/contact/").content.decode()
    assert "Testi Yhteyshenkilö" in html


def test_admin_forms_of_every_page_type_render(client, django_user_model, guide):

    index = guide.get_parent().get_parent()
    centre = CentrePageFactory(parent=CentreIndexPageFactory(parent=index))
    client.force_login(member_of(django_user_model, "Moderators"))
    for page in (index, guide.get_parent(), guide, centre.get_parent(), centre):
        response = client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, page
    response = client.get(f"/admin/pages/add/pilots/guidepage/{guide.get_parent().pk}/")
    assert response.status_code == 200
