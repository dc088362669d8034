"""The moderators' queue: every directory submission waiting for a decision, filterable."""

import datetime

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import WorkflowState

from directory.events.models import Event
from directory.organisations.models import Activity, Organisation
from directory.taxonomy.models import Municipality

AGE_CHOICES = [
    ("", _("Any age")),
    ("3", _("Over 3 days")),
    ("7", _("Over a week")),
    ("14", _("Over two weeks")),
]


class QueueFilterForm(forms.Form):
    type = forms.ChoiceField(
        label=_("Type"),
        required=False,
        choices=[
            ("", _("All")),
            ("organisation", _("Organisations")),
            ("activity", _("Activities")),
            ("event", _("Events")),
        ],
    )
    municipality = forms.ModelChoiceField(
        label=_("Municipality"), required=False, queryset=Municipality.objects.none()
    )
    state = forms.ChoiceField(
        label=_("State"),
        required=False,
        choices=[
            ("", _("All")),
            (WorkflowState.STATUS_IN_PROGRESS, _("Awaiting moderation")),
            (WorkflowState.STATUS_NEEDS_CHANGES, _("Changes requested")),
        ],
    )
    age = forms.ChoiceField(label=_("Waiting"), required=False, choices=AGE_CHOICES)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["municipality"].queryset = Municipality.objects.default_locale()


def moderation_queue(request):
    if not (
        request.user.has_perm("directory.publish_activity")
        or request.user.has_perm("directory.publish_organisation")
    ):
        raise PermissionDenied
    form = QueueFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    models = {"organisation": Organisation, "activity": Activity, "event": Event}
    types = {name: ContentType.objects.get_for_model(model) for name, model in models.items()}
    names = {content_type.pk: name for name, content_type in types.items()}
    wanted_types = [types[filters["type"]]] if filters.get("type") else list(types.values())
    states = WorkflowState.objects.filter(
        base_content_type__in=wanted_types,
        status__in=[WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES],
    ).select_related("requested_by", "current_task_state")
    if filters.get("state"):
        states = states.filter(status=filters["state"])
    if filters.get("age"):
        states = states.filter(
            created_at__lt=timezone.now() - datetime.timedelta(days=int(filters["age"]))
        )
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
    municipality = filters.get("municipality")
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
        if municipality and municipality not in places:
            continue
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
    return render(
        request,
        "directory/admin/moderation_queue.html",
        {
            "form": form,
            "rows": rows,
            "header_title": _("Moderation queue"),
            "page_title": _("Moderation queue"),
            "header_icon": "tasks",
        },
    )
