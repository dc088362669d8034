"""Personal data the portal keeps: one register, read by the privacy notice, the export and the
account deletion.

Every app that stores personal data registers a :class:`Category` through the
``register_personal_data`` hook. The privacy notice shows the register (``PersonalDataBlock``),
so what it says is what the code does; the "My data" page exports each category's ``export(user)``
as one JSON file; deleting an account runs each category's ``erase(user, choices)`` before the
user row itself goes; ``manage.py prune_personal_data`` runs each ``prune(now)`` (the retention
periods).
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import ngettext
from wagtail import hooks

PERSONAL_DATA_HOOK = "register_personal_data"
EXPORT_FORMAT = "portal-personal-data/1"


@dataclass(frozen=True)
class Category:
    """One kind of personal data: what it is, why, how long, and how it is removed.

    ``retention`` may be a callable so that it reads the settings when shown. ``export(user)``
    returns JSON-serialisable data (or ``None`` when the category holds nothing of the user's);
    ``erase(user, choices)`` removes or detaches the user's data before the account goes
    (``choices`` are the cleaned data of the deletion form, including the category's own
    ``deletion_fields``); ``prune(now)`` applies the retention period and returns how many
    records it changed.
    """

    key: str
    title: str
    contents: str
    purpose: str
    retention: str | Callable[[], str]
    removal: str
    order: int = 100
    export: Callable[[Any], Any] | None = None
    erase: Callable[[Any, dict], None] | None = None
    prune: Callable[[datetime.datetime], int] | None = None
    # Shown before an account is deleted: what happens to this category's data (a list of
    # texts), and any fields the person fills in to decide it (``{name: forms.Field}``).
    deletion_summary: Callable[[Any], list] | None = None
    deletion_fields: Callable[[Any], dict] | None = None
    # False for data that another category's row of the privacy notice already describes.
    in_notice: bool = True

    @property
    def retention_text(self):
        return self.retention() if callable(self.retention) else self.retention


def categories():
    """Every registered category, in their order."""
    found = []
    for hook in hooks.get_hooks(PERSONAL_DATA_HOOK):
        result = hook()
        found.extend(result if isinstance(result, list | tuple) else [result])
    return sorted(found, key=lambda category: (category.order, category.key))


def user_emails(user):
    """The addresses a user has shown to be theirs (verified in allauth), and the account's."""
    addresses = {user.email.lower()} if user.email else set()
    addresses.update(
        address.lower()
        for address in user.emailaddress_set.filter(verified=True).values_list("email", flat=True)
    )
    return sorted(addresses)


def email_filter(field, user):
    """A filter for rows whose ``field`` holds one of the user's addresses, in any letter case."""
    query = Q(pk__in=[])
    for address in user_emails(user):
        query |= Q(**{f"{field}__iexact": address})
    return query


def export_personal_data(user):
    """Everything the portal holds about ``user``, one key per category."""
    data = {"format": EXPORT_FORMAT, "exported_at": timezone.now().isoformat()}
    for category in categories():
        if category.export is not None:
            data[category.key] = category.export(user)
    return data


def erase_account(user, choices=None):
    """Delete ``user``'s account: each category erases or detaches its data, then the user row
    goes (with it, rows that only exist for the account, such as e-mail addresses) and so do
    the user's sessions on every device."""
    choices = choices or {}
    with transaction.atomic():
        for category in categories():
            if category.erase is not None:
                category.erase(user, choices)
        user_id = str(user.pk)
        for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
            if session.get_decoded().get("_auth_user_id") == user_id:
                session.delete()
        get_user_model().objects.filter(pk=user.pk).delete()


def prune_personal_data(now=None):
    """Apply every retention period; returns ``{category key: records changed}``."""
    now = now or timezone.now()
    return {
        category.key: category.prune(now) for category in categories() if category.prune is not None
    }


def session_retention():
    days = settings.SESSION_COOKIE_AGE // 86400
    return ngettext(
        "The sign-in session ends when you sign out, or after %(days)d day.",
        "The sign-in session ends when you sign out, or after %(days)d days.",
        days,
    ) % {"days": days}


def account_export(user):
    return {
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "date_joined": user.date_joined.isoformat(),
        "last_login": user.last_login.isoformat() if user.last_login else None,
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in user.emailaddress_set.order_by("email")
        ],
    }
