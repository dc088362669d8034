"""The calendar's filters: the directory's facets plus dates and online events."""

import datetime

import django_filters
from django import forms
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from directory.listings.filters import FacetSpec, FlagFilter, ListingFilter
from directory.listings.validators import FIRST_YEAR, LAST_YEAR
from directory.organisations.models import Organisation
from directory.taxonomy.models import Municipality, ServiceLanguage, TargetGroup, Theme

from .models import Event, EventOccurrence
from .recurrence import HELSINKI

MAX_RANGE_DAYS = 366 * 2


def local_midnight(date):
    return datetime.datetime.combine(date, datetime.time(), tzinfo=HELSINKI)


def with_events(occurrences):
    return occurrences.select_related(
        "event", "event__organisation", "event__municipality", "event__image"
    ).prefetch_related("event__translations", "event__themes")


def organiser_labels(slugs):
    return dict(Organisation.objects.public().filter(slug__in=slugs).values_list("slug", "name"))


EVENT_FACETS = [
    FacetSpec(
        "municipality", gettext_lazy("Municipality"), "municipality__slug", taxonomy=Municipality
    ),
    FacetSpec("theme", gettext_lazy("Theme"), "themes__slug", taxonomy=Theme),
    FacetSpec("target", gettext_lazy("Target group"), "target_groups__slug", taxonomy=TargetGroup),
    FacetSpec(
        "organiser",
        gettext_lazy("Organiser"),
        "organisation__slug",
        labels=organiser_labels,
        null_value="project",
        null_label=gettext_lazy("The project's own events"),
    ),
    FacetSpec(
        "language",
        gettext_lazy("Language"),
        "languages__code",
        choices=dict(ServiceLanguage.Code.choices),
    ),
    FacetSpec(
        "channel", gettext_lazy("How to take part"), "channel", choices=dict(Event.Channel.choices)
    ),
]


# The calendar shows the portal's years (FIRST_YEAR–LAST_YEAR): month and day routes, date
# filters; others are refused.
OUT_OF_RANGE = gettext_lazy("The date is outside the calendar's years 2000–2100.")
START_NOT_A_DATE = gettext_lazy("The start date is not a date. Use the form 2026-12-24.")
END_NOT_A_DATE = gettext_lazy("The end date is not a date. Use the form 2026-12-24.")


class DateRangeForm(forms.Form):
    """Checks the two ends of the date range together: swapped or too long ranges are fixed,
    with a message, rather than refused."""

    def clean(self):
        data = super().clean()
        self.notes = []
        for name in ("from", "to"):
            value = data.get(name)
            if value and not FIRST_YEAR <= value.year <= LAST_YEAR:
                self.add_error(name, OUT_OF_RANGE)  # also drops it from cleaned_data
        start, end = data.get("from"), data.get("to")
        if start and end and end < start:
            self.notes.append(_("The end date is before the start date; the dates were swapped."))
            data["from"], data["to"] = end, start
        if data.get("from") and data.get("to"):
            data["to"] = min(data["to"], data["from"] + datetime.timedelta(days=MAX_RANGE_DAYS))
        return data


def date_filter(message):
    return django_filters.DateFilter(
        method="keep", input_formats=["%Y-%m-%d"], error_messages={"invalid": message}
    )


class EventFilter(ListingFilter):
    model = Event
    facet_specs = EVENT_FACETS
    sorts = {}
    default_sort = ""
    facet_groups = {"from": "dates", "to": "dates"}

    def __init__(self, params):
        super().__init__(params)
        self.add_filter("from", date_filter(START_NOT_A_DATE))
        self.add_filter("to", date_filter(END_NOT_A_DATE))
        self.add_filter("online", FlagFilter(method="filter_online"))

    def get_form_class(self):
        return type("EventFilterForm", (DateRangeForm, super().get_form_class()), {})

    @property
    def errors(self):
        """What was wrong with the dates (shown above the filters; the rest still applies)."""
        self.values  # noqa: B018 - validates the form
        messages = [error for field in ("from", "to") for error in self.form.errors.get(field, [])]
        return messages + getattr(self.form, "notes", [])

    @property
    def date_from(self):
        return self.values.get("from")

    @property
    def date_to(self):
        return self.values.get("to")

    @property
    def online(self):
        return bool(self.values.get("online"))

    def filter_online(self, queryset, name, value):
        return queryset.filter(channel__in=Event.ONLINE_CHANNELS)

    def matching_ids(self, exclude_key=None):
        ids = super().matching_ids(exclude_key)
        if exclude_key != "dates" and (self.date_from or self.date_to):
            occurrences = self.occurrence_range(EventOccurrence.objects)
            ids = self.public().filter(pk__in=ids, occurrences__in=occurrences).values("pk")
        return ids

    def extra_pairs(self):
        pairs = []
        if self.date_from:
            pairs.append(("from", self.date_from.isoformat()))
        if self.date_to:
            pairs.append(("to", self.date_to.isoformat()))
        if self.online:
            pairs.append(("online", "1"))
        return pairs

    def extra_chips(self):
        chips = []
        if self.date_from:
            label = _("From %(date)s") % {"date": formats.date_format(self.date_from, "j.n.Y")}
            chips.append((label, ("from", self.date_from.isoformat())))
        if self.date_to:
            label = _("Until %(date)s") % {"date": formats.date_format(self.date_to, "j.n.Y")}
            chips.append((label, ("to", self.date_to.isoformat())))
        if self.online:
            chips.append((_("Online"), ("online", "1")))
        return chips

    def occurrence_range(self, occurrences):
        if self.date_from:
            occurrences = occurrences.filter(end__gte=local_midnight(self.date_from))
        if self.date_to:
            occurrences = occurrences.filter(
                start__lt=local_midnight(self.date_to + datetime.timedelta(days=1))
            )
        return occurrences

    def online_count(self):
        queryset = Event.objects.filter(pk__in=self.matching_ids(exclude_key="online"))
        return queryset.filter(channel__in=Event.ONLINE_CHANNELS).count()

    def occurrences(self, past=False, now=None):
        """The matching occurrences, soonest first (or latest first in the archive)."""
        now = now or timezone.now()
        queryset = self.occurrence_range(
            EventOccurrence.objects.filter(event__in=self.matching_ids())
        )
        if past:
            return with_events(queryset.filter(end__lt=now).order_by("-start", "pk"))
        return with_events(queryset.filter(end__gte=now).order_by("start", "pk"))
