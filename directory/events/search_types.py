"""What the site search shows of events: the next date, past events last."""

from django.db.models import Max, Min, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from search.registry import ListingType

from .models import EventOccurrence


class EventType(ListingType):
    page_model = "events.CalendarPage"
    browse_label = _("See the event calendar")

    def past_ids(self, pks):
        upcoming = EventOccurrence.objects.filter(event_id__in=pks, end__gte=timezone.now())
        return set(pks) - set(upcoming.values_list("event_id", flat=True))

    def queryset_for_display(self):
        now = timezone.now()
        return (
            self.model.objects.select_related("organisation")
            .prefetch_related("translations")
            .annotate(
                next_start=Min("occurrences__start", filter=Q(occurrences__end__gte=now)),
                last_start=Max("occurrences__start"),
            )
        )

    def url(self, obj, context):
        page = context.page(self.page_model)
        return page.event_url(obj, context.request) if page is not None else ""

    def present(self, obj, context):
        result = super().present(obj, context)
        if obj.organisation_id:
            result.context = obj.organisation.name
        result.with_time = not obj.all_day
        if obj.next_start is not None:
            result.date = obj.next_start
            result.date_label = _("Next date")
        else:
            result.date = obj.last_start
            result.date_label = _("Last date")
            result.notes.append(_("Past event"))
        if obj.status != obj.Status.SCHEDULED:
            result.notes.insert(0, obj.get_status_display())
        return result


def search_types():
    return [
        EventType(
            "events",
            pgettext_lazy("search type", "Event"),
            pgettext_lazy("search type", "Events"),
            "events.Event",
            order=60,
        )
    ]
