"""Moderation e-mails in the reader's language (Finnish or Swedish): Wagtail's workflow
notifications with the portal's texts (templates/wagtailadmin/notifications/), the decision
e-mails to representatives, links that open the item for a moderator, and the approved title."""

import re

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.users.models import UserProfile

from directory.listings import workflow as moderation
from directory.organisations.factories import ActivityFactory, OrganisationFactory
from portal.factories import UserFactory

pytestmark = pytest.mark.django_db

# Wagtail's own sentences, which must not reach staff or associations any more.
ENGLISH = ("has been submitted", "has been approved", "You can", "Edit your notification", "The ")


def prefer(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def action_url(listing, action):
    name = listing.snippet_viewset.get_url_name("workflow_action")
    return reverse(name, args=[listing.pk, action, listing.current_workflow_task_state.pk])


def mail_to(user):
    return [message for message in mail.outbox if message.to == [user.email]]


@pytest.fixture
def representative(db):
    return UserFactory(username="edustaja")


@pytest.fixture
def waiting_activity(representative, directory_page, django_capture_on_commit_callbacks):
    activity = ActivityFactory.build(
        organisation=OrganisationFactory(), title="Kävelyryhmä", live=False
    )
    activity.save()
    with django_capture_on_commit_callbacks(execute=True):
        moderation.submit(activity, representative)
    return activity


@pytest.mark.parametrize(
    ("language", "subject", "sentence", "preview", "decide"),
    [
        (
            "fi",
            "Odottaa tarkastustasi: Kävelyryhmä",
            "Toiminta ”Kävelyryhmä” odottaa tarkastustasi (Moderaattorien hyväksyntä: hakemisto).",
            "Esikatselu:",
            "Tarkasta ja päätä:",
        ),
        (
            "sv",
            "Väntar på din granskning: Kävelyryhmä",
            # The task's name is stored once, in the default language.
            "Verksamhet ”Kävelyryhmä” väntar på din granskning "
            "(Moderaattorien hyväksyntä: hakemisto).",
            "Förhandsvisning:",
            "Granska och besluta:",
        ),
    ],
)
def test_moderators_are_told_in_their_language_with_links_that_open_the_item(
    client,
    moderator,
    representative,
    directory_page,
    django_capture_on_commit_callbacks,
    language,
    subject,
    sentence,
    preview,
    decide,
):
    prefer(moderator, language)
    activity = ActivityFactory.build(
        organisation=OrganisationFactory(), title="Kävelyryhmä", live=False
    )
    activity.save()
    with django_capture_on_commit_callbacks(execute=True):
        moderation.submit(activity, representative)

    (message,) = mail_to(moderator)
    assert message.subject == subject
    assert sentence in message.body
    assert not any(text in message.body for text in ENGLISH), message.body
    assert message.body.rstrip().endswith(
        "Järjestöt ja sote-keskukset"
        if language == "fi"
        else "Föreningar och social- och hälsocentraler"
    )
    links = dict(re.findall(rf"^({preview}|{decide}) http://testserver(\S+)$", message.body, re.M))
    assert set(links) == {preview, decide}, message.body

    # Both links open the submitted activity for the moderator.
    client.force_login(moderator)
    for url in links.values():
        response = client.get(url)
        assert response.status_code == 200, url
        assert "Kävelyryhmä" in response.content.decode()
    assert "/workflow/preview/" in links[preview]
    assert links[decide].endswith(f"/edit/{activity.pk}/")


@pytest.mark.parametrize(
    ("language", "subject", "text"),
    [
        ("fi", "Ilmoituksesi on hyväksytty: Uusi nimi", "Se on hyväksytty"),
        ("sv", "Din post har godkänts: Uusi nimi", "Den har godkänts"),
    ],
)
def test_the_approval_mail_names_the_approved_revision(
    client,
    moderator,
    representative,
    directory_page,
    django_capture_on_commit_callbacks,
    language,
    subject,
    text,
):
    activity = ActivityFactory(title="Vanha nimi")
    activity.save_revision().publish()
    activity.title = "Uusi nimi"  # renamed in the revision sent to moderation
    with django_capture_on_commit_callbacks(execute=True):
        moderation.submit(activity, representative)
    prefer(representative, language)
    mail.outbox.clear()

    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(action_url(activity, "approve"), {"comment": ""})

    (message,) = mail_to(representative)
    assert message.subject == subject
    assert "Vanha nimi" not in message.body and "”Uusi nimi”" not in message.body
    assert '"Uusi nimi"' in message.body and text in message.body


@pytest.mark.parametrize(
    ("language", "subject", "text"),
    [
        ("fi", "Ilmoitukseesi pyydetään muutoksia: Kävelyryhmä", "Moderaattori kirjoitti"),
        ("sv", "Din post behöver ändras: Kävelyryhmä", "Moderatorn skrev"),
    ],
)
def test_the_change_request_mail_is_in_the_representatives_language(
    client,
    moderator,
    representative,
    waiting_activity,
    django_capture_on_commit_callbacks,
    language,
    subject,
    text,
):
    prefer(representative, language)
    mail.outbox.clear()
    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(action_url(waiting_activity, "reject"), {"comment": "Lisää paikka."})
    (message,) = mail_to(representative)
    assert message.subject == subject
    assert text in message.body and "Lisää paikka." in message.body


def test_staff_submitters_get_wagtails_decisions_in_their_language(
    client, moderator, directory_page, django_capture_on_commit_callbacks
):
    """An editor who submits in the admin gets Wagtail's own e-mail, with the portal's text (and
    not the representatives' e-mail as well)."""
    editor = prefer(UserFactory(username="toimittaja", groups=["Editors"], is_staff=True), "sv")
    organisation = OrganisationFactory.build(name="Toimittajan yhdistys", live=False)
    organisation.save()
    organisation.save_revision(user=editor)
    with django_capture_on_commit_callbacks(execute=True):
        organisation.get_workflow().start(organisation, editor)
    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(action_url(organisation, "reject"), {"comment": "Lisää kuvaus."})
    (message,) = mail_to(editor)
    assert message.subject == "Ändringar begärda: Toimittajan yhdistys"
    assert (
        "Organisation ”Toimittajan yhdistys” behöver ändringar innan den kan publiceras "
        "(Hakemiston tarkastus)." in message.body
    )
    assert "Ändringar begärda av: moderaattori" in message.body
    assert "Kommentar:\nLisää kuvaus." in message.body
    assert not any(text in message.body for text in ENGLISH), message.body
