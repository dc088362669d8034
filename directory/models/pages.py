"""The public directory: a page with sub-routes for browsing, organisations and activities."""

from django.core.paginator import Paginator
from django.db import models
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Locale
from wagtail.search import index

from portal.models import BasePage

from .taxonomy import attach_municipality_names

PAGE_SIZE = 20


class DirectoryPage(RoutablePageMixin, BasePage):
    """Browse activities with facets; organisation and activity pages live under it."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        max_length=600,
        help_text=_("Shown above the search form."),
    )

    summary_field = "introduction"
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]
    search_fields = BasePage.search_fields + [index.SearchField("introduction")]

    class Meta:
        verbose_name = _("directory page")

    @classmethod
    def for_language(cls, language=None):
        language = language or get_language()
        page = cls.objects.live().filter(locale__language_code=language).first()
        if page is None:
            page = cls.objects.live().filter(locale=Locale.get_default()).first()
        return page

    @path("")
    def browse(self, request):
        from ..filters import SORTS, ActivityFilter

        activity_filter = ActivityFilter(request.GET)
        facets = activity_filter.facets(get_language())
        paginator = Paginator(activity_filter.results(), PAGE_SIZE)
        page_obj = paginator.get_page(request.GET.get("page"))
        activities = attach_municipality_names(page_obj.object_list)
        return self.render(
            request,
            context_overrides={
                "filter": activity_filter,
                "facets": facets,
                "free_count": activity_filter.free_count(),
                "accessibility_options": activity_filter.accessibility_counts(),
                "chips": activity_filter.chips(facets),
                "page_obj": page_obj,
                "activities": activities,
                "sorts": [(key, label) for key, (label, _order) in SORTS.items()],
            },
        )

    @path("activity/<slug:slug>/", name="activity")
    def activity(self, request, slug):
        from ..filters import public_activities
        from .listings import Activity

        activity = get_object_or_404(
            Activity.objects.filter(live=True, organisation__live=True)
            .select_related("organisation", "municipality", "image")
            .prefetch_related("translations", "themes", "target_groups", "languages", "slots"),
            slug=slug,
        )
        attach_municipality_names([activity])
        return self.render(
            request,
            template="directory/activity_page.html",
            context_overrides={
                "activity": activity,
                "breadcrumb_title": activity.text("title").text,
                "is_listed": public_activities().filter(pk=activity.pk).exists(),
            },
        )

    @path("organisation/<slug:slug>/", name="organisation")
    def organisation(self, request, slug):
        from ..filters import public_activities
        from .listings import Organisation

        organisation = get_object_or_404(
            Organisation.objects.filter(live=True)
            .select_related("parent", "logo", "wellbeing_county")
            .prefetch_related("translations", "municipalities", "languages"),
            slug=slug,
        )
        if organisation.parent_id and not organisation.parent.live:
            organisation.parent = None
        activities = (
            public_activities()
            .filter(organisation=organisation)
            .select_related("municipality")
            .prefetch_related("translations")
            .order_by("title")
        )
        from ..calendar import upcoming_events

        calendar_page = CalendarPage.for_language()
        context = {
            "organisation": organisation,
            "breadcrumb_title": organisation.name,
            "activities": attach_municipality_names(activities),
            "upcoming_events": upcoming_events(limit=10, organisation=organisation)
            if calendar_page
            else [],
            "calendar_page": calendar_page,
        }
        if calendar_page:
            context["organisation_feed_url"] = calendar_page.get_full_url(
                request
            ) + calendar_page.reverse_subpage("organisation_feed", kwargs={"slug": slug})
        return self.render(
            request, template="directory/organisation_page.html", context_overrides=context
        )

    def listing_url(self, listing, request=None):
        name = listing._meta.model_name
        return self.get_url(request) + self.reverse_subpage(name, kwargs={"slug": listing.slug})

    def get_sitemap_urls(self, request=None):
        from ..filters import public_activities
        from .listings import Organisation

        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        for model, queryset in (
            ("organisation", Organisation.objects.filter(live=True)),
            ("activity", public_activities()),
        ):
            for slug, updated in queryset.values_list("slug", "updated_at"):
                urls.append(
                    {
                        "location": base + self.reverse_subpage(model, kwargs={"slug": slug}),
                        "lastmod": updated,
                    }
                )
        return urls


def directory_url(listing, request=None):
    """The public address of an organisation or activity in the active language."""
    page = DirectoryPage.for_language()
    if page is None:
        raise Http404
    return page.listing_url(listing, request)


class CalendarPage(RoutablePageMixin, BasePage):
    """The event calendar: upcoming list, month and day views, archive, event pages and feeds.

    The routes are in :mod:`directory.calendar_views`; this model only holds the page's texts.
    """

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        max_length=600,
        help_text=_("Shown above the calendar."),
    )

    summary_field = "introduction"
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]
    search_fields = BasePage.search_fields + [index.SearchField("introduction")]

    class Meta:
        verbose_name = _("calendar page")

    for_language = classmethod(DirectoryPage.for_language.__func__)

    # Routes: the views are in directory.calendar (browsing, event pages, iCal) and
    # directory.registration (sign-up and cancellation).
    @path("")
    def upcoming(self, request):
        from ..calendar import upcoming_view

        return upcoming_view(self, request)

    @path("month/<int:year>/<int:month>/", name="month")
    def month(self, request, year, month):
        from ..calendar import month_view

        return month_view(self, request, year, month)

    @path("day/<int:year>/<int:month>/<int:day>/", name="day")
    def day(self, request, year, month, day):
        from ..calendar import day_view

        return day_view(self, request, year, month, day)

    @path("archive/", name="archive")
    def archive(self, request):
        from ..calendar import archive_view

        return archive_view(self, request)

    @path("ical/", name="feed")
    def feed(self, request):
        from ..calendar import feed_view

        return feed_view(self, request)

    @path("organisation/<slug:slug>/ical/", name="organisation_feed")
    def organisation_feed(self, request, slug):
        from ..calendar import organisation_feed_view

        return organisation_feed_view(self, request, slug)

    @path("event/<slug:slug>/", name="event")
    def event(self, request, slug):
        from ..calendar import event_view

        return event_view(self, request, slug)

    @path("event/<slug:slug>/ical/", name="event_ics")
    def event_ics(self, request, slug):
        from ..calendar import event_ics_view

        return event_ics_view(self, request, slug)

    @path("event/<slug:slug>/register/", name="register")
    def register(self, request, slug):
        from ..registration import register_view

        return register_view(self, request, slug)

    @path("registration/<str:token>/", name="registration")
    def registration(self, request, token):
        from ..registration import manage_view

        return manage_view(self, request, token)

    def get_sitemap_urls(self, request=None):
        from .events import Event

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
