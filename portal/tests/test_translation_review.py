"""An Editor opens the Swedish translation of a guide in wagtail-localize's editor, translates it
and sends it to moderation (portal.translation_review); the public page changes only when a
moderator approves."""

import datetime

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, Translation

from directory.organisations.demo import _demo_accounts
from directory.organisations.factories import OrganisationFactory
from home.models import HomePage
from pilots.models import GuidanceIndexPage, GuidePage, PilotPage
from portal.demo import create_page
from portal.factories import UserFactory
from portal.translation_review import SUBMIT_FIELD

pytestmark = pytest.mark.django_db


@pytest.fixture
def swedish_guide(db):
    """A guide published in Finnish and, through wagtail-localize, in Swedish."""
    home = HomePage.objects.get(depth=2, locale__language_code="fi")
    index = create_page(
        home,
        GuidanceIndexPage,
        {
            "slug": {"fi": "ohjeet", "sv": "anvisningar"},
            "title": {"fi": "Ohjeet", "sv": "Anvisningar"},
        },
        "test-guidance",
    )
    pilot = create_page(
        index,
        PilotPage,
        {
            "slug": {"fi": "pilotti", "sv": "pilot"},
            "title": {"fi": "Pilotti", "sv": "Pilot"},
            "start_date": datetime.date(2025, 1, 1),
            "region": {"fi": "Etelä-Savo", "sv": "Södra Savolax"},
            "summary": {"fi": "Kokeilu.", "sv": "Försök."},
        },
        "test-pilot",
    )
    guide = create_page(
        pilot,
        GuidePage,
        {
            "slug": {"fi": "ohje", "sv": "anvisning"},
            "title": {"fi": "Ohje", "sv": "Anvisning"},
            "introduction": {"fi": "Näin teet yhteistyötä.", "sv": "Så samarbetar ni."},
        },
        "test-guide",
    )
    return guide.get_translation(Locale.objects.get(language_code="sv")).specific


@pytest.fixture
def editor(db):
    return UserFactory(username="toimittaja", groups=["Editors"])


def translate_string(client, page, source_text, text):
    """What the editor's text box does: store the Swedish string through wagtail-localize's API."""
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=page.locale
    )
    segment = StringSegment.objects.get(source=translation.source, string__data=source_text)
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    response = client.put(url, f"value={text}", content_type="application/x-www-form-urlencoded")
    assert response.status_code in (200, 201), response.content


def test_an_editor_submits_a_swedish_translation_for_review(
    client, editor, moderator, swedish_guide
):
    edit_url = reverse("wagtailadmin_pages:edit", args=[swedish_guide.pk])
    assert swedish_guide.permissions_for_user(editor).can_edit()
    assert not swedish_guide.permissions_for_user(editor).can_publish()
    assert swedish_guide.get_workflow().name == "Ohjeiden tarkastus"

    client.force_login(editor)
    html = client.get(edit_url).content.decode()
    assert "js-translation-editor" in html  # wagtail-localize's editor
    assert f'name="{SUBMIT_FIELD}"' in html and "Lähetä tarkastettavaksi" in html
    assert "Ohjeiden tarkastus" in html

    translate_string(client, swedish_guide, "Näin teet yhteistyötä.", "Så här samarbetar ni.")
    response = client.post(edit_url, {SUBMIT_FIELD: "1"})
    assert response.status_code == 302 and response["Location"] == edit_url

    page = GuidePage.objects.get(pk=swedish_guide.pk)
    assert page.workflow_in_progress
    assert page.current_workflow_state.workflow.name == "Ohjeiden tarkastus"
    assert page.current_workflow_state.requested_by == editor
    # Nothing public changes before the approval.
    assert page.introduction == "Så samarbetar ni."
    assert "Så här samarbetar ni." not in client.get(page.url).content.decode()
    assert page.get_latest_revision_as_object().introduction == "Så här samarbetar ni."
    html = client.get(edit_url).content.decode()
    assert "Käännös odottaa moderaattoreita" in html and f'name="{SUBMIT_FIELD}"' not in html

    client.force_login(moderator)
    task_state = page.current_workflow_task_state
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    )
    page = GuidePage.objects.get(pk=swedish_guide.pk)
    assert page.live and not page.workflow_in_progress
    assert page.introduction == "Så här samarbetar ni."
    client.logout()
    assert "Så här samarbetar ni." in client.get(page.url).content.decode()


def test_the_editor_sends_it_again_after_changes_were_requested(
    client, editor, moderator, swedish_guide
):
    edit_url = reverse("wagtailadmin_pages:edit", args=[swedish_guide.pk])
    client.force_login(editor)
    client.post(edit_url, {SUBMIT_FIELD: "1"})
    page = GuidePage.objects.get(pk=swedish_guide.pk)
    client.force_login(moderator)
    client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[page.pk, "reject", page.current_workflow_task_state.pk],
        ),
        {"comment": "Tarkista rubriken."},
    )
    client.force_login(editor)
    html = client.get(edit_url).content.decode()
    assert "Tarkista rubriken." in html and f'name="{SUBMIT_FIELD}"' in html
    client.post(edit_url, {SUBMIT_FIELD: "1"})
    assert GuidePage.objects.get(pk=swedish_guide.pk).workflow_in_progress


def test_only_those_who_may_not_publish_get_the_button(client, moderator, swedish_guide):
    edit_url = reverse("wagtailadmin_pages:edit", args=[swedish_guide.pk])
    client.force_login(moderator)  # publishes with wagtail-localize's own button
    assert f'name="{SUBMIT_FIELD}"' not in client.get(edit_url).content.decode()
    representative = UserFactory(username="edustaja")  # no admin at all
    client.force_login(representative)
    response = client.post(edit_url, {SUBMIT_FIELD: "1"})
    assert response.status_code in (302, 403)
    assert not GuidePage.objects.get(pk=swedish_guide.pk).workflow_in_progress


def test_the_development_demo_has_an_editor_account(client, settings, swedish_guide):
    settings.PORTAL_DEMO_ACCOUNTS = False  # production and tests: no demo accounts
    _demo_accounts(OrganisationFactory())
    assert not client.login(username="toimittaja", password="toimittaja")

    settings.PORTAL_DEMO_ACCOUNTS = True  # the development settings
    _demo_accounts(OrganisationFactory())
    assert client.login(username="toimittaja", password="toimittaja")
    html = client.get(reverse("wagtailadmin_pages:edit", args=[swedish_guide.pk])).content.decode()
    assert f'name="{SUBMIT_FIELD}"' in html
    assert client.login(username="moderaattori", password="moderaattori")
