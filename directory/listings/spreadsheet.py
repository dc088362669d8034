"""Moderators' CSV and XLSX downloads of the admin listings (Wagtail's own export).

Wagtail's index views export ``?export=csv`` / ``?export=xlsx`` through
:class:`~wagtail.admin.views.mixins.SpreadsheetExportMixin`: the listing's filtered, searched
and ordered queryset without pagination, one row per object, the columns named by the viewset's
``list_export``. A viewset without ``list_export`` used to answer ``?export=csv`` with a row of
no columns per object (blank rows); :class:`ExportMixin` shows such a listing as a listing.

:class:`ExportMixin` adds to Wagtail's export what the portal's listings need:

- values a person reads: dates and times in ISO form in Finnish time, yes/no in the user's
  language, many-to-many values joined with commas, taxonomy terms (municipalities, themes...)
  in the user's language, no spreadsheet formulas;
- the related rows each export reads, fetched once (``export_select_related``,
  ``export_prefetch_related``), and the directory and calendar pages looked up once, so the
  queries do not grow with the rows;
- the CSV in the user's admin language: Wagtail writes it while the response streams, after
  the view has left the user's language.
"""

import datetime
from collections import OrderedDict

from django.db import models
from django.db.models import Exists, OuterRef
from django.http import Http404
from django.utils import timezone, translation
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.coreutils import multigetattr
from wagtail.models import Locale, TranslatableMixin

from portal.addresses import absolute
from portal.models import page_lookups_remembered

CSV = SpreadsheetExportMixin.FORMAT_CSV
XLSX = SpreadsheetExportMixin.FORMAT_XLSX


def csv_safe(value):
    """Text that spreadsheet programs show as text, never run as a formula."""
    text = "" if value is None else str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


def local_datetime(value):
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else ""


def iso_date(value):
    return value.isoformat() if value else ""


def yes_no(value):
    if value is None:
        return ""
    return _("yes") if value else _("no")


def joined(values):
    return ", ".join(str(value) for value in values)


def public_url(item, request):
    """The listing's public page as a full address on ``PORTAL_BASE_URL``; "" while it is not
    public (``is_public_now``, annotated by :class:`ExportMixin` from the model's one rule) or
    without a directory or calendar."""
    if not getattr(item, "is_public_now", True):
        return ""
    try:
        return absolute(item.get_absolute_url())
    except Http404:
        return ""


def _both(function):
    return {CSV: function, XLSX: function}


class ExportMixin:
    """For an index view: put it before Wagtail's ``IndexView`` in the bases."""

    export_select_related = ()
    export_prefetch_related = ()
    #: Columns that are not attributes of the model: ``{name: function(item, request)}``.
    export_values = {}

    custom_value_preprocess = {
        datetime.datetime: _both(local_datetime),
        datetime.date: _both(iso_date),
        bool: _both(yes_no),
        str: {CSV: csv_safe},
        list: _both(joined),
    }

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        # No columns to export: the listing, not a row of nothing per object.
        self.is_export = self.is_export and bool(self.list_export)

    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        if self.is_export and hasattr(queryset, "public"):
            # Whether each row is public, by the model's one rule, in the same query.
            public = queryset.model.objects.public().filter(pk=OuterRef("pk"))
            queryset = queryset.annotate(is_public_now=Exists(public))
        if self.is_export:
            if self.export_select_related:
                queryset = queryset.select_related(*self.export_select_related)
            if self.export_prefetch_related:
                queryset = queryset.prefetch_related(*self.export_prefetch_related)
        return queryset

    def get_heading(self, queryset, field):
        return capfirst(super().get_heading(queryset, field))

    def to_row_dict(self, item):
        return OrderedDict(
            (field, self._plain(self._export_value(item, field))) for field in self.list_export
        )

    def _plain(self, value):
        """Related objects by name (prefetched: no query), taxonomy terms in the user's language."""
        if isinstance(value, models.Manager) or hasattr(value, "get_live_queryset"):
            return joined(self._translated(obj) for obj in value.all())
        if value is None:
            return ""
        if isinstance(value, TranslatableMixin):
            return str(self._translated(value))
        return value

    def _translated(self, obj):
        """``obj`` in the user's language: one query per model for the whole download."""
        if not isinstance(obj, TranslatableMixin):
            return obj
        if not hasattr(self, "_export_locale"):
            language = translation.get_language()
            self._export_locale = Locale.objects.filter(language_code=language).first()
            self._export_terms = {}
        locale = self._export_locale
        if locale is None or obj.locale_id == locale.pk:
            return obj
        model = type(obj)
        if model not in self._export_terms:
            self._export_terms[model] = {
                term.translation_key: term for term in model.objects.filter(locale=locale)
            }
        return self._export_terms[model].get(obj.translation_key, obj)

    def _export_value(self, item, field):
        if field in self.export_values:
            return self.export_values[field](item, self.request)
        return multigetattr(item, field)

    def stream_csv(self, queryset):
        # Called in the view (in the user's language); its rows are made while streaming.
        language = translation.get_language()
        rows = super().stream_csv(queryset)

        def in_language():
            with translation.override(language), page_lookups_remembered():
                yield from rows

        return in_language()

    def write_xlsx(self, queryset, output):
        with page_lookups_remembered():
            return super().write_xlsx(queryset, output)
