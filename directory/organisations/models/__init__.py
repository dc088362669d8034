"""Models of the ``directory`` app label: organisations, activities and the directory page."""

from .activity import Activity, ActivityTranslation, WeeklySlot
from .organisation import (
    ErrorReport,
    Organisation,
    OrganisationTranslation,
    Representation,
)
from .pages import DirectoryPage, directory_url

__all__ = [
    "Activity",
    "ActivityTranslation",
    "DirectoryPage",
    "ErrorReport",
    "Organisation",
    "OrganisationTranslation",
    "Representation",
    "WeeklySlot",
    "directory_url",
]
