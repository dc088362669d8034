"""The moderators' queue: every directory submission waiting for a decision, filterable, and the
representation requests and error reports waiting to be handled."""

import datetime

import django_filters
from django.core.exceptions import PermissionDenied
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import WorkflowState

from directory.events.models import Event
from directory.listings.viewsets import can_use_queue
from directory.organisations.models import Activity, Organisation
from directory.taxonomy.models import Municipality
from portal.models import page_lookups_remembered

from . import waiting

AGE_CHOICES = [
    ("3", _("Over 3 days")),
    ("7", _("Over a week")),
    ("14", _("Over two weeks")),
]


class QueueFilter(django_filters.FilterSet):
    """The queue's filters (django-filter) over the listings' open workflow states."""

    type = django_filters.ChoiceFilter(
        label=_("Type"),
        empty_label=_("All"),
        choices=[
            ("organisation", _("Organisations")),
            ("activity", _("Activities")),
            ("event", _("Events")),
        ],
        method="filter_type",
    )
    municipality = django_filters.ModelChoiceFilter(
        label=_("Municipality"),
        queryset=lambda request: Municipality.objects.default_locale(),
        method="filter_municipality",
    )
    state = django_filters.ChoiceFilter(
        label=_("State"),
        field_name="status",
        empty_label=_("All"),
        choices=[
            (WorkflowState.STATUS_IN_PROGRESS, _("Awaiting moderation")),
            (WorkflowState.STATUS_NEEDS_CHANGES, _("Changes requested")),
        ],
    )
    age = django_filters.ChoiceFilter(
        label=_("Waiting"), empty_label=_("Any age"), choices=AGE_CHOICES, method="filter_age"
    )

    def __init__(self, data, request):
        types = waiting.listing_types()
        states = waiting.listing_states().select_related("requested_by", "current_task_state")
        super().__init__(data or None, queryset=states, request=request)
        self.types = types

    def filter_type(self, states, name, value):
        return states.filter(base_content_type=self.types[value])

    def filter_age(self, states, name, value):
        return states.filter(created_at__lt=timezone.now() - datetime.timedelta(days=int(value)))

    def filter_municipality(self, states, name, municipality):
        """States of listings held in ``municipality`` (organisations: any of theirs)."""
        ids = {
            "organisation": Organisation.objects.filter(municipalities=municipality),
            "activity": Activity.objects.filter(municipality=municipality),
            "event": Event.objects.filter(municipality=municipality),
        }
        condition = Q()
        for name, listings in ids.items():
            condition |= Q(
                base_content_type=self.types[name],
                object_id__in=listings.annotate(key=Cast("pk", CharField())).values("key"),
            )
        return states.filter(condition)


def moderation_queue(request):
    if not can_use_queue(request.user):
        raise PermissionDenied
    queue_filter = QueueFilter(request.GET, request)
    form = queue_filter.form
    types = queue_filter.types
    names = {content_type.pk: name for name, content_type in types.items()}
    models = waiting.LISTING_MODELS
    states = queue_filter.qs
    states = list(states.order_by("created_at"))

    ids = {name: [] for name in models}
    for state in states:
        ids[names[state.base_content_type_id]].append(int(state.object_id))
    querysets = {
        "organisation": Organisation.objects.prefetch_related("municipalities"),
        "activity": Activity.objects.select_related("organisation", "municipality"),
        "event": Event.objects.select_related("organisation", "municipality"),
    }
    objects = {
        (name, listing.pk): listing
        for name, queryset in querysets.items()
        for listing in queryset.filter(pk__in=ids[name])
    }
    rows = []
    now = timezone.now()
    for state in states:
        model = names[state.base_content_type_id]
        listing = objects.get((model, int(state.object_id)))
        if listing is None:
            continue
        places = (
            list(listing.municipalities.all())
            if model == "organisation"
            else [listing.municipality]
            if listing.municipality_id
            else []
        )
        viewset = listing.snippet_viewset
        rows.append(
            {
                "listing": listing,
                "type": model,
                "places": places,
                "state": state,
                "waiting_days": (now - state.created_at).days,
                "edit_url": reverse(viewset.get_url_name("edit"), args=[listing.pk]),
                "compare_url": reverse(viewset.get_url_name("history"), args=[listing.pk]),
            }
        )
    in_progress = [row for row in rows if row["state"].status == WorkflowState.STATUS_IN_PROGRESS]
    return render(
        request,
        "directory/admin/moderation_queue.html",
        {
            "form": form,
            "rows": rows,
            # Listings with changes requested wait for their senders, not for the moderators.
            "waiting_count": len(in_progress),
            "returned_count": len(rows) - len(in_progress),
            "representations": _representation_rows(request.user, now),
            "error_reports": _error_report_rows(request.user, now),
            "header_title": _("Moderation queue"),
            "page_title": _("Moderation queue"),
            "header_icon": "tasks",
        },
    )


def _representation_rows(user, now):
    """Pending representation requests (``None`` for users who may not handle them)."""
    if not waiting.may_handle_representations(user):
        return None
    return [
        {
            "request": representation,
            "waiting_days": (now - representation.created_at).days,
            "edit_url": reverse("directory_representations:edit", args=[representation.pk]),
        }
        for representation in waiting.pending_representations()
    ]


def _error_report_rows(user, now):
    """Error reports not yet handled (``None`` for users who may not handle them)."""
    if not waiting.may_handle_error_reports(user):
        return None
    with page_lookups_remembered():  # one directory and calendar page lookup for all
        return [_error_report_row(report, now) for report in waiting.unhandled_error_reports()]


def _error_report_row(report, now):
    return {
        "report": report,
        "listing": report.listing,
        "kind": report.listing_kind,
        "waiting_days": (now - report.created_at).days,
        "edit_url": reverse("directory_error_reports:edit", args=[report.pk]),
        "listing_url": report.listing_edit_url(),
        "public_url": report.listing_public_url(),
    }
