"""The admin-only data (representation requests, error reports, participants) are plain
ModelViewSet screens in the Directory menu: readable URLs, the same permissions as before,
filters, export, edit forms and bulk actions."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils.text import capfirst
from wagtail.snippets.models import get_snippet_models

from directory.organisations.factories import ActivityFactory, OrganisationFactory
from directory.organisations.models import ErrorReport, Representation
from directory.registrations.models import EventRegistration
from directory.registrations.services import register
from directory.registrations.tests.test_registration import (
    make_calendar_page,
    make_event,
    person,
)

pytestmark = pytest.mark.django_db

SCREENS = [
    # URL namespace, model, address, old snippet address, menu label
    (
        "directory_representations",
        Representation,
        "/admin/directory/representations/",
        "/admin/snippets/directory/representation/",
        "Representatives",
    ),
    (
        "directory_error_reports",
        ErrorReport,
        "/admin/directory/error-reports/",
        "/admin/snippets/directory/errorreport/",
        "Error reports",
    ),
    (
        "directory_participants",
        EventRegistration,
        "/admin/directory/participants/",
        "/admin/snippets/registrations/eventregistration/",
        "Participants",
    ),
]


def member_of(django_user_model, group, username):
    user = django_user_model.objects.create_user(
        username=username, email=f"{username}@example.fi", password="x"
    )
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def moderator(django_user_model):
    return member_of(django_user_model, "Moderators", "moderaattori")


@pytest.fixture
def editor(django_user_model):
    return member_of(django_user_model, "Editors", "toimittaja")


@pytest.fixture
def english_admin(settings):
    """The admin in English, so that the headings below are the source texts."""
    settings.WAGTAILADMIN_PERMITTED_LANGUAGES = [("en", "English")]
    settings.LANGUAGE_CODE = "en"


@pytest.mark.parametrize(
    ("namespace", "model", "address", "snippet_address", "menu_label"), SCREENS
)
def test_admin_only_data_are_model_viewset_screens(
    client, moderator, namespace, model, address, snippet_address, menu_label
):
    assert reverse(f"{namespace}:index") == address
    assert model not in get_snippet_models()
    assert not hasattr(model, "snippet_viewset")
    client.force_login(moderator)
    # The old snippet address is gone (the locale middleware first tries it under /fi/).
    assert client.get(snippet_address, follow=True).status_code == 404
    response = client.get(address)
    assert response.status_code == 200
    # The Directory menu links to the screen.
    assert address in client.get("/admin/").content.decode()


def test_the_screens_have_headings_and_labels(client, moderator, english_admin):
    client.force_login(moderator)
    for namespace, model, _address, _snippet, menu_label in SCREENS:
        html = client.get(reverse(f"{namespace}:index")).content.decode()
        heading = capfirst(str(model._meta.verbose_name_plural))
        assert html.count("<h1") == 1
        assert heading in html.split("<h1", 1)[1].split("</h1>", 1)[0]
        assert f"<title>{heading}" in html
        assert menu_label in html  # the menu item in the sidebar
        assert '<main class="content-wrapper w-overflow-x-hidden" id="main">' in html


def test_representation_requests_in_the_admin(client, django_user_model, moderator, editor):
    organisation = OrganisationFactory(name="Kävelijät ry")
    newcomer = django_user_model.objects.create_user(
        username="uusi", email="uusi@example.fi", password="x"
    )
    request = Representation.objects.create(
        organisation=organisation, user=newcomer, message="Sihteeri"
    )
    index = reverse("directory_representations:index")
    edit = reverse("directory_representations:edit", args=[request.pk])

    client.force_login(moderator)
    html = client.get(index, {"status": "pending"}).content.decode()
    assert "Kävelijät ry" in html and "uusi" in html
    assert client.get(index, {"status": "approved"}).content.decode().count("Kävelijät ry") == 0
    response = client.post(
        edit,
        {
            "organisation": organisation.pk,
            "user": newcomer.pk,
            "status": "approved",
            "message": "Sihteeri",
            "decided_at": "",
            "decided_by": moderator.pk,
        },
    )
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == Representation.Status.APPROVED
    assert request.decided_by == moderator

    # Editors have no permissions for representations: no list, no form.
    client.force_login(editor)
    assert client.get(index).status_code in (302, 403)
    assert client.get(edit).status_code in (302, 403)
    client.force_login(newcomer)  # not staff at all
    assert client.get(index).status_code == 302


def test_error_reports_in_the_admin(client, moderator, editor):
    activity = ActivityFactory(title="Vanhentunut ryhmä")
    report = ErrorReport.objects.create(activity=activity, message="Väärä kellonaika.")
    index = reverse("directory_error_reports:index")
    edit = reverse("directory_error_reports:edit", args=[report.pk])

    client.force_login(moderator)
    assert "Väärä kellonaika." in client.get(index, {"handled": "false"}).content.decode()
    # Only "handled" changes; the reader's report is read-only.
    response = client.post(edit, {"handled": "on", "message": "Muutettu"})
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.handled is True and report.message == "Väärä kellonaika."
    assert "Väärä kellonaika." not in client.get(index, {"handled": "false"}).content.decode()
    # Moderators view, change and delete reports; nobody adds them in the admin.
    assert client.get(reverse("directory_error_reports:add")).status_code in (302, 403)

    client.force_login(editor)
    assert client.get(index).status_code in (302, 403)
    assert client.get(edit).status_code in (302, 403)


def test_participants_listing_has_bulk_actions_export_and_an_event_button(client, moderator):
    make_calendar_page()
    event = make_event()
    registration = register(event, person(1), send=False)
    index = reverse("directory_participants:index")

    client.force_login(moderator)
    html = client.get(index, {"event": event.pk}).content.decode()
    # A checkbox per participant, described by the participant's name, and the actions.
    assert f'data-object-id="{registration.pk}"' in html
    assert f'aria-describedby="participant_{registration.pk}_title"' in html
    assert f'id="participant_{registration.pk}_title"' in html
    assert "data-bulk-action-footer" in html
    assert "wagtailadmin/js/bulk-actions.js" in html
    for action in ("mark_attended", "mark_absent", "cancel_registration"):
        url = reverse("wagtail_bulk_action", args=["registrations", "eventregistration", action])
        assert url in html
    assert reverse("directory_participants:inspect", args=[registration.pk]) in html

    export = client.get(index, {"event": event.pk, "export": "xlsx"})
    assert export.status_code == 200
    assert "spreadsheetml" in export["Content-Type"]
    assert "participants.xlsx" in export["Content-Disposition"]

    events = client.get(reverse("wagtailsnippets_events_event:list")).content.decode()
    assert f"{index}?event={event.pk}" in events


def test_bulk_actions_need_the_change_permission(client, django_user_model):
    make_calendar_page()
    registration = register(make_event(), person(1), send=False)
    # Staff who may use the admin but have no permission for registrations.
    staff = django_user_model.objects.create_user(username="muu", password="x")
    staff.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(staff)
    assert client.get(reverse("directory_participants:index")).status_code in (302, 403)
    bulk = reverse(
        "wagtail_bulk_action", args=["registrations", "eventregistration", "mark_absent"]
    )
    query = f"?id={registration.pk}&next=/admin/"
    page = client.get(bulk + query).content.decode()
    assert "Sinulla ei ole oikeutta muuttaa näitä ilmoittautumisia" in page
    assert "Osallistuja 1" in page and "Kyllä, jatka" not in page
    client.post(bulk + query)
    registration.refresh_from_db()
    assert registration.attended is None
