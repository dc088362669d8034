"""The calendar's filters: the directory's facets plus dates and online events."""

import datetime

from django.db.models import Q
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from directory.listings.filters import FacetSpec, ListingFilter
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


def parse_date(value):
    try:
        return datetime.date.fromisoformat((value or "").strip()[:10])
    except ValueError:
        return None


class EventFilter(ListingFilter):
    model = Event
    facet_specs = EVENT_FACETS
    sorts = {}
    default_sort = ""

    def __init__(self, params):
        super().__init__(params)
        self.errors = []
        self.date_from = parse_date(params.get("from"))
        self.date_to = parse_date(params.get("to"))
        if params.get("from") and self.date_from is None:
            self.errors.append(_("The start date is not a date. Use the form 2026-12-24."))
        if params.get("to") and self.date_to is None:
            self.errors.append(_("The end date is not a date. Use the form 2026-12-24."))
        if self.date_from and self.date_to and self.date_to < self.date_from:
            self.errors.append(_("The end date is before the start date; the dates were swapped."))
            self.date_from, self.date_to = self.date_to, self.date_from
        if (
            self.date_from
            and self.date_to
            and (self.date_to - self.date_from).days > MAX_RANGE_DAYS
        ):
            self.date_to = self.date_from + datetime.timedelta(days=MAX_RANGE_DAYS)
        self.online = params.get("online") == "1"

    def extra_conditions(self, exclude_key=None):
        conditions = []
        if self.online and exclude_key != "online":
            conditions.append(Q(channel__in=Event.ONLINE_CHANNELS))
        if exclude_key != "dates" and (self.date_from or self.date_to):
            conditions.append(Q(occurrences__in=self.occurrence_range(EventOccurrence.objects)))
        return conditions

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
        queryset = Event.objects.filter(pk__in=self._matching_ids(exclude_key="online"))
        return queryset.filter(channel__in=Event.ONLINE_CHANNELS).count()

    def occurrences(self, past=False, now=None):
        """The matching occurrences, soonest first (or latest first in the archive)."""
        now = now or timezone.now()
        queryset = self.occurrence_range(
            EventOccurrence.objects.filter(event__in=self._matching_ids())
        )
        if past:
            return with_events(queryset.filter(end__lt=now).order_by("-start", "pk"))
        return with_events(queryset.filter(end__gte=now).order_by("start", "pk"))
