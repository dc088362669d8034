"""What waits for the moderators: decisions return to the queue with a message, changes requested
are never counted as waiting, and representation requests and error reports show on the queue
and the dashboard and reach the moderators by e-mail in their language."""

import re
from html.parser import HTMLParser

import pytest
from django.contrib.messages import get_messages
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.users.models import UserProfile

from directory.events.factories import EventFactory
from directory.events.models import EventErrorReport
from directory.listings import workflow as moderation
from directory.organisations.factories import ActivityFactory, OrganisationFactory
from directory.organisations.models import Activity, ErrorReport, Representation
from portal.factories import UserFactory

pytestmark = pytest.mark.django_db

QUEUE = "/admin/directory/queue/"


class FormFields(HTMLParser):
    """The values a browser would send from the admin's edit form."""

    def __init__(self, form_id):
        super().__init__()
        self.form_id, self.inside, self.data = form_id, False, {}
        self.select = self.textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id
        if not self.inside or "name" not in attrs and tag != "option":
            return
        if tag == "input" and attrs.get("type") not in ("submit", "button", "file"):
            if attrs.get("type") in ("checkbox", "radio") and "checked" not in attrs:
                return
            default = "on" if attrs.get("type") in ("checkbox", "radio") else ""
            self.data.setdefault(attrs["name"], []).append(attrs.get("value", default))
        elif tag == "select":
            self.select = attrs["name"]
        elif tag == "option" and self.select and "selected" in attrs:
            self.data.setdefault(self.select, []).append(attrs.get("value", ""))
        elif tag == "textarea":
            self.textarea = attrs["name"]
            self.data[self.textarea] = [""]

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select":
            self.select = None
        elif tag == "textarea":
            self.textarea = None

    def handle_data(self, data):
        if self.textarea:
            self.data[self.textarea][-1] += data


def edit_form_data(client, url):
    parser = FormFields("w-editor-form")
    parser.feed(client.get(url).content.decode())
    return parser.data


def messages_of(response):
    # Wagtail renders its messages' buttons into them: only the text counts here.
    return [
        str(message).split("<", 1)[0].strip() for message in get_messages(response.wsgi_request)
    ]


def send(title, user, **fields):
    activity = ActivityFactory.build(
        organisation=OrganisationFactory(), title=title, live=False, **fields
    )
    activity.save()
    moderation.submit(activity, user)
    return activity


def action_url(listing, action):
    name = listing.snippet_viewset.get_url_name("workflow_action")
    return reverse(name, args=[listing.pk, action, listing.current_workflow_task_state.pk])


@pytest.fixture
def representative(db):
    return UserFactory(username="edustaja")


@pytest.mark.parametrize(
    ("action", "extra", "message"),
    [
        ("approve", {}, "Hyväksytty: Uusi nimi"),
        (
            "reject",
            {"workflow-action-extra-data": '{"comment": "Lisää paikka."}'},
            "Muutoksia pyydetty: Uusi nimi",
        ),
    ],
)
def test_a_decision_in_the_edit_view_returns_to_the_queue(
    client, moderator, representative, directory_page, action, extra, message
):
    activity = ActivityFactory(title="Vanha nimi")
    activity.save_revision().publish()
    activity.title = "Uusi nimi"
    moderation.submit(activity, representative)
    client.force_login(moderator)
    edit_url = reverse(activity.snippet_viewset.get_url_name("edit"), args=[activity.pk])
    data = edit_form_data(client, edit_url)
    data.update({"action-workflow-action": ["1"], "workflow-action-name": [action], **extra})
    response = client.post(edit_url, data)
    assert response.status_code == 302, messages_of(response)
    assert response["Location"] == QUEUE
    assert messages_of(response) == [message]
    activity = Activity.objects.get(pk=activity.pk)
    assert (activity.title == "Uusi nimi") is (action == "approve")


@pytest.mark.parametrize(
    ("action", "message"),
    [("approve", "Hyväksytty: Uusi nimi"), ("reject", "Muutoksia pyydetty: Uusi nimi")],
)
def test_a_decision_in_the_dialog_returns_to_the_queue_or_where_it_was_made(
    client, moderator, representative, directory_page, action, message
):
    activity = ActivityFactory(title="Vanha nimi")
    activity.save_revision().publish()
    activity.title = "Uusi nimi"
    moderation.submit(activity, representative)
    client.force_login(moderator)
    response = client.post(action_url(activity, action), {"comment": "Tarkista."})
    assert response["Location"] == QUEUE
    assert messages_of(response) == [message]

    # From the dashboard (Wagtail's "Awaiting your review" sends ``next``): back there.
    other = send("Toinen", representative)
    response = client.post(action_url(other, "approve"), {"next": "/admin/"})
    assert response["Location"] == "/admin/"
    assert messages_of(response)[-1] == "Hyväksytty: Toinen"


def test_changes_requested_are_not_counted_as_waiting(client, moderator, representative):
    send("Odottava yksi", representative)
    send("Odottava kaksi", representative)
    returned = send("Palautettu", representative)
    client.force_login(moderator)
    client.post(action_url(returned, "reject"), {"comment": "Täydennä."})

    html = client.get(QUEUE).content.decode()
    assert "2 ilmoitusta odottaa" in html
    assert "1 palautettu lähettäjälle muutettavaksi" in html
    assert "Palautettu" in html  # still listed, with its state
    html = client.get(QUEUE, {"state": "needs_changes"}).content.decode()
    assert "0 ilmoitusta odottaa" in html and "Odottava yksi" not in html

    dashboard = client.get("/admin/").content.decode()
    assert "2 ilmoitusta odottaa" in dashboard
    assert '"Moderointijono (2)"' in dashboard  # the menu item's label
    # Wagtail's own panel lists only what awaits a decision.
    awaiting = dashboard.split('id="awaiting-review-section"', 1)[1]
    assert "Odottava yksi" in awaiting and "Palautettu" not in awaiting


def test_representation_requests_and_error_reports_wait_on_the_queue_and_dashboard(
    client, moderator, django_user_model
):
    newcomer = UserFactory(username="uusi")
    organisation = OrganisationFactory(name="Kävelijät ry")
    request = Representation.objects.create(
        organisation=organisation, user=newcomer, message="Olen sihteeri."
    )
    # Approved at once (the creator of an organisation) or already decided: not waiting.
    Representation.objects.create(
        organisation=OrganisationFactory(),
        user=UserFactory(),
        status=Representation.Status.APPROVED,
    )
    activity = ActivityFactory(title="Vanhentunut ryhmä")
    report = ErrorReport.objects.create(activity=activity, message="Väärä kellonaika.")
    ErrorReport.objects.create(activity=activity, message="Jo korjattu.", handled=True)

    client.force_login(moderator)
    html = client.get(QUEUE).content.decode()
    representations = html.split('id="representations"', 1)[1].split("</section>", 1)[0]
    assert "1 pyyntö odottaa" in representations
    assert "Kävelijät ry" in representations and "uusi@example.fi" in representations
    assert "Olen sihteeri." in representations
    assert reverse("directory_representations:edit", args=[request.pk]) in representations
    reports = html.split('id="error-reports"', 1)[1].split("</section>", 1)[0]
    assert "1 ilmoitus käsittelemättä" in reports
    assert "Väärä kellonaika." in reports and "Jo korjattu." not in reports
    assert reverse("directory_error_reports:edit", args=[report.pk]) in reports
    assert reverse("wagtailsnippets_directory_activity:edit", args=[activity.pk]) in reports

    dashboard = client.get("/admin/").content.decode()
    panel = dashboard.split('id="moderation-waiting-section"', 1)[1]
    assert "1 edustuspyyntö odottaa" in panel and f"{QUEUE}#representations" in panel
    assert "1 virheilmoitus käsittelemättä" in panel and f"{QUEUE}#error-reports" in panel
    assert reverse("directory_representations:edit", args=[request.pk]) in panel
    assert reverse("directory_error_reports:edit", args=[report.pk]) in panel
    assert '"Moderointijono (2)"' in dashboard

    # Handled: nothing waits any more.
    request.status = Representation.Status.APPROVED
    request.save()
    report.handled = True
    report.save()
    dashboard = client.get("/admin/").content.decode()
    assert "0 edustuspyyntöä odottaa" in dashboard and "0 virheilmoitusta" in dashboard
    assert "Moderointijono (" not in dashboard


def test_editors_see_neither_the_queue_nor_the_panel(client):
    editor = UserFactory(username="toimittaja", groups=["Editors"])
    ErrorReport.objects.create(activity=ActivityFactory(), message="Väärä osoite.")
    client.force_login(editor)
    assert client.get(QUEUE).status_code in (302, 403)
    dashboard = client.get("/admin/").content.decode()
    assert 'id="moderation-waiting-section"' not in dashboard and "Väärä osoite." not in dashboard


def prefer(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


@pytest.fixture
def moderators(moderator):
    """A Finnish moderator (the default), a Swedish one, and one who turned the e-mails off."""
    swedish = prefer(UserFactory(username="moderator", groups=["Moderators"]), "sv")
    quiet = UserFactory(username="hiljainen", groups=["Moderators"])
    profile = UserProfile.get_for_user(quiet)
    profile.submitted_notifications = False
    profile.save()
    return moderator, swedish, quiet


def test_a_representation_request_e_mails_the_moderators_in_their_language(
    client, moderators, django_capture_on_commit_callbacks
):
    finnish, swedish, quiet = moderators
    organisation = OrganisationFactory(name="Kävelijät ry")
    client.force_login(UserFactory(username="uusi"))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/fi/my/represent/", {"organisation": organisation.pk, "message": "Olen sihteeri."}
        )
    assert response.status_code == 302
    request = Representation.objects.get(organisation=organisation)
    by_recipient = {tuple(message.to): message for message in mail.outbox}
    assert set(by_recipient) == {(finnish.email,), (swedish.email,)}

    fi = by_recipient[(finnish.email,)]
    assert fi.subject == "Uusi edustuspyyntö: Kävelijät ry"
    assert "uusi@example.fi pyytää saada edustaa järjestöä Kävelijät ry hakemistossa" in fi.body
    assert "Pyytäjän viesti:\nOlen sihteeri." in fi.body
    edit = reverse("directory_representations:edit", args=[request.pk])
    assert f"Hyväksy tai hylkää pyyntö: http://testserver{edit}" in fi.body
    assert f"Moderointijono: http://testserver{QUEUE}#representations" in fi.body
    assert fi.body.rstrip().endswith("Järjestöt ja sote-keskukset")

    sv = by_recipient[(swedish.email,)]
    assert sv.subject == "Ny begäran om representation: Kävelijät ry"
    assert "uusi@example.fi ber om att få representera Kävelijät ry i katalogen" in sv.body
    assert f"Godkänn eller avslå begäran: http://testserver{edit}" in sv.body
    assert sv.body.rstrip().endswith("Föreningar och social- och hälsocentraler")

    # The links open the request for a moderator.
    client.force_login(finnish)
    assert "Olen sihteeri." in client.get(edit).content.decode()


def test_a_new_organisations_own_representation_e_mails_nobody(
    moderators, representative, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        Representation.objects.create(
            organisation=OrganisationFactory(),
            user=representative,
            status=Representation.Status.APPROVED,
        )
    assert mail.outbox == []


def test_an_error_report_e_mails_the_moderators_in_their_language(
    client, moderators, directory_page, django_capture_on_commit_callbacks
):
    finnish, swedish, _quiet = moderators
    activity = ActivityFactory(title="Vanhentunut ryhmä")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/sv/my/report/activity/{activity.slug}/",
            {"message": "Gruppen träffas på torsdagar.", "email": "lasare@example.fi"},
        )
    assert response.status_code == 302
    report = ErrorReport.objects.get()
    by_recipient = {tuple(message.to): message for message in mail.outbox}
    assert set(by_recipient) == {(finnish.email,), (swedish.email,)}

    fi = by_recipient[(finnish.email,)]
    assert fi.subject == "Uusi virheilmoitus: Vanhentunut ryhmä"
    assert "Lukija ilmoitti virheestä: ”Vanhentunut ryhmä” (toiminta):" in fi.body
    assert "Gruppen träffas på torsdagar." in fi.body
    assert "lasare@example.fi" not in fi.body  # the reader's address stays in the admin
    edit = reverse("directory_error_reports:edit", args=[report.pk])
    assert f"Käsittele ilmoitus: http://testserver{edit}" in fi.body
    listing = reverse("wagtailsnippets_directory_activity:edit", args=[activity.pk])
    assert f"Muokkaa ilmoitusta: http://testserver{listing}" in fi.body
    assert f"Moderointijono: http://testserver{QUEUE}#error-reports" in fi.body

    sv = by_recipient[(swedish.email,)]
    assert sv.subject == "Ny felanmälan: Vanhentunut ryhmä"
    assert "En läsare anmälde ett fel i ”Vanhentunut ryhmä” (verksamhet):" in sv.body
    assert f"Behandla anmälan: http://testserver{edit}" in sv.body

    client.force_login(finnish)
    assert "Gruppen träffas på torsdagar." in client.get(edit).content.decode()
    assert re.search(r"Vanhentunut ryhmä", client.get(listing).content.decode())


def test_the_queues_queries_do_not_grow_with_what_waits(
    client, moderator, directory_page, calendar_page
):
    """Listings, representation requests and error reports (on organisations, activities and
    events, each linked to its public page): as many queries for three of each as for one."""

    def add_waiting():
        organisation = OrganisationFactory()
        activity = ActivityFactory(organisation=organisation)
        event = EventFactory(organisation=organisation)
        Representation.objects.create(organisation=organisation, user=UserFactory())
        ErrorReport.objects.create(organisation=organisation, message="Osoite on vanha.")
        ErrorReport.objects.create(activity=activity, message="Väärä kellonaika.")
        EventErrorReport.objects.create(event=event, message="Väärä päivä.")
        moderation.submit(ActivityFactory(organisation=organisation, live=False), moderator)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            response = client.get(QUEUE)
        assert response.status_code == 200
        return len(captured)

    client.force_login(moderator)
    add_waiting()
    one = queries()
    add_waiting()
    add_waiting()
    assert queries() == one
