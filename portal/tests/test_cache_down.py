"""With Redis unreachable the portal keeps serving: the settings made for REDIS_URL are loaded
as production loads them, pointed at a port where nothing listens."""

import os
import runpy
from pathlib import Path
from unittest import mock

import pytest
from django.core.cache import caches

from directory.registrations.tests.test_registration import form_data, register_url

BASE = Path(__file__).resolve().parents[1] / "settings" / "base.py"

pytestmark = pytest.mark.django_db


@pytest.fixture
def redis_down(settings):
    with mock.patch.dict(
        os.environ, {"REDIS_URL": "redis://127.0.0.1:1/0", "REDIS_TIMEOUT": "0.2"}
    ):
        values = runpy.run_path(str(BASE))
    settings.CACHES = values["CACHES"]
    settings.SESSION_ENGINE = values["SESSION_ENGINE"]
    settings.RATELIMIT_FAIL_OPEN = values["RATELIMIT_FAIL_OPEN"]
    assert "redis" in caches["default"].__class__.__module__
    return values


def test_pages_sign_ins_and_sign_ups_work_without_the_cache(
    client, redis_down, calendar_page, django_user_model, caplog
):
    from directory.events.factories import EventFactory  # noqa: PLC0415 - needs the page

    assert client.get("/fi/").status_code == 200
    assert client.get("/fi/kalenteri/").status_code == 200
    ready = client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["status"] == "degraded"
    # Sessions live in the database: signing in works and lasts.
    django_user_model.objects.create_user(username="maija", email="maija@example.fi", password="x")
    client.login(username="maija", password="x")
    assert client.get("/fi/my/").status_code == 200
    client.logout()
    # A rate-limited form still takes sign-ups.
    event = EventFactory(capacity=5, registration="portal")
    response = client.post(register_url(calendar_page, event), form_data())
    assert response.status_code == 302
    # The failure is visible: readiness logs it, and django-redis logs each ignored error.
    assert "Readiness check: cache unreachable" in caplog.text
    assert redis_down["DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS"] is True
