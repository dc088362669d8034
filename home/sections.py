"""Sections of the home page that other apps feed through the ``register_home_section`` hook."""

from dataclasses import dataclass, field


@dataclass
class HomeSection:
    """One section of the home page.

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
