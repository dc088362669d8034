"""Where an organisation, activity or event could show in the embeddable widgets
(``/<lang>/widget/``, for ``portal.tests.support.assert_not_public``): ``(url, check)`` pairs.
The widget never shows a detail page, only lists: none may show the object's texts."""

from django.conf import settings

from directory.events.models import Event
from directory.organisations.models import Activity, Organisation
from portal.tests.support import NO_TEXT


def surfaces(obj):
    if not isinstance(obj, Activity | Event | Organisation):
        return []
    organisation = obj if isinstance(obj, Organisation) else obj.organisation
    queries = ["show=both&count=20"]
    if organisation is not None:
        queries.append(f"show=both&count=20&organisation={organisation.slug}")
    if getattr(obj, "municipality", None) is not None:
        queries.append(f"show=both&count=20&municipality={obj.municipality.slug}")
    return [
        (f"/{language}/widget/?{query}", NO_TEXT)
        for language, _name in settings.LANGUAGES
        for query in queries
    ]
