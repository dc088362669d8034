"""What the directory adds to other pages: featured activities on the home page, activities
held at a sote-centre on the centre's page."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.log_actions import LogFormatter

from directory.taxonomy.models import attach_municipality_names
from portal.personal_data import PERSONAL_DATA_HOOK, Category
from portal.sections import CENTRE_SECTION_HOOK, HOME_SECTION_HOOK, Section
from search.registry import SEARCH_TYPES_HOOK

from . import personal_data
from .models import Activity, DirectoryPage
from .search_types import search_types


@hooks.register(HOME_SECTION_HOOK)
def featured_activities(page, request):
    directory = DirectoryPage.for_language(page.locale.language_code)
    if directory is None:
        return None
    activities = attach_municipality_names(
        Activity.objects.listed()
        .filter(featured=True)
        .select_related("organisation", "municipality")
        .prefetch_related("translations")
        .order_by("-updated_at")[:6]
    )
    return Section(
        key="activities",
        title=_("Featured activities"),
        items=activities,
        template="directory/includes/home_activities.html",
        more_url=directory.get_url(request),
        more_label=_("Browse all activities"),
        order=30,
        context={"directory_page": directory},
    )


@hooks.register(CENTRE_SECTION_HOOK)
def activities_at_centre(centre, request):
    """Listed activities held at the centre (in any language version of its page)."""
    activities = attach_municipality_names(
        Activity.objects.listed()
        .filter(centre__translation_key=centre.translation_key)
        .select_related("organisation", "municipality")
        .prefetch_related("translations")
        .order_by("title")
    )
    if not activities:
        return None
    return Section(
        key="activities",
        title=_("Activities and events at the centre"),
        items=activities,
        template="directory/includes/centre_activities.html",
        order=10,
        context={"directory_page": DirectoryPage.for_language(centre.locale.language_code)},
    )


hooks.register(SEARCH_TYPES_HOOK, search_types)


@hooks.register(PERSONAL_DATA_HOOK)
def personal_data_categories():
    return [
        Category(
            key="representations",
            **personal_data.REPRESENTATION_TEXTS,
            order=20,
            export=personal_data.export_representations,
            erase=personal_data.erase_representations,
            deletion_summary=personal_data.deletion_summary,
            deletion_fields=personal_data.deletion_fields,
        ),
        # Not personal data as such, but part of what a representative takes with them.
        Category(
            key="listings",
            title=_("Listings you manage"),
            contents=_(
                "Your organisations' listings and their activities and events, in every state."
            ),
            purpose=_("The directory."),
            retention=_("As long as the organisation keeps them in the directory."),
            removal=_("Unpublish them on My listings, or ask the moderators to delete them."),
            order=25,
            export=personal_data.export_listings,
        ),
        Category(
            key="error_reports",
            **personal_data.ERROR_REPORT_TEXTS,
            retention=personal_data.error_report_retention,
            order=60,
            export=personal_data.export_error_reports,
            erase=personal_data.erase_error_reports,
            prune=personal_data.prune_error_reports,
        ),
    ]


@hooks.register("register_log_actions")
def register_log_actions(actions):
    @actions.register_action(personal_data.REPRESENTATIVE_LEFT)
    class RepresentativeLeft(LogFormatter):
        label = _("Representative left")

        def format_message(self, log_entry):
            remaining = log_entry.data.get("remaining", 0)
            if remaining:
                return ngettext(
                    "A representative deleted their account; %(count)d representative remains.",
                    "A representative deleted their account; %(count)d representatives remain.",
                    remaining,
                ) % {"count": remaining}
            return _(
                "A representative deleted their account; the organisation has no "
                "representative left."
            )

    actions.register_action(
        personal_data.HANDED_OVER,
        _("Representation handed over"),
        _("A departing representative passed the organisation to another account."),
    )
