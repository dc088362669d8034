"""Admin registration of contacts and the guidance section of the home page."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.models import HOME_SECTION_HOOK
from home.sections import HomeSection
from search.registry import SEARCH_TYPES_HOOK, PageType

from .models import Contact, GuidanceIndexPage, GuidePage


class ContactViewSet(SnippetViewSet):
    model = Contact
    icon = "user"
    menu_label = _("Contacts")
    add_to_admin_menu = True
    menu_order = 300
    list_display = ["name", "title", "organisation", "email", "phone"]
    search_fields = ["name", "title", "organisation"]


register_snippet(ContactViewSet)


@hooks.register(HOME_SECTION_HOOK)
def guidance_home_section(page, request):
    """The latest three guides in the home page's language, linking to the guidance index."""
    guides = list(
        GuidePage.objects.live()
        .public()
        .filter(locale_id=page.locale_id)
        .order_by("-first_published_at")[:3]
    )
    index = GuidanceIndexPage.objects.live().public().filter(locale_id=page.locale_id).first()
    return HomeSection(
        key="guidance",
        title=_("Guidance for cooperation"),
        items=guides,
        more_url=index.get_url(request) if index else "",
        more_label=_("All pilots and guides"),
        order=40,
    )


@hooks.register(SEARCH_TYPES_HOOK)
def search_types():
    return [
        PageType(
            "guidance",
            pgettext_lazy("search type", "Guide"),
            pgettext_lazy("search type", "Guidance"),
            ["pilots.GuidanceIndexPage", "pilots.PilotPage", "pilots.GuidePage"],
            order=20,
        ),
        PageType(
            "centres",
            pgettext_lazy("search type", "Sote-centre"),
            pgettext_lazy("search type", "Sote-centres"),
            ["pilots.CentrePage"],
            order=30,
        ),
    ]
