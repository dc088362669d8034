"""Sections that apps add to other apps' pages through Wagtail hooks.

A page that shows sections from elsewhere (the home page, an organisation page, a sote-centre
page) names a hook; each app that has something to show registers a function for it, taking
``(obj, request)`` and returning a :class:`Section` or ``None``. The page never imports the apps
that feed it, so dependencies point one way: from the feeding app to the page's app.

Hooks in use:

- ``register_home_section(page, request)``: the home page (``home.models.HOME_SECTION_HOOK``);
- ``register_organisation_section(organisation, request)``: an organisation's public page;
- ``register_centre_section(centre_page, request)``: a sote-centre page.
"""

from dataclasses import dataclass, field

from wagtail import hooks

HOME_SECTION_HOOK = "register_home_section"
ORGANISATION_SECTION_HOOK = "register_organisation_section"
CENTRE_SECTION_HOOK = "register_centre_section"


@dataclass
class Section:
    """One section of a page.

    ``template`` renders ``items`` (and gets the section as ``section``); ``more_url`` and
    ``more_label`` give a link to the full listing. Lower ``order`` comes first.
    """

    key: str
    title: str
    items: list = field(default_factory=list)
    template: str = "home/sections/page_list.html"
    more_url: str = ""
    more_label: str = ""
    order: int = 100
    # Anything else the section's template needs, available there as ``section.context``.
    context: dict = field(default_factory=dict)
    # ``<link rel="alternate">`` tags for the page's head: dicts of ``type``, ``title``, ``url``.
    head_links: list = field(default_factory=list)


def collect_sections(hook_name, obj, request):
    """The sections registered for ``hook_name`` that have items, in their order."""
    sections = []
    for hook in hooks.get_hooks(hook_name):
        section = hook(obj, request)
        if section is not None and section.items:
            sections.append(section)
    return sorted(sections, key=lambda section: section.order)
