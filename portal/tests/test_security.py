"""Sign-in and abuse limits: the admin's sign-in and the client address behind proxies."""

import pytest
from django.contrib.auth.models import Group
from django.test import RequestFactory

from portal.ratelimit import client_ip

pytestmark = pytest.mark.django_db

ADMIN_LOGIN = "/admin/login/"


def attempt(client, username, password, address="192.0.2.10"):
    return client.post(
        ADMIN_LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address
    )


def is_signed_in(client):
    return "_auth_user_id" in client.session


@pytest.fixture
def representative(django_user_model):
    return django_user_model.objects.create_user(
        username="edustaja", email="edustaja@example.fi", password="oikea-salasana"
    )


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user(
        username="moderaattori", email="moderaattori@example.fi", password="oikea-salasana"
    )
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


def test_association_representatives_cannot_sign_in_to_the_admin(client, representative):
    response = attempt(client, "edustaja", "oikea-salasana")
    assert response.status_code == 200
    assert not is_signed_in(client)
    html = response.content.decode()
    assert "Associations sign in on the public site" in html or "julkisella sivustolla" in html


def test_staff_sign_in_to_the_admin(client, moderator):
    response = attempt(client, "moderaattori", "oikea-salasana")
    assert response.status_code == 302
    assert is_signed_in(client)


def test_repeated_failures_lock_the_user_name_out(client, moderator):
    for _ in range(5):
        assert attempt(client, "moderaattori", "väärä", address="192.0.2.20").status_code == 200
    # Even the right password is refused now, from any address.
    response = attempt(client, "moderaattori", "oikea-salasana", address="192.0.2.99")
    assert not is_signed_in(client)
    assert response.status_code == 200


def test_repeated_failures_lock_the_address_out(client, moderator, django_user_model):
    for number in range(10):
        attempt(client, f"arvaus{number}", "väärä", address="192.0.2.30")
    attempt(client, "moderaattori", "oikea-salasana", address="192.0.2.30")
    assert not is_signed_in(client)
    attempt(client, "moderaattori", "oikea-salasana", address="192.0.2.31")
    assert is_signed_in(client)


@pytest.mark.parametrize(
    ("settings_values", "meta", "expected"),
    [
        ({}, {"HTTP_X_FORWARDED_FOR": "203.0.113.1"}, "10.0.0.1"),  # no proxy trusted
        ({"TRUSTED_PROXY_COUNT": 1}, {"HTTP_X_FORWARDED_FOR": "203.0.113.1"}, "203.0.113.1"),
        (
            {"TRUSTED_PROXY_COUNT": 1},
            {"HTTP_X_FORWARDED_FOR": "198.51.100.7, 203.0.113.1"},  # the first is forged
            "203.0.113.1",
        ),
        (
            {"TRUSTED_PROXY_COUNT": 2},
            {"HTTP_X_FORWARDED_FOR": "198.51.100.7, 203.0.113.1, 10.0.0.9"},
            "203.0.113.1",
        ),
        ({"TRUSTED_PROXY_COUNT": 1}, {"HTTP_X_FORWARDED_FOR": "not-an-address"}, "10.0.0.1"),
        ({"TRUSTED_PROXY_COUNT": 1}, {}, "10.0.0.1"),
        ({"CLIENT_IP_HEADER": "X-Real-IP"}, {"HTTP_X_REAL_IP": "203.0.113.4"}, "203.0.113.4"),
    ],
)
def test_the_client_address_comes_only_from_trusted_proxies(
    settings, settings_values, meta, expected
):
    for name, value in settings_values.items():
        setattr(settings, name, value)
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", **meta)
    assert client_ip(request) == expected


def test_allauth_and_the_portal_read_the_same_proxy_setting(settings):
    from allauth.account.adapter import get_adapter  # noqa: PLC0415 - after settings change

    settings.TRUSTED_PROXY_COUNT = settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    request = RequestFactory().get(
        "/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.7, 203.0.113.1"
    )
    assert get_adapter(request).get_client_ip(request) == client_ip(request) == "203.0.113.1"
