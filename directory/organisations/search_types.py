"""What the site search shows of organisations and activities (registered in wagtail_hooks)."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from search.registry import ListingType


class OrganisationType(ListingType):
    page_model = "directory.DirectoryPage"
    title_field = "name"
    summary_field = "description"


class ActivityType(ListingType):
    page_model = "directory.DirectoryPage"
    browse_label = _("Browse the directory of activities")
    public_method = "listed"

    def queryset_for_display(self):
        return self.model.objects.select_related("organisation").prefetch_related("translations")

    def present(self, obj, context):
        result = super().present(obj, context)
        result.context = obj.organisation.name
        if obj.status == obj.Status.PAUSED:
            result.notes.append(obj.get_status_display())
        return result


def search_types():
    return [
        OrganisationType(
            "organisations",
            pgettext_lazy("search type", "Organisation"),
            pgettext_lazy("search type", "Organisations"),
            "directory.Organisation",
            order=40,
        ),
        ActivityType(
            "activities",
            pgettext_lazy("search type", "Activity"),
            pgettext_lazy("search type", "Activities"),
            "directory.Activity",
            order=50,
        ),
    ]
