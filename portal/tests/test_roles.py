import pytest
from django.contrib.auth.models import Group

from home.factories import ContentPageFactory
from home.models import HomePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(db):
    return ContentPageFactory(parent=HomePage.objects.get(depth=2))


def member_of(django_user_model, group_name):
    user = django_user_model.objects.create_user(username=group_name.lower(), password="x")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def test_editors_edit_but_cannot_publish(django_user_model, page):
    editor = member_of(django_user_model, "Editors")
    permissions = page.permissions_for_user(editor)
    assert permissions.can_edit()
    assert permissions.can_add_subpage()
    assert not permissions.can_publish()
    assert editor.has_perm("wagtailadmin.access_admin")
    assert editor.has_perm("wagtail_localize.submit_translation")
    assert not editor.has_perm("portal.change_portalsettings")


def test_moderators_publish_and_lock(django_user_model, page):
    moderator = member_of(django_user_model, "Moderators")
    permissions = page.permissions_for_user(moderator)
    assert permissions.can_publish()
    assert permissions.can_lock()
    assert permissions.can_unlock()
    assert moderator.has_perm("portal.change_portalsettings")


def test_editor_submission_goes_to_moderation(client, django_user_model, page):
    """An Editor's "submit" starts Wagtail's moderation workflow instead of publishing."""
    editor = member_of(django_user_model, "Editors")
    client.force_login(editor)
    response = client.post(
        f"/admin/pages/{page.pk}/edit/",
        {
            "title": "Muokattu otsikko",
            "slug": page.slug,
            "introduction": "Uusi johdanto",
            "body-count": "0",
            "action-submit": "Submit",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    page.refresh_from_db()
    assert page.title != "Muokattu otsikko"  # the live page is unchanged
    assert page.workflow_in_progress
    assert page.current_workflow_task.name == "Moderaattorien hyväksyntä"


def test_the_admin_loads_nothing_from_gravatar(client, admin_user):
    """Wagtail would send hashed staff e-mail addresses to gravatar.com; it is turned off."""
    client.force_login(admin_user)
    for url in ("/admin/", "/admin/account/", "/admin/users/"):
        html = client.get(url).content.decode()
        assert "gravatar" not in html.lower(), url
