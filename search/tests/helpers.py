"""Content for the search tests, created without the demo (fast)."""

import datetime
import itertools

from django.utils import timezone
from wagtail.models import Locale

from directory.events.models import Event
from directory.organisations.models import Activity, Organisation
from home.models import ContentPage

_numbers = itertools.count(1)


def add_page(parent, title, introduction="", model=ContentPage, **fields):
    page = model(title=title, introduction=introduction, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return model.objects.get(pk=page.pk)


def translate_page(page, **fields):
    """Publish a Swedish translation of ``page`` with ``fields`` changed."""
    locale = Locale.objects.get(language_code="sv")
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        existing.delete()
    translation = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return type(page).objects.get(pk=translation.pk)


def make_organisation(name, **fields):
    fields.setdefault("description", "Yhdistys tekee vapaaehtoistyötä.")
    fields.setdefault("live", True)
    return Organisation.objects.create(name=name, **fields)


def make_activity(title, organisation=None, **fields):
    fields.setdefault("summary", "Lyhyt kuvaus toiminnasta.")
    fields.setdefault("description", "Toiminnan pidempi kuvaus.")
    fields.setdefault("kind", Activity.Kind.PEER_SUPPORT)
    fields.setdefault("live", True)
    organisation = organisation or make_organisation(f"Yhdistys {next(_numbers)} ry")
    return Activity.objects.create(title=title, organisation=organisation, **fields)


def in_days(days, hour=18):
    date = timezone.localdate() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(date, datetime.time(hour)))


def make_event(title, days=7, organisation=None, **fields):
    fields.setdefault("summary", "Lyhyt kuvaus tapahtumasta.")
    fields.setdefault("description", "Tapahtuman pidempi kuvaus.")
    fields.setdefault("live", True)
    start = in_days(days)
    return Event.objects.create(
        title=title,
        organisation=organisation,
        start=start,
        end=start + datetime.timedelta(hours=2),
        **fields,
    )
