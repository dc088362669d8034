"""Staff read the admin in their language: the labels, menus, filters and headings the portal
controls show no English in the Finnish admin (Wagtail's own gaps on these screens are filled in
locale/), and the moderation workflows are named in Finnish."""

import re
from html.parser import HTMLParser

import pytest
from django.apps import apps
from django.urls import reverse
from django.utils import translation

from blog.factories import BlogIndexPageFactory, BlogPostPageFactory
from directory.events.factories import EventFactory
from directory.organisations.factories import ActivityFactory, OrganisationFactory
from directory.organisations.models import ErrorReport, Representation
from home.models import HomePage
from pilots.factories import (
    CentreIndexPageFactory,
    CentrePageFactory,
    GuidanceIndexPageFactory,
    GuidePageFactory,
    PilotPageFactory,
)
from portal.factories import UserFactory

pytestmark = pytest.mark.django_db

# Two or more of these words in one text: an English sentence.
ENGLISH_WORDS = {
    "the", "and", "of", "to", "for", "with", "your", "is", "this", "are", "be", "or", "in",
    "on", "an", "it", "by", "from", "will", "not", "can", "has", "have", "which", "than",
}  # fmt: skip
ENGLISH_LABELS = {"Listings", "Moderation", "Registrations", "Representatives", "Error reports"}


class VisibleText(HTMLParser):
    """Text a reader sees or hears: text nodes and labelling attributes."""

    def __init__(self):
        super().__init__()
        self.hidden = 0
        self.texts = []

    # What people typed (textareas) is content, not the interface.
    HIDDEN = ("script", "style", "template", "svg", "textarea")

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.hidden += 1
        self.texts += [
            value
            for name, value in attrs
            if name in ("aria-label", "title", "placeholder", "alt") and value
        ]

    def handle_endtag(self, tag):
        if tag in self.HIDDEN:
            self.hidden -= 1

    def handle_data(self, data):
        if not self.hidden and data.strip():
            self.texts.append(data.strip())


def english_in(html):
    parser = VisibleText()
    parser.feed(html)
    return {
        text[:120]
        for text in parser.texts
        if text in ENGLISH_LABELS
        or len([w for w in re.findall(r"[A-Za-z]+", text) if w.lower() in ENGLISH_WORDS]) >= 2
    }


@pytest.fixture
def content(db):
    home = HomePage.objects.get(depth=2, locale__language_code="fi")
    # Texts of our own: the factories' Latin filler ("… quod in iure … error …") reads as
    # English to the check below.
    text = {"summary": "Lyhyt kuvaus.", "description": "Pidempi kuvaus toiminnasta."}
    organisation = OrganisationFactory(name="Kävelijät ry", description=text["description"])
    activity = ActivityFactory(organisation=organisation, title="Kävelyryhmä", **text)
    event = EventFactory(organisation=organisation, title="Kevätretki", **text)
    representation = Representation.objects.create(
        organisation=organisation, user=UserFactory(username="uusi")
    )
    report = ErrorReport.objects.create(activity=activity, message="Väärä kellonaika.")
    index = GuidanceIndexPageFactory(parent=home, slug="ohjeet")
    pilot = PilotPageFactory(parent=index, title="Pilotti", summary="Pilotin kuvaus.")
    guide = GuidePageFactory(parent=pilot, title="Ohje")
    centre = CentrePageFactory(parent=CentreIndexPageFactory(parent=index), title="Keskus")
    post = BlogPostPageFactory(parent=BlogIndexPageFactory(parent=home), title="Kirjoitus")
    return {
        "organisation": organisation,
        "activity": activity,
        "event": event,
        "directory_representations": representation,
        "directory_error_reports": report,
        "pages": [index, guide, centre, post],
    }


def screens(content):
    urls = ["/admin/", reverse("directory_moderation_queue")]
    for listing in (content["organisation"], content["activity"], content["event"]):
        viewset = listing.snippet_viewset
        urls += [
            reverse(viewset.get_url_name("list")),
            reverse(viewset.get_url_name("edit"), args=[listing.pk]),
        ]
    for namespace in ("directory_representations", "directory_error_reports"):
        urls.append(reverse(f"{namespace}:index"))
        urls.append(reverse(f"{namespace}:edit", args=[content[namespace].pk]))
    urls += [f"/admin/pages/{page.pk}/edit/" for page in content["pages"]]
    return urls


def test_the_finnish_admin_has_no_english_labels(client, moderator, content):
    client.force_login(moderator)
    found = {}
    for url in screens(content):
        response = client.get(url)
        assert response.status_code == 200, url
        if english := english_in(response.content.decode()):
            found[url] = english
    assert not found, found


def test_list_filters_are_labelled_in_finnish(client, moderator, content):
    client.force_login(moderator)
    activities = reverse(content["activity"].snippet_viewset.get_url_name("list"))
    html = client.get(activities).content.decode()
    assert "Päivitetty" in html and "is greater than" not in html
    events = reverse(content["event"].snippet_viewset.get_url_name("list"))
    html = client.get(events, {"start_after": "2000-01-01"}).content.decode()
    assert "Alkaa" in html and "is less than" not in html


def test_app_names_and_representation_fields_are_translated():
    with translation.override("fi"):
        assert str(apps.get_app_config("moderation").verbose_name) == "Moderointi"
        assert str(apps.get_app_config("registrations").verbose_name) == "Ilmoittautumiset"
        assert str(apps.get_app_config("listings").verbose_name) == "Ilmoitukset"
        fields = Representation._meta
        assert str(fields.get_field("user").verbose_name) == "käyttäjä"
        assert str(fields.get_field("decided_by").verbose_name) == "päätöksen tekijä"
    with translation.override("sv"):
        assert str(apps.get_app_config("moderation").verbose_name) == "Moderering"
        assert str(Representation._meta.get_field("user").verbose_name) == "användare"
