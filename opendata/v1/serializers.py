"""The portal API's objects: organisations, activities, events, occurrences, centres, terms.

Texts are language maps (:mod:`opendata.texts`) with ``original_language`` named; addresses are
absolute (``PORTAL_BASE_URL``). Terms carry their names in every language from the request's
:class:`opendata.texts.TermNames` (``context["terms"]``), so a page of results costs the same
number of queries whatever its size.
"""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from directory.listings.models import ACCESSIBILITY_FLAGS
from directory.registrations import services as registrations
from pilots.models import CentreType
from portal.addresses import absolute

from ..fields import ListingTextField, language_map
from ..links import image_data, listing_urls
from ..texts import gettext_map

BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
URL_MAP_SCHEMA = {
    "type": "object",
    "description": "The public page's absolute address in each portal language.",
    "additionalProperties": {"type": "string", "format": "uri"},
}


# --- small building blocks ---------------------------------------------------------------------
class ChoiceSerializer(serializers.Serializer):
    code = serializers.CharField()
    name = serializers.DictField(child=serializers.CharField(), help_text="Name per language.")


def choice(choices_class, value):
    """``{"code": value, "name": {language: label}}`` of a ``TextChoices`` value."""
    if value in (None, ""):
        return None
    return {"code": str(value), "name": gettext_map(choices_class(value).label)}


class TermSerializer(serializers.Serializer):
    """A taxonomy term: the id and slug of its default-language row, its name per language."""

    id = serializers.IntegerField()
    slug = serializers.SlugField()
    name = serializers.SerializerMethodField()

    @language_map
    def get_name(self, term):
        return self.context["terms"][type(term)].names(term)


class MunicipalitySerializer(TermSerializer):
    code = serializers.CharField(help_text="The official three-digit municipality number.")
    county = serializers.CharField(source="county.slug", help_text="The county's slug.")


class ServiceLanguageSerializer(serializers.Serializer):
    code = serializers.CharField(help_text='ISO 639 code, or "fse", "plain", "other".')
    name = serializers.SerializerMethodField()

    @language_map
    def get_name(self, language):
        return gettext_map(type(language).Code(language.code).label)


class ImageSerializer(serializers.Serializer):
    url = serializers.URLField()
    width = serializers.IntegerField()
    height = serializers.IntegerField()
    alt_text = serializers.CharField(allow_blank=True)


class AddressSerializer(serializers.Serializer):
    street_address = serializers.CharField(allow_blank=True)
    postal_code = serializers.CharField(allow_blank=True)
    post_office = serializers.CharField(allow_blank=True)


class OrganisationRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    slug = serializers.SlugField()
    name = serializers.CharField()


class CentreRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    slug = serializers.SlugField()
    title = serializers.CharField()
    url = serializers.URLField()

    def to_representation(self, centre):
        return {
            "id": centre.pk,
            "slug": centre.slug,
            "title": centre.title,
            "url": absolute(centre.url),
        }


class ListingSerializer(serializers.Serializer):
    """What organisations, activities and events share."""

    id = serializers.IntegerField()
    slug = serializers.SlugField()
    original_language = serializers.CharField(
        help_text="The language the texts were written in; show it when yours is missing."
    )
    url = serializers.SerializerMethodField()
    created = serializers.DateTimeField(source="created_at")
    modified = serializers.DateTimeField(source="updated_at")

    @extend_schema_field(URL_MAP_SCHEMA)
    def get_url(self, listing):
        return listing_urls(listing)


class VenueSerializer(serializers.Serializer):
    name = serializers.CharField(source="venue_name", allow_blank=True)
    street_address = serializers.CharField(allow_blank=True)
    postal_code = serializers.CharField(allow_blank=True)
    municipality = MunicipalitySerializer(allow_null=True)


class CostSerializer(serializers.Serializer):
    is_free = serializers.BooleanField()
    description = ListingTextField("fee_description")


AccessibilitySerializer = type(
    "AccessibilitySerializer",
    (serializers.Serializer,),
    {flag: serializers.BooleanField() for flag in ACCESSIBILITY_FLAGS}
    | {"details": ListingTextField("accessibility_details")},
)


class ContactSerializer(serializers.Serializer):
    name = serializers.CharField(source="contact_name", allow_blank=True)
    email = serializers.CharField(source="contact_email", allow_blank=True)
    phone = serializers.CharField(source="contact_phone", allow_blank=True)


IMAGE_SCHEMA = {
    "type": "object",
    "nullable": True,
    "properties": {
        "url": {"type": "string", "format": "uri"},
        "width": {"type": "integer"},
        "height": {"type": "integer"},
        "alt_text": {"type": "string"},
    },
    "required": ["url", "width", "height", "alt_text"],
}


class PracticalFields(serializers.Serializer):
    """Where, for how much, how accessible and whom to ask (activities and events)."""

    venue = VenueSerializer(source="*")
    online_url = serializers.CharField(allow_blank=True)
    cost = CostSerializer(source="*")
    accessibility = AccessibilitySerializer(source="*")
    contact = ContactSerializer(source="*")
    image = serializers.SerializerMethodField()

    @extend_schema_field(IMAGE_SCHEMA)
    def get_image(self, listing):
        return image_data(listing.image, listing.image_alt_text)


# --- organisations -----------------------------------------------------------------------------
class OrganisationSerializer(ListingSerializer):
    name = serializers.CharField()
    abbreviation = serializers.CharField(allow_blank=True)
    type = serializers.SerializerMethodField()
    business_id = serializers.CharField(
        allow_blank=True, help_text="Finnish business ID (Y-tunnus), e.g. 1234567-8."
    )
    description = ListingTextField()
    logo = serializers.SerializerMethodField()
    website = serializers.CharField(allow_blank=True)
    email = serializers.CharField(allow_blank=True)
    phone = serializers.CharField(allow_blank=True)
    address = AddressSerializer(source="*")
    county = TermSerializer(source="wellbeing_county", allow_null=True)
    municipalities = MunicipalitySerializer(many=True)
    languages = ServiceLanguageSerializer(many=True)
    parent = OrganisationRefSerializer(
        source="public_parent",
        allow_null=True,
        help_text="The federation or district it is a member of, if public.",
    )
    last_confirmed = serializers.DateField(allow_null=True)

    @extend_schema_field(ChoiceSerializer)
    def get_type(self, organisation):
        return choice(type(organisation).Type, organisation.type)

    @extend_schema_field(IMAGE_SCHEMA)
    def get_logo(self, organisation):
        return image_data(organisation.logo, organisation.logo_alt_text)


# --- activities ---------------------------------------------------------------------------------
@extend_schema_field(
    {
        "type": "string",
        "pattern": "^[0-2][0-9]:[0-5][0-9]$",
        "description": "Local time in Finland (Europe/Helsinki), HH:MM.",
        "example": "17:30",
    }
)
class LocalTimeField(serializers.TimeField):
    def __init__(self, **kwargs):
        super().__init__(format="%H:%M", **kwargs)


class WeeklySlotSerializer(serializers.Serializer):
    weekday = serializers.IntegerField(help_text="0 = Monday … 6 = Sunday.")
    byday = serializers.SerializerMethodField(help_text="iCalendar weekday: MO, TU, … SU.")
    start_time = LocalTimeField()
    end_time = LocalTimeField(allow_null=True)

    def get_byday(self, slot) -> str:
        return BYDAY[slot.weekday]


class ScheduleSerializer(serializers.Serializer):
    weekly = WeeklySlotSerializer(many=True, source="slots.all")
    note = ListingTextField("schedule_note")
    valid_from = serializers.DateField(allow_null=True)
    valid_to = serializers.DateField(allow_null=True)


class ActivityRegistrationSerializer(serializers.Serializer):
    method = serializers.CharField(source="registration")
    url = serializers.CharField(source="registration_url", allow_blank=True)
    email = serializers.CharField(source="registration_email", allow_blank=True)
    phone = serializers.CharField(source="registration_phone", allow_blank=True)
    instructions = ListingTextField("registration_instructions")


class ActivitySerializer(ListingSerializer, PracticalFields):
    organisation = OrganisationRefSerializer()
    title = ListingTextField()
    summary = ListingTextField()
    description = ListingTextField()
    kind = serializers.SerializerMethodField()
    status = serializers.CharField(help_text="active or paused (ended ones leave the API).")
    channel = serializers.SerializerMethodField()
    themes = TermSerializer(many=True)
    target_groups = TermSerializer(many=True)
    languages = ServiceLanguageSerializer(many=True)
    min_age = serializers.IntegerField(allow_null=True)
    max_age = serializers.IntegerField(allow_null=True)
    centre = serializers.SerializerMethodField()
    schedule = ScheduleSerializer(source="*")
    registration = ActivityRegistrationSerializer(source="*")
    last_confirmed = serializers.DateField(allow_null=True)

    @extend_schema_field(ChoiceSerializer)
    def get_kind(self, activity):
        return choice(type(activity).Kind, activity.kind)

    @extend_schema_field(ChoiceSerializer)
    def get_channel(self, activity):
        return choice(type(activity).Channel, activity.channel)

    @extend_schema_field(CentreRefSerializer(allow_null=True))
    def get_centre(self, listing):
        return public_centre(listing, self.context)


def public_centre(listing, context):
    """The listing's centre when its page is public (``context["public_centres"]``: ids)."""
    if not listing.centre_id or listing.centre_id not in context["public_centres"]:
        return None
    return CentreRefSerializer(listing.centre).data


# --- events -------------------------------------------------------------------------------------
class OccurrenceSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    start = serializers.DateTimeField()
    end = serializers.DateTimeField()


class RecurrenceSerializer(serializers.Serializer):
    frequency = serializers.CharField(allow_blank=True, help_text='"", daily, weekly, monthly.')
    interval = serializers.IntegerField()
    byday = serializers.SerializerMethodField()
    until = serializers.DateField(source="repeat_until", allow_null=True)
    count = serializers.IntegerField(source="repeat_count", allow_null=True)

    def get_byday(self, event) -> list[str]:
        return [BYDAY[day] for day in event.weekday_list if 0 <= day < 7]


class EventRegistrationSerializer(serializers.Serializer):
    method = serializers.CharField(help_text="none, link, email or portal.")
    url = serializers.CharField(allow_blank=True, help_text="Where to sign up.")
    email = serializers.CharField(allow_blank=True)
    opens = serializers.DateTimeField(allow_null=True)
    closes = serializers.DateTimeField(allow_null=True)
    state = serializers.CharField(
        allow_null=True,
        help_text="For sign-up on the portal: not_open_yet, open, waitlist, full, closed or "
        "cancelled.",
    )
    capacity = serializers.IntegerField(allow_null=True)
    places_left = serializers.IntegerField(allow_null=True)
    waitlist_places_left = serializers.IntegerField(allow_null=True)

    def to_representation(self, event):
        data = {
            "method": event.registration,
            "url": event.registration_url,
            "email": event.registration_email,
            "opens": None,
            "closes": None,
            "state": None,
            "capacity": None,
            "places_left": None,
            "waitlist_places_left": None,
        }
        if event.registration == event.Registration.PORTAL:
            state = registrations.registration_state(event, now=self.context.get("now"))
            urls = listing_urls(event)
            data |= {
                "url": next(iter(urls.values()), ""),
                "opens": self.fields["opens"].to_representation(event.registration_opens)
                if event.registration_opens
                else None,
                "closes": self.fields["closes"].to_representation(event.registration_closes)
                if event.registration_closes
                else None,
                "state": state.key,
                "capacity": event.capacity,
                "places_left": state.places_left,
                "waitlist_places_left": state.waitlist_places_left
                if event.waitlist_capacity
                else 0,
            }
        return data


class EventSerializer(ListingSerializer, PracticalFields):
    organisation = OrganisationRefSerializer(
        allow_null=True, help_text="The organiser; null for the project's own events."
    )
    title = ListingTextField()
    summary = ListingTextField()
    description = ListingTextField()
    status = serializers.CharField(help_text="scheduled, cancelled, postponed or rescheduled.")
    status_note = ListingTextField()
    start = serializers.DateTimeField()
    end = serializers.DateTimeField()
    all_day = serializers.BooleanField()
    recurrence = RecurrenceSerializer(source="*")
    occurrences = OccurrenceSerializer(many=True, source="occurrences.all")
    channel = serializers.SerializerMethodField()
    themes = TermSerializer(many=True)
    target_groups = TermSerializer(many=True)
    languages = ServiceLanguageSerializer(many=True)
    centre = serializers.SerializerMethodField()
    registration = EventRegistrationSerializer(source="*")

    @extend_schema_field(ChoiceSerializer)
    def get_channel(self, event):
        return choice(type(event).Channel, event.channel)

    @extend_schema_field(CentreRefSerializer(allow_null=True))
    def get_centre(self, listing):
        return public_centre(listing, self.context)


class EventRefSerializer(serializers.Serializer):
    """The event an occurrence belongs to, with what a calendar list shows."""

    id = serializers.IntegerField()
    slug = serializers.SlugField()
    original_language = serializers.CharField()
    title = ListingTextField()
    summary = ListingTextField()
    status = serializers.CharField()
    channel = serializers.CharField()
    is_free = serializers.BooleanField()
    venue_name = serializers.CharField(allow_blank=True)
    municipality = MunicipalitySerializer(allow_null=True)
    organisation = OrganisationRefSerializer(allow_null=True)
    url = serializers.SerializerMethodField()

    @extend_schema_field(URL_MAP_SCHEMA)
    def get_url(self, event):
        return listing_urls(event)


class OccurrenceListSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    start = serializers.DateTimeField()
    end = serializers.DateTimeField()
    event = EventRefSerializer()


# --- centres ------------------------------------------------------------------------------------
class CentreSerializer(serializers.Serializer):
    """A sote-centre or family centre: one object for the centre's pages in every language."""

    id = serializers.IntegerField(help_text="The id of the centre's page in the default language.")
    slug = serializers.SlugField()
    centre_type = serializers.SerializerMethodField()
    title = serializers.SerializerMethodField()
    introduction = serializers.SerializerMethodField()
    opening_hours = serializers.SerializerMethodField()
    address = AddressSerializer(source="*")
    county = TermSerializer()
    municipality = MunicipalitySerializer()
    url = serializers.SerializerMethodField()
    modified = serializers.DateTimeField(source="last_published_at")

    def _translations(self, centre):
        translations = self.context["centre_translations"]
        return translations.get(centre.translation_key) or {centre_language(centre): centre}

    def _map(self, centre, field_name):
        return {
            language: getattr(page, field_name)
            for language, page in self._translations(centre).items()
            if getattr(page, field_name)
        }

    @extend_schema_field(ChoiceSerializer)
    def get_centre_type(self, centre):
        return choice(CentreType, centre.centre_type)

    @language_map
    def get_title(self, centre):
        return self._map(centre, "title")

    @language_map
    def get_introduction(self, centre):
        return self._map(centre, "introduction")

    @language_map
    def get_opening_hours(self, centre):
        return self._map(centre, "opening_hours")

    @extend_schema_field(URL_MAP_SCHEMA)
    def get_url(self, centre):
        return {
            language: absolute(page.url)
            for language, page in self._translations(centre).items()
            if page.url
        }


def centre_language(centre):
    return centre.locale.language_code
