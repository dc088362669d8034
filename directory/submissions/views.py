"""Self-service for association representatives: their listings, forms and decisions.

A representative sees and changes only the listings of organisations they represent (an approved
:class:`~directory.models.Representation`); every other address answers 404, so nothing about
other organisations' drafts leaks.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from directory.events.models import CalendarPage, Event
from directory.listings import workflow as moderation
from directory.listings.forms import store_image
from directory.organisations.models import Activity, DirectoryPage, Organisation, Representation
from portal.ratelimit import rate_limited, too_many

from .forms import (
    ActivityForm,
    ErrorReportForm,
    EventForm,
    OrganisationForm,
    RepresentationRequestForm,
    slot_formset,
    slots_from,
)

SUBMISSIONS_PER_HOUR = 30
PREVIEWS_PER_HOUR = 60  # previews build the page in memory: limited like sending
CONFIRM_SALT = "directory.confirm"


@login_required
def my_listings(request):
    organisations = Organisation.objects.represented_by(request.user)
    organisations = organisations.prefetch_related("translations")
    activities = (
        Activity.objects.filter(organisation__in=organisations)
        .select_related("organisation")
        .order_by("organisation__name", "title")
    )
    events = (
        Event.objects.filter(organisation__in=organisations)
        .select_related("organisation")
        .order_by("-start")
    )
    rows = []
    for listing in [*organisations, *activities, *events]:
        state, comment = moderation.listing_state(listing)
        rows.append({"listing": listing, "state": state, "comment": comment})
    pending_requests = Representation.objects.filter(
        user=request.user, status=Representation.Status.PENDING
    ).select_related("organisation")
    incoming_requests = Representation.objects.filter(
        organisation__in=organisations, status=Representation.Status.PENDING
    ).select_related("organisation", "user")
    return render(
        request,
        "directory/my_listings.html",
        {
            "rows": rows,
            "organisations": organisations,
            "pending_requests": pending_requests,
            "incoming_requests": incoming_requests,
            "states": moderation.ListingState,
            "directory_page": DirectoryPage.for_language(),
            "calendar_page": CalendarPage.for_language(),
        },
    )


def _handle_listing_post(request, form, build, listing, title_field):
    """Preview, save as draft or send; returns a response or None when the form is invalid."""
    action = request.POST.get("action", "submit")
    candidate = build()
    has_image = isinstance(candidate, Activity | Event)
    upload_field = "image_upload" if has_image else "logo_upload"
    upload = form.cleaned_data.get(upload_field)
    if action == "preview":
        if rate_limited(request, "preview", PREVIEWS_PER_HOUR):
            return "limited", candidate
        return "preview", candidate
    if rate_limited(request, "submission", SUBMISSIONS_PER_HOUR):
        return "limited", candidate
    with transaction.atomic():
        if upload is not None:
            image = store_image(upload, getattr(candidate, title_field))
            if has_image:
                candidate.image = image
            else:
                candidate.logo = image
        if action == "draft":
            moderation.save_draft(candidate, request.user)
            messages.success(request, _("Saved as a draft. It is not sent to the moderators yet."))
        else:
            moderation.submit(candidate, request.user)
            messages.success(
                request,
                _("Thank you! The moderators will check the listing. We will e-mail you."),
            )
    return "saved", candidate


@login_required
def organisation_form(request, pk=None):
    organisation = None
    if pk is not None:
        organisation = get_object_or_404(Organisation.objects.represented_by(request.user), pk=pk)
        organisation = organisation.get_latest_revision_as_object()
    form = OrganisationForm(request.POST or None, request.FILES or None, instance=organisation)
    preview = None
    if request.method == "POST" and form.is_valid():
        outcome, candidate = _handle_listing_post(request, form, form.build, organisation, "name")
        if outcome == "limited":
            return too_many(request)
        if outcome == "preview":
            preview = candidate
        else:
            if pk is None:
                Representation.objects.get_or_create(
                    organisation=candidate,
                    user=request.user,
                    defaults={"status": Representation.Status.APPROVED},
                )
            return redirect("directory_my_listings")
    return render(
        request,
        "directory/organisation_form.html",
        {"form": form, "listing": organisation, "preview": preview},
    )


@login_required
def activity_form(request, pk=None):
    organisations = Organisation.objects.represented_by(request.user)
    if not organisations.exists():
        messages.info(request, _("Add your organisation first, or ask to represent one."))
        return redirect("directory_my_listings")
    activity = None
    if pk is not None:
        activity = get_object_or_404(
            Activity.objects.filter(organisation__in=organisations), pk=pk
        ).get_latest_revision_as_object()
    initial = {}
    if activity is None and request.GET.get("organisation"):
        initial["organisation"] = request.GET["organisation"]
    form = ActivityForm(
        request.POST or None,
        request.FILES or None,
        instance=activity,
        organisations=organisations,
        initial=initial,
    )
    slots = slot_formset(request.POST or None, activity)
    preview = None
    if request.method == "POST" and form.is_valid() and slots.is_valid():
        outcome, candidate = _handle_listing_post(
            request, form, lambda: form.build(slots_from(slots)), activity, "title"
        )
        if outcome == "limited":
            return too_many(request)
        if outcome == "preview":
            preview = candidate
        else:
            return redirect("directory_my_listings")
    return render(
        request,
        "directory/activity_form.html",
        {"form": form, "slots": slots, "listing": activity, "preview": preview},
    )


@login_required
def event_form(request, pk=None):
    organisations = Organisation.objects.represented_by(request.user)
    if not organisations.exists():
        messages.info(request, _("Add your organisation first, or ask to represent one."))
        return redirect("directory_my_listings")
    event = None
    if pk is not None:
        event = get_object_or_404(
            Event.objects.filter(organisation__in=organisations), pk=pk
        ).get_latest_revision_as_object()
    initial = {}
    if event is None and request.GET.get("organisation"):
        initial["organisation"] = request.GET["organisation"]
    form = EventForm(
        request.POST or None,
        request.FILES or None,
        instance=event,
        organisations=organisations,
        initial=initial,
    )
    preview = None
    if request.method == "POST" and form.is_valid():
        outcome, candidate = _handle_listing_post(request, form, form.build, event, "title")
        if outcome == "limited":
            return too_many(request)
        if outcome == "preview":
            preview = candidate
        else:
            return redirect("directory_my_listings")
    return render(
        request,
        "directory/event_form.html",
        {"form": form, "listing": event, "preview": preview},
    )


def _own_listing(request, model_name, pk):
    organisations = Organisation.objects.represented_by(request.user)
    if model_name == "organisation":
        return get_object_or_404(organisations, pk=pk)
    if model_name in ("activity", "event"):
        model = Activity if model_name == "activity" else Event
        return get_object_or_404(model.objects.filter(organisation__in=organisations), pk=pk)
    raise Http404


@login_required
@require_POST
def withdraw(request, model_name, pk):
    listing = _own_listing(request, model_name, pk)
    moderation.withdraw(listing, request.user)
    messages.success(request, _("The listing was withdrawn from moderation."))
    return redirect("directory_my_listings")


@login_required
@require_POST
def unpublish(request, model_name, pk):
    listing = _own_listing(request, model_name, pk)
    moderation.unpublish(listing, request.user)
    messages.success(request, _("The listing is no longer public."))
    return redirect("directory_my_listings")


@login_required
@require_POST
def confirm_current(request, model_name, pk):
    listing = _own_listing(request, model_name, pk)
    type(listing).objects.filter(pk=listing.pk).update(last_confirmed=timezone.localdate())
    messages.success(request, _("Thank you! The information is marked as current."))
    return redirect("directory_my_listings")


def confirm_token(model_name, pk):
    return signing.dumps({"model": model_name, "pk": pk}, salt=CONFIRM_SALT)


@require_http_methods(["GET", "POST"])
def confirm_by_link(request, token):
    """The "still current" link in the freshness e-mail: no sign-in, no moderation.

    Opening the link (GET) only shows the listing and a button; the button (POST) confirms, so
    mail scanners that follow links confirm nothing.
    """
    try:
        data = signing.loads(token, salt=CONFIRM_SALT, max_age=60 * 60 * 24 * 60)
    except signing.BadSignature:
        return render(request, "directory/confirm_done.html", {"ok": False}, status=400)
    if not isinstance(data, dict):  # signed by us, but not a link's contents
        raise Http404
    model = {"organisation": Organisation, "activity": Activity, "event": Event}.get(
        data.get("model")
    )
    if model is None or not isinstance(data.get("pk"), int):
        raise Http404
    listing = get_object_or_404(model, pk=data["pk"])
    if request.method == "POST":
        model.objects.filter(pk=listing.pk).update(last_confirmed=timezone.localdate())
        return render(request, "directory/confirm_done.html", {"ok": True, "listing": listing})
    return render(request, "directory/confirm_done.html", {"ask": True, "listing": listing})


@login_required
def request_representation(request):
    form = RepresentationRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        representation, created = Representation.objects.get_or_create(
            organisation=form.cleaned_data["organisation"],
            user=request.user,
            defaults={"message": form.cleaned_data["message"]},
        )
        messages.success(
            request,
            _("Your request was sent. A moderator or a representative will handle it.")
            if created
            else _("You have already asked to represent this organisation."),
        )
        return redirect("directory_my_listings")
    return render(request, "directory/representation_form.html", {"form": form})


@login_required
@require_POST
def decide_representation(request, pk, decision):
    if decision not in ("approve", "reject"):
        raise Http404
    representation = get_object_or_404(
        Representation.objects.filter(
            organisation__in=Organisation.objects.represented_by(request.user),
            status=Representation.Status.PENDING,
        ),
        pk=pk,
    )
    representation.status = (
        Representation.Status.APPROVED if decision == "approve" else Representation.Status.REJECTED
    )
    representation.decided_by = request.user
    representation.decided_at = timezone.now()
    representation.save()
    return redirect("directory_my_listings")


def report_error(request, model_name, slug):
    model = {"organisation": Organisation, "activity": Activity}.get(model_name)
    if model is None:
        raise Http404
    # The same public rule as every other output: an activity of a hidden organisation is not
    # public, so it cannot be reported either.
    listing = get_object_or_404(model.objects.public(), slug=slug)
    form = ErrorReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if rate_limited(request, "error-report", 10):
            return too_many(request)
        report = form.save(commit=False)
        setattr(report, model_name, listing)
        report.save()
        messages.success(request, _("Thank you! The moderators will check the listing."))
        page = DirectoryPage.for_language()
        return redirect(page.listing_url(listing, request))
    return render(request, "directory/report_form.html", {"form": form, "listing": listing})
