"""Registration's views: the public form and the signed link (routes under the calendar page),
and organisers' participant lists with attendance and CSV."""

import csv

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy

from directory.events.models import Event
from directory.events.recurrence import HELSINKI
from directory.organisations.models import Organisation
from directory.taxonomy.models import attach_municipality_names
from portal.ratelimit import rate_limited, too_many
from portal.routing import localized_path

from .forms import EventRegistrationForm
from .models import EventRegistration
from .privacy import remove_personal_data
from .services import (
    ACTIVE,
    CANCELLED,
    CONFIRMED,
    REGISTRATIONS_PER_HOUR,
    WAITLISTED,
    RegistrationError,
    cancel,
    csv_safe,
    event_dates,
    event_place,
    manage_path,
    privacy_notice_url,
    read_token,
    register,
    registration_state,
    waitlist_position,
)


def _event_context(event, page, request):
    attach_municipality_names([event])
    dates, more_dates = event_dates(event)
    return {
        "event": event,
        "title": event.text("title"),
        "dates": dates,
        "more_dates": more_dates,
        "place": event_place(event),
        "event_url": page.event_url(event, request),
        "calendar_page": page,
    }


def register_view(page, request, slug):
    """The registration form of a public event that takes registrations on the portal."""
    event = get_object_or_404(
        Event.objects.public()
        .filter(registration=Event.Registration.PORTAL)
        .select_related("organisation", "municipality", "centre")
        .prefetch_related("translations"),
        slug=slug,
    )
    state = registration_state(event)
    form = None
    if state.can_register or request.method == "POST":
        form = EventRegistrationForm(
            request.POST if request.method == "POST" else None,
            event=event,
            privacy_url=privacy_notice_url(request),
        )
    if request.method == "POST":
        if not state.can_register:
            form = None  # the state box says why
        elif form.is_valid():
            if rate_limited(request, "event-registration", REGISTRATIONS_PER_HOUR):
                return too_many(request)
            try:
                registration = register(event, form.cleaned_data)
            except RegistrationError as error:
                if error.code == RegistrationError.DUPLICATE:
                    form.add_error("email", error.message)
                else:
                    form.add_error(None, error.message)
                state = registration_state(event)
            else:
                if registration.status == CONFIRMED:
                    messages.success(
                        request,
                        _("Thank you! Your place is confirmed. We sent the details by e-mail."),
                    )
                else:
                    messages.success(
                        request,
                        _(
                            "Thank you! You are on the waiting list. We will e-mail you if "
                            "you get a place."
                        ),
                    )
                return redirect(manage_path(registration, page))
    return page.render(
        request,
        template="directory/registration_form.html",
        context_overrides={**_event_context(event, page, request), "state": state, "form": form},
    )


def manage_view(page, request, token):
    """A person's own registration, from the link in their e-mail: details and cancelling."""
    pk = read_token(token)
    registration = None
    if pk is not None:
        registration = (
            EventRegistration.objects.filter(pk=pk, anonymised_at__isnull=True)
            .select_related("event", "event__organisation", "event__municipality")
            .first()
        )
        if registration is None:
            raise Http404
    if registration is None:
        response = page.render(
            request,
            template="directory/registration_manage.html",
            context_overrides={"invalid": True},
        )
        response.status_code = 400
        return response
    event = registration.event
    state = registration_state(event)
    can_cancel = registration.status != CANCELLED and not state.ended
    if request.method == "POST":
        if request.POST.get("action") == "cancel" and can_cancel:
            cancel(registration)
            messages.success(
                request, _("Your registration is cancelled. We sent a confirmation by e-mail.")
            )
        elif request.POST.get("action") == "remove":
            remove_personal_data(registration)
            return page.render(
                request,
                template="directory/registration_manage.html",
                context_overrides={"removed": True},
            )
        return redirect(request.path)
    return page.render(
        request,
        template="directory/registration_manage.html",
        context_overrides={
            **_event_context(event, page, request),
            "registration": registration,
            "position": waitlist_position(registration),
            "can_cancel": can_cancel,
            "is_public": Event.objects.public().filter(pk=event.pk).exists(),
        },
    )


# --- organisers: participants, attendance and CSV --------------------------------------------
CSV_COLUMNS = (
    ("name", gettext_lazy("Name")),
    ("email", gettext_lazy("E-mail")),
    ("phone", gettext_lazy("Phone")),
    ("organisation_name", pgettext_lazy("participant's", "Organisation")),
    ("needs", gettext_lazy("Accessibility or dietary needs")),
    ("status", gettext_lazy("Status")),
    ("created_at", gettext_lazy("Registered")),
    ("attended", gettext_lazy("Attended")),
    ("language", gettext_lazy("Language")),
)


STATUS_LABELS = {
    CONFIRMED: pgettext_lazy("registration status", "Confirmed"),
    WAITLISTED: pgettext_lazy("registration status", "On the waiting list"),
    CANCELLED: pgettext_lazy("registration status", "Cancelled"),
}


def organiser_events(user):
    """Events whose participants ``user`` may see: staff with the permission see every event,
    representatives the events of the organisations they represent."""
    if user.has_perm("registrations.view_eventregistration"):
        return Event.objects.all()
    return Event.objects.filter(organisation__in=Organisation.objects.represented_by(user))


def can_mark_attendance(user, event):
    if user.has_perm("registrations.change_eventregistration"):
        return True
    return Organisation.objects.represented_by(user).filter(pk=event.organisation_id).exists()


def participants(event):
    return event.registrations.filter(status__in=ACTIVE).order_by("status", "created_at", "pk")


def _attended_text(value):
    if value is None:
        return ""
    return _("yes") if value else _("no")


@login_required
def participants_view(request, pk):
    """An event's participants, with attendance marking (``directory_event_participants``)."""
    event = get_object_or_404(
        organiser_events(request.user).prefetch_related("translations"), pk=pk
    )
    rows = list(participants(event))
    if request.method == "POST":
        if not can_mark_attendance(request.user, event):
            raise Http404
        changed = []
        for registration in rows:
            if registration.status != CONFIRMED:
                continue
            answer = request.POST.get(f"attended-{registration.pk}", "")
            value = {"yes": True, "no": False}.get(answer)
            if value != registration.attended:
                registration.attended = value
                changed.append(registration)
        EventRegistration.objects.bulk_update(changed, ["attended"])
        messages.success(request, _("Attendance saved."))
        return redirect("directory_event_participants", pk=event.pk)
    confirmed = [r for r in rows if r.status == CONFIRMED]
    waitlisted = [r for r in rows if r.status == WAITLISTED]
    return render(
        request,
        "directory/my_participants.html",
        {
            "event": event,
            "title": event.text("title"),
            "confirmed": confirmed,
            "waitlisted": waitlisted,
            "state": registration_state(event),
            "can_mark": can_mark_attendance(request.user, event),
            "retention_days": getattr(settings, "EVENT_REGISTRATION_RETENTION_DAYS", 30),
            "cancelled_count": event.registrations.filter(status=CANCELLED).count(),
        },
    )


@login_required
def participants_csv(request, pk):
    """The participant list as CSV (``directory_event_participants_csv``)."""
    event = get_object_or_404(organiser_events(request.user), pk=pk)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="participants-{event.slug}.csv"'
    response.write("\ufeff")  # so that spreadsheet programs read the file as UTF-8
    writer = csv.writer(response)
    writer.writerow([str(label) for _name, label in CSV_COLUMNS])
    for registration in participants(event):
        values = {
            **{name: getattr(registration, name) for name, _label in CSV_COLUMNS},
            "status": STATUS_LABELS[registration.status],
            "created_at": timezone.localtime(registration.created_at, HELSINKI).strftime(
                "%Y-%m-%d %H:%M"
            ),
            "attended": _attended_text(registration.attended),
        }
        writer.writerow([csv_safe(values[name]) for name, _label in CSV_COLUMNS])
    return response


def calendar_routes():
    """Routes under the calendar page (registered with ``register_calendar_routes``)."""
    return [
        *localized_path("{event}/<slug:slug>/{register}/", register_view, "register"),
        *localized_path("{registration}/<str:token>/", manage_view, "registration"),
    ]
