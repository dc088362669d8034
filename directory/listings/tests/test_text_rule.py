"""A listing's texts live in one place: the listing row (its original language) and one
translation row per other language. ``Listing.text`` reads them in Python (pages, cards,
feeds); ``ListingQuerySet.with_shown_text`` reads the same rows in SQL (search suggestions,
sorting). Both must give the reader the same text in every case."""

import pytest

from directory.events.factories import EventFactory
from directory.organisations.factories import ActivityFactory, OrganisationFactory
from directory.organisations.models import Activity

pytestmark = pytest.mark.django_db

LANGUAGES = ["fi", "sv", "en"]


def make_listings():
    plain = ActivityFactory(title="Vain suomeksi")
    translated = ActivityFactory(title="Lukupiiri", summary="Kirjoja")
    translated.translations.create(language="sv", title="Läsecirkel", summary="")
    swedish_original = ActivityFactory(title="Stickcafé", original_language="sv", summary="Garn")
    swedish_original.translations.create(language="fi", title="Neulekahvila", summary="Lankaa")
    return [plain, translated, swedish_original]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("field_name", ["title", "summary", "description"])
def test_python_and_sql_give_the_reader_the_same_text(language, field_name):
    listings = make_listings()
    shown = dict(
        Activity.objects.filter(pk__in=[listing.pk for listing in listings])
        .with_shown_text(field_name, language)
        .values_list("pk", f"shown_{field_name}")
    )
    for listing in Activity.objects.filter(pk__in=shown).prefetch_related("translations"):
        assert str(listing.text(field_name, language)) == shown[listing.pk], (
            listing.title,
            language,
        )


def test_the_same_rule_for_events_and_organisations():
    event = EventFactory(title="Luento")
    event.translations.create(language="sv", title="Föreläsning")
    organisation = OrganisationFactory(description="Yhdistys")
    organisation.translations.create(language="sv", description="")
    for listing, field_name in ((event, "title"), (organisation, "description")):
        model = type(listing)
        for language in LANGUAGES:
            shown = (
                model.objects.filter(pk=listing.pk)
                .with_shown_text(field_name, language)
                .values_list(f"shown_{field_name}", flat=True)
                .get()
            )
            fresh = model.objects.prefetch_related("translations").get(pk=listing.pk)
            assert str(fresh.text(field_name, language)) == shown
