"""Zero axe-core violations on the directory pages, in both languages."""

import pytest

from directory.organisations.factories import ActivityFactory, OrganisationFactory
from directory.organisations.models import (
    Activity,
    ActivityTranslation,
    Organisation,
    OrganisationTranslation,
    Representation,
)
from portal.tests.support import axe_violations, format_violations

pytestmark = [pytest.mark.browser]


def test_directory_pages_have_no_axe_violations(demo_server, browser_page):
    activity = Activity.objects.filter(live=True, translations__language="sv").first()
    organisation = Organisation.objects.filter(live=True, translations__language="sv").first()
    untranslated = (
        Activity.objects.filter(live=True)
        .exclude(pk__in=ActivityTranslation.objects.values("activity"))
        .first()
    )
    pages = [
        "/fi/toimintahakemisto/",
        "/sv/verksamhetskatalog/",
        "/fi/toimintahakemisto/?theme=relationships&free=1&municipality=kuopio&page=1",
        "/sv/verksamhetskatalog/?q=ingenting-hittas",
        f"/fi/toimintahakemisto/toiminta/{activity.slug}/",
        f"/sv/verksamhetskatalog/verksamhet/{activity.slug}/",
        f"/sv/verksamhetskatalog/verksamhet/{untranslated.slug}/",
        f"/fi/toimintahakemisto/jarjesto/{organisation.slug}/",
        f"/sv/verksamhetskatalog/organisation/{organisation.slug}/",
    ]
    failures = {}
    for path in pages:
        browser_page.goto(demo_server.url + path)
        violations = axe_violations(browser_page)
        if violations:
            failures[path] = format_violations(violations)
    assert not failures, "\n".join(f"{path}:\n{text}" for path, text in failures.items())


def test_filters_work_with_the_keyboard_and_without_javascript(demo_server, chromium):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(demo_server.url + "/fi/toimintahakemisto/")
    page.get_by_label("Hae toimintaa").fill("kahvila")
    page.get_by_role("group", name="Kunta").get_by_label("Kuopio").check()
    page.get_by_role("button", name="Näytä tulokset").press("Enter")
    page.wait_for_load_state()
    assert "q=kahvila" in page.url and "municipality=kuopio" in page.url
    chips = page.locator(".chips a.chip")
    assert chips.count() == 2
    chips.first.click()
    assert "q=" not in page.url and "municipality=kuopio" in page.url
    context.close()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_account_and_submission_pages_have_no_axe_violations(
    live_server, directory_page, browser_page, client, django_user_model
):
    user = django_user_model.objects.create_user(
        username="saavutettava", email="saavutettava@example.fi", password="x"
    )
    organisation = OrganisationFactory(name="Saavutettavuusyhdistys ry")
    OrganisationTranslation.objects.create(
        organisation=organisation, language="sv", description="Föreningen på svenska."
    )
    Representation.objects.create(
        organisation=organisation, user=user, status=Representation.Status.APPROVED
    )
    activity = ActivityFactory(organisation=organisation, title="Vertaistukiryhmä")
    failures = {}

    def check(path):
        browser_page.goto(live_server.url + path)
        violations = axe_violations(browser_page)
        if violations:
            failures[browser_page.url] = format_violations(violations)

    for path in ("/fi/account/login/", "/sv/account/signup/", "/fi/account/password/reset/"):
        check(path)
    check(f"/sv/my/report/activity/{activity.slug}/")

    client.force_login(user)
    browser_page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    for path in (
        "/fi/my/",
        "/sv/my/",
        "/fi/my/organisation/new/",
        "/sv/my/activity/new/",
        f"/fi/my/activity/{activity.pk}/",
        "/sv/my/represent/",
        "/fi/account/my-data/",
        "/sv/account/my-data/",
        "/sv/account/delete/",
    ):
        check(path)
    # Deleting the account without the password: the errors are accessible too.
    browser_page.goto(live_server.url + "/fi/account/delete/")
    browser_page.get_by_role("button", name="Poista käyttäjätilini").click()
    browser_page.wait_for_load_state()
    assert browser_page.get_by_role("alert").is_visible()
    violations = axe_violations(browser_page)
    if violations:
        failures["account deletion with errors"] = format_violations(violations)
    # A form sent with errors: the summary and the field messages must be accessible too.
    browser_page.goto(live_server.url + "/fi/my/activity/new/")
    browser_page.get_by_role("button", name="Lähetä hyväksyttäväksi").click()
    browser_page.wait_for_load_state()
    assert browser_page.get_by_role("alert").is_visible()
    violations = axe_violations(browser_page)
    if violations:
        failures["activity form with errors"] = format_violations(violations)
    assert not failures, "\n".join(f"{path}:\n{text}" for path, text in failures.items())
