from .events import Event, EventOccurrence, EventRegistration, EventTranslation
from .listings import (
    ACCESSIBILITY_FLAGS,
    Activity,
    ActivityTranslation,
    ErrorReport,
    LocalizedText,
    Organisation,
    OrganisationTranslation,
    Representation,
    WeeklySlot,
)
from .pages import CalendarPage, DirectoryPage
from .taxonomy import (
    Municipality,
    ServiceLanguage,
    TargetGroup,
    Theme,
    WellbeingCounty,
    localized_names,
)

__all__ = [
    "ACCESSIBILITY_FLAGS",
    "Activity",
    "CalendarPage",
    "ActivityTranslation",
    "ErrorReport",
    "Event",
    "EventOccurrence",
    "EventRegistration",
    "EventTranslation",
    "DirectoryPage",
    "LocalizedText",
    "Municipality",
    "Organisation",
    "OrganisationTranslation",
    "Representation",
    "ServiceLanguage",
    "TargetGroup",
    "Theme",
    "WeeklySlot",
    "WellbeingCounty",
    "localized_names",
]
