"""The calendar page: its texts are edited in Wagtail, its routes live in :mod:`.calendar`."""

from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.search import index

from portal.models import BasePage
from portal.routing import LocalizedRoutesMixin

# Other apps add routes under the calendar (registration adds sign-up and cancellation): a hook
# function returns a list of ``django.urls.path`` patterns whose views take ``(page, request)``.
CALENDAR_ROUTES_HOOK = "register_calendar_routes"


class CalendarPage(LocalizedRoutesMixin, RoutablePageMixin, BasePage):
    """The event calendar: upcoming list, month and day views, archive, event pages and feeds."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        max_length=600,
        help_text=_("Shown above the calendar."),
    )

    # Templates of every directory app live under one "directory/" namespace.
    template = "directory/calendar_page.html"
    summary_field = "introduction"
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]
    search_fields = BasePage.search_fields + [index.SearchField("introduction")]

    class Meta:
        verbose_name = _("calendar page")
        # The table kept its name when the model moved out of the "directory" app.
        db_table = "directory_calendarpage"

    @classmethod
    def get_subpage_urls(cls):
        from .calendar import urlpatterns  # noqa: PLC0415 - the views import the event models

        extra = [route for hook in hooks.get_hooks(CALENDAR_ROUTES_HOOK) for route in hook()]
        return (*urlpatterns, *extra)

    def get_sitemap_urls(self, request=None):
        from .models import Event  # noqa: PLC0415 - the event models import this module

        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        for slug, updated in Event.objects.public().values_list("slug", "updated_at"):
            urls.append(
                {
                    "location": base + self.reverse_subpage("event", kwargs={"slug": slug}),
                    "lastmod": updated,
                }
            )
        return urls

    def event_url(self, event, request=None):
        return self.get_url(request) + self.reverse_subpage("event", kwargs={"slug": event.slug})


def calendar_url(event, request=None):
    """The public address of an event in the active language."""
    page = CalendarPage.for_language()
    if page is None:
        raise Http404
    return page.event_url(event, request)
