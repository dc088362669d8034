"""Asking to represent an organisation, and deciding on such requests.

The organisation is found by typing: a search step that works without JavaScript (a plain GET
form listing at most ``MAX_RESULTS`` matches to choose from), enhanced with suggestions as one
types (``static/search/suggest.js``, fed by :func:`suggest`). Only public organisations are
found; a list of every organisation would not scale to thousands.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from directory.organisations.models import Organisation, Representation
from portal.numbers import parse_id

from .forms import RepresentationRequestForm

MAX_RESULTS = 20
MAX_SUGGESTIONS = 8
MIN_CHARACTERS = 2
MAX_QUERY_LENGTH = 100


def clean_query(value):
    return " ".join(str(value or "").split())[:MAX_QUERY_LENGTH]


def find_organisations(query):
    """Public organisations whose name, abbreviation or business ID has every word typed."""
    words = query.split()[:6]
    if len("".join(words)) < MIN_CHARACTERS:
        return Organisation.objects.none()
    found = Organisation.objects.public()
    for word in words:
        # SQLite compares only ASCII letters without case: try the capitalised word too (ä, ö).
        matches = Q(business_id=word)
        for variant in {word, word.lower(), word.capitalize()}:
            matches |= Q(name__icontains=variant) | Q(abbreviation__icontains=variant)
        found = found.filter(matches)
    return found.order_by("name", "pk")


def _choices(query, chosen=None):
    """The organisations to choose from (at most MAX_RESULTS) and whether more matched."""
    ids = list(find_organisations(query).values_list("pk", flat=True)[: MAX_RESULTS + 1])
    more = len(ids) > MAX_RESULTS
    ids = ids[:MAX_RESULTS]
    if chosen is not None:
        ids.append(chosen)
    organisations = Organisation.objects.public().filter(pk__in=ids).order_by("name", "pk")
    return organisations, more


@login_required
def request_representation(request):
    source = request.POST if request.method == "POST" else request.GET
    query = clean_query(source.get("q"))
    chosen = parse_id(source.get("organisation"))
    organisations, more = _choices(query, chosen)
    initial = {"organisation": chosen} if chosen is not None else {}
    if request.method == "GET" and request.GET.get("message"):
        # A search made again from a refused request keeps the role already typed.
        initial["message"] = request.GET["message"][:1000]
    form = RepresentationRequestForm(
        request.POST or None, organisations=organisations, initial=initial
    )
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
    # A refused request comes back with its form, the typed role kept, whatever was found.
    searched = bool(query) or chosen is not None or form.is_bound
    return render(
        request,
        "directory/representation_form.html",
        {
            "form": form,
            "query": query,
            "searched": searched,
            "too_short": bool(query) and len(query.replace(" ", "")) < MIN_CHARACTERS,
            "found": organisations.exists() if searched else False,
            "kept_message": form["message"].value() or "",
            "more": more,
            "max_results": MAX_RESULTS,
        },
    )


@login_required
@require_GET
def suggest(request):
    """Organisations for the search field's suggestions, as JSON: choosing one opens the
    request form with it chosen."""
    query = clean_query(request.GET.get("q"))
    base = reverse("directory_request_representation")
    suggestions = [
        {
            "title": organisation.name,
            "type": organisation.post_office or organisation.business_id or "",
            "url": f"{base}?organisation={organisation.pk}",
        }
        for organisation in find_organisations(query)[:MAX_SUGGESTIONS]
    ]
    return JsonResponse({"query": query, "suggestions": suggestions})


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
