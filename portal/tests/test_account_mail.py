"""django-allauth's e-mails with the portal's name and texts (templates/account/email/), in the
language of the page where the person acted, Finnish or Swedish."""

import datetime
import re
from pathlib import Path

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.core import mail
from django.template.loader import render_to_string
from django.utils import translation

from portal.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "Vahva-salasana-2026"
NAME = {"fi": "Järjestöt ja sote-keskukset", "sv": "Föreningar och social- och hälsocentraler"}
# allauth's own sentences, and the host name it used as the site's name.
STOCK = ("Hello from", "Thank you for using", "You're receiving", "127.0.0.1", "testserver!")
TEMPLATES = sorted(
    path.name.removesuffix("_message.txt")
    for path in (Path(settings.BASE_DIR) / "templates/account/email").glob("*_message.txt")
    if not path.name.startswith("base_")
)


def only_mail():
    (message,) = mail.outbox
    assert not any(text in message.subject + message.body for text in STOCK), message.body
    return message


@pytest.mark.parametrize(
    ("language", "subject", "opening"),
    [
        (
            "fi",
            "Järjestöt ja sote-keskukset: vahvista sähköpostiosoitteesi",
            "Vahvista, että tämä sähköpostiosoite on sinun.",
        ),
        (
            "sv",
            "Föreningar och social- och hälsocentraler: bekräfta din e-postadress",
            "Bekräfta att den här e-postadressen är din.",
        ),
    ],
)
def test_the_sign_up_confirmation(
    client, django_capture_on_commit_callbacks, language, subject, opening
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/{language}/account/signup/",
            {"email": "uusi@example.fi", "password1": PASSWORD, "password2": PASSWORD},
        )
    message = only_mail()
    assert message.subject == subject
    assert message.body.startswith("Hei," if language == "fi" else "Hej,")
    assert opening in message.body
    assert re.search(
        rf"^http://testserver/{language}/account/confirm-email/\S+/$", message.body, re.M
    )
    assert message.body.rstrip().endswith(f"-- \n{NAME[language]}")


@pytest.mark.parametrize(
    ("language", "subject", "text"),
    [
        ("fi", "Järjestöt ja sote-keskukset: valitse uusi salasana", "pyysi uutta salasanaa"),
        (
            "sv",
            "Föreningar och social- och hälsocentraler: välj ett nytt lösenord",
            "bad om ett nytt lösenord",
        ),
    ],
)
def test_the_password_reset(client, django_capture_on_commit_callbacks, language, subject, text):
    user = UserFactory(username="edustaja")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/{language}/account/password/reset/", {"email": user.email})
    message = only_mail()
    assert message.subject == subject
    assert text in message.body
    link = re.search(
        rf"^http://testserver(/{language}/account/password/reset/key/\S+/)$", message.body, re.M
    )
    assert link, message.body
    assert client.get(link.group(1), follow=True).status_code == 200


@pytest.mark.parametrize(
    ("language", "subject", "text"),
    [
        ("fi", "Järjestöt ja sote-keskukset: sinulla on jo tili", "tällä osoitteella on jo tili"),
        (
            "sv",
            "Föreningar och social- och hälsocentraler: du har redan ett konto",
            "finns redan ett konto",
        ),
    ],
)
def test_signing_up_again_with_a_known_address(
    client, django_capture_on_commit_callbacks, language, subject, text
):
    user = UserFactory(username="edustaja")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/{language}/account/signup/",
            {"email": user.email, "password1": PASSWORD, "password2": PASSWORD},
        )
    message = only_mail()
    assert message.subject == subject
    assert text in message.body and user.email in message.body
    assert f"http://testserver/{language}/account/password/reset/" in message.body


def test_a_reset_for_an_unknown_address_says_so_in_the_readers_language(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/sv/account/password/reset/", {"email": "okand@example.fi"})
    message = only_mail()
    assert (
        message.subject
        == "Föreningar och social- och hälsocentraler: inget konto med den här adressen"
    )
    assert (
        "okand@example.fi" in message.body
        and "http://testserver/sv/account/signup/" in message.body
    )


@pytest.mark.parametrize("language", ["fi", "sv"])
@pytest.mark.parametrize("name", TEMPLATES)
def test_every_account_e_mail_is_translated(name, language):
    """Every allauth e-mail the portal overrides renders in both languages without English."""
    context = {
        "user": UserFactory.build(username="edustaja"),
        "email": "edustaja@example.fi",
        "activate_url": "https://example.fi/a/",
        "password_reset_url": "https://example.fi/r/",
        "signup_url": "https://example.fi/s/",
        "code": "",
        "from_email": "vanha@example.fi",
        "to_email": "uusi@example.fi",
        "deleted_email": "vanha@example.fi",
        "ip": "192.0.2.1",
        "user_agent": "Firefox",
        "timestamp": datetime.datetime(2026, 3, 1, 12, 0),
    }
    with translation.override(language):
        subject = render_to_string(f"account/email/{name}_subject.txt", context).strip()
        body = render_to_string(f"account/email/{name}_message.txt", context).strip()
    assert subject.startswith(f"{NAME[language]}: ")
    assert body.startswith("Hei," if language == "fi" else "Hej,")
    assert body.endswith(NAME[language])
    english = ("Your ", "Someone", "If you", "This change", "You can", "Please ", "Confirm ")
    assert not any(text in subject + body for text in english + STOCK), body
