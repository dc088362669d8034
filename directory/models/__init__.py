from .listings import (
    Activity,
    ActivityTranslation,
    ErrorReport,
    LocalizedText,
    Organisation,
    OrganisationTranslation,
    Representation,
    WeeklySlot,
)
from .pages import DirectoryPage
from .taxonomy import (
    Municipality,
    ServiceLanguage,
    TargetGroup,
    Theme,
    WellbeingCounty,
    localized_names,
)

__all__ = [
    "Activity",
    "ActivityTranslation",
    "ErrorReport",
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
