"""Zero axe-core violations on the admin screens the portal owns: the moderation queue (with a
listing, a representation request and error reports waiting) and the dashboard with its panel,
and the admin-only data (representatives, error reports, participants): listings, edit forms
and the bulk action confirmation."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from directory.events.models import EventErrorReport
from directory.listings import workflow as moderation
from directory.organisations.factories import ActivityFactory, OrganisationFactory
from directory.organisations.models import ErrorReport, Representation
from directory.registrations.services import register
from directory.registrations.tests.test_registration import (
    make_calendar_page,
    make_event,
    person,
)
from portal.tests.support import axe_violations, format_violations

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_admin_only_data_screens_have_no_axe_violations(
    live_server, browser_page, client, django_user_model
):
    moderator = django_user_model.objects.create_user(
        username="saavutettava-moderaattori", email="moderaattori@example.fi", password="x"
    )
    moderator.groups.add(Group.objects.get(name="Moderators"))
    newcomer = django_user_model.objects.create_user(username="uusi", password="x")
    request = Representation.objects.create(
        organisation=OrganisationFactory(), user=newcomer, message="Sihteeri"
    )
    report = ErrorReport.objects.create(activity=ActivityFactory(), message="Väärä osoite.")
    make_calendar_page()
    event = make_event()
    registration = register(event, person(1), send=False)
    EventErrorReport.objects.create(event=event, message="Väärä päivä.")
    moderation.submit(ActivityFactory(title="Uusi ryhmä", live=False), newcomer)

    client.force_login(moderator)
    browser_page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    bulk = reverse(
        "wagtail_bulk_action", args=["registrations", "eventregistration", "mark_absent"]
    )
    paths = [
        reverse("directory_moderation_queue"),
        reverse("directory_moderation_queue") + "?type=activity",
        reverse("wagtailadmin_home"),
        reverse("directory_representations:index"),
        reverse("directory_representations:edit", args=[request.pk]),
        reverse("directory_error_reports:index"),
        reverse("directory_error_reports:edit", args=[report.pk]),
        reverse("directory_participants:index"),
        reverse("directory_participants:edit", args=[registration.pk]),
        reverse("directory_participants:inspect", args=[registration.pk]),
        f"{bulk}?id={registration.pk}&next=/admin/",
    ]
    queue = client.get(paths[0]).content.decode()
    assert "Uusi ryhmä" in queue and "Väärä päivä." in queue and "Sihteeri" in queue
    failures = {}
    for path in paths:
        response = browser_page.goto(live_server.url + path)
        assert response.status == 200, path
        violations = axe_violations(browser_page)
        if violations:
            failures[path] = format_violations(violations)
    assert not failures, "\n".join(f"{path}:\n{text}" for path, text in failures.items())
