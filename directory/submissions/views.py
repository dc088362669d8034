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
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from directory.events.models import CalendarPage, Event, EventErrorReport, calendar_url
from directory.listings import workflow as moderation
from directory.organisations.models import (
    Activity,
    DirectoryPage,
    ErrorReport,
    Organisation,
    Representation,
)
from portal.addresses import absolute
from portal.ratelimit import rate_limited, too_many

from .forms import (
    ActivityForm,
    ErrorReportForm,
    EventForm,
    OrganisationForm,
    slot_formset,
    slots_from,
)

SUBMISSIONS_PER_HOUR = 30
PREVIEWS_PER_HOUR = 60  # previews build the page in memory: limited like sending
UPLOADS_PER_HOUR = 30  # images are stored when chosen, also in forms that come back
CONFIRM_SALT = "directory.confirm"


def widget_codes(organisations, directory_page):
    """``[(organisation, embed code, configurator address)]`` for each public organisation: a
    ready widget of its activities and events (opendata.widgets, docs/widgets.md)."""
    codes = []
    for organisation in organisations:
        if not organisation.live:
            continue
        query = f"show=both&organisation={organisation.slug}"
        listing = directory_page.listing_url(organisation) if directory_page else "/"
        urls = {
            "widget": absolute(f"{reverse('widget')}?{query}"),
            "listing": absolute(listing),
            "script": absolute(static("opendata/widget-embed.js")),
            "language": get_language(),
        }
        code = render_to_string("opendata/widgets/embed.html", {"urls": urls}).strip()
        codes.append((organisation, code, f"{reverse('widget_configure')}?{query}"))
    return codes


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
        rows.append(
            {
                "listing": listing,
                "state": state,
                "comment": comment,
                "republish_directly": state == moderation.ListingState.UNPUBLISHED
                and republishes_directly(listing),
            }
        )
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
            "widget_codes": widget_codes(organisations, DirectoryPage.for_language()),
        },
    )


def _handle_listing_post(request, form, build):
    """Preview, save as draft or send a valid form: ("preview" | "saved" | "limited", listing)."""
    action = request.POST.get("action", "submit")
    candidate = build()
    if form.kept_image is not None:
        setattr(candidate, form.image_field, form.kept_image)
    if action == "preview":
        if rate_limited(request, "preview", PREVIEWS_PER_HOUR):
            return "limited", candidate
        return "preview", candidate
    if rate_limited(request, "submission", SUBMISSIONS_PER_HOUR):
        return "limited", candidate
    with transaction.atomic():
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


def _listing_form(request, template, form, listing, build, formsets=None, after_save=None):
    """The round trip of every listing form: check everything, keep a chosen image, then
    preview, save as a draft or send. Anything wrong comes back with everything kept, the
    image included (as a signed token, see :mod:`directory.listings.uploads`)."""
    formsets = formsets or {}
    context = {"form": form, "listing": listing, "preview": None, **formsets}
    if request.method == "POST":
        # Every part is checked (no short cut), so that every error is shown at once.
        valid = all([form.is_valid(), *(formset.is_valid() for formset in formsets.values())])
        if form.new_upload is not None:
            if rate_limited(request, "upload", UPLOADS_PER_HOUR):
                return too_many(request)
            form.keep_upload(form.cleaned_data.get(form._meta.model.name_field, ""))
        if valid:
            outcome, candidate = _handle_listing_post(request, form, build)
            if outcome == "limited":
                return too_many(request)
            if outcome == "saved":
                if after_save is not None:
                    after_save(candidate)
                return redirect("directory_my_listings")
            # The preview renders the public page's own include with the page's context.
            context.update(candidate.get_preview_context(request, "preview"))
            context["preview"] = candidate
    return render(request, template, context)


@login_required
def organisation_form(request, pk=None):
    organisation = None
    if pk is not None:
        organisation = get_object_or_404(Organisation.objects.represented_by(request.user), pk=pk)
        organisation = organisation.get_latest_revision_as_object()
    form = OrganisationForm(
        request.POST or None, request.FILES or None, instance=organisation, user=request.user
    )

    def represent(candidate):
        if pk is None:
            Representation.objects.get_or_create(
                organisation=candidate,
                user=request.user,
                defaults={"status": Representation.Status.APPROVED},
            )

    return _listing_form(
        request,
        "directory/organisation_form.html",
        form,
        organisation,
        form.build,
        after_save=represent,
    )


def _initial_organisation(request, listing):
    if listing is None and request.GET.get("organisation"):
        return {"organisation": request.GET["organisation"]}
    return {}


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
    form = ActivityForm(
        request.POST or None,
        request.FILES or None,
        instance=activity,
        organisations=organisations,
        initial=_initial_organisation(request, activity),
        user=request.user,
    )
    slots = slot_formset(request.POST or None, activity)
    return _listing_form(
        request,
        "directory/activity_form.html",
        form,
        activity,
        lambda: form.build(slots_from(slots)),
        formsets={"slots": slots},
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
    form = EventForm(
        request.POST or None,
        request.FILES or None,
        instance=event,
        organisations=organisations,
        initial=_initial_organisation(request, event),
        user=request.user,
    )
    return _listing_form(request, "directory/event_form.html", form, event, form.build)


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
@require_http_methods(["GET", "POST"])
def unpublish(request, model_name, pk):
    """Asks first (GET: a page with the consequences and a button); the button (POST) hides."""
    listing = _own_listing(request, model_name, pk)
    if request.method == "POST":
        moderation.unpublish(listing, request.user)
        messages.success(
            request,
            _("The listing is no longer public. You can publish it again in My listings."),
        )
        return redirect("directory_my_listings")
    if not listing.live:
        return redirect("directory_my_listings")
    return render(
        request,
        "directory/unpublish_confirm.html",
        {"listing": listing, "model_name": model_name},
    )


def _unpublished_by_representative(listing):
    """Whether the organisation's own representatives unpublished the listing (not a
    moderator): only then may they publish it again without moderation."""
    user = moderation.last_unpublished_by(listing)
    organisation_id = listing.pk if isinstance(listing, Organisation) else listing.organisation_id
    return (
        user is not None
        and Organisation.objects.represented_by(user).filter(pk=organisation_id).exists()
    )


def republishes_directly(listing):
    """Publishing it again needs no moderation: unchanged since approval, and unpublished by
    its representatives."""
    return moderation.unchanged_since_approval(listing) and _unpublished_by_representative(listing)


@login_required
@require_POST
def republish(request, model_name, pk):
    listing = _own_listing(request, model_name, pk)
    state, _comment = moderation.listing_state(listing)
    if state != moderation.ListingState.UNPUBLISHED:
        return redirect("directory_my_listings")
    public = moderation.republish(
        listing, request.user, without_moderation=_unpublished_by_representative(listing)
    )
    messages.success(
        request,
        _("The listing is public again.")
        if public
        else _("The moderators check the listing before it is public again. We will e-mail you."),
    )
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


# What can be reported: the listing's model, the report's model and the public page's address.
REPORTED = {
    "organisation": (Organisation, ErrorReport, None),
    "activity": (Activity, ErrorReport, None),
    "event": (Event, EventErrorReport, calendar_url),
}


def report_error(request, model_name, slug):
    if model_name not in REPORTED:
        raise Http404
    model, report_model, public_url = REPORTED[model_name]
    # The same public rule as every other output: an activity or event of a hidden organisation
    # is not public, so it cannot be reported either.
    listing = get_object_or_404(model.objects.public(), slug=slug)
    form = ErrorReportForm(request.POST or None, instance=report_model())
    if request.method == "POST" and form.is_valid():
        if rate_limited(request, "error-report", 10):
            return too_many(request)
        report = form.save(commit=False)
        setattr(report, model_name, listing)
        report.save()
        messages.success(request, _("Thank you! The moderators will check the listing."))
        if public_url is not None:
            return redirect(public_url(listing, request))
        page = DirectoryPage.for_language()
        return redirect(page.listing_url(listing, request))
    return render(request, "directory/report_form.html", {"form": form, "listing": listing})
