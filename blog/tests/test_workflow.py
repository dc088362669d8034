"""The "Blog review" workflow ("Blogin tarkastus"): Editors submit, Moderators approve or request
changes."""

import datetime
import re
from unittest import mock

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Revision, TaskState, Workflow, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from blog.factories import AuthorFactory, BlogIndexPageFactory, BlogPostPageFactory, CategoryFactory
from blog.workflow import BLOG_TASK_NAME
from portal.factories import UserFactory
from portal.workflows import default_name

from .conftest import translate_page

pytestmark = pytest.mark.django_db


def member_of(django_user_model, group_name):
    user = django_user_model.objects.create_user(username=group_name.lower(), password="x")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor(django_user_model):
    return member_of(django_user_model, "Editors")


@pytest.fixture
def moderator(django_user_model):
    return member_of(django_user_model, "Moderators")


@pytest.fixture
def draft(blog):
    return BlogPostPageFactory(parent=blog, title="Luonnos", live=False)


def edit_data(post, action, **extra):
    data = nested_form_data(
        {
            "title": "Uusi kirjoitus",
            "slug": post.slug,
            "date": "2020-06-16",
            "introduction": "Lyhyt johdanto.",
            "hero_image": "",
            "hero_alt_text": "",
            "hero_caption": "",
            "hero_credit": "",
            "body": streamfield([("paragraph", rich_text("<p>Tekstiä.</p>"))]),
            "post_authors": inline_formset([{"author": AuthorFactory().pk}], min=1),
            "tags": "työpaja",
            "comments": inline_formset([]),
            "go_live_at": extra.pop("go_live_at", ""),
            action: "1",
        }
    )
    data.update(extra)
    return data


def submit(client, user, post, **extra):
    client.force_login(user)
    response = client.post(
        f"/admin/pages/{post.pk}/edit/", edit_data(post, "action-submit", **extra)
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    post.refresh_from_db()
    return post


def current_task_state(post):
    return post.current_workflow_state.current_task_state


def test_blog_review_workflow_exists_and_every_blog_index_gets_it(home, swedish_home):
    workflow = Workflow.objects.get(name="Blogin tarkastus", active=True)
    task = workflow.tasks.get().specific
    assert task.name == "Moderaattorien hyväksyntä: blogi" == default_name(BLOG_TASK_NAME)
    assert list(task.groups.values_list("name", flat=True)) == ["Moderators"]
    blog = BlogIndexPageFactory(parent=home)
    assert blog.get_workflow() == workflow
    swedish = translate_page(blog, swedish_home, title="Blogg", slug="blogg")
    assert swedish.get_workflow() == workflow
    # Posts follow the blog's workflow, not the site-wide one.
    assert BlogPostPageFactory(parent=blog).get_workflow() == workflow


def test_editors_cannot_publish_blog_posts(client, editor, draft):
    assert not draft.permissions_for_user(editor).can_publish()
    client.force_login(editor)
    client.post(f"/admin/pages/{draft.pk}/edit/", edit_data(draft, "action-publish"))
    draft.refresh_from_db()
    assert not draft.live


def test_editor_submits_and_moderator_approval_publishes(client, editor, moderator, draft):
    post = submit(client, editor, draft)
    assert not post.live
    assert post.workflow_in_progress
    assert post.current_workflow_task.name == default_name(BLOG_TASK_NAME)

    task_state = current_task_state(post)
    client.force_login(moderator)
    response = client.post(
        f"/admin/pages/workflow/action/{post.pk}/approve/{task_state.pk}/", {"comment": ""}
    )
    assert response.status_code == 302
    post.refresh_from_db()
    assert post.live
    assert post.title == "Uusi kirjoitus"
    assert not post.workflow_in_progress


def test_the_moderators_e_mail_opens_the_submitted_post(
    client, editor, draft, django_capture_on_commit_callbacks
):
    reviewer = UserFactory(username="tarkastaja", groups=["Moderators"])
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, editor, draft)
    (message,) = [message for message in mail.outbox if message.to == [reviewer.email]]
    assert message.subject == "Odottaa tarkastustasi: Uusi kirjoitus"
    assert "”Uusi kirjoitus” odottaa tarkastustasi (Moderaattorien hyväksyntä: blogi)." in (
        message.body
    )
    links = re.findall(
        r"^(?:Esikatselu|Tarkasta ja päätä): http://testserver(\S+)$", message.body, re.M
    )
    assert len(links) == 2, message.body
    client.force_login(reviewer)
    for url in links:
        response = client.get(url)
        assert response.status_code == 200, url
        assert "Uusi kirjoitus" in response.content.decode()


def test_request_for_changes_keeps_the_post_unpublished_and_records_the_comment(
    client, editor, moderator, draft
):
    post = submit(client, editor, draft)
    task_state = current_task_state(post)
    client.force_login(moderator)
    response = client.post(
        f"/admin/pages/workflow/action/{post.pk}/reject/{task_state.pk}/",
        {"comment": "Lisää lähde toiseen kappaleeseen."},
    )
    assert response.status_code == 302
    post.refresh_from_db()
    assert not post.live
    task_state = TaskState.objects.get(pk=task_state.pk)
    assert task_state.status == TaskState.STATUS_REJECTED
    assert task_state.comment == "Lisää lähde toiseen kappaleeseen."
    assert task_state.finished_by == moderator
    assert task_state.workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES


def test_moderators_can_publish_directly(client, moderator, draft):
    assert draft.permissions_for_user(moderator).can_publish()
    client.force_login(moderator)
    response = client.post(f"/admin/pages/{draft.pk}/edit/", edit_data(draft, "action-publish"))
    assert response.status_code == 302, response.content.decode()[:3000]
    draft.refresh_from_db()
    assert draft.live


def test_approved_post_with_future_go_live_is_published_on_schedule(
    client, editor, moderator, draft
):
    go_live_at = timezone.localtime() + datetime.timedelta(days=2)
    post = submit(client, editor, draft, go_live_at=go_live_at.strftime("%Y-%m-%d %H:%M"))
    task_state = current_task_state(post)
    client.force_login(moderator)
    client.post(f"/admin/pages/workflow/action/{post.pk}/approve/{task_state.pk}/")
    post.refresh_from_db()
    assert not post.live
    revision = Revision.objects.get(pk=post.latest_revision_id)
    assert revision.approved_go_live_at is not None

    call_command("publish_scheduled")
    post.refresh_from_db()
    assert not post.live  # not yet

    # Time passes: the cron job runs after the scheduled moment.
    later = go_live_at + datetime.timedelta(minutes=5)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("publish_scheduled")
    post.refresh_from_db()
    assert post.live
    assert post.title == "Uusi kirjoitus"


def test_editors_write_posts_and_manage_authors_and_categories(client, editor, blog):

    category = CategoryFactory(name="Työpajat")
    assert editor.has_perm("blog.add_author") and editor.has_perm("blog.change_category")
    assert not editor.has_perm("blog.delete_category")
    client.force_login(editor)
    response = client.get(f"/admin/pages/add/blog/blogpostpage/{blog.pk}/")
    assert response.status_code == 200
    assert list(response.context["form"].fields["categories"].queryset) == [category]
    assert client.get("/admin/snippets/blog/author/add/").status_code == 200
    assert client.get("/admin/snippets/blog/category/").status_code == 200
