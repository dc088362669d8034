"""A mail server that is down never breaks what a person did (portal.mail): approving a listing,
signing up for an event, creating an account and resetting a password all answer normally; the
failure is retried and logged at ERROR level."""

import logging

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

from directory.organisations.factories import OrganisationFactory
from directory.organisations.models import Organisation
from directory.registrations.models import EventRegistration
from directory.registrations.tests.test_registration import (
    form_data,
    make_calendar_page,
    make_event,
    register_url,
)
from portal.tests.support import FailingEmailBackend

pytestmark = pytest.mark.django_db

PASSWORD = "Vahva-salasana-2026"


@pytest.fixture
def smtp_down(settings, caplog):
    settings.PORTAL_MAIL_TRANSPORT = "portal.tests.support.FailingEmailBackend"
    FailingEmailBackend.calls = 0
    caplog.set_level(logging.WARNING, logger="portal.mail")
    return FailingEmailBackend


def mail_errors(caplog):
    return [r for r in caplog.records if r.name == "portal.mail" and r.levelno == logging.ERROR]


def test_a_moderator_approves_while_the_mail_server_is_down(
    client, django_user_model, directory_page, smtp_down, caplog, django_capture_on_commit_callbacks
):
    representative = django_user_model.objects.create_user(
        username="edustaja", email="edustaja@example.fi", password="x"
    )
    moderator = django_user_model.objects.create_user(
        username="moderaattori", email="moderaattori@example.fi", password="x"
    )
    moderator.groups.add(Group.objects.get(name="Moderators"))
    organisation = OrganisationFactory.build(
        name="Rivin\nvaihto ry", live=False, last_confirmed="2020-01-01"
    )
    organisation.save()
    organisation.save_revision(user=representative)
    organisation.get_workflow().start(organisation, representative)

    client.force_login(moderator)
    task_state = organisation.current_workflow_task_state
    name = organisation.snippet_viewset.get_url_name("workflow_action")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse(name, args=[organisation.pk, "approve", task_state.pk]))
    assert response.status_code == 302
    organisation = Organisation.objects.get(pk=organisation.pk)
    assert organisation.live
    assert organisation.current_workflow_state is None
    assert str(organisation.last_confirmed) != "2020-01-01"
    # The decision e-mail (its subject carries the line break of the name) was tried and logged.
    assert smtp_down.calls >= 3
    assert any("edustaja@example.fi" in r.getMessage() for r in mail_errors(caplog))
    assert mail.outbox == []


def test_an_event_sign_up_while_the_mail_server_is_down(
    client, smtp_down, caplog, django_capture_on_commit_callbacks
):
    calendar_page = make_calendar_page()
    event = make_event()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(register_url(calendar_page, event), form_data())
    assert response.status_code == 302
    assert EventRegistration.objects.get().email == "maija@example.fi"
    assert client.get(response["Location"]).status_code == 200
    assert smtp_down.calls == 3
    assert "maija@example.fi after 3 attempts" in mail_errors(caplog)[0].getMessage()


def test_creating_an_account_while_the_mail_server_is_down(
    client, smtp_down, caplog, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/fi/account/signup/",
            {"email": "uusi@example.fi", "password1": PASSWORD, "password2": PASSWORD},
        )
    assert response.status_code == 302
    assert EmailAddress.objects.filter(email="uusi@example.fi", verified=False).exists()
    assert "uusi@example.fi after 3 attempts" in mail_errors(caplog)[0].getMessage()


def test_resetting_a_password_while_the_mail_server_is_down(
    client, django_user_model, smtp_down, caplog, django_capture_on_commit_callbacks
):
    user = django_user_model.objects.create_user(
        username="maija", email="maija@example.fi", password=PASSWORD
    )
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/fi/account/password/reset/", {"email": "maija@example.fi"})
    assert response.status_code == 302
    assert "maija@example.fi after 3 attempts" in mail_errors(caplog)[0].getMessage()
