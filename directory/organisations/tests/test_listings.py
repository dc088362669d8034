import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from directory.organisations.factories import ActivityFactory, OrganisationFactory
from directory.organisations.models import Activity, ActivityTranslation

pytestmark = pytest.mark.django_db


def test_text_falls_back_to_the_original_with_its_language():
    activity = ActivityFactory(title="Kävelyryhmä")
    with translation.override("sv"):
        title = activity.text("title")
    assert str(title) == "Kävelyryhmä"
    assert title.language == "fi"


def test_text_uses_the_translation_where_given():
    activity = ActivityFactory(title="Kävelyryhmä")
    ActivityTranslation.objects.create(activity=activity, language="sv", title="Promenadgrupp")
    with translation.override("sv"):
        assert (str(activity.text("title")), activity.text("title").language) == (
            "Promenadgrupp",
            "sv",
        )
    with translation.override("fi"):
        assert str(activity.text("title")) == "Kävelyryhmä"


def test_slugs_are_unique():
    first = ActivityFactory(title="Perhekahvila")
    second = ActivityFactory(title="Perhekahvila")
    assert first.slug == "perhekahvila"
    assert second.slug == "perhekahvila-2"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"min_age": 60, "max_age": 18}, "max_age"),
        ({"registration": Activity.Registration.LINK}, "registration_url"),
        ({"registration": Activity.Registration.EMAIL}, "registration_email"),
        ({"is_free": False}, "fee_description"),
        ({"channel": Activity.Channel.ONLINE}, "online_url"),
        (
            {"valid_from": datetime.date(2026, 5, 1), "valid_to": datetime.date(2026, 1, 1)},
            "valid_to",
        ),
    ],
)
def test_activity_validation_names_the_field(changes, field):
    activity = ActivityFactory.build(organisation=OrganisationFactory(), **changes)
    with pytest.raises(ValidationError) as error:
        activity.full_clean()
    assert field in error.value.message_dict


def test_stale_after_a_year():
    activity = ActivityFactory(last_confirmed=timezone.localdate() - datetime.timedelta(days=400))
    fresh = ActivityFactory(last_confirmed=timezone.localdate() - datetime.timedelta(days=30))
    assert activity.is_stale
    assert not fresh.is_stale
