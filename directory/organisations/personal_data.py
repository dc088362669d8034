"""The directory's entries in the personal data register (:mod:`portal.personal_data`):
representations and the listings a representative manages, and error reports.

When a representative deletes their account the organisation's listings stay with the
organisation: they belong to it, not to the person. The person may pass the organisation to
another account; either way moderators see what happened in the organisation's history (the
audit log).
"""

import datetime

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.log_actions import LogContext, log

from directory.listings.export import listing_export
from directory.listings.workflow import listing_state
from portal.personal_data import email_filter

from .models import Activity, ErrorReport, Organisation, Representation

REPRESENTATIVE_LEFT = "directory.representative_left"
HANDED_OVER = "directory.representation_handed_over"


def managed_organisations(user):
    """The organisations ``user`` represents, and those they created (even if not yet approved)."""
    return (
        Organisation.objects.filter(
            Q(pk__in=Organisation.objects.represented_by(user).values("pk")) | Q(created_by=user)
        )
        .distinct()
        .order_by("name")
    )


def export_representations(user):
    return [
        {
            "organisation": representation.organisation.name,
            "status": representation.status,
            "message": representation.message,
            "requested_at": representation.created_at.isoformat(),
            "decided_at": representation.decided_at.isoformat()
            if representation.decided_at
            else None,
        }
        for representation in user.representations.select_related("organisation").order_by("pk")
    ]


def export_listings(user):
    organisations = list(managed_organisations(user).prefetch_related("translations"))
    activities = Activity.objects.filter(organisation__in=organisations).order_by("pk")
    return {
        "organisations": [
            listing_export(organisation, listing_state(organisation)[0])
            for organisation in organisations
        ],
        "activities": [
            listing_export(activity, listing_state(activity)[0]) for activity in activities
        ],
    }


def export_error_reports(user):
    reports = ErrorReport.objects.filter(email_filter("email", user)).order_by("pk")
    return [
        {
            "listing": str(report.listing),
            "kind": str(report.listing_kind),
            "message": report.message,
            "email": report.email,
            "received_at": report.created_at.isoformat(),
            "handled": report.handled,
        }
        for report in reports
    ]


class HandoverField(forms.EmailField):
    """The e-mail address of an existing account that takes over the departing person's
    organisations."""

    def clean(self, value):
        email = super().clean(value)
        if not email:
            return None
        user = get_user_model().objects.filter(email__iexact=email, is_active=True).first()
        if user is None:
            raise ValidationError(
                _(
                    "There is no account with this e-mail address. Ask the person to sign up "
                    "first, or leave the field empty."
                ),
                code="no_account",
            )
        return user


def sole_organisations(user):
    """The organisations ``user`` represents that would have no representative left."""
    return [
        organisation
        for organisation in Organisation.objects.represented_by(user).order_by("name")
        if not organisation.representations.filter(status=Representation.Status.APPROVED)
        .exclude(user=user)
        .exists()
    ]


def deletion_summary(user):
    organisations = list(Organisation.objects.represented_by(user).order_by("name"))
    if not organisations:
        return []
    names = ", ".join(organisation.name for organisation in organisations)
    lines = [
        _(
            "The listings of %(names)s stay in the directory: they belong to the organisation. "
            "Your name is removed from them."
        )
        % {"names": names}
    ]
    alone = sole_organisations(user)
    if alone:
        lines.append(
            ngettext(
                "%(names)s will have no representative left. Name someone to take over below, "
                "or the moderators will look after it.",
                "%(names)s will have no representatives left. Name someone to take over below, "
                "or the moderators will look after them.",
                len(alone),
            )
            % {"names": ", ".join(organisation.name for organisation in alone)}
        )
    return lines


def deletion_fields(user):
    if not Organisation.objects.represented_by(user).exists():
        return {}
    return {
        "handover_to": HandoverField(
            label=_("Pass my organisations to (optional)"),
            required=False,
            help_text=_(
                "The e-mail address of another person's account on the portal. They become a "
                "representative of every organisation you represent."
            ),
        )
    }


def erase_representations(user, choices):
    """Pass the organisations on (if asked) and record in each organisation's history that its
    representative left; the representations themselves go with the account."""
    successor = choices.get("handover_to")
    now = timezone.now()
    with LogContext(user=None):  # the entries outlive the account: no link to it
        for organisation in Organisation.objects.represented_by(user):
            handed_over = False
            if successor is not None and successor.pk != user.pk:
                Representation.objects.update_or_create(
                    organisation=organisation,
                    user=successor,
                    defaults={
                        "status": Representation.Status.APPROVED,
                        "decided_at": now,
                        "decided_by": None,
                        "message": _("Handed over by the previous representative."),
                    },
                )
                handed_over = True
                log(instance=organisation, action=HANDED_OVER, data={"successor": successor.pk})
            remaining = (
                organisation.representations.filter(status=Representation.Status.APPROVED)
                .exclude(user=user)
                .count()
            )
            log(
                instance=organisation,
                action=REPRESENTATIVE_LEFT,
                data={"remaining": remaining, "handed_over": handed_over},
            )
    # ``created_by`` of listings and the author of their revisions are set to null with the
    # user row (``on_delete=SET_NULL``).


def erase_error_reports(user, choices):
    ErrorReport.objects.filter(email_filter("email", user)).update(email="")


def error_report_retention_days():
    return getattr(settings, "ERROR_REPORT_RETENTION_DAYS", 365)


def error_report_retention():
    days = error_report_retention_days()
    return ngettext(
        "Until a moderator has handled the report, and at most %(days)d day after it was sent.",
        "Until a moderator has handled the report, and at most %(days)d days after it was sent.",
        days,
    ) % {"days": days}


def prune_error_reports(now):
    """Handled reports go once their retention period is over; open ones wait for a moderator."""
    cutoff = now - datetime.timedelta(days=error_report_retention_days())
    _deleted, by_model = ErrorReport.objects.filter(handled=True, created_at__lt=cutoff).delete()
    # Counted as reports: an event's report is two rows (its EventErrorReport child row too).
    return by_model.get(ErrorReport._meta.label, 0)


# Texts of the register, shown on the privacy notice (gettext_lazy: read in the reader's language).
REPRESENTATION_TEXTS = {
    "title": gettext_lazy("Representatives of organisations"),
    "contents": gettext_lazy(
        "Which organisations you represent, your request's message, when it was made and "
        "decided; who created and last changed each listing."
    ),
    "purpose": gettext_lazy(
        "Letting only an organisation's own people change its listings; moderation."
    ),
    "retention": gettext_lazy(
        "While you have an account. The listings themselves belong to the organisation and "
        "stay when you leave."
    ),
    "removal": gettext_lazy(
        "Delete your account on the My data page, or ask the moderators to end a "
        "representation; you may pass your organisations to another person."
    ),
}
ERROR_REPORT_TEXTS = {
    "title": gettext_lazy("Error reports"),
    "contents": gettext_lazy(
        "The message about a listing and, only if you give it, your e-mail address."
    ),
    "purpose": gettext_lazy("Correcting listings; answering you if you asked for an answer."),
    "removal": gettext_lazy(
        "Ask the moderators (contact details below). Deleting your account also removes your "
        "address from reports sent with it."
    ),
}
