"""The directory's filters: activities by municipality, theme, target group, kind, language,
channel, accessibility and cost (the machinery is in :mod:`directory.listings.filters`)."""

from django.utils.translation import gettext_lazy as _

from directory.listings.filters import FacetSpec, ListingFilter
from directory.taxonomy.models import Municipality, ServiceLanguage, TargetGroup, Theme

from .models import Activity

FACETS = [
    FacetSpec("municipality", _("Municipality"), "municipality__slug", taxonomy=Municipality),
    FacetSpec("theme", _("Theme"), "themes__slug", taxonomy=Theme),
    FacetSpec("target", _("Target group"), "target_groups__slug", taxonomy=TargetGroup),
    FacetSpec("kind", _("Kind of activity"), "kind", choices=dict(Activity.Kind.choices)),
    FacetSpec(
        "language", _("Language"), "languages__code", choices=dict(ServiceLanguage.Code.choices)
    ),
    FacetSpec("channel", _("How to take part"), "channel", choices=dict(Activity.Channel.choices)),
]
SORTS = {
    "title": (_("Title A–Ö"), ["title"]),
    "updated": (_("Recently updated"), ["-updated_at", "title"]),
    "confirmed": (_("Recently confirmed"), ["-last_confirmed", "title"]),
}


class ActivityFilter(ListingFilter):
    model = Activity
    facet_specs = FACETS
    sorts = SORTS
    default_sort = "title"

    def public(self):
        return Activity.objects.listed()

    def results(self):
        ids = self.matching_ids()
        return (
            Activity.objects.filter(pk__in=ids)
            .select_related("organisation", "municipality")
            .prefetch_related("translations", "themes", "slots")
            .order_by(*SORTS[self.sort][1])
        )
