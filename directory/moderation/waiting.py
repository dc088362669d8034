"""What waits for the moderators, counted the same way on every screen.

Listings wait while their workflow is in progress; a listing whose moderator requested changes
waits for its sender, not for the moderators, so it is never counted as waiting. Representation
requests wait while pending, error reports until marked handled. The queue's headings, the
dashboard panel and the menu's count all read :func:`counts`, and each user sees only what their
permissions let them handle.
"""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import WorkflowState

from directory.events.models import Event
from directory.listings.viewsets import can_use_queue
from directory.organisations.models import Activity, ErrorReport, Organisation, Representation

LISTING_MODELS = {"organisation": Organisation, "activity": Activity, "event": Event}
OPEN_STATUSES = [WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES]


def listing_types():
    return {
        name: ContentType.objects.get_for_model(model) for name, model in LISTING_MODELS.items()
    }


def listing_states(statuses=OPEN_STATUSES):
    """The listings' workflow states with one of ``statuses``."""
    return WorkflowState.objects.filter(
        base_content_type__in=listing_types().values(), status__in=statuses
    )


def waiting_listings():
    return listing_states([WorkflowState.STATUS_IN_PROGRESS])


def pending_representations():
    return (
        Representation.objects.filter(status=Representation.Status.PENDING)
        .select_related("organisation", "user")
        .order_by("created_at")
    )


def unhandled_error_reports():
    return (
        ErrorReport.objects.filter(handled=False)
        # An event's report is an EventErrorReport child (``ErrorReport.listing`` reads it).
        .select_related("organisation", "activity", "eventerrorreport__event")
        .order_by("created_at")
    )


def may_handle_representations(user):
    return user.has_perm("directory.change_representation")


def may_handle_error_reports(user):
    return user.has_perm("directory.change_errorreport")


def counts(user):
    """How many of each kind wait for ``user`` (``None``: not theirs to handle)."""
    return {
        "listings": waiting_listings().count() if can_use_queue(user) else None,
        "representations": (
            pending_representations().count() if may_handle_representations(user) else None
        ),
        "error_reports": (
            unhandled_error_reports().count() if may_handle_error_reports(user) else None
        ),
    }


def total(user):
    return sum(count for count in counts(user).values() if count)
