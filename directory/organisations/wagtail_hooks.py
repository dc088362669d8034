"""What the directory adds to other pages: featured activities on the home page, activities
held at a sote-centre on the centre's page."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from directory.taxonomy.models import attach_municipality_names
from portal.sections import CENTRE_SECTION_HOOK, HOME_SECTION_HOOK, Section
from search.registry import SEARCH_TYPES_HOOK

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
