"""Sections of the home page that other apps feed through the ``register_home_section`` hook.

The mechanism is shared with organisation and sote-centre pages: see :mod:`portal.sections`.
"""

from portal.sections import HOME_SECTION_HOOK, Section

HomeSection = Section

__all__ = ["HOME_SECTION_HOOK", "HomeSection"]
